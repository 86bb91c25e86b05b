"""Session 29 (ep, speed): the English people extractor's lower-case offices ('deputy mayor of Astana
Ermek Kosherbayev') are tried only where a modifier's or an office's first word stands, found in the
page's one pass of its vocabularies, not searched for at each character; the matches are those of the
regex run over the whole text. Every sentence is made up."""

from __future__ import annotations

from pipeline.extract.people import _lower_case_office, _lower_case_office_matches, _lower_case_office_openings
from pipeline.nlp import load_pipeline
from pipeline.nlp.extensions import doc_text

_PAGE = (
    "Representatives approved the plan on 3 May. The visit was hosted by deputy mayor of Kazan Ilnur Safin "
    "and pro-vice-chancellor Marta Lindqvist, while Chinese ambassador to Norway Zhou Ming and acting dean "
    "Oliver Grant spoke. Vice President Anna Berg (senior vice president Tom Hale) thanked the head of "
    "department Lena Ortiz; first secretary Yuki Mori, executive vice president and provost Ruth Adler and "
    "reproached co-director Sam Weiss did not attend. The Prime minister's adviser met chancellor Ian Ross."
)


def _doc(text: str):
    return load_pipeline("en").make_doc(text)


def _spans(matches) -> list[tuple[int, int]]:
    return [match.span() for match in matches]


def test_the_matches_are_the_regexs_over_the_whole_text() -> None:
    doc = _doc(_PAGE)
    text = doc_text(doc)
    expected = _spans(_lower_case_office().finditer(text))
    assert len(expected) >= 6
    assert _spans(_lower_case_office_matches(doc, text)) == expected


def test_names_are_read_after_the_offices() -> None:
    doc = _doc(_PAGE)
    names = [m.group("name") for m in _lower_case_office_matches(doc, doc_text(doc))]
    assert "Ilnur Safin" in names
    assert "Zhou Ming" in names
    assert "Marta Lindqvist" in names


def test_a_page_whose_lower_case_is_longer_is_searched_throughout() -> None:
    text = "İzmir hosted the talks, and deputy mayor of Izmir Deniz Kaya opened them."
    assert len(text.lower()) != len(text)
    doc = _doc(text)
    found = _spans(_lower_case_office_matches(doc, doc_text(doc)))
    assert found == _spans(_lower_case_office().finditer(doc_text(doc)))
    assert found


def test_each_opening_is_a_word_of_letters() -> None:
    openings = _lower_case_office_openings()
    assert openings
    assert all(word.isalpha() and word == word.lower() for word in openings)
    assert {"deputy", "vice", "minister", "pro"} <= set(openings)
