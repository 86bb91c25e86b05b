"""Component `date_finder`: every date expression, normalised against the publication date."""

from __future__ import annotations

import bisect
import re

from spacy.language import Language
from spacy.tokens import Doc, Span

from pipeline.dates import DateMention, find_dates
from pipeline.extract.spans import sentences
from pipeline.nlp.batchwise import Batchwise
from pipeline.nlp.extensions import doc_text, register_extensions


class DateFinder(Batchwise):
    def __init__(self) -> None:
        register_extensions()

    def __call__(self, doc: Doc) -> Doc:
        bulletin = doc._.bulletin
        published = bulletin.publication_date() if bulletin is not None else None
        text = doc_text(doc)
        dates = find_dates(text, doc.lang_, published)
        if published is None:
            # No publication date: a text opening with its own full date ("Press Release | 23
            # October 2026", "Kunming, 22 October 2026 –") gives its days without a year their year
            # (CONTRACT.md: null only when neither gives one).
            opening = next((d for d in dates if d.start < _OPENING and _dates_the_text(text, d)), None)
            if opening is not None:
                dates = find_dates(text, doc.lang_, opening.date)
        doc._.dates = dates
        return doc


_OPENING = 300  # characters: where a dateline or a release's date line stands
_LINE_BEFORE = 40  # characters: "Press Release | ", "KUNMING, ", "新华社南昌"
# after a text's own date: its line's end, a dateline's dash or bracket ("(Xinhua)"), 电, or a
# bar before the next field of its date line ("Saturday 14 November 2026 | 4 minute read")
_AFTER_OWN_DATE = re.compile(r"[ \t]*(?:\n|$|--|[–—(（|]|电)")


def _dates_the_text(text: str, mention: DateMention) -> bool:
    """Whether `mention` is the text's own full date: a day with its year near the start of its
    line, ending the line or followed by a dateline's dash ("Kunming, 22 October 2026 –")."""
    if not (mention.kind == "day" and mention.year_explicit and mention.date is not None):
        return False
    line_start = text.rfind("\n", 0, mention.start) + 1
    return mention.start - line_start <= _LINE_BEFORE and bool(_AFTER_OWN_DATE.match(text, mention.end))


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


def dates_by_sentence(doc: Doc) -> dict[int, list[DateMention]]:
    """The date mentions of every sentence (by index in `sentences(doc)`) that holds a date,
    made once per Doc: each mention goes to the sentence it starts in, in order. A mention
    that runs past its sentence's end is one whose dots the sentencizer read as full stops
    (a dotted date in Chinese prose, "2025.11.18，两校签署…", is cut after "2025.11."): it is
    the day of that sentence, and of the ones after it that take the day last given."""
    dates = doc._.dates or []
    cached = doc.user_data.get("_dates_by_sentence")
    if cached is not None and cached[0] is dates and cached[1] == len(dates):
        return cached[2]
    sents = sentences(doc)
    found: dict[int, list[DateMention]] = {}
    for mention in dates:
        index = sents.index_of(mention.start)
        if index >= 0:
            found.setdefault(index, []).append(mention)
    doc.user_data["_dates_by_sentence"] = (dates, len(dates), found)
    return found


@Language.factory("date_finder", default_config={})
def make_date_finder(nlp: Language, name: str) -> DateFinder:
    return DateFinder()
