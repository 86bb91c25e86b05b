"""Site rules from the crawler's source files."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.parse import site_rules
from pipeline.parse.site_rules import SiteRules, load_site_rules, rules_for_url

REAL_SOURCES = Path(site_rules.__file__).resolve().parent.parent / "resources" / "sources"


def test_fixture_rules_load_and_a_broken_file_is_skipped(fixtures: Path) -> None:
    rules = load_site_rules(fixtures / "sources")
    assert [rule.name for rule in rules] == ["jyt_style"]
    assert rules[0].fields.body == "#zoom"
    assert rules[0].charset == "gbk"


def test_rules_match_the_domain_and_its_subdomains() -> None:
    assert rules_for_url("http://jyt.example.gov.cn/a.html").name == "jyt_style"
    assert rules_for_url("https://WWW.jyt.example.gov.cn/a.html").name == "jyt_style"
    assert rules_for_url("http://example.gov.cn/a.html") is None
    assert rules_for_url("http://notjyt.example.gov.cn.evil.com/") is None
    assert rules_for_url(None) is None
    assert rules_for_url("not a url") is None


def test_most_specific_domain_wins() -> None:
    broad = SiteRules(name="broad", domains=["news.cn"])
    narrow = SiteRules(name="narrow", domains=["jx.news.cn"])
    assert rules_for_url("http://jx.news.cn/x.html", (broad, narrow)).name == "narrow"
    assert rules_for_url("http://www.news.cn/x.html", (broad, narrow)).name == "broad"


def test_absent_folder_means_no_rules(tmp_path: Path) -> None:
    assert load_site_rules(tmp_path / "nowhere") == ()


def test_every_crawler_source_file_loads() -> None:
    files = sorted(REAL_SOURCES.glob("*.toml")) if REAL_SOURCES.is_dir() else []
    rules = load_site_rules(REAL_SOURCES)
    assert [rule.name for rule in rules] == [path.stem for path in files]
    assert all(rule.domains for rule in rules)


def test_a_host_is_matched_against_the_rules_read_now(fixtures: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The default rules' answers are kept by host, but only for the rules they came from."""
    url = "http://jyt.example.gov.cn/a.html"
    assert rules_for_url(url).name == "jyt_style"
    monkeypatch.setattr(site_rules, "SOURCES", fixtures / "nowhere")
    site_rules._default_rules.cache_clear()
    assert rules_for_url(url) is None
    monkeypatch.setattr(site_rules, "SOURCES", fixtures / "sources")
    site_rules._default_rules.cache_clear()
    assert rules_for_url(url).name == "jyt_style"
    assert rules_for_url(url) is rules_for_url(url)
