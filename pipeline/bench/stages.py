"""Per-stage speed of one process on the bench pages of one language, beside the floors.

Stages, as the issue names them: decode+parse (charset, lxml tree), main text and metadata
(the rest of `parse_html`), NLP (language, tokenizer, sentences, institution finders, the
trained model), linking (institution resolver, publisher), extractors (dates, events,
partnerships, roles, people) and JSON out (record + line). Floors, measured on the same
pages in the same run: lxml parsing the page bytes, spaCy's blank tokenizer (English) and
jieba's own segmentation with its default dictionary (Chinese) over the article texts.
End to end is files on disk to JSON lines in a file through `extract`'s own functions.
"""

from __future__ import annotations

import tempfile
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.bench.timing import Stopwatch, Timing, timed_map

NLP_COMPONENTS = {
    "language",
    "tokenizer",
    "bulletin_sentencizer",
    "institution_gazetteer",
    "institution_patterns",
    "institution_model",
    "tok2vec",
    "ner",
}
LINKING_COMPONENTS = {"institution_resolver", "publisher"}
EXTRACTOR_COMPONENTS = {"date_finder", "event_extractor", "partnership_extractor", "role_extractor", "people_extractor"}
STAGES = ("decode+parse", "main text and metadata", "NLP", "linking", "extractors", "JSON out")
WARM_UP = 3


@dataclass
class LanguageFigures:
    language: str
    docs: int
    page_bytes: int
    text_chars: int
    floors: dict[str, Timing] = field(default_factory=dict)
    stages: dict[str, Timing] = field(default_factory=dict)
    components: dict[str, Timing] = field(default_factory=dict)
    end_to_end: Timing | None = None
    model_in_use: str = ""

    @property
    def floor(self) -> Timing:
        """The language's floor: parse + tokenise (English), jieba segmentation (Chinese)."""
        if self.language == "en":
            return self.floors["lxml parse"].add(self.floors["spaCy tokenizer"])
        return self.floors["jieba segmentation"]


def stage_of(component: str) -> str:
    if component in NLP_COMPONENTS:
        return "NLP"
    if component in LINKING_COMPONENTS:
        return "linking"
    return "extractors"


def measure_language(language: str, pages: list[Path]) -> LanguageFigures:
    """Every stage, the floors and end to end over `pages` (one language), one process."""
    from pipeline.parse.html import parse_html

    data = [page.read_bytes() for page in pages]
    size = sum(map(len, data))
    bulletins = [parse_html(raw, origin=str(page)) for raw, page in zip(data, pages, strict=True)]
    figures = LanguageFigures(language, len(data), size, sum(len(b.text) for b in bulletins))
    figures.model_in_use = use_trained_model(language)
    _warm_up(language, data[:WARM_UP], bulletins[:WARM_UP])
    figures.floors = measure_floors(language, data, [b.text for b in bulletins], size)
    figures.stages["decode+parse"] = _decode_and_tree(data).timing(len(data), size)
    _, whole_parse = timed_map(lambda raw: parse_html(raw), data)
    figures.stages["main text and metadata"] = whole_parse.timing(len(data), size).minus(figures.stages["decode+parse"])
    figures.components, json_out = _nlp_components(language, bulletins, size)
    for component, timing in figures.components.items():
        stage = stage_of(component)
        figures.stages[stage] = figures.stages[stage].add(timing) if stage in figures.stages else timing
    figures.stages["JSON out"] = json_out
    figures.end_to_end = end_to_end(pages, size)
    return figures


def use_trained_model(language: str) -> str:
    """Make sure the process's pipeline runs the trained model when the project has one.

    Returns how: "config" (the pipeline config names it), "attached" (added here, as
    `pipeline.train.attach` does until the config names it) or "" (no trained model).
    """
    from pipeline.nlp import load_pipeline

    nlp = load_pipeline(language)
    if "institution_model" in nlp.pipe_names:
        return "config"
    try:
        from pipeline.train.attach import SETTINGS, attach
        from pipeline.train.component import resolve_model_path
    except ImportError:
        return ""
    if not (resolve_model_path(SETTINGS[language]["model"]) / "meta.json").is_file():
        return ""
    attach(language)
    return "attached"


def _warm_up(language: str, data: list[bytes], bulletins: list) -> None:
    """Load pipelines, models, dictionaries and caches before any clock runs."""
    from pipeline.batch import extract_bulletin
    from pipeline.emit import record_line

    for bulletin in bulletins:
        record_line(extract_bulletin(bulletin))
    _jieba_default()
    _blank_english()


def measure_floors(language: str, data: list[bytes], texts: list[str], size: int) -> dict[str, Timing]:
    import lxml.html

    floors = {}
    _, watch = timed_map(lxml.html.document_fromstring, data)
    floors["lxml parse"] = watch.timing(len(data), size)
    if language == "en":
        _, watch = timed_map(_blank_english().make_doc, texts)
        floors["spaCy tokenizer"] = watch.timing(len(texts), size)
    else:
        segmenter = _jieba_default()
        _, watch = timed_map(lambda text: list(segmenter.cut(text)), texts)
        floors["jieba segmentation"] = watch.timing(len(texts), size)
    return floors


_FLOOR_TOOLS: dict[str, object] = {}


def _jieba_default():
    """jieba as it comes: default dictionary, HMM on (its `cut` defaults)."""
    if "jieba" not in _FLOOR_TOOLS:
        import jieba

        segmenter = jieba.Tokenizer()
        segmenter.initialize()
        _FLOOR_TOOLS["jieba"] = segmenter
    return _FLOOR_TOOLS["jieba"]


def _blank_english():
    if "en" not in _FLOOR_TOOLS:
        import spacy

        _FLOOR_TOOLS["en"] = spacy.blank("en")
    return _FLOOR_TOOLS["en"]


def _decode_and_tree(data: list[bytes]) -> Stopwatch:
    """What `parse_html` does before reading the page: charset, then the lxml tree."""
    from pipeline.parse.decode import decode_bytes
    from pipeline.parse.html import _tree

    watch = Stopwatch()
    with watch:
        for raw in data:
            markup, _ = decode_bytes(raw)
            _tree(markup)
    return watch


def _nlp_components(language: str, bulletins: list, size: int) -> tuple[dict[str, Timing], Timing]:
    """Each pipeline component's time over the bulletins, run in pipeline order as `extract` runs them:
    `BATCH_SIZE` pages at a time (`pipeline.batch`), each component over the whole batch before the
    next, through its `pipe` where it has one (the trained model reads a batch's windows in one NER
    call), so a component's figure is its cost per page when batched."""
    from pipeline.batch import BATCH_SIZE
    from pipeline.emit import build_record, record_line
    from pipeline.language import detect_language
    from pipeline.nlp import load_pipeline, make_doc

    nlp = load_pipeline(language)
    watches: dict[str, Stopwatch] = defaultdict(Stopwatch)
    emit = Stopwatch()
    for start in range(0, len(bulletins), BATCH_SIZE):
        batch = bulletins[start : start + BATCH_SIZE]
        docs = []
        for bulletin in batch:
            with watches["language"]:
                bulletin.language or detect_language(bulletin.text)
            with watches["tokenizer"]:
                nlp.make_doc(bulletin.text)
            with watches["publisher"]:
                docs.append(make_doc(nlp, bulletin))  # tokenizer + publisher: the tokenizer is subtracted below
        for name, component in nlp.pipeline:
            with watches[name]:
                docs = _run_component(component, docs)
        with emit:
            for doc in docs:
                record_line(build_record(doc))
    watches["publisher"].cpu = max(watches["publisher"].cpu - watches["tokenizer"].cpu, 0.0)
    watches["publisher"].wall = max(watches["publisher"].wall - watches["tokenizer"].wall, 0.0)
    count = len(bulletins)
    return {name: watch.timing(count, size) for name, watch in watches.items()}, emit.timing(count, size)


def _run_component(component, docs: list) -> list:
    """What `nlp.pipe` does with one component: its `pipe` over the batch, else a call per Doc."""
    if hasattr(component, "pipe"):
        return list(component.pipe(docs, batch_size=len(docs)))
    return [component(doc) for doc in docs]


def end_to_end(pages: list[Path], size: int) -> Timing:
    """Files in, JSON lines out, through the functions `extract` runs (one process, warm)."""
    from pipeline.batch import extract_items
    from pipeline.bulletin import Failure
    from pipeline.emit import record_line
    from pipeline.inputs import read_inputs

    watch = Stopwatch()
    written = 0
    with tempfile.TemporaryFile("w", encoding="utf-8") as out, watch:
        for result in extract_items(read_inputs(pages)):
            if not isinstance(result, Failure):
                out.write(record_line(result))
                written += 1
    return watch.timing(len(pages), size)
