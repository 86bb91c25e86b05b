"""The parse stage against the corpus: each bulletin's `.expected.json` gives the
document metadata a careful reader takes from the page (title, dates, 来源, editor,
url, channel). Most of it must come out of parsing alone."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.bulletin import Bulletin
from pipeline.inputs import read_inputs
from pipeline.parse import site_rules

CORPUS = Path(__file__).resolve().parents[2] / "corpus" / "bulletins"
CRAWLER_SOURCES = site_rules.SOURCES  # read before the test fixtures point it elsewhere
FIELDS = ("title", "published", "published_at", "credited_source", "editor", "url", "channel")
REQUIRED_SHARE = 0.95


def gold_pairs() -> list[tuple[Path, dict[str, object]]]:
    pairs = []
    for gold_path in sorted(CORPUS.rglob("*.expected.json")):
        stem = gold_path.name.removesuffix(".expected.json")
        sources = [path for path in gold_path.parent.glob(stem + ".*") if not path.name.endswith(".json")]
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        if sources and isinstance(gold.get("document", gold), dict):
            pairs.append((sources[0], gold.get("document", gold)))
    return pairs


def parsed_fields(bulletin: Bulletin) -> dict[str, object]:
    day = bulletin.publication_date()
    return {
        "title": bulletin.title,
        "published": day.isoformat() if day else None,
        "published_at": bulletin.published_at.isoformat() if bulletin.published_at else None,
        "credited_source": bulletin.credited_source,
        "editor": bulletin.editor,
        "url": bulletin.url,
        "channel": bulletin.channel,
    }


@pytest.mark.parametrize("rules", ["generic", "crawler"])
def test_corpus_metadata_matches_the_gold(rules: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """With the generic extractor alone, and with the crawler's site rules."""
    if rules == "crawler":
        monkeypatch.setattr(site_rules, "SOURCES", CRAWLER_SOURCES)
        site_rules._default_rules.cache_clear()
    pairs = gold_pairs()
    if len(pairs) < 10:
        pytest.skip("the corpus has fewer than 10 annotated bulletins")
    right = dict.fromkeys(FIELDS, 0)
    asked = dict.fromkeys(FIELDS, 0)
    misses = []
    for source, gold in pairs:
        [item] = list(read_inputs([source]))
        assert isinstance(item, Bulletin), item
        got = parsed_fields(item)
        for field in FIELDS:
            if field in gold:
                asked[field] += 1
                if got[field] == gold[field]:
                    right[field] += 1
                else:
                    misses.append(f"{source.name} {field}: {got[field]!r} != {gold[field]!r}")
    for field in FIELDS:
        if asked[field]:
            assert right[field] / asked[field] >= REQUIRED_SHARE, (field, misses)
