"""Component `institution_gazetteer`: every gazetteer name and alias found in the text.

Phrase matching on lower case (English) or on the simplified form (Chinese, via
`token.norm_`); all-capital abbreviations ("HNU", "UTS") match case-sensitively so
that ordinary words never link. Matches go to `doc.spans["inst_gazetteer"]` with the
entry id as `kb_id`, written as rows (`extensions.write_rows`) that the pattern finder and
the resolver read as they are.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from pipeline.language import to_simplified
from pipeline.link.gazetteer import load_gazetteer
from pipeline.nlp.extensions import SpanRow, register_extensions, write_rows

SPAN_KEY = "inst_gazetteer"


def _is_abbreviation(name: str) -> bool:
    letters = [ch for ch in name if ch.isalpha()]
    return bool(letters) and len(name) <= 10 and all(ch.isupper() for ch in letters) and name.isascii()


class GazetteerRuler:
    def __init__(self, nlp: Language, language: str) -> None:
        register_extensions()
        self.language = language
        case_insensitive_attr = "NORM" if language == "zh" else "LOWER"
        self.matcher = PhraseMatcher(nlp.vocab, attr=case_insensitive_attr)
        self.abbreviations = PhraseMatcher(nlp.vocab, attr="ORTH")
        gazetteer = load_gazetteer()
        for entry in gazetteer:
            plain, abbreviations = [], []
            for name in entry.names:
                key = name if _is_abbreviation(name) else name.lower()
                if gazetteer.lookup(name) is None:
                    continue  # an ambiguous form links to nobody
                (abbreviations if _is_abbreviation(name) else plain).append(key)
            if plain:
                # make_doc on the simplified form so norm_ equals the text for Chinese.
                self.matcher.add(entry.id, [nlp.make_doc(to_simplified(n)) for n in sorted(set(plain))])
            if abbreviations:
                self.abbreviations.add(entry.id, [nlp.make_doc(n) for n in sorted(set(abbreviations))])

    def __call__(self, doc: Doc) -> Doc:
        spans = [
            Span(doc, start, end, label="ORG", kb_id=match_id)
            for matcher in (self.matcher, self.abbreviations)
            for match_id, start, end in matcher(doc)
        ]
        spans.sort(key=lambda s: (s.start, -s.end))
        rows = [SpanRow(s.start, s.end, s.start_char, s.end_char, "ORG", s.kb_id_, 0) for s in spans]
        write_rows(doc, SPAN_KEY, rows, spans)
        return doc


@Language.factory("institution_gazetteer", default_config={})
def make_gazetteer_ruler(nlp: Language, name: str) -> GazetteerRuler:
    return GazetteerRuler(nlp, nlp.lang)
