"""Component `event_extractor`: establishments, conferences, signings, visits, approvals.

Each sentence gets a `Setting` (date, date words, place): its own, or, when it opens
with "During the conference" / 会上, the setting of the event before it. Named events
("the 2025 International Conference on ...", "…论坛") come from a capitalised run or a
Chinese name ending in an event head word; unnamed ones from trigger words. One event
per distinct happening: repeated mentions merge.
"""

from __future__ import annotations

import bisect
import csv
import datetime as dt
import functools
import itertools
import re
import string
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, NamedTuple

import numpy as np
from ahocorasick_rs import AhoCorasick, Implementation, MatchKind
from spacy.attrs import IDX
from spacy.language import Language
from spacy.tokens import Doc, Span

from pipeline.dates import EN_RULES, DateMention
from pipeline.extract.clauses import RELATIVE_CUE, may_deny, relative_clauses, signing_denied, within_any
from pipeline.extract.dates import dates_by_sentence
from pipeline.extract.spans import (
    Hit,
    Spans,
    Tokens,
    alternation,
    evidence_fields,
    facts,
    holds_any,
    institution_bounds,
    institution_facts,
    institution_spans,
    institutions_in,
    matching_text,
    overlaps,
    phrase_finder,
    phrase_spans,
    sentences,
    tokens,
    word_spans,
)
from pipeline.link.places import GEO_DIR, load_places
from pipeline.nlp.batchwise import Batchwise
from pipeline.nlp.extensions import doc_text, register_extensions
from pipeline.nlp.institution_patterns import kept_token_starts
from pipeline.rules import word_list, word_table
from schemas import Event

ESTABLISHED_KINDS = {"alliance", "joint_institute", "research_institute", "other"}
JOINT_INSTITUTE = "joint_institute"
_OPENED_REACH = 300  # characters after an opening sentence where the institute opened may be named
# The most tokens an English event's name reads over from its head word, either way: far above a real
# name's ("the 2025 China-ASEAN Education Cooperation Week Forum on ..."). Unbounded, each head of a
# run of heads ("Forum Forum ...") read back to the sentence's start: n^2 (9,600 characters, 7.7 s).
EVENT_NAME_REACH = 48
GOVERNMENT = "government"
SENTENCE_EVENTS = frozenset(
    {"approval", "establishment", "signing", "visit", "other"}
)  # unnamed, evidenced by the sentence
# trigger values that may report a happening in a sentence naming no event: the kinds above, a list
# made public (an event of kind other), an opening (a joint institute's founding) and a ceremony
# (开班仪式: of kind other, on the day the sentence is on)
_REPORTING = SENTENCE_EVENTS | {"announcement", "opening", "trip", "meeting", "ceremony"}
_REPORTED = _REPORTING - {"meeting"}  # (a meeting word reports a happening only when held: `_events`)


class Setting(NamedTuple):
    """When and where a sentence's happening took place (a tuple: one is made per sentence)."""

    date: dt.date | None
    date_text: str | None
    location: str | None
    several_days: bool = False  # the date opens a range ("4月20日至21日")
    planned: bool = False  # the day is after the page's: a plan ("first students will enrol on 1 September")
    until: dt.date | None = None  # the range's last day, when `several_days`


# `Setting` from the tuple of all its fields: a NamedTuple's `__new__` is Python code, and most
# sentences read make one or two (`_filled`)
_setting = functools.partial(tuple.__new__, Setting)


class _Draft(NamedTuple):
    """An event as read, with `Event`'s fields; it becomes an `Event` (validated) only if it is
    not merged into one read before (`_merged`)."""

    kind: str
    name: str | None
    date: str | None
    date_text: str | None
    location: str | None
    evidence: dict[str, Any]  # `evidence_fields`
    tour: bool = False  # a visit told as a tour of several countries: no one place (not an `Event` field)
    online: bool = False  # told as held online: no place, not even the dateline's (not an `Event` field)
    background: bool = False  # placed in a year only ("first signed an MoU in 2016"): not today's happening


# `_Draft` from the tuple of all its fields, without the Python-level `__new__` and `_replace`
# of a NamedTuple (~30 drafts a page, each made or merged once: together ~5% of the extractor)
_draft = functools.partial(tuple.__new__, _Draft)


_BACKGROUND = (False, False, True)  # a `_Draft`'s last fields: no tour, not online, background


def _unnamed_founding(text: str, hits: list[Hit], setting: Setting) -> tuple[list[str | None], Setting]:
    """([None], its setting) when a founding word of `en/event_unnamed_foundings.txt` is among the
    sentence's `hits` ("launched a joint institute of engineering in Astana"): a body founded that the
    sentence does not name, placed only by a place in the founding's own clause ("launched a joint
    laboratory, three years after the forum in Kazan": not in Kazan)."""
    unnamed = _unnamed_founding_words()
    hit = next((h for h in hits if h.phrase in unnamed), None)
    if hit is None:
        return [], setting
    if setting.location:
        ends = [at for at in (text.find(mark, hit.end) for mark in ",;.") if at >= 0]
        if text.find(setting.location, hit.end, min(ends, default=len(text))) < 0:
            setting = setting._replace(location=None)
    return [None], setting


@functools.cache
def _unnamed_founding_words() -> frozenset[str]:
    return frozenset(word_list("en", "event_unnamed_foundings.txt"))


def _drafted(kind: str, name: str | None, setting: Setting, evidence: dict[str, Any]) -> _Draft:
    """A `_Draft` of a happening on `setting`, neither a tour, online nor background."""
    return _draft((kind, name, _iso(setting.date), setting.date_text, setting.location, evidence, False, False, False))


def _visit(setting: Setting, country: str | None, tour: bool, evidence: dict[str, Any]) -> _Draft:
    """An unnamed visit on `setting`'s day, to `country` (None when `tour`: told as a tour)."""
    return _draft(("visit", None, _iso(setting.date), setting.date_text, country, evidence, tour, False, False))


@dataclass(slots=True)
class EventName:
    start: int
    end: int
    text: str


def _places_alternation() -> str:
    """The places as one trie-shaped alternation (`alternation`): the same matches as the places
    joined longest first, a few characters tested per position instead of every place."""
    # "Xi'an" is also written "Xi’an".
    return alternation(p.replace("'", quote) for p in load_places().longest_first() for quote in "'’")


@functools.cache
def _place_words(english: bool) -> tuple[str, ...]:
    """The words before a place: "held in", "visited"; 在, 抵达 (`event_place_words.txt`)."""
    return word_list("en" if english else "zh", "event_place_words.txt")


# 抵达乌兹别克斯坦首都塔什干, 在四川省省会成都: the city a country's capital or a province's seat
# is named after (the country or province, up to eight characters, is no place of a happening)
_CAPITAL_OF = "(?:[\u4e00-\u9fff]{2,8}?(?:首都|首府|省会))?"


_CAPITAL_WORDS = ("首都", "首府", "省会")  # (those of `_CAPITAL_OF`)


@functools.cache
def _region_before_city() -> str:
    """在江西南昌, 在江西省南昌市, 在英国邓迪: the province or country written before a city (the
    city is the place; alone, the province is none and the country no place of `load_places`)."""
    # (and a city's description after its country: 赴芬兰东部城市约恩苏, 在俄罗斯第二大城市圣彼得堡)
    return f"(?:(?:{alternation(_regions_before_cities())})(?:省|自治区)?(?:[\u4e00-\u9fff]{{0,4}}?城市)?)?"


@functools.cache
def _regions_before_cities() -> frozenset[str]:
    """The provinces and countries of `_region_before_city`, in Chinese."""
    with (GEO_DIR / "countries.tsv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))
    countries = {w.strip() for row in rows for c in ("name_zh", "aliases_zh") for w in (row.get(c) or "").split("|")}
    return frozenset(
        {n for n in _regions() if not n.isascii()} | {w for w in countries if w and w not in {"中国", "我国"}}
    )


@functools.cache
def _place_openers_en() -> frozenset[str]:
    """The characters an English match of `_place_pattern` goes on with after its word and the spaces
    that follow it: a place's first, "the"'s and `_CAPITAL_OF_EN`'s (a capital letter, "provincial",
    "capital"). (Chinese: `_place_openings_zh`.)"""
    return frozenset({p[0] for p in _place_names()} | set(string.ascii_uppercase) | {"t", "p", "c"})


_CAPITAL_OF_EN = r"(?:(?:[A-Z][\w'’-]+\s+)?(?:provincial\s+)?capital(?:\s+city)?,?\s+)?"  # "the Uzbek capital Tashkent"

# before the event word after a city's one-character name: 在京隆重举行
_ABBREVIATION_ADVERB_WORDS = ("隆重", "正式", "成功", "共同")
_ABBREVIATION_ADVERBS = f"(?:{'|'.join(_ABBREVIATION_ADVERB_WORDS)})?"


@functools.cache
def _place_openings_zh() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """What the text right after a word of `_place_words` opens with where the Chinese `_place_pattern`
    (without a capital's words before the place, `_CAPITAL_OF`) matches: the first two characters of a
    place or of a province or country before a city (`_region_before_city`), or one such name of one
    character, or a city's one-character name (`_abbreviated_places`) followed by the first character
    of an adverb or an event word. Finer than a place's first character: about two of three of the matches
    that test lets through fail, and each costs microseconds."""
    names = [*_place_names(), *_regions_before_cities()]
    pairs = frozenset(n[:2] for n in names if len(n) >= 2)
    singles = frozenset(n for n in names if len(n) == 1)
    abbreviations = word_list("zh", "event_place_abbreviations.txt")
    pairs |= {a[:2] for a in abbreviations if len(a) >= 2}
    following = {w[0] for w in (*_ABBREVIATION_ADVERB_WORDS, *word_table("zh", "event_triggers.tsv")) if w}
    return pairs, singles, frozenset(a for a in abbreviations if len(a) == 1), frozenset(following)


@functools.cache
def _abbreviated_places() -> str:
    """在京举行, 在沪签署: a city's one-character name (`event_place_abbreviations.txt`), a place
    only right before an event word (`event_triggers.tsv`): 京 alone is no place."""
    abbreviations = alternation(word_list("zh", "event_place_abbreviations.txt"))
    triggers = alternation(word_table("zh", "event_triggers.tsv"))
    return f"{abbreviations}(?={_ABBREVIATION_ADVERBS}{triggers})"


@functools.cache
def _place_pattern(english: bool) -> re.Pattern[str]:
    places = _places_alternation()
    words = alternation(_place_words(english))
    if english:
        return re.compile(rf"\b{words}\s+(?:the\s+)?{_CAPITAL_OF_EN}({places})\b")
    return re.compile(rf"{words}{_CAPITAL_OF}{_region_before_city()}((?:{places})|{_abbreviated_places()})")


@functools.cache
def _visited_country_pattern(english: bool) -> re.Pattern[str]:
    """ "visited the United Kingdom from October 8", "paid a working visit to South Korea", 访问俄罗斯，…:
    a visit to one country (or Chinese province), whose name ends the phrase (not "visited Australian
    universities", 访问俄罗斯交通大学).
    Group 2 is set when other countries follow (访问白俄罗斯和俄罗斯, 访问德国、法国和意大利, "Singapore and
    Malaysia"): a tour (the corpus's gold: 7 of 10 such trips have no place)."""
    with (GEO_DIR / "countries.tsv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))
    columns = ("name_en", "aliases_en") if english else ("name_zh", "aliases_zh")
    names = {w.strip() for row in rows for c in columns for w in (row.get(c) or "").split("|") if w.strip()}
    # a Chinese province visited is the visit's place too ("visited Zhejiang from November 4 to 7")
    names |= {n for n in _regions() if english == n.isascii()}
    countries = alternation(n for n in names if n not in {"China", "中国", "我国"})
    if english:
        # (a foreign delegation's trip to China, "visited China from 27 April", is placed there too, unless
        # its city follows: "a week-long visit to China in Nanchang")
        visited = rf"{countries}|China(?!\s+in\b)"
        return re.compile(
            rf"\b(?:visit(?:ed)?|toured|visited\s+[\w\s-]{{1,40}}?\bin|(?:visit|delegation|trip)\s+to)\s+(?:the\s+)?({visited})"
            rf"(?:\s*(?:,|,?\s*and)\s*(?:the\s+)?({countries}))*"
            r"(?=\s*(?:[,.;]|from\b|on\b|in\b|to\b|for\b|and\b|$))"
        )
    # (a foreign delegation's trip to China, 访问中国, is placed there as a trip to any country is)
    visited = alternation(n for n in names if n != "我国")
    return re.compile(
        rf"(?:访问|出访|赴|前往)({visited})(?:[和、及与]({countries}))*(?=[，,。；;]|访问|交流|考察|期间|进行|开展)"
    )


@functools.cache
def _country_names(english: bool) -> frozenset[str]:
    """The foreign countries' names and aliases of `countries.tsv`, in one language."""
    with (GEO_DIR / "countries.tsv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))
    columns = ("name_en", "aliases_en") if english else ("name_zh", "aliases_zh")
    names = {w.strip() for row in rows for c in columns for w in (row.get(c) or "").split("|") if w.strip()}
    return frozenset(names - {"China", "中国", "我国"})


@functools.cache
def _country_place_pattern(english: bool) -> re.Pattern[str]:
    """'在英国签署', 'signed in the UK', 'held in Thailand', 在塞图巴尔举行: a country (or an unlisted
    foreign town) right before a happening's verb (`event_country_verbs.txt`: matched, `$`, on the text
    before it), or right after one and 'in' (matched at its end), is where it took place."""
    countries = alternation(_country_names(english))
    if english:
        # (the verb's object between, "signed an agreement in the UK", of a few lower-case words)
        thing = r"(?:\s+(?:an?|the)(?:\s+[a-z][a-z-]*){1,3})?"
        return re.compile(rf"{thing}\s+in\s+(?:the\s+)?({countries})\b(?!['’]s|\s+[A-Z])")
    # (or a foreign town no list holds, written in transliteration's characters alone: 在塞图巴尔举行; the
    # characters that mostly write Chinese words, 当地, 线上, 会议中心, are none of them)
    characters = "".join(word_list("zh", "person_transliteration_characters.txt", split_spaces=True))
    return re.compile(rf"[在于]({countries}|[{characters}]{{2,6}}){_ABBREVIATION_ADVERBS}$")


_YEAR_OPENING = re.compile(r"(?:the\s+)?(?:19|20)\d\d\b", re.IGNORECASE)  # a name's own year, first ("2023 ...")

_COUNTRY_REACH = 16  # characters read before a Chinese verb for 在 + a country (+ an adverb)


# What every match of `_visited_country_pattern` opens with.
_VISIT_VERBS = {"en": ("visit", "toured", "delegation to", "trip to"), "zh": ("访问", "出访", "赴", "前往")}
# What every match of `_visited_country_pattern` starts with ("visit\nto": a space of any kind).
_VISIT_OPENINGS = {"en": ("visit", "toured", "delegation", "trip"), "zh": _VISIT_VERBS["zh"]}


@functools.cache
def _regions() -> frozenset[str]:
    """Provinces: "colleges in Hunan", "Study in Zhejiang", 在江西高校 name a region, not where a
    happening took place (bulletins give the city for that). Beijing, Chongqing etc. are listed as
    cities too and stay places."""
    with (GEO_DIR / "cn_places.tsv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))

    def named(kind: str) -> set[str]:
        return {word for row in rows if row["kind"] == kind for word in (row["name_en"], row["name_zh"]) if word}

    return frozenset(named("province") - named("city"))


class _PagePlaces(NamedTuple):
    """Where `_place_pattern` matches in a page's text, matched with no end: each match (first
    and end character, the place's first and end) by its first character, in order, and the
    matches' ranges, overlapping ones joined (a sentence overlapping none holds no place)."""

    starts: list[int]
    matches: list[tuple[int, int, int, int]]
    ranges: Spans
    # each match's last character read (exclusive): its end; past the text's for a one-character
    # name, whose event word after it (在京|举行) a lookahead reads (`_places_within` matches it again)
    reaches: list[int]


def _page_places(text: str, english: bool) -> _PagePlaces:
    """`_PagePlaces` of `text`: every match opens with a word before a place (`_place_words`), so it
    is tried only where one stands (found as a literal, not scanned for at every character). The
    same pattern `_place` reads: the places' trie is compiled once a language."""
    pattern = _place_pattern(english)
    found = _english_place_matches(text, pattern) if english else _place_matches(text, pattern)
    found = sorted(set(found))  # (one match a first character: two words may open at one)
    starts: list[int] = []
    ends: list[int] = []
    for start, end, _, _ in found:
        if ends and start < ends[-1]:
            ends[-1] = max(ends[-1], end)
        else:
            starts.append(start)
            ends.append(end)
    names, beyond = _place_names(), len(text) + 1
    reaches = [m[1] if english or text[m[2] : m[3]] in names else beyond for m in found]
    return _PagePlaces([m[0] for m in found], found, Spans(starts, ends), reaches)


def _place_ranges(text: str, english: bool) -> Spans:
    """Where `_place_pattern` matches, in order, overlapping matches joined (`_page_places`)."""
    return _page_places(text, english).ranges


def _places_within(
    page: _PagePlaces, text: str, start: int, end: int, english: bool
) -> list[tuple[int, int, int, int]]:
    """`_place_pattern(english).finditer(text, start, end)` as (first, end, place's first, place's end)
    characters, from the page's matches (`_page_places`): no regex run for most sentences.
    A match cut off by `end` (it reaches past it, or a one-character name's event word after it, 在京|举行)
    is matched again up to `end`. Where a word character follows `end`, `\\b` reads `end` otherwise
    than the page's match did ("in Zhejiang|s" matches cut there, not in the page): such a stretch
    (a sentence glued to the next word, rare) is searched whole."""
    if english and end < len(text) and _word_character(text[end]):
        matches = _place_pattern(english).finditer(text, start, end)
        return [(m.start(), m.end(), m.start(1), m.end(1)) for m in matches]
    found: list[tuple[int, int, int, int]] = []
    index = bisect.bisect_left(page.starts, start)
    position = start
    while index < len(page.starts) and page.starts[index] < end:
        at = page.starts[index]
        index += 1
        if at < position:
            continue  # (inside the match before)
        whole = page.matches[index - 1]
        # (a match is only shorter or none when the text stops at `end`: `pattern` holds no lookaround
        # but the lookahead after a one-character name, and `\b`, handled above)
        if page.reaches[index - 1] > end:
            match = _place_pattern(english).match(text, at, end)
            if match is None:
                continue
            whole = (match.start(), match.end(), match.start(1), match.end(1))
        found.append(whole)
        position = whole[1]
    return found


def _place_matches(text: str, pattern: re.Pattern[str]) -> list[tuple[int, int, int, int]]:
    """`pattern`'s matches (first and end character, the place's first and end), tried where a word
    of `_place_words` stands (Chinese: words of one or two characters, each found fastest with `str.find`)."""
    found: list[tuple[int, int, int, int]] = []
    # (a match costs microseconds, most fail: tried only where the character after the word can go on
    # with a place; anywhere on a page naming a capital, 在四川省省会成都)
    # (a match opening with another word at the same place, 来到 of 来, is tried by that word's loop:
    # the test reads what follows the word a match opens with, so no match is lost)
    capitals = _finds_any(text, _CAPITAL_WORDS, 0, len(text))
    pairs, singles, abbreviations, following = _place_openings_zh()
    for word in _place_words(False):
        at = text.find(word)
        while at >= 0:
            after = at + len(word)
            first = text[after : after + 1]
            if not capitals and (
                text[after : after + 2] not in pairs
                and first not in singles
                and not (first in abbreviations and text[after + 1 : after + 2] in following)
            ):
                at = text.find(word, at + 1)
                continue
            match = pattern.match(text, at)
            if match is not None:
                found.append((at, match.end(), match.start(1), match.end(1)))
            at = text.find(word, at + 1)
    return found


def _english_place_matches(text: str, pattern: re.Pattern[str]) -> list[tuple[int, int, int, int]]:
    """`_place_matches` in English: the words and the space after them found in one pass
    (`_english_place_words`: "in" and "at" stand in hundreds of words a page, a `str.find` loop a word
    took 1.4x the time), and the pattern's `\\b` before a word and the spaces after it tested before it
    is tried ("national": a match by another word there is found by that word)."""
    finder, bounded = _english_place_words()
    found: list[tuple[int, int, int, int]] = []
    size = len(text)
    openers = _place_openers_en()
    for index, at, following in finder.find_matches_as_indexes(text, overlapping=True):
        if bounded[index] and at > 0 and _word_character(text[at - 1]):
            continue
        while following < size and text[following].isspace():
            following += 1
        if text[following : following + 1] not in openers:
            continue  # (a match costs microseconds: tried only where a place, "the" or a capital can follow)
        match = pattern.match(text, at)
        if match is not None:
            found.append((at, match.end(), match.start(1), match.end(1)))
    return found


@functools.cache
def _place_names() -> frozenset[str]:
    """The places of `_places_alternation`, with either apostrophe."""
    return frozenset(p.replace("'", quote) for p in load_places().longest_first() for quote in "'’")


# The characters `str.isspace` (and the pattern's `\\s`) holds to be whitespace (a test checks the list).
WHITESPACE = "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680" + "".join(map(chr, range(0x2000, 0x200B))) + (
    "\u2028\u2029\u202f\u205f\u3000"
)


@functools.cache
def _english_place_words() -> tuple[AhoCorasick, tuple[bool, ...]]:
    """A finder of every occurrence of an English word of `_place_words` followed by a whitespace
    character (`\\s+` after it), overlapping ones too, and whether each such word opens with a word
    character (`\\b` before it: none before it). The space is part of what is found: most "in" and
    "at" of a page stand inside a word ("training", "national"), and are then not found at all. A DFA
    (the library would pick an NFA for these ~300 phrases): a pass over a page in ~60% of the time."""
    words = [(word, space) for word in _place_words(True) for space in WHITESPACE]
    phrases = [word + space for word, space in words]
    finder = AhoCorasick(phrases, matchkind=MatchKind.Standard, implementation=Implementation.DFA)
    return finder, tuple(_word_character(word[0]) for word, _ in words)


def _word_character(character: str) -> bool:
    """Whether `character` is one `\\b` sees as part of a word (a letter, digit or '_')."""
    return character.isalnum() or character == "_"


def _compile_patterns(english: bool) -> None:
    """Compile the place patterns when the extractor is made, not on its first page: with the
    places' trie they take ~0.2 s of CPU, which `extract --workers N` then spends once, in the
    fork server that builds the pipelines (`pipeline.nlp.prebuilt`), not once in every worker."""
    _place_pattern(english)
    _visited_country_pattern(english)
    if english:
        _places_by_upper()
        _english_place_words()


_NOWHERE = Setting(None, None, None)
_OPENING = 40  # characters: where "During the conference" / 会上 stands
# after a founding word, capitalised words and then a year: "established in Haining in 2016"
_PLACE_THEN_YEAR_EN = re.compile(
    r"\s+(?:in\s+)?(?P<place>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})\s+in\s+(?:19|20)\d{2}\b(?![-–/]\d)"
)
# right after a founding word: a year without a day ("founded in 2015 by", "成立于2014年，")
_IN_A_YEAR = {
    "en": re.compile(r"(?:\s+in)?\s+(?:19|20)\d{2}\b(?![-–/]\d)"),
    "zh": re.compile(r"\s*于?\s*(?:19|20)\d{2}\s*年(?!\s*[0-9一二三四五六七八九十]+\s*月)"),
}
# A year standing alone: "in 2019", "since 2012"; "2023年，", "2015年以来" (not "2024年…大会", "2024年5月")
_YEAR_ONLY = {
    # (`\b(?:in|since|back in|as early as)`, its `\b` written after each word's first letter: a pattern
    # opening with letters is tried only where one of them stands, twice as fast as one opening with `\b`)
    "en": re.compile(r"(?:i(?<!\wi)n|s(?<!\ws)ince|b(?<!\wb)ack in|a(?<!\wa)s early as)\s+(?:19|20)\d{2}\b(?![-–/]\d)"),
    # (于2019年签署: a year the happening is placed in, before its verb; 自2016年成立以来: since a year)
    "zh": re.compile(
        r"(?<!\d)(?:19|20)\d{2}年(?:(?=[，,、。；;]|以来|起|底|初|间|曾|即)"
        r"|(?<=[于自]\d{4}年)(?![0-9一二三四五六七八九十]+月))"
    ),
}
# What every match of `_YEAR_ONLY` holds: a year's first two digits; 年 after a digit. Each
# pattern opens with a literal, which the regex engine skips ahead to (an opening class of
# characters, as in "\d年", is tried at every position: ten times slower).
_YEAR_CUES = {
    "en": (re.compile(r"19(?=\d\d)"), re.compile(r"20(?=\d\d)")),
    "zh": (re.compile(r"年(?<=\d年)"),),
}
# A year (or a month of a year) a clause places its happening in, without a day: "in 2019", "in
# Sept. 2019", "last year"; 2019年 (not 2019年5月, a month a date mention reads), 去年
_CLAUSE_YEARS = {
    "en": re.compile(
        r"\b(?:in|since)\s+(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+)?(?:19|20)\d{2}\b"
        r"|\blast year\b",
        re.IGNORECASE,
    ),
    "zh": re.compile(r"(?:19|20)\d{2}\s*年(?!\s*[0-9一二三四五六七八九十]+\s*月)|去年|前年"),
}
# what makes an approval word an attribute of the name after it: 批准设立的, 批准的, 批准举办的
_ATTRIBUTE_END = re.compile(r"[\u4e00-\u9fff]{0,4}?的")
# a range of days in date words ("10月14日至16日", "from May 7 to 12", "7-9 May"; not an ISO date)
_RANGE_WORDS = re.compile(
    r"[至到~—–]|\b(?:to|till|until|through)\b|(?<![\d-])\d{1,2}\s*-\s*\d{1,2}(?![\d-])", re.IGNORECASE
)
_HAN_WORD = re.compile(r"[\u4e00-\u9fff]+")
_CLAUSE_END = re.compile("[，,。；;]")


def _overlapped(starts: list[int], ranges: Spans) -> set[int]:
    """`Sentences.overlapping` (`starts`: the sentences' first characters), by a walk: each range is
    looked up from the sentence of the one before (ranges come in order, save a few of the year cues:
    then from the first). A page's few dozen ranges cost less so than `overlapping`'s array operations."""
    found: set[int] = set()
    first = 0  # the sentence holding the range's start (the first, for a start before it)
    previous = -1
    for start, end in zip(ranges.starts, ranges.ends, strict=True):
        first = bisect.bisect_right(starts, start, first if start >= previous else 0) - 1
        if first < 0:
            first = 0
        previous = start
        last = bisect.bisect_right(starts, end - 1, first)  # (past the sentence holding its last character)
        if last <= first + 1:
            found.add(first)  # (most ranges stand in one sentence)
        else:
            found.update(range(first, last))
    return found


def _tokens_overlapping(doc: Doc, matches: list[tuple[int, int, int]]) -> list[int]:
    """Indices of the tokens overlapping any of `matches` (in order, each once). `matches`: an
    automaton's `find_matches_as_indexes`, (phrase, start, end) in order of start."""
    found: list[int] = []
    if not matches:
        return found
    # The tokens holding each match's first and last character, as `doc.char_span(start, end,
    # alignment_mode="expand")` finds them (a token holds the spaces after it; no match opens with
    # one). A Span costs ~2-4 us, reading every token's start and two array searches ~45 us a page:
    # a Span a match on a page of few (most English pages hold two or three head words), the
    # searches on one of many (most Chinese pages hold 10-40).
    # (a Chinese page's column was read by the name patterns: the searches cost no `to_array` there)
    starts = kept_token_starts(doc)
    if starts is None and len(matches) <= _FEW_MATCHES:
        bounds = [_expanded(doc, start, end) for _, start, end in matches]
    else:
        bounds = _tokens_of_matches(doc, matches, starts)
    for first, last in bounds:
        for i in range(first, last):
            if not found or i > found[-1]:
                found.append(i)
    return found


_FEW_MATCHES = 8  # (measured on the bench pages: a Span a match up to ~12 matches costs less)


def _expanded(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """The first and end tokens of `doc.char_span(start, end, alignment_mode="expand")`."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return span.start, span.end


def _tokens_of_matches(
    doc: Doc, matches: list[tuple[int, int, int]], starts: np.ndarray | None = None
) -> list[tuple[int, int]]:
    """`_expanded` of every match, by one search of the tokens' starts (`starts`: `doc.to_array(IDX)`,
    read here when not given) for the matches' first and last characters together (numpy's fixed
    cost paid once): no Span made per match."""
    wanted = [start for _, start, _ in matches]
    wanted.extend([end - 1 for _, _, end in matches])
    found = np.searchsorted(doc.to_array(IDX) if starts is None else starts, wanted, side="right").tolist()
    count = len(matches)
    return [(first - 1 if first > 0 else 0, last) for first, last in zip(found[:count], found[count:], strict=True)]


def _institutions_of(doc: Doc, sent: Span) -> list[Span]:
    """`institutions_in` the sentence `sent` (one of `sentences(doc)`; the list is not to be
    changed), from the Doc's institutions grouped by sentence once: most sentences read ask."""
    key = "_event_institutions"
    grouped = doc.user_data.get(key)
    if grouped is None:
        grouped = doc.user_data[key] = _institutions_by_sentence(doc)
    return grouped[0].get(sent.start_char, _NONE)


def _institution_bounds_of(doc: Doc, sent: Span) -> list[tuple[int, int]]:
    """The first and end characters of `_institutions_of(doc, sent)`, in its order (a Span's are
    properties, read once a Doc here, not once a sentence that asks)."""
    _institutions_of(doc, sent)
    return doc.user_data["_event_institutions"][1].get(sent.start_char, _NO_BOUNDS)


_NONE: list[Span] = []
_NO_BOUNDS: list[tuple[int, int]] = []


def _institutions_by_sentence(doc: Doc) -> tuple[dict[int, list[Span]], dict[int, list[tuple[int, int]]]]:
    """The institutions lying whole inside each sentence, in the order of `institution_spans`,
    by the sentence's first character (what `institutions_in` finds in its range); and their
    first and end characters, the same way."""
    sents = sentences(doc)
    found: dict[int, list[Span]] = {}
    bounds: dict[int, list[tuple[int, int]]] = {}
    starts, ends = institution_bounds(doc)
    first_chars = sents.starts
    # The sentence of the institution before is kept while the next ones start inside it: they come
    # in order of start, ~100 a Chinese page, most several to a sentence (a sentence looked up, its
    # end read and its lists found once a run, not once an institution).
    key = following = sentence_end = -1  # the sentence's first character, the next one's, its end
    beyond = len(doc_text(doc)) + 1
    members: list[Span] | None = None
    member_bounds: list[tuple[int, int]] | None = None
    for span, start, end in zip(institution_spans(doc), starts, ends, strict=True):
        if not key <= start < following:
            index = bisect.bisect_right(first_chars, start) - 1
            if index < 0:
                key = following = -1
                continue
            key = first_chars[index]
            following = first_chars[index + 1] if index + 1 < len(first_chars) else beyond
            sentence_end = sents.spans[index].end_char
            members, member_bounds = found.get(key), bounds.get(key)
        if end <= sentence_end:
            if members is None or member_bounds is None:
                members = found[key] = []
                member_bounds = bounds[key] = []
            members.append(span)
            member_bounds.append((start, end))
    return found, bounds


def _pair_opening(doc: Doc, after_and: int, first: int) -> int | None:
    """The first token of the institution ending right before the 与 at `after_and - 1` when an
    institution also starts right after it (A与B…座谈会: the pair opens the name), else None; never
    before `first`, the sentence's first token."""
    key = "_institution_firsts"
    known = doc.user_data.get(key)
    if known is None:
        spans = institution_spans(doc)
        known = doc.user_data[key] = ({s.end - 1: s.start for s in spans}, {s.start for s in spans})
    first_by_last, starts = known
    if after_and not in starts:
        return None
    opening = first_by_last.get(after_and - 2)
    return opening if opening is not None and opening >= first else None


def _institution_last_tokens(doc: Doc) -> set[int]:
    key = "_institution_last_tokens"
    if key not in doc.user_data:
        doc.user_data[key] = {s.end - 1 for s in institution_spans(doc)}
    return doc.user_data[key]


@dataclass(frozen=True, slots=True)
class _Reading:
    """What a Doc holds for the rules, found once per Doc, by sentence index (in `sentences`).

    A sentence not `worth_reading` takes its paragraph's setting and holds no event: the loop
    over the sentences does nothing else for it."""

    dates: dict[int, list[DateMention]]  # `dates_by_sentence`
    heads: dict[int, list[int]]  # the tokens an event name can end with (`_head_tokens`)
    year_only: set[int]  # `_year_only_sentences`
    may_continue: set[int]  # `_opening_with_anaphor`
    retold: set[int]  # `_retelling`: openings that tell the sentence before again, with its day
    told_again: set[int]  # the sentences before those (line breaks skipped): their day is there
    triggers: Callable[[int, int], list[Hit]]  # the trigger words in a range of the text
    with_own_setting: set[int]  # with a day or a place's range (the others have no setting of their own)
    with_event: set[int]  # with a head word (a name) or a trigger word
    worth_reading: set[int]  # any of the above: a setting that may not be the paragraph's, or an event
    online: set[int]  # with words that say the happening took place online (`event_online.txt`)
    renewing: set[int]  # with a renewal verb and an agreement word (`_renewing`)


class EventExtractor(Batchwise):
    def __init__(self, language: str) -> None:
        register_extensions()
        self.language = language
        self.triggers = word_table(language, "event_triggers.tsv")
        if language == "zh":  # phrases of several words, kept out of the jieba dictionary
            self.triggers = {**self.triggers, **word_table(language, "event_trigger_phrases.tsv")}
        self.heads = frozenset(word_list(language, "event_heads.txt"))
        # (lower case once: `_kind_of_name` compares a name's end in lower case)
        self.head_kinds = tuple((h.lower(), k) for h, k in word_table(language, "event_head_kinds.tsv").items())
        self.anaphors = tuple(a.lower() for a in word_list(language, "event_anaphors.txt"))
        # (English: those naming the event, "during the forum", also inside the first clause: "At a
        # signing ceremony during the forum, ..."; not the bare "during the", "at the")
        self.clause_anaphors = tuple(a for a in self.anaphors if a.count(" ") >= 2)
        self.openings = tuple(a.lower() for a in word_list(language, "event_opening_anaphors.txt"))
        self.trip_anaphors = tuple(a.lower() for a in word_list(language, "event_trip_anaphors.txt"))
        self.signing_references = tuple(w.lower() for w in word_list(language, "event_signing_references.txt"))
        self.until = tuple(w.lower() for w in word_list(language, "event_day_not_after.txt"))
        self.report_days = tuple(word_list("zh", "event_report_days.txt")) if language == "zh" else ()
        self.until_reach = max(map(len, self.until), default=0) + 3  # characters read before a date
        self.retold = tuple(w.lower() for w in word_list(language, "event_retold.txt"))
        self.online = tuple(w.lower() for w in word_list(language, "event_online.txt"))
        not_met = ("not_name_start.txt", "event_met_not_people.txt")  # (English: `_people_met`)
        self.not_met = frozenset(w for f in not_met for w in word_list("en", f)) if language == "en" else frozenset()
        self.tours = tuple(w.lower() for w in word_list(language, "event_tours.txt"))
        self.country_verbs = frozenset(word_list(language, "event_country_verbs.txt"))
        self.country_pattern = _country_place_pattern(language == "en")
        # (a happening told apart, "Separately, ...", takes no day told before either)
        undated = word_list(language, "undated.txt") + word_list(language, "event_separate.txt")
        # (found as written, once a Doc: an English word also capitalised, opening a sentence)
        self.undated = tuple(dict.fromkeys([*undated, *(w[:1].upper() + w[1:] for w in undated)]))
        # (a speech's opening, 介绍，: a time word after it is the speech's content, not its speaker's act)
        self.speech_openers = tuple(word_list(language, "event_speech_openers.txt"))
        self.sub_sessions = tuple(w.lower() for w in word_list(language, "event_sub_sessions.txt"))
        self.statistics = tuple(w.lower() for w in word_list(language, "event_statistics.txt"))
        self.invitations = tuple(w.lower() for w in word_list(language, "event_invitations.txt"))
        classifiers = "event_count_classifiers.txt"
        counted = "".join(word_list("zh", classifiers)) if language == "zh" else ""
        self.count_pattern = re.compile(f"{_COUNT_DIGITS}[{counted}]") if counted else None
        heads = "event_established_heads.txt"
        self.established_heads = tuple(word_list("zh", heads)) if language == "zh" else ()
        self.founded_heads = frozenset(word_list("en", heads)) if language == "en" else frozenset()
        self.agreement_words = tuple(w.lower() for w in word_list(language, "event_agreement_words.txt"))
        self.renewals = tuple(w.lower() for w in word_list(language, "event_renewals.txt"))
        renewed = alternation(self.renewals)
        self.renewal_pattern = re.compile(rf"\b(?:{renewed})\b" if language == "en" else renewed)
        self.list_endings = word_list("zh", "event_list_endings.txt") if language == "zh" else ()
        announced = word_table("zh", "event_announcements.tsv") if language == "zh" else {}
        self.announced = tuple(w for w, role in announced.items() if role == "object")
        self.not_announced = tuple(w for w, role in announced.items() if role == "not")
        # (English: "delegation" is a visit word itself, which needs an institution; a delegation
        # led by a person named is a travelling party, en/event_delegations.txt)
        self.delegations = tuple(w.lower() for w in word_list(language, "event_delegations.txt"))
        trips = "event_personal_trips.txt"  # (English: a person's trip, `_tells_of_a_persons_trip`)
        self.personal_trips = tuple(w.lower() for w in word_list("en", trips)) if language == "en" else ()
        founded = "event_founded_anaphors.tsv"
        self.founded_anaphors = word_table(language, founded)
        self.alliance_words = tuple(w.lower() for w in word_list(language, "alliance_references.txt"))
        # 'A university alliance for ... was launched': an alliance's word after "a"/"an" (English)
        nouns = alternation({w.split()[-1] for w in self.alliance_words}) if language == "en" else ""
        self.indefinite_alliance = re.compile(rf"\b[Aa]n?\s+(?:[\w-]+\s+){{0,3}}{nouns}\b") if nouns else None
        self.standing = tuple(w.lower() for w in word_list(language, "event_standing_names.txt"))
        relatives = "event_relative_clauses.txt"
        purposes = "event_place_purposes.txt"
        self.purposes = tuple(f" {w.lower()} " for w in word_list("en", purposes)) if language == "en" else ()
        self.held = tuple(w.lower() for w in word_list("en", "event_held_words.txt")) if language == "en" else ()
        self.relatives = frozenset(w.lower() for w in word_list("en", relatives)) if language == "en" else frozenset()
        connectors = "event_name_connectors.txt"
        self.connectors = frozenset(word_list("en", connectors)) if language == "en" else frozenset()
        standing_after = "event_place_standing_after.txt"
        self.standing_after = frozenset(word_list("en", standing_after)) if language == "en" else frozenset()
        modifiers = "event_name_modifiers.txt"
        self.name_modifiers = frozenset(word_list("en", modifiers)) if language == "en" else frozenset()
        # (a headline's verb opens no event's name: "Ambassador Attends Graduation Ceremony of X")
        self.not_start = (
            frozenset(word_list("en", "not_name_start.txt")) | frozenset(word_list("en", "person_headline_verbs.txt"))
            if language == "en"
            else frozenset()
        )
        self.venues = frozenset(word_list("en", "event_venue_words.txt")) if language == "en" else frozenset()
        slogans = "event_name_slogans_before_in.txt"
        self.slogans = frozenset(word_list("en", slogans)) if language == "en" else frozenset()
        self.lasting = word_list(language, "event_place_lasting.txt")
        self.round_ups = word_list(language, "event_dateline_roundups.txt")
        self.meeting_verbs = tuple(w.lower() for w in word_list(language, "event_meeting_verbs.txt"))
        self.boundaries = frozenset(word_list("zh", "name_boundaries.txt")) if language == "zh" else frozenset()
        inner = "event_name_inner_words.txt"
        self.seats = word_list("zh", "event_place_seats.txt") if language == "zh" else ()
        self.planned = word_list("zh", "event_planned_words.txt") if language == "zh" else ()
        self.plans = tuple(word_list(language, "event_plan_words.txt"))  # a sentence telling a plan
        self.signing_breaks = tuple(word_list(language, "event_signing_clauses.txt"))  # (`_signing_clauses`)
        agreed_plans = word_table(language, "event_agreed_plans.tsv")
        self.agreed = tuple(w for w, role in agreed_plans.items() if role == "agreed")
        self.hold_words = tuple(w for w, role in agreed_plans.items() if role == "hold")
        self.same_time = tuple(word_list("zh", "event_same_time.txt")) if language == "zh" else ()
        self.past_times = tuple(word_list("zh", "event_past_clause_times.txt")) if language == "zh" else ()
        self.zh_past_clause = _zh_past_clause(self.past_times) if self.past_times else None
        self.reviewed_years = _reviewed_years(language)
        self.lengths = _trip_words()[0]  # a happening's length in days ('为期两天', 'three-day')
        self.meeting_length = _meeting_length_pattern(language, self.heads, self.lengths)
        # 'the two-day 2026 China-Central Asia ... Forum': a length word before a meeting's name (English)
        self.named_meeting_length = (
            _named_meeting_length_pattern(self.heads, self.lengths) if language == "en" else None
        )
        placed = word_table(language, "event_meeting_placed.tsv")
        self.meeting_references = _meeting_reference_pattern(language, self.heads, placed)
        self.meeting_held = tuple(w for w, role in placed.items() if role == "held")
        self.meeting_future = tuple(w for w, role in placed.items() if role == "future")
        manners = "event_online_manners.txt"
        self.online_manners = word_list("zh", manners) if language == "zh" else ()
        stops = "event_name_stops.txt"
        # where a Chinese event name stops to its left: the words that stop a body's name, and verbs
        # of preparing or taking part (筹办, 参与), but not the nouns that are verbs too (质量建设研讨会)
        # (a reporters' credit in brackets, 电（记者 周以宁）, is no part of the name after it)
        self.credit_words = frozenset(word_list("zh", "byline_markers.txt")) if language == "zh" else frozenset()
        # 可/持续: a compound the segmenter cuts after a boundary character is no boundary
        self.split_words = tuple(word_list("zh", "event_name_split_words.txt")) if language == "zh" else ()
        self.name_boundaries = (
            (self.boundaries | frozenset(word_list("zh", stops))) - frozenset(word_list("zh", inner))
            if language == "zh"
            else frozenset()
        )
        # Where the text holds a head word, leftmost-longest (the few head words make a small
        # automaton: one pass costs a fifth of a regex alternation's).
        # 丝绸之路大学联盟2025年理事会: words that end a meeting's name only right after a year
        self.year_heads = frozenset(word_list("zh", "event_heads_after_year.txt")) if language == "zh" else frozenset()
        self.generic_words = frozenset(w.lower() for w in word_list(language, "event_generic_words.txt"))
        references = "event_reference_words.txt"
        self.reference_words = frozenset(word_list("zh", references)) if language == "zh" else frozenset()
        abbreviations = "event_visited_abbreviations.txt"
        self.visited_abbreviations = word_list("zh", abbreviations) if language == "zh" else []
        decisions = "event_notice_decisions.txt"
        self.notice_decisions = frozenset(word_list("zh", decisions)) if language == "zh" else frozenset()
        every_head = sorted(self.heads | self.year_heads)
        self.head_finder = AhoCorasick(every_head, matchkind=MatchKind.LeftmostLongest) if every_head else None
        self.han_heads = all(_HAN_WORD.fullmatch(h) for h in self.heads)
        _compile_patterns(language == "en")
        # What `_ends_with_head` and `_verb_before_head` found for each NORM: the same words recur.
        self.ending_with_head: dict[str, bool] = {}
        self.verb_on_head: dict[str, bool] = {}
        self.name_parts: dict[tuple[str, str], bool] = {}  # `_name_part`'s, by NORM and text

    def __call__(self, doc: Doc) -> Doc:
        events: list[_Draft] = []
        previous: Setting | None = None  # the last event's setting, for "During the conference"
        previous_at = -1  # the index of the sentence that told it
        length_told: dict[int, bool] = {}  # `_tells_a_length` of the sentences asked, by index
        # The last setting given. It carries over line breaks: a lead's day or place is that of
        # the paragraphs after it (measured, session 7: a reset at each new paragraph, to none,
        # to the lead's or to the day alone, loses dates and places on train and dev).
        paragraph: Setting | None = None
        # the setting of the sentence that told the place `paragraph` carries (None: no place), and
        # whether that was a city heading the lines (`_headings`): it places every day under it
        placed_by: Setting | None = None
        by_heading = False
        opened_at = -1  # the last sentence told at a frame's opening (`_at_the_opening`)
        trip: Setting | None = None  # the setting of the last visit told over several days
        stays = False  # whether it was arrived at or opened at ('arrived in Chengdu'): the days after are there
        ranged: Setting | None = None  # the last place told with days of a range ('in Changsha from April 20 to 23')
        # the head words of the named meetings told over several days ('the ... Forum was held on November
        # 18 and 19'): 'During the forum' after a day of it told later ('At the opening on November 18')
        # is still in the stretch
        meetings_ranged: set[str] = set()
        day_told = False  # whether a sentence read gave a day (a word telling none stops it: `undated`)
        # the sentences with a word telling its time as no day (`_undated`), found when first asked (a
        # sentence with an event, no day of its own, after a day told): a page asking none makes no pass
        undated_sentences: set[int] | None = None
        reading = self._read(doc)
        naming: set[int] = set()  # the sentences that told a named happening (for `_not_told_before`)
        clauses: set[tuple[int, int]] = set()  # the evidence of signings told in clauses of one sentence
        headings = self._headings(doc)
        sents = sentences(doc)
        first_tokens = sents.tokens
        # Each sentence's setting, by index: a dict by first token is made of it once at the end
        # (filling a list's slices costs a third of making a dict of each run of sentences skipped).
        settings = [_NOWHERE] * len(first_tokens)
        done = 0  # the sentences before this one have their setting
        notice = _notice_foot(doc) is not None  # (most pages end with none: `_dated_by_notice` is not asked)
        sections = _section_headings(doc_text(doc), sents.starts) if self.language == "zh" else []
        # Only the sentences `worth_reading` are read (their Spans made); each of the others
        # (no day, place, event or opening "During the conference") takes the setting last
        # given, and `previous` stays as it was.
        # (the reading's sets, read once: each is an attribute lookup, asked several times a sentence)
        with_event, triggers, told_again, online, dates_of = (
            reading.with_event,
            reading.triggers,
            reading.told_again,
            reading.online,
            reading.dates,
        )
        for index in sorted(reading.worth_reading):
            settings[done:index] = [_NOWHERE if paragraph is None else paragraph] * (index - done)
            section = _section_opened(sections, done, index) if sections else -1
            if section >= 0:
                # (a numbered section of a notice tells another happening: nothing carries into it)
                settings[section:index] = [_NOWHERE] * (index - section)
                paragraph = previous = placed_by = ranged = None
                day_told = by_heading = stays = False
            done = index + 1
            sent = sents.spans[index]
            mentions = dates_of.get(index, [])
            heads = reading.heads.get(index)
            names = self._event_names(doc, sent, heads) if heads else []
            heading = headings.get(index)
            # (a name in a clause of an earlier time, ", two years after they first met at the 2023 ...
            # Congress in Milan": that happening's, its year and place not the sentence's)
            past_at = self._past_clause_start(doc, sent, names) if names else -1
            own = (
                self._own_setting(
                    doc,
                    sent,
                    names if past_at < 0 else [n for n in names if n.start < past_at],
                    mentions,
                    heading,
                    triggers if index in with_event else None,
                )
                if index in reading.with_own_setting
                else _NOWHERE
            )
            past_place = None
            if past_at >= 0 and index in reading.with_own_setting:
                # (the clause's place, read with its names: "... Congress in Milan"; rare sentences)
                whole_setting = self._own_setting(doc, sent, names, mentions, heading, None)
                past_place = _without_place_after(doc_text(doc), whole_setting, sent, past_at)[1]
                own = _without_place_after(doc_text(doc), own, sent, past_at)[0]
            if notice and own.date is None and index in with_event:
                own = self._dated_by_notice(doc, sent, own, triggers)
            if own.date is None and reading.retold and (index in with_event or index in told_again):
                # "X has signed an agreement with Y." + "The agreement was signed ... on 14 August"
                again = self._told_again(doc, index, reading)
                if again is not None and again.date is not None:
                    # (the place it is signed in, told again, over one of the sentence's own: "renewed the
                    # agreement under which they run the X Institute in Haining" + "... signed in Hangzhou")
                    own = _filled(_placeless(own) if again.location else own, again)
            told_place = own.location is not None  # (not one 'During the forum' takes from the forum)
            during = previous is not None and index in reading.may_continue and self._continues_event(doc, sent)
            # (the frame told as lasting several days: a range, or a length in words, 论坛为期两天)
            # (read only where it counts: a sentence without a day of its own takes the frame's)
            lasting = during and own.date is None and previous.date is not None
            opening_day = lasting and self._at_the_opening(doc, sent)
            if opening_day:
                lasting = False  # ('论坛开幕式上，…联盟正式成立': on the frame's first day, told with its range)
            if lasting and not previous.several_days:
                if previous_at not in length_told:
                    length_told[previous_at] = self._tells_a_length(doc, previous_at)
                lasting = length_told[previous_at] or self._length_told_since(doc, previous_at, index)
                lasting = lasting or self._meetings_length_told(doc, sent)
                lasting = lasting or (bool(meetings_ranged) and _opening_names(doc, sent, meetings_ranged))
                # ('11月9日至14日，代表团访问芬兰。…12日，…。访问期间，…': the trip's days, not the last one told)
                lasting = lasting or (_within(previous, trip) and self._opens_with_trip_anaphor(doc, sent))
            # (同期, 'meanwhile': another happening at that time; a visit then is no visit of the frame's place)
            elsewhere = during and index in with_event and self.same_time and self._at_the_same_time(doc, sent)
            # (a trip then, '同期，副校长率团访问意大利…', is not on its day either: 同期 is a stretch of
            # time, no day; a signing then is during the frame, on its day when it lasted one)
            apart_in_time = elsewhere and own.date is None and self._tells_a_visit(sent, triggers)
            if apart_in_time:
                during = False
            if during:
                # "会议期间签署": the event's day when it lasted one day; no day when it lasted several
                own = _filled(own, _place_only(previous) if lasting else previous)
            # A signing or visit without a day happened on the day just given; an approval or
            # founding reported as background keeps only its own words.
            setting = own
            year_only = index in reading.year_only
            # (asked only where it may answer yes: a sentence without a day, with a date or a year)
            otherwise = own.date is None and bool(mentions or year_only)
            otherwise = otherwise and self._dated_otherwise(doc, sent, own, mentions, year_only)
            otherwise = otherwise or apart_in_time
            # (only where it stops a day told before: '日前，A与B签署协议。据悉，该协议于11月12日签署。'
            # opening a text tells one signing; nor in one a sentence after retells with its day)
            undated = own.date is None and day_told and index in with_event and index not in told_again
            if undated:
                if undated_sentences is None:
                    undated_sentences = self._undated(doc)
                undated = index in undated_sentences
                if undated and self.speech_openers and self._undated_only_in_speech(doc, sent, triggers):
                    undated = False  # ('副厅长在开幕致辞中介绍，近年来…': the opening is on the day told)
            if undated:
                # "Earlier this month, a team from B visited C.": not on the day given before
                otherwise = True
            if not otherwise and own.date is None and names and paragraph is not None and paragraph.date:
                # "recalled the 2024 ... Roundtable, held in Kunming last June": not on the day given before
                otherwise = _named_in_an_earlier_year(names, paragraph.date)
            if paragraph is not None and not otherwise:
                several_days = lasting and own.date is None
                setting = _filled(own, _place_only(paragraph) if several_days else paragraph)
                if own.date is not None and own.location is None and not _carried_to(own, placed_by, by_heading, stays):
                    # (a happening on another day than the one its place was told with is another
                    # happening's: 'visited Auckland on May 3. On May 5, the roundtable ...'; a
                    # forum's days told before keep their place: 'on April 23, the forum's last day')
                    setting = _filled(_placeless(setting), _place_only(ranged) if _within(own, ranged) else _NOWHERE)
            if index in online:
                # 'signed ... in a ceremony held online', 通过视频连线方式签署: nowhere
                own, setting = _placeless(own), _placeless(setting)
            # (at the opening of a frame of several days, and in the clauses after it a semicolon
            # joins: its first day, one day, so a signing told there keeps it; the sentences after
            # still read the frame as several days, 'during the forum')
            opening_day = opening_day or (opened_at == index - 1 and own.date is None and _after_semicolon(doc, sent))
            day_setting = _first_day(setting) if opening_day else setting
            opened_at = index if opening_day else opened_at
            settings[index] = day_setting
            day_told = day_told or setting.date is not None
            if index in with_event:
                found = self._events(doc, sent, names, own, day_setting, triggers, index in reading.renewing)
                if self.sub_sessions and found:
                    found = self._without_sub_sessions(found)
                if (
                    len(found) > 1
                    and _any_of_kinds(found, "approval")
                    and _any_of_kinds(found, "other")
                    and _announced_only(triggers(sent.start_char, sent.end_char))
                ):
                    # ('教育部公布了审批结果，A与B合作举办的项目获得批准': the results made public are the approval)
                    found = [e for e in found if e.kind != "other" or e.name is not None]
                if self.invitations and _any_of_kinds(found, "visit") and self._visit_invited(doc, sent, triggers):
                    # ('B invited A to send a delegation', 约定年内回访: a visit to come, none told)
                    found = [e for e in found if e.kind != "visit"]
                if self.statistics and _any_of_kinds(found, "signing") and self._tells_statistics(doc, sent):
                    # ('今年以来…新签或续签校际合作协议17份': a count over a period, no signing of a day)
                    found = [e for e in found if e.kind != "signing"]
                if own.date is None and _any_of_kinds(found, "conference") and self._tells_a_plan(doc, sent):
                    # ('The next forum will be held in Bangkok in 2027', 下一届论坛将于2027年在…举办: a
                    # meeting to come, told without a day, is no happening the page reports)
                    found = [e for e in found if e.kind != "conference"]
                if past_at >= 0:
                    found = _named_in_past_clause(found, names, past_at, past_place)
                if found and len(mentions) >= 2:
                    found = self._on_clause_days(doc, sent, found, triggers, mentions)
                if index in online:
                    found = [_draft((*e[:7], True, e.background)) for e in _not_travelled(found)]  # (online)
                if elsewhere:
                    found = _visits_elsewhere(found, previous.location)
                if undated or (otherwise and year_only and not _any_month(mentions)):
                    found = [_draft((*e[:8], True)) for e in found]  # (background)
                elif otherwise and _months_before(mentions, _publication_date(doc)):
                    # (not an approval: "the approval comes two years after they signed a letter of
                    # intent in April 2023" recalls the approval reported, the month is the signing's)
                    found = [e if e.kind == "approval" else _draft((*e[:8], True)) for e in found]
                if found and index in reading.retold:
                    found = self._not_told_before(doc, index, found, naming)
                if own.date is None and _any_of_kinds(found, "signing") and _any_of_kinds(events, "signing"):
                    # ('Zhou Wei attended the signing ceremony', 出席签约仪式: the signing told before)
                    found = self._without_signing_referred_to(doc, sent, found, triggers)
                if told_place and self.meeting_references:
                    # ('本次论坛在昆明举行', 'the forum, which was held in Kunming': the place of one named before)
                    head = self._meeting_placed(doc, sent)
                    if head:
                        _place_last_meeting(events, own, head)
                if not found and told_place and self._caption_of_a_signing(doc, sent, triggers):
                    # 'Signing ceremony in Valencia' under the signing told: a photo caption placing it
                    _place_last_signing(events, setting)
                if _any_named(found):
                    naming.add(index)
                if setting.several_days and _any_of_kinds(found, "visit"):
                    trip = setting
                if setting.several_days and self.language == "en":
                    meetings_ranged.update(_meeting_heads(found))
                elif setting.several_days and _any_named(found) and not _any_of_kinds(found, "visit"):
                    # (not a trip's days: '10月12日至18日，代表团访问英国…出席…论坛', the forum on a day of them)
                    meetings_ranged.update(self._meeting_heads_zh(found))
                if len(found) > 1:
                    clauses.update(_signing_clause_keys(found))
                events.extend(found)
            # (a place alone in a sentence that tells no happening, "the secretariat moves to Hohai
            # University in Nanjing", is where something is, not where the paragraph's happenings are;
            # a city heading a paragraph is; a sentence in another year, "in Nanchang since 2019", still
            # takes the paragraph out of the day)
            place_only = own.date is None and not otherwise and index not in with_event
            place_only = place_only and heading is None
            if undated:
                # the day told before stops here, and its place (measured on train: carried, the place
                # was another happening's 4 times in 5): the sentences after are not on them either
                previous = paragraph = setting
                previous_at = index
            elif (
                (setting.date or setting.location)
                and not place_only
                and not (otherwise and own.date is None and self._year_only_said(doc, sent))
            ):
                if told_place or setting.location is None:
                    placed_by, by_heading = (own if told_place else None), heading is not None
                    stays = told_place and own.date is not None and self._lasting(doc, sent)
                    ranged = own if told_place and own.until is not None else ranged
                previous, previous_at = setting, index
                # (a happening placed in another year or month, "first met at a forum in Milan in
                # 2023", places none of the sentences after it)
                paragraph = _placeless(setting) if otherwise else setting
        settings[done:] = [_NOWHERE if paragraph is None else paragraph] * (len(settings) - done)
        doc._.settings = dict(zip(first_tokens, settings, strict=True))
        # (the dateline only places events: none read, none looked for)
        dateline = self._dateline(doc, dates_of) if events else None
        travellers = _travellers_reader(doc) if _several_visits(events) else None  # (read only then)
        doc._.events = _merged(events, dateline, _parties_reader(doc), travellers, clauses)
        return doc

    def _caption_of_a_signing(self, doc: Doc, sent: Span, triggers: Callable[[int, int], list[Hit]]) -> bool:
        """Whether the sentence is a photo caption ('Signing ceremony in Valencia') with a signing word
        and no institution: it shows the signing told before it, and tells no other."""
        if not _is_caption(doc_text(doc)[sent.start_char : sent.end_char]):
            return False
        signing = any(h.value == "signing" for h in triggers(sent.start_char, sent.end_char))
        return signing and not _institutions_of(doc, sent)

    def _without_signing_referred_to(
        self, doc: Doc, sent: Span, found: list[_Draft], triggers: Callable[[int, int], list[Hit]]
    ) -> list[_Draft]:
        """`found` less its signing when the sentence's signing words all name a ceremony it refers to
        ('attended the signing ceremony', 出席签约仪式, `event_signing_references.txt`): the signing
        told before, not another."""
        text = matching_text(doc)
        for hit in triggers(sent.start_char, sent.end_char):
            if hit.value == "signing" and not text[max(sent.start_char, hit.start - 8) : hit.end].endswith(
                self.signing_references
            ):
                return found
        return [e for e in found if e.kind != "signing"]

    def _shows_a_photo(self, doc: Doc, sent: Span) -> bool:
        """Whether the sentence is a photo caption or a heading (`_is_caption`); in English also a line
        of its own with no full stop ('Zhou Yanping and Helena Marques sign the renewed agreement'), or
        one a photo credit follows ('... exchange the signed memorandum. Photo: James Moffett')."""
        text = doc_text(doc)
        if _is_caption(text[sent.start_char : sent.end_char]):
            return True
        return self.language == "en" and _english_caption(text, sent.start_char, sent.end_char)

    def _past_clause_start(self, doc: Doc, sent: Span, names: list[EventName]) -> int:
        """Where a clause of an earlier time starts in `sent`, when an event's name stands in it (or,
        in Chinese, right after it: '两校去年在银川举办的第七届…博览会上初次接触'); else -1."""
        if self.zh_past_clause is None:
            return _past_clause_start(doc_text(doc), sent, names)
        text = matching_text(doc)
        if not _finds_any(text, self.past_times, sent.start_char, sent.end_char):
            return -1  # (most sentences naming an event hold no such word)
        for name in names:
            low = max(sent.start_char, name.start - _ZH_PAST_REACH)
            match = self.zh_past_clause.search(text, low, name.start)
            if match is not None:
                return match.start()
        return -1

    def _at_the_opening(self, doc: Doc, sent: Span) -> bool:
        """Whether the sentence opens with a word of `event_opening_anaphors.txt` ('At the opening
        ceremony', 开幕式上): what it tells took place on the first day of the frame before it."""
        opening = matching_text(doc)[sent.start_char : sent.start_char + _OPENING].lstrip()
        if self.language == "en":
            return opening.startswith(self.openings)
        stop = _CLAUSE_END.search(opening)
        return holds_any(opening if stop is None else opening[: stop.start()], self.openings)

    def _tells_a_visit(self, sent: Span, triggers: Callable[[int, int], list[Hit]]) -> bool:
        """Whether the sentence holds a visit's trigger word."""
        return any(hit.value == "visit" for hit in triggers(sent.start_char, sent.end_char))

    def _meeting_heads_zh(self, found: list[_Draft]) -> list[str]:
        """The head words (`event_heads.txt`) ending the named conferences among `found` (论坛 of
        …合作论坛), and the words any meeting is referred to by (`zh/event_meeting_generic.txt`: 会议)."""
        heads = [h for e in found if e.kind == "conference" and e.name for h in self.heads if e.name.endswith(h)]
        return [*heads, *_generic_meeting_words()] if heads else []

    def _opens_with_trip_anaphor(self, doc: Doc, sent: Span) -> bool:
        """Whether the sentence opens with a word of `event_trip_anaphors.txt` (访问期间, 'During the
        visit'): it tells of the whole trip, not of the day told last."""
        opening = matching_text(doc)[sent.start_char : sent.start_char + _OPENING].lstrip()
        return opening.startswith(self.trip_anaphors)

    def _at_the_same_time(self, doc: Doc, sent: Span) -> bool:
        """Whether the sentence opens with a word of `event_same_time.txt` (同期, 'Meanwhile')."""
        if doc.user_data.get(_SAME_TIME) is None:  # (most pages hold none of the words: asked once)
            doc.user_data[_SAME_TIME] = holds_any(matching_text(doc), self.same_time)
        if not doc.user_data[_SAME_TIME]:
            return False
        opening = matching_text(doc)[sent.start_char : sent.start_char + _OPENING].lstrip()
        return opening.startswith(self.same_time)

    def _tells_a_length(self, doc: Doc, index: int) -> bool:
        """'论坛为期两天', 'the three-day forum': sentence `index` tells its happening's length in days
        (`event_trip_lengths.txt`): 同期 / 'during the forum' after it is on no one day."""
        sents = sentences(doc)
        text = matching_text(doc)  # (English: in lower case, as the words are)
        return holds_any(text[sents.starts[index] : _next_start(sents.starts, index, text)], self.lengths)

    def _length_told_since(self, doc: Doc, frame: int, index: int) -> bool:
        """'The forum opened on Monday. The three-day forum drew 400 participants. During the forum,
        …': a sentence after the frame's (`frame`) and before sentence `index` tells its length in days
        (`event_trip_lengths.txt`); asked only of a sentence of the frame without a day of its own."""
        sents = sentences(doc)
        text = matching_text(doc)
        return holds_any(text[_next_start(sents.starts, frame, text) : sents.starts[index]], self.lengths)

    def _meetings_length_told(self, doc: Doc, sent: Span) -> bool:
        """'The two-day forum was hosted by …' (before) or 'The three-day forum runs until Thursday.'
        (after): the length in days of the meeting sentence `sent` opens with ('During the forum',
        论坛期间), told anywhere in the page (`_meeting_length_pattern`: of a meeting with the same head
        word; found once a page)."""
        key = "_event_meeting_lengths"
        told: list[str] | None = doc.user_data.get(key)
        if told is None:
            text = matching_text(doc)
            if self.language == "zh" and _LENGTH_WORD_ZH not in text:
                told = doc.user_data[key] = []  # (every match holds 为期: most pages, no search led by the heads)
            else:
                told = doc.user_data[key] = [m.group(1) for m in self.meeting_length.finditer(text)]
                if self.named_meeting_length is not None:
                    told.extend(m.group(1).lower() for m in self.named_meeting_length.finditer(doc_text(doc)))
        if not told:
            return False
        opening = matching_text(doc)[sent.start_char : min(sent.end_char, sent.start_char + _OPENING)]
        return any(head in opening for head in told)

    def _meeting_placed(self, doc: Doc, sent: Span) -> str | None:
        """The head word (lower case) of the meeting named before whose place sentence `sent` tells:
        a reference to it ('the forum', 本次论坛 opening the sentence), a held word and no future word
        (`event_meeting_placed.tsv`); None when it tells none."""
        words = matching_text(doc)[sent.start_char : sent.end_char]
        reference = self.meeting_references.search(words)
        if reference is None or not holds_any(words, self.meeting_held) or holds_any(words, self.meeting_future):
            return None
        return reference.group(1).lower()

    def _lasting(self, doc: Doc, sent: Span) -> bool:
        """Whether the sentence tells an arrival or an opening (`event_place_lasting.txt`: 'arrived
        in', 'opened in', 抵达, 开幕): its place is that of the days after, until another is told."""
        return holds_any(self._place_text(doc)[sent.start_char : sent.end_char], self.lasting)

    def _dateline(self, doc: Doc, dates: dict[int, list[DateMention]]) -> _Dateline | None:
        """The city and day of a dispatch's dateline ('KUNSHAN, Oct. 13 (Xinhua) --', '新华社南昌10月12日电'),
        when the text opens with one (its first dated sentence, in the first lines)."""
        first = min(dates, default=None)
        if first is None:
            return None
        mention = dates[first][0]
        if mention.date is None or mention.start > _DATELINE_REACH or not _is_dateline(doc, mention):
            return None
        text = doc_text(doc)
        line = text[text.rfind("\n", 0, mention.start) + 1 : mention.start]
        place = _dateline_place(line, self.language == "en")
        if place is None or self._tells_a_round_up(_lead_after(text, mention.end)):
            return None
        return _Dateline(place, mention.date)

    def _tells_a_round_up(self, lead: str) -> bool:
        """Whether a dispatch's lead sums up a stretch of time ('... have signed a series of
        agreements over the past three weeks', 近期): its happenings took place wherever each
        party is, not in the city the dispatch was filed from (`event_dateline_roundups.txt`)."""
        return holds_any(lead.lower() if self.language == "en" else lead, self.round_ups)

    def _read(self, doc: Doc) -> _Reading:
        """Where the Doc's dates, head words, places, trigger words, years and anaphors stand, by
        sentence: each found by one pass over the text (or the date finder's), none per sentence."""
        sents = sentences(doc)
        heads: dict[int, list[int]] = {}
        view = tokens(doc)
        for head in self._head_tokens(doc):  # (a token lies in one sentence, that of its first character)
            heads.setdefault(sents.index_of(view.start(head)), []).append(head)
        dates = dates_by_sentence(doc)
        year_only, may_continue = self._year_only_sentences(doc), self._opening_with_anaphor(doc)
        retold = self._retelling(doc, dates)
        told_again = {_sentence_before(doc_text(doc), sents.starts, index) for index in retold} - {-1}
        with_own_setting = _overlapped(sents.starts, self._places(doc)).union(dates, self._headings(doc))
        renewing = self._renewing(doc)
        with_event = _overlapped(sents.starts, phrase_spans(doc, self.triggers)).union(heads, renewing)
        triggers = phrase_finder(doc, self.triggers)
        met = self._people_met(doc)
        if met:  # ("met Liu Jianguo on September 29": a visitor met by name, `_people_met`)
            with_event = with_event | _overlapped(sents.starts, Spans.of([(h.start, h.end) for h in met]))
            triggers = _with_hits(triggers, met)
        return _Reading(
            dates=dates,
            heads=heads,
            year_only=year_only,
            may_continue=may_continue,
            retold=retold,
            triggers=triggers,
            with_own_setting=with_own_setting,
            with_event=with_event,
            worth_reading=with_own_setting | with_event | year_only | may_continue | told_again,
            told_again=told_again,
            online=_overlapped(sents.starts, word_spans(doc, self.online)) & with_event,
            renewing=renewing,
        )

    def _people_met(self, doc: Doc) -> list[Hit]:
        """'met Liu Jianguo on September 29', 'the delegation met Xaysomphone Vongkhamsao': an English
        "met" right before a capitalised word that is no sentence word, month or weekday
        (`event_met_not_people.txt`, `not_name_start.txt`): a person met, a `visit` word (one with
        an institution in its sentence, as "met with" is; by title, `event_triggers.tsv`)."""
        if not self.not_met or " met " not in matching_text(doc):  # (most pages: asked once)
            return []
        text = doc_text(doc)
        found = []
        # (one C search skips "met with"; the literal start "met " is searched fast, no \b tried everywhere)
        for met in _MET_WORD.finditer(text):
            at = met.start()
            if (at == 0 or not text[at - 1].isalnum()) and met.group(1) not in self.not_met:
                found.append(Hit(at, at + 3, "met", "visit"))
        return found

    def _undated(self, doc: Doc) -> set[int]:
        """The sentences holding a word of `undated.txt`, found once a Doc; not one that is
        a day's end and 前 ('3月31日前': before a day; '次日前往': the next day, going)."""
        found = word_spans(doc, self.undated)
        if not found.starts:
            return set()
        text = matching_text(doc)
        kept = [(a, b) for a, b in zip(found.starts, found.ends, strict=True) if not _day_and_before(text, a, b)]
        return _overlapped(sentences(doc).starts, Spans.of(kept)) if kept else set()

    def _visit_invited(self, doc: Doc, sent: Span, triggers: Callable[[int, int], list[Hit]]) -> bool:
        """Whether every visit word of `sent` follows an invitation or an agreed plan in it
        (`event_invitations.txt`: "invited A to send a delegation", 约定…回访): a visit to come."""
        sentence = matching_text(doc)[sent.start_char : sent.end_char]
        places = [(sentence.find(w), len(w)) for w in self.invitations]
        invited = min((at for at, size in places if at >= 0 and not _closes_clause(sentence, at + size)), default=-1)
        if invited < 0:
            return False  # (应A邀请，B访问…: the invitation was accepted, the visit is told)
        visits = [h for h in triggers(sent.start_char, sent.end_char) if h.value in {"visit", "trip"}]
        return all(h.start >= sent.start_char + invited for h in visits)

    def _tells_statistics(self, doc: Doc, sent: Span) -> bool:
        """Whether `sent` counts happenings over a period (`event_statistics.txt`, 据统计, "so far
        this year", and a figure): what it counts is no happening of a day."""
        sentence = matching_text(doc)[sent.start_char : sent.end_char]
        return holds_any(sentence, self.statistics) and _FIGURE.search(sentence) is not None

    def _without_sub_sessions(self, found: list[_Draft]) -> list[_Draft]:
        """`found` less the conferences named as a session of another (学生分论坛, "a parallel session"):
        a part of the conference that frames them, no happening of its own."""
        kept = [e for e in found if e.kind != "conference" or not (e.name or "").lower().endswith(self.sub_sessions)]
        return kept if len(kept) < len(found) else found

    def _undated_only_in_speech(self, doc: Doc, sent: Span, triggers: Callable[[int, int], list[Hit]]) -> bool:
        """Whether every word of `undated.txt` in `sent` stands after a speech's opening
        (`event_speech_openers.txt`, 介绍，) and every trigger before it: the time word is what was
        said, the happening the sentence tells (a speech at the opening) is not placed by it."""
        sentence = doc_text(doc)[sent.start_char : sent.end_char]
        opened = self._speech_opening(sentence)
        if opened < 0:
            return False
        for word in self.undated:
            at = sentence.find(word)
            if 0 <= at < opened:
                return False
        hits = triggers(sent.start_char, sent.end_char)
        return bool(hits) and all(hit.end <= sent.start_char + opened for hit in hits)

    def _speech_opening(self, sentence: str) -> int:
        """Where the first speech opening (`event_speech_openers.txt`, 说，) stands in `sentence`, or -1."""
        return min((at for w in self.speech_openers if (at := sentence.find(w)) >= 0), default=-1)

    def _year_only_said(self, doc: Doc, sent: Span) -> bool:
        """'彭建国说，两校自2019年起合作开展…，已有80余名学生赴埃克塞特完成学业': a year told after a speech's
        opening (`event_speech_openers.txt`) is what was said; the speech is on the day told before, and
        so are the sentences after it (a sentence that tells a year itself stops the day and place told)."""
        if not self.speech_openers:
            return False
        text = doc_text(doc)
        sentence = text[sent.start_char : sent.end_char]
        opened = self._speech_opening(sentence)
        if opened < 0:
            return False
        year = _YEAR_ONLY[self.language].search(text, sent.start_char, sent.end_char)
        return year is not None and year.start() - sent.start_char > opened

    def _renewing(self, doc: Doc) -> set[int]:
        """The sentences holding a renewal verb (`event_renewals.txt`) and an agreement word
        (`event_agreement_words.txt`), found once a Doc; the others are not read for a renewal."""
        if not self.renewals:
            return set()
        sents = sentences(doc)
        verbs = _overlapped(sents.starts, word_spans(doc, self.renewals))
        return verbs & _overlapped(sents.starts, word_spans(doc, self.agreement_words)) if verbs else set()

    # -- setting ----------------------------------------------------------------------
    def _own_setting(
        self,
        doc: Doc,
        sent: Span,
        names: list[EventName],
        dates: list[DateMention],
        heading: str | None = None,
        triggers: Callable[[int, int], list[Hit]] | None = None,
    ) -> Setting:
        """`dates`: the mentions in the sentence; `heading`: the city heading it ("Vientiane: ..."), if any."""
        # A month ("in June 2025", 2024年11月) is no day for an event (corpus/GUIDE.md). Only the
        # first mention that dates the sentence is read.
        days = [d for d in dates if self._dates_the_sentence(doc, d)] if dates else dates
        # (the page's year is read only to choose between days)
        first = _day_of_sentence(days, _publication_year(doc)) if len(days) > 1 else (days[0] if days else None)
        if first is None and heading is None and not overlaps(self._places(doc), sent.start_char, sent.end_char):
            # neither a day nor a place to read; a month may come with a country ('于2024年3月在英国签署')
            country = self._country_of_happening(doc, sent, triggers) if dates else None
            return _NOWHERE if country is None else _setting((None, None, country, False, False, None))
        date, date_text, several_days = None, None, False
        if first is not None:
            date, date_text = first.date, first.text
            several_days = first.kind == "range" and first.end_date not in {None, first.date}
            year = _year_in_names(names)
            # "the 2024 ... Conference ... on December 3": the name's year; a weekday is already exact.
            if date is not None and year and not first.year_explicit and first.kind != "relative":
                date = self._named_year_day(doc, sent, date, year)
        planned = _after_publication(doc, date)
        place = heading or self._place(doc, sent, names, dated=first is not None)
        if place is None and dates:
            place = self._country_of_happening(doc, sent, triggers)
        return _setting((date, date_text, place, several_days, planned, first.end_date if several_days else None))

    def _named_year_day(self, doc: Doc, sent: Span, date: dt.date, year: int) -> dt.date:
        """`date` in the year a name gives when that year is the happening's: an earlier year names
        the year a meeting reviews ("the 2024 Annual Conference ... on January 7" on a 2025 page,
        2024年度工作会议), so the day stays the latest not after the page's (GUIDE); a later one moves
        a day already past the page's, and moves a day told as past only when the sentence tells a
        plan (`event_planned_words.txt`, 'will'), not for the year of an intake
        ('11月8日，华东交通大学在吉隆坡举办2026年来华留学招生宣讲会' on a 2025 page)."""
        moved = _with_year(date, year)
        if moved <= date:
            return date
        if not _after_publication(doc, moved) or _after_publication(doc, date):
            return moved
        return moved if self._tells_a_plan(doc, sent) else date

    def _tells_a_plan(self, doc: Doc, sent: Span) -> bool:
        words = matching_text(doc)[sent.start_char : sent.end_char]
        return holds_any(words, self.plans)

    def _dates_the_sentence(self, doc: Doc, mention: DateMention) -> bool:
        """Whether `mention` can be the day of the sentence's happening: not a month, a dispatch's
        date (`_is_dateline`) nor the end of a stretch (`_ends_a_stretch`)."""
        return (
            mention.kind not in {"garbled", "month"}
            and not _is_dateline(doc, mention)
            and not self._ends_a_stretch(doc, mention)
        )

    def _visited_country(self, doc: Doc, sent: Span) -> tuple[str | None, bool]:
        """The one country a delegation visited (`_visited_country_pattern`), as written, and
        whether the sentence tells a tour of several instead (then no place)."""
        english = self.language == "en"
        text = doc_text(doc) if english else matching_text(doc)
        start, end = sent.start_char, sent.end_char
        words = matching_text(doc)[start:end]
        if holds_any(words, self.tours):
            return None, True  # 率团出访两国, "visited three countries"
        if not _finds_any(text, _VISIT_VERBS[self.language], start, end):
            return self._visited_by_abbreviation(doc, sent), False  # (the pattern opens with one of these words)
        # (searched from the first word a match can open with, not tried at every character before it)
        first = _first_of(text, _VISIT_OPENINGS[self.language], start, end)
        match = _visited_country_pattern(english).search(text, first, end)
        if match is None:
            return self._visited_by_abbreviation(doc, sent), False
        if match.group(2):
            return None, True
        return doc_text(doc)[match.start(1) : match.end(1)], False

    def _visited_by_abbreviation(self, doc: Doc, sent: Span) -> str | None:
        """'代表团于5月7日至9日访港，其间…': a place's one-character name right after 访, ending the
        phrase (`zh/event_visited_abbreviations.txt`), as written."""
        words = matching_text(doc)[sent.start_char : sent.end_char]
        for place in self.visited_abbreviations:
            at = words.find("访" + place)
            if at >= 0 and words[at + 2 : at + 3] in _AFTER_ABBREVIATION:
                return doc_text(doc)[sent.start_char + at + 1 : sent.start_char + at + 2]
        return None

    def _ends_a_stretch(self, doc: Doc, mention: DateMention) -> bool:
        """'将持续至9月1日', 'runs until May 30': the end of a stretch whose start is not given (a
        range with its start is one mention); 'the department said on Friday': the day of the
        report. Not a day something happened on (`event_day_not_after.txt`)."""
        reach = self.until_reach
        before = matching_text(doc)[max(0, mention.start - reach) : mention.start].rstrip()
        if self.language == "zh":
            # ('省教育厅7月2日发布消息，教育部日前公布了…': the day of the report, `zh/event_report_days.txt`)
            after = matching_text(doc)[mention.end : mention.end + _REPORT_REACH]
            return before.endswith(self.until) or after.startswith(self.report_days)
        for word in self.until:  # noqa: SIM110 - compiled, `any`/`all` of a generator makes one
            if before.endswith(word) and not before[-len(word) - 1 : -len(word)].isalpha():
                return True
        return False

    def _places(self, doc: Doc) -> Spans:
        """Where an 'in/at Place' (在/于 Place) may stand, once per Doc: a sentence overlapping none
        has none."""
        key = "_event_places"
        if key not in doc.user_data:
            doc.user_data[key] = self._page_places(doc).ranges  # (kept apart: asked a few times a sentence)
        return doc.user_data[key]

    def _page_places(self, doc: Doc) -> _PagePlaces:
        """`_page_places` of the Doc, found once: the ranges tell which sentences hold a place, the
        matches which places (`_places_within`)."""
        key = "_event_place_matches"
        found = doc.user_data.get(key)
        if found is None:
            found = doc.user_data[key] = _page_places(self._place_text(doc), self.language == "en")
        return found

    def _headings(self, doc: Doc) -> dict[int, str]:
        """'Vientiane: a joint centre for mineral processing': a line opening with a city and a colon
        heads the paragraphs of a trip's stop, whose happenings took place there. By sentence index
        (in `sentences`), the city as written; found once per Doc from the colons of the text."""
        key = "_event_headings"
        found = doc.user_data.get(key)
        if found is None:
            found = doc.user_data[key] = _heading_places(doc_text(doc), self._place_text(doc), sentences(doc).starts)
        return found

    def _place_text(self, doc: Doc) -> str:
        """The text places are found in: as written (English names are capitalised), or the
        simplified view (same offsets), so 在景德鎮, 於澳門 of a traditional-script page are found."""
        return doc_text(doc) if self.language == "en" else matching_text(doc)

    def _place(self, doc: Doc, sent: Span, names: list[EventName], dated: bool = False) -> str | None:
        """The first 'in/at Place' (在/于 Place) that is not part of a name nor a province (`_regions`).
        `dated`: whether the sentence gives a day (then a place where something has long been is not
        its happening's, `_standing_place`; in a sentence without one it still takes the paragraph
        out of the day given before)."""
        if not overlaps(self._places(doc), sent.start_char, sent.end_char):
            return None
        inside_names: list[tuple[int, int]] | None = None  # (read at the first place found)
        name_ends: set[int] = set()
        english = self.language == "en"
        text = self._place_text(doc)
        regions = _regions()
        for start, _, place_start, place_end in _places_within(
            self._page_places(doc), text, sent.start_char, sent.end_char, english
        ):
            if text[place_start:place_end] in regions or text[max(0, start - 2) : start].endswith(self.seats):
                continue  # (总部位于曼谷: where a body is)
            if inside_names is None:
                named_bounds = _institution_bounds_of(doc, sent)
                inside_names = [*named_bounds, *[(n.start, n.end) for n in names]]
                # (an apposition or a relative clause after an event's name tells of that event: "the
                # 2025 Forum, which opened in Guiyang on Monday")
                name_ends = {last for _, last in named_bounds}
            if _inside_any(place_start, inside_names):
                continue
            if english and self._describes_another(text, sent.start_char, start, name_ends):
                continue
            if english and _seat_of_visitors(text, start, named_bounds):
                continue
            if dated and self.standing_after and self._standing_place(text, place_end):
                continue
            return doc_text(doc)[place_start:place_end]  # as written
        return None

    def _country_of_happening(
        self, doc: Doc, sent: Span, triggers: Callable[[int, int], list[Hit]] | None
    ) -> str | None:
        """'在英国签署', 'signed in the UK': a country (no place of `load_places`) right before or
        after a trigger word of `event_country_verbs.txt` (`_country_place_pattern`) is the
        happening's place, as written. `triggers`: the Doc's trigger words (found once a Doc)."""
        if triggers is None:
            return None
        english = self.language == "en"
        text = self._place_text(doc)
        for hit in triggers(sent.start_char, sent.end_char):
            if hit.phrase not in self.country_verbs:
                continue
            if english:
                match = self.country_pattern.match(text, hit.end)
            else:
                match = self.country_pattern.search(text, max(sent.start_char, hit.start - _COUNTRY_REACH), hit.start)
            if match is not None:
                return doc_text(doc)[match.start(1) : match.end(1)]
        return None

    def _standing_place(self, text: str, end: int) -> bool:
        """'have run in Shenyang since 2015': a place followed by a word of
        `event_place_standing_after.txt` is where something has long been. `end`: the place's."""
        after = text[end : end + _STANDING_REACH].lower().lstrip(" ,").split(maxsplit=1)
        return bool(after) and after[0] in self.standing_after

    def _describes_another(self, text: str, start: int, at: int, name_ends: set[int]) -> bool:
        """'the Mekong Institute, an intergovernmental organization in Khon Kaen', '..., which is
        based in Bangkok', 'signed an agreement to set up a training centre in Khon Kaen': the place
        in an apposition, a relative clause, a purpose or a plan (`event_place_purposes.txt`) is that of a
        name or of what is to be set up, not of the sentence's happening. `at`: the place word's;
        `name_ends`: where the sentence's institutions end (an apposition or a
        relative clause follows one of them)."""
        comma = _last_comma(text, start, at)
        clause = text[max(start, comma + 1) : at].lower()
        words = clause.split(maxsplit=1)
        if words and (words[0] in {"a", "an"} or words[0] in self.relatives) and comma in name_ends:
            # (but a relative clause telling a trip places it: ", who led a delegation on a visit to
            # the University in Dar es Salaam": the happenings of that visit are there)
            return words[0] in {"a", "an"} or not holds_any(clause, _VISIT_VERBS["en"])
        if clause.rstrip().endswith(self.held):
            return False  # "will be held in Nanchang": where the happening itself is planned
        return holds_any(clause, self.purposes)

    def _in_a_year(self, doc: Doc, end: int) -> bool:
        return bool(_IN_A_YEAR[self.language].match(doc_text(doc), end))

    def _dated_otherwise(
        self, doc: Doc, sent: Span, own: Setting, dates: list[DateMention], may_name_a_year: bool
    ) -> bool:
        """'signed a memorandum in 2019', '2023年，两校签署…': a happening the sentence places in a year
        or month, not on the day the paragraph gave. `dates`: the mentions in the sentence;
        `may_name_a_year`: whether the sentence is one of `_year_only_sentences`."""
        if own.date is not None:
            return False
        if _any_month(dates) and self._month_outside_relative_clauses(doc, sent, dates):
            return True
        if not may_name_a_year:
            return False
        text = doc_text(doc)
        latest = _publication_year(doc)
        for match in _YEAR_ONLY[self.language].finditer(text, sent.start_char, sent.end_char):
            if not self._in_relative_clause(text, sent.start_char, match.start()) and (
                latest is None or int(_YEAR_DIGITS.search(match.group(0)).group(0)) <= latest
            ):
                return True
        return self._year_reviewed(text, sent, latest)

    def _year_reviewed(self, text: str, sent: Span, latest: int | None) -> bool:
        """'会议通报了2025年学校国际合作交流工作情况：学校与B签署了…': a year right after a verb of reviewing
        (`zh/event_reviewed_years.txt`) places the sentence's happenings in that year, not on the day
        of the meeting told before."""
        if self.reviewed_years is None:
            return False
        for match in self.reviewed_years.finditer(text, sent.start_char, sent.end_char):
            if latest is None or int(match.group(1)) <= latest:
                return True
        return False

    def _month_outside_relative_clauses(self, doc: Doc, sent: Span, dates: list[DateMention]) -> bool:
        """Whether a month of `dates` stands outside a relative clause: "signed an agreement on a
        programme, which will take its first students in September" tells the programme's month,
        not the signing's (English: a Chinese sentence is read whole)."""
        if self.language != "en":
            return True
        text = doc_text(doc)
        for mention in dates:
            if mention.kind == "month" and not self._in_relative_clause(text, sent.start_char, mention.start):
                return True
        return False

    def _in_relative_clause(self, text: str, start: int, at: int) -> bool:
        """'renewed its agreement with X, which has sent teachers to Nanchang since 2017': a year in
        a clause opened by a relative word (`event_relative_clauses.txt`) tells of the name before
        it, not of the sentence's happening. `start`: the sentence's; `at`: the year's cue."""
        if not self.relatives:
            return False
        comma = _last_comma(text, start, at)
        words = text[comma + 1 : at].split(maxsplit=1)
        return comma >= 0 and bool(words) and words[0].lower() in self.relatives

    def _year_only_sentences(self, doc: Doc) -> set[int]:
        """The sentences where `_YEAR_ONLY` may match, from a pass over the text per cue: each of
        its matches holds a match of one of `_YEAR_CUES` (the cues may overlap: `overlapping`
        takes them so)."""
        text = doc_text(doc)
        cues = Spans.of(m.span() for cue in _YEAR_CUES[self.language] for m in cue.finditer(text))
        return _overlapped(sentences(doc).starts, cues)

    def _opening_with_anaphor(self, doc: Doc) -> set[int]:
        """The sentences whose opening (40 characters) an anaphor overlaps, from one pass over the
        text: only their openings are read by `_continues_event`."""
        starts = sentences(doc).starts
        found: set[int] = set()
        anaphors = word_spans(doc, self.anaphors)
        for start, end in zip(anaphors.starts, anaphors.ends, strict=True):
            # an opening start:start + 40 overlaps start:end when start - 40 < sentence start < end
            first = bisect.bisect_right(starts, start - _OPENING)
            found.update(range(first, bisect.bisect_left(starts, end, lo=first)))
        return found

    def _retelling(self, doc: Doc, dates: dict[int, list[DateMention]]) -> set[int]:
        """The dated sentences opening with a phrase of `event_retold.txt` ("The agreement was
        signed in Ningbo on 14 August"), from one pass over the text."""
        sents = sentences(doc)
        found: set[int] = set()
        openings = word_spans(doc, self.retold)
        if not openings.starts:
            return found
        text = matching_text(doc)
        for start in openings.starts:
            index = sents.index_of(start)
            first = sents.starts[index]
            if start - first > _DAY_OPENING:
                continue  # (most hits: inside a sentence, after more than a day)
            before = text[first:start]
            if before.strip() and not _only_a_day(before, first, dates.get(index, [])):
                continue
            if index in dates or (index + 1 in dates and _continues_sentence(doc_text(doc), sents.starts, index + 1)):
                found.add(index)
        return found

    def _not_told_before(self, doc: Doc, index: int, found: list[_Draft], naming: set[int]) -> list[_Draft]:
        """`found` less the unnamed meetings of a retelling sentence ("The summit, held on April 28 in
        Shanghai, …") when the sentence before named a happening: it is that one again, which takes
        this sentence's day and place (`_told_again`)."""
        sents = sentences(doc)
        if _sentence_before(doc_text(doc), sents.starts, index) not in naming:
            return found
        return [e for e in found if e.name is not None or e.kind != "conference"]

    def _told_again(self, doc: Doc, index: int, reading: _Reading) -> Setting | None:
        """The setting of the sentence after `index` (line breaks skipped) when it tells this one's
        happening again with its day or place."""
        sents = sentences(doc)
        starts, text = sents.starts, doc_text(doc)
        later = index + 1
        # (a sentence's text and the whitespace up to the next one: blank when the sentence is;
        # `Span.text` would join its tokens again)
        while later < len(starts) and not text[starts[later] : _next_start(starts, later, text)].strip():
            later += 1
        if later not in reading.retold:
            return None
        # (its day may stand in the piece a split at an abbreviation cut off: "(… [2024] No. | 96)
        # was issued on December 27")
        mentions = reading.dates.get(later) or reading.dates.get(later + 1, [])
        return self._own_setting(doc, sents.spans[later], [], mentions)

    def _continues_event(self, doc: Doc, sent: Span) -> bool:
        opening = matching_text(doc)[sent.start_char : sent.start_char + _OPENING].lstrip()
        if self.language == "zh":
            stop = _CLAUSE_END.search(opening)  # (a search, not a split: only the first clause is read)
            first_clause = opening if stop is None else opening[: stop.start()]
            return holds_any(first_clause, self.anaphors)
        if opening.startswith(self.anaphors):
            return True
        stop = _CLAUSE_END.search(opening)
        return stop is not None and holds_any(opening[: stop.start()], self.clause_anaphors)

    # -- names ------------------------------------------------------------------------
    def _head_tokens(self, doc: Doc) -> list[int]:
        """Indices of the tokens an event name can end with, once per Doc: English, a head word
        as written; Chinese, a word whose simplified form ends with one (…论坛, 年会).

        A token is tested only where the text holds a head word: a Chinese NORM is the simplified
        text (or, when that is the text as written, the text in lower case), so a NORM ending with
        a head word of Han characters stands where the matching text holds that word."""
        if self.head_finder is None:
            return []
        view = tokens(doc)
        if self.language == "zh":
            if not self.han_heads:
                return [i for i in range(len(doc)) if self._ends_with_head(view.norm(i))]
            candidates = _tokens_overlapping(doc, self.head_finder.find_matches_as_indexes(matching_text(doc)))
            return [i for i in candidates if self._ends_with_head(view.norm(i)) or self._after_a_year(view, i)]
        candidates = _tokens_overlapping(doc, self.head_finder.find_matches_as_indexes(doc_text(doc)))
        return [i for i in candidates if view.text_of(i) in self.heads]

    def _after_a_year(self, view: Tokens, i: int) -> bool:
        """Whether token `i` is a head of `event_heads_after_year.txt` right after a year (2025年理事会)."""
        return view.norm(i) in self.year_heads and i >= 2 and view.norm(i - 1) == "年" and view.norm(i - 2).isdigit()

    def _ends_with_head(self, norm: str) -> bool:
        known = self.ending_with_head.get(norm)
        if known is None:
            known = self.ending_with_head[norm] = any(norm.endswith(h) for h in self.heads)
        return known

    def _event_names(self, doc: Doc, sent: Span, heads: list[int]) -> list[EventName]:
        if not heads:
            return []
        names = self._zh_names(doc, sent, heads) if self.language == "zh" else self._en_names(doc, sent, heads)
        if self.list_endings:
            names = [n for n in names if not self._in_activity_list(doc, n, sent.end_char)]
        if self.planned:
            names = [n for n in names if not matching_text(doc)[max(0, n.start - 4) : n.start].endswith(self.planned)]
        if self.agreed:
            names = [n for n in names if not self._agreed_to_hold(doc, sent, n)]
        return [n for n in names if not self._standing_name(n.text)] if self.standing else names

    def _standing_name(self, name: str) -> bool:
        """Whether `name` ends as a standing body's or centre's (`event_standing_names.txt`): not one
        opening with its year, a meeting's ("2023 China-Italy Rectors' Conference")."""
        return name.lower().endswith(self.standing) and _YEAR_OPENING.match(name) is None

    def _agreed_to_hold(self, doc: Doc, sent: Span, name: EventName) -> bool:
        """'双方约定…并联合举办…研修班', 'agreed to co-host the 2027 ... Forum': a name held after
        the sides agreed to (`event_agreed_plans.tsv`) is what they will do, not a happening told."""
        before = matching_text(doc)[sent.start_char : name.start].lower()
        if not holds_any(before, self.agreed):
            return False
        before = before.rstrip(_HELD_NAME_OPENINGS)
        article = _ARTICLE_BEFORE.search(before)
        before = before[: article.start()] if article else before
        if self.language == "zh":
            # (a word of two characters may stand between: 轮流举办两地校长论坛)
            return before.endswith(self.hold_words) or before[:-2].endswith(self.hold_words)
        return before.endswith(self.hold_words)

    def _in_activity_list(self, doc: Doc, name: EventName, end: int) -> bool:
        """'先后举办校长论坛、学术研讨会等活动': a name in a clause that ends a list of activities
        (`event_list_endings.txt`) is an example, not a happening the page reports. `end`: the sentence's."""
        text = matching_text(doc)
        stop = _CLAUSE_END.search(text, name.end, end)
        return text[name.end : stop.start() if stop else end].rstrip().endswith(self.list_endings)

    def _en_names(self, doc: Doc, sent: Span, heads: list[int]) -> list[EventName]:
        """Read through the Doc's token view (`tokens`): the walks read the same few tokens
        several times, and a `doc[i]` makes a Token object on every read."""
        names: list[EventName] = []
        covered = -1
        view = tokens(doc)
        text_of, first, last = view.text_of, sent.start, sent.end
        for head in heads:
            if head < covered or (head + 1 < last and text_of(head + 1) in self.venues):
                continue  # (the "Conference Center" where it was held)
            start = self._en_name_start(view, head, max(first, head - EVENT_NAME_REACH))
            reach = min(last, head + EVENT_NAME_REACH)
            end = head + 1
            if end < last and _YEAR_DIGITS.fullmatch(text_of(end)):
                end += 1  # "China Education Expo 2025", "Going Global Summit 2025": the edition's year
            # (spaCy's `lower_` of an English token is its text in lower case)
            while end < reach and text_of(end).lower() in self.connectors:
                run_start = end + 1
                if run_start < last and text_of(run_start).lower() == "the":
                    run_start += 1
                run_end = run_start
                while run_end < reach and _name_word(view, run_end):
                    run_end += 1
                connector = text_of(end).lower()
                if run_end == run_start or (
                    connector in {"and", "&"} and _names_another_event(view, run_start, run_end, self.heads)
                ):
                    break
                if connector == "in" and (end == head + 1 or _ends_with_city(view, run_start, run_end, last)):
                    # "Forum in Kunming", "Symposium on Language Education in Changsha." say where it
                    # was; "Conference on X in Jiangxi" (a province) names its topic
                    break
                if connector in {"on", "in"} and _is_when(view.span_text(run_start, min(run_end + 2, last)), doc.lang_):
                    break  # "Conference ... on Tuesday"
                end = run_end
            # (spaCy's `is_alpha` is `str.isalpha` of the text)
            if end - start >= 2 and any(t.isalpha() and t not in self.heads for t in map(text_of, range(start, end))):
                if self._generic_en(view, start, end):
                    continue
                names.append(EventName(view.start(start), view.end(end - 1), view.span_text(start, end)))
                covered = end
        return names

    def _generic_en(self, view: Tokens, start: int, end: int) -> bool:
        """Whether only generic words and head words make the name: "the Signing Ceremony" is no
        event's name (`en/event_generic_words.txt`)."""
        generic, heads, text_of = self.generic_words, self.heads, view.text_of
        return all(w in heads or w.lower() in generic for w in map(text_of, range(start, end)) if w.isalpha())

    def _en_name_start(self, view: Tokens, head: int, first: int) -> int:
        """The first token of the capitalised run that ends at `head`; an "of" between capitalised
        words stays inside it, as in a name opening with an institution's ("University of Dundee-
        Nanchang University Forum"). `first`: the sentence's first token."""
        start = head
        while start - 1 >= first:
            if self._name_start_word(view, start - 1):
                start -= 1
            elif (
                view.text_of(start - 1) in _INNER_CONNECTORS
                and start - 2 >= first
                and self._name_start_word(view, start - 2)
            ):
                start -= 2  # "Belt and Road Forum", "University of Dundee-Nanchang University Forum"
            elif view.text_of(start - 1) == "in" and start - 2 >= first and view.text_of(start - 2) in self.slogans:
                start -= 2  # "2025 Study in Jiangxi Fair": a slogan's "in" stays inside the name
            elif (opened := _bracketed_place_before(view, start, first)) is not None and self._name_start_word(
                view, opened - 1
            ):
                start = opened - 1
            elif (opened := _quoted_run_before(view, start, first)) is not None:
                start = opened  # the "Belt and Road" Forum: a quoted slogan opens many names
            elif _study_mode_before(view, start, first):
                start -= 3  # "the Sino-British 2+2 Programme Forum": a programme's study mode is in its name
            else:
                break
        if start > first and _ORDINAL.fullmatch(view.text_of(start - 1)):
            start -= 1  # "the 3rd China-Africa Forum": its ordinal is part of its name
        return self._edition_before(view, start, first)

    def _edition_before(self, view: Tokens, start: int, first: int) -> int:
        """'the 2nd annual Sino-UK Forum': a lower-case word of `event_name_modifiers.txt` after the
        edition's ordinal or year opens the name with them."""
        if start - 2 < first or view.text_of(start - 1) not in self.name_modifiers:
            return start
        edition = view.text_of(start - 2)
        return start - 2 if _ORDINAL.fullmatch(edition) or _YEAR_DIGITS.fullmatch(edition) else start

    def _name_start_word(self, view: Tokens, i: int) -> bool:
        return _name_word(view, i) and view.text_of(i) not in self.not_start

    def _zh_names(self, doc: Doc, sent: Span, heads: list[int]) -> list[EventName]:
        """…论坛, with quoted words, bracketed places and a trailing bracket kept:
        2024“一带一路”职业教育国际合作论坛, 2024中法(江西)教育合作周, 博览会(马来西亚).

        Each token of the walk is read once, as `Tokens.token`'s (start, end, NORM), and kept in
        `words` for the checks after it: a call of the view per token instead of several."""
        names: list[EventName] = []
        institution_ends = _institution_last_tokens(doc)
        view = tokens(doc)
        read, text = view.token, view.text
        first = sent.start
        every_head = set(heads)
        for head in heads:
            head_start, head_end, head_norm = read(head)
            if self._verb_before_head(head_norm):
                continue  # 主持会议, 召开大会: a verb on a bare head word, no name
            if head - 1 in every_head:
                continue  # 交流周开幕式: the opening of the event named before
            if self._held_online_before(text, head_start):
                continue  # …工作会议以线上会议形式召开: how the meeting named before was held
            walked: list[tuple[int, int, str]] = []  # tokens head - 1, head - 2, ... taken into the name
            start = head
            while start > first:
                word = read(start - 1)
                if word[2] in _DAY_WORDS and start - 2 >= first and _ends_a_day(read(start - 2)[2], word[2]):
                    break  # 新华社重庆11月26日电 2026…论坛: a day (and a dispatch's) ends the words before a name
                if self._name_part(word, text):
                    if word[2] in _AND and start - 2 in institution_ends:
                        # 南昌大学与X大学联合举办…: the 与 joins the organisers; but in 江西农业大学与
                        # 哈珀亚当斯大学…座谈会 the two sides open the name
                        pair_first = _pair_opening(doc, start, first)
                        if pair_first is not None:
                            walked.extend(read(i) for i in range(start - 1, pair_first - 1, -1))
                            start = pair_first
                        break
                elif not (word[2] in _JOINT and start - 2 in institution_ends) and not text.startswith(
                    self.split_words, word[0]
                ):
                    break  # (X学院联合管理委员会会议: a body's joint committee, named with the body)
                walked.append(word)
                start -= 1
            walked.reverse()
            base = start  # walked[i - base] is token i, for base <= i < head
            start = self._after_credit(walked, base, start, head, text, head_start)
            while start < head and walked[start - base][2] in _AND:
                start += 1
            if start < head:
                start = self._after_a_count(walked, base, start, head, text)  # “A”“B”两个分论坛: none named
            end, end_char = head + 1, head_end
            if "(" in text[head_end : head_end + 2] or "（" in text[head_end : head_end + 2]:
                # (a bracket token after the head starts right after it, or after its one space)
                end = _after_trailing_bracket(view, head + 1, sent.end)
                end_char = view.end(end - 1)
            while start < head:  # a mark that opens before the name belongs to the sentence (not “一带一路”…)
                mark_start, mark_end, _ = walked[start - base]
                after = walked[start + 1 - base][0] if start + 1 < head else head_start
                if text[mark_start:mark_end] not in _OPENING_MARKS or not _balanced(text[after:end_char]):
                    break
                start += 1
            name_start = walked[start - base][0] if start < head else head_start
            name = text[name_start:end_char]
            joined = name.rfind("暨")  # (A暨B: two happenings, each named by its own head; 暨首届 is one token)
            if joined >= 0:
                name_start, name = name_start + joined + 1, name[joined + 1 :]
            if (
                len(name) >= 4
                and start < head
                and _balanced(name)
                and not self._generic_zh(walked[start - base :])
                and not (head_norm in self.heads and self._refers_back(walked[start - base :]))
            ):
                if _kind_of_name(name) == "signing" and not institution_ends.isdisjoint(range(start, head)):
                    continue  # 南昌大学与X大学合作协议签约仪式: a signing told by its sides, no name
                names.append(EventName(name_start, end_char, name))
        return names

    def _after_credit(
        self, walked: list[tuple[int, int, str]], base: int, start: int, head: int, text: str, head_start: int
    ) -> int:
        """Where a name walked from `start` to `head` (starting at `head_start` in `text`) begins after
        a reporters' credit in brackets (电（记者 周以宁）2026…论坛: `zh/byline_markers.txt` right after the
        opening bracket). A literal search of the walked text for an opening bracket first; the tokens
        are read only when it finds one."""
        if start >= head:
            return start
        low = walked[start - base][0]
        if text.find("（", low, head_start) < 0 and text.find("(", low, head_start) < 0:
            return start
        for i in range(start, head - 1):
            if walked[i - base][2] in _OPENING_BRACKETS and walked[i + 1 - base][2] in self.credit_words:
                for j in range(i + 2, head):
                    if walked[j - base][2] in _CLOSING_BRACKETS:
                        return j + 1
        return start

    def _held_online_before(self, text: str, head_start: int) -> bool:
        """Whether a manner of `zh/event_online_manners.txt` (以线上, 以云端) stands right before the
        head word starting at `head_start`."""
        if not self.online_manners:
            return False
        return text[max(0, head_start - _MANNER_SPAN) : head_start].endswith(self.online_manners)

    def _name_part(self, word: tuple[int, int, str], text: str) -> bool:
        """`_zh_name_part` with `name_boundaries` of a token read as (start, end, NORM), kept by
        NORM and text (the same words recur)."""
        key = (word[2], text[word[0] : word[1]])
        known = self.name_parts.get(key)
        if known is None:
            if len(self.name_parts) >= _MAX_KEPT:
                self.name_parts.clear()
            known = self.name_parts[key] = _is_name_part(key[0], key[1], self.name_boundaries)
        return known

    def _after_a_count(self, walked: list[tuple[int, int, str]], base: int, start: int, head: int, text: str) -> int:
        """Where a name running from `start` to `head` (start < head) begins after its last number and
        classifier of `zh/event_count_classifiers.txt` (两个, 三场): the words before a count are no part
        of it. `walked[i - base]`: token i as (start, end, NORM). One search a name, the tokens read only
        when it finds one."""
        if self.count_pattern is None or not self.count_pattern.search(text[walked[start - base][0] : walked[-1][1]]):
            return start
        for i in range(head - 1, start - 1, -1):
            if self.count_pattern.fullmatch(walked[i - base][2]):
                return i + 1
        return start

    def _generic_zh(self, words: list[tuple[int, int, str]]) -> bool:
        """Whether only generic words stand before the head: 合作签约仪式 is "the signing ceremony",
        no event's name (`zh/event_generic_words.txt`). `words`: those tokens, as (start, end, NORM)."""
        generic = self.generic_words
        for word in words:  # noqa: SIM110 - compiled, `any`/`all` of a generator makes one
            if not _made_of(word[2], generic):
                return False
        return True

    def _refers_back(self, words: list[tuple[int, int, str]]) -> bool:
        """Whether only an ordinal or a demonstrative stands before a bare head word: 首届论坛, 第二届论坛,
        本届论坛 speak of the event named before (`zh/event_reference_words.txt`), no name of their own."""
        for word in words:  # noqa: SIM110 - compiled, `any`/`all` of a generator makes one
            if word[2] not in self.reference_words and not _ZH_ORDINAL.fullmatch(word[2]):
                return False
        return True

    def _verb_before_head(self, norm: str) -> bool:
        known = self.verb_on_head.get(norm)
        if known is None:
            heads, boundaries = self.heads, self.boundaries
            known = any(norm.endswith(h) and norm[: -len(h)] in boundaries for h in heads if len(norm) > len(h))
            self.verb_on_head[norm] = known
        return known

    # -- events -----------------------------------------------------------------------
    def _events(
        self,
        doc: Doc,
        sent: Span,
        names: list[EventName],
        own: Setting,
        setting: Setting,
        triggers: Callable[[int, int], list[Hit]],
        renewing: bool = False,
    ) -> list[_Draft]:
        """`triggers`: the Doc's trigger words in a range of the text (`phrase_finder`); `renewing`:
        whether the sentence is one of `_renewing`."""
        hits = triggers(sent.start_char, sent.end_char)
        kinds = {h.value for h in hits}
        if not names and kinds.isdisjoint(_REPORTING) and not renewing:
            return []
        # (a meeting word alone, "a conference", neither held nor attended, reports nothing: asked first)
        meeting = "meeting" in kinds and not names
        meeting = meeting and ("conference" in kinds or self._meeting_told_held(doc, sent))
        if not meeting and not names and kinds.isdisjoint(_REPORTED) and not renewing:
            return []
        whole = evidence_fields(doc, sent.start_char, sent.end_char)
        institutions = _institutions_of(doc, sent)
        if hits and institutions:
            # a trigger word inside a name reports nothing ("the Delegation of German Industry and Commerce")
            bounds = _institution_bounds_of(doc, sent)
            outside = [h for h in hits if not _inside(h, bounds)]
            if len(outside) < len(hits):
                hits, kinds = outside, {h.value for h in outside}
        # a conference attended during a trip of several days told before it ("11月18日至21日…赴泰国
        # 访问…并出席了…论坛") is on none of its days that the text says; days told after its name
        # are its own ("attended the 2026 ... Dialogue, held Nov. 5-6 in Chengdu")
        trip_from = _first_trip_word(hits) if setting.several_days else None
        range_at = _told_at(doc, sent, setting.date_text) if trip_from is not None else -1
        events = [
            _drafted(
                _kind_of_name(n.text, self.head_kinds),
                self._established(doc, n, institutions) if _kind_of_name(n.text) == "establishment" else n.text,
                _place_only(setting) if trip_from is not None and trip_from < n.start and range_at < n.end else setting,
                evidence_fields(doc, n.start, n.end),
            )
            for n in names
        ]
        approved = "approval" in kinds and (
            _any_of_kind(institutions, GOVERNMENT)
            or (_notice_foot(doc) is not None and self._notice_decides(doc, sent, hits))
            or _government_in_sentence_before(doc, sent)
        )
        # (an approval told in passing beside the sentence's own happening: its stretches)
        passing = self._approval_in_passing(doc, sent, hits, names) if approved and own.date is not None else None
        if passing:
            # "经教育部批准设立的X于11月17日揭牌", "X, approved by the Ministry in 2019, held ... on
            # November 17": background, no day; a founding word outside its stretches is a founding
            events.append(_draft(("approval", None, None, None, None, whole, *_BACKGROUND)))
            hits = [h for h in hits if not _inside(h, passing)]
            kinds = {h.value for h in hits}
            approved = False
        elif approved:
            # A ministry's approval is issued, not held: "approved the institute in Zhengzhou"
            # says where the institute is.
            events.append(self._unnamed("approval", _placeless(own), whole))
        if "establishment" in kinds and (not approved or self._founded_another_day(doc, sent, hits)):
            established = [s for s in institutions if facts(s).kind in ESTABLISHED_KINDS]
            # ('the alliance launched its Center for ...': a name right after the founding word is the
            # body founded, the body referred to its founder)
            named_next = [] if established or self.language != "en" else self._named_after_founding(doc, sent, hits)
            if not named_next:
                established = established or self._alliance_referred_to(doc, sent) or self._body_referred_to(doc, sent)
                established = established or self._alliance_named_next(doc, sent)
            founded = own
            in_a_year = self._founded_in_a_year(doc, hits)
            if not in_a_year and self.language == "en" and own.date is not None:
                # (", which launched the institute in 2019,": a relative clause's year, English)
                earlier, now = _signings_in_year_clauses(doc, sent, hits, "establishment")
                in_a_year = earlier and not now
                placed = None if in_a_year else self._founded_at_a_place_in_a_year(doc, hits)
                if placed is not None:
                    # ("... the joint institute the two universities established in Haining in 2016": the
                    # day the sentence takes is another happening's, the place the founding's)
                    in_a_year = False
                    founded = _place_only(own) if own.location == placed else _NOWHERE
            if in_a_year or (self.language == "en" and _founding_remembered(doc, sent, hits)):
                # 'founded in 2015', '成立于2014年': background, with no day, and the place the
                # sentence gives is that of what it reports now ("admitted members at ... in Xi'an");
                # so is a founding whose anniversary the sentence marks
                founded = _NOWHERE
            elif own.date is None and setting.date is not None and "signing" in kinds:
                # ('会谈后，双方签署了合作协议，并共同为“…中心”揭牌': unveiled with the signing the sentence
                # tells, on the day it takes from before; none in a stretch of several days, as the signing)
                founded = _place_only(setting) if setting.several_days else setting
            founded_names = (
                [_joined_name(doc, span, institutions) or _name_of(span) for span in established[:1]]
                or named_next
                or self._named_before_founding(doc, sent, hits)
                or self._founded_subject(doc, sent)
                or self._named_after_founding(doc, sent, hits)
            )
            if not founded_names and self.language == "en":
                founded_names, founded = _unnamed_founding(doc_text(doc), hits, founded)
            for founded_name in founded_names:
                events.append(_drafted("establishment", founded_name, founded, whole))
        # (an opening in a year, "which opened in 2016", is background told in passing)
        opened = [h for h in hits if h.value == "opening" and not self._in_a_year(doc, h.end)]
        if opened and not _any_of_kind(institutions, JOINT_INSTITUTE) and self._at_the_opening(doc, sent):
            # ('At the opening ceremony, A and B signed …': the opening of the meeting told before,
            # not of an institute named before it)
            opened = [h for h in opened if h.start - sent.start_char > _OPENING]
        if opened and "establishment" not in kinds and not names:
            # ('the joint institute the two universities opened in Beijing in 2012': its clause's year
            # and place, background, not the day the sentence gives)
            in_a_year = self._opened_in_a_year(doc, sent, opened[0])
            for span in self._institute_opened(doc, sent, institutions):
                if in_a_year is None:
                    events.append(_drafted("establishment", _name_of(span), setting, whole))
                else:
                    founded = ("establishment", _name_of(span), None, None, in_a_year[0], whole)
                    events.append(_draft((*founded, *_BACKGROUND)))
        signed = "signing" in kinds and not self._every_signing_denied(doc, sent, hits)
        signed = signed or (renewing and self._renews_an_agreement(doc, sent))
        if signed and not (self._shows_a_photo(doc, sent) and not institutions):
            english = "signing" in kinds and self.language == "en"  # (relative clauses: English only)
            earlier, now = _signings_in_year_clauses(doc, sent, hits) if english else (False, True)
            # ("renewed the agreement, which was first signed in Sept. 2019": the renewal is now)
            now = now or (earlier and renewing and self._renews_an_agreement(doc, sent))
            if earlier:  # ("A and B, which signed an MoU in 2022, launched ...": background, no day)
                events.append(_draft(("signing", None, None, None, None, whole, False, False, True)))
            # a signing takes a day: a stretch of several days ("during the week, held from Aug. 26
            # to 30", a trip "From May 7th to 15th") is its frame's, not its own
            if now:
                place = _place_only(setting) if setting.several_days else setting
                clauses = self._signing_clauses(doc, sent, hits)
                if not clauses:
                    events.append(self._unnamed("signing", place, whole))
                for start, end, clause_place in clauses:
                    # ("A signed ... in Kazan, and B signed ... in Moscow": two signings, each in its place)
                    in_clause = place._replace(location=clause_place)
                    events.append(self._unnamed("signing", in_clause, evidence_fields(doc, start, end)))
        if "visit" in kinds and (
            institutions or self._tells_of_a_delegation(doc, sent) or self._tells_of_a_persons_trip(doc, sent)
        ):
            # (a country visited is the trip's place, not the city the sentence names of a forum
            # attended on it: "led a delegation to New Zealand, attending the ... Forum in Auckland")
            country, tour = (
                (setting.location, False) if setting.location and not own.location else self._visited_country(doc, sent)
            )
            if country is None and not tour:
                country = setting.location
            earlier, now = _visits_in_year_clauses(doc, sent, hits) if self.language == "en" else (False, True)
            if earlier:  # (", who visited X in 2019,": background, no day, its own event)
                events.append(_draft(("visit", None, None, None, None, whole, False, False, True)))
            if now and "signing" in kinds and self._signed_during_a_long_visit(doc, sent):
                # ('signed in Hangzhou on 13 October, during a three-day visit by a delegation to
                # Zhejiang': the day and place are the signing's, a day of the trip, not its first)
                events.append(_visit(_NOWHERE, None if country == setting.location else country, tour, whole))
            elif now:
                events.append(_visit(setting, country, tour, whole))
        if "trip" in kinds and "visit" not in kinds:
            events.extend(self._trip_abroad(doc, sent, setting, whole))
        if meeting:
            # "the council meeting of the alliance was convened", "attended the annual meeting of X"
            events.append(self._unnamed("conference", _place_only(setting) if setting.several_days else setting, whole))
        if "announcement" in kinds and self._announces_any(doc, hits, sent.end_char):
            events.append(self._unnamed("other", setting, whole))
        if "other" in kinds and not names and own.date is not None:
            # an anniversary celebrated on a day the sentence gives; one named (…周年庆典) is its name's
            events.append(self._unnamed("other", setting, whole))
        elif "ceremony" in kinds and not names and setting.date is not None:
            # a class's opening ceremony (开班仪式) is told on its day, also one given before (同日)
            events.append(self._unnamed("other", setting, whole))
        return events

    def _signing_clauses(self, doc: Doc, sent: Span, hits: list[Hit]) -> list[tuple[int, int, str]]:
        """The character ranges and places of the clauses of a sentence telling several signings in
        several places, one each (`event_signing_clauses.txt`: "A signed an MoU with B in Kazan, and C
        signed an agreement with D in Moscow", A与B在喀山签署…，C与D在莫斯科签署…), when every clause names
        two parties or more, none of the clause before it, and a place of its own, another than the
        clause before's; [] otherwise: pairs signing on one day in one place, however many clauses tell
        them ("On the sidelines, A signed with B, and C with D"), are one ceremony (GUIDE.md)."""
        signed = [h for h in hits if h.value == "signing"]
        if len(signed) < 2:
            return []  # (most sentences: one signing word)
        text = matching_text(doc)
        clauses: list[tuple[int, int]] = []
        start = sent.start_char
        for before, hit in itertools.pairwise(signed):
            between = text[before.end : hit.start].lower()
            at, mark = max((between.rfind(mark), mark) for mark in self.signing_breaks)
            if at < 0:
                continue  # (one clause: "signed and exchanged the agreement")
            clauses.append((start, before.end + at))
            start = before.end + at + len(mark)
            start += len(text[start : hit.start]) - len(text[start : hit.start].lstrip())
        if not clauses:
            return []
        clauses.append((start, sent.end_char))
        last: set[str] = set()
        for start, end in clauses:
            parties = {facts(s).entry or facts(s).text for s in institutions_in(doc, start, end)}
            if len(parties) < 2 or not parties.isdisjoint(last):
                return []
            last = parties
        places = self._clause_places(doc, sent, clauses)
        if None in places or any(a == b for a, b in itertools.pairwise(places)):
            return []
        return [(start, end, place) for (start, end), place in zip(clauses, places, strict=True)]

    def _clause_places(self, doc: Doc, sent: Span, clauses: list[tuple[int, int]]) -> list[str | None]:
        """The first place each clause of `_signing_clauses` names outside the institutions' names, as
        written; None for a clause naming none."""
        found: list[str | None] = [None] * len(clauses)
        if not overlaps(self._places(doc), sent.start_char, sent.end_char):
            return found
        text = self._place_text(doc)
        named = _institution_bounds_of(doc, sent)
        regions = _regions()
        for index, (start, end) in enumerate(clauses):
            for _, _, place_start, place_end in _places_within(
                self._page_places(doc), text, start, end, self.language == "en"
            ):
                if not _inside_any(place_start, named) and text[place_start:place_end] not in regions:
                    found[index] = doc_text(doc)[place_start:place_end]
                    break
        return found

    def _signed_during_a_long_visit(self, doc: Doc, sent: Span) -> bool:
        """Whether `sent` (telling a signing) frames it with a visit of several days ('during a three-day
        visit', `event_trip_lengths.txt`): English, 'during' before the length word."""
        if self.language != "en":
            return False
        text = matching_text(doc)[sent.start_char : sent.end_char]  # (in lower case)
        at = text.find("during ")
        while at >= 0:
            # ('during a three-day visit', 'during their week-long visit')
            words = text[at : at + _DURING_REACH].split()[1:4]
            if any(w in self.lengths for w in words) and any(w.startswith("visit") for w in words):
                return True
            at = text.find("during ", at + 1)
        return False

    def _opened_in_a_year(self, doc: Doc, sent: Span, hit: Hit) -> tuple[str | None] | None:
        """'opened the institute in Aveiro in 2016': an opening word whose clause places it in a year
        (`_YEAR_ONLY`), with the place told between them, if any; None when its clause gives no year."""
        text = doc_text(doc)
        stop = _CLAUSE_END.search(text, hit.end, sent.end_char)
        end = stop.start() if stop else sent.end_char
        year = _YEAR_ONLY[self.language].search(text, hit.end, end)
        if year is None:
            return None
        english = self.language == "en"
        places = _places_within(self._page_places(doc), self._place_text(doc), hit.start, year.start(), english)
        return (text[places[0][2] : places[0][3]] if places else None,)

    def _every_signing_denied(self, doc: Doc, sent: Span, hits: list[Hit]) -> bool:
        """Whether each signing word of the sentence is denied in its clause ("No agreement has been
        signed yet", "have not yet signed", 尚未签署: `clauses.signing_denied`): no signing happened."""
        words = matching_text(doc)
        if not may_deny(words[sent.start_char : sent.end_char], self.language):
            return False
        for hit in hits:  # (a loop: compiled, `all` of a generator makes one)
            if hit.value == "signing" and not signing_denied(words, sent.start_char, hit.start, self.language):
                return False
        return True

    def _approval_in_passing(
        self, doc: Doc, sent: Span, hits: list[Hit], names: list[EventName]
    ) -> list[tuple[int, int]] | None:
        """The stretches of a dated sentence telling its approval in passing, when every approval
        word stands in one: a clause placed in a year and no day ('approved by the Ministry in 2019',
        于2019年经教育部批准设立), an attribute (经教育部批准设立的X: up to its 的, no day in it), or a
        clause without a day of its own beside another happening's word ('X, approved by the
        Ministry, was inaugurated on November 17'). None when an approval is the sentence's news."""
        mentions = dates_by_sentence(doc).get(sentences(doc).index_of(sent.start_char), [])
        days = [m for m in mentions if m.date is not None and m.kind not in {"garbled", "month"}]
        text = matching_text(doc)
        start, end = sent.start_char, sent.end_char
        stretches: list[tuple[int, int]] = []
        for hit in hits:
            if hit.value != "approval":
                continue
            left = _clause_bound(text, hit.start, start - 1, -1, mentions) + 1
            right = _clause_bound(text, hit.start, end, 1, mentions)
            attribute = _ATTRIBUTE_END.match(text, hit.end, right) if self.language == "zh" else None
            if attribute is not None and not _any_day_within(days, left, attribute.end()):
                stretches.append((left, attribute.end()))
            elif _any_day_within(days, left, right):
                return None
            elif (
                _CLAUSE_YEARS[self.language].search(text, left, right) is not None
                or _clause_day(text, start, end, hit.start, mentions) is None
            ):
                stretches.append((left, right))  # (a year's clause, or one told without a day)
            else:
                return None
        if not stretches or not _other_happening_outside(hits, names, stretches):
            return None
        return stretches

    def _founded_another_day(self, doc: Doc, sent: Span, hits: list[Hit]) -> bool:
        """'经教育部11月3日批准设立的…学院，于11月15日举行揭牌仪式': beside an approval, a founding word
        in a clause of another day (`_clause_day`) tells a founding of its own."""
        mentions = dates_by_sentence(doc).get(sentences(doc).index_of(sent.start_char), [])
        mentions = [m for m in mentions if self._dates_the_sentence(doc, m)] if len(mentions) >= 2 else mentions
        if len(mentions) < 2:
            return False
        text = matching_text(doc)
        start, end = sent.start_char, sent.end_char
        approved = [_clause_day(text, start, end, h.start, mentions) for h in hits if h.value == "approval"]
        for hit in hits:
            if hit.value == "establishment":
                day = _clause_day(text, start, end, hit.start, mentions)
                if day is not None and day not in approved:
                    return True
        return False

    def _on_clause_days(
        self,
        doc: Doc,
        sent: Span,
        found: list[_Draft],
        triggers: Callable[[int, int], list[Hit]],
        mentions: list[DateMention],
    ) -> list[_Draft]:
        """'The institute, approved on 3 May, held its opening on 10 June', '11月3日，A与B签署备忘录，
        11月12日，两校又签署协议': in a sentence of several days, an unnamed happening takes the day of
        its trigger word's clause (`_clause_day`), one happening per day its words are told on."""
        if not _any_clause_kind(found) or not _several_days(mentions):
            return found  # (most sentences read: asked before the mentions are)
        mentions = [m for m in mentions if self._dates_the_sentence(doc, m)]
        if len(mentions) < 2:
            return found
        text = matching_text(doc)
        start, end = sent.start_char, sent.end_char
        hits = triggers(start, end)
        kept: list[_Draft] = []
        for draft in found:
            values = _CLAUSE_DAY_VALUES.get(draft.kind)
            # (an establishment's name is the body's: its day is still its founding word's)
            if (draft.name is not None and draft.kind != "establishment") or values is None or draft.background:
                kept.append(draft)
                continue
            days: list[DateMention] = []
            for hit in hits:
                if hit.value in values:
                    day = _clause_day(text, start, end, hit.start, mentions)
                    if day is not None:
                        # ("visited A on November 3 and signed an MoU on November 4": a clause of two
                        # happenings and two days, each the day told after its own word)
                        right = _clause_bound(text, hit.start, end, 1, mentions)
                        day = _day_after_own_word(hit, hits, day, mentions, values, right)
                    if day is not None and draft.kind == "visit":
                        day = _first_of_days_told_together(text, day, mentions)
                    if day is not None and day.date is not None and day not in days:
                        days.append(day)
            days = _not_in_earlier_years(days)
            if not days or (len(days) == 1 and _iso(days[0].date) == draft.date):
                kept.append(draft)
                continue
            for day in days:
                kept.append(_draft((draft.kind, draft.name, _iso(day.date), day.text, *draft[4:])))
        return kept

    def _founded_at_a_place_in_a_year(self, doc: Doc, hits: list[Hit]) -> str | None:
        """The place between a founding word of `hits` and a year without a day ("established in Haining
        in 2016", "founded Glasgow College in 2013": the words there), or None (English)."""
        text = doc_text(doc)
        for hit in hits:
            if hit.value == "establishment" and (found := _PLACE_THEN_YEAR_EN.match(text, hit.end)) is not None:
                return found.group("place")
        return None

    def _founded_in_a_year(self, doc: Doc, hits: list[Hit]) -> bool:
        """Whether a founding word of `hits` is followed by a year without a day ('founded in 2015')."""
        for hit in hits:  # noqa: SIM110 - compiled, `any`/`all` of a generator makes one
            if hit.value == "establishment" and self._in_a_year(doc, hit.end):
                return True
        return False

    def _announces_any(self, doc: Doc, hits: list[Hit], end: int) -> bool:
        """Whether one of `hits` `_announces`."""
        for hit in hits:  # noqa: SIM110 - compiled, `any`/`all` of a generator makes one
            if self._announces(doc, hit, end):
                return True
        return False

    def _announces(self, doc: Doc, hit: Hit, end: int) -> bool:
        """'教育部学位与研究生教育发展中心公布2023年中外合作办学评估结果': a list or results made public
        is a happening (`event_announcements.tsv`), the page's own list (现将名单公布如下) is not.
        `end`: the sentence's."""
        if hit.value != "announcement":
            return False
        text = matching_text(doc)
        stop = _CLAUSE_END.search(text, hit.end, end)
        clause = text[hit.end : stop.start() if stop else end]
        return holds_any(clause, self.announced) and not holds_any(clause, self.not_announced)

    def _named_before_founding(self, doc: Doc, sent: Span, hits: list[Hit]) -> list[str]:
        """'南昌大学中法学院揭牌仪式', '联合研究中心正式揭牌': when the sentence names no body founded,
        the name right before 揭牌/成立 (an adverb between) ending with a head of
        `zh/event_established_heads.txt`, as far left as a body's name goes (`name_boundaries.txt`)."""
        if not self.established_heads:
            return []
        text, view = matching_text(doc), tokens(doc)
        for hit in hits:
            if hit.value != "establishment":
                continue
            end = sent.start_char + len(text[sent.start_char : hit.start].rstrip(_FOUNDING_ADVERBS))
            if not text.endswith(self.established_heads, sent.start_char, end):
                continue
            last = next((i for i in range(sent.start, sent.end) if view.end(i) == end), None)
            if last is None:
                continue
            first = last
            while first - 1 >= sent.start and self._founded_name_part(view, first - 1, sent.start):
                first -= 1
            first = _after_a_year(view, first, last)
            name = view.span_text(first, last + 1)
            if first < last and _balanced(name):
                return [name]
        return []

    def _founded_subject(self, doc: Doc, sent: Span) -> list[str]:
        """'吉布提鲁班工坊由我院与…共建，2019年3月在吉布提市揭牌运营': when the sentence names no body
        founded, the name opening it, ending with a head of `zh/event_established_heads.txt` right
        before 由/于/在/自/已 or a comma (its subject), as a body's name goes (`name_boundaries.txt`)."""
        if not self.established_heads:
            return []
        text, view = matching_text(doc), tokens(doc)
        last = -1
        i = sent.start
        while i < sent.end and self._founded_name_part(view, i, sent.start):
            if text.endswith(self.established_heads, sent.start_char, view.end(i)):
                last = i
            i += 1
        if last <= sent.start or text[view.end(last) : view.end(last) + 1] not in _SUBJECT_ENDS:
            return []
        name = view.span_text(sent.start, last + 1)
        return [name] if _balanced(name) else []

    def _named_after_founding(self, doc: Doc, sent: Span, hits: list[Hit]) -> list[str]:
        """'the inauguration of the Sino-British Joint Laboratory for Wetland Ecology': when the sentence
        names no body founded, the capitalised name right after an English founding word ("of", "for",
        "the" between), its runs joined by "for", "of", "and", "on", with a head of
        `en/event_established_heads.txt` as its last word before the first joined run."""
        if not self.founded_heads:
            return []
        view, text = tokens(doc), doc_text(doc)
        for hit in hits:
            # (the text is looked at first: a capital must follow, which few founding words have)
            after = _BEFORE_FOUNDED_NAME.match(text, hit.end) if hit.value == "establishment" else None
            if after is None:
                continue
            # (the name's first token, found by halving: each token read makes a spaCy Token)
            i = first = sent.start + bisect.bisect_left(range(sent.start, sent.end), after.end(), key=view.start)
            while i < sent.end and _name_word(view, i):
                i += 1
            if i == first or view.text_of(i - 1) not in self.founded_heads:
                continue
            while (
                i + 1 < sent.end
                and view.text_of(i) in _FOUNDED_CONNECTORS
                and _name_word(view, i + 1)
                and view.text_of(i + 1).lower().rstrip(".") not in _DAY_NAMES
            ):  # (not "on" a day: "inaugurated the X Centre on November 25")
                i += 1
                while i < sent.end and _name_word(view, i):
                    i += 1
            if i - first >= 2:
                return [view.span_text(first, i)]
        return []

    def _founded_name_part(self, view: Tokens, i: int, first: int) -> bool:
        """Whether token `i` belongs to a founded body's name: a part of a body's name, or 联合 between
        two (中英联合实验室, 南昌大学—邓迪大学联合研究中心: there it is no verb)."""
        if _zh_name_part(view, i, self.boundaries):
            return True
        return view.norm(i) in _JOINT and i - 1 >= first and _zh_name_part(view, i - 1, self.boundaries)

    def _renews_an_agreement(self, doc: Doc, sent: Span) -> bool:
        """'renewed their student exchange agreement', 'concluded a memorandum', 互换合作协议文本: a
        verb of `event_renewals.txt` is a signing when an agreement word (`event_agreement_words.txt`)
        follows it in its clause."""
        text, end = matching_text(doc), sent.end_char  # (English: in lower case)
        for verb in self.renewal_pattern.finditer(text, sent.start_char, end):
            stop = _CLAUSE_END.search(text, verb.end(), end)
            clause = text[verb.end() : stop.start() if stop else end]
            if holds_any(clause, self.agreement_words):
                return True
        return False

    def _tells_of_a_delegation(self, doc: Doc, sent: Span) -> bool:
        """'校长郑南率团出访哈萨克斯坦、乌兹别克斯坦': a visit word with a travelling party
        (`event_delegations.txt`) reports a visit though the sentence names no institution."""
        if not self.delegations:
            return False
        words = matching_text(doc)[sent.start_char : sent.end_char]
        return holds_any(words, self.delegations)

    def _tells_of_a_persons_trip(self, doc: Doc, sent: Span) -> bool:
        """A visit word after a person's name ("President Wang Lin's trip to the United Kingdom",
        `event_personal_trips.txt`, English) reports a visit though the sentence names no institution."""
        if not self.personal_trips:
            return False
        text, key = matching_text(doc), "_event_personal_trip_page"
        if key not in doc.user_data:  # (asked once a page: most hold none of the words, so no sentence does)
            doc.user_data[key] = holds_any(text, self.personal_trips)
        return doc.user_data[key] and holds_any(text[sent.start_char : sent.end_char], self.personal_trips)

    def _trip_abroad(self, doc: Doc, sent: Span, setting: Setting, whole: dict[str, Any]) -> list[_Draft]:
        """'代表团赴马来西亚开展教育交流活动': a delegation going to a country (赴 + the country,
        `_visited_country_pattern`) is a visit there; students going to study (赴马学习) are not."""
        if not self._tells_of_a_delegation(doc, sent):
            return []
        country, tour = self._visited_country(doc, sent)
        if country is None and not tour:
            return []
        return [_visit(setting, country, tour, whole)]

    def _institute_opened(self, doc: Doc, sent: Span, institutions: list[Span]) -> list[Span]:
        """The joint institute an opening sentence tells of: one it names, else the last named before
        it, else the first named in the next `_OPENED_REACH` characters ("A Confucius Institute ...
        opened in Lusaka on Friday. The Confucius Institute at X University was approved ...")."""
        inside = [s for s in institutions if facts(s).kind == JOINT_INSTITUTE]
        if inside:
            return inside[:1]
        every = list(zip(institution_spans(doc), institution_facts(doc), strict=True))
        before = [s for s, known in every if known.kind == JOINT_INSTITUTE and s.end_char <= sent.start_char]
        if before:
            return before[-1:]
        reach = sent.end_char + _OPENED_REACH
        return [s for s, known in every if known.kind == JOINT_INSTITUTE and sent.end_char <= s.start_char < reach][:1]

    def _body_referred_to(self, doc: Doc, sent: Span) -> list[Span]:
        """'The College was set up in 2013 ...': a founding sentence opening with a word for a body
        (`event_founded_anaphors.tsv`) tells of the last body of that kind named before it."""
        if not self.founded_anaphors:
            return []
        opening = matching_text(doc)[sent.start_char : sent.start_char + 2 * _OPENING].lstrip()
        space = " " if self.language == "en" else ""  # (after an English word: 'the college' is no 'the colleges')
        opening = _FOUNDED_PARTICIPLE.sub("", opening, count=1) if space else opening
        kind = next((k for a, k in self.founded_anaphors.items() if opening.startswith(a + space)), None)
        if kind is None:
            return []
        every = zip(institution_spans(doc), institution_facts(doc), strict=True)
        return [s for s, known in every if known.kind == kind and s.end_char <= sent.start_char][-1:]

    def _alliance_referred_to(self, doc: Doc, sent: Span) -> list[Span]:
        """'... the alliance had trained 5,000 technicians since it was founded': a founding sentence
        naming no body but 'the alliance' (`alliance_references.txt`) tells of the alliance named
        last before it, the last whose name holds the reference's noun when one does ('the alliance'
        after an alliance and an association named)."""
        words = matching_text(doc)[sent.start_char : sent.end_char]
        words = words.lower() if self.language == "en" else words
        reference = next((w for w in self.alliance_words if w in words), None)
        if reference is None:
            return []
        before = _alliances_before(doc, sent.start_char)
        noun = reference.split()[-1].lstrip("该本")  # (联盟 of 该联盟)
        named = [s for s in before if noun in doc_text(doc)[s.start_char : s.end_char].lower()]
        return (named or before)[-1:]

    def _alliance_named_next(self, doc: Doc, sent: Span) -> list[Span]:
        """'A university alliance for tropical agriculture was launched on Wednesday in Haikou.' +
        '..., the China-ASEAN Tropical Agriculture University Alliance brings together ...': a founding
        sentence naming no body but an alliance with "a"/"an" (English) tells of the first alliance
        the next sentence names."""
        if self.indefinite_alliance is None:
            return []
        if self.indefinite_alliance.search(doc_text(doc), sent.start_char, sent.end_char) is None:
            return []
        sents = sentences(doc)
        index = sents.index_of(sent.start_char)
        text = doc_text(doc)
        index += 1
        while index + 1 < len(sents.starts) and not text[sents.starts[index] : sents.starts[index + 1]].strip():
            index += 1  # (a line break between paragraphs is a sentence of its own)
        following, after = sents.starts[index] if index < len(sents.starts) else len(text), _next_start(
            sents.starts, index, text
        )
        every = zip(institution_spans(doc), institution_facts(doc), strict=True)
        named = [s for s, known in every if known.kind == "alliance" and following <= s.start_char < after][:1]
        # (the one described: a word of the founding sentence in its name, 'university alliance for
        # tropical agriculture' -> 'China-ASEAN Tropical Agriculture University Alliance')
        described = _CONTENT_WORD.findall(text[sent.start_char : sent.end_char].lower())
        return [s for s in named if _shares_a_word(s, described)]

    def _established(self, doc: Doc, name: EventName, institutions: list[Span]) -> str:
        """'…联盟成立大会', 'the founding ceremony of X': the event is named by what was founded."""
        founded = [s for s in institutions if facts(s).kind in ESTABLISHED_KINDS]
        inside = [s for s in founded if name.start <= s.start_char and s.end_char <= name.end]
        chosen = (inside or founded or _alliances_before(doc, name.start)[-1:] or [None])[0]
        if chosen is None:
            return name.text
        return _joined_name(doc, chosen, institutions) or _name_of(chosen)

    def _dated_by_notice(
        self, doc: Doc, sent: Span, own: Setting, triggers: Callable[[int, int], list[Hit]]
    ) -> Setting:
        """An approval a government notice gives without a day (同意设立以下机构) took place on the
        day the notice is signed at its foot (落款: 教育部 / 2026年6月30日)."""
        foot = _notice_foot(doc)  # (once per Doc: most pages end with no notice's foot)
        if foot is None or not self._notice_decides(doc, sent, triggers(sent.start_char, sent.end_char)):
            return own
        return own._replace(date=foot.date, date_text=foot.text)

    def _notice_decides(self, doc: Doc, sent: Span, hits: list[Hit]) -> bool:
        """Whether the sentence is a notice's own decision: a phrase of `zh/event_notice_decisions.txt`
        opening it or one of its clauses (一、同意设立以下4个机构; 经研究，同意举办), not one named in
        passing (教育部关于同意举办…的函)."""
        text = doc_text(doc)
        for hit in hits:
            if hit.value == "approval" and hit.phrase in self.notice_decisions:
                before = text[sent.start_char : hit.start].rstrip()
                if not before.strip(_ENUMERATORS) or before.endswith(("，", ",", "：", ":")):
                    return True
        return False

    def _meeting_told_held(self, doc: Doc, sent: Span) -> bool:
        """Whether the sentence says its meeting took place (`event_meeting_verbs.txt`): attended, hosted."""
        return holds_any(matching_text(doc)[sent.start_char : sent.end_char], self.meeting_verbs)

    def _unnamed(self, kind: str, setting: Setting, where: dict[str, Any]) -> _Draft:
        return _drafted(kind, None, setting, where)


_AFTER_ABBREVIATION = frozenset("，,。；;、其期")  # 访港，… / 访港期间 / 访港其间
# 日前 is no word of no day after a number or a word naming a day ('3月31日前', '次日前往'), nor
# before 往/来 (前往, 前来: going, coming)
_DAY_NAMERS = frozenset("0123456789０１２３４５６７８９一二三四五六七八九十次当同翌今昨每该是")
_GOING = frozenset("往来")
_COUNT_DIGITS = "[0-9一二两三四五六七八九十多几数]+"  # a number before a classifier (两个, 3场)
_DURING_REACH = 40  # characters read after 'during' for a visit's length (`_signed_during_a_long_visit`)
_REPORT_REACH = 6  # characters read after a Chinese day for a word of `zh/event_report_days.txt`
_STANDING_REACH = 12  # characters read after a place for a word of `event_place_standing_after.txt`
_BEFORE_FOUNDED_NAME = re.compile(r"(?:\s+(?:of|for|the))*\s+(?=[A-Z])")  # "inauguration of the X"
_FOUNDED_CONNECTORS = frozenset({"for", "of", "and", "on"})  # inside an English body's name
# month names and weekdays (dates_en.tsv), in lower case: "on" before one of them joins no name
_DAY_NAMES = frozenset(w.lower().rstrip(".") for kind in ("month", "weekday") for w, _ in EN_RULES.get(kind, []))
_SUBJECT_ENDS = frozenset("由于在自已，,")  # (after a founded body's name opening its sentence: `_founded_subject`)
_FOUNDING_ADVERBS = "正式隆重举行"  # characters between a name and its 揭牌 (正式揭牌, 隆重举行揭牌仪式)
_ENUMERATORS = "一二三四五六七八九十0123456789、.．（）() \u3000"
_FOOT_REACH = 60  # characters: a notice's signature (body's name, then its date) closes the text


def _notice_foot(doc: Doc) -> DateMention | None:
    """The date a government notice is signed on (落款): a full date alone on the text's last line,
    right after a line that names a government body alone; else None. Read once per Doc, from the
    dates and institutions already found."""
    if "_notice_foot" in doc.user_data:
        return doc.user_data["_notice_foot"]
    foot = None
    text = doc_text(doc)
    last = (doc._.dates or [None])[-1]
    end = len(text.rstrip())
    if last is not None and last.date is not None and last.year_explicit and last.end == end:
        line_start = text.rfind("\n", 0, last.start) + 1
        before = text[:line_start].rstrip()
        signer_start = before.rfind("\n") + 1
        if not text[line_start : last.start].strip() and end - signer_start <= _FOOT_REACH:
            bodies = institutions_in(doc, signer_start, len(before))
            signer = bodies[0] if len(bodies) == 1 else None
            around = "" if signer is None else text[signer_start : signer.start_char] + before[signer.end_char :]
            alone = signer is not None and not around.strip()
            if alone and facts(signer).kind == GOVERNMENT:
                foot = last
    doc.user_data["_notice_foot"] = foot
    return foot


_HEADING_REACH = 30  # characters: a city's name before a heading's colon


def _day_and_before(text: str, start: int, end: int) -> bool:
    """Whether the 日前 at `start`-`end` of `text` is a day's 日 and then 前 (`_DAY_NAMERS`, `_GOING`)."""
    if text[start:end] != "日前":
        return False
    return text[start - 1 : start] in _DAY_NAMERS or text[end : end + 1] in _GOING


def _heading_places(text: str, matching: str, starts: list[int]) -> dict[int, str]:
    """`EventExtractor._headings` of a text (`matching`: its view places are matched in, same
    offsets; `starts`: where its sentences start). A colon is looked at only when its line
    began at most `_HEADING_REACH` characters before it."""
    found: dict[int, str] = {}
    known = load_places().country_of
    for colon_mark in (":", "："):
        colon = text.find(colon_mark)
        while colon >= 0:
            line_start = text.rfind("\n", 0, colon) + 1
            if colon - line_start <= _HEADING_REACH:
                words = matching[line_start:colon].strip()
                if words in known and words not in _regions():
                    index = bisect.bisect_right(starts, line_start) - 1
                    if index >= 0 and not text[starts[index] : line_start].strip():
                        found[index] = text[line_start:colon].strip()
            colon = text.find(colon_mark, colon + 1)
    return found


# A numbered headline of a notice's section: '五、全省…研修班开班' (ten characters or more, no sentence's
# end in it; a topic's short heading, 二、合作签约, heads a part of one happening's report); from a
# line break (a literal the engine seeks fast: the text is searched with one before it)
_SECTION_HEADING = re.compile(
    r"\n[ \u3000]*((?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])[^\n。！？；]{10,40})(?=\n|$)"
)
# what follows a headline: a numbered line (group 1: an item of a list) or a paragraph's first character
_NEXT_LINE = re.compile(r"\s*(?:([一二三四五六七八九十0-9]+[、.．]|[（(][一二三四五六七八九十0-9]+[）)])|\S)")


def _section_headings(text: str, starts: list[int]) -> list[int]:
    """The sentence indices of the numbered headlines that open a notice's sections ('五、…开班'
    over its paragraph), when two or more do: a numbered line followed by another is an item of a
    list ('分别为：一、…二、…'), whose lines share the day told before them."""
    found: list[int] = []  # (no literal test first: one of CJK characters costs what the search does)
    for match in _SECTION_HEADING.finditer("\n" + text):
        after = _NEXT_LINE.match(text, match.end() - 1)
        if after is not None and after.group(1) is None:
            found.append(bisect.bisect_right(starts, match.start(1) - 1) - 1)
    return found if len(found) >= 2 else []


def _section_opened(sections: list[int], first: int, last: int) -> int:
    """The first section heading of `sections` (sorted) among sentences `first` to `last`, or -1."""
    at = bisect.bisect_left(sections, first)
    return sections[at] if at < len(sections) and sections[at] <= last else -1


_YEAR_DIGITS = re.compile(r"(?:19|20)\d{2}")


@functools.cache
def _reviewed_years(language: str) -> re.Pattern[str] | None:
    """A year (not a month of it) right after a verb of reviewing (`zh/event_reviewed_years.txt`)."""
    if language != "zh":
        return None
    verbs = alternation(word_list("zh", "event_reviewed_years.txt"))
    return re.compile(rf"(?:{verbs})\s*((?:19|20)\d{{2}})\s*年度?(?!\s*[0-9一二三四五六七八九十]+\s*月)")


def _day_of_sentence(days: list[DateMention], published_year: int | None) -> DateMention | None:
    """The first of a sentence's `days`, unless a later one is in a later year (not after the page's):
    the earlier is then a background agreement's day ("Following a memorandum signed on March 5,
    2019, A signed an agreement with B on November 18", "继2019年3月5日签署备忘录后，两校于11月18日…")."""
    if len(days) < 2:
        return days[0] if days else None
    first = days[0]
    for later in days[1:]:
        if first.date is None or later.date is None or later.date.year <= first.date.year:
            break
        if published_year is not None and later.date.year > published_year:
            break
        first = later
    return first


def _after_publication(doc: Doc, date: dt.date | None) -> bool:
    """Whether `date` is after the page's publication date."""
    published = _publication_date(doc) if date is not None else None
    return published is not None and date > published


def _publication_year(doc: Doc) -> int | None:
    """The page's year: a year after it ("约定自2026年起互派交换生" on a 2025 page) is a plan, not
    when the sentence's happening took place."""
    published = _publication_date(doc)
    return published.year if published is not None else None


def _publication_date(doc: Doc) -> dt.date | None:
    """The page's publication date, read once per Doc."""
    key = "_event_publication_date"
    if key not in doc.user_data:
        bulletin = doc._.bulletin
        doc.user_data[key] = bulletin.publication_date() if bulletin is not None else None
    return doc.user_data[key]


_REMEMBERED = "anniversary of"  # "the tenth anniversary of the agreement that founded X": an old founding


def _founding_remembered(doc: Doc, sent: Span, hits: list[Hit]) -> bool:
    """Whether the sentence's first founding word stands after "anniversary of" ("A ceremony marking the
    tenth anniversary of the agreement that founded X was held on October 23"): the founding is years
    old, background with no day; the day is the celebration's."""
    first = next((h.start for h in hits if h.value == "establishment"), -1)
    if first < 0:
        return False
    text = doc_text(doc)
    return text.find(_REMEMBERED, sent.start_char, first) >= 0


def _any_named(found: list[_Draft]) -> bool:
    for draft in found:  # noqa: SIM110 - compiled, `any` of a generator makes one
        if draft.name is not None:
            return True
    return False


# the trigger values that tell each kind of unnamed happening (for `_clause_day`)
_CLAUSE_DAY_VALUES = {
    "signing": frozenset({"signing"}),
    "visit": frozenset({"visit", "trip"}),
    "approval": frozenset({"approval"}),
    "establishment": frozenset({"establishment", "opening"}),
}
_CLAUSE_MARKS = ",，;；"


def _any_clause_kind(found: list[_Draft]) -> bool:
    """Whether one of `found` is an unnamed happening `_clause_day` may date (or a founding)."""
    for draft in found:  # noqa: SIM110 - compiled, `any` of a generator makes one
        if draft.kind in _CLAUSE_DAY_VALUES and not draft.background:
            return True
    return False


def _not_in_earlier_years(days: list[DateMention]) -> list[DateMention]:
    """`days` less those in a year before another's: 'Following a memorandum signed on March 5, 2019,
    A signed an agreement on November 18' tells the earlier as background, no happening of its own
    (as `_day_of_sentence`)."""
    if len(days) < 2:
        return days
    latest = max(day.date.year for day in days if day.date is not None)
    return [day for day in days if day.date is not None and day.date.year == latest]


def _several_days(mentions: list[DateMention]) -> bool:
    """Whether `mentions` give two different days (no month, no garbled date)."""
    first = None
    for mention in mentions:
        if mention.date is None or mention.kind == "month" or mention.kind == "garbled":
            continue
        if first is None:
            first = mention.date
        elif mention.date != first:
            return True
    return False


def _clause_bound(text: str, at: int, limit: int, step: int, mentions: list[DateMention]) -> int:
    """The first clause mark from `at` towards `limit` (`step` -1: leftwards, +1: rightwards) that is
    not inside a date ("March 5, 2019"); `limit` when none."""
    i = at
    while i != limit:
        if text[i] in _CLAUSE_MARKS and not _inside_any_mention(i, mentions):
            return i
        i += step
    return limit


def _other_happening_outside(hits: list[Hit], names: list[EventName], stretches: list[tuple[int, int]]) -> bool:
    """Whether an event's name or a word of another happening than an approval stands outside `stretches`."""
    for name in names:
        if not within_any(name.start, stretches):
            return True
    for hit in hits:  # noqa: SIM110 - compiled, `any` of a generator makes one
        if hit.value in _REPORTING and hit.value != "approval" and not _inside(hit, stretches):
            return True
    return False


def _any_day_within(days: list[DateMention], start: int, end: int) -> bool:
    for day in days:  # noqa: SIM110 - compiled, `any` of a generator makes one
        if start <= day.start and day.end <= end:
            return True
    return False


def _inside_any_mention(at: int, mentions: list[DateMention]) -> bool:
    for mention in mentions:  # noqa: SIM110 - compiled, `any` of a generator makes one
        if mention.start <= at < mention.end:
            return True
    return False


def _clause_day(text: str, start: int, end: int, at: int, mentions: list[DateMention]) -> DateMention | None:
    """The day of the clause holding character `at` of a sentence (`start`-`end`): a day told in the
    clause, else the last day told before it as a clause of its own ('11月12日，两校又签署…'); None
    when none."""
    left = _clause_bound(text, at, start - 1, -1, mentions)
    right = _clause_bound(text, at, end, 1, mentions)
    before = None
    for mention in mentions:
        if mention.kind in {"garbled", "month"} or mention.date is None:
            continue
        if left < mention.start and mention.end <= right:
            return mention
        if mention.end <= at and _day_clause(text, mention.end, at):
            before = mention
    return before


def _day_after_own_word(
    hit: Hit, hits: list[Hit], day: DateMention, mentions: list[DateMention], values: frozenset[str], right: int
) -> DateMention:
    """The day told after `hit` in its clause (up to `right`) and before the next word of another
    kind of happening (`hits`), when `day` (its clause's) comes before `hit` and another day (a
    date, or one told from it, "the next day") stands there: "visited A on November 3 and signed an
    MoU the next day"."""
    if day.start > hit.start:
        return day  # (a day told after the word: its own already)
    limit = right
    for other in hits:
        if other.start > hit.end and other.value in _CLAUSE_KINDS_OF_HITS and other.value not in values:
            limit = min(limit, other.start)
            break
    for mention in mentions:
        if mention.start < hit.end or mention.date is None or mention.kind not in _ONE_DAY:
            continue
        if mention.end > limit:
            break
        return mention
    return day


_CLAUSE_KINDS_OF_HITS = frozenset().union(*_CLAUSE_DAY_VALUES.values())
_ONE_DAY = frozenset({"day", "relative"})  # a mention that names one day (not a range, a month)


# what joins days told together ('11月3日和9日', '3 and 9 November' read as two days)
_DAYS_JOINED = frozenset({"和", "与", "及", "、", ",", "，", "and", "&"})


def _first_of_days_told_together(text: str, day: DateMention, mentions: list[DateMention]) -> DateMention:
    """The first of the days told together with `day` ('11月3日和9日，代表团两次访问…': a visit on both
    days is dated by its first, as a trip is), `day` itself when it is told alone."""
    first = day
    for mention in reversed(mentions):
        if mention.end <= first.start and mention.date is not None and mention.kind not in {"garbled", "month"}:
            if text[mention.end : first.start].strip() not in _DAYS_JOINED:
                break
            first = mention
    return first


def _day_clause(text: str, end: int, at: int) -> bool:
    """Whether the day ending at `end` closes a clause of its own before `at` ('11月12日，…', 'On
    Friday, …'; not 'the day before the conference, …')."""
    for i in range(end, at):
        if text[i] in _CLAUSE_MARKS:
            return True
        if text[i] not in _AROUND_A_DAY:
            return False
    return False


_SAME_TIME = "_event_same_time"  # (whether the page holds a word of `event_same_time.txt`)
_DAY_OPENING = 24  # characters: a day and its comma opening a sentence ('11月30日上午，', 'On November 30, ')
# what may stand around the day that opens a retelling sentence ('11月12日上午，推进会在赣州召开')
_AROUND_A_DAY = " ,，\u3000上午下午晚间当天"


def _only_a_day(before: str, start: int, mentions: list[DateMention]) -> bool:
    """Whether `before` (the text from a sentence's `start` to a retelling phrase) is a day and its
    comma only ('11月12日，推进会在赣州召开': the headline's meeting retold on its day). `mentions`:
    the sentence's dates."""
    for mention in mentions:
        if mention.start == start + len(before) - len(before.lstrip()) and mention.date is not None:
            return not before[mention.end - start :].strip(_AROUND_A_DAY)
    return False


def _sentence_before(text: str, starts: list[int], index: int) -> int:
    """The sentence before sentence `index` that is not blank (a line break), -1 when none."""
    before = index - 1
    while before >= 0 and not text[starts[before] : starts[before + 1]].strip():
        before -= 1
    return before


def _last_comma(text: str, start: int, end: int) -> int:
    """The last comma in text[start:end] that ends a clause (not one in "1,200"), -1 when none."""
    comma = text.rfind(",", start, end)
    while comma > 0 and text[comma - 1 : comma].isdigit() and text[comma + 1 : comma + 2].isdigit():
        comma = text.rfind(",", start, comma)
    return comma


def _continues_sentence(text: str, starts: list[int], index: int) -> bool:
    """Whether sentence `index` goes on with the one before, cut at an abbreviation ("… No. | 96)
    was issued", "… approx. | two weeks"): it opens with a lower-case letter or a digit run closed
    by a bracket, which no sentence opens with."""
    opening = text[starts[index] : starts[index] + 8].lstrip()
    return bool(opening) and (opening[0].islower() or bool(_CUT_NUMBER.match(opening)))


_CUT_NUMBER = re.compile(r"\d+[)）]")


def _next_start(starts: list[int], index: int, text: str) -> int:
    """Where the sentence after sentence `index` starts (the text's end after the last)."""
    return starts[index + 1] if index + 1 < len(starts) else len(text)


_CONTENT_WORD = re.compile(r"[a-z]{4,}")  # (a word of four letters or more: no "a", "for", "and")


def _shares_a_word(span: Span, words: list[str]) -> bool:
    """Whether the name of `span` holds one of `words` (lower case) other than its last word (its head:
    "alliance")."""
    name_words = _CONTENT_WORD.findall(_name_of(span).lower())[:-1]
    return not set(name_words).isdisjoint(words)


def _alliances_before(doc: Doc, end: int) -> list[Span]:
    """The Doc's alliances (in the order of `institution_spans`) that end by character `end`."""
    key = "_event_alliances"
    alliances = doc.user_data.get(key)
    if alliances is None:  # (once per Doc: the few alliances among all the institutions)
        every = zip(institution_spans(doc), institution_facts(doc), strict=True)
        alliances = doc.user_data[key] = [(s.end_char, s) for s, known in every if known.kind == "alliance"]
    return [s for s_end, s in alliances if s_end <= end]


def _inside(hit: Hit, bounds: list[tuple[int, int]]) -> bool:
    """Whether `hit` lies inside one of the ranges `bounds` (start and end characters)."""
    at, last = hit.start, hit.end
    for start, end in bounds:  # noqa: SIM110 - compiled, `any`/`all` of a generator makes one
        if start <= at and last <= end:
            return True
    return False


# Plain loops, not `any` of a generator expression: compiled, each of those makes a generator
# object, and these are asked for every sentence or hit read.


def _finds_any(text: str, words: tuple[str, ...], start: int, end: int) -> bool:
    """Whether one of `words` stands whole in text[start:end]."""
    for word in words:  # noqa: SIM110 - compiled, `any`/`all` of a generator makes one
        if text.find(word, start, end) >= 0:
            return True
    return False


def _first_of(text: str, words: tuple[str, ...], start: int, end: int) -> int:
    """Where the first of `words` standing whole in text[start:end] starts; -1 when none does."""
    first = -1
    for word in words:
        at = text.find(word, start, end if first < 0 else min(end, first + len(word)))
        if at >= 0 and (first < 0 or at < first):
            first = at
    return first


def _inside_any(at: int, bounds: list[tuple[int, int]]) -> bool:
    """Whether character `at` lies in one of the ranges `bounds`."""
    for start, end in bounds:  # noqa: SIM110 - compiled, `any`/`all` of a generator makes one
        if start <= at < end:
            return True
    return False


def _any_of_kind(spans: list[Span], kind: str) -> bool:
    """Whether one of `spans` is an institution of `kind`."""
    for span in spans:  # noqa: SIM110 - compiled, `any`/`all` of a generator makes one
        if facts(span).kind == kind:
            return True
    return False


def _any_of_kinds(drafts: list[_Draft], kind: str) -> bool:
    for draft in drafts:  # noqa: SIM110 - compiled, `any` of a generator makes one
        if draft.kind == kind:
            return True
    return False


def _any_month(mentions: list[DateMention]) -> bool:
    for mention in mentions:  # noqa: SIM110 - compiled, `any`/`all` of a generator makes one
        if mention.kind == "month":
            return True
    return False


def _months_before(mentions: list[DateMention], published: dt.date | None) -> bool:
    """Whether the sentence's dates are months before the publication's ("signed an agreement in
    April 2024" on a November 2025 page): a happening of then, not one of the days reported."""
    if published is None or not mentions:
        return False
    for mention in mentions:
        if mention.kind != "month" or mention.date is None:
            return False
        if (mention.date.year, mention.date.month) >= (published.year, published.month):
            return False
    return True


def _visits_elsewhere(found: list[_Draft], frame_place: str | None) -> list[_Draft]:
    """`found` with its visits placed at `frame_place` placed nowhere: '同期，副校长率团访问圣彼得堡
    国立交通大学' went elsewhere than the forum told before (a signing then may be at the forum)."""
    if frame_place is None:
        return found
    return [_draft((*e[:4], None, *e[5:])) if e.kind == "visit" and e.location == frame_place else e for e in found]


def _placeless(setting: Setting) -> Setting:
    """`setting` without its place."""
    return _setting((setting.date, setting.date_text, None, setting.several_days, setting.planned, setting.until))


_NAME_DASHES = "—–-－"  # (what joins two parents' names before a joint body's: 华东交通大学—莫斯科…联合研究中心)


def _joined_name(doc: Doc, span: Span, institutions: list[Span]) -> str | None:
    """'华东交通大学—莫斯科国立交通大学轨道交通联合研究中心': a body's name as written from the
    institution named right before it across a dash, which is part of it (the joint centre of the
    two); None when no institution ends at a dash right before it."""
    text = doc_text(doc)
    at = span.start_char
    if at == 0 or text[at - 1] not in _NAME_DASHES:
        return None
    for other in institutions:
        if other.end_char == at - 1:
            return text[other.start_char : span.end_char]
    return None


def _name_of(span: Span) -> str:
    known = facts(span)
    return known.display_name or known.text


@functools.cache
def _cities() -> frozenset[str]:
    """The places of `load_places` that are no province (`_regions`): a city closing a name's "in"
    is where the event was held."""
    return frozenset(load_places().country_of) - _regions()


def _ends_with_city(view: Tokens, start: int, end: int, last: int) -> bool:
    """Whether the run of tokens start:end (after an "in") is a city the name would end with: no
    "and" or "of" goes on with more places after it (`last`: the sentence's end)."""
    return (end >= last or view.text_of(end) not in _INNER_CONNECTORS) and view.span_text(start, end) in _cities()


def _names_another_event(view: Tokens, start: int, end: int, heads: frozenset[str]) -> bool:
    """'... Conference and the 2024 Y Forum' names two events; 'Exhibition and Forum' (head words
    only) is one event's name. The run: tokens start:end."""
    words = [view.text_of(i) for i in range(start, end)]
    return any(w in heads for w in words) and not all(w in heads for w in words)


@functools.lru_cache(maxsize=4096)
def _is_when(run: str, language: str) -> bool:
    """A weekday or a date after the name ("on Tuesday"), not part of it (`run`: the words after
    "on"/"in"; the same few recur, so the answer is kept)."""
    from pipeline.dates import find_dates

    return bool(find_dates(f"on {run}", language, dt.date(2000, 1, 1)))


_CAPTION = re.compile(r"(?:[一二三四五六七八九十]+、|[0-9]+[.、]\s*)?[^。.!?！？；;]{1,40}")


def _is_caption(text: str) -> bool:
    """'签约现场', 'Signing ceremony', '二、合作签约': a photo caption or a heading, no sentence."""
    return len(text) <= 40 and bool(_CAPTION.fullmatch(text))


_CAPTION_LINE = 160  # characters: an English caption line is short
_PHOTO_CREDIT = re.compile(r"\b(?:Photo|Picture|Image)(?:\s+credit)?\s*(?:[:/|]|by\s)", re.IGNORECASE)
_STOPS = ".!?\"”’'):;"


def _english_caption(text: str, start: int, end: int) -> bool:
    """Whether text[start:end], a sentence, is a photo caption: a line of its own (up to `_CAPTION_LINE`
    characters) ending with no stop, or holding a photo credit ('Photo: …', '(Photo by …)')."""
    end = start + len(text[start:end].rstrip())  # (a sentence may hold the line break after it)
    line_start = text.rfind("\n", 0, start) + 1
    if text[line_start:start].strip():
        return False  # (the line opens with another sentence)
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    if line_end - line_start > _CAPTION_LINE:
        return False
    if _PHOTO_CREDIT.search(text, start, line_end) is not None:
        return True
    return not text[end:line_end].strip() and not text[start:end].endswith(tuple(_STOPS))


def _place_last_signing(events: list[_Draft], setting: Setting) -> None:
    """Give the last signing read `setting`'s place when it has none and is on its day (or either
    has no day): the signing a caption after it shows."""
    for index in range(len(events) - 1, -1, -1):
        event = events[index]
        if event.kind != "signing":
            continue
        day = _iso(setting.date)
        if event.location is None and (event.date is None or day is None or event.date == day):
            events[index] = _draft((*event[:4], setting.location, *event[5:]))
        return


def _place_last_meeting(events: list[_Draft], setting: Setting, head: str) -> None:
    """Give the last named meeting read whose name ends with `head` `setting`'s place when it has
    none and is on its day (or either has no day): the meeting a later sentence places."""
    for index in range(len(events) - 1, -1, -1):
        event = events[index]
        if event.kind != "conference" or not event.name or not event.name.lower().endswith(head):
            continue
        day = _iso(setting.date)
        if event.location is None and (event.date is None or day is None or event.date == day):
            events[index] = _draft((*event[:4], setting.location, *event[5:]))
        return


def _seat_of_visitors(text: str, at: int, bounds: list[tuple[int, int]]) -> bool:
    """'a delegation from Zhejiang Gongshang University in Hangzhou, China, was in Tallinn': a place
    ("in") right after an institution that comes "from" there is where the visitors come from, not
    where their happening is. `at`: where the place's words start; `bounds`: the sentence's
    institutions."""
    if not text.startswith("in ", at):
        return False  # ("a delegation from X travelled to Aberdeen": where they went)
    for start, end in bounds:
        if end <= at and not text[end:at].strip() and _FROM_BEFORE.search(text, max(0, start - 10), start):
            return True
    return False


_FROM_BEFORE = re.compile(r"\b[Ff]rom (?:the )?$")


def _meeting_heads(found: list[_Draft]) -> list[str]:
    """The head words (last words, lower case) of the named conferences among `found`."""
    return [e.name.rsplit(" ", 1)[-1].lower() for e in found if e.kind == "conference" and e.name]


def _opening_names(doc: Doc, sent: Span, heads: set[str]) -> bool:
    """Whether `sent` opens with a reference to a meeting of one of `heads` ('During the forum',
    论坛期间)."""
    opening = matching_text(doc)[sent.start_char : min(sent.end_char, sent.start_char + _OPENING)]
    for head in heads:  # noqa: SIM110 - compiled, `any` of a generator makes one
        if "the " + head in opening or opening.lstrip(" \u3000").startswith(head + "期间"):
            return True
    return False


def _heads_lower_case(heads: frozenset[str]) -> str:
    """The event head words in lower case as one alternation (a meeting's references and lengths are
    matched in the lower case of the text)."""
    return alternation(sorted({h.lower() for h in heads}, key=len, reverse=True))


def _meeting_reference_pattern(language: str, heads: frozenset[str], words: dict[str, str]) -> re.Pattern[str]:
    """A reference to a meeting named before by its head word: 'the forum', "this year's summit"
    anywhere (English, in lower case); (本次)论坛 opening the sentence (Chinese)."""
    references = alternation(w for w, role in words.items() if role == "reference")
    head_words = _heads_lower_case(heads)
    if language == "en":
        return re.compile(rf"\b(?:{references})\s+({head_words})\b")
    return re.compile(rf"^\s*(?:{references})?({head_words})")


def _filled(own: Setting, context: Setting) -> Setting:
    if own is _NOWHERE:
        return context  # (the same values)
    if own.date is not None:
        return _setting(
            (own.date, own.date_text, own.location or context.location, own.several_days, own.planned, own.until)
        )
    place = own.location or context.location
    return _setting(
        (context.date, own.date_text or context.date_text, place, context.several_days, context.planned, context.until)
    )


def _government_in_sentence_before(doc: Doc, sent: Span) -> bool:
    """Whether the sentence before, in the same paragraph, names a government body: "The Ministry of
    Education announced the results of its review. Four programs were approved.": its approval."""
    sents = sentences(doc)
    index = sents.index_of(sent.start_char)
    if index <= 0:
        return False
    before = sents.spans[index - 1]
    if "\n" in doc_text(doc)[before.end_char : sent.start_char]:
        return False
    return _any_of_kind(_institutions_of(doc, before), GOVERNMENT)


def _told_at(doc: Doc, sent: Span, date_text: str | None) -> int:
    """Where the sentence first writes `date_text` (its day's words), or -1."""
    return -1 if date_text is None else doc_text(doc).find(date_text, sent.start_char, sent.end_char)


def _first_trip_word(hits: list[Hit]) -> int | None:
    """Where the first visit or trip word of `hits` starts, if any."""
    first = None
    for hit in hits:
        if (hit.value == "visit" or hit.value == "trip") and (first is None or hit.start < first):
            first = hit.start
    return first


def _carried_to(own: Setting, placed_by: Setting | None, by_heading: bool, stays: bool) -> bool:
    """Whether a place told before still places a sentence on a day of its own (`own`, without a
    place): told under a city heading, without a day, on the same day, over days that hold it, or
    as arrived at or opened at on a day before (`stays`)."""
    if by_heading or placed_by is None or placed_by.date is None or placed_by.date == own.date:
        return True
    return (stays and placed_by.date <= own.date) or _within(own, placed_by)


def _within(own: Setting, ranged: Setting | None) -> bool:
    """Whether `own`'s day is one of the days of `ranged`'s range."""
    if ranged is None or ranged.date is None or ranged.until is None or own.date is None:
        return False
    return ranged.date <= own.date <= ranged.until


def _after_a_year(view: Tokens, first: int, last: int) -> int:
    """The first token of a founded body's name walked back to `first`, after a year in it (自2016年联盟
    成立之初: a year tells when, and is no part of a body's name)."""
    for i in range(last - 1, first, -1):
        if view.norm(i) == "年" and view.norm(i - 1).isdigit():
            return i + 1
    return first


def _after_semicolon(doc: Doc, sent: Span) -> bool:
    """Whether the sentence goes on after a semicolon ('开幕式上，A与B签署…；C与D签署…')."""
    return doc_text(doc)[max(0, sent.start_char - 4) : sent.start_char].rstrip().endswith(("；", ";"))


def _first_day(setting: Setting) -> Setting:
    """`setting` on its first day alone (a range's opening day)."""
    return _setting((setting.date, setting.date_text, setting.location, False, setting.planned, None))


def _place_only(setting: Setting) -> Setting:
    return _setting((None, None, setting.location, False, False, None))


# (matched at a day's end and up to 12 characters on: no slice of the text made, no literal search first)
# (讯: a portal's dispatch, 东北网12月9日讯)
_DATELINE_AFTER = re.compile(r"\s*(?:[(（]\s*(?:Xinhua|新华社|新华网|记者)|[电讯]\b|[电讯]\s|[电讯]（|[电讯]\()")
_DATELINE_AFTER_REACH = 12


# a press release's dateline: "Kunming, 22 October 2026 – The alliance held ...", a line opening
# with a capitalised place and a comma, its day, then a dash
_DASH_AFTER = re.compile(r"\s*(?:--|[–—])\s")
_PLACE_OPENING = re.compile(r"\s*[A-Z][\w'’. /-]{0,30},\s*")


def _is_dateline(doc: Doc, mention: DateMention) -> bool:
    """'CHANGSHA, Nov. 20 (Xinhua) --', '新华网九江10月18日电', 'Kunming, 22 October 2026 –': the
    dispatch date, not the event's."""
    text = doc_text(doc)
    if _DATELINE_AFTER.match(text, mention.end, mention.end + _DATELINE_AFTER_REACH) is not None:
        return True
    if not _DASH_AFTER.match(text, mention.end, mention.end + 4):
        return False
    return bool(_PLACE_OPENING.fullmatch(text, text.rfind("\n", 0, mention.start) + 1, mention.start))


_FIGURE = re.compile(r"[0-9０-９]")


def _announced_only(hits: list[Hit]) -> bool:
    """Whether the only words of `hits` telling an event of kind other make a list public (公布): no
    ceremony, opening or other happening of that kind."""
    announced = False
    for hit in hits:
        if hit.value in {"other", "ceremony", "opening"}:
            return False
        announced = announced or hit.value == "announcement"
    return announced


def _closes_clause(sentence: str, at: int) -> bool:
    """Whether a clause mark follows `at` in `sentence` (after blanks)."""
    return sentence[at:].lstrip()[:1] in {",", "，", ";", "；"}
_JOINERS = frozenset({"&", "-", "–"})


def _name_word(view: Tokens, i: int) -> bool:
    text = view.text_of(i)
    # (no whitespace after the token before: the two touch, as the Doc's text is theirs joined)
    possessive = text in {"'", "'s", "’", "’s"} and i > 0 and view.end(i - 1) == view.start(i)
    # (an en dash joins two places inside a name: "the 2025 China–Central Asia ... Forum")
    return bool(text) and (text[0].isupper() or (text.isdigit() and len(text) == 4) or text in _JOINERS or possessive)


def _study_mode_before(view: Tokens, start: int, first: int) -> bool:
    """Whether the three tokens before `start` write a programme's study mode, years at each side
    joined by a plus sign with no space ("2+2", "3+1", tokenized 2 + 2): a word of a name
    ("2+2 Programme Forum"), as a year is."""
    if start - 3 < first or view.text_of(start - 2) != "+":
        return False
    before, after = view.text_of(start - 3), view.text_of(start - 1)
    return (
        len(before) == 1
        and len(after) == 1
        and before.isdigit()
        and after.isdigit()
        and view.end(start - 3) == view.start(start - 2)
        and view.end(start - 2) == view.start(start - 1)
    )


_OPENING_MARKS = frozenset("“‘《(（「『")
# 联合 ("joint") is a name word right after an institution (X学院联合管理委员会), a verb elsewhere
_JOINT = frozenset({"联合"})
# 第二届, 第十四次: an ordinal before a head word tells which one, no name (第二届论坛 refers back)
_ZH_ORDINAL = re.compile(r"第[0-9０-９〇零一二三四五六七八九十百两]+[届次期]")
_NAME_MARKS = "·—–-“”‘’《》()（）「」『』"
_PAIRS = {"“": "”", "‘": "’", "《": "》", "(": ")", "（": "）", "「": "」", "『": "』"}


def _zh_name_part(view: Tokens, i: int, boundaries: frozenset[str]) -> bool:
    """Whether token `i` can be part of a Chinese event name."""
    # The written form: spaCy's NORM turns curly quotes into straight ones.
    return _is_name_part(view.norm(i), view.text_of(i), boundaries)


def _is_name_part(norm: str, text: str, boundaries: frozenset[str]) -> bool:
    """`_zh_name_part` of a token's NORM and text."""
    if norm in boundaries and norm not in {"届", "首届", "年", "与", "和"}:
        # (合作与交流大会: 与 joins words of a name; an institution before it stops the name; an
        # ordinal opens one: 第二届…论坛, 首届…论坛)
        return False
    if norm.endswith("在"):
        return False  # 刘海波在开幕式上: a 在 the segmenter glued to a name (波在) ends the name too
    return _name_characters(text)


_AND = frozenset({"与", "和"})
# a founding told in an opening participle clause before the body's word: 'Founded in 2008, the institute ...'
_FOUNDED_PARTICIPLE = re.compile(r"(?:founded|established|set up|launched|inaugurated)\b[^,.;]{0,40},\s*")
_ARTICLE_BEFORE = re.compile(r"\s+(?:the|an?)$")  # ('to host the 2027 Forum', 'to hold a Summer Forum')
_HELD_NAME_OPENINGS = " \u3000“\"《「"  # (between a verb and the name it holds: 举办“…”)
# a day's last word (11月26日, a dispatch's 26日电): no word of a name
_DAY_WORDS = frozenset({"日", "号", "电", "日电"})


def _ends_a_day(before: str, word: str) -> bool:
    """Whether `word` (of `_DAY_WORDS`) after the word `before` ends a day: 26日, 26号, 26日电."""
    return before == "日" if word == "电" else before.isdigit()


_OPENING_BRACKETS = frozenset({"（", "("})
_CLOSING_BRACKETS = frozenset({"）", ")"})
_MANNER_SPAN = 4  # characters read before a head word for `event_online_manners.txt` (以线上, 以云端)
_MAX_KEPT = 1 << 16  # words kept by `EventExtractor._name_part` (cleared past this many)


@functools.lru_cache(maxsize=8192)
def _name_characters(text: str) -> bool:
    """Whether a word holds only characters of a Chinese name (the same words recur)."""
    return all("\u4e00" <= ch <= "\u9fff" or ch.isdigit() or ch in _NAME_MARKS for ch in text)


def _after_trailing_bracket(view: Tokens, end: int, limit: int) -> int:
    """Include a bracket right after the head: 博览会(马来西亚)."""
    if end < limit and view.text_of(end) in {"(", "（"}:
        for close in range(end + 1, min(limit, end + 6)):
            if view.text_of(close) in {")", "）"}:
                return close + 1
            if not _zh_name_part(view, close, frozenset()):
                break
    return end


# lower-case words between capitalised words of a name before its head word
_INNER_CONNECTORS = frozenset({"of", "and"})
_ORDINAL = re.compile(r"[1-9]\d?(?:st|nd|rd|th)")
_QUOTES = {'"': '"', "”": "“", "'": "'", "’": "‘"}  # closing mark -> opening mark
_QUOTE_REACH = 8  # tokens: a quoted slogan ("Belt and Road", "Study in China")


def _quoted_run_before(view: Tokens, start: int, first: int) -> int | None:
    """The opening mark's token when a quoted run of capitalised words (with "and", "of", "in"
    between them) ends right before `start`, so the name goes on before it; else None."""
    opening = _QUOTES.get(view.text_of(start - 1)) if start - 1 > first else None
    if opening is None:
        return None
    for i in range(start - 2, max(first - 1, start - 2 - _QUOTE_REACH), -1):
        text = view.text_of(i)
        if text == opening:
            return i if i < start - 2 else None
        if not (_name_word(view, i) or text in {"and", "of", "in", "for"}):
            return None
    return None


_BRACKET_REACH = 4  # tokens: a bracketed place or year inside a name, "(Jiangxi)", "(Hong Kong)"


def _bracketed_place_before(view: Tokens, start: int, first: int) -> int | None:
    """The opening bracket's token when a bracketed place or year of capitalised words ends
    right before `start` ("2026 UK-China (Jiangxi) Higher Education Forum"), so the name goes on
    before it; else None."""
    glued = view.text_of(start)
    if ")" in glued and "(" not in glued and start - 2 >= first and view.text_of(start - 1) == "(":
        return start - 1  # the tokenizer keeps "Jiangxi)-ASEAN" as one word after its "("
    close = start - 1
    if close - 2 < first or view.text_of(close) != ")":
        return None
    for opening in range(close - 1, max(first, close - _BRACKET_REACH - 1), -1):
        if view.text_of(opening) == "(":
            return opening if opening < close - 1 and opening - 1 >= first else None
        if not _name_word(view, opening):
            return None
    return None


@functools.lru_cache(maxsize=4096)
def _made_of(word: str, pieces: frozenset[str]) -> bool:
    """Whether `word` is one of `pieces` or written as several of them in a row (合作办学项目: a
    word of the segmenter's dictionary made of generic words)."""
    return word in pieces or any(
        word.startswith(piece) and len(piece) < len(word) and _made_of(word[len(piece) :], pieces) for piece in pieces
    )


_DISTINCT_PAIRS = tuple((opening, closing) for opening, closing in _PAIRS.items() if opening != closing)


def _balanced(name: str) -> bool:
    for opening, closing in _DISTINCT_PAIRS:  # noqa: SIM110 - compiled, `any`/`all` of a generator makes one
        if name.count(opening) != name.count(closing):
            return False
    return True


def _kind_of_name(name: str, head_kinds: tuple[tuple[str, str], ...] = ()) -> str:
    """`head_kinds`: (head word in lower case, kind), `EventExtractor.head_kinds`."""
    lowered = name.lower()
    for head, kind in head_kinds:
        if lowered.endswith(head):
            return kind  # 开学典礼, 建校二十周年庆典
    if "signing" in lowered or "签约" in name or "签署" in name:
        return "signing"
    if "成立大会" in name or "inaugurat" in lowered or "founding" in lowered:
        return "establishment"
    return "conference"


_NAME_YEAR = re.compile(r"(?<!\d)(19|20)\d{2}(?!\d)")


def _named_in_an_earlier_year(names: list[EventName], day: dt.date) -> bool:
    year = _year_in_names(names)
    return year is not None and year < day.year


def _year_in_names(names: list[EventName]) -> int | None:
    for name in names:
        match = _NAME_YEAR.search(name.text)
        if match:
            return int(match.group(0))
    return None


def _with_year(date: dt.date, year: int) -> dt.date:
    try:
        return date.replace(year=year)
    except ValueError:  # 29 February
        return date


def _iso(date: dt.date | None) -> str | None:
    return date.isoformat() if date else None


class _Dateline(NamedTuple):
    place: str  # as the places list writes it ("Xi'an" for "XI'AN")
    day: dt.date


_DATELINE_REACH = 300  # characters: a dateline opens the text (after a line of chrome at most)
_DATELINE_DAYS = 14  # a dispatch reports what happened in the days before it


@functools.cache
def _places_by_upper() -> dict[str, str]:
    return {place.upper(): place for place in load_places().longest_first()}


def _dateline_place(before: str, english: bool) -> str | None:
    """The city a dateline names right before its day: 'KUNSHAN, ' (capitals, as datelines write
    it), '新华社南昌' (the agency's name, then the city); not a province (`_regions`)."""
    before = before.rstrip(" ,，")
    if english:
        match = re.search(r"([A-Z][A-Z'’. -]*)$", before)
        place = _places_by_upper().get(match.group(1).strip().replace("’", "'")) if match else None
    else:
        known = load_places().country_of
        place = next((before[-n:] for n in range(min(len(before), 8), 1, -1) if before[-n:] in known), None)
    return None if place is None or place in _regions() else place


_LEAD_END = re.compile(r"[。！？]|[.!?](?=\s)")


def _lead_after(text: str, start: int) -> str:
    """A dispatch's lead: its dateline's sentence, from the dateline's day to the sentence's end."""
    line_end = text.find("\n", start)
    line = text[start : line_end if line_end != -1 else len(text)]
    end = _LEAD_END.search(line)
    return line[: end.end()] if end else line


def _placed_by_dateline(event: _Draft, dateline: _Dateline | None) -> _Draft:
    """An event the text gives no place for took place in the dateline's city when it happened in
    the days before the dispatch; not a visit (a delegation travels from or to the city) nor an
    approval (issued, not held), nor a background happening (no day, or an older one)."""
    if dateline is None or event.location or event.online or event.kind in {"visit", "approval"} or event.date is None:
        return event
    days_before = (dateline.day - dt.date.fromisoformat(event.date)).days
    if not 0 <= days_before <= _DATELINE_DAYS:
        return event
    return _draft((*event[:4], dateline.place, *event[5:]))  # (its place: a NamedTuple's `_replace` is Python)


def _signings_in_year_clauses(doc: Doc, sent: Span, hits: list[Hit], value: str = "signing") -> tuple[bool, bool]:
    """Whether the sentence's signing words (or other words of `value`) stand in a relative clause
    placed in a year or a month of one (", which signed an MoU in 2022,", ", which was first signed in
    Sept. 2019", ", which launched the institute in 2019": `clauses.relative_clauses`, English), and
    whether one stands elsewhere ("..., signed an agreement with it on November 18"): (False, True)
    for most sentences."""
    if doc_text(doc).find(RELATIVE_CUE, sent.start_char, sent.end_char) < 0:
        return False, True  # (most signing sentences: no opening to look for, the sentence not cut out)
    text = doc_text(doc)[sent.start_char : sent.end_char]
    clauses = relative_clauses(text, sent.start_char)
    if not clauses:
        return False, True
    dated = [(a, b) for a, b in clauses if _CLAUSE_YEARS["en"].search(doc_text(doc), a, b) is not None]
    return _told_earlier_and_now(hits, value, dated)


def _told_earlier_and_now(hits: list[Hit], value: str, dated: list[tuple[int, int]]) -> tuple[bool, bool]:
    """Whether the sentence's `value` hits stand inside its clauses placed in a year (told as earlier) and
    outside them (told as now)."""
    earlier = now = False
    for hit in hits:
        if hit.value == value:
            if within_any(hit.start, dated):
                earlier = True
            else:
                now = True
    return earlier, now


# ", two years after", ", months after": what the clause tells happened before the sentence's day
_PAST_CLAUSE = re.compile(
    r", (?:(?:a|one|two|three|four|five|six|seven|eight|nine|ten|several|many|some|a few|\d+) )?"
    r"(?:years?|months?|decades?|weeks?) (?:after|since) "
)


def _past_clause_start(text: str, sent: Span, names: list[EventName]) -> int:
    """Where a clause of an earlier time (", two years after their scientists first met at ...")
    starts in `sent`, when an event's name stands in it; else -1. English (the literal " after " or
    " since " first: most sentences naming an event hold neither)."""
    start, end = sent.start_char, sent.end_char
    if text.find(" after ", start, end) < 0 and text.find(" since ", start, end) < 0:
        return -1
    match = _PAST_CLAUSE.search(text, start, end)
    if match is None:
        return -1
    at = match.start()
    for name in names:
        if name.start >= at:
            return at
    return -1


_ZH_PAST_REACH = 24  # characters read before a Chinese event name for a clause of an earlier time
_ZH_HELD = "(?:举办|举行|召开)的"  # (what ends the clause, right before the name it tells of)


def _zh_past_clause(times: tuple[str, ...]) -> re.Pattern[str]:
    """'去年在银川举办的' right before an event's name (matched up to it, `$`): a word of an earlier
    time (`zh/event_past_clause_times.txt`), maybe a place, then 举办的: the name's happening is of
    that time, not the sentence's day, and the place is its own."""
    return re.compile(rf"(?:{alternation(times)})[^，,。；;]{{0,12}}?{_ZH_HELD}$")


def _without_place_after(text: str, setting: Setting, sent: Span, at: int) -> tuple[Setting, str | None]:
    """`setting` without its place when the sentence names the place only in its past clause, from
    `at` on (then the clause's place, returned too)."""
    place = setting.location
    if place is None or text.find(place, at, sent.end_char) < 0 or text.find(place, sent.start_char, at) >= 0:
        return setting, None
    return _placeless(setting), place


def _named_in_past_clause(
    found: list[_Draft], names: list[EventName], at: int, place: str | None
) -> list[_Draft]:
    """The events named in the past clause from `at`: background, with no day, at the clause's place."""
    past = {n.text for n in names if n.start >= at}
    return [
        _draft((e.kind, e.name, None, None, place or e.location, *e[5:8], True)) if e.name in past else e
        for e in found
    ]


# a year, or a month of a year, a happening is placed in ("in 2019", "in March 2024"): no day
_CLAUSE_YEAR = re.compile(
    r"\b(?:in|since|back in|as early as)\s+(?:(?:January|February|March|April|May|June|July|August|September"
    r"|October|November|December)\s+)?(?:19|20)\d{2}\b(?![-–/]\d)"
)


def _visits_in_year_clauses(doc: Doc, sent: Span, hits: list[Hit]) -> tuple[bool, bool]:
    """Whether a visit word of the sentence stands in a relative clause placed in a year (", who
    visited Nanchang University in 2019,": background), and whether one stands elsewhere (the
    main clause's visit, on the sentence's day): (False, True) for most sentences. English."""
    text = doc_text(doc)
    if text.find(RELATIVE_CUE, sent.start_char, sent.end_char) < 0:
        return False, True  # (no relative clause: most sentences stop here)
    clauses = relative_clauses(text[sent.start_char : sent.end_char], sent.start_char)
    dated = [(a, b) for a, b in clauses if _CLAUSE_YEAR.search(text, a, b) is not None]
    if not dated:
        return False, True
    return _told_earlier_and_now(hits, "visit", dated)


def _not_travelled(found: list[_Draft]) -> list[_Draft]:
    """`found` (of a sentence saying its happening took place online) less its visits: talks held by
    video ("held a video call with", 举行视频会谈) are no trip (corpus/GUIDE.md: a visit is a trip)."""
    return [e for e in found if e.kind != "visit"]


_MET_WORD = re.compile(r"met ([A-Z][\w-]*)")  # (`EventExtractor._people_met`: "met" and the word after it, no "'s")


def _with_hits(finder: Callable[[int, int], list[Hit]], more: list[Hit]) -> Callable[[int, int], list[Hit]]:
    """`finder` (a Doc's trigger words in a range) with the hits of `more` in that range too, in order."""

    def find(start: int, end: int) -> list[Hit]:
        found = finder(start, end)
        added = [h for h in more if start <= h.start and h.end <= end]
        return sorted([*found, *added]) if added else found

    return find


def _merged(
    events: list[_Draft],
    dateline: _Dateline | None = None,
    parties: Callable[[_Draft], frozenset[str]] | None = None,
    travellers: Callable[[_Draft], str | None] | None = None,
    clauses: set[tuple[int, int]] | None = None,
) -> list[Event]:
    """One event per happening (corpus/GUIDE.md): same kind and name, a short form of a name
    given before, or, unnamed, the same day and place. A delegation's trip is one visit, dated
    by its first day, and placed by its first mention, or by later ones when they name one place.
    An event left without a place may take the dateline's (`_placed_by_dateline`). Only the
    events kept become (validated) `Event`s. `clauses`: the evidence of signings told in clauses
    of one sentence, each of its own pair (`_signing_clauses`): two of them are two signings."""
    kept: list[_Draft] = []
    of_kind: dict[str, list[int]] = {}  # where in `kept` the events of each kind are (no twin has another)
    # Visits first told without a place, whose later mentions name different places: a tour
    # ("visited Belarus and Russia", then "in Minsk", "arrived in Kazan") has no one place.
    borrowed: set[int] = set()  # visits placed by a later mention
    tours: set[int] = set()
    trip_words: dict[tuple[int, int], tuple[bool, bool, bool]] = {}  # `_trip_words_in`, by evidence
    for event in events:
        same_kind = of_kind.setdefault(event.kind, [])
        index = _twin_of(kept, same_kind, event, parties, travellers, trip_words, clauses)
        if index is None:
            same_kind.append(len(kept))
            kept.append(event)
            continue
        twin = kept[index]
        if twin.kind == "visit" and event.location:
            if twin.tour:
                tours.add(index)  # told as a tour of several countries: a city of one is not its place
            elif twin.location is None:
                borrowed.add(index)
            elif index in borrowed and event.location != twin.location:
                tours.add(index)
        dates = [d for d in (twin.date, event.date) if d]
        first_day = min(dates) if twin.kind == "visit" and dates else twin.date or event.date
        date_text, location = twin.date_text or event.date_text, twin.location or event.location
        if twin.online:  # ('…云签约仪式。A、B分别在南京和考文垂签署…': held online, no place of one side)
            location = None
        # (the twin with this day, date words and place: its kind and name, and the fields after its place)
        kept[index] = _draft((*twin[:2], first_day, date_text, location, *twin[5:]))
        if twin.name and event.name and _edition_of(twin.name.lower(), event.name.lower()):
            kept[index] = _draft((twin.kind, event.name, *kept[index][2:]))  # (the name in full, with its year)
    for index in tours:
        kept[index] = kept[index]._replace(location=None)
    kept = [_placed_by_dateline(draft, dateline) for draft in kept]
    return [_event(draft) for draft in sorted(kept, key=lambda e: e.evidence["start"])]


def _twin_of(
    kept: list[_Draft],
    same_kind: list[int],
    event: _Draft,
    parties: Callable[[_Draft], frozenset[str]] | None = None,
    travellers: Callable[[_Draft], str | None] | None = None,
    trip_words: dict[tuple[int, int], tuple[bool, bool, bool]] | None = None,
    clauses: set[tuple[int, int]] | None = None,
) -> int | None:
    """The index in `kept` (one of `same_kind`) of the first draft telling `event`'s happening.
    `trip_words`: `_trip_words_in` of the drafts read so far; `clauses`: as `_merged`'s."""
    if not same_kind:
        return None  # (the first of its kind: its sentence's openings are not read)
    # (`_told_apart` searches the whole sentence: asked only of a twin on the same day, rare)
    apart: bool | None = None if event.name is None else False
    same_day = event.kind == "signing" and parties is not None and _opens_on_the_same_day(event)
    earlier = event.name is None and event.date is None and _opens_earlier(event)
    in_clause = bool(clauses) and _evidence_key(event) in clauses
    for index in same_kind:
        twin = kept[index]
        if earlier and not _opens_earlier(twin):
            continue  # ('…获批。此前，A与B合作举办的学院已获批准设立': an earlier approval)
        if not _same_happening(twin, event, trip_words) or (
            parties is not None and _between_others(twin, event, parties)
        ):
            continue
        if same_day and twin.date == event.date and _other_parties(twin, event, parties):
            continue  # ('12月7日上午，A与B签署…。同日下午，C与D签署…': another signing that day)
        if in_clause and _other_parties(twin, event, parties):
            continue  # ('展会期间，A与B签署…；C与D签署…': a signing in each clause, none told before)
        if apart is not False and twin.date is not None and twin.date == event.date:
            if apart is None:
                apart = _told_apart(event)
            if apart:
                continue  # ("In a separate ceremony the same day, ...": another signing on that day)
        if travellers is None or not _other_travellers(twin, event, travellers):
            return index
    return None


def _evidence_key(event: _Draft) -> tuple[int, int]:
    return event.evidence["start"], event.evidence["end"]


def _signing_clause_keys(found: list[_Draft]) -> list[tuple[int, int]]:
    """The evidence of the unnamed signings of one sentence's drafts when there are several, each
    told in a clause of its own (`_signing_clauses`); [] when there is one."""
    keys = [_evidence_key(e) for e in found if e.kind == "signing" and e.name is None and not e.background]
    return keys if len(set(keys)) > 1 else []


def _opens_earlier(event: _Draft) -> bool:
    """Whether `event`'s sentence opens before the time told before (`zh/event_earlier_openings.txt`: 此前)."""
    return event.evidence["text"].lstrip().startswith(_earlier_openings())


@functools.cache
def _earlier_openings() -> tuple[str, ...]:
    return word_list("zh", "event_earlier_openings.txt")


@functools.cache
def _generic_meeting_words() -> tuple[str, ...]:
    return word_list("zh", "event_meeting_generic.txt")


def _opens_on_the_same_day(event: _Draft) -> bool:
    """Whether `event`'s sentence opens at another time of the day told before (`zh/event_same_day_others.txt`:
    同日下午)."""
    return event.evidence["text"].lstrip().startswith(_same_day_openings())


@functools.cache
def _same_day_openings() -> tuple[str, ...]:
    return word_list("zh", "event_same_day_others.txt")


def _other_parties(a: _Draft, b: _Draft, parties: Callable[[_Draft], frozenset[str]]) -> bool:
    """Whether two drafts' sentences name institutions the other does not, each (neither retells the other)."""
    first, later = parties(a), parties(b)
    return bool(first) and bool(later) and not first <= later and not later <= first


def _told_apart(event: _Draft) -> bool:
    """Whether `event`'s evidence tells it apart from what was told before (`event_separate.txt`)."""
    english, chinese = _separate_words()
    text = event.evidence["text"]
    return holds_any(text, chinese) or (english.search(text) is not None if english else False)


@functools.cache
def _separate_words() -> tuple[re.Pattern[str] | None, tuple[str, ...]]:
    """The English words of `event_separate.txt` as a caseless pattern of whole words, and the Chinese."""
    english = word_list("en", "event_separate.txt")
    pattern = re.compile(rf"\b(?:{alternation(english)})\b", re.IGNORECASE) if english else None
    return pattern, word_list("zh", "event_separate.txt")


def _several_visits(events: list[_Draft]) -> bool:
    """Whether `events` holds two visits or more (only they may be told apart by their travellers)."""
    seen = False
    for event in events:
        if event.kind == "visit":
            if seen:
                return True
            seen = True
    return False


def _other_travellers(a: _Draft, b: _Draft, travellers: Callable[[_Draft], str | None]) -> bool:
    """Whether two visits are trips of two parties: each names the institution whose delegation
    travels ("a delegation from A visited B. A delegation from B visited C."; A代表团来访B。B代表团赴C访问),
    and they differ. A visit whose party its sentence does not name ("the delegation also toured C")
    may still be more of a trip told before (`_one_trip`)."""
    if a.kind != "visit":
        return False
    first = travellers(a)
    if first is None:
        return False
    later = travellers(b)
    return later is not None and later != first


def _travellers_reader(doc: Doc) -> Callable[[_Draft], str | None]:
    """The institution whose delegation a visit's evidence tells of (the first named right before a
    delegation word or right after "delegation from": `event_delegation_parties.tsv`), as the name it
    is reported by; None when none is. Each evidence read once."""
    read: dict[tuple[int, int], str | None] = {}
    following, preceding, leading = _delegation_words(doc.lang_)
    text = doc_text(doc)

    def traveller(draft: _Draft) -> str | None:
        evidence = draft.evidence
        key = (evidence["start"], evidence["end"])
        if key in read:
            return read[key]
        found = None
        for span in institutions_in(doc, key[0], key[1]):
            after_name = text[span.end_char : span.end_char + _DELEGATION_REACH].lstrip().lower()
            before_name = text[max(key[0], span.start_char - _DELEGATION_REACH) : span.start_char].rstrip().lower()
            if after_name.startswith(following) or before_name.endswith(preceding) or holds_any(after_name, leading):
                known = facts(span)
                found = known.entry or known.display_name or known.text
                break
        read[key] = found
        return found

    return traveller


_DELEGATION_REACH = 24  # characters read beside an institution for a delegation word


@functools.cache
def _delegation_words(language: str) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """The words right after a travelling party's name ("'s delegation", 代表团), those right before
    it ("delegation from"), and those after it past its leader's title and name (南昌大学副校长李华率团),
    in lower case, of `event_delegation_parties.tsv`."""
    table = word_table(language, "event_delegation_parties.tsv")
    places = ("after", "before", "led")
    return tuple(tuple(w.lower() for w, where in table.items() if where == place) for place in places)


def _between_others(a: _Draft, b: _Draft, parties: Callable[[_Draft], frozenset[str]]) -> bool:
    """Whether two signings, one with a day and one without (told in another frame: "会上，A与B签署
    协议。…5月5日至7日，…对接会…活动期间，A与C签署意向书"), are told of other parties: each sentence
    names an institution the other does not, so neither retells the other (a headline or a later
    mention names the same ones or fewer). Two told without a day, or on one day, are one ceremony
    (the corpus's gold: one signing for the pairs signing at one ceremony). Not other kinds: an approval
    or a visit is told again with other bodies ("the Embassy welcomed the approval")."""
    if a.kind != "signing" or (a.date is None) == (b.date is None):
        return False
    first, later = parties(a), parties(b)
    return bool(first) and bool(later) and not first <= later and not later <= first


def _parties_reader(doc: Doc) -> Callable[[_Draft], frozenset[str]]:
    """The institutions named in a draft's evidence, as the names they are reported by; not the
    government bodies, which witness signings (江西省教育厅副厅长…见证签署仪式) more than sign. Each
    evidence's read once (a signing is asked again for each twin it may have)."""
    read: dict[tuple[int, int], frozenset[str]] = {}

    def parties(draft: _Draft) -> frozenset[str]:
        evidence = draft.evidence
        key = (evidence["start"], evidence["end"])
        known_parties = read.get(key)
        if known_parties is not None:
            return known_parties
        found = set()
        for span in institutions_in(doc, key[0], key[1]):
            known = facts(span)
            if known.kind != GOVERNMENT:
                found.add(known.entry or known.display_name or known.text)
        known_parties = read[key] = frozenset(found)
        return known_parties

    return parties


def _event(draft: _Draft) -> Event:
    # (the fields named: a NamedTuple's `_asdict` builds its dict field by field, at about half
    # the cost of the validation itself; the model's validator called on the dict, as `Event(**fields)`
    # does, without pydantic's Python-level `__init__` and its keyword packing: ~1 us of ~4 a fact)
    return Event.__pydantic_validator__.validate_python(
        {
            "kind": draft.kind,
            "name": draft.name,
            "date": draft.date,
            "date_text": draft.date_text,
            "location": draft.location,
            "evidence": draft.evidence,
        }
    )


def _same_happening(
    a: _Draft, b: _Draft, trip_words: dict[tuple[int, int], tuple[bool, bool, bool]] | None = None
) -> bool:
    """`trip_words`: `_trip_words_in` of the drafts read so far (for `_one_trip`)."""
    if a.kind != b.kind:
        return False
    if a.name or b.name:
        if not (a.name and b.name):
            return False
        first, later = a.name.lower(), b.name.lower()
        return first == later or (len(later) >= 4 and first.endswith(later)) or _edition_of(first, later)
    if a.background != b.background and (a.date or b.date or a.kind == "signing"):
        # "signed an agreement on 3 November" and "first signed an MoU in 2016": two signings; a
        # visit on a day and one told "earlier this month": two trips; a signing during a forum of
        # several days (no day) and one "first signed in 2019" too
        return False
    if a.kind == "visit":
        return _one_trip(a, b, trip_words)
    same_day = a.date == b.date or a.date is None or b.date is None
    return same_day and (a.location == b.location or not a.location or not b.location)


# What a name written in full may hold before its short form: its year or edition (2026年, 第三届, "the 3rd")
_EDITION = re.compile(r"(?:(?:19|20)\d{2}(?:年度?)?|第[0-9一二三四五六七八九十百]+届|[0-9]+(?:st|nd|rd|th)|届)\s*")


def _edition_of(short: str, full: str) -> bool:
    """Whether `full` is `short` after a year or an edition ('全省…研修班' told first in a heading,
    '2026年全省…研修班' in the paragraph under it): one happening, named in full second."""
    if len(short) < 4 or len(full) <= len(short) or not full.endswith(short):
        return False
    return _EDITION.fullmatch(full[: -len(short)]) is not None


def _meeting_length_pattern(language: str, heads: frozenset[str], lengths: tuple[str, ...]) -> re.Pattern[str]:
    """A meeting's length in days: a length word before a head word ('the three-day forum'), or a
    head word before 为期 (论坛为期两天); in the lower case of the text English is matched in."""
    words = _heads_lower_case(heads)
    if language == "en":
        return re.compile(rf"\b(?:{alternation(lengths)})\s+({words})\b")
    return re.compile(rf"({words}){_LENGTH_WORD_ZH}(?!一天)")


def _named_meeting_length_pattern(heads: frozenset[str], lengths: tuple[str, ...]) -> re.Pattern[str]:
    """A length word before a meeting's name ending in a head word ('the two-day 2026 Asia Forum on
    Water'): the name's words capitalised or numbers, matched in the text as written."""
    words = _heads_lower_case(heads)
    return re.compile(rf"\b(?i:{alternation(lengths)})\s+(?:[A-Z0-9][\w'’().&-]*\s+){{1,10}}((?i:{words}))\b")


_LENGTH_WORD_ZH = "为期"  # (论坛为期两天: in every Chinese match of `_meeting_length_pattern`)


def _one_trip(
    first: _Draft, later: _Draft, trip_words: dict[tuple[int, int], tuple[bool, bool, bool]] | None = None
) -> bool:
    """Whether two unnamed visits tell one trip (corpus/GUIDE.md): yes, unless both have a day, the
    days differ, the first is not told as several days ("from May 7 to 12", "a three-day visit")
    and the later is not told as more of it ("the delegation also visited"). "On Tuesday, a
    delegation from X visited ..." and "On Wednesday, Y received a delegation from Z" are two.
    `trip_words`: `_trip_words_in` of the drafts read so far (filled here)."""
    if first.date is None or later.date is None or first.date == later.date:
        return True
    if later.date > first.date and _RANGE_WORDS.search(first.date_text or "") is not None:
        return True
    if _trip_words_in(first, trip_words)[0]:
        return True
    _, continued, party_opens = _trip_words_in(later, trip_words)
    return continued or (later.date > first.date and party_opens)


def _trip_words_in(
    draft: _Draft, known: dict[tuple[int, int], tuple[bool, bool, bool]] | None
) -> tuple[bool, bool, bool]:
    """What `_one_trip` reads in a visit's sentence (in lower case): whether it tells several days
    (`event_trip_lengths.txt`), more of a trip told before (`event_trip_continued.txt`), and opens
    with the travelling party (`_party_opens`). Kept in `known` by the evidence's characters: a
    visit is compared with every visit kept before it, and its sentence was read once for all."""
    evidence = draft.evidence
    key = (evidence["start"], evidence["end"])
    found = known.get(key) if known is not None else None
    if found is None:
        text = evidence["text"].lower()
        lengths, continued = _trip_words()
        found = (holds_any(text, lengths), holds_any(text, continued), _party_opens(text))
        if known is not None:
            known[key] = found
    return found


_DAY_CLAUSE_REACH = 30  # characters: a sentence's leading day clause ("The next day,", "11月18日上午，")


def _party_opens(text: str) -> bool:
    """Whether `text` (a sentence in lower case), after its leading day clause, opens with the
    travelling party itself ('11月18日，代表团访问…', 'The next day, the Leeds delegation visited …'):
    the party told before (`event_trip_party_openings.txt`)."""
    comma = -1
    for mark in ",，":
        at = text.find(mark, 0, _DAY_CLAUSE_REACH)
        if at >= 0 and (comma < 0 or at < comma):
            comma = at
    rest = text[comma + 1 :].lstrip()
    chinese, english = _party_openings()
    return rest.startswith(chinese) or english.match(rest) is not None


@functools.cache
def _party_openings() -> tuple[tuple[str, ...], re.Pattern[str]]:
    """The Chinese openings and a pattern of the English ones ('the' and at most two words before the noun)."""
    nouns = alternation(word_list("en", "event_trip_party_openings.txt"))
    english = re.compile(rf"the(?:\s+[\w'’-]+){{0,2}}?\s+(?:{nouns})\b")
    return tuple(word_list("zh", "event_trip_party_openings.txt")), english


@functools.cache
def _trip_words() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The words telling a visit of several days, and those telling a mention as more of a trip
    told before (`event_trip_lengths.txt`, `event_trip_continued.txt`), of both languages."""
    lengths = word_list("en", "event_trip_lengths.txt") + word_list("zh", "event_trip_lengths.txt")
    continued = word_list("en", "event_trip_continued.txt") + word_list("zh", "event_trip_continued.txt")
    return tuple(w.lower() for w in lengths), tuple(w.lower() for w in continued)


@Language.factory("event_extractor", default_config={})
def make_event_extractor(nlp: Language, name: str) -> EventExtractor:
    return EventExtractor(nlp.lang)
