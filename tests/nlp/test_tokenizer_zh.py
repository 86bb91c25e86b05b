"""The Chinese tokenizer: jieba over the simplified view, gazetteer names kept whole."""

from pipeline.nlp import load_pipeline


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
