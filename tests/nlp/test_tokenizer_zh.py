"""The Chinese tokenizer: jieba over the simplified view, gazetteer names kept whole."""

import logging
from pathlib import Path

import jieba
import pytest
from spacy.util import get_words_and_spaces

from pipeline.bulletin import Bulletin
from pipeline.inputs import read_inputs
from pipeline.language import to_simplified
from pipeline.nlp import load_pipeline
from pipeline.nlp.tokenizer_zh import USER_WORD_FREQ, user_dictionary, words_and_spaces

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


def test_words_and_spaces_align_like_spacy_on_corpus_and_odd_whitespace():
    texts = [b.text for b in read_inputs([CORPUS]) if isinstance(b, Bulletin)]
    texts += ["", " ", "\n", "  前后  ", " 学 校\u3000\u3000合作\r\n\r\n办学 ", "a  b\t\tc \n d", "x\u00a0 y"]
    segmenter = load_pipeline("zh").tokenizer.segmenter
    assert len(texts) > 100
    for text in texts:
        pieces = list(segmenter.cut(text))
        assert words_and_spaces(pieces, text) == get_words_and_spaces([p for p in pieces if p], text)


def test_traditional_norms_only_on_tokens_that_differ():
    nlp = load_pipeline("zh")
    doc = nlp.make_doc("江西財經大學 和南昌航空大学簽署 協議。" * 3)
    # Others keep their word's own norm (spaCy's: "." for "。").
    changed = {t.text: t.norm_ for t in doc if t.norm_ != t.lex.norm_}
    assert changed == {"江西財經大學": "江西财经大学", "簽署": "签署", "協議": "协议"}


@pytest.fixture(scope="module")
def jieba_itself() -> jieba.Tokenizer:
    """Plain jieba with the same user words: the segmentation the tokenizer must give."""
    jieba.setLogLevel(logging.WARNING)
    reference = jieba.Tokenizer()
    reference.initialize()
    for word in user_dictionary():
        reference.add_word(word, freq=USER_WORD_FREQ)
    return reference


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


def test_docs_are_the_plain_construction_from_jiebas_pieces():
    """Words, spaces and norms as spaCy makes them from the pieces one by one, with whitespace
    runs and traditional words side by side (the tokenizer maps pieces to words in arrays)."""
    nlp = load_pipeline("zh")
    texts = [b.text for b in read_inputs([CORPUS]) if isinstance(b, Bulletin) and to_simplified(b.text) != b.text]
    texts += ["  學校\n\n  與 大學\u3000\u3000簽署 協議 ", "學", " 學", "學 ", "\n\n", "學校  \r\n 國際 合作 a-b 學院"]
    assert len(texts) > 6
    for text in texts:
        simplified = to_simplified(text)
        pieces = nlp.tokenizer.segmenter.cut(simplified)
        words, spaces = get_words_and_spaces([p for p in pieces if p], simplified)
        offsets = [0]
        for word, space in zip(words, spaces, strict=True):
            offsets.append(offsets[-1] + len(word) + space)
        written = [text[start : start + len(word)] for start, word in zip(offsets, words, strict=False)]
        doc = nlp.make_doc(text)
        assert [t.text for t in doc] == written
        assert [bool(t.whitespace_) for t in doc] == spaces
        norms = [w if w != s else t.lex.norm_ for w, s, t in zip(words, written, doc, strict=True)]
        assert [t.norm_ for t in doc] == norms
