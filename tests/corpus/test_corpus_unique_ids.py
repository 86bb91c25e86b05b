"""Every corpus bulletin is its own document: no two share a URL, so none share a document id.

`extract` derives `document.id` from the page's URL (canonical link or og:url), so two
bulletins with one URL would collide in records, on the review page and in its export.
The URL is checked as the parser reads it from the page and as the gold states it.
"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

from pipeline.bulletin import Bulletin
from pipeline.inputs import read_inputs

BULLETINS = Path(__file__).resolve().parents[2] / "corpus" / "bulletins"
GOLD_SUFFIX = ".expected.json"


def _repeated(owners: dict[str, list[str]]) -> dict[str, list[str]]:
    return {key: sorted(names) for key, names in owners.items() if len(names) > 1}


def _parsed_bulletins() -> list[Bulletin]:
    items = list(read_inputs([BULLETINS]))
    unread = [item for item in items if not isinstance(item, Bulletin)]
    assert not unread, f"corpus bulletins the parser cannot read: {unread}"
    return items


def _gold_urls() -> dict[Path, str | None]:
    """Each gold file's bulletin path -> the URL its gold gives (None when it gives none)."""
    urls = {}
    for gold_path in sorted(BULLETINS.rglob(f"*{GOLD_SUFFIX}")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        urls[gold_path.parent / gold["file"]] = (gold.get("document") or {}).get("url")
    return urls


def test_the_corpus_has_bulletins_with_urls() -> None:
    assert sum(1 for bulletin in _parsed_bulletins() if bulletin.url) >= 20


def test_no_two_pages_give_the_same_url() -> None:
    owners: dict[str, list[str]] = defaultdict(list)
    for bulletin in _parsed_bulletins():
        if bulletin.url:
            owners[bulletin.url].append(Path(bulletin.origin).name)
    assert not _repeated(owners), "bulletins sharing a URL"


def test_no_two_gold_files_give_the_same_url() -> None:
    owners: dict[str, list[str]] = defaultdict(list)
    for bulletin_path, url in _gold_urls().items():
        if url:
            owners[url].append(bulletin_path.name)
    assert not _repeated(owners), "gold files sharing a URL"


def test_the_gold_url_is_the_url_of_its_page() -> None:
    parsed = {Path(bulletin.origin).resolve(): bulletin.url for bulletin in _parsed_bulletins()}
    differing = {
        path.name: (url, parsed.get(path.resolve()))
        for path, url in _gold_urls().items()
        if url and parsed.get(path.resolve()) != url
    }
    assert not differing, "gold URL (first) differs from the URL read from the page (second)"


def test_every_bulletin_gets_its_own_document_id() -> None:
    owners: dict[str, list[str]] = defaultdict(list)
    for bulletin in _parsed_bulletins():
        owners[bulletin.stable_id()].append(Path(bulletin.origin).name)
    assert not _repeated(owners), "bulletins sharing a document id"
