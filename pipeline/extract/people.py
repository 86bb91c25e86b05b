"""Component `people_extractor`: named persons with the title and organisation the text gives.

English: "Wang Ming, Director of the Hunan Provincial Department of Education",
"Professor Jane Doe, Pro Vice-Chancellor (International) of ...", "President Wang Ming
of Hunan University". Chinese: title before name, "湖南省教育厅副厅长王明", "校长张华"
(a bare title on a university's own page is the publisher's), "副校长John Smith博士",
"安娜·伊万诺娃". Bylines (记者, 编辑, "Reporter") are document metadata, not people.
"""

from __future__ import annotations

import bisect
import csv
import functools
import itertools
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import NamedTuple

from ahocorasick_rs import AhoCorasick, Implementation, MatchKind
from spacy.language import Language
from spacy.tokens import Doc, Span

from pipeline.extract.spans import (
    Spans,
    _institution_index,
    alternation,
    evidence_fields,
    facts,
    holds_any,
    institution_bounds,
    institution_facts,
    institution_ref,
    institution_spans,
    institutions_in,
    matching_text,
    word_spans,
)
from pipeline.link.countries import COUNTRIES_FILE, load_countries
from pipeline.link.publisher import voice_word
from pipeline.link.short_forms import SHORT_FORM_SIZES, named_by_short_form
from pipeline.nlp.batchwise import Batchwise
from pipeline.nlp.extensions import doc_text, register_extensions
from pipeline.rules import word_list, word_table
from schemas import InstitutionRef, Person

HAN = "\u4e00-\u9fff"
# the Han characters but 与 and 及, which join two names and stand in no transliterated one
_HAN_BUT_JOINERS = "\u4e00-\u4e0d\u4e0f-\u53c9\u53cb-\u9fff"
_HAN_ONLY = re.compile(r"[\u4e00-\u9fff]+")
# A university's internal units end like this (国际交流处, 外国语学院, 宣传部, 校长办公室).
_UNIT_SUFFIXES = ("处", "学院", "部", "办公室", "中心", "系", "所", "室", "科")


@functools.cache
def _en_offices_written() -> tuple[str, ...]:
    """The offices (titles.txt) and those read only here (person_titles_before_names.txt: "Party
    secretary", kept out of titles.txt, whose every word ends an institution name)."""
    return tuple(
        dict.fromkeys(
            (
                *word_list("en", "titles.txt"),
                *word_list("en", "person_titles_before_names.txt"),
                *word_list("en", "person_styles.txt"),  # ("Her Excellency": an honorific, no office)
            )
        )
    )


@functools.cache
def _en_modifiers() -> tuple[str, ...]:
    """The words that open another office before a title (title_modifiers.txt, and those read only for
    people, person_title_modifiers.txt: "Interim", "Associate")."""
    return (*word_list("en", "title_modifiers.txt"), *word_list("en", "person_title_modifiers.txt"))


@functools.cache
def _its_office() -> re.Pattern[str]:
    """ "Han Xue, its Chinese Director," : a name, its comma, "its" and an office read after a name's
    comma (in any case), ending the clause."""
    titles = alternation(sorted({t.lower() for t in _en_titles_after()}))
    return re.compile(rf"(?P<name>{_EN_NAME}),\s+its\s+(?P<title>(?i:{titles}))(?=\s*[,.;]|\s+(?:and|said|says)\b)")


@functools.cache
def _en_side_offices() -> tuple[str, ...]:
    """A side's offices (person_side_offices.txt) after each nationality of geo/countries.tsv: "Portuguese
    Director", "Icelandic Co-Dean" (read after a name's comma only)."""
    with COUNTRIES_FILE.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))
    nationalities = {a.strip() for row in rows for a in (row.get("adjectives_en") or "").split("|") if a.strip()}
    offices = word_list("en", "person_side_offices.txt")
    return tuple(f"{nationality} {office}" for nationality in sorted(nationalities) for office in offices)


@functools.cache
def _en_titles_after() -> tuple[str, ...]:
    """`_en_titles`, the offices read only after a name's comma (person_titles.txt) and a side's
    offices (`_en_side_offices`), longest first."""
    words = {*_en_titles(), *word_list("en", "person_titles.txt"), *_en_side_offices()} - _forms_of_address()
    # (a form of address opens no office after a name's comma: "..., Global Engagement, Dr Paul Carey,
    # Interim Director of X" names no "Global Engagement")
    return tuple(sorted(words, key=lambda w: (-len(w), w)))


@functools.cache
def _en_titles() -> tuple[str, ...]:
    """Titles and the modifiers that open one ("First Vice-Rector"), longest first."""
    words = {*_en_offices_written(), *_en_modifiers()}
    return tuple(sorted(words, key=lambda w: (-len(w), w)))


# How many titles a name may follow in a row, and modifiers a title may have: real pages write a few
# ("Vice President Professor Dr.", 党委副书记、副校长、教授). A bound, not `*`: at each title of a run
# of titles that no name ends, the pattern read on to the run's end and back, so n titles in a row
# cost n^2 (3,600 characters of 主任: 7.8 s a page, 6,400 of "Dr. ": 2 s).
_TITLES_MOST = 8
_MODIFIERS_MOST = 4


def _one_title(title: str) -> str:
    """A title as written before a name: modifiers, the office, a qualifier in brackets
    ("Pro Vice Chancellor (Global)", "First Vice-Rector")."""
    modifiers = alternation(_en_modifiers())
    # "Vice-Rector for Studies Jānis Ozoliņš", "Vice Minister of Education Zheng Haiyan"; an area word
    # is no honorific: "Vice-Rector for International Relations Professor Miguel Ángel Oliva"
    word = rf"(?!{_honorific_words()})[A-Z][\w-]*"
    # (where an ambassador is sent: "Russian Ambassador to China Igor Morgulov")
    area = rf"(?:\s+(?:for|of)\s+{word}(?:\s+(?:and\s+)?{word}){{0,3}}|(?<=Ambassador)\s+to\s+{word}(?:\s+{word})?)?"
    return rf"(?:(?:{modifiers})[\s-]+){{0,{_MODIFIERS_MOST}}}(?:{title}){area}(?:\s*\([^()\n]{{1,40}}\))?"


_EN_UPPER, _EN_LOWER = "A-ZÀ-ÖØ-ÞĀ-Ž", "a-zß-öø-ÿĀ-ž"  # accented names too: Jörg, Rūta, Jānis Ozoliņš
# (`++`: a word's lower-case run is never given back, as no pattern goes on after a shorter run: what
# follows a word, a space, hyphen, comma or word boundary, cannot follow a lower-case letter)
# Wang, Jean-Luc, LI; an Irish or Italian family name's elided particle: O'Brien, D'Alessandro
_EN_WORD = (
    rf"(?:[{_EN_UPPER}](?:['’][{_EN_UPPER}])?[{_EN_LOWER}]++(?:-[{_EN_UPPER}]?[{_EN_LOWER}]++)?|[A-Z]{{2,}})"
)
# (up to four words: "Nana Aba Appiah Amfo", an Akan day name, a given name and two family names)
# (lower-case particles between its words, `person_name_particles.txt`: "Robert Van de Noort", "Cheryl de la Rey")
_EN_PARTICLES = rf"(?:(?:{alternation(word_list('en', 'person_name_particles.txt'))})\s+){{0,2}}"
_EN_NAME = rf"{_EN_WORD}(?:\s+(?:[A-Z]\.\s*)?{_EN_PARTICLES}{_EN_WORD}){{1,3}}"


def _en_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The "Name, Title of ORG" pattern (`_en_after`) and the "Title Name" one (`_en_before`)."""
    return _en_after(), _en_before()


@functools.cache
def _en_after() -> re.Pattern[str]:
    """Name, Title [(...)] of|at ORG: the name (maybe after a title), then what follows its comma.
    Compiled only when asked: `_after_matches` finds its matches in two parts (`_after_head_at_comma`,
    then `_after_tail`) and needs it whole only when no window bounds them."""
    return re.compile(_after_head() + _after_tail().pattern)


@functools.cache
def _en_before() -> re.Pattern[str]:
    """Title Name (of ORG)?"""
    one = _one_title(_en_title())
    # an office's area in capitalised words with no "for" before a form of address: "Deputy
    # Vice-Chancellor Global Engagement Professor Sarah Whitcombe"
    word = rf"(?!{_honorific_words()})[A-Z][\w-]*"
    area = rf"\s+{word}(?:\s+(?:(?:and|&)\s+)?{word}){{0,3}}(?=\s+{_honorific_words()})"
    return re.compile(rf"\b(?P<title>{one}(?:{area})?(?:\s+{one}){{0,{_TITLES_MOST}}})\s+(?P<name>{_EN_NAME})\b")


@functools.cache
def _en_title() -> str:
    """The titles as written (a trie where case counts)."""
    return alternation(sorted(_en_offices_written(), key=len, reverse=True))


def _after_head() -> str:
    """ "Name, Title of ORG" up to the name's comma: the name, maybe after a title."""
    return rf"(?:(?:{_en_title()})\s+)?(?P<name>{_EN_NAME})"


@functools.cache
def _after_head_at_comma() -> re.Pattern[str]:
    """`_after_head` followed by a comma: at a start before a comma where `_after_tail` matches, the
    first way the head reaches that comma is the way the whole pattern matches there (the head
    holds no comma, and the tail's match from the comma does not depend on what stands before)."""
    return re.compile(_after_head() + ",")


class _AfterMatch:
    """A match of the "Name, Title of ORG" pattern (`_en_patterns`), made of its head's match (up to
    the name's comma) and its tail's (from the comma): the tail is matched once per comma, not
    again for the start of each name tried before it. Answers what `_en_people` asks of a match."""

    __slots__ = ("_head", "_tail")
    re = property(lambda self: _en_after())

    def __init__(self, head: re.Match[str], tail: re.Match[str]) -> None:
        self._head, self._tail = head, tail

    def _part(self, group: str) -> re.Match[str]:
        return self._head if group == "name" else self._tail

    def group(self, group: str) -> str:
        return self._part(group).group(group)

    def span(self, group: str | None = None) -> tuple[int, int]:
        return (self.start(), self.end()) if group is None else self._part(group).span(group)

    def start(self, group: str | None = None) -> int:
        return self._head.start() if group is None else self._part(group).start(group)

    def end(self, group: str | None = None) -> int:
        return self._tail.end() if group is None else self._part(group).end(group)

    def groupdict(self) -> dict[str, str | None]:
        return self._head.groupdict() | self._tail.groupdict()


@functools.cache
def _after_tail() -> re.Pattern[str]:
    """ "Name, Title of ORG" from the name's comma on: whether a match can end a name at a comma
    does not depend on what stands before it (`_after_matches` asks once per comma)."""
    # Titles also in lower case ("deputy director of ..."): a trie of the titles lower-cased (a trie of
    # them as written would, case-insensitively, try its "D" and "d" branches in the order written, not
    # longest first), so the engine tests a few characters at a comma, not each title in turn.
    # (a comma glued to the next word, "Chen Feng,Deputy Director-General of ..."; "a researcher at";
    # an office of the body named before, "deputy director of the department"; never over ", and",
    # ", signed on behalf of")
    any_case_title = alternation(sorted({t.lower() for t in _en_titles_after()}))
    # a chain's opening phrase, not after "a": "X University, a member of the alliance" is no office
    chain = "|".join(re.escape(t) for t in _chain_offices())
    anaphor = rf"(?:[a-z]+\s+){{0,3}}(?:{alternation(_org_anaphors())})\b"
    # ("..., Acting Vice-President for Research, Dr Paul Carr, Interim Director of X": an office never
    # runs over the next person's form of address)
    next_person = alternation((*word_list("en", "forms_of_address.txt"), "Professor", "Prof."))
    return re.compile(
        rf",\s*(?:an?\s+|the\s+)?(?P<title>(?:(?i:{any_case_title}|(?<!a )(?<!an )(?<!the )(?:{chain}))"
        rf"(?:(?!,\s*[a-z]|,\s*(?:{next_person})\s)[\w\s,()&'’-])*?))"
        rf"\s+(?:of|at|in)\s+(?:the\s+)?(?=[A-Z]|{anaphor})"
    )


@functools.cache
def _after_titles() -> tuple[str, ...]:
    """What opens the office after a name's comma: a title, or an office written as a lower-case
    phrase that opens a chain ("member of the leading Party members' group and deputy director-general
    of ..."), longest first."""
    words = {*_en_titles_after(), *_chain_offices()}
    return tuple(sorted(words, key=lambda w: (-len(w), w)))


@functools.cache
def _chain_offices() -> tuple[str, ...]:
    return tuple(sorted(word_list("en", "person_chain_offices.txt"), key=lambda w: (-len(w), w)))


@dataclass(frozen=True, slots=True)
class _AfterWindows:
    """What bounds the matches of the "Name, Title of ORG" pattern, so that it is tried only near
    a ", Title" (found in one pass over the text) instead of at every character.

    A match's name ends at a comma followed by a title; between its start and that comma stand
    only characters of names and titles (`inside`).
    """

    comma_titles: re.Pattern[str]
    inside_run: re.Pattern[str]  # characters a match can hold before its comma (run backwards)


@functools.cache
def _after_windows() -> _AfterWindows | None:
    titles = _after_titles()
    title_chars = "".join(sorted(set("".join(titles))))
    if "," in title_chars:
        return None  # a comma inside a title: the bound below would not hold; scan the whole text
    upper, lower = _EN_UPPER, _EN_LOWER
    # (no line's end: "Cambodia</td></tr>\n<p>Huang Wei, Deputy ..." in a table names no "Cambodia Huang Wei")
    inside = rf"{upper}{lower} \t\xa0\-.{re.escape(title_chars)}"
    return _AfterWindows(
        # Only whether a title follows counts here, not which: the trie (which, case-insensitively,
        # may try a shorter title first) finds one wherever the plain alternation would.
        comma_titles=re.compile(rf",(?=\s*(?:an?\s+|the\s+)?(?i:{alternation(titles)}))"),
        inside_run=re.compile(rf"[{inside}]*"),
    )


def _after_matches(text: str) -> Iterator[re.Match[str] | _AfterMatch]:
    """`after.finditer(text)` (see `_en_patterns`), trying the pattern only where it can match: before
    a ", Title" whose own part of the pattern (`_after_tail`, the costly part) matches from its comma."""
    windows = _after_windows()
    if windows is None:
        yield from _en_after().finditer(text)
        return
    position = 0
    backwards = ""  # the text reversed, made at the first comma: the run of `inside` characters
    # before a comma is a run forwards from it there (one match, not a list of the whole text's)
    tail, head = _after_tail(), _after_head_at_comma()
    for comma in windows.comma_titles.finditer(text):
        end = comma.start()
        tail_match = tail.match(text, end) if end >= position else None
        if tail_match is None:
            continue  # (every match before this comma ends its name here: none can match)
        backwards = backwards or text[::-1]
        reversed_end = len(text) - end
        low = end - (windows.inside_run.match(backwards, reversed_end).end() - reversed_end)
        # the first start in the window from which the head reaches this comma (none stands between):
        # one search, not a match tried at each capital
        head_match = head.search(text, max(low, position), end + 1)
        if head_match is not None:
            name = head_match.group("name")
            if name[name.rfind(" ") + 1 :] in _body_heads_en():
                # ("At Leipzig University, Professor Li met Professor X, Rector of ...": a body's name
                # before the comma; the office after it is read from the next comma, X's)
                continue
            yield _AfterMatch(head_match, tail_match)
            position = tail_match.end()


@functools.cache
def _pointed_pattern() -> re.Pattern[str]:
    """'X University, whose vice president Tang Wei', 'led by its president Y', "JXNU's president Y":
    a title in any case right after a word pointing to an institution (its, whose, a possessive).
    The name may stand in commas after it ("HIT's president, Zhou Ming, was elected"), the apposition
    closing at its second comma. A modifier alone is no title ("the school's first Leeds Director")."""
    titles = "|".join(re.escape(t) for t in sorted(_en_offices_written(), key=len, reverse=True))
    modifiers = "|".join(re.escape(t) for t in _en_modifiers())
    honorifics = "|".join(re.escape(t) for t in sorted(_honorifics(), key=len, reverse=True))
    # (the lookahead: the trie of every word a title opens with, tested first; the alternations after
    # it, tried in their own order, would each be tried in turn where no title stands)
    return re.compile(
        rf"(?:(?<=\bits )|(?<=\bIts )|(?<=\bwhose )|(?<='s )|(?<=’s )|(?<=\b[Ll]ed by )|(?<=\b[Hh]eaded by ))"
        # ("its first Director, John Smith": an ordinal before the office is no part of it)
        rf"(?:(?i:{alternation(word_list('en', 'office_ordinals.txt'))})\s+)?(?=(?i:{alternation(_en_titles())}))"
        rf"(?P<title>(?i:(?:(?:{modifiers})[\s-]+){{0,{_MODIFIERS_MOST}}}(?:{titles})))"
        # ("led by its Vice-President Professor Zhang Wen": a form of address after the office is no name's)
        rf"(?:\s+(?:(?:{honorifics})\s+(?={_EN_NAME}\b))?|,\s+(?:(?:{honorifics})\s+)?(?={_EN_NAME},))(?P<name>{_EN_NAME})\b"
    )


def _pointed_matches(text: str) -> Iterator[re.Match[str]]:
    """`_pointed_pattern` where "its ", "whose " or "'s " stands."""
    pattern = _pointed_pattern()
    for _, end in _literals(text).pointers:
        match = pattern.match(text, end)
        if match is not None:
            yield match


# "its" ending a longer word ("credits ") is found too, and turned away by the pattern's own look-behind.
_POINTER_WORDS = ("its ", "whose ", "Its ")  # ("Its President, X," opening a sentence)
# ("Led by vice-chancellor Iqbal Ahmed, the group ...": an office in lower case after "led by" too)
_POINTER_WORDS += ("led by ", "Led by ", "headed by ", "Headed by ")
_POINTERS = (*_POINTER_WORDS, "'s ", "’s ")
_APOSTROPHES = ("'s", "’s")  # ("'s " and "’s " are those followed by a space)
# what may follow the first title or modifier of a `before` match besides whitespace: a modifier's
# hyphen ("Vice-Rector"), a title's bracket ("Pro Vice-Chancellor(International)")
_AFTER_FIRST_TITLE = ("-", "(")
_AFTER_BRACKET_TITLE = (",", ")", "-")  # what may follow a title opening a bracket besides whitespace


class _Literals(NamedTuple):
    """The literals the English finders start from, found in one pass over a text."""

    title_starts: list[int]  # where a title (as written) starts, in order (once each), when it may open a
    # `before` match: followed by whitespace, "-" or "(" (not "Provincial", "Presidents")
    pointers: list[tuple[int, int]]  # `_POINTERS`: (start, end), in order
    apostrophes: list[tuple[int, int]]  # `_APOSTROPHES`: (start, end), in order
    students: list[tuple[int, int]]  # `_student_cues`, as a leftmost-longest search finds them, in order
    brackets: list[int]  # where a title starts right after a "(", followed by whitespace, ",", ")" or "-"


@functools.cache
def _literal_finder() -> AhoCorasick:
    """The titles (as written), then "its ", "whose ", the apostrophes and the student cues: every
    occurrence of each (overlapping: none of these overlaps itself, so each one's are its `str.find`
    scan's)."""
    literals = (*_en_titles(), *_POINTER_WORDS, *_APOSTROPHES, *_student_cues())
    # (a DFA: past 100 literals the library would pick an NFA, ~1.5x slower a pass; the same matches)
    return AhoCorasick(literals, matchkind=MatchKind.Standard, implementation=Implementation.DFA)


_LAST_LITERALS: list = [None, None]  # the last text read and its literals (the finders read the same text)


def _literals(text: str) -> _Literals:
    """`_Literals` of `text`: one Aho-Corasick pass instead of a pass per title-finder and a `str.find`
    scan per literal; kept for the text last read (three finders ask, one after the other)."""
    if _LAST_LITERALS[0] is text:
        return _LAST_LITERALS[1]
    titles = len(_en_titles())
    cues = titles + len(_POINTER_WORDS) + len(_APOSTROPHES)
    starts, pointers, apostrophes, students, brackets = set(), [], [], {}, set()
    for index, start, end in _literal_finder().find_matches_as_indexes(text, overlapping=True):
        if index < titles:
            follower = text[end : end + 1]
            if follower.isspace() or follower in _AFTER_FIRST_TITLE:
                starts.add(start)
            if start and text[start - 1] == "(" and (follower.isspace() or follower in _AFTER_BRACKET_TITLE):
                brackets.add(start)
        elif index < titles + len(_POINTER_WORDS):
            pointers.append((start, end))
        elif index < cues:
            apostrophes.append((start, end))
            if text.startswith(" ", end):
                pointers.append((start, end + 1))
        elif end > students.get(start, start):
            students[start] = end  # (the longest cue at each start)
    found = _Literals(
        sorted(starts),
        sorted(pointers),
        sorted(apostrophes),
        _leftmost_longest(students),
        sorted(brackets),
    )
    _LAST_LITERALS[:] = text, found  # (holding the text: its id is not reused while kept)
    return found


def _leftmost_longest(longest: dict[int, int]) -> list[tuple[int, int]]:
    """What a leftmost-longest search finds, from the longest match at each start (`longest`):
    from the left, the longest match at a start, then the next one starting at or after its end."""
    found, reach = [], 0
    for start, end in sorted(longest.items()):
        if start >= reach:
            found.append((start, end))
            reach = end
    return found


def _occurrences(text: str, literals: tuple[str, ...]) -> list[tuple[int, int]]:
    """Where `literals` stand in `text` (start, end), in order: a `str.find` scan per literal (C,
    skipping ahead), not a regex trying each character that may open one. For literals none of
    which can overlap another (none begins with what one ends with), these are a search's matches."""
    found = []
    for literal in literals:
        at = text.find(literal)
        while at >= 0:
            found.append((at, at + len(literal)))
            at = text.find(literal, at + len(literal))
    return sorted(found)


# "Jane Doe (" right before a bracketed office: a name ending the stretch searched
@functools.cache
def _name_before_bracket() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-])(?P<name>{_EN_NAME})\s*\($")


@functools.cache
def _name_pattern() -> re.Pattern[str]:
    return re.compile(_EN_NAME)


# a list of names: "A and B", "A, B and C" (no Oxford comma needed)
@functools.cache
def _name_list() -> re.Pattern[str]:
    return re.compile(rf"\s+(?P<names>{_EN_NAME}(?:\s*,\s*{_EN_NAME})*,?\s+and\s+{_EN_NAME})\b")


_OF_BEFORE_BODY = (" of ", " of the ")
_NAMES_REACH = 120  # characters read before a body for the names listed with it
_LAST_NAME_REACH = 48  # characters from the "and" before the last name to the body
_LAST_LISTED_NAME = re.compile(r" and [A-Z][\w-]+(?: [A-Z][\w-]+){1,2} of ")


@functools.cache
def _names_of_body() -> re.Pattern[str]:
    """ "A and B of ", "A, B and C of the " ending the stretch searched."""
    names = rf"{_EN_NAME}(?:\s*,\s*{_EN_NAME})*,?\s+and\s+{_EN_NAME}"
    return re.compile(rf"(?<![\w-])(?P<names>{names})\s+of\s+(?:the\s+)?$")


_BEFORE_A_UNITS_WORDS = ("the ", "of ", "and ", "for ", "at ", "in ")


def _names_a_unit(text: str, listed: re.Match[str]) -> bool:
    """ "Director of the International Cooperation and Exchange Division of X": capitalised words after
    "the" or "of", or holding a word that makes no name (International, Education), name a unit."""
    if text.endswith(_BEFORE_A_UNITS_WORDS, 0, listed.start("names")):
        return True
    generic = frozenset(word_list("en", "generic_name_words.txt"))
    for word in listed.group("names").replace(",", " ").split():  # noqa: SIM110 (compiled: no generator)
        if word in generic:
            return True
    return False


_OF_LINK_INSIDE = re.compile(r"\s(?:of|at)\s")
_BRACKET_REACH = 160  # characters read for a bracket's closing
# what ends an office before the body named after it in brackets: "of the", "at", a comma
_BEFORE_BODY = re.compile(r"(?:,|\s+(?:of|at)(?:\s+the)?)\s*$")


@functools.cache
def _plural_forms() -> tuple[str, ...]:
    """The offices in the plural, in lower case ("vice-presidents", "deans"): those of a word or a few,
    without an area ("for ...", "of ...") or a form of address."""
    forms: dict[str, None] = {}
    for office in _en_offices_written():
        if office in _honorifics() or office.endswith(("s", ".")) or _OF_LINK_INSIDE.search(office):
            continue
        if " for " not in office and " and " not in office:
            forms[f"{office.lower()}s"] = None
    return tuple(forms)


@functools.cache
def _plural_heads() -> AhoCorasick:
    """The last words of `_plural_forms` ("presidents", "deans"), searched in the lower-case text (a pass
    of their own: in the literals' pass, their lower-case first letters would leave its prefilter
    nothing to skip)."""
    heads = {form.rsplit(" ", 1)[-1].rsplit("-", 1)[-1] for form in _plural_forms()}
    # (a DFA: with no rare first byte to skip to, its search is ~30% faster than the default NFA's)
    return AhoCorasick(sorted(heads), matchkind=MatchKind.LeftmostLongest, implementation=Implementation.DFA)


@functools.cache
def _plural_office_ending() -> re.Pattern[str]:
    """One of `_plural_forms`, in any case, ending the stretch searched."""
    return re.compile(rf"(?<![\w-])(?i:{alternation(_plural_forms())})$")


_PLURAL_REACH = 48  # characters before a plural head read for the office it ends


def _plural_offices(doc: Doc, text: str) -> list[tuple[int, int]]:
    """Where an office in the plural stands (start, end), followed by whitespace."""
    found = []
    for _, _, end in _plural_heads().find_matches_as_indexes(matching_text(doc)):
        if not text[end : end + 1].isspace():
            continue
        office = _plural_office_ending().search(text, max(0, end - _PLURAL_REACH), end)
        if office is not None:
            found.append((office.start(), end))
    return found


@functools.cache
def _unit_after_pattern() -> re.Pattern[str]:
    """' of the Faculty of Liberal Arts', ' of the International Relations Division': a unit of an
    institution (`person_unit_heads.txt`), closing the clause."""
    heads = alternation(word_list("en", "person_unit_heads.txt"))
    field = r"[A-Z][\w-]*(?:\s+(?:and\s+|&\s+)?[A-Z][\w-]*){0,4}"
    return re.compile(
        # (a head alone, "of the College", is the page's own body: `_capitalised_reference`)
        rf"\s+of\s+the\s+(?:(?:[A-Z][\w-]*\s+(?:(?:and|&)\s+)?){{1,4}}(?:{heads})\b(?:\s+(?:of|for)\s+{field})?"
        rf"|(?:{heads})\s+(?:of|for)\s+{field})"
        rf"(?=\s*[,.;)]|\s+(?:and|said|says|spoke|attended|noted)\b)"
    )


def _unit_after_office(text: str, stop: int) -> re.Match[str] | None:
    """`_unit_after_pattern` right after an office (ending at `stop`), looked at only after " of the "."""
    return _unit_after_pattern().match(text, stop) if text.startswith(" of the ", stop) else None


_LISTED_BEFORE = re.compile(r"\)?\s*(?:,\s*(?:and\s+)?|and\s+)")


@functools.cache
def _office_of_unit_then_name() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """'Director of the International Office Wang Lei', 'Dean of the School of Law Chen Jie': an office
    of an internal unit (`person_unit_heads.txt`) written before the name with no comma, as lists of a
    delegation's members write them ("Vice President X, Director of the ... Office Y and ..."). The name
    must close the clause; after a unit's field ("of Foreign Languages") it is read as two words, so that
    the field's last word is not read as the name's first."""
    offices = [t for t in _en_offices_written() if t not in _honorifics()]
    heads = alternation(word_list("en", "person_unit_heads.txt"))
    word = r"[A-Z][\w-]*"
    office = rf"(?<![\w-])(?P<title>{_one_title(alternation(offices))}\s+of\s+the\s+"
    unit = rf"(?:{word}\s+(?:(?:and|&)\s+)?){{0,4}}(?:{heads})"
    field = rf"\s+(?:of|for)\s+{word}(?:\s+(?:and\s+|&\s+)?{word}){{0,4}}?"
    closing = r"(?=\s*[,.;)]|\s+(?:and|[a-z]+ed|said|says)\b)"
    return (
        re.compile(rf"{office}{unit})\s+(?P<name>{_EN_NAME}){closing}"),
        re.compile(rf"{office}{unit}{field})\s+(?P<name>{_EN_WORD}\s+{_EN_WORD}){closing}"),
    )


_NAME_WORD_STARTS = re.compile(r"(?<![\w-])[A-Z]")  # (where the name before a list's comma may start)


def _lists_titled_names(doc: Doc, text: str, match: re.Match[str]) -> bool:
    """Whether an `_office_of_unit_then_name` match names a person: its name is no institution's, and
    after a comma it goes on a list of titled names ("Vice President X, Director of ... Y"), the name
    before the comma written after its own title; after a bare name's comma the office is that name's
    ("Huang Wei, Deputy Director-General of the Education Department of Guangxi Zhuang Autonomous
    Region, said": no "Autonomous Region")."""
    start, end = match.span("name")
    if _Institutions.of(doc).holds(start, end):
        return False
    opening = match.start("title")
    if not text.endswith((", ", ",\n"), 0, opening):
        return True
    comma = text.rfind(",", 0, opening)
    words = _NAME_WORD_STARTS.finditer(text, max(0, comma - 40), comma)
    for word in words:
        before = _before_match_naming(text, word.start())
        if before is not None and not _forms_of_address_only(before.group("title")):
            return True  # (an office, not "Professor X," whose comma an office of X's may follow)
    return False


@functools.cache
def _unit_link() -> re.Pattern[str]:
    """' of the International Office', ' of the School of': the link to a unit (`person_unit_heads.txt`)
    that `_office_of_unit_then_name` needs, looked at first (few " of the " lead to one)."""
    heads = alternation(word_list("en", "person_unit_heads.txt"))
    return re.compile(rf" of the (?:[A-Z][\w-]*\s+(?:(?:and|&)\s+)?){{0,4}}(?:{heads})\s+[A-Za-z]")


_UNIT_OFFICE_LINK_REACH = 64  # characters from an office's start to its " of the " (with its area, bracket)


def _find_all(text: str, literal: str) -> Iterator[int]:
    at = text.find(literal)
    while at >= 0:
        yield at
        at = text.find(literal, at + 1)


def _offices_of_unit_then_name(text: str) -> list[re.Match[str]]:
    """`_office_of_unit_then_name` at the title starts followed by " of the " within an office's reach
    (most have none: the patterns are tried only there)."""
    unit_link = _unit_link()
    links = [at for at in _find_all(text, " of the ") if unit_link.match(text, at) is not None]
    if not links:
        return []
    bare, with_field = _office_of_unit_then_name()
    found: list[re.Match[str]] = []
    for start in _title_starts(text):
        if found and start < found[-1].end():
            continue
        link = bisect.bisect_left(links, start)
        if link == len(links) or links[link] - start > _UNIT_OFFICE_LINK_REACH:
            continue
        match = bare.match(text, start) or with_field.match(text, start)
        if match is not None:
            found.append(match)
    return found


def _listed_with(text: str, found: list[Person], opening: int) -> InstitutionRef | None:
    """The organisation of the person named right before `opening`, joined to it by "and" or a comma
    ("... Mahidol University) and Associate Professor Preecha Wongsa, Dean of the Faculty of ...")."""
    for person in found:
        if person.evidence.end <= opening and _LISTED_BEFORE.fullmatch(text, person.evidence.end, opening):
            return person.organization
    return None


_JOINED_NEXT = re.compile(r"[^.;:\n]{0,60}?,?\s+and\s+\Z")  # the rest of a person's clause, then "and"
_JOINED_REACH = 64  # characters


def _listed_just_before(text: str, found: list[Person], opening: int) -> InstitutionRef | None:
    """The organisation of the person whose clause "and" closes right before `opening` ("Catarina
    Lopes, the Portuguese Director of the institute, and Han Xue, its ...")."""
    for person in found:
        end = person.evidence.end
        if end <= opening <= end + _JOINED_REACH and _JOINED_NEXT.fullmatch(text, end, opening):
            return person.organization
    return None


def _bracketed_office(doc: Doc, title_start: int) -> tuple[str, Span | None, int] | None:
    """The office opening a bracket at `title_start` (right after the "("), the institution named in
    the bracket after it, and the bracket's end; None when the bracket holds a form of address only
    or does not close on the line."""
    text = doc_text(doc)
    close = text.find(")", title_start, title_start + _BRACKET_REACH)
    if close < 0 or text.find("\n", title_start, close) >= 0:
        return None
    inside = institutions_in(doc, title_start, close)
    if inside:
        title = _BEFORE_BODY.sub("", _single_spaced(text[title_start : inside[0].start_char]))
    else:
        title = _single_spaced(text[title_start:close]).split(",", 1)[0].strip()
    title = _first_office(title.strip())
    if not title or _is_honorific(title) or _office_or_none(title) is None:
        return None
    return title, inside[0] if inside else None, close + 1


_ACADEMIC_KINDS = ("university", "college", "joint_institute")


@functools.cache
def _academic_office() -> re.Pattern[str]:
    # (a word of its own: "Director" holds no rector)
    return re.compile(rf"(?i:\b(?:{alternation(word_list('en', 'person_academic_offices.txt'))})\b)")


@functools.cache
def _is_academic_office(title: str) -> bool:
    """Whether `title` holds a university's office (once per title: a case-blind search is slow, titles repeat)."""
    return _academic_office().search(title) is not None


def _with_university_before(doc: Doc, people: list[Person]) -> list[Person]:
    """'Jiangxi Normal University signed an MoU with Universiti Malaya. It was signed by Deputy
    Vice-Chancellor Kamila Ghazali and JXNU Vice President Chen Lixin.': a person with a university's
    office and no organisation is of the one university (or college) left of those named in the
    sentence before and the sentence's words before the person (two or more) once those of the other
    people of the sentence are taken away."""
    if len(people) < 2:
        return people  # (the other side's person tells which university is left)
    text = doc_text(doc)
    for index, person in enumerate(people):
        if person.organization is not None or not person.title or not _is_academic_office(person.title):
            continue
        start = person.evidence.start
        sentence = _sentence_start(text, start)
        closing = text.find(". ", person.evidence.end)
        closing = len(text) if closing < 0 else closing
        taken_sides = _organisations_between(people, sentence, closing)
        if not taken_sides:
            continue  # (nothing taken away leaves two or more: the institutions need not be read)
        spans = institutions_in(doc, _sentence_start(text, max(0, sentence - 2)), start)
        candidates = _academic_refs(spans) if spans else {}
        if len(candidates) < 2:
            continue  # (one named alone tells no side: "X met Y. Vice-Chancellor Z said" may be either's)
        for key in taken_sides:
            candidates.pop(key, None)
        if len(candidates) == 1:
            people[index] = person.model_copy(update={"organization": next(iter(candidates.values()))})
    return people


def _without_government_deans(people: list[Person], publisher: str) -> list[Person]:
    """A government body's own page (publisher: `publisher`, a `_ref_key`) names no officer of its own with
    a university's office ("Vice President X" of a university it reports on): such a person given the
    publisher by default has no organisation yet (`_with_university_before` may find it)."""
    return [
        person.model_copy(update={"organization": None})
        if person.organization is not None
        and _ref_key(person.organization) == publisher
        and person.title
        and _is_academic_office(person.title)
        else person
        for person in people
    ]


def _after_honorific(text: str, start: int) -> bool:
    """Whether the words right before `start` are forms of address after a capitalised word that may end an
    office ("Rector Prof. Dr. X"; not "by Prof. X", nor a sentence's "Professor X")."""
    words = text[max(0, start - 40) : start].split()
    honorifics = _honorifics()
    if not words or words[-1] not in honorifics:
        return False
    while words and words[-1] in honorifics:
        words.pop()
    return bool(words) and words[-1][:1].isupper() and words[-1][-1] not in ".,;:!?\"”'’)"


_OFFICE_REACH = 80  # characters before a name an office and its forms of address are looked for in


def _before_match_naming(text: str, start: int) -> re.Match[str] | None:
    """The before-match (`_before_matches`) whose name starts at `start`, tried only at the title starts
    in the characters before it (not over the page)."""
    starts = _title_starts(text)
    before = _en_before()
    for at in starts[bisect.bisect_left(starts, start - _OFFICE_REACH) : bisect.bisect_left(starts, start)]:
        match = before.match(text, at)
        if match is not None and match.start("name") == start:
            return match
    return None


def _forms_of_address_only(words: str) -> bool:
    """'Prof. Dr.', 'Associate Professor Dr.': words that are forms of address only, no office."""
    rest = f" {_single_spaced(words).strip(' ,')} "
    for honorific in sorted(_honorifics(), key=len, reverse=True):  # (longest first: "Associate Professor")
        rest = rest.replace(f" {honorific} ", " ")
    return not rest.strip()


def _is_after_match(match: re.Match[str] | _AfterMatch) -> bool:
    """Whether `match` reads "Name, Title of ORG" (`_after_matches`)."""
    return isinstance(match, _AfterMatch) or match.re is _en_after()


# "A and B, presidents of X and Y respectively", "A and B, President of X and Vice-Rector of Y, respectively":
# two names, then their offices and bodies in the same order
_RESPECTIVELY = re.compile(
    rf"(?P<first>{_EN_NAME})\s+and\s+(?P<second>{_EN_NAME})\s*,\s+(?:the\s+)?(?P<offices>[^;:.()\n]{{5,200}}?)"
    r"\s*,?\s+respectively\b"
)
# an office's link to its body, right before it
# between the two bodies of one office in the plural ("presidents of X and Y"); the second office before its
# link ("President of X and Vice-Rector of Y")
_BODIES_JOINED = re.compile(r"\s*(?:,\s*)?and\s+(?:the\s+)?")
_SECOND_OFFICE = re.compile(r"\s*(?:,\s*)?and\s+(?:the\s+)?(?P<office>.+)$")
_LINK_BEFORE_BODY = re.compile(r"\s+(?:of|at)\s+(?:the\s+)?$")


def _with_respective_offices(doc: Doc, people: list[Person]) -> list[Person]:
    """The two people of each `_RESPECTIVELY` reading, with the office and body in the order of their names,
    in place of what was read of those names (an office read for one of them, the other missed)."""
    text = doc_text(doc)
    for match in _RESPECTIVELY.finditer(text):
        pair = _respective_pair(doc, text, match)
        if pair is None:
            continue
        names = {match.group("first"), match.group("second")}
        at = next((i for i, person in enumerate(people) if person.name in names), len(people))
        people = [person for person in people if person.name not in names]
        people[at:at] = pair
    return people


def _respective_pair(doc: Doc, text: str, match: re.Match[str]) -> list[Person] | None:
    """The two people of a `_RESPECTIVELY` match: two bodies in its offices, each after "of"/"at", and either
    an office before each ("President of X and Vice-Rector of Y") or one plural office before both
    ("presidents of X and Y"), else none."""
    start, end = match.span("offices")
    bodies = institutions_in(doc, start, end)
    opening_link = _LINK_BEFORE_BODY.search(text, start, bodies[0].start_char) if len(bodies) == 2 else None
    if opening_link is None:
        return None
    first_office = _single_spaced(text[start : opening_link.start()])
    between = text[bodies[0].end_char : bodies[1].start_char]
    link = _LINK_BEFORE_BODY.search(between)
    second = _SECOND_OFFICE.match(between, 0, link.start()) if link is not None else None
    if _BODIES_JOINED.fullmatch(between):  # one office for both, in the plural
        single = _singular_office(first_office)
        if single is None:
            return None
        offices = (single, single)
    elif second is not None:
        offices = (first_office, _single_spaced(second.group("office")))
        if not all(o.lower().startswith(_lower_titles()) for o in offices):
            return None
    else:
        return None
    evidence = evidence_fields(doc, match.start(), match.end())
    return [
        Person(name=match.group(group), title=office, organization=institution_ref(body), evidence=evidence)
        for group, office, body in zip(("first", "second"), offices, bodies, strict=True)
    ]


def _singular_office(plural: str) -> str | None:
    """'presidents' -> 'President', 'vice-presidents' -> 'Vice-President': an office written in the plural
    before two bodies, as the office of each (one of the offices, titles.txt), else none."""
    if not plural.endswith("s"):
        return None
    single = plural[:-1]
    for office in _en_offices_written():
        if office.lower() == single.lower():
            return office
    return None


# what follows a name listed with others: a comma, "and", "&"
_NEXT_IN_LIST = re.compile(r"\s*(?:,|and\b|&)")
_LOWER_WORD = re.compile(r"(?:^|\s)[a-z]")


def _titles_next_listed(text: str, at: int) -> bool:
    """Whether the office read after a name's comma, at `at`, is the next listed person's office before
    their name ("Provost A, Dean Li Ming and Registrar C of X": no office "Dean Li Ming and Registrar C")."""
    before = _en_before().match(text, at)
    if before is None or _NEXT_IN_LIST.match(text, before.end()) is None:
        return False
    # (an office alone before the name: not "Vice President of Chiang" before "Mai University")
    return _LOWER_WORD.search(before.group("title")) is None


def _read_for_another(found: list[Person], position: int) -> bool:
    """Whether `position` stands in the words of one of the people `found` (an office read as theirs)."""
    for person in found:  # noqa: SIM110 - compiled, any() of a generator would build one
        if person.evidence.start <= position < person.evidence.end:
            return True
    return False


@functools.cache
def _same_side_joiner() -> re.Pattern[str]:
    """The words between two people of one side (`person_same_side_joiners.txt`), the whole gap."""
    joiners = alternation(word_list("en", "person_same_side_joiners.txt"))
    return re.compile(rf"\s*,?\s*(?:{joiners})\s+")


def _sharing_listed_bodies(doc: Doc, people: list[Person]) -> list[Person]:
    """People of one side named in a row give their body once (GENRE.md "Roles and people"):
    'Professor Zhang Hui and Professor Wang Lu of X' (a name with no office shares the next one's
    body), 'Mr Huang, Director-General of the Department of Education of X, accompanied by Ms Tan,
    Deputy Director-General' (a bare office after an official shares the official's government body).
    Only people with no organisation of their own, or the publisher's by default, take one."""
    text = doc_text(doc)
    joined = _joined_pairs(text, people) if len(people) > 1 else []
    if not joined:
        return people  # (the usual page: no two people joined as one side)
    publisher = _publisher_ref(doc)
    default = _ref_key(publisher) if publisher is not None else None
    for earlier, later in reversed(joined):  # (right to left: a row of names shares the last one's body)
        first, second = people[earlier], people[later]
        shares = _without_own_body(first, default) and _no_office(first.title) and _no_office(second.title)
        if shares and second.organization is not None:
            people[earlier] = first.model_copy(update={"organization": second.organization})
    for earlier, later in joined:  # (left to right: the official's body carries on)
        first, second = people[earlier], people[later]
        official = _without_own_body(second, default) and _is_official_office(second.title)
        body = _government_body(doc, first) if official else None
        if body is None and default is None and _bare_office(text, second):
            # "Professor A, President of X, joined by Professor B, Vice-President": on a page with no
            # publisher to give a bare office, it is of the body of the one it joins
            body = first.organization
        if body is not None:
            people[later] = second.model_copy(update={"organization": body})
    return people


_JOINER_REACH = 32  # characters between two people's words that a same-side joiner may fill

# "... and, from X, the Vice-President, Professor A, and the Director of its Office, Ms. B": the words
# before a list of people that give their side's body (the body's words checked against the found names)
# ("and, from X, ", "were, from X, ": a list going on, not "the delegation from X, Vice-Chancellor A said")
_FROM_BODY = re.compile(
    r"(?:\band\s*,?|[;:]|\b(?:were|was|are|is|included|includes|including)\s*,?)\s+"
    r"from\s+(?:the\s+)?(?P<body>[^,;:.()\n]{2,100}?)\s*,\s*(?:the\s+)?$"
)
_FROM_REACH = 110  # characters looked at before a person's words for "from X, "
# between two people of such a list: a comma or "and", maybe the next one's office before its comma
# (or its "the" alone, when the next one's words open with its office: "..., and the Director of ...")
_FROM_LIST_GAP = re.compile(r"\s*,?\s*(?:and\s+)?(?:(?:the\s+)?[A-Z][^,;:.()\n]{0,80},\s*|the\s+)?")


def _from_body_before_list(doc: Doc, people: list[Person]) -> list[Person]:
    """People listed right after "from X," with no body of their own (or the publisher's by default) are of X,
    the first one and those listed on after it ("Also present were ... and, from CTGU, the Vice-President,
    Professor A, and the Director of the International Exchange Office, Ms. B"); the list ends at a person
    of another body or any other word."""
    text = doc_text(doc)
    if "from " not in text:
        return people
    publisher = _publisher_ref(doc)
    default = _ref_key(publisher) if publisher is not None else None
    order = sorted(range(len(people)), key=lambda index: people[index].evidence.start)
    body: InstitutionRef | None = None
    previous_end = -1
    for index in order:
        person = people[index]
        start = person.evidence.start
        if body is not None and not _FROM_LIST_GAP.fullmatch(text, previous_end, start):
            body = None
        if body is not None and institutions_in(doc, previous_end, start):
            body = None
        opening = _from_body_opening(doc, text, start)
        if opening is not None:
            body = opening
        if body is not None:
            if _without_own_body(person, default):
                people[index] = person.model_copy(update={"organization": body})
            elif _ref_key(person.organization) != _ref_key(body):
                body = None  # (a person of another body: the list is over)
        previous_end = person.evidence.end
    return people


def _from_body_opening(doc: Doc, text: str, start: int) -> InstitutionRef | None:
    """The institution of "from X, " right before `start`, else None."""
    if text.rfind("from ", max(0, start - _FROM_REACH), start) < 0:
        return None
    match = _FROM_BODY.search(text, max(0, start - _FROM_REACH), start)
    if match is None:
        return None
    named = institutions_in(doc, match.start("body"), match.end("body"))
    if len(named) != 1 or named[0].start_char != match.start("body") or named[0].end_char != match.end("body"):
        return None
    return institution_ref(named[0])


def _joined_pairs(text: str, people: list[Person]) -> list[tuple[int, int]]:
    """The indexes of people named one after the other with only a same-side joiner between, in order."""
    order = sorted(range(len(people)), key=lambda index: people[index].evidence.start)
    pairs: list[tuple[int, int]] = []
    for earlier, later in itertools.pairwise(order):
        gap_start, gap_end = people[earlier].evidence.end, people[later].evidence.start
        if not 0 <= gap_end - gap_start <= _JOINER_REACH:
            continue
        # ("joined by A, Acting X, B, Interim Y, and C": a comma alone goes on with a list a joiner opened)
        listed_on = bool(pairs) and pairs[-1][1] == earlier and _LIST_COMMA.fullmatch(text, gap_start, gap_end)
        if listed_on or _same_side_joiner().fullmatch(text, gap_start, gap_end):
            pairs.append((earlier, later))
    return pairs


_LIST_COMMA = re.compile(r"\s*,\s*")


def _bare_office(text: str, person: Person) -> bool:
    """Whether `person` has an office but no organisation, and no body written after their words that
    no institution was found for ("Sarah Walker, Pro-Vice-Chancellor of Cranfield")."""
    if person.organization is not None or _no_office(person.title):
        return False
    start, end = person.evidence.start, person.evidence.end
    return _OF_LINK.match(text, end) is None and _LINK_AT_END.search(text, start, end) is None


_LINK_AT_END = re.compile(r"\s(?:of|at|in)(?:\s+the)?\s*$")  # (words read up to their body's "of")


def _without_own_body(person: Person, default: str | None) -> bool:
    """Whether `person` has no organisation, or the publisher's that a bare title gives by default."""
    return person.organization is None or _ref_key(person.organization) == default


def _no_office(title: str | None) -> bool:
    """A name written with no office: none, or an academic rank alone ("Professor")."""
    return title is None or _is_honorific(title)


def _is_official_office(title: str | None) -> bool:
    """An office that a government body's official may hold: an office, not a university's."""
    return title is not None and not _is_honorific(title) and not _is_academic_office(title)


def _government_body(doc: Doc, person: Person) -> InstitutionRef | None:
    """`person`'s organisation when the sentence names it, up to the person's words' end, as a government
    body (in the person's words, or an earlier official's whose body the person shares)."""
    held = person.organization
    if held is None:
        return None
    key = _ref_key(held)
    for span in institutions_in(doc, _sentence_start(doc_text(doc), person.evidence.start), person.evidence.end):
        if facts(span).kind == "government" and _ref_key(institution_ref(span)) == key:
            return held
    return None


def _organisations_between(people: list[Person], start: int, stop: int) -> list[str]:
    """The keys of the organisations of `people` whose evidence starts between `start` and `stop`."""
    keys = []
    for other in people:
        if other.organization is not None and start <= other.evidence.start < stop:
            keys.append(_ref_key(other.organization))
    return keys


def _academic_refs(spans: list[Span]) -> dict[str, InstitutionRef]:
    """The references of the universities, colleges and joint institutes among `spans`, by key."""
    refs: dict[str, InstitutionRef] = {}
    for span in spans:
        if facts(span).kind in _ACADEMIC_KINDS:
            ref = institution_ref(span)
            refs.setdefault(_ref_key(ref), ref)
    return refs


def _sentence_start(text: str, position: int) -> int:
    """Where the English sentence holding `position` starts (after ". " or a line's end)."""
    stop = text.rfind(". ", 0, position)
    return max(stop + 2 if stop >= 0 else 0, text.rfind("\n", 0, position) + 1)


def _ref_key(ref: InstitutionRef) -> str:
    return ref.canonical_id or ref.name


def _delegation_leader(text: str, found: list[Person], start: int) -> InstitutionRef | None:
    """'Nguyen Van Minh, President of X, led a delegation that included ...': the organisation of the
    last person named earlier in the sentence, when the words since speak of a delegation."""
    sentence = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start), 0)
    for person in reversed(found):
        if sentence <= person.evidence.start and person.evidence.end <= start:
            between = text[person.evidence.end : start].lower()
            return person.organization if "delegation" in between else None
    return None


# "Huang Lu, " right before an institution: a name and its comma ending the stretch searched
@functools.cache
def _name_before_comma() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-])(?P<name>{_EN_NAME}),\s*$")


@functools.cache
def _possessive_office() -> re.Pattern[str]:
    """ "'s vice president": an office, in any case, held in the institution that ends at the "'s"."""
    offices = sorted((t for t in _en_offices_written() if t not in _honorifics()), key=len, reverse=True)
    # (a trie of the offices first: where none stands, the engine does not try each in turn)
    return re.compile(rf"['’]s\s+(?=(?i:{alternation(offices)}))(?P<title>(?i:{'|'.join(map(re.escape, offices))}))\b")


def _possessive_offices(text: str) -> Iterator[re.Match[str]]:
    """`_possessive_office().finditer(text)`, tried only where "'s" or "’s" stands (every match
    opens with one)."""
    pattern = _possessive_office()
    position = 0  # where the last match ended: matches do not overlap
    for start, _ in _literals(text).apostrophes:
        match = pattern.match(text, start) if start >= position else None
        if match is not None:
            yield match
            position = match.end()


def _before_matches(text: str) -> Iterator[re.Match[str]]:
    """`before.finditer(text)` (see `_en_patterns`), tried only where a title starts a word: every
    match starts so, and the first of those positions where the pattern matches is where the
    search would find it."""
    before = _en_before()
    if not _titles_start_words():
        yield from before.finditer(text)
        return
    position = 0
    for start in _title_starts(text):
        if start < position:
            continue
        match = before.match(text, start)
        if match is not None:
            yield match
            position = match.end()


def _title_starts(text: str) -> list[int]:
    """Where a title (as written) starts a word (`before`'s `\\b` ahead of a title's letter)."""
    return [s for s in _literals(text).title_starts if not s or not _is_word_char(text[s - 1])]


def _is_word_char(char: str) -> bool:
    """`re`'s `\\w` for one character of a str."""
    return char.isalnum() or char == "_"


@functools.cache
def _titles_start_words() -> bool:
    """Whether every title starts with a word character; if one does not, `\\b` before it is not
    "no word character before it", and the whole text is searched."""
    titles = _en_titles()
    return bool(titles) and all(_is_word_char(t[0]) for t in titles)


@functools.cache
def _name_dots() -> tuple[str, str]:
    """The other marks written between a foreign name's parts (`person_name_dots.txt`) and as many ·."""
    dots = "".join(word_list("zh", "person_name_dots.txt"))
    return dots, "·" * len(dots)


def _zh_text(doc: Doc) -> str:
    """The matching text with every other name dot (•, ‧, ・) read as ·, the one the patterns know:
    帕萨•西里蓬 reads as 帕萨·西里蓬 (one character for one: offsets hold; names are taken from the
    Doc's text, as written). Made once per Doc; a page holding none of the marks is not copied."""
    key = "_people_zh_text"
    if key not in doc.user_data:
        text = matching_text(doc)
        dots, middle = _name_dots()
        doc.user_data[key] = text.translate(str.maketrans(dots, middle)) if holds_any(text, dots) else text
    return doc.user_data[key]


@functools.cache
def _zh_pattern() -> re.Pattern[str]:
    titles = alternation(_zh_titles())
    surnames = alternation(word_list("zh", "surnames.txt", split_spaces=True))
    han_name = rf"{_japanese_long_name()}|(?:{surnames})[{HAN}]{{1,2}}"
    # (no joining word inside: 校长韩立军与苏曼·什雷斯塔 names 韩立军, 副校长简·多伊及安娜·伊万诺娃 简·多伊)
    # (a hyphen may join two parts of one: 哈桑·阿卜杜勒-拉赫曼, 让-皮埃尔·杜兰)
    first = rf"[{_HAN_BUT_JOINERS}]{{1,6}}(?:[-－][{_HAN_BUT_JOINERS}]{{1,6}})?"
    part = rf"[{_HAN_BUT_JOINERS}]{{1,8}}(?:[-－][{_HAN_BUT_JOINERS}]{{1,8}})?"
    foreign = rf"{first}(?:·{part})+"
    # Latin letters only (with accents): Chinese text follows a Latin name without a space.
    upper, lower = "A-ZÀ-ÖØ-ÞĀ-Ž", "a-zß-öø-ÿĀ-ž'’\\-"
    # (lower-case particles inside: 副校长Marieke de Vries教授, Ludwig van der Berg)
    particles = alternation(word_list("en", "name_particles.txt"))
    particle = rf"(?:(?:{particles})[ \t]+){{0,2}}"
    latin = rf"[{upper}][{lower}{upper}]+(?:[ \t]+{particle}[{upper}][{lower}{upper}]+){{1,2}}"
    # 第一副校长, 执行副校长, modifiers joined by 及 (常务及学务副校长); a qualifier in brackets, 副校长（国际事务）
    modifiers = alternation(_zh_modifiers())
    one = rf"(?:(?:{modifiers})及){{0,{_MODIFIERS_MOST}}}(?:{modifiers})?(?:{titles})"
    title_chain = rf"{one}(?:[、]?{one}){{0,{_TITLES_MOST}}}(?:[（(][^（）()\n]{{1,8}}[）)])?"
    transliterated = _transliterated_name()
    # (a Tibetan name, two syllables of `person_tibetan_syllables.txt`: no Han surname opens it)
    tibetan = rf"(?:{alternation(word_list('zh', 'person_tibetan_syllables.txt', split_spaces=True))}){{2}}"
    return re.compile(rf"(?P<title>{title_chain})(?P<name>{foreign}|{latin}|{transliterated}|{tibetan}|{han_name})")


def _japanese_long_name() -> str:
    """副校长森田由纪子, 教授佐佐木千代子: a surname of two characters or more, then a Japanese given name of
    three ending as such names end (`person_japanese_given_name_ends.txt`: 子, 郎); tried before the one or
    two characters a Chinese given name has (森田由纪子 is no 森田由纪 and a following 子)."""
    long_surnames = alternation([s for s in word_list("zh", "surnames.txt", split_spaces=True) if len(s) > 1])
    ends = "".join(word_list("zh", "person_japanese_given_name_ends.txt"))
    return rf"(?:{long_surnames})[{HAN}]{{2}}[{ends}]"


_TRANSLITERATED_LENGTH = (3, 6)  # characters of a foreign name written without its middle dot


def _transliterated_name() -> str:
    """校长史蒂文斯, 东方系主任伊万诺夫: a foreign name written without its middle dot, as bulletins
    write it after a title: three to six characters of transliteration
    (`person_transliteration_characters.txt`), then where a name ends (no Chinese character, a word that
    follows names, a form of address): 史蒂文斯一行 is 史蒂文斯, not the three characters a Chinese name
    has."""
    characters = "".join(word_list("zh", "person_transliteration_characters.txt", split_spaces=True))
    ends = alternation((*_after_name(), *_zh_addresses()))
    low, high = _TRANSLITERATED_LENGTH
    return rf"[{characters}]{{{low},{high}}}(?=[^{HAN}]|{ends}|$)"


@functools.cache
def _zh_titles() -> tuple[str, ...]:
    """The offices (titles.txt, shared with institution names) and those read only for people
    (person_titles.txt: 教育专员, 教务长, 一级调研员)."""
    return tuple(dict.fromkeys((*word_list("zh", "titles.txt"), *word_list("zh", "person_titles.txt"))))


@functools.cache
def _zh_title_words() -> tuple[str, ...]:
    """The words a `_zh_pattern` match starts with (a modifier or a title): it is tried only where
    one of them stands, found for the whole vocabulary in one pass, not at every character."""
    return tuple(sorted({*_zh_titles(), *_zh_modifiers(), *_zh_addresses()}))


@functools.cache
def _zh_modifiers() -> tuple[str, ...]:
    """The words written before a title as part of it (title_modifiers.txt: 常务, 执行) and those read only
    for people (person_title_modifiers.txt: 中方, 外方 of a joint institute's deans)."""
    return (*word_list("zh", "title_modifiers.txt"), *word_list("zh", "person_title_modifiers.txt"))


@functools.cache
def _zh_addresses() -> tuple[str, ...]:
    """Forms of address written after a name that are no office (王芳博士): `person_address_after_name.txt`."""
    return word_list("zh", "person_address_after_name.txt")


def _zh_matches(doc: Doc, institutions: _Institutions | None = None) -> Iterator[re.Match[str]]:
    """`_zh_pattern().finditer` over the matching text, tried only at the characters of the title
    words (a match starts with one; every occurrence of one starts inside a range of the
    leftmost-longest pass): a search would read on through the text after each title word that
    starts no match (most do not), one anchored `match` per character there reads nothing else.

    With `institutions` (as people are read), a match whose title stands inside an institution's
    name is passed over, and the next one is looked for from the end of the name as trimmed."""
    text, pattern = _zh_text(doc), _zh_pattern()
    near = word_spans(doc, _zh_title_words())
    position = 0  # where the last match ended: matches do not overlap
    last_match = None  # (read people) the last match, its name trimmed only when a title word starts in it
    # (read people) whether an institution holds a match's title: the institutions, in order of start as
    # the matches are, passed once beside them (`passed` of them, reaching `furthest`), no index built
    starts, ends = _in_order_of_start(doc, institutions) if institutions is not None else ([], [])
    passed, furthest = 0, -1
    for first, last in zip(near.starts, near.ends, strict=True):
        if last_match is not None and first < position:
            # 简·多伊与我校副校长王明: a title word in what the name's pattern read on over, after its trimmed end
            position = _trimmed_name_end(text, last_match)
        last_match = None
        start = max(first, position)
        while start < last:
            match = pattern.match(text, start)
            if match is not None:
                reached = bisect.bisect_right(starts, start, passed)
                if reached > passed:
                    furthest, passed = max(furthest, max(ends[passed:reached])), reached
                if furthest > start and _title_inside_an_institution(institutions, match, furthest):
                    match = None
            if match is None:
                start += 1
                continue
            yield match
            start = position = match.end()  # (never empty: a title and a name)
            last_match = match if institutions is not None else None


_LEADERS = "领导"  # (in every word of `person_leader_lists.txt`: tested in `test_people_s13_rules.py`)


def _leader_words(text: str) -> list[tuple[int, int]]:
    """Where the words of `person_leader_lists.txt` stand (start, end), in order: each is read around
    a 领导 found (one scan of the text, not one per word; each word holds 领导 once)."""
    words = word_list("zh", "person_leader_lists.txt")
    found = []
    at = text.find(_LEADERS)
    while at >= 0:
        for word in words:
            start = at - word.index(_LEADERS)
            if start >= 0 and text.startswith(word, start):
                found.append((start, start + len(word)))
        at = text.find(_LEADERS, at + len(_LEADERS))
    return sorted(found)


_ZH_LIST_JOINS = ("、", "及")  # (not 与, 和: 校长王明与李华签署 joins two sides, not a list)
_LIST_MAX = 8  # names of one list


def _new_people(
    doc: Doc,
    original: str,
    names: list[tuple[int, int]],
    known: set[str],
    title: str | None,
    organisation: InstitutionRef | None,
    evidence_start: int,
) -> list[Person]:
    """The listed names not yet `known` as people sharing one title and organisation, each with the
    evidence from `evidence_start` to its name's end; `known` takes them in."""
    people = []
    for start, stop in names:
        name = original[start:stop]
        if name not in known:
            known.add(name)
            people.append(
                Person(
                    name=name,
                    title=title,
                    organization=organisation,
                    evidence=evidence_fields(doc, evidence_start, stop),
                )
            )
    return people


def _listed_names(
    text: str, institutions: _Institutions, position: int, *, first: bool = False
) -> list[tuple[int, int]]:
    """The Chinese names listed from `position`, each after a joining word (、, 及) or, with `first`,
    the first one right there: a surname and a character or two, ending where a name ends (punctuation,
    a joining word, a word that follows names); the list stops at the first that is none (a title
    written after its name, 王明、张三副校长, is read by the rules for those). `text`: `_zh_text`."""
    names = []
    while len(names) < _LIST_MAX:
        start = position
        if not first or names:
            if not text.startswith(_ZH_LIST_JOINS, position):
                break
            start = position + 1
        stop = _listed_name_end(text, start)
        if stop is None or institutions.holds(start, stop):
            break
        if text[stop : stop + 1] in _OPEN_BRACKETS and institutions.starting_near(stop + 1) is not None:
            break  # 、宋蓬·宾玛尼（老挝国立大学副校长）: a name with its own body in brackets shares nothing before
        names.append((start, stop))
        position = stop
    return names


def _listed_name_end(text: str, start: int) -> int | None:
    """Where a name of a list starting at `start` ends: three characters unless the third opens a word
    that follows names (李华出席), then two; followed by no Chinese character, a joining word or a word
    that follows names. None when no surname opens it or it runs on (国际处处长)."""
    if start >= len(text):
        return None
    dot = text.find("·", start, start + 7)
    if dot > start and _HAN_ONLY.fullmatch(text, start, dot):
        return _listed_foreign_name_end(text, start)
    if not _opens_with_surname(text, start):
        return None
    stop = start + 3 if _after_name_pattern().match(text, start + 2) is None else start + 2
    if not _HAN_ONLY.fullmatch(text, start, stop) or text[start:stop] in _zh_not_names():
        return None
    if stop >= len(text) or not _HAN_ONLY.fullmatch(text[stop]) or text.startswith(_ZH_LIST_JOINS, stop):
        return stop
    if text.startswith(_ZH_FORMS_OF_ADDRESS, stop):
        return None  # 王明、张三副教授: a rank of one's own after the name, no share of the title before
    if _after_name_pattern().match(text, stop) is not None:
        return stop
    # 李华参加: a three-character reading that runs on may be a two-character name before a following word
    if stop == start + 3 and _after_name_pattern().match(text, start + 2) is None:
        shorter = start + 2
        if not _HAN_ONLY.fullmatch(text[shorter]) or text.startswith(_ZH_LIST_JOINS, shorter):
            return shorter
    return None


@functools.cache
def _foreign_name() -> re.Pattern[str]:
    return re.compile(rf"[{HAN}]{{1,6}}(?:·[{HAN}]{{1,8}})+")


def _listed_foreign_name_end(text: str, start: int) -> int | None:
    """约翰·史密斯、玛丽·琼斯出席: where a foreign name of a list ends (trimmed before a following
    word), when punctuation, a joining word or a word that follows names comes next."""
    written = _foreign_name().match(text, start)
    if written is None or holds_any(text[start : text.find("·", start)], _zh_title_words()):
        return None  # (、外方院长约翰·布朗: a member with a title of their own is read with it)
    stop = start + len(_trim_zh_name(written.group(), text, start))
    if stop >= len(text) or not _HAN_ONLY.fullmatch(text[stop]) or text.startswith(_ZH_LIST_JOINS, stop):
        return stop
    return stop if _after_name_pattern().match(text, stop) is not None else None


def _trimmed_name_end(text: str, match: re.Match[str]) -> int:
    """Where a `_zh_pattern` match's name ends once trimmed (`_trim_zh_name`). `text`: the matching text."""
    start, end = match.span("name")
    if text[start].isascii():
        return end
    return start + len(_trim_zh_name(text[start:end], text, start))


def _title_inside_an_institution(institutions: _Institutions, match: re.Match[str], furthest: int) -> bool:
    """法国驻武汉总领事馆总领事马克·博兰: a title word inside an institution's name (总领事馆) is no
    title; the one after the name is. `furthest`: the furthest end of the institutions starting at or
    before the match."""
    start = match.start()
    return furthest >= match.end("title") and not institutions.ending_between(start, start)


def _in_order_of_start(doc: Doc, institutions: _Institutions) -> tuple[list[int], list[int]]:
    """The institutions' first and end characters in order of first: as the resolver writes them (its
    index, made once per Doc), else sorted."""
    index = _institution_index(doc)
    if index is not None:
        return index[0], index[1]
    ordered = sorted(institutions.bounds)
    return [first for first, _ in ordered], [end for _, end in ordered]


@functools.cache
def _zh_name_first() -> re.Pattern[str]:
    """'(来自)X大学的谢尔盖·纳扎连科副教授': a name, then its title, after an institution and 的."""
    titles = alternation(_zh_titles())
    surnames = alternation(word_list("zh", "surnames.txt", split_spaces=True))
    upper, lower = "A-ZÀ-ÖØ-ÞĀ-Ž", "a-zß-öø-ÿĀ-ž'’\\-"
    latin = rf"[{upper}][{lower}{upper}]+(?:[ \t]+[{upper}][{lower}{upper}]+){{1,2}}"
    name = rf"[{HAN}]{{1,6}}(?:·[{HAN}]{{1,8}}?)+|{latin}|(?:{surnames})[{HAN}]{{1,2}}?"  # the shortest before a title
    return re.compile(rf"的(?P<name>{name})\s*(?P<title>{titles})")


@functools.cache
def _after_name() -> tuple[str, ...]:
    """The words that follow names (after_name.txt) and those read only for people (person_after_name.txt)."""
    words = {*word_list("zh", "after_name.txt"), *word_list("zh", "person_after_name.txt")}
    return tuple(sorted(words, key=lambda word: (-len(word), word)))


# also surnames (和, 与, 向, 于): after a title they join it to the next noun, or open a phrase ('教授向代表团
# 介绍', '校长向学生致辞': a preposition, no person named 向代表)
_ZH_JOINERS = ("和", "与", "及", "向", "于")


def _joins_a_title(text: str, start: int, end: int) -> bool:
    """'校长和代表', '校长和专家出席': a title, a joining word, then a word that follows names (代表, 参加) or
    names a group of people (person_group_nouns.txt: 专家, 学者) is no person named 和代表. `text`: the
    matching text; start:end the name read."""
    return text.startswith(_ZH_JOINERS, start) and text.startswith(_joined_after_title(), start + 1, end)


@functools.cache
def _joined_after_title() -> tuple[str, ...]:
    return (*_after_name(), *word_list("zh", "person_group_nouns.txt"))


def _joins_a_noun(text: str, start: int, end: int) -> bool:
    """'校长和升学辅导老师': a title, a joining word (also a surname), then words running on into a
    longer noun, not stopping where a name stops (punctuation, or a word that follows names: 和军出席
    is a person) is no person named 和升学."""
    if not text.startswith(_ZH_JOINERS, start) or end >= len(text):
        return False
    if text.startswith(_zh_addresses(), end):
        return True  # 副教授和张伟博士: the joined name has its own form of address, no share of the title
    return bool(_HAN_ONLY.fullmatch(text[end])) and not text.startswith(_after_name(), end)


def _trim_zh_name(name: str, text: str, start: int) -> str:
    """王明表示 -> 王明, 伊琳娜·彼得罗娃一行 -> 伊琳娜·彼得罗娃: a name stops where a following word starts.

    `text` is the simplified text, where the name starts at `start`; the words are read in the 40
    characters from there (in place: no slice made).
    """
    end = start + 40
    dot = text.rfind("·", start, start + len(name))  # (as the text reads it: · whichever dot the name has)
    if dot >= 0:
        # the first place, a character or more after the last ·, where a following word starts: one
        # search of the words' pattern, not a `startswith` of each word at each place
        word = _after_name_pattern().search(text, dot + 2, end)
        return name[: word.start() - start] if word is not None and word.start() - start < len(name) else name
    if len(name) >= 3 and _after_name_pattern().match(text, start + len(name) - 1, end):
        return name[:-1]  # (王明表示; 山口明出席 after a surname of two characters)
    return name


@functools.cache
def _after_name_pattern() -> re.Pattern[str]:
    return re.compile(alternation(_after_name()))


class PeopleExtractor(Batchwise):
    def __init__(self, language: str) -> None:
        register_extensions()
        self.language = language
        self.bylines = tuple(word_list(language, "byline_markers.txt"))

    def __call__(self, doc: Doc) -> Doc:
        people = self._zh_people(doc) if self.language == "zh" else self._en_people(doc)
        people = [_with_place_government(doc, p) if _of_a_place_only(p, self.language) else p for p in people]
        if self.language == "en":
            people = [_without_name_style(p) if p.name.startswith(_name_styles()) else p for p in people]
        doc._.people = _unique(sorted(people, key=lambda p: p.evidence.start))
        return doc

    def _en_people(self, doc: Doc) -> list[Person]:
        taken: set[int] = set()  # the characters of the names found
        found = self._en_bracketed_people(doc, taken)
        text = doc_text(doc)
        unit_offices = [m for m in _offices_of_unit_then_name(text) if _lists_titled_names(doc, text, m)]
        next_offices = {m.start("title") for m in unit_offices}  # (offices written before their names)
        for unit_office in unit_offices:
            taken.update(range(*unit_office.span("name")))
        read: list[tuple[int, int]] = []  # the spans of the matches read (a pointed one inside one is no other)
        for match in itertools.chain(_after_matches(text), _before_matches(text), _pointed_matches(text)):
            start, end = match.span("name")
            if start in taken or self._is_byline(text, match.start()):
                continue
            if match.re is _pointed_pattern() and any(low <= start < high for low, high in read):
                continue  # ("led by Deputy Vice-Chancellor Global Engagement Professor X": no "Global Engagement")
            if _is_after_match(match) and match.start("title") in next_offices:
                continue  # "X, Director of the International Office Y": the office after X's comma is Y's
            if _is_after_match(match) and _titles_next_listed(text, match.start("title")):
                continue  # "Provost A, Dean B and Registrar C of X": after A's comma the next person's office
            if _after_honorific(text, start) and _is_after_match(match):
                # "Vice Rector Prof. Dr. X, the Dean of the Faculty and ...": the office written before the
                # honorifics is the name's (the one after may be the next person's); read as a before-match
                before = _before_match_naming(text, start)
                if before is not None and not _forms_of_address_only(before.group("title")):
                    continue
            institutions = _Institutions.of(doc)
            if institutions.holds(start, end) or text[text.rfind(" ", start, end) + 1 : end] in _body_heads_en():
                continue  # ("Dean of Tongji Medical College": words ending in a body's head name no person)
            if text[start : text.find(" ", start, end)] in _headline_verbs():
                continue  # ("Ambassador Attends Launch of ...": a headline's verb, no name)
            title = _first_office(_office(_single_spaced(match.group("title")).strip(" ,")))
            stop = match.end()
            office = _office_after().match(text, stop) if _is_honorific(title) else None
            if office is not None:  # "Professor Helen Carter, Pro-Vice-Chancellor (International)"
                title, stop = office.group("title"), office.end("title")
            of_the = _office_of_the().match(text, stop) if _is_honorific(title) and office is None else None
            if of_the is not None:  # "Professor Alan Whitby, the school's first Leeds Director"
                title, stop = of_the.group("title"), of_the.end("title")
            owned = _owned_office().match(text, stop) if _is_honorific(title) and office is None else None
            if owned is not None:  # "Professor Helen Marsh, Leicester's Pro-Vice-Chancellor (International)"
                title, stop = owned.group("title"), owned.end("title")
            opening = match.start()  # where the person's words start: the title's, or the office's before
            earlier = _office_before_honorific(text, opening) if _is_honorific(title) else None
            if earlier is not None and _read_for_another(found, earlier.start("title")):
                earlier = None  # ("A, Provost of X, Dr C, Registrar": the office before is A's)
            if earlier is not None and office is None:  # "led by its Vice-Rector for ..., Dr. Name"
                title, opening = earlier.group("title"), earlier.start("title")
            # "Name, Title of|at ORG" (its pattern compiled only when it was searched whole)
            named_after = isinstance(match, _AfterMatch) or (_after_windows() is None and match.re is _en_after())
            held = None if named_after else _body_in_office(doc, match, earlier if office is None else None)
            if held is None and not named_after and office is None and earlier is None and _is_honorific(title):
                unit_office = _unit_office_before_body(doc, institutions, opening) or _office_of_body_in_commas(
                    doc, institutions, opening
                )
                if unit_office is not None:  # "Dean of Tongji Medical College of HUST Professor Chen Jianguo"
                    held, opening = unit_office[:2], unit_office[2]
            if held is not None:  # "Rector of Ruritania State University Jane Doe"
                title = held[0]
            after = (
                None
                if owned is not None or of_the is not None
                else (
                    (held and held[1])
                    or (office is not None and office.group("its") and _named_last_in_sentence(doc, opening))
                    or institutions.starting_near(stop)
                    or (None if named_after else _from_institution(doc, institutions, stop))
                    or self._referred_to(doc, match.start(), stop)
                    or self._of_institution(doc, stop, linked=named_after)
                )
            )
            if after is not None and named_after:
                title = _first_office(self._title_up_to(doc, match.group("title"), match.start("title"), after))
                unit_end = _unit_after_short_name(doc, text, after)
                if unit_end is not None:  # "Director of UCD Global": the unit's words are the title's
                    title = _single_spaced(text[match.start("title") : unit_end])
                    stop = unit_end
                    taken.update(range(after.end_char, unit_end))  # (no "Global Engagement" person)
            elif after is not None and office is not None:  # "Professor X, Dean of the Graduate School ... at ORG"
                title = _first_office(self._title_up_to(doc, title, office.start("title"), after))
            # "Professor X, Dean of the Faculty of Liberal Arts." (the unit's body unnamed)
            written = office or (match if named_after else None)
            unit = _unit_after_office(text, written.end("title")) if written is not None and after is None else None
            if unit is not None:
                title, stop = _first_office(_single_spaced(text[written.start("title") : unit.end()])), unit.end()
            linked = named_after or _OF_LINK.match(text, stop) is not None
            shortened = _shortened_before(doc, match.start(), stop) if after is None and named_after else None
            taken.update(range(start, end))
            read.append(match.span())
            found.append(
                Person(
                    name=match.group("name"),
                    title=_office_or_none(title),
                    organization=(owned and _owner_ref(doc, owned, opening))
                    or (of_the and _named_by_head(doc, of_the.group("head"), opening))
                    or (after is None and _capitalised_reference(doc, stop, opening))
                    or shortened
                    or (
                        unit is not None
                        and (_listed_with(text, found, opening) or self._en_context(doc, opening, stop, False))
                    )
                    or self._en_organisation(doc, opening, title, stop, after, linked),
                    evidence=evidence_fields(doc, opening, max(after.end_char, stop) if after else stop),
                )
            )
        found += self._en_unit_office_people(doc, unit_offices, found)
        found += self._en_possessive_people(doc, taken) + self._en_owned_office_people(doc, taken)
        found += self._en_names_after_office_of_body(doc, taken)
        found += self._en_names_with_office_of_the(doc, taken)
        found += self._en_names_with_its_office(doc, taken, found)
        found += self._en_shared_offices(doc, taken, found)
        found += self._en_students(doc, taken)
        found += self._en_lower_case_offices(doc, taken)
        found += self._en_names_listed_of_body(doc, taken)  # (last: names with an office are read first)
        if "respectively" in text:  # (looked for first: few pages pair names and offices so)
            found = _with_respective_offices(doc, found)
        found = [person for person in _sharing_listed_bodies(doc, found) if not _is_country(person.name)]
        found = _from_body_before_list(doc, found)
        publisher = _publisher_ref(doc)
        if publisher is not None and doc._.publisher.kind == "government":
            found = _without_government_deans(found, _ref_key(publisher))
        return (
            _with_university_before(doc, found) if publisher is None or doc._.publisher.kind == "government" else found
        )

    def _en_unit_office_people(self, doc: Doc, matches: list[re.Match[str]], found: list[Person]) -> list[Person]:
        """The people of `_offices_of_unit_then_name` matches: the unit's body is that of the person listed
        right before, else the one the context gives (a delegation's, the publisher)."""
        text = doc_text(doc)
        people: list[Person] = []
        institutions = _Institutions.of(doc)
        for match in matches:
            start, end = match.span("name")
            if institutions.holds(start, end):
                continue
            opening = match.start("title")
            people.append(
                Person(
                    name=match.group("name"),
                    title=_single_spaced(match.group("title")),
                    organization=_listed_with(text, [*found, *people], opening)
                    or self._en_context(doc, opening, end, False),
                    evidence=evidence_fields(doc, opening, end),
                )
            )
        return people

    def _en_bracketed_people(self, doc: Doc, taken: set[int]) -> list[Person]:
        """'Jane Doe (President of Harlow University)', 'Dr. Anong Srisuk (Director of the International
        Relations Division, Mahidol University)': the office in brackets after a name, up to the
        institution named inside them. Looked for only where a title follows a "(". `taken`: the
        characters of the names found (these are read first: a title before the name is a form of
        address the other rules would take for the office)."""
        text = doc_text(doc)
        found: list[Person] = []
        for title_start in _literals(text).brackets:
            read = _bracketed_office(doc, title_start)
            named = _name_before_bracket().search(text, max(0, title_start - 61), title_start)
            if read is None or named is None:
                continue
            start, end = _without_titles(text, *named.span("name"))
            institutions = _Institutions.of(doc)
            if not taken.isdisjoint(range(start, end)) or " " not in text[start:end] or institutions.holds(start, end):
                continue
            title, body, close = read
            taken.update(range(start, end))
            found.append(
                Person(
                    name=text[start:end],
                    title=title,
                    organization=institution_ref(body)
                    if body is not None
                    else self._en_context(doc, start, close, linked=_OF_LINK_INSIDE.search(title) is not None),
                    evidence=evidence_fields(doc, start, close),
                )
            )
        return found

    def _en_shared_offices(self, doc: Doc, taken: set[int], found: list[Person]) -> list[Person]:
        """'vice-presidents Pham Thi Lan and Tran Quoc Bao': an office in the plural before a list of
        names gives each the office (in the singular, as written) and the organisation named after the
        list, else that of the person leading the delegation the sentence speaks of before, else the one
        the words before name (`_en_context`: "JXNU vice-presidents", the publisher). Looked for only
        where a plural office stands."""
        text = doc_text(doc)
        people: list[Person] = []
        for start, end in _plural_offices(doc, text):
            if (start and _is_word_char(text[start - 1])) or not text[end : end + 1].isspace():
                continue
            listed = _name_list().match(text, end)
            if listed is None:
                continue
            institutions = _Institutions.of(doc)  # (made only where a plural office stands before names)
            names = [m.span() for m in _name_pattern().finditer(text, listed.start("names"), listed.end("names"))]
            if len(names) < 2 or any(not taken.isdisjoint(range(*n)) or institutions.holds(*n) for n in names):
                continue
            stop = listed.end()
            link = _OF_LINK.match(text, stop)
            body = institutions.starting_near(link.end()) if link is not None else None
            organisation = (
                institution_ref(body)
                if body is not None
                else _delegation_leader(text, found, start) or self._en_context(doc, start, stop, linked=False)
            )
            for first, last in names:
                taken.update(range(first, last))
                people.append(
                    Person(
                        name=text[first:last],
                        title=text[start : end - 1],
                        organization=organisation,
                        evidence=evidence_fields(doc, start, body.end_char if body is not None else last),
                    )
                )
        return people

    def _en_names_after_office_of_body(self, doc: Doc, taken: set[int]) -> list[Person]:
        """'The President of Harlow University, Jane Doe, signed': an office naming its body after
        'of'/'at', then the name in commas after the body; 'Jane Doe, President, Harlow University': a
        name and its office in commas before the body. Looked for only where an institution is
        followed or preceded by a comma. `taken`: the characters of the names already found."""
        text = doc_text(doc)
        found: list[Person] = []
        institutions = _Institutions.of(doc)
        for span, (first, last) in zip(institutions.spans, institutions.bounds, strict=True):
            if not text.startswith(",", last) and not text.endswith((",", ", "), 0, first):
                continue  # (looked at first, with no slice: a comma after the body or right before it)
            read = _office_of_body_then_name(text, first, last) or _name_and_office_before_body(text, first)
            if read is None:
                continue
            (start, end), (title_start, title_end) = read
            if not taken.isdisjoint(range(start, end)) or institutions.holds(start, end):
                continue
            taken.update(range(start, end))
            found.append(
                Person(
                    name=text[start:end],
                    title=_first_office(_single_spaced(text[title_start:title_end])),
                    organization=institution_ref(span),
                    evidence=evidence_fields(doc, min(start, title_start), max(end, last)),
                )
            )
        return found

    def _en_names_with_office_of_the(self, doc: Doc, taken: set[int]) -> list[Person]:
        """'Zhou Lin, the university's director of international cooperation, said': a name, its comma,
        then an office of the body a lower-case head word refers to (the last one named before whose
        name holds it). Looked for only where "'s" stands. `taken`: the characters of the names found."""
        text = doc_text(doc)
        found: list[Person] = []
        institutions = _Institutions.of(doc)
        pattern = _office_of_the()
        heads = _org_anaphor_set()
        if text.find(", the ") < 0:
            return found  # (every match opens so)
        for apostrophe, _ in _literals(text).apostrophes:
            space = text.rfind(" ", max(0, apostrophe - 24), apostrophe)
            if space < 0 or text[space + 1 : apostrophe] not in heads:
                continue  # (looked at first: "the university's", not "Leicester's")
            comma = text.rfind(",", max(0, space - 6), space)
            of_the = pattern.match(text, comma) if comma >= 0 else None
            if of_the is None:
                continue
            named = _name_before_comma().search(text, max(0, comma - 60), comma + 1)
            if named is None:
                continue
            start, end = named.span("name")
            if not taken.isdisjoint(range(start, end)) or institutions.holds(start, end):
                continue
            taken.update(range(start, end))
            found.append(
                Person(
                    name=named.group("name"),
                    title=_single_spaced(of_the.group("title")),
                    organization=_named_by_head(doc, of_the.group("head"), start),
                    evidence=evidence_fields(doc, start, of_the.end("title")),
                )
            )
        return found

    def _en_names_with_its_office(self, doc: Doc, taken: set[int], before: list[Person]) -> list[Person]:
        """'Catarina Lopes, the Portuguese Director of the institute, and Han Xue, its Chinese Director':
        a name, its comma, "its" and an office: of the body of the person listed right before it, else of
        the institution named last before it in its sentence. Looked for only where ", its " stands.
        `taken`: the characters of the names found; `before`: the people found."""
        text = doc_text(doc)
        found: list[Person] = []
        if text.find(", its ") < 0:
            return found
        institutions = _Institutions.of(doc)
        for match in _its_office().finditer(text):
            start, end = match.span("name")
            if not taken.isdisjoint(range(start, end)) or institutions.holds(start, end):
                continue
            organisation = _listed_just_before(text, before + found, start)
            if organisation is None:
                named = _named_last_in_sentence(doc, start)
                organisation = institution_ref(named) if named is not None else None
            taken.update(range(start, end))
            found.append(
                Person(
                    name=match.group("name"),
                    title=_single_spaced(match.group("title")),
                    organization=organisation,
                    evidence=evidence_fields(doc, start, match.end("title")),
                )
            )
        return found

    def _en_lower_case_offices(self, doc: Doc, taken: set[int]) -> list[Person]:
        """'Chinese vice minister of education Wu Yan', 'deputy mayor of Astana Ermek Kosherbayev': an
        office in lower case right before a name, as news agencies write it (`_lower_case_office`). The
        office's ministry when the text names it, else no organisation (the office names none).
        `taken`: the characters of the names found."""
        text = doc_text(doc)
        found: list[Person] = []
        institutions = _Institutions.of(doc)
        for match in _lower_case_office_matches(doc, text):
            start, end = match.span("name")
            if not taken.isdisjoint(range(start, end)) or institutions_in(doc, match.start(), end):
                continue  # ("president of Fudan University Jin Li": no "University Jin Li")
            if institutions.holds(start, end):
                continue
            taken.update(range(start, end))
            title = _single_spaced(match.group("title"))
            found.append(
                Person(
                    name=match.group("name"),
                    title=title,
                    organization=_ministry_of_lower_case_office(doc, title),
                    evidence=evidence_fields(doc, match.start(), end),
                )
            )
        return found

    def _en_names_listed_of_body(self, doc: Doc, taken: set[int]) -> list[Person]:
        """'accompanied by Li Na and Zhou Bin of Tongji University': names listed with no office, their
        body given once after the last one, are all of that body. Looked for only where an institution
        follows "of". `taken`: the characters of the names already found."""
        text = doc_text(doc)
        found: list[Person] = []
        institutions = _Institutions.of(doc)
        pattern = _names_of_body()
        if _LAST_LISTED_NAME.search(text) is None:
            return found  # (one scan of the page for "and Name of": most pages have none)
        for span, (first, _) in zip(institutions.spans, institutions.bounds, strict=True):
            if not text.endswith(_OF_BEFORE_BODY, 0, first):
                continue  # (looked at first, with no slice: "of" before the body)
            joined = text.rfind(" and ", max(0, first - _LAST_NAME_REACH), first)
            of_at = text.rfind(" of ", joined + 1, first) if joined >= 0 else -1
            if of_at < 0 or _name_pattern().fullmatch(text, joined + 5, of_at) is None:
                continue  # (one name between the last "and" and the "of": the whole list searched only then)
            listed = pattern.search(text, max(0, first - _NAMES_REACH), first)
            if listed is None or _names_a_unit(text, listed):
                continue
            for name in _name_pattern().finditer(text, listed.start("names"), listed.end("names")):
                start, end = _without_titles(text, *name.span())
                if start != name.start() or not taken.isdisjoint(range(start, end)) or institutions.holds(start, end):
                    continue  # (a name after its title is read by the rules for those)
                taken.update(range(start, end))
                found.append(
                    Person(
                        name=text[start:end],
                        title=None,
                        organization=institution_ref(span),
                        evidence=evidence_fields(doc, start, span.end_char),
                    )
                )
        return found

    def _en_students(self, doc: Doc, taken: set[int]) -> list[Person]:
        """'Chen Yiran, who graduated in 2019, returned to speak': a person named as a student or
        graduate, with no office (GUIDE: a named student has no title), of the institution named
        right after the words ("a graduate of X") if any. Looked for only where those words stand
        after a comma. `taken`: the characters of the names already found."""
        text = doc_text(doc)
        found: list[Person] = []
        institutions = _Institutions.of(doc)
        for comma, end in _literals(text).students:
            if text[end : end + 1].isalnum():
                continue  # ("a students' union")
            if text[comma + 2 : end] in _student_years():
                # ("a final-year accounting and finance student at the college": the field studied between)
                noun = _STUDENT_NOUN_LATER.match(text, end)
                if noun is None:
                    continue
                end = noun.end()
            named = _name_before_comma().search(text, max(0, comma - 60), comma + 1)
            if named is None:
                continue
            start, stop = _without_titles(text, *named.span("name"))
            if (
                not taken.isdisjoint(range(start, stop))
                or " " not in text[start:stop]
                or institutions.holds(start, stop)
            ):
                continue
            taken.update(range(start, stop))
            field = _FIELD_STUDIED.match(text, end)  # ("a PhD candidate in physics at X")
            end = field.end() if field is not None else end
            link = _OF_LINK.match(text, end) if text.startswith(" ", end) else None
            school = institutions.starting_near(link.end()) if link is not None else None
            if link is not None and school is None:
                school = self._referred_to(doc, start, end, written_out=True)  # ("a student at the college")
            found.append(
                Person(
                    name=text[start:stop],
                    title=None,
                    organization=institution_ref(school) if school is not None else None,
                    evidence=evidence_fields(doc, start, max(end, school.end_char) if school is not None else end),
                )
            )
        return found

    def _en_owned_office_people(self, doc: Doc, taken: set[int]) -> list[Person]:
        """'Marcus Hale, K-State provost and executive vice president, and ...': a name, its comma,
        then the short name of the institution whose office (in any case) follows, up to the
        clause's end. `taken`: the characters of the names already found."""
        text = doc_text(doc)
        found: list[Person] = []
        institutions = _Institutions.of(doc)
        pattern = _owned_office()
        for owned in pattern.finditer(text):  # (each try starts at a comma, found by the engine's scan)
            if _is_title_word(owned.group("owner")):
                continue
            comma = owned.start()
            named = _name_before_comma().search(text, max(0, comma - 60), comma + 1)
            if named is None:
                continue
            start, end = _without_titles(text, *named.span("name"))
            if not taken.isdisjoint(range(start, end)) or " " not in text[start:end] or institutions.holds(start, end):
                continue
            taken.update(range(start, end))
            found.append(
                Person(
                    name=text[start:end],
                    title=owned.group("title"),
                    organization=_owner_ref(doc, owned, start),
                    evidence=evidence_fields(doc, start, owned.end("title")),
                )
            )
        return found

    def _en_possessive_people(self, doc: Doc, taken: set[int]) -> list[Person]:
        """'Huang Lu, JXAU's vice president in charge of ..., said': the name, then the institution
        whose office it holds, with "'s". Looked for only where "'s" is followed by a title.
        `taken`: the characters of the names already found."""
        text = doc_text(doc)
        found: list[Person] = []
        institutions = _Institutions.of(doc)
        for office in _possessive_offices(text):
            owner = next(iter(institutions.ending_between(office.start(), office.start())), None)
            if owner is None:
                continue
            named = _name_before_comma().search(text, max(0, owner.start_char - 60), owner.start_char)
            if named is None or named.start("name") in taken or institutions.holds(*named.span("name")):
                continue
            taken.update(range(*named.span("name")))
            area = _LOWER_OFFICE_AREA.match(text, office.end())  # "'s vice president for international affairs"
            found.append(
                Person(
                    name=named.group("name"),
                    title=office.group("title") + (_single_spaced(area.group()) if area else ""),
                    organization=institution_ref(owner),
                    evidence=evidence_fields(doc, named.start("name"), area.end() if area else office.end()),
                )
            )
        return found

    def _of_institution(self, doc: Doc, position: int, *, linked: bool) -> Span | None:
        """'President Wang Zhiqiang of Chongqing University', 'Zhang Wen, Director of the Department
        of ... at the Ministry of Education', 'Vice Minister of Laos' Ministry of ...': the first
        institution after an 'of'/'at'/'in' (`linked`: the match ends after one) in the same clause."""
        text = doc_text(doc)
        if not linked:
            link = _OF_LINK.match(text, position)
            if link is None:
                return None
            position = link.end()
        clause = _CLAUSE_END.search(text, position, position + 160)
        limit = clause.start() if clause else position + 160
        spans = institutions_in(doc, position, limit + 80)
        return spans[0] if spans and spans[0].start_char < limit else None

    def _en_organisation(
        self, doc: Doc, start: int, title: str | None, stop: int, after: Span | None, linked: bool
    ) -> InstitutionRef | None:
        """`start`: where the person's words (title or name) start; `stop`: where they end."""
        if after is not None:
            return institution_ref(after)
        return (
            _ministry_of_office(doc, title)
            or _ministry_after_office(doc, title, stop)
            or _mission_of_diplomat(doc, title, stop)
            or _mission_before_envoy(doc, title, start)
            or self._en_context(doc, start, stop, linked)
        )

    def _referred_to(self, doc: Doc, start: int, position: int, written_out: bool = False) -> Span | None:
        """'deputy director of the department', 'of the ministry's Department of ...': the last
        institution before the person whose name holds that head word (`written_out`: whose name is
        written out, not a reference such as "the college" itself)."""
        text = doc_text(doc)
        link = _OF_LINK.match(text, position)
        at = link.end() if link else position
        if text[max(0, at - 4) : at].lower() != "the ":
            return None  # (looked at first: most people are not followed by "the")
        national = _national_reference(doc, at, start)
        if national is not None:
            return national
        head = _ANAPHOR.match(text[at : at + 48])
        if head is None:
            return None
        named = [
            span
            for span in reversed(institutions_in(doc, max(0, start - 3000), start))
            if head.group(1) in facts(span).text.lower()  # (the references are written in lower case)
            and not (written_out and facts(span).text[:4].lower() == "the ")
        ]
        # "the provincial education department": the last one that also holds the words before the
        # head (by their stems: provincial -> Province), else the last one of that head
        stems = [word[:_STEM] for word in head.group(0).split()[:-1] if word not in _NOT_QUALIFIERS]
        for span in named:  # (loops: compiled, next() and all() of generators would build them)
            lowered = facts(span).text.lower()
            for stem in stems:
                if stem not in lowered:
                    break
            else:
                return span
        return named[0] if named else None

    def _title_up_to(self, doc: Doc, title: str, title_start: int, organisation: Span) -> str:
        """'Dean of Engineering at X', 'Secretary of State of the Ministry ...': the office (`title`,
        written from `title_start`) runs up to the organisation's 'of'/'at' unless it goes on over
        'the ...' (a unit of the organisation)."""
        title = _single_spaced(title).strip(" ,")
        text = doc_text(doc)
        longer = text[title_start : organisation.start_char]
        party = _PARTY_BEFORE.search(longer) if "CPC" in longer or "Communist" in longer else None
        if party is not None and _COMMITTEE_AFTER.match(text, organisation.end_char):
            # 'Secretary of the CPC Hunan Normal University Committee': the office is the party
            # committee's, named around its body
            return f"{_single_spaced(longer[: party.start()]).strip(' ,')} of the {party.group('party')} Committee"
        longer = _TRAILING_LINK.sub("", _single_spaced(longer)).strip(" ,")
        if longer.startswith(title) and _office_goes_on(longer[len(title) :]):
            return longer
        chained = _first_office(longer)
        if chained != longer and chained.startswith(title) and _CHAIN_FIRST_UNIT.fullmatch(chained, len(title)):
            # 'Deputy Secretary of the Party Committee and President of X': a chain whose first office is
            # held in a body of the organisation named last (GUIDE: the first office of a chain)
            return chained
        return title

    def _en_context(self, doc: Doc, start: int, stop: int, linked: bool) -> InstitutionRef | None:
        """A person named with no organisation beside: 'JUFE Vice President X', "Westmoor's
        Vice-Chancellor X"; 'a delegation from X, led by its President Y' (the institution last named
        before); 'Y signed on behalf of X'; 'At X, ... met Y'; else, unless an organisation the text
        names but no institution was found for follows (`linked`), the publisher, whose own officers
        a university's page names bare."""
        text = doc_text(doc)
        # ("signed" starts within 40 characters of `stop` in every match: looked for first with `find`)
        signed = _SIGNED_FOR.match(text, stop) if text.find("signed", stop, stop + 46) >= 0 else None
        if signed is not None:
            named = institutions_in(doc, signed.end(), signed.end() + 120)
            if named and named[0].start_char <= signed.end() + 1:
                return institution_ref(named[0])
            national = _national_reference(doc, signed.end(), start)  # ("on behalf of the Romanian university")
            if national is not None:
                return institution_ref(national)
        for span in _Institutions.of(doc).ending_between(start - 3, start - 1):
            if text[span.end_char : start] in {" ", "'s ", "’s "}:
                return institution_ref(span)
        possessor = _possessor_before(doc, start) or _host_before_by(doc, start) or _met_where_visited(doc, start)
        if possessor is not None:
            return possessor
        before = text[max(0, start - 24) : start].lower()
        if before.rstrip().endswith(_pointers()):
            sentence_start = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start), 0)
            named = institutions_in(doc, sentence_start, start)
            if named:
                return institution_ref(named[-1])
            opening_its = _ITS_OPENING.fullmatch(text, sentence_start, start)
            before_sentence = _sentence_start(text, sentence_start - 1) if opening_its else 0
            named = institutions_in(doc, before_sentence, sentence_start) if opening_its else []
            if named:  # "Harlow University opened an office. Its first Director, X, ...": the sentence before's subject
                return institution_ref(named[0])
            origin = _delegation_origin(doc, sentence_start) if before.rstrip().endswith(_LED_BY_ANY) else None
            if origin is not None:  # "A delegation from X visited ... The delegation was led by (its) Y"
                return institution_ref(origin)
        sentence_start = max(text.rfind(". ", 0, start) + 2, text.rfind("\n", 0, start) + 1, 0)
        opening = _AT_OPENING.match(text, sentence_start)
        if opening is not None:
            named = institutions_in(doc, opening.end(), start)
            if named and named[0].start_char == opening.end():
                return institution_ref(named[0])
        return _publisher_ref(doc) if not linked else None

    def _zh_people(self, doc: Doc) -> list[Person]:
        found: list[Person] = []
        listing: list[Person] = []  # those of `found` whose name a joining word follows (、, 及)
        text, original = _zh_text(doc), doc_text(doc)
        role_words, role_firsts, sides = _zh_role_words(), _zh_role_firsts(), _zh_sides()
        institutions = _Institutions.of(doc)
        for match in _zh_matches(doc, institutions):
            if self._is_byline(original, match.start()) or _opens_a_role(
                text, match.start(), role_words, role_firsts, sides
            ):
                continue  # 理事长单位 is a role of an institution, not 理事长 单某
            name_start, name_end = match.span("name")
            name = original[name_start:name_end]
            if not name[:1].isascii():
                name = _trim_zh_name(name, text, name_start)
                name_end = name_start + len(name)
            if len(name) < 2 or _joins_a_title(text, name_start, name_end) or _joins_a_noun(text, name_start, name_end):
                continue
            title_start = _unit_start(text, institutions, _chain_start(doc, text, match.start()))
            referred = _that_institution_before(text, title_start)
            if referred is not None:  # 该校国际合作处处长: the unit is the title's
                title_start = referred.start(1)
            alone = None if referred is not None else _body_head_alone(doc, text, title_start)
            if alone is not None:  # 孔子学院中方院长: the Confucius Institute named before, no unit
                title_start = alone[0]
            before = institutions.ending_between(title_start - 1, title_start)  # the organisation, if named
            if not before and text[title_start - 1 : title_start] in _CLOSING_BRACKETS:
                before = _named_before_declared_short(text, institutions, title_start)  # X（以下简称“莫大”）副校长
            organisation = (
                self._named_before_not_publisher(doc, referred.start())
                if referred is not None
                else (not before and _zh_mission(doc, text, title_start))
                or (
                    not before and _fellow_member(text, found[-1] if found else None, title_start, doc=doc, title=match)
                )
                or self._host_of_own_delegation(
                    doc,
                    text,
                    self._organisation_before(doc, before, match.group("title"), title_start),
                    title_start,
                    name_end,
                )
            )
            if alone is not None:
                organisation = alone[1]
            elif referred is None and not before and text.find("该", max(0, title_start - 4), title_start) >= 0:
                organisation = _that_body_before(doc, text, title_start) or organisation  # 该署副署长
            found.append(
                # (the model's validator on the dict, as `Person(**fields)` does, without pydantic's
                # Python-level `__init__`: most of a Chinese page's people are made here)
                Person.__pydantic_validator__.validate_python(
                    {
                        "name": name,
                        "title": _first_of_chain(original[title_start : match.end("title")]),
                        "organization": organisation,
                        "evidence": evidence_fields(doc, before[0].start_char if before else title_start, name_end),
                    }
                )
            )
            if text.startswith(_ZH_LIST_JOINS, name_end):
                listing.append(found[-1])
        known = {p.name for p in found}
        found += self._zh_list_members(doc, listing, known)
        found += self._zh_leader_lists(doc, institutions, known)
        found += self._zh_names_before_titles(doc, institutions, known)
        found += self._zh_names_before_bracketed_bodies(doc, institutions, known)
        found += self._zh_names_before_own_titles(doc, institutions, known)
        found += self._zh_contacts(doc, known)
        found += self._zh_students(doc, institutions, known)
        return found + self._zh_students_by_nationality(doc, institutions, known)

    def _zh_list_members(self, doc: Doc, found: list[Person], known: set[str]) -> list[Person]:
        """'副校长陈立新、吴建国陪同': the names listed after a person's title and name (joined by 、 or
        及) share that person's title and organisation. `found`: the people read title first (their
        evidence ends with the name, and a joining word follows it)."""
        if not found:
            return []
        text, original = _zh_text(doc), doc_text(doc)
        institutions = _Institutions.of(doc)
        members = []
        for person in found:
            names = _listed_names(text, institutions, person.evidence.end)
            members += _new_people(
                doc, original, names, known, person.title, person.organization, person.evidence.start
            )
        return members

    def _zh_leader_lists(self, doc: Doc, institutions: _Institutions, known: set[str]) -> list[Person]:
        """'校领导王晓燕、孙国平参加会见': a list of names after a word naming the publisher's leaders
        (`person_leader_lists.txt`), no office; of the institution right before the word, else the
        publisher. Looked for only where such a word stands."""
        text, original = _zh_text(doc), doc_text(doc)
        found = []
        if text.find(_LEADERS) < 0:
            return found  # (every word of the list holds it: one scan, not one per word)
        for opening, at in _leader_words(text):
            names = _listed_names(text, institutions, at, first=True)
            if not names:
                continue
            before = institutions.ending_between(opening, opening)
            organisation = institution_ref(before[0]) if before else _publisher_ref(doc)
            found += _new_people(doc, original, names, known, None, organisation, opening)
        return found

    def _zh_contacts(self, doc: Doc, known: set[str]) -> list[Person]:
        """'联系人：国际合作与交流处　吴敏，电话：…': a notice's contact, of the institution named in the
        line before the unit, else the publisher; no office. Looked for only where 联系人 stands."""
        text, original = _zh_text(doc), doc_text(doc)
        found = []
        for opening, at in _occurrences(text, word_list("zh", "person_contacts.txt")):
            match = _zh_contact().match(text, at)
            if match is None:
                continue
            name = original[match.start("name") : match.end("name")]
            if name in known:
                continue
            known.add(name)
            named = institutions_in(doc, at, match.start("name"))
            found.append(
                Person(
                    name=name,
                    title=None,
                    organization=institution_ref(named[0]) if named else _publisher_ref(doc),
                    evidence=evidence_fields(doc, opening, match.end("name")),
                )
            )
        return found

    def _zh_students(self, doc: Doc, institutions: _Institutions, known: set[str]) -> list[Person]:
        """'该学院2021级学生陈可欣说': a student named with the year of entry (级), no office; of the
        institution named right before, the one 该校/该学院 speaks of, or the publisher after 我校.
        Looked for only where 级 stands."""
        text, original = _zh_text(doc), doc_text(doc)
        found = []
        for at, _ in _occurrences(text, ("级",)):
            match = _zh_student().match(text, at)
            year = _ZH_YEAR_BEFORE.search(text, max(0, at - 4), at) if match is not None else None
            if match is None or year is None:
                continue
            name_start = match.start("name")
            name = _trim_zh_name(original[name_start : match.end("name")], text, name_start)
            if len(name) < 2 or name in known:
                continue
            known.add(name)
            before = institutions.ending_between(year.start() - 1, year.start())
            found.append(
                Person(
                    name=name,
                    title=None,
                    organization=self._student_organisation(doc, text, before, year.start()),
                    evidence=evidence_fields(
                        doc, before[0].start_char if before else year.start(), name_start + len(name)
                    ),
                )
            )
        return found

    def _zh_students_by_nationality(self, doc: Doc, institutions: _Institutions, known: set[str]) -> list[Person]:
        """'我校埃及籍博士研究生穆斯塔法·阿里作为留学生代表发言': an international student named with
        a nationality (籍) and no office; of the institution named right before the country, the one
        该校 speaks of, or the publisher after 我校. Looked for only where 籍 stands."""
        text, original = _zh_text(doc), doc_text(doc)
        found = []
        for at, _ in _occurrences(text, ("籍",)):
            match = _zh_student_by_nationality().match(text, at)
            country = _ZH_COUNTRY_BEFORE.search(text, max(0, at - _COUNTRY_REACH), at) if match is not None else None
            if match is None or country is None:
                continue
            name_start = match.start("name")
            name = original[name_start : match.end("name")]
            name = _trim_zh_name(name, text, name_start)
            if len(name) < 2 or name in known:
                continue
            known.add(name)
            # (the country, written right after its institution or 我校: 我校埃及籍, 江苏大学巴基斯坦籍)
            lead = max(country.start(), at - _COUNTRY_REACH + 1)
            before = [s for s in institutions.ending_between(lead - 1, at - 2) if s.end_char <= at - 2]
            found.append(
                Person(
                    name=name,
                    title=None,
                    organization=institution_ref(before[0])
                    if before
                    else self._student_organisation(doc, text, [], _first_person_end(text, lead, at)),
                    evidence=evidence_fields(doc, before[0].start_char if before else at, name_start + len(name)),
                )
            )
        return found

    def _student_organisation(self, doc: Doc, text: str, before: list[Span], start: int) -> InstitutionRef | None:
        if before:
            return institution_ref(before[0])
        lead = text[max(0, start - 4) : start]
        if lead.endswith(_ZH_THAT_INSTITUTION):
            return self._named_before_not_publisher(doc, start - 3)
        return _publisher_ref(doc) if lead.endswith(word_list("zh", "first_person.txt")) else None

    def _zh_names_before_titles(self, doc: Doc, institutions: _Institutions, known: set[str]) -> list[Person]:
        """'来自白俄罗斯国立交通大学的谢尔盖·纳扎连科副教授': looked for only after the institutions found."""
        text, pattern = _zh_text(doc), _zh_name_first()
        found = []
        for span, (start, end) in zip(institutions.spans, institutions.bounds, strict=True):
            if not text.startswith("的", end):
                continue
            match = pattern.match(text, end)
            name = doc_text(doc)[match.start("name") : match.end("name")] if match else ""
            if match is None or name in known:
                continue
            known.add(name)
            found.append(
                Person(
                    name=name,
                    title=doc_text(doc)[match.start("title") : match.end("title")],
                    organization=institution_ref(span),
                    evidence=evidence_fields(doc, start, match.end()),
                )
            )
        return found

    def _zh_names_before_bracketed_bodies(self, doc: Doc, institutions: _Institutions, known: set[str]) -> list[Person]:
        """'吴敏（浙江工业大学）、何军（杭州电子科技大学）': a name with its body alone in brackets right
        after it (maybe after its rank, 教授), where a name may open. Looked for only at the institutions
        found that fill a bracket."""
        text, original = _zh_text(doc), doc_text(doc)
        found = []
        for span, (start, end) in zip(institutions.spans, institutions.bounds, strict=True):
            if text[start - 1 : start] not in _OPEN_BRACKETS:
                continue
            # (its office may follow the body inside them: 宋蓬·宾玛尼（老挝国立大学副校长）)
            office = _zh_bracketed_office().match(text, end)
            if office is None:
                continue
            rank = next((word for word in _ZH_FORMS_OF_ADDRESS if text.endswith(word, 0, start - 1)), "")
            name_end = start - 1 - len(rank)
            name_start = _zh_bracketed_name_start(text, institutions, name_end)
            name = original[name_start:name_end] if name_start is not None else ""
            if not name or name in known:
                continue
            known.add(name)
            found.append(
                Person(
                    name=name,
                    title=original[office.start("title") : office.end("title")] or rank or None,
                    organization=institution_ref(span),
                    evidence=evidence_fields(doc, name_start, office.end()),
                )
            )
        return found

    def _zh_names_before_own_titles(self, doc: Doc, institutions: _Institutions, known: set[str]) -> list[Person]:
        """'王明副校长会见了代表团', '英国哈洛大学简·多伊副校长一行': a name, then its title, then a word
        that follows names (or punctuation); the name opens a clause, follows a preposition or the
        institution it belongs to. Looked for only where a title word starts."""
        text, original = _zh_text(doc), doc_text(doc)
        near = word_spans(doc, _zh_title_words())
        found = []
        starts, ends = near.starts, near.ends
        for index in _followed_like_own_titles(text, ends):
            first = starts[index]
            if first < 2 or (index > 0 and ends[index - 1] == first):  # (李华副省长 may open the text)
                continue  # (a title right after another)
            if not _may_end_a_name(text, first):
                continue
            office = _zh_own_title().match(text, first)
            name_start = _zh_name_ending_at(text, institutions, near, first) if office is not None else None
            if name_start is None:
                continue
            name = original[name_start:first]
            if name in known or name in _zh_not_names() or _names_a_body_zh(name):
                continue
            if "简称" in text and any(name == short for short, _ in _declared_short_forms(doc, text)):
                continue  # (斯威本副校长: the short form the page declared for a body, no person's name)
            known.add(name)
            before = institutions.ending_between(name_start, name_start)
            title = _first_of_chain(original[first : office.end("title")]) if office.group("title") else None
            fellow = None if before else _listed_fellow(text, found[-1] if found else None, name_start, title)
            found.append(
                Person(
                    name=name,
                    title=title,
                    organization=fellow.organization
                    if fellow is not None
                    else self._host_of_own_delegation(
                        doc,
                        text,
                        self._organisation_before(doc, before, office.group("title") or "", name_start),
                        name_start,
                        office.end(),
                    ),
                    evidence=evidence_fields(doc, before[0].start_char if before else name_start, office.end()),
                )
            )
        return found

    def _host_of_own_delegation(
        self, doc: Doc, text: str, organisation: InstitutionRef | None, name_start: int, end: int
    ) -> InstitutionRef | None:
        """'访问华中师范大学。刘建华副校长会见了代表团': a person given the publisher who receives the
        page's own delegation (named bare, 代表团, 我校代表团) is of the institution visited: the one named
        last before in the paragraph that is not the publisher, written after a visiting verb
        (`person_visited_verbs.txt`: 访问X, 抵达X); else `organisation`."""
        if organisation is None or _host_verb().match(text, end) is None:
            return organisation  # (looked at first: most people receive no delegation)
        own = _publisher_ref(doc)
        if own is None or _ref_key(own) != _ref_key(organisation):
            return organisation
        paragraph = text.rfind("\n", max(0, name_start - _HOST_REACH), name_start) + 1
        visited = word_list("zh", "person_visited_verbs.txt")
        for span in reversed(institutions_in(doc, max(paragraph, name_start - _HOST_REACH), name_start)):
            ref = institution_ref(span)
            if _ref_key(ref) != _ref_key(own):  # (the last other body: visited as written, else none)
                return ref if text.endswith(visited, 0, span.start_char) else organisation
        return organisation

    def _named_before_not_publisher(self, doc: Doc, position: int) -> InstitutionRef | None:
        """该校 on a page: the institution named last before it that is not the publisher (who
        speaks of itself as 我校, 学校)."""
        own = _publisher_ref(doc)
        for span in reversed(institutions_in(doc, max(0, position - 3000), position)):
            ref = institution_ref(span)
            if own is None or (ref.canonical_id or ref.name) != (own.canonical_id or own.name):
                return ref
        return None

    def _is_byline(self, text: str, start: int) -> bool:
        """`text`: the Doc's text."""
        return text[max(0, start - 8) : start].rstrip(" :：/（(").endswith(self.bylines)

    def _organisation_before(self, doc: Doc, before: list[Span], title: str, title_start: int) -> InstitutionRef | None:
        """The first of the institutions ending right `before` the title (where the evidence starts
        too); for a diplomat's bare title, the mission named last before (拜会了中国驻X大使馆教育处，与
        教育参赞王丽: a university's page names no diplomat of its own); else the publisher."""
        if before:
            return institution_ref(before[0])
        shortened = _short_form_before(doc, title_start)  # 浙外副院长 after 浙江外国语学院
        if shortened is not None:
            return shortened
        if title.endswith(_zh_diplomats()):
            mission = _mission_named_before(doc, title_start)
            if mission is not None:
                return mission
        if holds_any(title, word_list("zh", "person_government_offices.txt")):
            return None  # 省委常委、副省长陈晓平 on a university's page: no officer of the publisher
        return _publisher_ref(doc)


_HOST_REACH = 200  # characters before a host's name read for the institution visited


@functools.cache
def _host_verb() -> re.Pattern[str]:
    """'会见了代表团', '亲切会见了我校代表团一行', '接待了来访的代表团' right after a person: a host's verb
    (`person_host_verbs.txt`) whose object is the page's own delegation (no institution named in it)."""
    verbs = alternation(word_list("zh", "person_host_verbs.txt"))
    own = alternation(word_list("zh", "first_person.txt"))
    delegations = alternation(word_list("zh", "person_delegations.txt"))
    return re.compile(rf"(?:亲切|热情)?(?:{verbs})了?(?:来访的)?(?:{own})?(?:{delegations})")


def _names_a_body(name: str) -> bool:
    """ "Dean of Tongji Medical College of HUST": words read as a name that end in an organisation's or a
    unit's head word (institution_heads.tsv, person_unit_heads.txt) name a body, no person."""
    return name[name.rfind(" ") + 1 :] in _body_heads_en()


@functools.cache
def _body_heads_en() -> frozenset[str]:
    return frozenset(word_table("en", "institution_heads.tsv")) | frozenset(word_list("en", "person_unit_heads.txt"))


def _names_a_body_zh(name: str) -> bool:
    """斯威本科技大学商学院副院长Mark Jones: words read as a name before a title that end in a body's or a
    unit's head (institution_heads.tsv, unit_heads.txt: 商学院, 不是 商 + 学院) name no person."""
    return name.endswith(_body_heads_zh())


@functools.cache
def _body_heads_zh() -> tuple[str, ...]:
    return tuple({*word_table("zh", "institution_heads.tsv"), *word_list("zh", "unit_heads.txt")})


def _short_form_before(doc: Doc, title_start: int) -> InstitutionRef | None:
    """The institution whose name the page wrote before and shortens right before a title (浙江外国语学院
    ... 浙外副院长周红; 南昌大学 ... 南大副校长): a short form written as whole words (河南大学's 南大 is
    none) of one name only (`pipeline.link.short_forms`)."""
    text = _zh_text(doc)
    if title_start < 2 or not (
        "\u4e00" <= text[title_start - 1] <= "\u9fff" and "\u4e00" <= text[title_start - 2] <= "\u9fff"
    ):
        return None  # (most titles: after punctuation, a name or a Latin word)
    for short, ref in _declared_short_forms(doc, text):
        if text.endswith(short, 0, title_start):  # （以下简称斯威本）... 斯威本国际事务副校长
            return ref
    firsts = _first_characters_named(doc, text)
    for size in SHORT_FORM_SIZES:
        start = title_start - size
        if start < 0 or text[start] not in firsts or not _HAN_ONLY.fullmatch(text, start, title_start):
            continue  # (a short form opens with a name's first character: most runs before a title do not)
        name = named_by_short_form(text[start:title_start], _chinese_names_before(doc, text, start))
        if name is not None and doc.char_span(start, title_start) is not None:
            return _first_named_ref(doc, text, name)
    return None


def _named_before_declared_short(text: str, institutions: _Institutions, at: int) -> list[Span]:
    """The institution named right before a bracket declaring its short form that ends at `at`
    (莫斯科国立大学（以下简称“莫大”）第一副校长: the title's organisation); [] when none."""
    bracket = _DECLARED_SHORT_ENDING.search(text, max(0, at - _DECLARED_SHORT_REACH), at)
    if bracket is None:
        return []
    return institutions.ending_between(bracket.start() - 1, bracket.start())


_CLOSING_BRACKETS = ("）", ")")
_DECLARED_SHORT_REACH = 16  # characters of a bracket declaring a short form (（以下简称“莫大”）: 9)


# a short form the page declares in brackets right after a name: 斯威本科技大学（以下简称斯威本）
_DECLARED_SHORT = re.compile(rf"[（(](?:以下)?简称[：:]?[“\"]?(?P<short>[{HAN}]{{2,8}})[”\"]?[）)]")
_DECLARED_SHORT_ENDING = re.compile(_DECLARED_SHORT.pattern + "$")


def _declared_short_forms(doc: Doc, text: str) -> list[tuple[str, InstitutionRef]]:
    """The short forms the page declares after an institution's name (one pass a page, when a title after
    two Han characters is read for a short form), each with that institution."""
    key = "_people_declared_short_forms"
    declared = doc.user_data.get(key)
    if declared is None:
        declared = []
        if "简称" in text:
            institutions = _Institutions.of(doc)
            for match in _DECLARED_SHORT.finditer(text):
                named = institutions.ending_between(match.start() - 1, match.start())
                if named:
                    declared.append((match.group("short"), institution_ref(named[0])))
        doc.user_data[key] = declared
    return declared


def _first_characters_named(doc: Doc, text: str) -> frozenset[str]:
    """The first characters of the page's institution names (as the matching text reads them): made once
    a page, when a title after two Han characters is read for a short form."""
    key = "_people_short_form_firsts"
    firsts = doc.user_data.get(key)
    if firsts is None:
        firsts = doc.user_data[key] = frozenset([text[first] for first, _ in _Institutions.of(doc).bounds])
    return firsts


def _chinese_names_before(doc: Doc, text: str, start: int) -> list[str]:
    """The page's Chinese institution names of four characters or more written before `start` that open
    with its character."""
    opening = text[start]
    names = []
    for first, last in _Institutions.of(doc).bounds:
        if last <= start and text[first] == opening and last - first >= 4 and _HAN_ONLY.fullmatch(text, first, last):
            names.append(text[first:last])
    return names


def _first_named_ref(doc: Doc, text: str, name: str) -> InstitutionRef:
    institutions = _Institutions.of(doc)
    return institution_ref(institutions.spans[institutions.first_named(text)[name]])


_SPACES = re.compile(r"\s+")  # (a title is read with single spaces)


def _single_spaced(words: str) -> str:
    """`_SPACES.sub(" ", words)`: most words are already (printable: no whitespace but the space,
    `str.isprintable` being false for every other character `\\s` matches), and the test is cheaper."""
    return words if words.isprintable() and "  " not in words else _SPACES.sub(" ", words)


# After "Title Name" (of ORG)?: "of", "at", "in", over a country's possessive ("of Laos' Ministry ...").
_OF_LINK = re.compile(r"\s*,?\s*(?:of|at|in)\s+(?:the\s+)?")
_CLAUSE_END = re.compile(r"[.;:!?\n]|,\s*[a-z]")  # ", visited ...", ", said", ", and"
_TRAILING_LINK = re.compile(r"\s+(?:of|at|in)(?:\s+the)?\s*$")
# what an office may go on with up to its organisation: "of State", "of Engineering", "of the Graduate
# School of ..." (a unit of the organisation), not "and Provost", "of Laos'"
_OFFICE_GOES_ON = re.compile(r"(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)*")


@functools.cache
def _office_goes_on_over_and() -> re.Pattern[str]:
    """`_OFFICE_GOES_ON` over a unit whose name holds "and": "of the International Cooperation and
    Exchange Division" (a unit's head closing it, `person_unit_heads.txt`), "of the Faculty of Arts and
    Social Sciences" (a teaching unit's head opening it, `person_faculty_heads.txt`)."""
    words = r"[A-Z][\w-]*(?:\s+(?:(?:and|&)\s+)?[A-Z][\w-]*)*"
    closing = alternation(word_list("en", "person_unit_heads.txt"))
    opening = alternation(word_list("en", "person_faculty_heads.txt"))
    return re.compile(rf"\s+of\s+the\s+(?:{words}\s+(?:{closing})|(?:{opening})\s+of\s+{words})")


def _office_goes_on(rest: str) -> bool:
    """Whether the words after an office up to its organisation still belong to it (`_OFFICE_GOES_ON`)."""
    if _OFFICE_GOES_ON.fullmatch(rest):
        return True
    return " and " in rest and _office_goes_on_over_and().fullmatch(rest) is not None


# "of the Party Committee" after an office opening a chain: the capitalised name of a body of the organisation
_CHAIN_FIRST_UNIT = re.compile(r"\s+of\s+the\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,5}")
# "of the CPC " right before an institution followed by " Committee": its party committee
_PARTY_BEFORE = re.compile(r"\s+of\s+the\s+(?P<party>CPC|Communist Party of China)\s+$")
_COMMITTEE_AFTER = re.compile(r"\s+Committee\b")
_SIGNED_FOR = re.compile(r"[^.;]{0,40}?\bsigned\s+(?:it\s+|the\s+\w+\s+)?(?:for|on behalf of)\s+(?:the\s+)?")
_AT_OPENING = re.compile(r"\s*At\s+(?:the\s+)?")
_ITS_OPENING = re.compile(r"[.\s]*Its\s+(?:[a-z]+\s+)?")  # "Its (first) " opening a sentence, up to the office


@functools.cache
def _org_anaphors() -> tuple[str, ...]:
    return word_list("en", "person_org_anaphors.txt")


@functools.cache
def _org_anaphor_set() -> frozenset[str]:
    return frozenset(_org_anaphors())


_STEM = 6  # characters of a word that stand for it in a name ("provin"cial, "educat"ion)
_NOT_QUALIFIERS = frozenset({"the", "its", "their", "our", "same", "said"})


class _Anaphor:
    @staticmethod
    def match(words: str) -> re.Match[str] | None:
        return _anaphor_pattern().match(words)


@functools.cache
def _anaphor_pattern() -> re.Pattern[str]:
    return re.compile(rf"(?:[a-z]+\s+){{0,3}}({alternation(_org_anaphors())})\b")


_ANAPHOR = _Anaphor()


# "a PhD candidate in physics at X": the field studied between the student noun and the institution
_FIELD_STUDIED = re.compile(r"\s+in\s+[a-z][^,.;:()\n]{0,40}?(?=\s+at\s)")
# the student noun later in the clause of a cue that names a year or degree only ("a final-year")
_STUDENT_NOUN_LATER = re.compile(r"[^,.;:()\n]{0,50}?\b(?:students?|candidate|graduate|undergraduate|postgraduate)\b")


@functools.cache
def _student_cues() -> tuple[str, ...]:
    """ ", who graduated", ", a PhD student": the student words after a name's comma (found with the
    other literals, `_literals`)."""
    return tuple(f", {cue}" for cue in (*word_list("en", "person_students.txt"), *_student_years()))


@functools.cache
def _student_years() -> frozenset[str]:
    """'a final-year', 'a PhD': cues that need a student noun later in their clause."""
    return frozenset(word_list("en", "person_student_years.txt"))


@functools.cache
def _office_of_the() -> re.Pattern[str]:
    """ ", the school's first Leeds Director", ", the university's vice president" after "Professor
    Name": an office (maybe after an ordinal, with capitalised words naming its field or side before
    it) of the body a lower-case head word refers to, running to the clause's end."""
    offices = [t for t in _en_offices_written() if t not in _honorifics()]
    ordinals = alternation(word_list("en", "office_ordinals.txt"))
    return re.compile(
        rf",\s*the\s+(?P<head>[a-z]+)['’]s\s+(?:(?:{ordinals})\s+)?"
        rf"(?P<title>(?:[A-Z][\w-]*\s+){{0,2}}?{_one_title(f'(?i:{alternation(offices)})')}"
        rf"(?:{_LOWER_OFFICE_AREA.pattern})?)"  # ("the university's director of international cooperation")
        rf"(?=\s*[,.;]|\s+(?:and|said|says)\b)"
    )


# "Dean of the College, presided": a head word alone, capitalised, as a page calls its own body
_CAPITALISED_HEAD = re.compile(r"(?:\s*,?\s*(?:of|at)\s+the\s+)?(?P<head>[A-Z][a-z]+)(?=\s*[,.;)])")


def _capitalised_reference(doc: Doc, stop: int, start: int) -> InstitutionRef | None:
    """'Professor Li Ming, Dean of the College, presided': an office (ending at `stop`) of "the
    College", "the University" written with a capital and nothing after it, is the page's own body's
    when its name holds that word, else the last one named before the person (`start`) that does."""
    text = doc_text(doc)
    if not text.startswith((" of the ", " at the ", ", of the "), stop) and not text.endswith("the ", 0, stop):
        return None  # (the office's words may end at "of the", or run up to the head word)
    named = _CAPITALISED_HEAD.match(text, stop)
    if named is None or not text.endswith("the ", 0, named.start("head")):
        return None
    if named.group("head").lower() not in _org_anaphors():
        return None
    publisher = doc._.publisher
    head = named.group("head")
    if publisher is not None and re.search(rf"\b{head}\b", publisher.name):
        return _publisher_ref(doc)
    return _last_named_holding(doc, head, start)


def _named_by_head(doc: Doc, head: str, start: int) -> InstitutionRef | None:
    """'the school' -> the last institution named before `start` whose name holds that head word
    (SWJTU-Leeds Joint School); none such: the page's own, the publisher."""
    holding = re.compile(rf"\b{re.escape(head)}\b", re.IGNORECASE)
    return _last_named(doc, start, lambda name: holding.search(name) is not None) or _publisher_ref(doc)


@functools.cache
def _pointers() -> tuple[str, ...]:
    return tuple(w.lower() for w in word_list("en", "person_org_pointers.txt"))


@functools.cache
def _honorific_words() -> str:
    """The honorifics (`_honorifics`) as a regex that matches one only as whole words ("Dr", not "Drew")."""
    return rf"(?:{alternation(_honorifics())})(?![\w-])"


@functools.cache
def _honorifics() -> frozenset[str]:
    return frozenset((*word_list("en", "honorifics.txt"), *word_list("en", "person_styles.txt")))


@functools.cache
def _owned_office() -> re.Pattern[str]:
    """', K-State provost and executive vice president,', ", Leicester's Pro-Vice-Chancellor
    (International).": after a name's comma, the short name of an institution (a word or two in
    capitals, maybe with "'s"), then an office in any case running to the clause's end."""
    offices = "|".join(re.escape(t) for t in _en_titles() if t not in _honorifics())
    # (`*+`: an owner's word is never given back, as what follows one, a space, a tab or "'s", cannot
    # follow a shorter one)
    owner = r"[A-Z][\w&.-]*+(?:[ \t]+[A-Z][\w&.-]*+)?"
    more = r"(?:[ \t]+[a-zA-Z][\w-]*|[ \t]*\([^()\n]{1,40}\))"
    # (a trie of the offices first: where none stands, the engine does not try each in turn)
    first = alternation(t for t in _en_titles() if t not in _honorifics())
    # ("Cambodia's Minister of Education, Youth and Sport": the fields of a ministry listed with commas)
    fields = r"(?:,[ \t]+[A-Z][a-z]+(?:,[ \t]+[A-Z][a-z]+)*,?[ \t]+and[ \t]+[A-Z][a-z]+)?"
    return re.compile(
        rf",[ \t]*(?P<owner>{owner}?)(?:['’]s)?[ \t]+(?=(?i:{first}))(?P<title>(?i:{offices})\b{more}{{0,6}}?"
        rf"{fields})(?=[ \t]*[,.;])"
    )


def _owner_ref(doc: Doc, owned: re.Match[str], start: int) -> InstitutionRef | None:
    """The institution an `_owned_office` match's owner names: one starting there, else the last one
    named before the person (`start`) whose name holds the owner's words, else the publisher when
    its name does or none is named (a page's own short name: K-State on Kansas State's page)."""
    words = owned.group("owner")
    institutions = _Institutions.of(doc)
    here = institutions.starting_near(owned.start("owner"))
    if here is not None and here.start_char == owned.start("owner"):
        return institution_ref(here)
    # "Cambodia's Minister of Education": a country's office is its government's, no university's that
    # holds the country's name ("National Polytechnic Institute of Cambodia")
    national = _is_country(words)
    for span in reversed(institutions_in(doc, max(0, start - 3000), start)):
        if re.search(rf"\b{re.escape(words)}\b", facts(span).text) and (
            not national or facts(span).kind == "government"
        ):
            return institution_ref(span)
    return None if national else _publisher_ref(doc)


def _without_titles(text: str, start: int, end: int) -> tuple[int, int]:
    """'Professor Helen Marsh' -> 'Helen Marsh': a name read with the titles before it, without them."""
    while start < end:
        space = text.find(" ", start, end)
        if space < 0 or not _is_title_word(text[start:space]):
            break
        start = space + 1
    return start, end


def _is_title_word(words: str) -> bool:
    """'Vice President': an owner read from an office's own words names no institution."""
    return words.split()[0].lower() in _lower_title_words()


@functools.cache
def _lower_title_words() -> frozenset[str]:
    return frozenset(word.lower() for title in _en_titles() for word in title.split())


def _is_honorific(title: str) -> bool:
    return title in _honorifics()


def _first_office(title: str) -> str:
    """'Senior Vice Chancellor and Provost' -> the first office of a chain (a title of its own, as
    'President and Vice-Chancellor', stays whole)."""
    first, joined, rest = title.partition(" and ")
    if not joined or title in _en_offices_written() or title.lower() in _offices_in_lower_case():
        return title  # ("president and vice-chancellor", as news agencies write it, is one office too)
    # (the next office in any case: "member of the ... group and deputy director-general")
    return first if rest.lower().startswith(_lower_titles()) else title


@functools.cache
def _offices_in_lower_case() -> frozenset[str]:
    """`_en_offices_written` in lower case."""
    return frozenset(office.lower() for office in _en_offices_written())


@functools.cache
def _forms_of_address() -> frozenset[str]:
    return frozenset((*word_list("en", "forms_of_address.txt"), *word_list("en", "person_styles.txt")))


def _office_or_none(title: str | None) -> str | None:
    """A form of address alone ("Dr.", "Mr") is no office: the title is none (GUIDE: names without
    honorifics; "Professor" when no office is given)."""
    return None if not title or title in _forms_of_address() else title


# "of", "at" (maybe with "the") right before the body an office names
_BODY_LINK_BEFORE = re.compile(r"\s(?:of|at)\s+(?:the\s+)?$")
_FROM_LINK = re.compile(r"\s+from\s+(?:the\s+)?")


def _body_in_office(doc: Doc, match: re.Match[str], earlier: re.Match[str] | None) -> tuple[str, Span] | None:
    """'Rector of Ruritania State University Jane Doe', 'Vice President and Provost of Harlow University,
    Prof. Jane Doe': the office before the name (`earlier`, the one before an honorific, or the match's
    own title) closes with the body it is held in, after 'of'/'at': the first office and the body."""
    start, end = earlier.span("title") if earlier is not None else match.span("title")
    text = doc_text(doc)
    if " of " not in text[start:end] and " at " not in text[start:end]:
        return None  # (looked at first: most offices before a name name no body)
    for span in institutions_in(doc, start, end):
        link = _BODY_LINK_BEFORE.search(text, max(start, span.start_char - 8), span.start_char)
        if link is not None and _nothing_but_honorifics(text[span.end_char : end]):
            return _first_office(_single_spaced(text[start : link.start()]).strip(" ,")), span
    return None


def _nothing_but_honorifics(words: str) -> bool:
    """'', ' Professor', ' Dr.': what may stand between the body an office names and the name
    ("President of Nanchang University Professor Zhou Chuangbing": the honorific is no office)."""
    words = words.strip(" ,")
    return not words or _is_honorific(words)


# "Dean of Tongji Medical College of ", "Director of the Confucius Institute at ": an office and the unit it
# is held in (capitalised words, maybe joined by of/for/and), then the link to the body after them
_UNIT_WORDS = r"(?:the\s+)?[A-Z][\w-]*(?:\s+(?:(?:of|for|and)\s+(?:the\s+)?)?[A-Z][\w-]*){0,6}"


@functools.cache
def _office_of_unit_before_body() -> re.Pattern[str]:
    """`_office_of_body_before` in the case written, maybe with the unit the office is held in between
    ('Dean of Tongji Medical College of ', 'President of the '), ending the stretch searched (right before
    the body)."""
    offices = [t for t in _en_offices_written() if t not in _honorifics()]
    one = _one_title(f"(?i:{alternation(offices)})")
    return re.compile(rf"(?<![\w-])(?P<title>{one}(?:\s+(?:of|at)\s+{_UNIT_WORDS})?)\s+(?:of|at)\s+(?:the\s+)?$")


_UNIT_OFFICE_REACH = 120  # characters before a body read for the office of a unit of it


def _unit_office_before_body(doc: Doc, institutions: _Institutions, opening: int) -> tuple[str, Span, int] | None:
    """'Dean of Tongji Medical College of HUST Professor Chen Jianguo': an honorific right after a body
    (one space between) that an office of a unit of it names before: the office with its unit ('Dean of
    Tongji Medical College'), the body, and where the office starts. Only read where a body ends right
    before the honorific (most honorifics follow none)."""
    text = doc_text(doc)
    if opening < 2 or text[opening - 1] != " ":
        return None
    for body in institutions.ending_between(opening - 1, opening - 1):
        low = max(0, body.start_char - _UNIT_OFFICE_REACH)
        office = _office_of_unit_before_body().search(text, low, body.start_char)
        if office is not None:
            return _single_spaced(office.group("title")), body, office.start("title")
    return None


def _office_of_body_in_commas(doc: Doc, institutions: _Institutions, opening: int) -> tuple[str, Span, int] | None:
    """'The President of the University of Harlow, Professor Jane Doe': an office naming its body after
    'of (the)'/'at (the)', the body, a comma, then the honorific: the office, the body, and where the
    office starts. Only read where a body ends right before the comma (most honorifics follow none)."""
    text = doc_text(doc)
    comma = opening - 2 if text.startswith(", ", opening - 2) else opening - 1
    if comma < 1 or text[comma] != ",":
        return None
    for body in institutions.ending_between(comma, comma):
        if not text.endswith(_BODY_LINKS, 0, body.start_char):
            continue  # (looked at first: "the University of Harlow, Professor Jane Doe" holds no office)
        office = _office_of_body_before().search(text, max(0, body.start_char - 100), body.start_char)
        if office is not None:
            return _first_office(_single_spaced(office.group("title"))), body, office.start("title")
    return None


_LED_BY = ("led by", "headed by")
_LED_BY_ANY = (*_LED_BY, "led by its", "headed by its")  # ("It was led by its Registrar, ...": the delegation's)
_DELEGATION_FROM = re.compile(r"\bdelegation\s+(?:from|of)\s+(?:the\s+)?$", re.IGNORECASE)
_DELEGATION_REACH = 1500  # characters before a sentence read for the delegation it speaks of


def _delegation_origin(doc: Doc, start: int) -> Span | None:
    """The body of the delegation named last before `start`: "a delegation from X", "X delegation"."""
    text = doc_text(doc)
    low = max(0, start - _DELEGATION_REACH)
    if text.find("delegation", low, start) < 0:
        return None  # (looked at first: most pages name no delegation before a leader)
    for span in reversed(institutions_in(doc, low, start)):
        if _DELEGATION_FROM.search(text, max(0, span.start_char - 24), span.start_char) or text.startswith(
            (" delegation", "'s delegation", "’s delegation"), span.end_char
        ):
            return span
    return None


def _named_last_in_sentence(doc: Doc, start: int) -> Span | None:
    """'On behalf of Harlow University, Professor Jane Doe, its Vice-President': the institution named
    last before `start` in its sentence, that "its" points to."""
    text = doc_text(doc)
    sentence_start = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start), 0)
    named = institutions_in(doc, sentence_start, start)
    return named[-1] if named else None


def _from_institution(doc: Doc, institutions: _Institutions, position: int) -> Span | None:
    """'Professor Wang Ming from Nanchang University': the body a person comes from, starting right
    after the 'from' that follows the name (at `position`)."""
    text = doc_text(doc)
    if not text.startswith(" from ", position):
        return None
    link = _FROM_LINK.match(text, position)
    return institutions.starting_near(link.end()) if link is not None else None


@functools.cache
def _apposed_name() -> re.Pattern[str]:
    """', Jane Doe,', ', Professor Jane Doe,' after a body: a name in commas (maybe after an honorific)."""
    honorifics = "|".join(re.escape(t) for t in sorted(_honorifics(), key=len, reverse=True))
    return re.compile(rf",\s*(?:(?:{honorifics})\s+)?(?P<name>{_EN_NAME})(?=\s*,)")


_Range = tuple[int, int]
_BODY_LINKS = (" of ", " at ", " of the ", " at the ")  # how an office before its body ends


def _office_of_body_then_name(text: str, first: int, last: int) -> tuple[_Range, _Range] | None:
    """'The President of Harlow University, Jane Doe,' around a body (first:last): the name's and the
    office's ranges."""
    if not text.startswith(",", last) or not text.endswith(_BODY_LINKS, 0, first):
        return None  # (looked at first: most bodies stand in no such apposition)
    named = _apposed_name().match(text, last)
    office = _office_of_body_before().search(text, max(0, first - 100), first) if named is not None else None
    return None if office is None else (named.span("name"), office.span("title"))


def _name_and_office_before_body(text: str, first: int) -> tuple[_Range, _Range] | None:
    """'signed by Jane Doe, President, Harlow University': a name, its comma, an office (in any case,
    maybe a chain of two) and a comma right before a body (at `first`): the name's and the office's
    ranges."""
    if not text.endswith((",", ", "), 0, first):
        return None
    comma = text.rfind(",", 0, first)
    previous = text.rfind(",", max(0, comma - 60), comma)
    words = text[previous + 1 : comma]
    opening = words.split(None, 1)[0].lower() if previous >= 0 and words.strip() else ""
    if opening not in _lower_title_words():
        return None  # (looked at first: "A University, B University, C University" is a list of bodies)
    office = _office_alone().fullmatch(text, previous + 1, comma)
    named = _name_before_comma().search(text, max(0, previous - 60), previous + 1) if office is not None else None
    if named is None:
        return None
    return _without_titles(text, *named.span("name")), office.span("title")


@functools.cache
def _office_alone() -> re.Pattern[str]:
    """' President', ' Vice President and Provost': an office (in any case, maybe a chain of two)
    between commas."""
    offices = [t for t in _en_offices_written() if t not in _honorifics()]
    one = _one_title(f"(?i:{alternation(offices)})")
    return re.compile(rf"\s*(?P<title>(?:{one}\s+and\s+)?{one})\s*")


@functools.cache
def _office_of_body_before() -> re.Pattern[str]:
    """'The President of ', 'Vice President and Provost of ', 'the dean at ' ending the stretch
    searched (right before a body): an office (in any case, maybe a chain of two) and its link."""
    offices = [t for t in _en_offices_written() if t not in _honorifics()]
    one = _one_title(f"(?i:{alternation(offices)})")
    return re.compile(rf"(?<![\w-])(?P<title>(?:{one}\s+and\s+)?{one})\s+(?:of|at)\s+(?:the\s+)?$")


@functools.cache
def _lower_titles() -> tuple[str, ...]:
    return tuple(t.lower() for t in _en_titles())


def _office(title: str) -> str:
    """'Vice-Chancellor Professor', 'President Dr.' -> the office; an honorific alone stays."""
    words = title.split(" ")
    while len(words) > 1:
        if len(words) > 2 and " ".join(words[-2:]) in _honorifics():
            words = words[:-2]
        elif words[-1] in _honorifics():
            words = words[:-1]
        else:
            break
    return " ".join(words)


@functools.cache
def _office_after() -> re.Pattern[str]:
    """', Pro-Vice-Chancellor (International)', ', Vice-Rector for International Relations', ',
    Deputy Vice-Chancellor: Global' after "Professor Name": the office, with no organisation (also one
    read only after a name's comma, person_titles.txt: "Dr Carol Park, Registrar")."""
    titles = [t for t in (*_en_offices_written(), *word_list("en", "person_titles.txt")) if t not in _honorifics()]
    # (in any case, its area too: "Professor Katrin Vogel, vice-president for international affairs of ...")
    one = _one_title(f"(?i:{alternation(titles)})")
    word = r"(?!(?:of|at|in|the)\b)[A-Za-z][\w-]*"  # (an area's word, never the link to its body)
    area = rf"(?:\s+for\s+{word}(?:\s+(?:and\s+)?{word}){{0,3}}|:\s*[A-Z][\w-]*)?"
    return re.compile(rf",\s*(?P<its>its\s+)?(?P<title>{one}{area})(?=\s*[,.;]|\s+(?:and|of|at|signed|said)\b)")


@functools.cache
def _office_before() -> re.Pattern[str]:
    """'led by its Vice-Rector for Academic Affairs, Dr. Name', "its president, Dr Name", "the
    University's Deputy Vice-Chancellor: Global, Professor Name": an office (in any case, maybe with
    its area after a colon), then a comma, ending the stretch searched (right before an honorific and
    the name). Offices read only after a comma count here too: "led by its Registrar, Professor Name"."""
    written = (*_en_offices_written(), *word_list("en", "person_titles.txt"))
    offices = [t for t in dict.fromkeys(written) if t not in _honorifics()]
    area = r"(?::\s*[A-Z][\w-]*)?"
    one = _one_title(f"(?i:{alternation(offices)})")
    # ("The Dean of the School of Engineering, Professor Name": the unit the office is held in is the
    # office's, GUIDE; a unit by its head word, person_unit_heads.txt, no body)
    heads = alternation(word_list("en", "person_unit_heads.txt"))
    proper = r"[A-Z][\w-]*(?:\s+(?:and\s+)?[A-Z][\w-]*){0,4}"
    unit = rf"(?:\s+of\s+the\s+(?:[A-Z][\w-]*\s+){{0,4}}(?:{heads})(?:\s+(?:of|for)\s+(?:the\s+)?{proper})?)?"
    return re.compile(rf"(?<![\w-])(?P<title>(?:{one}\s+and\s+)?{one}{area}{unit})\s*,\s*$")


def _office_before_honorific(text: str, opening: int) -> re.Match[str] | None:
    """`_office_before` searched in the 100 characters before `opening`, when they end with a comma
    (then whitespace), as its every match does: a search tries each of them otherwise."""
    low = max(0, opening - 100)
    if not text[low:opening].rstrip().endswith(","):  # (`str.rstrip` strips what `\s` matches)
        return None
    return _office_before().search(text, low, opening)


# "Vice Minister of Education": an office that names its ministry
@functools.cache
def _headline_verbs() -> frozenset[str]:
    """`en/person_headline_verbs.txt`: the title-case verbs of headlines that open no name."""
    return frozenset(word_list("en", "person_headline_verbs.txt"))


@functools.cache
def _lower_case_office() -> re.Pattern[str]:
    """An office (titles.txt, person_titles_before_names.txt, no form of address) written in lower case,
    maybe after modifiers and with its area ("of education", "of Astana", "to Thailand"), right before a
    name that no honorific opens. Every match opens with a lower-case letter where no word, apostrophe or
    hyphen stands before."""
    modifiers, offices = _lower_case_office_words()
    area = r"(?:\s+(?:of|for|to)\s+(?:[a-z]+(?:\s+(?:and\s+)?[a-z]+){0,2}|[A-Z][a-z]+))?"
    title = rf"(?:(?:{alternation(modifiers)})[\s-]+){{0,{_MODIFIERS_MOST}}}(?:{alternation(offices)}){area}"
    return re.compile(rf"(?<![\w'’-])(?P<title>{title})\s+(?!{_honorific_words()})(?P<name>{_EN_NAME})(?![\w-])")


@functools.cache
def _lower_case_office_words() -> tuple[list[str], list[str]]:
    """The modifiers and the offices of `_lower_case_office`, in lower case, longest first."""
    addresses = {w.lower() for w in (*_honorifics(), *_forms_of_address())}
    offices = sorted({w.lower() for w in _en_offices_written()} - addresses, key=len, reverse=True)
    return sorted({w.lower() for w in _en_modifiers()}, key=len, reverse=True), offices


@functools.cache
def _lower_case_office_openings() -> tuple[str, ...]:
    """The first words (letters up to a space, hyphen or apostrophe) of the modifiers and offices that open
    a `_lower_case_office` match; empty when one opens with no letter (the matches are then searched for
    throughout)."""
    openings = [_LETTERS.match(w) for w in itertools.chain(*_lower_case_office_words())]
    if not all(openings):
        return ()
    return tuple(sorted({opening.group() for opening in openings if opening is not None}))


_LETTERS = re.compile(r"[^\W\d_]+")


def _lower_case_office_matches(doc: Doc, text: str) -> Iterator[re.Match[str]]:
    """`_lower_case_office().finditer(text)`, tried only where the first word of a modifier or an office
    stands (`word_spans`: the page's one pass over its lower-cased text), not at each character: a match
    opens with one after no letter, so at the start of one of those spans (letters only, a span over the
    match's start would hold the letter the match forbids before it). A Doc whose lower-cased text is not
    the text's length (a letter lower-cased into two) is searched throughout."""
    pattern = _lower_case_office()
    openings = _lower_case_office_openings()
    if not openings or len(matching_text(doc)) != len(text):
        yield from pattern.finditer(text)
        return
    end = 0
    for start in word_spans(doc, openings).starts:
        if start >= end:
            match = pattern.match(text, start)
            if match is not None:
                end = match.end()
                yield match


_MINISTRY_OF_LOWER = re.compile(r"\bminister\s+of\s+(?P<field>[a-z]+(?:\s+(?:and\s+)?[a-z]+){0,2})$")


def _ministry_of_lower_case_office(doc: Doc, title: str) -> InstitutionRef | None:
    """'vice minister of education Wu Yan': the Ministry of Education the text names (in any case)."""
    office = _MINISTRY_OF_LOWER.search(title) if "minister" in title else None
    if office is None:
        return None
    ministry = f"ministry of {office.group('field')}"
    for span, known in zip(institution_spans(doc), institution_facts(doc), strict=True):
        if known.text.lower() == ministry:
            return institution_ref(span, known)
    return None


_MINISTER_OF = re.compile(r"\bMinister\s+of\s+(?P<field>[A-Z][\w-]*(?:\s+(?:and\s+)?[A-Z][\w-]*){0,3})$")


def _ministry_of_office(doc: Doc, title: str | None) -> InstitutionRef | None:
    """'Vice Minister of Education Zheng Haiyan': the Ministry of Education the text names."""
    # (every match holds "Minister": looked for first with `in`, the search tries each place of the title)
    office = _MINISTER_OF.search(title) if title and "Minister" in title else None
    if office is None:
        return None
    ministry = f"Ministry of {office.group('field')}"
    # (the names as read once per Doc: a `span.text` joins the span's tokens on every read)
    for span, known in zip(institution_spans(doc), institution_facts(doc), strict=True):
        if known.text == ministry:
            return institution_ref(span, known)
    return None


_FIELD = re.compile(r"(?P<field>[A-Z][\w-]*(?:\s+(?:and\s+)?[A-Z][\w-]*){0,3})\b")
_OF_FIELD = re.compile(r"\s+of\s+" + _FIELD.pattern)


def _ministry_after_office(doc: Doc, title: str | None, stop: int) -> InstitutionRef | None:
    """ "Tian Xuejun, Vice Minister of Education, said": the office read without its field, the
    Ministry of Education the text names (as `_ministry_of_office` reads a title that holds it)."""
    if not title or not title.endswith("Minister"):
        return None
    text = doc_text(doc)
    # (the words may stop before the "of" or after it, "Vice Minister of " read as the office and its link)
    field = _OF_FIELD.match(text, stop) or (_FIELD.match(text, stop) if text.endswith("of ", 0, stop) else None)
    return _ministry_of_office(doc, f"{title} of {field.group('field')}") if field is not None else None


_DIPLOMAT = re.compile(r"\b(?:Ambassador|Consul|Counsell?or|Attach[eé])")
_DIPLOMAT_WORDS = ("Ambassador", "Consul", "Counsel", "Attach")  # (one of them stands in every match)
_MISSION_WORDS = ("Embassy", "Consulate")


@functools.cache
def _country_pattern() -> re.Pattern[str]:
    from pipeline.link.countries import load_countries

    words = [w for w in load_countries().words() if w.isascii()]
    return re.compile(rf"\b(?:{alternation(words)})\b")


def _is_country(name: str) -> bool:
    """ "..., Deputy Vice-Chancellor of the University of Canterbury, New Zealand": a country is no name."""
    return _country_pattern().fullmatch(name) is not None


def _mission_of_diplomat(doc: Doc, title: str | None, stop: int) -> InstitutionRef | None:
    """'X, Ambassador Extraordinary and Plenipotentiary of the Republic of Kazakhstan to China': a
    diplomat of a country named after the office (no institution there) serves in that country's
    embassy or consulate, when the text names one."""
    if not title or not holds_any(title, _DIPLOMAT_WORDS) or not _DIPLOMAT.search(title):
        return None  # (the words looked for first with `in`: the search tries each place of the title)
    from pipeline.link.countries import load_countries

    text = doc_text(doc)
    clause = _CLAUSE_END.search(text, stop, stop + 100)
    country = _country_pattern().search(text, stop, clause.start() if clause else stop + 100)
    code = load_countries().code(country.group(0)) if country else None
    if code is None:
        return None
    for span, known in zip(institution_spans(doc), institution_facts(doc), strict=True):
        if known.country == code and holds_any(known.text, _MISSION_WORDS):
            return institution_ref(span, known)
    return None


_ENVOY_WORDS = ("Ambassador", "Chargé", "Charge", "Consul")  # heads of a mission: they speak for it
_ENVOY_REACH = 300  # characters before an envoy's words read for the mission named last
_NATIONALITY_REACH = 24  # characters before the office read for the country it serves ("Chinese Ambassador")


def _mission_before_envoy(doc: Doc, title: str | None, start: int) -> InstitutionRef | None:
    """ "The Chinese Embassy in Poland held a reception ... Chargé d'affaires a.i. Wang Zhiyong spoke":
    the head of a mission (`_ENVOY_WORDS`) the text names by an office written before the name alone
    serves in the last embassy or consulate named before (within `_ENVOY_REACH`), of the country
    written before the office if one is ("Chinese Ambassador to Thailand": no Thai embassy's)."""
    if not title or not title.startswith(_ENVOY_WORDS):
        return None
    text = doc_text(doc)
    if not text.startswith(title, start):
        return None  # the office written after the name ("Ole Dahl, Consul of Denmark"): its own words tell
    from pipeline.link.countries import load_countries

    before = text[max(0, start - _NATIONALITY_REACH) : start].rstrip()
    # (the country's word right before the office, as in "Chinese Ambassador"; else any mission's)
    country = _country_pattern().search(before, before.rfind(" ") + 1)
    code = load_countries().code(country.group(0)) if country and country.end() == len(before) else None
    for span in reversed(institutions_in(doc, max(0, start - _ENVOY_REACH), start)):
        known = facts(span)
        if holds_any(known.text, _MISSION_WORDS) and (code is None or known.country == code):
            return institution_ref(span)
    return None


# "法国驻武汉" right before a title: a country's mission in a city, named by its office's words
@functools.cache
def _stationed() -> re.Pattern[str]:
    return re.compile(rf"[{HAN}]{{2,8}}驻[{HAN}]{{1,6}}$")


_ZH_MISSIONS = ("总领事馆", "领事馆", "大使馆", "使馆")


def _zh_mission(doc: Doc, text: str, title_start: int) -> InstitutionRef | None:
    """'法国驻武汉总领事马克·博兰': the diplomat of the mission the text names 法国驻武汉总领事馆
    (the words before the title and a mission's head). `text`: the matching text."""
    low = max(0, title_start - 14)
    # (looked for first with `find`: the pattern's search tries each place of the stretch, and most
    # titles stand after no 驻)
    stationed = _stationed().search(text, low, title_start) if text.find("驻", low, title_start) >= 0 else None
    if stationed is None:
        return None
    institutions = _Institutions.of(doc)
    named = institutions.first_named(text)
    for start in range(stationed.start(), title_start - 2):  # (words before the country's name first)
        prefix = text[start:title_start]
        # the first institution named the words and a mission's head: looked up by name, not a look
        # at each institution
        found = [index for mission in _ZH_MISSIONS if (index := named.get(prefix + mission)) is not None]
        if found:
            return institution_ref(institutions.spans[min(found)])
    return None


@functools.cache
def _zh_diplomats() -> tuple[str, ...]:
    return word_list("zh", "person_diplomat_titles.txt")


_MISSION_REACH = 300  # characters before a diplomat's title read for the mission named last


def _mission_named_before(doc: Doc, title_start: int) -> InstitutionRef | None:
    """The last institution before `title_start` (within the reach) named as a mission (大使馆,
    领事馆) or one of its sections (大使馆教育处)."""
    for span in reversed(institutions_in(doc, max(0, title_start - _MISSION_REACH), title_start)):
        if holds_any(facts(span).text, _ZH_MISSION_WORDS):
            return institution_ref(span)
    return None


_ZH_MISSION_WORDS = ("使馆", "领事馆", "代表处")


# "Leeds's China Office": an institution called by a word of its name, with the unit it owns
_SHORT_POSSESSIVE = re.compile(r"(?P<short>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)['’]s\s")


def _shortened_before(doc: Doc, start: int, position: int) -> InstitutionRef | None:
    """'Sam Okafor, Director of Leeds's China Office' after 'the University of Leeds': the last
    institution named before the person (`start`) whose name holds the words before the "'s"
    standing at `position`."""
    short = _SHORT_POSSESSIVE.match(doc_text(doc), position)
    return None if short is None else _last_named_holding(doc, short.group("short"), start)


# "Bauman's rector, ", "HIT's president ": a short name with "'s" right before an office (not "the
# University's", the page's own)
@functools.cache
def _possessor_pattern() -> re.Pattern[str]:
    return re.compile(r"(?<![\w-])(?<!the )(?P<short>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)['’]s\s+$")


def _possessor_before(doc: Doc, start: int) -> InstitutionRef | None:
    """ "Bauman's rector, Sergei Volkov" after 'Bauman Moscow State Technical University': the office
    starting at `start` held in the institution last named before whose name holds the possessor's
    words (or whose initials it is)."""
    text = doc_text(doc)
    if not text.endswith(("'s ", "’s "), max(0, start - 3), start):
        return None
    short = _possessor_pattern().search(text, max(0, start - 40), start)
    return None if short is None else _last_named_holding(doc, short.group("short"), short.start())


# between the host and "by": "received at X in Cheongju by Dr. Y", "welcomed at X by"
_HOST_TO_BY = re.compile(r",?(?:\s+in\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)?,?\s+by\s+")
_AT_BEFORE = re.compile(r"\bat\s+(?:the\s+)?$")


def _host_before_by(doc: Doc, start: int) -> InstitutionRef | None:
    """'the delegation was received at Chungbuk National University in Cheongju by Dr. Kim': a
    person named with no organisation of their own, right after "at X ... by", is the host's."""
    text = doc_text(doc)
    if not text.endswith(" by ", max(0, start - 4), start):
        return None
    for span in reversed(institutions_in(doc, max(0, start - 200), start)):
        if not _HOST_TO_BY.fullmatch(text, span.end_char, start):
            return None  # (only the last one named before can be the host)
        at = _AT_BEFORE.search(text, max(0, span.start_char - 8), span.start_char)
        return institution_ref(span) if at is not None else None
    return None


# "visited X, where ... held talks with": the place visited ("called at X", "flew north to X": the
# place a delegation reaches), then ", where" (X maybe with its short form and its city)
_VISITED_BEFORE = re.compile(
    r"\b(?:visited|called\s+at|arrived\s+(?:at|in)|(?:flew|travell?ed|went|moved|drove|headed)(?:\s+on|\s+north"
    r"|\s+south|\s+east|\s+west)?\s+to)\s+(?:the\s+)?$"
)
_WHERE_AFTER = re.compile(r"(?:\s*\([A-Z][\w-]*\))?(?:\s+in\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)?,\s+where\s")
_MET_ENDINGS = (" with ", " by ", " met ")  # (the words right before a person met: "talks with", "received by")
_WHERE_REACH = 240  # characters read back from a person met for the ", where" of the visit


def _met_where_visited(doc: Doc, start: int) -> InstitutionRef | None:
    """'the delegation visited the University of X, where Vice President Sun held talks with
    Vice-Rector Y': a person met (after "with", "by", "met") in the clause after a visited
    institution's ", where" is that institution's."""
    text = doc_text(doc)
    if not text.endswith(_MET_ENDINGS, max(0, start - 6), start):
        return None
    low = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start), start - _WHERE_REACH, 0)
    where = text.rfind(", where ", low, start)
    if where < 0 or text.find(",", where + 1, start) >= 0:
        return None  # (no ", where" in the sentence, or a clause between: the person is not met there)
    for span in reversed(institutions_in(doc, low, where)):
        if text[span.start_char - 1] == "(" and text.startswith(")", span.end_char):
            continue  # (the short form in brackets after the name: "the Malta College ... (MCAST) in Paola")
        if not _WHERE_AFTER.match(text, span.end_char):
            return None  # (only the last one named before ", where" is the place visited)
        visited = _VISITED_BEFORE.search(text, max(0, span.start_char - 28), span.start_char)
        return institution_ref(span) if visited is not None else None
    return None


def _last_named_holding(doc: Doc, words: str, start: int) -> InstitutionRef | None:
    """The last institution named before `start` (within 3000 characters) whose longer name holds
    `words` ("Leeds", "Bauman") or, for capitals alone, is spelled by their initials (HIT: Harbin
    Institute of Technology)."""
    holding = re.compile(rf"\b{re.escape(words)}\b")
    return _last_named(
        doc, start, lambda name: name != words and (holding.search(name) is not None or _initials(name) == words)
    )


def _last_named(doc: Doc, start: int, holds: Callable[[str], bool]) -> InstitutionRef | None:
    """The last institution named before `start` (within 3000 characters) whose name `holds`."""
    for span in reversed(institutions_in(doc, max(0, start - 3000), start)):
        if holds(facts(span).text):
            return institution_ref(span)
    return None


def _initials(name: str) -> str:
    """'Harbin Institute of Technology' -> 'HIT': the first letters of its capitalised words."""
    # (a list: compiled, join() of a generator would build one)
    return "".join([word[0] for word in name.split() if word[:1].isupper()])


def _names_other_than_alliances(spans: list[Span]) -> bool:
    """Whether one of `spans` names an institution that is no alliance."""
    for span in spans:  # noqa: SIM110 - compiled, any() of a generator would build one
        if facts(span).kind != "alliance":
            return True
    return False


def _publisher_ref(doc: Doc) -> InstitutionRef | None:
    """The publisher's reference, made once per Doc (a bare title names the publisher's officer,
    often a page's every person; the records share it, as they share institutions' references)."""
    key = "_people_publisher_ref"
    if key not in doc.user_data:
        publisher = doc._.publisher
        doc.user_data[key] = publisher.ref() if publisher is not None else None
    return doc.user_data[key]


def _unit_start(text: str, institutions: _Institutions, title_start: int) -> int:
    """又石大学国际交流处处长, 英国文化教育协会中国区教育总监: the unit, or the few words of a field or
    region, between institution and title belong to the title (not a verb: 南昌大学会见副校长…);
    国际合作与交流处处长 with no institution before: the publisher's unit, the title's too.
    `text`: the matching text."""
    for span in institutions.ending_between(title_start - 12, title_start - 2):
        gap = text[span.end_char : title_start]
        if (_HAN_ONLY.fullmatch(gap) or _unit_listing_fields(gap)) and (
            gap.endswith(_UNIT_SUFFIXES) or _is_qualifier(gap)
        ):
            if not _office_then_joiner(gap):
                return span.end_char
            break  # 宁波大学副校长陈刚和国际交流处处长: another person's words stand between; the unit is alone
    units, last = _zh_units(), text[title_start - 1 : title_start]
    if last not in units.last_characters:
        return title_start  # (looked at first: most titles follow no unit, nor a word ending like one)
    for unit in units.starting_at.get(last, ()):  # (longest first)
        if text.endswith(unit, 0, title_start) and _opens_a_unit(text, title_start - len(unit)):
            return title_start - len(unit)
    return _unit_written_alone(text, institutions, title_start)


def _unit_listing_fields(gap: str) -> bool:
    """工程、环境与计算学院: a unit named by fields (disciplines.txt) listed with 、, the last one's name
    going on to the unit's head."""
    if "、" not in gap:
        return False  # (most gaps)
    parts = gap.split("、")
    return all(_only_fields(part) for part in parts[:-1]) and bool(_HAN_ONLY.fullmatch(parts[-1]))


def _past_listed_fields(title: str) -> str:
    """The title up to the first piece between 、 marks that is no field word (工程、环境与计算学院院长 whole)."""
    parts = title.split("、")
    at = 0
    while at < len(parts) - 1 and _only_fields(parts[at]):
        at += 1
    return "、".join(parts[: at + 1])


def _only_fields(words: str) -> bool:
    return bool(words) and _fields_pattern().fullmatch(words) is not None


@functools.cache
def _fields_pattern() -> re.Pattern[str]:
    """Field words (disciplines.txt), one or more, maybe joined by 与 和 及."""
    words = sorted(word_list("zh", "disciplines.txt", split_spaces=True), key=len, reverse=True)
    return re.compile(f"(?:{'|'.join(map(re.escape, words))}|与|和|及)+")


_UNIT_RUN_MAX = 14  # characters: 汽车与交通工程学院, 中国联络处; longer runs are clauses, not a unit's name


def _unit_written_alone(text: str, institutions: _Institutions, title_start: int) -> int:
    """机械工程学院院长孙涛, ，教育处参赞张立新, …教授及中国联络处主任王思远: a unit named alone
    (the run of Chinese characters before the title, from after its last word a name never extends
    over) is the title's, when it ends like a unit and no institution ends at the title."""
    if not text.endswith(_UNIT_SUFFIXES, 0, title_start) or institutions.ending_between(title_start, title_start):
        return title_start
    low = max(0, title_start - _UNIT_RUN_MAX - 4)
    run = _han_run_before().search(text, low, title_start)
    if run is None:
        return title_start
    start = _last_unit_start(text, run.start(), title_start)
    unit = text[start:title_start]
    if len(unit) < 3 or len(unit) > _UNIT_RUN_MAX or unit in _UNIT_SUFFIXES or institutions.holds(start, title_start):
        return title_start
    return start


def _office_then_joiner(gap: str) -> bool:
    """Whether an office stands before a joining word in `gap` (副校长陈刚和国际交流处: another person's),
    unlike a unit's own joiner (农业与生命科学学院, 国际合作与交流处) or an office's unit (校长办公室)."""
    for boundary in _name_boundary().finditer(gap):  # noqa: SIM110 (a loop, compiled: no generator)
        if holds_any(gap[: boundary.start()], _zh_titles()):
            return True
    return False


def _last_unit_start(text: str, start: int, title_start: int) -> int:
    """Where a unit's name before a title opens, reading from `start`: after the last word a name never
    extends over, unless that word joins inside the unit's name. Read left to right, so that in
    副校长陈刚和国际合作与交流处 the 和 after a person ends the stretch before the 与 of the unit is
    judged (against 国际合作 alone)."""
    for boundary in _name_boundary().finditer(text, start, title_start):
        if boundary.start() >= start and not _joins_inside_a_unit(text, start, boundary.start(), boundary.group()):
            start = boundary.end()
    return start


# an office's field written in lower case after it, up to the clause's end: "director of international
# exchange", "vice president for international affairs" (not "in charge of ...", which says what it does)
_LOWER_OFFICE_AREA = re.compile(r"\s+(?:for|of)\s+[a-z][\w-]*(?:\s+(?:and\s+)?[a-z][\w-]*){0,3}(?=\s*[,.;])")


# a unit's capitalised words after an institution's short name, up to the clause's or the office's end
_SHORT_NAME_UNIT = re.compile(r" [A-Z][\w&'’-]*(?: [A-Z][\w&'’-]*){0,3}(?=\s*[,.;)]|\s+(?:at|in|of)\s)")


def _unit_after_short_name(doc: Doc, text: str, organisation: Span) -> int | None:
    """ "Director of UCD Global", "Dean of UCL Engineering", "Pro-Vice-Provost of UCL Global
    Engagement": an office of a unit written as the institution's one-word short name and capitalised
    words (naming no institution) is the unit's, its words part of the title. Where those words end."""
    if " " in text[organisation.start_char : organisation.end_char]:
        return None  # (a full name: "Dean of Nanchang University Medical College" names the college)
    unit = _SHORT_NAME_UNIT.match(text, organisation.end_char)
    if unit is None or institutions_in(doc, organisation.end_char, unit.end()):
        return None
    return unit.end()


# between two members of a list: the first one's form of address, then a joining word
@functools.cache
def _list_join() -> re.Pattern[str]:
    return re.compile(r"(?:副?教授|博士|先生|女士)?[、及和与]")


@functools.cache
def _list_join_or_comma() -> re.Pattern[str]:
    return re.compile(r"(?:副?教授|博士|先生|女士)?[、及和与，,]")


def _fellow_member(
    text: str, previous: Person | None, title_start: int, *, doc: Doc, title: re.Match[str]
) -> InstitutionRef | None:
    """代表团成员包括亚琛工业大学国际办公室主任A、机械工程学院院长B及中国联络处主任C: in a
    delegation's list, a member with no institution before the title is of the previous member's
    (named, in the same sentence, right before the joining word). `text`: the matching text."""
    if previous is None or previous.organization is None:
        return None
    if _list_join_or_comma().fullmatch(text, previous.evidence.end, title_start) and (
        _third_person(doc, title) or _colleague_of(doc, previous, title.group("title"), title_start)
    ):
        # a page in the third person has no officers of its own a bare title could name: in a list
        # (南昌大学党委副书记、校长李文华，副校长彭云), the member named right before is the one to follow
        return previous.organization
    gap = _list_join().fullmatch(text, previous.evidence.end, title_start)
    if gap is None:
        return None
    sentence = text.rfind("。", 0, title_start) + 1
    closing = text.find("。", title_start)
    # the delegation named before the list, or after it (…主任C一行访问我校)
    around = text[sentence : previous.evidence.start] + "|" + text[title_start : closing if closing >= 0 else None]
    return previous.organization if holds_any(around, word_list("zh", "person_delegations.txt")) else None


def _opens_a_role(
    text: str, start: int, role_words: tuple[str, ...], firsts: frozenset[str], sides: tuple[str, ...]
) -> bool:
    """Whether an institution's role word (理事长单位) stands at `start`, maybe after a side word
    (中方理事长单位, `sides`). Asked for every match on a page: the character at `start` is looked up
    among the role words' `firsts` before the words themselves are tried."""
    if text.startswith(sides, start):
        start += 2  # (中方, 外方: two characters each, tested in test_people_s15_rules.py)
    return text[start : start + 1] in firsts and text.startswith(role_words, start)


def _colleague_of(doc: Doc, previous: Person, title: str, title_start: int) -> bool:
    """Whether a bare title listed right after `previous` is of `previous`'s body on a university's own
    page: a joint institute's other side (中方院长A、外方院长B), or an office no university holds alone
    after a government official (省教育厅副厅长刘国强、国际合作与交流处处长钟敏; not 副校长周红)."""
    if title.startswith(word_list("zh", "person_title_modifiers.txt")):
        return True
    if title.endswith(word_list("zh", "person_campus_offices.txt")):
        return False
    start = previous.evidence.start
    for span in institutions_in(doc, start, previous.evidence.end):  # (the body opens the person's words)
        if span.start_char == start and facts(span).kind == "government":
            return title_start > start
    return False


def _third_person(doc: Doc, title: re.Match[str]) -> bool:
    """Whether a page names no publisher and the title (a `_zh_pattern` match's) is no diplomat's (whose
    bare title is the mission's named before: `_organisation_before`)."""
    return _publisher_ref(doc) is None and not title.group("title").endswith(_zh_diplomats())


@functools.cache
def _han_run_before() -> re.Pattern[str]:
    return re.compile(rf"[{HAN}]+$")


_UNIT_JOINERS = ("与", "和")  # inside a unit's name: 汽车与交通工程学院, 国际合作与交流处


def _joins_inside_a_unit(text: str, start: int, at: int, word: str) -> bool:
    """Whether the joining `word` at `at` is inside the unit's name: what stands before it (from
    `start`) is a field (汽车), not a person (陈国平与…) nor an office (副校长李晓燕与…)."""
    if word not in _UNIT_JOINERS or at - start < 2:
        return False
    before = text[start:at]
    if holds_any(before, _zh_titles()):
        return False
    return not (len(before) <= 3 and before.startswith(word_list("zh", "surnames.txt", split_spaces=True)))


@functools.cache
def _zh_name_boundaries() -> tuple[str, ...]:
    return word_list("zh", "name_boundaries.txt")


@functools.cache
def _name_boundary() -> re.Pattern[str]:
    """Any of `_zh_name_boundaries`: whether a stretch holds one is one search, not a `in` per word."""
    return re.compile(alternation(_zh_name_boundaries()))


# an academic rank written after a name (简·多伊教授、...): no office opening a chain
_ZH_FORMS_OF_ADDRESS = ("副教授", "教授")


@functools.cache
def _office_before_a_chain() -> re.Pattern[str]:
    """'校长、' then a few words ending right before the next office: 我校校长、联盟理事会主席张国栋."""
    one = rf"(?:{alternation(word_list('zh', 'title_modifiers.txt'))})?(?:{alternation(_zh_titles())})"
    return re.compile(rf"(?:{one})、(?P<body>[{HAN}]{{0,10}})$")


_CHAIN_REACH = 24  # characters read before a title for an office that opens its chain


def _chain_start(doc: Doc, text: str, title_start: int) -> int:
    """Where a chain of offices opens when an earlier office, then 、 and the body of the next one,
    stand before this title (我校校长、联盟理事会主席: 校长 is the first office and 我校 its holder's
    body); the body holds no institution but an alliance (省教育厅厅长、南昌大学校长王明 is no chain)."""
    if text.find("、", max(0, title_start - 11), title_start) < 0:  # (a 、 right before is one of these)
        return title_start
    low = max(0, title_start - _CHAIN_REACH)
    match = _office_before_a_chain().search(text, low, title_start)
    if match is None or _bounds_a_chain_body(text[match.start("body") : match.end("body")]):
        return title_start
    if text.startswith(_ZH_FORMS_OF_ADDRESS, match.start()):
        return title_start  # 简·多伊教授、国际处主任约翰·史密斯: the 教授 is the name's before it
    inside = institutions_in(doc, match.start("body"), title_start)
    if _names_other_than_alliances(inside) and not _after_own_voice(doc, text, match.start()):
        return title_start
    return match.start()


def _bounds_a_chain_body(body: str) -> bool:
    """Whether a word no name extends over stands in the body of a chain's next office; a 与 or 和 inside
    a unit's name (校长助理、国际合作与交流处处长: the unit's fields joined) is none."""
    if body.endswith(_UNIT_SUFFIXES):
        body = body.replace("与", "").replace("和", "")
    return _name_boundary().search(body) is not None


def _after_own_voice(doc: Doc, text: str, start: int) -> bool:
    """Whether the first office of a chain follows the page's own first-person word (我会会长、
    省教育厅原副巡视员: the page's own office first, whatever bodies the later ones name)."""
    before = text[max(0, start - 4) : start]
    if before.endswith(word_list("zh", "first_person.txt")):
        return True
    word = voice_word(doc._.publisher, doc_text(doc))
    return word is not None and before.endswith(word)


def _opens_a_unit(text: str, start: int) -> bool:
    """A unit named alone: at a clause's start or after 我校/学校 (the publisher's), not the end of a
    longer name (外事办公室: an office of its own, whose 办公室 is no unit of the publisher)."""
    before = text[max(0, start - 4) : start]
    return not before or not _HAN_ONLY.fullmatch(before[-1]) or before.endswith(word_list("zh", "first_person.txt"))


_QUALIFIER_MAX = 6  # characters: 中国区教育, 国际事务; longer stretches say more than an office's field


def _is_qualifier(gap: str) -> bool:
    """Whether the words between an institution and a title qualify the office (中国区教育, 教育处):
    a few characters holding none of the words a name never extends over (verbs, 与, 的...)."""
    return len(gap) <= _QUALIFIER_MAX and not _name_boundary().search(gap)


class _Units(NamedTuple):
    starting_at: dict[str, tuple[str, ...]]  # a unit's last character -> the units, longest first
    last_characters: frozenset[str]  # those characters and the last ones of `_UNIT_SUFFIXES`


@functools.cache
def _zh_units() -> _Units:
    """A university's offices (`subunit_heads.txt`: 国际合作与交流处, 外国语学院) by last character."""
    by_last: dict[str, list[str]] = {}
    for unit in sorted(word_list("zh", "subunit_heads.txt"), key=len, reverse=True):
        by_last.setdefault(unit[-1], []).append(unit)
    return _Units(
        {last: tuple(units) for last, units in by_last.items()},
        frozenset(by_last).union(suffix[-1] for suffix in _UNIT_SUFFIXES),
    )


@functools.cache
def _zh_role_words() -> tuple[str, ...]:
    """The Chinese role phrases (理事长单位): a title starting one is no person's."""
    return tuple(word_table("zh", "roles.tsv"))


@functools.cache
def _zh_role_firsts() -> frozenset[str]:
    """The first characters of `_zh_role_words` (none is empty: `word_table` keeps no blank phrase)."""
    return frozenset(word[:1] for word in _zh_role_words())


@functools.cache
def _zh_sides() -> tuple[str, ...]:
    """The side words of a joint institute's offices (person_title_modifiers.txt: 中方, 外方)."""
    return word_list("zh", "person_title_modifiers.txt")


_COUNTRY_REACH = 12  # characters read before 籍 for the institution or 我校 the country follows


def _first_person_end(text: str, low: int, at: int) -> int:
    """Where a first-person word (我校) before the country of a 籍 ends (read by `_student_organisation`
    as the start of what it describes), or `low` when none stands there."""
    for word in word_list("zh", "first_person.txt"):
        found = text.rfind(word, max(0, low - len(word)), at)
        if found >= 0:
            return found + len(word)
    return low


@functools.cache
def _zh_student_by_nationality() -> re.Pattern[str]:
    """From 籍: 籍博士研究生穆斯塔法·阿里, 籍留学生阮文明作为 (a transliterated name with its dots, or a
    Chinese one where a name ends: no Chinese character after it, or a word that follows names)."""
    students = alternation(word_list("zh", "person_students.txt"))
    joiners = _HAN_BUT_JOINERS
    foreign = rf"[{joiners}]{{1,6}}(?:·[{joiners}]{{1,8}}(?:[-－][{joiners}]{{1,8}})?)+"
    surnames = alternation(word_list("zh", "surnames.txt", split_spaces=True))
    han = rf"(?:{surnames})[{HAN}]{{1,2}}(?=[^{HAN}]|{alternation(_after_name())}|$)"
    return re.compile(rf"籍(?:{students})(?P<name>{foreign}|{han})")


_ZH_COUNTRY_BEFORE = re.compile(rf"[{HAN}]{{2,8}}$")  # the nationality before 籍 (埃及, 巴基斯坦)
_ZH_YEAR_BEFORE = re.compile(r"(?:[0-9０-９]{2,4}|[一二三四五六七八九〇零]{2,4})$")  # 2021级, 二〇二一级
_ZH_THAT_INSTITUTION = ("该校", "该院", "该大学", "该学院")


@functools.cache
def _zh_student() -> re.Pattern[str]:
    """From 级: 级学生陈可欣, 级国际经济与贸易专业本科生王明."""
    surnames = alternation(word_list("zh", "surnames.txt", split_spaces=True))
    students = alternation(word_list("zh", "person_students.txt"))
    return re.compile(rf"级(?:[{HAN}]{{2,12}}?专业)?(?:{students})(?P<name>(?:{surnames})[{HAN}]{{1,2}})")


# 该校 + (a unit) + the title: the institution spoken of before ("王华与该校第一副校长…")
@functools.cache
def _that_institution() -> re.Pattern[str]:
    # (an office's description may stand between: 该校负责国际事务的副校长, 该校分管外事工作的副校长)
    return re.compile(
        rf"(?:该校|该院|该大学)(?:(?:负责|分管|主管)[{HAN}]{{1,10}}?的)?"
        rf"((?:[{HAN}]{{2,10}}?(?:{'|'.join(_UNIT_SUFFIXES)}))?)$"
    )


@functools.cache
def _zh_body_heads_alone() -> tuple[str, ...]:
    return tuple(word_list("zh", "person_body_heads_alone.txt"))


def _body_head_alone(doc: Doc, text: str, title_start: int) -> tuple[int, InstitutionRef] | None:
    """孔子学院中方院长李婷: a hosted body's head word written alone before a title
    (`person_body_heads_alone.txt`) is the body named last before whose name ends with it: the title
    starts after the word, and that body is the person's. None where no such word opens the title (most)."""
    heads = _zh_body_heads_alone()
    if not text.startswith(heads, title_start):
        return None
    head = next(word for word in heads if text.startswith(word, title_start))
    for span in reversed(institutions_in(doc, max(0, title_start - 3000), title_start)):
        if text.endswith(head, span.start_char, span.end_char) and span.end_char - span.start_char > len(head):
            return title_start + len(head), institution_ref(span)
    return None


@functools.cache
def _zh_that_bodies() -> tuple[str, ...]:
    return tuple(word_list("zh", "person_that_bodies.txt"))


def _that_body_before(doc: Doc, text: str, title_start: int) -> InstitutionRef | None:
    """该署副署长A, 该部部长B: 该 and a body's head word (`person_that_bodies.txt`) right before a title
    are the body named last before whose name ends with that word; None when none is named."""
    for word in _zh_that_bodies():
        if text.endswith("该" + word, 0, title_start):
            at = title_start - len(word) - 1
            for span in reversed(institutions_in(doc, max(0, at - 3000), at)):
                if text.endswith(word, span.start_char, span.end_char):
                    return institution_ref(span)
            return None
    return None


def _that_institution_before(text: str, title_start: int) -> re.Match[str] | None:
    """`_that_institution` ending at a title: searched only where a 该 stands in reach (the search
    tries each place of the stretch; most titles have none before them)."""
    low = max(0, title_start - 24)
    return _that_institution().search(text, low, title_start) if text.find("该", low, title_start) >= 0 else None


@functools.cache
def _zh_contact() -> re.Pattern[str]:
    """From after 联系人: '：国际合作与交流处　吴敏，' (the unit, maybe after its institution, then the
    name, ending before a separator or the line's end)."""
    surnames = alternation(word_list("zh", "surnames.txt", split_spaces=True))
    return re.compile(
        rf"\s*[：:]\s*(?:[{HAN}]{{0,16}}(?:{'|'.join(_UNIT_SUFFIXES)})[ \t\u3000]+)?"
        rf"(?P<name>(?:{surnames})[{HAN}]{{1,2}})(?=[\s，,；;、（(]|电话|$)"
    )


def _may_end_a_name(text: str, end: int) -> bool:
    """Whether what stands right before `end` may end a name: a Latin letter; a Chinese character two
    or three after a surname, or in reach of a foreign name's ·. (A cheap look before the patterns.)"""
    last = text[end - 1]
    if last.isascii():
        return last.isalpha()
    if not "\u4e00" <= last <= "\u9fff":
        return False
    return (
        _opens_with_surname(text, end - 2)
        or _opens_with_surname(text, end - 3)
        or text.find("·", max(0, end - 24), end) >= 0
    )


_ZH_RANKS = ("教授", "副教授", "院士")  # academic ranks: people listed with them and 和 are one list


def _listed_fellow(text: str, last: Person | None, name_start: int, title: str | None) -> Person | None:
    """南昌大学王明教授、李华副教授和张伟博士: the person named (name first) right before, joined by 、 or
    及 (和 too between ranks, not offices: 王明校长和李华校长 may be two sides), whose institution the
    listed name shares."""
    if last is None or last.organization is None:
        return None
    joiner = text[last.evidence.end : name_start]
    if joiner in _ZH_LIST_JOINS:
        return last
    ranks = (title is None or title in _ZH_RANKS) and (last.title is None or last.title in _ZH_RANKS)
    return last if joiner == "和" and ranks else None


@functools.cache
def _zh_own_title() -> re.Pattern[str]:
    """From a title's first word: the title (modifiers, a chain over 、), then what ends a name's title
    (punctuation, a word that follows names, a form of address)."""
    titles = alternation(_zh_titles())
    modifiers = alternation(_zh_modifiers())
    one = rf"(?:(?:{modifiers})及){{0,{_MODIFIERS_MOST}}}(?:{modifiers})?(?:{titles})"
    # (or a form of address alone, 王芳博士: the name's, with no office)
    address = alternation(_zh_addresses())
    return re.compile(
        rf"(?:(?P<title>{one}(?:、{one}){{0,{_TITLES_MOST}}})|(?P<address>{address}))"
        rf"(?=[^{HAN}]|$|{alternation(_after_name())})"
    )


@functools.cache
def _zh_title_followers() -> re.Pattern[str]:
    """The first character of what may follow a title written after its name: a word that follows
    names (or a form of address), a title or modifier going on with the title, or no Chinese one."""
    words = (*_after_name(), *_zh_titles(), *_zh_modifiers())
    return re.compile(f"[^{HAN}]|[{re.escape(''.join(sorted({word[0] for word in words})))}]")


def _followed_like_own_titles(text: str, ends: list[int]) -> list[int]:
    """The indexes of the title words (ending at `ends`) followed as a title written after its name is
    (not 副校长王明): the characters after them in one string, read by one pattern, not one by one."""
    following = "".join(map((text + "\n").__getitem__, ends))  # (the text's end: as a non-Chinese character)
    return [match.start() for match in _zh_title_followers().finditer(following)]


@functools.cache
def _zh_name_before_title() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A foreign name (with ·) or a Latin one, ending the stretch searched."""
    upper, lower = "A-ZÀ-ÖØ-ÞĀ-Ž", "a-zß-öø-ÿĀ-ž'’\\-"
    foreign = re.compile(rf"[{HAN}]{{1,6}}(?:·[{HAN}]{{1,8}})+$")
    latin = re.compile(rf"(?<![A-Za-z])[{upper}][{lower}{upper}]+(?:[ \t]+[{upper}][{lower}{upper}]+){{1,2}}$")
    return foreign, latin


@functools.cache
def _zh_surnames() -> frozenset[str]:
    """The surnames (of one or two characters), for a look-up at a place, not a scan of them all."""
    return frozenset(word_list("zh", "surnames.txt", split_spaces=True))


def _opens_with_surname(text: str, start: int) -> bool:
    surnames = _zh_surnames()
    return text[start] in surnames or text[start : start + 2] in surnames


@functools.cache
def _zh_not_names() -> frozenset[str]:
    """Words before a title that are no name (常务副校长: 常务 is a modifier)."""
    return frozenset({*_zh_titles(), *_zh_modifiers()})


def _zh_name_ending_at(text: str, institutions: _Institutions, titles: Spans, end: int) -> int | None:
    """Where a name ending at `end` (a title's start) starts, when it stands where a name written
    before its title does: after punctuation, a preposition, the page's first-person word or its
    institution. `text`: the matching text; `titles`: where title words stand."""
    foreign, latin = _zh_name_before_title()
    low = max(0, end - 24)
    ascii_before = text[end - 1].isascii()
    if ascii_before and (written := latin.search(text, low, end)) is not None:
        return written.start() if _opens_a_name(text, institutions, written.start()) else None
    if ascii_before:
        return None
    if text.find("·", low, end) >= 0 and (written := foreign.search(text, low, end)) is not None:
        # a foreign name's first part starts after the institution, title or joining word before it
        start, dot = written.start(), text.find("·", written.start(), end)
        first = bisect.bisect_left(titles.ends, start + 1)
        cuts = [span.end_char for span in institutions.ending_between(start + 1, dot)]
        cuts += titles.ends[first : bisect.bisect_right(titles.ends, dot)]
        cuts += [i + 1 for i in range(start, dot) if text[i] in _zh_before_name() or text[i] == "的"]
        start = max(start, max(cuts, default=start))
        return start if start < dot and _opens_a_name(text, institutions, start) else None
    for size in (2, 3):  # 王明, 欧阳明, 王小明: the shorter reading after a preposition
        start = end - size
        surname = start >= 0 and _HAN_ONLY.fullmatch(text, start, end) and _opens_with_surname(text, start)
        if surname and _opens_a_name(text, institutions, start):
            return start
    return None


_OPEN_BRACKETS, _CLOSE_BRACKETS = ("（", "("), ("）", ")")


@functools.cache
def _zh_bracketed_office() -> re.Pattern[str]:
    """What closes a bracket after the body in it: maybe an office, of a unit of the body too (老挝国立大学
    副校长）, 格拉纳达大学国际处处长）), then the bracket."""
    titles = alternation(sorted(_zh_titles(), key=len, reverse=True))
    return re.compile(rf"(?P<title>(?:[{HAN}]{{0,{_UNIT_RUN_MAX}}}?(?:{titles}))?)[{''.join(_CLOSE_BRACKETS)}]")


_FOREIGN_FIRST_MAX = 6  # characters of a transliterated name's first part (宋蓬, 阿兹曼)


def _zh_bracketed_name_start(text: str, institutions: _Institutions, end: int) -> int | None:
    """Where a Chinese name ending at `end` (before a bracketed body) starts: a surname and a character
    or two (the shorter reading first), not a title, where a name may open or after a word that
    introduces listed people (代表吴敏（…）); a transliterated name with its dots (宋蓬·宾玛尼), its first
    part as short as lets it open there."""
    dot = text.rfind("·", max(0, end - 20), end)
    if dot > 0 and _foreign_name().fullmatch(text, dot - 1, end):
        last = text.rfind("·", max(0, dot - 10), dot)
        first_end = dot
        while last > 0 and _foreign_name().fullmatch(text, last - 1, first_end):  # (a name of three parts)
            first_end, last = last, text.rfind("·", max(0, last - 10), last)
        for start in range(first_end - 1, max(-1, first_end - 1 - _FOREIGN_FIRST_MAX), -1):
            if not _HAN_ONLY.fullmatch(text, start, first_end):
                break
            if _opens_a_name(text, institutions, start) or text.endswith(_zh_people_introducers(), 0, start):
                return start if not institutions.holds(start, end) else None
        return None
    for size in (2, 3):
        start = end - size
        if start < 0 or not _HAN_ONLY.fullmatch(text, start, end) or not _opens_with_surname(text, start):
            continue
        if text[start:end] in _zh_not_names() or institutions.holds(start, end):
            continue
        if _opens_a_name(text, institutions, start) or text.endswith(_zh_people_introducers(), 0, start):
            return start
    return None


@functools.cache
def _zh_people_introducers() -> tuple[str, ...]:
    return word_list("zh", "person_list_introducers.txt")


def _opens_a_name(text: str, institutions: _Institutions, start: int) -> bool:
    """Whether a name may start at `start`: at the text's start, after a character that is no Chinese
    one (punctuation, a space), a preposition, a first-person word or an institution's end."""
    if start and text[start - 1].isdigit():
        return False  # (120余名校长: a count's 余名, no name)
    if start == 0 or not _HAN_ONLY.fullmatch(text[start - 1]):
        return True
    if text[start - 1] in _zh_before_name() or text.endswith(word_list("zh", "first_person.txt"), 0, start):
        return True
    return bool(institutions.ending_between(start, start))


@functools.cache
def _zh_before_name() -> frozenset[str]:
    return frozenset(word_list("zh", "person_before_name.txt", split_spaces=True))


def _first_of_chain(title: str) -> str:
    """党组成员、副厅长 -> 党组成员, 常务副校长兼教务长 -> 常务副校长: of a chain of offices, the first (as a
    reader lists it); 兼 joins offices only after one (兼职教授 is one title)."""
    first = title.split("、", 1)[0] if "、" in title else title
    if first != title and _only_fields(first):
        first = _past_listed_fields(title)  # 工程、环境与计算学院院长: one unit's fields, not a chain
    head, joined, _ = first.partition("兼")
    return head if joined and head.endswith(_zh_titles()) else first


class _Reach(NamedTuple):
    """Character ranges in order of start, each with the furthest end of those up to it: whether
    one of them holds start:end is one `bisect`, not a look at each."""

    firsts: list[int]
    furthest: list[int]

    @classmethod
    def over(cls, bounds: list[tuple[int, int]]) -> _Reach:
        ordered = sorted(bounds)
        return cls([first for first, _ in ordered], list(itertools.accumulate([end for _, end in ordered], max)))

    def holds(self, start: int, end: int) -> bool:
        """Whether a range has first <= start and end <= its end: of those starting at or before
        `start`, the one reaching furthest reaches `end`."""
        index = bisect.bisect_right(self.firsts, start)
        return index > 0 and self.furthest[index - 1] >= end


class _Institutions:
    """The Doc's institutions (in the order of `institution_spans`), indexed for the three
    questions a person's reading asks of them, each answered with a `bisect` or a dict lookup
    instead of a look at every institution: does one hold a name, which starts right after a
    title, which end right before one. Made once per Doc, each span's characters read once;
    each index is built when first asked for (Chinese asks only the last question)."""

    __slots__ = ("_by_end", "_ends", "_first_at", "_first_named", "_reach", "bounds", "spans")

    def __init__(self, spans: list[Span], bounds: list[tuple[int, int]]) -> None:
        """`bounds`: each span's first and end character."""
        self.spans, self.bounds = spans, bounds
        self._reach: _Reach | None = None
        self._first_at: dict[int, int] | None = None  # a start: the first institution starting there
        self._ends: list[int] = []  # the end characters in order, and the institutions' indexes
        self._by_end: list[int] | None = None  # in that order (ties in order of index)
        self._first_named: dict[str, int] | None = None  # a name as read: the first institution so named

    @classmethod
    def of(cls, doc: Doc) -> _Institutions:
        key = "_people_institutions"
        if key not in doc.user_data:
            starts, ends = institution_bounds(doc)
            doc.user_data[key] = cls(institution_spans(doc), list(zip(starts, ends, strict=True)))
        return doc.user_data[key]

    def holds(self, start: int, end: int) -> bool:
        """Whether an institution holds start:end."""
        if self._reach is None:
            self._reach = _Reach.over(self.bounds)
        return self._reach.holds(start, end)

    def starting_near(self, position: int) -> Span | None:
        """The first institution (in the order of `institution_spans`) starting 0-2 characters after
        `position`: "Name, Title of ORG"."""
        first_at = self._first_at
        if first_at is None:
            first_at = self._first_at = {}
            for index, (start, _) in enumerate(self.bounds):
                first_at.setdefault(start, index)
        found = [first_at[start] for start in range(position, position + 3) if start in first_at]
        return self.spans[min(found)] if found else None

    def first_named(self, text: str) -> dict[str, int]:
        """The index of the first institution of each name as `text` (the Doc's matching text) reads it."""
        named = self._first_named
        if named is None:
            named = self._first_named = {}
            for index, (first, last) in enumerate(self.bounds):
                named.setdefault(text[first:last], index)
        return named

    def ending_between(self, low: int, high: int) -> list[Span]:
        """The institutions ending at a character in low..high, in the order of `institution_spans`
        (the first one wins, as a loop over them all would find it); most calls find none."""
        by_end = self._by_end
        if by_end is None:
            bounds = self.bounds
            ends = [end for _, end in bounds]
            by_end = self._by_end = sorted(range(len(ends)), key=ends.__getitem__)  # (stable; a C key)
            self._ends = [ends[index] for index in by_end]
        ends = self._ends
        first = bisect.bisect_left(ends, low)  # (no end is negative: a negative `low` finds what 0 does)
        if first == len(ends) or ends[first] > high:
            return []  # (one `bisect`, not two, for the calls that find none)
        if first + 1 == len(ends) or ends[first + 1] > high:
            return [self.spans[by_end[first]]]  # (one found: nothing to sort)
        return [self.spans[index] for index in sorted(by_end[first : bisect.bisect_right(ends, high, first)])]


@functools.cache
def _place_offices(language: str) -> frozenset[str]:
    return frozenset(word_list(language, "person_place_offices.txt"))


def _of_a_place_only(person: Person, language: str) -> bool:
    """A person with no organisation whose office is a city's or province's ('Deputy Mayor', 副市长)."""
    return person.organization is None and person.title is not None and person.title.lower() in _place_offices(language)


# the place after an English office ("Deputy Mayor of Weihai", "Vice Governor of Jiangxi Province"), its
# first word the stem a government's name starts with; the place before a Chinese one (威海市副市长)
_PLACE_AFTER = re.compile(r"\s+of\s+(?:the\s+)?([A-Z][\w'’-]+)")
_PLACE_BEFORE = re.compile(rf"([{HAN}]{{2,8}}?(?:省|市|区|县|州))\s*$")
_GOVERNMENT_ENDS = ("Government", "government", "政府")


def _with_place_government(doc: Doc, person: Person) -> Person:
    """'Sun Hao, Deputy Mayor of Weihai' / 威海市副市长孙浩: the government of that place, when the text names
    one ("the Weihai Municipal People's Government", 威海市人民政府), is the person's organisation."""
    text = doc_text(doc)
    start, end = person.evidence.start, person.evidence.end
    title = person.title or ""
    if doc.lang_ == "zh":
        at = text.find(title, start, end)
        place = _PLACE_BEFORE.search(text, max(0, at - 10), at) if at >= 0 else None
    else:
        at = text.find(title, max(0, start - 40), end + 40)
        place = _PLACE_AFTER.match(text, at + len(title)) if at >= 0 else None
    if place is None:
        return person
    stem = place.group(1)
    for span in institution_spans(doc):  # (a loop: compiled; asked for few people of few pages)
        name = facts(span).text
        if name.startswith(stem) and name.endswith(_GOVERNMENT_ENDS) and facts(span).kind == "government":
            return person.model_copy(update={"organization": institution_ref(span)})
    return person


# "the Chinese university", "the Romanian side": a country's adjective and a head word after "the"
_NATIONAL_HEAD = re.compile(r"([A-Z][a-z]+)\s+(?:university|institution|college|school|side|partner)\b")


def _national_reference(doc: Doc, at: int, before: int) -> Span | None:
    """'Vice-President of the Chinese university', 'signed on behalf of the Romanian university': the last
    institution before `before` of the country the adjective at `at` names."""
    national = _NATIONAL_HEAD.match(doc_text(doc), at)
    if national is None:
        return None
    country = load_countries().code(national.group(1))
    if country is None:
        return None
    for span in reversed(institutions_in(doc, max(0, before - 3000), before)):  # (a loop: compiled)
        if facts(span).country == country and facts(span).kind != "government":
            return span
    return None


@functools.cache
def _name_styles() -> tuple[str, ...]:
    """`en/person_name_styles.txt`, each with the space after it ("Sir ")."""
    return tuple(f"{style} " for style in word_list("en", "person_name_styles.txt"))


def _without_name_style(person: Person) -> Person:
    """ "Sir Peter Mathieson" -> "Peter Mathieson": a knight's style opening a name read with it."""
    name = person.name.split(" ", 1)[1].strip()
    return person.model_copy(update={"name": name}) if " " in name else person


def _unique(people: list[Person]) -> list[Person]:
    """One person a name: the first mention, unless it gives no office and a later one does (a caption
    "Prof. X and Prof. Y exchange the memorandum" before "by Prof. X, Pro-Rector ..., and Prof. Y, Vice
    President of Z"): then the later one, its organisation or else the first's."""
    kept: dict[str, Person] = {}
    replaced = False
    for person in people:
        first = kept.get(person.name)
        if first is None:
            kept[person.name] = person
        elif _no_office(first.title) and not _no_office(person.title):
            organisation = person.organization or first.organization
            kept[person.name] = person.model_copy(update={"organization": organisation})
            replaced = True
    found = list(kept.values())
    return sorted(found, key=lambda p: p.evidence.start) if replaced else found


@Language.factory("people_extractor", default_config={})
def make_people_extractor(nlp: Language, name: str) -> PeopleExtractor:
    return PeopleExtractor(nlp.lang)
