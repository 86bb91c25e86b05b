"""The common stack, timed on the same pages: trafilatura (text and metadata), then a trained
spaCy NER (tok2vec + ner, efficiency settings) over the whole text.

Two measurements for the interleaved rounds (`pipeline.bench.rounds`): trafilatura over the
page bytes, and the NER over the texts trafilatura gives (extracted once, before the rounds,
so each part can run on its own in any order).

The NER is the project's own trained pipeline (`models/<lang>_ner`) when it exists, the
same architecture the `institution_model` component runs on cue sentences only; without
it the bench trains a tiny one here from the corpus's gold institution names (spaCy's
efficiency quickstart config, a few epochs, nothing downloaded) into `bench/corpus/`.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from pathlib import Path

from pipeline.bench.rounds import STACK_PARTS, Measure
from pipeline.bench.timing import Stopwatch, Timing, time_over

REPO = Path(__file__).resolve().parents[2]
TRAIN_EPOCHS = 8
WARM_UP = 3
TRAFILATURA, NER = STACK_PARTS


@dataclass
class StackFigures:
    """Which NER the stack ran and the tokens it read (its timings are in the rounds)."""

    language: str
    model: str
    words: int = 0  # tokens the NER reads in a pass over the pages


@dataclass
class StackSample:
    """The stack loaded, and the pages and texts it runs over."""

    figures: StackFigures
    nlp: object
    data: list[bytes]
    texts: list[str]


def prepare_stack(language: str, pages: list[Path], scratch: Path) -> StackSample:
    """Load the NER, and warm both parts: trafilatura extracts every page's text (the NER's input),
    the NER's tokenizer reads every text (its cache and vocabulary fill on a first pass; the tokens
    it makes are the words the NER reads), the NER runs on a few."""
    nlp, model = load_ner(language, scratch)
    data = [page.read_bytes() for page in pages]
    texts = [_extract_text(raw) for raw in data]
    words = sum(len(nlp.make_doc(text)) for text in texts)
    stack = StackSample(StackFigures(language, model, words), nlp, data, texts)
    _recognise(stack, slice(0, WARM_UP))
    return stack


def stack_measures(stack: StackSample) -> dict[str, Measure]:
    """The stack's parts as round measurements over a slice of its pages."""

    def extraction(part: slice) -> Timing:
        return time_over(_extract_text, stack.data[part], sum(map(len, stack.data[part])))

    return {TRAFILATURA: extraction, NER: lambda part: _recognise(stack, part)}


def _extract_text(raw: bytes) -> str:
    import trafilatura

    return _text_of(trafilatura.bare_extraction(raw, with_metadata=True))


def _recognise(stack: StackSample, part: slice) -> Timing:
    """The NER over each text of the slice, its entities read."""
    watch = Stopwatch()
    with watch:
        for text in stack.texts[part]:
            doc = stack.nlp(text)
            [(entity.text, entity.label_) for entity in doc.ents]
    return watch.timing(len(stack.texts[part]), sum(map(len, stack.data[part])))


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
