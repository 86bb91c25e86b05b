"""Component `institution_patterns`: institution names nobody listed, found by how they are built.

English: a capitalised run around a head word ("X University", "University of X",
"X College of Y at Z University", "X Provincial Department of Education"), bounded by
the words in `rules/en/*`. Chinese: a run of name-like words ending in a suffix such as
大学, 学院, 教育厅, 联盟, extended left until a boundary word (与, 签署, ...). Results go
to `doc.spans["inst_patterns"]`, labelled with the kind their head suggests.
"""

from __future__ import annotations

import bisect
import functools

import numpy as np
from spacy.attrs import IDX, LENGTH, NORM, ORTH, SPACY
from spacy.language import Language
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

from pipeline.link.countries import load_countries
from pipeline.link.places import load_places
from pipeline.nlp.extensions import doc_text, register_extensions
from pipeline.rules import word_list, word_table

SPAN_KEY = "inst_patterns"
MAX_ZH_NAME_CHARS = 24


@functools.cache
def _en_vocab() -> dict[str, frozenset[str]]:
    return {
        "heads": frozenset(word_table("en", "institution_heads.tsv")),
        "connectors": frozenset(word_list("en", "name_connectors.txt")),
        "not_start": frozenset(word_list("en", "not_name_start.txt")),
        "generic": frozenset(word_list("en", "generic_name_words.txt")),
        "titles": frozenset(w for t in word_list("en", "titles.txt") for w in t.split()),
        "event_heads": frozenset(word_list("en", "event_heads.txt")),
        # words that continue a head ("Consulate General") and heads of diplomatic missions
        "head_tails": frozenset({"General"}),
        "heads_first": frozenset(word_list("en", "heads_first.txt")),
        "missions": frozenset({"Embassy", "Consulate", "Consulate-General", "Delegation", "Mission"}),
    }


class _Words:
    """One Doc's token texts and flags, read once per token and only for the tokens around a
    head word: token ids and spacing from one `to_array`, a word's text, lower case and
    alphabetic flag from a table by id kept across Docs (`lexemes`), since each `doc[i]` would
    build a new Token object."""

    __slots__ = ("_lexemes", "_orth", "_read", "_spaced", "doc", "orth_ids", "size")

    def __init__(self, doc: Doc, lexemes: dict[int, tuple[str, str, bool]]) -> None:
        self.doc = doc
        self.size = len(doc)
        self._read: list[tuple[str, str, bool, bool] | None] = [None] * self.size
        self._lexemes = lexemes
        columns = doc.to_array([ORTH, SPACY])
        self.orth_ids = columns[:, 0]
        self._orth, self._spaced = columns.T.tolist()

    def _lexeme(self, orth: int) -> tuple[str, str, bool]:
        facts = self._lexemes.get(orth)
        if facts is None:
            if len(self._lexemes) > 1 << 18:
                self._lexemes.clear()  # a long stream of new words: keep memory flat
            lexeme = self.doc.vocab[orth]
            facts = self._lexemes[orth] = (lexeme.orth_, lexeme.lower_, lexeme.is_alpha)
        return facts

    def _load(self, i: int) -> tuple[str, str, bool, bool]:
        text, lower, alpha = self._lexeme(self._orth[i])
        read = self._read[i] = (text, lower, bool(self._spaced[i]), alpha)
        return read

    def text(self, i: int) -> str:
        return (self._read[i] or self._load(i))[0]

    def lower(self, i: int) -> str:
        return (self._read[i] or self._load(i))[1]

    def spaced(self, i: int) -> bool:
        """Whitespace follows the token."""
        return (self._read[i] or self._load(i))[2]

    def alpha(self, i: int) -> bool:
        return (self._read[i] or self._load(i))[3]

    def name_word(self, i: int) -> bool:
        """A capitalised word, or a short number inside a name ('Jiangxi 211 Project')."""
        text = self.text(i)
        first = text[:1]
        if not first.isalpha() and not first.isdigit():
            return False
        return first.isupper() or (first.isdigit() and len(text) <= 4 and i > 0)

    def joined_hyphen(self, i: int) -> bool:
        """A hyphen inside a word ('Jiaotong-Liverpool'), not a dash between words."""
        return self.text(i) in {"-", "–"} and i > 0 and not self.spaced(i - 1) and not self.spaced(i)

    def span_text(self, start: int, end: int) -> str:
        """`doc[start:end].text`, sliced from the Doc's text."""
        if start >= end:
            return ""
        return doc_text(self.doc)[self.doc[start].idx : self.doc[end - 1].idx + len(self.text(end - 1))]


class EnglishPatterns:
    def __init__(self) -> None:
        self.vocab = _en_vocab()
        self.head_ids = np.unique(np.array([get_string_id(h) for h in self.vocab["heads"]], dtype=np.uint64))
        self._lexemes: dict[int, tuple[str, str, bool]] = {}
        self._kinds = word_table("en", "institution_heads.tsv")

    def _run_end(self, words: _Words, i: int, limit: int) -> int:
        """End of the run of name words (and inner hyphens) starting at i."""
        j = i
        while j < limit and (words.name_word(j) or (words.joined_hyphen(j) and j + 1 < limit)):
            if words.text(j) in self.vocab["titles"] and words.text(j) not in self.vocab["heads"] and j > i:
                break
            j += 1
        return j

    def _has_head(self, words: _Words, start: int, end: int) -> bool:
        return any(words.text(i) in self.vocab["heads"] for i in range(start, end))

    def _extend_right(self, words: _Words, end: int, limit: int, name_start: int) -> int:
        """Over 'of X', 'for X', 'and X', 'at X University' while the name goes on."""
        vocab = self.vocab
        while end < limit and (words.text(end) in vocab["heads"] or words.text(end) in vocab["head_tails"]):
            end += 1  # "Hubei Polytechnic Institute", "Consulate General"
        if words.text(end - 1) in vocab["heads_first"]:
            end = self._run_end(words, end, limit)  # "Universidad Técnica", "Universiti Teknologi Malaysia"
        if end + 1 < limit and words.text(end) == "," and words.text(end + 1) in {"Ltd.", "Ltd", "Inc.", "LLC"}:
            end += 2  # "Co., Ltd."
        last_connector = ""
        while end < limit and self._connector_at(words, end, name_start):
            connector = words.lower(end)
            start = end + 1
            if connector == "named":  # "Polotsk State University named after Euphrosyne Polotskaya"
                start += 1
            if start < limit and words.lower(start) == "the" and connector != "the":
                start += 1
            run_end = self._run_end(words, start, limit)
            if run_end == start or words.joined_hyphen(run_end - 1) or words.text(run_end - 1) in {"-", "–"}:
                break  # "and Yakutsk-based North-Eastern ...": a modifier opens the next phrase
            if connector in {"and", "&"} and (
                self._second_name_follows(words, start, limit, cross_and=last_connector not in {"of", "for"})
                or words.span_text(start, run_end).isupper()
            ):
                break  # "A University and B University", "A and the B People's Government": two names
            if connector == "at" and not self._has_head(words, start, run_end):
                break  # "at Nanchang" is a place, "at Nanchang University" a parent
            if connector not in {"and", "&"}:
                last_connector = connector
            mission = self._has_mission(words, name_start, end)
            if (
                connector == "of"
                and not mission
                and load_countries().code(words.span_text(start, run_end))
                and self._is_proper(words, name_start, end)
            ):
                break  # "Makerere University of Uganda": the country is a cue, not the name
            end = run_end
        return end

    def _has_mission(self, words: _Words, start: int, end: int) -> bool:
        return any(words.text(i) in self.vocab["missions"] for i in range(start, end))

    def _connector_at(self, words: _Words, i: int, name_start: int) -> bool:
        word = words.lower(i)
        if word in self.vocab["connectors"]:
            return True
        if word == "named":
            return i + 1 < words.size and words.lower(i + 1) == "after"
        # "Embassy of France in China", "Consulate General of Malaysia in Guangzhou"
        return word == "in" and self._has_mission(words, name_start, i)

    def _second_name_follows(self, words: _Words, start: int, limit: int, cross_and: bool = True) -> bool:
        """A head word ahead, before the capitalised run (with its 's) ends. In a field list after
        'of' ("College of Machinery and Electricity and Nanning College") the list's own 'and' is
        not crossed: the next 'and' is where the second name begins."""
        i = start
        joiners = {"'s", "’s", "-", "of", "and"} if cross_and else {"'s", "’s", "-", "of"}
        while i < limit and (words.name_word(i) or words.lower(i) in joiners):
            if words.text(i) in self.vocab["heads"]:
                return True
            i += 1
        return False

    def _extend_left(self, words: _Words, head: int, floor: int) -> int:
        start = head
        while start - 1 >= floor:
            prev = start - 1
            if words.joined_hyphen(prev) and start - 2 >= floor:
                start -= 2
                continue
            if words.text(prev) in {"'s", "’s"} and start - 2 >= floor and not words.spaced(start - 2):
                owners = {words.span_text(max(floor, start - 2 - n), start - 1) for n in range(3)}
                if words.name_word(start - 2) and not any(load_countries().code(o) for o in owners):
                    start -= 1  # "People's Government"; "Zambia's X College" keeps the country out
                    continue
                break
            if (
                words.text(prev) == ")"
                and start - 3 >= floor
                and words.text(start - 3) == "("
                and words.name_word(start - 2)
            ):
                start -= 3  # "Volkswagen (Anhui) Automotive Co."
                continue
            if words.lower(prev) in {"and", "&"} and start - 2 >= floor and self._joins_words(words, start - 2, floor):
                start -= 1  # "Hunan Mechanical and Electrical Polytechnic": one name
                continue
            if not words.name_word(prev) or words.text(prev) in self.vocab["not_start"]:
                break
            start -= 1
        return start

    def _joins_words(self, words: _Words, before: int, floor: int) -> bool:
        """The words left of an 'and' are a modifier (no head of their own), not a name."""
        i = before
        while i >= floor and words.name_word(i) and words.text(i) not in self.vocab["not_start"]:
            if words.text(i) in self.vocab["heads"]:
                return False
            i -= 1
        text = words.span_text(i + 1, before + 1)
        return i < before and not load_countries().code(text) and text not in load_places().country_of

    def find(self, doc: Doc) -> list[Span]:
        words = _Words(doc, self._lexemes)
        spans: list[Span] = []
        covered_until = -1
        sentence_starts = _sentence_starts(doc)
        # Only the head words start a name: found in one pass over the token ids.
        for i in positions_of(words.orth_ids, self.head_ids):
            if i < covered_until:
                continue
            sent = bisect.bisect_right(sentence_starts, i)
            sent_start = sentence_starts[sent - 1]
            sent_end = sentence_starts[sent] if sent < len(sentence_starts) else len(doc)
            if i + 1 < sent_end and words.joined_hyphen(i + 1):
                continue  # "University-Industry", "Industry-University-Research": a modifier
            start = self._extend_left(words, i, max(sent_start, covered_until))
            end = self._extend_right(words, i + 1, sent_end, start)
            if self._names_an_event(words, end, sent_end):
                covered_until = end
                continue  # "2024 China-Africa University Presidents Forum" is an event
            while start < i and words.text(start) in self.vocab["not_start"]:
                start += 1
            if self._is_proper(words, start, end):
                spans.append(Span(doc, start, end, label=self._kind(words, start, end)))
                covered_until = end
        return spans

    def _names_an_event(self, words: _Words, end: int, limit: int) -> bool:
        i = end
        while i < limit and (words.name_word(i) or words.text(i) in {"'", "'s", "-"}):
            if words.text(i) in self.vocab["event_heads"]:
                return True
            i += 1
        return False

    def _is_proper(self, words: _Words, start: int, end: int) -> bool:
        """At least one word that is neither a head, a connector nor a generic word."""
        vocab = self.vocab
        proper = any(
            words.text(i) not in vocab["heads"]
            and words.lower(i) not in vocab["connectors"]
            and words.text(i) not in vocab["generic"]
            and words.alpha(i)
            for i in range(start, end)
        )
        return proper and end - start >= 2

    def _kind(self, words: _Words, start: int, end: int) -> str:
        """The English head noun is the last head before the first connector:
        'University Alliance of the Silk Road' is an alliance, 'University of X' a university."""
        kinds, connectors = self._kinds, self.vocab["connectors"]
        texts = [words.text(i) for i in range(start, end)]
        first_connector = next((n for n in range(end - start) if words.lower(start + n) in connectors), end - start)
        before = [text for text in texts[:first_connector] if text in kinds]
        head = before[-1] if before else next(text for text in texts if text in kinds)
        return kinds[head]


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
        # A word's head (or None) by the word's string id: the vocabulary repeats from page to page.
        self._head_by_id: dict[int, str | None] = {}
        self._by_norm: dict[int, tuple[str, bool, bool]] = {}
        self._by_orth: dict[int, tuple[bool, bool, bool]] = {}

    def _head_of(self, norm: str) -> str | None:
        """The longest head that ends the word (only one head of each length can end it)."""
        for size in range(min(len(norm), self._longest_head), 0, -1):
            if norm[-size:] in self.heads:
                return norm[-size:]
        return None

    def _heads_by_id(self, doc: Doc, ids: np.ndarray) -> dict[int, str]:
        """The words of the doc (by NORM id) that end in a head and may head a name."""
        if len(self._head_by_id) > 1 << 18:
            self._head_by_id.clear()  # a long stream of new words: keep memory flat
        found = {}
        for word_id in np.unique(ids).tolist():
            if word_id not in self._head_by_id:
                norm = doc.vocab.strings[word_id]
                head = self._head_of(norm)
                self._head_by_id[word_id] = head if head is not None and self._name_like_head_norm(norm) else None
            head = self._head_by_id[word_id]
            if head is not None:
                found[word_id] = head
        return found

    def _norm_facts(self, vocab: Vocab, norm_id: int) -> tuple[str, bool, bool]:
        """A norm's string, whether it may be part of a name, whether it ends in 大学 / 学院
        (kept by string id: the vocabulary repeats from page to page)."""
        facts = self._by_norm.get(norm_id)
        if facts is None:
            if len(self._by_norm) > 1 << 18:
                self._by_norm.clear()  # a long stream of new words: keep memory flat
            norm = vocab.strings[norm_id]
            facts = (norm, norm not in self.boundaries and norm not in self.stop_words, norm.endswith(("大学", "学院")))
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

    def find(self, doc: Doc, known: list[Span]) -> list[Span]:
        known_ends = {s.end for s in known}
        known_tokens = {i for s in known for i in range(s.start, s.end)}
        spans: list[Span] = []
        columns = doc.to_array([NORM, ORTH, IDX, LENGTH])
        norms = columns[:, 0]
        for listed in known:
            # 北 + 密歇根大学: a direction word makes a listed name another institution.
            before = listed.start - 1
            if before >= 0 and int(norms[before]) in self._prefix_ids and listed.label_ != "government":
                spans.append(Span(doc, before, listed.end, label="university"))
        heads = self._heads_by_id(doc, norms)
        if not heads:
            return spans
        sentence_starts = _sentence_starts(doc)
        wanted = np.unique(np.fromiter(heads, dtype=np.uint64, count=len(heads)))
        positions = positions_of(norms, wanted)
        if not positions:
            return spans
        # Only the tokens a name can reach (MAX_ZH_NAME_CHARS before a head) are read, as Python ints.
        lowest = max(0, positions[0] - MAX_ZH_NAME_CHARS)
        norm_ids, orth_ids, offsets, lengths = (columns[lowest:, k].tolist() for k in range(4))
        vocab = doc.vocab
        for i in positions:
            if i in known_tokens:
                continue  # a listed name is matched whole by the gazetteer
            head = heads[norm_ids[i - lowest]]
            head_end = offsets[i - lowest] + lengths[i - lowest]
            over_university = head in _OVER_UNIVERSITY_WORDS
            sent_start = sentence_starts[bisect.bisect_right(sentence_starts, i) - 1]
            start = i
            while start - 1 >= sent_start and (start not in known_ends or over_university):
                prev = start - 1 - lowest  # 加州州立大学北岭分校, 亚洲大学联盟 above
                _, name_word, university = self._norm_facts(vocab, norm_ids[prev])
                if not (name_word and self._text_facts(vocab, orth_ids[prev])[0]):
                    break
                if (university and not over_university) or head_end - offsets[prev] > MAX_ZH_NAME_CHARS:
                    break
                start -= 1
            start = self._after_open_quote(vocab, orth_ids, lowest, start, i)
            name = "".join(self._norm_facts(vocab, n)[0] for n in norm_ids[start - lowest : i + 1 - lowest])
            if len(proper_part_zh(name)) >= 2:
                spans.append(Span(doc, start, i + 1, label=self.heads[head]))
        return spans

    def _after_open_quote(self, vocab: Vocab, orth_ids: list[int], lowest: int, start: int, head: int) -> int:
        """“一带一路”高校战略联盟 keeps its quoted words; a quote closed before the name began
        (…”高校联盟) or opened and not closed before the head (“中国高校联盟”) is no part of it."""
        begin = start
        opened: list[int] = []
        for i in range(start, head):
            _, opens, closes = self._text_facts(vocab, orth_ids[i - lowest])
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


# heads whose names hold a university's name: 加州州立大学北岭分校, 亚洲大学联盟, 中俄医科大学联盟
_OVER_UNIVERSITY_WORDS = frozenset({"分校", "联盟"})


def positions_of(ids: np.ndarray, wanted: np.ndarray) -> list[int]:
    """Indices of `ids` whose value is in `wanted` (sorted, unique), in order: a binary search
    per token in one vectorised call (`np.isin` sorts both arrays every time)."""
    if not len(wanted) or not len(ids):
        return []
    at = np.searchsorted(wanted, ids).clip(max=len(wanted) - 1)
    return np.flatnonzero(wanted[at] == ids).tolist()


def _sentence_starts(doc: Doc) -> list[int]:
    """Where `doc.sents` starts its sentences: token 0, then every token flagged as a start."""
    flags = doc.to_array("SENT_START")
    return [0, *(np.flatnonzero(flags[1:] == 1) + 1).tolist()]


@functools.cache
def _zh_heads_and_generic_words() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Heads and generic name words, longest first."""
    heads = sorted(word_table("zh", "institution_heads.tsv"), key=len, reverse=True)
    generic = sorted(word_list("zh", "generic_name_words.txt"), key=len, reverse=True)
    return tuple(heads), tuple(generic)


@functools.lru_cache(maxsize=1 << 14)  # the same names recur in every bulletin
def proper_part_zh(name: str) -> str:
    """What is left of a simplified Chinese name without its head and generic words:
    悉尼科技大学 -> 悉尼, 国立大学 -> '', 联合学院 -> ''."""
    heads, generic = _zh_heads_and_generic_words()
    head = next((h for h in heads if name.endswith(h)), "")
    rest = name[: len(name) - len(head)]
    for word in generic:
        rest = rest.replace(word, "")
    return rest


class InstitutionPatterns:
    def __init__(self, language: str) -> None:
        register_extensions()
        self.language = language
        self.finder = ChinesePatterns() if language == "zh" else EnglishPatterns()

    def __call__(self, doc: Doc) -> Doc:
        if isinstance(self.finder, ChinesePatterns):
            spans = self.finder.find(doc, list(doc.spans.get("inst_gazetteer", [])))
        else:
            spans = self.finder.find(doc)
        doc.spans[SPAN_KEY] = spans
        return doc


@Language.factory("institution_patterns", default_config={})
def make_institution_patterns(nlp: Language, name: str) -> InstitutionPatterns:
    return InstitutionPatterns(nlp.lang)
