"""Component `institution_patterns`: institution names nobody listed, found by how they are built.

English: a capitalised run around a head word ("X University", "University of X",
"X College of Y at Z University", "X Provincial Department of Education"), bounded by
the words in `rules/en/*`. Chinese: a run of name-like words ending in a suffix such as
大学, 学院, 教育厅, 联盟, extended left until a boundary word (与, 签署, ...); a foreign
country's ministry named by its fields (老挝教育与体育部), and a listed body named by its head
alone after a foreign state (维多利亚州教育部). Results go to `doc.spans["inst_patterns"]`,
labelled with the kind their head suggests.
"""

from __future__ import annotations

import bisect
import calendar
import functools
import re
from collections.abc import Iterable

import numpy as np
from spacy.attrs import IDX, NORM, ORTH
from spacy.language import Language
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token
from spacy.vocab import Vocab

from pipeline.extract.spans import matching_text
from pipeline.language import code_points, to_simplified
from pipeline.link.countries import load_countries
from pipeline.link.gazetteer import load_gazetteer
from pipeline.link.places import load_places
from pipeline.nlp.batchwise import Batchwise
from pipeline.nlp.extensions import SpanRow, doc_text, read_rows, register_extensions, write_rows
from pipeline.nlp.sentences import NUMBER_ABBREVIATIONS, sentence_starts_of
from pipeline.nlp.tokenizer_zh import NORM_IDX_KEY
from pipeline.rules import word_list, word_table

SPAN_KEY = "inst_patterns"
MAX_ZH_NAME_CHARS = 24
# The most tokens an English name reads on over from its head word, either way ("University of ...",
# "... Institute"), and an event's name after it: twice the longest a gazetteer name has (an embassy's
# education section, ~24). Unbounded, each head of a run of them ("University of University of ...",
# "Institute Institute ...") read on to the sentence's end: n^2 (19,000 characters, 78 s a page).
NAME_REACH = 48


@functools.cache
def _en_vocab() -> dict[str, frozenset[str]]:
    return {
        "heads": frozenset(word_table("en", "institution_heads.tsv")),
        "connectors": frozenset(word_list("en", "name_connectors.txt")),
        # lower-case words that go on naming a body that is no school ("Alliance ... on Climate")
        "topic_connectors": frozenset(word_list("en", "name_topic_connectors.txt")),
        # articles after a connector ("Universitat de les Illes Balears") and elided ones glued to
        # the next name word ("Università degli Studi dell'Insubria")
        "articles": frozenset(word_list("en", "name_articles.txt")),
        "not_start": frozenset(word_list("en", "not_name_start.txt")),
        "generic": frozenset(word_list("en", "generic_name_words.txt")),
        "titles": frozenset(w for t in word_list("en", "titles.txt") for w in t.split()),
        "event_heads": frozenset(word_list("en", "event_heads.txt")),
        # words that continue a head ("Consulate General") and heads of diplomatic missions
        "head_tails": frozenset({"General"}),
        "heads_first": frozenset(word_list("en", "heads_first.txt")),
        "missions": frozenset({"Embassy", "Consulate", "Consulate-General", "Delegation", "Mission"}),
        "possessive_names": frozenset(word_list("en", "name_possessives.txt")),
        "fields": frozenset(word_list("en", "field_words.txt", split_spaces=True)),
        "government_levels": frozenset(word_list("en", "government_levels.txt")),
        "mission_units": frozenset(word_list("en", "mission_units.txt")),
        "campus_systems": frozenset(word_list("en", "campus_systems.txt")),
        # words that make a name a building's ("the Old University Building")
        "building_words": frozenset(word_list("en", "building_words.txt")),
        # lower-case particles of the person a body is named after ("named after al-Farabi")
        "name_particles": frozenset(word_list("en", "name_particles.txt")),
    }


# What the English name walk asks of a word, as bits: worked out once per word (by string id)
# and kept across Docs, so the walk tests an int per token instead of strings in sets.
NAME = 1  # starts with a capital letter (or an upper-case digit-like letter)
NUMBER = 1 << 1  # a short number: part of a name inside one ("Jiangxi 211 Project")
DASH = 1 << 2
HEAD = 1 << 3
HEAD_TAIL = 1 << 4
HEADS_FIRST = 1 << 5
TITLE = 1 << 6
NOT_START = 1 << 7
GENERIC = 1 << 8
EVENT_HEAD = 1 << 9
MISSION = 1 << 10
CONNECTOR = 1 << 11  # by lower case
ALPHA = 1 << 12
POSSESSIVE = 1 << 13
AND = 1 << 14  # "and" / "&", by lower case
EVENT_JOINER = 1 << 15  # "'", "'s", "-": inside an event's name
# single words the rules name (by lower case: "in", "named", "the", "of"; "'s", "-" and "of" join
# a second name's words)
COMMA = 1 << 16
CLOSING = 1 << 17  # ")"
IN = 1 << 18
NAMED = 1 << 19
THE = 1 << 20
JOINER = 1 << 21  # "'s", "’s", "-", "of"
AND_WORD = 1 << 22  # "and" (not "&")
AT = 1 << 23  # "at", by lower case
# A word of a name, as `_Words.name_word` says (the walk asks it ~270 times a page): set per word
# (a capitalised word or a short number), then taken off a number that opens the Doc.
NAME_WORD = 1 << 24
# Set per Doc too: a hyphen inside a word ('Jiaotong-Liverpool'), not a dash between words. Each
# dash of the page is read once for its spacing, however many walks ask about it.
JOINED = 1 << 25
TOPIC = 1 << 26  # "on" ("Global Alliance of Universities on Climate"), by lower case
ARTICLE = 1 << 27  # "la", "les": between a connector and the name word ("Universidad de los Andes")


class _SortedIds:
    """Values by 64-bit id in two sorted arrays, looked up for many ids in one binary search."""

    __slots__ = ("ids", "values")

    def __init__(self, ids: np.ndarray | None = None, values: np.ndarray | None = None) -> None:
        self.ids = np.zeros(0, dtype=np.uint64) if ids is None else ids
        self.values = np.zeros(0, dtype=np.int64) if values is None else values

    def __len__(self) -> int:
        return len(self.ids)

    def lookup(self, wanted: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """The value of each id of `wanted` (0 where unknown) and the positions of the unknown.
        Every id is searched as it comes: sorting a page's ids to search each once cost more."""
        if not len(self.ids):
            return np.zeros(len(wanted), dtype=np.int64), np.arange(len(wanted))
        at = np.searchsorted(self.ids, wanted).clip(max=len(self.ids) - 1)
        return self.values[at], np.flatnonzero(self.ids[at] != wanted)

    def merged(self, other: _SortedIds) -> _SortedIds:
        ids = np.concatenate([self.ids, other.ids])
        order = np.argsort(ids, kind="stable")
        return _SortedIds(ids[order], np.concatenate([self.values, other.values])[order])


class _Slots:
    """Values of some 64-bit ids in a table indexed by each id's low bits: a page's ids looked up in
    two array reads, no search (string ids are hashes, so their low bits spread). Where two ids share
    a slot one holds it; an id not in its slot (`lookup`'s misses) is looked up elsewhere."""

    __slots__ = ("ids", "mask", "values")

    def __init__(self, known: _SortedIds, bits: int = 16) -> None:
        size = 1 << bits
        self.mask = np.uint64(size - 1)
        # Each empty slot holds an id whose low bits are not its own (slot ^ 1): no id is found there.
        self.ids = np.arange(size, dtype=np.uint64) ^ np.uint64(1)
        self.values = np.zeros(size, dtype=np.int64)
        slots = (known.ids & self.mask).astype(np.intp)
        self.ids[slots] = known.ids  # (of ids sharing a slot, the last written holds it, with its own value)
        self.values[slots] = known.values

    def lookup(self, wanted: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """The value of each id of `wanted` (0 where not held) and the positions of those not held."""
        slots = (wanted & self.mask).astype(np.intp)
        held = self.ids[slots] == wanted
        return np.where(held, self.values[slots], 0), np.flatnonzero(~held)


class _Lexicon:
    """Bits, text and lower case of English words by string id, kept across Docs.

    A Doc's bits are looked up for all its tokens at once, in numpy (string ids are 64-bit
    hashes, and turning a page of them into Python ints costs more than the walk itself): in a
    table of the words seen before by their ids' low bits (`_Slots`; a binary search of ~1,000 ids
    cost ~70 us a page), a binary search for the few that share a slot, then in the words seen last
    (kept apart, up to an eighth of the others, so that adding a word does not re-sort them all).
    Only words never seen are read in Python."""

    RECENT = 1 << 8  # and an eighth of the words known
    MOST_WORDS = 1 << 18  # then start afresh: memory stays flat over a long stream of new words

    def __init__(self, vocab: dict[str, frozenset[str]]) -> None:
        self.vocab = vocab
        self._known = _SortedIds()
        self._recent = _SortedIds()
        self._slots = _Slots(self._known)  # the known words again, for a lookup without a search
        self._strings: dict[int, tuple[str, str]] = {}

    def bits_of(self, doc: Doc, orth_ids: np.ndarray) -> np.ndarray:
        """Every token's bits."""
        bits, missing = self._slots.lookup(orth_ids)
        if len(missing):  # a few: words that share a slot, seen only lately, or never
            known, unknown = self._known.lookup(orth_ids[missing])
            bits[missing] = known
            missing = missing[unknown]
        if len(missing):
            recent, unknown = self._recent.lookup(orth_ids[missing])
            bits[missing] = recent
            missing = missing[unknown]
        if len(missing):
            new_ids = np.unique(orth_ids[missing])
            new_bits = np.array([self._learn(doc, orth) for orth in new_ids.tolist()], dtype=np.int64)
            self._remember(_SortedIds(new_ids, new_bits))
            bits[missing] = new_bits[np.searchsorted(new_ids, orth_ids[missing])]
        return bits

    def _remember(self, new: _SortedIds) -> None:
        self._recent = self._recent.merged(new)
        if len(self._recent) > self.RECENT + len(self._known) // 8:
            if len(self._known) + len(self._recent) > self.MOST_WORDS:
                self._known = _SortedIds()
            self._known, self._recent = self._known.merged(self._recent), _SortedIds()
            self._slots = _Slots(self._known)

    def _learn(self, doc: Doc, orth: int) -> int:
        lexeme = doc.vocab[orth]
        return self._bits_of_word(lexeme.orth_, lexeme.lower_, lexeme.is_alpha)

    def _bits_of_word(self, text: str, lower: str, alpha: bool) -> int:
        vocab = self.vocab
        first = text[:1]
        elided = _elided_before_name(text, vocab["articles"])  # a word of letters, as "Angers"
        name = ((first.isalpha() or first.isdigit()) and first.isupper()) or _brand_capitals(text) or elided
        number = first.isdigit() and len(text) <= 4
        by_text = (
            (NAME, name),
            (NUMBER, number),
            (NAME_WORD, name or number),
            (DASH, text in {"-", "–"}),
            (HEAD, text in vocab["heads"]),
            (HEAD_TAIL, text in vocab["head_tails"]),
            (HEADS_FIRST, text in vocab["heads_first"]),
            (TITLE, text in vocab["titles"]),
            (NOT_START, text in vocab["not_start"]),
            (GENERIC, text in vocab["generic"]),
            (EVENT_HEAD, text in vocab["event_heads"]),
            (MISSION, text in vocab["missions"]),
            (CONNECTOR, lower in vocab["connectors"]),
            (TOPIC, lower in vocab["topic_connectors"]),
            (ARTICLE, lower in vocab["articles"]),
            (ALPHA, alpha or elided),
            (POSSESSIVE, text in {"'s", "’s"}),
            (AND, lower in {"and", "&"}),
            (EVENT_JOINER, text in {"'", "'s", "-"}),
            (COMMA, text == ","),
            (CLOSING, text == ")"),
            (IN, lower == "in"),
            (NAMED, lower == "named"),
            (THE, lower == "the"),
            (JOINER, lower in {"'s", "’s", "-", "of"}),
            (AND_WORD, lower == "and"),
            (AT, lower == "at"),
        )
        bits = 0
        for bit, holds in by_text:  # a loop: compiled, sum() of a generator would build one
            if holds:
                bits += bit
        return bits

    def strings(self, doc: Doc, orth: int) -> tuple[str, str]:
        """(text, lower case) of a word."""
        known = self._strings.get(orth)
        if known is None:
            if len(self._strings) > 1 << 18:
                self._strings.clear()
            lexeme = doc.vocab[orth]
            known = self._strings[orth] = (lexeme.orth_, lexeme.lower_)
        return known


class _Words:
    """One Doc's tokens as the walk reads them: the bits of every token (`bits`, a list, so a
    test is an index and an `&`), and text, lower case and spacing when a rule asks for them."""

    __slots__ = ("_dashes", "_lexicon", "_orth", "_text", "bits", "doc", "size")

    def __init__(self, doc: Doc, lexicon: _Lexicon, orth_ids: np.ndarray, bits: np.ndarray) -> None:
        self.doc = doc
        self.size = len(doc)
        self._lexicon = lexicon
        self._orth = orth_ids
        self._text = doc_text(doc)  # (read once: `span_text` slices it ~40 times a page)
        self.bits: list[int] = bits.tolist()
        self._dashes: list[int] = np.flatnonzero(bits & DASH).tolist()
        self._mark_joined_hyphens()

    def text(self, i: int) -> str:
        return self._lexicon.strings(self.doc, int(self._orth[i]))[0]

    def lower(self, i: int) -> str:
        return self._lexicon.strings(self.doc, int(self._orth[i]))[1]

    def spaced(self, i: int) -> bool:
        """Whitespace follows the token (asked of dashes and possessives only: read per token)."""
        return bool(self.doc[i].whitespace_)

    def name_word(self, i: int) -> bool:
        """A capitalised word, or a short number inside a name ('Jiangxi 211 Project')."""
        return bool(self.bits[i] & NAME_WORD)

    def joined_hyphen(self, i: int) -> bool:
        """A hyphen inside a word ('Jiaotong-Liverpool'), not a dash between words."""
        return bool(self.bits[i] & JOINED)

    def _mark_joined_hyphens(self) -> None:
        bits = self.bits
        for i in self._dashes:
            if i > 0 and not self.spaced(i - 1) and not self.spaced(i):
                bits[i] |= JOINED

    def any_of(self, bit: int, start: int, end: int) -> bool:
        """Whether a token of start:end has `bit`."""
        bits = self.bits
        for i in range(start, end):  # noqa: SIM110 - compiled, `any`/`all` of a generator makes one
            if bits[i] & bit:
                return True
        return False

    def char_range(self, start: int, end: int) -> tuple[int, int]:
        """`doc[start:end]`'s first and end character (start < end)."""
        last = self.doc[end - 1]
        return self.doc[start].idx, last.idx + len(last)

    def span_text(self, start: int, end: int) -> str:
        """`doc[start:end].text`, sliced from the Doc's text."""
        if start >= end:
            return ""
        first, last = self.char_range(start, end)
        return self._text[first:last]


def _brand_capitals(text: str) -> bool:
    """'iFLYTEK', 'iQIYI': a company's name in capitals after one small letter is a name's word."""
    return len(text) >= 4 and text[:1].islower() and text[1:].isupper() and text.isalpha()


def _elided_before_name(text: str, articles: frozenset[str]) -> bool:
    """An elided article glued to a capitalised name word: "dell'Insubria", "d'Orléans"."""
    mark = max(text.find("'", 0, 6), text.find("’", 0, 6))
    return mark > 0 and text[mark + 1 : mark + 2].isupper() and f"{text[:mark].lower()}'" in articles


def _with_name_words(bits: np.ndarray) -> np.ndarray:
    """Every token's bits, with NAME_WORD on a capitalised word and on a short number that is
    not the Doc's first token ('Jiangxi 211 Project'): the words' own bits (changed in place),
    less the first token's NAME_WORD when it is a number only."""
    if len(bits) and bits[0] & (NAME | NUMBER) == NUMBER:
        bits[0] &= ~NAME_WORD
    return bits


def mission_of_its_unit(doc: Doc, unit_word: int, start: int, end: int) -> bool:
    """Whether tokens [start, end) name an embassy or consulate after the unit word at `unit_word`
    ("Education Section of the British Embassy"): the unit is the party, the mission no parent."""
    vocab = _en_vocab()
    if unit_word < 0 or doc[unit_word].text not in vocab["mission_units"]:
        return False
    missions = vocab["missions"]
    for i in range(start, end):  # noqa: SIM110 - compiled, `any`/`all` of a generator makes one
        if doc[i].text in missions:
            return True
    return False


class EnglishPatterns:
    def __init__(self) -> None:
        self.vocab = _en_vocab()
        self._lexicon = _Lexicon(self.vocab)
        self._kinds = word_table("en", "institution_heads.tsv")
        self._government_id = get_string_id("government")

    def _run_end(self, words: _Words, i: int, limit: int) -> int:
        """End of the run of name words (and inner hyphens) starting at i."""
        bits = words.bits
        j = i
        while j < limit and (
            bits[j] & NAME_WORD or (words.joined_hyphen(j) and j + 1 < limit) or self._name_possessive(words, j, limit)
        ):
            if bits[j] & TITLE and not bits[j] & HEAD and j > i:
                break
            j += 1
        return j

    def _after_name_particles(self, words: _Words, i: int, limit: int) -> int:
        """Past the lower-case particles of a person's name after "named after" ("al-Farabi", "ibn
        Sina", "van der Waals"), when a name word follows them; else `i`."""
        particles = self.vocab["name_particles"]
        j = i
        while j < limit and words.lower(j) in particles and not words.name_word(j):
            j += 2 if j + 1 < limit and words.joined_hyphen(j + 1) else 1
        return j if j < limit and words.name_word(j) else i

    def _name_possessive(self, words: _Words, j: int, limit: int) -> bool:
        """The "'s" of "People's Republic", "Women's University": inside a name, between name words."""
        return (
            bool(words.bits[j] & POSSESSIVE)
            and j + 1 < limit
            and words.name_word(j + 1)
            and words.text(j - 1) in self.vocab["possessive_names"]
            and not words.spaced(j - 1)
        )

    def _extend_right(self, words: _Words, end: int, limit: int, name_start: int) -> int:
        """Over 'of X', 'for X', 'and X', 'at X University' while the name goes on."""
        bits = words.bits
        while end < limit:
            if bits[end] & (HEAD | HEAD_TAIL):
                end += 1  # "Hubei Polytechnic Institute", "Consulate General"
            elif self._hyphen_tail_at(words, end, limit):
                end += 2  # "Consulate-General" (the tokenizer cuts the hyphen off)
            elif end + 1 < limit and bits[end + 1] & HEAD and words.text(end) == "Joint":
                end += 2  # "A University-B Institute Joint Institute": the pair's joint institute, one name
            else:
                break
        if words.any_of(MISSION, name_start, end):
            end += self._place_words_at(words, end, limit)  # "British Consulate-General Shanghai"
        elif country_size := self._country_ending(words, end, limit):
            end += country_size  # "Natural Resources Institute Finland", "Xiamen University Malaysia"
        elif words.text(end - 1) == "University" and end < limit and words.name_word(end):
            end += self._foreign_city_ending(words, end, limit)  # "Comenius University Bratislava"
        if bits[end - 1] & HEADS_FIRST:
            end = self._run_end(words, end, limit)  # "Universidad Técnica", "Universiti Teknologi Malaysia"
        if end + 1 < limit and bits[end] & COMMA and words.text(end + 1) in {"Ltd.", "Ltd", "Inc.", "LLC"}:
            end += 2  # "Co., Ltd."
        last_connector = ""
        last_run = name_start
        while end < limit:
            if (
                last_connector == "of"
                and bits[end] & COMMA  # (a list of fields follows a comma: asked only there)
                and (
                    (government := self._kind(words, name_start, end) == "government")
                    or self._of_fields(words, name_start, end) is not None
                )
            ):
                # "Ministry of Education, Youth and Sport of Cambodia"; "State University of
                # Veterinary Medicine, Livestock and Biotechnologies" (fields of the list only)
                listed = self._field_list_end(words, end, limit, fields_only=not government)
                if listed > end:
                    end = listed
                    continue
            if not self._connector_at(words, end, name_start) and not (
                last_connector == "for" and bits[end] & IN and self._activity_after_in(words, end + 1, limit)
            ):
                if bits[end] & TOPIC and self._topic_follows(words, name_start, end, limit):
                    last_run, end = end + 1, self._run_end(words, end + 1, limit)
                    continue  # "Global Alliance of Universities on Climate"
                break
            connector = words.lower(end)
            if connector in {"and", "&"} and (not last_connector or self._names_a_place(words, last_run, end)):
                # "Nanchang University and Jane Doe": an 'and' joins words of a name only after
                # 'of' or 'for'; "Embassy in Beijing and Education New Zealand": a name ends at its place
                break
            start = end + 1
            if connector == "named":  # "Polotsk State University named after Euphrosyne Polotskaya"
                start = self._after_name_particles(words, start + 1, limit)
            if start < limit and bits[start] & THE and connector != "the":
                if connector in {"and", "&"}:
                    break  # "Wuhan University and the Kunshan municipal government": another body
                start += 1
            while start < limit and bits[start] & ARTICLE and connector not in {"and", "&"}:
                start += 1  # "de la", "de les": the article before the name word
            if connector in {"and", "&"} and start < limit and self._title_at(words, start):
                break  # "X University and Chairman of the Board": a person's office follows
            run_end = self._run_end(words, start, limit)
            if run_end == start or words.joined_hyphen(run_end - 1) or bits[run_end - 1] & DASH:
                break  # "and Yakutsk-based North-Eastern ...": a modifier opens the next phrase
            if connector in {"and", "&"} and (
                self._second_name_follows(words, start, limit, cross_and=last_connector not in {"of", "for"})
                or words.span_text(start, run_end).isupper()
                or (self._country_words_at(words, start) and self._second_name_follows(words, start, limit))
            ):
                # "A University and B University", "A and the B People's Government": two names; a
                # country opens the second one, also when its own name holds an 'and' ("X University of
                # Chemical Technology and Azerbaijan State Oil and Industry University")
                break
            if connector == "at" and self._written_alone_before(words, name_start, end):
                break  # "... Beijing-Dublin International College at University College Dublin": where it stands
            if connector == "at" and not (
                words.any_of(HEAD, start, run_end)
                or self._acronym(words, start, run_end)
                or words.span_text(name_start, end) in self.vocab["campus_systems"]
            ):
                break  # "at Nanchang" is a place, "at Nanchang University" (or "at JXAU") a parent
            if (
                connector == "for"
                and last_connector == "of"
                and self._kind(words, name_start, end) in _TEACHING_KINDS
                and not words.any_of(HEAD, last_run, end)  # ("University of Lisbon Centre for Asian Studies")
                and self._after_an_office(words, name_start)
            ):
                break  # "Vice-Rector of the University of Lisbon for International Relations": the office's area
            if connector == "for" and not self._purpose_words(words, name_start, end, start, run_end):
                break  # "sent engineers to X University for PhDs": a purpose, not the name's
            after_of = last_connector == "of"
            if connector not in {"and", "&"}:
                last_connector = connector
            # "Embassy of France", "Maritime Transport Agency of Georgia": a country is part of the
            # name of a mission or a government body
            if (
                connector == "of"
                and not (words.any_of(MISSION, name_start, end) or self._kind(words, name_start, end) == "government")
                # a head ("Makerere University of Uganda") or a proper name after the name's own "of"
                # ("University of Kent of the United Kingdom") before it, or a head opening the name;
                # fields before it name their country ("University of Science and Technology of China")
                and (
                    bits[end - 1] & HEAD
                    or (after_of and not self._fields_only(words, last_run, end))
                    # (fields after a head a proper word opens: "Sokoine University of Agriculture of Tanzania")
                    or (after_of and not bits[name_start] & HEAD and self._fields_only(words, last_run, end))
                    # (a name its head opens, "Universiti Pendidikan Sultan Idris of Malaysia": no "of" of its own)
                    or (bits[name_start] & HEADS_FIRST and not after_of)
                )
                and self._country_run(words, start, run_end, limit)
                and self._is_proper(words, name_start, end)
                and not self._descriptive_only(words, name_start, end)
            ):
                break  # "Makerere University of Uganda": the country is a cue, not the name
            last_run, end = start, run_end
        if end + 1 < limit and bits[end] & COMMA:
            return self._place_after_comma(words, name_start, end, limit)
        if end + 1 < limit and bits[end] & IN and words.any_of(HEAD, name_start, end):
            return self._city_after_in(words, name_start, end, limit)
        return end

    def _after_an_office(self, words: _Words, name_start: int) -> bool:
        """Whether a title and its "of (the)" stand right before the name ("Vice-Rector of the University
        of Lisbon for ..."): the office's own words may go on after the name."""
        at = name_start - 1
        if at >= 0 and words.bits[at] & THE:
            at -= 1
        return at >= 1 and words.lower(at) == "of" and self._title_at(words, at - 1)

    def _fields_only(self, words: _Words, start: int, end: int, generic: frozenset[str] = frozenset()) -> bool:
        """Whether every capitalised word from start to end is a field word ("Science and Technology"),
        or one of `generic` ("Higher Education": a field told with a generic word)."""
        fields = self.vocab["fields"]
        for i in range(start, end):  # (a loop: compiled, `all` of a generator makes one)
            word = words.text(i)
            if words.bits[i] & ALPHA and not words.bits[i] & CONNECTOR and word not in fields and word not in generic:
                return False
        return True

    def _activity_after_in(self, words: _Words, i: int, limit: int) -> bool:
        """Whether the 'in' before i goes on naming what a body is for ("Association for Sino-Foreign
        Cooperation in Running Schools", "Centre for Excellence in Teaching and Learning", "Society
        for Research in Education"): a capitalised activity (a gerund) or fields follow, no place
        ("... Cooperation in Zhengzhou", "... in Beijing") nor a date ("... in March")."""
        if i >= limit or not words.name_word(i):
            return False
        if self._place_words_at(words, i, limit) or self._country_words_at(words, i):
            return False
        first = words.text(i)
        if first in _CALENDAR_WORDS:
            return False
        if len(first) > 5 and first.endswith("ing") and first[0].isupper():
            return True
        # (fields with generic words before them: "Alliance for International Cooperation in Higher Education")
        run_end = self._run_end(words, i, limit)
        return words.text(run_end - 1) in self.vocab["fields"] and self._fields_only(
            words, i, run_end, self.vocab["generic"]
        )

    def _country_ending(self, words: _Words, end: int, limit: int) -> int:
        """How many words from `end` name a country that closes the name whose head ends before it
        ("Natural Resources Institute Finland", "Xiamen University Malaysia"): the country right
        after the head and nothing that goes on naming after it (a capitalised word, an 's, a
        hyphen, an 'of', an 'and' before another country); else 0."""
        if end >= limit or not words.bits[end - 1] & HEAD or not words.name_word(end):
            return 0
        size = self._country_size_at(words, end)
        after = end + size
        if not size or after >= limit:
            return size
        if words.bits[after] & (NAME_WORD | HEAD | POSSESSIVE | DASH | JOINER) or words.joined_hyphen(after):
            return 0
        if words.bits[after] & AND:  # "Institute Finland and the University of Helsinki": a list
            other = after + 2 if after + 2 < limit and words.bits[after + 1] & THE else after + 1
            return 0 if other < limit and self._country_size_at(words, other) else size
        return size

    def _country_size_at(self, words: _Words, i: int) -> int:
        """How many capitalised words from i name a country (the longest), or 0."""
        countries = load_countries()
        for size in (3, 2, 1):
            if (
                i + size <= words.size
                and self._name_words(words, i, i + size)
                and countries.code(words.span_text(i, i + size)) is not None
            ):
                return size
        return 0

    def _descriptive_only(self, words: _Words, start: int, end: int) -> bool:
        """Whether every word of the name says what kind of school it is (heads, generic and field
        words: "Technological University", "University of Life Sciences"): such a name tells no body
        apart until its place does ("Technological University of Panama")."""
        bits = words.bits
        fields = self.vocab["fields"]
        for i in range(start, end):
            if bits[i] & ALPHA and not bits[i] & (HEAD | CONNECTOR | GENERIC) and words.text(i) not in fields:
                return False
        return True

    def _city_after_in(self, words: _Words, start: int, end: int, limit: int) -> int:
        """ "University of Life Sciences in Lublin", "University of Economics in Katowice": a school's
        name of descriptive words only takes the city after its "in" (the city is what tells it apart);
        a country ("... in Poland") or a name going on after the city is no part of it."""
        if end - start < 2 or self._kind(words, start, end) not in _TEACHING_KINDS:
            return end  # "the University in Coventry": the head alone refers to a body named before
        if not self._descriptive_only(words, start, end):
            return end
        size = self._place_words_at(words, end + 1, limit)
        after = end + 1 + size
        if not size or (after < limit and words.bits[after] & (NAME_WORD | HEAD)):
            return end
        return end if self._country_words_at(words, end + 1) else after

    def _country_run(self, words: _Words, start: int, run_end: int, limit: int) -> bool:
        """Whether the run after a name's 'of' names a country, also one whose own name holds an
        'of' ("the Republic of Korea", "United States of America")."""
        countries = load_countries()
        if countries.code(words.span_text(start, run_end)):
            return True
        if run_end + 1 < limit and words.bits[run_end] & JOINER and words.lower(run_end) == "of":
            return bool(countries.code(words.span_text(start, self._run_end(words, run_end + 1, limit))))
        return False

    def _topic_follows(self, words: _Words, name_start: int, end: int, limit: int) -> bool:
        """Whether the "on" at `end` goes on naming a body that is no school ("Global Alliance of
        Universities on Climate", "Commission on Higher Education"): capitalised words follow, none
        of them a date's ("Nanchang University on Monday", "the Alliance on 5 May")."""
        if not words.any_of(HEAD, name_start, end) or self._kind(words, name_start, end) in _TEACHING_KINDS:
            return False
        run_end = self._run_end(words, end + 1, limit)
        if run_end == end + 1 or words.bits[end + 1] & NUMBER or words.span_text(end + 1, run_end).isupper():
            return False  # "... on SEU's campus": an acronym names a body, where a topic is told
        if run_end < limit and words.bits[run_end] & POSSESSIVE:
            return False  # "... on Nanchang University's campus": a place the body is on
        for i in range(end + 1, run_end):  # noqa: SIM110 - compiled, `all` of a generator makes one
            if words.text(i) in _CALENDAR_WORDS:
                return False
        return True

    def _purpose_words(self, words: _Words, name_start: int, name_end: int, start: int, end: int) -> bool:
        """Words after a name's 'for' that go on naming it: a field or a head among them ("for
        Science and Technology"), a phrase of two words or more ("Institute for Advanced Study"),
        or any word after a body that is no school ("Centre for Peace"). One other word after a
        school's name ("sent to X University for PhDs") is what it was gone to for; a research
        institute's head right before 'for' names what it studies ("Westmoor Institute for Peace")."""
        if end - start > 1 or words.any_of(HEAD | GENERIC, start, end) or words.text(start) in self.vocab["fields"]:
            return True
        kind = self._kind(words, name_start, name_end)
        return kind not in _TEACHING_KINDS or (kind == "research_institute" and bool(words.bits[name_end - 1] & HEAD))

    def _of_fields(self, words: _Words, start: int, end: int) -> int | None:
        """Where the name's first 'of' is when every word after it is a field word or a joiner
        ("University of Engineering and Technology"), else None."""
        bits = words.bits
        of = None
        for i in range(start, end):  # a loop: compiled, next() of a generator would build one
            if bits[i] & CONNECTOR and words.lower(i) == "of":
                of = i
                break
        if of is None or of + 1 >= end:
            return None
        fields = self.vocab["fields"]
        for i in range(of + 1, end):
            if not (words.text(i) in fields or words.bits[i] & AND or words.bits[i] & COMMA):
                return None
        return of

    def _place_after_comma(self, words: _Words, start: int, end: int, limit: int) -> int:
        """ "University of Engineering and Technology, Lahore": a name made of a head and fields
        only (nothing before its 'of' is proper) takes the place after its comma; else `end`."""
        if words.bits[start] & HEADS_FIRST:
            return end
        of = self._of_fields(words, start, end)
        if of is None or not self._all_of(words, HEAD | GENERIC, start, of):
            return end
        if self._kind(words, start, end) not in _TEACHING_KINDS:
            return end  # "Ministry of Education, Guangxi and Yunnan": the places it works for
        size = self._place_words_at(words, end + 1, limit)
        after = end + 1 + size
        if not size or (after < limit and words.bits[after] & (NAME_WORD | AND)):
            return end  # "..., Lahore University", "..., Lahore and Karachi": other names, places
        return end if self._country_words_at(words, end + 1) else after

    def _field_list_end(self, words: _Words, i: int, limit: int, fields_only: bool = False) -> int:
        """End of ', Youth and Sport' (fields of a ministry after a comma, the last after 'and'),
        or `i`: the list's words name no body (no head, no place) and an 'and' closes it."""
        bits = words.bits
        while i < limit and bits[i] & COMMA:
            run_end = self._run_end(words, i + 1, limit)
            if not self._field_words(words, i + 1, run_end, fields_only):
                return i
            if run_end < limit and bits[run_end] & AND_WORD:
                last_end = self._run_end(words, run_end + 1, limit)
                return last_end if self._field_words(words, run_end + 1, last_end, fields_only) else i
            i = run_end
        return i

    def _field_words(self, words: _Words, start: int, end: int, fields_only: bool = False) -> bool:
        """Capitalised words that may name a field ("Youth", "Science"): no head, place or person;
        with `fields_only`, words of `field_words.txt` only ("Livestock")."""
        if end == start or words.bits[start] & (TITLE | NOT_START) or words.any_of(HEAD, start, end):
            return False
        if fields_only and not self._all_fields(words, start, end):
            return False
        return not self._names_a_place(words, start, end)

    def _all_fields(self, words: _Words, start: int, end: int) -> bool:
        fields = self.vocab["fields"]
        for i in range(start, end):  # noqa: SIM110 - compiled, `any`/`all` of a generator makes one
            if words.text(i) not in fields:
                return False
        return True

    @staticmethod
    def _all_of(words: _Words, bit: int, start: int, end: int) -> bool:
        """Whether every token of start:end has one of `bit`."""
        bits = words.bits
        for i in range(start, end):  # noqa: SIM110 - compiled, `any`/`all` of a generator makes one
            if not bits[i] & bit:
                return False
        return True

    @staticmethod
    def _name_words(words: _Words, start: int, end: int) -> bool:
        """Whether every token of start:end is a capitalised name word."""
        for j in range(start, end):  # noqa: SIM110 - compiled, `any`/`all` of a generator makes one
            if not words.name_word(j):
                return False
        return True

    def _acronym(self, words: _Words, start: int, end: int) -> bool:
        """One all-capital word that is no country ("JXAU", not "UK")."""
        text = words.span_text(start, end)
        return end - start == 1 and len(text) >= 2 and text.isupper() and load_countries().code(text) is None

    def _names_a_place(self, words: _Words, start: int, end: int) -> bool:
        text = words.span_text(start, end)
        return text in load_places().country_of or load_countries().code(text) is not None

    def _hyphen_tail_at(self, words: _Words, i: int, limit: int) -> bool:
        """A hyphen joining a head to the word that continues it ("Consulate-General")."""
        return i + 1 < limit and words.joined_hyphen(i) and bool(words.bits[i + 1] & HEAD_TAIL)

    def _place_words_at(self, words: _Words, i: int, limit: int) -> int:
        """How many capitalised words from i name a place ("Shanghai", "Hong Kong"), or 0."""
        for size in (2, 1):
            names = i + size <= limit and self._name_words(words, i, i + size)
            if names and words.span_text(i, i + size) in load_places().country_of:
                return size
        return 0

    def _foreign_city_ending(self, words: _Words, i: int, limit: int) -> int:
        """How many words from i name a foreign city that ends the university's name before it
        ("Comenius University Bratislava", "Medical University Vienna"): a place abroad, and no
        capitalised word after it (that would begin another name); else 0."""
        size = self._place_words_at(words, i, limit)
        if not size or load_places().country_of.get(words.span_text(i, i + size)) in (None, "CN"):
            return 0
        after = i + size
        return 0 if after < limit and words.bits[after] & (NAME_WORD | HEAD) else size

    def _title_at(self, words: _Words, i: int) -> bool:
        """A capitalised word of a person's title ("Chairman"; the "and" of a title is none)."""
        bits = words.bits[i]
        return words.name_word(i) and bool(bits & TITLE) and not bits & HEAD

    def _connector_at(self, words: _Words, i: int, name_start: int) -> bool:
        bits = words.bits[i]
        if bits & CONNECTOR:
            return True
        if bits & NAMED:
            return i + 1 < words.size and words.lower(i + 1) == "after"
        # "Embassy of France in China", "Consulate General of Malaysia in Guangzhou"
        return bool(bits & IN) and words.any_of(MISSION, name_start, i)

    def _second_name_follows(self, words: _Words, start: int, limit: int, cross_and: bool = True) -> bool:
        """A head word ahead, before the capitalised run (with its 's) ends. In a field list after
        'of' ("College of Machinery and Electricity and Nanning College") the list's own 'and' is
        not crossed: the next 'and' is where the second name begins."""
        i = start
        joiners = JOINER | AND_WORD if cross_and else JOINER
        while i < limit and words.bits[i] & (NAME_WORD | joiners):
            if words.bits[i] & HEAD:
                return True
            i += 1
        return False

    def _extend_left(self, words: _Words, head: int, floor: int, glued_brackets: bool = False) -> int:
        bits = words.bits
        start = head
        while start - 1 >= floor:
            prev = start - 1
            if bits[prev] & JOINED and start - 2 >= floor:
                start -= 2
                continue
            if bits[prev] & POSSESSIVE and start - 2 >= floor and not words.spaced(start - 2):
                if self._names_its_owner(words, start - 2):
                    break  # "HIT's School of ...": a unit of the body named before the 's
                owners = {words.span_text(max(floor, start - 2 - n), start - 1) for n in range(3)}
                if words.name_word(start - 2) and not any(load_countries().code(o) for o in owners):
                    start -= 1  # "People's Government"; "Zambia's X College" keeps the country out
                    continue
                break
            if (
                bits[prev] & CLOSING
                and start - 3 >= floor
                and words.text(start - 3) == "("
                and words.name_word(start - 2)
            ):
                start -= 3  # "Volkswagen (Anhui) Automotive Co."
                continue
            if bits[prev] & AND and start - 2 >= floor and self._joins_words(words, start - 2, floor, start):
                start -= 1  # "Hunan Mechanical and Electrical Polytechnic": one name
                continue
            if bits[start] & NUMBER and start - 2 >= floor and self._number_abbreviation_at(words, prev):
                start -= 2  # "Beijing No. 4 High School": "No." numbers the school inside its name
                continue
            spaced_dash = bits[prev] & DASH and not bits[prev] & JOINED
            if spaced_dash and start == head and self._brand_before(words, prev, floor):
                start = prev - 1  # "Camões – Institute for Cooperation and Language": one name
                break
            if not bits[prev] & NAME_WORD or bits[prev] & NOT_START:
                if glued_brackets and self._bracketed_place_before(words, prev, start, floor):
                    start = prev - 1  # "China (Guangxi)-ASEAN ... Alliance": "(" glued to the words
                    continue
                break
            start -= 1
        return start

    @staticmethod
    def _number_abbreviation_at(words: _Words, stop: int) -> bool:
        """`stop` is the full stop of an abbreviation written before a number ("No.", `en/number_abbreviations.txt`)."""
        return words.text(stop) == "." and not words.spaced(stop - 1) and words.text(stop - 1) in NUMBER_ABBREVIATIONS

    def _brand_before(self, words: _Words, dash: int, floor: int) -> bool:
        """One capitalised word alone before a spaced dash that opens the name's head ("Camões –
        Institute for ..."): a body's own short name, then what it is. Not a head, a place or a
        country ("Nanchang – Institute ..."), nor the last of several words (a heading's)."""
        word = dash - 1
        if word - 1 < floor or not words.name_word(word) or words.bits[word] & (HEAD | NOT_START | TITLE | NUMBER):
            return False
        if word - 1 >= floor and words.bits[word - 1] & (NAME_WORD | DASH):
            return False
        return not self._names_a_place(words, word, dash)

    def _after_its_owner(self, words: _Words, start: int) -> bool:
        """The name follows a body's "'s" ("UCL's", "Monash University's"): it is that body's own."""
        return (
            start >= 2 and bool(words.bits[start - 1] & POSSESSIVE) and not words.spaced(start - 2)
        ) and self._names_its_owner(words, start - 2)

    def _names_its_owner(self, words: _Words, owner: int) -> bool:
        """The word before an "'s" names a body ("HIT", "Nanchang University"): what follows
        is that body's (its school, its office), no name that holds it."""
        return bool(words.bits[owner] & HEAD) or self._acronym(words, owner, owner + 1)

    @staticmethod
    def _bracketed_place_before(words: _Words, prev: int, start: int, floor: int) -> bool:
        """`prev` opens a bracket closed inside the name's first word ("(" + "Guangxi)-ASEAN",
        the tokenizer keeps ")-" inside a word) after a capitalised word ("China"): the bracket
        is part of the name, as in "China (Guangxi)-ASEAN Higher Education Alliance"."""
        if prev - 1 < floor or words.text(prev) != "(" or not words.name_word(prev - 1):
            return False
        first = words.text(start)
        return ")" in first and "(" not in first

    def _joins_words(self, words: _Words, before: int, floor: int, after: int) -> bool:
        """The words left of an 'and' are a modifier (no head of their own), not a name; and
        the words after it (from `after`) are no name of their own. "Jane Doe and Nanchang
        University", "President Jane Doe and X University": a person before a name named after
        its place; "Lincoln and Henan Agricultural University": a short name before one."""
        bits = words.bits
        i = before
        while i >= floor and bits[i] & NAME_WORD and not bits[i] & NOT_START:
            if bits[i] & HEAD:
                return False
            i -= 1
        if i >= floor and self._title_at(words, i):
            return False  # a title before the words: they are a person's name
        text = words.span_text(i + 1, before + 1)
        if i == before or load_countries().code(text) or text in load_places().country_of:
            return False
        if self._acronym(words, i + 1, before + 1):
            return False  # "HIT and Bauman Moscow State Technical University": a short form is a name
        return not self._place_words_at(words, after, words.size) and not self._country_words_at(words, after)

    def _country_words_at(self, words: _Words, i: int) -> bool:
        """Capitalised words from i that name a country ("New Zealand Embassy")."""
        countries = load_countries()
        for size in (1, 2, 3):  # (a loop: compiled, any() of a generator would build one)
            if (
                i + size <= words.size
                and self._name_words(words, i, i + size)
                and countries.code(words.span_text(i, i + size)) is not None
            ):
                return True
        return False

    def find(self, doc: Doc) -> list[SpanRow]:
        orth_ids = doc.to_array(ORTH)
        rows = self._lower_case_governments(doc, orth_ids)
        all_bits = _with_name_words(self._lexicon.bits_of(doc, orth_ids))
        # Only the head words start a name: found in one pass over the bits.
        heads = np.flatnonzero(all_bits & HEAD).tolist()
        if not heads:
            return rows
        words = _Words(doc, self._lexicon, orth_ids, all_bits)
        bits = words.bits
        governments, rows = rows, []
        covered_until = -1
        owned: set[str] = set()  # names of generic words a country owns ("Thailand's Office of ...")
        sentence_starts = sentence_starts_of(doc)
        ats = np.flatnonzero(all_bits & AT).tolist()  # where "at" is written: a parent may follow one
        # (one look a page each: most pages name no campus, and glue no bracket to a word)
        campuses = " Campus" in words._text
        glued_brackets = ")-" in words._text
        for i in heads:
            if i < covered_until:
                continue
            sent = bisect.bisect_right(sentence_starts, i)
            sent_start = sentence_starts[sent - 1]
            sent_end = sentence_starts[sent] if sent < len(sentence_starts) else len(doc)
            if i + 1 < sent_end and words.joined_hyphen(i + 1) and not self._hyphen_tail_at(words, i + 1, sent_end):
                continue  # "University-Industry", "Industry-University-Research": a modifier
            start = self._extend_left(words, i, max(sent_start, covered_until, i - NAME_REACH), glued_brackets)
            end = self._extend_right(words, i + 1, min(sent_end, i + 1 + NAME_REACH), start)
            if self._names_an_event(words, end, min(sent_end, end + NAME_REACH)):
                covered_until = end
                continue  # "2024 China-Africa University Presidents Forum" is an event
            if end < sent_end and bits[end - 1] & HEAD and words.text(end) in self.vocab["building_words"]:
                covered_until = end + 1
                continue  # "the Old University Building": a building's name
            while start < i and bits[start] & NOT_START:
                start += 1
            if bits[i] & MISSION:
                start = self._mission_unit_start(words, start, sent_start)
            if self._is_proper(words, start, end) or self._owned_by_a_country(words, start, end, owned):
                kind = self._kind(words, start, end)
                if campuses and self._foreign_campus(words, start, end):
                    kind = "joint_institute"
                first, last = words.char_range(start, end)
                if (
                    rows
                    and rows[-1].end == start
                    and kind in _UNIT_KINDS
                    and self._named_after_partner(words, rows[-1].start, start, i)
                ):
                    # "Yunnan University Curtin Institute": one name, the listed host's joint institute
                    host = rows[-1]
                    rows.append(_row(host.start, end, host.start_char, last, "joint_institute"))
                    covered_until = end
                    continue
                if kind in _OWNED_UNIT_KINDS and self._after_its_owner(words, start):
                    covered_until = end
                    continue  # "UCL's Bartlett School of Architecture": the school of the body before the 's
                rows.append(_row(start, end, first, last, kind))
                if _any_within(ats, start + 1, end - 1):  # (an "at" inside the name)
                    rows.extend(self._parent_after_at(words, start, end))
                elif bits[start + 1] & JOINER and words.text(start) in _UNIT_WORDS:
                    rows.extend(self._parent_after_of(words, start, end))
                covered_until = end
        if governments:
            taken = {i for row in rows for i in range(row.start, row.end)}
            rows = sorted(rows + [g for g in governments if g.start not in taken], key=lambda row: row.start)
        return rows

    @staticmethod
    def _named_after_partner(words: _Words, host: int, start: int, head: int) -> bool:
        """Whether the words before a unit's head (`start`..`head`) are the proper words of a listed
        foreign university ("Curtin" of Curtin University) and the name right before them
        (`host`..`start`) is a listed Chinese university's: the unit is their joint institute, named
        after its partner. (Asked only of a unit written right after another name.)"""
        if not 0 < head - start <= 3 or words.span_text(start, head) not in _foreign_proper_runs():
            return False
        entry = load_gazetteer().lookup(words.span_text(host, start))
        return entry is not None and entry.country == "CN" and entry.kind in {"university", "college"}

    def _foreign_campus(self, words: _Words, start: int, end: int) -> bool:
        """ "University of Leeds Nanchang Campus": a listed foreign university, a Chinese city and
        "Campus" is a Sino-foreign institution of its own (a Chinese university's "Zhuhai Campus"
        is none)."""
        if end - start < 3 or words.text(end - 1) != "Campus":
            return False
        for size in (1, 2):  # (a loop: compiled, any() of a generator would build one)
            city = end - 1 - size
            if city > start and load_places().country_of.get(words.span_text(city, end - 1)) == "CN":
                entry = load_gazetteer().lookup(words.span_text(start, city))
                return entry is not None and entry.country not in (None, "CN") and entry.kind in _TEACHING_KINDS
        return False

    def _owned_by_a_country(self, words: _Words, start: int, end: int, owned: set[str]) -> bool:
        """A name of generic words and heads only ("Office of the Vocational Education Commission")
        is a state body's when a country owns it in the possessive ("Thailand's Office of ..."), and
        so is the same name written again later without its owner."""
        if end - start < 3 or not words.any_of(HEAD, start, end):
            return False
        name = words.span_text(start, end)
        if name in owned:
            return True
        if start < 2 or not words.bits[start - 1] & POSSESSIVE or words.spaced(start - 2):
            return False
        countries = load_countries()
        for n in (1, 2, 3):  # a loop: compiled, any() of a generator would build one
            if countries.code(words.span_text(max(0, start - 1 - n), start - 1)):
                owned.add(name)
                return True
        return False

    def _mission_unit_start(self, words: _Words, start: int, floor: int) -> int:
        """Where a unit of a diplomatic mission named before it starts: "Education Section of the
        British Embassy" (`mission_units.txt`), the unit being the party, not the embassy; else `start`."""
        at = start - 1
        if at - 1 >= floor and words.bits[at] & THE:
            at -= 1
        if at - 1 < floor or words.lower(at) != "of" or words.text(at - 1) not in self.vocab["mission_units"]:
            return start
        unit = at - 1
        first = unit
        while first - 1 >= floor and words.name_word(first - 1) and not words.bits[first - 1] & NOT_START:
            first -= 1
        return first if first < unit else start

    def _lower_case_governments(self, doc: Doc, orth_ids: np.ndarray) -> list[SpanRow]:
        """ "the Kunshan municipal government": a Chinese place, its level in lower case
        (`government_levels.txt`) and "government" in lower case."""
        rows: list[SpanRow] = []
        if " government" not in doc_text(doc):
            return rows  # (most pages: one look at the text, no pass over the tokens)
        places = load_places().country_of
        for i in np.flatnonzero(orth_ids == self._government_id).tolist():
            if i < 2 or doc[i - 1].text not in self.vocab["government_levels"]:
                continue
            for size in (2, 1):
                start = i - 1 - size
                if start >= 0 and places.get(doc[start : i - 1].text) == "CN":
                    rows.append(_row(start, i + 1, doc[start].idx, doc[i].idx + len(doc[i]), "government"))
                    break
        return rows

    def _parent_after_at(self, words: _Words, start: int, end: int) -> list[SpanRow]:
        """'Lincoln Agritech College at Henan Agricultural University': the parent after the last
        'at' of a name is a name of its own (the resolver keeps it beside the joint institute)."""
        bits = words.bits
        at = None
        for i in range(end - 2, start, -1):  # the last 'at' (a loop: compiled, next() would build a generator)
            if bits[i] & AT:
                at = i
                break
        if at is None:
            return []
        begin = at + 2 if bits[at + 1] & THE else at + 1  # "... at the University of X": no "the"
        if begin >= end or not self._is_proper(words, begin, end) or not words.any_of(HEAD, begin, end):
            return []
        first, last = words.char_range(begin, end)
        return [_row(begin, end, first, last, self._kind(words, begin, end))]

    def _parent_after_of(self, words: _Words, start: int, end: int) -> list[SpanRow]:
        """ "College of Humanities of Westmoor University": a unit named before the body it belongs
        to; the body after the last 'of' is a name of its own (the resolver drops the unit)."""
        bits = words.bits
        if start + 1 >= end or words.lower(start + 1) != "of":
            return []
        # The 'of's from the last: the last one whose rest is a proper name with a head ("... of
        # Eastbrook University of Applied Sciences": not "Applied Sciences", the parent's own 'of').
        for of in range(end - 2, start + 1, -1):  # (a loop: compiled, next() would build a generator)
            if not bits[of] & CONNECTOR or words.lower(of) != "of":
                continue
            first = of + 2 if bits[of + 1] & THE else of + 1
            if first >= end or not self._is_proper(words, first, end) or not words.any_of(HEAD, first, end):
                continue
            if words.text(first) in _UNIT_WORDS and first + 1 < end and words.lower(first + 1) == "of":
                return []  # "School of X of College of Y": the parent is a unit too
            begin, last = words.char_range(first, end)
            return [_row(first, end, begin, last, self._kind(words, first, end))]
        return []

    def _names_an_event(self, words: _Words, end: int, limit: int) -> bool:
        bits = words.bits
        i = end
        while i < limit and bits[i] & (NAME_WORD | EVENT_JOINER):
            if bits[i] & EVENT_HEAD:
                return True
            i += 1
        return False

    def _written_alone_before(self, words: _Words, start: int, end: int) -> bool:
        """Whether the proper name of tokens start..end was written earlier in the Doc alone (no "at"
        after it): then "at" a host says where that body stands (a joint college at one of its
        parents), no longer name."""
        if not self._is_proper(words, start, end):
            return False  # ("the Confucius Institute ... the Confucius Institute at X": a generic name)
        text, name, at = words._text, words.span_text(start, end), words.doc[start].idx
        found = text.find(name, 0, at)
        while found >= 0:
            if not text.startswith(" at ", found + len(name)):
                return True
            found = text.find(name, found + 1, at)  # ("Confucius Institute at X ... Confucius Institute at Y")
        return False

    def _is_proper(self, words: _Words, start: int, end: int) -> bool:
        """At least one word that is neither a head, a connector nor a generic word."""
        if end - start < 2:
            return False
        bits = words.bits
        for i in range(start, end):  # noqa: SIM110 - compiled, `any`/`all` of a generator makes one
            if bits[i] & ALPHA and not bits[i] & (HEAD | CONNECTOR | GENERIC):
                return True
        return False

    def _kind(self, words: _Words, start: int, end: int) -> str:
        """The English head noun is the last head before the first connector after a head:
        'University Alliance of the Silk Road' is an alliance, 'University of X' a university,
        'South and Southeast Asian University Network' an alliance (an 'and' before any head ends nothing)."""
        bits = words.bits
        head = None
        for i in range(start, end):
            if bits[i] & CONNECTOR and head is not None:
                break
            if bits[i] & HEAD:
                head = i
        if head is None:
            head = next(i for i in range(start, end) if bits[i] & HEAD)
        return self._kinds[words.text(head)]


class ChinesePatterns:
    def __init__(self) -> None:
        self.heads = word_table("zh", "institution_heads.tsv")
        self.boundaries = frozenset(word_list("zh", "name_boundaries.txt"))
        self.stop_words = (
            frozenset(word_list("zh", "titles.txt"))
            | frozenset(word_table("zh", "roles.tsv"))
            | frozenset(word_table("zh", "event_triggers.tsv"))
            | frozenset(word_list("zh", "first_person.txt"))
        )
        self._longest_head = max(map(len, self.heads), default=0)
        self.prefixes = frozenset(word_list("zh", "name_prefixes.txt"))
        self._prefix_ids = frozenset(get_string_id(p) for p in self.prefixes)
        self.unit_heads = frozenset(word_list("zh", "unit_heads.txt"))
        self.brand_heads = frozenset(word_list("zh", "brand_heads.txt"))
        self.ministry_fields = frozenset(word_list("zh", "ministry_fields.txt", split_spaces=True))
        self.ministry_joiners = frozenset({"与", "和", "及", "、"})
        self.region_suffixes = tuple(word_list("zh", "region_suffixes.txt"))
        self.body_fields = frozenset(word_list("zh", "body_fields.txt", split_spaces=True))
        self.body_heads = frozenset(word_list("zh", "body_heads.txt"))
        self.disciplines = frozenset(word_list("zh", "disciplines.txt", split_spaces=True))
        self.not_bodies = tuple(word_list("zh", "not_bodies.txt"))
        self.research_words = frozenset(word_list("zh", "research_centre_words.txt"))
        compounds = word_list("zh", "name_field_compounds.txt")
        self.field_compounds = frozenset(tuple(line.split()[:2]) for line in compounds)
        self.research_heads = frozenset({"中心", "研究院", "研究所", "实验室"})  # (heads a research body ends in)
        self._joiner_ids = frozenset(get_string_id(j) for j in _NAME_JOINERS)
        self._label_mark_ids = tuple(get_string_id(m) for m in _LABEL_MARKS)
        self._campus_id = get_string_id("校区")
        # (by string id: asked where a name's walk stops, as often as there are names)
        self._closing_orths = frozenset(get_string_id(b) for b in _CLOSING_BRACKETS)
        self._dash_orths = frozenset(get_string_id(d) for d in _LEADING_DASHES)
        self._and_id, self._with_id = get_string_id("和"), get_string_id("与")
        self._not_body_heads = frozenset(h for h in self.heads if any(p.endswith(h) for p in self.not_bodies))
        # 学校 alone is the publisher's word for itself ("学校将…"): as a word of its own it heads a
        # name only after a foreign country's (吉布提工商学校, `_opens_with_foreign_country`)
        self.bare_heads = frozenset(
            h for h in self.heads if (h in self.boundaries or h in self.stop_words) and h not in self.unit_heads
        )
        # A word's head (or None) by the word's string id: the vocabulary repeats from page to page.
        self._head_by_id: dict[int, tuple[str | None, bool, bool]] = {}
        self._by_norm: dict[int, tuple[str, bool, bool]] = {}
        self._by_orth: dict[int, tuple[bool, bool, bool]] = {}
        self._after_region: dict[tuple[int, int | None], bool] = {}  # `_after_foreign_region`'s answers
        # Which characters (of the Basic Multilingual Plane) end a head or the 部 of a ministry.
        self._head_last_chars = np.zeros(0x10000, dtype=bool)
        self._head_last_chars[[ord(word[-1]) for word in [*self.heads, "部", *self.body_heads]]] = True

    def _head_of(self, norm: str) -> str | None:
        """The longest head that ends the word (only one head of each length can end it)."""
        for size in range(min(len(norm), self._longest_head), 0, -1):
            if norm[-size:] in self.heads:
                return norm[-size:]
        return None

    def _word_facts(self, doc: Doc, word_id: int) -> tuple[str | None, bool, bool]:
        """A word's (by NORM id) head if it may head a name, else None; whether it may end a foreign
        ministry's name (体育部, 部: see `_foreign_ministry_start`); whether it may end a body named
        by its fields (局, 规划局: see `_field_body_start`). Kept by id: the vocabulary repeats."""
        if len(self._head_by_id) > 1 << 18:
            self._head_by_id.clear()  # a long stream of new words: keep memory flat
        norm = doc.vocab.strings[word_id]
        head = self._head_of(norm)
        # (秘书处 is also a role word: a unit head heads a name all the same, see `unit_heads`)
        name_like = self._name_like_head_norm(norm) or head in self.unit_heads or norm in self.bare_heads
        head = head if head is not None and name_like else None
        ministry = norm.endswith("部") and (norm == "部" or norm[:-1] in self.ministry_fields)
        body = head is None and norm[-1:] in self.body_heads and (len(norm) == 1 or norm[:-1] in self.body_fields)
        known = self._head_by_id[word_id] = (head, ministry, body)
        return known

    def _may_end_in_head(self, doc: Doc, offsets: np.ndarray) -> list[int]:
        """The tokens that may end in the last character of a head or of 部 (a superset, in
        order): the only ones whose NORM can end in one, as a NORM is the token's simplified text
        or its lower case, and every head is Han. One look at the page's characters, not a
        look up of every word.

        A token ends one character before the next token starts (`offsets`: where each starts),
        or two when a space follows it: both characters are looked at."""
        if not len(offsets):
            return []
        text = matching_text(doc)
        codes = code_points(text)
        # Each token's last character, where the next one starts less one. (Filled in place: `np.append`
        # of the unsigned column and an int goes through floats, ten times the cost.)
        last = np.empty(len(offsets), dtype=np.int64)
        last[:-1] = offsets[1:]
        last[-1] = len(text)
        last -= 1
        ends = codes[last]
        table = self._head_last_chars
        may_end = table[_in_table(ends, table)]
        before_space = (ends == ord(" ")) & (last >= 1)
        may_end[before_space] |= table[_in_table(codes[last[before_space] - 1], table)]
        return may_end.nonzero()[0].tolist()

    def _head_words(
        self, doc: Doc, norms: np.ndarray, tokens: list[int]
    ) -> tuple[list[tuple[int, str]], list[int], list[int]]:
        """Of `tokens`, in order: those that may head a name, with their head, those that may
        end a foreign ministry's name and those that may end a body named by its fields (see
        `_word_facts`)."""
        heads: list[tuple[int, str]] = []
        ministries: list[int] = []
        bodies: list[int] = []
        known_words = self._head_by_id
        # (one loop over the candidates, sorted into the three lists as it goes: most are none of them)
        for i, word_id in zip(tokens, norms[tokens].tolist(), strict=True):
            known = known_words.get(word_id)
            if known is None:
                known = self._word_facts(doc, word_id)
            if known[0] is not None:
                heads.append((i, known[0]))
            if known[1]:
                ministries.append(i)
            if known[2]:
                bodies.append(i)
        return heads, ministries, bodies

    def _norm_facts(self, vocab: Vocab, norm_id: int) -> tuple[str, bool, bool]:
        """A norm's string, whether it may be part of a name, whether it ends in 大学 / 学院
        (kept by string id: the vocabulary repeats from page to page)."""
        facts = self._by_norm.get(norm_id)
        if facts is None:
            if len(self._by_norm) > 1 << 18:
                self._by_norm.clear()  # a long stream of new words: keep memory flat
            norm = vocab.strings[norm_id]
            name_word = norm not in self.boundaries and norm not in self.stop_words
            name_word = name_word and not _EVENT_ORDINAL_ZH.fullmatch(norm)
            facts = (norm, name_word, norm.endswith(("大学", "学院")))
            self._by_norm[norm_id] = facts
        return facts

    def _text_facts(self, vocab: Vocab, orth_id: int) -> tuple[bool, bool, bool]:
        """Whether a word as written is all Han (or name punctuation), holds “, holds ”."""
        facts = self._by_orth.get(orth_id)
        if facts is None:
            if len(self._by_orth) > 1 << 18:
                self._by_orth.clear()
            text = vocab.strings[orth_id]
            han = all("\u4e00" <= ch <= "\u9fff" or ch in "·—－“”" for ch in text)
            facts = self._by_orth[orth_id] = (han, "“" in text, "”" in text)
        return facts

    def find(self, doc: Doc, known: list[SpanRow]) -> list[SpanRow]:
        # (one loop over the listed names: most are one word, added without a range)
        known_ends: set[int] = set()
        known_tokens: set[int] = set()
        for listed in known:
            first, stop = listed[0], listed[1]  # (.start, .end by index: a compiled tuple look-up)
            known_ends.add(stop)
            if stop - first == 1:
                known_tokens.add(first)
            else:
                known_tokens.update(range(first, stop))
        rows: list[SpanRow] = []
        # Two columns of the page (spaCy reads one at ~0.1 us a token); whatever else a rule asks
        # of a word (its end, its written form) is read from its Token, for the few words it reaches.
        columns = _norm_and_idx(doc)
        norm_column, offsets = columns[:, 0], columns[:, 1]
        # The rules read words one at a time (hundreds of reads a page): from a list, where each read
        # of the array makes a numpy scalar. The array stays for the whole-page searches.
        norms = norm_column.tolist()
        sentence_starts = sentence_starts_of(doc)
        vocab = doc.vocab
        # where - or · is written (most pages: nowhere), so a listed name's words before it are
        # read only when one stands there
        joiners = _positions(norm_column, self._joiner_ids) if known else []
        campuses = bool(known) and "校区" in doc_text(doc)  # (one look a page: most name no campus)
        for listed in known:
            if campuses and listed.end + 1 < len(norms) and int(norms[listed.end + 1]) == self._campus_id:
                campus = self._foreign_campus(doc, norms, listed)
                if campus is not None:
                    rows.append(campus)
            # 北 + 密歇根大学: a direction word makes a listed name another institution.
            before = listed.start - 1
            if before >= 0 and int(norms[before]) in self._prefix_ids and listed.label != "government":
                rows.append(_row(before, listed.end, int(offsets[before]), listed.end_char, "university"))
            elif listed.label != "government" and _any_within(joiners, max(0, listed.start - 4), listed.start - 1):
                # 阿里-法拉比 + 哈萨克国立大学: a transliterated name joined by - or · before a listed name
                floor = sentence_starts[bisect.bisect_right(sentence_starts, before) - 1]
                start = self._joined_name_start(doc, norms, listed.start, floor)
                if start is not None:
                    last = self._norm_facts(vocab, int(norms[listed.end - 1]))[0]
                    kind = self.heads.get(self._head_of(last) or "", "university")
                    rows.append(_row(start, listed.end, int(offsets[start]), listed.end_char, kind))
        rows.extend(self._joint_research_rows(doc, norms, offsets, sentence_starts, known_ends))
        heads, ministries, bodies = self._head_words(doc, norm_column, self._may_end_in_head(doc, offsets))
        for i in ministries:
            start = self._foreign_ministry_start(vocab, norms, i, known_tokens)
            if start is not None:
                rows.append(_row(start, i + 1, int(offsets[start]), _end_char(doc, i), "government"))
        for i in bodies:
            start = self._field_body_start(vocab, norms, i, known_tokens)
            if start is not None:
                rows.append(_row(start, i + 1, int(offsets[start]), _end_char(doc, i), "government"))
        if not heads:
            return rows
        # 教育部 listed on its own (a listed foreign body's country before it is a cue: 英国 + 皇家农业大学)
        listed_heads = {s.start for s in known if s.end - s.start == 1 and not _listed_abroad(s.kb_id)}
        marks = _positions(norm_column, self._label_mark_ids)  # where ： or : is written
        for i, head in heads:
            if i in known_tokens and not (i in listed_heads and self._after_foreign_region(vocab, norms, i)):
                continue  # a listed name is matched whole by the gazetteer
            if head in self.unit_heads and self._after_institution(vocab, norms, i, known_ends):
                continue  # 联盟秘书处: the office of the body just named, no party of its own
            if head in self._not_body_heads and self._names_no_body(vocab, norms, i):
                continue  # 人类命运共同体: a slogan, no body
            head_end = _end_char(doc, i)
            over_university = head in _OVER_UNIVERSITY_WORDS or _university_college(vocab, norms, i, head, known_ends)
            sent_start = sentence_starts[bisect.bisect_right(sentence_starts, i) - 1]
            start = i
            written: list[int] = []  # the words taken before the head (ORTH ids), right to left
            while start - 1 >= sent_start and (start not in known_ends or over_university):
                prev = start - 1  # 加州州立大学北岭分校, 亚洲大学联盟 above
                _, name_word, university = self._norm_facts(vocab, int(norms[prev]))
                if not name_word and not (
                    self._joins_fields(vocab, norms, prev, sent_start, head, i)
                    or self._joins_disciplines(vocab, norms, prev, sent_start, head, known_ends)
                    or self._numbers_a_body(vocab, norms, prev, sent_start, head, i)
                    or self._field_compound_at(vocab, norms, prev, sent_start)
                ):
                    break
                orth = doc[prev].orth
                if not self._text_facts(vocab, orth)[0]:
                    if orth in self._closing_orths and self._bracketed_place(vocab, norms, prev, sent_start):
                        # 中国（广西）—东盟高等教育联盟: the bracketed place is part of the name
                        written.extend([doc[at].orth for at in range(prev, prev - 4, -1)])
                        start -= 4
                        continue
                    if head in self.brand_heads and _opens_with_brand(doc[prev]):
                        written.append(orth)  # IDP教育集团: a firm's Latin brand opens its name (and ends the walk)
                        start -= 1
                    break
                if (university and not over_university) or head_end - int(offsets[prev]) > MAX_ZH_NAME_CHARS:
                    break
                written.append(orth)
                start -= 1
            owner_end = _after_ordinal(vocab, norms, start, sent_start, known_ends)  # (第二附属中学)
            if owner_end in known_ends and self._affiliated_school(vocab, norms, start, i, head):
                listed = _university_ending_at(known, owner_end)
                if listed is not None:  # 上海外国语大学 + 附属外国语学校: one school, named for its university
                    rows.append(_row(listed.start, i + 1, listed.start_char, head_end, "school"))
                    continue
            if (
                head in self.bare_heads
                and vocab.strings[int(norms[i])] in self.bare_heads
                and (
                    start == i
                    or not self._opens_with_foreign_country(vocab, norms, start)
                    or self._holds_a_head(vocab, norms, start + 1, i)
                )
            ):
                # (学校 alone, or after words of no country's name: the publisher, 友好学校; or after
                # another name: 英国剑桥高级中学结为友好学校 is no school of its own)
                continue
            start = self._after_open_quote(vocab, written[::-1], start)
            while start < i and written[i - 1 - start] in self._dash_orths:  # (the words' ORTH ids)
                start += 1  # （广西）—东盟…联盟 cut at its bracket: a dash opens no name
            # (a list, not a generator: compiled, a list comprehension is a plain loop)
            name = "".join([self._norm_facts(vocab, n)[0] for n in norms[start : i + 1]])
            if _counted(vocab, norms, start):
                continue  # 60余所华文独立中学, 3所马来西亚大学: a number of bodies of a class, none named
            if start in known_ends and head == "学院" and _named_after_a_partner(name):
                listed = _chinese_name_ending_at(known, start)
                if listed is not None:  # 浙江工商大学 + 萨塞克斯人工智能学院: one joint institute
                    rows.append(_row(listed.start, i + 1, listed.start_char, head_end, "joint_institute"))
                    continue
            if (
                len(proper_part_zh(name)) >= 2
                or (head in self.research_heads and research_named_by_two_sides(name))  # 中英农业研究中心
                or self._under_country_label(vocab, norms, start, sent_start, marks)
                or (start in known_ends and _joint_college_of_a_university(name))
            ):
                end = i + 1 + _head_continued(vocab, norms, i, _sent_end_of(sentence_starts, i, len(doc)))
                end_char = head_end if end == i + 1 else _end_char(doc, end - 1)
                kind = self._kind_zh(vocab, norms, start, i, head)
                rows.append(_row(start, end, int(offsets[start]), end_char, kind))
        return rows

    def _holds_a_head(self, vocab: Vocab, norms: list[int], start: int, end: int) -> bool:
        """Whether a word in [start, end) ends in a name's head (中学 of 剑桥高级中学)."""
        for word_id in norms[start:end]:  # noqa: SIM110 (compiled: no generator)
            if self._head_of(vocab.strings[int(word_id)]) is not None:
                return True
        return False

    @staticmethod
    def _opens_with_foreign_country(vocab: Vocab, norms: list[int], start: int) -> bool:
        """Whether the word at `start` is a foreign country's name (吉布提 of 吉布提工商学校)."""
        return load_countries().code(vocab.strings[int(norms[start])]) not in (None, "CN")

    def _kind_zh(self, vocab: Vocab, norms: list[int], start: int, i: int, head: str) -> str:
        """The kind of the name ending in `head` at `i`: its head's, but a centre named for research
        (中俄文化研究中心, `zh/research_centre_words.txt`) is a research institute."""
        kind = self.heads[head]
        if head == "中心" and i > start and vocab.strings[int(norms[i - 1])] in self.research_words:
            return "research_institute"
        return kind

    def _joint_research_rows(
        self, doc: Doc, norms: list[int], offsets: np.ndarray, sentence_starts: list[int], known_ends: set[int]
    ) -> list[SpanRow]:
        """Research bodies two institutions build together, named by a head such as 联合实验室 or
        联合研究中心 (`zh/joint_research_heads.txt`): 联合 is a boundary word elsewhere (A与B联合主办),
        so the head walk stops before it. Their names may hold the builders' names
        (浙工大—迪肯先进材料联合研究中心), which the walk goes over."""
        found = _joint_research_heads_in(matching_text(doc))
        if not found:
            return []  # (most pages: no head written, one search of the page and nothing else)
        vocab = doc.vocab
        rows: list[SpanRow] = []
        for at, end in found:
            # the words the head is written in, None unless it begins and ends with one (spaCy's own
            # search of its words: `offsets.searchsorted` copies the page's column, a strided view)
            words = doc.char_span(at, end)
            if words is None or words.start == 0 or words.start in known_ends:
                continue  # inside a word, or right after a listed name (A与B联合实验室: no name of its own)
            first = words.start
            if not self._norm_facts(vocab, int(norms[first - 1]))[1]:
                continue  # 的联合实验室, 共建联合实验室: no word of a name before it
            span = (first, words.end - 1, end)
            row = self._joint_research_row(doc, norms, offsets, span, sentence_starts, known_ends)
            if row is not None:
                rows.append(row)
        return rows

    def _joint_research_row(
        self,
        doc: Doc,
        norms: list[int],
        offsets: np.ndarray,
        span: tuple[int, int, int],
        sentence_starts: list[int],
        known_ends: set[int],
    ) -> SpanRow | None:
        """The name ending in the head written at `span` (its first and last word, its end), read
        leftwards over name words (listed names among them) and the dashes between them; None
        when no name is left. (A head right after a listed name: 南昌大学与伦敦玛丽女王大学联合实验室
        is the lab the two run, by no name of its own: the caller skips it.)"""
        first, last, head_end = span
        vocab = doc.vocab
        sent_start = sentence_starts[bisect.bisect_right(sentence_starts, first) - 1]
        start = first
        written: list[int] = []
        while start - 1 >= sent_start:
            prev = start - 1
            token = doc[prev]  # (a Token for the few words walked: a page's ORTH column costs more)
            orth = token.orth
            dash = orth in self._dash_orths
            if not dash and not self._joint_research_word(vocab, int(norms[prev]), orth):
                break  # 与, 的, 共建, 新建: the name began after it
            if head_end - token.idx > MAX_ZH_NAME_CHARS:
                break
            written.append(orth)
            start -= 1
        start = self._after_open_quote(vocab, written[::-1], start)
        while start < first and written[first - 1 - start] in self._dash_orths:  # (the words' ORTH ids)
            start += 1
        topic = matching_text(doc)[int(offsets[start]) : int(offsets[first])].replace(" ", "")
        # (the cheapest test first: half the heads a page writes name no party)
        if not topic.startswith(_joint_research_parties()) and not _any_end_within(known_ends, start, first):
            return None  # 共建金融科技联合实验室: its field only, no party named: a description
        if len(proper_part_zh(topic)) < 2 or _counted(vocab, norms, start):
            return None  # 联合实验室 alone, 3个联合实验室: no name
        if _inside_book_title(matching_text(doc), int(offsets[sent_start]), int(offsets[start])):
            return None  # 《共建…联合研究中心合作协议》: an agreement's title
        if start > sent_start and self._norm_facts(vocab, int(norms[start - 1]))[0] in _joint_research_planned():
            return None  # 双方将共建X, 共同筹建X: a body still to be built, not yet one
        return _row(start, last + 1, int(offsets[start]), head_end, "research_institute")

    def _joint_research_word(self, vocab: Vocab, norm_id: int, orth_id: int) -> bool:
        """Whether a Han word may be part of a joint research body's name (`_joint_research_row`)."""
        norm, name_word, _ = self._norm_facts(vocab, norm_id)
        if norm in _joint_research_inner_words():
            return True  # 稀土新材料: 新 is a field's word here
        return name_word and norm not in _joint_research_stops() and self._text_facts(vocab, orth_id)[0]

    def _foreign_campus(self, doc: Doc, norms: list[int], listed: SpanRow) -> SpanRow | None:
        """利兹大学 + 南昌 + 校区: a listed foreign university's campus in a Chinese city is a
        Sino-foreign institution (中外合作办学机构) of its own; a Chinese university's campus
        (北京师范大学珠海校区, 前湖校区) is none. (Asked only where 校区 follows a listed name's next word.)"""
        entry = load_gazetteer().get(listed.kb_id)
        if entry is None or entry.country in (None, "CN") or entry.kind not in _TEACHING_KINDS:
            return None
        place = self._norm_facts(doc.vocab, int(norms[listed.end]))[0]
        if load_places().country_of.get(place) != "CN":
            return None
        return _row(listed.start, listed.end + 2, listed.start_char, _end_char(doc, listed.end + 1), "joint_institute")

    def _under_country_label(self, vocab: Vocab, norms: list[int], start: int, floor: int, marks: list[int]) -> bool:
        """A name of generic words only in a list a foreign country labels (柬埔寨：皇家农业大学、…):
        the label makes it proper (its country is the label's). Asked of such names only; the
        words before it are read only when a label mark (`marks`: where one is) lies within reach."""
        if not _any_within(marks, max(floor + 1, start - _LABEL_REACH), start):
            return False
        j = start - 1
        while j > floor and start - j <= _LABEL_REACH:
            norm = self._norm_facts(vocab, int(norms[j]))[0]
            if norm in _LABEL_MARKS:
                code = load_countries().code(self._norm_facts(vocab, int(norms[j - 1]))[0])
                return code not in (None, "CN")
            if norm in _LABEL_STOPS:
                return False
            j -= 1
        return False

    def _foreign_ministry_start(self, vocab: Vocab, norms: list[int], i: int, known: set[int]) -> int | None:
        """Where 老挝 教育 与 体育部 / 乌兹别克斯坦 高等教育 、 科学 与 创新 部 begins: a foreign
        country, then fields joined by 与, 和, 、 up to the ministry word at `i`; else None."""

        def norm(at: int) -> str:
            return self._norm_facts(vocab, int(norms[at]))[0]

        fields, joiners = self.ministry_fields, self.ministry_joiners
        start = i if norm(i) != "部" else i - 1
        if start < 1 or i in known or (start < i and norm(start) not in fields):
            return None
        while start - 1 >= 0:
            if norm(start - 1) in fields:
                start -= 1
            elif start - 2 >= 0 and norm(start - 1) in joiners and norm(start - 2) in fields:
                start -= 2
            else:
                break
        if start - 1 < 0 or start - 1 in known:
            return None
        country = norm(start - 1)
        code = load_countries().code(country) or load_countries().code(_without_state_form(country))
        if code is None and start - 2 >= 0 and country in _state_forms():
            start, code = start - 1, load_countries().code(norm(start - 2))  # 俄罗斯 联邦 科学与高等教育部
        if code is None and country.endswith(self.region_suffixes):
            return self._foreign_state_start(vocab, norms, start - 1, known)  # 德国 巴伐利亚州 文化部
        return start - 1 if code not in (None, "CN") else None

    def _foreign_state_start(self, vocab: Vocab, norms: list[int], at: int, known: set[int]) -> int | None:
        """Where a foreign state's name ending at `at` (巴伐利亚州, 巴登 - 符腾堡 州: a region's suffix,
        `region_suffixes.txt`, maybe a word of its own after words joined by - or ·) begins, when a foreign
        country stands right before it (德国): the state's ministry is named from there; else None."""
        start = at
        if self._norm_facts(vocab, int(norms[at]))[0] in self.region_suffixes:
            while start - 1 >= 0 and at - start < _STATE_WORDS and start - 1 not in known:
                prev = int(norms[start - 1])
                if prev not in self._joiner_ids and load_countries().code(self._norm_facts(vocab, prev)[0]) is not None:
                    break
                start -= 1
        if (start == at and len(self._norm_facts(vocab, int(norms[at]))[0]) < 2) or start - 1 < 0:
            return None
        code = load_countries().code(self._norm_facts(vocab, int(norms[start - 1]))[0])
        return start if code not in (None, "CN") and start not in known else None

    def _joined_name_start(self, doc: Doc, norms: list[int], start: int, floor: int) -> int | None:
        """Where the words joined by - or · right before `start` begin (阿里 - 法拉 比), after any
        country before them (哈萨克斯坦); None when no joiner stands between two of the words."""
        vocab = doc.vocab
        j, joined = start, False
        while j - 1 >= floor:
            prev = j - 1
            norm, name_word, university = self._norm_facts(vocab, int(norms[prev]))
            if int(norms[prev]) in self._joiner_ids:
                if j == start or prev == floor or int(norms[prev - 1]) in self._joiner_ids:
                    break
                joined, j = True, prev
                continue
            if not name_word or university or not self._text_facts(vocab, doc[prev].orth)[0]:
                break
            if load_countries().code(norm) is not None:
                break  # 哈萨克斯坦 阿里-法拉比…: the country is a cue, not the name
            j = prev
        while j < start and int(norms[j]) in self._joiner_ids:
            j += 1
        return j if joined and j < start else None

    def _names_no_body(self, vocab: Vocab, norms: list[int], i: int) -> bool:
        """The head at `i` with the word before it ends a phrase of `not_bodies.txt` (命运 共同体)."""
        words = self._norm_facts(vocab, int(norms[i]))[0]
        if i > 0:
            words = self._norm_facts(vocab, int(norms[i - 1]))[0] + words
        return words.endswith(self.not_bodies)

    def _joins_fields(self, vocab: Vocab, norms: list[int], i: int, floor: int, head: str, head_at: int) -> bool:
        """The 和 at `i` joins two field words (林业 和 草原): inside a body's name, not between
        two names (云南省林业和草原科学院). So does a 与 between disciplines right before a
        university's or an alliance's head (阿拉木图 能源 与 通信 大学, 语言 与 区域 国别 教育 联盟): a
        name never ends in a bare field."""
        if i - 1 < floor:
            return False
        joiner = int(norms[i])
        if joiner == self._and_id:
            fields = self.body_fields
        elif joiner == self._with_id and head in _FIELD_JOINED_HEADS and head_at > i:
            fields = self.disciplines
        else:
            return False
        before = self._norm_facts(vocab, int(norms[i - 1]))[0]
        if before not in fields:
            return False
        if joiner == self._and_id:
            return self._norm_facts(vocab, int(norms[i + 1]))[0] in fields
        return self._fields_up_to_head(vocab, norms, i + 1, head_at, head)

    def _fields_up_to_head(self, vocab: Vocab, norms: list[int], start: int, head_at: int, head: str) -> bool:
        """Every word from `start` to the head's word at `head_at` is a discipline's, and so is what the
        head's word holds before its head (应用科学 与 艺术 大学, 语言 与 区域 国别 教育 联盟): the 与 joins
        the fields a body is named by."""
        if start >= head_at:
            return False
        for at in range(start, head_at):
            if self._norm_facts(vocab, int(norms[at]))[0] not in self.disciplines:
                return False
        rest = self._norm_facts(vocab, int(norms[head_at]))[0][: -len(head)]
        return not rest or rest in self.disciplines

    def _bracketed_place(self, vocab: Vocab, norms: list[int], close: int, floor: int) -> bool:
        """`close` closes a bracket around a Chinese place after a country or place word
        (中国 （ 广西 ）): a name such as 中国（广西）—东盟高等教育联盟 goes on to its left."""
        if close - 3 < floor:
            return False
        if self._norm_facts(vocab, int(norms[close - 2]))[0] not in _OPENING_BRACKETS:
            return False
        place = self._norm_facts(vocab, int(norms[close - 1]))[0]
        owner = self._norm_facts(vocab, int(norms[close - 3]))[0]
        places = load_places().country_of
        return places.get(place) == "CN" and (load_countries().code(owner) is not None or places.get(owner) == "CN")

    def _joins_disciplines(
        self, vocab: Vocab, norms: list[int], i: int, floor: int, head: str, known_ends: set[int]
    ) -> bool:
        """The 与/和/及 at `i` joins discipline words (`zh/disciplines.txt`) in the name of a school
        or centre right after the institution it belongs to (密歇根州立大学 农业 与 自然资源 学院):
        one internal unit, not a second name after 与. (Elsewhere, 共建中泰中医药教育与研究中心, the
        与 still ends a name.)"""
        if i - 1 < floor or head not in _DISCIPLINE_UNIT_HEADS:
            return False
        if self._norm_facts(vocab, int(norms[i]))[0] not in _DISCIPLINE_JOINERS:
            return False
        start = i
        while start - 1 >= floor and self._norm_facts(vocab, int(norms[start - 1]))[0] in self.disciplines:
            start -= 1
        return start < i and start in known_ends

    def _field_compound_at(self, vocab: Vocab, norms: list[int], i: int, floor: int) -> bool:
        """The boundary word at `i` ends a field with the word before it (城市 建设 of
        天津城市建设管理职业技术学院, `zh/name_field_compounds.txt`): inside the name, no verb before it."""
        if i - 1 < floor:
            return False
        pair = (self._norm_facts(vocab, int(norms[i - 1]))[0], self._norm_facts(vocab, int(norms[i]))[0])
        return pair in self.field_compounds

    def _numbers_a_body(self, vocab: Vocab, norms: list[int], i: int, floor: int, head: str, head_at: int) -> bool:
        """The ordinal at `i`, right before 大学, numbers one of a city's universities after the
        city's name (图卢兹 第一 大学, 巴黎 第十一 大学): part of the name, not a ranking. So it numbers
        a city's schools, also before the words that go on naming one (青岛 第二 中学, 上海市 第三 女子 中学)."""
        school = self.heads.get(head) == "school"
        if not (head == "大学" and i == head_at - 1) and not school:
            return False
        if i - 1 < floor or not _ORDINAL_ZH.fullmatch(self._norm_facts(vocab, int(norms[i]))[0]):
            return False
        city, name_word, university = self._norm_facts(vocab, int(norms[i - 1]))
        if school and city in _REGION_LEVELS and i - 2 >= floor:
            city, name_word, university = self._norm_facts(vocab, int(norms[i - 2]))  # 洛水 | 市 | 第二 中学
        return name_word and not university and len(city) >= 2 and not city.endswith(_NOT_CITY_ENDINGS)

    def _field_body_start(self, vocab: Vocab, norms: list[int], i: int, known: set[int]) -> int | None:
        """Where 云南省 林业 和 草原 局 / 杭州市 规划 和 自然资源局 begins: a Chinese region (省, 市,
        自治区, 县, 国家), then fields joined by 和 up to the bureau head at `i`; else None."""

        def norm(at: int) -> str:
            return self._norm_facts(vocab, int(norms[at]))[0]

        fields = self.body_fields
        start = i if len(norm(i)) > 1 else i - 1
        if start < 1 or i in known or norm(start) not in fields:
            return None
        while start - 1 >= 0:
            if norm(start - 1) in fields:
                start -= 1
            elif start - 2 >= 0 and norm(start - 1) == "和" and norm(start - 2) in fields:
                start -= 2
            else:
                break
        if start - 1 < 0 or start - 1 in known:
            return None
        region = norm(start - 1)
        named = region == "国家" or (len(region) >= 2 and region.endswith(_REGION_LEVELS))
        return start - 1 if named else None

    def _after_foreign_region(self, vocab: Vocab, norms: list[int], i: int) -> bool:
        """A listed body named by its head alone (教育部) right after a foreign country or a state
        or province (老挝, 维多利亚州, 下诺夫哥罗德 州): that country's or state's own body. (It
        depends on the two words before alone: kept by their NORM ids, as they recur.)"""
        if i == 0:
            return False
        key = (int(norms[i - 1]), int(norms[i - 2]) if i >= 2 else None)
        known = self._after_region.get(key)
        if known is None:
            if len(self._after_region) > 1 << 16:
                self._after_region.clear()  # a long stream of new words: keep memory flat
            known = self._after_region[key] = self._region_before(vocab, *key)
        return known

    def _region_before(self, vocab: Vocab, word_id: int, word_before_id: int | None) -> bool:
        """`_after_foreign_region` of the words (NORM ids) right before the head and before that."""
        word = self._norm_facts(vocab, word_id)[0]
        code = load_countries().code(word)
        if code is not None:
            return code != "CN"
        if not word.endswith(self.region_suffixes):
            return False
        place = word[:-1] or (self._norm_facts(vocab, word_before_id)[0] if word_before_id is not None else "")
        return bool(place) and load_places().country_of.get(place) != "CN"

    def _affiliated_school(self, vocab: Vocab, norms: list[int], start: int, head_at: int, head: str) -> bool:
        """Whether the words from `start` to the head at `head_at` name a school affiliated to the
        university named right before them (附属中学, 第二附属中学, 附属外国语学校): a school of its own,
        named with its university's name (GUIDE-zh: 中学 and 学校 are schools)."""
        if self.heads.get(head) != "school":
            return False
        for at in range(start, head_at + 1):  # noqa: SIM110 - compiled, `any` of a generator makes one
            if _AFFILIATED in vocab.strings[int(norms[at])]:
                return True
        return False

    def _after_institution(self, vocab: Vocab, norms: list[int], i: int, known_ends: set[int]) -> bool:
        """The word before `i` is an institution's name or ends in a head (联盟, 中俄工科大学联盟)."""
        if i == 0:
            return False
        return i in known_ends or self._head_of(self._norm_facts(vocab, int(norms[i - 1]))[0]) is not None

    def _after_open_quote(self, vocab: Vocab, orth_ids: list[int], start: int) -> int:
        """“一带一路”高校战略联盟 keeps its quoted words; a quote closed before the name began
        (…”高校联盟) or opened and not closed before the head (“中国高校联盟”) is no part of it.
        (`orth_ids`: the words from `start` to the head.)"""
        begin = start
        opened: list[int] = []
        for i, orth_id in enumerate(orth_ids, start):
            _, opens, closes = self._text_facts(vocab, orth_id)
            if opens:
                opened.append(i)
            if closes:
                if opened:
                    opened.pop()
                else:
                    begin = i + 1
        return max(begin, opened[-1] + 1) if opened else begin

    def _name_like_head_norm(self, norm: str) -> bool:
        return norm not in self.stop_words and norm not in self.boundaries


# a list under a country's label: "柬埔寨：A、B" (how far back the label is looked for, in words)
_LABEL_MARKS = frozenset({"：", ":"})
_LABEL_STOPS = frozenset({"。", "；", ";", "\n"})
_LABEL_REACH = 40
_STATE_WORDS = 4  # words of a foreign state's name written apart before its 州 (巴登 - 符腾堡 州)

# what joins the parts of a transliterated name (阿里-法拉比, 伊曼努尔·康德)
_NAME_JOINERS = ("-", "－", "·", "‧", "•")

# first words of a university's units named "<word> of X of <parent>" (`en/subunit_heads.txt`)
_UNIT_WORDS = frozenset({"School", "College", "Faculty", "Department"})

# kinds of the bodies that teach or research: named by their fields, they need their place
_TEACHING_KINDS = frozenset({"university", "college", "research_institute", "school"})
# month and day names (and their short forms): "on Monday", "on May 5" tell a date, not a name
_CALENDAR_WORDS = frozenset(
    [*calendar.month_name[1:], *calendar.month_abbr[1:], *calendar.day_name, *calendar.day_abbr, "Sept"]
)

# how a Chinese region's name ends (云南省, 杭州市): a body named by its fields follows it
_REGION_LEVELS = ("省", "市", "自治区", "县", "区")

# a 与 between two disciplines joins them inside these heads' names (阿拉木图能源与通信大学)
_FIELD_JOINED_HEADS = ("大学", "学院", "联盟")
# brackets around a place inside a name (中国（广西）—东盟…), and dashes that open no name
_OPENING_BRACKETS = frozenset({"（", "("})
_CLOSING_BRACKETS = frozenset({"）", ")"})
_LEADING_DASHES = frozenset({"—", "－", "-", "——"})

# heads whose names hold a university's name: 加州州立大学北岭分校, 亚洲大学联盟, 中俄医科大学联盟
_OVER_UNIVERSITY_WORDS = frozenset({"分校", "联盟"})
_AFFILIATED = "附属"  # (a university's 附属中学 is a school of its own: `_affiliated_school`)
# Heads of the units a university names by their fields, and the words joining two fields in them.
_DISCIPLINE_UNIT_HEADS = frozenset({"学院", "系", "学部", "中心", "研究院", "研究所"})
_DISCIPLINE_JOINERS = frozenset({"与", "和", "及"})
# 第五届, 第3次, 首届: an event's ordinal (第五届中俄大学校长论坛): it opens the event's name, never
# an institution's, so a name's walk stops before it
_EVENT_ORDINAL_ZH = re.compile("(?:第[一二三四五六七八九十百零〇两0-9]{1,4}|首|上|下|本)[届次期]")
# 第一, 第十一: the ordinal of a numbered university (图卢兹第一大学); the words before it that
# name no city (全国第一大学 ranks a university, it names none).
_ORDINAL_ZH = re.compile("第[一二三四五六七八九十]{1,3}")
_NOT_CITY_ENDINGS = ("国", "省", "内", "界", "球", "洲")


def _after_ordinal(vocab: Vocab, norms: list[int], start: int, floor: int, known_ends: set[int]) -> int:
    """Where the listed name before `start` ends, past an ordinal word between them (华东师范大学 +
    第二 + 附属中学); `start` itself when no ordinal stands there."""
    before = start - 1
    if start in known_ends or before <= floor or before not in known_ends:
        return start
    return before if _ORDINAL_ZH.fullmatch(vocab.strings[int(norms[before])]) else start


def _university_college(vocab: Vocab, norms: list[int], i: int, head: str, known_ends: set[int]) -> bool:
    """学院 alone right after a word ending in 大学 that ends no listed name (南方 大学 学院, 北方大学
    学院): one name, a "University College", not a university and its unit (南昌大学 学院领导: a
    listed university and its schools)."""
    if head != "学院" or i < 1 or i in known_ends or vocab.strings[int(norms[i])] != "学院":
        return False  # (医学院, 孔子学院: a unit or hosted body of the university before it)
    return vocab.strings[int(norms[i - 1])].endswith("大学")


@functools.lru_cache(maxsize=1 << 12)
def _listed_abroad(kb_id: str) -> bool:
    """Whether the listed entry `kb_id` is a body of a foreign country (a country word before its
    name is then its country, no word of another name: 英国 + 皇家农业大学 is 皇家农业大学)."""
    entry = load_gazetteer().get(kb_id)
    return entry is not None and entry.country not in (None, "CN")


_UNIT_KINDS = frozenset({"college", "research_institute", "joint_institute", "school"})
# kinds of a body's own schools and colleges named after its "'s" (no joint or hosted institute)
_OWNED_UNIT_KINDS = frozenset({"college", "school"})


@functools.cache
def _foreign_proper_runs() -> frozenset[str]:
    """The runs of proper words (neither heads, connectors nor generic words) in listed foreign
    universities' and colleges' English names: "Curtin", "Queen Mary", "Alberta"."""
    vocab = _en_vocab()
    plain = vocab["heads"] | vocab["connectors"] | vocab["generic"] | {"The", "the"}
    runs: set[str] = set()
    for entry in load_gazetteer():
        if entry.country in (None, "CN", "HK", "MO", "TW") or entry.kind not in {"university", "college"}:
            continue
        for name in (entry.name_en, *entry.aliases):
            run: list[str] = []
            for word in [*(name or "").replace(",", " ").split(), ""]:
                if word and word[0].isupper() and word not in plain and word.isalpha():
                    run.append(word)
                elif run:
                    runs.add(" ".join(run))
                    run = []
    return frozenset(runs)


def _joint_college_of_a_university(name: str) -> bool:
    """中法学院, 中俄联合学院 right after a listed university (南昌大学中法学院): a college named as a
    Sino-foreign one (`zh/joint_name_words.txt`), the resolver's joint institute with that
    university, though its own words are generic."""
    if not name.endswith("学院"):
        return False
    for word in _zh_joint_name_words():  # noqa: SIM110 - compiled, `any` of a generator makes one
        if word in name:
            return True
    return False


def _named_after_a_partner(name: str) -> bool:
    """A college's name opening with a listed foreign university's own word (萨塞克斯人工智能学院:
    萨塞克斯大学): after a Chinese university it is their joint institute (中外合作办学机构), named
    after its partner as 玛丽女王学院 or 阿伯丁学院 are, not a school of the university."""
    stems = _foreign_university_stems()
    for size in range(min(len(name) - 2, _LONGEST_STEM), 1, -1):  # noqa: SIM110 - compiled: a plain loop
        if name[:size] in stems:
            return True
    return False


_LONGEST_STEM = 8


@functools.cache
def _foreign_university_stems() -> frozenset[str]:
    """The Chinese names of listed foreign universities without 大学 (萨塞克斯, 阿伯丁), less those
    that name a country or a Chinese place (a Chinese university's 南昌学院 is no partner's) or a field
    (`zh/disciplines.txt`: 东方 of 东方大学 names a university's 东方语学院)."""
    countries = load_countries().by_word
    fields = frozenset(word_list("zh", "disciplines.txt", split_spaces=True))
    places = load_places().country_of
    stems: set[str] = set()
    for entry in load_gazetteer():
        if entry.country in (None, "CN", "HK", "MO", "TW") or entry.kind != "university":
            continue
        for name in (entry.name_zh, *entry.aliases):
            stem = (name or "").removesuffix("大学")
            named = stem != name and 2 <= len(stem) <= _LONGEST_STEM and _han_only(stem)
            if named and stem not in countries and places.get(stem) != "CN" and stem not in fields:
                stems.add(stem)
    return frozenset(stems)


def _han_only(text: str) -> bool:
    for ch in text:  # noqa: SIM110 - compiled, `all` of a generator makes one
        if not "\u4e00" <= ch <= "\u9fff":
            return False
    return True


def _chinese_name_ending_at(known: list[SpanRow], end: int) -> SpanRow | None:
    """The listed Chinese institution's name ending just before word `end`, if one does."""
    for listed in known:
        if listed.end == end and not _listed_abroad(listed.kb_id):
            entry = load_gazetteer().get(listed.kb_id)
            return listed if entry is not None and entry.kind == "university" else None
    return None


def _university_ending_at(known: list[SpanRow], end: int) -> SpanRow | None:
    """The listed university's name (Chinese or foreign) ending just before word `end`, if one does."""
    for listed in known:
        if listed.end == end:
            entry = load_gazetteer().get(listed.kb_id)
            return listed if entry is not None and entry.kind == "university" else None
    return None


@functools.cache
def _zh_joint_name_words() -> tuple[str, ...]:
    # (中外合作 alone names no partner: 中外合作办学学院 is the office of a university's programmes)
    return tuple(w for w in word_list("zh", "joint_name_words.txt") if w != "中外合作")


@functools.cache
def _joint_research_heads() -> tuple[re.Pattern[str], str]:
    """Any head of `zh/joint_research_heads.txt` (longest first: the longest written at a place),
    and what they all open with (联合). (Python's `re` searches for the opening the alternatives
    share as one literal, then tries the rest where it stands: a dozen 联合 a page, 联合举办,
    联合培养, cost less so than a look at each with `str.startswith`.)"""
    heads = sorted(word_list("zh", "joint_research_heads.txt"), key=len, reverse=True)
    opening = heads[-1]
    while not all(head.startswith(opening) for head in heads):
        opening = opening[:-1]
    return re.compile("|".join(re.escape(head) for head in heads)), opening


def _joint_research_heads_in(text: str) -> list[tuple[int, int]]:
    """Where the heads of `zh/joint_research_heads.txt` are written in `text` (start, end), in
    order. A page that does not write what they all open with (联合) costs one search for it."""
    heads, opening = _joint_research_heads()
    if opening not in text:
        return []
    return [(head.start(), head.end()) for head in heads.finditer(text)]


def research_named_by_two_sides(simplified: str) -> bool:
    """中英教育数字化研究中心, 中俄文化研究中心: a research centre whose name opens with the two sides
    (`zh/joint_research_parties.txt`, but 中国 alone) is their joint one, as a 联合实验室 is; a
    university's own centre (中南大学…研究中心) names its university."""
    if not simplified.endswith(_research_heads_zh()) or not simplified.startswith(_two_sides_zh()):
        return False
    return "大学" not in simplified and "学院" not in simplified


@functools.cache
def _research_heads_zh() -> tuple[str, ...]:
    """The ends of a research body's name: the joint heads without their 联合 (研究中心, 实验室)."""
    return tuple(sorted({head.removeprefix("联合") for head in word_list("zh", "joint_research_heads.txt")}))


@functools.cache
def _two_sides_zh() -> tuple[str, ...]:
    return tuple(p for p in _joint_research_parties() if p != "中国")


@functools.cache
def _joint_research_parties() -> tuple[str, ...]:
    return tuple(word_list("zh", "joint_research_parties.txt", split_spaces=True))


def _any_end_within(ends: set[int], start: int, end: int) -> bool:
    """Whether a listed name ends inside the words [start, end) (an end is exclusive)."""
    for at in range(start + 1, end + 1):  # noqa: SIM110 - compiled, `any` of a generator makes one
        if at in ends:
            return True
    return False


def _inside_book_title(text: str, sent_start: int, at: int) -> bool:
    """Whether `at` stands inside 《…》 opened earlier in its sentence."""
    opened = text.rfind("《", sent_start, at)
    return opened >= 0 and text.find("》", opened, at) < 0


@functools.cache
def _joint_research_inner_words() -> frozenset[str]:
    return frozenset(word_list("zh", "joint_research_inner_words.txt"))


@functools.cache
def _joint_research_planned() -> frozenset[str]:
    return frozenset(word_list("zh", "joint_research_planned.txt"))


@functools.cache
def _joint_research_stops() -> frozenset[str]:
    return frozenset(word_list("zh", "joint_research_stops.txt"))


def _sent_end_of(sentence_starts: list[int], i: int, size: int) -> int:
    """Where the sentence holding token `i` ends."""
    at = bisect.bisect_right(sentence_starts, i)
    return sentence_starts[at] if at < len(sentence_starts) else size


def _head_continued(vocab: Vocab, norms: list[int], i: int, limit: int) -> int:
    """How many words after the head at `i` go on naming the same body (联合会 总会: the umbrella
    association's own name, `zh/head_continuations.txt`): 0 or 1."""
    if i + 1 >= limit:
        return 0
    return int(vocab.strings[int(norms[i + 1])] in _head_continuations())


@functools.cache
def _head_continuations() -> frozenset[str]:
    return frozenset(word_list("zh", "head_continuations.txt"))


_NUMERALS = frozenset("0123456789零一二两三四五六七八九十百千几数")


def _counted(vocab: Vocab, norms: list[int], start: int) -> bool:
    """Whether the words from `start` follow a count (a number, then 所/家 or 余所, 多家:
    `zh/count_classifiers.txt`): 60余所华文独立中学 counts schools of a class and names none."""
    if start < 1:
        return False
    word = vocab.strings[int(norms[start - 1])]
    if word not in _count_classifiers():
        return False
    if len(word) > 1 and word[0] in _NUMERALS:
        return True  # (两所, 十家: the number glued to its classifier)
    return start >= 2 and vocab.strings[int(norms[start - 2])][-1:] in _NUMERALS | {"余", "多"}


@functools.cache
def _count_classifiers() -> frozenset[str]:
    """The classifiers, and each written after 余/多 or a numeral as one word (jieba: 余所)."""
    words = word_list("zh", "count_classifiers.txt")
    return frozenset({*words, *(f"{lead}{w}" for w in words for lead in ("余", "多", *_NUMERALS))})


def keeps_its_country_zh(rest: str) -> bool:
    """Whether a foreign body named `rest` after its country keeps the country in its name: a
    national association's (马来西亚 + 私立高等教育机构协会: `zh/national_body_heads.txt`) is named by
    its country, where a university's country is only a cue (澳大利亚 + 悉尼科技大学); so is a school
    named by its fields alone (吉布提 + 工商学校: 工商学校 names no institution, as 会计学院 names a
    university's school)."""
    return rest.endswith(_national_body_heads()) or _named_by_fields_only(rest)


@functools.lru_cache(maxsize=1 << 12)
def _named_by_fields_only(name: str) -> bool:
    """`name` is a head after discipline words only (`zh/disciplines.txt`): 工商学校, 商业学院."""
    heads, _ = _zh_heads_and_generic_words()
    head = next((h for h in heads if name.endswith(h)), "")
    fields = name[: len(name) - len(head)]
    return bool(head) and bool(fields) and _spelled_by(fields, _discipline_words())


def _spelled_by(text: str, words: frozenset[str]) -> bool:
    """`text` is written as a run of `words` (a walk over its few characters)."""
    reached = [True] + [False] * len(text)
    for end in range(1, len(text) + 1):
        reached[end] = any(reached[start] and text[start:end] in words for start in range(end))
    return reached[-1]


@functools.cache
def _discipline_words() -> frozenset[str]:
    return frozenset(word_list("zh", "disciplines.txt", split_spaces=True))


@functools.cache
def _national_body_heads() -> tuple[str, ...]:
    return tuple(word_list("zh", "national_body_heads.txt"))


def _in_table(codes: np.ndarray, table: np.ndarray) -> np.ndarray:
    """`codes` as indices into `table` (0 for those beyond it)."""
    return np.where(codes < len(table), codes, 0)


def _positions(ids: np.ndarray, wanted: Iterable[int]) -> list[int]:
    """Where `ids` holds one of the few `wanted` ids, in order (a comparison a word: `np.isin`
    sorts the page for so few)."""
    hits = np.zeros(len(ids), dtype=bool)
    for wanted_id in wanted:
        hits |= ids == wanted_id
    return np.flatnonzero(hits).tolist()


def _any_within(positions: list[int], start: int, end: int) -> bool:
    """Whether one of the sorted `positions` lies in [start, end)."""
    at = bisect.bisect_left(positions, start)
    return at < len(positions) and positions[at] < end


def _row(start: int, end: int, start_char: int, end_char: int, label: str) -> SpanRow:
    """A found name's row. Made as the tuple it is: `SpanRow(...)` runs the named tuple's
    `__new__`, a Python function, where this module is compiled."""
    return _new_tuple(SpanRow, (start, end, start_char, end_char, label, "", 0))


_new_tuple = tuple.__new__


def _norm_and_idx(doc: Doc) -> np.ndarray:
    """`doc.to_array([NORM, IDX])`: as the Chinese tokenizer handed the columns on (taken once), else
    read from the Doc (spaCy reads them token by token: ~9% of the Chinese name patterns)."""
    columns = doc.user_data.pop(NORM_IDX_KEY, None)
    if columns is None or len(columns) != len(doc):
        columns = doc.to_array([NORM, IDX])
    # (the IDX column kept for the event extractor's head words: no second `to_array` of the page)
    doc.user_data[TOKEN_STARTS_KEY] = columns[:, 1]
    return columns


# `doc.user_data` key of the tokens' IDX column read by `_norm_and_idx` (read by `kept_token_starts`)
TOKEN_STARTS_KEY = "_token_starts"


def kept_token_starts(doc: Doc) -> np.ndarray | None:
    """`doc.to_array(IDX)` as the Chinese name patterns read it, None when they read none (English)."""
    starts = doc.user_data.get(TOKEN_STARTS_KEY)
    return starts if starts is not None and len(starts) == len(doc) else None


def _end_char(doc: Doc, i: int) -> int:
    token = doc[i]
    return token.idx + len(token)


@functools.cache
def _zh_heads_and_generic_words() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Heads and generic name words, longest first."""
    heads = sorted(word_table("zh", "institution_heads.tsv"), key=len, reverse=True)
    generic = sorted(word_list("zh", "generic_name_words.txt"), key=len, reverse=True)
    return tuple(heads), tuple(generic)


@functools.cache
def _ministry_name_zh() -> re.Pattern[str]:
    """Fields joined by 与, 和, 及, 、 and 部: 教育与体育部, 高等教育、科学与创新部."""
    fields = sorted(word_list("zh", "ministry_fields.txt", split_spaces=True), key=len, reverse=True)
    return re.compile(f"(?:{'|'.join(map(re.escape, fields))}|[与和及、])+部")


@functools.cache
def _hosted_words() -> tuple[str, ...]:
    """The words of bodies named by their host (`*/hosted_institutes.tsv`), both languages."""
    return tuple({word for language in ("en", "zh") for word in word_table(language, "hosted_institutes.tsv")})


def _hosted_word_ending(name: str) -> str:
    """The hosted body's word (`zh/hosted_institutes.tsv`: 孔子学院) a simplified name ends with, or ''."""
    for word in word_table("zh", "hosted_institutes.tsv"):  # (two words: a loop, compiled)
        if name.endswith(word):
            return word
    return ""


_HOST_AFTER = re.compile(r"\s+(?:at|of)\s+(?:the\s+)?(?=[A-Z])")


@functools.lru_cache(maxsize=1 << 12)
def is_hosted_body(name: str) -> bool:
    """A body named by its host and a hosted word ("Luban Workshop at X", X鲁班工坊, 孔子學院): it
    stands with its host, and the two are not two sides of a partnership."""
    words = _hosted_words()
    if to_simplified(name[-8:]).endswith(words):
        return True
    return any(name.startswith(word) and _HOST_AFTER.match(name, len(word)) for word in words)


@functools.cache
def _state_forms() -> tuple[str, ...]:
    """How a country's full name ends (`zh/state_forms.txt`: 共和国, 王国, 联邦), longest first."""
    return tuple(sorted(word_list("zh", "state_forms.txt"), key=len, reverse=True))


def _without_state_form(country: str) -> str:
    """哈萨克斯坦共和国 -> 哈萨克斯坦: a country's full name as its short one (else as it is)."""
    for form in _state_forms():
        if country.endswith(form) and len(country) > len(form):
            return country[: -len(form)]
    return country


def opens_with_state_form(rest: str) -> bool:
    """The words after a country word go on with its full name's ending (哈萨克斯坦 + 共和国…)."""
    return rest.startswith(_state_forms())


def _opens_with_brand(token: Token) -> bool:
    """A Latin brand glued to the Chinese name after it (IB, IDP, TCL, EF; an alliance's U15, C9):
    letters and digits, the first a capital letter, up to eight, no space between."""
    text = token.text
    return not token.whitespace_ and 2 <= len(text) <= 8 and text.isascii() and text.isalnum() and text[0].isupper()


@functools.lru_cache(maxsize=1 << 14)  # the same names recur in every bulletin (a walk of ~100 heads)
def proper_part_zh(name: str) -> str:
    """What is left of a simplified Chinese name without its head and generic words:
    悉尼科技大学 -> 悉尼, 国立大学 -> '', 联合学院 -> ''."""
    heads, generic = _zh_heads_and_generic_words()
    if _ministry_name_zh().fullmatch(name):
        return ""  # 教育与体育部: a ministry named by its fields alone (the country makes it proper)
    hosted = _hosted_word_ending(name)
    if hosted and len(name) > len(hosted):
        # (国立大学孔子学院: a body named by its host is as proper as its host's name, 国立大学 not)
        return proper_part_zh(name[: len(name) - len(hosted)])
    head = next((h for h in heads if name.endswith(h)), "")
    rest = name[: len(name) - len(head)]
    for word in generic:
        rest = rest.replace(word, "")
    return rest


class InstitutionPatterns(Batchwise):
    def __init__(self, language: str) -> None:
        register_extensions()
        self.language = language
        self.finder = ChinesePatterns() if language == "zh" else EnglishPatterns()

    def __call__(self, doc: Doc) -> Doc:
        if isinstance(self.finder, ChinesePatterns):
            rows = self.finder.find(doc, read_rows(doc, "inst_gazetteer"))
        else:
            rows = self.finder.find(doc)
        write_rows(doc, SPAN_KEY, rows)  # the resolver takes the rows as they are
        return doc


@Language.factory("institution_patterns", default_config={})
def make_institution_patterns(nlp: Language, name: str) -> InstitutionPatterns:
    return InstitutionPatterns(nlp.lang)
