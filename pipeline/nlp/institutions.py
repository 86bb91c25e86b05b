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

import functools
import re

from spacy.language import Language
from spacy.tokens import Doc, Span

from pipeline.language import to_simplified
from pipeline.link.countries import load_countries
from pipeline.link.gazetteer import GazetteerEntry, load_gazetteer
from pipeline.link.names import fold_name
from pipeline.link.places import load_places
from pipeline.link.publisher import Publisher
from pipeline.nlp.extensions import doc_text, register_extensions
from pipeline.nlp.institution_patterns import proper_part_zh
from pipeline.rules import word_list

CANDIDATE_KEYS = ("inst_gazetteer", "inst_patterns", "inst_model")
_BARE_PROVINCIAL = re.compile(r"省(?:人民政府外事办公室|外事办公室|教育厅|外办|人民政府)")
_ACRONYM = re.compile(r"^[A-Z][A-Za-z&\-]*[A-Z]$")


@functools.cache
def _foreign_name_prefixes() -> frozenset[str]:
    """Beginnings (2-8 characters) of foreign institutions' Chinese names: 乌拉尔, 哈德斯菲尔德."""
    prefixes: set[str] = set()
    for entry in load_gazetteer():
        if entry.country in (None, "CN") or entry.kind not in {"university", "college"}:
            continue
        for name in (entry.name_zh, *entry.aliases):
            if name and "\u4e00" <= name[0] <= "\u9fff":
                name = to_simplified(name)
                prefixes.update(name[:n] for n in range(2, min(len(name) - 1, 9)))
    return frozenset(prefixes)


@functools.cache
def _discipline_pattern() -> re.Pattern[str]:
    words = sorted(word_list("zh", "disciplines.txt", split_spaces=True), key=len, reverse=True)
    units = "学院|中心|研究院|研究所|系|学部"
    return re.compile(rf"(?:{'|'.join(map(re.escape, words))}|与|和|及)+(?:{units})")


def _only_disciplines(name: str) -> bool:
    """会计学院, 生命科学学院, 学前教育实训中心: a school or centre named only by its field."""
    return bool(_discipline_pattern().fullmatch(name))


@functools.cache
def _subunits(language: str) -> tuple[str, ...]:
    return word_list(language, "subunit_heads.txt")


class InstitutionResolver:
    def __init__(self, language: str) -> None:
        register_extensions()
        self.language = language
        self.gazetteer = load_gazetteer()
        self.countries = load_countries()
        self.places = load_places()
        self.first_person = tuple(w.lower() for w in word_list(language, "first_person.txt"))

    def __call__(self, doc: Doc) -> Doc:
        candidates = [s for key in CANDIDATE_KEYS for s in doc.spans.get(key, []) if not _in_compound(s)]
        candidates = [self._without_country_prefix(doc, s) for s in candidates]
        candidates = self._with_agencies(doc, candidates)
        candidates = self._with_joint_institutes(doc, candidates)
        candidates = [*candidates, *self._bare_provincial_bodies(doc)]
        candidates = [s for s in candidates if s is not None and not self._is_subunit(doc, s, candidates)]
        top = _longest_non_overlapping(candidates)
        top = self._with_short_forms(top)
        top = self._with_acronyms(doc, top)
        top = self._with_first_person(doc, top)
        # A name inside another counts on its own only as a parent named after "at"/"of"
        # ("Queen Mary College at Nanchang University"), not as the outer name's first words.
        nested = [s for s in candidates if s not in top and any(_names_parent(s, t) for t in top)]
        for span in [*top, *nested]:
            self._describe(doc, span)
        doc.spans["institutions"] = sorted(top, key=lambda s: s.start)
        doc.spans["institutions_all"] = sorted(top + _unique(nested), key=lambda s: (s.start, -s.end))
        doc.ents = [s for s in doc.spans["institutions"]]  # ORG entities for displacy & friends
        return doc

    # -- candidates -------------------------------------------------------------------
    def _without_country_prefix(self, doc: Doc, span: Span) -> Span | None:
        """澳大利亚悉尼科技大学 -> 悉尼科技大学 (the country becomes a cue, not part of the name)."""
        if self.language != "zh" or span.kb_id_:
            return span
        first = span[0].norm_
        code = self.countries.code(first)
        if code and code != "CN" and len(span) > 1 and not span[1].norm_.startswith("驻"):
            # (比利时驻华大使馆 keeps its country: the embassy is the country's.)
            rest = doc[span.start + 1 : span.end]
            if proper_part_zh(to_simplified(rest.text)):
                return Span(doc, rest.start, rest.end, label=span.label_, kb_id=span.kb_id_)
        return span

    def _with_joint_institutes(self, doc: Doc, candidates: list[Span | None]) -> list[Span | None]:
        """江西理工大学 + 乌拉尔学院: a college named after a foreign partner (乌拉尔联邦大学) inside a
        Chinese university is a joint institute, not an internal school like 外国语学院."""
        if self.language != "zh":
            return candidates
        found = [c for c in candidates if c is not None]
        joint = []
        for unit in found:
            middle = to_simplified(unit.text)
            middle = middle[:-2] if middle.endswith("学院") else ""
            if len(middle) < 2 or unit.kb_id_ or not self._names_a_foreign_partner(doc, middle):
                continue
            for parent in found:
                if parent.end == unit.start and to_simplified(parent.text).endswith("大学"):
                    joint.append(Span(doc, parent.start, unit.end, label="joint_institute"))
        return [*candidates, *joint]

    def _names_a_foreign_partner(self, doc: Doc, stem: str) -> bool:
        if stem in _foreign_name_prefixes():
            return True
        text = to_simplified(doc_text(doc))
        return any(
            text.startswith(stem, s.start_char) and s.label_ != "joint_institute"
            for key in CANDIDATE_KEYS
            for s in doc.spans.get(key, [])
            if self._foreign_span(s)
        )

    def _foreign_span(self, span: Span) -> bool:
        entry = self.gazetteer.get(span.kb_id_)
        return entry is not None and entry.country not in (None, "CN")

    def _bare_provincial_bodies(self, doc: Doc) -> list[Span]:
        """省教育厅 / 省外办 without a province: the page's own province (from its source line,
        breadcrumb, title or publisher), as a provincial bulletin means it."""
        if self.language != "zh":
            return []
        text = to_simplified(doc_text(doc))
        found = []
        province = None
        for match in _BARE_PROVINCIAL.finditer(text):
            before = text[max(0, match.start() - 4) : match.start()]
            if any(before.endswith(zh) for _, zh in self.places.provinces):
                continue  # 江西省教育厅 is written out: the gazetteer has it
            province = province or self._page_province(doc)
            entry = self.gazetteer.lookup(f"{province}{match.group(0)}") if province else None
            span = doc.char_span(match.start(), match.end(), alignment_mode="contract")
            if entry is not None and span is not None and span.start_char == match.start():
                found.append(Span(doc, span.start, span.end, label=entry.kind, kb_id=entry.id))
        return found

    def _page_province(self, doc: Doc) -> str | None:
        bulletin = doc._.bulletin
        clues = [bulletin.credited_source, bulletin.title, *bulletin.channel] if bulletin else []
        for clue in filter(None, clues):
            clue = to_simplified(clue)
            for english, chinese in self.places.provinces:
                if chinese in clue or english in clue:
                    return chinese
        publisher = doc._.publisher
        if publisher is not None and publisher.province:
            return next((zh for en, zh in self.places.provinces if en == publisher.province), None)
        return None

    def _with_agencies(self, doc: Doc, candidates: list[Span | None]) -> list[Span | None]:
        """教育部 + 中外人文交流中心: a centre named after its ministry is one agency, not a unit."""
        if self.language != "zh":
            return candidates
        found = [c for c in candidates if c is not None]
        agencies = []
        for unit in found:
            if unit.kb_id_ or unit.label_ not in {"other", "research_institute"}:
                continue
            for parent in found:
                entry = self.gazetteer.get(parent.kb_id_)
                if parent.end == unit.start and entry is not None and entry.kind == "government":
                    agency = Span(doc, parent.start, unit.end, label="government")
                    agency._.country = entry.country
                    agencies.append(agency)
        return [*candidates, *agencies]

    def _is_subunit(self, doc: Doc, span: Span, candidates: list[Span]) -> bool:
        """An internal unit: listed as such, or a non-gazetteer 学院 right after its university."""
        if span.kb_id_:
            return False
        norm = to_simplified(span.text)
        units = _subunits(self.language)
        if self.language == "zh":
            if norm in units or _only_disciplines(norm):
                return True
            after_institution = any(c.end == span.start and c is not span for c in candidates)
            return after_institution and span.label_ in {"college", "school", "other"}
        return any(span.text.startswith(u) for u in units) and not self._links(span.text)

    def _links(self, name: str) -> GazetteerEntry | None:
        return self.gazetteer.lookup(name)

    def _with_short_forms(self, spans: list[Span]) -> list[Span]:
        """新西兰林肯大学 ... 林肯大学: a later unlinked mention that ends a linked one is the same
        institution (the short form would not link alone when two entries share it)."""
        linked = [s for s in spans if s.kb_id_]
        resolved = []
        for span in spans:
            if not span.kb_id_ and len(span.text) >= 4:
                full = next((f for f in linked if f.start < span.start and f.text.endswith(span.text)), None)
                if full is not None:
                    span = Span(span.doc, span.start, span.end, label=span.label_, kb_id=full.kb_id_)
            resolved.append(span)
        return resolved

    def _with_acronyms(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """'Hunan University (HNU)': later 'HNU' is the same institution."""
        if self.language != "en":
            return spans
        defined: dict[str, Span] = {}
        for span in spans:
            if span.end + 2 < len(doc) and doc[span.end].text == "(" and doc[span.end + 2].text == ")":
                word = doc[span.end + 1].text
                if _ACRONYM.match(word):
                    defined[word] = span
        if not defined:
            return spans
        # "Universidad Técnica de Manabí (UTM)": the text's own definition beats the gazetteer's UTM.
        spans = [s for s in spans if not (len(s) == 1 and s.text in defined and s.kb_id_ != defined[s.text].kb_id_)]
        taken = {i for s in spans for i in range(s.start, s.end)}
        found = list(spans)
        for token in doc:
            full = defined.get(token.text)
            if full is not None and token.i not in taken:
                entry = self.gazetteer.get(full.kb_id_) or self._links(full.text)
                acronym = Span(doc, token.i, token.i + 1, label=full.label_, kb_id=entry.id if entry else "")
                acronym._.display_name = full.text
                found.append(acronym)
        return sorted(found, key=lambda s: s.start)

    def _with_first_person(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """我校 / 'our university' on the publisher's own site is the publisher."""
        publisher: Publisher | None = doc._.publisher
        if publisher is None:
            return spans
        taken = {i for s in spans for i in range(s.start, s.end)}
        found = list(spans)
        lowered = [t.lower_ for t in doc]
        for phrase in self.first_person:
            words = phrase.split() if self.language == "en" else [phrase]
            for i in range(len(doc) - len(words) + 1):
                if lowered[i : i + len(words)] == words and not taken & set(range(i, i + len(words))):
                    mention = Span(doc, i, i + len(words), label=publisher.kind, kb_id=publisher.id)
                    mention._.display_name = publisher.name
                    mention._.country = publisher.country
                    found.append(mention)
                    taken |= set(range(i, i + len(words)))
        return sorted(found, key=lambda s: s.start)

    # -- description ------------------------------------------------------------------
    def _describe(self, doc: Doc, span: Span) -> None:
        # An acronym defined in the text links through its full name, never through the gazetteer's own.
        entry = self.gazetteer.get(span.kb_id_) or self._links(span._.display_name or span.text)
        span._.entry = entry
        if span._.display_name is None:  # acronyms already carry their full name
            written = span.text
            unlisted_form = entry is not None and fold_name(written) not in {fold_name(n) for n in entry.names}
            # 我校 / "our university": report the institution's own name.
            span._.display_name = entry.canonical_name(self.language) if unlisted_form else written
        span._.kind = entry.kind if entry else self._kind_from_shape(span)
        span._.country = (entry.country if entry else None) or span._.country or self._country_from_context(doc, span)

    def _kind_from_shape(self, span: Span) -> str:
        text = span.text
        if self.language == "en" and re.search(r"\b(College|Institute|School)\b.*\bat\b.*\bUniversity\b", text):
            return "joint_institute"
        if self.language == "zh" and re.search("联合学院|合作学院|中外合作", to_simplified(text)):
            return "joint_institute"
        label = span.label_ or "other"
        return label if label in _KINDS else "other"

    def _country_from_context(self, doc: Doc, span: Span) -> str | None:
        """', Australia' / '(Russia)' after; "Belarus's" / 澳大利亚 before; a place inside the name."""
        after = doc_text(doc)[span.end_char : span.end_char + 48]
        bracket = re.match(r"^\s*[(（]([A-Z][A-Z&.-]+)[)）]", after)
        if bracket and not self.countries.code(bracket.group(1)):
            after = after[bracket.end() :]  # skip "(UTM)" before ", Ecuador"; "(UK)" is the cue itself
        match = re.match(
            r"\s*[,(（，]\s*(?:the\s+)?([A-Z][\w .'-]+?|[\u4e00-\u9fff]{2,8}?)\s*(?:[)）,，.;]|\s+and\b|$)", after
        )
        if match and self.countries.code(match.group(1).strip()):
            return self.countries.code(match.group(1).strip())
        located = re.match(r"\s+(?:in|of|from)\s+(?:the\s+)?([A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,2})", after)
        if located:
            words = located.group(1).split()
            for size in range(len(words), 0, -1):  # "in South Korea" before "in South"
                code = self.countries.code(" ".join(words[:size]))
                if code:
                    return code
        before = doc_text(doc)[max(0, span.start_char - 30) : span.start_char]
        possessive = re.search(r"([A-Z][\w .-]+?)'s\s*$", before)
        if possessive and self.countries.code(possessive.group(1).split(" ")[-1]):
            return self.countries.code(possessive.group(1).split(" ")[-1])
        if self.language == "zh":
            name = to_simplified(span.text)
            for word in self.countries.words():
                if to_simplified(before).endswith(word) or (name.startswith(word) and len(name) > len(word) + 2):
                    return self.countries.code(word)
        for word in re.findall(r"[A-Z][a-z'-]+|[\u4e00-\u9fff]{2,3}", to_simplified(span.text)):
            code = self.countries.code(word)
            if code:
                return code
        normalized = to_simplified(span.text)
        for place in self.places.longest_first():
            if (self.language == "zh" and normalized.startswith(place)) or (
                self.language == "en" and re.search(rf"\b{re.escape(place)}\b", span.text)
            ):
                return self.places.country_of[place]
        return None


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


def _inside(inner: Span, outer: Span) -> bool:
    return (
        outer.start <= inner.start
        and inner.end <= outer.end
        and (inner.start, inner.end)
        != (
            outer.start,
            outer.end,
        )
    )


def _in_compound(span: Span) -> bool:
    """'Industry-University-Research': a head word inside a hyphenated modifier names nobody."""
    doc = span.doc

    def attached_hyphen(i: int) -> bool:
        return 0 < i < len(doc) and doc[i].text in {"-", "–"} and not doc[i - 1].whitespace_

    return attached_hyphen(span.end) or (len(span) >= 2 and attached_hyphen(span.end - 2))


def _names_parent(inner: Span, outer: Span) -> bool:
    """'Queen Mary College at Nanchang University', 江西理工大学乌拉尔学院: the parent named in a
    joint institute's name is an institution of its own; 密歇根大学 inside 北密歇根大学 is not."""
    if not _inside(inner, outer):
        return False
    after_connector = inner.start > outer.start and inner.doc[inner.start - 1].lower_ in {"at", "of"}
    leading_parent = inner.start == outer.start and outer.label_ == "joint_institute"
    return after_connector or leading_parent


def _unique(spans: list[Span]) -> list[Span]:
    seen: set[tuple[int, int]] = set()
    unique = []
    for span in spans:
        if (span.start, span.end) not in seen:
            seen.add((span.start, span.end))
            unique.append(span)
    return unique


def _longest_non_overlapping(spans: list[Span]) -> list[Span]:
    """Longest first; on a tie the gazetteer's (it has a kb_id) wins."""
    ordered = sorted(spans, key=lambda s: (-(s.end - s.start), 0 if s.kb_id_ else 1, s.start))
    taken: set[int] = set()
    kept: list[Span] = []
    for span in ordered:
        if taken.isdisjoint(range(span.start, span.end)):
            kept.append(span)
            taken.update(range(span.start, span.end))
    return sorted(kept, key=lambda s: s.start)


@Language.factory("institution_resolver", default_config={})
def make_institution_resolver(nlp: Language, name: str) -> InstitutionResolver:
    return InstitutionResolver(nlp.lang)
