"""The common stack, timed on the same pages: trafilatura (text and metadata), then a trained
spaCy NER (tok2vec + ner, efficiency settings) over the whole text.

The NER is the project's own trained pipeline (`models/<lang>_ner`) when it exists, the
same architecture the `institution_model` component runs on cue sentences only; without
it the bench trains a tiny one here from the corpus's gold institution names (spaCy's
efficiency quickstart config, a few epochs, nothing downloaded) into `bench/corpus/`.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from pathlib import Path

from pipeline.bench.timing import Stopwatch, Timing

REPO = Path(__file__).resolve().parents[2]
TRAIN_EPOCHS = 8


@dataclass
class StackFigures:
    language: str
    model: str
    trafilatura: Timing
    ner: Timing
    words: int

    @property
    def total(self) -> Timing:
        return self.trafilatura.add(self.ner)

    @property
    def ner_words_per_second(self) -> float:
        return self.words / self.ner.cpu if self.ner.cpu else float("inf")


def measure_stack(language: str, pages: list[Path], scratch: Path) -> StackFigures:
    import trafilatura

    nlp, model = load_ner(language, scratch)
    data = [page.read_bytes() for page in pages]
    size = sum(map(len, data))
    for raw in data[:2]:  # warm-up
        nlp(_text_of(trafilatura.bare_extraction(raw, with_metadata=True)))
    extraction, recognition = Stopwatch(), Stopwatch()
    words = 0
    for raw in data:
        with extraction:
            document = trafilatura.bare_extraction(raw, with_metadata=True)
        with recognition:
            doc = nlp(_text_of(document))
            [(e.text, e.label_) for e in doc.ents]
        words += len(doc)
    return StackFigures(language, model, extraction.timing(len(data), size), recognition.timing(len(data), size), words)


def _text_of(document) -> str:
    return (getattr(document, "text", None) or "") if document is not None else ""


def load_ner(language: str, scratch: Path):
    """(trained NER pipeline, where it came from)."""
    import spacy

    if language == "zh":
        from pipeline.nlp import tokenizer_zh  # noqa: F401  (registers the project's jieba tokenizer)
    project_model = REPO / "models" / f"{language}_ner"
    if (project_model / "meta.json").is_file():
        return spacy.load(project_model), f"models/{language}_ner"
    trained = scratch / f"{language}_ner"
    if not (trained / "meta.json").is_file():
        train_tiny_ner(language, trained)
    return spacy.load(trained), f"{trained} (trained by the bench)"


def train_tiny_ner(language: str, target: Path) -> None:
    """tok2vec + ner from spaCy's efficiency quickstart, trained on the corpus's gold names."""
    from spacy.cli.init_config import init_config
    from spacy.training import Example
    from spacy.util import load_model_from_config

    config = init_config(lang=language, pipeline=["ner"], optimize="efficiency")
    if language == "zh":
        config["nlp"]["tokenizer"] = {"@tokenizers": "spacy.zh.ChineseTokenizer", "segmenter": "jieba"}
    nlp = load_model_from_config(config, auto_fill=True)
    examples = [Example.from_dict(nlp.make_doc(text), {"entities": spans}) for text, spans in _gold_names(language)]
    optimizer = nlp.initialize(lambda: examples)
    rng = random.Random(0)
    for _ in range(TRAIN_EPOCHS):
        rng.shuffle(examples)
        for start in range(0, len(examples), 8):
            nlp.update(examples[start : start + 8], sgd=optimizer, drop=0.2)
    target.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(target)


def _gold_names(language: str) -> list[tuple[str, list[tuple[int, int, str]]]]:
    """(text, ORG spans) per corpus bulletin: each gold institution name wherever it is written."""
    import json

    from pipeline.inputs import read_inputs

    folder = REPO / "corpus" / "bulletins" / language
    found = []
    for item in read_inputs([folder]):
        gold_path = Path(str(getattr(item, "origin", "")).rsplit(".", 1)[0] + ".expected.json")
        if not gold_path.is_file():
            continue
        names = [i["name"] for i in json.loads(gold_path.read_text(encoding="utf-8")).get("institutions", [])]
        found.append((item.text, _non_overlapping(item.text, names)))
    return found


def _non_overlapping(text: str, names: list[str]) -> list[tuple[int, int, str]]:
    spans: list[tuple[int, int, str]] = []
    for name in sorted(set(names), key=len, reverse=True):
        start = text.find(name)
        while start >= 0:
            end = start + len(name)
            if all(end <= s or start >= e for s, e, _ in spans):
                spans.append((start, end, "ORG"))
            start = text.find(name, end)
    return sorted(spans)
