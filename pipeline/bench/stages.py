"""Per-stage speed of one process on the bench pages of one language, beside the floors.

Stages, as the issue names them: decode+parse (charset, lxml tree), main text and metadata
(the rest of `parse_html`), NLP (language, tokenizer, sentences, institution finders, the
trained model), linking (institution resolver, publisher), extractors (dates, events,
partnerships, roles, people) and JSON out (record + line): a breakdown, measured once.
Floors, measured on the same pages in the same rounds as end to end (`pipeline.bench.rounds`):
lxml parsing the page bytes, spaCy's blank tokenizer (English) and jieba's own segmentation
with its default dictionary (Chinese) over the article texts. End to end is files on disk to
JSON lines in a file through `extract`'s own functions.
"""

from __future__ import annotations

import tempfile
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.bench.rounds import END_TO_END, Measure, Round, median_timing, series, speed_ratios
from pipeline.bench.timing import Stopwatch, Timing, time_over

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
FLOORS = {"en": ("lxml parse", "spaCy tokenizer"), "zh": ("lxml parse", "jieba segmentation")}
FLOOR_PARTS = {"en": ("lxml parse", "spaCy tokenizer"), "zh": ("jieba segmentation",)}


@dataclass
class LanguageFigures:
    """A language's figures: the stage breakdown (measured once) and the interleaved rounds
    (end to end, floors, and the common stack unless skipped), from which the ratios come."""

    language: str
    docs: int
    page_bytes: int
    text_chars: int
    stages: dict[str, Timing] = field(default_factory=dict)
    components: dict[str, Timing] = field(default_factory=dict)
    rounds: list[Round] = field(default_factory=list)
    model_in_use: str = ""

    @property
    def floor_parts(self) -> tuple[str, ...]:
        """The language's floor: parse + tokenise (English), jieba segmentation (Chinese)."""
        return FLOOR_PARTS[self.language]

    def median(self, names: Sequence[str]) -> Timing | None:
        """The named measurements summed per round, the median round's figures."""
        return median_timing(series(self.rounds, names))

    def ratios(self, denominator: Sequence[str]) -> list[float]:
        """Per round, end to end's speed over the summed `denominator` measurements' speed."""
        top, bottom = series(self.rounds, (END_TO_END,)), series(self.rounds, denominator)
        return speed_ratios(top, bottom) if top and bottom else []

    @property
    def end_to_end(self) -> Timing | None:
        return self.median((END_TO_END,))

    @property
    def floors(self) -> dict[str, Timing]:
        """Each floor measurement, median round."""
        found = {name: self.median((name,)) for name in FLOORS[self.language]}
        return {name: timing for name, timing in found.items() if timing}


def stage_of(component: str) -> str:
    if component in NLP_COMPONENTS:
        return "NLP"
    if component in LINKING_COMPONENTS:
        return "linking"
    return "extractors"


@dataclass
class Sample:
    """One language's timed pages, read and parsed once."""

    language: str
    pages: list[Path]
    data: list[bytes]
    bulletins: list


def measure_language(language: str, pages: list[Path]) -> tuple[LanguageFigures, Sample]:
    """The stage breakdown over `pages` (one language, one process, measured once), and the
    pages loaded for the rounds. The breakdown runs the whole pipeline over every page, so
    the rounds after it find it warm."""
    data = [page.read_bytes() for page in pages]
    size = sum(map(len, data))
    bulletins, _ = _parse_all(data, pages)
    sample = Sample(language, pages, data, bulletins)
    figures = LanguageFigures(language, len(data), size, sum(len(b.text) for b in bulletins))
    figures.model_in_use = use_trained_model(language)
    _warm_up(language, bulletins)
    # Timed only now: loading the pipelines sets the collector's thresholds `extract` runs with
    # (pipeline.nlp), and a parse timed before that paid for young collections a run does not.
    _, whole_parse = _parse_all(data, pages)
    figures.stages["decode+parse"] = _decode_and_tree(data).timing(len(data), size)
    figures.stages["main text and metadata"] = whole_parse.timing(len(data), size).minus(figures.stages["decode+parse"])
    figures.components, json_out = _nlp_components(language, bulletins, size)
    for component, timing in figures.components.items():
        stage = stage_of(component)
        figures.stages[stage] = figures.stages[stage].add(timing) if stage in figures.stages else timing
    figures.stages["JSON out"] = json_out
    return figures, sample


def _parse_all(data: list[bytes], pages: list[Path]) -> tuple[list, Stopwatch]:
    """Every page through `parse_html`, timed: decode, tree, main text and metadata."""
    from pipeline.parse.html import parse_html

    watch = Stopwatch()
    with watch:
        bulletins = [parse_html(raw, origin=str(page)) for raw, page in zip(data, pages, strict=True)]
    return bulletins, watch


def round_measures(sample: Sample) -> dict[str, Measure]:
    """What each round times over slices of the sample: end to end, then the floors. Each runs once
    here first (warm): end to end on a few pages (the breakdown ran the pipeline over all), each
    floor on every page (spaCy's tokenizer caches the words it has seen: a first pass is slower)."""
    texts = [bulletin.text for bulletin in sample.bulletins]
    floors = floor_measures(sample.language, sample.data, texts)
    for floor in floors.values():
        floor(slice(None))
    end_to_end(sample.pages[:WARM_UP], 0)

    def whole(part: slice) -> Timing:
        return end_to_end(sample.pages[part], page_bytes(sample.data, part))

    return {END_TO_END: whole, **floors}


def page_bytes(data: list[bytes], part: slice) -> int:
    return sum(map(len, data[part]))


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


def _warm_up(language: str, bulletins: list) -> None:
    """Load pipelines, models, dictionaries and caches before any clock runs: a few bulletins
    extracted, and every text through the pipeline's tokenizer (which caches the words it has
    seen, so that a first pass over the pages would charge the breakdown a cost a long run does
    not pay)."""
    from pipeline.batch import extract_bulletin
    from pipeline.emit import record_line
    from pipeline.nlp import load_pipeline

    for bulletin in bulletins[:WARM_UP]:
        record_line(extract_bulletin(bulletin))
    nlp = load_pipeline(language)
    for bulletin in bulletins:
        nlp.make_doc(bulletin.text)


def floor_measures(language: str, data: list[bytes], texts: list[str]) -> dict[str, Measure]:
    """The floors, each a measurement over a slice of the pages (lxml) or of their article texts
    (tokenizer, jieba); MB/s are of the pages either way."""
    import lxml.html

    def floor(function: Callable, items: list) -> Measure:
        return lambda part: time_over(function, items[part], page_bytes(data, part))

    measures = {"lxml parse": floor(lxml.html.document_fromstring, data)}
    if language == "en":
        measures["spaCy tokenizer"] = floor(_blank_english().make_doc, texts)
    else:
        segmenter = _jieba_default()
        measures["jieba segmentation"] = floor(lambda text: list(segmenter.cut(text)), texts)
    return measures


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
            markup, codec = decode_bytes(raw)
            # as parse_html: UTF-8 bytes go to lxml as they came, not encoded again
            reusable = codec in ("utf-8", "ascii") and "\ufffd" not in markup
            _tree(markup, raw if reusable else None)
    return watch


def _nlp_components(language: str, bulletins: list, size: int) -> tuple[dict[str, Timing], Timing]:
    """Each pipeline component's time over the bulletins, run in pipeline order as `extract` runs them:
    `BATCH_SIZE` pages at a time (`pipeline.batch`), each component over the whole batch before the
    next, through its `pipe` where it has one (the trained model reads a batch's windows in one NER
    call), so a component's figure is its cost per page when batched."""
    from pipeline.batch import BATCH_SIZE, release
    from pipeline.emit import build_record, record_bytes
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
                record_bytes(build_record(doc))
                release(doc)  # as `extract` does: a kept Doc's cycles would charge the collector to a component
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
    from pipeline.emit import record_bytes
    from pipeline.inputs import read_inputs

    watch = Stopwatch()
    written = 0
    with tempfile.TemporaryFile("wb") as out, watch:
        for result in extract_items(read_inputs(pages)):
            if not isinstance(result, Failure):
                out.write(record_bytes(result))
                written += 1
    return watch.timing(len(pages), size)
