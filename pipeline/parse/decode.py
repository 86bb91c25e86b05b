"""Bytes to text for pages in any charset (UTF-8, GBK/GB2312/GB18030, Big5, ...).

Sites lie: a GBK page may say UTF-8 in its header or meta, or say nothing. So the
declared charsets are candidates, tried strictly in order of trust, and a
statistical guess is the last resort.
"""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]+)""", re.IGNORECASE)
_XML_ENCODING = re.compile(rb"""<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_\-.]+)""", re.IGNORECASE)
_BOMS = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))

# Labels widened to the superset that real pages actually use.
_WIDER = {"gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "gb_2312-80": "gb18030",
          "big5": "big5hkscs", "x-x-big5": "big5hkscs", "ascii": "utf-8", "us-ascii": "utf-8",
          "iso-8859-1": "cp1252", "latin-1": "cp1252"}


class UndecodableError(ValueError):
    """The bytes are not text in any charset we can name."""


def normalise_charset(label: str | None) -> str | None:
    """A Python codec name for a declared charset label, or None when unknown."""
    if not label:
        return None
    label = label.strip().strip("\"'").lower()
    label = _WIDER.get(label, label)
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def declared_charsets(data: bytes, header_charset: str | None = None) -> list[str]:
    """Charsets the page names for itself: BOM, then meta/XML declaration, then HTTP header."""
    found: list[str | None] = []
    for bom, name in _BOMS:
        if data.startswith(bom):
            found.append(name)
    head = data[:4096]
    for pattern in (_META_CHARSET, _XML_ENCODING):
        match = pattern.search(head)
        if match:
            found.append(normalise_charset(match.group(1).decode("ascii", "ignore")))
    found.append(normalise_charset(header_charset))
    unique: list[str] = []
    for name in found:
        if name and name not in unique:
            unique.append(name)
    return unique


def looks_binary(data: bytes) -> bool:
    """NUL bytes in the first KB: an image, an archive, a PDF - not a page."""
    sample = data[:1024]
    return b"\x00" in sample and not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))


def decode_bytes(data: bytes, header_charset: str | None = None) -> tuple[str, str]:
    """Decode a page; returns (text, codec used). Raises UndecodableError.

    Declared charsets are tried strictly first (a GBK page labelled UTF-8 fails
    strict UTF-8 and falls through), then UTF-8 and GB18030, which cover most
    Chinese sites, then charset-normalizer's guess.
    """
    if not data.strip():
        raise UndecodableError("empty file")
    if looks_binary(data):
        raise UndecodableError("binary content, not text")
    for codec in [*declared_charsets(data, header_charset), "utf-8", "gb18030"]:
        try:
            text = data.decode(codec)
        except (UnicodeDecodeError, LookupError):
            continue
        return text.lstrip("\ufeff"), codec
    best = from_bytes(data).best()
    if best is None:
        raise UndecodableError("no charset decodes it")
    return str(best).lstrip("\ufeff"), best.encoding
