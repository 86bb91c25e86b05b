"""What the crawler reads off a page: its text, links, fields, canonical URL and date.

Only what crawling needs: which links to follow, whether an article is the same as one
archived before, how old it is. The full reading of a bulletin is the parse stage's.
Field rules come from the source file (Scrapy selectors); a page they do not recognise
is read by trafilatura.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

from parsel import Selector
from w3lib.encoding import http_content_type_encoding
from w3lib.url import canonicalize_url

from pipeline.dates import parse_published, safe_date
from pipeline.fetch.sources import FieldRules, Source
from pipeline.parse.decode import UndecodableError, decode_bytes

# Query parameters that say where a visitor came from, not which page it is.
_TRACKING_PARAMS = re.compile(r"^(utm_\w+|from|spm|share\w*|source|ref|timestamp|t)$", re.IGNORECASE)
_GENERIC_URL_DATE = re.compile(
    r"/(?P<y>20\d{2})[-/]?(?P<m>[01]\d)[-/]?(?P<d>[0-3]\d)/|/t(?P<y2>20\d{2})(?P<m2>[01]\d)(?P<d2>[0-3]\d)_"
)
_SPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class ArticleFields:
    title: str | None
    date_text: str | None
    body: str
    credited_source: str | None
    editor: str | None
    by_site_rules: bool

    def published(self) -> dt.date | None:
        stamp = parse_published(self.date_text) if self.date_text else None
        return stamp.date() if stamp else None

    def text_sha256(self) -> str | None:
        """A hash of the article's words, the same for the same article under any chrome."""
        words = _SPACE.sub(" ", f"{self.title or ''} {self.body}").strip()
        return hashlib.sha256(words.encode("utf-8")).hexdigest() if self.body.strip() else None


def page_text(body: bytes, content_type: str | None, source: Source) -> str:
    """The page decoded: its own declarations first, the source's charset as a hint."""
    header_charset = http_content_type_encoding(content_type) if content_type else None
    try:
        text, _ = decode_bytes(body, header_charset or source.charset)
    except UndecodableError:
        return ""
    return text


def selector(markup: str) -> Selector:
    return Selector(text=markup or "<html></html>", type="html")


def linked_urls(page: Selector, css: str | None, base_url: str) -> list[str]:
    """Absolute URLs of the links the selector picks (links inside picked elements too), in order."""
    if not css:
        return []
    urls: list[str] = []
    for element in page.css(css):
        hrefs = [element.attrib["href"]] if "href" in element.attrib else element.css("a::attr(href)").getall()
        for href in hrefs:
            href = href.strip()
            if href and not href.startswith(("javascript:", "mailto:", "#")):
                url = urljoin(base_url, href).split("#")[0]
                if url not in urls:
                    urls.append(url)
    return urls


def article_urls(page: Selector, source: Source, base_url: str) -> list[str]:
    """The article links of a list page, normalised (tracking parameters dropped), in order."""
    urls = dict.fromkeys(canonical_url(url) for url in linked_urls(page, source.list.article_links, base_url))
    return [url for url in urls if source.list.is_article(url)]


def next_list_url(page: Selector, source: Source, base_url: str) -> str | None:
    urls = linked_urls(page, source.list.next_page, base_url)
    return urls[0] if urls else None


def numbered_list_url(source: Source, start_url: str, number: int) -> str | None:
    template = source.list.page_url
    return urljoin(start_url, template.format(n=number)) if template else None


def url_date(url: str, source: Source) -> dt.date | None:
    """The date an article URL carries (/20251218/, /2025-12/18/, t20251120_), if any."""
    pattern = re.compile(source.list.url_date) if source.list.url_date else _GENERIC_URL_DATE
    match = pattern.search(url)
    if not match:
        return None
    parts = {key.rstrip("2"): value for key, value in match.groupdict().items() if value}
    try:
        return safe_date(int(parts["y"]), int(parts["m"]), int(parts["d"]))
    except (KeyError, ValueError):
        return None


def canonical_url(url: str, page: Selector | None = None) -> str:
    """The page's own canonical link when it stays on the same host, else the URL normalised."""
    declared = page.css('link[rel="canonical"]::attr(href)').get() if page is not None else None
    if declared:
        declared = urljoin(url, declared.strip())
        if urlsplit(declared).netloc.lower() == urlsplit(url).netloc.lower():
            url = declared
    parts = urlsplit(canonicalize_url(url, keep_fragments=False))
    query = urlencode(
        [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _TRACKING_PARAMS.match(k)]
    )
    return urlunsplit((parts.scheme, parts.netloc.lower(), parts.path, query, ""))


def read_fields(page: Selector, markup: str, rules: FieldRules, url: str) -> ArticleFields:
    """The article's fields by the site's selectors; trafilatura when they find no body."""
    title = _first_text(page, rules.title)
    body = _joined_text(page, rules.body)
    if body:
        return ArticleFields(
            title=title,
            date_text=_first_text(page, rules.date),
            body=body,
            credited_source=_first_text(page, rules.credited_source),
            editor=_first_text(page, rules.editor),
            by_site_rules=True,
        )
    return _read_with_trafilatura(markup, url, title)


def _read_with_trafilatura(markup: str, url: str, title: str | None) -> ArticleFields:
    try:
        import trafilatura
    except ImportError:  # trafilatura 2 needs lxml_html_clean beside lxml >= 5.2
        return _read_paragraphs(markup, title)
    found = trafilatura.bare_extraction(markup, url=url, with_metadata=True) if markup else None
    if found is None:
        return ArticleFields(title, None, "", None, None, by_site_rules=False)
    return ArticleFields(
        title=found.title or title,
        date_text=found.date,
        body=found.text or "",
        credited_source=None,
        editor=None,
        by_site_rules=False,
    )


def _read_paragraphs(markup: str, title: str | None) -> ArticleFields:
    """The last resort: every paragraph of the page, so duplicates can still be told apart."""
    page = selector(markup)
    body = "\n".join(text for text in map(_element_text, page.css("p")) if text)
    return ArticleFields(title or _first_text(page, "title"), None, body, None, None, by_site_rules=False)


def _element_text(element: Selector) -> str:
    return _SPACE.sub(" ", " ".join(element.xpath(".//text()").getall())).strip()


def _first_text(page: Selector, css: str | None) -> str | None:
    if not css:
        return None
    for element in page.css(css):
        text = _element_text(element)
        if text:
            return text
    return None


def _joined_text(page: Selector, css: str | None) -> str:
    if not css:
        return ""
    return "\n".join(text for text in map(_element_text, page.css(css)) if text)
