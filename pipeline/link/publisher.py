"""Who publishes a bulletin: the institution whose site it is on, or its credited source.

University sites speak in the first person (我校, "our university"); that institution
is the publisher, known from the page's domain or a `来源:` / "Source:" line.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from pipeline.bulletin import Bulletin
from pipeline.link.gazetteer import GazetteerEntry, load_gazetteer

_INSTITUTION_KINDS = {"university", "college", "joint_institute", "research_institute", "school"}


def find_publisher(bulletin: Bulletin) -> GazetteerEntry | None:
    gazetteer = load_gazetteer()
    host = urlsplit(bulletin.url).hostname if bulletin.url else None
    entry = gazetteer.by_domain(host)
    if entry is None and bulletin.credited_source:
        entry = gazetteer.lookup(bulletin.credited_source)
    return entry if entry is not None and entry.kind in _INSTITUTION_KINDS else None
