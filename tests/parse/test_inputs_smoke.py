"""read_inputs on the shared seed and on a folder: the first readers work end to end."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from pipeline.bulletin import Bulletin, Failure
from pipeline.inputs import read_inputs

FIXTURES = Path(__file__).resolve().parent / "fixtures"
SEED = FIXTURES / "xinhua_seed.txt"  # a copy of shared/seeds/xinhua-jiangxi-2025-12-18.txt


def test_seed_txt_metadata_matches_the_worked_example() -> None:
    [bulletin] = list(read_inputs([SEED]))
    assert isinstance(bulletin, Bulletin)
    assert bulletin.title.startswith("Jiangxi Province Establishes Provincial Alliance")
    beijing = dt.timezone(dt.timedelta(hours=8))
    assert bulletin.published_at == dt.datetime(2025, 12, 18, 10, 25, 15, tzinfo=beijing)
    assert bulletin.credited_source == "Jiangxi Provincial Education Department"
    assert bulletin.editor == "王晓震"
    assert bulletin.channel == ["新华网", "江西"]


def test_seed_txt_text_has_no_chrome() -> None:
    [bulletin] = list(read_inputs([SEED]))
    for chrome in ("新华网 >", "10:25:15", "来源", "字体", "纠错", "责任编辑", bulletin.title):
        assert chrome not in bulletin.text
    assert bulletin.text.startswith("On November 18,")
    assert "\n\n" in bulletin.text


def test_missing_path_is_a_failure_not_an_exception(tmp_path: Path) -> None:
    [failure] = list(read_inputs([tmp_path / "nothing-here"]))
    assert isinstance(failure, Failure)
