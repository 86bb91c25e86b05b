"""Find an article's main block in a page no site rule knows: text density over lines.

Each line scores by its non-link text (and its commas and stops, which menus lack);
the score goes to the block that owns the line and to that block's parent, and half
to the grandparent, so the element holding the paragraphs collects the most (scored
by `blocks.page_text` in its one walk over the tree). Link-heavy blocks and blocks
whose class/id says nav, footer, share... are damped
(`pipeline/resources/rules/chrome_html.json`).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache, lru_cache

from lxml import etree

from pipeline.parse.blocks import PageText
from pipeline.parse.chrome import RULES

_HINT_SPLIT = re.compile(r"[\s_\-]+")
_MIN_SCORE = 20.0  # below this a page has no article text to speak of
_MOST_FAVOURED = 1.25  # the largest factor `_hint_factor` gives (a positive hint)


@dataclass(frozen=True)
class HtmlHints:
    drop_tags: tuple[str, ...]
    chrome_tags: frozenset[str]
    positive: tuple[str, ...]
    negative: tuple[str, ...]
    title: tuple[str, ...]
    title_meta: tuple[str, ...]
    date_meta: tuple[str, ...]
    source_meta: tuple[str, ...]
    editor_meta: tuple[str, ...]
    title_separators: tuple[str, ...]
    url_meta: tuple[str, ...]
    breadcrumb: tuple[str, ...]
    date: tuple[str, ...]  # the element that prints the page's date ('news-date')
    account: tuple[str, ...]  # the element naming the publishing account on a platform
    script_date_variables: tuple[str, ...]  # script variables holding a Unix time
    title_tag: re.Pattern[str]  # a tag a headline opens with ('【热点】')
    structured_data_types: frozenset[str]  # JSON-LD types that describe the article (NewsArticle)
    url_dates: tuple[re.Pattern[str], ...]  # the day a CMS writes into a page's URL
    lead: frozenset[str]  # whole class/id words of a lead (standfirst) block beside the main one


@cache
def html_hints() -> HtmlHints:
    data = json.loads((RULES / "chrome_html.json").read_text(encoding="utf-8"))
    return HtmlHints(
        drop_tags=tuple(data["drop_tags"]),
        chrome_tags=frozenset(data["chrome_tags"]),
        positive=tuple(data["positive_hints"]),
        negative=tuple(data["negative_hints"]),
        title=tuple(data["title_hints"]),
        title_meta=tuple(key.lower() for key in data["title_meta"]),
        date_meta=tuple(key.lower() for key in data["date_meta"]),
        source_meta=tuple(key.lower() for key in data["source_meta"]),
        editor_meta=tuple(key.lower() for key in data["editor_meta"]),
        title_separators=tuple(data["title_separators"]),
        url_meta=tuple(key.lower() for key in data["url_meta"]),
        breadcrumb=tuple(data["breadcrumb_hints"]),
        date=tuple(data["date_hints"]),
        account=tuple(data["account_hints"]),
        script_date_variables=tuple(data["script_date_variables"]),
        title_tag=re.compile(r"\s*(?:" + "|".join(f"(?:{row})" for row in data["title_tags"]) + r")\s*"),
        structured_data_types=frozenset(data["structured_data_types"]),
        url_dates=tuple(re.compile(row) for row in data["url_dates"]),
        lead=frozenset(data["lead_hints"]),
    )


def has_hint(element: etree._Element, hints: tuple[str, ...]) -> bool:
    """Whether the element's class or id names one of `hints`: a short hint must be a
    whole word of it ('bt', 'nr'), a longer one any part ('content' in 'articlecontent')."""
    names = _names(element)
    return names != " " and names_hint(names, hints)  # most elements have neither


def has_word_hint(element: etree._Element, words: frozenset[str]) -> bool:
    """Whether a whole word of the element's class or id is one of `words` ('lead' in
    'field--name-field-lead', not in 'leadership')."""
    names = _names(element)
    return names != " " and not words.isdisjoint(_HINT_SPLIT.split(names))


def _names(element: etree._Element) -> str:
    """The element's class and id, lower case: what its hints are read from (' ' for an
    element with neither, most of a page, told without building the string)."""
    classes, ident = element.get("class"), element.get("id")
    if classes is None and ident is None:
        return " "
    return f"{classes or ''} {ident or ''}".lower()


@lru_cache(maxsize=4096)
def names_hint(names: str, hints: tuple[str, ...]) -> bool:
    """`has_hint` on the lower-cased 'class id' string: a page repeats a few of them."""
    if not names.strip():
        return False
    words = set(_HINT_SPLIT.split(names))
    return any(hint in words if len(hint) <= 3 else hint in names for hint in hints)


def main_block(page: PageText) -> etree._Element | None:
    """The element that holds the article's paragraphs, or None when nothing does.

    The lines' weights were scored to their blocks as `page_text` read them; here each
    scored element is damped by its link share and its class/id hints (an element that
    could not beat the best so far even with the most favoured hint is passed over).
    """
    hints = html_hints()
    best, best_score = None, _MIN_SCORE
    for element, score in page.scores.items():
        if score * _MOST_FAVOURED <= best_score:
            continue  # damping only lowers it, and no hint raises it this far: it cannot win
        chars, links = page.held.get(element, (0, 0))
        score *= 1.0 - links / max(chars, 1)
        score *= _hint_factor(element, hints)
        if score > best_score:
            best, best_score = element, score
    return best


def _hint_factor(element: etree._Element, hints: HtmlHints) -> float:
    if element.tag in hints.chrome_tags:
        return 0.3
    names = _names(element)
    negative, positive = names_hint(names, hints.negative), names_hint(names, hints.positive)
    if negative and not positive:
        return 0.4
    return _MOST_FAVOURED if positive and not negative else 1.0
