"""The Chinese tokenizer: jieba over the simplified view, gazetteer names kept whole."""

import functools
import math
from pathlib import Path

import jieba
import numpy as np
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from spacy.util import get_words_and_spaces

from pipeline.bulletin import Bulletin
from pipeline.extract.spans import matching_text
from pipeline.inputs import read_inputs
from pipeline.language import to_simplified
from pipeline.nlp import load_pipeline, tokenizer_zh
from pipeline.nlp.tokenizer_zh import MATCHING_TEXT_KEY
from pipeline.rules import word_list, word_table

CORPUS = Path(__file__).resolve().parents[2] / "corpus" / "bulletins"


def test_gazetteer_names_are_single_tokens():
    nlp = load_pipeline("zh")
    doc = nlp.make_doc("江西财经大学与南昌航空大学签署协议")
    assert "江西财经大学" in [t.text for t in doc]
    assert "南昌航空大学" in [t.text for t in doc]


def test_traditional_text_keeps_its_characters_and_offsets():
    nlp = load_pipeline("zh")
    text = "江西財經大學與南昌航空大學簽署協議"
    doc = nlp.make_doc(text)
    assert doc.text == text
    assert "江西財經大學" in [t.text for t in doc]
    token = next(t for t in doc if t.text == "江西財經大學")
    assert token.norm_ == "江西财经大学"


def test_whitespace_and_newlines_survive():
    nlp = load_pipeline("zh")
    text = "　　第一段。\n\n第二段 English words 2+2。"
    assert nlp.make_doc(text).text == text


def test_traditional_norms_only_on_tokens_that_differ():
    nlp = load_pipeline("zh")
    doc = nlp.make_doc("江西財經大學 和南昌航空大学簽署 協議。" * 3)
    # Others keep their word's own norm (spaCy's: "." for "。").
    changed = {t.text: t.norm_ for t in doc if t.norm_ != t.lex.norm_}
    assert changed == {"江西財經大學": "江西财经大学", "簽署": "签署", "協議": "协议"}


def test_segmentation_is_jiebas_on_the_corpus(jieba_itself):
    segmenter = load_pipeline("zh").tokenizer.segmenter
    texts = [to_simplified(b.text) for b in read_inputs([CORPUS]) if isinstance(b, Bulletin)]
    assert len(texts) > 100
    for text in texts:
        assert segmenter.cut(text) == list(jieba_itself.cut(text, HMM=True))


@pytest.mark.parametrize(
    "text",
    [
        "江西财经大学校长Jean-Claude Rakotonirina表示，中外合作办学co-op项目增长1.5%。",
        "开设C++与AT&T课程，P.G项目于2025-2026学年招生，vice-chair出席。",
        "中文㑇ab㑇㑇学校与\u9fd6\u9fd6大学，\U00020000\U00020000学院。",  # Han characters jieba does not treat as Han
        "\r\n\u3000\u3000第一段\t\x1c\x1f 第二段\u00a0\u200b结束 -- .. %%",
    ],
)
def test_segmentation_is_jiebas_where_jieba_rs_differs(jieba_itself, text):
    segmenter = load_pipeline("zh").tokenizer.segmenter
    assert segmenter.cut(text) == list(jieba_itself.cut(text, HMM=True))


def _plain_construction(nlp, text: str) -> tuple[list[str], list[bool], list[str]]:
    """Words, spaces and norms as spaCy makes them from jieba's pieces one by one."""
    simplified = to_simplified(text)
    pieces = _glued_prepositions_cut(nlp.tokenizer.segmenter, simplified)
    simple_words, spaces = get_words_and_spaces([p for p in pieces if p], simplified)
    offsets = [0]
    for word, space in zip(simple_words, spaces, strict=True):
        offsets.append(offsets[-1] + len(word) + space)
    words = [text[start : start + len(word)] for start, word in zip(offsets, simple_words, strict=False)]
    norms = [s if w != s else nlp.vocab[w].norm_ for w, s in zip(words, simple_words, strict=True)]
    return words, spaces, norms


def _glued_prepositions_cut(segmenter, text: str) -> list[str]:
    """jieba's pieces, a preposition glued on an unknown word cut off before an institution's head
    (由哈洛 | 大学 -> 由 | 哈洛 | 大学), piece by piece."""
    glued = set(word_list("zh", "glued_prepositions.txt"))
    heads = tuple(word_table("zh", "institution_heads.tsv"))
    levels = set(word_list("zh", "glued_levels.txt"))
    pieces = segmenter.cut(text)
    cut: list[str] = []
    for i, piece in enumerate(pieces):
        han = all("\u4e00" <= ch <= "\u9fff" for ch in piece)
        # (two characters: the one left is a level, or a name goes on in the next piece, which is
        # neither a head nor a preposition of its own: 与芬 | 威克 | 理工大学, not 为式 | 在 | 南昌大学)
        following = pieces[i + 1] if i + 1 < len(pieces) else ""
        goes_on = (
            bool(following)
            and all("\u4e00" <= ch <= "\u9fff" for ch in following)
            and not following.endswith(heads)
            and following not in glued
        )
        rest_is_name = len(piece) > 2 or piece[1:] in levels or goes_on
        if len(piece) >= 2 and piece[0] in glued and han and rest_is_name and not segmenter.rust.has_word(piece):
            after = []
            for later in pieces[i + 1 : i + 4]:
                if not all("\u4e00" <= ch <= "\u9fff" for ch in later):
                    break
                after.append(later)
            if any(later.endswith(heads) for later in after):
                cut += [piece[0], piece[1:]]
                continue
        cut.append(piece)
    return cut


def test_a_preposition_glued_on_an_unknown_name_is_cut_off_before_a_head():
    nlp = load_pipeline("zh")
    assert [t.text for t in nlp.make_doc("会议由哈洛大学承办")] == ["会议", "由", "哈洛", "大学", "承办"]
    assert [t.text for t in nlp.make_doc("我校同哈洛国际大学签约")][:5] == ["我校", "同", "哈洛", "国际", "大学"]
    # traditional script: cut on the simplified view, the characters as written
    assert [t.text for t in nlp.make_doc("會議由哈洛大學承辦")] == ["會議", "由", "哈洛", "大學", "承辦"]


def test_a_glued_preposition_before_no_institution_stays_as_jieba_cut():
    # 于洋 (a surname and a given name) before no institution's head: jieba's pieces are kept
    nlp = load_pipeline("zh")
    assert "于洋" in [t.text for t in nlp.make_doc("于洋教授在开幕式上致辞。")]
    assert "同济大学" in [t.text for t in nlp.make_doc("我校同同济大学签约")]
    # one character left would be no name: 从化 | 中学 is a school named after its district
    assert [t.text for t in nlp.make_doc("从化中学与我校签约")][:2] == ["从化", "中学"]


def _assert_plain_construction(nlp, text: str) -> None:
    doc = nlp.make_doc(text)
    words, spaces, norms = _plain_construction(nlp, text)
    assert [t.text for t in doc] == words
    assert [bool(t.whitespace_) for t in doc] == spaces
    assert [t.norm_ for t in doc] == norms
    assert doc.text == text


ODD_TEXTS = [
    "",
    " ",
    "\n",
    "  前后  ",
    " 学 校\u3000\u3000合作\r\n\r\n办学 ",
    "a  b\t\tc \n d",
    "x\u00a0 y",
    "  學校\n\n  與 大學\u3000\u3000簽署 協議 ",
    "學",
    " 學",
    "學 ",
    "\n\n",
    "學校  \r\n 國際 合作 a-b 學院",
    "中文㑇ab㑇 學校與\u9fd6大學 \U00020000學院 Jean-Claude 學",  # the block-by-block route
]


def test_docs_are_the_plain_construction_from_jiebas_pieces():
    """Words, spaces and norms as spaCy makes them from the pieces one by one, with whitespace
    runs and traditional words side by side (the tokenizer maps pieces to words in arrays)."""
    nlp = load_pipeline("zh")
    texts = [b.text for b in read_inputs([CORPUS]) if isinstance(b, Bulletin)]
    assert len(texts) > 100
    assert sum(to_simplified(text) != text for text in texts) > 5
    for text in texts + ODD_TEXTS:
        _assert_plain_construction(nlp, text)


_PIECES = st.sampled_from(
    [
        *("學", "学", "校", "與", "大學", "國際", "合作", "签署", "協議", "。"),
        *(" ", "  ", "\n", "\r\n", "\u3000", "\t", "\u00a0"),
        *("a", "B", "7", "-", ".", "%", "+", "Jean-Claude", "1.5"),
        *("㑇", "\U00020000"),  # Han to jieba-rs only: the block-by-block route
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=40))
def test_docs_are_the_plain_construction_on_any_mix(parts):
    _assert_plain_construction(load_pipeline("zh"), "".join(parts))


def test_the_simplified_view_is_left_for_the_matching_rules():
    nlp = load_pipeline("zh")
    text = "江西財經大學與南昌航空大學簽署合作辦學協議。" * 4
    doc = nlp.make_doc(text)
    doc.user_data["text"] = text
    assert matching_text(doc) == to_simplified(text)
    assert matching_text(doc) is doc.user_data[MATCHING_TEXT_KEY]


def test_the_word_table_starts_again_past_its_size_and_docs_stay_right(monkeypatch):
    nlp = load_pipeline("zh")
    table = nlp.tokenizer.table
    monkeypatch.setattr(tokenizer_zh, "MAX_CACHED_WORDS", 8)
    clears = []
    monkeypatch.setattr(table, "clear", lambda: clears.append(len(table)) or tokenizer_zh.WordTable.clear(table))
    for text in ["江西財經大學與南昌航空大學簽署協議 a-b", "學校  \r\n 國際 合作 a-b 學院"] * 2:
        _assert_plain_construction(nlp, text)
    assert len(clears) >= 2
    assert all(size > 8 for size in clears)


@pytest.mark.parametrize("text", ["江西財經大學與南昌航空大學簽署協議", "學校  \r\n 國際   合作"])
def test_words_added_after_segmentation_may_grow_a_full_table(text):
    """Traditional words and whitespace runs are added to the word table after segmentation:
    when the table is full at that moment, its arrays grow, and the ids must come from the new ones."""
    nlp = load_pipeline("zh")
    table = nlp.tokenizer.table
    table.clear()
    table.rows(nlp.tokenizer.segmenter.cut(to_simplified(text)))
    table.rows([f"填充{i}" for i in range(len(table.length) - len(table))])
    assert len(table) == len(table.length)  # full: the next new word makes new arrays
    _assert_plain_construction(nlp, text)


@functools.cache
def _corpus_texts() -> list[str]:
    """The Chinese bulletins of the corpus."""
    return [b.text for b in read_inputs([CORPUS]) if isinstance(b, Bulletin) and tokenizer_zh._is_han(b.text)]


@st.composite
def _corpus_slices(draw) -> str:
    text = draw(st.sampled_from(_corpus_texts()))
    start = draw(st.integers(0, len(text) - 1))
    return text[start : start + draw(st.integers(1, 120))]


_MIXTURE = st.one_of(
    _corpus_slices(),
    st.sampled_from(["學", "國", "與", "協議", "簽署", "財經", "大學", "師範", "聯合", "項目", "為", "於"]),
    st.text("abcXYZ019-._%+#&@/:", min_size=1, max_size=12),
    # Latin words that jieba's HMM step cuts in two, in three, or leaves whole.
    st.sampled_from(["1.5a", "a.5b", "x%y", "Jean-Claude", "2025-2026", "co-op", "1.5%", "C++", "AT&T", "P.G"]),
    st.sampled_from(list("，。、：；！（）《》“”—…－．％Ａｂ１")),  # full-width punctuation and forms
    st.sampled_from([" ", "  ", "\n", "\r\n", "\t", "\u3000", "\u00a0", "\u200b", "\x0b", "\x1c"]),
    st.sampled_from(["㑇", "\U00020000", "\u9fd6", "\uf900"]),  # Han to jieba-rs only: the block-by-block route
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_MIXTURE, max_size=30))
@example(["於", "於", "於", "co-op"])  # a tie in jieba's weights (found by hypothesis)
@example(["学", "学", "学", "与"])  # a tie, then the HMM joins one route's lone characters (hypothesis)
@example(["為", "式在南昌大学"])  # a glued 为 before a preposition, then a name: no cut (hypothesis)
@example(["孔子学院中方院长李婷向", "馆和语言中心"])  # 向馆 | 和 | 语言中心: no cut (hypothesis)
def test_pieces_are_jiebas_and_docs_the_plain_construction_on_any_mixture(jieba_itself, parts):
    """Latin words jieba cuts (spliced into the pieces with their word-table rows) among corpus
    text, traditional characters, punctuation and whitespace: jieba's own pieces, and the Doc
    built from them piece by piece."""
    text = "".join(parts)
    nlp = load_pipeline("zh")
    simplified = to_simplified(text)
    _assert_jiebas_cut_or_a_tie(nlp.tokenizer.segmenter.cut(simplified), jieba_itself, simplified)
    _assert_plain_construction(nlp, text)


def _assert_jiebas_cut_or_a_tie(pieces: list[str], jieba_itself: jieba.Tokenizer, text: str) -> None:
    """jieba's own pieces; or, where jieba weighs two cuts the same (于|于于 vs 于于|于: the same
    words' log frequencies summed in another order), the other cut of that tie: which one wins is
    floating-point rounding, in jieba and in jieba-rs alike."""
    expected = list(jieba_itself.cut(text, HMM=True))
    if pieces == expected:
        return
    assert "".join(pieces) == "".join(expected)
    assert math.isclose(_route_weight(pieces, jieba_itself), _route_weight(expected, jieba_itself), rel_tol=1e-12), (
        pieces,
        expected,
    )


def _route_weight(cut: list[str], jieba_itself: jieba.Tokenizer) -> float:
    """The weight of the dictionary route under a cut. A piece not in the dictionary is single
    characters of the route that jieba's HMM joined afterwards (学学|学|与 -> 学学|学与), so it
    weighs as its characters."""
    freq = jieba_itself.FREQ
    route = [part for piece in cut for part in ((piece,) if piece in freq else tuple(piece))]
    return sum(math.log(freq.get(part) or 1) for part in route)


def test_a_tie_in_jiebas_weights_may_go_either_way(jieba_itself):
    # Repeated 于 cuts into 于于 and 于 with equal weight however they are ordered.
    _assert_jiebas_cut_or_a_tie(["于于", "于", "co", "-", "op"], jieba_itself, "于于于co-op")
    _assert_jiebas_cut_or_a_tie(["于", "于于", "co", "-", "op"], jieba_itself, "于于于co-op")
    # 学学|学|与 and 学|学学|与 weigh the same; the HMM then joins the first route's lone 学 and 与.
    _assert_jiebas_cut_or_a_tie(["学学", "学与"], jieba_itself, "学学学与")
    with pytest.raises(AssertionError):  # a cut of other weight is no tie
        _assert_jiebas_cut_or_a_tie(["于", "于", "于", "co", "-", "op"], jieba_itself, "于于于co-op")


@given(st.lists(st.integers(min_value=0, max_value=50), max_size=40))
def test_distinct_sorted_is_unique_of_sorted_values(values):
    ordered = np.sort(np.array(values, dtype=np.int64))
    distinct = tokenizer_zh._distinct_sorted(ordered)
    assert distinct.tolist() == np.unique(ordered).tolist()
    assert distinct.dtype == np.unique(ordered).dtype
