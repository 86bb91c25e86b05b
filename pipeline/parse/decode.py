"""Bytes to text for pages in any charset (UTF-8, GBK/GB2312/GB18030, Big5, ...).

Sites lie: a GBK page may say UTF-8 in its header or meta, or say nothing; a Big5
page without a declaration decodes without error as GB18030, into garbage. So:

1. a byte-order mark is believed;
2. bytes that are valid UTF-8 (and not plain ASCII) are UTF-8, whatever the page says:
   text in a legacy Chinese charset practically never forms valid UTF-8;
3. declared charsets (meta, XML declaration, HTTP header) are tried strictly, and a
   Chinese one must also give plausible Chinese (see `_commonness`);
4. undeclared (or wrongly declared) Chinese bytes are decoded as GB18030 and as Big5,
   and the reading with more common characters wins;
5. charset-normalizer's guess, then the least damaged lenient reading, come last.
"""

from __future__ import annotations

import codecs
import re
from functools import cache

import numpy as np

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]+)""", re.IGNORECASE)
_NOT_SPACE = re.compile(rb"[^ \t\n\r\x0b\x0c]")  # what `bytes.strip` keeps
_XML_ENCODING = re.compile(rb"""<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_\-.]+)""", re.IGNORECASE)
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# Labels widened to the superset that real pages actually use.
_WIDER = {
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "x-gbk": "gb18030",
    "gb_2312-80": "gb18030",
    "cp936": "gb18030",
    "euc-cn": "gb18030",
    "big5": "big5hkscs",
    "x-x-big5": "big5hkscs",
    "cp950": "big5hkscs",
    "ascii": "utf-8",
    "us-ascii": "utf-8",
    "iso-8859-1": "cp1252",
    "latin-1": "cp1252",
    "latin1": "cp1252",
}
_CHINESE_CODECS = ("gb18030", "big5hkscs")
_WESTERN = ("cp125", "iso8859", "latin", "mac")
# The ideographs Chinese text is mostly made of. Compiled once for the parse stage (a class this wide
# costs ~3 ms to compile): `pipeline.parse.html` reads it too.
CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_SAMPLE_CHARS = 3000
_PLAUSIBLE = 0.8  # share of common characters that real Chinese text easily exceeds
_MAX_DAMAGE = 0.01  # share of undecodable characters a lenient reading may have
_MAX_DAMAGE_CHARS = 3  # ... or this many, in a short text
_STRETCH_GAP = 256  # non-ASCII bytes closer than this are decoded in one stretch


# Every byte but the control bytes a text file does not hold (NUL-BS, SO-US but ESC).
_NOT_CONTROL = bytes(byte for byte in range(256) if not (byte < 9 or (13 < byte < 32 and byte != 27)))


_CONTROL_CHARACTER = re.compile("[\x00-\x08\x0e-\x1f\x7f]")


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
    """Charsets the page names for itself: meta/XML declaration, then HTTP header."""
    found: list[str | None] = []
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
    """NUL or other control bytes in the first KB: an image, an archive, a PDF."""
    sample = data[:1024]
    if sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return False
    controls = len(sample.translate(None, _NOT_CONTROL))
    return b"\x00" in sample or controls > len(sample) // 20


def decode_bytes(data: bytes, header_charset: str | None = None) -> tuple[str, str]:
    """Decode a page or text file; returns (text, codec used). Raises UndecodableError."""
    if _NOT_SPACE.search(data) is None:  # `not data.strip()`, without copying the page
        raise UndecodableError("empty file")
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec).lstrip("\ufeff"), codec
            except UnicodeDecodeError:
                break
    if looks_binary(data):
        if (wide := _utf16_without_bom(data)) is not None:
            return wide
        raise UndecodableError("binary content, not text")
    if data.isascii():
        return data.decode("ascii"), "ascii"
    text = _strict(data, "utf-8")
    if text is not None:
        return text.lstrip("\ufeff"), "utf-8"
    # A Chinese codec's strict reading, kept: a declared one that reads as implausible Chinese is
    # read again among the guesses (a GB page with rare characters early: 6 of 48 bench pages).
    chinese: dict[str, str | None] = {}
    for codec in declared_charsets(data, header_charset):
        text = _strict(data, codec)
        if codec in _CHINESE_CODECS:
            chinese[codec] = text
        if text is not None and (codec not in _CHINESE_CODECS or _commonness(text, codec) >= _PLAUSIBLE):
            return text, codec
    return _guess(data, chinese)


def _utf16_without_bom(data: bytes) -> tuple[str, str] | None:
    """UTF-16 text saved without its byte-order mark (a page or file some Windows tool wrote),
    which looks binary for its NUL bytes: an ASCII character's second byte (little-endian) or
    first (big-endian) is NUL, and markup and Latin text are mostly ASCII, Chinese text partly.
    Read strictly, with no control characters but whitespace in its first 512; else None."""
    sample = data[:1024]
    pairs = len(sample) // 2
    if pairs < 8 or len(data) % 2:
        return None
    nul_even, nul_odd = sample[0::2].count(0), sample[1::2].count(0)
    least = max(8, pairs // 8)  # Chinese text has its ASCII too: line ends, digits, spaces
    # (the other byte is NUL in a few Chinese characters too: U+3000, the ideographic space, U+4E00 一)
    if nul_odd >= least and nul_odd >= 4 * nul_even:
        codec = "utf-16-le"
    elif nul_even >= least and nul_even >= 4 * nul_odd:
        codec = "utf-16-be"
    else:
        return None
    try:
        text = data.decode(codec)
    except UnicodeDecodeError:
        return None
    if _CONTROL_CHARACTER.search(text, 0, 512):
        return None
    return text, codec


def _guess(data: bytes, chinese_readings: dict[str, str | None] | None = None) -> tuple[str, str]:
    """The best reading of bytes no declared charset reads plausibly; `chinese_readings`: the
    strict readings (None: it fails) already made with the Chinese codecs."""
    chinese = _best_chinese_reading(data, chinese_readings or {})
    if chinese is not None:
        return chinese
    # imported here: few pages get this far, and the import costs a start ~35 ms
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is not None and best.encoding:
        if best.encoding.startswith(_WESTERN) and (text := _strict(data, "cp1252")) is not None:
            return text, "cp1252"  # the single-byte guesses are near-ties; Western pages are cp1252
        return str(best).lstrip("\ufeff"), best.encoding
    return _least_damaged(data)


def _best_chinese_reading(data: bytes, known: dict[str, str | None]) -> tuple[str, str] | None:
    """GB18030 or Big5, whichever reads as more plausible Chinese; a reading with a
    few broken bytes (a bad copy) counts when the rest is plainly Chinese. `known`: strict
    readings already made, by codec."""
    strict = [(known[codec] if codec in known else _strict(data, codec), codec) for codec in _CHINESE_CODECS]
    readings = [(text, codec) for text, codec in strict if text is not None]
    if not readings:
        readings = [
            (text, codec) for codec in _CHINESE_CODECS if _damage_is_small(text := data.decode(codec, errors="replace"))
        ]
    scored = [(_commonness(text, codec), text, codec) for text, codec in readings if CJK.search(text)]
    if not scored:
        return None
    score, text, codec = max(scored, key=lambda reading: reading[0])
    return (text, codec) if score >= _PLAUSIBLE / 2 else None


def _least_damaged(data: bytes) -> tuple[str, str]:
    """A page with a few broken bytes (a bad copy) still reads, when the damage is small."""
    readings = [(data.decode(codec, errors="replace"), codec) for codec in ("utf-8", *_CHINESE_CODECS)]
    text, codec = min(readings, key=lambda reading: reading[0].count("\ufffd"))
    if not _damage_is_small(text):
        raise UndecodableError("no charset decodes it")
    return text.lstrip("\ufeff"), codec


def _damage_is_small(text: str) -> bool:
    return text.count("\ufffd") <= max(_MAX_DAMAGE_CHARS, len(text) * _MAX_DAMAGE)


def _strict(data: bytes, codec: str) -> str | None:
    try:
        if codec in _CHINESE_CODECS:
            return _decode_by_stretches(data, codec)
        return data.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None


def _decode_by_stretches(data: bytes, codec: str) -> str:
    """`data.decode(codec)` for GB18030 or Big5, the codec run only on the stretches of
    the page that hold non-ASCII bytes: it costs as much a byte of ASCII markup as of
    Chinese, several times what ASCII's own decoding does, and a page is mostly markup.

    A stretch runs from the '<' before a non-ASCII byte to the '<' after one (those
    closer than `_STRETCH_GAP` share one). '<' is never part of a multi-byte character
    in either codec (not a lead byte, nor a trailing one), so a valid page is cut only
    between characters, and both codecs read each character alone (no shift state):
    the pieces decode to the whole's text, and an invalid page fails in one of them."""
    codes = np.frombuffer(data, dtype=np.uint8)
    high = np.flatnonzero(codes >= 0x80)
    if not high.size:
        return data.decode("ascii")  # what both codecs make of ASCII bytes
    apart = np.flatnonzero(np.diff(high) > _STRETCH_GAP)
    firsts = [int(high[0]), *high[apart + 1].tolist()]  # each stretch's first and last non-ASCII byte
    lasts = [*high[apart].tolist(), int(high[-1])]
    pieces: list[str] = []
    done = 0
    # A page has a few stretches: the '<' around each found by `bytes.find`, not by arrays of all of them.
    for first, last in zip(firsts, lasts, strict=True):
        # From the last '<' before the stretch (the page's start without one), or from the last
        # stretch's end, when they widened into each other; to the first '<' after it, or the end.
        start = max(data.rfind(b"<", done, first), done)
        end = data.find(b"<", last + 1)
        end = len(data) if end < 0 else end
        if end <= start:
            continue
        pieces.append(data[done:start].decode("ascii"))  # between stretches: ASCII only
        pieces.append(data[start:end].decode(codec))
        done = end
    pieces.append(data[done:].decode("ascii"))
    return "".join(pieces)


def _commonness(text: str, codec: str) -> float:
    """Share of the Chinese characters that are common ones *in that charset*: level 1
    of GB2312 (0xB0A1-0xD7FE) for the GB family, level 1 of Big5 (0xA440-0xC67E) for
    Big5. Real text scores ~0.95+; Big5 bytes read as GB18030 (or the reverse) give
    rare characters and score low. 1.0 when there are no Chinese characters.
    The sample's code points are looked up in one array pass, not character by character."""
    codes = np.frombuffer(text[: _SAMPLE_CHARS * 4].encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    chinese = codes[_is_cjk(codes)][:_SAMPLE_CHARS]
    if not chinese.size:
        return 1.0
    return int(np.count_nonzero(_common_table(codec)[chinese])) / len(chinese)


def _is_cjk(codes: np.ndarray) -> np.ndarray:
    """Which code points `CJK` matches."""
    return ((codes >= 0x3400) & (codes <= 0x9FFF)) | ((codes >= 0xF900) & (codes <= 0xFAFF))


@cache
def _common_table(codec: str) -> np.ndarray:
    """`_is_common` of every code point `CJK` admits, indexed by code point: worked out once
    per process and codec, from the few thousand byte pairs of the charset's level 1 decoded
    (not each of the ~28,000 code points encoded: a tenth of the time)."""
    charset, pairs = _level_one(codec)
    table = np.zeros(0xFB00, dtype=bool)
    for pair in pairs:
        try:
            char = pair.decode(charset)
        except UnicodeDecodeError:  # a pair the level leaves unassigned
            continue
        if len(char) == 1 and CJK.match(char):
            table[ord(char)] = True
    return table


def _level_one(codec: str) -> tuple[str, list[bytes]]:
    """The charset `_is_common` encodes with for `codec`, and the byte pairs of its level 1
    (assigned or not): GB2312's lead bytes 0xB0-0xD7, Big5's 0xA440-0xC67E."""
    if codec == "gb18030":
        return "gb2312", [bytes((lead, trail)) for lead in range(0xB0, 0xD8) for trail in range(0xA1, 0xFF)]
    trails = [*range(0x40, 0x7F), *range(0xA1, 0xFF)]
    pairs = [bytes((lead, trail)) for lead in range(0xA4, 0xC7) for trail in trails]
    return "big5", [pair for pair in pairs if 0xA440 <= int.from_bytes(pair, "big") <= 0xC67E]


def _is_common(char: str, codec: str) -> bool:
    """Whether `char` is in level 1 of the charset (what `_common_table` holds)."""
    try:
        if codec == "gb18030":
            code = char.encode("gb2312")
            return 0xB0 <= code[0] <= 0xD7
        code = char.encode("big5")
        return 0xA440 <= int.from_bytes(code, "big") <= 0xC67E
    except UnicodeEncodeError:
        return False
