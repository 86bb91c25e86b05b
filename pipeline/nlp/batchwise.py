"""Components that run over a whole batch before the next component starts.

`nlp.pipe` chains the components' `pipe` generators; a component without `pipe` is called Doc by Doc
as the next component pulls, so a batch goes through the pipeline one page at a time, every page
through every component in turn, each component's rules, tables and code pushed out of the processor's
caches by the next one's. A component built on `Batchwise` takes a whole batch first, so each runs
over all of a batch's Docs before the next starts: the same records (components keep no state from
page to page), end to end -9% CPU in English and -12% in Chinese (bench pages, bench/ANALYSIS.md).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.tokens import Doc
from spacy.util import minibatch


class Batchwise:
    """A `pipe` for a component whose `__call__` reads and annotates one Doc."""

    def pipe(self, docs: Iterable[Doc], batch_size: int = 32) -> Iterator[Doc]:
        for batch in minibatch(docs, size=batch_size):
            yield from [self(doc) for doc in batch]  # type: ignore[operator]  # the component's __call__
