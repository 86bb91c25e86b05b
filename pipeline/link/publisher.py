"""Who publishes a bulletin: the institution whose site it is on, or its credited source.

University sites speak in the first person (我校, "our university"); that institution is
the publisher, known from the page's domain, the site's name (og:site_name, the end of
the page title) or a `来源:` / "Source:" line. A site nobody listed still names itself:
then the publisher is that name, unlinked.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from pipeline.bulletin import Bulletin
from pipeline.link.gazetteer import GazetteerEntry, load_gazetteer
from pipeline.rules import word_list, word_table
from schemas import InstitutionRef

_INSTITUTION_KINDS = {"university", "college", "joint_institute", "research_institute", "school"}


@dataclass(frozen=True, slots=True)
class Publisher:
    name: str  # in the bulletin's language when the gazetteer knows it
    entry: GazetteerEntry | None = None
    kind: str = "university"
    country: str | None = None

    @property
    def id(self) -> str:
        return self.entry.id if self.entry else ""

    @property
    def province(self) -> str | None:
        return self.entry.province if self.entry else None

    def ref(self) -> InstitutionRef:
        if self.entry is None:
            return InstitutionRef(name=self.name)
        return InstitutionRef(name=self.name, canonical_id=self.entry.id, canonical_name=self.name)


def find_publisher(bulletin: Bulletin, language: str) -> Publisher | None:
    gazetteer = load_gazetteer()
    host = urlsplit(bulletin.url).hostname if bulletin.url else None
    names = [n for n in (bulletin.site_name, bulletin.credited_source) if n]
    entry = gazetteer.by_domain(host)
    for name in names:
        entry = entry or gazetteer.lookup(name) or gazetteer.lookup(_without_site_suffix(name))
    if entry is not None:
        if entry.kind not in _INSTITUTION_KINDS:
            return None
        return Publisher(entry.canonical_name(language) or entry.id, entry, entry.kind, entry.country)
    for name in names:
        name = _without_site_suffix(name)
        kind = _institution_kind(name, language)
        if kind is not None:
            return Publisher(name, None, kind, _country_of_host(host))
    return None


def _country_of_host(host: str | None) -> str | None:
    """The country a site's domain names: psu.by -> BY, kestrelbay.ac.nz -> NZ, x.edu.cn -> CN."""
    if not host:
        return None
    suffix = host.lower().rsplit(".", 1)[-1]
    if len(suffix) != 2 or not suffix.isalpha():
        return None
    return "GB" if suffix == "uk" else suffix.upper()


def _without_site_suffix(name: str) -> str:
    """'景德镇陶瓷大学新闻网' -> '景德镇陶瓷大学'; 'Westmoor University News' -> 'Westmoor University'."""
    for suffix in _site_suffixes():
        if name.endswith(suffix) and len(name) > len(suffix) + 2:
            return name[: -len(suffix)].strip(" -|·")
    return name.strip()


@functools.cache
def _site_suffixes() -> tuple[str, ...]:
    words = [*word_list("en", "site_suffixes.txt"), *word_list("zh", "site_suffixes.txt")]
    return tuple(sorted(words, key=len, reverse=True))


def _institution_kind(name: str, language: str) -> str | None:
    """The kind a name's head word suggests, when the name is an institution's at all."""
    for lang in ("zh", "en"):
        heads = word_table(lang, "institution_heads.tsv")
        if lang == "zh":
            head = next((h for h in sorted(heads, key=len, reverse=True) if name.endswith(h)), None)
        else:
            head = next((w for w in re.findall(r"[\w-]+", name) if w in heads), None)
        if head is not None and heads[head] in _INSTITUTION_KINDS and len(name) > len(head) + 1:
            return heads[head]
    return None
