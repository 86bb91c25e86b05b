"""Texts holding Han characters only jieba-rs reads as Han: only the jieba-rs blocks holding
one go through jieba's own loop, and the whole text is still cut as jieba cuts it."""


from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.nlp import load_pipeline
from pipeline.nlp.tokenizer_zh import _blocks_read_otherwise

# Characters jieba-rs reads as Han and jieba does not: extension A, the end of the basic block,
# a compatibility ideograph, extension B, and one of a Chinese name (李𬀩).
RARE = ["㑇", "\u4dbf", "\u9fd6", "\uf900", "\U00020000", "𬀩"]
# What stands beside them in bulletins: words, names, Latin words and numbers joined by
# symbols, punctuation and whitespace.
PARTS = [
    *RARE,
    "李",
    "表示",
    "江西财经大学",
    "校长",
    "合作",
    "Jean-Claude",
    "co-op",
    "1.5%",
    "C++",
    "2025-2026",
    "，",
    "。",
    "（",
    "）",
    " ",
    "\n",
    "\r\n",
    "\u3000",
    "-",
    ".",
]


@settings(max_examples=300, deadline=None)
@given(parts=st.lists(st.sampled_from(PARTS), min_size=1, max_size=40))
def test_texts_with_rare_han_are_cut_as_jieba_cuts_them(jieba_itself, parts):
    text = "".join(parts)
    segmenter = load_pipeline("zh").tokenizer.segmenter
    assert segmenter.cut(text) == list(jieba_itself.cut(text, HMM=True))


def test_only_the_blocks_holding_rare_han_are_read_otherwise():
    text = "会议于北京举行。李𬀩表示，合作co-op项目（㑇ab㑇）增长\n结束"
    spans = _blocks_read_otherwise(text)
    assert [text[a:b] for a, b in spans] == ["李𬀩表示", "㑇ab㑇"]


def test_a_rare_character_at_either_end_of_the_text_makes_a_block():
    assert _blocks_read_otherwise("𬀩") == [(0, 1)]
    text = "㑇学校，大学\U00020000"
    assert [text[a:b] for a, b in _blocks_read_otherwise(text)] == ["㑇学校", "大学\U00020000"]
