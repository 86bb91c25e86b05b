"""Component `partnership_extractor`: which Chinese institution cooperates with which foreign one.

A sentence that names both sides and a trigger word ("signed", "MoU", 签署, 备忘录)
gives one partnership per pair: "between A and B, and between C and D" pairs inside
each "between"; "A signed agreements with B, C and D" pairs the one Chinese side with
every foreign one; otherwise each foreign side pairs with the nearest Chinese side
before it. A joint institute named after its Chinese parent ("... Institute at CSUST") stands
for that parent in a sentence naming no other Chinese side. The date is the sentence's setting.

A side the sentence does not name is found where bulletins leave it: the pair named before for
"the two sides" / 双方 (the institutions of learning for "the two universities" / 两校); the body a
delegation came from for "the delegation" / 代表团 / "the visitors"; the last fitting body named for
"the academy", "the Russian university", 该校, 该协会; the publisher on its own page (a Chinese
university's for a foreign side alone, a foreign university's for one Chinese side alone); the
pair of the sentence before for a document "signed" with no side named. Two associations that sign
are a pair; an association and a university are not.

The kind is the strongest trigger of the pair's own stretch of the sentence ("A signed an
agreement with B, and an MoU with C": B's words run from A to B, C's from B to C), read
as bulletins write it:
- what a document, talk or wish is about is not what the pair did: a programme or institute
  after "on", 就, 希望 (`partnership_topics.tsv`) is a topic; a stretch with only topics is `talks`;
- a signed document is the kind, not what it is about ("an MoU on a 3+1 programme" is `mou`,
  《共建联合学院合作协议》 is `agreement`);
- a named joint institute beside the pair (南昌大学玛丽女王学院, "NUIST-Reading Academy") makes
  the pair its parents: `joint_institute`, whatever else they sign.
A joint institute linked in the gazetteer supplies its own pair (`inferred: true`), and makes
a stated pair of its parents `joint_institute`.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import operator
import re
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Any, NamedTuple

from ahocorasick_rs import AhoCorasick, MatchKind
from spacy.language import Language
from spacy.tokens import Doc, Span

from pipeline.dates import EN_RULES, DateMention
from pipeline.extract.clauses import (
    CLAUSE_MARKS,
    RELATIVE_CUE,
    clause_start,
    may_be_topic,
    relative_clauses,
    signing_denied,
    within_any,
)
from pipeline.extract.dates import dates_by_sentence
from pipeline.extract.person_hosts import name_before_side, named_in, names_after_side
from pipeline.extract.spans import (
    Facts,
    Hit,
    Spans,
    alternation,
    evidence_fields,
    facts,
    holds_any,
    institution_bounds,
    institution_facts,
    institution_ref,
    institution_spans,
    matching_text,
    overlaps,
    phrase_finder,
    phrase_pattern,
    phrase_spans,
    same_facts,
    sentences,
)
from pipeline.link.countries import load_countries
from pipeline.link.gazetteer import GazetteerEntry, load_gazetteer
from pipeline.link.places import load_places
from pipeline.link.short_forms import SHORT_FORM_SIZES, named_by_short_form
from pipeline.nlp import institution_patterns  # a module, not a name: the patterns import extract's package
from pipeline.nlp.batchwise import Batchwise
from pipeline.nlp.extensions import doc_text, read_facts, read_spans, register_extensions
from pipeline.rules import word_list, word_table

if TYPE_CHECKING:
    from pipeline.extract.events import Setting
from schemas import InstitutionRef, Partnership

# The strongest kind first (corpus/GUIDE.md): a signed agreement on a programme is an agreement.
KIND_PRIORITY = ("joint_institute", "agreement", "joint_program", "mou", "other", "talks")
SIDE_KINDS = {"university", "college", "school", "research_institute", "company", "government", "other"}
SCHOOL_KINDS = {"university", "college", "school", "research_institute"}  # what "the two universities" are
ALLIANCE_KINDS = {"alliance"}  # sides of a partnership only with each other (`_alliance_pairs`)
# Kinds a trigger word can name as the topic of a document, talk or wish (not what was done).
TOPIC_KINDS = {"joint_institute", "joint_program", "other"}
# A signed document: what it is about does not make its kind.
DOCUMENT_KINDS = {"agreement", "mou"}
# A trigger value: a document was signed ("signed", 签署), its kind named in the sentence or the
# one before ("and C signed one with D"), else `UNNAMED_DOCUMENT` when the page names no document
# at all, else `other` (the document named elsewhere on the page makes the pair's kind).
SIGNING = "signing"
# What a signing whose document the page never names gives (两校正式签约, "signed up with", "inked a
# deal with"): a careful reader takes a contract, an agreement (corpus/GUIDE.md: "a cooperation or
# programme agreement signed"); a memorandum is always named as one.
UNNAMED_DOCUMENT = "agreement"
_SIGNED_KINDS = DOCUMENT_KINDS | {SIGNING}  # what a count of signed documents speaks of
CHINESE = {"CN"}
NOT_FOREIGN = {"CN"}  # Hong Kong, Macao and Taiwan partners count as the other side
# "between A and B, and between C and D" (Chinese sentences do not pair this way)
_BETWEEN_WORD = {"en": "between"}  # (lower case)
_BETWEEN = {language: re.compile(rf"\b{word}\b", re.IGNORECASE) for language, word in _BETWEEN_WORD.items()}


class Side(NamedTuple):
    """One side of a partnership: its reference and country."""

    ref: InstitutionRef
    country: str | None

    @classmethod
    def of(cls, span: Span) -> Side:
        return cls(institution_ref(span), facts(span).country)

    @classmethod
    def publisher(cls, doc: Doc) -> Side | None:
        key = "_publisher_side"
        if key not in doc.user_data:
            publisher = _publisher(doc)
            chinese = publisher is not None and publisher.country == "CN"
            doc.user_data[key] = cls(publisher.ref(), "CN") if chinese else None
        return doc.user_data[key]

    @classmethod
    def publisher_of_schools(cls, doc: Doc) -> Side | None:
        """The Chinese publisher as a side of a university, company or government named alone: not
        an association speaking of its own page (我会; "the delegation visited X" on it is the trip
        of its member universities: an association pairs only with an association)."""
        key = "_publisher_of_schools"  # (read once a Doc: an extension attribute costs a lookup chain)
        if key not in doc.user_data:
            publisher = _publisher(doc)
            alliance = publisher is not None and publisher.kind in ALLIANCE_KINDS
            doc.user_data[key] = None if alliance else cls.publisher(doc)
        return doc.user_data[key]

    @classmethod
    def foreign_publisher(cls, doc: Doc) -> Side | None:
        """The publisher when it is a foreign body ("a delegation from Hunan University visited the
        university" on a foreign university's own page)."""
        key = "_foreign_publisher"  # (read once a Doc: most signing sentences naming one side ask)
        if key not in doc.user_data:
            publisher = _publisher(doc)
            foreign = publisher is not None and publisher.country is not None and publisher.country not in NOT_FOREIGN
            doc.user_data[key] = cls(publisher.ref(), publisher.country) if foreign else None
        return doc.user_data[key]


class PartnershipExtractor(Batchwise):
    def __init__(self, language: str) -> None:
        register_extensions()
        self.language = language
        self.triggers = word_table(language, "partnership_triggers.tsv")
        if language == "zh":  # phrases of several words, kept out of the jieba dictionary
            self.triggers = {**self.triggers, **word_table(language, "partnership_trigger_phrases.tsv")}
        # "A of X met B of Y": talks only where the sentence names both sides (`_meetings_only`)
        self.meeting_words = frozenset(word_list(language, "partnership_meeting_words.txt") if language == "en" else ())
        self.triggers = {**dict.fromkeys(self.meeting_words, "talks"), **self.triggers}
        # "X's director met the delegation": the official's body and the delegation's (`_References`)
        receptions = word_list(language, "partnership_receptions.txt") if language == "en" else ()
        self.triggers = {**dict.fromkeys(receptions, "talks"), **self.triggers}
        # "the delegation met X's director": visitors told of before as the subject of a meeting word
        visitors = word_list(language, "partnership_visitor_words.txt") if language == "en" else ()
        self.visitors_before = (
            re.compile(rf"\b(?:{alternation(visitors)})(?: also| then| later)? $") if visitors else None
        )
        self.topics = word_table(language, "partnership_topics.tsv")
        self.topic_openers = _RangeSearch(self.topics, english=language != "zh")
        self.events = word_table(language, "event_triggers.tsv")
        # (the signing words that sign a contract though it goes unnamed: `UNNAMED_DOCUMENT`)
        self.unnamed_signings = frozenset(word_list(language, "partnership_unnamed_signings.txt"))
        self.after_visit_openers = tuple(word_list(language, "partnership_after_visit_openers.txt"))
        self.topic_run_words = tuple(word_list(language, "partnership_topic_run_words.txt"))
        self.anniversaries = tuple(word_list(language, "partnership_anniversaries.txt"))
        # 合作举办: what two sides run together, a standing relation (Chinese: `_run_without_happening`)
        self.run_words = word_list(language, "partnership_run_words.txt") if language == "zh" else ()
        phrases = word_table(language, "event_trigger_phrases.tsv") if language == "zh" else {}
        self.event_words = tuple(w for w, kind in {**self.events, **phrases}.items() if kind != "none")
        # Only the few sentences naming a government side ask for the event words. The English event
        # extractor has found this table's hits in the whole text already (`phrase_finder` slices
        # them); the Chinese one reads a larger table, so a search of each asking sentence costs less.
        self.approval_search = _RangeSearch(self.events, english=False) if language == "zh" else None
        # the literal words several rules look for on the page first, found by one pass a Doc
        self.page_words = _PageWords()
        # (searched only in a sentence where one of them stands: most sentences naming a government hold none)
        self.approval_words = self.page_words.add(w for w, kind in self.events.items() if kind == "approval")
        # "the two universities", 两校: the two institutions of learning named before (not a department
        # that attended); "the two sides", 双方: any two
        schools = set(word_list(language, "pair_anaphors_of_schools.txt"))
        self.anaphors = {
            phrase: "schools" if phrase in schools else "pair" for phrase in word_list(language, "pair_anaphors.txt")
        }
        # 双方高校: the universities of both sides (two countries, regions), no pair named before
        self.anaphors.update(dict.fromkeys(word_list(language, "pair_anaphors_of_groups.txt"), _GROUPS))
        self.side_anaphors = {phrase: "chinese" for phrase in word_list(language, "side_anaphors.txt")}
        self.standing = set(word_list(language, "partnership_standing.txt"))
        # 会见, 接见: a host's verbs; a government official among their subjects meets too (`_meeting_hosts`)
        self.host_verbs = word_list(language, "person_host_verbs.txt") if language == "zh" else ()
        # 访问, 走访, "visiting": the verbs after which a trip of several days names its stops (`_stops_undated`)
        self.stop_verbs = word_list(language, "partnership_trip_stop_verbs.txt")
        # (Chinese: the sentences after a trip's tell its stops too; English reads them by `_no_day_in_stretch`)
        self.later_stops_undated = language == "zh"
        # "At Cardiff University, the delegation ...", "The delegation also visited X": a new stop (English)
        openings = word_list(language, "partnership_stop_openings.txt") if visitors else ()
        self.stop_opening = _stop_opening(visitors, openings)
        self.mission_words = word_list(language, "diplomatic_missions.txt")
        self.bystander_words = word_list(language, "partnership_bystanders.txt")
        # "supported by C": a body that helps what the sides do, no side (English; lower case)
        self.supporter_words = tuple(word_list(language, "partnership_supporters.txt")) if language != "zh" else ()
        # 江西高校与英国高校的合作, "member universities": a speaker's words on groups' cooperation, no
        # pair of the speaker's body with the page's publisher (`_groups_cooperate`)
        self.group_sides = word_list(language, "partnership_group_sides.txt")
        # (in English only "our ...": "the university" also opens "the University of Melbourne")
        self.first_person = tuple(w for w in word_list(language, "first_person.txt") if _own_voice_word(language, w))
        self.partner_word_list = word_list(language, "partnership_partner_words.txt")
        self.partner_words = _RangeSearch(dict.fromkeys(self.partner_word_list, "partner"), language != "zh")
        self.side_anaphor_words = tuple(self.side_anaphors)
        self.count_words = word_list(language, "partnership_count_words.txt")
        self.references = _References(language, self.page_words)
        self.negations = word_list(language, "signing_denials.txt")
        self.facilities = _Facilities(language, self.page_words)
        self.founders = _Founders(language, self.page_words)
        self.founded_words = self.page_words.add(word_list(language, "partnership_founded_words.txt"))
        self.respectively = word_list(language, "partnership_respectively.txt")
        # "A signed an MoU with B, C with D": the gapped clause's verb is the first's (English)
        gapped = word_list(language, "partnership_gapped_joiners.txt") if language == "en" else ()
        self.gapped_joiners = frozenset(gapped)
        # ", the first formal agreement between the two" after an MoU: the MoU described, no second document
        self.appositives = word_list(language, "partnership_document_appositives.txt")
        # "The same day", 同日: a day carried into a new paragraph about other sides (`_day_of_others_before`)
        self.day_carriers = word_list(language, "partnership_day_carriers.txt")
        self.reports = word_list(language, "partnership_reports.txt")
        # "an MoU between A and B and an agreement between C and D": each pair's document (`_KindReading`)
        self.between_words = word_list(language, "partnership_between_words.txt")
        # "Outcomes include an MoU with A and an agreement with B" on a foreign university's own page
        self.publisher_with_words = word_list(language, "partnership_publisher_with_words.txt")
        # "a delegation from X visited the university", X代表团访问该校: the Chinese host named before
        self.host_anaphors = self.page_words.add(word_list(language, "partnership_host_anaphors.txt"))
        self._hosts_on_page: tuple[str, ...] | None = None  # those on the page in `__call__`; None: not asked yet
        # "last week", 上周, "now has": a paragraph's time that is no day (`_timed_as_no_day`); searched
        # only in the paragraphs of the few sentences whose pairs would take a day from before (not
        # by the page's pass: its every added word costs every page)
        # (the no-day words both extractors read, and those only this one does: standing states, plans)
        extra = word_list(language, "partnership_undated_extra.txt")
        self.undated_words = [*word_list(language, "undated.txt"), *extra]
        # (one pass over the paragraph: `str.rfind` of each word cost more, a regex still more)
        self.undated_automaton = AhoCorasick(self.undated_words, matchkind=MatchKind.Standard)
        # "cooperation", 合作: beside talks, what they were about (`_KindReading._kind_in`)
        self.generic_cooperation = frozenset(word_list(language, "partnership_generic_cooperation.txt"))
        # "Under the memorandum", 根据协议: a document whose terms the clause tells (`_without_framing_documents`)
        self.document_frames = word_list(language, "partnership_document_frames.txt")
        # "consultations on an MoU": a document as the topic of talks (`_document_topics`)
        self.document_topic_openers = word_list(language, "partnership_document_topics.txt")
        # "This year, the Ministry approved four programmes:": a list's period, no day (`_tells_no_day`)
        self.list_periods = word_list(language, "partnership_list_periods.txt")
        # 利兹大学南昌校区, "University of Leeds Nanchang Campus": a joint campus (`_campus_kinds`)
        campuses = word_table(language, "partnership_campuses.tsv")
        # (the campus word found by the page's pass: a word a page; the builders only beside it)
        self.campus_words = self.page_words.add(w for w, role in campuses.items() if role == "campus")
        self.campus_builders = tuple(w for w, role in campuses.items() if role == "built")
        # 国际合作与交流处, 国际交流处: a trigger word in an office's name (`_without_words_of_names`)
        heads = word_list(language, "partnership_office_heads.txt") if language == "zh" else ()
        self.office_after = (
            re.compile(rf"(?:[与和]?(?:合作|交流))?(?:{alternation(heads)})(?![于理在])") if heads else None
        )
        self.office_starts = frozenset({"与", "和", *(head[0] for head in heads)})  # (what the regex opens with)
        # 中外合作办学: the field as a whole, whose 合作办学 tells no pair's programme (`_field_words`)
        fields = word_list(language, "partnership_field_names.txt") if language == "zh" else ()
        self.field_words = _field_words(fields, self.triggers)
        # 由A主办，B承办，C协办: the words a clause naming an event's organiser ends in
        self.organiser_words = word_list(language, "partnership_organiser_words.txt") if language == "zh" else ()
        # 浙外与利兹大学签署, 利兹大学与浙外签署: a side written short of a name the page wrote in full
        # (`pipeline.link.short_forms`), read only beside a joining word next to the one side named
        # (Chinese only: English pages write an acronym, which the resolver reads as a name)
        zh = language == "zh"
        self.short_form_joiners = frozenset(word_list(language, "partnership_short_form_joiners.txt") if zh else ())
        self.short_form_followers = word_list(language, "partnership_short_form_followers.txt") if zh else ()
        # "At the opening ceremony", 开幕式上: the first day of a stretch (the event extractor's words)
        self.openings = self.page_words.add(w.lower() for w in word_list(language, "event_opening_anaphors.txt"))

    def __call__(self, doc: Doc) -> Doc:
        found: list[_Found] = []
        list_kinds: set[str] = set()
        list_head: Side | None = None  # the one Chinese side of the sentence announcing a list, if one
        list_undated = False  # (whether that sentence tells a time that is no day: `_tells_no_day`)
        previous_kinds: set[str] = set()
        text = doc_text(doc)
        spans = sentences(doc).spans
        sides = _SentenceSides(self, doc, spans)
        # Only a sentence overlapping a trigger can name a kind (one pass over the text for the
        # whole vocabulary); the others are read only to carry a "They are:" list on.
        triggers = phrase_finder(doc, self.triggers)  # (before `phrase_spans`: in Chinese it finds those too)
        with_triggers = _overlapped_sentences(sentences(doc).starts, phrase_spans(doc, self.triggers))
        # a sentence naming a joint institute beside its parents says they run it, trigger or not
        # ("A and B, United Kingdom: A B Institute of Data Science (undergraduate education).")
        institutes = institute_starts, institute_ends = _joint_institutes(doc)
        with_institutes = (
            _overlapped_sentences(sentences(doc).starts, Spans(institute_starts, institute_ends))
            if institute_starts
            else set()
        )
        anaphors, side_anaphors = _Anaphors(doc, self.anaphors), _Anaphors(doc, self.side_anaphors)
        names = _InstitutionsRead(*institution_bounds(doc), institution_facts(doc), matching_text(doc))
        topic_finder: Callable[[int, int], list[Hit]] | None = None  # (the topic openers' finder, made once if asked)
        alliances_named = _alliance_parties(doc).in_sentence  # (most sentences name no association: no call)
        days: dict[dt.date, str] = {}  # the page's days as written in records (`_written_day`)
        facilities = self.facilities.in_sentences(doc, sides.parties)
        if facilities:  # (a new set: `overlapping` may keep its own)
            with_triggers = with_triggers | facilities.keys()
        settings = doc._.settings or {}
        campuses: list[int] | None = None  # where a campus word starts (asked once, if ever)
        page_documents: set[str] | None = None  # the documents the page names (asked once, if ever)
        relatives = RELATIVE_CUE in text  # (a page without ", wh" has no relative clause: `relative_clauses`)
        by_sentence: dict[int, list[DateMention]] | None = None  # the date mentions (asked once, if ever)
        self._hosts_on_page = None
        for index, sent in enumerate(spans):
            if index not in with_triggers and index not in with_institutes and not list_kinds and not previous_kinds:
                continue  # no kind to read and none to carry on: read, it would leave both empty
            start, end = sent.start_char, sent.end_char
            sentence = text[start:end]
            if not sentence.strip():
                continue
            hits = triggers(start, end) if index in with_triggers else []
            if hits:
                hits = self._without_words_of_names(text, hits, names)
            if len(hits) > 1:
                hits = self._without_documents_described(text, sent, hits)
            if (
                hits
                and self.meeting_words
                and _any_phrase_in(hits, self.meeting_words)
                and not (len(sides.parties.in_sentence.get(index, ())) > 1 and all(sides.of(index)))
            ):
                # ("A of X met B of Y" names both sides; "X's director met the delegation" is read by
                # `partnership_receptions.txt`, "the delegation met X's director" by its visitors' words)
                visited = _one_side_named(sides.of(index), chinese=True)  # (the official's, the visitors foreign)
                hits = [
                    hit
                    for hit in hits
                    if hit.phrase not in self.meeting_words or (visited and self._met_by_visitors(text, hit))
                ]
            if index in facilities:
                hits = _merged(hits, facilities[index])
            kinds = {h.value for h in hits}
            if not kinds.isdisjoint(_SIGNED_KINDS) and (self._denies(doc, sent) or self._may_hold_topic(doc, sent)):
                hits = self._without_denied_signings(doc, sent, hits)  # ("No agreement has been signed yet")
                kinds = {h.value for h in hits}
            framed = False  # ("Under the memorandum, A will ...", 根据协议，双方将…: a document's terms, no happening)
            if self.document_frames and not kinds.isdisjoint(DOCUMENT_KINDS) and SIGNING not in kinds:
                hits, framed = self._without_framing_documents(text, sent, hits)
                kinds = {h.value for h in hits} if framed else kinds
            if not kinds and index in with_institutes and self._parents_beside_institute(doc, sent, sides.of(index)):
                kinds = {"joint_institute"}
            pairs: list[tuple[Side, Side]] = []
            standing = False  # (a pair of a standing relation takes no day)
            own_day = False  # (the sentence tells its setting's day itself)
            if kinds or list_kinds:
                chinese, foreign = sides.of(index)
                if chinese and foreign and self._names_organisers(text, sent, chinese + foreign):
                    chinese, foreign = [], []  # (论坛由A主办，B承办，C给予支持: an event's organisers, no pair)
                if kinds and self.short_form_joiners and (not chinese) != (not foreign):
                    chinese, foreign = self._with_short_form_side(text, sent, hits, chinese, foreign, sides)
                elif kinds and self.short_form_joiners and len(chinese) + len(foreign) > 2:
                    chinese, foreign = self._with_clause_short_forms(text, sent, chinese, foreign, sides)
                chinese = self._in_clause(doc, sent, chinese, foreign)
                if chinese and foreign and len(chinese) + len(foreign) > 2:
                    chinese, foreign, founded = self._without_founded(doc, sent, chinese, foreign)
                    institutes_founded = [_founded_hit(p) for p in founded if p.known.kind in _INSTITUTE_KINDS]
                    if institutes_founded:  # (A与B合作举办利兹学院: the pair's joint institute)
                        hits = _merged(hits, institutes_founded)
                        kinds = kinds | {"joint_institute"}
                pairs = self._pairs_in(doc, sent, chinese, foreign)
                if kinds and index in alliances_named:
                    # two associations that sign are a pair ("我会与马来西亚某协会签署备忘录")
                    pairs = pairs + _alliance_pairs(doc, index)
                if not pairs and foreign and not chinese and list_kinds and list_head is not None:
                    # a line of a list its sentence announces for one Chinese side ("Hunan University's
                    # delegation to Britain produced three agreements:", 湖南大学此访取得以下成果：)
                    pairs = [(list_head, f.side()) for f in _distinct(foreign)]
                if not pairs and kinds:
                    # (a sentence naming no side and no pair (双方) gets none from the context, the
                    # foreign publisher or the next sentences: most trigger sentences of a page)
                    if chinese or foreign or anaphors.of(sent) is not None:
                        pairs = self._pairs_from_context(
                            doc,
                            sent,
                            chinese,
                            foreign,
                            functools.partial(sides.before, index),
                            anaphors,
                            side_anaphors,
                            found,
                        )
                        pairs = pairs or self._visits_of_foreign_publisher(doc, sent, kinds, chinese, foreign)
                        pairs = pairs or self._dealt_with_foreign_publisher(doc, sent, kinds, chinese, foreign)
                        pairs = pairs or self._pairs_across_sentences(
                            doc, index, chinese, foreign, sides, side_anaphors
                        )
                    if not pairs:
                        pairs = self.references.pairs(doc, index, hits, chinese, foreign, sides)
                        if pairs and self._visitors_attend(doc, sent, kinds):
                            pairs = []
                    pairs = pairs or self._signed_after_pair(doc, index, kinds, hits, chinese, foreign, sides)
                    if not pairs and ("talks" in kinds or SIGNING in kinds):
                        # (a meeting with a person: talks; a person who signed with a side: its document)
                        pairs = self._host_named_by_person(doc, index, chinese, foreign, sides)
                elif (
                    not pairs and foreign and not chinese and (publisher := Side.publisher_of_schools(doc)) is not None
                ):
                    # a line of a list its page's university announces ("访问了以下高校：") is its
                    # partner, on a day the page does not give (the trip's first is another's)
                    pairs = [(publisher, f.side()) for f in _distinct(foreign)]
                    standing = True
                if pairs:
                    documents = kinds & DOCUMENT_KINDS or previous_kinds & DOCUMENT_KINDS
                    if not documents and SIGNING in kinds and _any_phrase_of(hits, self.unnamed_signings):
                        if page_documents is None:
                            page_documents = _documents_named(triggers(0, len(text)))
                        if not page_documents:  # (named elsewhere, the page's document makes the kind)
                            documents = {UNNAMED_DOCUMENT}
                    if topic_finder is None and self.language == "zh" and _may_hold_topics(kinds):
                        topic_finder = phrase_finder(doc, self.topics)
                    topic_hits = self._topic_hits(doc, sent, kinds, topic_finder)
                    lending = _institutes_run_by_pairs(doc, institutes, pairs) if institute_starts else institutes
                    reading = _KindReading(doc, sent, topic_hits, chinese + foreign, documents, lending)
                    if topic_hits and _unsigned_documents(kinds):
                        reading.document_topics = self._document_topics(text, sent)
                    if relatives:
                        reading.relative_clauses = relative_clauses(sentence, start)
                    reading.between_words = self.between_words
                    reading.generic_cooperation = self.generic_cooperation
                    reading.gapped_joiners = self.gapped_joiners
                    reading.respectively = self.respectively
                    reading.documents_follow = self.language == "zh"
                    finder = anaphors.of(sent)
                    found_pairs = finder(start, end) if finder else []
                    pair_words = [h.start for h in found_pairs if h.value != _GROUPS]
                    kind_of = reading.kinds(hits, chinese, foreign, list_kinds, pair_words)
                    if foreign and campuses is None:
                        campuses = self.page_words.starts_of(doc, self.campus_words)
                    if foreign and campuses and _starts_within(campuses, start, end):
                        kind_of = self._campus_kinds(doc, sent, foreign, kind_of)
                    # a standing relation ("cooperates with", "with which it runs") is no happening
                    # of the sentence's day: its pairs take no date from the setting
                    standing = standing or framed or _any_phrase_in(hits, self.standing)
                    # nor is what the pair runs (由A与B合作举办) told in a sentence of no happening
                    standing = standing or self._run_without_happening(doc, sent)
                    # one side's report on the pair's programme is no happening of the pair either
                    standing = standing or self._reported(sentence, start, hits, kinds)
                    # nor an anniversary of what the pair runs ("The week also marked the fortieth
                    # anniversary of the X Center, which A and B have run since 1986")
                    # (told on a day of its own, a celebration is a happening: "On May 6, A celebrated ...")
                    anniversary = (
                        bool(self.anniversaries)
                        and kinds.isdisjoint(_HAPPENING_KINDS)
                        and _holds_any_literal(sentence.lower(), self.anniversaries)
                    )
                    # nor is a day told before a paragraph's "last week" (上周) another happening's
                    setting = None if standing else settings.get(sent.start)
                    if (
                        setting is not None
                        and not list_kinds
                        and setting.date_text
                        and _caption_line(text, sent, self.language != "zh")
                        and setting.date_text not in sentence
                    ):
                        # a photo caption ("The delegation at the University of Coimbra") shows a
                        # happening told before, on no day of the paragraph it follows
                        setting, standing = None, True
                    if (
                        list_undated
                        and list_kinds
                        and setting is not None
                        and kinds.isdisjoint(_SIGNED_KINDS)
                        and not _tells(setting, sentence)
                    ):
                        setting, standing = None, True  # a line of a list announced with no day
                    sentence_settings = settings
                    if relatives and setting is not None and setting.date_text and reading.relative_clauses:
                        moved = _outside_relative_clause(settings, spans, index, setting, sentence, start, reading)
                        if moved is not setting:  # (the day the paragraph told before, or none)
                            setting = moved
                            sentence_settings = {} if moved is None else {sent.start: moved}
                    if setting is not None and setting.date is not None and setting.date_text:
                        # (a sentence telling its own day, most that have one, is not looked into)
                        own_day = setting.date_text in sentence
                        # (a trip of several days told before: on which day this sentence's stop was
                        # made the text does not say, GUIDE.md; English: `_no_day_in_stretch`)
                        stop = setting.several_days and self.later_stops_undated
                        standing = not own_day and (
                            stop or anniversary or self._timed_as_no_day(doc, text, sent, setting)
                        )
                        # nor is a day told in a paragraph before of other sides' happening
                        standing = standing or (
                            not own_day and self._day_of_others_before(doc, text, sent, setting, pairs, sides)
                        )
                    read = self._partnerships(doc, sent, pairs, kind_of, {} if standing else sentence_settings, days)
                    if read and found and kinds == {SIGNING} and previous_kinds & DOCUMENT_KINDS:
                        # (签约代表依次为：A校长…、B副校长…: the signing told just before, whose pairs
                        # keep the documents their own clauses name)
                        read = _not_read_before(read, found)
                    if len(read) > 1 and not standing:
                        if by_sentence is None:
                            by_sentence = dates_by_sentence(doc)
                        # (as many dates as pairs, asked first: most sentences of several pairs tell one)
                        mentions = by_sentence.get(index)
                        if mentions is not None and len(mentions) == len(read):
                            read = _days_in_order(doc, sent, mentions, read, chinese, foreign, self.respectively)
                    if own_day and not standing and setting.several_days and self.stop_verbs:
                        read = self._stops_undated(doc, sent, setting, read, chinese + foreign)
                    if own_day and not standing and _one_pair(read):
                        told = sentence.find(setting.date_text)
                        # (a later day has a digit after the setting's: most sentences hold none)
                        if _DIGIT.search(sentence, told + len(setting.date_text)) is not None:
                            if by_sentence is None:
                                by_sentence = dates_by_sentence(doc)
                            read = _at_latest_day(doc, by_sentence.get(index), start + told, read)
                    found.extend(read)
            if sentence.rstrip().endswith((":", "：")):
                # "They are:" - the list lines that follow are the partnerships it announces.
                list_kinds = kinds or previous_kinds
                list_head = _one_chinese_side(sides.of(index)) if list_kinds else None
                # ("This year, the Ministry approved four programmes:": its lines tell no day)
                list_undated = bool(list_kinds) and self._tells_no_day(doc, sent, settings.get(sent.start))
            elif not pairs:
                list_kinds = set()
            if not list_kinds:
                list_head = None  # (a count's list, "signed three agreements.", names its head per line)
                # (only a signing counts: the test first, not a call a sentence)
                if not kinds.isdisjoint(_SIGNED_KINDS):
                    list_kinds = self._counted_documents(doc, index, sent, kinds, sides, hits)
            carried = previous_kinds & DOCUMENT_KINDS
            if carried and SIGNING in kinds and kinds.isdisjoint(DOCUMENT_KINDS) and any(sides.of(index)):
                # "12 agreements were signed. A signed with B; C signed with D.": a bare signing of
                # a pair it names signs the document named before it, and hands it on to the next
                kinds = kinds | carried
            previous_kinds = kinds
        if _joint_institutes(doc)[0]:  # (most pages name no joint institute: no keys made)
            stated = {pair.key() for pair in found}
            found.extend(_from_parents_in_names(doc, stated))
            found.extend(self._from_joint_institutes(doc, settings, days, stated))
        doc._.partnerships = _unique_pairs(found)
        return doc

    def _met_by_visitors(self, text: str, hit: Hit) -> bool:
        """Whether a meeting word's subject is the visitors told of before ("On Thursday, the
        delegation met Li Hua, Director of X"): the official's body holds talks with theirs (GUIDE)."""
        if self.visitors_before is None:
            return False
        return self.visitors_before.search(text[max(0, hit.start - _VISITORS_REACH) : hit.start].lower()) is not None

    def _names_supporter(self, doc: Doc, sent: Span) -> bool:
        """Whether a supporter's words stand in `sent` ("supported by", `partnership_supporters.txt`)."""
        return holds_any(matching_text(doc)[sent.start_char : sent.end_char], self.supporter_words)

    def _without_supporters(self, doc: Doc, sides: list[_Party]) -> list[_Party]:
        """`sides` less those a supporter's words stand right before ("set up with B and supported by
        C Co., Ltd.": C helps, it is no party of the pair), when another side of its country's side
        stays (one alone is the side the sentence has)."""
        text = matching_text(doc)
        supporters = [
            side
            for side in sides
            if text[max(0, side.start_char - _SUPPORTER_REACH) : side.start_char]
            .rstrip()
            .removesuffix(" the")
            .endswith(self.supporter_words)
        ]
        if not supporters:
            return sides
        kept = [side for side in sides if not _same_as_one_of(side, supporters)]
        chinese_kept = any(side.known.country in CHINESE for side in kept)
        foreign_kept = any(_may_be_foreign(side.known) for side in kept)
        dropped = {id(side) for side in supporters if (chinese_kept if side.known.country in CHINESE else foreign_kept)}
        return [side for side in sides if id(side) not in dropped]

    def _sides(self, doc: Doc, sent: Span, sides: list[_Party]) -> tuple[list[_Party], list[_Party]]:
        """The Chinese and foreign sides of a sentence naming `sides` (its institutions of a side's
        kind, not empty)."""
        if len(sides) > 2 and self.supporter_words and self._names_supporter(doc, sent):
            sides = self._without_supporters(doc, sides)
        # (the event words are looked up only where there is a government side to drop)
        governments = _has_kind(sides, "government")
        if not governments:  # (most sentences: no approver, mission or founder to weigh)
            return _sides_of_institutions(doc, sent, sides)
        named = sides
        # "co-founded by A, B and the C Government", 某市人民政府、A与B共同举办: a government that founds
        # (its runs looked for only where a government's part depends on them: most sentences name none)
        founders: set[int] | None = None
        if governments and self._names_approval(doc, sent):
            founders = self._founding_governments(doc, sent, named)
            # the approver is no partner
            sides = [side for side in sides if side.known.kind != "government" or id(side) in founders]
        if _has_kind(sides, "government"):
            sides = self._without_bystanding_missions(doc, sent, sides)
            if self._governments_look_on(doc, sent, sides):
                return [], []
        chinese = [side for side in sides if side.known.country in CHINESE]
        # An unlisted university with no country cue, beside a known Chinese one, is the other side:
        # unlisted Chinese universities carry a Chinese place in their names.
        foreign = [side for side in sides if _may_be_foreign(side.known)]
        if self.language == "zh" and _has_country(sides, None):
            chinese, foreign = _with_unknown_partners_of_foreign_sides(doc, sides, chinese, foreign)
        if foreign and not chinese:
            chinese = _parents_named_in_institutes(doc, sent)
        if founders is None:
            founders = (
                self._founding_governments(doc, sent, named)
                if governments and _has_kind(chinese, "government")
                else set()
            )
        if self.host_verbs and _has_kind(chinese, "government") and not _all_governments(chinese):
            founders = founders | self._meeting_hosts(doc, sent, chinese)
        chinese = _parties(chinese, founders)
        if chinese and _all_governments(chinese) and not _all_governments(foreign):
            # a government's own delegation deals with the foreign government it meets as with the
            # universities it visits ("the Bureau's delegation held talks with the Ministry of
            # Education and visited X University"): beside those it is no witness
            return chinese, [side for side in foreign if not self._is_mission(side.known.text)]
        return chinese, _parties(foreign)

    def _names_organisers(self, text: str, sent: Span, parties: list[_Party]) -> bool:
        """Whether every side of the sentence stands in a clause ending in an organiser's word (对接会由
        A主办，B承办，C协办，D给予支持): the sentence names who organised an event, no pair."""
        words = self.organiser_words
        if not words or not _holds_any_literal(text[sent.start_char : sent.end_char], words):
            return False  # (most sentences: none of the words; English pages: not read)
        for party in parties:
            end = _clause_end(text, party.end_char, sent.end_char)
            if not text[party.end_char : end].rstrip().endswith(self.organiser_words):
                return False
        return True

    def _without_words_of_names(self, text: str, hits: list[Hit], names: _InstitutionsRead) -> list[Hit]:
        """`hits` but those that are words of a name: of an office (国际合作与交流处, whose 合作 and 交流
        tell no cooperation) or of a body named on the page ("the Delegation of German Industry and
        Commerce", 教育国际交流协会), but a joint institute's or a joint laboratory's (their names tell
        what the pair runs); or of the name of the whole field (中外合作办学). `names`: the Doc's institutions."""
        starts, ends, facts_of = names.starts, names.ends, names.facts
        office_after, office_starts = self.office_after, self.office_starts
        field_words = self.field_words
        matching = names.matching if field_words else text
        kept = []
        for hit in hits:
            at = bisect.bisect_right(starts, hit.start) - 1
            if at >= 0 and hit.end <= ends[at] and facts_of[at].kind not in _NAMES_TELL_THE_PAIR:
                continue
            # (the regex only where a head or a joining word follows: a character looked at first)
            if (
                office_after is not None
                and text[hit.end : hit.end + 1] in office_starts
                and office_after.match(text, hit.end) is not None
            ):
                continue
            if hit.phrase in field_words and _inside_field_name(matching, hit, field_words[hit.phrase]):
                continue
            kept.append(hit)
        return kept

    def _with_short_form_side(
        self,
        text: str,
        sent: Span,
        hits: list[Hit],
        chinese: list[_Party],
        foreign: list[_Party],
        sides: _SentenceSides,
    ) -> tuple[list[_Party], list[_Party]]:
        """`chinese` and `foreign` with the side the sentence names only by a short form beside a
        joining word next to a named side: at a clause's start before it (10日，浙外与利兹大学签署) or
        after it before the signing (利兹大学与浙外签署)."""
        named, want_foreign = (chinese, True) if chinese else (foreign, False)
        for party in named:
            found = self._short_form_before(text, sent, party, want_foreign, sides)
            if found is None:
                found = self._short_form_after(text, sent, hits, party, want_foreign, sides)
            if found is not None:
                return (chinese, [found]) if want_foreign else ([found], foreign)
        return chinese, foreign

    def _with_clause_short_forms(
        self, text: str, sent: Span, chinese: list[_Party], foreign: list[_Party], sides: _SentenceSides
    ) -> tuple[list[_Party], list[_Party]]:
        """`chinese` and `foreign` with the sides a sentence naming both writes short at a clause's
        start before a joining word (论坛期间，山大与A签署备忘录，B与C签署协议: 山大 is A's partner)."""
        added_chinese = [f for p in foreign if (f := self._short_form_before(text, sent, p, False, sides))]
        added_foreign = [c for p in chinese if (c := self._short_form_before(text, sent, p, True, sides))]
        if not added_chinese and not added_foreign:
            return chinese, foreign
        return _by_start([*chinese, *added_chinese]), _by_start([*foreign, *added_foreign])

    def _short_form_before(
        self, text: str, sent: Span, party: _Party, want_foreign: bool, sides: _SentenceSides
    ) -> _Party | None:
        """The side written short at a clause's start, before a joining word before `party` (and
        the country written in front of its name: 华交大同德国亚琛工业大学)."""
        joiner = _joiner_before(text, sent.start_char, party.start_char, self.short_form_joiners)
        if joiner < 0:
            return None
        for size in SHORT_FORM_SIZES:
            start = joiner - size
            if start >= sent.start_char and (start == sent.start_char or text[start - 1] in CLAUSE_MARKS):
                found = _shortened_party(text[start:joiner], start, want_foreign, sides)
                if found is not None:
                    return found
        return None

    def _short_form_after(
        self, text: str, sent: Span, hits: list[Hit], party: _Party, want_foreign: bool, sides: _SentenceSides
    ) -> _Party | None:
        """The side written short after a joining word after `party`, before the signing word or a
        word that leads to it (利兹大学与浙外签署, 与浙外正式签署)."""
        start = party.end_char + 1
        if start >= sent.end_char or text[party.end_char] not in self.short_form_joiners:
            return None
        hit_starts = {hit.start for hit in hits}
        for size in SHORT_FORM_SIZES:
            end = start + size
            if end < sent.end_char and (end in hit_starts or text.startswith(self.short_form_followers, end)):
                found = _shortened_party(text[start:end], start, want_foreign, sides)
                if found is not None:
                    return found
        return None

    def _without_founded(
        self, doc: Doc, sent: Span, chinese: list[_Party], foreign: list[_Party]
    ) -> tuple[list[_Party], list[_Party], list[_Party]]:
        """`chinese` and `foreign` without a side named right after a word of founding together
        (`partnership_founded_words.txt`: A与B合作举办利兹学院, 签署关于共建利兹学院的协议, "jointly
        established Leeds College"): what the other sides founded, not one of them (the third list); kept
        when no Chinese and foreign side would remain beside it."""
        on_page = self.page_words.present(doc, self.founded_words)
        if not on_page:
            return chinese, foreign, []  # (found once a Doc: few pages hold one)
        text = matching_text(doc)
        founded: set[int] = set()
        for word in on_page:
            for at in _places_of(text[sent.start_char : sent.end_char], word):
                party = _party_right_after(text, chinese + foreign, sent.start_char + at + len(word))
                if party is not None:
                    founded.add(id(party))
        if not founded:
            return chinese, foreign, []
        kept_chinese = [p for p in chinese if id(p) not in founded]
        kept_foreign = [p for p in foreign if id(p) not in founded]
        if not kept_chinese or not kept_foreign:
            return chinese, foreign, []
        return kept_chinese, kept_foreign, [p for p in chinese + foreign if id(p) in founded]

    def _founding_governments(self, doc: Doc, sent: Span, sides: list[_Party]) -> set[int]:
        """The ids of `sides` in a run of founders together in `sent` (a government among them founds)."""
        return {id(p) for run in self.founders.runs(doc, sent, sides, True) for p in run}

    def _names_approval(self, doc: Doc, sent: Span) -> bool:
        """Whether `find_phrases` of the event triggers finds an approval word in `sent`."""
        # (no approval word starts in the sentence: no hit of one can, in either language, since
        # a hit is its phrase as it stands in the matching text and the approval words are lower case)
        if not _starts_within(self._approval_starts(doc), sent.start_char, sent.end_char):
            return False
        if self.approval_search is not None:
            hits = self.approval_search(doc, sent.start_char, sent.end_char)
        else:
            hits = phrase_finder(doc, self.events)(sent.start_char, sent.end_char)
        return _any_value(hits, "approval")

    def _approval_starts(self, doc: Doc) -> list[int]:
        """Where the approval words start in the matching text, found once a Doc."""
        found = doc.user_data.get("_approval_starts")
        if found is None:
            found = doc.user_data["_approval_starts"] = self.page_words.starts_of(doc, self.approval_words)
        return found

    def _day_of_others_before(
        self, doc: Doc, text: str, sent: Span, setting: Setting, pairs: list[tuple[Side, Side]], sides: _SentenceSides
    ) -> bool:
        """Whether `sent` takes its day from a paragraph before that told it of sides none of its
        pairs has ("On 3 November, A signed with B. [new paragraph] C also sent a delegation to
        Britain. The visit produced agreements with D and E": C's pairs have no day), and says by no
        word of `partnership_day_carriers.txt` ("the same day", 同日) that it is that day.
        (`setting`: the sentence's, with a day told before it.)"""
        told = text.rfind(setting.date_text, 0, sent.start_char)
        if told < 0:
            return False  # (not found as written)
        paragraph = text.rfind("\n", told, sent.start_char)
        if paragraph < 0:
            return False  # (told in its own paragraph)
        # (a carrier anywhere in the paragraph up to the sentence: "On the sidelines, A signed ... . B signed ...")
        stretch = matching_text(doc)[paragraph : sent.end_char]
        for word in self.day_carriers:  # (a loop: compiled, any() would build a generator a sentence)
            if word in stretch and _places_of(stretch, word):
                return False
        chinese, foreign = sides.of(sentences(doc).index_of(told))
        # only an institution of learning tells whose day it was: a government body hosting a fair, or
        # one whose visit a lead sentence tells ("as a delegation from Hungary's ministry began a
        # tour"), alone frames the day of every pair the paragraphs after it tell
        if not _has_school(chinese) and not _has_school(foreign):
            return False  # (also a day of a happening no side is named for: "On 3 May, the forum opened")
        told_of = {_side_key(p.side()) for p in chinese + foreign}
        for cn, other in pairs:  # noqa: SIM110 - compiled, `all` of a generator makes one
            if _side_key(cn) in told_of or _side_key(other) in told_of:
                return False
        return True

    def _without_documents_described(self, text: str, sent: Span, hits: list[Hit]) -> list[Hit]:
        """`hits` less the document words of a clause that describes the document named before it
        ("signed an MoU with X, the first formal agreement between the two": the MoU is that agreement;
        双方签署合作备忘录，这是两校首份合作协议): a clause opening with a word of
        `partnership_document_appositives.txt`, the document word a few words on."""
        named = False  # a document named before, in the sentence
        described: list[int] = []  # (most sentences have none: the list is copied only for one)
        for i, hit in enumerate(hits):
            if hit.value in DOCUMENT_KINDS:
                if named and self._describes(text, sent.start_char, hit.start):
                    described.append(i)
                named = True
        if not described:
            return hits
        return [hit for i, hit in enumerate(hits) if i not in described]

    def _without_framing_documents(self, text: str, sent: Span, hits: list[Hit]) -> tuple[list[Hit], bool]:
        """`hits` with each document word right after a word of `partnership_document_frames.txt` ("Under
        the memorandum, A will set up a workshop with B", 根据协议，双方将…) read as `other`: the pairs of
        the sentence cooperate under a document told of already, whose terms it tells (a programme or
        an institute in them too: "support joint programmes of both regions"); and whether one was."""
        english = self.language != "zh"
        sentence = text[sent.start_char : sent.end_char]
        folded = sentence.lower() if english else sentence
        framed: set[int] = set()
        for word in self.document_frames:
            if word not in folded:
                continue
            for at in _places_of(folded, word):
                end = sent.start_char + at + len(word)
                for hit in hits:
                    gap = text[end : hit.start]
                    if (
                        hit.value in DOCUMENT_KINDS
                        and 0 <= hit.start - end <= _FRAME_REACH
                        and not _holds_clause_mark(gap, 0, len(gap))
                    ):
                        framed.add(hit.start)
                        break
        if not framed:
            return hits, False
        return [_new_hit((h.start, h.end, h.phrase, "other")) if _framed(h, framed) else h for h in hits], True

    def _without_denied_signings(self, doc: Doc, sent: Span, hits: list[Hit]) -> list[Hit]:
        """`hits` less the signing and document words of a clause that denies a signing ("No agreement
        has been signed yet", 双方尚未签署协议: `clauses.signing_denied`)."""
        matching = matching_text(doc)
        denied: set[int] = set()  # (where each denying clause starts)
        for hit in hits:
            if hit.value in _SIGNED_KINDS and signing_denied(matching, sent.start_char, hit.start, self.language):
                denied.add(clause_start(matching, sent.start_char, hit.start))
        if not denied:
            return hits
        return [
            hit
            for hit in hits
            if hit.value not in _SIGNED_KINDS or clause_start(matching, sent.start_char, hit.start) not in denied
        ]

    def _describes(self, text: str, floor: int, at: int) -> bool:
        """Whether the clause up to `at` is an opener of `appositives` and a few words."""
        start = clause_start(text, floor, at)
        if start == floor:
            return False  # (no clause mark before `at`: no opener's clause)
        gap = text[start:at].strip()
        if self.language == "zh":
            if len(gap) > _APPOSITIVE_CHARS:
                return False
        else:
            gap = gap.lower()
            if len(gap.split()) > _APPOSITIVE_WORDS:
                return False
        for opener in self.appositives:  # (a loop: compiled, any() would build a generator a sentence)
            if gap.startswith(opener) and (self.language == "zh" or gap[len(opener) : len(opener) + 1] in ("", " ")):
                return True
        return False

    def _reported(self, sentence: str, offset: int, hits: list[Hit], kinds: set[str]) -> bool:
        """Whether the sentence tells of a pair's programme through one side's report ("At the meeting,
        A presented the progress of its joint programme with B", 交流会上，A介绍了与B的合作办学进展): a
        report word, then in its clause only a programme's triggers. No happening of the pair, so no day
        of it (corpus/GUIDE.md); a signing or a document in the sentence is one."""
        if not hits or kinds & _SIGNED_KINDS:
            return False
        folded = sentence.lower() if self.language != "zh" else sentence
        for word in self.reports:  # (loops: compiled, any() would build a generator a sentence)
            at = folded.find(word)
            if at < 0:
                continue
            clause_end = _clause_end(folded, at, len(folded))
            in_clause = [h.value for h in hits if at <= h.start - offset < clause_end]
            if in_clause and set(in_clause) <= TOPIC_KINDS:
                return True
        return False

    def _tells_no_day(self, doc: Doc, sent: Span, setting: Setting | None) -> bool:
        """Whether `sent` tells a time that is no day ("This year", 今年: `partnership_list_periods.txt`;
        "last month": `undated.txt`, `partnership_undated_extra.txt`) and no day of its own."""
        told = setting.date_text if setting is not None else None
        sentence = matching_text(doc)[sent.start_char : sent.end_char]
        if told and told in doc_text(doc)[sent.start_char : sent.end_char]:
            return False
        return _holds_any_literal(sentence, self.list_periods) or self._last_undated(sentence, 0, len(sentence)) >= 0

    def _meeting_hosts(self, doc: Doc, sent: Span, chinese: list[_Party]) -> set[int]:
        """The ids of the Chinese government sides among the subjects of a host's verb (省教育厅副厅长A、
        某大学校长B会见了代表团): their officials meet the visitors, as the university's do, and make
        their body a side of the talks (GUIDE.md). Not in a sentence of a signing (they witness it),
        nor before a verb of attending (参加会见, 陪同会见)."""
        text = matching_text(doc)
        start, end = sent.start_char, sent.end_char
        verb = _first_of(text, self.host_verbs, start, end)
        if verb < 0 or text.find("签", start, end) >= 0 or text[max(start, verb - 2) : verb] in _ATTENDING:
            return set()
        return {
            id(party)
            for party in chinese
            if party.known.kind == "government"
            and party.end_char <= verb
            and _CLAUSE_END.search(text, party.end_char, verb) is None
        }

    def _run_without_happening(self, doc: Doc, sent: Span) -> bool:
        """Whether `sent` describes what its sides run together (由A与B合作举办; A与B合作举办的X学院,
        `partnership_run_words.txt`) and tells no happening: no event the event extractor read in it,
        no event word beside the description (获批, 揭牌). A standing relation, on no day of the pair
        (GUIDE.md); a line of an approval's list (A与B合作举办X项目；) is no description."""
        if not self.run_words:
            return False
        sentence = matching_text(doc)[sent.start_char : sent.end_char]
        if not _describes_a_run(sentence, self.run_words):
            return False
        for event in _events(doc):
            if sent.start_char <= event.evidence.start < sent.end_char:
                return False
        rest = sentence
        for word in self.run_words:
            rest = rest.replace(word, " ")
        return not _holds_any_literal(rest, self.event_words)

    def _stops_undated(
        self, doc: Doc, sent: Span, setting: Setting, read: list[_Found], parties: list[_Party]
    ) -> list[_Found]:
        """`read` with no day for the talks of a trip's stops: a sentence telling a stretch of several
        days (`setting`) and, after a visit verb, two institutions or more (11月10日至14日，代表团访问德国，
        先后走访A大学和B大学; "From May 3 to 9, the delegation toured Germany, visiting A and B"): on
        which of the days each stop was made the text does not say (GUIDE.md). One institution visited
        is the trip itself and keeps its first day, unless the sentence sends the trip to a country or
        province ("led a delegation to New Zealand, ... visiting A"): A is then one of its stops."""
        text = matching_text(doc)  # (simplified: the verbs of a traditional page too; English: lower case)
        told = text.find(setting.date_text, sent.start_char, sent.end_char) if setting.date_text else -1
        if self.language != "zh":
            told = sent.start_char  # (English tells the days after the verb too: "X visited Y from Oct 21 to 24")
        if told < 0:
            return read
        verb = _first_of(text, self.stop_verbs, told, sent.end_char)
        if verb < 0:
            return read
        stops = {_ref_key(p.side().ref) for p in parties if p.start_char > verb}
        if not stops or (len(stops) == 1 and not _trip_to_a_place(doc, sent, self.language == "en")):
            return read
        return [
            found._replace(date=None)
            if found.kind == "talks" and (_ref_key(found.chinese) in stops or _ref_key(found.foreign) in stops)
            else found
            for found in read
        ]

    def _new_stop_of_trip(self, doc: Doc, sent: Span, setting: Setting, settings: dict) -> bool:
        """Whether `sent`, taking the day of a sentence before (`setting`, one day of a trip of several
        days told before), opens a new stop of that trip (`partnership_stop_openings.txt`): a stop the
        text does not date has no day (GUIDE.md), not the day of the stop told before it."""
        sentence = doc_text(doc)[sent.start_char : sent.end_char]
        if setting.several_days or setting.date is None or _tells(setting, sentence):
            return False
        opening = doc_text(doc)[sent.start_char : sent.start_char + _STOP_OPENING_REACH].lstrip()
        if self.stop_opening is None or self.stop_opening.match(opening) is None:
            return False
        return any(_trip_holds(doc, frame, setting.date) for frame in settings.values())

    def _timed_as_no_day(self, doc: Doc, text: str, sent: Span, setting: Setting) -> bool:
        """Whether `sent` takes its day from a sentence before while its paragraph, up to the
        sentence's end, last tells a time that is no day or a standing state (a word of
        `undated.txt` or `partnership_undated_extra.txt`): "On Monday, A signed ... . Earlier
        this month, a delegation from B visited C. The two sides agreed ...": B and C's day is none.
        (`setting`: the sentence's, with a day.)"""
        # (the paragraph, a long one's last few sentences: a page of one line is one paragraph)
        start = text.rfind("\n", max(0, sent.start_char - _PARAGRAPH_REACH), sent.start_char) + 1
        start = max(start, sent.start_char - _PARAGRAPH_REACH)
        # (a paragraph's sentences asking one after the other: only what follows the last one read)
        read = doc.user_data.get("_partnership_undated")
        if read is not None and read[0] == start and read[1] <= sent.end_char:
            last = max(read[2], self._last_undated(matching_text(doc), read[1], sent.end_char))
        else:
            last = self._last_undated(matching_text(doc), start, sent.end_char)
        doc.user_data["_partnership_undated"] = (start, sent.end_char, last)
        # a day told after that word is the pair's own: in the sentence, or told again later ("signed
        # ... last week. The agreement was signed November 3")
        return last >= 0 and text.find(setting.date_text, last) < 0

    def _without_bystanding_missions(self, doc: Doc, sent: Span, sides: list[_Party]) -> list[_Party]:
        """`sides` less the diplomatic missions that are no party to what the sentence tells: a
        Chinese embassy or consulate abroad (it supports its country's visitors, it cooperates with
        no foreign university), and a foreign one that only attends, witnesses or accompanies
        ("witnessed the signing", 陪同来访, 出席签约仪式) what a foreign institution named by then
        does (with none, the mission is the visitor: "the Ambassador visited, accompanied by ...")."""
        missions = [side for side in sides if side.known.kind == "government" and self._is_mission(side.known.text)]
        if not missions:
            return sides
        dropped = {id(side) for side in missions if side.known.country in CHINESE}
        if len(dropped) < len(missions) and self._bystander_words(doc, sent) and _foreign_visitor_by(doc, sent):
            dropped.update(id(side) for side in missions)
        return [side for side in sides if id(side) not in dropped]

    def _governments_look_on(self, doc: Doc, sent: Span, sides: list[_Party]) -> bool:
        """Whether the sentence's sides are all government bodies named after a bystander's word ("The
        signing was attended by Nottingham City Council and the Ningbo Municipal Foreign Affairs Office",
        "witnessed by"): they look on at what others do, no pair of each other."""
        if not sides or not _all_governments(sides) or self.language == "zh":
            return False
        first = min(side.start_char for side in sides)
        before = matching_text(doc)[sent.start_char : first].lower()
        return holds_any(before, self.bystander_words)

    def _visitors_attend(self, doc: Doc, sent: Span, kinds: set[str]) -> bool:
        """Whether a sentence naming a side at most tells of a visit or cooperation and of attending
        ("the delegation also attended the forum", 代表团还出席了…交流会): the visitors sit in an
        event of others, no happening of theirs with the page's side (a signing attended is one)."""
        return kinds <= _ATTENDED_KINDS and self._bystander_words(doc, sent)

    def _looks_on(self, doc: Doc, sent: Span, side: _Party) -> bool:
        """Whether a government side only attends or witnesses ("in the presence of", 出席)."""
        return side.known.kind == "government" and self._bystander_words(doc, sent)

    def _is_mission(self, name: str) -> bool:
        name = name.lower() if self.language != "zh" else name
        return holds_any(name, self.mission_words)

    def _bystander_words(self, doc: Doc, sent: Span) -> bool:
        sentence = matching_text(doc)[sent.start_char : sent.end_char]
        return holds_any(sentence, self.bystander_words)

    @staticmethod
    def _parents_beside_institute(doc: Doc, sent: Span, sides: tuple[list[_Party], list[_Party]]) -> bool:
        """Whether a sentence names a joint institute and, as both sides, institutions that can be
        its parents (a government body hosting what the institute organises is none)."""
        chinese, foreign = sides
        parents = chinese and foreign and all(p.known.kind != "government" for p in chinese + foreign)
        return bool(parents) and _names_joint_institute(doc, sent.start_char, sent.end_char)

    def _pairs_in(self, doc: Doc, sent: Span, chinese: list[_Party], foreign: list[_Party]) -> list[tuple[Side, Side]]:
        if not chinese or not foreign:
            return []
        pairs = self._pairs(doc, sent, chinese, foreign)
        return [(c.side(), f.side()) for c, f in pairs if not same_facts(c.known, f.known)]

    def _pairs_from_context(
        self,
        doc: Doc,
        sent: Span,
        chinese: list[_Party],
        foreign: list[_Party],
        last: Callable[[str, bool], _Party | None],
        anaphors: _Anaphors,
        side_anaphors: _Anaphors,
        paired: list[_Found],
    ) -> list[tuple[Side, Side]]:
        """'The two sides signed...' (双方签署): the pair named before (of a side named alone, its one
        partner read before: `paired`, the pairs read so far). On a university's own page
        a foreign side with no Chinese one beside it cooperates with the publisher; elsewhere, with
        the Chinese side named before when the sentence refers back to it (该校).
        `anaphors`, `side_anaphors`: the Doc's pair anaphors (双方) and Chinese side anaphors (该校)."""
        # (the publisher asked only where a side is missing: most sentences asking name both or one Chinese)
        publisher = Side.publisher_of_schools(doc) if foreign and not chinese else None
        if publisher is not None:
            if self._groups_cooperate(doc, sent):
                return []
            return [(publisher, f.side()) for f in _distinct(foreign)]
        visited = Side.foreign_publisher(doc) if len(_distinct(chinese)) == 1 and not foreign else None
        if (
            visited is not None
            and not anaphors.found_in(sent)
            and not self._looks_on(doc, sent, chinese[0])
            # ("a delegation from A visited UNNC": the joint institute in China it names is what A deals with)
            and not _visits_joint_institute(doc, sent)
        ):
            # a foreign university's own page: the one Chinese side it names alone deals with it ("The
            # visit to Ningbo also included talks with the Ningbo Municipal Education Bureau"); two
            # ("initiated by A and B") deal with each other
            return [(chinese[0].side(), visited)]
        if foreign and not chinese and _refers_before(side_anaphors, sent, foreign):
            # "该校还与X签署…": the Chinese side named before ("that university")
            named = _side_of(last("chinese", False))
            return [(named, f.side()) for f in _distinct(foreign)] if named is not None else []
        if foreign and not chinese and self._visits_host_named_before(doc, sent):
            named = _side_of(last("chinese", True))
            return [(named, f.side()) for f in _distinct(foreign)] if named is not None else []
        finder = anaphors.of(sent)
        found = finder(sent.start_char, sent.end_char) if finder is not None else []
        found = [hit for hit in found if hit.value != _GROUPS]
        if not found:
            return []
        if not chinese and _anaphor_after_named_sides(found, _distinct(foreign)):
            # "代表团先后到访A和B，与两校商讨…", "visited A and B and held talks with both": the two
            # sides it names, not a pair named before; the body that called on them is read elsewhere
            return []
        if not foreign and (len(_distinct(chinese)) > 1 or _names_side_unknown(doc, sent)):
            # "学校还与某公司签署协议，双方将…", "A与B（no country known）就…达成意向，双方约定…": the
            # two sides are the ones it names, not a foreign side named before
            return []
        if bool(chinese) != bool(foreign) and len(one := _distinct(chinese or foreign)) == 1:
            # "B's vice-president said ... both sides' students": B and the one partner read for it before
            partner = _only_partner(paired, one[0].side(), bool(chinese))
            if partner is not None:
                return [(one[0].side(), partner) if chinese else (partner, one[0].side())]
        schools = _all_value(found, "schools")
        named = None if chinese else last("chinese", schools)
        cn = chinese[0].side() if chinese else _side_of(named) or Side.publisher_of_schools(doc)
        other = foreign[0].side() if foreign else _side_of(last("foreign", schools))
        if named is not None and not foreign and named.known.kind == "government" and self.language == "zh":
            cn = _partner_read_with(paired, other, named) or cn
        # on a foreign university's own page that never names itself in full ("Otago strengthens
        # ties with A. The two universities signed ..."): the publisher, as `cn` above
        other = other or (Side.foreign_publisher(doc) if cn is not None and not foreign else None)
        return [(cn, other)] if cn is not None and other is not None else []

    def _groups_cooperate(self, doc: Doc, sent: Span) -> bool:
        """Whether the cooperation `sent` tells is of groups ('江西高校与英国高校的合作', "member
        universities") and the page's own voice (我校, "our university") is not in it: a foreign
        official's words at a forum, which make the official's body no partner of the publisher."""
        sentence = matching_text(doc)[sent.start_char : sent.end_char]
        if self.language != "zh":
            sentence = sentence.lower()
        return holds_any(sentence, self.group_sides) and not holds_any(sentence, self.first_person)

    def _visits_host_named_before(self, doc: Doc, sent: Span) -> bool:
        """Whether `sent` names the host it visited by a word of `partnership_host_anaphors.txt`
        (looked for in the sentence only when the page holds one, asked once a page)."""
        on_page = self._hosts_on_page
        if on_page is None:
            on_page = self._hosts_on_page = self.page_words.present(doc, self.host_anaphors)
        return bool(on_page) and _holds_words(doc, sent, on_page)

    def _last_undated(self, folded: str, start: int, end: int) -> int:
        """Where the last word of `undated.txt` (whole words in English) starts in
        `folded[start:end]`; -1: none."""
        last = -1
        stretch = folded[start:end]
        english = self.language != "zh"
        for _, at, stop in self.undated_automaton.find_matches_as_indexes(stretch, overlapping=True):
            if at > last - start and (not english or _whole_at(stretch, at, stop)):
                last = start + at
        return last

    def _campus_kinds(
        self, doc: Doc, sent: Span, foreign: list[_Party], kind_of: Callable[[Side, Side], str | None]
    ) -> Callable[[Side, Side], str | None]:
        """`kind_of`, with `joint_institute` for a foreign side whose campus in China the sentence
        says it builds or runs with the Chinese side (我校与利兹大学共建的利兹大学南昌校区; "the
        Nanchang campus of the University of Leeds, jointly built with JXNU"). Asked of a sentence
        holding a campus word."""
        if not _holds_words(doc, sent, self.campus_builders):
            return kind_of
        folded = matching_text(doc)
        built = {_side_key(f.side()) for f in foreign if self._names_campus(doc, folded, f)}
        if not built:
            return kind_of
        return lambda c, f: "joint_institute" if _side_key(f) in built else kind_of(c, f)

    def _names_campus(self, doc: Doc, folded: str, party: _Party) -> bool:
        """Whether a campus word ends a name that `party`'s opens (利兹大学南昌校区, "University of
        Leeds Nanchang Campus") or a campus's name goes on with it ("the Nanchang campus of the ...")."""
        if self.language == "zh":
            # (a place between: 利兹大学南昌校区; 利兹大学校区 is the university's own campus)
            after = folded[party.end_char : party.end_char + _ZH_CAMPUS_REACH]
            for word in self.campus_words:
                at = after.find(word)
                if at > 0 and not _ZH_GAP_STOPS.intersection(after[:at]):
                    return True
            return False
        before = folded[max(0, party.start_char - _EN_CAMPUS_REACH) : party.start_char].split()[-3:]
        # the words up to "Campus" are a place's, capitalised ("Nanchang Campus", not "main campus")
        written = doc_text(doc)[party.end_char : party.end_char + _EN_CAMPUS_REACH].split()[:_EN_CAMPUS_WORDS]
        for word in self.campus_words:
            if before[-2:] == [word, "of"] or before == [word, "of", "the"]:
                return True
            for at, token in enumerate(written):
                if token.lower().rstrip(",.;:") == word:
                    return at > 0
                if not token[0].isupper() or token[-1] in ",.;:":
                    break
        return False

    def _visits_of_foreign_publisher(
        self, doc: Doc, sent: Span, kinds: set[str], chinese: list[_Party], foreign: list[_Party]
    ) -> list[tuple[Side, Side]]:
        """On a foreign university's own page, a visit naming several Chinese sides and no foreign
        one ("its Deputy Vice-Chancellor visited A and B", "a delegation from A and B visited the
        University"): each is the publisher's partner in talks. (Only a visit: "initiated by A and
        B" tells of the two Chinese sides, not of the publisher.)"""
        if foreign or len(chinese) < 2 or not kinds <= _VISIT_KINDS or len(named := _distinct(chinese)) < 2:
            return []
        visited = Side.foreign_publisher(doc)
        if visited is None or self._bystander_words(doc, sent):
            return []
        return [(c.side(), visited) for c in named]

    def _dealt_with_foreign_publisher(
        self, doc: Doc, sent: Span, kinds: set[str], chinese: list[_Party], foreign: list[_Party]
    ) -> list[tuple[Side, Side]]:
        """On a foreign university's own page, documents "with" several Chinese sides and no foreign
        side named ("Outcomes of the visit include an MoU with A and an exchange agreement with B"):
        each is the publisher's partner. Every side must follow a word of
        `partnership_publisher_with_words.txt`: "initiated by A and B", "A signed an MoU with B" tell
        of the Chinese sides together."""
        if foreign or not kinds & _SIGNED_KINDS or not self.publisher_with_words:
            return []
        named = _distinct(chinese)
        if len(named) < 2 or (visited := Side.foreign_publisher(doc)) is None:
            return []
        text = doc_text(doc)
        for party in chinese:
            if not _follows_word(text, sent.start_char, party.start_char, self.publisher_with_words):
                return []
        return [(c.side(), visited) for c in named]

    def _pairs_across_sentences(
        self,
        doc: Doc,
        index: int,
        chinese: list[_Party],
        foreign: list[_Party],
        sides: _SentenceSides,
        side_anaphors: _Anaphors,
    ) -> list[tuple[Side, Side]]:
        """A signing sentence naming one side only, whose partner another sentence names:
        - a Chinese side signing with "that university" (随后，A与该校签署…): the foreign side named
          last before, the host the delegation was just received by;
        - "The third deal went to A. Its partner, B, will ...": the other side, named in the very
          next sentence after a partner word (`partnership_partner_words.txt`) and alone there."""
        if (chinese and foreign) or len(one := _distinct(chinese or foreign)) != 1:
            return []
        # (the words first, literally in the sentence's text: many signing sentences name one side)
        if chinese and self._holds(doc, sides.spans[index], self.side_anaphor_words):
            host = sides.foreign_named_last_before(index)
            if host is not None and side_anaphors.found_in(sides.spans[index]):
                return [(one[0].side(), host.side())]
        named_next = index + 1 in sides.parties.in_sentence  # (a dict lookup: most sentences name none)
        if named_next and self._holds(doc, sides.spans[index + 1], self.partner_word_list):
            return self._partner_named_next(doc, index, one[0], bool(chinese), sides)
        if named_next:
            return _named_after_semicolons(doc, index, one[0], bool(chinese), sides)
        return []

    def _signed_after_pair(
        self,
        doc: Doc,
        index: int,
        kinds: set[str],
        hits: list[Hit],
        chinese: list[_Party],
        foreign: list[_Party],
        sides: _SentenceSides,
    ) -> list[tuple[Side, Side]]:
        """A document signed in a sentence naming no side ("A memorandum ... was signed during the
        visit", 会上，签署了…备忘录) is the pair's of the sentence right before: its one Chinese side
        (the publisher, on its own page, when it names none) and its one foreign side. Not a count of
        documents, whose pairs the next sentences name."""
        if chinese or foreign or index == 0 or SIGNING not in kinds or not kinds & DOCUMENT_KINDS:
            return []
        # (the last sentence naming a side, past a few of its paragraph naming none: "The guests
        # toured the labs."; a paragraph's break is a sentence of its own, of blanks only)
        before = index - 1
        while (
            before > 0
            and index - before < _SIGNED_AFTER_REACH
            and sides.of(before) == ([], [])
            and not sides.spans[before].text.isspace()
        ):
            before -= 1
        before_chinese, before_foreign = (_distinct(named) for named in sides.of(before))
        if not before_foreign and not before_chinese and self._opens_after_visit(doc, sides.spans[index]):
            # ("came to our university. … WHU has sent … \n After the meeting, A and B signed an
            # agreement": the visit told in the paragraph before, its host alone named since)
            before, before_chinese, before_foreign = self._visit_before(doc, index, sides)
        if len(before_foreign) != 1 or len(before_chinese) > 1 or self._denies(doc, sides.spans[index]):
            return []
        if self._counted_documents(doc, index, sides.spans[index], kinds, sides, hits):
            return []
        cn = before_chinese[0].side() if before_chinese else Side.publisher_of_schools(doc)
        return [(cn, before_foreign[0].side())] if cn is not None else []

    def _opens_after_visit(self, doc: Doc, sent: Span) -> bool:
        """Whether `sent` opens with a word of `partnership_after_visit_openers.txt` ("After the
        meeting", 会谈后): what it tells follows the visit or talks told before."""
        if not self.after_visit_openers:
            return False
        opening = matching_text(doc)[sent.start_char : sent.start_char + _OPENING_REACH].lstrip()
        return opening.startswith(self.after_visit_openers)

    def _visit_before(
        self, doc: Doc, index: int, sides: _SentenceSides
    ) -> tuple[int, list[_Party], list[_Party]]:
        """The last sentence before `index` naming a foreign side, with its sides, past one paragraph
        break and sentences naming no side or only the Chinese side it names (or, naming none, the
        page's publisher); (-1, [], []) when there is none so near."""
        publisher = None
        chinese_since: list[_Party] = []
        breaks = 0
        before = index - 1
        while before >= 0 and index - before <= _VISIT_BEFORE_REACH:
            if sides.spans[before].text.isspace():
                breaks += 1
                if breaks > 1:
                    break
            else:
                named_chinese, named_foreign = (_distinct(named) for named in sides.of(before))
                if named_foreign:
                    if len(named_chinese) > 1:
                        break
                    if named_chinese:
                        if any(not same_facts(c.known, named_chinese[0].known) for c in chinese_since):
                            break
                    else:
                        publisher = publisher or Side.publisher_of_schools(doc)
                        if publisher is None or not all(_same_ref(c.side().ref, publisher.ref) for c in chinese_since):
                            break
                    return before, named_chinese, named_foreign
                chinese_since.extend(named_chinese)
            before -= 1
        return -1, [], []

    def _host_named_by_person(
        self, doc: Doc, index: int, chinese: list[_Party], foreign: list[_Party], sides: _SentenceSides
    ) -> list[tuple[Side, Side]]:
        """A meeting of a foreign side with a person the page names with his Chinese institution
        elsewhere ("met Zhou Min" after "JXNU President Zhou Min"): that institution is the host
        (`person_hosts`). One such institution only; the foreign sides of the sentence."""
        if chinese or not foreign:
            return []
        people = doc.user_data.get("_person_hosts")
        if people is None:  # (the page's Chinese schools' persons, read once a page, if ever)
            people = doc.user_data["_person_hosts"] = self._persons_of_schools(doc, sides.parties.every)
        if not people:
            return []
        text = doc_text(doc)
        sent = sides.spans[index]
        start, end = sent.start_char, sent.end_char
        hosts: list[_Party] = []
        for names, party in people:
            elsewhere = party.start_char < start or party.start_char >= end
            if elsewhere and named_in(text, start, end, names, self.language) and not _same_as_one_of(party, hosts):
                hosts.append(party)
        if len(hosts) != 1:
            return []
        return [(hosts[0].side(), f.side()) for f in _distinct(foreign)]

    def _persons_of_schools(self, doc: Doc, parties: list[_Party]) -> list[tuple[list[str], _Party]]:
        """The names of persons a Chinese institution of learning's title introduces on the page
        ("JXNU President Zhou Min", "Zhou Min, President of JXNU", 江西师范大学校长周敏), with it."""
        text = doc_text(doc)
        found = []
        for party in parties:
            if party.known.country not in CHINESE or party.known.kind not in SCHOOL_KINDS:
                continue
            names = names_after_side(text, party.end_char, self.language)
            if self.language != "zh":
                names += name_before_side(text, party.start_char)
            if names:
                found.append((names, party))
        return found

    def _denies(self, doc: Doc, sent: Span) -> bool:
        """Whether a negation word stands in `sent` ("No agreement was signed", 未签署)."""
        return _holds_words(doc, sent, self.negations)

    def _may_hold_topic(self, doc: Doc, sent: Span) -> bool:
        """Whether `sent` may tell a signing as a talk's topic (就签署…进行会谈: `clauses.may_be_topic`)."""
        return may_be_topic(matching_text(doc)[sent.start_char : sent.end_char], self.language)

    def _counted_documents(
        self, doc: Doc, index: int, sent: Span, kinds: set[str], sides: _SentenceSides, hits: list[Hit]
    ) -> set[str]:
        """The kinds a sentence announces for the pairs the next ones name: it counts signed documents
        and names no side ("On May 20, three agreements were signed. The first, between A and B, ...";
        共签署3项合作协议。其中，A与B…), as a list after "They are:" does; else none. `hits`: its triggers."""
        if kinds.isdisjoint(_SIGNED_KINDS) or index in sides.parties.in_sentence:
            return set()
        sentence = matching_text(doc)[sent.start_char : sent.end_char]
        if self.language == "zh":  # (the count words hold their measure words: 两项, 三份)
            counted = holds_any(sentence, self.count_words) or _counted_in_figures(sentence)
        else:
            counted = holds_any(sentence, self.count_words) and _counts_signed(
                sentence, sent.start_char, self.count_words, hits
            )
        return kinds if counted else set()

    @staticmethod
    def _holds(doc: Doc, sent: Span, words: tuple[str, ...]) -> bool:
        """Whether one of `words` stands in `sent`'s matching text (a literal test, no regex)."""
        if not words:
            return False
        sentence = matching_text(doc)[sent.start_char : sent.end_char]
        return holds_any(sentence, words)

    def _partner_named_next(
        self, doc: Doc, index: int, party: _Party, is_chinese: bool, sides: _SentenceSides
    ) -> list[tuple[Side, Side]]:
        """`_pairs_across_sentences`'s second case: `party` (named alone in sentence `index`) and the
        sides of the other kind named alone in the next sentence after a partner word."""
        next_chinese, next_foreign = sides.of(index + 1)
        others = _distinct(next_foreign if is_chinese else next_chinese)
        if not others or (next_chinese if is_chinese else next_foreign):
            return []
        following = sides.spans[index + 1]
        words = self.partner_words(doc, following.start_char, following.end_char)
        if not words or words[0].start > others[0].start_char:
            return []  # the partner word introduces the side: "Its partner, B," not "B ... its partner"
        return [(party.side(), o.side()) if is_chinese else (o.side(), party.side()) for o in others]

    def _partnerships(
        self,
        doc: Doc,
        sent: Span,
        pairs: list[tuple[Side, Side]],
        kind_of: Callable[[Side, Side], str | None],
        settings: dict,
        days: dict[dt.date, str],
    ) -> list[_Found]:
        """`kind_of`: the kind the sentence gives a pair (Chinese side, foreign side; None: no kind);
        `settings`: the event extractor's, by sentence start; `days`: the page's, written (`_written_day`)."""
        setting = settings.get(sent.start)
        if (setting is None or setting.several_days) and self._openings_on_page(doc):
            setting = self._opening_day(doc, sent, setting, settings)
        if setting is not None and setting.several_days and _no_day_in_stretch(doc, sent, setting):
            setting = None  # a stop of a trip, or talks at a meeting, over several days: no day (GUIDE)
        if setting is not None and self._new_stop_of_trip(doc, sent, setting, settings):
            setting = None  # a new stop of a trip of several days, undated: no day (not the stop's before)
        where = evidence_fields(doc, sent.start_char, sent.end_char)
        found = []
        for c, f in pairs:
            kind = kind_of(c, f)
            if kind is not None:
                found.append(_new_found((c.ref, f.ref, f.country, kind, _day_of(setting, kind, days), False, where)))
        return found

    def _opening_day(self, doc: Doc, sent: Span, setting: Setting | None, settings: dict) -> Setting | None:
        """`setting` (None, or of a stretch of several days), as one day when `sent`, or the sentence
        it goes on from past a semicolon, opens with a word of `event_opening_anaphors.txt` ("At the
        opening ceremony", 开幕式上): what it tells took place on the stretch's first day (the setting
        of that sentence, for one that has none of its own: 开幕式上，A与B签署…；C与D签署…)."""
        text = matching_text(doc)
        sents = sentences(doc)
        index = sents.index_of(sent.start_char)
        for _ in range(_SEMICOLON_RUN):
            start = sents.starts[index]
            if self._opens_at_the_opening(text[start : start + _OPENING_REACH].lstrip()):
                frame = setting if setting is not None else settings.get(sents.spans[index].start)
                if frame is None or frame.date is None:
                    return setting
                return frame._replace(several_days=False)
            if index == 0 or not text[sents.starts[index - 1] : start].rstrip().endswith((";", "；")):
                return setting
            index -= 1
        return setting

    def _openings_on_page(self, doc: Doc) -> bool:
        """Whether a word of `event_opening_anaphors.txt` stands anywhere on the page (asked once a Doc)."""
        key = "_partnership_openings"
        found = doc.user_data.get(key)
        if found is None:
            found = doc.user_data[key] = bool(self.page_words.present(doc, self.openings))
        return found

    def _opens_at_the_opening(self, opening: str) -> bool:
        """Whether a sentence's first words (in its first clause, in Chinese) are an opening's."""
        if self.language != "zh":
            return opening.startswith(self.openings)
        stop = _CLAUSE_END.search(opening)
        return holds_any(opening if stop is None else opening[: stop.start()], self.openings)

    def _topic_hits(
        self, doc: Doc, sent: Span, kinds: set[str], finder: Callable[[int, int], list[Hit]] | None
    ) -> list[tuple[int, int]]:
        """Where the sentence speaks of what a document, talk or wish is about: from each topic
        opener to the end of its clause or, for a wish ("sentence"), of the sentence.
        `kinds`: those of the sentence's trigger words; `finder`: the topic openers' `phrase_finder`
        (Chinese: made once a page, when a sentence first asks)."""
        if not _may_hold_topics(kinds):
            return []  # (nothing a topic could hide: the openers are not looked up)
        text = doc_text(doc)
        regions = []
        # (searched in this sentence alone: few sentences ask, so a pass over the whole text costs more)
        if self.language == "zh":
            # (sliced from the page's one pass, `phrase_finder`: a regex of one-character openers
            # such as 就 tried at each character of every asking sentence cost more)
            openers = finder(sent.start_char, sent.end_char) if finder is not None else []
        else:
            openers = self.topic_openers(doc, sent.start_char, sent.end_char)
        for opener in openers:
            if self.language != "zh" and _DAY_AFTER.match(text, opener.end):
                continue  # "On 3 April, A and B launched a joint programme": a day, no topic
            end = sent.end_char
            if opener.value != "sentence":
                bound = _CLAUSE_END.search(text, opener.end, sent.end_char)
                end = bound.start() if bound else sent.end_char
            if self.topic_run_words and _holds_any_literal(text[opener.end : end].lower(), self.topic_run_words):
                continue  # ("talks on the programme the two have run since 2019": theirs, no topic)
            regions.append((opener.end, end))
        return regions

    def _document_topics(self, text: str, sent: Span) -> list[tuple[int, int]]:
        """Where a sentence speaks of a document as the topic of talks ("continue consultations on an
        MoU": `partnership_document_topics.txt`), to the end of the clause."""
        regions = []
        lowered = text[sent.start_char : sent.end_char].lower()
        for phrase in self.document_topic_openers:
            at = lowered.find(phrase)
            if at >= 0:
                start = sent.start_char + at + len(phrase)
                bound = _CLAUSE_END.search(text, start, sent.end_char)
                regions.append((start, bound.start() if bound else sent.end_char))
        return regions

    def _pairs(self, doc: Doc, sent: Span, chinese: list[_Party], foreign: list[_Party]) -> list[tuple[_Party, _Party]]:
        segments = self._between_segments(doc, sent)
        if len(segments) > 1:
            pairs = []
            for start, end in segments:
                inner_c = [c for c in chinese if start <= c.start_char < end]
                inner_f = [f for f in foreign if start <= f.start_char < end]
                pairs.extend(self._pairs_by_position(inner_c, inner_f))
            return pairs
        pairs = (
            self._pairs_in_order(doc, sent, chinese, foreign)
            or self._pairs_in_founder_runs(doc, sent, chinese, foreign)
            or self._pairs_by_position(chinese, foreign)
        )
        if len(pairs) > 1 and self.short_form_joiners:
            pairs = self._without_objects_of_clauses_before(doc_text(doc), sent, pairs)
        return pairs

    def _without_objects_of_clauses_before(
        self, text: str, sent: Span, pairs: list[tuple[_Party, _Party]]
    ) -> list[tuple[_Party, _Party]]:
        """`pairs` less those of a foreign side joined (与) in an earlier clause to a side not read
        and a Chinese side of a later clause that names its own foreign partner (山大与A签署备忘录，
        B与C签署协议: B is no partner of A)."""
        start = sent.start_char
        # (no nested function: its closure would hold the sides, and so the Doc, in a cycle)
        clauses = [_clause_index(text, start, f.start_char) for _, f in pairs]
        joiners = tuple(self.short_form_joiners)
        kept = []
        for (chinese, foreign), at in zip(pairs, clauses, strict=True):
            own = _clause_index(text, start, chinese.start_char)
            if at < own and _pairs_in_clause(pairs, clauses, chinese, own):
                opening = max(text.rfind(mark, start, foreign.start_char) for mark in "，；,;") + 1
                if _holds_any_literal(text[max(opening, start) : foreign.start_char], joiners):
                    continue
            kept.append((chinese, foreign))
        return kept

    def _in_clause(self, doc: Doc, sent: Span, chinese: list[_Party], foreign: list[_Party]) -> list[_Party]:
        """The Chinese sides of the clause naming the one foreign side (`_in_clause_of`), those the
        sentence's pairs and kinds are read from; all of `chinese` when the sentence names several
        foreign sides, or pairs within "between" segments."""
        # (a cheap test first: most sentences name one Chinese side; one foreign side, maybe named twice:
        # 密歇根州立大学（MSU）)
        if len(chinese) < 2 or not foreign or (len(foreign) > 1 and len(_distinct(foreign)) > 1):
            return chinese
        if len(self._between_segments(doc, sent)) > 1:
            return chinese
        return _in_clause_of(doc_text(doc), sent, chinese, foreign[0])

    def _pairs_in_founder_runs(
        self, doc: Doc, sent: Span, chinese: list[_Party], foreign: list[_Party]
    ) -> list[tuple[_Party, _Party]]:
        """Several Chinese and foreign sides, each founder run pairing within itself ("X, run by A and B,
        and Y, co-founded by C, D and E": A-B, C-D, C-E, not by the nearest side before); the foreign
        sides in no run pair by position; a Chinese side in no run pairs with no foreign side in one
        (由A与B共同发起的联盟成立，C当选副理事长单位: A-B, not C-B). [] when the sentence holds no run of
        both sides."""
        if len(chinese) < 2 or not foreign:
            return []
        runs = self.founders.runs(doc, sent, chinese + foreign)
        if not runs:
            return []
        pairs: list[tuple[_Party, _Party]] = []
        in_runs: set[int] = set()
        for run in runs:
            run_chinese = [p for p in run if p.known.country in CHINESE]
            run_foreign = [p for p in run if p.known.country not in CHINESE]
            pairs.extend((c, f) for c in _distinct(run_chinese) for f in _distinct(run_foreign))
            in_runs.update(id(p) for p in run)
        rest = [f for f in foreign if id(f) not in in_runs]
        return pairs + (self._pairs_by_position(chinese, rest) if rest else [])

    def _pairs_in_order(
        self, doc: Doc, sent: Span, chinese: list[_Party], foreign: list[_Party]
    ) -> list[tuple[_Party, _Party]]:
        """Two lists of as many sides, one after the other, paired in order by "respectively" / 分别
        (A、B、C分别与X、Y、Z签署…; "A and B signed with X and Y respectively"); else []."""
        if len(chinese) < 2 or len(foreign) < 2 or not _holds_words(doc, sent, self.respectively):
            return []  # (the counts and the word first: most sentences name one pair, and no list)
        distinct_chinese, distinct_foreign = _distinct(chinese), _distinct(foreign)
        if len(distinct_chinese) != len(distinct_foreign):
            return []
        chinese_first = distinct_chinese[-1].end_char <= distinct_foreign[0].start_char
        foreign_first = distinct_foreign[-1].end_char <= distinct_chinese[0].start_char
        if not (chinese_first or foreign_first):
            return []
        return list(zip(distinct_chinese, distinct_foreign, strict=True))

    def _between_segments(self, doc: Doc, sent: Span) -> list[tuple[int, int]]:
        pattern = _BETWEEN.get(self.language)
        if pattern is None:
            return [(sent.start_char, sent.end_char)]
        # (searched in the sentence alone: only sentences naming both sides ask; the regex, which
        # ignores case, only where the lower-cased sentence holds the word: it would try every character)
        text = doc_text(doc)
        if _BETWEEN_WORD[self.language] not in text[sent.start_char : sent.end_char].lower():
            return [(sent.start_char, sent.end_char)]
        starts = [m.start() for m in pattern.finditer(text, sent.start_char, sent.end_char)]
        if len(starts) < 2:
            return [(sent.start_char, sent.end_char)]
        bounds = [*starts, sent.end_char]
        return [(sent.start_char if i == 0 else bounds[i], bounds[i + 1]) for i in range(len(starts))]

    @staticmethod
    def _pairs_by_position(chinese: list[_Party], foreign: list[_Party]) -> list[tuple[_Party, _Party]]:
        distinct_chinese = _distinct(chinese)
        if len(distinct_chinese) == 1:
            return [(distinct_chinese[0], f) for f in _distinct(foreign)]
        distinct_foreign = _distinct(foreign)
        if len(distinct_foreign) == 1:
            return [(c, distinct_foreign[0]) for c in distinct_chinese]
        if _lists_apart(distinct_chinese, distinct_foreign):
            # one list of each side, not interleaved ("a delegation from X, Y and Z visited A and B"):
            # each side of one list deals with each of the other
            return [(c, f) for c in distinct_chinese for f in distinct_foreign]
        pairs = []
        for f in distinct_foreign:
            before = [c for c in chinese if c.span.start < f.span.start]
            partner = before[-1] if before else min(chinese, key=lambda c: abs(c.span.start - f.span.start))
            pairs.append((partner, f))
        return pairs

    def _from_joint_institutes(
        self, doc: Doc, settings: dict[int, Setting], days: dict[dt.date, str], stated: set[tuple[str, str]]
    ) -> list[_Found]:
        """The pairs of the gazetteer's joint institutes named on the page (`settings`: the Doc's;
        `days`: its days written, `_written_day`). A pair the page states (`stated`: their keys) takes
        the day of a sentence telling the institute's founding, opening or approval, a happening of
        theirs (an inferred pair gives a stated one only its kind)."""
        linked = doc.user_data.get("_linked_institutes")
        if linked is None:  # (`_read_parties` finds them in its walk: this is for a Doc it has not read)
            linked = linked_joint_institutes(doc)
        if not linked:
            return []  # (most pages name no joint institute the gazetteer links)
        gazetteer = load_gazetteer()
        inferred = []
        for span, entry in linked:
            parent = gazetteer.get(entry.parent)
            setting = settings.get(_sentence_start(doc, span.start_char))
            founding: tuple[bool, str | None] | None = None  # (`_founding_day`, asked only of a pair the page states)
            for partner_id in entry.partners:
                partner = gazetteer.get(partner_id)
                if parent is None or partner is None:
                    continue
                day = _day_of(setting, "joint_institute", days)
                told = (parent.id, partner.id) in stated
                if told and founding is None:
                    founding = _founding_day(doc, span.start_char, span.text)
                if told and founding is not None and founding[0]:
                    day = founding[1]  # (the founding's own day, None for one told as background)
                inferred.append(
                    _Found(
                        _entry_ref(parent, self.language),
                        _entry_ref(partner, self.language),
                        partner.country,
                        "joint_institute",
                        day,
                        not (told and founding is not None and founding[0]),
                        evidence_fields(doc, span.start_char, span.end_char),
                    )
                )
        return inferred


_CLAUSE_END = re.compile(r"[,;，；。]")
_DIGIT = re.compile(r"[0-9０-９]")
_APPOSITIVE_WORDS = 6  # words of a describing clause before its document word ("which was their first formal")
_APPOSITIVE_CHARS = 10  # characters of one, in Chinese (这也是两校之间的首份)
# a day after a topic opener ("on 3 April", "on May 5", "on Wednesday"): the words of dates_en.tsv
_DAY_AFTER = re.compile(
    rf"\s+(?:\d|(?:{alternation(w for c in ('month', 'weekday') for w, _ in EN_RULES.get(c, []))})\b)"
)


class _RangeSearch:
    """`find_phrases` of one table by a search of the range alone (`phrase_pattern`'s `finditer`,
    the definition of its hits), for a table asked about in a few short ranges of a Doc: there
    the one pass over the whole text that `find_phrases` slices from costs more than the searches."""

    def __init__(self, table: dict[str, str], english: bool) -> None:
        self.pattern = phrase_pattern(tuple(table), english) if table else None
        # (English matches the lower-cased text: a phrase with a capital never matches)
        self.values = {k.lower(): v for k, v in table.items()} if english else table

    def __call__(self, doc: Doc, start: int, end: int) -> list[Hit]:
        if self.pattern is None:
            return []
        found = self.pattern.finditer(matching_text(doc), start, end)
        values = self.values
        return [_new_hit((m.start(), m.end(), m.group(0), values[m.group(0)])) for m in found]


# `Hit` from the tuple of its fields: a NamedTuple's `__new__` is Python code (topic openers: a few a sentence)
_new_hit = functools.partial(tuple.__new__, Hit)


class _PageWords:
    """Where the literal words of several rules stand in a Doc's matching text, every occurrence
    (overlapping ones too), found by one Aho-Corasick pass a Doc: a `str.find` scan of the whole
    text per word cost ~110 us a Chinese page for ~30 words, the pass ~30 us (bench pages).
    Words are added while the extractor is made; the automaton is made when first used."""

    def __init__(self) -> None:
        self.words: dict[str, None] = {}  # (in order, each once)
        self.automaton: AhoCorasick | None = None
        self.phrases: tuple[str, ...] = ()

    def add(self, words: Iterable[str]) -> tuple[str, ...]:
        """Add `words` to those looked for; they are returned, as a tuple."""
        words = tuple(words)
        self.words.update(dict.fromkeys(w for w in words if w))
        self.automaton = None
        return words

    def _occurrences(self, doc: Doc) -> dict[str, list[int]]:
        """Where each word found starts, in order (`_literal_starts` of the word alone)."""
        found = doc.user_data.get("_partnership_words")
        if found is not None and found[0] is self:
            return found[1]
        if self.automaton is None and self.words:
            self.phrases = tuple(self.words)
            self.automaton = AhoCorasick(self.phrases, matchkind=MatchKind.Standard)
        starts: dict[str, list[int]] = {}
        if self.automaton is not None:
            phrases = self.phrases
            for index, start, _ in self.automaton.find_matches_as_indexes(matching_text(doc), overlapping=True):
                starts.setdefault(phrases[index], []).append(start)
            for places in starts.values():
                places.sort()  # (matches come by where they end)
        doc.user_data["_partnership_words"] = (self, starts)
        return starts

    def present(self, doc: Doc, words: tuple[str, ...]) -> tuple[str, ...]:
        """Those of `words` (added before) that stand in the Doc's matching text at all, in their order."""
        starts = self._occurrences(doc)
        return tuple([word for word in words if word in starts])

    def starts_of(self, doc: Doc, words: tuple[str, ...]) -> list[int]:
        """`_literal_starts(matching_text(doc), words)` of words added before."""
        starts = self._occurrences(doc)
        found: list[int] = []
        for word in words:
            found.extend(starts.get(word, ()))
        found.sort()
        return found


class _Facilities:
    """Facilities two sides open together (`partnership_facilities.tsv`): a hit of kind `other` at the
    noun, looked for only in the sentences naming two sides or more, on a page holding a verb."""

    def __init__(self, language: str, page_words: _PageWords) -> None:
        table = word_table(language, "partnership_facilities.tsv") if language != "zh" else {}
        self.page_words = page_words
        self.verbs = page_words.add(w for w, role in table.items() if role == "verb")
        nouns = tuple(w for w, role in table.items() if role == "noun")
        self.pattern = (
            re.compile(
                rf"\b(?:{alternation(self.verbs)})\s+(?:[\w'’-]+\s+){{0,{_FACILITY_WORDS}}}?({alternation(nouns)})\b"
            )
            if self.verbs and nouns
            else None
        )

    def in_sentences(self, doc: Doc, parties: _SideParties) -> dict[int, list[Hit]]:
        """The facility hits of each sentence naming two sides or more (by sentence index)."""
        if self.pattern is None:
            return {}
        text = matching_text(doc)
        # (where the verbs start, found once a Doc: a sentence holding none is not searched, the
        # pattern, led by `\b`, being tried at each of its characters otherwise)
        verbs = self.page_words.starts_of(doc, self.verbs)
        if not verbs:
            return {}
        spans = sentences(doc).spans
        found: dict[int, list[Hit]] = {}
        for index in parties.sentences:
            if len(parties.in_sentence[index]) < 2:
                continue
            sent = spans[index]
            if not _starts_within(verbs, sent.start_char, sent.end_char):
                continue
            hits = [
                Hit(m.start(1), m.end(1), m.group(1), "other")
                for m in self.pattern.finditer(text, sent.start_char, sent.end_char)
            ]
            if hits:
                found[index] = hits
        return found


_FACILITY_WORDS = 4  # words between the verb and the facility noun, at most ("opened a new training centre")


def _merged(hits: list[Hit], more: list[Hit]) -> list[Hit]:
    """`hits` and those of `more` that overlap none of them, in order."""
    kept = [h for h in more if not any(h.start < k.end and k.start < h.end for k in hits)]
    return sorted([*hits, *kept]) if kept else hits


class _Founders:
    """Runs of sides named together as those who founded or run something (`partnership_founders.tsv`):
    after "co-founded by" / "run by" in English, before 共同举办 / 合作举办 in Chinese, joined by list
    words only ("A, B and the C", A、B与C; in Chinese a country's name may stand before a name)."""

    def __init__(self, language: str, page_words: _PageWords) -> None:
        table = word_table(language, "partnership_founders.tsv")
        self.english = language != "zh"
        self.page_words = page_words
        self.after = tuple(w for w, where in table.items() if where.endswith("after"))
        self.before = tuple(w for w, where in table.items() if where.endswith("before"))
        self.words = page_words.add(self.after + self.before)
        self.jointly = frozenset(w for w, where in table.items() if where.startswith("jointly"))
        self.countries = frozenset(load_countries().by_word) if not self.english else frozenset()
        joiners = sorted((w for w, where in table.items() if where == "joiner"), key=len, reverse=True)
        self.joiner = re.compile("|".join(re.escape(w) for w in joiners)) if joiners else None

    def runs(self, doc: Doc, sent: Span, parties: list[_Party], jointly: bool = False) -> list[list[_Party]]:
        """The runs of founders in `sent` among `parties` that hold a Chinese and a foreign side; with
        `jointly`, only those a word of founding together introduces ("co-founded by", 共同举办: a
        government among them is a founder)."""
        on_page = self._on_page(doc)
        if not on_page:
            return []  # (the literal words of the page first, found once a Doc: few pages name founders)
        text = matching_text(doc)
        sentence = text[sent.start_char : sent.end_char]
        if not holds_any(sentence, on_page):
            return []
        ordered = sorted(parties, key=lambda p: p.span.start_char)
        runs: dict[int, list[_Party]] = {}
        for words, forward in ((self.after, True), (self.before, False)):
            for word in words:
                if word not in on_page or (jointly and word not in self.jointly):
                    continue
                for at in _places_of(sentence, word):
                    start = sent.start_char + at
                    run = self._run_at(text, ordered, start, start + len(word), forward)
                    if len(run) > 1:
                        runs.setdefault(id(run[0]), run)  # ("founded by" inside "co-founded by": one run)
        return [run for run in runs.values() if {"chinese", "foreign"} <= {_side_kind(p.known) for p in run}]

    def _on_page(self, doc: Doc) -> tuple[str, ...]:
        """The founder words that stand anywhere on the page, found once a Doc."""
        key = "_founder_words"
        found = doc.user_data.get(key)
        if found is None:
            found = doc.user_data[key] = self.page_words.present(doc, self.words)
        return found

    def _run_at(self, text: str, ordered: list[_Party], start: int, end: int, forward: bool) -> list[_Party]:
        """The parties joined to each other from the founder word at [start, end) on, in order."""
        if forward:
            after = [i for i, p in enumerate(ordered) if p.span.start_char >= end]
            if not after or not self._joined(text[end : ordered[after[0]].span.start_char]):
                return []
            i = after[0]
            run = [ordered[i]]
            while i + 1 < len(ordered) and self._joined(
                text[ordered[i].span.end_char : ordered[i + 1].span.start_char]
            ):
                i += 1
                run.append(ordered[i])
            return run
        before = [i for i, p in enumerate(ordered) if p.span.end_char <= start]
        if not before or not self._joined(text[ordered[before[-1]].span.end_char : start]):
            return []
        i = before[-1]
        run = [ordered[i]]
        while i > 0 and self._joined(text[ordered[i - 1].span.end_char : ordered[i].span.start_char]):
            i -= 1
            run.insert(0, ordered[i])
        return run

    def _joined(self, gap: str) -> bool:
        """Whether only list words (and, in Chinese, a short place name) stand between two sides."""
        rest = self.joiner.sub(" ", gap) if self.joiner is not None else gap
        if self.english:
            return not rest.strip()
        rest = "".join(rest.split())
        return not rest or rest in self.countries  # (a country's name before a name: 与英国利兹大学)


class _Reference(NamedTuple):
    """A definite description in a sentence standing for a body named before: "the delegation"
    (`visitor`: the body the delegation came from), else "the [Russian] academy" / 该协会 (the last
    body named before whose name holds one of `words`, in `country` when an adjective names one)."""

    start: int
    end: int
    visitor: bool
    words: tuple[str, ...] = ()
    country: str | None = None


class _References:
    """Pairs of a signing sentence that names one side (or none) and refers to the other by a
    definite description: "the delegation" / 代表团 / "the visitors" (the body the delegation told of
    before came from), "the academy" / "the Russian university" / 该协会 (the last body of the
    missing side named before whose name fits); on a Chinese university's own page the Chinese
    side a description leaves missing is the publisher. Each kind of description is looked for only
    where its words stand literally in the sentence."""

    def __init__(self, language: str, page_words: _PageWords) -> None:
        self.language = language
        self.english = language != "zh"
        self.page_words = page_words
        self.trip_words = word_list(language, "partnership_trip_words.txt")
        self.receptions = frozenset(word_list(language, "partnership_receptions.txt") if self.english else ())
        self.delegation_reach = _DELEGATION_REACH_EN if self.english else _DELEGATION_REACH
        self.visitor_words = page_words.add([*word_list(language, "partnership_visitor_words.txt"), *self.trip_words])
        delegations = word_table(language, "partnership_delegations.tsv")
        self.delegation_words = page_words.add(w for w, where in delegations.items() if where == "word")
        self.origin_after = tuple(w for w, where in delegations.items() if where == "after")
        self.origin_before = tuple(w for w, where in delegations.items() if where == "before")
        self.origin_led = tuple(w for w, where in delegations.items() if where == "led")
        # 会见, 接待: a host's words between a body and the delegation (Chinese: `_origin`)
        self.host_words = tuple(word_list(language, "partnership_delegation_hosts.txt")) if not self.english else ()
        heads = word_table(language, "partnership_references.tsv")
        self.heads = {head: tuple(words.split("|")) for head, words in heads.items()}
        if not self.english:  # (English heads are matched in the text as written: `_starts`)
            page_words.add(self.heads)
        self.head_pattern = (
            re.compile(rf"\b[Tt]he (?:([A-Z][a-z]+) )?({alternation(tuple(self.heads))})\b") if self.english else None
        )
        # "the Chilean delegation": the delegation told of before, from a body of that country (English
        # only: a Chinese one is named for its body, X代表团, which `_origin` reads)
        visitors = word_list(language, "partnership_country_visitors.txt") if self.english else ()
        # (`\b[Tt]he` written as `[Tt](?<!\w[Tt])he`, the same matches: a pattern that opens with a
        # character class lets the engine skip to a "t" or "T", where one opening with `\b` is tried at
        # every character; `_starts` searches the whole page: 165 -> 95 us an English bench page)
        self.country_visitors = (
            re.compile(rf"[Tt](?<!\w[Tt])he ([A-Z][a-z]+) (?:{alternation(visitors)})\b") if visitors else None
        )

    def pairs(
        self,
        doc: Doc,
        index: int,
        hits: list[Hit],
        chinese: list[_Party],
        foreign: list[_Party],
        sides: _SentenceSides,
    ) -> list[tuple[Side, Side]]:
        """The pairs of sentence `index` (trigger `hits`, sides `chinese` and `foreign`) that its
        definite descriptions complete; [] when it names both sides or refers to none."""
        sent = sides.spans[index]
        if (chinese and foreign) or not _starts_within(self._starts(doc)[0], sent.start_char, sent.end_char):
            return []  # (no description word stands in the sentence: most signing sentences hold none)
        alliances = _alliance_parties(doc).in_sentence.get(index, [])
        if not chinese and not foreign and alliances:
            chinese = [p for p in alliances if p.known.country in CHINESE]
            foreign = [p for p in alliances if p.known.country and p.known.country not in NOT_FOREIGN]
        if chinese and foreign:
            return []
        references = self._in_sentence(doc, sent, bool(foreign) and not chinese)
        if not references:
            return []
        # the description is no trigger of its own ("the delegation met X" tells no talks)
        spoken = [h for h in hits if not _within_visitor_word(h, references)]
        if not spoken:
            return []
        found = {"chinese": _distinct(chinese), "foreign": _distinct(foreign)}
        resolved = False
        for reference in sorted(references, key=lambda r: r.country is None):
            missing = [side for side, named in found.items() if not named]
            if not missing:
                break
            body = self._resolve(doc, index, reference, missing, found)
            if body is not None:
                found[_side_kind(body.known)] = [body]
                resolved = True
        if not resolved and self._trips_only(doc, references):
            return []  # ("The visit was led by X of Y": a trip word gives no pair with the publisher alone)
        if self._receives_government(spoken, found["foreign"]):
            return []
        return self._pairs_found(doc, found["chinese"], found["foreign"])

    def _receives_government(self, spoken: list[Hit], foreign: list[_Party]) -> bool:
        """Whether the sentence only receives a foreign government's delegation: a courtesy call
        between governments ("the Director of the Foreign Affairs Office met the delegation")."""
        receptions_only = all(hit.phrase in self.receptions for hit in spoken)
        return receptions_only and _has_kind(foreign, "government")

    def _trips_only(self, doc: Doc, references: list[_Reference]) -> bool:
        """Whether every description is a trip word ("the visit"), which names no side of its own."""
        if not self.trip_words:
            return False
        lowered = matching_text(doc)
        for reference in references:  # noqa: SIM110 - compiled, `all` of a generator makes one
            if lowered[reference.start : reference.end] not in self.trip_words:
                return False
        return True

    @staticmethod
    def _pairs_found(doc: Doc, chinese: list[_Party], foreign: list[_Party]) -> list[tuple[Side, Side]]:
        """The pairs of the sides found; a side alone on the own page of a body of the other side
        pairs with that publisher. An association pairs only with an association."""
        if bool(chinese) != bool(foreign):
            alone = chinese or foreign
            publisher = _publisher(doc)
            if publisher is None or (publisher.kind == "alliance") != (alone[0].known.kind == "alliance"):
                return []
            if chinese:
                other = Side.foreign_publisher(doc)
                return [(c.side(), other) for c in chinese] if other is not None else []
            own = Side.publisher(doc)
            return [(own, f.side()) for f in foreign] if own is not None else []
        return [
            (c.side(), f.side())
            for c in chinese
            for f in foreign
            if (c.known.kind == "alliance") == (f.known.kind == "alliance") and not same_facts(c.known, f.known)
        ]

    def _resolve(
        self, doc: Doc, index: int, reference: _Reference, missing: list[str], found: dict[str, list[_Party]]
    ) -> _Party | None:
        if reference.visitor:
            # ("the Chilean delegation": its country names the visit told of, however far back)
            reach = self.delegation_reach if reference.country is None else index + 1
            body = self._delegation_body(doc, index, reference.start, reach)
            if body is None or (reference.country is not None and body.known.country != reference.country):
                return None
            return body if _side_kind(body.known) in missing else None
        named = found["chinese"] + found["foreign"]
        alliance = named[0].known.kind == "alliance" if named else None
        # the last fitting body named, when its sentence names no other ("visited A and B. C signed
        # with that university" does not say which), and when it is of the side missing ("visited A.
        # Then B. C signed with that university": B, no partner of C). The bodies are read from the
        # last named back, and only as far back as that sentence: the earlier ones cannot change it.
        last: _Party | None = None
        bound = -1  # where the last fitting body's sentence starts (-1: before the first sentence)
        for p in _candidates_from_last(doc):
            if last is not None and p.start_char < bound:
                break
            if not (
                p.end_char <= reference.start
                and not _same_as_one_of(p, named)
                and (alliance is None or (p.known.kind == "alliance") == alliance)
                and (reference.country is None or p.known.country == reference.country)
                and self._fits(p.known, reference.words)
            ):
                continue
            if last is None:
                last = p
                sents = sentences(doc)
                sentence = sents.index_of(p.start_char)
                bound = sents.starts[sentence] if sentence >= 0 else -1
            elif not same_facts(p.known, last.known):
                return None  # a rival in the same sentence
        return last if last is not None and _side_kind(last.known) in missing else None

    def _fits(self, known: Facts, words: tuple[str, ...]) -> bool:
        if "*" in words:
            return True
        names = [known.text, known.display_name or ""]
        if known.entry is not None:
            names.append(known.entry.canonical_name(self.language) or "")
        text = " ".join(names).lower() if self.english else " ".join(names)
        return holds_any(text, words)

    def _in_sentence(self, doc: Doc, sent: Span, trips: bool) -> list[_Reference]:
        """The definite descriptions of `sent` that are no institution's name ("the university" on
        its own page is the publisher, named); trip words ("the visit") only when `trips` (a
        sentence naming foreign sides alone: "The trip produced agreements with A and B")."""
        visitor_words, heads, _ = self._on_page(doc)
        sentence = matching_text(doc)[sent.start_char : sent.end_char]
        found = [
            _Reference(sent.start_char + at, sent.start_char + at + len(word), True)
            for word in visitor_words
            if trips or word not in self.trip_words
            for at in _places_of(sentence, word)
        ]
        if self.english:
            text = doc_text(doc)
            if "the " in sentence:
                for match in self.head_pattern.finditer(text, sent.start_char, sent.end_char):
                    country = load_countries().code(match.group(1)) if match.group(1) else None
                    if match.group(1) and country is None:
                        continue  # ("the Capital university": no country's adjective, no description)
                    words = self.heads[match.group(2)]
                    found.append(_Reference(match.start(), match.end(), False, words, country))
            if self.country_visitors is not None:
                found.extend(self._country_visitors_in(text, sent.start_char, sent.end_char))
        else:
            found.extend(  # (a list, not a generator: compiled, a generator is an object made a sentence)
                [
                    _Reference(sent.start_char + at, sent.start_char + at + len(phrase), False, self.heads[phrase])
                    for phrase in heads
                    for at in _places_of(sentence, phrase)
                ]
            )
        if not found:
            return found
        starts, ends = institution_bounds(doc)
        return [r for r in found if not _inside_institution(starts, ends, r.start)]

    def _country_visitors_in(self, text: str, start: int, end: int) -> list[_Reference]:
        """The references "the <a country's adjective> delegation" in `text[start:end]`: to the body
        of that country a delegation told of before came from."""
        if self.country_visitors is None:
            return []
        found = []
        for match in self.country_visitors.finditer(text, start, end):
            country = load_countries().code(match.group(1))
            if country is not None:
                found.append(_Reference(match.start(), match.end(), True, country=country))
        return found

    def _on_page(self, doc: Doc) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
        """The visitor words, (Chinese) description heads and delegation words that stand anywhere
        on the page, found once a Doc: a sentence then looks only for those (most pages hold few)."""
        key = "_reference_words"
        found = doc.user_data.get(key)
        if found is None:
            present = self.page_words.present
            heads = () if self.english else present(doc, tuple(self.heads))
            visitors, delegations = present(doc, self.visitor_words), present(doc, self.delegation_words)
            if not delegations and self.trip_words:
                # (a trip word resolves only through a delegation told of: none on the page, none looked for)
                visitors = tuple(w for w in visitors if w not in self.trip_words)
            found = (visitors, heads, delegations)
            doc.user_data[key] = found
        return found

    def _starts(self, doc: Doc) -> tuple[list[int], list[int]]:
        """Where the page's description words (visitor words and heads) and its delegation words
        start, found once a Doc: a sentence holding none of them is not sliced and searched."""
        key = "_reference_starts"
        found = doc.user_data.get(key)
        if found is None:
            visitor_words, heads, delegation_words = self._on_page(doc)
            described = self.page_words.starts_of(doc, visitor_words + heads)
            if self.english:  # (the heads of "the academy" are matched in the text as written)
                text = doc_text(doc)
                described = described + _literal_starts(text, tuple(self.heads))
                described = sorted(described + [r.start for r in self._country_visitors_in(text, 0, len(text))])
            found = doc.user_data[key] = (described, self.page_words.starts_of(doc, delegation_words))
        return found

    def _delegation_body(self, doc: Doc, index: int, before: int, reach: int | None = None) -> _Party | None:
        """The body the last delegation told of up to `before` came from: "a delegation from X",
        "the X delegation", "X sent a delegation", X代表团, X副校长一行, X…率团 (looked for in the
        sentences before, nearest first, `reach` back: by default a few)."""
        sents = sentences(doc)
        spans, sentence_starts = sents.spans, sents.starts
        lowered = matching_text(doc)
        delegation_words = self._on_page(doc)[2]
        delegation_starts = self._starts(doc)[1]
        reach = self.delegation_reach if reach is None else reach
        lowest = max(index - reach, -1) + 1  # (the earliest sentence looked in)
        # (from the last delegation word before `before` to the sentence holding it, then on to the
        # one before that sentence: the sentences between hold none, and are not looked at)
        last = bisect.bisect_left(delegation_starts, before) - 1
        while last >= 0:
            i = bisect.bisect_right(sentence_starts, delegation_starts[last]) - 1
            if i < lowest:
                break
            sent = spans[i]
            last = bisect.bisect_left(delegation_starts, sent.start_char, 0, last) - 1  # (the next to look at)
            end = min(sent.end_char, before) if i == index else sent.end_char
            if not _starts_within(delegation_starts, sent.start_char, end):
                continue  # (between sentences, or only after `before`)
            # (a list comprehension sorted in place: compiled, `sorted` of a generator makes one)
            places = [
                (sent.start_char + at, sent.start_char + at + len(word))
                for word in delegation_words
                for at in _places_of(lowered[sent.start_char : end], word)
            ]
            if not places:
                continue
            places.sort()
            named = [*_side_parties(doc).in_sentence.get(i, []), *_alliance_parties(doc).in_sentence.get(i, [])]
            named.sort(key=_START_CHAR)
            for start, stop in reversed(places):
                body = self._origin(lowered, named, start, stop)
                if body is None and self.english:
                    body = self._described_origin(doc, i, stop)
                if body is not None:
                    return body
        return None

    def _described_origin(self, doc: Doc, index: int, end: int) -> _Party | None:
        """The body "a delegation from the Chinese university" came from (the delegation word ending at
        `end`, in sentence `index`): what the description after "from" refers to, as in a sentence
        that signs ("the Russian university": the last fitting body of that country named before)."""
        text = doc_text(doc)
        opener = _ORIGIN_OPENER.match(text, end)
        if opener is None:
            return None  # (most delegations are named for their body, or come from no description)
        match = self.head_pattern.match(text, opener.end())
        if match is None:
            return None
        country = load_countries().code(match.group(1)) if match.group(1) else None
        if match.group(1) and country is None:
            return None
        reference = _Reference(match.start(), match.end(), False, self.heads[match.group(2)], country)
        return self._resolve(doc, index, reference, ["chinese", "foreign"], {"chinese": [], "foreign": []})

    def _origin(self, lowered: str, named: list[_Party], start: int, end: int) -> _Party | None:
        """The body a delegation word at [start, end) comes from, among the sentence's `named`."""
        before = [p for p in named if p.end_char <= start]
        after = [p for p in named if p.start_char >= end]
        if not self.english:
            gap = lowered[before[-1].end_char : start] if before else ""
            if before and _short_plain_gap(gap) and not _holds_any_literal(gap, self.host_words):
                return before[-1]
            return None
        if after and self._leads_to_body(lowered[end : after[0].start_char]):
            return after[0]
        if before:
            gap = lowered[before[-1].end_char : start].strip()
            words = gap.split()
            if not gap or (gap.startswith(self.origin_before) and len(words) <= _GAP_WORDS):
                return before[-1]
            if self.origin_led and gap.endswith(self.origin_led) and len(words) <= _LED_GAP_WORDS:
                return before[-1]  # "X President Li Hua led a delegation"
        return None

    def _leads_to_body(self, gap: str) -> bool:
        """Whether the words between "delegation" and a body say it comes from it: "from", "of"
        and a few words ("from Pakistan's"), or "led by <a person>, <office> of"."""
        gap = gap.strip(" ,")
        opener = next((w for w in self.origin_after if gap == w or gap.startswith(w + " ")), None)
        if opener is None:
            return False
        words = gap.split()
        if len(words) <= len(opener.split()) + _GAP_WORDS - 1:
            return True
        return len(words) <= 3 * _GAP_WORDS and (gap.endswith(" of") or gap.endswith(" of the"))


_DELEGATION_REACH = 12  # sentences back in which a delegation's origin is looked for
# (English: a report of a trip runs longer, quotes and abbreviations ("Prof.", "h_da,") cutting more
# sentences, and "On Thursday, the delegation met ..." may close it twenty sentences after its lead)
_DELEGATION_REACH_EN = 20
_ORIGIN_OPENER = re.compile(r"[ \t]+from[ \t]+")  # "a delegation from the Chinese university" (`_described_origin`)
_GAP_WORDS = 4  # words between a delegation and its body, at most ("from the", "sent a high-level")
_LED_GAP_WORDS = 9  # words between a body and the delegation an official of it led ("'s Vice-President Li Hua led a")
_ZH_GAP = 10  # characters between a body and 代表团/一行 (a title and a name: 副校长约翰·史密斯)
_ZH_GAP_STOPS = frozenset("与和同跟及、，,。；;：:")
_ZH_NAME_DOTS = frozenset("·•・")  # (the dots between the parts of a transliterated name)
_TRANSLITERATED_NAME = re.compile(r"[\u4e00-\u9fff]{1,4}(?:[·•・][\u4e00-\u9fff]+)+")
_ZH_NAME_STAND_IN = "某某某"  # (a Chinese name's size)
_ZH_LED = "率"  # (率, 率领: an official leading the delegation after it)
_ZH_LED_GAP = 8  # characters between 率 and 代表团, at most (领江苏省教育: a region or group it is named for)


def _within_visitor_word(hit: Hit, references: list[_Reference]) -> bool:
    """Whether `hit` lies within a visitor word of `references` (a loop: see `_any_in`); a verb's
    phrase holding one ("met the delegation") is the host's words, no description."""
    for reference in references:
        if reference.visitor and reference.start <= hit.start and hit.end <= reference.end:
            return True
    return False


# characters before a meeting word where its visitors' subject is read ("the visiting delegation also ")
_VISITORS_REACH = 32
_SUPPORTER_REACH = 40  # characters before a side where a supporter's words are read ("and supported by the")
_CAPTION_WORDS = 12  # words of a caption line, at most (English)
_CAPTION_CHARS = 30  # characters of one, at most (Chinese)
_SENTENCE_MARKS = ".。!！?？;；:："


def _caption_line(text: str, sent: Span, english: bool) -> bool:
    """Whether `sent` is a line of its own, short and ending in no sentence mark: a photo caption
    ("Signing ceremony", "The delegation at the University of Coimbra", 签约现场)."""
    start, end = sent.start_char, sent.end_char
    line = text[start:end].strip()
    if not line or line[-1] in _SENTENCE_MARKS or line[-1] in "\"”'’)）":
        return False
    if (start > 0 and text[start - 1] != "\n") or (end < len(text) and text[end] != "\n"):
        return False
    return len(line.split()) <= _CAPTION_WORDS if english else len(line) <= _CAPTION_CHARS


def _field_words(fields: Iterable[str], triggers: dict[str, str]) -> dict[str, tuple[tuple[str, str], ...]]:
    """The trigger words inside the names of a whole field (中外合作办学 holds 合作办学), each with the
    words before and after it in those names."""
    found: dict[str, list[tuple[str, str]]] = {}
    for field in fields:
        for word in triggers:
            at = field.find(word)
            if at >= 0:
                found.setdefault(word, []).append((field[:at], field[at + len(word) :]))
    return {word: tuple(around) for word, around in found.items()}


def _inside_field_name(text: str, hit: Hit, around: tuple[tuple[str, str], ...]) -> bool:
    """Whether the words of a field's name stand around `hit` (中外 before its 合作办学)."""
    for before, after in around:
        at = hit.start - len(before)
        if at >= 0 and text.startswith(before, at) and text.startswith(after, hit.end):
            return True
    return False


def _holds_clause_mark(text: str, start: int, end: int) -> bool:
    """Whether a comma or semicolon (full-width or not) stands in `text[start:end]`."""
    for mark in "，；,;":  # noqa: SIM110 (a loop, not `any` of a generator: see `_any_in`)
        if text.find(mark, start, end) >= 0:
            return True
    return False


def _follows_word(text: str, floor: int, at: int, words: tuple[str, ...]) -> bool:
    """Whether one of `words` (lower case) ends right before `at`, past a "the", as a whole word
    not before `floor` ("with the University of X", "between A")."""
    head = text[max(floor, at - _WORD_REACH) : at].lower().rstrip()
    if head.endswith(" the") or head == "the":
        head = head[:-3].rstrip()
    for word in words:  # noqa: SIM110 (a loop, not `any` of a generator: see `_any_in`)
        if head.endswith(word) and (len(head) == len(word) or not head[-len(word) - 1].isalnum()):
            return True
    return False


def _short_plain_gap(gap: str) -> bool:
    """Whether the text between a Chinese body and 代表团/一行 leaves it the delegation's: short, in one
    clause, no second body joined (与, 和); or an official of it leading a delegation named for a
    region or a group (省教育厅副厅长沈明率江苏省教育代表团, 率江西高校代表团)."""
    if _ZH_GAP_STOPS.intersection(gap):
        return False
    if len(gap) <= _ZH_GAP:
        return True
    if _ZH_NAME_DOTS.intersection(gap):
        # a transliterated name (副校长哈立德·阿勒库瓦里率) counts as long as a Chinese one
        gap = _TRANSLITERATED_NAME.sub(_ZH_NAME_STAND_IN, gap)
        if len(gap) <= _ZH_GAP:
            return True
    led = gap.rfind(_ZH_LED)
    return 0 < led <= _ZH_GAP and len(gap) - led - len(_ZH_LED) <= _ZH_LED_GAP


def _whole_at(text: str, start: int, end: int) -> bool:
    """Whether `text[start:end]` is whole words: no letter or digit on either side."""
    return (start == 0 or not text[start - 1].isalnum()) and (end == len(text) or not text[end].isalnum())


_PARAGRAPH_REACH = 600  # characters before a sentence in which its paragraph's time is looked for
_ZH_CAMPUS_REACH = 8  # characters from a foreign side's name to 校区, at most (a city: 南昌)
_EN_CAMPUS_REACH = 40  # characters around a foreign side's name where its campus's name is read
_EN_CAMPUS_WORDS = 3  # words after it up to "Campus", at most ("Nanchang Campus", "Suzhou Dushu Lake Campus" is not)
_WORD_REACH = 24  # how far before a side `_follows_word` looks ("and a student exchange agreement with")
_VISIT_KINDS = {"talks"}  # what a sentence telling only of a visit gives
_ATTENDED_KINDS = frozenset({"talks", "other"})  # what an event attended tells ("attended the cooperation forum")


def _framed(hit: Hit, documents: set[int]) -> bool:
    """Whether `hit` is a framing document (where `documents` start) or a term of one (a programme,
    an institute) in a sentence framed by one."""
    return hit.start in documents or hit.value in TOPIC_KINDS


_HAPPENING_KINDS = frozenset({"talks", SIGNING, "agreement", "mou"})  # what happens on a day, not a standing relation
_VISIT_BEFORE_REACH = 8  # sentences back (blank ones included) in which a visit told before is looked for
_SIGNED_AFTER_REACH = 3  # sentences back in which a signing naming no side finds its pair (`_signed_after_pair`)
_SEMICOLON_RUN = 4  # sentences a list split at ";" runs on into, at most
_FRAME_REACH = 12  # characters from "under the" / 根据 to the document it frames ("Under the new memorandum")
_OPENING_REACH = 40  # characters at a sentence's start where "At the opening ceremony" / 开幕式上 stands


def _named_after_semicolons(
    doc: Doc, index: int, party: _Party, is_chinese: bool, sides: _SentenceSides
) -> list[tuple[Side, Side]]:
    """A list of signatories split at ";" into sentences ("... was signed by A, Vice-Principal of
    the University; and B, Vice President of C."): `party` (named alone in sentence `index`) and the
    sides of the other kind named in the sentences the list runs on into, none of `party`'s kind."""
    text = doc_text(doc)
    others: list[_Party] = []
    at = index
    while at + 1 < len(sides.spans) and at - index < _SEMICOLON_RUN:
        sent = sides.spans[at]
        if not text[sent.start_char : sent.end_char].rstrip().endswith((";", "；")):
            break
        at += 1
        next_chinese, next_foreign = sides.of(at)
        if next_chinese if is_chinese else next_foreign:
            return []  # another side of the same kind: who signed with whom is not told
        others.extend(next_foreign if is_chinese else next_chinese)
    others = _distinct(others)
    return [(party.side(), o.side()) if is_chinese else (o.side(), party.side()) for o in others]


def _refers_before(side_anaphors: _Anaphors, sent: Span, foreign: list[_Party]) -> bool:
    """Whether a side anaphor (该校) stands in `sent` before its first foreign side: "该校还与X签署"
    refers back to a Chinese side; after it ("走访X，受到该校副校长接待") it is X itself."""
    finder = side_anaphors.of(sent)
    if finder is None:
        return False
    # (loops: compiled, `min` or `any` of a generator makes one, and signing sentences ask)
    first = foreign[0].start_char
    for party in foreign:
        if party.start_char < first:
            first = party.start_char
    for hit in finder(sent.start_char, sent.end_char):  # noqa: SIM110
        if hit.start < first:
            return True
    return False


def _names_side_unknown(doc: Doc, sent: Span) -> bool:
    """Whether `sent` names an institution of a side's kind whose side is unknown (no country)."""
    named = _side_parties(doc).in_sentence.get(sentences(doc).index_of(sent.start_char), [])
    for party in named:  # noqa: SIM110 - compiled, `any` of a generator makes one
        if _side_kind(party.known) == "neither":
            return True
    return False


def _side_kind(known: Facts) -> str:
    """Which side a body can be: "chinese", "foreign" or "neither" (no country, no university)."""
    return "chinese" if known.country in CHINESE else "foreign" if _may_be_foreign(known) else "neither"


def _holds_words(doc: Doc, sent: Span, words: tuple[str, ...]) -> bool:
    """Whether one of `words` stands in `sent`'s matching text (whole words in English)."""
    sentence = matching_text(doc)[sent.start_char : sent.end_char]
    for word in words:  # noqa: SIM110 - compiled, `any` of a generator makes one
        if word in sentence and _places_of(sentence, word):
            return True
    return False


def _has_country(parties: list[_Party], country: str | None) -> bool:
    """Whether one of `parties` is of `country` (a loop: see `_any_in`)."""
    for party in parties:  # noqa: SIM110
        if party.known.country == country:
            return True
    return False


def _has_kind(parties: list[_Party], kind: str) -> bool:
    """Whether one of `parties` is of `kind` (a loop: see `_any_in`)."""
    for party in parties:  # noqa: SIM110
        if party.known.kind == kind:
            return True
    return False


def _any_value(hits: list[Hit], value: str) -> bool:
    """Whether one of `hits` has `value` (a loop: see `_any_in`)."""
    for hit in hits:  # noqa: SIM110
        if hit.value == value:
            return True
    return False


def _all_value(hits: list[Hit], value: str) -> bool:
    """Whether every one of `hits` has `value` (a loop: see `_any_in`)."""
    for hit in hits:  # noqa: SIM110
        if hit.value != value:
            return False
    return True


def _any_phrase_in(hits: list[Hit], phrases: set[str] | frozenset[str]) -> bool:
    """Whether one of `hits` is of one of `phrases` (a loop: see `_any_in`)."""
    for hit in hits:  # noqa: SIM110
        if hit.phrase in phrases:
            return True
    return False


def _same_as_one_of(party: _Party, parties: list[_Party]) -> bool:
    """Whether `party` is the institution of one of `parties` (a loop: see `_any_in`)."""
    for other in parties:  # noqa: SIM110
        if same_facts(party.known, other.known):
            return True
    return False


def _overlapped_sentences(starts: list[int], ranges: Spans) -> set[int]:
    """`Sentences.overlapping` of ranges in order (a Doc's trigger phrases), each looked up from
    where the one before stands: its array operations' fixed cost is more than a page's few dozen."""
    found: set[int] = set()
    first = 0  # the sentence holding the range's start (the first, for a start before it)
    count = len(starts)
    bound = -1  # where the sentence after the last one added starts
    for start, end in zip(ranges.starts, ranges.ends, strict=True):
        if end <= bound:
            continue  # (no later start: within sentences added already, as most of a sentence's phrases are)
        first = max(bisect.bisect_right(starts, start, first) - 1, 0)
        through = bisect.bisect_right(starts, end - 1, first) - 1  # (holding the range's last character)
        if through <= first:
            found.add(first)  # (most phrases stand in one sentence)
            through = first
        else:
            found.update(range(first, through + 1))
        bound = starts[through + 1] if through + 1 < count else _PAST_ANY_TEXT
    return found


_PAST_ANY_TEXT = 1 << 62  # (a bound no character offset reaches)


def _literal_starts(text: str, words: Iterable[str]) -> list[int]:
    """Where each of `words` starts in `text`, overlapping occurrences included, in order: every
    place `_places_of` finds in a slice of `text` is one of them (a prefilter for slices)."""
    starts = []
    for word in words:
        at = text.find(word)
        while at != -1:
            starts.append(at)
            at = text.find(word, at + 1)
    starts.sort()
    return starts


def _starts_within(starts: list[int], start: int, end: int) -> bool:
    """Whether one of the sorted `starts` lies in [start, end)."""
    i = bisect.bisect_left(starts, start)
    return i < len(starts) and starts[i] < end


def _places_of(text: str, word: str) -> list[int]:
    """Where `word` starts in `text` (`str.find`; whole words in English)."""
    places = []
    at = text.find(word)
    while at != -1:
        end = at + len(word)
        whole = not word[0].isascii() or (
            (at == 0 or not text[at - 1].isalnum()) and (end == len(text) or not text[end].isalnum())
        )
        if whole:
            places.append(at)
        at = text.find(word, end)
    return places


def _inside_institution(starts: list[int], ends: list[int], at: int) -> bool:
    i = bisect.bisect_right(starts, at) - 1
    return i >= 0 and at < ends[i]


class _KindReading:
    """The kind a sentence gives each of its pairs (see the module docstring)."""

    def __init__(
        self,
        doc: Doc,
        sent: Span,
        topics: list[tuple[int, int]],
        parties: list[_Party],
        documents: set[str],
        institutes: tuple[list[int], list[int]],
    ) -> None:
        """`documents`: the kinds of the documents the sentence names, else the sentence before;
        `institutes`: where the Doc's joint institutes stand (`_joint_institutes`)."""
        self.doc, self.sent, self.topics, self.institutes = doc, sent, topics, institutes
        self.parties = parties  # (in order of mention once `kinds` reads sides' own stretches)
        self.signed = _strongest(documents) or "other"
        self.relative_clauses: list[tuple[int, int]] = []  # (", which signed an MoU in 2019,": set by the caller)
        self.many: set[int] = set()  # the sides (ids) the sentence names several of
        self.topical: set[int] = set()  # where the hits that are topics start (set by `kinds`)
        self.other_parties: dict[int, list[_Party]] = {}  # `_others` by side (id), each read once
        self.between_words: tuple[str, ...] = ()  # ("between": `partnership_between_words.txt`)
        self.documents_follow = False  # (Chinese: 与B签署X, the document after its side)
        self.respectively: tuple[str, ...] = ()  # ("respectively", 分别: `partnership_respectively.txt`)
        self.document_topics: list[tuple[int, int]] = []  # (the topics of talks a document may be: set by the caller)
        self.generic_cooperation: frozenset[str] = frozenset()  # ("cooperation", 合作: set by the caller)
        self.gapped_joiners: frozenset[str] = frozenset()  # ("with": `partnership_gapped_joiners.txt`, English)

    def kinds(
        self,
        hits: list[Hit],
        chinese: list[_Party],
        foreign: list[_Party],
        list_kinds: set[str],
        pair_words: Sequence[int] = (),
    ) -> Callable[[Side, Side], str | None]:
        """The kind of each pair (Chinese side, foreign side): read in the own stretch of its side
        on the side the sentence names several of (foreign ones, else Chinese ones: "discussed its
        joint programme with A and its agreement with B"), in the whole sentence otherwise (and
        for a side named before it). `pair_words`: where the pair anaphors (两校, "both") start:
        one after the last side makes what follows it every pair's (到访A和B，并与两校分别签署协议)."""
        start, end = self.sent.start_char, self.sent.end_char
        # (once per sentence, not once per stretch read; a sentence's hits do not overlap)
        if self.topics:
            self.topical = {h.start for h in hits if h.value in TOPIC_KINDS and self._in_topic(h)}
            if self.document_topics and _unsigned_documents({h.value for h in hits}):
                # a document no word signs, after "consultations on": a topic of the talks
                self.topical |= {h.start for h in hits if h.value in DOCUMENT_KINDS and self._in_document_topic(h)}
        whole = self._kind_in(hits, start, end) or _strongest(self._signed_named(list_kinds))
        if not hits:
            return lambda *pair: whole
        distinct_foreign = _distinct(foreign)
        many, position = (distinct_foreign, 1) if len(distinct_foreign) > 1 else (_distinct(chinese), 0)
        if len(many) < 2:
            return lambda *pair: whole
        self.many = {id(p) for p in (foreign if position else chinese)}
        self.parties = sorted(self.parties, key=lambda p: p.start_char)
        own = [self._own_kind(hits, party) for party in many]
        if self.documents_follow and None in own:
            # A与B、C与D分别签署X: B, whose own words name nothing, signed X after its list
            own = [
                kind if kind is not None else self._kind_after_list(hits, party, self._others(party))
                for kind, party in zip(own, many, strict=True)
            ]
        if self.gapped_joiners and None in own:
            own = self._gapped_kinds(own, many)
        last_end = _last_end(self.parties)
        # words before the first side or after the last speak of every pair ("The agreements were
        # between A and B, C and D"; A与B、C与D分别签署…协议)
        ends = (
            self._kind_in(hits, start, self.parties[0].start_char),
            self._kind_in(hits, last_end, end),
        )
        # (a side no words of its own speak of, in a sentence telling only talks, had talks too)
        head = _strongest({k for k in ends if k}) or ("talks" if whole == "talks" else "other")
        continues = [self._follows_one_of_many(party) for party in many]
        kinds = _shared_in_lists(own, continues)
        if ends[1] is not None and not self.documents_follow and many[-1] is self.parties[-1]:
            kinds = _closing_list_words(kinds, own, continues, ends[1])
        if ends[1] is not None and pair_words and max(pair_words) >= last_end:
            kinds = [_strongest({ends[1], kind} - {None}) for kind in kinds]
        if self.respectively:
            kinds = self._documents_respectively(hits, many) or kinds
        by_side = {_side_key(p.side()): kind or head for p, kind in zip(many, kinds, strict=True)}
        every = foreign if position else chinese
        if len(every) > len(many):
            # a side named again further on (先后访问了A、B，并与A签署协议): the words of each mention
            self._again(hits, every, many, by_side)
        return lambda *pair: by_side.get(_side_key(pair[position]), whole)

    def _again(self, hits: list[Hit], every: list[_Party], many: list[_Party], by_side: dict) -> None:
        """`by_side` with the strongest kind of each side's every mention in `every` (its first in `many`)."""
        firsts = {id(p) for p in many}
        for party in every:
            if id(party) in firsts:
                continue
            kind = self._own_kind(hits, party)
            key = _side_key(party.side())
            if kind is not None and key in by_side:
                by_side[key] = _strongest({by_side[key], kind})

    def _gapped_kinds(self, own: list[str | None], many: list[_Party]) -> list[str | None]:
        """`own` with the kind of the clause before for a side of a gapped clause, which writes no
        verb ("A signed an MoU with B, C with D, and E with Zambia's F": D and F signed MoUs too):
        its partner follows the side of the clause before after a list mark, and it follows its
        partner after a joining word (`partnership_gapped_joiners.txt`), a few words between."""
        text = doc_text(self.doc)
        kinds = list(own)
        for at in range(1, len(many)):
            if kinds[at] is not None or kinds[at - 1] is None:
                continue
            party, earlier = many[at], many[at - 1]
            before = [
                p for p in self._others(party) if earlier.end_char <= p.start_char and p.end_char <= party.start_char
            ]
            if len(before) != 1 or id(before[0]) in self.many:
                continue  # (one partner, of the other side, between the two: "B, C with D")
            partner = before[0]
            if _gap_joins_lists(text[earlier.end_char : partner.start_char]) and self._gap_opens_with_joiner(
                text[partner.end_char : party.start_char]
            ):
                kinds[at] = kinds[at - 1]
        return kinds

    def _gap_opens_with_joiner(self, gap: str) -> bool:
        """Whether `gap` (between a side and its partner) is a joining word and a few words more, no
        clause mark ("with", "with the", "with Zambia's")."""
        words = gap.split()
        return (
            0 < len(words) <= _GAP_JOINER_WORDS
            and words[0].lower() in self.gapped_joiners
            and not _holds_clause_mark(gap, 0, len(gap))
        )

    def _documents_respectively(self, hits: list[Hit], many: list[_Party]) -> list[str | None] | None:
        """The documents of a list of sides, in order, when the sentence names as many documents of
        more than one kind together, all before the list's first side or all after its last, and
        says "respectively" (分别): "signed an agreement and an MoU with A and B respectively",
        与A、B分别签署合作协议和合作备忘录. None otherwise."""
        first, last = many[0].start_char, many[0].end_char
        for party in many:  # (a loop: compiled, min() of a generator would build one)
            first, last = min(first, party.start_char), max(last, party.end_char)
        before: list[str] = []
        after: list[str] = []
        for hit in hits:
            if hit.value in DOCUMENT_KINDS:
                if hit.end <= first:
                    before.append(hit.value)
                elif hit.start >= last:
                    after.append(hit.value)
        if not before and not after:
            return None
        documents = after or before
        if (after and before) or len(documents) != len(many) or len(set(documents)) < 2:
            return None
        return documents if _holds_words(self.doc, self.sent, self.respectively) else None

    def _others(self, party: _Party) -> list[_Party]:
        """The sides that are not `party`'s institution (asked twice per side: one look at them all)."""
        others = self.other_parties.get(id(party))
        if others is None:
            others = self.other_parties[id(party)] = [p for p in self.parties if not same_facts(p.known, party.known)]
        return others

    def _own_kind(self, hits: list[Hit], party: _Party) -> str | None:
        """The kind the words around a side give it: those from the side named before it ("A
        signed an MoU with B"), else those after it up to the next side ("B agreed to launch a
        programme, and A ..."), past its partner named right after it ("B and A signed an MoU");
        not those before a side of its own kind named next: they are that one's ("with B, and an
        MoU with C")."""
        if self._names_joint_institute(party.start_char, party.end_char):
            return "joint_institute"  # (a side standing where its joint institute is named: the pair runs it)
        others = self._others(party)
        before = [p for p in others if p.end_char <= party.start_char]
        if self.documents_follow and before and id(before[-1]) in self.many:
            # 与B签订X，并与C续签Y: what stands between B and C is B's; C's follows it (or is the
            # list's it stands in: 与C、D签署Y)
            return self._kind_up_to_next(hits, party, others)
        left = before[-1].end_char if before else self.sent.start_char
        if before and id(before[-1]) not in self.many and self._stands_for_parent(before[-1]):
            left = before[-1].start_char  # ("the X College at A, launched with B": the institute is A and B's)
        kind = self._kind_in(hits, left, party.start_char)
        if kind == "talks" and self.documents_follow:
            # 代表团访问…成果：与B签署X，与C…: a visit before B, the document B signed after it
            after = self._kind_up_to_next(hits, party, others)
            if after is None:
                # 会见后，A、B与C签署X: A is one of a list that signed X after its last side
                after = self._kind_after_list(hits, party, others)
            return _strongest({kind, after or kind})
        if kind is not None:
            return kind
        if before and self.between_words and id(before[-1]) not in self.many:
            kind = self._kind_before_between(hits, before)
            if kind is not None:
                return kind
        after = [p for p in others if p.start_char >= party.end_char]
        if after and before and id(before[-1]) in self.many:
            # ("A signed agreements with B and C, during a visit by a delegation of A": A named again after
            # a list is no partner named right after its last side)
            after = [p for p in after if not any(same_facts(p.known, b.known) for b in before)]
        if not after:
            if before and id(before[-1]) in self.many and not self.documents_follow:
                return None  # the last of a list ("with A and B, launching ..."): the words after are the list's
            return self._kind_in(hits, party.end_char, self.sent.end_char)
        if id(after[0]) in self.many:
            # (Chinese: 与B签订X，并与C…: X, between B and C, is B's; "with B, and an MoU with C": C's)
            return self._kind_in(hits, party.end_char, after[0].start_char) if self.documents_follow else None
        partner = after[0]
        if _any_hit_within(hits, party.end_char, partner.start_char):
            return self._kind_in(hits, party.end_char, partner.start_char)
        beyond = [p for p in after if not same_facts(p.known, partner.known)]
        right = beyond[0].start_char if beyond else self.sent.end_char
        return self._kind_in(hits, party.end_char, right)

    def _kind_up_to_next(self, hits: list[Hit], party: _Party, others: list[_Party]) -> str | None:
        """The kind the words after `party` give, up to the next side named (or the sentence's end)."""
        right = self.sent.end_char
        for other in others:  # (in order of mention)
            if other.start_char >= party.end_char:
                right = other.start_char
                break
        return self._kind_in(hits, party.end_char, right)

    def _kind_after_list(self, hits: list[Hit], party: _Party, others: list[_Party]) -> str | None:
        """The document signed in the clause after the last side of the list `party` opens (sides
        joined by list marks only: A、B与C签署X, X is A's as much as C's); None when no side follows
        in the list or no document follows it (a visit to A和B，并出席…论坛)."""
        text = doc_text(self.doc)
        last = party
        for other in others:  # (in order of mention)
            if other.start_char < party.end_char:
                continue
            if not _list_gap_zh(text[last.end_char : other.start_char].strip()):
                break  # (the list ends: what follows its last side is read)
            last = other
        if last is party:
            return None
        end = _clause_end(text, last.end_char, self.sent.end_char)
        kind = self._kind_in(hits, last.end_char, end)
        return kind if kind in DOCUMENT_KINDS else None

    def _kind_before_between(self, hits: list[Hit], before: list[_Party]) -> str | None:
        """The kind of the document named right before "between" its partner and it ("an MoU
        between A and B and an agreement between C and D": B's is the MoU, not the agreement that
        follows it). `before`: the sides named before it, its partner last, joined to it by "and"."""
        partner = before[-1]
        text = doc_text(self.doc)
        if not _follows_word(text, self.sent.start_char, partner.start_char, self.between_words):
            return None
        left = before[-2].end_char if len(before) > 1 else self.sent.start_char
        return self._kind_in(hits, left, partner.start_char)

    def _follows_one_of_many(self, party: _Party) -> bool:
        """Whether the side named just before `party` is of its own kind: "with A, B and C"."""
        before = [p for p in self._others(party) if p.end_char <= party.start_char]
        if not before or id(before[-1]) not in self.many:
            return False
        # (Chinese: 与B签署X，与C、D…: past a clause mark C starts a list of its own)
        return not self.documents_follow or not _holds_clause_mark(
            doc_text(self.doc), before[-1].end_char, party.start_char
        )

    def _kind_in(self, hits: list[Hit], start: int, end: int) -> str | None:
        inside = [h for h in hits if start <= h.start and h.end <= end]
        kinds = {h.value for h in inside if h.start not in self.topical}
        clauses = self.relative_clauses  # (nearly always none: no call then)
        if kinds & DOCUMENT_KINDS and (not clauses or _document_outside(inside, clauses)):
            kinds -= {"joint_program", "joint_institute"}  # what the signed document is about
        kinds = self._signed_named(kinds)
        if "talks" in kinds and "other" in kinds and self._others_generic(inside):
            kinds.discard("other")  # ("held talks on cooperation": the talks' topic)
        if self._names_joint_institute(start, end):
            kinds.add("joint_institute")
        if not kinds:
            # only topics: the pair spoke of cooperating ("就联合培养进行了会谈")
            return "talks" if inside else None
        return _strongest(kinds)

    def _others_generic(self, hits: list[Hit]) -> bool:
        """Whether every hit of kind `other` among `hits` (not a topic) is a bare word for cooperation."""
        for hit in hits:
            if hit.value == "other" and hit.start not in self.topical and hit.phrase not in self.generic_cooperation:
                return False
        return True

    def _signed_named(self, kinds: set[str]) -> set[str]:
        """`kinds` with a bare signing ("signed one", "signed with") read as the document named."""
        if SIGNING not in kinds:
            return kinds
        rest = kinds - {SIGNING}
        return rest if rest & DOCUMENT_KINDS else rest | {self.signed}

    def _in_document_topic(self, hit: Hit) -> bool:
        for start, end in self.document_topics:  # noqa: SIM110 (a loop: see `_in_topic`)
            if start <= hit.start < end:
                return True
        return False

    def _in_topic(self, hit: Hit) -> bool:
        for start, end in self.topics:  # noqa: SIM110 (a loop, not `any` of a generator: see `_any_in`)
            if start <= hit.start < end:
                return True
        return False

    def _names_joint_institute(self, start: int, end: int) -> bool:
        starts, ends = self.institutes
        return _range_within(starts, ends, start, end)

    def _stands_for_parent(self, party: _Party) -> bool:
        """Whether `party` is a Chinese parent standing where its joint institute is named
        (`_parents_named_in_institutes`)."""
        return party.known.country in CHINESE and self._names_joint_institute(party.start_char, party.end_char)


_LIST_GAPS_ZH = frozenset({"、", "与", "和", "同", "及", "以及", ""})  # between two sides of one list
_GAP_JOINER_WORDS = 3  # words from a gapped clause's joining word to its side, at most ("with Zambia's")
_GAP_LIST_WORDS = 4  # words between a clause's last side and the next gapped clause, at most ("in Kenya, and")
_GAP_LIST_MARKS = frozenset({",", ";"})


def _gap_joins_lists(gap: str) -> bool:
    """Whether `gap` ends one clause of a list and opens the next: a comma or "and", a few words
    at most ("in Kenya, and"), no full stop."""
    words = gap.split()
    if len(words) > _GAP_LIST_WORDS or "." in gap:
        return False
    return any(mark in gap for mark in _GAP_LIST_MARKS) or (bool(words) and words[-1] == "and")


def _list_gap_zh(gap: str) -> bool:
    """Whether `gap` joins two sides of one list: a list mark, and perhaps the country written
    before the second name (、泰国 of 南宁职业技术学院、泰国大城技术学院)."""
    if gap in _LIST_GAPS_ZH:
        return True
    mark = next((m for m in ("以及", *_LIST_GAPS_ZH) if m and gap.startswith(m)), "")
    return bool(mark) and load_countries().code(gap[len(mark) :]) is not None


def _any_phrase_of(hits: list[Hit], phrases: frozenset[str]) -> bool:
    """Whether one of `hits` is one of `phrases` (as matched: lower case in English)."""
    for hit in hits:  # noqa: SIM110 (a loop: see `_any_in`)
        if hit.phrase in phrases:
            return True
    return False


def _documents_named(hits: list[Hit]) -> set[str]:
    """The kinds of signed documents `hits` name (empty: a signing's document the page never names)."""
    return {h.value for h in hits if h.value in DOCUMENT_KINDS}


def _document_outside(hits: list[Hit], clauses: list[tuple[int, int]]) -> bool:
    """Whether one of `hits` naming a signed document stands outside every clause of `clauses`."""
    for hit in hits:  # noqa: SIM110 (a loop: see `_any_in`)
        if hit.value in DOCUMENT_KINDS and not within_any(hit.start, clauses):
            return True
    return False


def _last_end(parties: list[_Party]) -> int:
    """Where the last ending of `parties` (not empty) ends (a loop: see `_any_in`)."""
    last = parties[0].end_char
    for party in parties:
        if party.end_char > last:
            last = party.end_char
    return last


def _any_hit_within(hits: list[Hit], start: int, end: int) -> bool:
    """Whether one of `hits` stands wholly in [start, end) (a loop: see `_any_in`)."""
    for hit in hits:  # noqa: SIM110
        if start <= hit.start and hit.end <= end:
            return True
    return False


def _names_joint_institute(doc: Doc, start: int, end: int) -> bool:
    """Whether a joint institute of the Doc stands wholly in [start, end)."""
    starts, ends = _joint_institutes(doc)
    return _range_within(starts, ends, start, end)


def _visits_joint_institute(doc: Doc, sent: Span) -> bool:
    """Whether `sent` names a joint institute of the Doc right after a visit's verb ("visited UNNC")."""
    starts, _ = _joint_institutes(doc)
    first = bisect.bisect_left(starts, sent.start_char)
    text, visited = doc_text(doc), _visited_before()
    for start in starts[first : bisect.bisect_left(starts, sent.end_char, first)]:
        if visited.search(text, max(sent.start_char, start - 16), start):
            return True
    return False


@functools.cache
def _visited_before() -> re.Pattern[str]:
    """A word of `en/partnership_visited_joint_institutes.txt` (and "the") ending where a name starts."""
    words = word_list("en", "partnership_visited_joint_institutes.txt")
    return re.compile(rf"\b(?:{alternation(words)})(?: the)? $")


def _range_within(starts: list[int], ends: list[int], start: int, end: int) -> bool:
    """Whether the first of the ranges (`starts`, `ends`, in order) starting at or after `start` ends by `end`."""
    first = bisect.bisect_left(starts, start)
    return first < len(starts) and starts[first] < end and ends[first] <= end


def _parents_named_in_institutes(doc: Doc, sent: Span) -> list[_Party]:
    """The Chinese parents of the joint institutes a sentence names, as sides standing where the
    institute does: a Chinese institution of the Doc whose name is inside the institute's
    ("the Oulu Joint Institute ... at Changsha University of Science and Technology", 南昌大学玛丽女王学院)."""
    starts, ends = _joint_institutes(doc)
    if not starts:
        return []  # (most pages name no joint institute)
    first = bisect.bisect_left(starts, sent.start_char)
    last = bisect.bisect_left(starts, sent.end_char, first)  # (one starting at the end or past it ends past it)
    inside = [(s, e) for s, e in zip(starts[first:last], ends[first:last], strict=True) if e <= sent.end_char]
    if not inside:
        return []
    text = doc_text(doc)
    known_chinese = doc.user_data.get("_known_chinese_parties")  # (the Doc's, read once)
    if known_chinese is None:
        known_chinese = doc.user_data["_known_chinese_parties"] = [
            p for p in _side_parties(doc).every if p.known.country in CHINESE and len(p.known.text) > 1
        ]
    parents = []
    for start, end in inside:
        institute = text[start:end]
        if _university_of_its_own(institute, doc.lang_):
            continue  # (a joint-venture university, "Xi'an Jiaotong-Liverpool University", signs for itself)
        named = [p for p in known_chinese if p.known.text in institute]
        if not named:  # ("Leeds College at X University", its parent named nowhere else on the page)
            named = _nested_in(doc, start, end, foreign=False)
        if named:
            parent = max(named, key=lambda p: len(p.known.text))
            party = _Party(doc.char_span(start, end, alignment_mode="expand"), parent.known)
            party._side = parent.side()
            parents.append(party)
    return parents


def _university_of_its_own(name: str, language: str) -> bool:
    """Whether a joint institute's `name` makes it a university ("Xi'an Jiaotong-Liverpool University",
    "University of Nottingham Ningbo China", 宁波诺丁汉大学), a joint-venture university that is an
    institution of its own, not a unit its Chinese parent runs ("Queen Mary School of Nanchang
    University", 南昌大学玛丽女王学院): by its head words (`institution_heads.tsv`), every one of an
    English name a university's, the ending of a Chinese one."""
    if language == "zh":
        return name.endswith(_university_heads(language))
    heads = word_table(language, "institution_heads.tsv")
    # (every head word a university's: "University of X Joint Institute at Y" is an institute)
    kinds = {heads[word] for word in re.split(r"[\s-]+", name) if word in heads}
    return kinds == {"university"}


@functools.cache
def _university_heads(language: str) -> tuple[str, ...]:
    """The head words of a university's name (`institution_heads.tsv`), read once: a joint institute's
    name is tested by one `str.endswith` of them, not by a walk over the whole table."""
    return tuple(head for head, kind in word_table(language, "institution_heads.tsv").items() if kind == "university")


def _from_parents_in_names(doc: Doc, stated: set[tuple[str, str]]) -> list[_Found]:
    """The pairs of the parents a joint institute's own name names, for an institute the gazetteer
    gives no parents ("the A University-B Institute Joint Institute", "B College at A University"):
    `joint_institute`, as a gazetteer entry's parents are. A sentence telling the institute's
    founding, opening or approval is a happening of the pair: the day the event extractor gives it
    is theirs. A name only mentioned (in a list, a report) makes no pair of its own; it makes one the
    page states (`stated`: the keys of the pairs read) `joint_institute`, keeping its day."""
    starts, ends = _joint_institutes(doc)
    if not starts:
        return []  # (most pages name no joint institute)
    linked = doc.user_data.get("_linked_institutes")
    if linked is None:
        linked = linked_joint_institutes(doc)
    listed = {(span.start_char, span.end_char) for span, _ in linked}
    made = []
    for start, end in zip(starts, ends, strict=True):
        if (start, end) in listed:
            continue  # (the gazetteer's parents: `_from_joint_institutes`)
        parents = _parents_in_name(doc, start, end)
        if parents is None:
            continue
        chinese, foreign = parents[0].side(), parents[1].side()
        founding, day = _founding_day(doc, start, doc_text(doc)[start:end])
        if not founding and _ref_pair_key(chinese, foreign) not in stated:
            continue
        evidence = evidence_fields(doc, start, end)
        made.append(_Found(chinese.ref, foreign.ref, foreign.country, "joint_institute", day, False, evidence))
    return made


def _lists_apart(chinese: list[_Party], foreign: list[_Party]) -> bool:
    """Whether every side of one list stands before every side of the other (no side of one between
    two of the other)."""
    return (
        max(c.end_char for c in chinese) <= min(f.start_char for f in foreign)
        or max(f.end_char for f in foreign) <= min(c.start_char for c in chinese)
    )


def _not_read_before(read: list[_Found], found: list[_Found]) -> list[_Found]:
    """The pairs of `read` that are none of `found`'s."""
    known = {pair.key() for pair in found}
    return [pair for pair in read if pair.key() not in known]


def _clause_index(text: str, start: int, at: int) -> int:
    """How many clause marks stand in text[start:at]."""
    return len(_CLAUSE_END.findall(text, start, at))


def _pairs_in_clause(pairs: list[tuple[_Party, _Party]], clauses: list[int], chinese: _Party, clause: int) -> bool:
    """Whether `chinese` pairs with a foreign side standing in its own clause `clause`."""
    for (side, _), at in zip(pairs, clauses, strict=True):  # noqa: SIM110 (compiled: no generator)
        if side is chinese and at == clause:
            return True
    return False


def _all_governments(parties: list[_Party]) -> bool:
    return all(party.known.kind == "government" for party in parties)


def _first_of(text: str, words: tuple[str, ...], start: int, end: int) -> int:
    """Where the first of `words` stands in text[start:end]; -1 when none does."""
    first = -1
    for word in words:
        at = text.find(word, start, end)
        if at >= 0 and (first < 0 or at < first):
            first = at
    return first


def _ref_pair_key(chinese: Side, foreign: Side) -> tuple[str, str]:
    """`_Found.key` of a pair of these sides."""
    return (chinese.ref.canonical_id or chinese.ref.name, foreign.ref.canonical_id or foreign.ref.name)


def _events(doc: Doc) -> list:
    """`doc._.events`, read once a Doc (an extension attribute costs a lookup chain)."""
    key = "_partnership_events"
    found = doc.user_data.get(key)
    if found is None:
        found = doc.user_data[key] = doc._.events or []
    return found


_FOUNDING_EVENTS = frozenset({"establishment", "approval"})  # an institute's happenings that show its parents at work


def _founding_day(doc: Doc, at: int, name: str) -> tuple[bool, str | None]:
    """Whether the sentence holding `at` tells a founding, opening or approval (an event the event
    extractor read there), or a happening of the institute `name` itself (an event named for it: "the
    first meeting of the X Institute's joint management committee"), and the latest day it gives one
    (None: a background one, "approved in 2014", or none)."""
    sents = sentences(doc)
    sent = sents.spans[max(sents.index_of(at), 0)]
    told, day = False, None
    for event in _events(doc):
        if not sent.start_char <= event.evidence.start < sent.end_char:
            continue
        if event.kind in _FOUNDING_EVENTS or (event.name is not None and name in event.name):
            told = True
            if event.date is not None and (day is None or event.date > day):
                day = event.date
    return told, day


def _parents_in_name(doc: Doc, start: int, end: int) -> tuple[_Party, _Party] | None:
    """The Chinese and the foreign institution named inside the joint institute's name at [start, end):
    those the resolver read inside it, else those the page names elsewhere whose names stand in it
    (the longest of each side); None unless both are."""
    name = doc_text(doc)[start:end]
    sides = _side_parties(doc).every
    chinese = _nested_in(doc, start, end, foreign=False) or _named_within(name, sides, foreign=False)
    foreign = _nested_in(doc, start, end, foreign=True) or _named_within(name, sides, foreign=True)
    if not chinese or not foreign:
        return None
    parent = max(chinese, key=lambda p: len(p.known.text))
    partner = max(foreign, key=lambda p: len(p.known.text))
    return None if same_facts(parent.known, partner.known) else (parent, partner)


def _named_within(name: str, parties: list[_Party], foreign: bool) -> list[_Party]:
    """The Chinese (or, with `foreign`, foreign) `parties` whose names stand in `name` (whole words)."""
    return [
        p
        for p in parties
        # (a substring test first: most of a page's institutions are not in the name, no call for them)
        if p.known.text in name
        and ((p.known.country not in (None, *NOT_FOREIGN)) if foreign else (p.known.country in CHINESE))
        and len(p.known.text) > 1
        and _places_of(name, p.known.text)
    ]


def _nested_in(doc: Doc, start: int, end: int, foreign: bool) -> list[_Party]:
    """The Chinese (or, with `foreign`, foreign) institutions the resolver read inside [start, end)
    (`institutions_all` keeps the bodies nested in a joint institute's name), as parties, in the
    group's order."""
    starts, rows = _nested_rows(doc)
    found = []
    # (only those starting in the range, by bisect: not a walk over every institution of the page)
    for at in range(bisect.bisect_left(starts, start), bisect.bisect_left(starts, end)):
        row = rows[at]
        place, span_end, fact = row[0], row[1], row[4]
        if (
            span_end <= end
            and (place, span_end) != (start, end)
            and ((fact.country not in (None, *NOT_FOREIGN)) if foreign else (fact.country in CHINESE))
        ):
            found.append(row)
    if len(found) > 1:
        found.sort(key=operator.itemgetter(2))  # (the group's order, for a group not sorted by start)
    return [_Party(span, fact, (place, span_end)) for place, span_end, _, span, fact in found]


def _nested_rows(doc: Doc) -> tuple[list[int], list[tuple[int, int, int, Span, Facts]]]:
    """The institutions of `institutions_all` of more than one character, as (start, end, place in
    the group, span, facts) in order of start, with their starts: read once a Doc (`_nested_in` asks
    twice a joint institute, and a Span's characters are property reads)."""
    every = read_spans(doc, "institutions_all")
    kept = doc.user_data.get("_nested_rows")
    if kept is not None and kept[0] is every:
        return kept[1], kept[2]
    known = read_facts(doc, "institutions_all")
    if known is None:
        known = [facts(span) for span in every]
    rows = [
        (span.start_char, span.end_char, place, span, fact)
        for place, (span, fact) in enumerate(zip(every, known, strict=True))
        if len(fact.text) > 1
    ]
    rows.sort(key=operator.itemgetter(0))  # (the resolver writes the group in order: nothing moves)
    starts = [row[0] for row in rows]
    doc.user_data["_nested_rows"] = (every, starts, rows)
    return starts, rows


def _institutes_run_by_pairs(
    doc: Doc, institutes: tuple[list[int], list[int]], pairs: list[tuple[Side, Side]]
) -> tuple[list[int], list[int]]:
    """`institutes` (`_joint_institutes`) but the joint-venture universities (`_university_of_its_own`)
    that are a side of the sentence's `pairs`: a joint institute named in a sentence tells that its pair
    runs it (`joint_institute`), but a university of its own that signs ("XJTLU and the University of
    Liverpool signed an agreement") runs no joint institute with its partner (GUIDE.md's kinds)."""
    universities = _universities_of_their_own(doc)
    if not universities:  # (most pages)
        return institutes
    sides = {name for pair in pairs for side in pair for name in (side.ref.name, side.ref.canonical_id) if name}
    own = {at for at, names in universities if not sides.isdisjoint(names)}
    if not own:
        return institutes
    kept = [(s, e) for s, e in zip(*institutes, strict=True) if (s, e) not in own]
    return [s for s, _ in kept], [e for _, e in kept]


def _universities_of_their_own(doc: Doc) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    """Where the joint-venture universities of a Doc stand (`_university_of_its_own`), each with the names
    a pair's side may call it by, read once per Doc (`_institutes_run_by_pairs` asks it per sentence)."""
    key = "_universities_of_their_own"
    found = doc.user_data.get(key)
    if found is None:
        # (by the name it is listed under: "XJTLU" is the one of "Xi'an Jiaotong-Liverpool University (XJTLU)")
        found = [
            (
                (span.start_char, span.end_char),
                (known.text, known.display_name, known.entry.id if known.entry else None),
            )
            for span, known in zip(institution_spans(doc), institution_facts(doc), strict=True)
            if known.kind == "joint_institute" and _university_of_its_own(known.display_name or known.text, doc.lang_)
        ]
        doc.user_data[key] = found
    return found


def _joint_institutes(doc: Doc) -> tuple[list[int], list[int]]:
    """Where the joint institutes of a Doc stand (starts and ends, in order), read once per Doc."""
    key = "_joint_institutes"
    if key not in doc.user_data:  # (`_read_parties` fills it in its walk: this is for a Doc it has not read)
        found = [  # (a list comprehension: compiled, a generator is an object made a call)
            (span.start_char, span.end_char)
            for span, known in zip(institution_spans(doc), institution_facts(doc), strict=True)
            if known.kind == "joint_institute"
        ]
        doc.user_data[key] = _bounds_in_order(found)
    return doc.user_data[key]


def _bounds_in_order(found: list[tuple[int, int]]) -> tuple[list[int], list[int]]:
    """The starts and the ends of ranges, sorted (in place)."""
    found.sort()
    return [s for s, _ in found], [e for _, e in found]


def _shared_in_lists(own: list[str | None], continues: list[bool]) -> list[str | None]:
    """The kinds of foreign sides in order of mention, a side with no word of its own taking
    the kind of the list it stands in: the side before it ("signed MoUs with A, B and C"), else
    the first after it (分别与A、B、C签署合作协议)."""
    kinds = list(own)
    for i in range(1, len(kinds)):
        if kinds[i] is None and continues[i]:
            kinds[i] = kinds[i - 1]
    for i in range(len(kinds) - 2, -1, -1):
        if kinds[i] is None and continues[i + 1]:
            kinds[i] = kinds[i + 1]
    return kinds


def _closing_list_words(
    kinds: list[str | None], own: list[str | None], continues: list[bool], after: str
) -> list[str | None]:
    """`kinds` of the sides in order, those of the list the sentence ends with (back to a side with
    words of its own) taking the words after it too, the strongest kind winning ("signed agreements
    with A and B, launching dual degree programmes": both `agreement`; "an MoU with A and an
    agreement with B, launching ...": B's alone)."""
    kinds = list(kinds)
    i = len(kinds) - 1
    while i >= 0:
        kinds[i] = _strongest({after, kinds[i]} - {None})
        if own[i] is not None or not continues[i]:
            break
        i -= 1
    return kinds


def _strongest(kinds: set[str]) -> str | None:
    for kind in KIND_PRIORITY:
        if kind in kinds:
            return kind
    return None


def _side_key(side: Side) -> tuple[str | None, str]:
    return (side.ref.canonical_id, side.ref.name)


class _SentenceSides:
    """Each sentence's Chinese and foreign sides, found when first asked for (at once for a
    sentence naming no institution of a side's kind: most sentences of a page)."""

    def __init__(self, extractor: PartnershipExtractor, doc: Doc, spans: list[Span]) -> None:
        self.extractor, self.doc, self.spans = extractor, doc, spans
        self.parties = _side_parties(doc)
        self.found: dict[int, tuple[list[_Party], list[_Party]]] = {}

    def of(self, index: int) -> tuple[list[_Party], list[_Party]]:
        sides = self.found.get(index)
        if sides is None:
            named = self.parties.in_sentence.get(index)
            if named is None:
                return [], []
            sides = self.found[index] = self.extractor._sides(self.doc, self.spans[index], named)
        return sides

    def before(self, before: int, which: str, schools: bool = False) -> _Party | None:
        """The last side of one kind ("chinese" or "foreign") named before sentence `before`:
        what "the two sides" (双方) refer to; an institution of learning for "the two universities"
        (`schools`). None when the last sentence naming foreign sides names several ("visited A, B
        and C. ... the two sides signed" does not say which).
        Only the sentences naming an institution of a side's kind are read: the others name no side."""
        position = 0 if which == "chinese" else 1
        named_in = self.parties.sentences
        # (by position, from the last one before: no copy of the list's head a call)
        for at in range(bisect.bisect_left(named_in, before) - 1, -1, -1):
            named = self.of(named_in[at])[position]
            if schools:
                named = [p for p in named if p.known.kind in SCHOOL_KINDS]
            if named:
                return named[-1] if which == "chinese" or len(_distinct(named)) == 1 else None
        return None

    def foreign_named_last_before(self, before: int) -> _Party | None:
        """The foreign side that stands last in the last sentence before sentence `before` naming a
        side, when no Chinese side follows it there and it is the only foreign one: what "that
        university" (该校) in a sentence naming only a Chinese side refers to."""
        named_in = self.parties.sentences
        for at in range(bisect.bisect_left(named_in, before) - 1, -1, -1):
            chinese, foreign = self.of(named_in[at])
            if not chinese and not foreign:
                continue
            if not foreign or len(_distinct(foreign)) > 1:
                return None
            last = foreign[-1]
            return None if any(c.start_char > last.start_char for c in chinese) else last
        return None


def _may_hold_topics(kinds: set[str]) -> bool:
    """Whether a topic could hide one of the trigger kinds (else `_topic_hits` looks for no opener)."""
    return not kinds.isdisjoint(TOPIC_KINDS) or _unsigned_documents(kinds)


def _unsigned_documents(kinds: set[str]) -> bool:
    """Whether the trigger kinds name a document but no signing (it may be a topic of talks)."""
    return SIGNING not in kinds and not kinds.isdisjoint(DOCUMENT_KINDS)


def _no_day_in_stretch(doc: Doc, sent: Span, setting: Setting) -> bool:
    """Whether `sent`, set in a stretch of several days, tells a happening with no day of its own: a
    stop of the trip a visit event told with that stretch, which the sentence does not tell itself
    ("toured Shaanxi from Oct 22 to 25. ... The group visited X"), or anything during a meeting of
    those days ("On the sidelines of the forum, held from November 7 to 8, A met B"). A trip's own
    sentence dates its pairs by its first day (a visit's, CONTRACT.md); a stop dated by a sentence of
    its own ("On Oct 23, the delegation travelled to Xi'an.") has that sentence's day as its setting."""
    trip = False
    for event in doc._.events or ():
        if event.kind == "visit" and event.date_text == setting.date_text:
            trip = True
            break
    return not trip or not _tells(setting, doc_text(doc)[sent.start_char : sent.end_char])


def _stop_opening(visitors: Sequence[str], openings: Sequence[str]) -> re.Pattern[str] | None:
    """The opening of a sentence telling a new stop (`partnership_stop_openings.txt`): a one-word
    preposition, a place and a comma before the visitors ("at x university, the delegation"), or the
    visitors and a verb going on ("the delegation also visited"); None without visitor words (Chinese)."""
    if not visitors:
        return None
    prepositions = [w for w in openings if " " not in w]
    verbs = [w for w in openings if " " in w]
    who = alternation(visitors)
    # (the place a capitalised name: "In 2019, the delegation" opens no stop)
    return re.compile(
        rf"(?i:{alternation(prepositions)})\s+(?:the\s+)?[A-Z][^,.;]{{2,80}},\s+(?i:{who})\b"
        rf"|(?i:{who})\s+(?i:{alternation(verbs)})\b"
    )


_STOP_OPENING_REACH = 120  # characters at a sentence's start where a new stop's opening stands


def _trip_holds(doc: Doc, frame: Setting, day: dt.date) -> bool:
    """Whether `frame` is the stretch of several days of a visit (`doc._.events`) holding `day`."""
    if not frame.several_days or frame.date is None or frame.until is None or not frame.date <= day <= frame.until:
        return False
    return any(event.kind == "visit" and event.date_text == frame.date_text for event in _events(doc))


def _trip_to_a_place(doc: Doc, sent: Span, english: bool) -> bool:
    """Whether `sent` tells a visit to a country or a Chinese province ("led a delegation to New
    Zealand", 访问德国): the trip goes there, and an institution it visits is one of its stops."""
    from pipeline.extract.events import _visited_country_pattern  # (events imports this module)

    text = doc_text(doc) if english else matching_text(doc)
    return _visited_country_pattern(english).search(text, sent.start_char, sent.end_char) is not None


def _tells(setting: Setting, sentence: str) -> bool:
    """Whether `sentence` tells its setting's day itself."""
    return bool(setting.date_text) and setting.date_text in sentence


def _holds_any_literal(text: str, words: tuple[str, ...]) -> bool:
    for word in words:  # noqa: SIM110 (a loop: compiled, `any` of a generator makes one)
        if word in text:
            return True
    return False


def _clause_end(text: str, start: int, end: int) -> int:
    """Where the clause holding `start` ends: its first clause mark at or after `start`, else `end`."""
    for mark in CLAUSE_MARKS:
        found = text.find(mark, start, end)
        end = found if found >= 0 else end
    return end


_NAMES_TELL_THE_PAIR = frozenset({"joint_institute", "research_institute"})  # (`_without_words_of_names`)


def _joiner_before(text: str, floor: int, at: int, joiners: frozenset[str]) -> int:
    """Where the joining word (与, 和) right before `at` stands, or before a country written in front
    of the name there (同德国亚琛工业大学); -1 when there is none."""
    if at - 1 > floor and text[at - 1] in joiners:
        return at - 1
    for size in _COUNTRY_SIZES:
        joiner = at - size - 1
        # (the countries looked up only behind a joining word: most names have none there)
        if joiner > floor and text[joiner] in joiners and load_countries().code(text[joiner + 1 : at]) is not None:
            return joiner
    return -1


_COUNTRY_SIZES = (2, 3, 4, 5)  # characters of a Chinese country name written in front of a foreign one


def _shortened_party(short: str, start: int, want_foreign: bool, sides: _SentenceSides) -> _Party | None:
    """The side `short` (at `start`) shortens: the one name of that side's country the page wrote
    before it (`named_by_short_form`), as a party standing where `short` stands; None when none or
    several do."""
    if short[0] not in _first_characters(sides):
        return None  # (no name of the page opens as it does: most words beside 与 and 和)
    if any(p.start_char < start + len(short) and start < p.end_char for p in sides.parties.every):
        return None  # (a name the resolver read there already)
    before = [
        p
        for p in sides.parties.every
        if p.end_char <= start and (_may_be_foreign(p.known) if want_foreign else p.known.country in CHINESE)
    ]
    name = named_by_short_form(short, [p.known.text for p in before], _seated_at_page_places(sides.doc, before))
    if name is None:
        return None
    full = next(p for p in reversed(before) if p.known.text == name)
    return _Party(full.span, full.known, (start, start + len(short)))


def _by_start(parties: list[_Party]) -> list[_Party]:
    """`parties` in the order they stand in the text."""
    return sorted(parties, key=operator.attrgetter("start_char"))


_ATTENDING = frozenset({"参加", "陪同", "出席"})  # before 会见: who sat in on the meeting, no host


def _describes_a_run(sentence: str, run_words: tuple[str, ...]) -> bool:
    """Whether a run word stands in `sentence` as a description: after 由 in its clause (由A与B合作举办)
    or before 的 (A与B合作举办的X)."""
    for word in run_words:
        at = sentence.find(word)
        while at >= 0:
            clause = max(sentence.rfind(mark, 0, at) for mark in "，。；,;") + 1
            if sentence.startswith("的", at + len(word)) or "由" in sentence[clause:at]:
                return True
            at = sentence.find(word, at + 1)
    return False


def _seated_at_page_places(doc: Doc, parties: list[_Party]) -> Callable[[str], bool]:
    """Whether the listed institution a name of `parties` gives sits in a Chinese city or province
    where one of the page's events took place (its gazetteer city or province): the context that
    tells which of two names a short form shortens (山大 at a forum in 济南 is 山东大学)."""
    seats = _page_seats(doc)
    seated = {
        p.known.text
        for p in parties
        if p.known.entry is not None and (p.known.entry.city in seats or p.known.entry.province in seats)
    }
    return seated.__contains__


def _page_seats(doc: Doc) -> frozenset[str]:
    """The English names of the Chinese cities and provinces the page's events are placed in."""
    places = load_places()
    english = {zh: en for en, zh in (*places.cities, *places.provinces)}
    return frozenset(english[e.location] for e in _events(doc) if e.location in english)


def _first_characters(sides: _SentenceSides) -> frozenset[str]:
    """The first characters of the names of the Doc's side parties (made once a Doc)."""
    key = "_side_first_characters"
    found = sides.doc.user_data.get(key)
    if found is None:
        found = sides.doc.user_data[key] = frozenset(p.known.text[:1] for p in sides.parties.every)
    return found


def _counts_signed(sentence: str, offset: int, words: tuple[str, ...], hits: list[Hit]) -> bool:
    """Whether a count word of `words` (a whole word: "two", not the "ten" of "attended") stands right
    before a signed document or a signing ("three cooperation agreements", "two documents were
    signed"; not "what the two want"). `sentence` starts at `offset`; `hits`: its triggers."""
    for word in words:
        if word not in sentence:
            continue
        for at in _places_of(sentence, word):
            end = offset + at + len(word)
            for hit in hits:
                if hit.value in _SIGNED_KINDS and end <= hit.start <= end + _COUNT_REACH:
                    return True
    return False


_COUNT_REACH = 40  # characters from a count word to the document it counts ("two memoranda of understanding")


def _counted_in_figures(sentence: str) -> bool:
    """Whether a figure counts items in Chinese: "3项", "12份" (a date's figures count nothing)."""
    # (from each measure word back to the character before it: they are rare, figures are not)
    for word in _MEASURE_WORDS:
        at = sentence.find(word, 1)
        while at != -1:
            if sentence[at - 1].isdigit():
                return True
            at = sentence.find(word, at + 1)
    return False


_MEASURE_WORDS = "项份"


class _Anaphors:
    """The anaphors of one table ("the two sides", 双方; 该校) in a Doc, looked for only in the
    sentences that overlap one of them (one pass over the text, made when first asked for). A few
    sentences of a page ask: each looks its own range up (one `bisect`), no sentence set is made
    for all, and the Doc's finder is made once, not once per sentence."""

    def __init__(self, doc: Doc, table: dict[str, str]) -> None:
        self.doc, self.table = doc, table
        self.where: Spans | None = None
        self.finder: Callable[[int, int], list[Hit]] | None = None

    def of(self, sent: Span) -> Callable[[int, int], list[Hit]] | None:
        """`find_phrases` of the anaphors, or None when `sent` holds none."""
        if self.where is None:
            self.where = phrase_spans(self.doc, self.table)
        if not overlaps(self.where, sent.start_char, sent.end_char):
            return None  # (no phrase of the scan overlaps it: no hit inside, see `phrase_spans`)
        if self.finder is None:
            self.finder = phrase_finder(self.doc, self.table)
        return self.finder

    def found_in(self, sent: Span) -> bool:
        """Whether `find_phrases` finds one of the anaphors in `sent` (not of groups: 双方高校)."""
        finder = self.of(sent)
        return finder is not None and any(hit.value != _GROUPS for hit in finder(sent.start_char, sent.end_char))


# where one clause of a sentence ends and another, with its own subject, begins: '；', '; ', ', and ';
# '，其中' narrows a list of sides to those it names (A、B、C等高校与…交流密切，其中B与X合作举办…: B-X)
# (a clause of the same subject and a new partner: 'A与B签署协议，与C签署框架协议': C is A's partner, not B's)
_CLAUSE_JOINS = re.compile(r"；|;\s|,\s+and\s|,\s+while\s|，而|[，,]\s*其中|[，,]\s*(?:并|还|同时|另)?与")
# (two words, or two Chinese characters: a clause's verb and more, no list's next name)
_PREDICATE = re.compile(r"\S+\s+\S+|[^\s、，,和与及等]{2}")


def _in_clause_of(text: str, sent: Span, chinese: list[_Party], foreign: _Party) -> list[_Party]:
    """The Chinese sides in the clause of `foreign` when the sentence joins clauses of their own subjects
    ("A joined the association as a new member, and B signed an agreement with X": B, not A); all of
    `chinese` when that clause names none, or when a join only ends a list ("A, B, and C signed ...")."""
    if not _CLAUSE_JOINS.search(text, sent.start_char, sent.end_char):
        return chinese
    start, end = sent.start_char, sent.end_char
    for join in _CLAUSE_JOINS.finditer(text, sent.start_char, sent.end_char):
        before = [c for c in chinese if start <= c.start_char < join.start()]
        if before and not _PREDICATE.search(text[before[-1].end_char : join.start()]):
            continue  # (", and" after a name: a list's last item, the clause goes on)
        if join.start() < foreign.start_char:
            start = join.end()
        else:
            end = join.start()
            break
    inside = [c for c in chinese if start <= c.start_char < end]
    return inside or chinese


def _own_voice_word(language: str, word: str) -> bool:
    """Whether a first-person word of `language` names the page's own body wherever it stands."""
    return language == "zh" or word.startswith("our ")


_GROUPS = "groups"  # the value of a pair anaphor that names groups of both sides (双方高校), no pair

# `Side` from the tuple of its fields: a NamedTuple's `__new__` is Python code (a side a party, dozens a page)
_new_side = functools.partial(tuple.__new__, Side)


class _Party:
    """An institution that can be a side, with its facts (read once, not once per comparison) and
    its `Side`, made when first asked for (dense pages pair the same side sentence after sentence)."""

    __slots__ = ("_side", "end_char", "known", "span", "start_char")

    def __init__(self, span: Span, known: Facts, bounds: tuple[int, int] | None = None) -> None:
        self.span, self.known = span, known
        # the span's characters, read once: a Span computes them on every read, and a sentence's
        # reading compares every side's place with every other's (`bounds`: when known already)
        self.start_char, self.end_char = bounds if bounds is not None else (span.start_char, span.end_char)
        self._side: Side | None = None

    def side(self) -> Side:
        if self._side is None:
            self._side = _new_side((institution_ref(self.span, self.known), self.known.country))
        return self._side


class _InstitutionsRead(NamedTuple):
    """A Doc's institutions as `institution_bounds` and `institution_facts` give them, and its
    matching text: read once a page, not once a sentence."""

    starts: list[int]
    ends: list[int]
    facts: list[Facts]
    matching: str


class _SideParties(NamedTuple):
    """A Doc's institutions of a kind that can be a side, with their facts (`_side_parties`)."""

    every: list[_Party]  # in the order of `institution_spans`
    in_sentence: dict[int, list[_Party]]  # by sentence index: those inside it, in the same order
    sentences: list[int]  # the sentences naming one, in order


def _side_parties(doc: Doc) -> _SideParties:
    """The Doc's `_SideParties`, made once per Doc (dense pages pair the same side sentence after
    sentence, and a `_Party` keeps its `Side`). A sentence's are those wholly inside it, as
    `institutions_in(doc, sent.start_char, sent.end_char)` gives them (one crossing a sentence's
    edge is in none)."""
    found = doc.user_data.get("_side_parties")
    if found is None:
        found = _read_parties(doc)[0]
    return found


def _alliance_parties(doc: Doc) -> _SideParties:
    """The Doc's alliances and associations as `_SideParties`: sides only of each other (a university
    joining one, or founding it, is no partner of it), made once per Doc."""
    found = doc.user_data.get("_alliance_parties")
    if found is None:
        found = _read_parties(doc)[1]
    return found


_START_CHAR = operator.attrgetter("start_char")


def _publisher(doc: Doc) -> Any:
    """`doc._.publisher`, read once a Doc (an extension attribute costs a lookup chain)."""
    key = "_page_publisher"
    if key not in doc.user_data:
        doc.user_data[key] = doc._.publisher
    return doc.user_data[key]


def _candidates_from_last(doc: Doc) -> list[_Party]:
    """Every body a definite description can stand for (the side parties, then the alliances), the
    last named first; of two starting together, the one listed first comes first (made once a Doc)."""
    found = doc.user_data.get("_candidates_from_last")
    if found is None:
        bodies = [*_side_parties(doc).every, *_alliance_parties(doc).every]
        # (a reversed sort keeps the order of equal keys)
        found = doc.user_data["_candidates_from_last"] = sorted(bodies, key=_START_CHAR, reverse=True)
    return found


def _alliance_pairs(doc: Doc, index: int) -> list[tuple[Side, Side]]:
    """The pairs of a Chinese and a foreign association that sentence `index` names together."""
    named = _alliance_parties(doc).in_sentence.get(index)
    if not named:
        return []
    chinese = [p for p in named if p.known.country in CHINESE]
    foreign = [p for p in named if p.known.country and p.known.country not in NOT_FOREIGN]
    if not chinese or not foreign:
        return []
    pairs = PartnershipExtractor._pairs_by_position(chinese, foreign)
    return [(c.side(), f.side()) for c, f in pairs]


def _joint_research_test() -> Callable[[str, str], bool]:
    """`is_joint_research_body`, imported when first asked for (the resolver imports extract's modules)
    and kept: compiled, an import in a function runs the import machinery at every call."""
    global _IS_JOINT_RESEARCH_BODY
    if _IS_JOINT_RESEARCH_BODY is None:
        from pipeline.nlp.institutions import is_joint_research_body

        _IS_JOINT_RESEARCH_BODY = is_joint_research_body
    return _IS_JOINT_RESEARCH_BODY


_IS_JOINT_RESEARCH_BODY: Callable[[str, str], bool] | None = None


def linked_joint_institutes(doc: Doc) -> list[tuple[Span, GazetteerEntry]]:
    """The joint institutes named on the page that the gazetteer links to their parent and partners, with
    their entries, by a walk of their own (`_read_parties` collects the same in its walk)."""
    return [
        (span, known.entry)
        for span, known in zip(institution_spans(doc), institution_facts(doc), strict=True)
        if known.entry is not None
        and known.entry.kind == "joint_institute"
        and known.entry.parent
        and known.entry.partners
    ]


def _read_parties(doc: Doc) -> tuple[_SideParties, _SideParties]:
    """The Doc's `_SideParties` of the side kinds and of the alliance kinds, kept in `doc.user_data`:
    made by one walk over its institutions (nearly every page asks for both)."""
    is_joint_research_body = _joint_research_test()
    sents = sentences(doc)
    sentence_starts, sentence_spans = sents.starts, sents.spans
    starts, ends = institution_bounds(doc)  # (read once per Doc: no Span property read here)
    every: tuple[list[_Party], list[_Party]] = ([], [])
    in_sentence: tuple[dict[int, list[_Party]], dict[int, list[_Party]]] = ({}, {})
    # (read once, not once an institution: a module's attribute and the Doc's language are lookups)
    is_hosted_body, language = institution_patterns.is_hosted_body, doc.lang_
    institutes: list[tuple[int, int]] = []  # (`_joint_institutes`, read in the same walk)
    linked: list[tuple[Span, Any]] = []  # (`_from_joint_institutes`: the gazetteer's with a parent and partners)
    every_facts = _with_record_countries(institution_facts(doc))
    for span, known, start, end in zip(institution_spans(doc), every_facts, starts, ends, strict=True):
        kind = known.kind
        if kind == "joint_institute":
            institutes.append((start, end))
        entry = known.entry
        if entry is not None and entry.kind == "joint_institute" and entry.parent and entry.partners:
            linked.append((span, entry))
        which = 0 if kind in SIDE_KINDS else 1 if kind in ALLIANCE_KINDS else -1
        if which < 0 or (known.entry is None and is_hosted_body(known.text)):
            continue  # (a hosted body, "Luban Workshop at X": its host is the side)
        if known.entry is None and kind == "research_institute" and is_joint_research_body(known.text, language):
            continue  # (a joint laboratory is the pair's work, not a side of it)
        party = _Party(span, known, (start, end))
        every[which].append(party)
        index = bisect.bisect_right(sentence_starts, start) - 1  # (`sents.index_of`, without the call)
        if index >= 0 and end <= sentence_spans[index].end_char:
            in_sentence[which].setdefault(index, []).append(party)
    # (two calls, not a generator unpacked: compiled, a generator is an object made a Doc)
    sides = _SideParties(every[0], in_sentence[0], sorted(in_sentence[0]))
    alliances = _SideParties(every[1], in_sentence[1], sorted(in_sentence[1]))
    doc.user_data["_side_parties"], doc.user_data["_alliance_parties"] = sides, alliances
    if "_joint_institutes" not in doc.user_data:
        doc.user_data["_joint_institutes"] = _bounds_in_order(institutes)
    doc.user_data["_linked_institutes"] = linked
    return sides, alliances


def _with_record_countries(every: list[Facts]) -> list[Facts]:
    """`every` with each unlisted institution in the country the record gives it at every mention:
    its first mention's, else the first one given (`emit.institution_fields`). A later mention may
    be guessed apart ("HFU" after "a delegation from OSTU, Russia" taken for the trip's country),
    and a side must be on the side its institution is ("HFU and OSTU signed")."""
    unlisted = [known for known in every if known.entry is None]
    if len(unlisted) < 2:
        return every  # (most pages: no unlisted name named twice; no key made)
    countries: dict[str, str | None] = {}
    differ = False
    for known in unlisted:
        identity = (known.display_name or known.text).casefold()
        first = countries.get(identity)
        if first is None:
            countries[identity] = known.country
        elif known.country is not None and known.country != first:
            differ = True
    if not differ:
        return every  # (an unlisted name in one country at every mention)
    shared = []
    for known in every:
        if known.entry is not None or known.country is None:
            shared.append(known)
            continue
        country = countries[(known.display_name or known.text).casefold()]
        shared.append(known if country == known.country else known._replace(country=country))
    return shared


def _outside_relative_clause(
    settings: dict, spans: list[Span], index: int, setting: Setting, sentence: str, start: int, reading: _KindReading
) -> Setting | None:
    """ "B renewed its agreement with C, which the two first signed on Sept. 14, 2021.": a day told only in
    a relative clause (`clauses.relative_clauses`) is the background's, not the day of the act that
    made the pair; the pair takes the day the sentence before in its paragraph was set on, if any."""
    told = sentence.find(setting.date_text)
    if told < 0 or not within_any(start + told, reading.relative_clauses):
        return setting
    if sentence.find(setting.date_text, told + 1) >= 0:
        return setting  # (told in the main clause too)
    if index == 0:
        return None
    previous = spans[index - 1]
    earlier = settings.get(previous.start)
    text = previous.doc.text
    if earlier is None or "\n" in text[previous.end_char : start]:
        return None  # (a paragraph's first sentence: no day told before it in the paragraph)
    return earlier if earlier.date_text != setting.date_text else None


def _day_of(setting: Setting | None, kind: str, days: dict[dt.date, str]) -> str | None:
    """A partnership's day from its sentence's setting. Talks (a visit) start on a stretch's first
    day, as its event does (CONTRACT.md); a signing during a stretch of several days ("signed
    during the week, held from Aug. 26 to 30") has no day of its own: the stretch is its frame.
    A day after the page's (`Setting.planned`) is a plan, no day of the pair. `days`: `_written_day`'s."""
    if setting is None or setting.date is None or (setting.several_days and kind != "talks"):
        return None
    if setting.planned:
        return None  # a day after the page's is a plan, not when the pair was seen cooperating
    return _written_day(setting.date, days)


def _written_day(day: dt.date, written: dict[dt.date, str]) -> str:
    """`day.isoformat()`, made once a page (`written`: the page's so far): its C formatting costs
    as much as a dozen dict lookups, and a page's pairs share a few days."""
    found = written.get(day)
    if found is None:
        found = written[day] = day.isoformat()
    return found


def _has_school(parties: list[_Party]) -> bool:
    for party in parties:  # noqa: SIM110 - compiled, `any` of a generator makes one
        if party.known.kind in SCHOOL_KINDS:
            return True
    return False


def _one_chinese_side(sides: tuple[list[_Party], list[_Party]]) -> Side | None:
    """The Chinese side of a sentence naming one and no foreign side; None otherwise."""
    chinese, foreign = sides
    if foreign or not chinese:
        return None
    distinct = _distinct(chinese)
    return distinct[0].side() if len(distinct) == 1 else None


def _one_side_named(sides: tuple[list[_Party], list[_Party]], chinese: bool) -> bool:
    """Whether a sentence's sides are of one side only: Chinese ones (`chinese`), or foreign ones."""
    named, other = sides if chinese else sides[::-1]
    return bool(named) and not other


def _one_pair(read: list[_Found]) -> bool:
    """Whether the pairs read from a sentence are one pair (told once or more)."""
    for found in read:  # (a loop: compiled, any() would build a generator a sentence)
        if found.key() != read[0].key():
            return False
    return bool(read)


# the readings that name one day: a date, and one told from another or from the page ("two days
# later", 次日, "on Wednesday", 上周五); `_at_latest_day` reads dates only (a weekday after a sentence's
# day may end a stretch: "until Friday")
_ONE_DAY = frozenset({"day", "relative"})


def _at_latest_day(doc: Doc, mentions: list[DateMention] | None, told: int, read: list[_Found]) -> list[_Found]:
    """The one pair of a sentence telling two days or more ("visited on 3 and 9 November, and the
    two signed an MoU", 11月3日和9日…双方签署) dated by the latest (corpus/GUIDE.md: the latest day of
    the pair's happenings), where its setting gave the first. Only the days from the setting's on
    (`told`: where it stands; a dateline's day before it is the dispatch's), single days, none after
    the page's (a plan): a range's signing has no day of its own (`_day_of`), a range beside a day
    is left be."""
    if mentions is None or len(mentions) < 2:
        return read
    latest: dt.date | None = None
    for mention in mentions:
        if mention.start < told:
            continue
        if mention.kind == "range":
            return read
        if mention.kind == "day" and mention.date is not None and (latest is None or mention.date > latest):
            latest = mention.date
    bulletin = doc._.bulletin
    published = bulletin.publication_date() if bulletin is not None else None
    if latest is None or (published is not None and latest > published):
        return read
    day = latest.isoformat()
    return [found if found.date is None or found.date >= day else found._replace(date=day) for found in read]


def _days_in_order(
    doc: Doc,
    sent: Span,
    mentions: list[DateMention],
    read: list[_Found],
    chinese: list[_Party],
    foreign: list[_Party],
    respectively: tuple[str, ...],
) -> list[_Found]:
    """The pairs of `sent` (its date `mentions`, as many as pairs) told with a day each ("signed an
    agreement with B on December 1 and an MoU with C on December 5"; "On May 3, A signed with B, and on
    May 9, with C"; A分别于5月3日和9日与B、C签署): when the sentence tells as many days (no ranges, none
    after the page's) as it has pairs, each next day after the next pair's own side (or the sentence
    says a word of `respectively`), the i-th day is the i-th pair's. Otherwise each keeps the
    sentence's day ("signed with B and C, which it first visited on May 5, 2019": both days come
    before or after both sides)."""
    days = [m.date for m in mentions if m.kind in _ONE_DAY and m.date is not None]
    if len(days) != len(mentions):
        return read
    bulletin = doc._.bulletin
    published = bulletin.publication_date() if bulletin is not None else None
    if len(set(days)) != len(read) or (published is not None and max(days) > published):
        return read
    starts = _starts_of_varying_sides(read, chinese, foreign)
    if starts is None:
        return read
    ranked = sorted(starts)
    # (分别, "respectively": looked for only where the sides and days do not alternate)
    if not _one_side_between_days(ranked, [m.start for m in mentions]) and not _holds_words(doc, sent, respectively):
        return read
    order = [ranked.index(start) for start in starts]
    # (a pair the sentence gives no day, a plan or a stretch's signing, keeps none)
    return [
        pair if pair.date is None else pair._replace(date=days[order[i]].isoformat()) for i, pair in enumerate(read)
    ]


def _one_side_between_days(sides: list[int], days: list[int]) -> bool:
    """Whether exactly one side is named between each day and the next (sides and days alternate)."""
    for i in range(1, len(days)):
        if bisect.bisect_left(sides, days[i]) - bisect.bisect_left(sides, days[i - 1]) != 1:
            return False
    return True


def _starts_of_varying_sides(read: list[_Found], chinese: list[_Party], foreign: list[_Party]) -> list[int] | None:
    """Where each pair's own side (the foreign one when every pair has another, else the Chinese one)
    is first named in the sentence; None: neither side differs, or one is not named in it."""
    for refs, parties in (([f.foreign for f in read], foreign), ([f.chinese for f in read], chinese)):
        if len({_ref_key(r) for r in refs}) != len(refs):
            continue
        first: dict[tuple[str | None, str], int] = {}
        for party in parties:
            first.setdefault(_ref_key(party.side().ref), party.start_char)
        starts = [first.get(_ref_key(r)) for r in refs]
        return None if None in starts else [start for start in starts if start is not None]
    return None


def _same_ref(ref: InstitutionRef, other: InstitutionRef) -> bool:
    if ref.canonical_id is not None and other.canonical_id is not None:
        return ref.canonical_id == other.canonical_id
    return ref.name == other.name


def _ref_key(ref: InstitutionRef) -> tuple[str | None, str]:
    return (ref.canonical_id, ref.name)


def _sentence_start(doc: Doc, start_char: int) -> int:
    """`span.sent.start` of a span starting at `start_char` (the first token of the sentence it
    starts in), read off the Doc's sentences: `span.sent` walks the tokens back and makes a Span."""
    sents = sentences(doc)
    return sents.spans[max(sents.index_of(start_char), 0)].start


def _foreign_visitor_by(doc: Doc, sent: Span) -> bool:
    """Whether a foreign institution that is no government body is named before `sent` ends."""
    return any(
        p.start_char < sent.end_char and p.known.kind != "government" and p.known.country not in CHINESE
        for p in _side_parties(doc).every
        if _may_be_foreign(p.known)
    )


def _only_partner(paired: list[_Found], side: Side, chinese: bool) -> Side | None:
    """The one side `side` (Chinese when `chinese`) is paired with in `paired`; None: none or several."""
    own = _side_key(side)
    partner: Side | None = None
    for found in paired:
        if (_ref_key(found.chinese) if chinese else _ref_key(found.foreign)) != own:
            continue
        other = _new_side((found.foreign, found.foreign_country)) if chinese else _new_side((found.chinese, "CN"))
        if partner is not None and _side_key(partner) != _side_key(other):
            return None
        partner = other
    return partner


def _partner_read_with(paired: list[_Found], other: Side | None, government: _Party) -> Side | None:
    """双方 after a department's official attended the signing of a pair read before (副厅长出席签约仪式。
    他希望双方…): the Chinese side of that pair, whose foreign side `other` is, not the department that
    looked on; None when the last pair read is not `other`'s or holds the department."""
    if other is None or not paired:
        return None
    pair = paired[-1]
    if _ref_key(pair.foreign) != _ref_key(other.ref) or _ref_key(pair.chinese) == _ref_key(government.side().ref):
        return None
    return _new_side((pair.chinese, "CN"))


def _side_of(party: _Party | None) -> Side | None:
    return party.side() if party is not None else None


def _entry_ref(entry, language: str) -> InstitutionRef:
    return _canonical_ref(entry.id, entry.canonical_name(language))


@functools.lru_cache(maxsize=4096)
def _canonical_ref(canonical_id: str, name: str) -> InstitutionRef:
    """A gazetteer entry's reference, made once (the joint institutes of dense pages are read on
    every page; records share references and nothing mutates one)."""
    return InstitutionRef(name=name, canonical_id=canonical_id, canonical_name=name)


# between a founding word and what it founds: a blank, "the", 的 (合作举办的利兹学院)
_FOUNDED_GAP = re.compile(r"\s{0,2}(?:(?:the|The)\s{1,2}|的\s{0,2})?")


# the kinds of a founded institution that make its founders a joint institute's parents (a centre does not)
_INSTITUTE_KINDS = frozenset({"college", "joint_institute"})


def _founded_hit(party: _Party) -> Hit:
    """A `joint_institute` hit on a founded institution's name, read as the pair's own words."""
    return Hit(party.start_char, party.end_char, party.known.text, "joint_institute")


def _party_right_after(text: str, parties: list[_Party], at: int) -> _Party | None:
    """The party of `parties` that starts at `at`, past a blank, a "the" or 的; None when none does."""
    gap = _FOUNDED_GAP.match(text, at)
    start = gap.end() if gap is not None else at
    for party in parties:  # (a loop: a sentence names few sides)
        if party.start_char == start:
            return party
    return None


def _anaphor_after_named_sides(found: list[Hit], named: list[_Party]) -> bool:
    """Whether every pair anaphor of `found` (两校, "both") comes after two or more sides `named`
    in its sentence: it speaks of them, not of a pair of an earlier sentence."""
    if len(named) < 2:
        return False
    last_end = max(p.end_char for p in named)
    for hit in found:  # noqa: SIM110 - compiled, `all` of a generator makes one (see `_any_in`)
        if hit.start < last_end:
            return False
    return True


def _distinct(parties: list[_Party]) -> list[_Party]:
    kept: list[_Party] = []
    for party in parties:
        for k in kept:  # (a loop, not `any` of a generator: see `_any_in`)
            if same_facts(party.known, k.known):
                break
        else:
            kept.append(party)
    return kept


def _may_be_foreign(side: Facts) -> bool:
    return bool(side.country and side.country not in NOT_FOREIGN) or (
        side.country is None and side.kind == "university"
    )


def _sides_of_institutions(doc: Doc, sent: Span, sides: list[_Party]) -> tuple[list[_Party], list[_Party]]:
    """`PartnershipExtractor._sides` of a sentence naming no government: its sides split by country in
    one loop (no founders, so `_parties` keeps them all but a joint institute's government parent)."""
    chinese: list[_Party] = []
    foreign: list[_Party] = []
    unknown = False  # (a side of no country: most sentences have none)
    for side in sides:
        if side.known.country in CHINESE:
            chinese.append(side)
        elif side.known.country is None:
            unknown = True
        if _may_be_foreign(side.known):
            foreign.append(side)
    if unknown and _language(doc) == "zh":
        chinese, foreign = _with_unknown_partners_of_foreign_sides(doc, sides, chinese, foreign)
    if foreign and not chinese:
        chinese = _parties(_parents_named_in_institutes(doc, sent))
    elif chinese:
        foreign = _with_hosts_of_institutes_abroad(doc, sent, foreign)
    return chinese, foreign


def _language(doc: Doc) -> str:
    """`doc.lang_`, read once a Doc (a property that looks the string up each time)."""
    found = doc.user_data.get("_partnership_language")
    if found is None:
        found = doc.user_data["_partnership_language"] = doc.lang_
    return found


def _with_unknown_partners_of_foreign_sides(
    doc: Doc, sides: list[_Party], chinese: list[_Party], foreign: list[_Party]
) -> tuple[list[_Party], list[_Party]]:
    """`chinese` and `foreign` with a university of no known country that a joining word (与, 和)
    joins to a known foreign side (东北电力大学与罗马尼亚布加勒斯特理工大学签署) taken as Chinese: Chinese
    pages write a foreign name behind its country, and two foreign sides make no pair."""
    text = doc_text(doc)
    taken: list[_Party] = []
    for i, side in enumerate(sides):
        if side.known.country is not None:
            continue
        neighbours = [sides[j] for j in (i - 1, i + 1) if 0 <= j < len(sides)]
        for other in neighbours:
            if other.known.country in (None, *NOT_FOREIGN):
                continue
            first, second = (side, other) if other.start_char > side.start_char else (other, side)
            if _pair_gap_zh(text[first.end_char : second.start_char]):
                taken.append(side)
                break
    if not taken:
        return chinese, foreign
    ids = {id(side) for side in taken}
    chinese = sorted([*chinese, *taken], key=_START_CHAR)
    return chinese, [side for side in foreign if id(side) not in ids]


_PAIR_JOINERS_ZH = ("与", "和", "同")  # (between the two sides of one pair: 、 lists sides of one kind)


def _pair_gap_zh(gap: str) -> bool:
    """Whether `gap` joins two sides as a pair: a joining word, and perhaps the country written
    before the second name (与罗马尼亚)."""
    gap = gap.strip()
    if not gap.startswith(_PAIR_JOINERS_ZH):
        return False
    rest = gap[1:]
    return not rest or load_countries().code(rest) is not None


def _with_hosts_of_institutes_abroad(doc: Doc, sent: Span, foreign: list[_Party]) -> list[_Party]:
    """`foreign` and the foreign hosts named inside the names of joint institutes abroad in `sent`
    (its Confucius Institute at the University of X: X, standing where the institute does), in order."""
    starts, ends = _institutes_abroad(doc)
    if not starts:
        return foreign  # (most pages name no joint institute abroad)
    first = bisect.bisect_left(starts, sent.start_char)
    last = bisect.bisect_left(starts, sent.end_char, first)
    hosts = []
    for start, end in zip(starts[first:last], ends[first:last], strict=True):
        if end > sent.end_char or any(p.start_char == start for p in foreign):
            continue
        nested = _nested_in(doc, start, end, foreign=True)
        if nested:
            host = max(nested, key=lambda p: len(p.known.text))
            party = _Party(doc.char_span(start, end, alignment_mode="expand"), host.known, (start, end))
            party._side = host.side()
            hosts.append(party)
    return sorted([*foreign, *hosts], key=_START_CHAR) if hosts else foreign


def _institutes_abroad(doc: Doc) -> tuple[list[int], list[int]]:
    """Where the joint institutes in a foreign country stand (a Confucius Institute abroad), read once a Doc."""
    key = "_institutes_abroad"
    found = doc.user_data.get(key)
    if found is None:
        found = doc.user_data[key] = _bounds_in_order(
            [
                (start, end)
                for start, end, known in zip(*institution_bounds(doc), institution_facts(doc), strict=True)
                if known.kind == "joint_institute" and known.country not in (None, *NOT_FOREIGN)
            ]
        )
    return found


def _parties(sides: list[_Party], founders: set[int] | frozenset[int] = frozenset()) -> list[_Party]:
    """Beside a university, an embassy or a ministry witnesses or approves; it signs only alone, or
    founds with others as one of a run of founders (`founders`: their ids)."""
    institutions = [side for side in sides if side.known.kind != "government" or id(side) in founders]
    return institutions or sides


class _Found(NamedTuple):
    """A partnership as read; it becomes a `Partnership` once, when the pair's mentions are merged
    (dense pages state the same pair sentence after sentence)."""

    chinese: InstitutionRef
    foreign: InstitutionRef
    foreign_country: str | None
    kind: str
    date: str | None
    inferred: bool
    evidence: dict[str, Any]  # `evidence_fields`: validated once, by the record

    def key(self) -> tuple[str, str]:
        return (self.chinese.canonical_id or self.chinese.name, self.foreign.canonical_id or self.foreign.name)

    def record(self, kind: str, date: str | None) -> Partnership:
        # (the model's validator on the dict, as `Partnership(**fields)` does, without pydantic's
        # Python-level `__init__`: a pair's record is made for every pair of every page)
        return Partnership.__pydantic_validator__.validate_python(
            {
                "chinese": self.chinese,
                "foreign": self.foreign,
                "foreign_country": self.foreign_country,
                "kind": kind,
                "date": date,
                "inferred": self.inferred,
                "evidence": self.evidence,
            }
        )


# `_Found` from the tuple of all its fields: a NamedTuple's `__new__` is Python code (a pair read a sentence)
_new_found = functools.partial(tuple.__new__, _Found)


def _unique_pairs(found: list[_Found]) -> list[Partnership]:
    """One partnership per pair (corpus/GUIDE.md): its strongest kind, its latest date.

    A stated pair beats an inferred one (which only lifts its kind to `joint_institute`); the
    evidence is the pair's first stated mention.
    """
    kept: dict[tuple[str, str], tuple[_Found, str, str | None]] = {}
    for partnership in sorted(found, key=lambda p: (p.inferred, p.evidence["start"])):
        key = partnership.key()
        known = kept.get(key)
        if known is None:
            kept[key] = (partnership, partnership.kind, partnership.date)
        elif not partnership.inferred or known[0].inferred:
            first, kind, date = known
            strongest = _stronger(kind, partnership.kind)
            dates = [d for d in (date, partnership.date) if d]
            kept[key] = (first, strongest, max(dates) if dates else None)
        else:
            # a joint institute of the stated pair, named in the text: they are its parents
            first, kind, date = known
            kept[key] = (first, _stronger(kind, partnership.kind), date)
    records = [first.record(kind, date) for first, kind, date in kept.values()]
    return sorted(records, key=lambda p: p.evidence.start)


_KIND_RANK = {kind: rank for rank, kind in enumerate(KIND_PRIORITY)}


def _stronger(kind: str, other: str) -> str:
    """`min(kind, other, key=KIND_PRIORITY.index)`, by a lookup (no list searched through a key call)."""
    return kind if _KIND_RANK[kind] <= _KIND_RANK[other] else other


@Language.factory("partnership_extractor", default_config={})
def make_partnership_extractor(nlp: Language, name: str) -> PartnershipExtractor:
    return PartnershipExtractor(nlp.lang)
