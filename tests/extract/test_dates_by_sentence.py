"""The date mentions of every sentence, found once per Doc."""

from __future__ import annotations

import datetime as dt


def test_dates_by_sentence_holds_what_dates_in_sentence_finds():
    from pipeline.bulletin import Bulletin
    from pipeline.extract.dates import dates_by_sentence, dates_in_sentence
    from pipeline.extract.spans import sentences
    from pipeline.nlp import load_pipeline, make_doc

    nlp = load_pipeline("zh")
    text = "2024年5月6日，两校签署协议。会议于5月7日至8日举行，2023年曾互访。\n新华网南昌10月18日电 昨天举行论坛。"
    doc = make_doc(nlp, Bulletin(text=text, language="zh", published=dt.date(2024, 10, 19), origin="test"))
    for _, component in nlp.pipeline:
        doc = component(doc)
    by_sentence = dates_by_sentence(doc)
    expected = {i: dates_in_sentence(s) for i, s in enumerate(sentences(doc).spans) if dates_in_sentence(s)}
    assert by_sentence == expected
    assert sum(map(len, expected.values())) >= 4
