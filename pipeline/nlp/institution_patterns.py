"""Component `institution_patterns`: institution names nobody listed, found by how they are built.

English: a capitalised run around a head word ("X University", "University of X",
"X College of Y at Z University", "X Provincial Department of Education"), bounded by
the words in `rules/en/*`. Chinese: a run of name-like words ending in a suffix such as
大学, 学院, 教育厅, 联盟, extended left until a boundary word (与, 签署, ...). Results go
to `doc.spans["inst_patterns"]`, labelled with the kind their head suggests.
"""

from __future__ import annotations

import functools

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from pipeline.link.countries import load_countries
from pipeline.link.places import load_places
from pipeline.nlp.extensions import register_extensions
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


def _is_en_name_word(token: Token) -> bool:
    text = token.text
    if not text[:1].isalpha() and not text[:1].isdigit():
        return False
    return text[:1].isupper() or (text[:1].isdigit() and len(text) <= 4 and token.i > 0)


def _joined_hyphen(doc: Doc, i: int) -> bool:
    """A hyphen inside a word ('Jiaotong-Liverpool'), not a dash between words."""
    return doc[i].text in {"-", "–"} and i > 0 and not doc[i - 1].whitespace_ and not doc[i].whitespace_


class EnglishPatterns:
    def __init__(self) -> None:
        self.vocab = _en_vocab()

    def _run_end(self, doc: Doc, i: int, limit: int) -> int:
        """End of the run of name words (and inner hyphens) starting at i."""
        j = i
        while j < limit and (_is_en_name_word(doc[j]) or (_joined_hyphen(doc, j) and j + 1 < limit)):
            if doc[j].text in self.vocab["titles"] and doc[j].text not in self.vocab["heads"] and j > i:
                break
            j += 1
        return j

    def _has_head(self, tokens: Span) -> bool:
        return any(t.text in self.vocab["heads"] for t in tokens)

    def _extend_right(self, doc: Doc, end: int, limit: int, name_start: int) -> int:
        """Over 'of X', 'for X', 'and X', 'at X University' while the name goes on."""
        while end < limit and (doc[end].text in self.vocab["heads"] or doc[end].text in self.vocab["head_tails"]):
            end += 1  # "Hubei Polytechnic Institute", "Consulate General"
        if doc[end - 1].text in self.vocab["heads_first"]:
            end = self._run_end(doc, end, limit)  # "Universidad Técnica", "Universiti Teknologi Malaysia"
        if end + 1 < limit and doc[end].text == "," and doc[end + 1].text in {"Ltd.", "Ltd", "Inc.", "LLC"}:
            end += 2  # "Co., Ltd."
        while end < limit and self._connector_at(doc, end, name_start):
            connector = doc[end].lower_
            start = end + 1
            if connector == "named":  # "Polotsk State University named after Euphrosyne Polotskaya"
                start += 1
            if start < limit and doc[start].lower_ == "the" and connector != "the":
                start += 1
            run_end = self._run_end(doc, start, limit)
            if run_end == start:
                break
            run = doc[start:run_end]
            if connector in {"and", "&"} and (self._second_name_follows(doc, start, limit) or run.text.isupper()):
                break  # "A University and B University", "A and the B People's Government": two names
            if connector == "at" and not self._has_head(run):
                break  # "at Nanchang" is a place, "at Nanchang University" a parent
            mission = any(t.text in self.vocab["missions"] for t in doc[name_start:end])
            if (
                connector == "of"
                and not mission
                and load_countries().code(run.text)
                and self._is_proper(doc[name_start:end])
            ):
                break  # "Makerere University of Uganda": the country is a cue, not the name
            end = run_end
        return end

    def _connector_at(self, doc: Doc, i: int, name_start: int) -> bool:
        word = doc[i].lower_
        if word in self.vocab["connectors"]:
            return True
        if word == "named":
            return i + 1 < len(doc) and doc[i + 1].lower_ == "after"
        # "Embassy of France in China", "Consulate General of Malaysia in Guangzhou"
        return word == "in" and any(t.text in self.vocab["missions"] for t in doc[name_start:i])

    def _second_name_follows(self, doc: Doc, start: int, limit: int) -> bool:
        """A head word ahead, before the capitalised run (with its 's) ends."""
        i = start
        joiners = {"'s", "’s", "-", "of", "and"}
        while i < limit and (_is_en_name_word(doc[i]) or doc[i].lower_ in joiners):
            if doc[i].text in self.vocab["heads"]:
                return True
            i += 1
        return False

    def _extend_left(self, doc: Doc, head: int, floor: int) -> int:
        start = head
        while start - 1 >= floor:
            prev = doc[start - 1]
            if _joined_hyphen(doc, start - 1) and start - 2 >= floor:
                start -= 2
                continue
            if prev.text in {"'s", "’s"} and start - 2 >= floor and not doc[start - 2].whitespace_:
                owner = doc[start - 2]
                owners = {doc[max(floor, start - 2 - n) : start - 1].text for n in range(3)}
                if _is_en_name_word(owner) and not any(load_countries().code(o) for o in owners):
                    start -= 1  # "People's Government"; "Zambia's X College" keeps the country out
                    continue
                break
            if (
                prev.text == ")"
                and start - 3 >= floor
                and doc[start - 3].text == "("
                and _is_en_name_word(doc[start - 2])
            ):
                start -= 3  # "Volkswagen (Anhui) Automotive Co."
                continue
            if prev.lower_ in {"and", "&"} and start - 2 >= floor and self._joins_words(doc, start - 2, floor):
                start -= 1  # "Hunan Mechanical and Electrical Polytechnic": one name
                continue
            if not _is_en_name_word(prev) or prev.text in self.vocab["not_start"]:
                break
            start -= 1
        return start

    def _joins_words(self, doc: Doc, before: int, floor: int) -> bool:
        """The words left of an 'and' are a modifier (no head of their own), not a name."""
        i = before
        while i >= floor and _is_en_name_word(doc[i]) and doc[i].text not in self.vocab["not_start"]:
            if doc[i].text in self.vocab["heads"]:
                return False
            i -= 1
        words = doc[i + 1 : before + 1].text
        return i < before and not load_countries().code(words) and words not in load_places().country_of

    def find(self, doc: Doc) -> list[Span]:
        spans: list[Span] = []
        covered_until = -1
        for sent in doc.sents:
            for token in sent:
                if token.i < covered_until or token.text not in self.vocab["heads"]:
                    continue
                if token.i + 1 < sent.end and _joined_hyphen(doc, token.i + 1):
                    continue  # "University-Industry", "Industry-University-Research": a modifier
                start = self._extend_left(doc, token.i, max(sent.start, covered_until))
                end = self._extend_right(doc, token.i + 1, sent.end, start)
                if self._names_an_event(doc, end, sent.end):
                    covered_until = end
                    continue  # "2024 China-Africa University Presidents Forum" is an event
                while start < token.i and doc[start].text in self.vocab["not_start"]:
                    start += 1
                span = doc[start:end]
                if self._is_proper(span):
                    spans.append(Span(doc, start, end, label=self._kind(span)))
                    covered_until = end
        return spans

    def _names_an_event(self, doc: Doc, end: int, limit: int) -> bool:
        i = end
        while i < limit and (_is_en_name_word(doc[i]) or doc[i].text in {"'", "'s", "-"}):
            if doc[i].text in self.vocab["event_heads"]:
                return True
            i += 1
        return False

    def _is_proper(self, span: Span) -> bool:
        """At least one word that is neither a head, a connector nor a generic word."""
        vocab = self.vocab
        proper = [
            t
            for t in span
            if t.text not in vocab["heads"]
            and t.lower_ not in vocab["connectors"]
            and t.text not in vocab["generic"]
            and t.is_alpha
        ]
        return bool(proper) and len(span) >= 2

    def _kind(self, span: Span) -> str:
        """The English head noun is the last head before the first connector:
        'University Alliance of the Silk Road' is an alliance, 'University of X' a university."""
        kinds = word_table("en", "institution_heads.tsv")
        first_connector = next((t.i for t in span if t.lower_ in self.vocab["connectors"]), span.end)
        before = [t.text for t in span if t.i < first_connector and t.text in kinds]
        head = before[-1] if before else next(t.text for t in span if t.text in kinds)
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
        self._heads_longest_first = sorted(self.heads, key=len, reverse=True)
        self.prefixes = frozenset(word_list("zh", "name_prefixes.txt"))

    def _head_of(self, norm: str) -> str | None:
        return next((h for h in self._heads_longest_first if norm.endswith(h)), None)

    def _name_like(self, token: Token) -> bool:
        norm = token.norm_
        if norm in self.boundaries or norm in self.stop_words:
            return False
        return all("\u4e00" <= ch <= "\u9fff" or ch in "·—－" for ch in token.text)

    def find(self, doc: Doc, known: list[Span]) -> list[Span]:
        known_ends = {s.end for s in known}
        known_tokens = {i for s in known for i in range(s.start, s.end)}
        spans: list[Span] = []
        for listed in known:
            # 北 + 密歇根大学: a direction word makes a listed name another institution.
            before = listed.start - 1
            if before >= 0 and doc[before].norm_ in self.prefixes and listed.label_ != "government":
                spans.append(Span(doc, before, listed.end, label="university"))
        for sent in doc.sents:
            for token in sent:
                head = self._head_of(token.norm_)
                if head is None or not self._name_like_head(token) or token.i in known_tokens:
                    continue  # a listed name is matched whole by the gazetteer
                start = token.i
                while (
                    start - 1 >= sent.start
                    and (start not in known_ends or head == "分校")  # 加州州立大学北岭分校 is one name
                    and self._name_like(doc[start - 1])
                    and (head == "分校" or not doc[start - 1].norm_.endswith(("大学", "学院")))
                    and token.idx + len(token) - doc[start - 1].idx <= MAX_ZH_NAME_CHARS
                ):
                    start -= 1
                span = doc[start : token.i + 1]
                if len(proper_part_zh(_norm(span))) >= 2:
                    spans.append(Span(doc, start, token.i + 1, label=self.heads[head]))
        return spans

    def _name_like_head(self, token: Token) -> bool:
        return token.norm_ not in self.stop_words and token.norm_ not in self.boundaries


def _norm(span: Span) -> str:
    return "".join(t.norm_ for t in span)


def proper_part_zh(name: str) -> str:
    """What is left of a simplified Chinese name without its head and generic words:
    悉尼科技大学 -> 悉尼, 国立大学 -> '', 联合学院 -> ''."""
    heads = sorted(word_table("zh", "institution_heads.tsv"), key=len, reverse=True)
    head = next((h for h in heads if name.endswith(h)), "")
    rest = name[: len(name) - len(head)]
    for word in sorted(word_list("zh", "generic_name_words.txt"), key=len, reverse=True):
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
