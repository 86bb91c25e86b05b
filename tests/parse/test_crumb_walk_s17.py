"""Session 17 speed work on the breadcrumb: the prefix regex behind a first-character lookahead
matches what the plain alternation does; the marked-up breadcrumb is the first hinted list of
two items or more, in document order."""

from __future__ import annotations

import json
import re

from pipeline.parse.chrome import RULES, _vocabulary, channel_of
from pipeline.parse.html import parse_html


def _plain_prefix() -> re.Pattern[str]:
    prefixes = json.loads((RULES / "chrome_breadcrumbs.json").read_text(encoding="utf-8"))["prefixes"]
    alternation = "|".join(map(re.escape, sorted(prefixes, key=len, reverse=True)))
    return re.compile(r"\s*(?:" + alternation + r")\s*[:：]\s*", re.IGNORECASE)


def test_guarded_prefix_matches_as_the_plain_alternation() -> None:
    prefixes = json.loads((RULES / "chrome_breadcrumbs.json").read_text(encoding="utf-8"))["prefixes"]
    lines = [
        *(f"{prefix}: Home > News" for prefix in prefixes),
        *(f"  {prefix.upper()}：首页 > 新闻" for prefix in prefixes),
        *(f"{prefix.lower()} ： 首页" for prefix in prefixes),
        "Home > News > Current location: x",
        "The location of the campus: Ningbo",
        "  \u3000位置：首页",
        "Locations: none",
        "",
    ]
    guarded, plain = _vocabulary().crumb_prefix, _plain_prefix()
    for line in lines:
        found, expected = guarded.match(line), plain.match(line)
        assert (found and found.span()) == (expected and expected.span()), line
        assert guarded.sub("", line) == plain.sub("", line), line
    assert channel_of(["  current LOCATION: Home", "News"]) == channel_of(["Home", "News"])


_PAGE = """<html><head><title>T</title></head><body>
<div class="breadcrumb"><ul><li>Only</li></ul></div>
<p>lead</p>
<nav aria-label="Breadcrumb"><ol><li><a>Home</a></li><li><a>Partnerships</a></li></ol></nav>
<meta name="description" content="after the crumb">
<div class="breadcrumb"><ul><li>Home</li><li>Other</li></ul></div>
<article><h1>Universities sign a joint programme agreement</h1>
<p>{body}</p></article></body></html>"""


def test_the_walk_takes_the_first_breadcrumb_of_two_items() -> None:
    body = "The two universities signed an agreement on a joint programme in engineering. " * 4
    bulletin = parse_html(_PAGE.format(body=body).encode())
    assert bulletin.channel == ["Home", "Partnerships"]
