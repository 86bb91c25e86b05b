"""A bulletin page (bytes, any charset) -> `Bulletin`: the article's text and metadata.

Layers, first that works wins: the site's rules (CSS selectors from the crawler's
source files), the generic main-block finder (`generic.py`), trafilatura when it is
installed. Whatever block is chosen, its lines go through the same chrome cleaning
as TXT bulletins (`text.clean_lines`), so bylines inside it become metadata.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache
from itertools import pairwise
from pathlib import Path

from lxml import etree
from lxml.cssselect import CSSSelector

from pipeline.bulletin import Bulletin
from pipeline.dates import BEIJING
from pipeline.parse import ParseError
from pipeline.parse.blocks import Line, PageText, page_text
from pipeline.parse.chrome import (
    Byline,
    LineKind,
    LineReader,
    channel_of,
    first_channel,
    is_label,
    lines_with_labels,
    read_byline,
)
from pipeline.parse.decode import UndecodableError, decode_bytes
from pipeline.parse.generic import has_word_hint, html_hints, main_block, names_hint
from pipeline.parse.prefilter import Literals
from pipeline.parse.site_rules import SiteRules, rules_for_url
from pipeline.parse.stamps import Stamp, find_stamp
from pipeline.parse.tables import article_tables, has_table
from pipeline.parse.text import PARAGRAPH_BREAK, CleanText, bulletin_from, clean_line, clean_lines, joined_at_breaks

_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)
# Control characters a page may not hold, as the bytes they are in UTF-8: ASCII bytes never
# occur inside a multi-byte sequence, so deleting them from the encoded page (one C pass)
# is deleting the characters from the text.
_CONTROL_BYTES = bytes([*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F])
_CONTROL_BYTE_STRINGS = tuple(bytes((code,)) for code in _CONTROL_BYTES)
_NOT_BLANK = re.compile(rb"\S")
_FOLD = re.compile(r"[\W_]+", re.UNICODE)
_WHITE_SPACE = re.compile(r"\s+")
_HEADINGS = frozenset({"h1", "h2", "h3"})
_BYLINE_REACH = 12  # lines around the main block where its byline, date and editor sit
_ABOVE_TITLE = 2  # lines above the headline read for a date printed over it
_MAX_HEADER_ELEMENT = 80  # a date or account element is short: longer ones hold prose
_TITLE_LENGTH = (4, 200)
_MAX_LINKS = 0.5  # a line of the main block that is more link than text is navigation
_CAPTION_HINTS = ("caption",)  # class/id words of a photo caption block (<p class="pic-caption">)
_MAX_CAPTIONS = 12  # caption lines read right before or after the main block
_CJK_RANGES = ((0x3400, 0x9FFF), (0xF900, 0xFAFF))  # what `CJK` matches, counted by `_script_counts`
_LATIN_RANGES = ((0x41, 0x5A), (0x61, 0x7A))  # A-Z, a-z
_LANGUAGE_SAMPLE = 2000
_CHINESE_SHARE = 0.2  # Chinese text is mostly CJK; English text quotes a few names at most
_TIME_ELEMENT = "<time datetime>"  # the key chrome_html.json uses for <time datetime=...>
# A time of day followed by its zone: a head stamp that names its own zone.
_ZONED_TIME = re.compile(r"\d:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:Z|[+-]\d{2}:?\d{2}|UTC|GMT)", re.IGNORECASE)
_CELLS = frozenset({"td", "th"})
# A link to a site's home page: '/', './', 'index.html', '/en/', the bare site ('https://x.edu.cn/').
_HOME_LINK = re.compile(r"^(?:(?:https?:)?//[^/]+)?/?(?:[a-z]{2}/?)?(?:\./?)?(?:index\.\w+)?$", re.IGNORECASE)
_LOGO_NAME = (4, 60)
RULES = Path(__file__).resolve().parent.parent / "resources" / "rules"
_FOOTER_LINES = 12  # the page's last lines, where its copyright line sits
_MAX_FOOTER = 200
# where a copyright owner's name ends: a full stop, comma or bar, 'All rights reserved', an address
_OWNER_END = re.compile(
    r"\.\s|\.$|[,，。|｜©]|\s{2,}|\b(?:All\s+rights|Address)\b|\S*ICP|版权|地址|备案|邮编|电话", re.IGNORECASE
)
_HAN = ("\u4e00", "\u9fff")  # where a Chinese name starts (no regex: a class this wide is slow to compile)
_UNIT_OF = re.compile(r"\s*(?:,|，|\bof\b|\bat\b)\s*")  # between a unit and its institution in a footer
_ACRONYM = re.compile(r"[A-Z][A-Z&]{1,9}")  # 'SDJZU', 'NUIST', 'UNNC'
_COLONS = (":", "：")
_MAX_LABEL = 20  # a label cell holds a label, not prose
_INLINE_PIECES = frozenset({"span", "em", "i", "b", "strong", "font", "label", "small", "time", "a"})
_TEXT_LINE = LineKind.TEXT  # read from the enum once (a member read from its class runs Python code)
_BYLINE_LINE = LineKind.BYLINE
_STRUCTURED_DATA = "ld+json"  # in the type of a script that holds a JSON-LD block
_LD_PUBLISHER = "<ld+json publisher>"  # the head's key for the name of a JSON-LD article's publisher
_LD_FIELDS = (("headline", "headline"), ("datePublished", "datepublished"))  # JSON-LD key -> the head's key
_FIELD_LABEL = "label"  # the class word of a field's label element (Drupal's 'field__label')


@dataclass
class _Head:
    title: str | None = None
    meta: dict[str, str] = field(default_factory=dict)  # lower-case name/property -> content
    canonical: str | None = None
    language: str | None = None
    breadcrumb: list[str] = field(default_factory=list)  # from a marked-up breadcrumb list
    structured: list[str] = field(default_factory=list)  # the JSON-LD blocks' text


def parse_html(data: bytes, *, url: str | None = None, header_charset: str | None = None, origin: str = "") -> Bulletin:
    """Read one page. Raises ParseError when it is not text or has no article text."""
    rules = rules_for_url(url)
    try:
        markup, codec = decode_bytes(data, header_charset or (rules.charset if rules else None))
    except UndecodableError as error:
        raise ParseError(str(error)) from error
    # UTF-8 or ASCII bytes without a byte-order mark are the text's own encoding: not redone,
    # unless decoding had to replace broken bytes (U+FFFD), when they are not valid UTF-8.
    reusable = codec in ("utf-8", "ascii") and "\ufffd" not in markup
    root = _tree(markup, data if reusable else None)
    head = _read_head(root)
    if head.structured:
        _read_structured_data(head)
    head.breadcrumb = _structured_breadcrumb(root)
    url = url or head.canonical
    rules = rules or rules_for_url(url)
    _drop_noise(root)
    body = root.find("body")
    text = page_text(body if body is not None else root)
    lines = text.lines
    read = LineReader()  # the layers and the metadata read the same lines: once each
    layers = (
        lambda: _read_with_rules(root, text, rules, read) if rules and rules.fields.body else None,
        lambda: _read_generic(text, read, head.title),
        lambda: _read_with_trafilatura(markup, read),
    )
    for layer in layers:  # a layer that finds no article text hands on to the next
        page = layer()
        if page is not None and page.cleaned.paragraphs:
            return _bulletin(page, head, lines, rules, read, url=url, origin=origin, markup=markup, body=body)
    raise ParseError("no article text")


@dataclass
class _Article:
    cleaned: CleanText
    title: str | None = None
    nearby: list[Line] = field(default_factory=list)  # lines around the block, for bylines
    header: list[Line] = field(default_factory=list)  # lines between the headline and the block
    above: list[Line] = field(default_factory=list)  # a date line right above the headline
    over: list[Line] = field(default_factory=list)  # the lines right above it outside its container
    block_start: int = 0  # index of the block's first line among the page's lines
    blocks: list[etree._Element] = field(default_factory=list)  # the article's elements (for its tables)
    lines: list[Line] = field(default_factory=list)  # the article's lines, read for its text


def _tree(markup: str, encoded: bytes | None = None) -> etree._Element:
    """The page's lxml tree; `encoded` is `markup` in UTF-8 when the caller has it."""
    declaration = _XML_DECLARATION.match(markup)
    if declaration is not None:
        markup, encoded = markup[declaration.end() :], None
    if encoded is None:
        encoded = markup.encode("utf-8", "surrogatepass")
    encoded = _without_control_bytes(encoded)
    if _is_blank(encoded):
        raise ParseError("empty page")
    # Plain lxml elements, not lxml.html's: those look their Python class up each time
    # an element is touched, and the reading touches every element of the page.
    parser = etree.HTMLParser(encoding="utf-8", remove_comments=True, remove_pis=True)
    try:
        root = etree.fromstring(encoded, parser)
    except (etree.ParserError, ValueError) as error:
        raise ParseError(f"not HTML: {error}") from error
    if root is None:
        raise ParseError("not HTML: Document is empty")
    return root


def _without_control_bytes(encoded: bytes) -> bytes:
    """The UTF-8 page without its control characters. Most pages hold none, which a search for
    each byte tells (memchr: a few bytes a cycle) at a fraction of what a deleting `translate`
    costs (it copies the page byte by byte, ~8% of an English page's parse)."""
    for control in _CONTROL_BYTE_STRINGS:
        if control in encoded:
            return encoded.translate(None, _CONTROL_BYTES)
    return encoded


def _is_blank(encoded: bytes) -> bool:
    """Whether the UTF-8 text is only white space (Unicode's, as `str.strip` sees it)."""
    first = _NOT_BLANK.search(encoded)
    if first is None:
        return True
    # Past ASCII white space, a non-ASCII byte may still start a wide space (U+3000 ...).
    return encoded[first.start()] >= 0x80 and not encoded.decode("utf-8", "surrogatepass").strip()


def _read_head(root: etree._Element) -> _Head:
    """The page's title, metadata, canonical URL, first <time datetime> and language, from
    one filtered pass over the tree (each is the first of its kind in document order)."""
    head = _Head()
    title: etree._Element | None = None
    canonical: etree._Element | None = None
    stamped: etree._Element | None = None
    # scripts too: a JSON-LD block is read from them before they are dropped with the noise
    for element in root.iter("title", "meta", "link", "time", "script"):
        tag = element.tag
        if tag == "script":
            if _STRUCTURED_DATA in (element.get("type") or "") and element.text:
                head.structured.append(element.text)
        elif tag == "meta":
            key = (element.get("property") or element.get("name") or element.get("itemprop") or "").strip().lower()
            content = (element.get("content") or "").strip()
            if key and content and key not in head.meta:
                head.meta[key] = content
        elif tag == "title":
            title = element if title is None else title
        elif tag == "link":
            if canonical is None and "canonical" in (element.get("rel") or "").lower().split():
                canonical = element
        elif stamped is None and element.get("datetime"):
            stamped = element
    if canonical is not None:  # the first canonical link decides, if its URL is absolute
        head.canonical = _absolute_url(canonical.get("href"))
    if title is not None:
        head.title = _element_text(title) or None
    for key in html_hints().url_meta:
        head.canonical = head.canonical or _absolute_url(head.meta.get(key))
    if stamped is not None:
        head.meta.setdefault(_TIME_ELEMENT, stamped.get("datetime", ""))
    head.language = _language_of(root.get("lang") or root.get("xml:lang") or head.meta.get("language"))
    return head


def _read_structured_data(head: _Head) -> None:
    """The headline, datePublished and publisher's name of the page's JSON-LD article block
    (Drupal, WordPress and AMP pages) as the head's metadata, where no <meta> gave them."""
    for text in head.structured:
        try:
            objects = _structured_objects(json.loads(text))
        except ValueError:
            continue
        article = next((item for item in objects if _is_article(item)), None)
        if article is None:
            continue
        for key, meta_key in _LD_FIELDS:
            value = article.get(key)
            if isinstance(value, str) and value.strip():
                head.meta.setdefault(meta_key, value.strip())
        name = _publisher_name(article.get("publisher"), objects)
        if name:
            head.meta.setdefault(_LD_PUBLISHER, name)
        return


def _structured_objects(data: object) -> list[dict]:
    """The objects of a JSON-LD block, those in lists and '@graph' included (Yoast and Drupal
    put the article beside the site's WebPage and Organization), in document order."""
    objects: list[dict] = []
    pending = [data]
    while pending:
        item = pending.pop(0)
        if isinstance(item, list):
            pending[:0] = item
        elif isinstance(item, dict):
            objects.append(item)
            if isinstance(item.get("@graph"), list):
                pending[:0] = item["@graph"]
    return objects


def _is_article(item: dict) -> bool:
    kind = item.get("@type")
    types = html_hints().structured_data_types
    return any(isinstance(name, str) and name in types for name in (kind if isinstance(kind, list) else [kind]))


def _publisher_name(publisher: object, objects: list[dict]) -> str | None:
    """The publisher's name: given in place, or on the object its '@id' points at (Yoast's
    '"publisher": {"@id": "…/#organization"}')."""
    if isinstance(publisher, list):
        publisher = publisher[0] if publisher else None
    if not isinstance(publisher, dict):
        return None
    name = publisher.get("name")
    if name is None and publisher.get("@id"):
        target = next((item for item in objects if item.get("@id") == publisher["@id"] and item is not publisher), {})
        name = target.get("name")
    return clean_line(name) or None if isinstance(name, str) else None


def _structured_breadcrumb(root: etree._Element) -> list[str]:
    """<nav class="breadcrumb"><ol><li><a>Home</a></li>...: read before <nav> is dropped."""
    hints = html_hints().breadcrumb
    for element in root.iter("nav", "div", "ol", "ul", "p", "span", "td"):
        label = element.get("aria-label")
        if (label is not None and label.lower() == "breadcrumb") or _hinted(element, hints):
            pieces = element.findall(".//li") or element.findall(".//a")
            channel = channel_of([_element_text(piece) for piece in pieces])
            if len(channel) >= 2:
                return channel
    return []


def _hinted(element: etree._Element, hints: tuple[str, ...]) -> bool:
    """`has_hint`, worked out here (compiled), not in `generic`, which runs as Python: each
    attribute read once, and the elements with neither class nor id (most of a page) told
    without building their names."""
    classes, ident = element.get("class"), element.get("id")
    if classes is None and ident is None:
        return False
    return names_hint(f"{classes or ''} {ident or ''}".lower(), hints)


def _absolute_url(value: str | None) -> str | None:
    value = (value or "").strip()
    return value if value.lower().startswith(("http://", "https://")) else None


def _language_of(tag: str | None) -> str | None:
    primary = (tag or "").strip().lower().replace("_", "-").split("-")[0]
    return primary if primary in {"en", "zh"} else None


def _drop_noise(root: etree._Element) -> None:
    """Remove scripts, navigation ... and what they hold, keeping the text after each (its
    tail, which joins the text before it), in one C pass."""
    etree.strip_elements(root, *html_hints().drop_tags, with_tail=False)


def _read_generic(page: PageText, read: LineReader, page_title: str | None = None) -> _Article | None:
    lines = page.lines
    block = main_block(page)
    if block is None:
        return None
    own = _lines_within(page, [block])
    if not own:
        return None
    title_line = _title_line(lines, own[0].index, read, page_title)
    body_lines = [line for line in own if title_line is None or line.index != title_line.index]
    body_lines = _with_captions(lines, body_lines, own, block)
    body_lines = _lead_run(lines, body_lines[0].index, block) + body_lines if body_lines else body_lines
    return _Article(
        cleaned=clean_lines(joined_at_breaks(body_lines, page.broken), read),
        title=clean_line(title_line.text) if title_line else None,
        nearby=_nearby(lines, own, title_line),
        block_start=own[0].index,
        blocks=[block],
        lines=body_lines,
        **_header(lines, own, title_line),
    )


def _with_captions(lines: list[Line], body: list[Line], own: list[Line], block: etree._Element) -> list[Line]:
    """`body` with the photo captions printed right before or after the main block in the
    article's own container (<figure> beside the text: they name people and institutions
    the text may not); captions elsewhere on the page (galleries, related news) stay out."""
    container = block.getparent()
    if container is None or container.tag in ("body", "html"):
        return body
    first, last = own[0].index, own[-1].index
    after = _caption_run(lines[last + 1 : last + 1 + _MAX_CAPTIONS], container)
    before = _caption_run(lines[max(0, first - _MAX_CAPTIONS) : first][::-1], container)[::-1]
    return before + body + after if before or after else body


def _lead_run(lines: list[Line], first: int, block: etree._Element) -> list[Line]:
    """The lines of a lead (standfirst) block printed right before the article's first line in
    the main block's own container (Drupal's 'field--name-field-lead', 'article__lead'): the
    article's opening paragraph set apart, which the density score leaves out because its
    sibling holds more text. It names what the article is about (who approved what, with whom)."""
    container = block.getparent()
    if container is None or container.tag in ("body", "html"):
        return []
    words = html_hints().lead
    run: list[Line] = []
    for line in lines[max(0, first - _MAX_CAPTIONS) : first][::-1]:
        if line.link_density > _MAX_LINKS or not _in_lead(line.owner, container, words):
            break
        run.append(line)
    return run[::-1]


def _in_lead(owner: etree._Element, container: etree._Element, words: frozenset[str]) -> bool:
    """Whether `owner` is a lead block inside `container`, or inside one there."""
    element: etree._Element | None = owner
    while element is not None and element is not container:
        if has_word_hint(element, words):
            return True
        element = element.getparent()
    return False


def _caption_run(lines: list[Line], container: etree._Element) -> list[Line]:
    """The caption lines at the start of `lines`, up to the first line that is none."""
    run = []
    for line in lines:
        if not _is_caption(line.owner) or line.link_density > _MAX_LINKS or not _is_inside(line.owner, container):
            break
        run.append(line)
    return run


def _is_caption(owner: etree._Element) -> bool:
    if owner.tag == "figcaption":
        return True
    parent = owner.getparent()
    return _hinted(owner, _CAPTION_HINTS) or (parent is not None and _hinted(parent, _CAPTION_HINTS))


def _lines_within(page: PageText, blocks: list[etree._Element]) -> list[Line]:
    """The lines owned by `blocks`, less link lists and share bars (mostly link text)."""
    if len(blocks) == 1:  # the usual case: its lines as the walk counted them
        owned = page.lines_inside(blocks[0])
    else:
        inside = {element for block in blocks for element in block.iter()}
        owned = [line for line in page.lines if line.owner in inside]
    return [line for line in owned if line.link_density <= _MAX_LINKS]


def _nearby(lines: list[Line], own: list[Line], title_line: Line | None) -> list[Line]:
    """Lines between the title and the block, and a few after it: where bylines sit."""
    first, last = own[0].index, own[-1].index
    start = title_line.index + 1 if title_line and title_line.index < first else max(0, first - _BYLINE_REACH)
    before = lines[start:first]
    after = lines[last + 1 : last + 1 + _BYLINE_REACH]
    return before + after


def _header(lines: list[Line], own: list[Line], title_line: Line | None) -> dict[str, list[Line]]:
    """The article's header lines: those between the headline and the block (where a
    date, account name or byline sits), and the few right above the headline in its
    own container ('2025年5月8日' printed over a press release's headline)."""
    first = own[0].index
    if title_line is None or title_line.index >= first:
        return {"header": lines[max(0, first - _BYLINE_REACH) : first]}
    container = _title_container(title_line.owner)
    above = lines[max(0, title_line.index - _ABOVE_TITLE) : title_line.index]
    inside = [line for line in above if container is not None and _is_inside(line.owner, container)]
    return {
        "header": lines[title_line.index + 1 : first],
        "above": inside,
        "over": [line for line in above if all(line.index != kept.index for kept in inside)],
    }


def _title_container(heading: etree._Element) -> etree._Element | None:
    """The element that holds the headline with what belongs to it: its parent, or the
    parent's parent when the parent only wraps the headline (<div class="title"><h1>)."""
    container = heading.getparent()
    if container is not None and len(container) == 1 and not (container.text or "").strip():
        outer = container.getparent()
        if outer is not None and outer.tag not in ("body", "html"):
            return outer
    return container if container is not None and container.tag not in ("body", "html") else None


def _is_inside(element: etree._Element, container: etree._Element) -> bool:
    return any(ancestor is container for ancestor in element.iterancestors())


def _title_line(lines: list[Line], block_start: int, read: LineReader, page_title: str | None = None) -> Line | None:
    """The article's heading: the last heading-like line before the block (or its first
    line when that is one), looking back no further than the byline reach; of several, one the
    page's <title> holds (a subtitle under the headline is in no <title>)."""
    hints = html_hints()
    window = lines[max(0, block_start - _BYLINE_REACH) : block_start + 2]
    # The lines that may be the heading read together: one pass of the chrome prefilter, not one a line.
    read.read_all([clean_line(line.text) for line in window if _may_be_heading(line)])
    headings = [line for line in window if _is_heading(line, hints.title, read)]
    before = [line for line in headings if line.index < block_start]
    if before and page_title:
        folded = _fold(page_title)
        named = [line for line in headings if _fold(clean_line(line.text)) in folded]
        if named and all(line.index >= block_start for line in named):
            # the <title> holds only a heading that opens the block: the headings before it are the
            # site's logo and a sidebar's ('最新动态' over its list of links), not the article's
            return named[0]
        if len(before) > 1:
            before = [line for line in before if line in named] or before
    if before:
        return max(before, key=lambda line: (line.owner.tag in _HEADINGS, line.index))
    return headings[0] if headings else None


def _may_be_heading(line: Line) -> bool:
    """Whether the line has a heading's length and is not mostly links (`_is_heading`'s first test)."""
    low, high = _TITLE_LENGTH
    return low <= len(line.text) <= high and line.link_density <= 0.5


def _is_heading(line: Line, title_hints: tuple[str, ...], read: LineReader) -> bool:
    if not _may_be_heading(line):
        return False
    if read(clean_line(line.text)).kind is not _TEXT_LINE:
        return False
    owner = line.owner
    if owner.tag in _HEADINGS:
        return True
    parent = owner.getparent()
    return _hinted(owner, title_hints) or (parent is not None and _hinted(parent, title_hints))


def _read_with_rules(root: etree._Element, page: PageText, rules: SiteRules, read: LineReader) -> _Article | None:
    selectors = rules.fields
    blocks = _select(root, selectors.body)
    if not blocks:
        return None
    lines = page.lines
    own = _lines_within(page, blocks)
    if not own:
        return None
    parents = {id(block.getparent()) for block in blocks}
    body_lines = _with_captions(lines, own, own, blocks[0]) if len(parents) == 1 else own
    cleaned = clean_lines(joined_at_breaks(body_lines, page.broken), read)
    date_text = _selected_text(root, selectors.date)
    editor = _selected_value(root, selectors.editor, "editor")
    selected = Byline(  # what the rules point at wins over bylines found in the text
        credited_source=_selected_value(root, selectors.credited_source, "credited_source"),
        editor=editor,
        editor_rank=0 if editor else Byline.editor_rank,
        stamp=find_stamp(date_text) if date_text else None,
    )
    selected.merge(cleaned.byline)
    cleaned.byline = selected
    title = _selected_text(root, selectors.title)
    title_line = None if title else _title_line(lines, own[0].index, read)
    return _Article(
        cleaned=cleaned,
        title=title or (clean_line(title_line.text) if title_line else None),
        nearby=_nearby(lines, own, title_line),
        block_start=own[0].index,
        blocks=blocks,
        lines=body_lines,
        **_header(lines, own, title_line),
    )


def _select(root: etree._Element, selector: str | None) -> list[etree._Element]:
    if not selector:
        return []
    try:
        return list(_css_selector(selector)(root))
    except Exception:  # cssselect raises several error types for a bad selector
        return []


@lru_cache(maxsize=256)
def _css_selector(selector: str) -> CSSSelector:
    """A site's selector compiled to XPath once, not on every page."""
    return CSSSelector(selector, translator="html")


def _selected_text(root: etree._Element, selector: str | None) -> str | None:
    found = _select(root, selector)
    return clean_line(_element_text(found[0])) or None if found else None


def _selected_value(root: etree._Element, selector: str | None, name: str) -> str | None:
    """A source/editor element's value: the labelled field when it reads as a byline
    ('来源：江西日报'), else its whole short text."""
    text = _selected_text(root, selector)
    if not text:
        return None
    byline = read_byline(text)
    if byline is not None:
        return getattr(byline, name)
    return text if len(text) <= 40 else None


def _read_with_trafilatura(markup: str, read: LineReader) -> _Article | None:
    try:
        import trafilatura
    except ImportError:  # optional fallback: absent or broken install
        return None
    try:
        extracted = trafilatura.extract(markup, include_comments=False, include_tables=True)
    except Exception:  # a fallback must never turn a readable page into a crash
        return None
    if not extracted:
        return None
    return _Article(cleaned=clean_lines(extracted.splitlines(), read))


def _bulletin(
    page: _Article,
    head: _Head,
    lines: list[Line],
    rules: SiteRules | None,
    read: LineReader,
    *,
    url: str | None,
    origin: str,
    markup: str,
    body: etree._Element | None = None,
) -> Bulletin:
    cleaned = page.cleaned
    nearby = clean_lines((line.text for line in page.nearby), read)
    cleaned.byline.merge(nearby.byline)
    cleaned.byline.merge(_inline_bylines(page.nearby, read))
    cleaned.byline.merge(_field_item_bylines(page.nearby))
    if page.above:  # read for its bylines only, after those below the headline
        cleaned.byline.merge(clean_lines((line.text for line in page.above), read).byline)
    header_stamp, account = _header_elements([*page.above, *page.header])
    if cleaned.byline.updated_only:  # a 'Last updated' at the foot: the day under the headline is the page's
        header_stamp = header_stamp or _bare_stamp(page.header, read)
    if header_stamp is not None and (cleaned.byline.stamp is None or cleaned.byline.updated_only):
        cleaned.byline.stamp, cleaned.byline.stamp_rank = header_stamp, 1
    if cleaned.byline.stamp is None:  # a government page's metadata table above the headline
        cleaned.byline.merge(_label_cell_bylines(lines[max(0, page.block_start - _BYLINE_REACH) : page.block_start]))
    if cleaned.byline.stamp is None:
        cleaned.byline.merge(_labelled_bylines(page.over, read))
    meta, zoned = _meta_byline(head)
    if _meta_stamp_is_better(meta.stamp, cleaned.byline.stamp, zoned=zoned):
        cleaned.byline.stamp = meta.stamp
    elif cleaned.byline.stamp is None:  # the time the page's script prints, else the head's day
        cleaned.byline.stamp = _script_stamp(markup)
        if meta.stamp is not None:
            meta.stamp = _day_only(meta.stamp)
    cleaned.byline.merge(meta)
    cleaned.byline.stamp = cleaned.byline.stamp or _url_stamp(url)
    cleaned.channel = cleaned.channel or nearby.channel or _channel_before(lines, page.block_start) or head.breadcrumb
    title = page.title or _meta_title(head)
    paragraphs = cleaned.paragraphs
    if title and paragraphs and _same_folded(paragraphs[0], title):
        paragraphs = paragraphs[1:]
    title = _without_tag(title) if title else title
    cleaned.channel = _without_headline(cleaned.channel, title)
    if not paragraphs:
        raise ParseError("no article text")
    tables = article_tables(page.blocks, page.lines, paragraphs) if has_table(page.blocks) else ()
    return bulletin_from(
        cleaned,
        PARAGRAPH_BREAK.join(paragraphs),
        url=url,
        source=rules.name if rules else None,
        language=_plausible_language([rules.language if rules else None, head.language], paragraphs),
        title=title,
        site_name=account or _site_of(head, title, body, lines),
        origin=origin,
        tables=tables or None,
    )


def _without_headline(channel: list[str], title: str | None) -> list[str]:
    """A breadcrumb ending in the article's own headline ('Home / News / <headline>'): the
    channel stops before it (corpus/GUIDE.md: without the final article title)."""
    if channel and title and _fold(channel[-1]) == _fold(title):
        return channel[:-1]
    return channel


def _inline_bylines(lines: list[Line], read: LineReader) -> Byline:
    """Bylines in the spans of a line that as a whole is not one: 'By Wang | Source: China
    Daily | Updated: 2023-09-25 10:21' next to share icons in the same block."""
    byline = Byline()
    owners = dict.fromkeys(line.owner for line in lines)  # lines of one block share its spans
    # Children filtered here: lxml sets a filter of several tags up anew on every call.
    texts = [clean_line(_element_text(piece)) for owner in owners for piece in owner if piece.tag in _INLINE_PIECES]
    for index in lines_with_labels(texts):  # the others hold no labelled field
        found = read.byline(texts[index]) if texts[index] else None  # an empty piece reads as nothing
        if found is not None and not found.bare:
            byline.merge(found)
    return byline


def _labelled_bylines(lines: list[Line], read: LineReader) -> Byline:
    """The labelled bylines among the lines right above the headline outside its container
    ('发布时间：02.07.2025' in a bar over it): a label says whose date it is, where a bare
    date there may be the site header's today's date."""
    byline = Byline()
    for line in lines:
        found = read.byline(clean_line(line.text))
        if found is not None and not found.bare:
            byline.merge(found)
    return byline


def _label_cell_bylines(lines: list[Line]) -> Byline:
    """The fields of a metadata table that puts each label in a cell of its own and its
    value in the next ('发布日期：' | '2025-08-15', the 信息公开 table of government
    pages): a label cell (ending in a colon, or a known label without one) and the value
    cell after it in the same row read as one byline field."""
    byline = Byline()
    for label, value in pairwise(lines):
        if label.owner.tag not in _CELLS or value.owner.tag not in _CELLS:
            continue
        name = clean_line(label.text)
        if len(name) > _MAX_LABEL or label.owner.getparent() is not value.owner.getparent():
            continue
        if not name.endswith(_COLONS):
            if not is_label(name):  # a label cell without its colon ('发布日期' | '2025-08-15')
                continue
            name += "："
        found = read_byline(name + clean_line(value.text))
        if found is not None and not found.bare:
            byline.merge(found)
    return byline


def _field_item_bylines(lines: list[Line]) -> Byline:
    """The fields a CMS prints as a label element and its value in the next one (Drupal's
    <div class="field__label">Source</div><div class="field__item">…</div>): a label element
    holding a known label, and the element right after it, read as one byline field."""
    byline = Byline()
    for label, value in pairwise(lines):
        classes = label.owner.get("class")  # most lines' elements have no class: told first
        if classes is None or _FIELD_LABEL not in classes.lower() or label.owner.getnext() is not value.owner:
            continue
        name = clean_line(label.text)
        if len(name) > _MAX_LABEL or not is_label(name):
            continue
        found = read_byline(name.rstrip(":：") + "：" + clean_line(value.text))
        if found is not None and not found.bare:
            byline.merge(found)
    return byline


def _url_stamp(url: str | None) -> Stamp | None:
    """The day a CMS wrote into the page's URL ('/202611/t20261117_33871234.html'), for a page
    that prints no date: a day only, as no time of day is shown."""
    if not url:
        return None
    path = url.split("?", 1)[0]
    for pattern in html_hints().url_dates:
        match = pattern.search(path)
        if match is None:
            continue
        try:
            day = dt.date(int(match["y"]), int(match["m"]), int(match["d"]))
        except ValueError:
            continue
        return Stamp(day=day, moment=None)
    return None


def _header_elements(lines: list[Line]) -> tuple[Stamp | None, str | None]:
    """The stamp in the header element whose class/id says it prints the page's date
    ('news-date': '12.06.2025 👁 1 284', WeChat's #publish_time), and the name in the one
    that names the publishing account (WeChat's nickname), from the header lines' own
    elements and their inline pieces."""
    hints = html_hints()
    stamp: Stamp | None = None
    account: str | None = None
    for owner in dict.fromkeys(line.owner for line in lines):
        for element in (owner, *(piece for piece in owner if piece.tag in _INLINE_PIECES)):
            dated = stamp is None and _hinted(element, hints.date)
            named = account is None and _hinted(element, hints.account)
            if not (dated or named):
                continue
            text = clean_line(_element_text(element))
            if not text or len(text) > _MAX_HEADER_ELEMENT:
                continue
            if dated:
                # its pieces apart: Xinhua prints year, day and time in spans of their own
                # ('<em>2026</em></span><span class="day"><em>11</em>/<em>12</em>' glues to '202611/12');
                # where only the time's span is hinted ('<span class="time">09:08:33</span>'), its
                # owner holds the year and the day beside it
                stamp = find_stamp(text) or find_stamp(_children_apart(element))
                if stamp is None and element is not owner:
                    stamp = find_stamp(_children_apart(owner))
            if named:
                account = text
    return stamp, account


def _bare_stamp(lines: list[Line], read: LineReader) -> Stamp | None:
    """The stamp of the first date line without a label among the header's lines (their
    readings are the ones the nearby lines were read with: nothing is read again)."""
    for line in lines:
        text = clean_line(line.text)
        reading = read(text) if text else None
        if reading is not None and reading.kind is _BYLINE_LINE and reading.byline.bare and reading.byline.stamp:
            return reading.byline.stamp
    return None


def _children_apart(element: etree._Element) -> str:
    """An element's text with a space between its children's: the pieces of a date printed
    in spans of their own read as one stamp ('2026 11/12 10:25:36', not '202611/1210:25:36')."""
    pieces = [element.text or "", *(f"{_element_text(child)} {child.tail or ''}" for child in element)]
    return clean_line(" ".join(pieces))


def _script_stamp(markup: str) -> Stamp | None:
    """The publication time a page script holds as a Unix time (WeChat's `var ct =
    "1745489160"`, printed into the page by the script): read only when the page shows
    no date, at Beijing time as every stamp without a zone."""
    match = _script_date_pattern().search(markup)
    if match is None:
        return None
    try:
        moment = dt.datetime.fromtimestamp(int(match.group(1)), BEIJING)
    except (OverflowError, OSError, ValueError):
        return None
    return Stamp(day=moment.date(), moment=moment)


@cache
def _script_date_pattern() -> re.Pattern[str]:
    names = "|".join(map(re.escape, html_hints().script_date_variables))
    return re.compile(rf"\b(?:var|let|const)\s+(?:{names})\s*=\s*[\"']?(\d{{10}})(?!\d)")


def _plausible_language(declared: list[str | None], paragraphs: list[str]) -> str | None:
    """The first declared language (source rule, then page) that the text's script does
    not contradict (a CMS may say zh-CN on its English pages); None leaves it to the
    language stage."""
    share = _chinese_share("".join(_opening_paragraphs(paragraphs, _LANGUAGE_SAMPLE))[:_LANGUAGE_SAMPLE])
    for language in declared:
        if (language == "zh" and share >= _CHINESE_SHARE) or (language == "en" and share < _CHINESE_SHARE):
            return language
    return None


def _chinese_share(sample: str) -> float:
    """The share of CJK among the CJK and Latin letters of `sample`: 0 without any CJK
    (an ASCII sample, most English text, told without a scan)."""
    if sample.isascii():
        return 0.0
    chinese, latin = _script_counts(sample)
    return chinese / max(chinese + latin, 1) if chinese else 0.0


def _script_counts(sample: str) -> tuple[int, int]:
    """How many of the characters are CJK ideographs, and how many Latin letters, by C passes
    over bytes (a numpy table lookup cost ~0.1 ms a Chinese page in place: its 64 KB table is
    cold after a page's parse). A UTF-16 code unit is CJK when its high byte is in `_CJK_HIGH`
    (a character past U+FFFF is two surrogates, in neither range); the Latin letters are the
    ASCII letters, counted among the ASCII characters."""
    high = sample.encode("utf-16-be", "surrogatepass")[::2]
    chinese = len(high) - len(high.translate(None, _CJK_HIGH))
    ascii_part = sample.encode("ascii", "ignore")
    return chinese, len(ascii_part) - len(ascii_part.translate(None, _ASCII_LETTERS))


# The high bytes of the UTF-16 code units `CJK` matches (U+3400-U+9FFF, U+F900-U+FAFF), and the ASCII letters.
_CJK_HIGH = bytes(high for low, top in _CJK_RANGES for high in range(low >> 8, (top >> 8) + 1))
_ASCII_LETTERS = bytes(code for low, top in _LATIN_RANGES for code in range(low, top + 1))


def _opening_paragraphs(paragraphs: list[str], length: int) -> list[str]:
    """The first paragraphs, as many as make `length` characters (not the whole text)."""
    total = 0
    for count, paragraph in enumerate(paragraphs, start=1):
        total += len(paragraph)
        if total >= length:
            return paragraphs[:count]
    return paragraphs


def _meta_byline(head: _Head) -> tuple[Byline, bool]:
    """The head's metadata as a byline, and whether its stamp names its own zone."""
    hints = html_hints()
    byline = Byline()
    zoned = False
    for key in hints.date_meta:
        value = head.meta.get(key)
        stamp = find_stamp(value) if value else None
        if stamp:
            byline.stamp, zoned = stamp, _ZONED_TIME.search(value or "") is not None
            break
    byline.credited_source = _first_meta(head, hints.source_meta)
    editor = _first_meta(head, hints.editor_meta)
    if editor:
        byline.editor, byline.editor_rank = editor, 50
    return byline, zoned


def _meta_stamp_is_better(meta: Stamp | None, page: Stamp | None, *, zoned: bool) -> bool:
    """A machine-readable stamp with its own zone beats the page's printed one only to
    give the printed time its zone: the same day and wall-clock time, read as Beijing
    time ('30.05.2025 15:20' on a Minsk page is 15:20+03:00). A head or `<time>` stamp
    is otherwise the CMS's record, not what the reader is shown: the printed stamp decides,
    and a printed day alone gives no time of day (GUIDE-zh)."""
    if not zoned or meta is None or meta.moment is None or page is None or page.moment is None:
        return False
    if page.day != meta.day:
        return False
    same_clock = page.moment.replace(tzinfo=None) == meta.moment.replace(tzinfo=None)
    return same_clock and meta.moment.utcoffset() != page.moment.utcoffset()


def _day_only(stamp: Stamp) -> Stamp:
    """A head stamp standing in for a page that prints none: its day dates the page, but
    its time of day is the CMS's record, which the reader is never shown (GUIDE-zh:
    `published_at` only from a time the page shows)."""
    return replace(stamp, moment=None) if stamp.moment is not None else stamp


def _first_meta(head: _Head, keys: Iterable[str]) -> str | None:
    for key in keys:
        value = clean_line(head.meta.get(key, ""))
        if value and len(value) <= 40:
            return value
    return None


def _channel_before(lines: list[Line], block_start: int) -> list[str]:
    return first_channel([clean_line(line.text) for line in lines[:block_start]])


def _meta_title(head: _Head) -> str | None:
    hints = html_hints()
    for key in hints.title_meta:
        if key in head.meta:
            return _without_site_name(clean_line(head.meta[key]), hints.title_separators) or None
    if head.title:
        return _without_site_name(clean_line(head.title), hints.title_separators) or None
    return None


def _without_tag(title: str) -> str:
    """'【热点】赣南医科大学与…签署合作备忘录' -> the headline without its promotion tag."""
    tag = html_hints().title_tag.match(title)
    if tag is None or len(title) - tag.end() < _TITLE_LENGTH[0]:
        return title
    return title[tag.end() :]


def _site_name(head: _Head, headline: str | None = None) -> str | None:
    """The site's own name: og:site_name, else the last part of the page title ('… | News | X'),
    or its first when the last is the headline ('浙江大学新闻网 - <headline>')."""
    # The organisation a JSON-LD article names as its publisher, before og:site_name, which
    # names the web site ('Ningbo Tech News' of 'NingboTech University').
    named = head.meta.get(_LD_PUBLISHER) or head.meta.get("og:site_name") or head.meta.get("application-name")
    if named:
        return clean_line(named) or None
    title = clean_line(head.title or "")
    # A bare '-' also ends Chinese titles ('…签署协议-景德镇陶瓷大学新闻网'); the publisher
    # stage keeps the part only when it names an institution.
    for separator in html_hints().title_separators:
        if separator in title:
            first, last = title.split(separator, 1)[0].strip(), title.rsplit(separator, 1)[1].strip()
            return _site_part(first, last, headline)
    hyphens = _separating_hyphens(title, headline)
    if hyphens:
        return _site_part(title[: hyphens[0]].strip(), title[hyphens[-1] + 1 :].strip(), headline)
    return _title_naming_the_site(title, headline)


def _separating_hyphens(title: str, headline: str | None) -> list[int]:
    """Where a bare '-' stands in the title outside the headline's own words: the headline's hyphens
    ('2026 Asia-Pacific Forum ...') separate nothing."""
    hyphens = [at for at, character in enumerate(title) if character == "-"]
    start = title.find(headline) if hyphens and headline else -1
    if start >= 0:
        end = start + len(headline)
        hyphens = [at for at in hyphens if not start <= at < end]
    return hyphens


def _site_part(first: str, last: str, headline: str | None) -> str | None:
    """Of a title cut in two, the part that names the site: the last, or the first when the last is
    the headline."""
    if headline and _fold(last) == _fold(headline) and first:
        return first
    return last or None


def _title_naming_the_site(title: str, headline: str | None) -> str | None:
    """A page title of one part that is not the headline nor a piece of it: the site's name
    (an English site of a Chinese university titles every page 'Jiangxi University of
    Finance and Economics'); the publisher stage keeps it only when it names an institution."""
    if not headline or not _LOGO_NAME[0] <= len(title) <= _LOGO_NAME[1]:
        return None
    folded, headline_folded = _fold(title), _fold(headline)
    if not folded or folded in headline_folded or headline_folded in folded:  # (the headline with a site glued on)
        return None
    return title


def _site_of(head: _Head, title: str | None, body: etree._Element | None, lines: list[Line]) -> str | None:
    """The site's name as `find_publisher` reads it: the head's, the logo's or the copyright
    owner's; for a site named after a unit of an institution, the institution's."""
    site = _with_owner(_site_name(head, title) or _logo(body), _copyright_owner(lines))
    institution = _institution_of_unit(site, body, lines) if site is not None and _names_a_unit(site) else None
    return institution or site


def _names_a_unit(site: str) -> bool:
    """Whether an English site's name is that of an institution's unit ('Office of …')."""
    return site.startswith(_unit_site_openings())


def _institution_of_unit(unit: str, body: etree._Element | None, lines: list[Line]) -> str | None:
    """The institution a unit's site belongs to: the name on its logo, else the one its
    copyright line gives after the unit ('Office of …, Jiangxi University of Science and
    Technology', '… of Bangor University')."""
    logo = _logo(body)
    if logo is not None and not _names_a_unit(logo) and _fold(logo) != _fold(unit):
        return logo
    for line in reversed(lines[-_FOOTER_LINES:]):
        at = line.text.find(unit) if len(line.text) <= _MAX_FOOTER else -1
        if at < 0:
            continue
        joint = _UNIT_OF.match(line.text, at + len(unit))
        if joint is not None:
            name = _OWNER_END.split(line.text[joint.end() :], maxsplit=1)[0].strip()
            if _LOGO_NAME[0] <= len(name) <= _LOGO_NAME[1]:
                return name
    return None


@cache
def _unit_site_openings() -> tuple[str, ...]:
    rows = (RULES / "chrome_unit_sites.txt").read_text(encoding="utf-8").splitlines()
    return tuple(row.strip() for row in rows if row.strip() and not row.startswith("#"))


def _logo(body: etree._Element | None) -> str | None:
    return _logo_name(body) if body is not None else None


def _with_owner(site: str | None, owner: str | None) -> str | None:
    """The site's name, else its copyright owner's; the owner's when it is the site's name in
    full ('国际合作与交流处' in the title, '华中科技大学国际合作与交流处' in the footer)."""
    if site is None or _fold(site) in _generic_site_names():  # '新闻网' names no one
        return owner or site
    if owner is not None and _only_an_acronym(site):  # 'SDJZU English' beside the owner's full name
        return owner
    if owner is not None and len(owner) > len(site) and owner.endswith(site):
        return owner or site
    return site


def _copyright_owner(lines: list[Line]) -> str | None:
    """The name a footer's copyright line gives the site's owner ('Copyright © 2026 Beijing
    Normal University. All Rights Reserved.' -> 'Beijing Normal University'), from the last lines."""
    return copyright_owner_of([line.text for line in lines[-_FOOTER_LINES:]])


def copyright_owner_of(footer: list[str]) -> str | None:
    """`_copyright_owner` of a page's last lines as text (a TXT page's footer too)."""
    pattern = _copyright_pattern()
    for index in reversed(_lines_with_copyright_marks(footer)):
        text = footer[index]
        found = pattern.search(text) if len(text) <= _MAX_FOOTER else None
        if found is None:
            continue
        name = _OWNER_END.split(found.group("rest"), maxsplit=1)[0].strip(" \u3000\xa0:：")
        # the name before the mark when none follows it ('浙江大学 版权所有', 'Nanchang University © 2026')
        if not any(map(str.isalpha, name)):
            name = _name_before_mark(text[: found.start()])
        if _starts_han(name):  # a Chinese name holds no space
            name = name.split()[0]
        if _LOGO_NAME[0] <= len(name) <= _LOGO_NAME[1] and not name[0].isdigit():
            return name
    return None


def _name_before_mark(before: str) -> str:
    """The owner's name right before a copyright mark: a Chinese name is the last word, an
    English one the words after the last bar, full stop or wide gap ('Address | Bangor University')."""
    words = before.split()
    if not words:
        return ""
    if _starts_han(words[-1]):
        return words[-1]
    return _OWNER_END.split(before)[-1].strip(" \u3000\xa0:：")


def _starts_han(text: str) -> bool:
    return _HAN[0] <= text[:1] <= _HAN[1]


def _only_an_acronym(site: str) -> bool:
    """Whether the site's name is an acronym and words that name no one ('SDJZU English',
    'NBUT News'): the copyright line's full name is the one a reader takes."""
    named = [word for word in site.split() if _fold(word) not in _generic_site_names()]
    return len(named) == 1 and _ACRONYM.fullmatch(named[0]) is not None


@cache
def _generic_site_names() -> frozenset[str]:
    rows = (RULES / "generic_site_names.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(_fold(row) for row in rows if row and not row.startswith("#"))


def _lines_with_copyright_marks(texts: list[str]) -> Sequence[int]:
    """The positions of the lines that may hold a copyright line (each match opens with a mark), from one
    literal scan of them all: the case-insensitive pattern, which opens with letters, has no first
    characters for the regex engine to skip by, and tries every place of every line."""
    literals = _copyright_literals()
    return range(len(texts)) if literals is None else literals.lines_holding(texts)


@cache
def _copyright_marks() -> tuple[str, ...]:
    rows = (RULES / "copyright_marks.txt").read_text(encoding="utf-8").splitlines()
    return tuple(row for row in rows if row and not row.startswith("#"))


@cache
def _copyright_literals() -> Literals | None:
    try:
        return Literals(_copyright_marks())
    except ValueError:  # a mark no literal scan finds for sure (letter case past ASCII): no shortcut
        return None


@cache
def _copyright_pattern() -> re.Pattern[str]:
    mark = "|".join(map(re.escape, sorted(_copyright_marks(), key=len, reverse=True)))
    # the marks, colons and years before the name ('Copyright © 2008-2026 ', '版权所有：')
    # (the rest may be empty: a mark closing the line, 'Bangor University ©', '华东交通大学 版权所有')
    return re.compile(rf"(?:{mark})(?:[\s:：©]|\(c\)|\d{{4}}(?:\s*[-–—]\s*\d{{4}})?)*(?P<rest>.*)", re.IGNORECASE)


def _logo_name(body: etree._Element) -> str | None:
    """The name on the site's logo, when the page title names no site: the text of the first
    image of the page when it links home (<a href="/"><img alt="Glasgow College, UESTC">)."""
    image = next(body.iter("img"), None)
    if image is None:
        return None
    link = image.getparent()
    if link is None or link.tag != "a" or _HOME_LINK.match(link.get("href") or "#") is None:
        return None
    name = clean_line(image.get("alt") or "")
    return name if _LOGO_NAME[0] <= len(name) <= _LOGO_NAME[1] else None


def _without_site_name(title: str, separators: tuple[str, ...]) -> str:
    """'江西成立中外合作办学联盟 - 新华网' -> the part before the site's name."""
    for separator in separators:
        if separator in title:
            first = title.split(separator)[0].strip()
            if len(first) >= _TITLE_LENGTH[0]:
                return first
    return title


def _element_text(element: etree._Element) -> str:
    # libxml2's text serialisation is `"".join(element.itertext())` made in C, several
    # times cheaper than lxml's text iterator; an element without children (most pieces
    # and links) holds just its own text.
    if not len(element):
        text = element.text or ""
    else:
        text = etree.tostring(element, method="text", encoding="unicode", with_tail=False)
    if "  " not in text and text.isprintable():  # its only white space is single spaces
        return text.strip()
    return _WHITE_SPACE.sub(" ", text).strip()


def _same_folded(text: str, other: str) -> bool:
    """`_fold(text) == _fold(other)`, without folding the whole of a long `text` (a first paragraph
    against the headline, ~2% of a page's reading): characters fold one by one, so the folding of
    `text`'s start is the start of its folding, and one that `other`'s folding does not start with
    settles it."""
    folded = _fold(other)
    return folded.startswith(_fold(text[: len(folded) + 1])) and _fold(text) == folded


def _fold(text: str) -> str:
    return _FOLD.sub("", text).casefold()
