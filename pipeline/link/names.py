"""Folding institution names so that spellings of one name compare equal."""

from __future__ import annotations

import functools
import re
import unicodedata

from pipeline.language import to_simplified

# (every dash: the figure dash, horizontal bar and minus sign that copies put between two names
# fold like a hyphen, so "Xi'an Jiaotong‒Liverpool University" is the listed name)
_PUNCT_OR_SPACE = re.compile(r"[\s\-‐‑‒–—―−_,.;:'\"“”‘’`()（）《》<>〈〉「」『』·・/\\]+")
_LEADING_THE = re.compile(r"^the\s+", re.IGNORECASE)


@functools.lru_cache(maxsize=1 << 16)  # names repeat within and across bulletins
def fold_name(name: str) -> str:
    """Case, width, spacing, punctuation, a leading 'the', '&' and script folded away.

    'The University of Technology, Sydney' and 'university of technology sydney'
    fold alike; so do 國立臺灣大學 and 国立台湾大学.
    """
    folded = unicodedata.normalize("NFKC", name)
    folded = _LEADING_THE.sub("", folded.strip()).replace("&", " and ")
    folded = to_simplified(folded).lower()
    return _PUNCT_OR_SPACE.sub("", folded)
