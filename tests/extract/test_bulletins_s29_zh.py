"""Session 29 (zh): whole bulletins written for the tests (tests/extract/fixtures/bulletins_s29_zh, in the
styles of GENRE.md: Xinhua provincial channels with 通讯员/记者 lines, a college's own page speaking as 我院,
a WeChat copy, a feature with a ——记 subtitle, 教育厅 news, an alliance's seats, approvals, a Luban
Workshop launched abroad), each beside its gold written by corpus/GUIDE.md. The extractor reads every fact
of every one of them, with the fields the gold states. Sentences and persons' names are made up; the
institutions are real."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.evaluate.evaluation import evaluate

FIXTURES = Path(__file__).parent / "fixtures" / "bulletins_s29_zh"


@pytest.fixture(scope="module")
def scores():
    return {score.bulletin.id: score for score in evaluate(FIXTURES, "all").scores}


@pytest.mark.parametrize("bulletin", sorted(p.name.split(".")[0] for p in FIXTURES.glob("*.expected.json")))
def test_every_fact_of_the_bulletin_is_read(scores, bulletin: str) -> None:
    score = scores[bulletin]
    assert score.status == "ok"
    assert (score.misses, score.extras, score.mismatches) == ([], [], [])
