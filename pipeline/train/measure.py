"""Figures for the model card: entity scores on dev and test, speed, size, share of text read.

Scores are spaCy's NER scorer (exact span and label) against the derived gold spans of
`models/training/<lang>/<split>.spacy`. Speed is words (tokens) per second of the
trained pipeline over the dev and test bulletins, one process: with its tokenizer, and
on docs already tokenised (what the `institution_model` component pays). The share read
is how much of those bulletins the component's cues send to the model; the pipeline
cost is the project pipeline's time per bulletin without the model, beside the
component's own time.
"""

from __future__ import annotations

import datetime as dt
import math
import os
import platform
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc, DocBin
from spacy.training import Example

from pipeline.train import LABELS, REPO, data_dir, model_dir

SCORED_SPLITS = ("dev", "test")
TIMING_ROUNDS = 3  # the best of a few passes: the machine's speed, not its hiccups
TIMING_WORDS = 50_000  # the bulletins are repeated up to this many words, so a pass lasts seconds


def reference_docs(nlp: Language, language: str, split: str) -> list[Doc]:
    return list(DocBin().from_disk(data_dir(language) / f"{split}.spacy").get_docs(nlp.vocab))


def score_split(nlp: Language, language: str, split: str) -> dict[str, Any]:
    """Entity precision, recall and F1, overall and per label, on one split's derived spans."""
    examples = [Example(nlp.make_doc(ref.text), ref) for ref in reference_docs(nlp, language, split)]
    scores = nlp.evaluate(examples)
    per_label = scores.get("ents_per_type") or {}
    return {
        "bulletins": len(examples),
        "p": round(scores["ents_p"], 3),
        "r": round(scores["ents_r"], 3),
        "f": round(scores["ents_f"], 3),
        "per_label": {
            label: {key: round(value, 3) for key, value in per_label.get(label, {"p": 0, "r": 0, "f": 0}).items()}
            for label in LABELS
        },
    }


def _best_seconds(run: Callable[[], object], prepare: Callable[[], object] = lambda: None) -> float:
    """The fastest of a few timed calls of `run(prepared)`; `prepare` is not timed."""
    best = float("inf")
    for _ in range(TIMING_ROUNDS):
        prepared = prepare()
        started = time.perf_counter()
        run(prepared)
        best = min(best, time.perf_counter() - started)
    return best


def speed(nlp: Language, texts: list[str]) -> dict[str, Any]:
    """Words per second with the tokenizer, and on docs already tokenised (tok2vec + ner only)."""
    once = sum(len(nlp.make_doc(text)) for text in texts)
    repeats = max(1, math.ceil(TIMING_WORDS / max(once, 1)))
    timed = texts * repeats
    with_tokenizer = _best_seconds(lambda _: list(nlp.pipe(timed)))
    model_only = _best_seconds(lambda docs: list(nlp.pipe(docs)), lambda: [nlp.make_doc(t) for t in timed])
    return {
        "bulletins": len(texts),
        "repeats": repeats,
        "words": once * repeats,
        "words_per_second": round(once * repeats / with_tokenizer),
        "words_per_second_model_only": round(once * repeats / model_only),
    }


def share_read(language: str, texts: Iterable[str]) -> dict[str, Any]:
    """Sentences and tokens that `institution_model` sends to the model, rules on and rules off."""
    from pipeline.nlp import load_pipeline
    from pipeline.train.component import InstitutionModel

    nlp = load_pipeline(language)
    reader = InstitutionModel(nlp, f"models/{language}_ner", require_head=True, only_new=True)
    rule_pipes = [
        name
        for name in nlp.pipe_names
        if name in ("bulletin_sentencizer", "institution_gazetteer", "institution_patterns")
    ]
    counts = {"sentences": 0, "tokens": 0, "read_with_rules": [0, 0], "read_without_rules": [0, 0]}
    for text in texts:
        doc = nlp.make_doc(text)
        for name in rule_pipes:
            doc = nlp.get_pipe(name)(doc)
        counts["sentences"] += sum(1 for _ in doc.sents)
        counts["tokens"] += len(doc)
        _count_read(reader.sentences_to_read(doc), counts["read_with_rules"])
        for key in ("inst_gazetteer", "inst_patterns"):
            del doc.spans[key]
        _count_read(reader.sentences_to_read(doc), counts["read_without_rules"])
    return {
        "sentences": counts["sentences"],
        "tokens": counts["tokens"],
        **{
            key: {
                "sentences": counts[key][0],
                "tokens": counts[key][1],
                "token_share": round(counts[key][1] / max(counts["tokens"], 1), 3),
            }
            for key in ("read_with_rules", "read_without_rules")
        },
    }


def pipeline_cost(language: str, texts: list[str]) -> dict[str, Any]:
    """Milliseconds per bulletin: the project pipeline without the model, and the component alone."""
    from pipeline.bulletin import Bulletin
    from pipeline.nlp import load_pipeline, make_doc
    from pipeline.train.attach import COMPONENT, add_model

    nlp = load_pipeline(language)
    if COMPONENT not in nlp.pipe_names:
        nlp = add_model(nlp)  # this process's pipeline: measuring is all it does
    component = nlp.get_pipe(COMPONENT)
    before = nlp.pipe_names[: nlp.pipe_names.index(COMPONENT)]
    bulletins = [Bulletin(text=text, language=language, origin="measure") for text in texts]

    def run_without_model(_: object) -> None:
        with nlp.select_pipes(disable=[COMPONENT]):
            for bulletin in bulletins:
                nlp(make_doc(nlp, bulletin))

    def up_to_component() -> list[Doc]:
        docs = [make_doc(nlp, bulletin) for bulletin in bulletins]
        for name in before:
            docs = [nlp.get_pipe(name)(doc) for doc in docs]
        return docs

    def run_component(docs: list[Doc]) -> None:
        for doc in docs:
            component(doc)

    per_bulletin = 1000 / len(bulletins)
    return {
        "bulletins": len(bulletins),
        "ms_per_bulletin_without_model": round(_best_seconds(run_without_model) * per_bulletin, 2),
        "ms_per_bulletin_component": round(_best_seconds(run_component, up_to_component) * per_bulletin, 2),
    }


def _count_read(sentences: list[Any], total: list[int]) -> None:
    total[0] += len(sentences)
    total[1] += sum(len(s) for s in sentences)


def size_on_disk(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())


def measure_language(language: str) -> dict[str, Any]:
    """Every figure of one language's trained pipeline."""
    from pipeline.train.training import register_project_code

    register_project_code()
    path = model_dir(language)
    nlp = spacy.load(path)
    texts = [ref.text for split in SCORED_SPLITS for ref in reference_docs(nlp, language, split)]
    return {
        "model": str(path.relative_to(REPO)),
        "size_bytes": size_on_disk(path),
        "scores": {split: score_split(nlp, language, split) for split in SCORED_SPLITS},
        "speed": speed(nlp, texts),
        "share_read": share_read(language, texts),
        "pipeline": pipeline_cost(language, texts),
    }


def machine() -> dict[str, Any]:
    return {
        "measured": dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%MZ"),
        "cpu": _cpu_name(),
        "cores": os.cpu_count(),
        "python": platform.python_version(),
        "spacy": spacy.__version__,
    }


def _cpu_name() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"
