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
