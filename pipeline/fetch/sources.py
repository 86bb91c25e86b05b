"""Sources: one declarative TOML file per site, read with the standard library.

The parse stage reads the same files for their `[fields]`; the crawler reads the
rest: where to start, which links are articles, how to reach the next list page.
"""

from __future__ import annotations

import dataclasses
import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

SOURCES_DIR = Path(__file__).resolve().parent.parent / "resources" / "sources"
LANGUAGES = ("zh", "en")
FIELD_NAMES = ("title", "date", "body", "credited_source", "editor")


class SourceError(ValueError):
    """A source file that cannot be used, with the file and key at fault."""


@dataclass(frozen=True)
class ListRules:
    """How to walk a site's list pages."""

    article_links: str
    next_page: str | None = None
    url_pattern: str | None = None
    # Regex with named groups y, m, d that finds the date in an article URL (for --since).
    url_date: str | None = None
    # For sites whose pager is drawn by script (no link to select): the URL of list page n,
    # relative to the start URL, e.g. "index_{n}.html"; pages are tried from `first_page` on.
    page_url: str | None = None
    first_page: int = 1

    def is_article(self, url: str) -> bool:
        return self.url_pattern is None or re.search(self.url_pattern, url) is not None


@dataclass(frozen=True)
class FieldRules:
    """CSS selectors of an article page's fields; None where the site has none."""

    title: str | None = None
    date: str | None = None
    body: str | None = None
    credited_source: str | None = None
    editor: str | None = None


@dataclass(frozen=True)
class Source:
    """A site to crawl, as declared in its TOML file."""

    name: str
    language: str
    domains: tuple[str, ...]
    start_urls: tuple[str, ...]
    list: ListRules
    fields: FieldRules = field(default_factory=FieldRules)
    charset: str | None = None
    delay: float = 2.0
    path: str | None = None

    def pointed_at(self, base_url: str) -> Source:
        """The same source with its start URLs moved to another origin (a local mirror).

        The path of every start URL is kept; only scheme, host and port change, and the
        allowed domains become the new host, so nothing else can be reached.
        """
        base = urlsplit(base_url)
        prefix = base.path.rstrip("/")
        moved = tuple(
            urlunsplit((base.scheme, base.netloc, prefix + (urlsplit(url).path or "/"), urlsplit(url).query, ""))
            for url in self.start_urls
        )
        return dataclasses.replace(self, start_urls=moved, domains=(base.hostname or "",))

    def to_dict(self) -> dict:
        return dataclasses.asdict(self)

    @classmethod
    def from_dict(cls, data: dict) -> Source:
        return cls(
            name=data["name"],
            language=data["language"],
            domains=tuple(data["domains"]),
            start_urls=tuple(data["start_urls"]),
            list=ListRules(**data["list"]),
            fields=FieldRules(**data["fields"]),
            charset=data.get("charset"),
            delay=float(data.get("delay", 2.0)),
            path=data.get("path"),
        )


def _require(table: dict, key: str, kind: type, where: str):
    value = table.get(key)
    if not isinstance(value, kind) or (isinstance(value, str | list) and not value):
        raise SourceError(f"{where}: `{key}` must be a non-empty {kind.__name__}")
    return value


def _optional_str(table: dict, key: str, where: str) -> str | None:
    value = table.get(key)
    if value is not None and not isinstance(value, str):
        raise SourceError(f"{where}: `{key}` must be a string")
    return value or None


def _checked_regex(pattern: str | None, key: str, where: str) -> str | None:
    if pattern is None:
        return None
    try:
        re.compile(pattern)
    except re.error as error:
        raise SourceError(f"{where}: `{key}` is not a valid regex: {error}") from None
    return pattern


def _checked_page_url(template: str | None, where: str) -> str | None:
    if template is not None and "{n}" not in template:
        raise SourceError(f"{where}: `page_url` must contain {{n}}, the page number")
    return template


def parse_source(data: dict, where: str) -> Source:
    """A `Source` from the parsed TOML of one file; `where` names it in errors."""
    name = _require(data, "name", str, where)
    language = _require(data, "language", str, where)
    if language not in LANGUAGES:
        raise SourceError(f"{where}: `language` must be one of {', '.join(LANGUAGES)}")
    domains = _require(data, "domains", list, where)
    start_urls = _require(data, "start_urls", list, where)
    delay = data.get("delay", 2.0)
    if not isinstance(delay, int | float) or delay < 0:
        raise SourceError(f"{where}: `delay` must be a number of seconds >= 0")
    list_table = _require(data, "list", dict, where)
    list_where = f"{where} [list]"
    rules = ListRules(
        article_links=_require(list_table, "article_links", str, list_where),
        next_page=_optional_str(list_table, "next_page", list_where),
        url_pattern=_checked_regex(_optional_str(list_table, "url_pattern", list_where), "url_pattern", list_where),
        url_date=_checked_regex(_optional_str(list_table, "url_date", list_where), "url_date", list_where),
        page_url=_checked_page_url(_optional_str(list_table, "page_url", list_where), list_where),
        first_page=int(list_table.get("first_page", 1)),
    )
    fields_table = data.get("fields", {})
    fields = FieldRules(**{key: _optional_str(fields_table, key, f"{where} [fields]") for key in FIELD_NAMES})
    return Source(
        name=name,
        language=language,
        domains=tuple(domains),
        start_urls=tuple(start_urls),
        list=rules,
        fields=fields,
        charset=_optional_str(data, "charset", where),
        delay=float(delay),
        path=where,
    )


def load_source(path: Path) -> Source:
    """Read one source file. Raises SourceError naming the file and key at fault."""
    try:
        data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as error:
        raise SourceError(f"{path}: not valid TOML: {error}") from None
    return parse_source(data, str(path))


def load_sources(directory: Path = SOURCES_DIR) -> list[Source]:
    """Every source in a folder, in file-name order."""
    return [load_source(path) for path in sorted(Path(directory).glob("*.toml"))]


def select_sources(sources: Iterable[Source], names: Iterable[str] | None) -> list[Source]:
    """The sources named (all when no name is given). Raises SourceError for an unknown name."""
    sources = list(sources)
    if not names:
        return sources
    by_name = {source.name: source for source in sources}
    unknown = [name for name in names if name not in by_name]
    if unknown:
        raise SourceError(f"unknown source {', '.join(unknown)}; known: {', '.join(sorted(by_name))}")
    return [by_name[name] for name in names]
