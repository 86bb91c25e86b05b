"""Component `institution_gazetteer`: every gazetteer name and alias found in the text.

Phrase matching on lower case (English) or on the simplified form (Chinese, via
`token.norm_`); all-capital abbreviations ("HNU", "UTS") match case-sensitively so
that ordinary words never link. Matches go to `doc.spans["inst_gazetteer"]` with the
entry id as `kb_id`, written as rows (`extensions.write_rows`) that the pattern finder and
the resolver read as they are.

The patterns are the tokens `nlp.make_doc` gives each name. Built one name at a time,
that was most of the pipeline's start-up (~5,000 names, a Doc each); `pattern_keys` makes
them from one Doc of all the names instead (see there).
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

import numpy as np
from ahocorasick_rs import AhoCorasick, Implementation, MatchKind
from spacy.attrs import LOWER, NORM, ORTH
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from pipeline.language import to_simplified
from pipeline.link.gazetteer import Gazetteer, load_gazetteer
from pipeline.nlp.extensions import SpanRow, doc_text, register_extensions, write_rows

SPAN_KEY = "inst_gazetteer"
# Between names tokenised together: a token of its own in both tokenizers, and no word of
# either segmenter runs across it.
_SEPARATOR = "\n"

# (entry id, its names) in gazetteer order.
Patterns = tuple[tuple[str, tuple[str, ...]], ...]


def _is_abbreviation(name: str) -> bool:
    if len(name) > 10 or not name.isascii():
        return False
    letters = [ch for ch in name if ch.isalpha()]
    return bool(letters) and all(ch.isupper() for ch in letters)


@functools.cache  # one gazetteer, two pipelines
def gazetteer_patterns(gazetteer: Gazetteer) -> tuple[Patterns, Patterns]:
    """Per entry, the names to match case-insensitively (lower case, simplified script) and
    the abbreviations to match as written. A name that links to nobody is left out."""
    plain: list[tuple[str, tuple[str, ...]]] = []
    abbreviations: list[tuple[str, tuple[str, ...]]] = []
    for entry in gazetteer:
        entry_plain: dict[str, str] = {}  # one written form of each lower-case name
        entry_abbreviations = set()
        for name in entry.names:
            if gazetteer.lookup(name) is None:
                continue  # an ambiguous form links to nobody
            if _is_abbreviation(name):
                entry_abbreviations.add(name)
            else:
                entry_plain.setdefault(name.lower(), name)
        if entry_plain:
            # Tokenised as written: the tokenizer's exceptions know "St." but not "st.", and the
            # matcher compares the tokens' lower case. make_doc on the simplified form so norm_
            # equals the text for Chinese.
            names = (entry_plain[lower] for lower in sorted(entry_plain))
            plain.append((entry.id, tuple(to_simplified(n) for n in names)))
        if entry_abbreviations:
            abbreviations.append((entry.id, tuple(sorted(entry_abbreviations))))
    return tuple(plain), tuple(abbreviations)


def pattern_keys(nlp: Language, texts: Sequence[str], attr: int) -> list[list[int]]:
    """The `attr` values of the tokens `nlp.make_doc(text)` gives each text (what
    PhraseMatcher.add reads of a pattern Doc), from one Doc of all the texts.

    The texts are joined by a line break, which both tokenizers cut everything else from.
    A text whose tokens do not start and end where it does in the joined Doc, or that the
    tokenizer would segment in another mode alone than together (`segments_alone`), is
    tokenised alone. tests/nlp/test_gazetteer_patterns.py holds the result to one make_doc
    a name, for the whole gazetteer.
    """
    alone = getattr(nlp.tokenizer, "segments_alone", _never)
    together = [i for i, text in enumerate(texts) if text and _SEPARATOR not in text and not alone(text)]
    keys: list[list[int] | None] = [None] * len(texts)
    if together:
        joined = _SEPARATOR.join(texts[i] for i in together)
        doc = nlp.make_doc(joined)
        values = doc.to_array(attr).tolist()
        token_starts = doc.to_array("IDX")
        lengths = np.fromiter((len(texts[i]) for i in together), dtype=np.int64, count=len(together))
        starts = np.cumsum(lengths + len(_SEPARATOR)) - lengths - len(_SEPARATOR)
        first = np.searchsorted(token_starts, starts)
        stop = np.searchsorted(token_starts, starts + lengths)
        # Aligned: a token starts where the text starts, and the separator is a token of its own.
        ends = (starts + lengths).tolist()
        for i, a, b, start, end in zip(together, first.tolist(), stop.tolist(), starts.tolist(), ends, strict=True):
            if a < b and token_starts[a] == start and _ends_at_separator(doc, b, end, len(joined)):
                keys[i] = values[a:b]
    return [k if k is not None else doc_keys(nlp.make_doc(texts[i]), attr) for i, k in enumerate(keys)]


def _ends_at_separator(doc: Doc, token: int, end: int, doc_length: int) -> bool:
    """Whether the text that ends at character `end` ends where token `token` starts: at the
    Doc's end (`doc_length` characters), or at a separator token of its own."""
    if token == len(doc):
        return end == doc_length
    return doc[token].idx == end and doc[token].text == _SEPARATOR


def doc_keys(doc: Doc, attr: int) -> list[int]:
    """What PhraseMatcher.add reads of a pattern Doc."""
    return doc.to_array(attr).tolist() if len(doc) else []


def _never(text: str) -> bool:
    return False


def _add_patterns(matcher: PhraseMatcher, nlp: Language, patterns: Patterns, attr: int) -> list[list[int]]:
    """The patterns added to `matcher`; returns their keys."""
    names = [name for _, entry_names in patterns for name in entry_names]
    keys = pattern_keys(nlp, names, attr)
    remaining = iter(keys)
    for entry_id, entry_names in patterns:
        matcher.add(entry_id, [next(remaining) for _ in entry_names])
    return keys


def _written_patterns(nlp: Language, keys: list[list[int]]) -> AhoCorasick | None:
    """An automaton of the patterns (ORTH keys) as written without spaces. A match's tokens are
    written one after the other, each followed by one space or none: the text without its
    spaces holds the pattern without its spaces, or the page holds no match."""
    strings = nlp.vocab.strings
    written = {"".join(strings[key] for key in pattern).replace(" ", "") for pattern in keys if pattern}
    written = sorted(written - {""})
    return AhoCorasick(written, matchkind=MatchKind.Standard, implementation=Implementation.DFA) if written else None


def _by_start_then_longest(match: tuple[int, int, int]) -> tuple[int, int]:
    return match[1], -match[2]


class GazetteerRuler:
    def __init__(self, nlp: Language, language: str) -> None:
        register_extensions()
        self.language = language
        self.matcher = PhraseMatcher(nlp.vocab, attr="NORM" if language == "zh" else "LOWER")
        self.abbreviations = PhraseMatcher(nlp.vocab, attr="ORTH")
        plain, abbreviations = gazetteer_patterns(load_gazetteer())
        _add_patterns(self.matcher, nlp, plain, NORM if language == "zh" else LOWER)
        abbreviation_keys = _add_patterns(self.abbreviations, nlp, abbreviations, ORTH)
        # Chinese pages seldom write a listed abbreviation (none of 120 bench pages; English: 111 of
        # 120): there, a scan of the text for them spares most pages the abbreviation matcher's
        # pass over every token, at half its cost.
        self._abbreviations_written = _written_patterns(nlp, abbreviation_keys) if language == "zh" else None
        self._org = nlp.vocab.strings.add("ORG")

    def __call__(self, doc: Doc) -> Doc:
        matches = self.matcher(doc)
        if self._may_hold_abbreviations(doc):
            matches += self.abbreviations(doc)
        matches.sort(key=_by_start_then_longest)  # stable: a tie keeps the matchers' order
        strings = doc.vocab.strings
        spans = [Span(doc, start, end, label=self._org, kb_id=match_id) for match_id, start, end in matches]
        rows = [
            SpanRow(start, end, span.start_char, span.end_char, "ORG", strings[match_id], 0)
            for span, (match_id, start, end) in zip(spans, matches, strict=True)
        ]
        write_rows(doc, SPAN_KEY, rows, spans)
        return doc

    def _may_hold_abbreviations(self, doc: Doc) -> bool:
        """Whether the abbreviation matcher can find anything: False only where the text, without
        its spaces, holds no abbreviation (see `_written_patterns`)."""
        if self._abbreviations_written is None:
            return True
        return bool(self._abbreviations_written.find_matches_as_indexes(doc_text(doc).replace(" ", "")))


@Language.factory("institution_gazetteer", default_config={})
def make_gazetteer_ruler(nlp: Language, name: str) -> GazetteerRuler:
    return GazetteerRuler(nlp, nlp.lang)
