"""Site rules: CSS selectors for the layouts we know, read from the crawler's source
files `pipeline/resources/sources/<name>.toml`:

    domains = ["jyt.jiangxi.gov.cn"]
    language = "zh"          # optional
    charset = "gb18030"      # optional: what the site really serves
    [fields]                 # CSS selectors, each optional
    title = "h1.title"
    date = ".info .time"
    body = "#zoom"
    credited_source = ".info .source"
    editor = ".editor"

Other keys in those files belong to the crawler and are ignored here. A file that
does not parse is skipped; an absent folder means no rules.
"""

from __future__ import annotations

import logging
import tomllib
from functools import cache
from pathlib import Path
from typing import Literal
from urllib.parse import urlsplit

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

SOURCES = Path(__file__).resolve().parent.parent / "resources" / "sources"
log = logging.getLogger(__name__)


class FieldSelectors(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True)

    title: str | None = None
    date: str | None = None
    body: str | None = None
    credited_source: str | None = None
    editor: str | None = None


class SiteRules(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True)

    name: str = Field(description="the source's key: its file name without .toml")
    domains: list[str] = Field(default_factory=list)
    language: Literal["en", "zh"] | None = None
    charset: str | None = None
    fields: FieldSelectors = Field(default_factory=FieldSelectors)

    @field_validator("domains")
    @classmethod
    def _lower_case(cls, domains: list[str]) -> list[str]:
        return [domain.strip().lower().rstrip(".") for domain in domains if domain.strip()]

    def matches(self, host: str) -> bool:
        """Whether `host` is one of the domains or a subdomain of one."""
        return any(host == domain or host.endswith("." + domain) for domain in self.domains)


def load_site_rules(folder: Path = SOURCES) -> tuple[SiteRules, ...]:
    """Every readable source file in `folder`, in name order."""
    if not folder.is_dir():
        return ()
    rules = []
    for path in sorted(folder.glob("*.toml")):
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
            rules.append(SiteRules.model_validate({**data, "name": path.stem}))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError, ValidationError) as error:
            log.warning("skipping site rules %s: %s", path, error)
    return tuple(rules)


@cache
def _default_rules() -> tuple[SiteRules, ...]:
    return load_site_rules(SOURCES)


def rules_for_url(url: str | None, rules: tuple[SiteRules, ...] | None = None) -> SiteRules | None:
    """The rules whose domains cover the URL's host (the most specific domain wins)."""
    host = _host(url)
    if not host:
        return None
    if rules is None:
        return _default_rules_for_host(host)
    return _rules_for_host(host, rules)


_HOSTS_KEPT = 1024
# The default rules' answer by host, with the rules it was worked out from: the pages of a crawl come
# from a few hosts, and matching every rule's domains costs more than the page's other lookups. Kept
# with the rules object itself, so rules read anew (another folder) start an empty table.
_by_host: tuple[tuple[SiteRules, ...], dict[str, SiteRules | None]] = ((), {})


def _default_rules_for_host(host: str) -> SiteRules | None:
    global _by_host
    rules, known = _by_host
    if rules is not _default_rules() or len(known) >= _HOSTS_KEPT:
        rules, known = _by_host = (_default_rules(), {})
    if host not in known:
        known[host] = _rules_for_host(host, rules)
    return known[host]


def _rules_for_host(host: str, rules: tuple[SiteRules, ...]) -> SiteRules | None:
    candidates = [
        (max(len(domain) for domain in rule.domains if host == domain or host.endswith("." + domain)), rule)
        for rule in rules
        if rule.matches(host)
    ]
    if not candidates:
        return None
    return max(candidates, key=lambda pair: pair[0])[1]


def _host(url: str | None) -> str:
    if not url:
        return ""
    try:
        host = urlsplit(url.strip()).hostname or ""
    except ValueError:
        return ""
    return host.lower().rstrip(".")
