"""Language stage: which language a bulletin is in, and a simplified-script view of it.

Traditional-script bulletins (big5 gateways, Hong Kong/Taiwan reposts) keep their text
as written; matching runs on `to_simplified(text)`, which maps character for character
so every offset in the simplified view is an offset in the original.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path
from typing import Literal

Language = Literal["en", "zh"]

_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_LATIN_LETTER = re.compile(r"[A-Za-z]")


def detect_language(text: str) -> Language:
    """'zh' when Han characters carry the text, else 'en'.

    A Chinese bulletin quotes English names and an English one quotes Chinese
    names, so compare amounts: a Han character carries about as much as a
    four-letter English word.
    """
    han = len(_HAN.findall(text))
    latin = len(_LATIN_LETTER.findall(text))
    return "zh" if han * 4 >= latin and han > 0 else "en"


@functools.cache
def _traditional_to_simplified() -> dict[int, str]:
    """One-to-one character table from OpenCC's TSCharacters dictionary."""
    import opencc

    table: dict[int, str] = {}
    path = Path(opencc.__file__).parent / "dictionary" / "TSCharacters.txt"
    for line in path.read_text(encoding="utf-8").splitlines():
        source, _, targets = line.partition("\t")
        target = targets.split(" ")[0] if targets else ""
        if len(source) == 1 and len(target) == 1 and source != target:
            table[ord(source)] = target
    return table


def to_simplified(text: str) -> str:
    """Simplified-script view of `text`, same length, same offsets."""
    return text.translate(_traditional_to_simplified())


def traditional_share(text: str) -> float:
    """Share of Han characters that are traditional-only forms (0.0 for simplified text)."""
    han = _HAN.findall(text)
    if not han:
        return 0.0
    table = _traditional_to_simplified()
    return sum(1 for ch in han if ord(ch) in table) / len(han)
