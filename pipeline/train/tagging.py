"""A tagging NER: a tagger trained on the BILUO tags of the entity spans, decoded into `doc.ents`.

An experiment (models/README.md, "Tagging NER: tried, not used"): the project runs the
transition-based `ner`. That one reads a sentence one action at a time (a hidden layer and a
state step per token), most of what it costs a word. A tagger scores every token at once (the same
tok2vec, then a hidden layer over a few tokens and a softmax), about 1.7x faster a token. What it
gives up is the guarantee of a valid sequence: `best_tags` picks the best sequence where each tag
may follow the one before (Viterbi, only when the argmax is not one), and `biluo_spans` reads any
sequence deterministically (an entity left open ends where the next tag does not continue it; a
stray I-/L- begins one).

Component `biluo_ner` (factory registered on import): trained from the same DocBins as `ner`
(the gold tags are the reference entities' BILUO tags; tokens marked missing stay missing),
scored with spaCy's NER scorer, and it writes `doc.ents` only, so a caller reads it as it reads
a `ner`. `tagger_config` derives its training config from the `ner` one, so the tok2vec, data,
augmenter and training settings are the same by construction.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from itertools import islice
from typing import Any

import numpy as np
from spacy.language import Language
from spacy.pipeline.tagger import Tagger
from spacy.scorer import get_ner_prf
from spacy.tokens import Doc, Span
from spacy.training import Example, validate_examples, validate_get_examples
from spacy.util import registry
from thinc.api import (
    Config,
    Maxout,
    Model,
    SequenceCategoricalCrossentropy,
    Softmax_v2,
    chain,
    expand_window,
    with_array,
)
from thinc.types import Floats2d

FACTORY = "biluo_ner"
BEGIN, INSIDE, LAST, UNIT, OUTSIDE = "B", "I", "L", "U", "O"
_CONTINUES = frozenset({INSIDE, LAST})
_OPENS = frozenset({BEGIN, UNIT})
_CLOSES = frozenset({LAST, UNIT})

Entity = tuple[int, int, str]  # tokens start:end, label


def biluo_spans(tags: Sequence[str]) -> list[Entity]:
    """Entities (start, end, label) read from BILUO tags ("B-ORG", "O" ...), any sequence repaired:
    an entity still open ends before a tag that does not continue it (I-/L- of its label), and an
    I-/L- that continues nothing begins an entity, so every tagged token is in one entity."""
    entities: list[Entity] = []
    start, label = 0, ""  # the entity open, if `label`
    for i, tag in enumerate(tags):
        move, _, tag_label = tag.partition("-")
        if label and not (move in _CONTINUES and tag_label == label):
            entities.append((start, i, label))
            label = ""
        if move == OUTSIDE or not tag_label:
            continue
        if move in _OPENS or not label:
            start, label = i, tag_label
        if move in _CLOSES:
            entities.append((start, i + 1, label))
            label = ""
    if label:
        entities.append((start, len(tags), label))
    return entities


class Transitions:
    """Which BILUO tag may follow which (0 or -inf, to add to log-probabilities), for `best_tags`.

    Only between tokens: a Doc may begin with I-/L- and end with B-/I-, since what the model reads is
    often a window cut out of a sentence, and a name may run across the cut. `biluo_spans` then ends
    the entity at the edge, where `institution_model` sees it touch the cut and reads the whole
    sentence again; forcing the entity closed inside the window would cut the name short instead."""

    def __init__(self, labels: Sequence[str]) -> None:
        moves = [tag.partition("-")[0] for tag in labels]
        kinds = [tag.partition("-")[2] for tag in labels]
        pairs = list(zip(moves, kinds, strict=True))
        after_open = np.array([[m in _CONTINUES and k == kind for m, k in pairs] for kind in kinds])
        after_closed = np.array([m not in _CONTINUES for m in moves])
        opened = np.array([m in (BEGIN, INSIDE) for m in moves])
        allowed = np.where(opened[:, None], after_open, after_closed[None, :])
        self.step = np.where(allowed, 0.0, -np.inf).astype("f")

    def valid(self, tag_ids: np.ndarray) -> bool:
        """Whether every tag may follow the one before it."""
        return bool(np.all(self.step[tag_ids[:-1], tag_ids[1:]] == 0))


def best_tags(scores: Floats2d, transitions: Transitions) -> np.ndarray:
    """The tag ids with the highest sum of log-probabilities among those where every tag may follow
    the one before (Viterbi), from one Doc's scores (tokens x tags, before softmax). The argmax of
    each token when it is such a sequence already, as it most often is."""
    scores = np.asarray(scores)
    guess = scores.argmax(axis=1)
    if transitions.valid(guess):
        return guess
    log_probs = scores - scores.max(axis=1, keepdims=True)
    log_probs -= np.log(np.exp(log_probs).sum(axis=1, keepdims=True))
    best = log_probs[0]
    back = np.zeros(log_probs.shape, dtype=np.intp)
    for i in range(1, len(log_probs)):
        options = best[:, None] + transitions.step
        back[i] = options.argmax(axis=0)
        best = options[back[i], np.arange(len(best))] + log_probs[i]
    tags = [int(best.argmax())]
    for i in range(len(log_probs) - 1, 0, -1):
        tags.append(int(back[i][tags[-1]]))
    return np.array(tags[::-1])


def biluo_labels(entity_labels: Iterable[str]) -> list[str]:
    """Every tag of some entity labels, "O" first."""
    return [OUTSIDE] + [f"{move}-{label}" for label in sorted(set(entity_labels)) for move in "BILU"]


def ner_score(examples: Iterable[Example], **kwargs: Any) -> dict[str, Any]:
    return get_ner_prf(examples, **kwargs)


class BiluoTagger(Tagger):
    """spaCy's tagger over BILUO tags, writing entities (`doc.ents`) instead of `token.tag_`."""

    def get_loss(self, examples: Iterable[Example], scores: Any) -> tuple[float, Any]:
        validate_examples(examples, "BiluoTagger.get_loss")
        loss_func = SequenceCategoricalCrossentropy(
            names=self.labels, normalize=False, label_smoothing=self.cfg["label_smoothing"]
        )
        # get_aligned_ner: None where a token is missing (neither entity nor outside) or misaligned.
        truths = [[tag if tag not in (None, "-", "") else None for tag in eg.get_aligned_ner()] for eg in examples]
        d_scores, loss = loss_func(scores, truths)
        return float(loss), d_scores

    def initialize(
        self, get_examples: Callable[[], Iterable[Example]], *, nlp: Language | None = None, labels: Any = None
    ) -> None:
        """The tags of every label seen in the reference entities (or `labels`), and the model's shapes."""
        validate_get_examples(get_examples, "BiluoTagger.initialize")
        if labels is None:
            labels = biluo_labels(ent.label_ for eg in get_examples() for ent in eg.reference.ents)
        for tag in labels:
            self.add_label(tag)
        docs, truths = [], []
        for eg in islice(get_examples(), 10):
            docs.append(eg.x)
            tags = eg.get_aligned_ner()
            truths.append(self.model.ops.asarray([[float(t == gold) for t in self.labels] for gold in tags], dtype="f"))
        self.model.initialize(X=docs, Y=truths)

    def _scores2guesses(self, scores: list[Floats2d]) -> list[np.ndarray]:
        """The best valid tag sequence of each Doc (`best_tags`), not each token's best tag."""
        if getattr(self, "_transitions_of", None) != self.labels:
            self._transitions, self._transitions_of = Transitions(self.labels), self.labels
        return [best_tags(doc_scores, self._transitions) for doc_scores in scores]

    def set_annotations(self, docs: Iterable[Doc] | Doc, batch_tag_ids: Any) -> None:
        docs = [docs] if isinstance(docs, Doc) else docs
        labels = self.labels
        for doc, tag_ids in zip(docs, batch_tag_ids, strict=True):
            tags = [labels[i] for i in tag_ids.tolist()]
            doc.set_ents([Span(doc, s, e, label=label) for s, e, label in biluo_spans(tags)], default="outside")


@registry.architectures("pipeline.WindowTagger.v1")
def build_window_tagger(
    tok2vec: Model, hidden_width: int, window: int, maxout_pieces: int, nO: int | None = None
) -> Model:
    """Like spacy.Tagger.v2 (softmax over each token's vector), with a hidden maxout layer over the
    vectors of the token and `window` tokens each side first: what the transition-based NER gets from
    its state features, the tags of a name's tokens see each other."""
    width = tok2vec.get_dim("nO") if tok2vec.has_dim("nO") else None
    output_layer = Softmax_v2(nO, hidden_width, normalize_outputs=False)
    head = chain(
        expand_window(window_size=window),
        Maxout(hidden_width, width * (2 * window + 1) if width else None, nP=maxout_pieces, normalize=True),
        output_layer,
    )
    # Padded between Docs, as spaCy's window encoder is: `with_array` reads a batch as one array, and
    # unpadded the window would see the neighbouring Doc's tokens (a Doc's tags would hang on its batch).
    model = chain(tok2vec, with_array(head, pad=window))
    model.set_ref("tok2vec", tok2vec)
    model.set_ref("output_layer", output_layer)
    return model


# The head `train_language(..., tagging=True)` trains. NER F on dev (models/README.md, "Tagging NER"):
# spaCy's Tagger.v2 (a softmax over each token's vector) 4-5 points below the ner; this head (a
# hidden layer over 5 tokens) 0.4 (en) and 1.0 (zh) below; over 3 or 7 tokens, or 96 wide, no better.
HEAD = {"@architectures": "pipeline.WindowTagger.v1", "hidden_width": 64, "window": 2, "maxout_pieces": 2}

DEFAULT_MODEL = {
    **HEAD,
    "nO": None,
    "tok2vec": {"@architectures": "spacy.Tok2VecListener.v1", "width": 96, "upstream": "*"},
}


@Language.factory(
    FACTORY,
    assigns=["doc.ents", "token.ent_iob", "token.ent_type"],
    default_config={"model": DEFAULT_MODEL, "label_smoothing": 0.0},
    default_score_weights={"ents_f": 1.0, "ents_p": 0.0, "ents_r": 0.0, "ents_per_type": None},
)
def make_biluo_ner(nlp: Language, name: str, model: Model, label_smoothing: float) -> BiluoTagger:
    return BiluoTagger(nlp.vocab, model, name, scorer=ner_score, label_smoothing=label_smoothing)


def tagger_config(ner_config: Config, head: dict[str, Any] | None = None) -> Config:
    """The `ner` training config with its `ner` swapped for `biluo_ner` on the same tok2vec (listener).
    `head`: the tagger's architecture and settings (default: `HEAD`)."""
    config = ner_config.copy()  # deep: the ner config stays as it is
    components = config["components"]
    listener = components["ner"]["model"]["tok2vec"]
    del components["ner"]
    model = dict(head or HEAD)
    model.update(nO=None, tok2vec=listener)
    components[FACTORY] = {"factory": FACTORY, "label_smoothing": 0.0, "model": model}
    config["nlp"]["pipeline"] = [FACTORY if name == "ner" else name for name in config["nlp"]["pipeline"]]
    return config
