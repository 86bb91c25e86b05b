"""Component `date_finder`: every date expression, normalised against the publication date."""

from __future__ import annotations

import bisect

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
    """The date mentions inside doc_text(doc)[start:end], in order."""
    dates = doc._.dates or []
    starts = _starts(doc, dates)
    if starts is None:
        return [d for d in dates if d.start >= start and d.end <= end]
    first = bisect.bisect_left(starts, start)
    return [d for d in dates[first : bisect.bisect_left(starts, end, lo=first)] if d.end <= end]


def _starts(doc: Doc, dates: list[DateMention]) -> list[int] | None:
    """Where the mentions start, once per list of mentions, when they come in that order."""
    cached = doc.user_data.get("_date_starts")
    if cached is None or cached[0] is not dates or len(cached[1] or ()) != len(dates):
        starts = [d.start for d in dates]
        cached = doc.user_data["_date_starts"] = (dates, starts if starts == sorted(starts) else None)
    return cached[1]


def dates_in_sentence(sent: Span) -> list[DateMention]:
    return dates_in(sent.doc, sent.start_char, sent.end_char)


@Language.factory("date_finder", default_config={})
def make_date_finder(nlp: Language, name: str) -> DateFinder:
    return DateFinder()
