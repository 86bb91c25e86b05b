"""TXT bulletins (a page's text as copied or saved), and the line cleaning that HTML
pages share: chrome lines become metadata or are dropped, the rest is the article.

Every non-empty line that is article text is one paragraph; paragraphs are joined by
a blank line. Indentation (spaces, full-width and em spaces, &nbsp;) is stripped; the
words themselves are kept exactly as written, since every evidence offset downstream
points into the text.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from pipeline.bulletin import Bulletin
from pipeline.parse import ParseError
from pipeline.parse.chrome import Byline, LineKind, LineReader, read_byline

PARAGRAPH_BREAK = "\n\n"
_INDENT = " \t\r\n\f\v\u3000\xa0\u200b\u202f\u205f\ufeff" + "".join(map(chr, range(0x2000, 0x200B)))
# A title is a heading: short, and not ended like a sentence.
_MAX_TITLE = 200
_MAX_SITE_NAME = 40
_SENTENCE_FINAL = ("。", "！", "？", ".", "!", "?", "…", ";", "；", ":", "：")
_CLOSING = (")", "）")
_MAX_TRAILING_BYLINE = 40  # characters of a bracketed credit glued to a paragraph's end ('（责编：王芳）')
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# The line kinds, read from the enum once: a member read from its class runs Python code
# (an enum descriptor, ~0.35 us on Python 3.11), and each line is told by a few of them.
_TEXT, _BYLINE, _BREADCRUMB, _END = LineKind.TEXT, LineKind.BYLINE, LineKind.BREADCRUMB, LineKind.END


@dataclass
class CleanText:
    """The article paragraphs of some lines, and the metadata their chrome gave."""

    paragraphs: list[str] = field(default_factory=list)
    byline: Byline = field(default_factory=Byline)
    channel: list[str] = field(default_factory=list)
    banner: list[str] = field(default_factory=list)  # the site's name and banner above its breadcrumb

    @property
    def text(self) -> str:
        return PARAGRAPH_BREAK.join(self.paragraphs)


def clean_line(line: str) -> str:
    """A line without its indentation; a stray &nbsp; inside it becomes a space."""
    # Stripped first: a Chinese paragraph's indentation (U+3000) is not printable, so testing the
    # whole line sent a third of Chinese lines through the regex. A printable rest holds no control
    # character nor &nbsp;, and the ends stripped held only indentation: it is the answer.
    stripped = line.strip(_INDENT)
    if stripped.isprintable():
        return stripped
    return _CONTROL.sub("", line).strip(_INDENT).replace("\xa0", " ")


def clean_lines(lines: Iterable[str], read: LineReader | None = None) -> CleanText:
    """Split lines into article paragraphs and chrome (read as metadata or dropped).

    After a heading such as "相关新闻" or "下一篇:" nothing is article text any
    more, but bylines there (often "责任编辑:…" under the links) are still read.
    A bare day ('2025年11月17日') once the article is under way is text: the date a
    notice is signed, not the page's stamp. Short lines above the breadcrumb are the
    site's banner, not the article. `read`: the page's `LineReader` (the lines are read
    together, each distinct line once a page); by default one for these lines.
    """
    result = CleanText()
    ended = False
    cleaned = [line for line in map(clean_line, lines) if line]
    for line, reading in zip(cleaned, (read or LineReader()).read_all(cleaned), strict=True):
        kind = reading.kind
        if kind is _BYLINE and reading.byline.bare_day and len(result.paragraphs) > 1:
            kind = _TEXT
        if kind is _TEXT and not ended:
            if line[-1] in _CLOSING:
                line = _without_trailing_byline(line, result.byline)
            if line:
                result.paragraphs.append(line)
        elif kind is _BYLINE:
            result.byline.merge(reading.byline)
        elif kind is _BREADCRUMB and not result.channel:
            result.channel = list(reading.channel)
            if all(looks_like_title(paragraph) for paragraph in result.paragraphs):
                result.banner = result.paragraphs[:]  # the site's name and banner above its breadcrumb
                result.paragraphs.clear()
        elif kind is _END and result.paragraphs:
            ended = True
    return result


def _without_trailing_byline(line: str, byline: Byline) -> str:
    """'……提升学院的国际化水平。（责编：王芳）' -> '……提升学院的国际化水平。', 王芳 merged into `byline`: a
    bracketed byline with a labelled field glued to the end of a paragraph (an editor's or source's credit
    the site appends to the last one) is metadata. A bracket without a label ('（2026年11月3日）') stays."""
    opening = max(line.rfind("("), line.rfind("（"))
    if opening <= 0 or len(line) - opening > _MAX_TRAILING_BYLINE:
        return line
    found = read_byline(line[opening:])
    if found is None or found.bare:
        return line
    byline.merge(found)
    return line[:opening].rstrip(_INDENT)


def looks_like_title(line: str) -> bool:
    return len(line) <= _MAX_TITLE and not line.endswith(_SENTENCE_FINAL)


def parse_text(text: str, *, origin: str = "") -> Bulletin:
    """A TXT bulletin: chrome lines (breadcrumb, date line, 来源, 【责任编辑:…】) become
    metadata, the first heading-like line is the title, the rest is the text.

    Raises ParseError when no article text is left.
    """
    cleaned = clean_lines(unwrapped(text.splitlines()))
    paragraphs = cleaned.paragraphs
    title = None
    if len(paragraphs) > 1 and looks_like_title(paragraphs[0]):
        title, paragraphs = paragraphs[0], paragraphs[1:]
    if not paragraphs:
        raise ParseError("no article text")
    # A copied page opens with the site's name ('九江学院新闻网') above its breadcrumb.
    site_name = cleaned.banner[0] if cleaned.banner and len(cleaned.banner[0]) <= _MAX_SITE_NAME else None
    site_name = site_name or cleaned.byline.account or _copyright_owner(text)
    return bulletin_from(cleaned, PARAGRAPH_BREAK.join(paragraphs), title=title, origin=origin, site_name=site_name)


_WRAPPED_ZH_MIN = 30  # characters of a Chinese line read as hard-wrapped body text (titles are shorter)
# An English page hard-wrapped at a width: no line longer than the widest, several lines of text at least
# the narrowest long that end no sentence (a page of one paragraph a line has lines far longer).
_WRAP_NARROWEST, _WRAP_WIDEST, _WRAPPED_LINES_MIN = 55, 100, 3
_LABEL = re.compile(r"[A-Z][\w ]{0,20}:")  # "Source:", "Editor :": a line of its own, never a wrapped one's rest


def unwrapped(lines: list[str]) -> list[str]:
    """The lines with each hard-wrapped one joined to the next (no blank line between them): an English
    line ending in a word that ends no sentence (`wrapped_line_ends.txt`: "East China University of" /
    "Technology signed ..."), or, on a page hard-wrapped at a width, a long line ending no sentence
    ("Dean of Tongji Medical" / "College of HUST"), with a space; a long Chinese line of body text (a ，
    in it) ending in a Han character right before a line opening with one (…与东华理工 / 大学签署…), with
    nothing. The first line (the title) is never joined to the next."""
    if len(lines) < 2:
        return lines
    ends, at_width = _wrapped_line_ends(), _wrapped_at_a_width(lines)
    joined: list[str] = []
    written = ""  # the last line as written (before any joining)
    for line in lines:
        previous = joined[-1].rstrip() if len(joined) > 1 else ""  # (joined[0]: the first line written)
        opening = line.lstrip(_INDENT)
        if previous and opening:
            last_word = previous[previous.rfind(" ") + 1 :]
            if last_word in ends or (at_width and _wrapped_at_width(written.rstrip(), opening)):
                joined[-1] = f"{previous} {opening}"
                written = line
                continue
            if _wrapped_zh(previous, opening):
                joined[-1] = previous + opening
                written = line
                continue
        if opening or joined:
            joined.append(line)
        written = line
    return joined


def _wrapped_at_a_width(lines: list[str]) -> bool:
    """Whether the page's lines are hard-wrapped at a width (English text)."""
    long_open = 0
    for line in lines:
        size = len(line.rstrip())
        if size > _WRAP_WIDEST:
            return False
        if size >= _WRAP_NARROWEST and not line.rstrip().endswith(_SENTENCE_FINAL):
            long_open += 1
    return long_open >= _WRAPPED_LINES_MIN


def _wrapped_at_width(written: str, opening: str) -> bool:
    return (
        len(written) >= _WRAP_NARROWEST
        and not written.endswith(_SENTENCE_FINAL)
        and opening[:1].isalpha()
        and _LABEL.match(opening) is None
    )


def _wrapped_zh(previous: str, opening: str) -> bool:
    return len(previous) >= _WRAPPED_ZH_MIN and _is_han(previous[-1]) and _is_han(opening[0]) and "，" in previous


def _is_han(char: str) -> bool:
    return "\u4e00" <= char <= "\u9fff"


@functools.cache
def _wrapped_line_ends() -> frozenset[str]:
    from pipeline.rules import word_list

    return frozenset(word_list("en", "wrapped_line_ends.txt"))


def bulletin_from(cleaned: CleanText, text: str, **fields: object) -> Bulletin:
    """A Bulletin of `text` with the metadata `cleaned` read; `fields` add or override."""
    stamp = cleaned.byline.stamp
    values: dict[str, object] = {
        "text": text,
        "credited_source": cleaned.byline.credited_source,
        "editor": cleaned.byline.editor,
        "published": stamp.day if stamp else None,
        "published_at": stamp.moment if stamp else None,
        "channel": cleaned.channel,
    }
    values.update({key: value for key, value in fields.items() if value is not None})
    return Bulletin(**values)


# A line broken by a single <br> inside a paragraph (a CMS that hard-wraps: "...signed with the University
# of<br>Nottingham on ...", "江西师范大学与英国诺丁汉<br>大学签署...") is joined to the next by the rules the
# .txt lines are joined by, only where the break falls inside a sentence. A poem's or an address's lines are
# short; a byline's or a list's lines open with a label or a marker.
_BREAK_EN_MIN = 30  # characters of an English line broken inside a sentence (a poem's lines are shorter)
_BREAK_ZH_MIN = 16  # characters of a Chinese line with a ， broken inside a sentence (a poem's lines are shorter)
_BREAK_ZH_NAME_MIN = 6  # characters of a Chinese line before one opening with a name's head word (大学签署…)
# A line of its own: a byline's label ("Source:", "责任编辑：") or a list item's marker ("2.", "（二）", "三、", "•").
_OWN_LINE = re.compile(
    r"[A-Z][\w ]{0,20}:|[\u4e00-\u9fff]{1,6}[:：]"
    r"|\d{1,2}[.、)）]|[（(][\d一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,3}、|[•·*\-–—]"
)


def joined_at_breaks(lines: list, broken: dict) -> list[str]:
    """The texts of `lines` (`blocks.Line`s, in page order), each one a single <br> ended (`broken`:
    position -> that <br>) joined to the next line of the same block where the break falls inside a
    sentence: with a space in English, with nothing in Chinese. Without a <br> ending a line (most
    pages) the texts as they are."""
    texts = [line.text for line in lines]
    if not broken:
        return texts
    joined: list[str] = []
    before = None  # the last line read, when a single <br> ended it
    for line, text in zip(lines, texts, strict=True):
        if before is not None and line.index == before.index + 1 and line.owner is before.owner:
            previous, opening = joined[-1].rstrip(_INDENT), text.strip(_INDENT)
            space = _break_space(previous, opening)
            if space is not None:
                joined[-1] = previous + space + opening
                before = _single_break(line, broken)
                continue
        joined.append(text)
        before = _single_break(line, broken)
    return joined


def _single_break(line, broken: dict):
    """`line` if a single <br> ended it, else None (no <br>, or a second one right after: a blank line)."""
    br = broken.get(line.index)
    if br is None:
        return None
    following = br.getnext()
    if following is not None and following.tag == "br" and not (br.tail or "").strip():
        return None
    return line


def _break_space(previous: str, opening: str) -> str | None:
    """What joins two lines a <br> parted inside a sentence (" " or ""), or None: they stay apart."""
    if not previous or not opening or previous.endswith(_SENTENCE_FINAL):
        return None
    # The words first (most breaks end a line no sentence goes on from), the line's label or marker last.
    last = previous[-1]
    if last.isascii():
        if len(previous) < _BREAK_EN_MIN or previous[previous.rfind(" ") + 1 :] not in _wrapped_line_ends():
            return None
        space = " "
    elif _is_han(last) and _is_han(opening[0]):
        if not (
            (len(previous) >= _BREAK_ZH_MIN and "，" in previous)
            or (len(previous) >= _BREAK_ZH_NAME_MIN and opening.startswith(_zh_name_heads()))
        ):
            return None
        space = ""
    else:
        return None
    if _OWN_LINE.match(previous) is not None or _OWN_LINE.match(opening) is not None:
        return None
    return space


@functools.cache
def _zh_name_heads() -> tuple[str, ...]:
    """Head words that end an institution's name (大学, 学院 …): a line opening with one after a line ending
    in a Han character goes on with the name the break cut (英国诺丁汉<br>大学)."""
    from pipeline.rules import word_table

    return tuple(word_table("zh", "institution_heads.tsv"))


_FOOTER_LINES = 12  # a copied page's last lines, where its copyright line sits


def _copyright_owner(text: str) -> str | None:
    """The site's owner a copied page's copyright line names ('版权所有 © 喀什大学'), as an HTML page's
    footer gives it, when no banner named the site."""
    from pipeline.parse.html import copyright_owner_of  # (here: the HTML parser imports this module)

    lines = [line.strip() for line in text.splitlines()[-_FOOTER_LINES * 2 :] if line.strip()]
    return copyright_owner_of(lines[-_FOOTER_LINES:])
