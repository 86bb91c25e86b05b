"""The faster lexeme getters (`pipeline.nlp.lexeme_attrs`) give spaCy's own values."""

from __future__ import annotations

import functools
import pickle
import random
import unicodedata
from pathlib import Path

import pytest
from spacy.attrs import IDS, LIKE_NUM, NORM
from spacy.lang import lex_attrs as spacy_attrs
from spacy.util import _get_attr_unless_lookup

from pipeline.nlp import lexeme_attrs
from pipeline.nlp.lexeme_attrs import FASTER, faster_getter, use_faster_getters

CORPUS = Path(__file__).resolve().parents[2] / "corpus" / "bulletins"
ALL_CODE_POINTS = range(0x110000)
HAN = range(0x4E00, 0xA000)

# Words at the edges of the getters' rules, separated by whitespace (some more below).
_EDGE_WORDS = """
http://x https://a.b www. www.a a.b a. .a edu.cn x@y.org a:b 3.5 1/2 +5 -1,000 ±2 ~3 2026 ２０２６
十一 二十 二十万 一百 〇 零点五 廿 拾玖 三十七 百分之五 十分 万一 Ⅻ ① ² xxxxx Xxxxxxxxxx ----- ǅ ǅa 𝐀 𝐀𝐁
'' `` « » ( ) “ ” $ ¥ € $$ ， 。 、 合作 大学 中外合作办学 学A A学 学1 一A 3D COVID-19 e-mail U.S. Ph.D.
University McDonald Jean-Claude O'Brien 1st 2nd 11th 21st third twelve Twelfth twenty-one IV ok OK Ok
a1 A1 z İ ß ﬁ Σ σς Hundred MILLION zero Ninth One ONE st th
"""
EDGE_WORDS = [
    *_EDGE_WORDS.split(),
    *("\n\n\n\n\n", " ", "\t", "  ", "\u3000", "\xa0", "a\u0301", "a" * 150, "合" * 99, "合" * 100),
]


def _replaced_pairs() -> list[tuple[str, object, object]]:
    return [(getattr(original, "__name__", repr(original)), original, faster) for original, faster in FASTER.items()]


def _corpus_words() -> list[str]:
    """Words of the annotated bulletins: whitespace chunks, their characters' runs, and bigrams of Han."""
    words: set[str] = set()
    for path in sorted(CORPUS.glob("*/*.txt"))[:40] + sorted(CORPUS.glob("*/*.html"))[:40]:
        text = path.read_text(encoding="utf-8", errors="replace")
        for chunk in text.split():
            words.add(chunk[:40])
            words.update(chunk[i : i + 2] for i in range(0, min(len(chunk), 60), 2))
    return sorted(w for w in words if w)


def _random_words(count: int) -> list[str]:
    """Words mixing letters of both cases, digits, Han (number characters among them), punctuation."""
    rng = random.Random(27)
    alphabet = "aZx学合十一万〇0１².,:/@-'\"«(){}$¥。，-—_ #%&+Ⅻǅ𝐀\n"
    return ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 8))) for _ in range(count)]


@pytest.mark.parametrize(("name", "original", "faster"), _replaced_pairs())
def test_every_single_character_gets_spacys_value(name: str, original, faster) -> None:
    for code in range(0x10000):
        char = chr(code)
        assert faster(char) == original(char), (name, hex(code))


@pytest.mark.parametrize(("name", "original", "faster"), _replaced_pairs())
def test_words_of_every_kind_get_spacys_value(name: str, original, faster) -> None:
    words = EDGE_WORDS + _corpus_words() + _random_words(20_000)
    for word in words:
        assert faster(word) == original(word), (name, word)


def test_letters_and_digits_are_never_punctuation_nor_currency() -> None:
    """What the quick answers of IS_PUNCT and IS_CURRENCY rest on, over every code point."""
    for code in ALL_CODE_POINTS:
        char = chr(code)
        if char.isalnum():
            category = unicodedata.category(char)
            assert not category.startswith("P") and category != "Sc", hex(code)


@pytest.mark.parametrize("getter", [spacy_attrs.is_bracket, spacy_attrs.is_quote, spacy_attrs.is_left_punct,
                                    spacy_attrs.is_right_punct])
def test_no_listed_bracket_or_quote_is_a_word_of_letters(getter) -> None:
    """What the quick answers of the bracket and quote tests rest on: spaCy's lists (the tuples in
    their code) hold no string of letters or digits."""
    listed = [item for const in getter.__code__.co_consts if isinstance(const, tuple) for item in const]
    assert listed
    assert not any(item.isalnum() for item in listed)


def test_han_characters_are_caseless_letters_and_no_digits() -> None:
    """What the quick answers of SHAPE and of Chinese LIKE_NUM rest on."""
    for code in HAN:
        char = chr(code)
        assert char.isalpha() and not char.isupper() and not char.isdigit(), hex(code)
        assert not char.isascii()


def test_chinese_number_words_are_known() -> None:
    assert lexeme_attrs._ZH_NUMBER_CHARS is not None
    assert {"一", "十", "万", "〇", "廿", "拾"} <= lexeme_attrs._ZH_NUMBER_CHARS
    assert lexeme_attrs.zh_like_num("十一") and lexeme_attrs.zh_like_num("二十")
    assert not lexeme_attrs.zh_like_num("合作") and not lexeme_attrs.zh_like_num("University")


def test_norm_keeps_spacys_exceptions() -> None:
    table = {"’s": "'s", "？": "?"}
    norm = functools.partial(_get_attr_unless_lookup, spacy_attrs.lower, [table])
    faster = faster_getter(norm)
    assert faster is not norm
    assert faster.args[0] is str.lower
    for word in ["’s", "？", "Hello", "合作", "ABC"]:
        assert faster(word) == norm(word)


def test_unknown_getters_are_kept() -> None:
    def mine(text: str) -> bool:
        return text == "x"

    assert faster_getter(mine) is mine
    assert faster_getter(functools.partial(mine)) is not None


@pytest.mark.parametrize("language", ["zh", "en"])
def test_pipeline_lexemes_are_spacys(language: str) -> None:
    """A pipeline's vocabulary uses the replacements, and a lexeme it makes for a new word has
    the attributes spaCy's own getters give."""
    from pipeline.nlp import load_pipeline

    vocab = load_pipeline(language).vocab
    getters = vocab.lex_attr_getters
    if language == "zh":
        assert getters[LIKE_NUM] is lexeme_attrs.zh_like_num
    assert getters[IDS["IS_ALPHA"]] is str.isalpha
    assert isinstance(getters[NORM], functools.partial) and getters[NORM].args[0] is str.lower
    originals = {original: faster for original, faster in FASTER.items()}
    spacy_getters = {}
    for attr, getter in getters.items():
        original = next((o for o, f in originals.items() if f is getter), getter)
        if isinstance(getter, functools.partial) and getter.args and getter.args[0] is str.lower:
            original = functools.partial(getter.func, spacy_attrs.lower, *getter.args[1:])
        spacy_getters[attr] = original
    strings = vocab.strings
    for word in ["s27新词汇测试", "Zorblaxian", "二十七万", "www.s27-example.org", "S27-X", "①②"]:
        assert word not in vocab
        lexeme = vocab[word]
        for attr, getter in spacy_getters.items():
            expected = getter(word)
            if attr < 64:
                assert lexeme.check_flag(attr) == bool(expected), (word, attr)
            else:
                name = {IDS["LOWER"]: "lower", NORM: "norm", IDS["PREFIX"]: "prefix", IDS["SUFFIX"]: "suffix",
                        IDS["SHAPE"]: "shape", IDS["LANG"]: "lang"}[attr]
                assert getattr(lexeme, name) == strings[expected], (word, name)


def test_getters_pickle_with_the_vocabulary() -> None:
    """A pickled Doc carries its vocabulary, getters included."""
    from spacy.vocab import Vocab

    vocab = Vocab(lex_attr_getters=dict(spacy_attrs.LEX_ATTRS))
    use_faster_getters(vocab)
    copy = pickle.loads(pickle.dumps(vocab))
    assert copy["Sino-foreign"].shape_ == vocab["Sino-foreign"].shape_ == "Xxxx-xxxx"
    assert copy.lex_attr_getters.keys() == vocab.lex_attr_getters.keys()
