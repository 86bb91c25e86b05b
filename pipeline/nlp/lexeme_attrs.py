"""spaCy's lexeme attribute getters, replaced by callables that give the same values faster.

spaCy makes a lexeme the first time a process meets a word, calling each of the vocabulary's
~24 attribute getters (LOWER, SHAPE, LIKE_NUM, IS_PUNCT...) on it: Python functions, ~10 µs a
word, three quarters of it in the getters (callgrind). A crawl keeps meeting words (on pages
never seen, ~35 new words a page after the first 32: ~4% of the instructions, both languages).

Each getter replaced here gives exactly the value of spaCy's for every string:
- where spaCy's getter only calls one method of `str`, that method (`is_alpha` -> `str.isalpha`;
  `is_ascii`, a loop over the characters, -> `str.isascii`), without a Python frame;
- the costly ones answer at once for the words that cannot be what they look for, and ask
  spaCy's getter about the rest: Chinese LIKE_NUM (~2 µs: it builds its regex on every call) for
  Han or Latin words holding no digit and no character of its number words, English LIKE_NUM
  for words of ASCII letters (one of its number words or not), LIKE_URL for text
  holding neither "." nor ":", IS_PUNCT and the quote and bracket tests for letters and digits
  (`str.isalnum`: no character of theirs is one), SHAPE for short ASCII words and Han words.
Getters are recognised by identity: any other (a language's own, the project's flag) is kept.
tests/nlp/test_lexeme_attrs.py holds each replacement to spaCy's getter over every code point
and over words of many kinds.
"""

from __future__ import annotations

import functools
import operator
import re
from collections.abc import Callable
from typing import Any

from spacy import util as spacy_util
from spacy.lang import lex_attrs as spacy_attrs
from spacy.lang.en import lex_attrs as en_attrs
from spacy.lang.zh import lex_attrs as zh_attrs
from spacy.vocab import Vocab

Getter = Callable[[str], Any]

# spaCy's `word_shape` keeps at most this many characters of a run of one shape character.
_SHAPE_RUN = 4
_LONG_WORD = 100  # from this length on, spaCy's shape is "LONG"
_HAN_WORD = re.compile(r"[\u4e00-\u9fff]+").fullmatch


def _ascii_shapes() -> dict[int, str]:
    """`str.translate` table: each ASCII character's shape character as `word_shape` gives it."""
    shapes = {}
    for code in range(128):
        char = chr(code)
        shapes[code] = ("X" if char.isupper() else "x") if char.isalpha() else "d" if char.isdigit() else char
    return shapes


_ASCII_SHAPES = _ascii_shapes()


def word_shape(text: str) -> str:
    """spaCy's `word_shape` (characters as X, x, d or themselves, runs cut to four) of an ASCII
    word too short to hold a run it cuts, or of a word of Han characters (letters of no case:
    x); spaCy's for any other (cutting runs by regex costs more than its loop)."""
    if len(text) <= _SHAPE_RUN and text.isascii():
        return text.translate(_ASCII_SHAPES)
    if len(text) < _LONG_WORD and _HAN_WORD(text):
        return "x" * min(len(text), _SHAPE_RUN)
    return spacy_attrs.word_shape(text)


def like_url(text: str) -> bool:
    """spaCy's `like_url`: it is true only of text holding "." ("www.", a top-level domain) or
    ":" ("http://")."""
    if "." not in text and ":" not in text:
        return False
    return spacy_attrs.like_url(text)


# Letters and digits are never punctuation, currency, brackets nor quotes (tests/nlp/test_lexeme_attrs.py
# checks every code point and spaCy's lists): `str.isalnum` answers for most words at once.
def is_punct(text: str) -> bool:
    return False if text.isalnum() else spacy_attrs.is_punct(text)


def is_currency(text: str) -> bool:
    return False if text.isalnum() else spacy_attrs.is_currency(text)


def is_bracket(text: str) -> bool:
    return False if text.isalnum() else spacy_attrs.is_bracket(text)


def is_quote(text: str) -> bool:
    return False if text.isalnum() else spacy_attrs.is_quote(text)


def is_left_punct(text: str) -> bool:
    return False if text.isalnum() else spacy_attrs.is_left_punct(text)


def is_right_punct(text: str) -> bool:
    return False if text.isalnum() else spacy_attrs.is_right_punct(text)


def _zh_number_chars() -> frozenset[str] | None:
    """The characters of spaCy's Chinese number words; None when a word would defeat the quick
    answer (an empty word, or one with a regex symbol: its regex could then match text outside
    the words' characters)."""
    try:
        words = [*zh_attrs._single_num_words, *zh_attrs._count_num_words, *zh_attrs._base_num_words]
    except AttributeError:  # another spaCy: its getter is kept
        return None
    if not all(words) or any(re.escape(word) != word for word in words):
        return None
    return frozenset("".join(words))


_HAN_OR_LATIN_WORD = re.compile(r"[\u4e00-\u9fffA-Za-z]+").fullmatch
_ZH_NUMBER_CHARS = _zh_number_chars()


def zh_like_num(text: str) -> bool:
    """spaCy's Chinese `like_num`: a word of Han characters and Latin letters (none of them a
    digit) that holds no character of its number words is none."""
    if _ZH_NUMBER_CHARS is not None and _HAN_OR_LATIN_WORD(text) and _ZH_NUMBER_CHARS.isdisjoint(text):
        return False
    return zh_attrs.like_num(text)


def _en_number_words() -> frozenset[str] | None:
    """spaCy's English number words and ordinals; None in a spaCy without them."""
    try:
        return frozenset((*en_attrs._num_words, *en_attrs._ordinal_words))
    except AttributeError:
        return None


_EN_NUMBER_WORDS = _en_number_words()


def en_like_num(text: str) -> bool:
    """spaCy's English `like_num`: a word of ASCII letters is a number only as one of its number
    words or ordinals (no digit, no sign, no "/", no "1st" in it)."""
    if _EN_NUMBER_WORDS is not None and text.isascii() and text.isalpha():
        return text.lower() in _EN_NUMBER_WORDS
    return en_attrs.like_num(text)


# spaCy's getter -> a callable giving its value for every string.
FASTER: dict[Getter, Getter] = {
    spacy_attrs.lower: str.lower,
    spacy_attrs.prefix: operator.itemgetter(0),
    spacy_attrs.suffix: operator.itemgetter(slice(-3, None)),
    spacy_attrs.is_alpha: str.isalpha,
    spacy_attrs.is_digit: str.isdigit,
    spacy_attrs.is_lower: str.islower,
    spacy_attrs.is_space: str.isspace,
    spacy_attrs.is_title: str.istitle,
    spacy_attrs.is_upper: str.isupper,
    spacy_attrs.is_ascii: str.isascii,
    spacy_attrs.word_shape: word_shape,
    spacy_attrs.like_url: like_url,
    spacy_attrs.is_punct: is_punct,
    spacy_attrs.is_currency: is_currency,
    spacy_attrs.is_bracket: is_bracket,
    spacy_attrs.is_quote: is_quote,
    spacy_attrs.is_left_punct: is_left_punct,
    spacy_attrs.is_right_punct: is_right_punct,
    zh_attrs.like_num: zh_like_num,
    en_attrs.like_num: en_like_num,
}


# (a private function of spaCy's: a spaCy without it keeps its NORM getter)
_GET_UNLESS_LOOKUP = getattr(spacy_util, "_get_attr_unless_lookup", None)


def faster_getter(getter: Getter) -> Getter:
    """The replacement of `getter`, else `getter` itself. NORM's getter, a partial that reads
    spaCy's norm exceptions before its default (LOWER's getter), keeps them and gets the
    default's replacement."""
    try:
        if isinstance(getter, functools.partial):
            if getter.func is _GET_UNLESS_LOOKUP and getter.args and getter.args[0] in FASTER:
                default, *rest = getter.args
                return functools.partial(_GET_UNLESS_LOOKUP, FASTER[default], *rest, **getter.keywords)
            return getter
        return FASTER.get(getter, getter)
    except TypeError:  # an unhashable callable
        return getter


def use_faster_getters(vocab: Vocab) -> None:
    """Replace, in place and in order, the vocabulary's getters that have a replacement."""
    getters = vocab.lex_attr_getters
    for attr, getter in list(getters.items()):
        getters[attr] = faster_getter(getter)
