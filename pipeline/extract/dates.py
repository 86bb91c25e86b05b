"""Component `date_finder`: every date expression, normalised against the publication date."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from pipeline.dates import DateMention, find_dates
from pipeline.nlp.extensions import doc_text, register_extensions


class DateFinder:
    def __init__(self) -> None:
        register_extensions()

    def __call__(self, doc: Doc) -> Doc:
        bulletin = doc._.bulletin
        published = bulletin.publication_date() if bulletin is not None else None
        doc._.dates = find_dates(doc_text(doc), doc.lang_, published)
        return doc


def dates_in(doc: Doc, start: int, end: int) -> list[DateMention]:
    return [d for d in (doc._.dates or []) if d.start >= start and d.end <= end]


def dates_in_sentence(sent: Span) -> list[DateMention]:
    return dates_in(sent.doc, sent.start_char, sent.end_char)


@Language.factory("date_finder", default_config={})
def make_date_finder(nlp: Language, name: str) -> DateFinder:
    return DateFinder()
