"""Build mirror sites from bulletins: list pages with pagination and article pages laid
out as each source's site lays them out (`mirror_layouts/<source>.toml` + templates).

A bulletin is a dict: source, title, published (ISO), credited_source, editor,
paragraphs. Text is escaped into the templates; pages are encoded in the site's
charset and labelled as the site labels them (sometimes wrongly, on purpose).
"""

from __future__ import annotations

import codecs
import contextlib
import datetime as dt
import hashlib
import html
import json
import string
import tomllib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from pipeline.fetch.mirror import MIRROR_PORT, MirrorPage, MirrorServer, MirrorSite
from pipeline.fetch.sources import Source

LAYOUTS_DIR = Path(__file__).resolve().parent / "mirror_layouts"
SAMPLE_BULLETINS = LAYOUTS_DIR / "bulletins.jsonl"


@dataclass(frozen=True)
class Layout:
    source: str
    host: str
    charset: str
    header_charset: str
    list_header_charset: str
    bom: bool
    list_path: str
    list_page_path: str
    per_page: int
    article_path: str
    article_href: str
    list_item: str
    next_link: str
    list_template: string.Template
    article_template: string.Template


def load_layout(source: str, folder: Path = LAYOUTS_DIR) -> Layout:
    data = tomllib.loads((folder / f"{source}.toml").read_text(encoding="utf-8"))
    return Layout(
        source=source,
        host=data["host"],
        charset=data["charset"],
        header_charset=data["header_charset"],
        list_header_charset=data.get("list_header_charset", data["header_charset"]),
        bom=data.get("bom", False),
        list_path=data["list_path"],
        list_page_path=data["list_page_path"],
        per_page=data["per_page"],
        article_path=data["article_path"],
        article_href=data.get("article_href", data["article_path"]),
        list_item=data["list_item"],
        next_link=data["next_link"],
        list_template=string.Template((folder / data["list_template"]).read_text(encoding="utf-8")),
        article_template=string.Template((folder / data["article_template"]).read_text(encoding="utf-8")),
    )


def read_bulletins(path: Path = SAMPLE_BULLETINS) -> list[dict]:
    with open(path, encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


def article_path(layout: Layout, bulletin: dict, pattern: str | None = None) -> str:
    """The path of a bulletin's page, from its date and a stable number made from its title."""
    published = dt.datetime.fromisoformat(bulletin["published"])
    digest = hashlib.sha1(bulletin["title"].encode("utf-8")).hexdigest()
    return (pattern or layout.article_path).format(
        yyyymmdd=published.strftime("%Y%m%d"),
        yyyymm=published.strftime("%Y%m"),
        hex=digest[:32],
        number=100000 + int(digest[:8], 16) % 900000,
    )


def article_page(layout: Layout, bulletin: dict, url: str = "") -> MirrorPage:
    published = dt.datetime.fromisoformat(bulletin["published"])
    paragraphs = "\n".join(f"<p>\u3000\u3000{html.escape(text)}</p>" for text in bulletin["paragraphs"])
    markup = layout.article_template.safe_substitute(
        title=html.escape(bulletin["title"]),
        source=html.escape(bulletin.get("credited_source") or ""),
        editor=html.escape(bulletin.get("editor") or ""),
        paragraphs=paragraphs,
        canonical=html.escape(url),
        year=published.strftime("%Y"),
        month=published.strftime("%m"),
        day=published.strftime("%d"),
        time=published.strftime("%H:%M:%S"),
        stamp=published.strftime("%Y-%m-%d %H:%M"),
        iso_stamp=published.strftime("%Y-%m-%d %H:%M:%S"),
    )
    return MirrorPage(_encoded(markup, layout), content_type=_content_type(layout.header_charset))


def list_path(layout: Layout, index: int, count: int) -> str:
    """Path of list page `index` (0 is the first, newest); `countdown` numbers run backwards."""
    if index == 0:
        return layout.list_path
    return layout.list_page_path.format(n=index, countdown=count - index)


def build_site(layout: Layout, bulletins: Iterable[dict]) -> MirrorSite:
    """A site with every bulletin's page and list pages of `per_page` links, newest first."""
    ordered = sorted(bulletins, key=lambda b: b["published"], reverse=True)
    site = MirrorSite(host=layout.host)
    hrefs = []
    for bulletin in ordered:
        path = article_path(layout, bulletin)
        site.pages[path] = article_page(layout, bulletin, url=f"http://{layout.host}{path}")
        hrefs.append((article_path(layout, bulletin, layout.article_href), bulletin))
    chunks = [hrefs[i : i + layout.per_page] for i in range(0, len(hrefs), layout.per_page)] or [[]]
    for index, chunk in enumerate(chunks):
        items = "\n".join(
            layout.list_item.format(href=html.escape(href), title=html.escape(b["title"]), date=b["published"][:10])
            for href, b in chunk
        )
        has_next = index + 1 < len(chunks)
        pager = layout.next_link.format(href=list_path(layout, index + 1, len(chunks))) if has_next else ""
        markup = layout.list_template.safe_substitute(
            items=items, pager=pager, page_count=len(chunks), page_index=index
        )
        site.pages[list_path(layout, index, len(chunks))] = MirrorPage(
            _encoded(markup, layout), content_type=_content_type(layout.list_header_charset), validators=False
        )
    return site


def build_sites(bulletins: Iterable[dict], layouts_dir: Path = LAYOUTS_DIR) -> list[MirrorSite]:
    """One site per source that has bulletins and a layout."""
    by_source: dict[str, list[dict]] = {}
    for bulletin in bulletins:
        by_source.setdefault(bulletin["source"], []).append(bulletin)
    return [
        build_site(load_layout(source, layouts_dir), items)
        for source, items in sorted(by_source.items())
        if (layouts_dir / f"{source}.toml").exists()
    ]


def _encoded(markup: str, layout: Layout) -> bytes:
    data = markup.encode(layout.charset, errors="xmlcharrefreplace")
    return codecs.BOM_UTF8 + data if layout.bom else data


def _content_type(charset: str) -> str:
    return f"text/html; charset={charset}" if charset else "text/html"


@contextlib.contextmanager
def serve_bundled_mirror(sources: Iterable[Source], port: int = MIRROR_PORT) -> Iterator[list[Source]]:
    """Serve the sample bulletins' sites on 127.0.0.1; yields the sources pointed at them."""
    sites = build_sites(read_bulletins())
    hosts = {site.host for site in sites}
    with MirrorServer(sites, port=port) as server:
        yield [source.pointed_at(server.origin(source.domains[0])) for source in sources if source.domains[0] in hosts]
