"""Session 19's speed paths of the resolver and the gazetteer read what the plainer readings read:
the gazetteer's rows carry their Spans' entry ids, a list line's country label is read only where a
label mark stands, a bare body's listed full form is found by its entry's simplified names, and a
later short form takes the first earlier linked name it ends."""

import pytest
from spacy.tokens import Doc

from pipeline.language import to_simplified
from pipeline.link.gazetteer import load_gazetteer
from pipeline.nlp import load_pipeline
from pipeline.nlp.extensions import read_rows, read_spans
from pipeline.nlp.gazetteer_ruler import SPAN_KEY
from pipeline.nlp.institutions import _ending_in, _first_ending_in, _Mention

_TEXTS = {
    "en": "Nanchang University (NCU) signed with the University of Aberdeen; NCU and SCNU met in Nanchang.",
    "zh": "南昌大学与英国阿伯丁大学签署协议，江西省教育厅、南昌大学（NCU）代表出席。",
}


def _up_to(language: str, text: str, component: str) -> tuple[Doc, object]:
    nlp = load_pipeline(language)
    doc = nlp.make_doc(text)
    for name, proc in nlp.pipeline:
        if name == component:
            return doc, proc
        doc = proc(doc)
    raise AssertionError(f"no {component}")


@pytest.mark.parametrize("language", ["en", "zh"])
def test_gazetteer_rows_carry_the_entry_ids_of_their_spans(language: str) -> None:
    doc, ruler = _up_to(language, _TEXTS[language], "institution_gazetteer")
    doc = ruler(doc)
    rows, spans = read_rows(doc, SPAN_KEY), read_spans(doc, SPAN_KEY)
    assert rows, "the text names listed institutions"
    assert [row.kb_id for row in rows] == [span.kb_id_ for span in spans]
    gazetteer = load_gazetteer()
    assert all(gazetteer.get(row.kb_id) is not None for row in rows)


@pytest.fixture(scope="module")
def resolver_zh() -> object:
    return _up_to("zh", "南昌大学", "institution_resolver")[1]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("柬埔寨：皇家农业大学", "KH"),  # the label opens the line
        ("名单如下\n柬埔寨：皇家农业大学", "KH"),  # the line after a break
        ("柬埔寨: 皇家农业大学", "KH"),  # an ASCII colon
        ("柬埔寨：金边大学。皇家农业大学", None),  # a sentence ends between the label and the name
        ("柬埔寨：金边大学\n皇家农业大学", None),  # the label is on the line before
        ("代表团访问了皇家农业大学", None),  # no label mark on the line
    ],
)
def test_country_label_is_read_only_on_the_names_own_line(resolver_zh: object, text: str, expected: str | None) -> None:
    assert resolver_zh._country_label(text, text.index("皇家农业大学")) == expected


def test_country_label_beyond_the_window_is_not_read(resolver_zh: object) -> None:
    text = "柬埔寨：" + "、" * 100 + "皇家农业大学"
    assert resolver_zh._country_label(text, text.index("皇家农业大学")) is None


def test_entry_simplified_names_are_the_entries_names_simplified(resolver_zh: object) -> None:
    entry = next(e for e in load_gazetteer() if e.name_zh and len(e.names) > 1)
    assert resolver_zh._entry_simplified_names(entry.id) == tuple(to_simplified(n) for n in entry.names)
    assert resolver_zh._entry_simplified_names("no-such-entry") == ()


def test_ending_in_reads_every_name() -> None:
    assert _ending_in(("江西省人民政府外事办公室", "江西省外办"), "省外办")
    assert not _ending_in(("江西省人民政府外事办公室",), "省外办")
    assert not _ending_in((), "省外办")


def _linked(start: int, text: str, kb_id: str) -> tuple[int, str, str]:
    return (start, text, kb_id)


def test_a_short_form_takes_the_first_earlier_linked_name_it_ends() -> None:
    linked = [_linked(0, "新西兰林肯大学", "a"), _linked(5, "美国林肯大学", "b"), _linked(20, "英国林肯大学", "c")]
    assert _first_ending_in(linked, 10, "林肯大学") == "a"
    assert _first_ending_in(linked[1:], 10, "林肯大学") == "b"
    assert _first_ending_in(linked, 0, "林肯大学") is None  # (none starts before it)
    assert _first_ending_in(linked, 30, "阿伯丁大学") is None


def test_a_later_short_form_is_linked_with_its_fields_kept() -> None:
    doc, resolver = _up_to("zh", "新西兰林肯大学与林肯大学合作。", "institution_resolver")
    text = doc.text
    full = _Mention(0, 1, 0, 7, "university", "x-lincoln", 0, text[0:7])
    short_start = text.index("林肯大学", 7)
    short = _Mention(5, 6, short_start, short_start + 4, "university", "", 3, "林肯大学")
    linked = resolver._with_short_forms(doc, text, [full, short])
    assert linked[0] is full
    assert linked[1] == short._replace(kb_id="x-lincoln", span_id=0)
    assert type(linked[1]) is _Mention
