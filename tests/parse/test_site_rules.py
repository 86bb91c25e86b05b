"""Site rules from the crawler's source files."""

from __future__ import annotations

from pathlib import Path

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
