"""Component `institution_model`: the trained NER, run only on sentences where a fact can be.

A trained NER costs more than every rule together, and most sentences of a bulletin
hold no fact, so it reads only sentences with a cue: an institution candidate found by
the rules (`doc.spans["inst_gazetteer"]`, `["inst_patterns"]`) or a trigger word
(partnership, role and event triggers from `pipeline/resources/rules/<lang>/`). When
the rules are switched off (mode "model"), an institution head word (University, 大学,
教育厅 ...) is a cue too, since there are no candidates to go by. When its ORGs are
only used where the rules found nothing (the settings the project runs with, see
models/README.md), it reads of those sentences only the ones where a head word stands
outside every rule candidate: elsewhere nothing it finds would be kept.

When the rules ran and an ORG must have a head word to count (`require_head`, as the
project runs it), it does not read those sentences whole either, but only a window of
tokens around each such head word (`WINDOW_TOKENS`): the NER's cost is per word read,
and a name ends at or near its head. Where an ORG found runs into a cut edge of its
window, that window's whole sentence is read again, so a long name ("Ministry of Higher
Education, Science and Innovation of the Republic of Uzbekistan") is not cut short. An
English sentence where no token could head a kept ORG (its head words all glued by
hyphens, as in "Consulate-General") is not read at all.

The NER also costs ~2 ms a call, however little it reads, so `nlp.pipe` (through the
component's `pipe`) reads the windows of a whole batch of Docs in one call, where
`nlp(doc)` makes one call per Doc; the entities found are the same. The trained `ner`
is decoded by `pipeline.train.greedy` (in numpy, all the windows of a call at once: spaCy's
own loop spent most of its time re-taking the GIL), with the entities `ner.pipe` gives,
from the windows' token columns read off the project Doc (no copy of the window; only the
windows' tokens, not the whole Doc's columns), each distinct window read once per call; a
model of another shape is read by `ner.pipe`.

It writes ORG entities to `doc.spans["inst_model"]` (label: the kind the head word
suggests, else "other"), which the institution resolver merges with the rules'
candidates, and PERSON, GPE and DATE entities to `doc.spans["model_person"]`,
`["model_gpe"]` and `["model_date"]` for later use (found in the sentences read only).

The trained pipeline (`models/<lang>_ner/`, path relative to the repository) is loaded
once per process. When it is missing the component warns once and adds nothing, so
the rules run as before.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import registry
from thinc.api import Model

from pipeline.train import REPO
from pipeline.train.blas import use_numpy_gemm
from pipeline.train.reading import (  # noqa: F401  (the component's parts, as they were known here)
    INSTITUTION_KEY,
    OTHER_KEYS,
    RULE_KEYS,
    WINDOW_TOKENS,
    Cues,
    HeadKinds,
    NameReader,
    PlaceWords,
    _is_word_character,
    _Page,
    _Ranges,
    _runs_into_a_cut,
)

log = logging.getLogger(__name__)


def resolve_model_path(model: str) -> Path:
    """A configured path: absolute as given, else relative to the repository root."""
    path = Path(model)
    return path if path.is_absolute() else REPO / path


@functools.cache
def load_trained(path: Path) -> Language | None:
    """The trained pipeline at `path`, loaded once per process; None (and one warning) when absent."""
    if not (path / "meta.json").is_file():
        log.warning("institution_model: no trained pipeline at %s; the rules run alone (`make train` builds it)", path)
        return None
    import spacy

    from pipeline.train import tagging  # noqa: F401  (a tagging model names its component, `biluo_ner`)

    # The component hands the model token columns or Docs it made itself (`_read`), so the trained pipeline's own
    # tokenizer is never called: building it (English: ~4,000 special cases, twice) was most of
    # the model's loading time.
    nlp = spacy.load(path, exclude=["tokenizer"], config={"nlp": {"tokenizer": {"@tokenizers": UNUSED_TOKENIZER}}})
    for _, pipe in nlp.pipeline:
        if isinstance(getattr(pipe, "model", None), Model):
            use_numpy_gemm(pipe.model)  # BLIS runs a slow generic kernel here; numpy's BLAS does not
    return nlp


UNUSED_TOKENIZER = "pipeline.docs_only_tokenizer.v1"


@registry.tokenizers(UNUSED_TOKENIZER)
def _docs_only_tokenizer() -> Callable[[Language], Callable[[str], Doc]]:
    """A tokenizer for a pipeline that is only ever handed Docs."""

    def create(nlp: Language) -> Callable[[str], Doc]:
        def refuse(text: str) -> Doc:
            raise TypeError("the trained NER in institution_model reads Docs made by the project pipeline, not text")

        return refuse

    return create


class InstitutionModel(NameReader):
    def __init__(self, nlp: Language, model: str, require_head: bool, only_new: bool) -> None:
        self.path = resolve_model_path(model)
        super().__init__(nlp, load_trained(self.path), require_head, only_new)


@Language.factory(
    "institution_model",
    default_config={"model": "", "require_head": False, "only_new": False},
)
def make_institution_model(
    nlp: Language, name: str, model: str, require_head: bool, only_new: bool
) -> InstitutionModel:
    """`model`: the trained pipeline's folder, relative to the repository root; empty: models/<lang>_ner."""
    return InstitutionModel(nlp, model or f"models/{nlp.lang}_ner", require_head, only_new)
