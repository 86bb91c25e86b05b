"""The trained `ner`'s greedy decoding in numpy, all the Docs of a call stepped at once.

spaCy's `Parser` decodes in C, but each step of its loop re-takes the GIL after every
BLAS call (a `saxpy` per state and feature, an `sgemm` per step) and once more to choose
the moves, so on the short windows `institution_model` reads, most of the NER's time
was spent taking locks, not computing (~20 us a token). This decoder does the same
arithmetic, in the same float32 order, each step a few numpy operations for all the
Docs:

- the tok2vec and the `ner`'s own projection of it, as `ner.pipe` runs them;
- the lower layer (`PrecomputableAffine`) precomputed once for every token: for each
  token and each of the state's 3 features, its share of the hidden layer;
- per step, each unfinished Doc's state reads 3 tokens (`StateC.set_context_tokens`
  for the NER): the next token, the first token of the open entity and the token
  before the next one (both only while an entity is open; else the feature's padding
  row); their rows are summed in that order, then the bias, then maxout, then the
  upper layer (hidden -> scores, the same BLIS `sgemm`) and its bias;
- the move: the best-scoring valid one, the first on a tie (`arg_max_if_valid`), valid
  as `BiluoPushDown` has it (`ner.pyx`) for Docs without preset entities or sentence
  starts, which are the only ones this decoder is given (`institution_model._read`).

Every BILUO move reads one token. With no entity open, a state's other two features are
padding, so its scores depend on the next token alone: those are computed for every token
in one pass, and only the steps inside an open entity are stepped, for all the Docs with
one open at once (`_decode`): far fewer numpy steps than one per token of the longest Doc.

The decoder reads token features, not Docs (`read`): the columns the tok2vec's
`extract_features` takes (NORM, PREFIX, SUFFIX, SHAPE) and IS_SPACE, which a caller reads
off its own Doc's tokens (`columns_of`) instead of copying tokens into a Doc of the model's
vocabulary (the ids are string hashes, alike in both). What a window gets depends on its
own features only (`test_greedy.py`), so a window read before, on this page or another
(a repeated sentence, a reposted bulletin), is looked up, not read again (`MAX_KNOWN_WINDOWS`);
likewise the tok2vec's embedding of a token, which reads the token alone, is computed once
per distinct token (`TokenVectors`), and only the encoder runs over every window.

`GreedyNER.of` inspects a trained pipeline once and gives None for any other shape
(beam search, another state, a tagging NER, unseen classes ...), where `ner.pipe` is
still the way to read.
"""

from __future__ import annotations

import functools
import itertools
import operator
from collections.abc import Callable
from typing import Any

import numpy as np
from spacy.attrs import IDS, IS_SPACE, intify_attr
from spacy.language import Language
from spacy.pipeline import EntityRecognizer
from spacy.pipeline._parser_internals.ner import BiluoPushDown
from spacy.tokens import Doc, Token
from thinc.api import Model

Entity = tuple[int, int, str]  # (start, end, label) in tokens of the Doc read

STATE_FEATURES = 3  # the NER state's tokens: next, open entity's first, the one before next
NO_TOKEN = 0  # the row of the precomputed layer that holds the padding of each feature


# Past this many distinct windows the entities known start again. 0: windows are shared within
# a call only. A table across calls is exact and pays on reposted bulletins, but the bench's pages
# reuse the corpus's paragraphs (32 distinct of 647 zh windows), so it would flatter the bench
# (zh 2.9 -> 0.7 ms a page there) far beyond what distinct bulletins gain from it.
MAX_KNOWN_WINDOWS = 0

# Past this many distinct tokens the embeddings known start again (64 floats each: ~6 MB at most).
MAX_KNOWN_TOKENS = 1 << 14

# Reading a few tokens' columns one Token at a time (~1 us a token) beats `Doc.to_array`, which
# reads every token of the Doc (~0.2 us a token for the 5 columns; a Span's `to_array` loops in
# Python, ~1.7 us a token), while the tokens read are fewer than 1/this of the Doc's.
TOKENS_READ_ALONE = 5

MOVES = "BILUO"  # BiluoPushDown's moves, as the first letter of a class name gives them
BEGIN, LAST, UNIT = (MOVES.index(move) for move in "BLU")


class GreedyNER:
    """`ner.pipe`'s entities for Docs without preset entities, decoded in numpy."""

    def __init__(self, nlp: Language) -> None:
        ner = nlp.get_pipe("ner")
        model = ner.model
        self.features, after_features = _split_features(nlp.get_pipe("tok2vec").model)
        *embed, self.encoder = after_features  # the embedding, token by token; the encoder, in context
        self.embedded = TokenVectors(embed)
        # What `read` takes of each token: the tok2vec's features, then IS_SPACE (for the moves).
        self.columns = [intify_attr(column) for column in self.features.attrs["columns"]] + [IS_SPACE]
        self.token_columns = _token_getter(self.columns)
        self.known: dict[bytes, list[Entity]] = {}  # the entities of the windows read, by their features
        self.projection = model.get_ref("tok2vec").layers[-1]  # the listener's output -> the lower's input
        self.lower = model.get_ref("lower")
        self.bias = self.lower.get_param("b").reshape(-1)  # (hidden, pieces), flat as the C code adds it
        self.hidden = self.lower.get_dim("nO")
        self.pieces = self.lower.get_dim("nP")
        upper = model.get_ref("upper")
        self.ops, self.upper_weights, self.upper_bias = upper.ops, upper.get_param("W"), upper.get_param("b")
        names = [ner.moves.get_class_name(i) for i in range(ner.moves.n_moves)]
        self.move = np.array([MOVES.index(name[0]) for name in names])
        labels = [name[2:] for name in names]
        self.labels = sorted(set(labels) - {""})
        # Each class's label as an index of `self.labels`; -1 for none ("O", and "U-", which is
        # only for preset blocked tokens).
        self.label_of = np.array([self.labels.index(label) if label else -1 for label in labels])
        self.allowed = self._allowed_moves()

    @classmethod
    def of(cls, nlp: Any) -> GreedyNER | None:
        """The decoder for a trained pipeline `tok2vec` + greedy `ner` of the shape this module
        follows; None for anything else."""
        return cls(nlp) if _is_greedy_ner(nlp) else None

    def __call__(self, docs: list[Doc]) -> list[list[Entity]]:
        """The entities `ner.pipe` gives each Doc (no preset entities, no sentence starts)."""
        return self.read([doc.to_array(self.columns).reshape(len(doc), len(self.columns)) for doc in docs])

    def columns_of(self, doc: Doc, stretches: list[tuple[int, int]]) -> list[np.ndarray]:
        """The `columns` of the tokens start:end of `doc` (a row per token) for each (start, end):
        read Token by Token when they are few against the Doc (`TOKENS_READ_ALONE`), else sliced
        from the whole Doc's array. Both give the same values."""
        read = sum(end - start for start, end in stretches)
        if self.token_columns is None or read * TOKENS_READ_ALONE > len(doc):
            whole = doc.to_array(self.columns).reshape(len(doc), len(self.columns))
            return [whole[start:end] for start, end in stretches]
        # One array for all the stretches, sliced: numpy's fixed cost once a Doc, not once a stretch.
        rows = []
        for start, end in stretches:
            rows.extend(map(self.token_columns, doc[start:end]))
        whole = np.array(rows, dtype=np.uint64).reshape(-1, len(self.columns))
        bounds = list(itertools.accumulate(end - start for start, end in stretches))
        return [whole[stop - (end - start) : stop] for (start, end), stop in zip(stretches, bounds, strict=True)]

    def read(self, windows: list[np.ndarray]) -> list[list[Entity]]:
        """The entities `ner.pipe` gives the Doc of each window of tokens, given as its `columns`
        (a row per token): the windows not known yet read in one pass, each distinct one once."""
        keys = [window.tobytes() for window in windows]
        if len(self.known) > MAX_KNOWN_WINDOWS:
            self.known.clear()
        new = {key: window for key, window in zip(keys, windows, strict=True) if key not in self.known}
        if new:
            self.known.update(zip(new, self._entities(list(new.values())), strict=True))
        return [list(self.known[key]) for key in keys]

    def _entities(self, windows: list[np.ndarray]) -> list[list[Entity]]:
        """The entities of each window, all decoded at once."""
        if not any(len(window) for window in windows):
            return [[] for _ in windows]
        rows = self._precomputed([window[:, :-1] for window in windows])  # (1 + tokens, features, hidden * pieces)
        lengths = np.array([len(window) for window in windows])
        order = np.argsort(-lengths, kind="stable")  # longest first: the windows still reading, a prefix
        first_row = 1 + np.concatenate(([0], np.cumsum(lengths)[:-1]))  # row 0 is the padding
        is_space = np.concatenate([[False], *(window[:, -1] for window in windows)]).astype(bool)  # by row
        found = self._decode(rows, lengths[order], first_row[order], is_space)
        entities: list[list[Entity]] = [[] for _ in windows]
        for rank, window_entities in enumerate(found):
            entities[order[rank]] = window_entities
        return entities

    def _precomputed(self, features: list[np.ndarray]) -> np.ndarray:
        """Each token's share of the hidden layer for each state feature, after the padding rows
        (`PrecomputableAffine`, as `ParserStepModel` runs it), from the tok2vec's features."""
        tensors = self.encoder.predict(self.embedded(features))
        tokvecs = self.projection.predict(self.projection.ops.flatten(tensors))
        rows = self.lower.predict(tokvecs)  # (1 + tokens, features, hidden, pieces)
        return rows.reshape(rows.shape[0], rows.shape[1], -1)

    def _decode(
        self, rows: np.ndarray, lengths: np.ndarray, first_row: np.ndarray, is_space: np.ndarray
    ) -> list[list[Entity]]:
        """The entities of each Doc (sorted longest first).

        While no entity is open, a state's scores depend on its next token alone (the other two
        features are padding), so those are computed for every token at once, with the move each
        would choose, and a Doc skips ahead to its next B or U in Python. Only the steps of an open
        entity (a few tokens each) are stepped, all the Docs with one open at once: the same rows,
        sums and `sgemm` a row as stepping every Doc at every step (the move per row is the same)."""
        found: list[list[Entity]] = [[] for _ in lengths]
        tokens = np.arange(1, len(rows))  # every token's row (row 0: the padding)
        closed = self._scores(rows, tokens, np.full(len(tokens), NO_TOKEN), np.zeros(len(tokens), dtype=bool))
        # the move chosen with no entity open, by row: before the last token and at it (`allowed`)
        spaces = is_space[1:].astype(np.int64)
        before_last = np.concatenate(([-1], (closed + self.allowed[2 + spaces]).argmax(axis=1))).tolist()
        at_last = np.concatenate(([-1], (closed + self.allowed[spaces]).argmax(axis=1))).tolist()
        moves, labels = self.move.tolist(), self.label_of.tolist()
        firsts, ends = first_row.tolist(), (first_row + lengths).tolist()
        at = list(firsts)  # each Doc's next row to read
        open_start = [-1] * len(lengths)  # the open entity's first row, -1 when none is open
        open_label = [-1] * len(lengths)
        while True:
            for doc, end in enumerate(ends):
                if open_start[doc] < 0:  # skip ahead to the next B, noting the Us on the way
                    row = at[doc]
                    while row < end:
                        chosen = before_last[row] if end - row >= 2 else at_last[row]
                        move = moves[chosen]
                        if move == UNIT:
                            found[doc].append((row - firsts[doc], row - firsts[doc] + 1, self.labels[labels[chosen]]))
                        elif move == BEGIN:
                            open_start[doc], open_label[doc] = row, labels[chosen]
                            row += 1
                            break
                        row += 1
                    at[doc] = row
            reading = [doc for doc in range(len(ends)) if open_start[doc] >= 0]
            if not reading:
                return found
            next_row = np.array([at[doc] for doc in reading])
            start_row = np.array([open_start[doc] for doc in reading])
            label_open = np.array([open_label[doc] for doc in reading])
            more = np.array([ends[doc] for doc in reading]) - next_row >= 2
            scores = self._scores(rows, next_row, start_row, np.ones(len(reading), dtype=bool))
            chosen_moves = (scores + self.allowed[4 + 2 * label_open + more]).argmax(axis=1).tolist()
            for doc, chosen in zip(reading, chosen_moves, strict=True):
                row = at[doc]
                if moves[chosen] == LAST:
                    first = firsts[doc]
                    found[doc].append((open_start[doc] - first, row + 1 - first, self.labels[labels[chosen]]))
                    open_start[doc] = -1
                at[doc] = row + 1

    def _scores(self, rows: np.ndarray, next_row: np.ndarray, start_row: np.ndarray, is_open: np.ndarray) -> np.ndarray:
        """The scores of each move for states reading `next_row`, an entity open from `start_row`
        where `is_open` (`predict_states`: the features summed in order, then the bias, maxout,
        the upper layer's `sgemm` and bias)."""
        summed = rows[next_row, 0] + rows[start_row, 1]
        summed += rows[np.where(is_open, next_row - 1, NO_TOKEN), 2]
        summed += self.bias
        pieces = summed.reshape(len(next_row), self.hidden, self.pieces)
        hidden = functools.reduce(np.maximum, (pieces[:, :, piece] for piece in range(self.pieces)))
        scores = self.ops.gemm(hidden, self.upper_weights, trans2=True)
        scores += self.upper_bias
        return scores

    def _allowed_moves(self) -> np.ndarray:
        """0 for the moves valid in each situation of a state, -inf for the others, to add to the
        scores. Situations: no entity open, 2 * (more than one token to read) + (the next token
        is whitespace); an entity of label l open, 4 + 2 * l + (more than one token to read)."""
        situations = [(None, more, space) for more in (False, True) for space in (False, True)]
        situations += [(label, more, False) for label in range(len(self.labels)) for more in (False, True)]
        valid = [
            [_is_valid(MOVES[move], label, *situation) for move, label in zip(self.move, self.label_of, strict=True)]
            for situation in situations
        ]
        return np.where(valid, 0, -np.inf).astype(np.float32)


def _token_getter(columns: list[int]) -> Callable[[Token], tuple] | None:
    """A function giving a Token's values of `columns` (as `Doc.to_array` reads them: NORM is the
    token's own norm, else its word's), from the Token's attributes of the same names; None when
    a column has no such attribute."""
    names = {value: name.lower() for name, value in IDS.items()}
    attributes = [names.get(column, "") for column in columns]
    if not all(name and hasattr(Token, name) for name in attributes):
        return None
    return operator.attrgetter(*attributes)


def _is_valid(move: str, label: int, open_label: int | None, more: bool, on_space: bool) -> bool:
    """BiluoPushDown's `is_valid` (ner.pyx) for a Doc without preset entities or sentence starts:
    `label` -1 for none, `open_label` None when no entity is open, `more` when more than one token
    is left to read, `on_space` when the next one is whitespace."""
    is_open = open_label is not None
    if move == "B":
        return not is_open and more and label >= 0 and not on_space
    if move == "I":
        return is_open and more and label == open_label
    if move == "L":
        return is_open and label == open_label
    if move == "U":
        return not is_open and label >= 0 and not on_space
    return not is_open  # O


class TokenVectors:
    """The tok2vec's embedding of tokens (its layers between `extract_features` and the encoder),
    each distinct token (its features) embedded once per process: the embedding reads the token
    alone, and a text's words recur, so its hash tables, maxout and layer norm run on the few
    tokens not seen before (`MAX_KNOWN_TOKENS`)."""

    def __init__(self, layers: list[Model]) -> None:
        self.layers = layers
        self.ops = layers[0].ops
        self.clear()

    def clear(self) -> None:
        self.rows: dict[bytes, int] = {}  # a token's features -> its row of `vectors`
        self.vectors = np.zeros((0, 0), dtype=np.float32)

    def __call__(self, features: list[np.ndarray]) -> list[np.ndarray]:
        """The embedding of each window's tokens (features: a row per token)."""
        if len(self.rows) > MAX_KNOWN_TOKENS:
            self.clear()
        flat = np.ascontiguousarray(np.concatenate(features))
        keys = flat.view(np.dtype((np.void, flat.dtype.itemsize * flat.shape[1]))).ravel()
        distinct, first, inverse = np.unique(keys, return_index=True, return_inverse=True)
        rows = np.fromiter(map(self.rows.get, map(bytes, distinct), itertools.repeat(-1)), np.int64, len(distinct))
        new = np.flatnonzero(rows < 0)
        if len(new):
            rows[new] = self._add(flat[first[new]], distinct[new])
        vectors = self.vectors[rows[inverse.ravel()]]
        return np.split(vectors, np.cumsum([len(f) for f in features])[:-1])

    def _add(self, features: np.ndarray, keys: np.ndarray) -> np.ndarray:
        """Embed new tokens; their rows."""
        embedded = [self.ops.asarray2i(features, dtype="uint64")]  # as `extract_features` hands them on
        for layer in self.layers:
            embedded = layer.predict(embedded)
        vectors = embedded[0]
        start = len(self.rows)
        self.vectors = vectors if start == 0 else np.concatenate([self.vectors, vectors])
        self.rows.update(zip(map(bytes, keys), range(start, start + len(keys)), strict=True))
        return np.arange(start, start + len(keys))


def _split_features(model: Model) -> tuple[Model, list[Model]]:
    """The tok2vec's `extract_features` layer (its first), and the layers run after it, in order
    (the chains it is made of taken apart)."""
    first, *rest = model.layers
    if first.name == "extract_features":
        return first, rest
    features, after = _split_features(first)
    return features, after + rest


def _reads_features_first(model: Model) -> bool:
    """Whether the tok2vec is chains beginning with an `extract_features` layer."""
    while model.name != "extract_features":
        if not model.name.startswith("extract_features>>") or not model.layers:
            return False
        model = model.layers[0]
    return True


def _embeds_token_by_token(model: Model) -> bool:
    """Whether the tok2vec's layers after `extract_features` are an embedding that reads each token
    alone (`MultiHashEmbed`: ragged in, hash tables, maxout, list out), then an encoder."""
    *embed, _ = _split_features(model)[1]
    names = [layer.name for layer in embed]
    return (
        len(names) >= 3
        and names[0] == "list2ragged"
        and names[-1] == "ragged2list"
        and all(name.startswith("with_array(") and "expand_window" not in name for name in names[1:-1])
    )


def _is_greedy_ner(nlp: Any) -> bool:
    """Whether `nlp` is a trained pipeline tok2vec + `ner` as `GreedyNER` decodes it: greedy, the
    NER state (3 features), maxout hidden layer, an upper layer, every class seen, the tok2vec
    reached through a listener and a linear projection, its first layer `extract_features`."""
    if not isinstance(nlp, Language) or nlp.pipe_names != ["tok2vec", "ner"]:
        return False
    ner = nlp.get_pipe("ner")
    if type(ner) is not EntityRecognizer or not isinstance(ner.moves, BiluoPushDown):
        return False
    model = ner.model
    if ner.cfg.get("beam_width", 1) != 1 or model.name != "parser_model":
        return False
    if not model.attrs.get("has_upper") or model.attrs.get("unseen_classes"):
        return False
    lower, projection = model.get_ref("lower"), model.get_ref("tok2vec").layers
    names = [ner.moves.get_class_name(i) for i in range(ner.moves.n_moves)]
    return (
        lower.name == "precomputable_affine"
        and lower.get_dim("nF") == STATE_FEATURES
        and lower.get_dim("nP") >= 2
        and [layer.name for layer in projection] == ["tok2vec-listener", "list2array", "linear"]
        and model.get_ref("upper").name == "linear"
        and _reads_features_first(nlp.get_pipe("tok2vec").model)
        and _embeds_token_by_token(nlp.get_pipe("tok2vec").model)
        and all(name == "O" or (name[0] in "BILU" and name[1] == "-") for name in names)
    )


@functools.cache
def greedy_decoder(nlp: Any) -> GreedyNER | None:
    """`GreedyNER.of(nlp)`, inspected once per trained pipeline."""
    return GreedyNER.of(nlp)
