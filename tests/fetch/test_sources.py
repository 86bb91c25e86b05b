"""Source files: declarative, checked on load, and agreeing with the sites they describe."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from pipeline.fetch.mirror_sites import article_path, load_layout, read_bulletins
from pipeline.fetch.sources import SOURCES_DIR, SourceError, load_source, load_sources, select_sources

SHIPPED = {"xinhua_jiangxi", "jiangxi_education", "xinhua_english", "ncu_news"}


def test_the_four_required_sites_are_shipped_one_file_each():
    sources = load_sources()
    assert {source.name for source in sources} == SHIPPED
    assert {source.language for source in sources} == {"zh", "en"}
    hosts = {domain for source in sources for domain in source.domains}
    assert {"jx.news.cn", "jyt.jiangxi.gov.cn", "english.news.cn", "news.ncu.edu.cn"} <= hosts


@pytest.mark.parametrize("path", sorted(SOURCES_DIR.glob("*.toml")), ids=lambda p: p.stem)
def test_a_source_names_itself_after_its_file_and_starts_on_its_own_domains(path: Path):
    source = load_source(path)
    assert source.name == path.stem  # the parse stage keys site rules by file name
    for url in source.start_urls:
        host = re.sub(r"^https?://([^/:]+).*$", r"\1", url)
        assert any(host == domain or host.endswith("." + domain) for domain in source.domains)
    assert source.fields.title and source.fields.body and source.fields.date


@pytest.mark.parametrize("name", sorted(SHIPPED))
def test_article_urls_of_the_sites_layout_match_the_sources_pattern_and_date(name: str):
    source = next(s for s in load_sources() if s.name == name)
    layout = load_layout(name)
    bulletins = [b for b in read_bulletins() if b["source"] == name]
    assert bulletins
    for bulletin in bulletins:
        url = f"http://{layout.host}{article_path(layout, bulletin)}"
        assert source.list.is_article(url), url
    list_url = f"http://{layout.host}{layout.list_path}"
    assert not source.list.is_article(list_url)


def test_a_missing_key_is_reported_with_the_file_and_the_key(tmp_path: Path):
    path = tmp_path / "broken.toml"
    path.write_text(
        'name = "broken"\nlanguage = "zh"\ndomains = ["a.cn"]\nstart_urls = ["http://a.cn/"]\n'
        "[list]\nnext_page = 'a.next'\n",
        encoding="utf-8",
    )
    with pytest.raises(SourceError, match=r"broken\.toml \[list\]: `article_links`"):
        load_source(path)


def test_a_bad_regex_and_a_bad_language_are_refused(tmp_path: Path):
    path = tmp_path / "bad.toml"
    path.write_text(
        'name = "bad"\nlanguage = "fr"\ndomains = ["a.cn"]\nstart_urls = ["http://a.cn/"]\n'
        "[list]\narticle_links = 'a'\n",
        encoding="utf-8",
    )
    with pytest.raises(SourceError, match="language"):
        load_source(path)
    path.write_text(path.read_text().replace('"fr"', '"zh"') + "url_pattern = '(unclosed'\n", encoding="utf-8")
    with pytest.raises(SourceError, match="url_pattern"):
        load_source(path)


def test_pointing_a_source_at_a_mirror_keeps_paths_and_confines_domains():
    source = next(s for s in load_sources() if s.name == "xinhua_english")
    moved = source.pointed_at("http://english.news.cn:8123")
    assert moved.start_urls == ("http://english.news.cn:8123/china/index.htm",)
    assert moved.domains == ("english.news.cn",)
    assert moved.fields == source.fields


def test_unknown_source_names_are_refused():
    with pytest.raises(SourceError, match="unknown source nope"):
        select_sources(load_sources(), ["nope"])
