"""The fork server's sample pages (`pipeline.nlp.prebuilt`) reach every stage a worker's pages do."""

from __future__ import annotations

import pytest

from pipeline.batch import FACT_KINDS, extract_batch, written
from pipeline.inputs import RawPage
from pipeline.nlp.prebuilt import LANGUAGES, SAMPLE_PAGES


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_sample_page_reaches_the_extractors(language: str) -> None:
    page = RawPage(data=SAMPLE_PAGES[language].encode(), url=None, charset="utf-8", origin="(sample)")
    [result] = extract_batch([page])
    line = written(result)  # a Failure has no facts to count: this raises on one
    assert result.document.language == language
    found = {kind for kind in FACT_KINDS if line.facts[kind]}
    assert found >= {"institutions", "partnerships", "events", "people"}


def test_no_collection_runs_while_paused_even_when_a_library_reenables_the_collector() -> None:
    import gc

    from pipeline.nlp import collector_paused

    collections: list[int] = []

    def count(phase: str, info: dict) -> None:
        if phase == "start":
            collections.append(info["generation"])

    before = gc.get_threshold()
    gc.callbacks.append(count)
    try:
        with collector_paused():
            gc.disable()
            gc.enable()  # as srsly's msgpack reader does while a model loads
            cycles = []
            for _ in range(50_000):  # far beyond any threshold: collections would run
                cycle: list = []
                cycle.append(cycle)
                cycles.append(cycle)
            inside = list(collections)  # (leaving it, the first allocation may collect at once)
        assert inside == []
        assert gc.get_threshold() == before
    finally:
        gc.callbacks.remove(count)
