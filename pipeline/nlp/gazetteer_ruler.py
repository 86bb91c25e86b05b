"""Component `institution_gazetteer`: every gazetteer name and alias found in the text.

Phrase matching on lower case (English) or on the simplified form (Chinese, via
`token.norm_`); all-capital abbreviations ("HNU", "UTS") match case-sensitively so
that ordinary words never link. Matches go to `doc.spans["inst_gazetteer"]` with the
entry id as `kb_id`, written as rows (`extensions.write_rows`) that the pattern finder and
the resolver read as they are.

The patterns are the tokens `nlp.make_doc` gives each name. Built one name at a time,
that was most of the pipeline's start-up (~5,000 names, a Doc each); `pattern_keys` makes
them from one Doc of all the names instead (see there), and `stored_pattern_keys` keeps
what it gives in a cache file, so that a process whose inputs are unchanged reads the
tokens instead of tokenising the names again (0.3 CPU s of the two builds).
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import os
import re
import sys
import tempfile
from collections.abc import Sequence
from importlib import metadata
from pathlib import Path

import numpy as np
from ahocorasick_rs import AhoCorasick, Implementation, MatchKind
from spacy.attrs import LOWER, NORM, ORTH
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc, Span

from pipeline.language import to_simplified
from pipeline.link.gazetteer import Gazetteer, load_gazetteer
from pipeline.nlp.batchwise import Batchwise
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


_LEADING_ARTICLE = re.compile(r"^the\s+(?=\S)", re.IGNORECASE)


def _without_article(name: str) -> str:
    return _LEADING_ARTICLE.sub("", name)


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
                # "The University of Auckland": the article is no word of the name as a text
                # writes it ("the University of Auckland", "The ..." opening a sentence)
                name = _without_article(name)
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


def stored_pattern_keys(nlp: Language, texts: Sequence[str], attr: int) -> list[list[int]]:
    """`pattern_keys(nlp, texts, attr)`, read from the cache file of these inputs when there is one
    (written here when there is not).

    The file holds each text's token strings (the keys are their hashes, the same in every
    process); its name is a hash of everything the tokens depend on (`_cache_key`). A file
    missing, unreadable or not of this shape is ignored and rewritten: never wrong, at worst
    the names are tokenised as before.
    """
    path = _cache_file(nlp, texts, attr)
    strings = nlp.vocab.strings
    tokens = _read_tokens(path, len(texts)) if path else None
    if tokens is not None:
        return [[strings.add(token) for token in text_tokens] for text_tokens in tokens]
    keys = pattern_keys(nlp, texts, attr)
    if path:
        _write_tokens(path, [[strings[key] for key in text_keys] for text_keys in keys])
    return keys


def cache_dir() -> Path | None:
    """Where computed start-up data is kept: $PIPELINE_CACHE_DIR, else the user's cache folder;
    None (no cache) when PIPELINE_CACHE_DIR is set empty."""
    configured = os.environ.get("PIPELINE_CACHE_DIR")
    if configured is not None:
        return Path(configured) if configured else None
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "edu-bulletin-pipeline"


def _cache_file(nlp: Language, texts: Sequence[str], attr: int) -> Path | None:
    folder = cache_dir()
    tokenizer = _tokenizer_description(nlp.tokenizer)
    if folder is None or tokenizer is None:
        return None
    return folder / f"gazetteer-tokens-{_cache_key(nlp.lang, tokenizer, texts, attr)}.json"


def _tokenizer_description(tokenizer: object) -> bytes | None:
    """What makes the tokenizer cut as it does beyond the code: spaCy's serialised rules, or for
    one of the project's (its code and data are in `_code_fingerprint`) its name. None for any
    other kind, whose behaviour cannot be told here: not cached."""
    if isinstance(tokenizer, Tokenizer):
        return tokenizer.to_bytes(exclude=["vocab"])
    kind = type(tokenizer)
    if kind.__module__.split(".")[0] == __name__.split(".")[0]:
        return f"{kind.__module__}.{kind.__qualname__}".encode()
    return None


def _cache_key(language: str, tokenizer: bytes, texts: Sequence[str], attr: int) -> str:
    """A hash of what the tokens depend on: the texts, the attribute, the language, the tokenizer,
    and the code and data that make it (the project's package, spaCy's and the segmenter's versions)."""
    digest = hashlib.sha256(tokenizer)
    digest.update(json.dumps([language, attr, _code_fingerprint(), list(texts)], ensure_ascii=False).encode())
    return digest.hexdigest()[:32]


# Made from the sources, not part of them: compiled modules behave as the source they were built from.
_BUILT_SUFFIXES = {".c", ".so", ".pyd", ".pyc"}


@functools.cache
def _code_fingerprint() -> str:
    """A hash of every source and data file of the `pipeline` package (~1.5 MB, ~10 ms) and of the
    versions of Python and of the packages that tokenise. Coarse on purpose: any edit of the
    project's code or rules invalidates the cache rather than a missed dependency keeping it."""
    package = Path(__file__).resolve().parent.parent
    digest = hashlib.sha256(sys.version.encode())
    for name in ("spacy", "rjieba"):
        digest.update(f"{name} {_version(name)}".encode())
    for path in sorted(package.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts and path.suffix not in _BUILT_SUFFIXES:
            digest.update(str(path.relative_to(package)).encode() + b"\0")
            digest.update(path.read_bytes())
    return digest.hexdigest()


def _version(package: str) -> str:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return "-"


def _read_tokens(path: Path, count: int) -> list[list[str]] | None:
    """The token strings of `count` texts stored in `path`, or None if it holds no such thing."""
    try:
        tokens = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(tokens, list) or len(tokens) != count:
        return None
    if not all(isinstance(text, list) and all(isinstance(t, str) for t in text) for text in tokens):
        return None
    return tokens


def _write_tokens(path: Path, tokens: list[list[str]]) -> None:
    """Written whole or not at all (a temporary file renamed); a folder that cannot be written is
    no error: the next process tokenises again."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    except OSError:
        return
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            json.dump(tokens, out, ensure_ascii=False, separators=(",", ":"))
        os.replace(temporary, path)
    except (OSError, ValueError):
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        return
    _drop_old_files(path.parent)


# Files kept: every edit of the code makes new ones (4 of ~5-170 KB), and several checkouts of
# different code may share the folder.
KEPT_CACHE_FILES = 64


def _drop_old_files(folder: Path) -> None:
    """All but the KEPT_CACHE_FILES most recently written token files removed."""
    with contextlib.suppress(OSError):
        files = sorted(folder.glob("gazetteer-tokens-*.json"), key=lambda p: p.stat().st_mtime, reverse=True)
        for old in files[KEPT_CACHE_FILES:]:
            old.unlink(missing_ok=True)


def _add_patterns(matcher: PhraseMatcher, nlp: Language, patterns: Patterns, attr: int) -> list[list[int]]:
    """The patterns added to `matcher`; returns their keys."""
    names = [name for _, entry_names in patterns for name in entry_names]
    keys = stored_pattern_keys(nlp, names, attr)
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


def _all_ascii(nlp: Language, keys: list[list[int]]) -> bool:
    """Whether every token of the patterns (ORTH keys) is ASCII."""
    strings = nlp.vocab.strings
    return all(strings[key].isascii() for pattern in keys for key in pattern)


_new_tuple = tuple.__new__


def _by_start_then_longest(match: tuple[int, int, int]) -> tuple[int, int]:
    return match[1], -match[2]


class GazetteerRuler(Batchwise):
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
        self._abbreviations_ascii = _all_ascii(nlp, abbreviation_keys)
        self._org = nlp.vocab.strings.add("ORG")
        # each entry id by its match id, made once: a row's id read here, not decoded from the
        # StringStore into a new string a match (~75 a Chinese page)
        self._entry_ids = {nlp.vocab.strings.add(entry_id): entry_id for entry_id, _ in (*plain, *abbreviations)}

    def __call__(self, doc: Doc) -> Doc:
        matches = self.matcher(doc)
        if self._may_hold_abbreviations(doc):
            matches += self.abbreviations(doc)
        matches.sort(key=_by_start_then_longest)  # stable: a tie keeps the matchers' order
        entry_ids = self._entry_ids
        spans = [Span(doc, start, end, label=self._org, kb_id=match_id) for match_id, start, end in matches]
        # Made as the tuples they are: `SpanRow(...)` runs the named tuple's `__new__`, a Python
        # function (~0.4 us a row, ~70 rows a Chinese page).
        rows = [
            _new_tuple(SpanRow, (start, end, span.start_char, span.end_char, "ORG", entry_ids[match_id], 0))
            for span, (match_id, start, end) in zip(spans, matches, strict=True)
        ]
        write_rows(doc, SPAN_KEY, rows, spans)
        return doc

    def _may_hold_abbreviations(self, doc: Doc) -> bool:
        """Whether the abbreviation matcher can find anything: False only where the text, without
        its spaces, holds no abbreviation (see `_written_patterns`)."""
        if self._abbreviations_written is None:
            return True
        text = doc_text(doc)
        if self._abbreviations_ascii:
            # Every abbreviation is ASCII: the other characters go too (a match's own characters stay
            # side by side), and a Chinese page leaves a few hundred to scan (~10x less CPU).
            text = text.encode("ascii", "ignore").decode("ascii")
        return bool(self._abbreviations_written.find_matches_as_indexes(text.replace(" ", "")))


@Language.factory("institution_gazetteer", default_config={})
def make_gazetteer_ruler(nlp: Language, name: str) -> GazetteerRuler:
    return GazetteerRuler(nlp, nlp.lang)
