"""The role extractor reads each page's own text: it keeps the page's matching text for its helpers while it
reads the page (session 19), so pages read one after another in a batch, in either order, give the roles
each gives alone."""

from __future__ import annotations

from pathlib import Path

from pipeline.batch import extract_files

_PAGE = """<html><head><meta charset="utf-8"><title>{title}</title></head><body>
<h1>{title}</h1><p>Date: 2026-09-03</p>
{body}
</body></html>
"""

PRUA, JNU, SYSU, SZU = (
    "Pearl River Universities Alliance",
    "Jinan University",
    "Sun Yat-sen University",
    "Shenzhen University",
)

# (pages of different lengths, their role phrases at different places: a helper reading another
# page's text would read other words at the same offsets; "joined" holds before "the alliance", not
# before "the ceremony", the two pages alike but for that word)
_BODIES = {
    "council": f"<p>The {PRUA} held its general assembly in Guangzhou on May 3.</p>"
    f"<p>{JNU} was re-elected as the alliance's chair for a second term, and {SZU} was voted in as vice-chair.</p>",
    "welcome": "<p>" + "Delegates toured the campus and its new library. " * 6 + "</p>"
    f"<p>The {PRUA} welcomed {SYSU} as its newest member at its council meeting on May 4.</p>",
    "joined": f"<p>The {PRUA} held its general assembly in Guangzhou on May 3.</p>"
    f"<p>{SZU} joined the alliance on that day.</p>",
    "ceremony": f"<p>The {PRUA} held its general assembly in Guangzhou on May 3.</p>"
    f"<p>{SZU} joined the ceremony on that day.</p>",
    "zh": "<p>5月3日，珠江高校国际合作联盟2026年理事会在广州召开。</p>"
    "<p>会上，暨南大学当选联盟理事长单位，深圳大学、中山大学当选副理事长单位。</p>",
}
_ORDERS = (
    list(_BODIES),
    list(reversed(_BODIES)),
    ["council", "welcome", "council"],
    ["joined", "ceremony", "joined"],
    ["ceremony", "joined", "ceremony"],
)


def _roles(records: list) -> list[set[tuple[str, str, str]]]:
    return [{(r.organization.name, r.member.name, r.role) for r in record.roles} for record in records]


def _write(tmp_path: Path, names: list[str]) -> list[Path]:
    tmp_path.mkdir(parents=True, exist_ok=True)
    paths = []
    for index, name in enumerate(names):
        path = tmp_path / f"{index}-{name}.html"
        path.write_text(_PAGE.format(title=name.title(), body=_BODIES[name]), encoding="utf-8")
        paths.append(path)
    return paths


def test_pages_read_together_give_the_roles_each_gives_alone(tmp_path: Path) -> None:
    alone = {}
    for name in _BODIES:
        [(_, record)] = list(extract_files(_write(tmp_path / f"alone-{name}", [name])))
        alone[name] = _roles([record])[0]
    assert alone["joined"] and not alone["ceremony"]
    assert alone["council"] and alone["welcome"] and alone["zh"]
    for order in _ORDERS:
        folder = tmp_path / "-".join(order)
        together = [record for _, record in extract_files(_write(folder, order))]
        assert _roles(together) == [alone[name] for name in order]
