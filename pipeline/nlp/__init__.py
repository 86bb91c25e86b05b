"""NLP stage: one spaCy pipeline per language, assembled from `config_<lang>.cfg`.

`load_pipeline("en")` gives spacy.blank("en") with the project's components;
`load_pipeline("zh")` the same on spacy.blank("zh") with the jieba segmenter. Each is
built once per process (with `extract --workers N`, once in the fork server, whose workers
inherit them: `pipeline.nlp.prebuilt`). `annotate(bulletins)` runs them over a batch with `nlp.pipe`.
"""

from __future__ import annotations

import contextlib
import functools
import gc
import importlib
import sys
import types
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any


def _import_spacy_without_its_cli() -> None:
    """`import spacy`, without the command line it imports for `spacy.info` alone.

    spaCy's package imports `spacy.cli.info`, hence all of `spacy.cli` (typer, weasel, requests,
    httpx...): ~0.25 of its ~0.9 CPU s, on the start-up path of every `extract` (a fork server's
    build included). No stage runs spaCy's CLI; `spacy.info` imports it when called, and `import
    spacy.cli` (training, the bench) still imports the real one: the stand-in is only in
    `sys.modules` while spaCy's package itself is imported.
    """
    if "spacy" in sys.modules:
        return
    stand_in = types.ModuleType("spacy.cli.info")
    stand_in.info = _spacy_info
    sys.modules["spacy.cli.info"] = stand_in
    try:
        importlib.import_module("spacy")
    finally:
        if sys.modules.get("spacy.cli.info") is stand_in:
            del sys.modules["spacy.cli.info"]


def _spacy_info(*args: Any, **kwargs: Any) -> Any:
    """`spacy.info`, its CLI imported on the first call."""
    return importlib.import_module("spacy.cli.info").info(*args, **kwargs)


_import_spacy_without_its_cli()

from spacy.language import Language  # noqa: E402
from spacy.tokens import Doc  # noqa: E402
from spacy.util import load_config, load_model_from_config  # noqa: E402

from pipeline.bulletin import Bulletin  # noqa: E402

CONFIG_DIR = Path(__file__).resolve().parent


def _register_components() -> None:
    # Importing the modules registers their factories with spaCy.
    from pipeline.extract import dates, events, partnerships, people, roles  # noqa: F401
    from pipeline.nlp import (  # noqa: F401
        gazetteer_ruler,
        institution_patterns,
        institutions,
        sentences,
        tokenizer_zh,
    )
    from pipeline.train import component  # noqa: F401  (institution_model, the trained NER)


def _entry_points_grouped() -> None:
    """catalogue's registries find their entry points by scanning all of the environment's (~300)
    on every look-up, and srsly looks its msgpack decoders up on every read: ~110 scans (~0.07 CPU
    s) to build both pipelines, most loading the trained NERs. Grouped once, a look-up is a dict's
    (catalogue reads a mapping without `select` by group; the same entry points, in the same order)."""
    import catalogue

    found = catalogue.AVAILABLE_ENTRY_POINTS
    if hasattr(found, "select") and isinstance(found, dict):
        # importlib's SelectableGroups is already a dict of each group's entry points; its own
        # `items` warns of its deprecation, dict's does not (one `select` a group: ~2 ms each).
        catalogue.AVAILABLE_ENTRY_POINTS = dict(dict.items(found))


GC_YOUNG_THRESHOLD = 100_000


@functools.cache
def load_pipeline(language: str) -> Language:
    """The pipeline for 'en' or 'zh', built from its config file."""
    with collector_paused():
        _entry_points_grouped()
        _register_components()
        config = load_config(CONFIG_DIR / f"config_{language}.cfg")
        nlp = load_model_from_config(config, auto_fill=True, validate=True)
    # Each word new to the process gets its lexeme through these getters (`lexeme_attrs`).
    from pipeline.nlp.lexeme_attrs import use_faster_getters

    use_faster_getters(nlp.vocab)
    from spacy.tokenizer import Tokenizer

    if isinstance(nlp.tokenizer, Tokenizer):
        from pipeline.nlp.tokenizer_en import bound_suffix_search

        bound_suffix_search(nlp.tokenizer)  # no search reads a whole long chunk (`TailSuffixSearch`)
    # A loaded pipeline is ~100,000 long-lived objects (vocabulary, rule tables, the trained
    # model); every full collection of a batch would walk them again (~7% of its time). Frozen,
    # the collector leaves them alone, and forked workers do not copy them by touching them.
    gc.freeze()
    # A page allocates ~10^5 short-lived objects, nearly all freed by reference counting; at the
    # default threshold (700) the young generation is collected dozens of times a page, each pass
    # walking the survivors and promoting them to be walked again. At 100,000 a batch of pages runs
    # through almost without one: over 320 bench pages (in-process A/B, settings alternating batch
    # by batch) 700 -> 10,000 took 0.89 -> 0.48 ms of collection a page (zh), 10,000 -> 100,000
    # another 6% (zh) and 2% (en) of CPU; cyclic garbage waits longer, ~20 MB more peak at most.
    gc.set_threshold(GC_YOUNG_THRESHOLD, *gc.get_threshold()[1:])
    return nlp


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """No automatic collection inside, the collector's thresholds as they were after.

    A build makes ~10^5 objects that all live on: the ~150-250 collections it would trigger walk
    them and find ~70 objects of garbage, ~0.1-0.2 CPU s of a 1.2 s build (the start-up that
    `extract --workers N` waits for). A zero threshold, not `gc.disable()`: loading a model
    (srsly's msgpack reader) disables and re-enables the collector on its own.
    """
    thresholds = gc.get_threshold()
    gc.set_threshold(0)
    try:
        yield
    finally:
        gc.set_threshold(*thresholds)


def make_doc(nlp: Language, bulletin: Bulletin) -> Doc:
    """A tokenised Doc carrying its bulletin and publisher, ready for the components."""
    from pipeline.link.publisher import find_publisher
    from pipeline.nlp.extensions import register_extensions

    register_extensions()
    fill_cache = _chunk_cache_filler(nlp)
    if fill_cache is not None:
        fill_cache(bulletin.text)
    doc = nlp.make_doc(bulletin.text)
    # Both tokenizers keep every character, so the Doc's text is the bulletin's: cached here,
    # it is never rebuilt from the tokens (see `extensions.doc_text`).
    doc.user_data["text"] = bulletin.text
    doc._.bulletin = bulletin
    doc._.publisher = find_publisher(bulletin, nlp.lang)
    return doc


# By the id of the tokenizer: (the tokenizer, kept alive so that its id is not reused; its filler or None).
_FILLERS: dict[int, tuple[Any, Callable[[str], None] | None]] = {}


def _chunk_cache_filler(nlp: Language) -> Callable[[str], None] | None:
    """What fills the cache of spaCy's tokenizer before a page is tokenised (`tokenizer_en`);
    None for another tokenizer (the Chinese one keeps its own word table)."""
    tokenizer = nlp.tokenizer
    known = _FILLERS.get(id(tokenizer))
    if known is None:
        from spacy.tokenizer import Tokenizer

        from pipeline.nlp.tokenizer_en import ChunkCacheFiller

        filler = ChunkCacheFiller(tokenizer) if isinstance(tokenizer, Tokenizer) else None
        known = _FILLERS[id(tokenizer)] = (tokenizer, filler)
    return known[1]


def annotate(bulletins: Iterable[Bulletin], language: str) -> Iterator[Doc]:
    """Docs for bulletins of one language, in order."""
    nlp = load_pipeline(language)
    yield from nlp.pipe(make_doc(nlp, b) for b in bulletins)
