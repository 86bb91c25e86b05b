"""The resolver's speed paths give what the plain ones give: `_describe_all` (listed mentions described in
one loop) as `_describe` of each mention, `_outside_compounds` as `_in_compound` of each mention."""

import pytest
from spacy.tokens import Doc

from pipeline.nlp import load_pipeline
from pipeline.nlp.extensions import SpanRow, read_facts
from pipeline.nlp.institutions import _HYPHENS, _in_compound, _mention, _outside_compounds, _where_written

_TEXT = (
    "Nanchang University signed an agreement with Kenya's Ministry of Education and with Zorvath State University,"
    " Ruritania. The Ministry of Education of China and Nanchang University-Queen Mary University of London"
    " programme held an Industry-University-Research forum. Nanchang University and the University of"
    " Aberdeen's School of Medicine met; Nanchang University's president visited Zorvath State University."
)
_FIELDS = ("entry", "display_name", "kind", "country")


def _up_to_resolver(language: str, text: str) -> tuple[Doc, object]:
    nlp = load_pipeline(language)
    doc = nlp.make_doc(text)
    for name, proc in nlp.pipeline:
        if name == "institution_resolver":
            return doc, proc
        doc = proc(doc)
    raise AssertionError("no institution_resolver")


def _written(doc: Doc) -> dict:
    return {key: value for key, value in doc.user_data.items() if key[:1] == ("._.",) and key[1] in _FIELDS}


_TEXT_ZH = "南昌大学与肯尼亚教育部签署协议。南昌大学、泽尔瓦斯国立大学和南昌大学代表出席。"


@pytest.mark.parametrize("language", ["en", "zh"])
def test_describing_in_one_loop_writes_and_returns_what_describe_does(language: str) -> None:
    text = _TEXT if language == "en" else _TEXT_ZH
    doc, resolver = _up_to_resolver(language, text)
    before = dict(doc.user_data)
    resolver(doc)  # (also fills the resolver's table of descriptions: the second run takes the loop's fast path)
    doc.user_data.clear()
    doc.user_data.update(before)
    resolver(doc)
    fast_facts, fast_written = list(read_facts(doc, "institutions_all")), _written(doc)
    assert fast_facts and any(f.entry is not None for f in fast_facts)
    doc.user_data.clear()
    doc.user_data.update(before)
    one_by_one = resolver._describe_all
    resolver._describe_all = lambda text, facts, mentions: [resolver._describe(text, facts, m) for m in mentions]
    try:
        resolver(doc)
    finally:
        resolver._describe_all = one_by_one
    assert list(read_facts(doc, "institutions_all")) == fast_facts
    assert _written(doc) == fast_written


def test_mentions_outside_compounds_are_those_not_in_one() -> None:
    doc, _ = _up_to_resolver("en", _TEXT)
    text = doc.text
    hyphens = _where_written(text, _HYPHENS)
    assert hyphens
    mentions = [
        _mention(SpanRow(i, j, doc[i].idx, doc[j - 1].idx + len(doc[j - 1]), "ORG", "x" if i % 3 else "", 0), text)
        for i in range(len(doc))
        for j in range(i + 1, min(len(doc), i + 5) + 1)
    ]
    listed = {m.start for m in mentions if m.kb_id}
    expected = [m for m in mentions if not _in_compound(doc, m, hyphens, listed)]
    assert len(expected) < len(mentions)  # (some are in a compound)
    assert _outside_compounds(doc, mentions, hyphens, listed) == expected
