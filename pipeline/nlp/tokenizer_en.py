"""spaCy's English tokenizer, its cache of chunks filled with every chunk of a page.

spaCy's tokenizer splits a text at whitespace into chunks and keeps each chunk's tokens in a
cache (up to `max_cache_size` chunks), so that a chunk seen before costs one lookup instead of
its prefix, suffix and infix regexes. But a Doc stops adding to that cache at its first chunk
that holds a special case ("'s", "Dr.", "a.m.": spaCy's `has_special` is set for the rest of the
Doc, explosion/spaCy#1250): on bulletin pages, which hold one early, most chunks were never
cached and went through the regexes on every page. A chunk tokenised alone is cached unless it
holds a special case itself, and its tokens are those it gets inside a page (a chunk is cut by
its own characters only; a special case across chunks is applied after, to the whole Doc). So
each chunk of a page not seen before is tokenised alone first (once a process): the page then
reads it from the cache. The tokens are the same; only the regex work goes.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokenizer import Tokenizer


class ChunkCacheFiller:
    """Tokenises alone each chunk of a text not seen before, so spaCy's tokenizer caches it.

    Stops when it has seen as many chunks as the tokenizer's cache holds (spaCy's cache keeps
    no more, so more would cost without a gain; memory stays flat)."""

    def __init__(self, tokenizer: Tokenizer) -> None:
        self.tokenizer = tokenizer
        self.limit = tokenizer.max_cache_size
        self._seen: set[str] | None = set()

    def __call__(self, text: str) -> None:
        seen = self._seen
        if seen is None:
            return
        # (str.split cuts at what spaCy's tokenizer takes for whitespace: `str.isspace`)
        # The new chunks in the text's order (the cache fills alike in every run), each once: one
        # look-up a chunk in `seen`, where a set of the page's chunks, its difference with `seen` and
        # a second walk to put them in order cost twice that (most of a page's chunks are seen ones).
        new = dict.fromkeys([chunk for chunk in text.split() if chunk not in seen])
        if not new:
            return
        seen.update(new)
        for chunk in new:
            self.tokenizer(chunk)
        if len(seen) >= self.limit:
            self._seen = None


# The longest suffix looked for at the end of a chunk. spaCy's suffix patterns end in `$` and are
# searched from the chunk's start: a search reads the whole chunk, and a chunk is cut one suffix a
# search, so a chunk of n punctuation marks ('，，，…', '.....', '"""') cost n searches of up to n
# characters (3,000 commas: 3 s; 15,000: a minute). Real suffixes are a few characters ('.', "'s",
# 'km', '...'); searched in the chunk's last SUFFIX_REACH characters, each search is bounded, and
# only a run of suffix characters longer than that is cut in more pieces than before.
SUFFIX_REACH = 64


class TailSuffixSearch:
    """spaCy's `suffix_search`, looking at a chunk's last SUFFIX_REACH characters only (spaCy reads
    the match's length alone: `Tokenizer.find_suffix`)."""

    def __init__(self, search: Callable[[str], re.Match[str] | None]) -> None:
        self.search = search
        # the compiled pattern, as on a bound `re.Pattern.search`: spaCy serialises the tokenizer (and
        # keys caches on it) by `suffix_search.__self__.pattern`, which stays the pattern's own
        self.__self__ = getattr(search, "__self__", None)

    def __call__(self, string: str) -> re.Match[str] | None:
        return self.search(string if len(string) <= SUFFIX_REACH else string[-SUFFIX_REACH:])


def bound_suffix_search(tokenizer: Tokenizer) -> None:
    """Makes `tokenizer` search suffixes at the end of a chunk only (`TailSuffixSearch`)."""
    search = tokenizer.suffix_search
    if search is not None and not isinstance(search, TailSuffixSearch):
        tokenizer.suffix_search = TailSuffixSearch(search)
