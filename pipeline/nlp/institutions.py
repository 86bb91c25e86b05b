"""Component `institution_resolver`: one reading of every institution mention.

It merges the gazetteer's matches, the pattern rules' names and (when a trained model
runs) the NER's ORG entities; keeps the longest of overlapping candidates; drops
internal units (外国语学院 of a university, "School of ... of X University"); resolves
acronyms defined in brackets ("Hunan University (HNU)" ... "HNU"); reads 我校 / "our
university" as the publisher; and attaches entry, kind and country to each span.

Writes `doc.spans["institutions"]` (non-overlapping, for relation finding) and
`doc.spans["institutions_all"]` (also the parents named inside a joint institute's
name, "Queen Mary College at Nanchang University" -> Nanchang University).
"""

from __future__ import annotations

import bisect
import functools
import re
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterator
from operator import itemgetter
from typing import NamedTuple

import numpy as np
from ahocorasick_rs import AhoCorasick, MatchKind
from spacy.language import Language
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

from pipeline.extract.spans import matching_text
from pipeline.extract.tables import ColumnCell, column_cells
from pipeline.language import _traditional_to_simplified, to_simplified
from pipeline.link.countries import load_countries
from pipeline.link.gazetteer import GazetteerEntry, before_named_after, load_gazetteer
from pipeline.link.names import fold_name
from pipeline.link.places import load_places
from pipeline.link.publisher import Publisher, degree_kind, voice_word
from pipeline.link.short_forms import SHORT_FORM_SIZES, follows_in_order, shortens
from pipeline.nlp.batchwise import Batchwise
from pipeline.nlp.extensions import Facts, SpanRow, doc_text, read_rows, register_extensions, write_spans
from pipeline.nlp.institution_patterns import (
    is_hosted_body,
    keeps_its_country_zh,
    mission_of_its_unit,
    opens_with_state_form,
    proper_part_zh,
    research_named_by_two_sides,
)
from pipeline.nlp.sentences import sentence_starts_of
from pipeline.rules import word_list, word_table

CANDIDATE_KEYS = ("inst_gazetteer", "inst_patterns", "inst_model")
_LEVELS = ("自治区", "省", "市")  # how a bare body's level is written (`zh/bare_bodies.txt`)
_LEVEL_ENDS = frozenset("省市区區")  # the last characters of the levels, in either script
# Kinds of national bodies a province or city has its own namesake of (协会, 学会, 厅 and agencies):
# not a university, whose short form after a place is that university.
_NAMESAKE_KINDS = frozenset({"alliance", "government", "other", "research_institute"})
_ACRONYM = re.compile(r"^[A-Z][A-Za-z&\-]*[A-Z]$")
_ACRONYM_DEFINED = re.compile(r" ?[(（]([A-Z][A-Za-z&\-]*[A-Z])[)）]")
# （以下简称“天职师大”）, （以下简称斯威本）, （下称“北师大”）: a short form the text defines for the name before it
_SHORT_FORM_DEFINED_ZH = re.compile(
    r"\s*[（(](?:以下|下文)?(?:简称|下称)[：:]?\s*[“\"‘「]?([\u4e00-\u9fffA-Za-z]{2,8}?)[”\"’」]?[)）]"
)
_ACRONYM_IN_BRACKETS = re.compile(r"^\s*[(（]([A-Z][A-Z&.-]+)[)）]")
_COUNTRY_AFTER = re.compile(
    r"\s*[,(（，]\s*(?:the\s+)?([A-Z][\w .'-]+?|[\u4e00-\u9fff]{2,8}?)"
    # ends at a bracket or punctuation, at "and", at the verb after it ("X,Germany signed"), at the end
    r"\s*(?:[)）,，.;:：]|\s+and\b|\s+(?!of\b|de\b|and\b)(?=[a-z])|$)"
)
_HEADLINE_HEADS = ("大学", "学院")  # the heads of the names a headline is searched for
_HEADLINE_NAME_REACH = 16  # characters of a name ending in such a head
_OPENED_IN_REACH = 16  # characters read after a joint institute's name for where it opened
_LOCATED_IN = re.compile(r"\s+(?:in|of|from)\s+(?:the\s+)?([A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,2})")
# "Otago Polytechnic is New Zealand's largest ...", "X, Canada's oldest polytechnic,": a country's
# possessive describing the body right after its name
_DESCRIBED_BY_COUNTRY = re.compile(
    r"(?:\s*,\s*|\s+(?:is|was|remains|has\s+been)\s+)(?:now\s+|also\s+)?"
    r"([A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,2})(?:'s|’s|(?<=s)')\s"
)
# "X, a public research university in Canada", "X is located in Sydney, Australia": the body described
# as standing in a place right after its name (lower-case words only between: no other body's name)
_DESCRIBED_IN = re.compile(
    r"(?:\s*,\s*(?:a|an)\s+(?:[a-z][\w-]*\s+){0,5}?|,?\s+(?:is|was)\s+(?:(?:a|an)\s+(?:[a-z][\w-]*\s+){0,5}?)?)"
    r"(?:(?:located|based|situated)\s+)?in\s+(?:the\s+)?([A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,2})"
    r"(?:\s*,\s*(?:the\s+)?([A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,2}))?"
)
_POSSESSIVE = re.compile(r"([A-Z][\w .-]+?)(?:'s|(?<=s)')\s*$")  # "Belarus's", "Laos'"
_NAME_WORD = re.compile(r"[A-Z][a-z'-]+|[\u4e00-\u9fff]{2,3}")
_WORD_BOUNDARY = re.compile(r"\b")
# "Massey Agri-Food College at JXAU", "Aldous College of Design at Nanchang University": a teaching
# body at a named host (the patterns keep "at X" only when X is a head or an acronym)
_JOINT_EN = re.compile(r"\b(?:College|Institute|School|Academy)\b.*\bat\s+(?:the\s+)?[A-Z]")
_TEACHING_KINDS = {"university", "college", "research_institute", "school"}
# Kinds of bodies two countries may share (an alliance, a centre): not a school, an office or a firm.
_SHARED_KINDS = frozenset({"alliance", "other"})
# " Medical College of ", " School of Medicine of ": the rest of a school's name up to the "of" before its owner
_UNIT_OF_AFTER_EN = re.compile(
    r"(?: [A-Z][\w'-]*)*? (?:College|School|Faculty|Institute|Academy|Hospital)(?: of [A-Z][\w'-]*)? of (?:the )?"
)
# the school's head and the "of" before its owner, in an unlisted name ("Tongji Medical College of ")
_UNIT_BEFORE_OWNER_EN = re.compile(
    r"\b(?:College|School|Faculty|Institute|Academy|Hospital)(?: of [A-Z][\w'-]*)? of (?:the )?(?=[A-Z])"
)
# "the universities of Leeds, Bristol and Sheffield": places listed after a plural "universities of"
_UNIVERSITIES_OF = re.compile(
    r"\b[Uu]niversities of ((?:[A-Z][\w'-]+(?: [A-Z][\w'-]+)?)(?:,? (?:and )?[A-Z][\w'-]+(?: [A-Z][\w'-]+)?)*)"
)
_LISTED_PLACE = re.compile(r"[A-Z][\w'-]+(?: [A-Z][\w'-]+)?")
# a lone capitalised word before " and " (the text before it ends a sentence or is lower case)
_SHORT_NAME_BEFORE_AND = re.compile(r"(?:^|[.;:!?,]\s+|\b[a-z]+\s+)([A-Z][a-z]{3,}) and $")
_PAIR_DASH = re.compile(r"\s?[-–—－]\s?")  # between the two sides of a paired name (SEU-NUS, 浙工大—迪肯)
_HOST_AFTER = re.compile(r"\s+(?:at|of)\s+(?:the\s+)?(?=[A-Z])")
_HAN_WORD = re.compile("[\u4e00-\u9fff]+")
_HYPHENS = ("-", "–")
_EN_WORD = re.compile(r"[A-Z][\w'.]*")
# (China's side may name its province in brackets: "China (Jiangxi)-ASEAN", 中国（江西）—东盟)
_BINATIONAL_EN = re.compile(
    r"\b(?:Sino|China|Chinese)(?:\s?\([A-Z][\w ]*\))?\s?[-–—]\s?[A-Z][\w]*|\b[A-Z][\w]*\s?[-–—]\s?(?:China|Chinese)\b"
)
# 中德, 中英: the pair of China and one nation that a Sino-foreign name opens with (`zh/joint_name_words.txt`)
_NATION_PAIR_ZH = re.compile("中[\u4e00-\u9fff]")
_BINATIONAL_ZH = re.compile(r"中国(?:[(（][\u4e00-\u9fff]{2,8}[)）])?\s*[—–\-－]\s*|\s*[—–\-－]\s*中国")
_LABEL_WINDOW = 80  # how far back a list line's country label is looked for (characters)
_LEADING_THE = re.compile(r"^the\s+", re.IGNORECASE)
# a capitalised name of two words or more (lower-case "of", "on", "for", "and" inside) ending right
# before " (" (`_named_before_listed_acronyms`)
_GENERIC_NAME_BEFORE = re.compile(r"([A-Z][\w'-]*(?: (?:(?:of|on|for|and|the) )*[A-Z][\w'-]*)+) ?[(（]$")
# an academy of some sciences (the fields between: "Academy of Tropical Agricultural Sciences"), no teaching academy
_ACADEMY_OF_SCIENCES = re.compile(r"\bAcademy of (?:[A-Z][\w-]* )+Sciences\b")
_PLACE_BEFORE = frozenset({"in", "at", "near", "of"})  # a capitalised word after these is a place
_STATE_SUFFIX = re.compile(r"\s+(?:Province|Municipality|Autonomous Region|Region|City|State)$")
# kinds of an unlisted body that is where the listed one opening its name is (`_host_country`)
_HOSTED_IN_NAME_KINDS = frozenset({"joint_institute", "school"})


@functools.lru_cache(maxsize=1 << 16)  # names and their contexts recur: simplify each once
def _simplified(text: str) -> str:
    return to_simplified(text)


@functools.lru_cache(maxsize=1 << 14)  # (names recur: the pattern is tried on each once)
def _without_binational_zh(name: str) -> str:
    """中国—东盟…: the pair of sides a name may open with, as a space (it names no one country)."""
    return _BINATIONAL_ZH.sub(" ", name)


@functools.cache
def _traditional_forms() -> dict[str, frozenset[str]]:
    """Each simplified character's traditional forms (the characters that simplify to it)."""
    variants: dict[str, set[str]] = defaultdict(set)
    for source, target in _traditional_to_simplified().items():
        variants[target].add(chr(source))
    return {target: frozenset(sources) for target, sources in variants.items()}


def _written_forms(char: str) -> frozenset[str]:
    """The characters written in a text whose simplified form is `char` (none for a character
    that is itself traditional: it simplifies to another)."""
    own = frozenset() if ord(char) in _traditional_to_simplified() else frozenset(char)
    return _traditional_forms().get(char, frozenset()) | own


@functools.cache
def _either_script(pattern: str) -> re.Pattern[str]:
    """`pattern` (simplified Chinese literals) run on the text as written: each Han character
    also matches the traditional forms that simplify to it, so a match here is exactly a match
    of `pattern` in `to_simplified(text)`, at the same offsets, without simplifying the page."""

    def any_form(match: re.Match[str]) -> str:
        forms = _written_forms(match.group(0))
        return f"[{''.join(sorted(forms))}]" if forms else "(?!)"

    return re.compile(re.sub("[\u4e00-\u9fff]", any_form, pattern))


@functools.cache
def _first_characters(words: tuple[str, ...]) -> tuple[str, ...]:
    """The characters, in either script, that begin one of `words` (simplified) as written."""
    return tuple(sorted({form for word in words for form in _written_forms(word[0])}))


@functools.cache
def _last_characters(words: tuple[str, ...]) -> frozenset[str]:
    """The characters, in either script, that end one of `words` (simplified) as written."""
    return frozenset(form for word in words for form in _written_forms(word[-1]))


def _where_written(text: str, characters: tuple[str, ...]) -> list[int]:
    """The offsets of `characters` in `text`, in order: where a word beginning so may start (a
    few `str.find`s; the words themselves are then matched only there)."""
    starts = []
    for char in characters:
        at = text.find(char)
        while at >= 0:
            starts.append(at)
            at = text.find(char, at + 1)
    return sorted(starts)


def _bare_body_matches(text: str) -> list[re.Match[str]]:
    """What `finditer` of the bare bodies' pattern finds in `text`, tried only where a body's first
    character (its level: 省, 市, 自治区) is written rather than at every character of the page."""
    pattern = _either_script(_bare_bodies_pattern())
    matches: list[re.Match[str]] = []
    for start in _where_written(text, _first_characters(_bare_bodies())):
        if matches and start < matches[-1].end():
            continue  # inside the body found before (finditer's matches do not overlap)
        match = pattern.match(text, start)
        if match is not None:
            matches.append(match)
    return matches


@functools.cache
def _research_unit_heads() -> tuple[str, ...]:
    return word_list("zh", "research_unit_heads.txt")


@functools.cache
def _foreign_name_prefixes() -> frozenset[str]:
    """Beginnings (2-8 characters) of foreign institutions' Chinese names: 乌拉尔, 哈德斯菲尔德; not a
    field's word (`zh/disciplines.txt`: 亚洲 of 亚洲大学 names a university's 亚洲学院, no partner)."""
    fields = frozenset(word_list("zh", "disciplines.txt", split_spaces=True))
    prefixes: set[str] = set()
    for entry in load_gazetteer():
        if entry.country in (None, "CN") or entry.kind not in {"university", "college"}:
            continue
        for name in (entry.name_zh, *entry.aliases):
            if name and "\u4e00" <= name[0] <= "\u9fff":
                name = to_simplified(name)
                prefixes.update(name[:n] for n in range(2, min(len(name) - 1, 9)))
    return frozenset(prefixes - fields)


@functools.cache
def _discipline_pattern() -> re.Pattern[str]:
    words = sorted(word_list("zh", "disciplines.txt", split_spaces=True), key=len, reverse=True)
    units = "学院|中心|研究院|研究所|系|学部"
    return re.compile(rf"(?:{'|'.join(map(re.escape, words))}|与|和|及)+(?:{units})")


@functools.lru_cache(maxsize=1 << 14)
def _only_disciplines(name: str) -> bool:
    """会计学院, 生命科学学院, 学前教育实训中心: a school or centre named only by its field."""
    return bool(_discipline_pattern().fullmatch(name))


@functools.cache
def _bare_bodies() -> tuple[str, ...]:
    """`zh/bare_bodies.txt`, longest first (省人民政府外事办公室 before 省人民政府)."""
    return tuple(sorted(word_list("zh", "bare_bodies.txt"), key=len, reverse=True))


@functools.cache
def _bare_body_distributives() -> tuple[str, ...]:
    """各, 各设区 (`zh/bare_body_distributives.txt`): before a bare body's level, every such body."""
    return word_list("zh", "bare_body_distributives.txt")


@functools.cache
def _bare_bodies_pattern() -> str:
    """One alternation of the bare bodies, longest first."""
    return "|".join(map(re.escape, _bare_bodies()))


@functools.cache
def _head_phrases() -> tuple[tuple[str, str], ...]:
    """`en/institution_head_phrases.tsv`, each phrase padded to whole words, longest first."""
    table = word_table("en", "institution_head_phrases.tsv")
    return tuple((f" {phrase} ", kind) for phrase, kind in sorted(table.items(), key=lambda p: -len(p[0])))


def _kind_of_head_phrase(name: str) -> str | None:
    """The kind the longest head phrase the English name holds suggests ("Kanazawa Institute of
    Technology": university; "Wuhan Polytechnic": college)."""
    padded = f" {name} "
    for phrase, kind in _head_phrases():  # (a loop: compiled, next() of a generator would build one)
        if phrase in padded:
            return kind
    return None


@functools.cache
def _foreign_name_kinds() -> tuple[tuple[str, str], ...]:
    """`en/foreign_name_kinds.tsv` in file order, each phrase padded to whole words."""
    return tuple((f" {phrase} ", kind) for phrase, kind in word_table("en", "foreign_name_kinds.tsv").items())


def _foreign_kind(name: str) -> str | None:
    """The kind `en/foreign_name_kinds.tsv` gives an unlisted foreign name read as a research
    institute by its head word ("Tanzania Institute of Accountancy": college)."""
    padded = f" {name} "
    for phrase, kind in _foreign_name_kinds():  # (a loop: compiled, next() of a generator would build one)
        if phrase in padded:
            return kind
    return None


def is_joint_research_body(name: str, language: str) -> bool:
    """A research body two sides run together, by how its name ends (`<language>/joint_research_heads.txt`):
    中俄稀土新材料联合实验室, "NUAA-Cranfield Joint Research Centre for ..." (words before the phrase). It is
    the pair's work, not a side of their partnership."""
    if language == "zh":
        simplified = _simplified(name)
        for head in word_list("zh", "joint_research_heads.txt"):  # (a loop: compiled)
            if simplified.endswith(head) and len(simplified) > len(head):
                return True
        return research_named_by_two_sides(simplified)
    if "Joint " not in name:  # (the cheap literal every phrase holds)
        return False
    padded = f"{name} "
    for phrase in word_list("en", "joint_research_heads.txt"):  # noqa: SIM110 - compiled, `any` of a generator makes one
        if padded.find(f" {phrase} ") > 0:
            return True
    return False


@functools.cache
def _joint_name_words_en() -> tuple[str, ...]:
    return tuple(word_list("en", "joint_name_words.txt"))


@functools.cache
def _joint_partner_words() -> tuple[str, ...]:
    return tuple(f" {words}" for words in word_list("en", "joint_partner_words.txt"))


@functools.cache
def _plain_name_words_en() -> frozenset[str]:
    """Words that start names but stand for none alone (generic words, sentence starts)."""
    return frozenset(word_list("en", "generic_name_words.txt")) | frozenset(word_list("en", "not_name_start.txt"))


def _spells(acronym: str, name: str) -> bool:
    """The acronym begins with the name's first letter and its letters are written in order in the
    name's capitalised words ("JUFE": Jiangxi University of Finance and Economics; "JXNU": Jiangxi
    Normal University, its X a syllable's)."""
    written = "".join(word for word in name.split() if word[:1].isupper()).lower()
    letters = [c for c in acronym.lower() if c.isalpha()]
    return bool(letters) and follows_in_order(letters, written)


def _abbreviates(short: str, name: str) -> bool:
    """`short` is a Chinese short form of `name`: its first character, then the others in order
    (江财 of 江西财经大学, 华交大 of 华东交通大学), shorter than the name's proper part."""
    return bool(short) and len(short) < len(name) - 2 and follows_in_order(short, name)


def _ends_as_joint_en(name: str) -> bool:
    """ "SWJTU-Leeds Joint School", "Oulu Joint Institute of ...": a joint institute's last words,
    ending the name or going on with "of" / "at" (not "Joint Institute for Nuclear Research")."""
    if "Joint " not in name:
        return False
    for words in _joint_name_words_en():
        at = name.find(words)
        if at >= 0 and (at + len(words) == len(name) or name.startswith((" of ", " at "), at + len(words))):
            return True
    return False


@functools.cache
def _short_name_prefixes() -> dict[str, tuple[str, ...]]:
    """`en/short_name_prefixes.tsv`: each short form with the words it stands for."""
    table: dict[str, list[str]] = defaultdict(list)
    for line in word_list("en", "short_name_prefixes.tsv"):
        short, _, full = line.partition("\t")
        table[short.strip()].append(full.strip())
    return {short: tuple(fulls) for short, fulls in table.items()}


@functools.cache
def _building_words() -> frozenset[str]:
    """`en/building_words.txt`: the last words of a building's name ("Old University Building")."""
    return frozenset(word_list("en", "building_words.txt"))


@functools.cache
def _unit_tail_en() -> re.Pattern[str]:
    """ " Business School", " School of Economics and Management": field words (`en/field_words.txt`)
    and a unit's head (`en/unit_tails_of_a_university.txt`), read right after a listed university."""
    words = sorted(word_list("en", "field_words.txt", split_spaces=True), key=len, reverse=True)
    fields = "|".join(map(re.escape, words))
    heads = "|".join(map(re.escape, word_list("en", "unit_tails_of_a_university.txt")))
    field = rf"(?:{fields}|and|&)"
    return re.compile(rf"(?: {field})* (?:{heads})(?: of {field}(?:,? {field})*)?")


@functools.cache
def _subunit_tails() -> frozenset[str]:
    return frozenset(word_list("en", "subunit_tails.txt"))


@functools.cache
def _hosted_kinds(language: str) -> dict[str, str]:
    """`<language>/hosted_institutes.tsv`: the words of bodies named by their host, and their kinds."""
    return word_table(language, "hosted_institutes.tsv")


def _hosted_kind_zh(name: str) -> str | None:
    """The kind of a Chinese name ending in a hosted body's word (里昂孔子学院: joint_institute), or None."""
    simplified = _simplified(name)
    for word, kind in _hosted_kinds("zh").items():
        if simplified.endswith(word):
            return kind
    return None


@functools.cache
def _hosted_institute_words() -> tuple[str, ...]:
    return tuple(_hosted_kinds("zh"))


@functools.cache
def _hosted_abroad_words() -> tuple[str, ...]:
    return tuple(word_list("zh", "hosted_abroad_words.txt"))


def _holds_a_word(text: str, words: tuple[str, ...]) -> bool:
    for word in words:  # noqa: SIM110 - compiled, `any` of a generator makes one
        if word in text:
            return True
    return False


@functools.cache
def _hosted_after() -> re.Pattern[str]:
    """A field or none (`zh/disciplines.txt`: 中医药, not 合作共建), then a hosted institute's word (孔子学院)."""
    fields = sorted(word_list("zh", "disciplines.txt", split_spaces=True), key=len, reverse=True)
    words = _hosted_institute_words()
    return re.compile(f"(?:{'|'.join(map(re.escape, fields))})*(?:{'|'.join(map(re.escape, words))})")


@functools.cache
def _unit_words() -> frozenset[str]:
    """The capitalised words of the English internal units (`en/subunit_heads.txt`): Office, School ..."""
    return frozenset(w for phrase in _subunits("en") for w in phrase.split() if w[:1].isupper())


@functools.cache
def _subunits(language: str) -> tuple[str, ...]:
    return word_list(language, "subunit_heads.txt")


class InstitutionResolver(Batchwise):
    def __init__(self, language: str) -> None:
        register_extensions()
        self.language = language
        self.gazetteer = load_gazetteer()
        self.countries = load_countries()
        self.places = load_places()
        self.first_person = tuple(w.lower() for w in word_list(language, "first_person.txt"))
        # Vocabularies ranked once, longest first as `words()` / `longest_first()` give them: the
        # context of a mention is looked up by its own substrings, the best-ranked one wins.
        self._country_rank = {word: i for i, word in enumerate(self.countries.words())}
        self._place_rank = {place: i for i, place in enumerate(self.places.longest_first())}
        self._longest_place = max(map(len, self._place_rank), default=0)
        words = [(phrase, phrase.split() if language == "en" else [phrase]) for phrase in self.first_person]
        # Each phrase with its words' string ids (the LOWER a token of each has) and whether it is one
        # Han word (我校): the tokens written so are those whose LOWER it is (Han has no case).
        self._first_person_ids = [
            (phrase, np.array([get_string_id(w) for w in ws], dtype=np.uint64), bool(_HAN_WORD.fullmatch(phrase)))
            for phrase, ws in words
            if ws
        ]
        self._folded_names: dict[str, frozenset[str]] = {}
        self._page_simplified = ""  # (the page's text in simplified script, for a Chinese page)
        self._named_ends: list[int] = []  # (`_after_a_field_list`: where the page's universities end)
        self._ids_of: object = None  # the StringStore whose ids `_ids` keeps (`_string_ids`)
        self._ids: dict[str, int] = {}
        self._descriptions: dict[
            tuple[str, str, str, str | None], tuple[GazetteerEntry | None, str | None, str, Facts | None]
        ] = {}
        self._shared_countries: dict[str, str | None] = {}  # `_entry_country` of the listed alliances met
        self._countries_in_names: dict[str, str | None] = {}
        self._host_countries: dict[str, str | None] = {}
        self._countries_starting: dict[str, str | None] = {}
        self._short_form_words: dict[str, bool] = {}
        self._universities_named: dict[str, GazetteerEntry | None] = {}  # `_university_named`'s answers
        self._simplified_names: dict[str, tuple[str, ...]] = {}  # `_entry_simplified_names`, by entry id
        self._english_units: dict[str, bool] = {}  # `_is_subunit` of the unlisted English names met
        self._chinese_units: dict[tuple[str, str], tuple[bool, str, bool]] = {}  # `_unit_by_name_zh`'s answers
        self._province_zh = dict(self.places.provinces)
        self._province_zh_set = frozenset(self._province_zh.values())
        self._city_zh = {en: zh for en, zh in self.places.cities}
        # "<city>市" of every city, in the table's order: a clue's city is the first listed it names
        self._city_names = list(self._city_zh.values())
        self._city_finder = AhoCorasick([f"{zh}市" for zh in self._city_names], matchkind=MatchKind.Standard)
        # each province's Chinese and English names, by the province's place in the table: a clue's
        # province is the first listed it names, in either language (one pass over the clue)
        self._province_names = [zh for _, zh in self.places.provinces]
        province_words = [name for province in self.places.provinces for name in (province[1], province[0])]
        self._province_finder = AhoCorasick(province_words, matchkind=MatchKind.Standard) if province_words else None
        # the Han place names and their lengths: whether a text ends in one is a few set lookups
        self._han_places = frozenset(p for p in self.places.country_of if _HAN_WORD.fullmatch(p))
        self._han_place_sizes = sorted({len(p) for p in self._han_places})
        sizes_by_last: dict[str, set[int]] = defaultdict(set)
        for word in self._country_rank:
            sizes_by_last[word[-1:]].add(len(word))
        self._country_sizes_by_last = {last: sorted(sizes) for last, sizes in sizes_by_last.items()}
        self._longest_country = max(map(len, self._country_rank), default=0)
        # the Han characters, in either script, a country word begins with (a token's norm is its
        # simplified text): a name whose first character is another Han one starts with no country
        self._country_first_han = frozenset(_first_characters(tuple(self._country_rank)))
        # the listed bodies of another country than China, by id (asked of every linked name on pages
        # with a joint-institute candidate)
        self._foreign_ids = frozenset(e.id for e in self.gazetteer if e.country not in (None, "CN"))

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        self._text = text  # (read by `_placed_in_a_city`)
        facts = _Facts(doc)
        self._publisher: Publisher | None = doc._.publisher  # (read by `_describe`, for this page)
        bulletin = doc._.bulletin
        self._cells = column_cells(self.language, text, bulletin.tables) if bulletin and bulletin.tables else []
        # The finders' spans are read once, as rows (the pattern finder hands its rows on as they
        # are), into plain mentions: the steps below test and compare numbers and strings, and
        # Spans are made only for the mentions kept, at the end.
        found = [_mention(row, text) for key in CANDIDATE_KEYS for row in read_rows(doc, key)]
        # where the listed names end: an unlisted longer name ending as one does is in its country;
        # where they start (by character, and by token: a listed name after a hyphen is one of a pair)
        listed_ends: dict[int, str] = {}
        listed_starts: dict[int, tuple[int, str]] = {}
        listed_tokens: set[int] = set()
        for m in found:  # (one loop over the finders' mentions for the three tables)
            if m.kb_id:
                listed_ends[m.end_char] = m.kb_id
                listed_starts[m.start_char] = (m.end_char, m.kb_id)
                listed_tokens.add(m.start)
        self._listed_ends, self._listed_starts = listed_ends, listed_starts
        hyphens = _where_written(text, _HYPHENS)  # (none: no name can be inside a hyphened compound)
        candidates = _outside_compounds(doc, found, hyphens, listed_tokens) if hyphens else list(found)
        self._acronyms: dict[str, _Mention] = {}  # those the text defines ("... (SCNU)"), by `_with_acronyms`
        self._referred: dict[_Mention, _Mention] = {}  # "the Institute" -> the institute named before it
        self._alliance_indexes: list[int] = []  # where the top mentions name alliances (`_with_seat_countries`)
        self._listed_zh_names: list[str] | None = None  # the page's listed Chinese names, when needed
        if self.language == "zh":
            self._page_simplified = matching_text(doc)  # (the extractors read it too: made once a page)
            # (a listed name keeps its words: the method is called for the others only)
            candidates = [m if m.kb_id else self._without_country_prefix(doc, text, m) for m in candidates]
            candidates = self._without_tokenizer_glue(doc, text, candidates)
            candidates = [m for m in candidates if m.kb_id or not _describes_a_kind_zh(_simplified(m.text))]
            candidates = self._with_provincial_namesakes(doc, text, facts, candidates)
            candidates = self._with_agencies(doc, text, facts, candidates)
            if _mentions_a_mission(text):  # (a literal test once a page: most pages name no embassy)
                candidates = self._with_mission_sections(doc, text, candidates)
            candidates = self._with_joint_institutes(doc, text, candidates, found)
            candidates = [self._built_by_a_pair_zh(text, m, candidates) for m in candidates]
            hosted = self._hosted_institutes(doc, text, candidates)
            hosted_written = bool(hosted)  # (a hosted body's word on the page: the steps below read for it)
            candidates += hosted
            if hosted or _holds_a_word(self._page_simplified, _hosted_abroad_words()):  # (once a page)
                candidates = [m for m in candidates if m.kb_id or not self._hosted_by_a_country(m.text)]
            bare = self._bare_provincial_bodies(doc, text, facts, candidates)
            if bare:  # 我省教育厅: no place before the level (else it is no bare body), so 我 is no part of it
                ends = {m.end_char: m.start_char for m in bare}
                candidates = [m for m in candidates if m.kb_id or ends.get(m.end_char, m.start_char) <= m.start_char]
                candidates += bare
        else:
            candidates = [m for m in candidates if m.kb_id or not _office_of_a_reference(m.text)]
            # ("at the University's campus in the Old University Building": the model's name of a building)
            candidates = [m for m in candidates if m.kb_id or m.text.rpartition(" ")[2] not in _building_words()]
            candidates = self._through_listed_hosts(doc, text, candidates)
            hosted_written = any(phrase in text for phrase in _hosted_kinds("en"))
            candidates += self._hosted_at(doc, text, candidates) if hosted_written else []
            candidates += self._joint_after_host(text, facts, candidates)
            if "jointly " in text or "co-" in text:  # (a literal test once a page)
                candidates = self._jointly_built_en(doc, text, facts, candidates)
            if hyphens:  # (a hyphen on the page: else no two names are joined by one)
                candidates = _pairs_apart(text, found, candidates)
            if " and " in text:  # (a literal test once a page)
                candidates = self._short_name_and_listed_apart(doc, text, candidates)
            if " University of " in text:  # (a literal test once a page)
                candidates = self._without_country_cue_names(candidates)
            candidates = self._without_alliance_organs(candidates)
            candidates = [m if m.kb_id else _before_headline_verb(doc, m) for m in candidates]
            candidates = [m for m in candidates if m is not None]
        candidates = self._without_aliases_naming_units(text, candidates)
        after_institution = {m.end for m in candidates}
        if self.language == "zh":  # (where the page's names end: a list of fields after one names its unit)
            self._named_ends = [*self._listed_ends, *(m.end_char for m in candidates if _ends_a_university(m))]
        # (a listed name is no unit: the method, looked up once, is called for the others only)
        is_subunit = self._is_subunit
        kept, unit_ends = [], set()
        for m in candidates:  # (a loop: the units' ends are kept for the lists they open)
            if m.kb_id or m.label == _BUILT_JOINTLY or not is_subunit(m, after_institution):
                kept.append(m)
            else:
                unit_ends.add(m.end_char)
        candidates = kept
        if self.language == "zh":
            candidates = self._without_units_listed_after_units(text, candidates, unit_ends)
        top = _longest_non_overlapping(candidates)
        top = self._with_short_forms(doc, text, top)
        if self.language == "zh":
            top = self._with_unlisted_short_forms(facts, top)
            if "简称" in text or "下称" in text:  # (a literal test once a page)
                top = self._with_defined_short_forms_zh(doc, text, facts, top)
            top = self._with_headline_short_forms_zh(doc, text, facts, top)
            if "（" in text or "(" in text:  # 密歇根州立大学（MSU）: the acronym is the name's, not MSU's entry
                top = self._with_acronyms(doc, text, facts, top)
        if self.language == "en":
            if "(" in text:  # (a literal test once a page)
                top = self._named_before_listed_acronyms(doc, text, facts, top)
            top = self._with_acronyms(doc, text, facts, top)
            top = self._with_initials(doc, text, facts, top)
            if any(f"{short} " in text for short in _short_name_prefixes()):  # (a literal test once a page)
                top = self._short_prefixed_as_named(facts, top)
            top = self._with_first_words(doc, text, facts, top)
            if "niversities of " in text:  # (a literal test once a page)
                top = self._with_universities_of(doc, text, facts, top)
            top = self._described_by_place(text, top)
        top = self._with_first_person(doc, text, facts, top)
        top, bare_hosted = self._bare_hosted_named(top) if hosted_written else (top, {})
        if self._referred:  # ("the Institute" read as the institute named before: described as it is)
            bare_hosted = _with_references(top, bare_hosted, self._referred)
        # A name inside another counts on its own only as a parent named after "at"/"of"
        # ("Queen Mary College at Nanchang University"), not as the outer name's first words.
        nested = _nested_parents(doc, candidates, top)
        # The facts are handed on beside the spans as they are written on their extensions, so that
        # the extractors and the record do not read them back.
        top = sorted(top, key=_START)
        top_facts = self._describe_all(text, facts, top)
        # (the top names do not overlap; a nested one may share its characters with another, and the
        # extensions then hold the later one's facts)
        nested_facts = {(m.start_char, m.end_char): self._describe(text, facts, m) for m in nested}
        if nested and hosted_written and any(is_hosted_body(m.text) for m in top):
            top_facts = _in_hosts_country(facts, top, top_facts, nested_facts)
            top_facts = self._one_body_a_host(facts, top, top_facts, nested)
        if bare_hosted:
            top_facts = self._as_their_hosted(facts, top, top_facts, bare_hosted)
        top_facts = _with_shared_countries(facts, top, top_facts)
        if _tells_a_seat(text, self.language):  # (a literal test once a page: few pages tell a seat)
            top_facts = self._with_seat_countries(text, facts, top, top_facts)
        ids = self._string_ids(doc, [*top, *nested])
        top_spans = [_span(doc, m, ids) for m in top]
        write_spans(doc, "institutions", top_spans, top_facts)  # the extractors read these
        if nested:  # (rare) both groups sorted together, one Span a mention in both
            everything = sorted(top + _unique(nested), key=lambda m: (m.start, -m.end))
            spans = dict(zip(top, top_spans, strict=True)) | {m: _span(doc, m, ids) for m in nested}
            every_fact = _facts_of(everything, top, top_facts, nested_facts)
            write_spans(doc, "institutions_all", [spans[m] for m in everything], every_fact)
        else:  # the top names, sorted by start and apart, are all of them
            write_spans(doc, "institutions_all", top_spans, top_facts)
        _set_entities(doc, top_spans)  # ORG entities for displacy & friends
        return doc

    # -- candidates -------------------------------------------------------------------
    def _string_ids(self, doc: Doc, mentions: list[_Mention]) -> dict[str, int]:
        """The string ids of the mentions' labels and kb ids, each added to the Doc's strings once
        (a Span made with the strings adds them again every time): the ids of the strings added
        before are kept (the same labels and entries come back page after page), while the Docs
        share their strings."""
        strings = doc.vocab.strings
        if strings is not self._ids_of:
            self._ids_of, self._ids = strings, {}
        ids = self._ids
        if len(ids) > 1 << 16:
            ids.clear()  # a long stream of new entries: keep memory flat
        wanted: dict[str, int] = {}
        for string in {m.label for m in mentions} | {m.kb_id for m in mentions}:
            found = ids.get(string)
            wanted[string] = ids.setdefault(string, strings.add(string)) if found is None else found
        return wanted

    def _without_country_prefix(self, doc: Doc, text: str, mention: _Mention) -> _Mention:
        """澳大利亚悉尼科技大学 -> 悉尼科技大学 (the country becomes a cue, not part of the name)."""
        if mention.kb_id or mention.end - mention.start < 2:
            return mention
        first = text[mention.start_char]
        if first not in self._country_first_han and "\u4e00" <= first <= "\u9fff":  # (`_HAN_WORD`, one character)
            return mention  # (most names: no Token is made to read the first word)
        code = self.countries.code(doc[mention.start].norm_)
        if code and code != "CN" and not doc[mention.start + 1].norm_.startswith("驻"):
            # (比利时驻华大使馆 keeps its country: the embassy is the country's.)
            rest_char = doc[mention.start + 1].idx
            rest = text[rest_char : mention.end_char]
            if (
                not _national_after_country(doc[mention.start].norm_, rest)
                and proper_part_zh(_simplified(rest))
                and not keeps_its_country_zh(_simplified(rest))
                and not opens_with_state_form(rest)  # 哈萨克斯坦 + 共和国教育和科学部: the country's full name
            ):
                # (the fields written out: a named tuple's `_replace` is Python, ~2 us)
                start, end, label, kb_id = mention.start + 1, mention.end, mention.label, mention.kb_id
                return _NEW_TUPLE(_Mention, (start, end, rest_char, mention.end_char, label, kb_id, 0, rest))
        return mention

    def _without_tokenizer_glue(self, doc: Doc, text: str, candidates: list[_Mention]) -> list[_Mention]:
        """The candidates less what the tokenizer glued to them or cut from them: a word glued to a
        joining character before a name (`_without_glued_joiner`), a listed short form that is the end
        of a longer name (`_listed_before_its_head`). Both read on literal tests first."""
        changed: list[_Mention | None] | None = None  # (a copy, made at the first change: most pages none)
        for i, mention in enumerate(candidates):
            replaced: _Mention | None
            if mention.kb_id:
                # (兰大 + 学: its last character and the next one, read before any Token is made)
                cut = mention.text[-1:] == "大" and text.startswith("学", mention.end_char)
                if not (cut and _listed_before_its_head(doc, mention)):
                    continue
                replaced = None
            elif _GLUED_JOINERS.search(text, mention.start_char + 1, mention.start_char + 4):
                replaced = self._without_glued_joiner(doc, text, mention)
                if replaced is mention:
                    continue
            else:
                continue  # (most names: no joining character among their first characters)
            changed = list(candidates) if changed is None else changed
            changed[i] = replaced
        return candidates if changed is None else [m for m in changed if m is not None]

    def _without_glued_joiner(self, doc: Doc, text: str, mention: _Mention) -> _Mention:
        """21所及哥斯达黎加大学 -> 哥斯达黎加大学: a first word the tokenizer glued to a joining character
        (所及, 校与) is no part of a name when what follows it starts with a country or a place."""
        first = doc[mention.start]
        if len(first) < 2 or first.text[-1] not in _JOINERS_ZH or mention.end - mention.start < 2:
            return mention
        rest = doc[mention.start + 1]
        words = text[rest.idx : mention.end_char]
        if self.countries.code(rest.norm_) is None and self._place_in(_simplified(words)) is None:
            return mention
        start, end, label, kb_id = mention.start + 1, mention.end, mention.label, mention.kb_id
        return _NEW_TUPLE(_Mention, (start, end, rest.idx, mention.end_char, label, kb_id, 0, words))

    def _from_sending_state(self, doc: Doc, text: str, mention: _Mention) -> _Mention:
        """拜会中国驻塔吉克斯坦大使馆 -> 中国驻塔吉克斯坦大使馆: a mission's name starts with the state it
        represents, written right before 驻; a word before that state is no part of it."""
        at = mention.text.find("驻")
        before = mention.text[:at]
        sizes = [n for n in self._country_sizes_by_last.get(before[-1:], ()) if n < len(before)]
        size = next((n for n in reversed(sizes) if before[-n:] in self._country_rank), 0)
        span = doc.char_span(mention.start_char + at - size, mention.end_char) if size else None
        if span is None:  # (no state word before 驻, the name starts with it, or not at a word's start)
            return mention
        return _mention(SpanRow(span.start, span.end, span.start_char, span.end_char, mention.label, "", 0), text)

    def _with_provincial_namesakes(
        self, doc: Doc, text: str, facts: _Facts, candidates: list[_Mention]
    ) -> list[_Mention]:
        """山东省 + 教育国际交流协会: a national body's name less its national words (中国教育国际交流协会),
        written right after a Chinese province or city with its level, names that place's own body of
        the same name, not the national one: one unlisted name from the place on, in China."""
        found: list[_Mention] | None = None
        for at, mention in enumerate(candidates):
            if not mention.kb_id or mention.start == 0 or text[mention.start_char - 1] not in _LEVEL_ENDS:
                continue  # (a literal test first: most names follow no level of government)
            entry = self.gazetteer.get(mention.kb_id)
            if entry is None or entry.country != "CN" or entry.kind not in _NAMESAKE_KINDS or not entry.name_zh:
                continue
            written = _simplified(mention.text)
            if written == entry.name_zh or not entry.name_zh.endswith(written):
                continue  # (its full name, or a short form that is no national name's tail)
            place = doc[mention.start - 1]
            if place.whitespace_ or not self._chinese_region(place.norm_):
                continue
            row = SpanRow(place.i, mention.end, place.idx, mention.end_char, entry.kind, "", 0)
            namesake = _mention(row, text)
            facts.set(namesake, "country", "CN")
            found = list(candidates) if found is None else found
            found[at] = namesake
        return candidates if found is None else found

    def _chinese_region(self, word: str) -> bool:
        """山东省, 济南市, 广西壮族自治区: a Chinese province or city written with its level."""
        for level in _LEVELS:
            if word.endswith(level) and len(word) > len(level):
                place = word[: -len(level)]
                if self.places.country_of.get(place) == "CN":
                    return True
                if level == "自治区" and place[:2] in self._province_zh_set:  # 广西壮族 + 自治区
                    return True
        return False

    def _with_joint_institutes(
        self, doc: Doc, text: str, candidates: list[_Mention], found_by_finders: list[_Mention]
    ) -> list[_Mention]:
        """江西理工大学 + 乌拉尔学院: a college named after a foreign partner (乌拉尔联邦大学) or as a
        Sino-foreign one (中法学院) inside a Chinese university is a joint institute, not an
        internal school like 外国语学院."""
        ends = {m.end for m in candidates}
        ending_at: dict[int, list[_Mention]] | None = None  # made when a unit needs its parents
        foreign_starts: list[int] | None = None
        joint = []
        for unit in candidates:
            if unit.start not in ends:
                continue  # nothing right before it (the cheapest test first)
            middle = _simplified(unit.text)
            middle = middle[:-2] if middle.endswith("学院") else ""
            if len(middle) < 2 or unit.kb_id:
                continue
            if (
                middle not in _foreign_name_prefixes()
                and not self._named_as_joint(middle)
                and not self._built_with_a_partner(text, unit, candidates)
            ):
                if foreign_starts is None:
                    foreign_starts = self._foreign_starts(found_by_finders)
                if not _written_at_any(self._page_simplified, middle, foreign_starts):
                    continue
            ending_at = _by_end(candidates, ends) if ending_at is None else ending_at
            for parent in ending_at[unit.start]:
                if _simplified(parent.text).endswith("大学"):
                    joint.append(_joined(parent, unit, "joint_institute", text))
        return [*candidates, *joint]

    def _built_by_a_pair_zh(self, text: str, unit: _Mention, candidates: list[_Mention]) -> _Mention:
        """由A与B合作共建的“X学院”: an unlisted college, standing alone, right after a word of joint building
        (`zh/joint_built_openers.txt`) whose subjects are a listed Chinese university and a foreign
        teaching body joined by 与/和, is their joint institute (GUIDE.md), not a college of its own."""
        if unit.kb_id or unit.label == "joint_institute" or not _simplified(unit.text).endswith("学院"):
            return unit
        head = text[max(0, unit.start_char - _OPENER_REACH) : unit.start_char]
        before = _OPENER_TAIL.sub("", head)
        opener = next((w for w in _joint_built_openers() if before.endswith(w)), None)
        if opener is None:
            return unit
        opened = unit.start_char - (len(head) - len(before)) - len(opener)
        partners = [
            m
            for m in candidates
            if m.label in _TEACHING_KINDS
            and opened - _PAIR_REACH <= m.start_char
            and m.end_char <= opened
            and not _CLAUSE_MARK.search(text[m.end_char : opened])
        ]
        if len(partners) != 2 or not self._joined_pair(text[partners[0].end_char : partners[1].start_char]):
            return unit
        countries = {self._partner_country(text, m) for m in partners}
        if "CN" in countries and len(countries - {None}) == 2:  # (a Chinese side and a foreign one)
            return unit._replace(label="joint_institute")
        return unit

    def _joined_pair(self, between: str) -> bool:
        """Whether `between` joins two names: 与 or 和, maybe before the second one's country (与肯尼亚)."""
        return between[:1] in ("与", "和") and (len(between) == 1 or self.countries.code(between[1:]) is not None)

    def _partner_country(self, text: str, mention: _Mention) -> str | None:
        """The country a listed body's entry gives, or an unlisted one's name or the country word
        written before it (金华…, 卢旺达…, 肯尼亚 + 内罗毕理工学院)."""
        if mention.kb_id:
            return self._entry_country(self.gazetteer.get(mention.kb_id))
        return self._country_from_context(text, mention)

    def _built_with_a_partner(self, text: str, unit: _Mention, candidates: list[_Mention]) -> bool:
        """A与B共建的“A某某学院”: a college glued to its Chinese host, after a word of its joint building
        (`zh/joint_built_openers.txt`) right after a partner that is no listed Chinese body, is the
        pair's joint institute whatever its middle (the host's school with a company or a city
        built is not: their partner is no university)."""
        host = None
        for mention in candidates:  # (the mention right before the unit: its host)
            if mention.end == unit.start and _simplified(mention.text).endswith("大学"):
                host = mention
                break
        if host is None:
            return False
        before = _OPENER_TAIL.sub("", text[max(0, host.start_char - _OPENER_REACH) : host.start_char])
        opener = next((w for w in _joint_built_openers() if before.endswith(w)), None)
        if opener is None:
            return False
        opened = host.start_char - (len(text[max(0, host.start_char - _OPENER_REACH) : host.start_char]) - len(before))
        opened -= len(opener)
        for partner in candidates:  # (a loop: compiled)
            if not opened - _PARTNER_GAP <= partner.end_char <= opened:
                continue
            entry = self.gazetteer.get(partner.kb_id) if partner.kb_id else None
            if entry is None:
                foreign = partner.label in _TEACHING_KINDS
            else:
                foreign = entry.kind in _TEACHING_KINDS and entry.country not in (None, "CN")
            if foreign and not _CLAUSE_MARK.search(text[partner.end_char : opened]):
                return True
        return False

    def _jointly_built_en(self, doc: Doc, text: str, facts: _Facts, candidates: list[_Mention]) -> list[_Mention]:
        """ "A and B jointly established the X College", "the X School, jointly built by A and B": an
        unlisted teaching body the sentence says two bodies built together is their joint
        institute, in China (a Sino-foreign one on a Chinese campus), not a unit of its host: a
        listed Chinese university written right before it ("Nanchang University X School") is
        part of its name."""
        hosts = {m.end_char: m for m in candidates if m.kb_id}
        built: dict[_Mention, _Mention] = {}
        for m in candidates:
            if m.kb_id or m.label not in _TEACHING_KINDS | {"joint_institute"} or m.label == _BUILT_JOINTLY:
                continue
            host = hosts.get(m.start_char - 1)
            entry = self.gazetteer.get(host.kb_id) if host is not None else None
            if host is None or entry is None or entry.country != "CN" or text[m.start_char - 1] != " ":
                host = None
            first = m.start_char if host is None else host.start_char
            before = text[max(0, first - _BUILT_REACH_EN) : first]
            if not (_BUILT_BEFORE_EN.search(before) or _BUILT_AFTER_EN.match(text, m.end_char)):
                continue
            if not self._foreign_teaching_beside(doc, m, candidates):
                continue  # (a school built with a company or a city: no Sino-foreign institute)
            joined = m._replace(label=_BUILT_JOINTLY) if host is None else _joined(host, m, _BUILT_JOINTLY, text)
            facts.set(joined, "country", "CN")
            built[m] = joined
        if not built:
            return candidates
        replaced = {id(m) for m in built}
        return [m for m in candidates if id(m) not in replaced] + list(built.values())

    def _foreign_teaching_beside(self, doc: Doc, built: _Mention, candidates: list[_Mention]) -> bool:
        """Whether the sentence of `built` names another teaching body that is no listed Chinese one
        (its foreign parent)."""
        starts = sentence_starts_of(doc)
        at = bisect.bisect_right(starts, built.start)
        left = starts[at - 1] if at else 0
        right = starts[at] if at < len(starts) else len(doc)
        for other in candidates:  # (a loop: compiled)
            if other.start < left or other.end > right or other.start_char == built.start_char:
                continue
            if built.start_char <= other.start_char < built.end_char or other.end_char == built.start_char - 1:
                continue  # (inside it, or its host)
            listed = self._listed_starts.get(other.start_char)  # (a finder's copy of a listed name reads as it)
            kb_id = other.kb_id or (listed[1] if listed is not None and listed[0] == other.end_char else "")
            entry = self.gazetteer.get(kb_id) if kb_id else None
            if entry is None and other.label in _TEACHING_KINDS:
                return True
            if entry is not None and entry.kind in _TEACHING_KINDS and entry.country not in (None, "CN"):
                return True
        return False

    def _joint_after_host(self, text: str, facts: _Facts, candidates: list[_Mention]) -> list[_Mention]:
        """'Guangzhou University Alberta Joint Institute': an unlisted teaching body named as a joint
        institute (`en/joint_name_words.txt`) or after a foreign place, written right after a listed
        Chinese university (one space between), is one name with it: that university's joint
        institute, in its country (the finder cuts the name after the university's head word)."""
        hosts = {m.end_char: m for m in candidates if m.kb_id}
        units = [  # (where a listed name ends one space before: a set lookup, then the name's words)
            m
            for m in candidates
            if m.start_char - 1 in hosts
            and not m.kb_id
            and m.label in _TEACHING_KINDS
            and text[m.start_char - 1 : m.start_char] == " "
            and (self._named_as_joint(m.text) or self._country_in_name(m.text, m.text) not in (None, "CN"))
        ]
        joint = []
        for unit in units:
            host = hosts.get(unit.start_char - 1)
            entry = self.gazetteer.get(host.kb_id) if host is not None else None
            if entry is not None and entry.country == "CN" and entry.kind in _TEACHING_KINDS:
                mention = _joined(host, unit, "joint_institute", text)
                facts.set(mention, "country", entry.country)
                joint.append(mention)
        return joint

    def _through_listed_hosts(self, doc: Doc, text: str, candidates: list[_Mention]) -> list[_Mention]:
        """ "Confucius Institute at the University of Dar" + the listed "University of Dar es Salaam": an
        unlisted name that ends inside a listed name written after its "at" / "of" runs to that name's
        end (the patterns stop at a lower-case word of the host's name; the gazetteer knows all of it)."""
        extended: list[_Mention] | None = None
        for at, mention in enumerate(candidates):
            if mention.kb_id or (" at " not in mention.text and " of " not in mention.text):
                continue  # (literal tests first: most names have no host after a connector)
            for connector in _HOST_AFTER.finditer(mention.text):
                listed = self._listed_starts.get(mention.start_char + connector.end())
                if listed is None or listed[0] <= mention.end_char:
                    continue
                span = doc.char_span(mention.start_char, listed[0])
                if span is not None:
                    row = SpanRow(span.start, span.end, mention.start_char, listed[0], mention.label, "", 0)
                    extended = list(candidates) if extended is None else extended
                    extended[at] = _mention(row, text)
                    break
        return candidates if extended is None else extended

    def _listed_teaching_end(self, start: int) -> int:
        """Where the listed university or college starting at character `start` ends, or 0."""
        end, kb_id = self._listed_starts.get(start, (0, ""))
        entry = self.gazetteer.get(kb_id) if kb_id else None
        return end if entry is not None and entry.kind in _TEACHING_KINDS else 0

    def _one_body_a_host(
        self, facts: _Facts, top: list[_Mention], top_facts: list[Facts], nested: list[_Mention]
    ) -> list[Facts]:
        """ "Confucius Institute at the University of Dar es Salaam" ... "Confucius Institute at UDSM": bodies
        named by the same hosted word and the same listed host, whatever name of the host is written
        (its acronym), are one body, reported as it is first named."""
        first_named: dict[tuple[str, str], Facts] = {}
        described = []
        for mention, known in zip(top, top_facts, strict=True):
            host = self._listed_host(mention, nested) if known.entry is None else ""
            word = self._hosted_word(mention.text) if host else ""
            if word:
                first = first_named.setdefault((word, host), known)
                if first is not known:
                    name = first.display_name or first.text
                    known = known._replace(display_name=name, country=first.country or known.country)
                    facts.set(mention, "display_name", name)
                    facts.set(mention, "country", known.country)
            described.append(known)
        return described

    def _listed_host(self, mention: _Mention, nested: list[_Mention]) -> str:
        """The entry id of the listed name nested in the mention after its first words (its host), or of
        the host written as an acronym the text defines ("Confucius Institute at ADMU"), or ''."""
        for inner in nested:
            if inner.kb_id and mention.start_char < inner.start_char and inner.end_char <= mention.end_char:
                return inner.kb_id
        _, at, acronym = mention.text.rpartition(" at ")
        full = self._acronyms.get(acronym) if at and self._acronyms else None
        if full is None:
            return ""
        entry = self.gazetteer.get(full.kb_id) or self._links(full.text)
        return entry.id if entry is not None else ""

    def _hosted_word(self, name: str) -> str:
        """The hosted body's word (`<language>/hosted_institutes.tsv`) the name holds, or ''."""
        written = _simplified(name) if self.language == "zh" else name
        for word in _hosted_kinds(self.language):
            if word in written:
                return word
        return ""

    def _hosted_institutes(self, doc: Doc, text: str, candidates: list[_Mention]) -> list[_Mention]:
        """诺维萨德大学 + 中医药孔子学院: an institute named by its host university and a field
        (`zh/hosted_institutes.txt`) is a joint institute of its own, in the host's country."""
        hosted = []
        # A hosted institute's word is written within the 12 characters after its host: only the
        # hosts with the word's first character there are read (most pages have none at all).
        starts = _where_written(text, _first_characters(_hosted_institute_words()))
        if not starts:
            return hosted
        for host in candidates:  # (only the few characters after each university are read)
            first = bisect.bisect_left(starts, host.end_char)
            if first == len(starts) or starts[first] >= host.end_char + 12:
                continue  # no word begins in the characters read below
            if not _simplified(host.text).endswith(("大学", "学院")):
                continue
            after = _hosted_after().match(self._page_simplified[host.end_char : host.end_char + 12])
            if after is None or self._hosted_at_home(host, after.group(0)):
                continue
            span = doc.char_span(host.start_char, host.end_char + after.end(), alignment_mode="contract")
            if span is not None and span.end_char == host.end_char + after.end():
                kind = next(k for word, k in _hosted_kinds("zh").items() if after.group(0).endswith(word))
                row = SpanRow(host.start, span.end, host.start_char, span.end_char, kind, "", 0)
                hosted.append(_mention(row, text))
        return hosted

    def _hosted_at_home(self, host: _Mention, word: str) -> bool:
        """兰州大学 + 孔子学院: a body named only after its foreign host (`zh/hosted_abroad_words.txt`)
        written after a listed Chinese university names none (that university's Confucius Institute work)."""
        if not word.endswith(_hosted_abroad_words()):
            return False
        entry = self.gazetteer.get(host.kb_id) if host.kb_id else None
        return entry is not None and entry.country == "CN"

    def _hosted_by_a_country(self, name: str) -> bool:
        """俄罗斯孔子学院: a body named only after its foreign host (`zh/hosted_abroad_words.txt`) written
        after a country alone names none (that country's Confucius Institutes)."""
        written = _simplified(name)
        for word in _hosted_abroad_words():
            if written.endswith(word) and len(written) > len(word):
                return self.countries.code(written[: -len(word)]) is not None
        return False

    def _hosted_at(self, doc: Doc, text: str, candidates: list[_Mention]) -> list[_Mention]:
        """ "Luban Workshop at Machakos University": a body named by its word (`en/hosted_institutes.tsv`)
        and the teaching institution after "at" / "of" is a body of its own, of the word's kind."""
        hosted: list[_Mention] = []
        hosts: dict[int, _Mention] | None = None  # the teaching candidates by first character, made when needed
        for phrase, kind in _hosted_kinds("en").items():
            at = text.find(phrase)
            while at >= 0:
                connector = _HOST_AFTER.match(text, at + len(phrase))
                if connector is not None:
                    hosts = _teaching_by_start(candidates) if hosts is None else hosts
                    host = hosts.get(connector.end())
                    # (a listed teaching body there that runs further is the host's whole name: "University of
                    # Dar es Salaam", "Ateneo de Manila University" the patterns cut at a lower-case word)
                    end = max(host.end_char if host is not None else 0, self._listed_teaching_end(connector.end()))
                    span = doc.char_span(at, end) if end else None
                    if span is not None:
                        hosted.append(_mention(SpanRow(span.start, span.end, at, span.end_char, kind, "", 0), text))
                at = text.find(phrase, at + len(phrase))
        return hosted

    def _bare_hosted_named(self, mentions: list[_Mention]) -> tuple[list[_Mention], dict[_Mention, _Mention]]:
        """A hosted body's word written alone ("the Confucius Institute", 孔子学院) is the hosted body of
        that word the page names (the last before it, else the first after): it is reported as that
        one; with none on the page, it names no institution. Returns the mentions kept and, for each
        bare one, its hosted body."""
        words = _hosted_kinds(self.language)
        ends = tuple(words)
        bare = [m for m in mentions if m.text.endswith(ends) and not m.kb_id and _LEADING_THE.sub("", m.text) in words]
        if not bare:
            return mentions, {}
        named: dict[_Mention, _Mention] = {}
        for mention in bare:
            word = _LEADING_THE.sub("", mention.text)
            hosted = [m for m in mentions if m.text != mention.text and self._names_host_of(m.text, word)]
            before = [m for m in hosted if m.start < mention.start]
            chosen = before[-1] if before else (hosted[0] if hosted else None)
            if chosen is not None:
                named[mention] = chosen
        return [m for m in mentions if m in named or m not in bare], named

    def _foreign_starts(self, mentions: list[_Mention]) -> list[int]:
        """Where the finders' names linked to a foreign institution begin: a college named like
        one (乌拉尔学院 beside 乌拉尔联邦大学) is named after that partner."""
        foreign = self._foreign_ids
        return [m.start_char for m in mentions if m.kb_id in foreign and m.label != "joint_institute"]

    def _bare_provincial_bodies(self, doc: Doc, text: str, facts: _Facts, candidates: list[_Mention]) -> list[_Mention]:
        """省教育厅 / 市外办 without a province or city (`zh/bare_bodies.txt`): the page's own (from
        its publisher, site, source line, title or breadcrumb), as a provincial bulletin means it;
        a Chinese government body as written when the page names none; the body named in full
        before it (`candidates`) when there is one."""
        found: list[_Mention] = []
        page: dict[str, str | None] | None = None  # the page's province and city, read once per page
        matches = _bare_body_matches(text)
        if not matches:
            return found  # (most pages: the candidates are not read)
        full_forms: list[_Mention] | None = None  # picked when a body not written out needs them
        latest_first: list[_Mention] | None = None  # they, the last first, when a listed one is sought
        for match in matches:
            before = self._page_simplified[max(0, match.start() - 8) : match.start()]
            if self._ends_in_place(before):
                continue  # 江西省教育厅, 九江市外办: written out (the gazetteer or the patterns have it)
            if before.endswith(_bare_body_distributives()):
                continue  # 各设区市教育局: every city's bureau, no body named
            span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
            if span is None or span.end_char != match.end() or match.start() - span.start_char > 1:
                continue  # inside a longer word (我省教育厅 is one: its token 我省 is taken whole)
            body = self._page_simplified[match.start() : match.end()]
            full_forms = _full_forms(candidates) if full_forms is None else full_forms
            earlier = _earlier_full_form(full_forms, body, span.start_char)
            if earlier is None:
                latest_first = sorted(full_forms, key=_START, reverse=True) if latest_first is None else latest_first
                earlier = self._earlier_listed_form(latest_first, body, span.start_char)
            if earlier is not None and not earlier.kb_id:
                display_name, entry = earlier.text, None  # 广西壮族自治区卫健委 ... 自治区卫健委: the same body
            else:
                page = self._page_places(doc) if page is None else page
                entry = self.gazetteer.get(earlier.kb_id) if earlier else self._bare_body_entry(body, page)
                display_name = text[span.start_char : span.end_char]  # named as written: 省教育厅
            kind, kb_id = (entry.kind, entry.id) if entry else ("government", "")
            mention = _mention(SpanRow(span.start, span.end, span.start_char, span.end_char, kind, kb_id, 0), text)
            facts.set(mention, "display_name", display_name)
            facts.set(mention, "country", "CN")
            found.append(mention)
        return found

    def _earlier_listed_form(self, latest_first: list[_Mention], body: str, before: int) -> _Mention | None:
        """The last listed candidate before `before` that one of its entry's names writes with the bare
        body's words (江西省人民政府外事办公室 ... 省外办: its name 江西省外办). `latest_first`: the
        candidates sorted by start, the last first (sorted once a page, not once a body)."""
        for mention in latest_first:
            if mention.end_char > before or not mention.kb_id:
                continue
            names = self._simplified_names.get(mention.kb_id)
            if names is None:
                names = self._entry_simplified_names(mention.kb_id)
            if _ending_in(names, body):
                return mention
        return None

    def _entry_simplified_names(self, entry_id: str) -> tuple[str, ...]:
        """The entry's names in simplified script (none for an unknown id), kept by entry (they are
        the gazetteer's, so the table is bounded by it)."""
        entry = self.gazetteer.get(entry_id)
        names = tuple([_simplified(name) for name in entry.names]) if entry is not None else ()
        self._simplified_names[entry_id] = names
        return names

    def _ends_in_place(self, before: str) -> bool:
        """`before` ends in a Han place name (by its suffixes of the places' lengths)."""
        places = self._han_places
        for size in self._han_place_sizes:  # noqa: SIM110 - compiled, `any` of a generator makes one
            if size <= len(before) and before[-size:] in places:
                return True
        return False

    def _bare_body_entry(self, body: str, page: dict[str, str | None]) -> GazetteerEntry | None:
        """The entry of 省教育厅 on a page of `page["province"]` (江西省教育厅, 江西教育厅), of 市外办 on
        a page of `page["city"]`."""
        level = next(level for level in _LEVELS if body.startswith(level))
        place = page["city" if level == "市" else "province"]
        if place is None:
            return None
        for name in (f"{place}{body}", f"{place}{body[len(level) :]}"):
            entry = self.gazetteer.lookup(name)
            if entry is not None:
                return entry
        return None

    def _page_places(self, doc: Doc) -> dict[str, str | None]:
        """The page's province and city (Chinese names): its publisher's (a university's, or the
        body whose site it is), else the first named in its source line, site name, title or
        breadcrumb."""
        bulletin = doc._.bulletin
        publisher = doc._.publisher
        entry = publisher.entry if publisher is not None else None
        if entry is None and bulletin is not None and bulletin.host:
            entry = self.gazetteer.by_domain(bulletin.host)
        province = self._province_zh.get(entry.province or "") if entry else None
        city = self._city_zh.get(entry.city or "") if entry else None
        clues = [bulletin.credited_source, bulletin.site_name, bulletin.title, *bulletin.channel] if bulletin else []
        for clue in filter(None, clues):
            clue = _simplified(clue)
            province = province or self._first_listed_province(clue)
            city = city or self._first_listed_city(clue)
        return {"province": province, "city": city}

    def _first_listed_province(self, clue: str) -> str | None:
        """The first province of the table whose Chinese or English name `clue` holds."""
        found = self._province_finder.find_matches_as_indexes(clue, overlapping=True) if self._province_finder else []
        return self._province_names[min(index for index, _, _ in found) // 2] if found else None

    def _first_listed_city(self, clue: str) -> str | None:
        """The first city of the table written "<city>市" in `clue` (one pass over the clue)."""
        found = self._city_finder.find_matches_as_indexes(clue, overlapping=True)
        return self._city_names[min(index for index, _, _ in found)] if found else None

    def _with_agencies(self, doc: Doc, text: str, facts: _Facts, candidates: list[_Mention]) -> list[_Mention]:
        """教育部 + 中外人文交流中心: a centre named after its ministry is one agency, not a unit."""
        units = [unit for unit in candidates if not unit.kb_id and unit.label in {"other", "research_institute"}]
        if not units:
            return candidates  # (no centre to join: the candidates are not read again)
        ending_at = _by_end(candidates, {unit.start for unit in units})
        agencies = []
        for unit in units:
            for parent in ending_at.get(unit.start, ()):
                entry = self.gazetteer.get(parent.kb_id)
                if entry is not None and entry.kind == "government":
                    agency = _joined(parent, unit, "government", text)
                    facts.set(agency, "country", entry.country)
                    agencies.append(agency)
        return [*candidates, *agencies]

    def _with_mission_sections(self, doc: Doc, text: str, candidates: list[_Mention]) -> list[_Mention]:
        """英国驻华大使馆 + 教育处: the section of a listed embassy or consulate is named with it (one
        body); a mission word with no country before it (使馆教育处 after the full name) is a reference
        back to that mission, no body of its own."""
        missions, sections = _mission_words(), _mission_sections()
        kept: list[_Mention] = []
        joined: list[_Mention] = []
        for mention in candidates:
            if not mention.kb_id and mention.text.startswith(missions):
                continue
            if not mention.kb_id and "驻" in mention.text:
                mention = self._from_sending_state(doc, text, mention)
            kept.append(mention)
            if mention.kb_id and mention.text.endswith(missions):
                section = _section_after(text, mention.end_char, sections)
                span = doc.char_span(mention.start_char, mention.end_char + len(section)) if section else None
                if span is not None:
                    row = SpanRow(span.start, span.end, span.start_char, span.end_char, "government", "", 0)
                    joined.append(_mention(row, text))
        return [*kept, *joined]

    def _without_country_cue_names(self, candidates: list[_Mention]) -> list[_Mention]:
        """ "Yarmouk University of Jordan": the listed "University of <country>" (University of Jordan)
        read inside a name that ends at its "University" is that name and its country (a cue, as in
        "Makerere University of Uganda"), not the listed body."""
        ends = {m.end_char for m in candidates}
        dropped = [
            m
            for m in candidates
            if m.kb_id
            and m.text.startswith("University of ")
            and m.start_char + len("University") in ends
            and self.countries.code(m.text[len("University of ") :]) is not None
        ]
        return [m for m in candidates if m not in dropped] if dropped else candidates

    def _short_name_and_listed_apart(self, doc: Doc, text: str, candidates: list[_Mention]) -> list[_Mention]:
        """ "Deakin and East China University of Technology": an unlisted name that is a listed name
        after words with no head and an "and" is two names, the short one ("Deakin") standing for
        the page's listed name it starts (Deakin University) or the listed "<words> University"."""
        listed_at = {m.start_char: m for m in candidates if m.kb_id and text.endswith(" and ", 0, m.start_char)}
        if not listed_at:
            return candidates  # (most pages: no listed name right after an "and")
        merged: dict[_Mention, int] = {}  # the unlisted names made of two, and where the first ends
        for mention in candidates:
            if not mention.kb_id and " and " in mention.text:
                split = self._and_listed(mention, listed_at)
                if split is not None:
                    merged[mention] = split
        kept = [m for m in candidates if m not in merged] if merged else candidates
        added = [self._short_name_mention(doc, text, m.start_char, split, candidates) for m, split in merged.items()]
        added.extend(self._short_names_before_and(doc, text, kept, listed_at))
        found = [m for m in added if m is not None]
        return [*kept, *found] if found or merged else candidates

    def _short_names_before_and(
        self, doc: Doc, text: str, candidates: list[_Mention], listed_at: dict[int, _Mention]
    ) -> list[_Mention]:
        """ "Griffith and Jiangxi University of Finance and Economics": a lone proper word (no place,
        head or country) right before "and" + a listed name, after no other capitalised word, is a
        short name the same way."""
        taken: set[int] | None = None  # where the candidates start (made when a word is found)
        added = []
        for listed in listed_at.values():
            if not _capitalised_word_before_and(text, listed.start_char):
                continue  # (most listed names after "and": a lower-case word or another name before it)
            before = _SHORT_NAME_BEFORE_AND.search(text, max(0, listed.start_char - 40), listed.start_char)
            if before is None:
                continue
            if taken is None:
                taken = {m.start_char for m in candidates}
            if before.start(1) in taken or not self._short_form_word(before.group(1)):
                continue
            added.append(self._short_name_mention(doc, text, before.start(1), before.end(1), candidates))
        return added

    def _and_listed(self, mention: _Mention, listed_at: dict[int, _Mention]) -> int | None:
        """Where the words before the "and" end, when a listed name runs from after it to the end
        of `mention` and those words hold no head; else None."""
        at = mention.text.find(" and ")
        while at > 0:
            listed = listed_at.get(mention.start_char + at + 5)
            words = mention.text[:at].split(" ")
            if listed is not None and listed.end_char == mention.end_char and len(words) <= 3:
                heads = _head_words_en()
                if not any(word in heads for word in words):
                    return mention.start_char + at
            at = mention.text.find(" and ", at + 1)
        return None

    def _short_name_mention(
        self, doc: Doc, text: str, start: int, end: int, candidates: list[_Mention]
    ) -> _Mention | None:
        short = text[start:end]
        full = next((m for m in candidates if m.kb_id and m.text.startswith(short + " ")), None)
        entry = self.gazetteer.get(full.kb_id) if full is not None else self._university_named(short)
        span = doc.char_span(start, end)
        if entry is None or span is None:
            return None
        return _mention(SpanRow(span.start, span.end, start, end, "ORG", entry.id, 0), text)

    def _university_named(self, short: str) -> GazetteerEntry | None:
        """The listed "<short> University" (Griffith -> Griffith University), looked up once a word."""
        if short not in self._universities_named:
            if len(self._universities_named) > 1 << 14:
                self._universities_named.clear()  # a long stream of new words: keep memory flat
            self._universities_named[short] = self._links(f"{short} University")
        return self._universities_named[short]

    def _without_aliases_naming_units(self, text: str, candidates: list[_Mention]) -> list[_Mention]:
        """华中科技大学同济医学院, "Tongji Medical College of HUST": a listed Chinese body's short form
        (同济, Tongji) that names a school of another university (glued after that university and
        before a school's head; or before the "of" that names it) is that school's word, no
        institution: the school is the university's unit."""
        dropped: set[tuple[int, int]] = set()
        zh = self.language == "zh"
        for mention in candidates:
            if not mention.kb_id:
                continue
            if zh and mention.start_char not in self._listed_ends:
                continue  # (zh: only a short form glued after a listed name)
            if not zh and not (
                text.startswith(" ", mention.end_char)  # (the pattern's first two characters, read first)
                and text[mention.end_char + 1 : mention.end_char + 2].isupper()
                and _UNIT_OF_AFTER_EN.match(text, mention.end_char) is not None
            ):
                continue  # (en: only a word before a school's head and its "of")
            if self._names_a_unit_of_another(text, mention):
                dropped.add((mention.start_char, mention.end_char))
        if not dropped:
            return candidates  # (most pages)
        return [m for m in candidates if (m.start_char, m.end_char) not in dropped]

    def _names_a_unit_of_another(self, text: str, alias: _Mention) -> bool:
        entry = self.gazetteer.get(alias.kb_id)
        if entry is None or entry.country != "CN" or alias.text in (entry.name_en, entry.name_zh):
            return False  # (a full name is the body's own; a foreign body's word may name a joint school)
        if self.language == "zh":
            before = self._listed_ends.get(alias.start_char)
            return before not in (None, alias.kb_id) and bool(_unit_school_after_zh().match(text, alias.end_char))
        school = _UNIT_OF_AFTER_EN.match(text, alias.end_char)
        owner = self._listed_starts.get(school.end()) if school else None
        return owner is not None and owner[1] != alias.kb_id

    def _is_subunit(self, mention: _Mention, ends: set[int]) -> bool:
        """An internal unit: listed as such, or a non-gazetteer 学院 right after its institution
        (one of the candidates ends where it starts: `ends`)."""
        if mention.kb_id:
            return False
        units = _subunits(self.language)
        if self.language == "zh":
            # (what the name and label alone tell, read once a name: names recur; the short-form
            # school test reads the page's listed names, so it stays outside)
            key = (mention.text, mention.label)
            told = self._chinese_units.get(key)
            if told is None:
                if len(self._chinese_units) > 1 << 16:
                    self._chinese_units.clear()  # a long stream of new names: keep memory flat
                told = self._chinese_units[key] = self._unit_by_name_zh(mention.text, mention.label, units)
            is_unit, norm, unit_label = told
            if is_unit or (norm and self._school_of_a_short_form(norm)):
                return True
            return unit_label and (
                mention.start in ends or self._after_a_field_list(mention) or self._listed_with_units(mention)
            )
        name = mention.text
        if mention.start_char in self._listed_starts and self._school_after_listed_university(mention):
            return True  # "University of Auckland Business School": the listed university's school
        if name.startswith("Institute of ") and self._placed_in_a_city(mention):
            return False  # "the Institute of Soil and Water Conservation in Yangling": a body of its own
        known = self._english_units.get(name)  # (an English name alone tells: names recur, read each once)
        if known is None:
            if len(self._english_units) > 1 << 16:
                self._english_units.clear()  # a long stream of new names: keep memory flat
            known = self._english_units[name] = self._names_a_unit_en(name, units)
        return known

    def _school_after_listed_university(self, mention: _Mention) -> bool:
        """A listed university's name, then only field words and a unit's head, or the head and fields
        after its "of" (`en/unit_tails_of_a_university.txt`): "University of Sydney Business School",
        "Fudan University School of Management" name one of the university's schools (GUIDE.md)."""
        name, tail = mention.text, _unit_tail_en()
        at = name.find(" ")
        while at > 0:
            if tail.fullmatch(name, at):  # ("Institute of Technology School of ...": the longest tail first)
                entry = self._links(name[:at])
                if entry is not None and entry.kind in ("university", "college"):
                    return True
            at = name.find(" ", at + 1)
        return False

    def _without_units_listed_after_units(
        self, text: str, candidates: list[_Mention], unit_ends: set[int]
    ) -> list[_Mention]:
        """我校土木工程学院、建筑城规学院; X大学建筑材料检测实验室和能源转型研究中心: a school, centre or
        institute listed (、和及) right after an internal unit is one too, the same body's, unless it
        names its own place or country (南昌大学玛丽女王学院 is named by its parent: listed apart)."""
        listed_starts = set()
        for m in candidates:  # a unit written right after its listed body opens a list too
            if m.kb_id:
                listed_starts.add(m.start_char)
                unit = _UNIT_AFTER_ITS_BODY_ZH.match(text, m.end_char)
                if unit is not None:
                    unit_ends.add(unit.end())
        if not unit_ends:
            return candidates
        kept = []
        for m in sorted(candidates, key=_START_CHAR):
            at = m.start_char
            if (
                not m.kb_id
                and at >= 2
                and at not in listed_starts
                and text[at - 1] in _UNIT_LIST_JOINERS
                and at - 1 in unit_ends
                and m.label in _UNIT_LABELS_ZH
                and self._place_in(_simplified(m.text)) is None
                and self._country_starting(_simplified(m.text)) is None
            ):
                unit_ends.add(m.end_char)  # (the list goes on: 、 the next one is a unit too)
                continue
            kept.append(m)
        return kept

    def _after_a_field_list(self, mention: _Mention) -> bool:
        """考文垂大学工程、环境与计算学院: a school named by a list of fields (joined by 、 与 和 及) right
        after a listed institution or a university the page names (南湾国立大学语文与传媒学院) is its
        unit, though the name read starts at the list's last field."""
        text, start = self._page_simplified, mention.start_char
        if start < 1 or text[start - 1] not in _FIELD_JOINERS:
            return False  # (most names: not right after a joiner)
        for end in self._named_ends:
            if start - _FIELD_LIST_REACH <= end < start - 1 and _fields_listed(text[end : start - 1]):
                return True
        return False

    def _listed_with_units(self, mention: _Mention) -> bool:
        """国际交流与合作处、外国语学院、生态环境学院等单位: a school that names no place, in a list the
        text closes as one of units (等单位, 等部门), is one of them, the publisher's or its host's."""
        if not self._page_simplified.startswith(_UNITS_CLOSING_A_LIST, mention.end_char):
            return False  # (a literal test first: most names close no list of units)
        name = _simplified(mention.text)
        return self._place_in(name) is None and self._country_starting(name) is None

    @staticmethod
    def _unit_by_name_zh(text: str, label: str, units: tuple[str, ...]) -> tuple[bool, str, bool]:
        """What a Chinese name and its label alone tell `_is_subunit`: a unit whatever the page says;
        the simplified name when `_school_of_a_short_form` may find it a unit ('' when it cannot:
        its own first test); whether it is a unit when a candidate ends right before it."""
        norm = _simplified(text)
        if norm in units or _only_disciplines(norm):
            return True, "", True
        short_school = norm if norm.endswith("学院") and len(norm) <= 12 else ""
        # (a research centre or institute right after its university is one of its units:
        # `zh/research_unit_heads.txt`)
        unit_label = label in {"college", "school", "other"} or (
            label == "research_institute" and norm.endswith(_research_unit_heads())
        )
        return False, short_school, unit_label

    def _without_alliance_organs(self, candidates: list[_Mention]) -> list[_Mention]:
        """The candidates less an alliance's organs (`en/alliance_organs.txt`): "Secretariat of ASRTU",
        "ASRTU Council", "Council of the Association of ...": an office of the alliance named in them."""
        organs = _alliance_organs()
        alliances: set[str] | None = None  # (the page's alliance names, read at the first organ met)
        kept = []
        for mention in candidates:
            name = mention.text
            if not mention.kb_id and (name.startswith(organs) or name.endswith(organs)):
                if alliances is None:
                    alliances = {m.text for m in candidates if m.label == "alliance" or self._names_an_alliance(m.text)}
                if self._organ_of(name, organs, alliances):
                    continue
            kept.append(mention)
        return kept

    def _organ_of(self, name: str, organs: tuple[str, ...], alliances: set[str]) -> bool:
        """`name` is an organ word before "of <alliance>" or after an alliance's name."""
        for organ in organs:
            if name.startswith(organ + " of "):
                rest = _LEADING_THE.sub("", name[len(organ) + 4 :])
            elif name.endswith(" " + organ):
                rest = _LEADING_THE.sub("", name[: -len(organ) - 1])
            else:
                continue
            if rest in alliances or self._names_an_alliance(rest):
                return True
        return False

    def _names_an_alliance(self, name: str) -> bool:
        entry = self._links(name)
        return entry is not None and entry.kind == "alliance"

    def _placed_in_a_city(self, mention: _Mention) -> bool:
        """An unlisted name is followed by "in <city>" (a listed place): a body placed in a city, where a
        university's unit is placed in its university."""
        located = _LOCATED_IN.match(self._text, mention.end_char, mention.end_char + 40)
        if located is None or not self._text.startswith(" in ", mention.end_char):
            return False
        return located.group(1) in self.places.country_of

    def _names_a_unit_en(self, name: str, units: tuple[str, ...]) -> bool:
        if self._office_of_an_owner(name) or name.rpartition(" ")[2] in _subunit_tails():
            return True
        if name.startswith("Institute of ") and self._institute_of_an_academy(name):
            return False  # "Institute of Geography of the Chinese Academy of Sciences": a research body
        if name.startswith(_units_of_a_university()) and self._university_after_of(name) and not self._links(name):
            return True  # "International School of X University" (the "International School of Beijing" is one)
        if " of " in name and self._school_of_a_listed_owner(name):
            return True  # "Tongji Medical College of HUST": a school of the listed university after its "of"
        return name.startswith(units) and not self._links(name) and not self._office_of_a_state(name)

    def _school_of_a_listed_owner(self, name: str) -> bool:
        """ "X Medical College of <listed university>", "Y School of Medicine of <listed university>": a
        school named before the "of" that names a listed teaching body (whole, to the end) is that
        body's unit, unless the gazetteer lists it or it is named as a joint or hosted institute."""
        match = _UNIT_BEFORE_OWNER_EN.search(name)
        if match is None or self._links(name) or self._named_as_joint(name):
            return False
        if any(phrase in name for phrase in _hosted_kinds("en")):
            return False  # "Confucius Institute of X University": a body of its own
        if self._named_as_joint(name[: match.start()] + match.group().split(" of ")[0]):
            return False  # "Dundee International Institute of Nanchang University": named after its partner
        if self._partner_institute_of_host(name):
            return False  # "Bolton Institute of Xiangtan University": a joint institute, named for its partner
        owner = self._links(name[match.end() :])
        return owner is not None and owner.kind in _TEACHING_KINDS

    def _institute_of_an_academy(self, name: str) -> bool:
        """An institute named before the "of" that names a listed academy (a research body): one of the
        academy's institutes, a research body of its own, not a school's unit."""
        at = name.find(" of ", len("Institute of "))
        while at >= 0:
            owner = self._links(_LEADING_THE.sub("", name[at + 4 :]))
            if owner is not None:
                return owner.kind == "research_institute"
            at = name.find(" of ", at + 4)
        return False

    def _partner_institute_of_host(self, name: str) -> bool:
        """ "Bolton Institute of Xiangtan University": an institute or college of a listed Chinese teaching
        body (after the "of") named by a foreign university's own word (University of Bolton), or by a
        foreign place, before its head: the joint institute of the two, not a unit of the host."""
        match = _UNIT_BEFORE_OWNER_EN.search(name)
        if match is None or match.start() == 0:
            return False
        partner = name[: match.start()].strip()
        if not partner or not partner[:1].isupper():
            return False
        owner = self._links(name[match.end() :])
        if owner is None or owner.country != "CN" or owner.kind not in _TEACHING_KINDS:
            return False
        return self._names_a_foreign_partner(partner) or (
            " " in partner and self._names_a_foreign_partner(partner.partition(" ")[0])  # "Dundee International"
        )

    def _names_a_foreign_partner(self, words: str) -> bool:
        """`words` name a foreign place or the place a listed foreign university is named by."""
        if self.places.country_of.get(words) not in (None, "CN"):
            return True
        for form in (f"University of {words}", f"{words} University"):
            entry = self._links(form)
            if entry is not None and entry.country not in (None, "CN"):
                return True
        return False

    def _university_after_of(self, name: str) -> bool:
        """A university or college is named after the name's first "of"."""
        heads = self._english_heads()
        for word in name.partition(" of ")[2].split(" "):  # noqa: SIM110 - compiled, `any` of a generator makes one
            if heads.get(word) in _TEACHING_KINDS:
                return True
        return False

    def _school_of_a_short_form(self, name: str) -> bool:
        """江财会计学院: a school named by its field after the short form of a university the page
        names (江财: the first characters of 江西财经 大学) is that university's internal school."""
        if not name.endswith("学院") or len(name) > 12:
            return False  # (a short school's name only: most candidates are told by this alone)
        for size in (2, 3):
            short, rest = name[:size], name[size:]
            if len(rest) < 4 or not _only_disciplines(rest):
                continue
            if short in self._han_places or self.countries.code(short):
                return False  # 上海会计学院: a place names an institution of its own
            if self._listed_zh_names is None:
                entries = [self.gazetteer.get(kb_id) for kb_id in self._listed_ends.values()]
                entries.append(self._publisher.entry if self._publisher is not None else None)  # (its own page)
                self._listed_zh_names = [e.name_zh for e in entries if e is not None and e.kind in _TEACHING_KINDS]
            return any(_abbreviates(short, listed) for listed in self._listed_zh_names if listed)
        return False

    def _office_of_an_owner(self, name: str) -> bool:
        """ "Leeds's China Office", "the university's International Office": an office or department
        of the institution named in the possessive (a country's is a state body: "Kenya's Ministry")."""
        owner, mark, rest = name.partition("'s ")
        if not mark or not owner or not rest or self.countries.code(owner):
            return False
        if self._english_heads().get(_LEADING_THE.sub("", owner)) in _TEACHING_KINDS:
            return True  # "the University's Division of Sciences": a unit of the university the page is on
        if rest.split(" ")[-1] in _unit_words():
            return True
        # "Deakin's School of Medicine": a unit's own name after a body's short name (no place's)
        return rest.startswith(_subunits("en")) and owner not in self._place_rank

    def _office_of_a_state(self, name: str) -> bool:
        """'Office of the Higher Education Commission of Thailand', 'Department of Commerce of Hunan
        Province': an office or department headed like a government body and owned by a state (a
        country or a place after its last "of") or by another government body is that government's,
        not a university's internal unit ('Office of International Affairs of X University')."""
        first, _, owner_words = name.partition(" of ")
        if self._english_heads().get(first.split(" ")[0]) != "government" or not owner_words:
            return False
        owner = _LEADING_THE.sub("", owner_words.rsplit(" of ", 1)[-1])
        owner = _STATE_SUFFIX.sub("", owner)
        if self.countries.code(owner) or owner in self._place_rank:
            return True
        return any(self._english_heads().get(word) == "government" for word in owner_words.split(" "))

    @staticmethod
    def _english_heads() -> dict[str, str]:
        return word_table("en", "institution_heads.tsv")

    def _links(self, name: str) -> GazetteerEntry | None:
        return self.gazetteer.lookup(name)

    def _with_short_forms(self, doc: Doc, text: str, mentions: list[_Mention]) -> list[_Mention]:
        """新西兰林肯大学 ... 林肯大学: a later unlinked mention that ends a linked one is the same
        institution (the short form would not link alone when two entries share it)."""
        # The unlinked names' last four characters (a short form has at least four), then the linked
        # names ending so, by them, in order (only those: most linked names end as no short form does).
        endings = {m.text[-4:] for m in mentions if not m.kb_id and len(m.text) >= 4}
        if not endings:
            return mentions
        linked: dict[str, list[tuple[int, str, str]]] = defaultdict(list)
        for mention in mentions:
            if mention.kb_id and mention.text[-4:] in endings:
                linked[mention.text[-4:]].append((mention.start, mention.text, mention.kb_id))
        if not linked:
            return mentions
        resolved = []
        for mention in mentions:
            written = "" if mention.kb_id else mention.text
            if len(written) >= 4 and written[-4:] in linked:
                kb_id = _first_ending_in(linked[written[-4:]], mention.start, written)
                if kb_id is not None:  # (the fields written out: `_replace` is Python)
                    start, end, start_char, end_char, label = mention[:5]
                    mention = _NEW_TUPLE(_Mention, (start, end, start_char, end_char, label, kb_id, 0, written))
            resolved.append(mention)
        return resolved

    def _with_unlisted_short_forms(self, facts: _Facts, mentions: list[_Mention]) -> list[_Mention]:
        """江西理工大学乌拉尔学院 ... 乌拉尔学院: a later unlinked name that ends an earlier unlisted
        joint institute's name, less its host's name, is a short form of that joint institute."""
        joint = [m for m in mentions if not m.kb_id and m.label == "joint_institute"]
        if not joint:
            return mentions  # (most pages)
        resolved = []
        for mention in mentions:
            if not mention.kb_id and len(mention.text) >= 4 and mention.label != "joint_institute":
                full = next((j for j in joint if j.start < mention.start and self._unit_of(j, mention.text)), None)
                if full is not None:
                    mention = mention._replace(label=full.label, span_id=0)
                    facts.set(mention, "display_name", full.text)
                    facts.set(mention, "country", "CN")
            resolved.append(mention)
        return resolved

    def _with_first_words(self, doc: Doc, text: str, facts: _Facts, mentions: list[_Mention]) -> list[_Mention]:
        """ "Bauman Moscow State Technical University ... and Bauman on the Russian side": the first
        word of a name of three words or more, written alone later between lower-case words, is a
        short form of that name (unless another name the page gives starts with it: "Duke")."""
        firsts: dict[str, list[_Mention]] = defaultdict(list)
        for mention in mentions:
            firsts[mention.text.partition(" ")[0]].append(mention)
        added = []
        for first, named in firsts.items():
            full = named[0]
            if full.text.count(" ") < 2 or not self._short_form_word(first):
                continue  # (a short name, or no word to stand for one: the cheap tests first)
            if len({m.kb_id or m.text for m in named}) > 1 or text.count(first) <= len(named):
                continue  # another name starts so, or the word is written nowhere else
            at = text.find(first, full.end_char)
            while at >= 0:
                span = self._word_alone(doc, text, at, len(first))
                if span is not None:
                    row = SpanRow(span.start, span.end, at, span.end_char, full.label, full.kb_id, 0)
                    mention = _mention(row, text)
                    if not full.kb_id:
                        facts.set(mention, "display_name", facts.get(full, "display_name") or full.text)
                    added.append(mention)
                at = text.find(first, at + len(first))
        if not added:
            return mentions
        return _longest_non_overlapping([*mentions, *added])

    def _with_universities_of(self, doc: Doc, text: str, facts: _Facts, mentions: list[_Mention]) -> list[_Mention]:
        """ "the universities of Leeds and Sheffield": each place of the list names the listed
        "University of <place>" (the place's words are its mention); a place no entry is named
        after is left alone."""
        held = [m for m in mentions if m.start < m.end]
        starts = [m.start for m in held]
        found = list(mentions)
        for listing in _UNIVERSITIES_OF.finditer(text):
            for place in _LISTED_PLACE.finditer(text, listing.start(1), listing.end(1)):
                entry = self._links(f"University of {place.group()}")
                span = doc.char_span(place.start(), place.end())
                if entry is None or span is None or _holds(held, starts, span.start):
                    continue
                mention = _mention(SpanRow(span.start, span.end, place.start(), place.end(), "ORG", entry.id, 0), text)
                facts.set(mention, "display_name", entry.name_en)
                found.append(mention)
        return sorted(found, key=_START) if len(found) > len(mentions) else mentions

    def _short_form_word(self, word: str) -> bool:
        """A word that can stand for its name alone: a proper word (no head, generic word, place or
        country; not "The") of four letters or more (worked out once per word)."""
        known = self._short_form_words.get(word)
        if known is None:
            if len(self._short_form_words) > 1 << 16:
                self._short_form_words.clear()  # a long stream of new words: keep memory flat
            known = self._short_form_words[word] = self._stands_for_a_name(word)
        return known

    def _stands_for_a_name(self, word: str) -> bool:
        if len(word) < 4 or not word.isalpha() or not word[0].isupper() or not word[1:].islower():
            return False
        if word in _head_words_en() or word in self._place_rank or self.countries.code(word):
            return False
        return word not in _plain_name_words_en()

    @staticmethod
    def _word_alone(doc: Doc, text: str, at: int, size: int) -> Span | None:
        """The one-token span of the word at `at` when the words around it are lower case (it is no
        part of another name), else None."""
        before, after = text[max(0, at - 20) : at], text[at + size : at + size + 20]
        if (before[-1:].isalnum()) or (after[:1].isalnum()):
            return None
        previous = before.split()[-1:] or [""]
        following = after.split()[:1] or [""]
        if not previous[0][:1].islower() or not following[0][:1].islower() or previous[0] in _PLACE_BEFORE:
            return None  # (part of another name; "signed in Kostanay": a place named like its university)
        span = doc.char_span(at, at + size)
        return span if span is not None and len(span) == 1 else None

    def _unit_of(self, joint: _Mention, short: str) -> bool:
        """`short` is the joint institute's name after a listed host that starts it."""
        host = joint.text[: len(joint.text) - len(short)]
        return len(host) >= 2 and joint.text.endswith(short) and self._links(host) is not None

    def _with_defined_short_forms_zh(
        self, doc: Doc, text: str, facts: _Facts, mentions: list[_Mention]
    ) -> list[_Mention]:
        """斯威本科技大学（以下简称斯威本）, 天津职业技术师范大学（以下简称“天职师大”）: the short form
        the text defines after a name stands for that institution wherever it is written later."""
        found = list(mentions)
        for mention in mentions:
            defined = _SHORT_FORM_DEFINED_ZH.match(text, mention.end_char)
            if defined is None:
                continue
            short = defined.group(1)
            country = None if mention.kb_id else self._describe(text, facts, mention).country
            held = sorted((m for m in found if m.start < m.end), key=_START)
            starts = [m.start for m in held]
            at = text.find(short, defined.end())
            while at >= 0:
                span = doc.char_span(at, at + len(short))  # (only where token boundaries are)
                if span is not None and not any(_holds(held, starts, i) for i in range(span.start, span.end)):
                    row = SpanRow(span.start, span.end, at, at + len(short), mention.label, mention.kb_id, 0)
                    added = _mention(row, text)
                    facts.set(added, "display_name", facts.get(mention, "display_name") or mention.text)
                    if country is not None:
                        facts.set(added, "country", country)  # (the full name's, not what stands around it)
                    found.append(added)
                at = text.find(short, at + len(short))
        return sorted(found, key=_START) if len(found) > len(mentions) else mentions

    def _with_headline_short_forms_zh(
        self, doc: Doc, text: str, facts: _Facts, mentions: list[_Mention]
    ) -> list[_Mention]:
        """Headline 校长会见英国诺丁汉大学代表团, body 会见了来访的诺大副校长: a short form in the body
        (`shortens`) of a listed name only the headline writes is that institution, under the
        headline's name (less its country: the first full form of the article)."""
        bulletin = doc._.bulletin
        if bulletin is None or not bulletin.title:
            return mentions
        linked = {m.kb_id for m in mentions if m.kb_id}
        named = [(shown, entry) for shown, entry in self._headline_names(bulletin.title) if entry.id not in linked]
        if not named:
            return mentions
        firsts = {shown[0] for shown, _ in named}
        held = sorted((m for m in mentions if m.start < m.end), key=_START)
        starts = [m.start for m in held]
        found = list(mentions)
        for token in doc:
            word = token.norm_
            if word[:1] not in firsts or len(word) not in SHORT_FORM_SIZES or _holds(held, starts, token.i):
                continue
            meant = [(shown, entry) for shown, entry in named if _shortens_a_head(word, shown)]
            if len(meant) != 1:
                continue  # (none, or two the headline names: not told which)
            shown, entry = meant[0]
            row = SpanRow(token.i, token.i + 1, token.idx, token.idx + len(token.text), entry.kind, entry.id, 0)
            added = _mention(row, text)
            facts.set(added, "display_name", shown)
            found.append(added)
        return sorted(found, key=_START) if len(found) > len(mentions) else mentions

    def _headline_names(self, title: str) -> list[tuple[str, GazetteerEntry]]:
        """The listed names a headline writes, longest at each end of a head (大学, 学院), as written
        less the country before them."""
        title = _simplified(title)
        names = []
        for head in _HEADLINE_HEADS:
            at = title.find(head)
            while at >= 0:
                end = at + len(head)
                for start in range(max(0, end - _HEADLINE_NAME_REACH), end - len(head)):
                    entry = self._links(title[start:end])
                    if entry is not None and entry.kind != "joint_institute":
                        names.append((self._without_country(title[start:end], entry), entry))
                        break
                at = title.find(head, end)
        return names

    def _with_acronyms(self, doc: Doc, text: str, facts: _Facts, mentions: list[_Mention]) -> list[_Mention]:
        """'Hunan University (HNU)': later 'HNU' is the same institution."""
        defined: dict[str, _Mention] = {}
        for mention in mentions:
            if not text.startswith(("(", " (", "（"), mention.end_char):
                continue  # the next token is no "(" (a token carries at most one trailing space)
            # read on the characters: the tokenizer may glue what follows the bracket to it
            # ("(HUST),Vietnam" with no space after the comma)
            bracket = _ACRONYM_DEFINED.match(text, mention.end_char)
            if bracket and _ACRONYM.match(bracket.group(1)):
                defined[bracket.group(1)] = self._named_by_letters(doc, text, mention, bracket.group(1))
        self._acronyms = defined
        if not defined:
            return mentions
        # "Universidad Técnica de Manabí (UTM)": the text's own definition beats the gazetteer's UTM.
        mentions = [
            m for m in mentions if not (m.end - m.start == 1 and m.text in defined and m.kb_id != defined[m.text].kb_id)
        ]
        # (the mentions are sorted and apart: whether one holds a token is found by bisection, not by
        # a set of all their tokens)
        held = [m for m in mentions if m.start < m.end]
        starts = [m.start for m in held]
        found = list(mentions)
        for word, full in defined.items():
            kb_id: str | None = None  # the full name's entry, looked up once an acronym needs it
            for i, at in _tokens_written(doc, text, word):
                if not _holds(held, starts, i):
                    if kb_id is None:
                        entry = self.gazetteer.get(full.kb_id) or self._links(full.text)
                        kb_id = entry.id if entry else ""
                    acronym = SpanRow(i, i + 1, at, at + len(word), full.label, kb_id, 0)
                    mention = _mention(acronym, text)
                    facts.set(mention, "display_name", full.text)
                    found.append(mention)
        return sorted(found, key=_START)

    def _named_before_listed_acronyms(
        self, doc: Doc, text: str, facts: _Facts, mentions: list[_Mention]
    ) -> list[_Mention]:
        """ "the Council of Higher Education (YÖK)", "the Commission on Higher Education (CHED)": a
        name of generic words only, which no finder takes, is the body of the listed acronym bracketed
        right after it when it is part of one of that body's listed names; the name is written first."""
        found: list[_Mention | None] = list(mentions)
        for at, mention in enumerate(mentions):
            if mention.end - mention.start != 1 or not mention.kb_id or mention.start < 3:
                continue
            opened = text.startswith(("(", "（"), mention.start_char - 1)
            if not opened or not text.startswith((")", "）"), mention.end_char):
                continue
            phrase = _GENERIC_NAME_BEFORE.search(text, max(0, mention.start_char - 120), mention.start_char)
            entry = self.gazetteer.get(mention.kb_id)
            if phrase is None or entry is None:
                continue
            name = phrase.group(1)
            if not any(f" {name} " in f" {written} " for written in entry.names):
                continue
            span = doc.char_span(phrase.start(1), phrase.end(1))
            before = mentions[at - 1] if at > 0 else None
            # (the phrase itself, found unlisted, e.g. by the trained model: the acronym tells which body it is)
            same = before is not None and not before.kb_id and (before.start_char, before.end_char) == phrase.span(1)
            if span is None or (before is not None and before.end_char > phrase.start(1) and not same):
                continue
            row = SpanRow(span.start, span.end, phrase.start(1), phrase.end(1), mention.label, mention.kb_id, 0)
            found[at] = _mention(row, text)
            facts.set(found[at], "display_name", name)  # (as written: the entry's name holds more words)
            if same:
                found[at - 1] = None
        return [m for m in found if m is not None]

    @staticmethod
    def _named_by_letters(doc: Doc, text: str, mention: _Mention, acronym: str) -> _Mention:
        """ "Griffith College of ... at Jiangxi University of Finance and Economics (JUFE)": an acronym
        whose letters spell the host named after an "at" / "of", not the whole name, is the host's."""
        if (" at " not in mention.text and " of " not in mention.text) or _spells(acronym, mention.text):
            return mention
        for connector in _HOST_AFTER.finditer(mention.text):
            host_start = mention.start_char + connector.end()
            host = text[host_start : mention.end_char]
            span = doc.char_span(host_start, mention.end_char) if _spells(acronym, host) else None
            if span is not None:
                heads = InstitutionResolver._english_heads()
                label = next((heads[w] for w in host.split(" ") if w in heads), mention.label)
                return _mention(SpanRow(span.start, span.end, host_start, mention.end_char, label, "", 0), text)
        return mention

    def _short_prefixed_as_named(self, facts: _Facts, mentions: list[_Mention]) -> list[_Mention]:
        """ "Technical University of Dresden ... TU Dresden": a name opening with a short form
        (`en/short_name_prefixes.tsv`) and the name with the words it stands for, and the same place, are
        one institution: the listed one's entry for both, else the full name reported for the short one."""
        prefixes = _short_name_prefixes()
        by_text: dict[str, list[int]] = defaultdict(list)
        for at, mention in enumerate(mentions):
            by_text[mention.text].append(at)
        out = list(mentions)
        for at, mention in enumerate(mentions):
            short, _, place = mention.text.partition(" ")
            if short not in prefixes or not place:
                continue
            for full in prefixes[short]:
                whole = by_text.get(f"{full} {place}")
                if not whole:
                    continue
                named = mentions[whole[0]]
                if named.kb_id and not mention.kb_id:
                    out[at] = mention._replace(label=named.label, kb_id=named.kb_id)
                    facts.set(out[at], "display_name", facts.get(named, "display_name") or named.text)
                elif mention.kb_id and not named.kb_id:
                    for i in whole:  # (the full name as written is the listed body's, reported as written)
                        out[i] = mentions[i]._replace(label=mention.label, kb_id=mention.kb_id)
                        facts.set(out[i], "display_name", mentions[i].text)
                elif not mention.kb_id:
                    facts.set(mention, "display_name", facts.get(named, "display_name") or named.text)
                break
        return out

    def _with_initials(self, doc: Doc, text: str, facts: _Facts, mentions: list[_Mention]) -> list[_Mention]:
        """ "Tashkent State Agrarian University ... TSAU signed": an acronym no bracket defines, made
        of the initials of one name the page gives (up to its head word, or all its capitalised
        words), is that institution. Only the names' initials are looked for, where written."""
        by_initials: dict[str, _Mention | None] = {}
        for mention in mentions:
            if mention.kb_id:
                continue  # (a listed name's acronyms are the gazetteer's)
            for initials in _initials(mention.text):
                known = by_initials.get(initials, mention)
                same = known is not None and known.text == mention.text
                by_initials[initials] = known if same else None  # (two names: neither)
        mentions = self._own_acronyms_first(text, facts, mentions, by_initials)
        taken: set[int] | None = None  # the tokens of the mentions, made when an acronym is written
        found = list(mentions)
        for initials, full in by_initials.items():
            if full is None or initials in self._acronyms or initials not in text:
                continue
            taken = {i for m in mentions for i in range(m.start, m.end)} if taken is None else taken
            for i, at in _tokens_written(doc, text, initials):
                if i not in taken and at > full.start_char:
                    mention = _mention(SpanRow(i, i + 1, at, at + len(initials), full.label, full.kb_id, 0), text)
                    facts.set(mention, "display_name", facts.get(full, "display_name") or full.text)
                    found.append(mention)
        return sorted(found, key=_START) if len(found) > len(mentions) else mentions

    def _described_by_place(self, text: str, mentions: list[_Mention]) -> list[_Mention]:
        """ "the Chongqing university would send ...": a place and a lower-case head after "the" describe
        a body named before, no name: the last one named before whose name starts with that place
        (its facts taken, as "the institute"'s); none named so, it is no mention."""
        kept: list[_Mention] = []
        for mention in mentions:
            place, _, head = mention.text.rpartition(" ")
            if (
                head not in _DESCRIBING_HEADS_EN
                or not place[:1].isupper()
                or text[max(0, mention.start_char - 4) : mention.start_char].lower() != "the "
            ):
                kept.append(mention)
                continue
            named = next((m for m in reversed(kept) if m.text.startswith(f"{place} ") and m.text != mention.text), None)
            if named is not None:
                self._referred[mention] = named
                kept.append(mention)
        return kept

    def _own_acronyms_first(
        self, text: str, facts: _Facts, mentions: list[_Mention], by_initials: dict[str, _Mention | None]
    ) -> list[_Mention]:
        """ "YSU" on Yerevan State University's own page is that university, not the gazetteer's YSU
        (Yanshan University): an acronym the gazetteer links, spelling the initials of the publisher's
        name or of one unlisted name written before it, is that body's, unless the page names the
        gazetteer's body in full."""
        publisher = self._publisher
        own = _initials(publisher.name) if publisher is not None else ()
        linked = [m for m in mentions if m.kb_id and m.end - m.start == 1 and m.text.isupper()]
        if not linked or not (own or any(by_initials.values())):
            return mentions  # (most pages: no listed acronym, or no name to spell one)
        named_in_full = {m.kb_id for m in mentions if m.kb_id and not m.text.isupper()}
        kept = []
        for mention in mentions:
            if mention in linked and mention.kb_id not in named_in_full:
                mention = self._spelt_body(text, facts, mention, own, by_initials.get(mention.text))
            kept.append(mention)
        return kept

    def _spelt_body(
        self, text: str, facts: _Facts, acronym: _Mention, own: tuple[str, ...], full: _Mention | None
    ) -> _Mention:
        """The acronym as the mention of the body whose initials it spells (`_own_acronyms_first`): an
        unlisted name written before it, else the publisher; itself when neither spells it."""
        publisher = self._publisher
        spelt = (full is not None and full.start_char < acronym.start_char) or (
            publisher is not None and acronym.text in own and acronym.kb_id != publisher.id
        )
        if not spelt:
            return acronym
        # (the gazetteer's reading of these characters is set aside: no country from its entry)
        self._listed_ends.pop(acronym.end_char, None)
        self._listed_starts.pop(acronym.start_char, None)
        if full is not None and full.start_char < acronym.start_char:
            row = SpanRow(acronym.start, acronym.end, acronym.start_char, acronym.end_char, full.label, full.kb_id, 0)
            mention = _mention(row, text)
            facts.set(mention, "display_name", facts.get(full, "display_name") or full.text)
            return mention
        assert publisher is not None  # (`spelt`: the publisher's initials)
        row = SpanRow(acronym.start, acronym.end, acronym.start_char, acronym.end_char, publisher.kind, publisher.id, 0)
        mention = _mention(row, text)
        facts.set(mention, "display_name", publisher.name)
        facts.set(mention, "country", publisher.country)
        return mention

    def _with_first_person(self, doc: Doc, text: str, facts: _Facts, mentions: list[_Mention]) -> list[_Mention]:
        """我校 / 'our university' on the publisher's own site is the publisher."""
        publisher = self._publisher  # (`doc._.publisher`, read once a page)
        if publisher is None:
            return mentions
        taken: set[int] | None = None  # the mentions' tokens, made when a phrase is written (most pages: none)
        found = list(mentions)
        country: str | None = publisher.country  # an unlisted one with none: where its name says, if it does
        lowered: np.ndarray | None = None  # every token's LOWER, read only for a phrase that needs it
        for phrase, words, han_word in [*self._first_person_ids, *_own_voice_ids(publisher, text)]:
            # "the Institute" on a university's page, "the university" on a college's: a body named before
            head = _other_body_head(publisher, phrase) if not han_word else None
            size = len(words)
            if han_word:  # its tokens found where it is written, by a few `find`s, not by reading every token
                starts = [i for i, _ in _tokens_written(doc, text, phrase)]
            else:
                lowered = doc.to_array("LOWER") if lowered is None else lowered
                starts = _phrase_starts(lowered, words)
            if starts and taken is None:
                taken = {i for m in mentions for i in range(m.start, m.end)}
            for i in starts:
                if not taken & set(range(i, i + size)):
                    span = Span(doc, i, i + size)  # (rare: its characters read through a Span)
                    referred = self._named_before(mentions, facts, span, publisher, head, text) if head else None
                    if referred is not None:
                        self._referred[referred[0]] = referred[1]
                        found.append(referred[0])
                        taken |= set(range(i, i + size))
                        continue
                    row = SpanRow(i, i + size, span.start_char, span.end_char, publisher.kind, publisher.id, 0)
                    mention = _mention(row, text)
                    facts.set(mention, "display_name", publisher.name)
                    if country is None and publisher.entry is None:
                        # ("Shandong University of Technology": a place in it, as its name written out)
                        name = publisher.name
                        country = self._country_in_name(name, _simplified(name) if self.language == "zh" else name)
                    facts.set(mention, "country", country)
                    found.append(mention)
                    taken |= set(range(i, i + size))
        return sorted(found, key=_START) if len(found) > len(mentions) else mentions

    def _named_before(
        self, mentions: list[_Mention], facts: _Facts, span: Span, publisher: Publisher, head: str, text: str
    ) -> tuple[_Mention, _Mention] | None:
        """ "the institute" on the page of a publisher that is no institute (`_other_body_head`): the last
        other body named before it whose name holds the head word ("The two universities run the X
        Confucius Institute ... the Scottish director of the institute"). Returns the mention of the
        words and the body's mention (whose facts it takes); None when none is named before (the words
        are then read as the publisher's). (`mentions`: sorted by start.)"""
        named = None
        for mention in mentions:
            if mention.start >= span.start:
                break
            if (mention.kb_id and mention.kb_id == publisher.id) or mention.text[:4].lower() in ("the ", "our "):
                continue  # (the publisher, or a reference itself)
            shown = facts.get(mention, "display_name") or mention.text
            entry = self.gazetteer.get(mention.kb_id) if head not in shown.lower() and mention.kb_id else None
            if entry is not None:  # (an acronym: "SUIBE" names a university)
                shown = entry.canonical_name("en") or shown
            if head in shown.lower() and shown != publisher.name:
                named = mention
        if named is None:
            return None
        row = SpanRow(span.start, span.end, span.start_char, span.end_char, named.label, named.kb_id, 0)
        return _mention(row, text), named

    def _names_host_of(self, name: str, word: str) -> bool:
        """`name` is a hosted body of `word`: "<word> at/of <host>", "<host> <word>", <host>[field]<word>."""
        if self.language == "en":
            after_word = name.startswith(word) and _HOST_AFTER.match(name, len(word)) is not None
            return after_word or name.endswith(f" {word}")
        return len(name) > len(word) and _simplified(name).endswith(word)

    @staticmethod
    def _as_their_hosted(
        facts: _Facts, top: list[_Mention], top_facts: list[Facts], bare: dict[_Mention, _Mention]
    ) -> list[Facts]:
        """The facts of each bare hosted word (`_bare_hosted_named`): its hosted body's, as written."""
        by_mention = dict(zip(top, top_facts, strict=True))
        described = []
        for mention, known in by_mention.items():
            hosted = bare.get(mention)
            if hosted is not None:
                of = by_mention[hosted]
                known = Facts(of.kind, of.country, of.entry, of.display_name or of.text, mention.text)
                facts.describe(mention, known.entry, known.display_name, known.kind, known.country)
            described.append(known)
        return described

    # -- an alliance's seat ------------------------------------------------------------
    def _with_seat_countries(
        self, text: str, facts: _Facts, top: list[_Mention], top_facts: list[Facts]
    ) -> list[Facts]:
        """An alliance is in the country of its seat as the text tells it ("its secretariat is based
        at X", "X houses its secretariat", 秘书处设在X, 总部位于泰国曼谷的…联盟: corpus/GUIDE.md),
        at every mention, whatever its name or entry says; the last seat told wins (a seat moves)."""
        alliances = [i for i, known in enumerate(top_facts) if known.kind == "alliance"]
        if not alliances:
            return top_facts  # (no alliance named: no seat to read)
        after, before = _seat_matches(text, self.language)
        if not after and not before:
            return top_facts  # (a seat word written, in no phrase that tells a seat)
        seats: dict[str, str] = {}
        starts = [m.start_char for m in top]
        self._alliance_indexes = alliances
        for alliance, country in self._seats_told(text, top, top_facts, starts, after, before):
            seats[_identity_of(alliance)] = country
        if not seats:
            return top_facts
        placed = []
        for mention, known in zip(top, top_facts, strict=True):
            country = seats.get(_identity_of(known)) if known.kind == "alliance" else None
            if country is not None and country != known.country:
                known = known._replace(country=country)
                facts.set(mention, "country", country)
            placed.append(known)
        return placed

    def _seats_told(
        self,
        text: str,
        top: list[_Mention],
        top_facts: list[Facts],
        starts: list[int],
        after: list[re.Match[str]],
        before: list[re.Match[str]],
    ) -> Iterator[tuple[Facts, str]]:
        """Each alliance whose seat a phrase tells (`_seat_matches`), with the seat's country (the body
        or place named)."""
        for match in after:
            country = self._seat_after(text, match.end(), top, top_facts, starts)
            alliance = self._alliance_of_seat(text, match.start(), match.end(), top_facts, starts)
            if country is not None and alliance is not None:
                yield alliance, country
        for match in before:
            if text.startswith(",", match.start()):  # "X, the alliance's secretariat": X, right before it
                i = bisect_left(starts, match.start()) - 1
                right_before = i >= 0 and starts[i] + len(top_facts[i].text) == match.start()
                holder = top_facts[i] if right_before and top_facts[i].kind != "alliance" else None
            else:
                holder = self._holder_before(text, match.start(), top_facts, starts)
            alliance = self._alliance_of_seat(text, match.start(), match.end(), top_facts, starts)
            if holder is not None and holder.country and alliance is not None:
                yield alliance, holder.country

    def _seat_after(
        self, text: str, at: int, top: list[_Mention], top_facts: list[Facts], starts: list[int]
    ) -> str | None:
        """The country of the seat named at `at`: the institution named first in its clause (秘书处设在
        兰州大学国际合作与交流处: the university), else the place its words start with ("in Bangkok")."""
        end = _clause_end(text, at)
        i = bisect_left(starts, at)
        while i < len(top) and top[i].start_char < end:
            if top_facts[i].kind != "alliance":
                return top_facts[i].country
            i += 1
        return self._place_country(text[at:end].strip())

    def _place_country(self, words: str) -> str | None:
        """The country of the place `words` start with: a country word (泰国曼谷, "Vienna, Austria"),
        else a city or province of the places table."""
        if self.language == "zh":
            sizes = range(min(len(words), self._longest_country), 1, -1)
            code = next(filter(None, (self.countries.code(words[:size]) for size in sizes)), None)
        else:
            code = self._country_words_in(words)
        if code is None:
            place = self._place_in(words)
            code = self.places.country_of[place] if place is not None else None
        return code

    def _holder_before(self, text: str, at: int, top_facts: list[Facts], starts: list[int]) -> Facts | None:
        """The body that holds a seat whose verb is at `at`: in Chinese the institution written right
        before it (X担任联盟秘书处); in English the subject of its clause, the first institution after
        the clause's start ("X, which hosted the meeting, remains the chair and houses its secretariat")."""
        if self.language == "zh":
            i = bisect_left(starts, at) - 1
            while i >= 0 and top_facts[i].kind == "alliance":
                i -= 1
            if i < 0:
                return None
            gap_start = starts[i] + len(top_facts[i].text)  # (its end: the text as written)
            close = 0 <= at - gap_start <= _HOLDER_GAP_ZH and not _CLAUSE_BREAK.search(text, gap_start, at)
            return top_facts[i] if close else None
        for opening in _clause_starts_en(text, at):  # (the latest first: "X chairs, and Y hosts its secretariat")
            i = bisect_left(starts, opening)
            while i < len(starts) and starts[i] < at:
                if top_facts[i].kind != "alliance":
                    return top_facts[i]
                i += 1
        return None

    def _alliance_of_seat(
        self, text: str, start: int, end: int, top_facts: list[Facts], starts: list[int]
    ) -> Facts | None:
        """The alliance a seat phrase (start:end) speaks of: the one it is written before (总部位于曼谷的
        东盟大学联盟), else the last one named before it ("its secretariat", 联盟秘书处)."""
        i = bisect_left(starts, end)
        clause_end = _clause_end(text, end)
        if self.language == "zh" and i < len(starts) and starts[i] < clause_end:
            # 总部位于X的Y联盟: the alliance after the seat's 的, in the same clause
            for j in range(i, len(starts)):
                if starts[j] >= clause_end:
                    break
                if top_facts[j].kind == "alliance" and text.rfind("的", end, starts[j]) >= 0:
                    return top_facts[j]
        head = _seat_head(self.language, text[max(0, start - _HEAD_REACH) : end])
        earlier = [top_facts[i] for i in self._alliance_indexes if starts[i] < start]
        # ("the alliance's secretariat" after an association named: the alliance's)
        named = [known for known in earlier if head and head in (known.display_name or known.text).lower()]
        return (named or earlier or [None])[-1]

    # -- description ------------------------------------------------------------------
    def _describe_all(self, text: str, facts: _Facts, mentions: list[_Mention]) -> list[Facts]:
        """`_describe` of each mention, in order. A listed body with a country whose description
        was made before (most mentions of a page) is described here, with no call a mention: its
        display name read, its description looked up, its facts written on the Doc (as `_Facts`
        keys them, `_Facts.get` and `_Facts.describe` written out); the others by `_describe`."""
        data = facts.data
        if data is None:  # (spaCy keys the extensions otherwise: `_Facts`)
            return [self._describe(text, facts, m) for m in mentions]
        english = self.language == "en"
        descriptions = self._descriptions
        described: list[Facts] = []
        for mention in mentions:
            start, end = mention.start_char, mention.end_char
            display_name = data.get(("._.", "display_name", start, end))
            known = descriptions.get((mention.text, mention.kb_id, mention.label, display_name))
            listed = known[3] if known is not None else None
            if (
                listed is None
                or (english and text.find("'", max(0, start - 30), start) >= 0)
                or (self._acronyms and mention.text in self._acronyms)  # (described as its full name)
            ):
                described.append(self._describe(text, facts, mention))  # (unlisted, new, or an owner may precede it)
                continue
            data["._.", "entry", start, end] = known[0]
            data["._.", "display_name", start, end] = listed.display_name
            data["._.", "kind", start, end] = known[2]
            data["._.", "country", start, end] = listed.country
            described.append(listed)
        return described

    def _describe(self, text: str, facts: _Facts, mention: _Mention) -> Facts:
        """The mention's entry, name to report, kind and country, written on its span's extensions
        and returned as they are written."""
        written = mention.text
        full = self._full_form_of(mention) if self._acronyms else None
        if full is not None:
            # an acronym the text defines is described as its full name is, by that name's own words
            # ("Westhaven Technical University (WTU), a university in Canada"): not as a listed body
            # of the same letters, nor in the country of the visit or delegation around the acronym
            told = self._describe(text, facts, full)
            facts.describe(mention, told.entry, told.display_name, told.kind, told.country)
            return told._replace(text=written)
        display_name = facts.get(mention, "display_name")  # acronyms and 我校 already carry the name to report
        # (`_description`'s table read here: most of a page's mentions were described before)
        described = self._descriptions.get((written, mention.kb_id, mention.label, display_name))
        if described is None:
            described = self._description(written, mention.kb_id, mention.label, display_name)
        entry, name, kind, listed = described
        if listed is not None and (
            self.language != "en"
            # (`_owner_unlike` is None where no apostrophe is written in the 30 characters before the
            # name: most listed mentions; tested here, not by two calls a mention)
            or text.find("'", max(0, mention.start_char - 30), mention.start_char) < 0
            or self._owner_unlike(text, mention, entry) is None
        ):
            # a listed body with a country (most mentions): nothing around the mention changes its
            # facts (the steps below read the context only for a body with none), worked out once
            facts.describe(mention, entry, listed.display_name, kind, listed.country)
            return listed
        owner = self._owner_unlike(text, mention, entry) if entry is not None else None
        if owner is not None:  # "Kenya's Ministry of Education": not the body the gazetteer names so
            entry, name, kind = None, written if display_name is None else name, kind
            facts.set(mention, "country", owner)
        country = self._entry_country(entry) or facts.get(mention, "country")
        cell = self._cell_of(mention) if self._cells else None
        if cell is not None and entry is None:
            whole = text[cell.start : cell.end].strip() == written.strip()  # (not its host named inside it)
            if cell.column == "institute" and kind in _TEACHING_KINDS and whole:
                kind = "joint_institute"  # a name under "Name of Institute" / 机构名称 is the institute's
            elif cell.column == "foreign" and country is None:
                country = cell.country  # a foreign partner is in the country its row's column names
        if (
            kind == "research_institute"
            and entry is None
            and country is None
            and self._names_joint_research(written)
        ):
            country = self._joint_research_country(written)
        if kind in _HOSTED_IN_NAME_KINDS and entry is None and country is None:
            # a joint institute is where its host is, whatever its foreign partner's name says
            # ("Coventry Institute of Technology at Qingdao University of Technology": CN); so is a
            # university's affiliated school (清华大学附属小学)
            country = self._host_country(written)
        # a hosted body (Confucius Institute, Luban Workshop) is abroad, at its host: no word of its
        # name ("... of Chinese Medicine") nor its shape ("X at Y") puts it in China
        hosted = kind == "joint_institute" and entry is None and self._hosted_abroad(written)
        if entry is None or self._entry_country(entry) is not None:  # (an international organisation has none)
            # (a joint institute named after its foreign partner is not in the partner's place)
            in_name = not (kind == "joint_institute" and entry is None and self._named_as_joint(written))
            # (an alliance named by two sides, "China-Latin America ...", is in no one country its name gives,
            # unless a place of one names the whole: "Hunan Sino-German ... Alliance")
            in_name = in_name and not (kind == "alliance" and entry is None and self._two_sides_only(written))
            around = None if country else self._country_from_context(text, mention, in_name)
            country = country or (None if hosted and around == "CN" else around)
        if kind == "joint_institute" and entry is None and country is None and self.language == "zh":
            country = self._opened_in_country(mention)  # “丝路工匠学院”在基加利揭牌: where it opened
        if (
            kind == "joint_institute"
            and entry is None
            and country is None
            and not hosted
            and self._named_as_joint(written)
        ):
            country = "CN"  # Sino-foreign institutes named "Sino-X" / 中X / "X College at Y" are in China
        if country is None and entry is None:
            country = self._listed_ending_country(mention) or self._publishers_country(written)
            country = country or self.countries.visited(text, mention.start_char, kind, self.language)  # (the trip's)
            if country is None and (kind == "government" or hosted):
                # (a Confucius Institute on its foreign host's own page: the host's country)
                country = self._publishers_state()
        if country is None and entry is None and kind == "company" and _chinese_company_form(written, self.language):
            country = "CN"  # "有限公司", "Co., Ltd.": the form of a company registered in China
        if self.language == "en" and entry is None and kind == "research_institute" and country not in (None, "CN"):
            kind = _foreign_kind(written) or kind
        if (
            self.language == "en"
            and entry is None
            and kind in _TEACHING_KINDS
            and self._named_by_both_sides(mention)
            and not self._names_joint_research(written)  # (a joint laboratory researches: it stays one)
        ):
            kind, country = "joint_institute", "CN"
        if self.language == "zh" and entry is None and kind == "college" and country == "CN":
            kind = degree_kind(written, kind, country)  # an unlisted undergraduate 学院 is a university
        shown = name if display_name is None else display_name
        facts.describe(mention, entry, shown, kind, country)
        return _NEW_TUPLE(Facts, (kind, country, entry, shown, written))  # (`Facts(...)`: its `__new__` is Python)

    def _full_form_of(self, mention: _Mention) -> _Mention | None:
        """The full name an acronym the text defines stands for, written elsewhere ("... (WTU)"), or
        None (a mention of another kind, or the full name itself)."""
        full = self._acronyms.get(mention.text)
        return full if full is not None and full.start_char != mention.start_char else None

    def _entry_country(self, entry: GazetteerEntry | None) -> str | None:
        """The listed body's country; none for a body of two sides listed as Chinese ("Association
        of Sino-Russian Technical Universities", 中国—东盟…联盟): a Sino-foreign alliance or centre
        belongs to both, unless a Chinese place names it ("Hunan Sino-German ... Alliance")."""
        if entry is None or entry.country != "CN" or entry.kind not in _SHARED_KINDS:
            return entry.country if entry is not None else None
        if entry.id not in self._shared_countries:  # (a few listed alliances, met on many pages)
            binational = any(_BINATIONAL_EN.search(n) or _BINATIONAL_ZH.search(n) for n in entry.names)
            name = entry.canonical_name(self.language)  # (`_place_in` reads a name of the page's language)
            shared = binational and not (name and self._place_in(name))
            self._shared_countries[entry.id] = None if shared else entry.country
        return self._shared_countries[entry.id]

    def _two_sides_only(self, name: str) -> bool:
        """The name is made of two sides (`_names_two_sides`) and no place beside them names the whole
        body ("China (Jiangxi)-ASEAN ...": Jiangxi is China's side; "Hunan Sino-German ...": Hunan's)."""
        if not _names_two_sides(name):
            return False
        if self.language == "zh":
            return self._place_in(_without_binational_zh(_simplified(name))) is None
        return self._place_in(_BINATIONAL_EN.sub(" ", name)) is None

    def _named_by_both_sides(self, mention: _Mention) -> bool:
        """The "SCNU Aberdeen Institute of Data Science": a teaching body named by a listed Chinese
        institution (or the acronym the text defines for one) and then a foreign place is the
        pair's joint institute, in China."""
        end, kb_id = self._listed_starts.get(mention.start_char, (0, ""))
        first_word = mention.text.partition(" ")[0]
        if not kb_id and first_word in self._acronyms:
            full = self._acronyms[first_word]
            entry = self.gazetteer.get(full.kb_id) or self._links(full.text)
            end = mention.start_char + len(first_word)
        else:
            entry = self.gazetteer.get(kb_id) if kb_id else None
        if entry is None or entry.country != "CN" or entry.kind not in _TEACHING_KINDS or end >= mention.end_char:
            return False
        rest = mention.text[end - mention.start_char :]
        return self._country_in_name(rest, rest) not in (None, "CN")

    def _listed_ending_country(self, mention: _Mention) -> str | None:
        """The country of the listed institution whose name ends the unlisted one (阿里-法拉比哈萨克
        国立大学 ends as 哈萨克国立大学 does: a fuller form of it, or a name of the same place)."""
        kb_id = self._listed_ends.get(mention.end_char)
        entry = self.gazetteer.get(kb_id) if kb_id else None
        # (teaching bodies only: a generic name such as 教育部 ends other countries' bodies too)
        return entry.country if entry is not None and entry.kind in _TEACHING_KINDS else None

    def _cell_of(self, mention: _Mention) -> ColumnCell | None:
        """The table data cell that holds the mention (`column_cells`), if any."""
        at = bisect.bisect_right(self._cells, mention.start_char, key=_cell_start) - 1
        if at >= 0 and self._cells[at].start <= mention.start_char and mention.end_char <= self._cells[at].end:
            return self._cells[at]
        return None

    def _owner_unlike(self, text: str, mention: _Mention, entry: GazetteerEntry | None) -> str | None:
        """The country whose possessive precedes an English name linked to another country's body:
        a generic name ("Ministry of Education") the gazetteer gives one country."""
        if self.language != "en" or entry is None or entry.country is None:
            return None
        owner = self._possessive_before(text, mention.start_char)
        return owner if owner not in (None, entry.country) else None

    def _description(
        self, written: str, kb_id: str, label: str, display_name: str | None
    ) -> tuple[GazetteerEntry | None, str | None, str, Facts | None]:
        """Entry, name to report and kind of a mention, and its facts when its entry gives it a
        country (`_describe` then reads nothing else): they depend on the mention alone, so they
        are worked out once per distinct mention (names recur within and across bulletins)."""
        key = (written, kb_id, label, display_name)
        described = self._descriptions.get(key)
        if described is None:
            # An acronym defined in the text links through its full name, never through the gazetteer's own.
            entry = self.gazetteer.get(kb_id) or self._links(display_name or written)
            name = None
            if display_name is None:
                # ("X University named after Y" is written as listed when "X University" is)
                unlisted_form = entry is not None and fold_name(before_named_after(written)) not in self._folded(entry)
                if unlisted_form and self.language == "zh" and self._listed_less_its_country(written, entry):
                    unlisted_form = False  # 纽卡斯尔大学 of 英国纽卡斯尔大学: as written, as its full form is listed
                # 我校 / "our university": report the institution's own name.
                name = entry.canonical_name(self.language) if unlisted_form else self._without_country(written, entry)
            # (an acronym's kind by the full name it stands for: "Confucius Institute (CI)" ... "CI")
            kind = entry.kind if entry else self._kind_from_shape(label, display_name or written)
            country = self._entry_country(entry)
            shown = name if display_name is None else display_name
            listed = Facts(kind, country, entry, shown, written) if country else None
            if len(self._descriptions) > 1 << 16:
                self._descriptions.clear()  # a long stream of new names: keep memory flat
            described = self._descriptions[key] = (entry, name, kind, listed)
        return described

    def _listed_less_its_country(self, written: str, entry: GazetteerEntry) -> bool:
        """`written` is one of the entry's names less the country word it opens with (the gazetteer keeps
        a country in 英国纽卡斯尔大学 to tell two universities apart; the guide drops it from the name)."""
        simplified = _simplified(written)
        for name in entry.names:
            size = len(simplified)
            if len(name) > size and name.endswith(simplified) and self.countries.code(name[:-size]) == entry.country:
                return True
        return False

    def _without_country(self, written: str, entry: GazetteerEntry | None) -> str:
        """新西兰林肯大学 -> 林肯大学: a listed name as written, less the country before it (a cue, not a
        part of the name: corpus/GUIDE.md), unless the official name holds the country itself
        (俄罗斯人民友谊大学, "Peoples' Friendship University of Russia")."""
        if self.language != "zh" or entry is None:
            return self._without_glued_country(written) if self.language == "zh" else written
        if entry.country in (None, "CN"):
            return written
        word = self._country_starting(_simplified(written))
        if word is None or self.countries.code(word) != entry.country:
            return written
        rest = written[len(word) :]
        if (
            entry.name_en
            and self._names_country_en(_BINATIONAL_EN.sub(" ", entry.name_en), entry.country)
            and not self._opens_with_city_of(_simplified(rest), entry.country)
        ):
            return written
        return rest if proper_part_zh(_simplified(rest)) else written

    def _opens_with_city_of(self, rest: str, country: str) -> bool:
        """越南 + 河内国家大学 ("Vietnam National University, Hanoi"): the English name holds its
        country, but the Chinese name goes on with a city of that country, which names it without
        the country (as 河内国家大学); 俄罗斯 + 人民友谊大学 is no name without its country."""
        country_of = self.places.country_of
        for size in range(2, min(len(rest) - 1, 6)):  # noqa: SIM110 - compiled, `any` of a generator makes one
            if country_of.get(rest[:size]) == country:
                return True
        return False

    def _without_glued_country(self, written: str) -> str:
        """越南河内国家大学 -> 河内国家大学: an unlisted name whose country the tokenizer glued to its
        first word (越南河内), which `_without_country_prefix` cannot cut off by words: the name
        reported is the rest (the span keeps the country's characters; the country stays a cue)."""
        simplified = _simplified(written)
        word = self._country_starting(simplified)
        if word is None or len(word) < 2 or self.countries.code(word) in (None, "CN"):
            return written
        rest = simplified[len(word) :]
        if (
            rest.startswith("驻")
            or _national_after_country(word, rest)
            or not proper_part_zh(rest)
            or keeps_its_country_zh(rest)
            or opens_with_state_form(rest)
        ):
            return written  # 比利时驻华大使馆, 马来西亚…协会, 哈萨克斯坦共和国…部: the country is the body's own
        return written[len(word) :]

    def _folded(self, entry: GazetteerEntry) -> frozenset[str]:
        folded = self._folded_names.get(entry.id)
        if folded is None:
            # (with the "<institute> of <parent>" forms the gazetteer links: forms of the name as written)
            forms = {fold_name(n) for n in entry.names} | self.gazetteer.variant_forms(entry.id)
            folded = self._folded_names[entry.id] = frozenset(forms)
        return folded

    def _kind_from_shape(self, label: str, text: str) -> str:
        label = label if label in _KINDS else "other"
        if (label in _TEACHING_KINDS or label == "other") and self._names_joint_research(text):
            return "research_institute"  # 中俄…联合实验室, "… Joint Laboratory": research, not a joint institute
        if self.language == "en" and label in _TEACHING_KINDS:
            label = _kind_of_head_phrase(text) or label
            if label == "university" and "Sciences" in text and _ACADEMY_OF_SCIENCES.search(text):
                label = "research_institute"  # "Chinese Academy of Tropical Agricultural Sciences": it does research
        elif self.language == "en" and label == "other" and _kind_of_head_phrase(text) == "government":
            return "government"  # "Nottingham City Council": a town's government, no council of universities
        elif self.language == "en" and label == "other" and self._place_government(text):
            return "government"  # "Auckland Council": a place and a council alone, a town's government
        if self.language == "zh" and label in _TEACHING_KINDS:
            hosted = _hosted_kind_zh(text)
            if hosted is not None:
                return hosted  # 里昂孔子学院: a hosted body's kind, not its head's (学院: a college)
        if label == "research_institute" and self.language == "zh":
            return label  # 中俄文化研究中心, 中英…研究院: research named by its two sides, no joint school
        if label in _TEACHING_KINDS and self._named_as_joint(text):
            if label == "university" and not self._joint_university(text):
                return label  # 天津中德应用技术大学: a university named for two nations is one of its own
            return "joint_institute"
        return label

    def _place_government(self, text: str) -> bool:
        """ "Auckland Council", "Cardiff Council": a known place and a head word of
        `en/place_government_heads.txt` alone make a town's elected government."""
        place, _, head = text.rpartition(" ")
        return head in word_list("en", "place_government_heads.txt") and place in self.places.country_of

    def _joint_university(self, text: str) -> bool:
        """Whether a university's name says it is a joint one by more than the two nations it holds
        (中德, "Sino-German": 天津中德应用技术大学 is a Chinese university): "at <host>", 中外合作, 联合."""
        if self.language == "en":
            return self._named_as_joint(_BINATIONAL_EN.sub(" ", text))
        simplified = _simplified(text)
        for word in word_list("zh", "joint_name_words.txt"):
            if not _NATION_PAIR_ZH.fullmatch(word) and word in simplified:
                return True
        return False

    def _names_joint_research(self, text: str) -> bool:
        return is_joint_research_body(text, self.language)

    def _joint_research_country(self, written: str) -> str | None:
        """Where an unlisted joint laboratory or research centre is: its host's country after "at", else
        China when the name is a Sino-foreign one (中俄…, "Sino-German ...", "China-Russia ...") or pairs two
        sides of which none is a listed foreign body alone ("NUAA-Cranfield ...": a Chinese side written
        short); None when the name tells neither."""
        if self.language == "en" and " at " in written:
            return self._host_country(written)
        simplified = _simplified(written)
        if _BINATIONAL_EN.search(written) or _BINATIONAL_ZH.search(simplified):
            return "CN"
        if self.language == "zh":
            if simplified.startswith("中"):  # 中俄, 中泰 (Sino-X), or a Chinese place (中山): in China
                return "CN"
            sides = _PAIR_DASH.split(simplified)
        else:
            sides = _PAIR_DASH.split(written.partition(" Joint ")[0])
        if len(sides) < 2:
            return None
        countries = [self._side_country(side.strip()) for side in sides]
        if "CN" in countries or None in countries:
            return "CN"  # (two listed foreign sides alone would make it a foreign body: left to the context)
        return None

    def _side_country(self, side: str) -> str | None:
        """The country of one side of a paired name: a listed body, an acronym the text defines, a place."""
        defined = self._acronyms.get(side)
        entry = self._links(defined.text if defined is not None else side)
        if entry is not None:
            return entry.country
        return self.places.country_of.get(side)

    def _named_as_joint(self, text: str) -> bool:
        """A teaching body named as a Sino-foreign institute: "X College at <host>", "Sino-German
        Institute of ...", 中法工程师学院, 联合学院 (`zh/joint_name_words.txt`)."""
        if self.language == "en":
            return bool(
                _JOINT_EN.search(text)
                or _BINATIONAL_EN.search(text)
                or _ends_as_joint_en(text)
                or self._named_after_partner(text)
                or (" of " in text and self._partner_institute_of_host(text))
            )
        simplified = _simplified(text)
        for word in word_list("zh", "joint_name_words.txt"):  # noqa: SIM110 - compiled, `any` of a generator makes one
            if word in simplified:
                return True
        return False

    def _hosted_abroad(self, text: str) -> bool:
        """A name holding a hosted body's word (`*/hosted_institutes.tsv`: Confucius Institute, 孔子学院)."""
        words = _hosted_kinds(self.language)
        simplified = _simplified(text) if self.language == "zh" else text
        for word in words:  # noqa: SIM110 - compiled, `any` of a generator makes one
            if word in simplified:
                return True
        return False

    def _named_after_partner(self, text: str) -> bool:
        """ "Leicester International Institute": a foreign place and a word of `en/joint_partner_words.txt`."""
        for words in _joint_partner_words():
            if text.endswith(words):
                place = _LEADING_THE.sub("", text[: -len(words)].strip())
                return self.places.country_of.get(place) not in (None, "CN")
        return False

    def _opened_in_country(self, mention: _Mention) -> str | None:
        """The country of the place a Chinese joint institute opened in, right after its name
        (“丝路工匠学院”在基加利揭牌, 于卢旺达成立: `zh/joint_institute_openings.txt`); None when no
        opening follows."""
        after = self._page_simplified[mention.end_char : mention.end_char + _OPENED_IN_REACH]
        match = _opened_in().match(after)
        if match is None:
            return None
        place = match.group(1)
        for size in range(len(place), 1, -1):  # (卢旺达基加利: the longest place or country ending it)
            word = place[-size:]
            code = self.places.country_of.get(word) or self.countries.code(word)
            if code is not None:
                return code
        return None

    def _publishers_country(self, written: str) -> str | None:
        """An unlisted publisher named in its own text ("Kestrel Bay Polytechnic has signed ..." on
        its .ac.nz site) is where its site says it is."""
        publisher = self._publisher
        if publisher is None or publisher.entry is not None or fold_name(written) != fold_name(publisher.name):
            return None
        return publisher.country

    def _publishers_state(self) -> str | None:
        """The country of a publisher abroad, whose own page names its state's bodies without the state
        ("a programme of the Ministry of Education, Science and Technology" on a Tanzanian university's
        site); None on a Chinese publisher's page, where such a body is the visited country's."""
        publisher = self._publisher
        country = publisher.country if publisher is not None else None
        return country if country != "CN" else None

    def _host_country(self, written: str) -> str | None:
        """`_host_country_of(written)`, worked out once per distinct name (it reads the name alone)."""
        if written not in self._host_countries:
            if len(self._host_countries) > 1 << 16:
                self._host_countries.clear()  # a long stream of new names: keep memory flat
            self._host_countries[written] = self._host_country_of(written)
        return self._host_countries[written]

    def _host_country_of(self, written: str) -> str | None:
        """The country of an unlisted joint institute: its host's, the institution named after its
        last "at" / "of the" ("Confucius Institute at <a Zambian university>", "College at JXAU") or
        starting its Chinese name (华东交通大学哈德斯菲尔德学院), or the country an unlisted host after
        "at" names by a place or country word; None when the name tells none."""
        if self.language == "en":
            hosts = [written[connector.end() :] for connector in _HOST_AFTER.finditer(written)]
        else:
            name = _simplified(written)
            hosts = [name[:size] for size in range(len(name) - 2, 1, -1)]
        for host in hosts:
            entry = self._links(host)
            if entry is not None and entry.kind != "joint_institute":
                return entry.country
        if self.language == "en" and self._chinese_host_first(written):
            return "CN"  # "Nanchang University Leicester Institute": not in its partner's city
        at = written.rfind(" at ") if self.language == "en" else -1
        # an unlisted host after "at" is where its own name says ("at Qingdao University of Technology")
        return self._country_in_name(written[at + 4 :], written[at + 4 :]) if at >= 0 else None

    def _chinese_host_first(self, written: str) -> bool:
        """Whether an English name opens with a listed Chinese university or college, more words after
        it ("Wuhan Textile University Manchester College"): the institute its host runs in China."""
        at = written.find(" ", written.find("University") + 1) if "University" in written else -1
        while at > 0:
            entry = self._links(written[:at])
            if entry is not None and entry.country == "CN" and entry.kind in ("university", "college"):
                return True
            at = written.find(" ", at + 1)
        return False

    def _country_from_context(self, text: str, mention: _Mention, in_name: bool = True) -> str | None:
        """', Australia' / '(Russia)' after; "Belarus's" / 澳大利亚 before; a place inside the name
        (unless not `in_name`).

        Only a few dozen characters around the mention are read, and the vocabularies are
        looked up by the substrings found there, never scanned word by word."""
        written = mention.text
        after = text[mention.end_char : mention.end_char + 48]
        opening = after.lstrip()[:1]  # (both patterns open with spaces and a bracket or comma: most names have none)
        if opening and opening in "(（,，":
            bracket = _ACRONYM_IN_BRACKETS.match(after)
            if bracket and not self.countries.code(bracket.group(1)):
                after = after[bracket.end() :]  # skip "(UTM)" before ", Ecuador"; "(UK)" is the cue itself
            match = _COUNTRY_AFTER.match(after)
            if match and self.countries.code(match.group(1).strip()):
                return self.countries.code(match.group(1).strip())
        located = _LOCATED_IN.match(after) if after[:1].isspace() else None  # (it opens with a space)
        if located:
            words = located.group(1).split()
            for size in range(len(words), 0, -1):  # "in South Korea" before "in South"
                code = self.countries.code(" ".join(words[:size]))
                if code:
                    return code
            if mention.label == "research_institute" and after.startswith(" in "):
                code = self.places.country_of.get(located.group(1))
                if code is not None:
                    return code  # "Institute of Soil and Water Conservation in Yangling": where it stands
        described_in = _DESCRIBED_IN.match(after) if self.language == "en" and " in " in after else None
        if described_in:  # ", a public university in Canada", "is located in Sydney, Australia"
            code = self._place_country(described_in.group(2) or described_in.group(1))
            if code is not None:
                return code
        if self.language == "en" and ("'" in after or "’" in after):
            described = _DESCRIBED_BY_COUNTRY.match(after)
            code = self.countries.code(described.group(1)) if described else None
            if code is not None:
                return code
        owner = self._possessive_before(text, mention.start_char)
        if owner is not None:
            return owner
        normalized = _simplified(written)
        if self.language == "zh":
            # (a country word ending the text before it is read off its last characters, in the page's simplified
            # text: the same characters simplified, at the same offsets)
            start = mention.start_char
            reach = min(30, self._longest_country)
            tail = self._page_simplified[max(0, start - reach - 1) : start]
            tail = tail[:-1] if tail.endswith("的") else tail[-reach:]  # 英国的西港大学: the country's 的 between
            word = self._country_around(tail, _without_binational_zh(normalized))
            if word is not None:
                return self.countries.code(word)
            labelled = self._country_label(text, mention.start_char)
            if labelled is not None:
                return labelled
        return self._country_in_name(written, normalized) if in_name else None

    def _country_label(self, text: str, start: int) -> str | None:
        """The country labelling the list line a name stands in (柬埔寨：皇家农业大学、…): a
        country word, then ： or :, at the line's start, no sentence end between."""
        window_start = max(0, start - _LABEL_WINDOW)
        line_start = text.rfind("\n", window_start, start) + 1 or window_start
        if text.find("：", line_start, start) < 0 and text.find(":", line_start, start) < 0:
            return None  # (no label mark on the line: most names; no slice of the text is made)
        line = text[line_start:start].strip(" \t\u3000")
        for mark in ("：", ":"):
            label, found, items = line.partition(mark)
            if found and "。" not in items and "；" not in items and ";" not in items:  # (no generator: compiled)
                code = self.countries.code(_simplified(label.strip()))
                return code
        return None

    def _possessive_before(self, text: str, start: int) -> str | None:
        """`_possessive_country` of the 30 characters before `start`."""
        if text.find("'", max(0, start - 30), start) < 0:
            return None  # (no apostrophe, no possessive: most mentions, and no slice of the text is made)
        return self._possessive_country(text[max(0, start - 30) : start])

    def _possessive_country(self, before: str) -> str | None:
        """The country whose possessive ends `before`: "Belarus's", "Laos'"."""
        possessive = _POSSESSIVE.search(before) if "'" in before else None  # (the search backtracks)
        if possessive is None:
            return None
        words = possessive.group(1).split(" ")
        # ("Belarus's", "Costa Rica's", "the United Arab Emirates'": the country's last words)
        codes = (self.countries.code(" ".join(words[-n:])) for n in range(1, min(3, len(words)) + 1))
        return next(filter(None, codes), None)

    def _country_in_name(self, written: str, normalized: str) -> str | None:
        """A country word, else a place, inside the name (once per distinct name)."""
        if written in self._countries_in_names:
            return self._countries_in_names[written]
        # "Sino-Russian", "ASEAN-China", 中国—东盟: a pair of sides names no one country of the body
        if self.language == "zh":
            normalized = _without_binational_zh(normalized)
            code = next(filter(None, map(self.countries.code, _NAME_WORD.findall(normalized))), None)
            if code is None and normalized.startswith("驻"):
                code = self._sending_state_after_post(normalized)
        else:
            written = _BINATIONAL_EN.sub(" ", written)
            code = self._country_words_in(written)
        if code is None:
            place = self._place_in(normalized if self.language == "zh" else written)
            code = self.places.country_of[place] if place is not None else None
        if code is None and self.language == "zh" and _opens_with_region_of_china(normalized):
            code = "CN"
        if len(self._countries_in_names) > 1 << 16:
            self._countries_in_names.clear()
        self._countries_in_names[written] = code
        return code

    def _sending_state_after_post(self, name: str) -> str | None:
        """驻成都美国总领事馆: the state a mission named from its post first is the country word right
        before its mission word (`zh/mission_words.txt`)."""
        for word in _mission_words():
            if name.endswith(word):
                country = self._country_around(name[: -len(word)], "")
                return self.countries.code(country) if country is not None else None
        return None

    def _country_words_in(self, name: str) -> str | None:
        """The first country an English name names in one or more words ("Consulate General of the
        United Kingdom in Chongqing"; "Kazakh-British": the first of a hyphened pair)."""
        words = _EN_WORD.findall(name)
        for i in range(len(words)):
            for size in (3, 2, 1):
                code = self.countries.code(" ".join(words[i : i + size])) if i + size <= len(words) else None
                if code:
                    return code
        return None

    def _names_country_en(self, name: str, country: str) -> bool:
        """Whether an English name names `country` in one or more words, wherever it stands among other
        country words ("Chinese University of Hong Kong": Hong Kong, after Chinese)."""
        words = _EN_WORD.findall(name)
        for i in range(len(words)):
            for size in (3, 2, 1):
                if i + size <= len(words) and self.countries.code(" ".join(words[i : i + size])) == country:
                    return True
        return False

    def _country_around(self, before: str, name: str) -> str | None:
        """The best-ranked country word ending `before` or starting `name` (with more after it)."""
        rank = self._country_rank
        sizes = self._country_sizes_by_last.get(before[-1:], ())  # only words ending as `before` does
        found = [before[-size:] for size in sizes if size <= len(before) and before[-size:] in rank]
        starting = self._country_starting(name)
        if starting is not None:
            found.append(starting)
        return min(found, key=rank.__getitem__) if found else None

    def _country_starting(self, name: str) -> str | None:
        """The best-ranked country word starting `name` with more after it (once per name)."""
        if name not in self._countries_starting:
            rank = self._country_rank
            found = [name[:size] for size in range(1, len(name) - 1) if name[:size] in rank]  # (a head of two after it)
            if len(self._countries_starting) > 1 << 16:
                self._countries_starting.clear()
            self._countries_starting[name] = min(found, key=rank.__getitem__) if found else None
        return self._countries_starting[name]

    def _place_in(self, name: str) -> str | None:
        """The best-ranked place that starts a Chinese name or is a whole word of an English one."""
        rank = self._place_rank
        if self.language == "zh":
            found = [name[:size] for size in range(1, min(len(name), self._longest_place) + 1) if name[:size] in rank]
        elif self.language == "en":
            bounds = [m.start() for m in _WORD_BOUNDARY.finditer(name)]
            found = [
                name[i:j]
                for n, i in enumerate(bounds)
                for j in bounds[n + 1 :]
                if j - i <= self._longest_place and name[i:j] in rank
            ]
        else:
            found = []
        return min(found, key=rank.__getitem__) if found else None


_KINDS = {
    "university",
    "college",
    "joint_institute",
    "government",
    "alliance",
    "research_institute",
    "school",
    "company",
    "other",
}


class _Mention(NamedTuple):
    """A candidate or mention as the resolver's steps read it: a span's row (see `SpanRow`) and
    its text. A Span is made of it only when it is kept (`_span`)."""

    start: int
    end: int
    start_char: int
    end_char: int
    label: str
    kb_id: str
    span_id: int  # with the offsets, label and kb id: what makes two Spans equal
    text: str


@functools.cache
def _headline_verb() -> re.Pattern[str]:
    """A headline's title-case verb inside a name (`en/person_headline_verbs.txt`), a word after a space."""
    return re.compile(rf" (?:{'|'.join(map(re.escape, word_list('en', 'person_headline_verbs.txt')))})(?![\w-])")


def _before_headline_verb(doc: Doc, mention: _Mention) -> _Mention | None:
    """An unlisted English name up to a headline's verb written in title case ("University of Leeds
    Hosts Delegation" -> "University of Leeds"); None when no word stands before it."""
    verb = _headline_verb().search(mention.text)
    if verb is None:
        return mention
    cut = mention.start_char + verb.start()  # (the space before the verb)
    end = mention.start
    while end < mention.end and doc[end].idx < cut:
        end += 1
    if end == mention.start:
        return None
    end_char = doc[end - 1].idx + len(doc[end - 1])
    start, start_char, label, kb_id = mention.start, mention.start_char, mention.label, mention.kb_id
    words = mention.text[: end_char - start_char]
    return _NEW_TUPLE(_Mention, (start, end, start_char, end_char, label, kb_id, 0, words))


def _in_hosts_country(
    facts: _Facts, top: list[_Mention], top_facts: list[Facts], nested: dict[tuple[int, int], Facts]
) -> list[Facts]:
    """An unlisted body named by its host ("Luban Workshop at X", X孔子学院) is where its host is, as
    the host is described anywhere on the page (its first mention with a country: "X, Kenya")."""
    countries: dict[str, str] = {}
    for known in [*top_facts, *nested.values()]:
        if known.country:
            countries.setdefault(_identity_of(known), known.country)
    described = []
    for mention, known in zip(top, top_facts, strict=True):
        if known.entry is None and is_hosted_body(mention.text):
            inside = [f for (s, e), f in nested.items() if mention.start_char <= s and e <= mention.end_char]
            country = next((countries[_identity_of(f)] for f in inside if _identity_of(f) in countries), None)
            if country is not None and country != known.country:
                known = known._replace(country=country)
                facts.set(mention, "country", country)
        described.append(known)
    return described


@functools.lru_cache(maxsize=1 << 14)  # names recur from page to page
def _initials(name: str) -> tuple[str, ...]:
    """The acronyms an English name may be written as: the initials of its capitalised words up to
    its first head word ("Polotsk State University named after ..." -> PSU) and of them all; three
    letters at least, none for a name already written in capitals."""
    if name.count(" ") < 2:
        return ()  # (fewer than three words: most names of a page are tested by this alone)
    words = [w for w in name.split(" ") if w[:1].isupper()]
    if len(words) < 3 or any(w.isupper() for w in words):
        return ()
    heads = _head_words_en()
    head = next((n for n, w in enumerate(words) if w in heads), len(words) - 1)
    found = {"".join(w[0] for w in words[: head + 1]), "".join(w[0] for w in words)}
    return tuple(a for a in found if len(a) >= 3 and a.isascii() and a.isalpha())


@functools.cache
def _head_words_en() -> frozenset[str]:
    return frozenset(word_table("en", "institution_heads.tsv"))


def _with_shared_countries(facts: _Facts, top: list[_Mention], top_facts: list[Facts]) -> list[Facts]:
    """An unlisted institution's country said at one mention ("Laos's Pakpasak Technical College")
    is its country at every mention ("... and Pakpasak Technical College signed"), as the record
    gives it: the first mention's, else the first one given."""
    countries: dict[str, str] = {}
    missing = False
    for known in top_facts:
        if known.entry is None:
            if known.country:
                countries.setdefault(_identity_of(known), known.country)
            else:
                missing = True
    if not missing or not countries:
        return top_facts
    shared = []
    for mention, known in zip(top, top_facts, strict=True):
        country = countries.get(_identity_of(known)) if known.entry is None and not known.country else None
        if country is not None:
            known = known._replace(country=country)
            facts.set(mention, "country", country)
        shared.append(known)
    return shared


_DESCRIBING_HEADS_EN = frozenset({"university", "college", "institute"})  # "the Chongqing university": lower case
_JOINERS_ZH = "及与和同并"  # characters joining two names (name_boundaries.txt) that a tokenizer may glue to a word
_GLUED_JOINERS = re.compile(f"[{_JOINERS_ZH}]")
_CLAUSE_BREAK = re.compile(r"[.;:!?。；：！？，,、\n(（]")
_HOLDER_GAP_ZH = 3  # characters between a holder and its verb (X将/继续担任联盟秘书处)
_CLAUSE_OPENINGS_EN = ("; ", ", while ", ", whereas ", ", and ")
_SEAT_REACH = 80  # characters after a seat phrase read for the body or place it is at
_HEAD_REACH = 24  # characters before a seat phrase read for the head word naming its alliance


@functools.cache
def _regions_of_china() -> tuple[str, ...]:
    return word_list("zh", "regions_of_china.txt")


def _opens_with_region_of_china(name: str) -> bool:
    """东北电力大学, 西南林业大学: a name opening with a region of China (not 东北亚, 东南亚: Asia's)."""
    region = next((r for r in _regions_of_china() if name.startswith(r)), None)
    return region is not None and name[len(region) : len(region) + 1] != "亚"


def _listed_before_its_head(doc: Doc, mention: _Mention) -> bool:
    """A listed short form (兰大, 北大) followed by the lone word 学: the tokenizer cut a longer name's
    head 大学 in two (达鲁萨|兰大|学), so the short form is no mention of its own (兰大学子 keeps it: 学子)."""
    return (
        bool(mention.kb_id)
        and len(mention.text) <= 3
        and mention.text.endswith("大")
        and mention.end < len(doc)
        and doc[mention.end].text == "学"
    )


def _names_two_sides(name: str) -> bool:
    """ "China-Latin America ...", 中国—东盟…: a name made of two sides, China and another."""
    return bool(_BINATIONAL_EN.search(name) or _BINATIONAL_ZH.search(name))


def _tells_a_seat(text: str, language: str) -> bool:
    """The page names a seat word at all (a literal test before the phrases' regexes)."""
    if language == "zh":
        return "秘书" in text or "总部" in text
    return "ecretar" in text or "eadquarter" in text  # (secretariat, secretary-general institution)


@functools.cache
def _seat_phrases(language: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The phrases that tell an alliance's seat (`alliance_seat_words.tsv`): those the seat is named
    after ("its secretariat is based at", "Secretariat:", 秘书处设在), and those its holder is named
    before ("houses its secretariat", 担任联盟秘书处)."""
    parts: dict[str, list[str]] = defaultdict(list)
    for word, part in word_table(language, "alliance_seat_words.tsv").items():
        parts[part].append(re.escape(word).replace(r"\ ", r"\s+"))
    seat, placed, holds, head = (
        "|".join(sorted(parts[p], key=len, reverse=True)) for p in ("seat", "placed", "holds", "head")
    )
    if language == "zh":
        adverb = "(?:继续|仍然|仍|将|现|目前|正式)?"
        after = rf"(?:{seat})(?:单位)?(?:工作)?{adverb}(?:{placed})|(?:{seat})(?:单位)?[:：]\s*"
        before = rf"(?:{holds})(?:该|本)?(?:联盟|协会|学会|联合会)?(?:{seat})"
        return re.compile(after), re.compile(before)
    # (the seat word after an article or a possessive, not inside a proper name: "the ASEAN Secretariat")
    owned = r"(?:(?<![\w'’])(?:[Ii]ts|[Tt]he|[Tt]heir|[Ww]hose)\s+|['’]s\s+|^)"
    verb = (
        r"(?:\s+(?:is|are|was|were|remains|remain|stays|sits|moves|moved|will\s+(?:be|remain|stay|move)"
        r"|has\s+been|have\s+been)(?:\s+(?:also|now|still|permanently|currently))?)?"
    )
    # ("the secretariat of the alliance will be based at X")
    of_the = rf"(?:\s+of\s+(?:the|its|their)\s+(?:[\w-]+\s+){{0,2}}?(?i:{head}))?"
    after = (
        rf"{owned}(?i:{seat}){of_the}{verb}(?:\s+(?:{placed}))?\s+(?:at|in|by|to)\s+(?:the\s+)?"
        rf"|\b(?i:headquartered)\s+(?:at|in)\s+(?:the\s+)?"
        rf"|^(?i:{seat})(?:\s*:\s*|[ \t]*\n\s*)"  # (a label, or a heading over its holder's line)
    )
    # ("hosts its secretariat", "continues to host the association's permanent secretariat", "was
    # elected secretariat institution of the alliance")
    # (and an apposition after the holder's name: "undertaken by X, the alliance's secretariat")
    before = (
        rf"(?:\b(?:{holds})\s+(?:also\s+)?(?:(?:the|its|their)\s+)?|,\s+(?:the|its)\s+)(?:[\w-]+['’]s\s+)?"
        rf"(?:[a-z]+\s+)?(?i:{seat})\b"
    )
    return re.compile(after, re.MULTILINE), re.compile(before)


@functools.cache
def _seat_words(language: str) -> tuple[str, ...]:
    """The seat words as the page's text is searched for them (English: lower case, read in the
    lowered text; "headquartered" with them)."""
    words = [w for w, part in word_table(language, "alliance_seat_words.tsv").items() if part == "seat"]
    return (*words, "headquartered") if language == "en" else tuple(words)


_SEAT_BEFORE_REACH = 60  # characters before a seat word where a phrase telling the seat may start
_SEAT_AFTER_REACH = 40  # characters after it where the phrase may end


def _seat_matches(text: str, language: str) -> tuple[list[re.Match[str]], list[re.Match[str]]]:
    """The phrases telling a seat (`_seat_phrases`), found around the places a seat word is written
    (by `find`: the regexes read a short stretch there, never the whole page); each once."""
    after_pattern, before_pattern = _seat_phrases(language)
    searched = text.lower() if language == "en" else text
    after: dict[tuple[int, int], re.Match[str]] = {}
    before: dict[tuple[int, int], re.Match[str]] = {}
    for word in _seat_words(language):
        at = searched.find(word)
        while at >= 0:
            low, high = max(0, at - _SEAT_BEFORE_REACH), at + len(word) + _SEAT_AFTER_REACH
            for found, pattern in ((after, after_pattern), (before, before_pattern)):
                for match in pattern.finditer(text, low, high):
                    found.setdefault(match.span(), match)
            at = searched.find(word, at + len(word))
    return sorted(after.values(), key=_match_start), sorted(before.values(), key=_match_start)


def _match_start(match: re.Match[str]) -> int:
    return match.start()


@functools.cache
def _seat_heads(language: str) -> tuple[str, ...]:
    return tuple(w for w, part in word_table(language, "alliance_seat_words.tsv").items() if part == "head")


def _seat_head(language: str, words: str) -> str | None:
    """The head word the last of `words` names an alliance by ("the consortium's secretariat")."""
    lowered = words.lower()
    found = [(lowered.rfind(head), head) for head in _seat_heads(language)]
    at, head = max(found, default=(-1, ""))
    return head if at >= 0 else None


def _clause_end(text: str, at: int) -> int:
    """Where the clause going on at `at` ends (or `_SEAT_REACH` characters on)."""
    found = _CLAUSE_BREAK.search(text, at, at + _SEAT_REACH)
    return found.start() if found else min(len(text), at + _SEAT_REACH)


def _clause_starts_en(text: str, at: int) -> list[int]:
    """Where an English clause holding `at` may start, the latest first: after "; ", ", while ",
    ", and " in its sentence, and the sentence's start."""
    sentence = max(text.rfind(". ", 0, at) + 2, text.rfind("\n", 0, at) + 1, 0)
    openings = [text.rfind(o, sentence, at) for o in _CLAUSE_OPENINGS_EN]
    return sorted({sentence, *(o + 2 for o in openings if o >= 0)}, reverse=True)


def _identity_of(known: Facts) -> str:
    """What makes mentions one institution in the record (as `emit.institution_fields` groups them)."""
    return known.entry.id if known.entry is not None else (known.display_name or known.text).casefold()


def _teaching_by_start(mentions: list[_Mention]) -> dict[int, _Mention]:
    """The longest teaching-body candidate (university, college ...) starting at each character."""
    by_start: dict[int, _Mention] = {}
    for mention in mentions:
        if mention.label in _TEACHING_KINDS:
            known = by_start.get(mention.start_char)
            if known is None or known.end_char < mention.end_char:
                by_start[mention.start_char] = mention
    return by_start


def _cell_start(cell: ColumnCell) -> int:
    return cell.start


def _mention(row: SpanRow, text: str) -> _Mention:
    # (`tuple.__new__` directly: a named tuple's own `__new__` is a Python function, ~90 calls a page)
    # (`row + (...)`: one tuple made before the mention, where `(*row, ...)` makes a list and a tuple)
    return _NEW_TUPLE(_Mention, row + (text[row.start_char : row.end_char],))  # noqa: RUF005


@functools.cache
def _joint_built_openers() -> tuple[str, ...]:
    """`zh/joint_built_openers.txt`, longest first."""
    return tuple(sorted(word_list("zh", "joint_built_openers.txt"), key=len, reverse=True))


_BUILT_JOINTLY = "joint_institute"  # (the label of a body two bodies built together)
_BUILT_REACH_EN = 40  # characters before a name read for "jointly established the"
_BUILT_BEFORE_EN = re.compile(
    r"\b(?:jointly (?:established|founded|built|set up|created|launched|opened|run|runs)"
    r"|co-(?:founded|established|built|run|runs))(?: (?:the|a|an|their|its))?\s*$"
)
_BUILT_AFTER_EN = re.compile(
    r",? (?:(?:which|that) (?:was|is|were|are|has been|had been) |(?:a|an|the) [a-z -]{1,30}?)?"
    r"(?:jointly (?:established|founded|built|set up|created|run)|co-(?:founded|established|built|run))"
    r" (?:by|with)\b"
)
_OPENER_REACH = 12  # characters before a host read for its joint building (合作共建的“)
_OPENER_TAIL = re.compile(r"[的“”\"「『《\s]*$")
_PARTNER_GAP = 6  # characters between the partner and the building word, at most (合作, 正式)
_PAIR_REACH = 40  # characters before the building word where the pair that built stands (A与B合作)
_CLAUSE_MARK = re.compile(r"[。，,；;！？!?]")


def _ends_a_university(mention: _Mention) -> bool:
    """An unlisted name ending in a university's head (大学, 大學)."""
    return not mention.kb_id and mention.text.endswith(("大学", "大學"))


def _joined(parent: _Mention, unit: _Mention, label: str, text: str) -> _Mention:
    """One mention from `parent` through `unit` (教育部 + 中外人文交流中心)."""
    return _mention(SpanRow(parent.start, unit.end, parent.start_char, unit.end_char, label, "", 0), text)


def _span(doc: Doc, mention: _Mention, ids: dict[str, int]) -> Span:
    """The mention's Span; `ids`: its label's and kb id's string ids (`InstitutionResolver._string_ids`)."""
    label, kb_id = ids[mention.label], ids[mention.kb_id]
    # (by position, `vector` and `vector_norm` None as by default: spaCy parses no keywords, ~10% of a Span)
    return Span(doc, mention.start, mention.end, label, None, None, kb_id, mention.span_id)


def _facts_of(
    mentions: list[_Mention], top: list[_Mention], top_facts: list[Facts], nested: dict[tuple[int, int], Facts]
) -> list[Facts]:
    """The facts of `mentions` (top-level and nested ones), by their characters."""
    if mentions == top:
        return top_facts  # (no nested name: most pages)
    by_characters = {(m.start_char, m.end_char): known for m, known in zip(top, top_facts, strict=True)} | nested
    return [by_characters[m.start_char, m.end_char] for m in mentions]


# A mention's start token (its first field), as a C key function: sorts of ~100 mentions a page
# call it once per mention.
_START = itemgetter(0)
_START_CHAR = itemgetter(2)


def _pairs_apart(text: str, found: list[_Mention], candidates: list[_Mention]) -> list[_Mention]:
    """"Nanchang University-Queen Mary University of London joint programme": two listed names joined by
    a hyphen, with no head of their own after them, are the two institutions (a programme's pair), not
    one name; "University of Michigan-Shanghai Jiao Tong University Joint Institute" ends in its head."""
    joined = [m for m in candidates if not m.kb_id and ("-" in m.text or "–" in m.text)]
    if not joined:
        return candidates  # (no unlisted name with a hyphen in it: most pages)
    listed_from = {m.start_char: m for m in found if m.kb_id}
    listed_to = {m.end_char: m for m in found if m.kb_id}
    out: list[_Mention] = []
    for mention in candidates:
        first = None if mention.kb_id else listed_from.get(mention.start_char)
        last = listed_to.get(mention.end_char) if first is not None else None
        if first is not None and last is not None and text[first.end_char : last.start_char] in _HYPHENS:
            out += (first, last)
        else:
            out.append(mention)
    return out


def _outside_compounds(doc: Doc, found: list[_Mention], hyphens: list[int], listed_starts: set[int]) -> list[_Mention]:
    """The mentions not `_in_compound`: that function is called only for those with a hyphen in
    them or right after them (its own first test, made here in the loop: most mentions have none)."""
    kept = []
    last = len(hyphens)
    for mention in found:
        at = bisect_left(hyphens, mention.start_char)
        if at < last and hyphens[at] <= mention.end_char and _in_compound(doc, mention, hyphens, listed_starts):
            continue
        kept.append(mention)
    return kept


def _in_compound(doc: Doc, mention: _Mention, hyphens: list[int], listed_starts: set[int]) -> bool:
    """'Industry-University-Research': a head word inside a hyphenated modifier names nobody.
    (`hyphens`: where the text has one, in order.) A listed name hyphened to the start of another
    ("Jiangxi University of Finance and Economics-Griffith University programme") is one of a pair."""
    at = bisect.bisect_left(hyphens, mention.start_char)
    if at == len(hyphens) or hyphens[at] > mention.end_char:
        return False  # no hyphen in the name or right after it: nothing to look at

    def attached_hyphen(i: int) -> bool:
        return 0 < i < len(doc) and doc[i].text in {"-", "–"} and not doc[i - 1].whitespace_

    end = mention.end
    if attached_hyphen(end):
        return not (mention.kb_id and end + 1 in listed_starts)
    # 'Industry-University(-Research)': a head beside the hyphen; 'Université Paris-Saclay' ends in
    # a hyphened place after its head (heads first): a name
    if end - mention.start < 2 or not attached_hyphen(end - 2):
        return False
    # ("... named after al-Farabi": a lower-case particle hyphened to the last name word is the
    # person's name, no modifier either)
    before = doc[end - 3].text if end - mention.start >= 3 else ""
    return not before or not ((_place_word(before) or before.islower()) and _place_word(doc[end - 1].text))


def _place_word(word: str) -> bool:
    """A capitalised word that is no head ('Paris', 'Saclay'): a hyphened place's part, where a
    head ('University', 'College') makes a hyphened modifier."""
    return word[:1].isupper() and word.isalpha() and word.lower() not in _head_words_lower()


@functools.cache
def _head_words_lower() -> frozenset[str]:
    return frozenset(word.lower() for word in _head_words_en())


_OUTSIDE_COLUMNS = ("ENT_IOB", "ENT_TYPE")
_NEW_TUPLE = tuple.__new__


def _set_entities(doc: Doc, spans: list[Span] | list[SpanRow]) -> None:
    """`doc.ents = spans` (non-overlapping), written as spaCy writes it but in two steps that skip
    its walk of every token in Python (`set_ents`'s default "outside" compares an Enum per token):
    every token O without a label, in one `from_array` of two columns; then the spans' own tokens
    by `set_ents(..., default="unmodified")`, which touches only them. As there: B and I with the
    span's label and kb id inside the spans, a span without a label is no entity; a token's kb id
    outside the spans, and its id where no span with an id lies, stay as they were. (Rows are
    made Spans first.)"""
    if spans and not isinstance(spans[0], Span):
        spans = [row.span(doc) for row in spans]
    outside = np.zeros((len(doc), 2), dtype=np.uint64)
    outside[:, 0] = 2  # O
    doc.from_array(_OUTSIDE_COLUMNS, outside)
    doc.set_ents(spans, default="unmodified")


def _fact_key(name: str, start_char: int, end_char: int) -> tuple[str, str, int, int]:
    """The `doc.user_data` key spaCy's `Underscore` keeps a span extension under."""
    return ("._.", name, start_char, end_char)


@functools.cache
def _keys_as_spacy_keeps_them() -> bool:
    """Whether `_Facts` writes what `span._` reads (spaCy's key format is internal)."""
    register_extensions()
    doc = Doc(Vocab(), words=["a", "b"])
    span = doc[0:2]
    doc.user_data[_fact_key("kind", span.start_char, span.end_char)] = "probe"
    span._.country = "XX"
    written = doc.user_data.get(_fact_key("country", span.start_char, span.end_char))
    return span._.kind == "probe" and written == "XX" and span._.entry is None


class _Facts:
    """The extensions of a Doc's mentions (`span._.kind` ...), read and written in
    `doc.user_data` under the key spaCy's `Underscore` gives them (`span._` builds a new accessor
    object on every access, and the resolver makes seven per mention); through `span._` when
    spaCy keys them differently (checked once per process)."""

    __slots__ = ("data", "doc")

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.data = doc.user_data if _keys_as_spacy_keeps_them() else None

    def get(self, mention: _Mention, name: str) -> object:
        if self.data is None:
            return getattr(Span(self.doc, mention.start, mention.end)._, name)
        return self.data.get(("._.", name, mention.start_char, mention.end_char))  # (`_fact_key`, written out)

    def describe(
        self, mention: _Mention, entry: object, display_name: str | None, kind: str, country: str | None
    ) -> None:
        """`set` of the four facts the resolver gives every mention, in this order (the keys are
        `_fact_key`'s, written out: four per mention of every page)."""
        if self.data is None:
            for name, value in (("entry", entry), ("display_name", display_name), ("kind", kind), ("country", country)):
                self.set(mention, name, value)
            return
        start, end, data = mention.start_char, mention.end_char, self.data
        data["._.", "entry", start, end] = entry
        data["._.", "display_name", start, end] = display_name
        data["._.", "kind", start, end] = kind
        data["._.", "country", start, end] = country

    def set(self, mention: _Mention, name: str, value: object) -> None:
        if self.data is None:
            setattr(Span(self.doc, mention.start, mention.end)._, name, value)
        else:
            self.data[_fact_key(name, mention.start_char, mention.end_char)] = value


def _names_parent(doc: Doc, inner: _Mention, outer: _Mention) -> bool:
    """'Queen Mary College at Nanchang University', 江西理工大学乌拉尔学院: the parent named in a
    joint institute's name is an institution of its own; 密歇根大学 inside 北密歇根大学 is not.
    (`inner` lies inside `outer` and is not all of it.)"""
    before = inner.start - 1
    if before > outer.start and doc[before].lower_ == "the":
        before -= 1  # "Sino-British College of the University of ..."
    after_connector = inner.start > outer.start and doc[before].lower_ in {"at", "of"}
    after_connector = after_connector and not mission_of_its_unit(doc, before - 1, inner.start, inner.end)
    # "Department of International Cooperation and Exchanges of the Ministry of Education", "Foreign
    # Affairs Office of Jiangxi Provincial People's Government": one body, as 教育部国际合作与交流司
    after_connector = after_connector and not _office_of_its_government(outer, inner)
    leading_parent = inner.start == outer.start and (outer.label == "joint_institute" or is_hosted_body(outer.text))
    # ("Confucius Institute" opening "Confucius Institute at X" is its word, not its host)
    leading_parent = leading_parent and inner.text not in _hosted_kinds("en")
    return after_connector or leading_parent


def _office_of_its_government(outer: _Mention, inner: _Mention) -> bool:
    """A listed government body named after the "of" of a body headed like a government one is that
    body's owner, no party of its own."""
    if not inner.kb_id:
        return False
    entry = load_gazetteer().get(inner.kb_id)
    if entry is None or entry.kind != "government":
        return False
    heads = word_table("en", "institution_heads.tsv")
    for word in outer.text.partition(" of ")[0].split(" "):  # noqa: SIM110 - compiled, `any` of a generator makes one
        if heads.get(word) == "government":
            return True
    return False


def _unique(mentions: list[_Mention]) -> list[_Mention]:
    seen: set[tuple[int, int]] = set()
    unique = []
    for mention in mentions:
        if (mention.start, mention.end) not in seen:
            seen.add((mention.start, mention.end))
            unique.append(mention)
    return unique


@functools.cache
def _unit_school_after_zh() -> re.Pattern[str]:
    """A school's name right after a word (同济 + 医学院): Han characters ending in a school's head
    (`zh/school_heads_of_a_unit.txt`), up to six of them."""
    heads = sorted(word_list("zh", "school_heads_of_a_unit.txt"), key=len, reverse=True)
    return re.compile(f"[\u4e00-\u9fff]{{0,6}}?(?:{'|'.join(map(re.escape, heads))})")


_FIELD_JOINERS = "、与和及"
_UNIT_LIST_JOINERS = "、和及"
# X大学[的]建筑材料检测实验室 + 、和及: a unit named right after its body, before a list's joiner
_UNIT_AFTER_ITS_BODY_ZH = re.compile(
    "的?(?:(?![、和及与的])[\u4e00-\u9fff]){1,12}?(?:实验室|研究所|研究院|中心|学院|系|处|部|办公室)(?=[、和及])"
)  # (与 joins two parties as often as two listed units: not read as a list)
_UNIT_LABELS_ZH = frozenset({"college", "school", "other", "research_institute"})
_UNITS_CLOSING_A_LIST = ("等单位", "等部门", "等职能部门")  # 外国语学院、生态环境学院等单位: a list of units
_FIELD_LIST_REACH = 24  # characters from an institution's end to a school named after a list of fields
_FIELD_LIST_SPLIT = re.compile(f"[{_FIELD_JOINERS}]")


def _fields_listed(words: str) -> bool:
    """工程、环境: field words (disciplines.txt), one or more, joined by 、 与 和 及."""
    return all(field and _only_disciplines(f"{field}学院") for field in _FIELD_LIST_SPLIT.split(words))


@functools.cache
def _units_of_a_university() -> tuple[str, ...]:
    return tuple(word_list("en", "unit_heads_of_a_university.txt"))


@functools.cache
def _company_forms_cn(language: str) -> tuple[str, ...]:
    return tuple(word_list(language, "company_forms_cn.txt"))


def _chinese_company_form(name: str, language: str) -> bool:
    return name.endswith(_company_forms_cn(language))


# First-person heads that stand for the publisher only when its own name holds them or it is of their
# kind: a university's page calls itself "the university" or "our school", but "the Institute" there is
# an institute it names, and "the university" on a college's or a Confucius Institute's page is a
# university it names. (The kind of body each head word stands for; "school" is every teaching body's.)
_OTHER_BODY_HEADS = {"institute": "", "university": "university", "college": "college"}


def _other_body_head(publisher: Publisher, phrase: str) -> str | None:
    """The head word of a first-person phrase ("the institute") when it may name another body than the
    publisher: its name does not hold the word, nor is it of the word's kind."""
    head = phrase.rpartition(" ")[2]
    kind = _OTHER_BODY_HEADS.get(head)
    if kind is None or head in publisher.name.lower() or kind == publisher.kind:
        return None
    return head


def _with_references(
    top: list[_Mention], bare: dict[_Mention, _Mention], referred: dict[_Mention, _Mention]
) -> dict[_Mention, _Mention]:
    """The bare hosted words and the references back ("the Institute"), each with the mention it is
    described as: a reference to a bare hosted word is to that word's body; one to a mention no
    longer kept is left out (it takes no facts)."""
    kept = set(top)
    joined = dict(bare)
    for mention, named in referred.items():
        named = bare.get(named, named)
        if named in kept:
            joined[mention] = named
    return joined


def _office_of_a_reference(name: str) -> bool:
    """ "Chinese Director of the Institute", "Department of the University": words ending in "of the" and a
    bare head word refer back to an institution named elsewhere; they name an office or a person's
    title, no institution of their own."""
    words, found, owner = name.rpartition(" of the ")
    return bool(found and words) and owner.rstrip(".") in _head_words_en()


@functools.cache
def _alliance_organs() -> tuple[str, ...]:
    """An alliance's organs (`en/alliance_organs.txt`), longest first."""
    return tuple(sorted(word_list("en", "alliance_organs.txt"), key=len, reverse=True))


def _national_after_country(country_word: str, rest: str) -> bool:
    """蒙古国 + 立科技大学: a country word ending in 国 before 立 lends its 国 to the name's 国立
    ("national"), so what follows the country is 国立科技大学, no name without it."""
    return country_word.endswith("国") and rest.startswith("立")


# A kind of university described, not named: 研究型大学, 综合性大学, 应用型本科院校 (一所…的应用研究型大学).
_DESCRIBED_HEADS_ZH = ("大学", "学院", "高校", "院校")


@functools.cache
def _describing_words_zh() -> tuple[str, ...]:
    return tuple(word_list("zh", "describing_words.txt"))


def _describes_a_kind_zh(name: str) -> bool:
    """An unlisted name whose words before its head describe a kind or a rank (研究型, 综合性,
    一流, 高水平, 知名: `zh/describing_words.txt`): a description of an institution
    (学校是一所…的应用研究型大学, 赴海外一流大学学习), not an institution's name. So is a kind's
    name alone or after a country (德国应用科学大学: `zh/kind_names.txt`)."""
    if not name.endswith(_DESCRIBED_HEADS_ZH):
        return False
    if name[:-2].endswith(_describing_words_zh()):
        return True
    kind = next((k for k in _kind_names_zh() if name.endswith(k)), None)
    return kind is not None and (kind == name or load_countries().code(name[: -len(kind)]) is not None)


@functools.cache
def _kind_names_zh() -> tuple[str, ...]:
    return tuple(word_list("zh", "kind_names.txt"))


@functools.cache
def _mission_words() -> tuple[str, ...]:
    return tuple(word_list("zh", "mission_words.txt"))


@functools.cache
def _mission_sections() -> tuple[str, ...]:
    return tuple(sorted(word_list("zh", "mission_sections.txt"), key=len, reverse=True))


def _capitalised_word_before_and(text: str, at: int) -> bool:
    """What `_SHORT_NAME_BEFORE_AND` needs before the " and " ending at `at`, read by a plain loop:
    a word [A-Z][a-z]{3,}, after the text's start or after spaces that follow a punctuation mark or
    a whole lower-case word (a necessary test only: the pattern decides)."""
    lower, upper = "abcdefghijklmnopqrstuvwxyz", "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    k = at - 6  # the word's last character
    while k >= 0 and text[k] in lower:
        k -= 1
    if k < 0 or text[k] not in upper or at - 5 - k < 4:
        return False
    if k == 0:
        return True
    i = k - 1
    while i >= 0 and text[i].isspace():
        i -= 1
    if i == k - 1 or i < 0:
        return False
    if text[i] in ".;:!?,":
        return True
    j = i  # (a whole lower-case word: no letter, digit or "_" before it)
    while j >= 0 and text[j] in lower:
        j -= 1
    return j < i and (j < 0 or not (text[j].isalnum() or text[j] == "_"))


def _mentions_a_mission(text: str) -> bool:
    for word in _mission_words():  # noqa: SIM110 - compiled, `any` of a generator makes one
        if word in text:
            return True
    return False


def _section_after(text: str, at: int, sections: tuple[str, ...]) -> str:
    """The longest section word written at `at` (教育处 after 英国驻华大使馆), or ''."""
    for section in sections:  # (longest first)
        if text.startswith(section, at):
            return section
    return ""


def _by_end(mentions: list[_Mention], ends: set[int]) -> dict[int, list[_Mention]]:
    """The mentions ending at each token of `ends`, in their order: what directly precedes a
    token. (Only the tokens asked about: most mentions end where no one asks, and a list for
    each would be made for nothing.)"""
    ending_at: dict[int, list[_Mention]] = {}
    for mention in mentions:
        end = mention.end
        if end in ends:
            found = ending_at.get(end)
            if found is None:
                ending_at[end] = [mention]
            else:
                found.append(mention)
    return ending_at


def _full_forms(candidates: list[_Mention]) -> list[_Mention]:
    """The candidates a bare body can be the short form of (`_earlier_full_form`): those ending in
    one (a name ending in a body ends in a character a body ends in: the cheap test first)."""
    last = _last_characters(_bare_bodies())
    return [m for m in candidates if m.text[-1:] in last and _simplified(m.text).endswith(_bare_bodies())]


def _earlier_full_form(candidates: list[_Mention], body: str, before: int) -> _Mention | None:
    """The last candidate before `before` whose name ends with the bare `body` and says more."""
    earlier = [
        m for m in candidates if m.end_char <= before and len(m.text) > len(body) and _simplified(m.text).endswith(body)
    ]
    return max(earlier, key=_START, default=None)


def _first_ending_in(linked: list[tuple[int, str, str]], before: int, written: str) -> str | None:
    """The entry id of the first of the `linked` (start token, text, id) starting before `before`
    whose text ends with `written`. (A plain loop: `next` of a generator makes one, compiled.)"""
    for start, full, kb_id in linked:
        if start < before and full.endswith(written):
            return kb_id
    return None


def _ending_in(names: tuple[str, ...], body: str) -> bool:
    for name in names:  # noqa: SIM110 - compiled, `any` of a generator makes one
        if name.endswith(body):
            return True
    return False


def _written_at_any(page_simplified: str, simplified: str, starts: list[int]) -> bool:
    """`simplified` is the simplified form of the text at one of the character offsets
    (`page_simplified`: the page's simplified text, the same characters simplified at the same
    offsets, so no slice of the text is made and simplified again)."""
    for start in starts:  # noqa: SIM110 - compiled, `any` of a generator makes one
        if page_simplified.startswith(simplified, start):
            return True
    return False


def _holds(mentions: list[_Mention], starts: list[int], token: int) -> bool:
    """One of `mentions` (sorted by start, apart, none empty; `starts`: theirs) holds `token`."""
    at = bisect.bisect_right(starts, token) - 1
    return at >= 0 and mentions[at].end > token


def _tokens_written(doc: Doc, text: str, word: str) -> list[tuple[int, int]]:
    """The tokens whose text is `word` (index, first character), found where `word` is written
    in the Doc's text (a few places) rather than by reading every token's id."""
    tokens = []
    at = text.find(word)
    while at >= 0:
        span = doc.char_span(at, at + len(word))  # a span only where token boundaries are
        if span is not None and len(span) == 1:
            tokens.append((span.start, at))
        at = text.find(word, at + 1)
    return tokens


def _phrase_starts(ids: np.ndarray, phrase: np.ndarray) -> list[int]:
    """Token positions where the sequence of string ids `phrase` occurs in `ids`, in order."""
    count = len(ids) - len(phrase) + 1
    if count <= 0:
        return []
    hits = ids[:count] == phrase[0]
    for offset in range(1, len(phrase)):
        hits &= ids[offset : offset + count] == phrase[offset]
    return np.flatnonzero(hits).tolist()


def _identity(mention: _Mention) -> tuple[int, int, str, str, int]:
    """What Span equality compares (the Doc aside)."""
    return (mention.start_char, mention.end_char, mention.label, mention.kb_id, mention.span_id)


def _nested_parents(doc: Doc, candidates: list[_Mention], top: list[_Mention]) -> list[_Mention]:
    """Candidates inside a top-level name that are its parent (see `_names_parent`). The top
    names do not overlap, so only the last one starting at or before a candidate can hold it."""
    starts, ends = [t.start for t in top], [t.end for t in top]  # (apart: one name a start)
    kept: set[tuple[int, int, str, str, int]] | None = None  # the top names' identities, made when needed (rare)
    nested = []
    for mention in candidates:
        start, end = mention.start, mention.end
        at = bisect.bisect_right(starts, start) - 1
        if at < 0 or end > ends[at] or (start == starts[at] and end == ends[at]):
            continue  # inside no top-level name, or all of it
        if _names_parent(doc, mention, top[at]):
            kept = {_identity(t) for t in top} if kept is None else kept
            if _identity(mention) not in kept:
                nested.append(mention)
    # "... at Qingdao University of Technology": the parent is the longest name read there, not a
    # listed shorter one its first words make (Qingdao University)
    return _longest_non_overlapping(nested) if len(nested) > 1 else nested


def _longest_non_overlapping(mentions: list[_Mention]) -> list[_Mention]:
    """Longest first; on a tie the gazetteer's (it has a kb_id) wins."""
    # (the key (start - end, 0 if kb_id else 1, start) as one int, the start below `beyond`: ints
    # compare faster than tuples; the bounds in one plain loop: `max` of a generator makes one, compiled)
    last_start = last_end = 0
    for mention in mentions:
        start, end = mention.start, mention.end
        if start > last_start:
            last_start = start
        if end > last_end:
            last_end = end
    beyond, count = last_start + 1, len(mentions)
    # (each key packed with the mention's place, key * count + place: the ints sorted with no key
    # function, ties in the list's order as a stable sort leaves them)
    packed = [
        (((m.start - m.end) * 2 + (0 if m.kb_id else 1)) * beyond + m.start) * count + place
        for place, m in enumerate(mentions)
    ]
    packed.sort()
    taken = bytearray(last_end)  # 1 where a kept mention lies
    kept: list[_Mention] = []
    for key in packed:
        mention = mentions[key % count]
        start, end = mention.start, mention.end
        if taken.find(1, start, end) < 0:
            kept.append(mention)
            taken[start:end] = b"\x01" * (end - start)
    return sorted(kept, key=_START)


@Language.factory("institution_resolver", default_config={})
def make_institution_resolver(nlp: Language, name: str) -> InstitutionResolver:
    return InstitutionResolver(nlp.lang)


def _own_voice_ids(publisher: Publisher, text: str) -> list[tuple[str, np.ndarray, bool]]:
    """The word the publisher's own page speaks by when no other page does (我会 on an association's
    page, `link/publisher.voice_word`), as a first-person phrase of `_first_person_ids`."""
    word = voice_word(publisher, text)
    return [(word, np.array([get_string_id(word)], dtype=np.uint64), True)] if word else []


@functools.cache
def _opened_in() -> re.Pattern[str]:
    """”在基加利揭牌, 于泰国正式成立: a closing quote maybe, 在 or 于, a place (Han characters), an
    opening word."""
    openings = "|".join(map(re.escape, sorted(word_list("zh", "joint_institute_openings.txt"), key=len, reverse=True)))
    return re.compile(rf"[”」』\"]?[在于]([\u4e00-\u9fff]{{2,10}}?)(?:正式)?(?:{openings})")


def _shortens_a_head(short: str, name: str) -> bool:
    """`short` shortens `name` (`shortens`) and ends on a character of its head (诺大 of 诺丁汉大学,
    北师大 of 北京师范大学): not any word that happens to hold its characters in order."""
    return short[-1] in name[-2:] and shortens(short, name)
