"""Component `role_extractor`: which institution holds which role, and how many hold it.

Alliance roles (chair, vice-chair, director, member, secretariat institutions; 理事长
单位 ...) belong to the alliance named in the sentence or last named before it; event
roles (hosted / organized / undertaken / co-organized by; 主办, 承办, 协办) belong to
the event named in the sentence or last named before it. A role phrase claims the
institutions on its left ("A serves as the chair institution", "A主办"), or on its
right when followed by "by" or a list word ("hosted by A", "vice-chair institutions
include A, B", "理事长单位为A"). "among its 10 vice-chair institutions" gives a count.
A line that is a role heading alone ("Vice-chair institutions", "理事单位（按国别排序）：") gives
its role to the institutions listed on the lines after it.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Callable

from spacy.language import Language
from spacy.tokens import Doc, Span

from pipeline.extract.spans import (
    Hit,
    Sentences,
    alternation,
    evidence,
    facts,
    holds_any,
    institution_facts,
    institution_ref,
    institution_spans,
    institutions_in,
    matching_text,
    phrase_finder,
    phrase_spans,
    sentences,
    word_spans,
)
from pipeline.extract.tables import expand
from pipeline.language import to_simplified
from pipeline.link.countries import load_countries
from pipeline.nlp.batchwise import Batchwise
from pipeline.nlp.extensions import Facts, doc_text, register_extensions
from pipeline.rules import word_list, word_table
from schemas import Evidence, InstitutionRef, Role, RoleCount

EVENT_ROLES = {"organizer", "host", "co_organizer", "other"}
ALLIANCE_ROLES = {"chair", "vice_chair", "director", "member", "secretariat"}
_EN_SMALL = {
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
_EN_TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
_EN_UNITS = {"one": 1, **{word: n for word, n in _EN_SMALL.items() if n < 10}}
EN_NUMBERS = {**_EN_SMALL, **_EN_TENS}
ZH_DIGITS = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
# "sixty-three member universities", "twenty one members": tens and units as words; not the end of a
# longer word ("three" is no count inside "sixty-three"); longest first
_EN_NUMBER_WORDS = (
    r"(?<![a-z-])(?:(?:"
    + "|".join(_EN_TENS)
    + r")(?:[- ](?:"
    + "|".join(_EN_UNITS)
    + r"))?|"
    + "|".join(sorted(_EN_SMALL, key=len, reverse=True))
    + r")"
)
_COUNT_BEFORE = {
    "en": re.compile(r"(\d+|" + _EN_NUMBER_WORDS + r")\s+(?:[a-z-]+\s+){0,2}$"),
    "zh": re.compile(
        # (60余所, 60多家: an approximate count is the number it rounds; 30所中外高校)
        r"([0-9]+|[一二两三四五六七八九十]+)\s*(?:余|多)?\s*(?:家|所|个|位)?(?:中外|国内外|海内外|境内外)?"
        r"(?:高校|院校|单位|学校)?\s*"
        # (由40余所高校于2014年共同发起: the year of a founding between the count and its verb)
        r"(?:于[0-9]{4}年(?:[0-9]{1,2}月)?(?:[0-9]{1,2}日)?)?\s*(?:被)?(?:成为|为|是|作为|担任|当选为|当选|继续担任|共同|增补为|推选为|选为)?\s*(?:联盟|该联盟)?\s*$"
    ),
}
# "admitted 12 new members" counts newcomers, "38 of our member institutions" a part of the holders
_NOT_A_TOTAL = re.compile(r"\b(?:new|more|additional|other|newly|of)\b|新增|新加入|新")
# (the count patterns try many ways at each character: a window with no numeral holds no count)
_NUMBER_IN = {"zh": re.compile(r"[0-9一二两三四五六七八九十]")}
_ANY_NUMBER = {**_NUMBER_IN, "en": re.compile(r"[0-9]|\b(?:" + _EN_NUMBER_WORDS + r")\b")}
# "grown from 12 founding members to 40": the number after "from" is the count before a change
_OLD_COUNT = re.compile(r"\bfrom\s+$")
# '由A等国内25所高校和B等国外31所高校组成': a count after another one joined to it in its clause is a part of
# the holders, not their total
_PART_COUNT_BEFORE = re.compile(r"[0-9一二两三四五六七八九十百]+\s*(?:所|家)[^，,。；;0-9]{0,16}?[和与及]")
# '同意4所院校加入联盟', 'admitted 5 universities as members': a number after a word of admitting counts
# the newcomers, not the holders
_ADMITTED_BEFORE = re.compile(r"(?:同意|批准|接纳|吸纳|吸收|\b(?:admitted|approved|welcomed|accepted))\s*$")
# '会议新增成员单位12家', 'added new members, 12 in all': right before a role phrase, words that make the
# count after it a count of newcomers
_NEWCOMERS_BEFORE = re.compile(r"(?:新增|新加入|增补|新吸纳|\bnew\s+|\badditional\s+)$")
_COUNT_AFTER = {
    # "its membership to 185 universities", "membership of 40"
    # "bringing the number of vice-chair institutions to six": a number word after a verb of reaching
    # (not after "of": "member universities of three countries")
    "en": re.compile(
        # "membership has grown to 52"
        r"^\s*(?:(?:has|have|had|now)\s+)?"
        # "has increased from 12 to 40": a count that changed is the new one
        r"(?:(?:increased|grown|risen|rose|grew|expanded|jumped)\s+from\s+\S+\s+(?:[a-z-]+\s+){0,2}?to\s+(\d+)\b"
        r"|(?:of|to|reaches|reached|stands at|rose to|grew to|grown to|risen to|increased to|now at)\s+(\d+)\b"
        r"|(?:to|reaches|reached|stands at|rose to|grew to|grown to|risen to|increased to|now at)\s+"
        r"(" + _EN_NUMBER_WORDS + r")\b"
        r"(?!\s+(?:countries|regions|provinces|cities|continents)))"
    ),
    "zh": re.compile(
        r"^\s*[(（]?\s*(?:单位|高校|院校)?\s*(?:总数|总量)?\s*(?:已经|已)?\s*"
        # 已由12家增加到40家: a count that changed is the new one (the old one passed over, a verb of growing)
        r"(?:(?:由|从)[^，,。；;：:\n]{0,12}?(?:家|所|个)\s*(?:增加到|增加至|增至|增长到|增长至|发展到|发展至|扩大到|扩大至|扩展到|扩展至|达到)"
        r"\s*(?:现在的|目前的|如今的)?"
        # 逾50家, 近40家, 60余所, 60多家: an approximate count is the number it rounds
        r"|(?:共|共有|有|达到|达|增至|增加到|增加至|扩大到|扩大至|发展到|发展至|增长到|增长至|扩展到|扩展至)?"
        r"\s*(?:逾|超过|近|约)?)\s*"
        r"([0-9]+|[一二两三四五六七八九十]+)\s*(?:余|多)?\s*(?:家|所|个)"
    ),
}


class RoleExtractor(Batchwise):
    def __init__(self, language: str) -> None:
        register_extensions()
        self.language = language
        # (set for each page in __call__: see there)
        self._page_hands_on: bool | None = None if language == "zh" else False
        self._page_succeeds: bool | None = None if language == "en" else False
        self._page_anaphor: bool | None = None
        # (`_first_person_holder`: set for each page in __call__)
        self._page_we: bool | None = None
        self._page_organs: bool | None = None
        self._page_bystanders: bool | None = None
        self._later_bys: dict[int, re.Match[str] | None] = {}
        self._text = ""  # the page's `matching_text`
        self._publisher_names: list[Span] | None = None
        # Joining verbs and active verbs are role phrases too, found in the same pass; each holds
        # only with what it needs after it (an alliance; an event named in the sentence).
        self.joins = frozenset(word_list(language, "roles_join.txt"))
        # 申请加入, 欢迎…加入, 将加入: words earlier in the clause that say the joining has not happened
        self.not_yet = word_list(language, "roles_join_not_yet.txt") if language == "zh" else ()
        # "three universities joined the alliance": a count before these counts newcomers, not the holders
        self.join_newcomers = frozenset(word_list(language, "roles_join_newcomers.txt"))
        # 'joined the executive committee of the alliance': a body of the alliance, joined, before its name
        self.join_organs = tuple(w.lower() for w in word_list(language, "roles_join_organs.txt"))
        self.bystander_words = tuple(w.lower() for w in word_list(language, "alliance_bystanders.txt"))
        # (Chinese: one look a page for any of them, `_bystanding` reading the names after each alliance; an
        # English alliance's 40 characters before it are read at once: cheaper than the look a page)
        self.bystander_page_words = _word_groups(self.bystander_words) if language == "zh" else ()
        self.after_you = frozenset(word_list(language, "roles_after_you.txt"))
        # "elected as the alliance's chair", "voted in as vice-chair": seats with their verb, found from the seat
        self.owned = _OwnedSeats(language) if language == "en" else None
        self.active = word_table(language, "roles_active.tsv")
        # "The alliance held its council meeting ... The meeting was hosted by X": a verb whose holder
        # organises the event only when no other body is said to (`_without_yielded`)
        self.yielding = frozenset(word_list(language, "roles_yielding.txt"))
        # 'X在杭州召开2026年…会议': the Chinese active verbs of an event's organiser (召开), each a role
        # phrase only with the event the sentence names right after it
        self.conveners = (
            frozenset(p for p, role in self.active.items() if role in EVENT_ROLES) if language == "zh" else frozenset()
        )
        # "chairs the association's Academic Committee", "leads its working group on energy": the bodies of an
        # alliance whose seat, right after a verb of holding one, is no seat of the alliance (English)
        self.organ_words = tuple(w.lower() for w in word_list(language, "roles_organs.txt")) if language == "en" else ()
        self.organ_after = _organ_after_pattern(self.organ_words) if self.organ_words else None
        self.seat_verbs = frozenset(p for p, role in self.active.items() if role in ALLIANCE_ROLES)
        # "A was elected vice-chair, while B was re-elected to the same post": the seat named before it in the
        # sentence (its value is set per sentence, `_with_same_seat`)
        self.same_seats = frozenset(word_list(language, "roles_same_seat.txt")) if language == "en" else frozenset()
        self.active.update({phrase: _SAME_SEAT for phrase in self.same_seats})
        self.phrases = {
            **{word: "member" for word in self.joins},
            **{word: "organizer" for word in self.after_you},
            **self.active,
            **word_table(language, "roles.tsv"),
        }
        if language == "en":
            # "president unit", "vice-president institutions", "standing director units" (会长单位, 副会长单位,
            # 常务理事单位 as bulletins translate them): a seat's heading word and an ending word are a seat
            # phrase, as they are a heading (not the members': "member units" and the like are listed)
            for phrase, role in _seats_with_endings(
                word_table(language, "roles_headings.tsv"), word_list(language, "roles_heading_endings.txt")
            ).items():
                self.phrases.setdefault(phrase, role)
        # (found by `_OwnedSeats`, not in the vocabulary: claimed as an active phrase)
        self.active[_OWNED_SEAT] = "chair"
        # "founded in 2019 by": a verb whose "VERB by" is a role phrase, with a place or time before its "by"
        self.by_later = (
            {verb: f"{verb} by" for verb in word_list(language, "roles_by_later.txt") if f"{verb} by" in self.phrases}
            if language == "en"
            else {}
        )
        for verb, phrase in self.by_later.items():
            self.phrases.setdefault(verb, self.phrases[phrase])
        self.by_later_verbs = frozenset(self.by_later)
        # "rotating chair": a role phrase only when handed on to an institution ('passed from A to B')
        self.handed_on = word_table(language, "roles_handed_on.tsv") if language == "en" else {}
        for phrase, role in self.handed_on.items():
            self.phrases.setdefault(phrase, role)
        self.seats = frozenset(self.handed_on)
        if self.owned is not None:  # (a seat no role phrase alone, "council", is in the vocabulary as an anchor)
            for seat in self.owned.words:
                self.phrases.setdefault(seat, _ANCHOR)
        # 从兰州大学手中接过: the words after a name that make it the role's holder before
        self.previous_holder = tuple(word_list(language, "roles_previous_holder.txt")) if language == "zh" else ()
        # 'A接替B担任理事长单位', 'A succeeded B as chair institution': the words before a name that held it
        self.succeeded = tuple(word_list(language, "roles_succeeded.txt"))
        # 'A、B分别当选理事长单位和副理事长单位': a list of names and of role phrases paired in order
        self.respectively = tuple(word_list(language, "roles_respectively.txt"))
        self.succession_words = tuple(w.lower() for w in (*self.succeeded, *self.previous_holder))
        self.succession_page_words = _word_groups(self.succession_words)
        # "the meeting of member institutions", "representatives of its member universities": the members
        # as those gathered, no seat of the name the sentence gives (English)
        self.gatherings = (
            tuple(w.lower() for w in word_list(language, "roles_gatherings.txt")) if language == "en" else ()
        )
        self.member_nouns = (
            frozenset(
                # (the nouns "member institutions", "founding members" ..., not "as a member", "comprises")
                p
                for p, role in word_table(language, "roles.tsv").items()
                if role == "member" and p.startswith(("member ", "members", "founding member"))
            )
            if self.gatherings
            else frozenset()
        )
        # '负责统筹成员高校的…', '服务成员单位': a verb whose object is the members, no seat of the name before
        # (Chinese: the verbs right before a member noun)
        self.member_objects = tuple(word_list(language, "roles_member_objects.txt")) if language == "zh" else ()
        self.zh_member_nouns = (
            frozenset(
                p
                for p, role in word_table(language, "roles.tsv").items()
                if role == "member" and p.startswith(("成员", "会员", "新成员"))
            )
            if self.member_objects
            else frozenset()
        )
        # (the phrases of the checks above, looked for in a sentence's hits in one loop first)
        self.early_checked = self.by_later_verbs | self.member_nouns | self.zh_member_nouns
        # '该校自2016年起即为成员单位', "It was elected a vice-chair institution": a word standing for the one
        # institution the sentence before names (lower case, as the matching text is written)
        self.anaphors = tuple(
            sorted(
                (w.lower() + (" " if language == "en" else "") for w in word_list(language, "roles_anaphors.txt")),
                key=len,
                reverse=True,
            )
        )
        self.page_order_anaphors = tuple(sorted(self.anaphors, key=len))  # ("it " first: found soonest)
        # "We are honoured to be elected chair": the publisher speaking of its own seat (lower case, with
        # its space, as the matching text is written)
        self.first_person = (
            tuple(w.lower() + " " for w in word_list(language, "roles_first_person.txt")) if language == "en" else ()
        )
        self.right_words = frozenset(word_list(language, "roles_claim_right.txt"))
        self.moved_to = _moved_to_pattern(language, word_list(language, "roles_moved_to.txt"))
        self.list_nouns = frozenset(word_list(language, "roles_list_nouns.txt"))
        # "led by X": phrases whose holder stands right after them, not past a person ("led by its President Y")
        self.holder_next = frozenset(word_list(language, "roles_holder_next.txt")) if language == "en" else frozenset()
        # the words for "the two sides" (as partnerships read them): a role the pair takes together
        self.pair_words = tuple(w.lower() for w in word_list(language, "pair_anaphors.txt") if w not in {"校际"})
        self.introducers = tuple(word_list(language, "list_introducers.txt"))
        self.introducer_set = frozenset(self.introducers)
        # (their last characters and the white space a cut-out stretch may end in: a phrase ending in
        # none of them closes no introducing words)
        self.introducer_ends = tuple(sorted({w[-1] for w in self.introducers if w})) + _SPACES
        # '40余所成员高校代表参会': words after a role phrase, in its clause, that make the number before it
        # a count of the institutions attending
        self.count_attending = tuple(word_list(language, "roles_count_attending.txt"))
        # 当选副理事长单位的有A、B: a role phrase, 的 and a link word, then its holders
        self.inverted_links = tuple(word_list(language, "roles_inverted_links.txt")) if language == "zh" else ()
        self.inverted_links_longest_first = tuple(sorted(self.inverted_links, key=len, reverse=True))
        # 首都高校21所及: a counted class of unnamed bodies opening a list of names (Chinese)
        classifiers = word_list(language, "count_classifiers.txt") if language == "zh" else ()
        self.counted_class = (
            re.compile(
                rf"[\u4e00-\u9fff]{{0,8}}[0-9一二三四五六七八九十百余多]+(?:{alternation(classifiers)})[及和与、]"
            )
            if classifiers
            else None
        )
        # "..., including A and B", '，分别是A、B': words opening the clause after a role phrase that list its
        # holders (lower case, longest first: `_first_at` takes the first that matches)
        self.clause_list_openers = tuple(
            sorted((w.lower() for w in word_list(language, "roles_clause_list_openers.txt")), key=len, reverse=True)
        )
        # (lower case, as the matching text is written)
        self.next_list_openers = tuple(w.lower() for w in word_list(language, "roles_next_list_openers.txt"))
        self.next_list_closers = _closers_pattern(language, word_list(language, "roles_next_list_closers.txt"))
        self.subunits = tuple(u.lower() for u in word_list(language, "subunit_heads.txt"))
        self.alliance_references = word_list(language, "alliance_references.txt")
        self.seats_elsewhere = word_list(language, "roles_seat_elsewhere.txt")
        # (made once: looked for after every joining verb, before every 由 of a hosting phrase)
        self.references_without_the = tuple(r.removeprefix("the ") for r in self.alliance_references)
        self.by_references = tuple("由" + word for word in self.alliance_references)
        # "X is a member of the alliance": a role noun too common to hold without its alliance after it
        self.of_the_alliance = (
            frozenset(word_list(language, "roles_of_the_alliance.txt")) if language == "en" else frozenset()
        )
        # 联盟成员: a Chinese role noun that holds only right after an alliance's name or head word
        self.after_alliance = (
            frozenset(word_list(language, "roles_after_alliance.txt")) if language == "zh" else frozenset()
        )
        self.alliance_heads = (
            tuple(head for head, kind in word_table(language, "institution_heads.tsv").items() if kind == "alliance")
            if self.after_alliance
            else ()
        )
        clause_final = word_list(language, "roles_clause_final.txt") if language == "zh" else ()
        self.clause_final = frozenset(clause_final)
        self.beside_host = word_table(language, "roles_beside_host.tsv") if language == "en" else {}
        host_labels = word_list(language, "roles_host_labels.txt") if language == "en" else ()
        self.host_labels = (
            re.compile(_LABEL_START.format(labels="|".join(re.escape(w) for w in host_labels))) if host_labels else None
        )
        # '南昌大学校长张华当选为联盟首任理事长，江西财经大学当选为秘书长单位': an office and a person's name right
        # after an institution make it the person's body, no holder of the seat after them (Chinese; longest
        # first; not the seats an institution holds, '理事长单位')
        self.person_offices = (
            tuple(sorted(word_list(language, "titles.txt"), key=len, reverse=True)) if language == "zh" else ()
        )
        self.person_office_starts = frozenset(office[0] for office in self.person_offices)
        # 监事长单位: a seat in an alliance the contract has no role for (other), held in the alliance
        self.alliance_other = frozenset(word_list(language, "roles_alliance_other.txt"))
        heads = [w.lower() for w in word_list(language, "event_heads.txt")] if language == "en" else []
        # words by which a sentence speaks of an event it does not name (`_speaks_of_event`)
        self.event_mentions = tuple(
            {w.lower() for w in word_list(language, "event_heads.txt")}
            | {w.lower() for w in word_list(language, "roles_event_mentions.txt")}
        )
        self.event_anaphor = (
            re.compile(rf"\s+(?:the|this|this year['’]s)\s+(?:[a-z-]+\s+){{0,2}}?(?:{'|'.join(heads)}|event)\b")
            if heads
            else None
        )
        # "its council consists of A and B", '理事会由A、B等15所高校组成': phrases of being made up of, whose
        # holders take the seat of the alliance's body made up so (else membership)
        self.composed = frozenset(word_list(language, "roles_composed.txt"))
        self.composed_organs = word_table(language, "roles_composed_organs.tsv")
        self.composed_organ_at_end = _organ_at_end_pattern(language, self.composed_organs)
        # "HEU elected vice-chair institution of the X Consortium" over a text that says only "the
        # consortium": the headline's alliance, by its head word ("Consortium"), owns the page's seats
        alliance_head_words = [
            head for head, kind in word_table(language, "institution_heads.tsv").items() if kind == "alliance"
        ]
        self.title_alliance = (
            _title_alliance_pattern(alliance_head_words)
            if language == "en"
            else _zh_title_alliance_pattern(alliance_head_words)
        )
        # '华南农业大学当选粤港澳高校联盟常务理事单位': the words of a Chinese headline after which an
        # alliance's name begins (当选, 加入, 我校 ...): the name runs from the last of them to its head word
        self.title_openers = (
            tuple(sorted(word_list(language, "roles_title_openers.txt"), key=len, reverse=True))
            if language == "zh"
            else ()
        )
        # (lower case: "alliance", "consortium" ...: the head words of alliances' names)
        self.alliance_heads = tuple(
            head.lower() for head, kind in word_table(language, "institution_heads.tsv").items() if kind == "alliance"
        )
        self.an_alliance = (
            re.compile(_AN_ALLIANCE + rf"(?:{'|'.join(map(re.escape, self.alliance_heads))})\b")
            if language == "en" and self.alliance_heads
            else None
        )
        # "brings together": a role phrase only with the alliance as the sentence's subject
        self.alliance_subjects = (
            frozenset(word_list(language, "roles_alliance_subject.txt")) if language == "en" else frozenset()
        )
        # 'Institution' / 'Country': a table's header cells as lines above the names a colon lists
        self.column_labels = frozenset(word_list(language, "roles_column_labels.txt"))
        self.heading_roles = word_table(language, "roles_headings.tsv")
        self.heading_endings = tuple(sorted(word_list(language, "roles_heading_endings.txt"), key=len, reverse=True))
        # (a heading line holds the longest part of one of its words, between spaces and hyphens, as written:
        # lines holding none are not tried, `_headings`)
        self.heading_parts = (
            _fewest_words(tuple(_longest_part(w) for w in self.heading_roles)) if language == "en" else ()
        )
        self.heading = _heading_pattern(
            language,
            self.heading_roles,
            word_list(language, "roles_heading_endings.txt"),
            word_table(language, "roles_heading_frames.tsv"),
        )

    def __call__(self, doc: Doc) -> Doc:
        roles: list[Role] = []
        seen: set[tuple[str, str, str]] = set()  # what a role already found says (`_role_key`)
        counts: list[RoleCount] = []
        sents = sentences(doc)
        # (the page's matching text, read once here for every helper below: they ask for it ~120 times a
        # page, and each `matching_text` is a call and two dict lookups)
        text = self._text = matching_text(doc)
        # (a page with none of the bystander words has no bystander to look for: looked for on the page
        # when its first alliance is, `_bystanding_on_page`)
        self._page_bystanders = None if self.bystander_page_words else False
        # words of rarer rules, looked for once a page, when first needed: a seat handed on to the name after
        # 向 (移交), a seat succeeded to ("succeed", "replace")
        self._page_hands_on = None if self.language == "zh" else False
        self._page_succeeds = None if self.language == "en" else False
        # (`_anaphor_holder`: whether the page holds one of its words, looked for when first needed)
        self._page_anaphor = None
        self._page_we = None
        # (`_later_by` by the end of the verb it follows: asked before the sentence's names are read and
        # again after, by `_with_later_by`)
        self._later_bys: dict[int, re.Match[str] | None] = {}
        # (the rarer rules' words, looked for once a page with plain `in`, when a sentence's hits first need
        # them: most pages hold none, and their sentences are then not looked at for them)
        self._page_organs = None if self.organ_after is not None else False
        # (not by page: its anchors, "council", must be dropped wherever they stand without their verb)
        owned = self.owned
        same_seat_page: bool | None = None if self.same_seats else False
        # (接替, 手中, "succeeded": words of a succession, on few pages; looked for on the page only
        # once a claim of an alliance role could lose a name to them)
        succession: bool | None = None
        counted: set[tuple[str, str, int]] = set()  # (owner, role, count) of the counts found
        yielded: set[int] = set()  # the roles (indices) of a verb that yields to another organiser (`yielding`)
        owners = _Owners(doc, sents, self._bystanding_on_page if self.bystander_page_words else self._bystander_check)
        self._event_roles_at = -1  # the last sentence that gave an event role (`_speaks_of_event`)
        # (the headline's alliance is looked for once, when a sentence's roles first find no alliance)
        title_read = self.title_alliance is None
        find = phrase_finder(doc, self.phrases)  # (the Doc's hits, looked up once for all sentences)
        # Only a sentence overlapping a role phrase can give a role (one pass over the text for the
        # whole vocabulary); the alliance and event each one belongs to are looked up by position.
        for index in sorted(sents.overlapping(phrase_spans(doc, self.phrases))):
            sent = sents.spans[index]
            found = find(sent.start_char, sent.end_char)
            if owned is not None and _holds_phrase_of(found, owned.words):
                found = owned.with_verbs(text, found)  # ("elected as the alliance's chair")
                if not found:
                    continue
            if same_seat_page is not False and _holds_phrase_of(found, self.same_seats):
                if same_seat_page is None:
                    same_seat_page = holds_any(text, _SAME_SEAT_WORDS)
                if same_seat_page:
                    found = _with_same_seat(found, self.same_seats)
            if self.alliance_subjects and _holds_phrase_of(found, self.alliance_subjects):
                # ("the forum brought together 40 universities": passed over before the sentence's names
                # are read, unless an alliance's head word stands before it; `_alliance_opens` then)
                found = [
                    h
                    for h in found
                    if h.phrase not in self.alliance_subjects
                    or self._alliance_before(text, sent, h)
                    or self._it_after_an_alliance(doc, sents, index)
                ]
            early = self.early_checked and _holds_phrase_of(found, self.early_checked)
            if early and self.by_later and _holds_phrase_of(found, self.by_later_verbs):
                # ("set up a joint lab": a verb with neither a later "by" nor its active reading is passed
                # over here, before the sentence's names are read; `_with_later_by` keeps the others)
                found = [h for h in found if h.phrase not in self.by_later_verbs or self._holds_as_by_or_verb(text, h)]
                if not found:
                    continue
            if early and self.gatherings and _holds_phrase_of(found, self.member_nouns):
                # ("X, which hosted the meeting of member institutions": who gathered, no seat)
                found = [h for h in found if h.phrase not in self.member_nouns or not self._gathered_of(text, h)]
            if early and self.member_objects and _holds_phrase_of(found, self.zh_member_nouns):
                # ('负责统筹成员高校的留学生培养': the members as a verb's object)
                found = [
                    h
                    for h in found
                    if h.phrase not in self.zh_member_nouns or not text.endswith(self.member_objects, 0, h.start)
                ]
            if self.after_alliance:
                # (成员 holds only after an alliance's name: 代表团成员 are a delegation's people)
                found = [
                    h
                    for h in found
                    if h.phrase not in self.after_alliance or text.endswith(self.alliance_heads, 0, h.start)
                ]
            if self.of_the_alliance:
                # ("member" holds only before "of the alliance": most of its sentences are passed over here,
                # before their institutions are read)
                found = [h for h in found if h.phrase not in self.of_the_alliance or text.startswith(" of ", h.end)]
            if self._page_organs is not False and _holds_phrase_of(found, self.seat_verbs) and self._organs_on(text):
                # ("X chairs the association's Academic Committee": the seat of a body of the alliance, not
                # of the alliance; passed over before the sentence's names are read)
                found = [h for h in found if not self._seat_of_an_organ(text, h)]
            if self.handed_on and _holds_phrase_of(found, self.seats):
                # (a seat a person may hold too, "chair": most of its sentences give it to no institution and
                # are passed over here, before their institutions are read)
                found = [h for h in found if h.phrase not in self.handed_on or self._seat_may_hold(text, h)]
            if self.conveners and _holds_phrase_of(found, self.conveners):
                # (召开 without the sentence's event right after it is passed over before its names are read)
                found = [
                    h for h in found if h.phrase not in self.conveners or self._convened_event_next(owners, index, h)
                ]
            if not found:
                continue
            # the sentence's institutions, each with its first and end character read once for all
            # the questions below (a Span's are read anew on every look)
            placed = [(s, s.start_char, s.end_char) for s in institutions_in(doc, sent.start_char, sent.end_char)]
            hits = _outside_names(found, placed)
            if self.alliance_subjects and _holds_phrase_of(hits, self.alliance_subjects):
                hits = [
                    h
                    for h in hits
                    if h.phrase not in self.alliance_subjects
                    or self._alliance_opens(doc, sent, placed)
                    or self._it_after_an_alliance(doc, sents, index)
                ]
            if self.by_later:
                hits = self._with_later_by(doc, hits)
            hits = [h for h in hits if not self._verb_with_object(doc, h)]
            if self.event_anaphor is not None and _holds_event_by(hits):
                hits = [h for h in hits if not self._by_of_another_thing(h)]
            named_before = owners.event(index) is not None
            event_named = owners.events.get(index)
            hits = [h for h in hits if self._has_its_object(doc, h, event_named is not None, named_before, event_named)]
            if self.composed and _holds_phrase_of(hits, self.composed):
                hits = self._with_composing_body(doc, hits)
            if not hits:
                continue
            hits = self._with_host_reading(hits)
            if len(hits) > 1:
                hits = self._without_introducing_words(text, hits)
            members = [row for row in placed if not self._names_a_unit(doc, row[2])]
            claims = self._claims(doc, sent, hits, members, placed)
            if succession is not False and _claims_an_alliance_role(claims):
                if succession is None:
                    succession = _holds_any_grouped(text, self.succession_page_words)
                if succession:
                    claims = [(hit, self._without_previous_holders(doc, hit, names)) for hit, names in claims]
            if (
                len(claims) > 1
                # (a pairing needs one phrase claiming several names and another claiming none)
                and _one_claims_many_another_none(claims)
                # (分别, "respectively": looked for in the sentence only then, not on every page)
                and holds_any(text[sent.start_char : sent.end_char], self.respectively)
            ):
                claims = self._paired_in_order(doc, claims)
            # An alliance that guides, supports, organises or hosts ('在中国教育国际交流协会指导下',
            # 'supported by the association') holds a role in the sentence: it is not the alliance
            # whose roles the sentence (and the ones after it) list.
            # (by what it is: "the China Education Association for International Exchange (CEAIE)")
            named = {s.start_char: known for s, _, _ in placed if (known := facts(s)).kind == "alliance"}
            alliances = [s for s, _, _ in placed if s.start_char in named]
            if alliances:  # (most sentences name none)
                holders = {
                    _body(m, named[m.start_char])
                    for hit, claimed in claims
                    if self._event_role(hit)
                    for m in claimed
                    if m.start_char in named
                }
                alliances = [
                    s
                    for s in alliances
                    if _body(s, named[s.start_char]) not in holders and s.start_char not in owners.bystanders
                ]
                if holders and (alliances or not self._runs_its_own_event(owners, index, claims)):
                    owners.name_in(index, alliances[0] if alliances else None)
            last_alliance = owners.alliance(index)
            if last_alliance is None and self.language == "en" and self._alliance_named_next(text, sent):
                last_alliance = owners.alliance_next(index)
            last_event = owners.event(index, text[sent.start_char : sent.start_char + _EVENT_OPENING_SIZE])
            if last_alliance is None and not title_read:
                title_read = True
                if not owners.alliances:
                    owners.from_title = last_alliance = self._alliance_of_title(doc, text)
            about_alliance = not owners.names_event(index) and self._about_alliance(doc, sent, alliances)
            where: Evidence | None = None  # the sentence as evidence, made once for all its roles
            for hit, claimed in claims:
                listed_to = None  # where a list after a colon ends, when the role's holders are in one
                if not claimed and (below := self._listed_after_colon(doc, hit)) is not None:
                    claimed, listed_to = below
                elif not claimed and hit.value in ALLIANCE_ROLES:
                    claimed = self._listed_in_clause_after(doc, sent, hit) or self._listed_next(doc, sents, index)
                elif hit.value in ALLIANCE_ROLES and self._claims_before_its_clause(claimed, hit):
                    # (由A牵头组建，首批成员单位共28家，包括B、C: the list its own clause opens holds it too)
                    claimed = claimed + self._listed_in_clause_after(doc, sent, hit)
                event_role = (
                    self._event_role(hit)
                    and not about_alliance
                    and not (hit.value == "other" and self._clause_about_alliance(sent, hit))
                )
                owner = last_event if event_role else last_alliance
                if owner is None or (event_role and claimed and not self._speaks_of_event(owners, sents, index, hit)):
                    continue
                if event_role and claimed:
                    self._event_roles_at = index
                refs = [institution_ref(m) for m in claimed]
                if not refs and event_role and last_alliance is not None and self._by_the_alliance(doc, hit):
                    refs = [last_alliance]  # '会议由联盟主办', 'hosted by the alliance': the alliance named before
                if not refs and event_role and self.language == "en" and self._in_own_voice(doc, sent, hit):
                    refs = [doc._.publisher.ref()]  # ("the Bureau held the 2025 ... Meeting" on the Bureau's page)
                # a role found before (the same owner, member and role) keeps its first evidence
                for member in refs:
                    if (key := _role_key(owner, member, hit.value)) not in seen:
                        seen.add(key)
                        if listed_to is not None:
                            here = evidence(doc, sent.start_char, max(sent.end_char, listed_to))
                        else:
                            where = where or evidence(doc, sent.start_char, sent.end_char)
                            here = where
                        if hit.phrase in self.yielding:
                            yielded.add(len(roles))
                        # (the model's validator on the dict, as `Role(**fields)` does, without
                        # pydantic's Python-level `__init__`: most of a page's roles are made here)
                        roles.append(
                            Role.__pydantic_validator__.validate_python(
                                {"organization": owner, "member": member, "role": hit.value, "evidence": here}
                            )
                        )
                count = self._count_text(doc, hit, claimed) if hit.value in ALLIANCE_ROLES else None
                if (
                    count is not None
                    and (number := _number(count[0])) is not None
                    # ("its membership has grown from 12 founding members to 40": two phrases, one count)
                    and (owner.name, hit.value, number) not in counted
                ):
                    counted.add((owner.name, hit.value, number))
                    counts.append(
                        RoleCount(organization=owner, role=hit.value, count=number, evidence=evidence(doc, *count[1:]))
                    )
        bulletin = doc._.bulletin
        tabled: list[tuple[int, int]] = []  # the tables read row by row (their headings are no list headings)
        if bulletin is not None and bulletin.tables:  # (a page without a table costs this one test)
            for owner, member, role, where in self._rows_with_role_after_name(doc, sents, owners, tabled):
                if (key := _role_key(owner, member, role)) not in seen:
                    seen.add(key)
                    roles.append(Role(organization=owner, member=member, role=role, evidence=where))
        for owner, member, role, where in self._listed_under_headings(doc, sents, owners, counts, tabled):
            if (key := _role_key(owner, member, role)) not in seen:
                seen.add(key)
                roles.append(Role(organization=owner, member=member, role=role, evidence=where))
        doc._.roles = _without_yielded(roles, yielded) if yielded else roles
        doc._.role_counts = counts
        return doc

    def _rows_with_role_after_name(
        self, doc: Doc, sents: Sentences, owners: _Owners, tabled: list[tuple[int, int]]
    ) -> list[tuple[InstitutionRef, InstitutionRef, str, Evidence]]:
        """| Institution | Country | Seat |, a row 'Kazan Federal University | Russia | Vice-chair institution':
        in a table whose rows give the role in a cell after the name's, each row's names hold its role
        cell's role (read as lines, the role would head the next row's name). Where each such table
        stands is added to `tabled`."""
        text = self._text
        found: list[tuple[InstitutionRef, InstitutionRef, str, Evidence]] = []
        for table in doc._.bulletin.tables:
            rows = []  # (the row's names, its role, where the row starts and ends)
            for row in expand(table):
                named: list[Span] = []
                role = None
                for cell in row:
                    if cell.start == cell.end:
                        continue
                    # (a role cell before the names: read as lines, it heads them, as `_listed_under_headings` does)
                    heading = self.heading.match(text, cell.start) if role is None and named else None
                    if heading is not None and heading.end() >= cell.end and heading.group("inline") is None:
                        role = self.heading_roles[_heading_key(heading.group("word"))]
                    elif role is None:
                        named.extend(institutions_in(doc, cell.start, cell.end))
                if named and role is not None:
                    rows.append((named, role, row[0].start, row[-1].end))
            if not rows:
                continue
            tabled.append((rows[0][2], rows[-1][3]))
            for named, role, start, end in rows:
                index = max(0, sents.index_of(start))
                owner = owners.event(index) if role in EVENT_ROLES else owners.alliance(index)
                if owner is not None:
                    where = evidence(doc, start, end)
                    found.extend((owner, institution_ref(span), role, where) for span in named)
        return found

    def _listed_under_headings(
        self, doc: Doc, sents: Sentences, owners: _Owners, counts: list[RoleCount], tabled: list[tuple[int, int]]
    ) -> list[tuple[InstitutionRef, InstitutionRef, str, Evidence]]:
        """'理事单位：' or 'Vice-chair institutions' alone on a line, then one or more names a line
        ('中国：A、B', 'C (Kazakhstan)'): each listed institution holds the heading's role, up to the
        next heading or a line that is not a list of names (a sentence). The names may also follow the
        heading's colon on its own line ('副理事长单位（排名不分先后）：A、B；C', 'Chair: A'), and a
        count in its bracketed note ('理事单位（12家）：') is the number of holders."""
        text = self._text
        found: list[tuple[InstitutionRef, InstitutionRef, str, Evidence]] = []
        for heading in self._headings(doc, text):
            if tabled and _inside_any(tabled, heading.start()):
                continue  # (a role cell of a table read row by row)
            key = _heading_key(heading.group("word"))
            role = self.heading_roles[key]
            if key in self.beside_host and self._labelled_beside_host(key, heading.end("word")):
                role = self.beside_host[key]  # ("Host: A" / "Organizer: B": B is the host, 承办)
            index = max(0, sents.index_of(heading.start("word")))
            owner = owners.event(index) if role in EVENT_ROLES else owners.alliance(index)
            if owner is None:
                continue
            for listed, end in self._lines_listed(doc, heading.end(), role, inline=heading.group("inline") is not None):
                where = evidence(doc, heading.start("word"), end)
                found.extend((owner, institution_ref(span), role, where) for span in listed)
            if role in ALLIANCE_ROLES and (number := _note_count(heading.group("note"))) is not None:
                where = evidence(doc, heading.start("word"), heading.end("note"))
                counts.append(RoleCount(organization=owner, role=role, count=number, evidence=where))
        return found

    def _headings(self, doc: Doc, text: str) -> list[re.Match[str]]:
        """The heading lines of the text (as `self.heading.finditer` finds them), looked for only on the
        lines that can hold one: short or with a colon early (a paragraph is neither; the pattern, tried at
        each line's start, costs most on the lines it fails on); on an English page, only those holding a
        heading word's longest part (`heading_parts`, found by the page's one pass of plain words: most
        lines hold none)."""
        if self.language == "zh":  # (a pass of its own on a Chinese page would cost what it saves)
            return self._headings_on_lines(text)
        found = []
        line_end = -1  # (the end of the last line looked at: the next part on it is passed over)
        for start in word_spans(doc, self.heading_parts).starts:
            if start < line_end:
                continue
            at = text.rfind("\n", 0, start) + 1
            line_end = text.find("\n", start)
            if line_end < 0:
                line_end = len(text)
            if self._heading_sized(text, at, line_end):
                heading = self.heading.match(text, at)
                if heading is not None:
                    found.append(heading)
        return found

    def _headings_on_lines(self, text: str) -> list[re.Match[str]]:
        """`_headings`, the pattern tried at the start of every line that can hold one."""
        found = []
        at = 0
        for line in text.split("\n"):
            size = len(line)
            if size and self._heading_sized(text, at, at + size):
                heading = self.heading.match(text, at)
                if heading is not None:
                    found.append(heading)
            at += size + 1
        return found

    @staticmethod
    def _heading_sized(text: str, start: int, end: int) -> bool:
        """Whether the line text[start:end] is short enough for a heading, or has a colon early."""
        early = min(end, start + _HEADING_SPAN)
        return end - start <= _HEADING_SPAN or text.find(":", start, early) >= 0 or text.find("：", start, early) >= 0

    def _lines_listed(self, doc: Doc, at: int, role: str, *, inline: bool) -> list[tuple[list[Span], int]]:
        """The names of the lines from `at` on (each line's, with where it ends), up to a heading or a
        line that is no list of names. `inline`: `at` is inside a line (after a colon) whose rest
        lists names, a full stop after the last one allowed."""
        text = self._text
        lines: list[tuple[list[Span], int]] = []
        if inline:
            end = text.find("\n", at)
            end = len(text) if end < 0 else end
            end = at + len(text[at:end].rstrip().rstrip("。.；;"))
            listed = self._listed_on(doc, at, end, role)
            if not listed:
                return []
            lines.append((listed, end))
            at = end
        while (line := _NEXT_LINE.match(text, at)) is not None and not self.heading.match(text, line.start(1)):
            listed = self._listed_on(doc, line.start(1), line.end(1), role)
            if not listed and _a_country_cell(doc_text(doc)[line.start(1) : line.end(1)]):
                # a table's country column, flattened to a line after each name ('Mahidol University' /
                # 'Thailand'): the list goes on past it
                at = line.end(1)
                continue
            if not listed and not lines and self._column_label(doc_text(doc)[line.start(1) : line.end(1)]):
                # a table's header cells before its first name ('Institution' / 'Country')
                at = line.end(1)
                continue
            if not listed:
                break
            lines.append((listed, line.end(1)))
            at = line.end(1)
        return lines

    def _alliance_of_title(self, doc: Doc, text: str) -> InstitutionRef | None:
        """The alliance a sentence-case English headline names, when the text (naming none) refers to it
        by its head word alone ('the consortium' for '... Maritime Universities Consortium')."""
        bulletin = doc._.bulletin
        title = bulletin.title if bulletin is not None else None
        if not title or self.title_alliance is None or not holds_any(text, self.alliance_references):
            return None
        if self.language == "zh":
            return self._zh_alliance_of_title(title, text)
        # (a Title Case headline runs its verbs into the name: "Jinan University Joins X Alliance")
        if not _SENTENCE_CASE_WORD.search(title):
            return None
        for named in self.title_alliance.finditer(title):
            if f"the {named.group('head').lower()}" in text:
                return InstitutionRef(name=named.group(0))
        return None

    def _zh_alliance_of_title(self, title: str, text: str) -> InstitutionRef | None:
        """The alliance a Chinese headline names ('华南农业大学当选粤港澳高校联盟常务理事单位'), when the text
        refers to it by its head word alone ('联盟2026年年会'): the run of the headline's characters up to
        the head word, from the end of the last word that opens a name in it (当选, 加入 ...)."""
        assert self.title_alliance is not None
        for named in self.title_alliance.finditer(to_simplified(title)):
            head = named.group("head")
            if head not in text:
                continue
            name = _after_last_opener(named.group(0), self.title_openers)
            if len(name) > len(head) + 1:  # ('加入联盟' names no alliance: a head word with nothing before it)
                return InstitutionRef(name=name)
        return None

    def _alliance_before(self, text: str, sent: Span, hit: Hit) -> bool:
        """An alliance's head word ("alliance", "consortium", ...) in the sentence before `hit`."""
        return holds_any(text[sent.start_char : hit.start], self.alliance_heads)

    def _alliance_opens(self, doc: Doc, sent: Span, placed: list[tuple[Span, int, int]]) -> bool:
        """The sentence opens with an alliance: its name, or "the alliance" / "the association" ..."""
        if placed and placed[0][1] <= sent.start_char + 4 and facts(placed[0][0]).kind == "alliance":
            return True
        text = self._text
        if text.startswith(self.alliance_references, sent.start_char):
            return True
        if self._alliance_named_next(text, sent):
            return True
        # "Founded in 2015, the alliance brings together ...": a participle's clause before its subject,
        # "the alliance" or the alliance's name ("Initiated by A and B, the X Alliance brings together ...")
        fronted = _FRONTED_PARTICIPLE.match(text, sent.start_char, sent.end_char)
        if fronted is None:
            return False
        if text.startswith(self.alliance_references, fronted.end()):
            return True
        subject = next((p for p in placed if p[1] >= fronted.end()), None)
        return subject is not None and subject[1] <= fronted.end() + 4 and facts(subject[0]).kind == "alliance"

    def _it_after_an_alliance(self, doc: Doc, sents: Sentences, index: int) -> bool:
        """'The alliance was initiated by A and B. It brings together 23 universities': sentence `index` opens
        with "It", and the sentence before it (past a paragraph's break) opens with the alliance."""
        text = self._text
        if not text.startswith("it ", sents.spans[index].start_char):
            return False
        before = index - 1
        while before >= 0 and not text[sents.spans[before].start_char : sents.spans[before].end_char].strip():
            before -= 1
        if before < 0:
            return False
        sent = sents.spans[before]
        placed = [(s, s.start_char, s.end_char) for s in institutions_in(doc, sent.start_char, sent.end_char)]
        return self._alliance_opens(doc, sent, placed)

    def _alliance_named_next(self, text: str, sent: Span) -> bool:
        """'HOHHOT, Nov. 28 (Xinhua) -- An alliance that brings together 32 universities was launched ...':
        a lead opening with an alliance not yet named ("an alliance"), its name given in the next sentence."""
        return self.an_alliance is not None and self.an_alliance.match(text, sent.start_char, sent.end_char) is not None

    def _column_label(self, line: str) -> bool:
        return line.strip().lower() in self.column_labels

    def _listed_after_colon(self, doc: Doc, hit: Hit) -> tuple[list[Span], int] | None:
        """'The following universities were elected vice-chair members:', '大会选举产生了副理事长单位
        （排名不分先后）：', '副理事长单位，分别为：': a role phrase whose clause ends in a colon, with no
        name of its own, gives its role to the names after the colon (on that line, or one or more a
        line on the lines after it). The names and where the list ends, or None."""
        text = self._text
        colon = _COLON_AFTER_ROLE[self.language].match(text, hit.end)
        if colon is None:
            return None
        inline = bool(text[colon.end() : colon.end() + 1].strip())
        lines = self._lines_listed(doc, colon.end(), hit.value, inline=inline)
        if not lines:
            return None
        return [span for listed, _ in lines for span in listed], lines[-1][1]

    def _listed_on(self, doc: Doc, start: int, end: int, role: str) -> list[Span]:
        """The institutions of a line made of names (with separators, bracketed notes, a numbering,
        a country before a colon); none when it is a sentence. A stretch of other words between
        separators is a name not recognised ('、云南省林业和草原科学院'): the part of it found as a
        name, touching it, is left out, the rest of the line still counts."""
        text = doc_text(doc)
        if text[start:end].endswith(_SENTENCE_ENDS):
            return []
        spans = [
            s
            for s in institutions_in(doc, start, end)
            if (role in EVENT_ROLES or facts(s).kind != "alliance") and not self._names_a_unit(doc, s.end_char)
        ]
        if not spans:
            return []
        lead = _LIST_LEAD.fullmatch(text[start : spans[0].start_char])
        if lead is None or (lead.group(1) and load_countries().code(to_simplified(lead.group(1).strip())) is None):
            return []
        kept = [True] * len(spans)
        unknown = 0
        gaps = [text[a.end_char : b.start_char] for a, b in itertools.pairwise(spans)]
        for i, gap in enumerate([*gaps, text[spans[-1].end_char : end]]):
            if _LIST_FILL.fullmatch(gap):
                continue
            words = _LIST_FILL_EDGES.sub("", gap)
            if _a_country_cell(words):
                continue  # a country before the next name ('、哈萨克斯坦阿拉木图…大学') or after one ('…, Laos')
            if len(words) > 30 or holds_any(words, _SENTENCE_ENDS):
                return []
            unknown += len(words)
            kept[i] = kept[i] and not gap.startswith(words)
            if i + 1 < len(spans) and gap.endswith(words):
                kept[i + 1] = False
        named = [s for s, keep in zip(spans, kept, strict=True) if keep]
        if not named:
            return []
        named_length = 0
        for s in named:  # (a loop: compiled, sum() of a generator would build one)
            named_length += len(s.text)
        if unknown * 2 > named_length:
            return []
        return named

    def _listed_next(self, doc: Doc, sents: Sentences, index: int) -> list[Span]:
        """'Nine institutions joined as new members. Among them are A, B and C.': a role phrase that
        claims no name in its sentence gives its role to the list the next sentence opens with."""
        if not self.next_list_openers:
            return []
        # (the list may open the next paragraph: the blank 'sentence' between them is passed over)
        text = self._text
        following = sents.spans[index + 1 : index + 3]
        for after in following:  # (a loop: compiled, next() of a generator would build one)
            if not _blank(text, after.start_char, after.end_char):
                break
        else:
            return []
        opening = text[after.start_char : after.start_char + 40]
        lead = opening.lstrip()
        opener = (
            _first_at(self.next_list_openers, lead, 0)
            if lead.startswith(self.next_list_openers)  # (one look for all of them, then which one)
            else None
        )
        if opener is None:
            return self._elected_next(doc, after)
        start = after.start_char + len(opening) - len(lead) + len(opener)
        named = [
            s
            for s in institutions_in(doc, start, after.end_char)
            if facts(s).kind != "alliance" and not self._names_a_unit(doc, s.end_char)
        ]
        # (the list's first name may open with its article: "among them the University of X")
        if not named or doc_text(doc)[start : named[0].start_char].strip(" :：,，") not in _LIST_ARTICLES:
            return []
        return self._leading_list(doc, named, listed=True)

    def _organs_on(self, text: str) -> bool:
        """Whether the page (`text`: its matching text) names a body of `roles_organs.txt`, looked for once."""
        if self._page_organs is None:
            self._page_organs = holds_any(text, self.organ_words)
        return self._page_organs

    def _succeeding_on(self, text: str) -> bool:
        """Whether the page (`text`: its matching text) holds a word of succeeding (English), looked for once."""
        if self._page_succeeds is None:
            self._page_succeeds = holds_any(text, _SUCCEEDING_WORDS)
        return self._page_succeeds

    def _handing_on(self, text: str) -> bool:
        """Whether the page (`text`: its matching text) holds a verb of handing on (Chinese), looked for once."""
        if self._page_hands_on is None:
            self._page_hands_on = holds_any(text, _ZH_HANDING_VERBS)
        return self._page_hands_on

    def _seat_of_an_organ(self, text: str, hit: Hit) -> bool:
        """'Beihang University chairs the association's Academic Committee': a verb of holding a seat
        (`seat_verbs`) whose object is a body of the alliance (`roles_organs.txt`)."""
        return (
            hit.value in ALLIANCE_ROLES
            and hit.phrase in self.seat_verbs
            and self.organ_after is not None
            and self.organ_after.match(text, hit.end) is not None
        )

    def _listed_in_clause_after(self, doc: Doc, sent: Span, hit: Hit) -> list[Span]:
        """'Four universities joined the alliance, including A and B', '4所高校加入联盟，分别是A、B、C和D': a
        role phrase that claims no name gives its role to the list the next clause of its sentence opens
        with (a list word right after the clause's break, the names right after it)."""
        if not self.clause_list_openers:
            return []
        text = self._text
        mark = -1
        for comma in _CLAUSE_COMMAS[self.language]:  # (a loop: compiled)
            found = text.find(comma, hit.end, min(sent.end_char, hit.end + _CLAUSE_REACH[self.language]))
            if found >= 0 and (mark < 0 or found < mark):
                mark = found
        if mark < 0:
            return []
        lead = text[mark + 1 : mark + 41].lstrip()
        if not lead.startswith(self.clause_list_openers):
            return []
        start = (
            mark + 1 + len(text[mark + 1 : mark + 41]) - len(lead) + len(_first_at(self.clause_list_openers, lead, 0))
        )
        if institutions_in(doc, hit.end, mark):  # (a name between: the phrase's own object or holder)
            return []
        named = [
            s
            for s in institutions_in(doc, start, sent.end_char)
            if facts(s).kind != "alliance" and not self._names_a_unit(doc, s.end_char)
        ]
        if not named:
            return []
        gap = doc_text(doc)[start : named[0].start_char].strip(" :：,，")
        # (the list's first name may open with its article, "among them the University of X", or with a
        # counted class left unnamed, 包括湖北高校15所及A、B)
        if gap and gap not in _LIST_ARTICLES and not self._counted_class_before_names(gap):
            return []
        return self._leading_list(doc, named, listed=True)

    def _claims_before_its_clause(self, claimed: list[Span], hit: Hit) -> bool:
        """Whether every name `hit` claims stands before a clause break before it (Chinese)."""
        if self.language != "zh" or not claimed:
            return False
        text = self._text
        last = max(span.end_char for span in claimed)
        return last < hit.start and any(mark in text[last : hit.start] for mark in _CLAUSE_COMMAS["zh"])

    def _counted_class_before_names(self, gap: str) -> bool:
        """'包括首都高校21所及A、B': a class of bodies counted and left unnamed (`count_classifiers.txt`),
        joined to the named ones that follow: the list goes on with the names (the first one's country
        may stand after the joining word: 及英国利兹大学)."""
        if self.counted_class is None:
            return False
        counted = self.counted_class.match(to_simplified(gap))
        if counted is None:
            return False
        return counted.end() == len(gap) or load_countries().code(gap[counted.end() :]) is not None

    def _elected_next(self, doc: Doc, after: Span) -> list[Span]:
        """'Three vice-chair institutions were elected. A, B and C were chosen.', '会议选举产生了3家副理事长
        单位。A、B和C当选。': the next sentence is a list of names and a verb of being chosen, nothing
        more (a role word of its own would be its own role phrase)."""
        text = self._text
        start = (
            after.start_char
            + len(text[after.start_char : after.end_char])
            - len(text[after.start_char : after.end_char].lstrip())
        )
        spans = institutions_in(doc, start, after.end_char)
        if not spans or spans[0].start_char != start:
            return []  # (no name opens it: most sentences; their names' facts are not read)
        named = [s for s in spans if facts(s).kind != "alliance"]
        if not named or named[0].start_char != start or self._names_a_unit(doc, named[0].end_char):
            return []
        listed = self._leading_list(doc, named)
        closing = self.next_list_closers.match(text, listed[-1].end_char, after.end_char)
        return listed if closing is not None else []

    def _holds_as_by_or_verb(self, text: str, hit: Hit) -> bool:
        """Whether `_with_later_by` keeps `hit`, a verb of roles_by_later.txt: a later "by", or an active verb."""
        if hit.phrase in self.active or hit.phrase in self.joins:
            return True
        return self._later_by_at(text, hit.end) is not None

    def _later_by_at(self, text: str, end: int) -> re.Match[str] | None:
        """`_later_by(text, end)`, read once a page (`text`: the page's matching text)."""
        if end in self._later_bys:
            return self._later_bys[end]
        later = self._later_bys[end] = _later_by(text, end)
        return later

    def _with_later_by(self, doc: Doc, hits: list[Hit]) -> list[Hit]:
        """'founded in Wuhan in 2019 by A and B': a verb alone holds as its "VERB by" phrase, up to
        the "by", when only places and times stand between; else only as an active verb (X hosted)."""
        text = self._text
        kept = []
        for hit in hits:
            phrase = self.by_later.get(hit.phrase)
            if phrase is None:
                kept.append(hit)
                continue
            later = self._later_by_at(text, hit.end)
            if later is not None:
                kept.append(Hit(hit.start, later.end(), phrase, self.phrases[phrase]))
            elif hit.phrase in self.active or hit.phrase in self.joins:
                # "X hosted the forum", "A and B co-founded the alliance": the active verb it also is
                kept.append(hit)
        return kept

    def _without_introducing_words(self, text: str, hits: list[Hit]) -> list[Hit]:
        """'its secretariat is hosted by X': a role phrase that is the words introducing the holders of
        the phrase before it ("is hosted by", list_introducers.txt) is no role of its own (`text`: the
        matching text)."""
        kept = [hits[0]]
        last_end = hits[0].end
        ends = self.introducer_ends
        for hit in hits[1:]:
            # (only a phrase a few words after the one before can be its introducing words, and only one
            # whose last character ends one of them: looked at, in place, before the words between are cut out)
            if (
                hit.start - last_end > 24
                or not text.endswith(ends, 0, hit.end)
                or text[last_end : hit.end].strip() not in self.introducer_set
            ):
                kept.append(hit)
                last_end = hit.end
        return kept

    def _with_composing_body(self, doc: Doc, hits: list[Hit]) -> list[Hit]:
        """'理事会由A、B等15所高校组成', 'Its council consists of 15 universities': a phrase of being made up
        of gives the seat of the alliance's body before it (the council's: director). A Chinese one holds
        only after 由 and the alliance or such a body ('代表团由5所高校组成' names no member)."""
        kept = []
        for hit in hits:
            if hit.phrase not in self.composed:
                kept.append(hit)
                continue
            role = self._composing_body_role(doc, hit)
            if role is not None:
                kept.append(Hit(hit.start, hit.end, hit.phrase, role))
        return kept

    def _composing_body_role(self, doc: Doc, hit: Hit) -> str | None:
        """The role a phrase of being made up of gives, by what is made up (see `_with_composing_body`)."""
        text = self._text
        if self.language == "en":
            organ = self.composed_organ_at_end.search(text, max(0, hit.start - 80), hit.start)
            return self.composed_organs[organ.group(1)] if organ is not None else hit.value
        clause = _ZH_CLAUSE_BREAK.split(text[max(0, hit.start - 120) : hit.start])[-1]
        by = clause.rfind("由")
        if by < 0:
            return None
        subject = clause[:by].rstrip()
        organ = self.composed_organ_at_end.search(subject)
        if organ is not None:
            return self.composed_organs[organ.group(1)]
        if subject.endswith(self.alliance_references):
            return hit.value
        at = hit.start - len(clause) + len(subject)  # (where the subject ends in the text)
        named = institutions_in(doc, max(0, at - 60), at)
        return hit.value if named and named[-1].end_char == at and facts(named[-1]).kind == "alliance" else None

    def _with_host_reading(self, hits: list[Hit]) -> list[Hit]:
        """'organized by' beside a 'hosted by' names the host (承办), not the organizer (主办); so does an
        'Organized by:' label line in a block of label lines that holds a host's ('Hosted by: A')."""
        if not self.beside_host:
            return hits
        if not self._hosted(hits):
            return [
                Hit(h.start, h.end, h.phrase, self.beside_host[h.phrase])
                if h.phrase in self.beside_host and self._labelled_beside_host(h.phrase, h.end)
                else h
                for h in hits
            ]
        return [Hit(h.start, h.end, h.phrase, self.beside_host.get(h.phrase, h.value)) for h in hits]

    def _labelled_beside_host(self, label: str, end: int) -> bool:
        """Whether `label` (ending at `end`) opens a label line ('Organized by: A', 'Organizers:') and a
        host's label line ('Host: X', 'Sponsored by: Y': `roles_host_labels.txt`) stands near it."""
        text = self._text
        line = text.rfind("\n", 0, end - len(label)) + 1
        if not _LABEL_END.match(text, end) or text[line : end - len(label)].strip(" \t0123456789.()•·*-"):
            return False
        window = text[max(0, line - _LABEL_REACH) : end + _LABEL_REACH]
        return self.host_labels is not None and self.host_labels.search(window) is not None

    def _hosted(self, hits: list[Hit]) -> bool:
        """Whether one of `hits` is an organizer's phrase other than those read beside a host."""
        for h in hits:  # noqa: SIM110 - compiled, any() of a generator would build one
            if h.value == "organizer" and h.phrase not in self.beside_host:
                return True
        return False

    def _claims(
        self,
        doc: Doc,
        sent: Span,
        hits: list[Hit],
        members: list[tuple[Span, int, int]],
        placed: list[tuple[Span, int, int]],
    ) -> list[tuple[Hit, list[Span]]]:
        """Each role phrase with the institutions it claims, left or right of it. `members`: each
        with its first and end character; `placed`: the same with those a unit of theirs stands after."""
        claims: list[tuple[Hit, list[Span]]] = []
        taken: set[int] = set()
        seated: set[int] = set()  # those of `taken` an alliance's seat claimed: an event's role may claim them too
        bounds = [sent.start_char, *[h.end for h in hits]]
        # An alliance organises an event ("年会由X联盟主办"); in an alliance it is the owner.
        not_alliances = [row for row in members if facts(row[0]).kind != "alliance"]
        # '秘书处设在兰州大学国际合作与交流处': a secretariat housed in a unit is the institution's
        housing = [row for row in placed if facts(row[0]).kind != "alliance"] if len(placed) > len(members) else None
        for index, hit in enumerate(hits):
            holders = members if self._event_role(hit) else not_alliances
            if housing is not None and hit.value == "secretariat":
                holders = housing
            if hit.phrase in self.conveners:  # (not the venue before 召开: '在南昌大学召开')
                chosen = self._convener(doc, sent, hit, holders)
            elif hit.phrase in self.active or hit.phrase in self.joins:
                chosen = (
                    self._subject_list(
                        doc, [m for m, _, end in holders if end <= hit.start and m.start not in taken], hit
                    )
                    or self._subject_past_relative_clause(doc, holders, hit)
                    or self._antecedent_of_which(doc, hit, holders)
                    # "X remains the alliance's chair and houses its secretariat"
                    or (self._shared_subject(doc, hit, claims) if hit.value in ALLIANCE_ROLES else [])
                    or (self._earlier_clause_subject(doc, sent, hit, holders) if self.language == "zh" else [])
                )
            elif (moved := self._moved_to(doc, hit, holders)) is not None:
                chosen = moved + self._next_in_rotation(doc, hit, holders, moved) if self.language == "en" else moved
            elif hit.phrase in self.handed_on:
                # (a person may hold it: "its president was elected rotating chair"), an institution only
                # as the subject of "serve as": "X will serve as the alliance's rotating chair", or right
                # before "as": "elected A as chair and B as vice-chair"
                before = [m for m, _, end in holders if end <= hit.start and m.start not in taken]
                chosen = (
                    []
                    if self._seat_of_something_else(doc, hit)
                    else self._subject_list(doc, before, hit, gap=_SERVES_AS)
                    or self._subject_past_relative_clause(doc, holders, hit, then=_SERVES_AS)
                    or self._apposed_seat(doc, hit, holders)
                    or (self._successor(doc, before, hit) if self._succeeding_on(self._text) else [])
                    or self._named_right_before_as(hit, holders, taken)
                )
                if chosen and self.language == "en":  # ('followed by B in 2028')
                    chosen = chosen + self._next_in_rotation(doc, hit, holders, chosen)
            elif self._claims_right(doc, hit):
                right_end = hits[index + 1].start if index + 1 < len(hits) else sent.end_char
                chosen = [m for m, first, _ in holders if hit.end <= first < right_end and m.start not in taken]
                chosen = self._leading_list(doc, chosen, listed=self._introduces_a_list(doc, hit, chosen))
                if chosen and hit.phrase in self.holder_next and not _HOLDER_NEXT.fullmatch(
                    self._text, hit.end, chosen[0].start_char
                ):
                    chosen = []
                if chosen and self.language == "zh" and hit.value in ALLIANCE_ROLES:  # ('2028年由B担任')
                    chosen = chosen + self._next_in_rotation(doc, hit, holders, chosen)
            elif hit.phrase in self.list_nouns:
                # "X thanked the organizers": a list noun claims only a list after it, or the name it stands
                # beside ("X, the host university, welcomed ...")
                chosen = self._apposed(doc, hit, holders, any_role=True)
            elif hit.value == "member" and self._tallies_attendance(doc, hit):
                # '会议在兰州大学召开，46所成员高校代表参会': the venue before a tally of those attending
                # holds no seat by it
                chosen = []
            else:
                # ('年会由联盟理事长单位A主办': the seat names A right after it, who organises the meeting)
                free = taken
                if seated and hit.value in EVENT_ROLES:
                    free = taken - {m.start for m, first, _ in holders if first == bounds[index] and m.start in seated}
                chosen = self._handed_to_before(doc, hit, holders) or [
                    m for m, first, _ in holders if bounds[index] <= first < hit.start and m.start not in free
                ]
                if chosen and self.person_offices:
                    chosen = [m for m in chosen if not self._body_of_a_person(m.end_char)]
                if chosen and hit.phrase in self.member_nouns:  # (English: the nouns "member universities" ...)
                    chosen = [m for m in chosen if not self._speakers_body(m, hit)]
                chosen = (
                    chosen
                    or self._fronted_as(doc, sent, hit, holders)
                    or self._apposed(doc, hit, holders)
                    or self._named_right_after(doc, hit, holders, taken)
                    or self._antecedent_of_which(doc, hit, holders)
                    or self._shared_subject(doc, hit, claims)
                    or self._pair_before(doc, bounds[index], hit)
                )
            if not chosen and hit.phrase.removesuffix(" of") in self.list_nouns:
                # or the subject of its "to be": "X and Y were co-organizers (of the forum)"
                before = [m for m, _, end in holders if end <= hit.start and m.start not in taken]
                chosen = self._subject_list(doc, before, hit, gap=_COPULA_GAP)
            # ("The following day the school hosted the 2024 Symposium": an English event's active verb too)
            anaphoric_event = self.language == "en" and hit.value in EVENT_ROLES and hit.phrase in self.active
            if not chosen and (hit.value in ALLIANCE_ROLES or anaphoric_event) and self._page_anaphor is not False:
                if self._page_anaphor is None:  # (once a page; Chinese pages without 该 passed over in one look)
                    text = self._text
                    self._page_anaphor = (self.language == "en" or "该" in text) and holds_any(
                        text, self.page_order_anaphors
                    )
                if self._page_anaphor:
                    chosen = self._anaphor_holder(doc, sent, hit, holders, timed=anaphoric_event)
            if not chosen and self.first_person and hit.value in ALLIANCE_ROLES:
                chosen = self._first_person_holder(doc, sent, hit, holders)
            if chosen and self.language == "en":
                # ("elected a vice-chair institution, together with A", "hosted by X together with Y")
                chosen = chosen + (
                    self._companions(doc, hit, holders, chosen)
                    # (a co- verb's partner: "co-hosted the forum with Y"; the tests' probes keep "organized the
                    # forum together with Y" for its subject alone)
                    or (
                        self._with_after_object(doc, hit, holders)
                        if anaphoric_event and hit.value == "co_organizer"
                        else []
                    )
                )
            taken.update([m.start for m in chosen])  # (a list: compiled, a generator would be built)
            if hit.value in ALLIANCE_ROLES:
                seated.update([m.start for m in chosen])
            claims.append((hit, chosen))
        return claims

    def _named_right_before_as(self, hit: Hit, holders: list[tuple[Span, int, int]], taken: set[int]) -> list[Span]:
        """The holder whose name ends right before an "as" before the seat ("elected A as chair"), unless it
        names a person's body ("Professor Li of A as chair": his seat)."""
        text = self._text
        if not text.endswith(" as ", 0, hit.start):
            return []  # (looked at first: most seats stand after no "as")
        listed: list[Span] = []
        at = hit.start - 4  # (where the name before " as " ends; then each name's before it, joined by a list word)
        for m, first, end in reversed(holders):  # (a loop: compiled)
            if end > at:
                continue
            if m.start in taken or end != at or text.endswith(_PERSON_OF, 0, first):
                break
            listed.insert(0, m)  # ("elected A as chair and B and C as vice-chairs": B and C)
            joiner = _AS_LIST_JOINER.search(text, max(0, first - 8), first)
            if joiner is None:
                break
            at = joiner.start()
        return listed

    def _paired_in_order(self, doc: Doc, claims: list[tuple[Hit, list[Span]]]) -> list[tuple[Hit, list[Span]]]:
        """'A、B分别当选理事长单位和副理事长单位', 'A and B were elected chair and vice-chair institutions
        respectively': role phrases joined by list words, the first claiming as many names as there
        are phrases and the others none, give the names to the phrases in order."""
        text = self._text
        paired = list(claims)
        for first, (hit, names) in enumerate(claims):
            run = [hit]
            for later, more in claims[first + 1 :]:
                if more or not _PHRASE_JOINER.fullmatch(text, run[-1].end, later.start):
                    break
                run.append(later)
            if len(run) > 1 and len(names) == len(run):
                for offset, (phrase, name) in enumerate(zip(run, names, strict=True)):
                    paired[first + offset] = (phrase, [name])
                return paired
        return claims

    def _without_previous_holders(self, doc: Doc, hit: Hit, chosen: list[Span]) -> list[Span]:
        """'新疆大学从兰州大学手中接过轮值主席单位', '兰州大学接替新疆大学担任理事长单位', 'A succeeded B as
        the chair institution': a name the role is taken from held it before."""
        if not chosen or hit.value not in ALLIANCE_ROLES:
            return chosen
        text = self._text
        return [
            m
            for m in chosen
            if not (self.previous_holder and text.startswith(self.previous_holder, m.end_char))
            and not text[max(0, m.start_char - 20) : m.start_char]
            .rstrip()
            .removesuffix(" the")
            .endswith(self.succeeded)
        ]

    def _moved_to(self, doc: Doc, hit: Hit, holders: list[tuple[Span, int, int]]) -> list[Span] | None:
        """'the secretariat moves from Vienna to Hohai University': an alliance role handed on
        claims the institution right after the "to" (none when another word stands there); None
        when no such verb follows the role phrase."""
        if self.moved_to is None or hit.value not in ALLIANCE_ROLES:
            return None
        text = self._text
        moved = self.moved_to.match(text, hit.end)
        if moved is None and self.language == "en":
            # "the rotating chair of the alliance passed from A to B"
            at = self._past_the_alliance(doc, hit.end) if text.startswith(" of ", hit.end) else hit.end
            moved = self.moved_to.match(text, at) if at != hit.end else None
            before = text[max(0, hit.start - 40) : hit.start]
            # (the verb's stems looked for first, with `in`: a regex ending in `$` is tried at each character)
            if (
                moved is None
                and ("hand" in before or "pass" in before or "transfer" in before)
                and _HANDED_BEFORE.search(before)
            ):
                # "A handed over the rotating chair of the alliance to B"
                moved = _HANDED_TO.match(text, at)
        if moved is None:
            return None
        return [span for span, first, _ in holders if first == moved.end()][:1]

    def _next_in_rotation(
        self, doc: Doc, hit: Hit, holders: list[tuple[Span, int, int]], chosen: list[Span]
    ) -> list[Span]:
        """'A will take over the chair in 2027, followed by B in 2028', 'the chair rotates to A in 2027 and
        to B in 2028', '2027年理事长单位由A担任，2028年由B担任': the institutions the seat passes to next, each
        with its year, after its holder."""
        if not chosen:
            return []
        text = self._text
        if self.language == "zh" and text.find("由", chosen[-1].end_char, chosen[-1].end_char + 24) < 0:
            return []  # (no next clause '，2028年由B担任' right after the holder: most have none)
        later = [(m, first) for m, first, _ in holders if first > max(hit.end, chosen[-1].end_char)]
        found: list[Span] = []
        at = max(hit.end, chosen[-1].end_char)
        between, with_its_year = _ROTATION_NEXT[self.language], _WITH_ITS_YEAR[self.language]
        for name, first in later:
            if not between.fullmatch(text, at, first) or not with_its_year.match(text, name.end_char):
                break
            found.append(name)
            at = name.end_char
        return found

    def _gathered_of(self, text: str, hit: Hit) -> bool:
        """'the meeting of member institutions', 'heads of all its member universities': a gathering or
        its people "of" the member noun `hit`."""
        if text.find(" of ", max(0, hit.start - 24), hit.start) < 0:  # (a plain word looked for first)
            return False
        of = _OF_BEFORE.search(text, max(0, hit.start - 40), hit.start)
        return of is not None and text[: of.start()].endswith(self.gatherings)

    def _anaphor_holder(
        self, doc: Doc, sent: Span, hit: Hit, holders: list[tuple[Span, int, int]], *, timed: bool = False
    ) -> list[Span]:
        """'增选A为常务理事单位。该校自2016年起即为成员单位', 'A sent a delegation. It was elected a vice-chair
        institution': a seat whose clause opens with a word standing for an institution (its subject) goes
        to the one institution the sentence before names (Chinese), or has as its subject (English).
        `timed`: the clause may open with a time before the word ("The following day the school hosted")."""
        text = self._text
        at, anaphor = -1, ""  # (the last of the words before the phrase: most phrases have none)
        # (no further before it than the few words `_ANAPHOR_TO_SEAT` lets stand between)
        window = max(sent.start_char, hit.start - _ANAPHOR_REACH[self.language])
        for word in self.anaphors:
            found = text.rfind(word, window, hit.start)
            if found > at:
                at, anaphor = found, word
        if at < 0 or not _ANAPHOR_TO_SEAT[self.language].fullmatch(text, at + len(anaphor), hit.start):
            return []
        # (the word opens its clause: only blanks after the sentence's start or the clause's last break)
        start = sent.start_char
        for mark in _CLAUSE_MARKS[self.language]:  # (a loop: compiled)
            start = max(start, text.rfind(mark, sent.start_char, at) + 1)
        if start < at and not text[start:at].isspace() and not (timed and _TIME_LEAD.fullmatch(text, start, at)):
            return []
        for _, first, _ in holders:  # (a name between the word and the seat is the seat's subject, not it)
            if at <= first < hit.start:
                return []
        sents = sentences(doc)  # (cached on the Doc: kept on the component, they would keep the Doc alive)
        index = sents.index_of(sent.start_char)
        while index > 0 and _blank(text, sents.spans[index - 1].start_char, sents.spans[index - 1].end_char):
            index -= 1  # (a paragraph's break between them)
        if index < 1:
            return []
        before = sents.spans[index - 1]
        named = [s for s in institutions_in(doc, before.start_char, before.end_char) if facts(s).kind != "alliance"]
        if self.language == "en":  # (the previous sentence's subject: its first name(s), right after its start)
            lead = named and _SUBJECT_LEAD.fullmatch(text, before.start_char, named[0].start_char)
            named = self._leading_list(doc, named) if lead else []
        if len({_body(s, facts(s)) for s in named}) != 1:
            return []  # (none, or several the word may stand for)
        return named[-1:]

    def _first_person_holder(self, doc: Doc, sent: Span, hit: Hit, holders: list[tuple[Span, int, int]]) -> list[Span]:
        """'"We are honoured to be elected chair of the network," said ...': on a page its publisher speaks
        on, a seat whose clause opens with "we" is the publisher's, told by the first name of it in the text
        (none written: no evidence to point at, no role)."""
        if self._page_we is None:  # (once a page: a publisher, and "we" on the page)
            publisher = doc._.publisher
            text = self._text
            self._page_we = publisher is not None and holds_any(text, self.first_person)
            self._publisher_names = None
        if not self._page_we:
            return []
        text = self._text
        window = max(sent.start_char, hit.start - _ANAPHOR_REACH["en"])
        at, word = -1, ""
        for candidate in self.first_person:
            found = text.rfind(candidate, window, hit.start)
            if found > at:
                at, word = found, candidate
        if at < 0 or (at > 0 and text[at - 1].isalpha()) or not _WE_TO_SEAT.fullmatch(text, at + len(word), hit.start):
            return []
        # (the word opens its clause or a quotation: only blanks or an opening quote before it there)
        start = sent.start_char
        for mark in _CLAUSE_MARKS["en"]:  # (a loop: compiled)
            start = max(start, text.rfind(mark, sent.start_char, at) + 1)
        if text[start:at].strip(_OPENING_QUOTES):
            return []
        for _, first, _ in holders:  # (a name between the word and the seat is the seat's subject)
            if at <= first < hit.start:
                return []
        return self._publisher_named(doc)

    def _publisher_named(self, doc: Doc) -> list[Span]:
        """The first name in the text that names the publisher (its gazetteer entry, else its name)."""
        if self._publisher_names is None:
            publisher = doc._.publisher
            self._publisher_names = []
            for span in institution_spans(doc):  # (a loop: compiled)
                known = facts(span)
                if (publisher.entry is not None and known.entry is not None and known.entry.id == publisher.id) or (
                    span.text.lower() == publisher.name.lower()
                ):
                    self._publisher_names = [span]
                    break
        return list(self._publisher_names)

    def _successor(self, doc: Doc, before: list[Span], hit: Hit) -> list[Span]:
        """'A will succeed B as chair', 'A replaces B as the rotating chair': the name before the verb of
        succeeding takes the seat; B, right before the seat, held it."""
        if len(before) < 2:
            return []
        text = self._text
        if _AS_SEAT.fullmatch(text, before[-1].end_char, hit.start) is None:
            return []
        if _SUCCEEDS.fullmatch(text, before[-2].end_char, before[-1].start_char) is None:
            return []
        return [before[-2]]

    def _handed_to_before(self, doc: Doc, hit: Hit, holders: list[tuple[Span, int, int]]) -> list[Span]:
        """'A向B移交轮值主席单位', 'A向B交接了联盟秘书处': the seat goes to the name after 向, not to A,
        who hands it on ('A作为理事长单位向大会报告' hands nothing on: no verb of handing before the seat)."""
        text = self._text
        if hit.value not in ALLIANCE_ROLES or not self._handing_on(text):
            return []
        # (the verb's characters looked for first, in a short slice: most seats have none before them)
        if not holds_any(text[max(0, hit.start - 8) : hit.start], _ZH_HANDING_VERBS):
            return []
        last = None
        for row in holders:  # (a loop: compiled, a generator would be built)
            if row[2] <= hit.start:
                last = row
        if last is None or text[last[1] - 1 : last[1]] != "向":
            return []
        return [last[0]] if _ZH_HANDED_BEFORE.fullmatch(text, last[2], hit.start) else []

    def _pair_before(self, doc: Doc, bound: int, hit: Hit) -> list[Span]:
        """'由A与B共同发起，两校分别担任中方和俄方理事长单位', 'both universities serve as ...': the
        two institutions named last before the words for the pair."""
        between = self._text[bound : hit.start]
        found = -1
        for word in self.pair_words:  # (a loop: compiled, max() of a generator would build one)
            found = max(found, between.rfind(word))
        if found < 0:
            return []
        at = bound + found
        named = [
            s
            for s in institutions_in(doc, max(0, at - 600), at)
            if facts(s).kind != "alliance" and not self._names_a_unit(doc, s.end_char)
        ]
        pair: list[Span] = []
        for span in reversed(named):
            # (`pair` holds at most one name here: compared without an all() generator)
            if not pair or institution_ref(span) != institution_ref(pair[0]):
                pair.insert(0, span)
            if len(pair) == 2:
                return pair
        return []

    def _has_its_object(
        self, doc: Doc, hit: Hit, names_event: bool, named_before: bool = False, event: str | None = None
    ) -> bool:
        """'X joined the alliance' (an alliance right after), 'X hosted the 2024 Forum' (an event
        named in the sentence, a noun phrase right after; or the event `event` right before "which X":
        'the 2026 Forum, which X will host'): else the verb is no role phrase ('hosted a delegation',
        'joined the ceremony')."""
        after = self._text[hit.end : hit.end + 40]
        if hit.phrase in self.joins:
            if self.not_yet and self._not_joined_yet(doc, hit):
                return False
            start = self._joined_at(doc, hit.end)
            if self.language == "zh" and hit.phrase.endswith(_FOUNDING_ENDS) and self._text.startswith("的", start):
                start += 1  # ('由X牵头组建的Y联盟': the alliance founded after 的)
            rest = self._text[start : start + 24]
            if rest.startswith(self.references_without_the):
                return True
            named = institutions_in(doc, start, start + 120)[:1]
            return bool(named) and named[0].start_char == start and facts(named[0]).kind == "alliance"
        if hit.phrase in self.of_the_alliance:
            return self._of_an_alliance(doc, hit.end)
        if hit.phrase in self.after_you:  # 由X举办, not 在X举办
            clause = re.split(r"[，,。；;：:]", self._text[max(0, hit.start - 60) : hit.start])[-1]
            return "由" in clause
        if hit.phrase in self.active and hit.value in EVENT_ROLES:
            if self.language == "zh":  # (召开: their event checked before, `_convened_event_next`)
                return names_event
            if names_event:
                return bool(_NOUN_PHRASE_NEXT.match(after)) or (
                    event is not None and self._event_before_which(hit.start, event)
                )
            # "The 2025 Forum opened on May 8. Nanchang University hosted the event.": the event named
            # before, spoken of by its head word (`named_before`: a sentence up to this one names one)
            return named_before and self.event_anaphor is not None and bool(self.event_anaphor.match(after))
        return True

    def _event_before_which(self, at: int, event: str) -> bool:
        """'the 2026 Forum, which YSU will host on 20 November': `event` named right before "which"
        (or "that"), and only its subject between it and the verb at `at` (an object's relative clause)."""
        text = self._text
        start = max(0, at - _WHICH_REACH)
        which = max(text.rfind(" which ", start, at), text.rfind(" that ", start, at))
        if which < 0 or _EN_CLAUSE_END.search(text, which, at):
            return False
        return text[:which].rstrip(' ,"”’)').endswith(event.lower())

    def _convened_event_next(self, owners: _Owners, index: int, hit: Hit) -> bool:
        """'召开2026年全省中外合作办学工作会议', '召开“第三届…论坛”': the event sentence `index` names
        (the one its roles belong to) right after the verb."""
        event = owners.events.get(index)
        if event is None:
            return False
        at = _CONVENED_LEAD.match(self._text, hit.end)
        return self._text.startswith(event, at.end() if at else hit.end)

    def _convener(self, doc: Doc, sent: Span, hit: Hit, holders: list[tuple[Span, int, int]]) -> list[Span]:
        """'安徽省教育厅在合肥召开…', 'A、B定于3月12日在南昌大学联合召开…': the names opening the verb's clause,
        with only a time and a place (a venue's name too) between them and the verb."""
        text = self._text
        clause = max(text.rfind(mark, sent.start_char, hit.start) for mark in _ZH_CLAUSE_MARKS) + 1
        clause = max(clause, sent.start_char)
        opening = [m for m, first, end in holders if first >= clause and end <= hit.start]
        if not opening or not _ZH_CLAUSE_LEAD.fullmatch(text, clause, opening[0].start_char):
            return []
        kept = self._leading_list(doc, opening)
        return kept if _ZH_CONVENE_GAP.fullmatch(text, kept[-1].end_char, hit.start) else []

    def _of_an_alliance(self, doc: Doc, at: int) -> bool:
        """' of the alliance', ' of the Pearl River Universities Alliance' right at `at`."""
        text = self._text
        of = _OF_THE.match(text, at)
        if of is None:
            return False
        if text.startswith(self.alliance_references, of.start(1)):
            return True
        named = institutions_in(doc, of.end(), of.end() + 120)[:1]
        return bool(named) and named[0].start_char == of.end() and facts(named[0]).kind == "alliance"

    def _by_the_alliance(self, doc: Doc, hit: Hit) -> bool:
        """'年会由联盟主办', 'The meeting was hosted by the alliance': an event role phrase whose holder is
        the alliance spoken of by its head word (right after "by", right after 由)."""
        text = self._text
        if self.language == "zh":
            before = text[max(0, hit.start - 6) : hit.start]
            return before.endswith(self.by_references)
        if not hit.phrase.endswith(" by"):
            return False
        after = _ALLIANCE_AFTER_BY.match(text, hit.end)
        return after is not None and after.group(1) in self.alliance_references

    def _bystanding_on_page(self, doc: Doc, span: Span) -> bool:
        """`_bystanding`, on a page holding a bystander word (looked for once a page, when first asked)."""
        if self._page_bystanders is None:
            self._page_bystanders = _holds_any_grouped(self._text, self.bystander_page_words)
        return self._page_bystanders and self._bystanding(doc, span)

    @property
    def _bystander_check(self) -> Callable[[Doc, Span], bool] | None:
        """`_bystanding`, when there are bystander words to look for."""
        return self._bystanding if self.bystander_words else None

    def _bystanding(self, doc: Doc, span: Span) -> bool:
        """'中国教育国际交流协会、江西省教育厅有关负责人出席', 'witnessed by officials from CEAIE': an
        alliance whose people attend or witness is no alliance the sentence's roles belong to."""
        if not self.bystander_words:
            return False
        text = self._text
        if self.language == "en":
            before = text[max(0, span.start_char - 40) : span.start_char].rstrip()
            before = before.removesuffix(" the") if before.endswith(" the") else before
            return before.endswith(self.bystander_words)
        # the words after the list of names the alliance opens (A、B有关负责人)
        end = span.end_char
        for other in institutions_in(doc, end, end + 120):
            if not _ZH_LIST_JOINERS.fullmatch(text[end : other.start_char]):
                break
            end = other.end_char
        return text[end : end + 8].lstrip().startswith(self.bystander_words)

    def _not_joined_yet(self, doc: Doc, hit: Hit) -> bool:
        """'X申请加入联盟', '欢迎X加入联盟', 'X将加入联盟': a word of the clause before the verb says
        the institution is no member yet."""
        clause = _ZH_CLAUSE_BREAK.split(self._text[max(0, hit.start - 60) : hit.start])[-1]
        return holds_any(clause, self.not_yet)

    def _joined_at(self, doc: Doc, at: int) -> int:
        """Where the name of what a joining verb ending at `at` joins starts: past a 'the' and a
        body of the alliance ('joined the executive committee of the ...')."""
        text = self._text
        at += len(text[at : at + 8]) - len(text[at : at + 8].lstrip())
        at += 4 if self.language == "en" and text.startswith("the ", at) else 0
        organ = _first_at(self.join_organs, text, at)
        if organ is None:
            return at
        at += len(organ)
        at += len(text[at : at + 8]) - len(text[at : at + 8].lstrip())
        return at + (4 if self.language == "en" and text.startswith("the ", at) else 0)

    def _subject_list(
        self, doc: Doc, before: list[Span], hit: Hit, gap: dict[str, re.Pattern[str]] | None = None
    ) -> list[Span]:
        """The names right before a verb ('A and B co-hosted the forum', 'X also joined the alliance');
        `gap`: what may stand between them and the verb, by language (else `_SUBJECT_GAP`)."""
        pattern = (gap or _SUBJECT_GAP).get(self.language)
        if len(before) > 1 and self.language == "en":
            before = _without_short_form_last(self._text, before)
        if not before or pattern is None or not pattern.fullmatch(self._text[before[-1].end_char : hit.start]):
            return []
        text = doc_text(doc)
        kept = [before[-1]]
        for span in reversed(before[:-1]):
            if not self._list_gap(text[span.end_char : kept[0].start_char]):
                break
            kept.insert(0, span)
        if self.language == "en" and self._text.endswith(_OFFICE_OF, 0, kept[0].start_char):
            return []  # ("Li Hua of X was elected chair": the organisation of a person, not the subject)
        return kept

    def _leading_list(self, doc: Doc, spans: list[Span], *, listed: bool = False) -> list[Span]:
        """'hosted by A and B, was held at C': the list right after a role phrase ends where
        something other than a list word, a bracket or a country stands between two names.
        `listed`: after a colon or 包括 a Chinese list may run on with commas (成员单位包括：A，B，C)."""
        text = doc_text(doc)
        kept = spans[:1]
        for span in spans[1:]:
            if not self._list_gap(text[kept[-1].end_char : span.start_char], listed=listed):
                break
            kept.append(span)
        # 'under the guidance of A, the B alliance was founded': an English list ends with "and"
        # before its last name; names after commas alone start the next clause
        # ("Organized by: A, B" on a label line: a list after a colon that its line ends is whole)
        whole = listed and self.language == "en" and _LINE_END.match(text, kept[-1].end_char) is not None
        while (
            self.language == "en"
            and len(kept) > 1
            and not whole
            and not _EN_LIST_END.search(text[kept[-2].end_char : kept[-1].start_char])
        ):
            kept.pop()
        return kept

    def _introduces_a_list(self, doc: Doc, hit: Hit, chosen: list[Span]) -> bool:
        lead = self._text[hit.end : chosen[0].start_char] if chosen else ""
        if self.language == "en":
            return lead.strip() == ":"
        return holds_any(lead, ("：", ":", "包括"))

    def _list_gap(self, gap: str, *, listed: bool = False) -> bool:
        if self.language == "en":
            return bool(_EN_LIST_GAP.fullmatch(gap))
        if listed:
            gap = gap.replace("，", "、").replace(",", "、")
        joiners = _ZH_LIST_JOINERS.match(gap)
        rest = gap[joiners.end() :].strip() if joiners else gap
        return not rest or load_countries().code(to_simplified(rest)) is not None

    def _by_of_another_thing(self, hit: Hit) -> bool:
        """'followed by a banquet hosted by X', 'Talks were held by X': an event's "VERB by" whose subject is
        something else, an indefinite noun or talks, not the event (English; an event's head word there,
        'a two-day forum hosted by X', keeps it)."""
        if not hit.phrase.endswith(" by") or hit.value not in EVENT_ROLES:
            return False
        before = self._text[max(0, hit.start - 48) : hit.start]
        other = _ANOTHER_THING.search(before)
        return other is not None and not self._heads_an_event(other.group(0))

    def _heads_an_event(self, words: str) -> bool:
        return (
            self.event_anaphor is not None and self.event_anaphor.search(" the " + words.split(None, 1)[-1]) is not None
        )

    def _verb_with_object(self, doc: Doc, hit: Hit) -> bool:
        """'支持北师港浸大建设…' supports something; '…指导，', '在…指导下', '给予支持' name a role."""
        if hit.phrase not in self.clause_final:
            return False
        return not _CLAUSE_FINAL.match(self._text, hit.end)

    def _fronted_as(self, doc: Doc, sent: Span, hit: Hit, holders: list[tuple[Span, int, int]]) -> list[Span]:
        """'As the chair institution of the alliance, X will ...', '作为联盟理事长单位，X将…', 'As the
        host, X ...': a role phrase in the "as" clause opening the sentence gives its role to the name
        right after that clause's comma. `holders`: each with its first and end character."""
        text = self._text
        if not _FRONTED_AS[self.language].fullmatch(text, sent.start_char, hit.start):
            return []
        at = self._past_the_alliance(doc, hit.end)
        comma = _FRONTED_AS_COMMA.match(text, at)
        if comma is None:
            return []
        return [span for span, first, _ in holders if first == comma.end()][:1]

    def _apposed(
        self, doc: Doc, hit: Hit, holders: list[tuple[Span, int, int]], *, any_role: bool = False
    ) -> list[Span]:
        """'undertaken by X, the alliance's chair institution': X holds both roles. `holders`: each
        with its first and end character. `any_role`: an event's too ('X, the host university')."""
        if hit.value not in ALLIANCE_ROLES and not any_role:
            return []
        before = [(m, end) for m, _, end in holders if end <= hit.start]
        if not before:
            return []
        last, end = before[-1]
        return [last] if _APPOSITION[self.language].fullmatch(self._text[end : hit.start]) else []

    def _named_right_after(
        self, doc: Doc, hit: Hit, holders: list[tuple[Span, int, int]], taken: set[int]
    ) -> list[Span]:
        """'理事长单位宁波大学向大会报告', 'the chair institution, Jinan University, reported': an alliance seat
        with its holder's name right after it (a Chinese seat of a 单位 then the name, no word between; an
        English one after "the"/"its" then a comma, the name and a comma)."""
        # (what the seat must end with, or have right after it, looked at before the names are)
        if hit.value not in ALLIANCE_ROLES or (self.language == "zh" and not hit.phrase.endswith("单位")):
            return []
        text = self._text
        if self.language == "en" and _COMMA_NEXT.match(text, hit.end) is None:
            return []
        after = [(m, first) for m, first, _ in holders if first >= hit.end and m.start not in taken]
        if not after:
            return []
        name, first = after[0]
        if self.language == "zh":
            apposed = first == hit.end and hit.phrase.endswith("单位")
        else:
            apposed = (
                _APPOSED_AFTER.fullmatch(text, hit.end, first) is not None
                and _THE_BEFORE.search(text, max(0, hit.start - 24), hit.start) is not None
                and text.startswith(",", name.end_char)
            )
        return self._leading_list(doc, [m for m, _ in after]) if apposed else []

    def _companions(self, doc: Doc, hit: Hit, holders: list[tuple[Span, int, int]], chosen: list[Span]) -> list[Span]:
        """'X was elected a vice-chair institution of the alliance, together with A and B': the names
        listed after "together with" / "along with" right after the seat take it too."""
        text = self._text
        at = max(hit.end, chosen[-1].end_char)
        if text.find("with", at, at + 60) < 0:  # (a plain word looked for first, no slice made)
            return []
        at = self._past_the_alliance(doc, at)
        if (term := _SEAT_TERM.match(text, at)) is not None:
            at = term.end()
        together = _TOGETHER_WITH.match(text, at)
        if together is None:
            return []
        start = together.end()
        owner = _COUNTRY_OWNER.match(text, start)  # ("together with Australia's Griffith University")
        if owner is not None and load_countries().code(doc_text(doc)[owner.start(1) : owner.end(1)]) is not None:
            start = owner.end()
        after = [m for m, first, _ in holders if first >= start]
        if not after or after[0].start_char != start:
            return []
        return self._leading_list(doc, after)

    def _with_after_object(self, doc: Doc, hit: Hit, holders: list[tuple[Span, int, int]]) -> list[Span]:
        """'X co-hosted the 2025 Forum with Y', 'X co-organized the forum in Hefei together with the Y': the
        names right after the "with" closing an active verb's clause (no name between) hold its role too; not
        'with Y as co-organizer' (the role then told)."""
        text = self._text
        end = _EN_CLAUSE_END.search(text, hit.end, hit.end + 160)
        with_at = text.find(" with ", hit.end, end.start() if end else hit.end + 160)
        if with_at < 0:
            return []
        at = with_at + 6 + (4 if text.startswith("the ", with_at + 6) else 0)
        after = [m for m, first, _ in holders if first >= hit.end]
        if not after or after[0].start_char != at:
            return []
        listed = self._leading_list(doc, after)
        return [] if text.startswith(" as ", listed[-1].end_char) else listed

    def _antecedent_of_which(self, doc: Doc, hit: Hit, holders: list[tuple[Span, int, int]]) -> list[Span]:
        """'the secretariat is based at X, which was also re-elected a vice-chair institution': the name a
        relative clause hangs on holds the seat the clause gives it, though a role before claimed it."""
        if self.language != "en" or hit.value not in ALLIANCE_ROLES:
            return []
        text = self._text
        if text.find("which", max(0, hit.start - 60), hit.start) < 0:  # (a plain word looked for first)
            return []
        before = [(m, end) for m, _, end in holders if end <= hit.start]
        if not before:
            return []
        last, end = before[-1]
        return [last] if _WHICH_HOLDS.fullmatch(text, end, hit.start) else []

    def _subject_past_relative_clause(
        self,
        doc: Doc,
        holders: list[tuple[Span, int, int]],
        hit: Hit,
        then: dict[str, re.Pattern[str]] | None = None,
    ) -> list[Span]:
        """'X, which has run the secretariat since 2015, was re-elected as the chair institution': the
        name before a relative clause between commas is the verb's subject too (the clause's own role
        phrase may have claimed it). `then`: what stands between the clause and the role phrase, by
        language ("remains the alliance's " before a seat a person may hold too), else a verb's auxiliaries."""
        if self.language != "en":
            return []
        before = [m for m, _, end in holders if end <= hit.start]
        if not before:
            return []
        text = self._text
        if then is None:
            if _RELATIVE_THEN_VERB.fullmatch(text, before[-1].end_char, hit.start):
                return [before[-1]]
            # "X, a founding member of the Y Alliance, hosted the forum": the name before an apposition
            # between commas (which may name another body) is the verb's subject
            for span, _, end in reversed(holders):
                if end > hit.start:
                    continue
                if hit.start - end > _APPOSITION_REACH:
                    break
                if _APPOSED_THEN_VERB.fullmatch(text, end, hit.start):
                    return [span]
            return []
        clause = _RELATIVE_CLAUSE.match(text, before[-1].end_char, hit.start)
        return [before[-1]] if clause is not None and then["en"].fullmatch(text, clause.end(), hit.start) else []

    def _seat_may_hold(self, text: str, hit: Hit) -> bool:
        """Whether a seat a person may hold too stands where an institution can take it: handed on
        ('handed over the chair to', 'the chair passed to'), after "serve as" / "was named", or apposed
        (a comma before it); plain words checked, before the sentence's names are read."""
        if text.startswith(" of ", hit.end) or (self.moved_to is not None and self.moved_to.match(text, hit.end)):
            return True
        if text.endswith(" as ", 0, hit.start):
            return True  # ("elected A as chair": the name right before "as", `_named_right_before_as`)
        before = text[max(0, hit.start - 60) : hit.start]
        if holds_any(before, _SEAT_TAKING_WORDS) or (
            self._succeeding_on(text) and holds_any(before, _SUCCEEDING_WORDS)
        ):
            return True
        comma = before.rfind(",")
        return comma >= 0 and _SEAT_APPOSITION.fullmatch(before, comma) is not None

    def _seat_of_something_else(self, doc: Doc, hit: Hit) -> bool:
        """'X served as chair of the organising committee': a seat of a body or happening named in
        roles_seat_elsewhere.txt, not of the alliance ('chair of the council' stays the alliance's)."""
        text = self._text
        if not text.startswith(" of ", hit.end):
            return False
        of = _OF_THE.match(text, hit.end)
        return of is not None and text[of.end() : of.end() + 40].lower().startswith(self.seats_elsewhere)

    def _apposed_seat(self, doc: Doc, hit: Hit, holders: list[tuple[Span, int, int]]) -> list[Span]:
        """'Xiamen University, the alliance's founding chair, ...': a seat a person may hold too, apposed
        to an institution; not to one that names a person's office ('Li Hua, President of X, the
        alliance's chair'), nor before a name of its own ('..., the chair Wang Ming')."""
        before = [(m, end) for m, _, end in holders if end <= hit.start]
        text = self._text
        if not before or not _SEAT_APPOSITION.fullmatch(text, before[-1][1], hit.start):
            return []
        apposed = [before[-1][0]]
        if text[max(0, apposed[0].start_char - 8) : apposed[0].start_char].endswith(_OFFICE_OF):
            return []
        return apposed if _SEAT_CLOSED.match(text, hit.end) else []

    def _earlier_clause_subject(
        self, doc: Doc, sent: Span, hit: Hit, holders: list[tuple[Span, int, int]]
    ) -> list[Span]:
        """'A从B手中接过会旗，正式接任联盟轮值主席单位': a verb whose clause opens with it (adverbs only before
        it) has the subject of the clause before, the names opening that clause (no other name there but
        the one it comes from, 从B)."""
        text = self._text
        start = sent.start_char
        for mark in _CLAUSE_MARKS["zh"]:  # (a loop: compiled)
            start = max(start, text.rfind(mark, sent.start_char, hit.start) + 1)
        if start <= sent.start_char or not _ZH_CLAUSE_ADVERBS.fullmatch(text, start, hit.start):
            return []
        before = sent.start_char
        for mark in _CLAUSE_MARKS["zh"]:
            before = max(before, text.rfind(mark, sent.start_char, start - 1) + 1)
        opening = [m for m, first, _ in holders if before <= first < start - 1]
        if not opening or text[before : opening[0].start_char].strip():
            return []
        subject = self._leading_list(doc, opening)
        for other in opening[len(subject) :]:  # ('A将会旗交给B，正式接任': B takes it; only 从B手中 is no taker)
            if not text.endswith("从", 0, other.start_char):
                return []
        return subject

    def _shared_subject(self, doc: Doc, hit: Hit, claims: list[tuple[Hit, list[Span]]]) -> list[Span]:
        """'X, the alliance's chair institution, will also house its secretariat': the role phrase
        before, in the same clause, had the subject; 'X joined the alliance as a vice-chair institution',
        'X加入联盟，成为理事单位': the joining one."""
        if not claims or not claims[-1][1]:
            return []
        previous, subject = claims[-1]
        if previous.phrase in self.joins:
            between = self._text[previous.end : hit.start]
            return subject if not re.search(r"[.;!?。；！？]", between) else []
        if self.language == "zh" and hit.phrase in self.active:
            # ('X担任理事长单位并承担联盟秘书处工作': the verb after 并 has the seat's subject)
            return subject if _ZH_AND_THEN.fullmatch(self._text, previous.end, hit.start) else []
        if self.language != "en":
            return []
        if self._claims_right(doc, previous) or subject[-1].start_char > previous.start:
            return []
        text = self._text
        between = text[previous.end : hit.start]
        if _SAME_CLAUSE.fullmatch(between):
            return subject
        # ('… chair and houses its secretariat': a verb after "and"; "elected chair and vice-chair
        # institutions respectively" pairs its names in order instead)
        if hit.phrase in self.active and _AND_THEN.fullmatch(between):
            return subject
        # ("X, which hosts its secretariat and serves as its chair institution": a seat after "and serves as")
        if hit.value in ALLIANCE_ROLES and _AND_SERVES_AS.fullmatch(between):
            return subject
        # "X, the alliance's founding chair, continues to run its secretariat": the apposition closed, its
        # name is the subject of the clause after it
        apposed = _SEAT_APPOSITION.fullmatch(text, subject[-1].end_char, previous.start)
        return subject if apposed is not None and _AFTER_APPOSITION.fullmatch(between) else []

    def _about_alliance(self, doc: Doc, sent: Span, alliances: list[Span]) -> bool:
        """'联盟在省教育厅指导下组建', 'The alliance is supported by ...': a sentence that opens with
        the alliance gives it the guidance or support, not the event before."""
        opening = self._text[sent.start_char : sent.start_char + 24].lstrip()
        if opening.startswith(self.alliance_references):
            return True
        return bool(alliances) and not doc_text(doc)[sent.start_char : alliances[0].start_char].strip()

    def _speaks_of_event(self, owners: _Owners, sents: Sentences, index: int, hit: Hit) -> bool:
        """Whether sentence `index` may hold roles in the event named last up to it: it names one, or
        follows the sentence naming it or giving roles in it (over a paragraph's break: 'It was supported
        by', 'Supported by: X' after 'Organizer: Y'), or speaks of one by a head word or
        `roles_event_mentions.txt` ('论坛由…主办', 'The event was hosted by'), or is a label line the
        role opens ('Supported by: X', '承办单位：X': a page's credits). A sentence further on naming
        none tells of something else ('根据协议，两校每年互派…由双方导师联合指导')."""
        found = bisect.bisect_right(owners.event_at, index)
        before = index - 1
        while before > 0 and _blank(self._text, sents.spans[before].start_char, sents.spans[before].end_char):
            before -= 1  # (a paragraph's break between them)
        if (found and owners.event_at[found - 1] >= before) or self._event_roles_at >= before:
            return True
        span = sents.spans[index]
        if not self._text[span.start_char : hit.start].strip():
            return True
        return holds_any(self._text[span.start_char : span.end_char].lower(), self.event_mentions)

    def _clause_about_alliance(self, sent: Span, hit: Hit) -> bool:
        """'记者了解到，联盟在省教育厅指导下组建': guidance or support told in a clause whose subject is the
        alliance (the clause opens with a word for it) is the alliance's, however the sentence opens."""
        text = self._text
        start = sent.start_char
        for mark in _CLAUSE_MARKS[self.language]:  # (a loop: compiled)
            start = max(start, text.rfind(mark, sent.start_char, hit.start) + 1)
        return text[start : hit.start].lstrip().lower().startswith(self.alliance_references)

    def _names_a_unit(self, doc: Doc, end: int) -> bool:
        """'学校国际合作与交流处承办', "the university's International Office": the unit named right
        after an institution (ending at `end`) holds the role."""
        after = self._text[end : end + 16]
        if self.language == "en":
            if not after.startswith(("'s ", "’s ")):
                return False
            after = after[3:]
        return after.startswith(self.subunits)

    def _in_own_voice(self, doc: Doc, sent: Span, hit: Hit) -> bool:
        """'the Bureau held the 2025 Meeting', 'hosted by the Association': on a body's own page that speaks
        of itself by the head word of its name (the publisher's voice, `link/publisher.py`), those words as
        the subject of an event's verb or right after its "by" are the publisher (English)."""
        publisher = doc._.publisher
        if publisher is None or publisher.voice is None:
            return False
        text = self._text  # (lower case)
        word = text[publisher.voice[0] : publisher.voice[1]]
        if not word.startswith("the "):
            return False  # ("our Department": the first person, read by the other rules)
        if hit.phrase.endswith(" by"):
            end = hit.end + 1 + len(word)
            # (not "by the Department of International Cooperation ...": a unit's name)
            followed = text[end : end + 1].isalnum() or text.startswith(" of ", end)
            return text.startswith(" " + word, hit.end) and not followed
        if hit.phrase not in self.active:
            return False
        at = text.rfind(word, sent.start_char, hit.start)
        return at >= 0 and _SUBJECT_GAP["en"].fullmatch(text, at + len(word), hit.start) is not None

    def _speakers_body(self, span: Span, hit: Hit) -> bool:
        """'Ma Li, deputy director of the X Department, said ... the alliance's member universities': the
        body of an official's office whose words hold the role phrase names no holder of it (English)."""
        text = self._text
        if _SPEECH_VERB.search(text, span.end_char, hit.start) is None:
            return False  # (looked at first: most names before a role phrase say nothing)
        return _PERSON_OFFICE_OF.search(text, max(0, span.start_char - 80), span.start_char) is not None

    def _body_of_a_person(self, end: int) -> bool:
        """'南昌大学校长张华', '南昌大学党委书记、校长张华': an office right at `end` (after an institution's
        name), then a name or the next office, not '单位' (a seat: '理事长单位')."""
        text = self._text
        if text[end : end + 1] not in self.person_office_starts:
            return False  # (looked at first: most names are followed by no office)
        office = _first_at(self.person_offices, text, end)
        if office is None:
            return False
        after = end + len(office)
        if text.startswith("单位", after):
            return False
        return text.startswith("、", after) or _HAN.match(text, after) is not None

    def _runs_its_own_event(self, owners: _Owners, index: int, claims: list[tuple[Hit, list[Span]]]) -> bool:
        """'X联盟在南昌召开2026年理事会会议', "the X Alliance held its 2026 Council Meeting": the alliance that
        organises or hosts the event is the one whose seats the sentences after it fill, when no alliance is
        named before it (one that guides or supports another's event is no such alliance)."""
        if owners.alliance(index - 1) is not None:  # (the headline's alliance, `from_title`, before the first)
            return False
        return any(claimed and hit.value in ("organizer", "host") and self._event_role(hit) for hit, claimed in claims)

    def _event_role(self, hit: Hit) -> bool:
        return hit.value in EVENT_ROLES and hit.phrase not in self.alliance_other

    def _claims_right(self, doc: Doc, hit: Hit) -> bool:
        if hit.phrase.endswith((" by", " of", " from")) or hit.phrase in self.right_words:
            return True
        text = self._text
        after = text[hit.end : hit.end + 24].lstrip()
        if after.startswith(self.introducers):
            return True
        if self.inverted_links and after.startswith(self.inverted_links):
            return self._names_after_link(doc, hit.end + len(text[hit.end : hit.end + 24]) - len(after), after)
        # '首批成员单位包括', 'the founding members of the alliance include': a heading's ending word,
        # or the alliance the role is in, between the role phrase and the word that lists its holders
        at = hit.end + len(text[hit.end : hit.end + 24]) - len(after)
        if after.startswith(self.heading_endings):  # (one look for all of them, then which one)
            at += len(_first_at(self.heading_endings, after, 0) or "")
        at = self._past_the_alliance(doc, at)
        # 'the vice-chair institutions for 2026-2028 include': the seat's term before the listing word
        # (a term holds a year: "20" looked for first)
        if text.find("20", at, at + 14) >= 0 and (term := _SEAT_TERM.match(text, at)) is not None:
            at = term.end()
        # "the alliance's member universities now include": an adverb before the listing word
        if (
            self.language == "en"
            and (text.startswith(_ADVERBS_BEFORE_LIST, at) or text.startswith(_ADVERBS_BEFORE_LIST, at + 1))
            and (adverb := _ADVERB_BEFORE_LIST.match(text, at)) is not None
        ):
            at = adverb.end()
        # "founding members from abroad include": where the holders come from, before the listing word
        if self.language == "en" and text.startswith("from ", at) and (origin := _ORIGIN_BEFORE_LIST.match(text, at)):
            at = origin.end()
        # '联盟现有成员高校43所，包括A、B': the count of the holders between the role phrase and its list word
        if (
            self.language == "zh"
            and text[at : at + 1] in _ZH_NUMERALS
            and (count := _ZH_COUNT_THEN.match(text, at)) is not None
        ):
            at = count.end()
        return text[at : at + 24].lstrip().startswith(self.introducers)

    def _counts_attendance(self, doc: Doc, hit: Hit) -> bool:
        """'来自12个国家的40余所成员高校代表参会', 'representatives of some 40 member universities
        attended': the rest of the role phrase's clause speaks of people attending (a rounded number
        before it tallies the institutions they come from, not the holders)."""
        clause = _CLAUSE_REST.match(self._text, hit.end)
        return clause is not None and holds_any(clause.group(0), self.count_attending)

    def _tallies_attendance(self, doc: Doc, hit: Hit) -> bool:
        """'delegates from 46 member institutions attending', '46所成员高校代表参加会议': a number before the
        role phrase and people attending after it in its clause."""
        text = self._text
        before = text[max(0, hit.start - _COUNT_REACH[self.language]) : hit.start]
        # (a number looked for first: the count pattern tries many ways at each character; in English its
        # digits and number words' parts by plain looks before the pattern)
        if self.language == "en" and not _may_hold_en_number(before):
            return False
        if _ANY_NUMBER[self.language].search(before) is None:
            return False
        if not self._counts_attendance(doc, hit):
            return False
        match = _COUNT_BEFORE[self.language].search(before)
        # ('A、B等46所成员高校参会': the names the tally closes are its members)
        return match is not None and not before[: match.start(1)].rstrip().endswith("等")

    def _names_after_link(self, doc: Doc, at: int, after: str) -> bool:
        """'当选副理事长单位的有A、B' (`after`: the text from the link word at `at` on): the link holds
        only with an institution's name right after it ('副理事长单位的有关负责人' names none)."""
        start = at + len(_first_at(self.inverted_links_longest_first, after, 0) or "")
        named = institutions_in(doc, start, start + 80)[:1]
        return bool(named) and named[0].start_char == start

    def _past_the_alliance(self, doc: Doc, at: int) -> int:
        """Where the text goes on after 'of the alliance' / 'of <an alliance's name>' at `at` (English),
        else `at`."""
        if self.language != "en":
            return at  # (before any slice: Chinese role phrases ask it too)
        text = self._text
        word = at + len(text[at : at + 8]) - len(text[at : at + 8].lstrip())
        if not text.startswith("of ", word):
            return at
        at = word + 3
        reference = _first_at(self.alliance_references, text, at)
        if reference is not None:
            return at + len(reference)
        at += 4 if text.startswith("the ", at) else 0
        named = institutions_in(doc, at, at + 120)[:1]
        if named and named[0].start_char == at and facts(named[0]).kind == "alliance":
            return named[0].end_char
        return at

    def _elected_count(self, text: str, hit: Hit) -> tuple[str, int, int] | None:
        """'Six universities were elected standing council members': the number of those elected to a
        seat, further before it than a count's usual window (looked for after " were " only)."""
        start = max(0, hit.start - 64)
        if text.find(" were ", start, hit.start) < 0:
            return None
        wider = text[start : hit.start]
        elected = _ELECTED_COUNT.search(wider)
        if elected is None or _NOT_A_TOTAL.search(wider, elected.end(1)):
            return None
        return elected.group(1), start + elected.start(1), hit.end

    def _closing_count(self, doc: Doc, hit: Hit, claimed: list[Span]) -> re.Match[str] | None:
        """'成员单位包括A、B等23所高校': the count right after the list a role phrase opens."""
        pattern = _COUNT_AFTER_LIST.get(self.language)
        if pattern is None or not claimed or claimed[0].start_char < hit.end:
            return None
        return pattern.match(self._text, claimed[-1].end_char)

    def _count_text(self, doc: Doc, hit: Hit, claimed: list[Span]) -> tuple[str, int, int] | None:
        if hit.phrase in self.join_newcomers:
            return None  # ("three universities joined the alliance", "4所高校加入联盟": newcomers, not holders)
        text = self._text
        # '成员单位包括A、B等23所高校': the number closing the list the role phrase opens
        closing = self._closing_count(doc, hit, claimed)
        if closing is not None:
            return closing.group(1), hit.start, closing.end()
        before = text[max(0, hit.start - _COUNT_REACH[self.language]) : hit.start]
        numbered = _NUMBER_IN.get(self.language)
        if numbered is None:
            # (a count holds a digit or a number word: looked for first, the pattern tries many ways at each character)
            match = _COUNT_BEFORE[self.language].search(before) if _may_hold_en_number(before) else None
        else:
            # (a count begins with its number: searched from the first numeral on)
            first = numbered.search(before)
            match = _COUNT_BEFORE[self.language].search(before, first.start()) if first is not None else None
        if match and (
            _NOT_A_TOTAL.search(before[match.end(1) :])
            or _NOT_A_TOTAL.search(hit.phrase)
            or _OLD_COUNT.search(before, 0, match.start(1))
            or (self.language == "zh" and _PART_COUNT_BEFORE.search(before, 0, match.start(1)))
            or _ADMITTED_BEFORE.search(before, 0, match.start(1))
            or (
                (_approximate(before, match) or _ATTENDING_FROM.search(before, 0, match.start(1)))
                and self._counts_attendance(doc, hit)
            )
        ):
            match = None  # "admitted 12 new members" counts newcomers, not holders
        if match:
            offset = hit.start - len(before)
            return match.group(1), offset + match.start(1), hit.end
        if self.language == "en" and (elected := self._elected_count(text, hit)) is not None:
            return elected
        # "the alliance comprises 30 universities": a count as the object of a listing verb; "founded in
        # 2017 by 15 universities": of a founding one
        right = (
            _COUNT_RIGHT.get(self.language)
            if hit.phrase in self.right_words or hit.phrase.endswith((" of", " by"))
            else None
        )
        # (" more than forty universities")
        if right is not None and (counted := right.match(text[hit.end : hit.end + 44])) is not None:
            return counted.group(1), hit.start, hit.end + counted.end()
        after = text[hit.end : hit.end + 60]
        match = _COUNT_AFTER[self.language].match(after) if numbered is None or numbered.search(after) else None
        if match and _NEWCOMERS_BEFORE.search(text, max(0, hit.start - 12), hit.start):
            match = None
        if match:
            number = _first_group(match)  # (digits, or a number word)
            return number, hit.start, hit.end + match.end()
        return None


# "six universities were elected (as) standing council members", "12 institutions were named vice-chair units"
_ELECTED_COUNT = re.compile(
    r"(?<![\d,.])(\d+|" + _EN_NUMBER_WORDS + r")\s+(?:[a-z-]+\s+)?(?:universities|institutions|colleges|schools)\s+"
    # (the verb may begin the role phrase itself: "were| elected vice-chair")
    r"(?:were|have\s+been)\s+(?:(?:(?:newly|also|re-?)\s*)?(?:elected|named|chosen|selected|confirmed)\s+(?:as\s+)?)?"
    r"(?:the\s+|its\s+|the\s+[a-z-]+['’]s\s+)?$"
)
# "comprises 30 universities", "consisting of twelve member institutions", "founded by more than forty
# universities" (a rounded count is the number it rounds)
_COUNT_RIGHT = {
    "en": re.compile(
        r"\s+(?:(?:more than|over|nearly|almost|some|about|around|approximately)\s+)?"
        r"(\d+|" + _EN_NUMBER_WORDS + r")\s+(?:[a-z-]+\s+){0,2}?"
        r"(?:universities|institutions|members|colleges|schools|organizations|organisations|units)\b"
    )
}
# '…、C等23所中外高校': a count of the institutions listed, right after the list's last name
_COUNT_AFTER_LIST = {"zh": re.compile(r"\s*等\s*([0-9]+|[一二两三四五六七八九十]+)\s*(?:所|家|个)")}


class _Owners:
    """What a role in sentence `index` belongs to: the alliance, and the named conference (or other
    event), of the last sentence up to it naming one (the first such in that sentence), found for
    the whole Doc at once instead of sentence by sentence."""

    def __init__(self, doc: Doc, sents: Sentences, bystanding: Callable[[Doc, Span], bool] | None) -> None:
        alliances: dict[int, Span] = {}
        self.bystanders: set[int] = set()  # (first characters)
        for span, known in zip(institution_spans(doc), institution_facts(doc), strict=True):
            if known.kind != "alliance":
                continue  # (most are not: their sentence is not looked up)
            if bystanding is not None and bystanding(doc, span):
                self.bystanders.add(span.start_char)
                continue
            index = _sentence_holding(sents, span.start_char, span.end_char)
            if index is not None and index not in alliances:
                alliances[index] = span
        # Conferences and the like hold organisers; a founding names the alliance, not an event.
        events: dict[int, str] = {}
        # the other named events of a sentence naming several ('A暨B'), for a later sentence that says which
        self.also: dict[int, list[str]] = {}
        for event in doc._.events or []:
            if event.name and event.kind in {"conference", "other"}:
                index = _sentence_holding(sents, event.evidence.start, event.evidence.start + 1)
                if index is not None and events.setdefault(index, event.name) != event.name:
                    self.also.setdefault(index, []).append(event.name)
        self.alliances = alliances
        self.alliance_at = sorted(alliances)
        self.events = events
        self.event_at = sorted(events)
        self.event_refs: dict[str, InstitutionRef] = {}  # made once per event, when first asked for
        # the headline's alliance, when the text names none (`RoleExtractor._alliance_of_title`)
        self.from_title: InstitutionRef | None = None

    def name_in(self, index: int, alliance: Span | None) -> None:
        """Sentence `index` names `alliance` as the one its roles belong to (None: no alliance: the
        one it names only holds a role, and the alliance before it stays the owner)."""
        if index in self.alliances:
            if alliance is None:
                del self.alliances[index]
                self.alliance_at.remove(index)
            else:
                self.alliances[index] = alliance

    def alliance(self, index: int) -> InstitutionRef | None:
        found = bisect.bisect_right(self.alliance_at, index)
        return institution_ref(self.alliances[self.alliance_at[found - 1]]) if found else self.from_title

    def event(self, index: int, opening: str = "") -> InstitutionRef | None:
        """The event the roles of sentence `index` belong to; of several named in one sentence
        ('…理事会会议暨…合作论坛'), the one whose head word `opening` (the start of the role's
        sentence: '论坛由…主办', "The forum was hosted by") names, else the first."""
        found = bisect.bisect_right(self.event_at, index)
        if not found:
            return None
        at = self.event_at[found - 1]
        name = self.events[at]
        if at in self.also and opening:  # (most sentences name one event: looked at only then)
            name = _event_headed_by(opening, [name, *self.also[at]]) or name
        if _names_a_part(opening) and not _names_a_part(name):
            return None  # (分论坛由X承办: a part is no event of its own, GUIDE; nor is its host the forum's)
        if _names_a_part(name) and not _names_a_part(opening):
            name = self._whole_before(found - 1) or name  # (本次论坛主办单位 after 学生分论坛: the forum's)
        if name not in self.event_refs:
            self.event_refs[name] = InstitutionRef(name=name)
        return self.event_refs[name]

    def _whole_before(self, found: int) -> str | None:
        """The last event named in a sentence before `self.event_at[found]` that is no part of another."""
        for at in reversed(self.event_at[:found]):
            if not _names_a_part(self.events[at]):
                return self.events[at]
        return None

    def alliance_next(self, index: int) -> InstitutionRef | None:
        """The alliance the sentence after `index` names (its first), if it names one (a paragraph's
        break between them is a sentence of its own: two on)."""
        found = bisect.bisect_right(self.alliance_at, index)
        if found == len(self.alliance_at) or self.alliance_at[found] > index + 2:
            return None
        return institution_ref(self.alliances[self.alliance_at[found]])

    def names_event(self, index: int) -> bool:
        return index in self.events


@functools.cache
def _sub_event_words() -> tuple[str, ...]:
    return (*word_list("zh", "roles_sub_events.txt"), *word_list("en", "roles_sub_events.txt"))


def _names_a_part(words: str) -> bool:
    """Whether `words` (an event's name, a sentence's opening) name a part of a conference: 分论坛, "sub-forum"."""
    lowered = words.lower()
    return any(word in lowered for word in _sub_event_words())


_HAN = re.compile(r"[\u4e00-\u9fff]")
_EVENT_OPENING_SIZE = 24  # the characters of a role's sentence looked at for the event's head word
# what opens a sentence before the event's head word: 'The', 'This year's', 本次, 此次, 本届
_EVENT_OPENING_ZH = re.compile(r"(?:本次|此次|本届|该|这次)?")
_EVENT_OPENING_EN = re.compile(r"(?:the|this(?: year's)?)\s+", re.IGNORECASE)


def _event_headed_by(opening: str, names: list[str]) -> str | None:
    """The one of `names` whose last word (an English name's) or last two or three characters (a
    Chinese one's: 论坛, 研讨会) open `opening` after 'the' / 本次, when only one does."""
    opening = opening.lstrip()
    if _HAN.match(opening):
        start = _EVENT_OPENING_ZH.match(opening)
        rest = opening[start.end() if start else 0 :]
        fitting = [n for n in names if rest.startswith(n[-2:]) or rest.startswith(n[-3:])]
    else:
        start = _EVENT_OPENING_EN.match(opening)
        first = opening[start.end() :].split(maxsplit=1)[:1] if start else []
        fitting = [n for n in names if first and n.split() and n.split()[-1].lower() == first[0].lower()]
    return fitting[0] if len(fitting) == 1 else None


def _sentence_holding(sents: Sentences, start: int, end: int) -> int | None:
    """The index of the sentence that holds start:end whole, if one does."""
    index = sents.index_of(start)
    if index < 0 or end > sents.spans[index].end_char:
        return None
    return index


_OF_THE = re.compile(r"\s+of\s+((?:the\s+)?)")
# after "hosted by": "the alliance" / "the association", and no "'s" or "of" making it a part of it
_ALLIANCE_AFTER_BY = re.compile(r"\s+(the\s+[a-z]+)\b(?!['’]s|\s+of\b|-)")
# the rest of a clause, up to its break (at most 30 characters)
_CLAUSE_REST = re.compile(r"[^，,。；;：:！!？?.\n]{0,30}")
_ZH_CLAUSE_BREAK = re.compile(r"[，,。；;：:！!？?\n]")
# "founded| in Wuhan in 2019 by ": places and times (in, on, at, during ...) between a verb and its "by"
_LATER_BY = re.compile(r"(?:\s+(?:in|on|at|during)\s+[^,.;:()\n]{1,40}?)+\s+by\b")


def _later_by(text: str, end: int) -> re.Match[str] | None:
    """The "in Wuhan in 2019 by" after a verb ending at `end`, when only places and times stand before the "by"."""
    later = _LATER_BY.match(text, end)
    return later if later is not None and not _NOT_A_PLACE_OR_TIME.search(later.group(0)) else None


# a clause of its own between them: "founded in 2019 and is now chaired by"
_NOT_A_PLACE_OR_TIME = re.compile(r"\b(?:and|or|which|that|who|is|was|are|were|has|have|had)\b")


# a sentence opening with an "as" clause up to its role phrase: "As the chair institution", "As one of the
# founding members", "作为联盟理事长单位" ("as the host": the phrase holds its "as" itself)
_FRONTED_AS = {
    "en": re.compile(r"\s*(?:as\s+(?:the\s+|a\s+|an\s+|its\s+|one\s+of\s+(?:the\s+|its\s+)?)?(?:[a-z-]+\s+){0,2})?"),
    "zh": re.compile(r"\s*作为[^，,。；;：:！？\n]{0,30}?"),
}
# the end of that clause, up to the name of its holder: "..., the University"
_FRONTED_AS_COMMA = re.compile(r"\s*[,，]\s*(?:the\s+)?")
# "X, the alliance's chair institution", "X, its secretariat", "X（联盟理事长单位）"
_APPOSITION = {
    # ("X, a member of the alliance since 2018, ...", "X, one of the founding members")
    "en": re.compile(r"\s*,\s*(?:the\s+|its\s+|the\s+[a-z-]+['’]s\s+|an?\s+|one\s+of\s+(?:the|its)\s+)?"),
    "zh": re.compile(r"\s*[(（]\s*(?:联盟|该联盟)?"),
}
# ", which was also re-elected a ", ", which now serves as the ": a relative clause of being or being elected
# a seat, right before the seat
_WHICH_HOLDS = re.compile(
    r"\s*\)?\s*,\s*which\s+(?:(?:also|now|currently|again)\s+)*"  # (after an acronym in brackets too)
    r"(?:(?:is|was|has\s+been|had\s+been|will\s+be|became|becomes|remains|serves\s+as|served\s+as)\s+)?"
    r"(?:(?:also|again|now)\s+)*(?:(?:re-?elected|elected|named|appointed|chosen|confirmed)\s+(?:as\s+)?)?"
    r"(?:(?:a|an|the|its|one\s+of\s+the)\s+)?(?:[a-z-]+['’]s\s+)?(?:(?:new|founding|permanent)\s+)?"
)
# ", together with ", " along with the ": more holders of the seat just given
_TOGETHER_WITH = re.compile(r"\s*,?\s*(?:together|along|jointly)\s+with\s+(?:the\s+)?")
# "Australia's ", "New Zealand's ": a country owning the name that follows (checked against the countries)
_COUNTRY_OWNER = re.compile(r"([\w-]+(?: [\w-]+){0,2}?)['’]s\s+")  # (read in the lower-case text)
# " for 2026-2028", " for the 2026-2029 term", "（2025—2027年）": a seat's term after its phrase
_SEAT_TERM = re.compile(
    r"\s*(?:(?:for|in)\s+(?:the\s+)?)?[(（]?\d{4}\s*[-–—~至到]\s*\d{2,4}(?:\s*年)?[)）]?(?:\s+(?:term|session))?"
)
# " of ", " of all its ", " of the alliance's " right before a member noun
_OF_BEFORE = re.compile(r"\s+of\s+(?:all\s+)?(?:the\s+|its\s+|their\s+|the\s+[a-z-]+['’]s\s+)?$")
# "Founded in 2015, ", "Launched by 12 universities in 2019, ": a participle's clause opening a sentence
# a lead's opening before an alliance's head word: a dateline ("HOHHOT, Nov. 28 (Xinhua) --"), then "an" /
# "a new" (lower case, as the matching text is written)
_AN_ALLIANCE = r"(?:[^\n]{0,60}?\s--\s*)?an?\s+(?:[a-z-]+\s+){0,2}?"
_FRONTED_PARTICIPLE = re.compile(r"[a-z-]+ed\b[^,.;:]{0,60},\s*")
# how far before a role phrase its word standing for an institution may begin (`_ANAPHOR_TO_SEAT` and the word)
_ANAPHOR_REACH = {"en": 96, "zh": 30}
# the phrase of a seat found with its verb and owner (`_OwnedSeats`): an active one, of the subject before it
_OWNED_SEAT = "(owned seat)"
# the value of a seat of `_OwnedSeats` that is no role phrase alone ("council"): a hit only with its verb
_ANCHOR = "(seat anchor)"
# before a verb that opens its sentence or clause: the owned seat has no subject before it
_OPENING_MARKS = '.!?:;"“('
# a page with none of these holds no phrase of roles_same_seat.txt
_SAME_SEAT_WORDS = ("same post", "same position", "same role")
# a word going on after a seat word ("chairs", "chairman", "council-level")
_WORD_GOES_ON_AT = re.compile(r"[\w-]")
# the value of a phrase of roles_same_seat.txt before `_with_same_seat` gives it the seat named before it
_SAME_SEAT = "same_seat"
# the breaks after a role phrase that open the clause listing its holders (`_listed_in_clause_after`), and
# how far after the phrase the break may stand ('加入联盟，', "joined the alliance this week, ")
_CLAUSE_COMMAS = {"en": (",", ";"), "zh": ("，", ",", "；")}
_CLAUSE_REACH = {"en": 60, "zh": 16}
# between "we " and its seat: "are honoured to be elected ", "have been named the " (no name, no number)
_WE_TO_SEAT = re.compile(r"(?:[a-z-]+\s+){0,6}")
_OPENING_QUOTES = " \t\n\"'“‘"
# the breaks of a clause before a role phrase: its clause runs from the last (none: from the sentence's start)
_CLAUSE_MARKS = {"en": (",", ";", ":"), "zh": ("，", ",", "；", ";", "：", ":")}
# between a word standing for an institution (with its space) and its seat: "was elected a ", "has also
# become a " (no name, no number); '自2016年联盟成立之初即为' (no clause break)
_ANAPHOR_TO_SEAT = {
    "en": re.compile(r"(?:[a-z-]+\s+){0,4}"),
    "zh": re.compile(r"[^，,。；;：:！？\n]{0,24}"),
}
_EN_CLAUSE_END = re.compile(r"[,;:.!?()]")
# a time opening an English clause before its subject: "The following day", "On May 8,", "Later that day,"
# (lower case, as the matching text is written)
_TIME_LEAD = re.compile(
    r"\s*(?:(?:the\s+)?(?:following|next|same)\s+(?:day|morning|afternoon|evening|week)"
    r"|(?:on|in)\s+[a-z0-9 ]{1,24}|(?:later\s+)?that\s+(?:day|morning|afternoon|evening)|later|meanwhile)\s*,?\s*"
)
# before the subject of an English sentence: its start, or an opening "at/in ... ," clause, and "the"
_SUBJECT_LEAD = re.compile(r"\s*(?:(?:at|in|on|during|for)\b[^,.;]{0,80},\s*)?(?:the\s+)?")
# "now", "currently": between a role phrase and the word listing its holders ("member universities now include")
_ADVERBS_BEFORE_LIST = ("now", "currently", "also", "still", "already")
_ADVERB_BEFORE_LIST = re.compile(rf"\s*(?:{'|'.join(_ADVERBS_BEFORE_LIST)})\b")
# "from china", "from abroad", "from other countries": right before "include" / "are" (lower case)
_ORIGIN_BEFORE_LIST = re.compile(r"from (?:[a-z]+ ){0,2}?[a-z]+(?= (?:include|includes|are|were)\b)")
_ZH_NUMERALS = frozenset("0123456789一二两三四五六七八九十百")
# '43所，', '十余家，': a count of a role's holders, then its clause's end, right after the role phrase
_ZH_COUNT_THEN = re.compile(r"\s*(?:[0-9]+|[一二两三四五六七八九十百]+)\s*(?:余|多)?\s*(?:所|家|个)\s*[，,]\s*")
# "..., followed by B in 2028", "... and to B in 2028": the next holder of a seat passed round by year
# (words up to the next name; each name then followed by its year: `_WITH_ITS_YEAR`)
# ('…由A担任，2028年由B担任', '…由A担任，下一届由B承担': the year, or the next term, opens the next clause)
_ROTATION_NEXT = {
    "en": re.compile(
        r"\s+(?:in|for|from)\s+\d{4}(?:\s*[-–]\s*\d{2,4})?\s*,?\s*"
        r"(?:followed\s+by|and\s+then(?:\s+to|\s+by)?|then(?:\s+to|\s+by)?|and\s+(?:later\s+|then\s+)?to|and\s+by)"
        r"\s+(?:the\s+)?"
    ),
    "zh": re.compile(
        r"\s*(?:担任|承担|接任)\s*[，,；;]\s*(?:\d{4}\s*(?:[—至-]\s*\d{2,4}\s*)?年度?|下一?届|下一?年度?|此后|随后)"
        r"\s*[，,]?\s*(?:则|将|再|改)?\s*由\s*"
    ),
}
_WITH_ITS_YEAR = {"en": re.compile(r"\s+(?:in|for|from)\s+\d{4}\b"), "zh": re.compile(r"\s*(?:担任|承担|接任)")}
# "the chair institution, Jinan University, ...": a comma between a seat and the name apposed to it
_APPOSED_AFTER = re.compile(r"\s*,\s*")
# every character str.strip() takes away (none past U+3000)
_SPACES = tuple(chr(code) for code in range(0x3001) if chr(code).isspace())
_COMMA_NEXT = re.compile(r"\s*,")  # (its first part: looked for before the names after the seat)
# (the seat then is the subject's head: "the", "its", "the alliance's" before it)
_THE_BEFORE = re.compile(r"\b(?:the|its|[a-z-]+['’]s)\s+(?:(?:new|current|incoming|outgoing|founding)\s+)?$")
# ", which has run the secretariat since 2015, was ": a relative clause between a subject and its verb
_RELATIVE_CLAUSE = re.compile(r"\s*,\s*(?:which|who)\s+[^,;:.!?()]{1,100},")
_RELATIVE_THEN_VERB = re.compile(
    r"\s*,\s*(?:which|who)\s+[^,;:.!?()]{1,100},\s*"
    r"(?:(?:also|has|have|had|was|were|been|is|are|will|now|currently)\s+)*"
)
# ", a founding member of the Y Alliance, ": an apposition between a subject and its verb
_APPOSED_THEN_VERB = re.compile(
    r"\s*,\s*(?:a|an|the|one\s+of\s+the)\s+[^,;:!?()]{1,120}?,\s*"
    r"(?:(?:also|has|have|had|was|were|been|is|are|will|now|currently|jointly)\s+)*"
)
_APPOSITION_REACH = 160  # characters from a subject's end to its verb past an apposition
# ", continues to run its ": the rest of an apposition's phrase, then its clause's verb, up to a role phrase
_AFTER_APPOSITION = re.compile(r"[^,.;:!?]{0,30}?,\s*[^,.;:!?]{0,40}")
# before a seat a person may hold too, the words one of the ways an institution takes it needs (handed,
# passed, transferred; serves, acts; named, appointed, chosen, selected), else an apposition's comma
_SEAT_TAKING_WORDS = (
    "hand",
    "pass",
    "transfer",
    " serve",
    " serving",
    " act as",
    " acts as",
    " acted as",
    " acting as",
    " named",
    " appointed",
    " chosen",
    " selected",
    # "X will take over the chair in 2027", "X assumes the rotating presidency"
    " over",
    " assum",
    # "X remains the alliance's chair"
    " remain",
)
# "A will succeed B as chair", "A takes over from B as chair"
_SUCCEEDING_WORDS = (" succeed", " replace", "over from")
# "X, the alliance's founding chair": an apposition up to a seat, with a word saying which holder it is
_SEAT_APPOSITION = re.compile(
    r"\s*,\s*(?:the\s+|its\s+|the\s+[a-z-]+['’]s\s+)?(?:(?:new|incoming|current|founding|first|outgoing)\s+)?"
)
# a name right after these is the organisation of a person's office ("President of X", "Dean at X")
_OFFICE_OF = (" of ", " of the ", " at ", " from ")
# between a phrase of `roles_holder_next.txt` and its holder: a space, maybe "the"
_HOLDER_NEXT = re.compile(r"\s+(?:the\s+)?")
# a person's office in an apposition, up to its body: "ma li, deputy director of the " (in the lower-cased text)
_PERSON_OFFICE_OF = re.compile(
    r"(?i:[^\W\d_][\w'’-]*,\s+(?:the\s+)?(?:[a-z-]+\s+){0,4}?(?:director(?:-general)?|president|minister|chancellor"
    r"|rector|dean|head|secretary(?:-general)?|chairman|chair|governor|mayor|counsellor|counselor|consul(?:-general)?)"
    r"(?:\s+(?:for|of)\s+[a-z][\w-]*(?:\s+(?:and\s+)?[a-z][\w-]*){0,3})?\s+(?:of|at)\s+(?:the\s+)?)$"
)
# a verb of saying after an official's body: "..., said", "noted that"
_SPEECH_VERB = re.compile(
    r",\s+(?:said|says|noted|added|told|stressed|announced|pointed\s+out|recalled|stated|explained"
    r"|emphasi[sz]ed|remarked|observed|hoped)\b"
)
# an apposed seat ends its phrase: a comma, "of the alliance", a clause's end ("X, the founding chair,")
_SEAT_CLOSED = re.compile(r"\s*(?:[,;.)]|of\b|$)")
# "..., will also house its secretariat": no new subject, no clause break
# "remains the alliance's chair and houses its secretariat": a second verb of the same subject
_LIST_ARTICLES = frozenset({"", "the", "The"})  # what may stand between a list's opener and its first name

# ("chair of the alliance and houses", "will chair the alliance and host its secretariat")
_AND_THEN = re.compile(r"(?:\s+(?:of\s+)?the\s+[a-z]+)?\s+and\s+(?:also\s+|now\s+)?")
_ZH_AND_THEN = re.compile(r"[，,]?(?:并|同时|还|也|并且)+")
_AND_SERVES_AS = re.compile(
    r"\s+and\s+(?:also\s+|now\s+)?(?:serves|served|will\s+serve|acts|acted|is|was|remains)\s+as\s+"
    r"(?:(?:the|its)\s+|the\s+[a-z-]+['’]s\s+)?(?:(?:new|founding|permanent)\s+)?"
)
_SAME_CLAUSE = re.compile(r"[^.;:!?]{0,40}?\b(?:also|will|which)\b[^.;:!?]{0,30}")


# Between two names of one list: separators, "and", "the", bracketed or capitalised words (a
# country: "University of Tartu, Estonia, ..."; "Universiti X of Malaysia and ..."); a lower-case
# word ("was held at") ends the list.
_EN_LIST_GAP = re.compile(
    r"(?:\s|,|;|&|[()]|\band\b|\bas well as\b|\bthe\b|\bor\b|\([^()]{0,40}\)|[A-Z][\w'’.-]*"
    r"|\bof(?=\s+(?:the\s+)?[A-Z])"
    r"|\bon\s+the\s+[A-Z][\w-]*\s+side\b)*"  # "HIT on the Chinese side and Bauman on the Russian side"
)
# Between a subject and its verb: "A and B co-hosted", "X, which also joined", "X正式加入"
# "Shaanxi Normal University (SNNU) has been elected ...": the name's short form in brackets after it
_SHORT_FORM = r"(?:\s*\(\s*[a-z][\w&.'’-]{0,11}\s*\))?"
_SUBJECT_GAP = {
    "en": re.compile(
        _SHORT_FORM + r"\s*(?:,\s*(?:which|that)\s+)?"
        r"(?:(?:also|jointly|successfully|recently|officially|unanimously"
        r"|has|have|had|was|were|been|is|are|will|now|currently)\s+)*"
    ),
    # "老挝国立大学、兰实大学等5所高校获准加入联盟", "…等首批23所高校加入联盟"
    "zh": re.compile(
        r"\s*(?:等\s*(?:首批|第一批|新)?\s*(?:[0-9]+|[一二两三四五六七八九十]+)?\s*(?:所|家|个)?(?:高校|院校|单位|大学|学校)?)?"
        r"(?:也|还|已|已经|正式|共同|联合|均|都|获准|获批|申请|宣布)*"
        # '暨南大学将于2026年1月起接任': a time when the seat is taken
        r"(?:(?:将|将于|于|自|从)\s*[0-9〇零一二]{4}\s*年(?:\s*[0-9]{1,2}\s*月)?(?:\s*[0-9]{1,2}\s*日)?\s*(?:起|开始)?)?"
        r"(?:正式|起)?"
    ),
}
# what may open a clause before its verb when its subject is that of the clause before ('…，正式接任')
_ZH_CLAUSE_ADVERBS = re.compile(r"\s*(?:并|并且|随后|同时|也|还|又|已|已经|正式|将|均|都|随即)*\s*")
# between a subject and a seat a person may hold too: "X will serve as the alliance's rotating chair"
_SERVES_AS = {
    "en": re.compile(
        _SHORT_FORM + r"\s*(?:(?:also|will|would|now|currently|is\s+to|has\s+been)\s+)*"
        r"(?:(?:serves?|served|serving|acts?|acted|acting)\s+as\s+(?:the\s+|its\s+)?(?:[a-z-]+['’]s\s+)?"
        # "X will take over the chair in 2027", "X assumes the rotating presidency"
        r"|(?:(?:take|takes|took|taken|taking)\s+over|assumes?|assumed|assuming)\s+(?:as\s+)?(?:the\s+|its\s+)?"
        r"(?:[a-z-]+['’]s\s+)?"
        # "X remains the alliance's chair", "X will remain its chair"
        r"|(?:remains?|remained|remaining)\s+(?:as\s+)?(?:the\s+|its\s+)?(?:[a-z-]+['’]s\s+)?"
        # "X was named the alliance's rotating chair": with the alliance's possessive only (a person
        # "was appointed chair" too; an institution is named the alliance's seat)
        r"|(?:was|were|is|are|has\s+been|have\s+been)\s+(?:named|appointed|chosen|selected)(?:\s+as)?"
        r"\s+(?:the\s+[a-z-]+['’]s|its)\s+)"
        r"(?:(?:new|first|next|incoming)\s+)?"  # ("will serve as the first rotating chair")
    )
}
# between a subject and a role noun: "X and Y were co-organizers", "X was the main organizer"
_COPULA_GAP = {
    "en": re.compile(
        _SHORT_FORM + r"\s*(?:also\s+)?(?:was|were|is|are|will\s+be|has\s+been|have\s+been|had\s+been)\s+(?:also\s+)?"
        r"(?:the\s+|a\s+|an\s+|one\s+of\s+the\s+|among\s+the\s+)?(?:main\s+|joint\s+|official\s+|local\s+)?"
    )
}
_EN_LIST_END = re.compile(r"\band\b|&|\bas well as\b|\bor\b|;")
_PERSON_OF = ("of ", "of the ", "from ", "from the ", "at ", "at the ")  # before a person's body
_LINE_END = re.compile(r"[ \t.;]*(?:\n|\Z)")  # (what may stand after a line's last name)
# a label line's start (its numbering or bullet, then the label): "Host: A", "2. Sponsored by: B"
_LABEL_START = r"(?im)^[ \t\d.()•·*-]*(?:{labels})[ \t]*[:：]"
_LABEL_REACH = 400  # characters looked at around a label line for a host's label in its block
_LABEL_END = re.compile(r"[ \t]*[:：]")
# the endings of the Chinese joining verbs that found the alliance (牵头成立, 牵头组建: roles_join.txt)
_FOUNDING_ENDS = ("成立", "组建")
# between the verb 召开 and its event's name: 了, an opening quote or book-title mark
_CONVENED_LEAD = re.compile(r"\s*了?\s*[“《「\"]?")
# what may open a clause before its subject: a day or a time word ('5月8日', '近日')
_ZH_CLAUSE_LEAD = re.compile(
    r"\s*(?:(?:[0-9]{4}年)?[0-9]{1,2}月[0-9]{1,2}日(?:上午|下午|晚)?|近日|日前|当天|同日|今天|昨天)?\s*"
)
# between the convener and 召开: a time, a place after 在 (a venue: '在南昌大学'), 共同/联合
_ZH_CONVENE_GAP = re.compile(
    r"(?:\s*(?:将|已|也|还|正式)?\s*(?:定于|将于|于|在)\s*[^，,。；;：:、！!？?\n]{1,24}?)*"
    r"\s*(?:共同|联合|成功|隆重|正式|顺利)?\s*"
)
_ZH_CLAUSE_MARKS = ("，", ",", "。", "；", ";", "：", ":", "\n")
# between the names of a list before "as" ("A, B and C as vice-chairs"), ending where the name after it starts
_AS_LIST_JOINER = re.compile(r"(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?$")
# the characters before a role phrase looked at for its count: an English number word is long ("Twenty-eight
# universities became founding members")
_COUNT_REACH = {"en": 40, "zh": 24}
# the subject of a passive event verb that is no named event: "a banquet hosted by", "talks were held by"
_ANOTHER_THING = re.compile(
    r"(?:\b(?:a|an)\s+(?:[a-z-]+\s+){1,3}?|\btalks\s+(?:were\s+|was\s+)?)(?:(?:also|jointly)\s+)?$"
)
_WHICH_REACH = 80  # the characters between "which" and its clause's verb: a name and a verb's helpers
_NOUN_PHRASE_NEXT = re.compile(r"\s+(?:the|this|its|their|a|an)\b|\s+[0-9]")
_ZH_LIST_JOINERS = re.compile(r"[\s、和与及暨或/]*(?:以及)?[\s、]*")

_CLAUSE_FINAL = re.compile(r"\s*(?:[，,。；;、：:）)」』”\n]|的|下|单位|$)")


def _heading_pattern(
    language: str, words: dict[str, str], endings: list[str], frames: dict[str, str]
) -> re.Pattern[str]:
    """A line (of the matching text) made of a heading word, maybe an ending word, frame words
    around them ('附：联盟成员单位名单'), a bracketed note ('（排名不分先后）', '(in alphabetical
    order)') and a colon, maybe numbered ('1.', '一、'); or such a line's start, up to its colon, when
    names follow the colon on the line ('理事长单位：A', group `inline`)."""
    space = r"[ \t]+" if language == "en" else r"[ \t]*"
    word = "|".join(_longest_first(words, language))
    ending = "|".join(_longest_first(endings, language))
    before = "|".join(_longest_first([w for w, where in frames.items() if where == "before"], language)) or "(?!)"
    after = "|".join(_longest_first([w for w, where in frames.items() if where == "after"], language)) or "(?!)"
    return re.compile(
        rf"^[ \t]*{_NUMBERING}[ \t]*(?:(?:{before}){space}){{0,2}}(?P<word>{word})(?:{space}(?:{ending}))?"
        rf"(?:{space}(?:{after}))?[ \t]*"
        r"(?P<note>[(（][^()（）\n]{0,30}[)）])?[ \t]*(?:[:：]?[ \t]*$|[:：][ \t]*(?P<inline>(?=[^\s])))",
        re.MULTILINE,
    )


# between role phrases of one list: '理事长单位和副理事长单位', 'chair and vice-chair institutions'
# (a shared head word left out: "chair" of "chair and vice-chair institutions")
_PHRASE_JOINER = re.compile(r"\s*(?:[、,，]|和|与|及|以及|\band\b|institutions?\b|universities\b)*\s*")


# a verb of handing on before an alliance role phrase, and the "to" after it (and the alliance)
_HANDED_BEFORE = re.compile(
    r"\b(?:handed|hands|hand|passed|passes|pass|transferred|transfers)\s+(?:over\s+)?(?:the\s+)?$"
)
_HANDED_TO = re.compile(r"\s+(?:over\s+)?to\s+(?:the\s+)?")


# '将轮值主席单位职责正式交接给B': what of the seat is handed on, and how, between the seat and the verb
_ZH_HANDED_THING = r"(?:单位)?(?:职责|职务|工作|旗帜|会旗|印章)?\s*(?:正式|顺利|郑重)?\s*"


# "A will succeed B as chair": the verb between A and B, and what stands between B and the seat
_SUCCEEDS = re.compile(
    r"\s+(?:(?:will|would|is\s+to|has|had|officially)\s+)*"
    r"(?:succeed|succeeds|succeeded|replace|replaces|replaced|takes?\s+over\s+from|took\s+over\s+from)\s+(?:the\s+)?"
)
_AS_SEAT = re.compile(r"\s+as\s+(?:the\s+|its\s+)?(?:[a-z-]+['’]s\s+)?(?:new\s+|next\s+)?")
# 'A向B移交（了）联盟轮值主席单位': a verb of handing on between the name after 向 and the seat
_ZH_HANDING_VERBS = ("移交", "交接", "转交")
_ZH_HANDED_BEFORE = re.compile(
    r"\s*(?:正式|郑重|顺利)?\s*(?:移交|交接|转交)了?\s*(?:联盟|该联盟)?\s*的?\s*(?:轮值|执行)?"
)


def _moved_to_pattern(language: str, verbs: tuple[str, ...]) -> re.Pattern[str] | None:
    """After an alliance role phrase, a verb handing it on, up to the new holder: "moves from Vienna
    to (the) ", "由兰州大学迁至"."""
    if not verbs:
        return None
    words = "|".join(map(re.escape, sorted(verbs, key=len, reverse=True)))
    if language == "zh":
        # ('由兰州大学迁至', or the verb right after the role: '将轮值主席单位交接给')
        # (what is handed on only right after the seat: the 由 branch's scan is tried as before)
        return re.compile(rf"\s*(?:(?:由|从)[^，,。；;：:\n]{{1,40}}?(?:{words})|{_ZH_HANDED_THING}(?:{words}))\s*")
    return re.compile(rf"\s+(?:{words})\s+(?:from\s+[^,.;:\n]{{1,60}}?\s+)?to\s+(?:the\s+)?")


def _title_alliance_pattern(heads: list[str]) -> re.Pattern[str] | None:
    """An alliance's name in an English headline: capitalised words (joined by of, for, and, the)
    up to an alliance's head word, with its "of ..." after it ("Association of Sino-Russian Technical
    Universities"); the head word as group `head`."""
    if not heads:
        return None
    word = r"[A-Z][\w'’&.-]*"
    joined = rf"{word}(?:\s+(?:(?:of|for|and|on|the|&)\s+)*{word})*"
    heads_alternation = "|".join(map(re.escape, sorted(heads, key=len, reverse=True)))
    of_words = rf"(?:\s+(?:of|for|on)\s+(?:the\s+)?{joined})?"
    return re.compile(rf"(?<![\w'’-])(?:{joined}\s+)?(?P<head>{heads_alternation})\b{of_words}")


def _zh_title_alliance_pattern(heads: list[str]) -> re.Pattern[str] | None:
    """A run of a Chinese headline's name characters (Han, Latin letters, digits, the quotes of
    “一带一路”) ending in an alliance's head word (联盟, 协会 ...), as group `head`; the shortest run
    to each head word, so that '联盟成员单位' ends at 联盟."""
    if not heads:
        return None
    heads_alternation = "|".join(map(re.escape, sorted(heads, key=len, reverse=True)))
    return re.compile(rf"[\u4e00-\u9fffA-Za-z0-9“”\"·—-]+?(?P<head>{heads_alternation})")


def _after_last_opener(run: str, openers: tuple[str, ...]) -> str:
    """What follows the last of `openers` in `run` (all of it when none occurs)."""
    start = 0
    for opener in openers:
        at = run.rfind(opener)
        if at >= 0:
            start = max(start, at + len(opener))
    return run[start:]


# a lower-case word of 4 letters or more that no name joins: a headline written in sentence case
_SENTENCE_CASE_WORD = re.compile(r"(?<![\w'’-])(?!(?:with|from|into|over|under)\b)[a-z]{4,}\b")


def _organ_at_end_pattern(language: str, organs: dict[str, str]) -> re.Pattern[str]:
    """An alliance's body at the end of the text searched, as group 1: English "council", "council of the
    alliance", "board now"; Chinese 理事会."""
    words = "|".join(map(re.escape, sorted(organs, key=len, reverse=True))) or "(?!)"
    if language == "zh":
        return re.compile(rf"({words})\s*$")
    of_the_alliance = r"(?:\s+of\s+(?:the\s+)?[\w'’&-]+(?:\s+[\w'’&-]+){0,7})?"
    return re.compile(rf"\b({words}){of_the_alliance}(?:\s+(?:now|currently|also))*\s+$")


def _inside_any(ranges: list[tuple[int, int]], at: int) -> bool:
    for start, end in ranges:  # noqa: SIM110 - compiled, any() of a generator would build one
        if start <= at < end:
            return True
    return False


def _fewest_words(words: tuple[str, ...]) -> tuple[str, ...]:
    """`words` without those holding another of them ("succeeded" holds "succeed"): a text holds one
    of these exactly when it holds one of `words`, and each is one more pass over a page's text
    (~7 us for an English page: 14 succession words -> 6)."""
    return tuple(w for w in dict.fromkeys(words) if not any(other != w and other in w for other in words))


def _word_groups(words: tuple[str, ...]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """`_fewest_words` of `words`, the phrases that share a first word grouped under it ("officials
    from", "officials of": "officials "): a page without it is passed over in one look for the group."""
    groups: dict[str, list[str]] = {}
    for word in _fewest_words(words):
        first = word.split(" ", 1)[0]
        groups.setdefault(first + " " if first != word else word, []).append(word)
    return tuple((key, tuple(group)) if len(group) > 1 else (group[0], ()) for key, group in groups.items())


# the number words without those holding another ("sixteen" holds "six"): a text holds a number word only if it
# holds one of these
_EN_NUMBER_PARTS = _fewest_words(tuple(EN_NUMBERS))
_DIGIT = re.compile(r"\d")


def _may_hold_en_number(text: str) -> bool:
    """Whether `text` may hold an English count: a digit (any `\\d`) or a number word's part (plain looks)."""
    return holds_any(text, _EN_NUMBER_PARTS) or _DIGIT.search(text) is not None


def _holds_any_grouped(text: str, groups: tuple[tuple[str, tuple[str, ...]], ...]) -> bool:
    """`holds_any` of the words `_word_groups` grouped (each holds its group's key)."""
    for key, group in groups:  # noqa: SIM110 - compiled, any() of a generator would build one
        if key in text and (not group or holds_any(text, group)):
            return True
    return False


def _holds_phrase_of(hits: list[Hit], phrases: frozenset[str]) -> bool:
    for hit in hits:  # noqa: SIM110 - compiled, any() of a generator would build one
        if hit.phrase in phrases:
            return True
    return False


def _closers_pattern(language: str, closers: tuple[str, ...]) -> re.Pattern[str]:
    """After a list of names: a closing verb and the sentence's end ('were chosen.', '等3所高校当选。')."""
    words = "|".join(_longest_first(list(closers), language)) or "(?!)"
    count = r"(?:\s*等\s*(?:[0-9]+|[一二两三四五六七八九十]+)?\s*(?:所|家|个)?\s*(?:高校|院校|单位|大学)?)?"
    return re.compile(rf"{count if language == 'zh' else ''}\s*(?:{words})\s*[.。!！;；]?\s*$")


def _longest_first(words: dict[str, str] | list[str], language: str) -> list[str]:
    """The words as regex alternatives, longest first ('副理事长' before '理事长'); an English space
    or hyphen also matches the other ('vice chair', 'vice-chair')."""
    escaped = [re.escape(w) for w in sorted(words, key=len, reverse=True)]
    if language == "en":
        escaped = [w.replace(r"\ ", r"[ \t-]+").replace(r"\-", r"[ \t-]+") for w in escaped]
    return escaped


def _longest_part(word: str) -> str:
    """The longest part of a heading word between spaces and hyphens ("co-organizer": "organizer"): the
    heading pattern matches it as written (`_longest_first` lets a space or hyphen match others only)."""
    return max(re.split(r"[ -]", word), key=len)


def _heading_key(word: str) -> str:
    """The table's key for a heading word as found ('vice  chair' -> 'vice chair')."""
    return re.sub(r"[ \t]+", " ", word)


# the most characters a heading line (numbering, frame words, role word, ending, note) holds up to its end or
# its colon: a longer line without a colon that early is no heading
_HEADING_SPAN = 160
# "1.", "(2)", "一、", "•": what may open a line of a list or a heading
_NUMBERING = (
    r"(?:(?:[0-9]+[.、)）]|[一二三四五六七八九十]+、|[(（][0-9一二三四五六七八九十]+[)）]|[•·▪●■◆\-–*])[ \t]*)?"
)
# a bracketed note that counts a heading's holders: '（12家）', '(共5所)', '(6 institutions)'
_NOTE_COUNT = re.compile(
    r"\s*(?:共|计)?\s*([0-9]+|[一二两三四五六七八九十]+)\s*(?:家|所|个|位|institutions?|universities|members?)?\s*"
)
# after a role phrase, the rest of its clause up to a colon ('vice-chair members:', '副理事长单位
# （排名不分先后）：', '副理事长单位，分别为：'): no sentence end, no other colon on the way
_COLON_AFTER_ROLE = {
    "en": re.compile(r"[^\n.!?;:：]{0,60}?[:：][ \t]*"),
    "zh": re.compile(r"[^\n。！？；;:：]{0,20}?[:：][ \t]*"),
}
_NEXT_LINE = re.compile(r"\s*([^\n]*[^\s])")
_SENTENCE_ENDS = ("。", "！", "？", "；", ".", "!", "?", ";", "：", ":")
# before a line's first name: a numbering, and a country with a colon ("中国：", "China:")
_LIST_LEAD = re.compile(rf"\s*{_NUMBERING}\s*(?:([^:：\n]{{1,30}})[:：])?\s*")
# between and after the names of a list line: separators, list words, bracketed notes ("(China)")
_LIST_FILL_EDGES = re.compile(r"^[\s、，,;；/&]+|[\s、，,;；/&]+$")
_LIST_FILL = re.compile(r"(?:[\s、，,;；/&]|\band\b|和|与|及|以及|等|etc\.?|[(（][^()（）\n]{0,40}[)）])*")


def _outside_names(hits: list[Hit], institutions: list[tuple[Span, int, int]]) -> list[Hit]:
    """'ASEAN Secretariat', 'X Alliance Secretariat': a role word inside a name is no role phrase.
    `institutions`: each with its first and end character."""
    kept = []
    for hit in hits:  # (loops: compiled, any() of a generator would build one for every hit)
        for _, first, end in institutions:
            if first <= hit.start and hit.end <= end:
                break
        else:
            kept.append(hit)
    return kept


def _without_short_form_last(text: str, spans: list[Span]) -> list[Span]:
    """`spans` without the last when it is the short form in brackets right after the name before it
    ('Shaanxi Normal University (SNNU) has been elected': the gap to the verb then holds the brackets)."""
    last, previous = spans[-1], spans[-2]
    if text.startswith(")", last.end_char) and _OPENING_BRACKET.fullmatch(text, previous.end_char, last.start_char):
        return spans[:-1]
    return spans


_OPENING_BRACKET = re.compile(r"\s*\(\s*")


def _with_same_seat(hits: list[Hit], same_seats: frozenset[str]) -> list[Hit]:
    """ "A was elected vice-chair, while B was re-elected to the same post": a phrase of `same_seats` takes the
    role of the alliance seat named before it in the sentence; with none before it, it is no role phrase."""
    kept: list[Hit] = []
    seat = None
    for hit in hits:  # (a loop: compiled)
        if hit.phrase in same_seats:
            if seat is not None:
                kept.append(Hit(hit.start, hit.end, hit.phrase, seat))
            continue
        if hit.value in ALLIANCE_ROLES:
            seat = hit.value
        kept.append(hit)
    return kept


class _OwnedSeats:
    """Seats named after a verb and their owner, found from the seat back ("was elected as the alliance's
    chair", "becomes its new chair", "voted in as vice-chair", "won a seat on the council", "was elected a
    standing council member"): the verbs of `roles_possessed_verbs.txt`; the owners of `roles_possessors.txt`
    (or "the") before the seats of `roles_possessed_seats.tsv`, a modifier of `roles_seat_modifiers.txt` between;
    a verb ending in "as" before a bare seat of `roles_bare_seats.tsv`; one ending in "to"/"on", "the" and a
    council; any other, "a" and a council seat. The seats are phrases of the vocabulary (a seat that is no role
    phrase alone, "council", only as an anchor, `_ANCHOR`), looked at from the seat back. (Not composed into
    the vocabulary: every verb with every owner and seat would make it hundreds of phrases long.)"""

    def __init__(self, language: str) -> None:
        self.seats = word_table(language, "roles_possessed_seats.tsv")
        self.bare = word_table(language, "roles_bare_seats.tsv")
        self.words = frozenset({*self.seats, *self.bare})
        # (each with the space after it, longest first; looked for with `endswith` back from the seat: a
        # seat with none of them before it, as most are, costs a few plain looks)
        serving = word_list(language, "roles_serving_verbs.txt")
        self.serving = frozenset(v + " " for v in serving)
        verbs = sorted([*word_list(language, "roles_possessed_verbs.txt"), *serving], key=len, reverse=True)
        self.verbs = _Endings(tuple(v + " " for v in verbs))
        self.verbs_as = _Endings(tuple(v + " " for v in verbs if v.endswith(" as")))
        # ("was elected president of the association": a verb of naming before a bare seat, after a passive's
        # helper or a comma, `_NAMED_AFTER`)
        self.naming = _Endings(tuple(v + " " for v in word_list(language, "roles_naming_verbs.txt")))
        self.owners = _Endings(
            tuple(o + " " for o in sorted(word_list(language, "roles_possessors.txt"), key=len, reverse=True))
        )
        self.modifiers = _Endings(tuple(m + " " for m in word_list(language, "roles_seat_modifiers.txt")))

    def with_verbs(self, text: str, hits: list[Hit]) -> list[Hit]:
        """The sentence's hits, a seat with its verb before it ("elected as the alliance's chair") taken from the
        verb on (an active phrase, `_OWNED_SEAT`), the hits inside it dropped; an anchor with none dropped."""
        owned: list[Hit] = []
        for hit in hits:  # (a loop: compiled)
            if hit.phrase in self.words:
                with_verb = self._with_verb(text, hit.start, hit.end, hit.value != _ANCHOR)
                if with_verb is not None:
                    owned.append(with_verb)
        kept = []
        for hit in hits:  # (a loop: compiled)
            if hit.value != _ANCHOR and not _hit_inside_any(hit, owned):
                kept.append(hit)
        return sorted([*kept, *owned], key=_hit_start) if owned else kept

    def _with_verb(self, text: str, start: int, end: int, phrase_alone: bool) -> Hit | None:
        """The seat text[start:end] with its owner ("the alliance's", "its"; "the"; "a"; none) and verb before
        it, else None (a verb of serving before a seat that is a role phrase alone, `phrase_alone`: None)."""
        if text[start - 1 : start] != " ":
            return None
        seat = text[start:end]
        modifier = self.modifiers.first(text, start)  # ("its new chair", "the first chair")
        base = start - len(modifier) if modifier is not None else start
        owner = self.owners.first(text, base)
        if owner is None and text.endswith(" the ", 0, base):
            owner = "the "
        if owner is not None:
            role, at, verbs = self.seats.get(seat), base - len(owner), self.verbs
        elif text.endswith(" a ", 0, base) or text.endswith(" an ", 0, base):
            role, at, verbs = self.bare.get(seat), base - (2 if text[base - 2] == "a" else 3), self.verbs
        else:
            role, at, verbs = self.bare.get(seat), base, self.verbs_as
        if role is None:
            return None
        verb = verbs.first(text, at)
        if verb is None and owner is None and at == base:
            verb = self._naming_verb(text, at)
        if verb is None or text[at - len(verb) - 1 : at - len(verb)].isalpha():
            return None
        if phrase_alone and verb in self.serving:
            return None
        if not _owned_seat_fits(verb, owner, at < base and owner is None, role):
            return None
        first = at - len(verb)
        lead = text[max(0, first - 2) : first].rstrip()
        if not lead or lead[-1] in _OPENING_MARKS:
            return None  # ("Elected as the new chair institution was X": no subject before, the holder after)
        return Hit(first, end, _OWNED_SEAT, role)

    def _naming_verb(self, text: str, at: int) -> str | None:
        """The verb of naming right before `at` ("elected "), when a passive's helper or a comma stands before it
        ("was elected president", "A, elected president in 2024"), else None ("the newly elected president")."""
        verb = self.naming.first(text, at)
        if verb is None:
            return None
        return verb if _NAMED_AFTER.search(text, max(0, at - len(verb) - 24), at - len(verb)) else None


# before a verb of naming and a bare seat: a passive's helper (an adverb between) or a comma
_NAMED_AFTER = re.compile(
    r"(?:\b(?:is|are|was|were|be|been|being)(?:\s+(?:also|unanimously|formally|officially|successfully|jointly))?|,)\s+$"
)


def _seats_with_endings(seats: dict[str, str], endings: list[str]) -> dict[str, str]:
    """Every alliance seat but membership's (`roles_headings.tsv`) with every ending word ("institution", "units"):
    the phrase and its role. (Not the members': a member noun has its own readings, `gatherings`.)"""
    return {
        f"{seat} {ending}": role
        for seat, role in seats.items()
        if role in ALLIANCE_ROLES and role != "member"
        for ending in endings
        if not ending.startswith("member")
    }


def _owned_seat_fits(verb: str, owner: str | None, worded: bool, role: str) -> bool:
    """Whether a verb (with its space), an owner (or "the"; None) and a seat of `role` make a seat: "to"/"on"
    only before a council ("won a seat on the council"); "a" (`worded`, no owner) a council seat after a verb
    not ending in a preposition ("was elected a standing council member"), any seat after "as"."""
    on_a_body = verb.endswith((" to ", " on "))
    if owner is not None:
        return not on_a_body or role == "director"
    if worded:  # ("a"; "as a": "was elected as a standing council member", "named as a vice-president")
        return not on_a_body and (role == "director" or verb.endswith(" as "))
    return True


class _Endings:
    """`_first_ending` of a fixed tuple of words, each looked at only if text[:at] ends with its last
    characters (as many as the shortest word has): a seat's owners and verbs are tried before every seat
    word of a page, and most of them end otherwise."""

    __slots__ = ("by_tail", "size", "words")

    def __init__(self, words: tuple[str, ...]) -> None:
        self.words = words
        self.size = min((len(w) for w in words), default=0)
        self.by_tail: dict[str, tuple[str, ...]] = {}
        for word in words:  # (in their order: the first that fits is the one taken)
            tail = word[len(word) - self.size :]
            self.by_tail[tail] = (*self.by_tail.get(tail, ()), word)

    def first(self, text: str, at: int) -> str | None:
        """The first of the words that text[:at] ends with, else None."""
        if self.size == 0:
            return _first_ending(self.words, text, at)
        if at < self.size:
            return None  # (no word fits before `at`)
        words = self.by_tail.get(text[at - self.size : at])
        return None if words is None else _first_ending(words, text, at)


def _first_ending(words: tuple[str, ...], text: str, at: int) -> str | None:
    """The first of `words` that text[:at] ends with, else None (a loop: compiled)."""
    for word in words:
        if text.endswith(word, 0, at):
            return word
    return None


def _hit_inside_any(hit: Hit, others: list[Hit]) -> bool:
    for other in others:  # noqa: SIM110 - compiled, any() of a generator would build one
        if other.start <= hit.start and hit.end <= other.end:
            return True
    return False


def _hit_start(hit: Hit) -> int:
    return hit.start


def _organ_after_pattern(organs: tuple[str, ...]) -> re.Pattern[str]:
    """ " the association's Academic Committee", "'s working group on", " of the steering committee": the
    object of a verb of holding a seat, a body of the alliance (lower case, as the matching text is)."""
    words = "|".join(re.escape(w) for w in sorted(organs, key=len, reverse=True))
    return re.compile(
        r"(?:['’]s|\s+(?:of\s+)?(?:the|its|their|a))\s+(?:[a-z][a-z-]*(?:['’]s)?\s+){0,4}?(?:" + words + r")\b(?!['’]s)"
    )


def _first_at(words: tuple[str, ...], text: str, at: int) -> str | None:
    """The first of `words` that `text` has at `at`, else None (a loop: compiled, next() would build a generator)."""
    for word in words:
        if text.startswith(word, at):
            return word
    return None


def _holds_event_by(hits: list[Hit]) -> bool:
    """Whether one of `hits` is an event's "VERB by" phrase (most sentences hold none)."""
    for h in hits:  # noqa: SIM110 - compiled, any() of a generator would build one
        if h.value in EVENT_ROLES and h.phrase.endswith(" by"):
            return True
    return False


def _first_group(match: re.Match[str]) -> str | None:
    """The first group of `match` that matched something."""
    for group in match.groups():
        if group:
            return group
    return None


def _claims_an_alliance_role(claims: list[tuple[Hit, list[Span]]]) -> bool:
    """Whether a phrase of `claims` claims names for a role in an alliance."""
    for hit, names in claims:  # noqa: SIM110 - compiled, any() of a generator would build one
        if names and hit.value in ALLIANCE_ROLES:
            return True
    return False


def _one_claims_many_another_none(claims: list[tuple[Hit, list[Span]]]) -> bool:
    """Whether one phrase of `claims` claims several names and another none."""
    many = none = False
    for _, names in claims:  # (one loop for both: compiled, any() of a generator would build one)
        many = many or len(names) > 1
        none = none or not names
    return many and none


def _blank(text: str, start: int, end: int) -> bool:
    """text[start:end] is only spaces and line breaks (looked at past its first character only then)."""
    return text[start : start + 1].isspace() and text[start:end].isspace()


def _a_country_cell(words: str) -> bool:
    """'Thailand', '（老挝）', '中国：': a country name alone (a list's or table's country column)."""
    bare = words.strip().strip("()（）:：").strip()
    return 0 < len(bare) <= 40 and load_countries().code(to_simplified(bare)) is not None


def _note_count(note: str | None) -> int | None:
    """The number of holders a heading's bracketed note gives ('（12家）'), if it gives one."""
    count = _NOTE_COUNT.fullmatch(note[1:-1]) if note else None
    return _number(count.group(1)) if count else None


def _approximate(before: str, match: re.Match[str]) -> bool:
    """A number rounded by the words around it (60余所, 60多家, 近40家, "more than 60", "some 30")."""
    return bool(_APPROXIMATE_BEFORE.search(before, 0, match.start(1))) or before.startswith(("余", "多"), match.end(1))


# "representatives from 40 member universities attended", '来自12个国家的40所成员高校代表参会': an exact
# number too tallies where the people attending come from ("a total of 40 members" is a count)
_ATTENDING_FROM = re.compile(r"(?:来自(?:[^，,。；;]{0,12}的)?|(?<!total )\b(?:from|of)\s+(?:its\s+|the\s+)?)\s*$")
_APPROXIMATE_BEFORE = re.compile(
    r"(?:近|逾|约|超过|\b(?:more than|over|nearly|almost|some|about|around|approximately))\s*$"
)


def _number(word: str) -> int | None:
    if word.isdigit():
        return int(word)
    if word in EN_NUMBERS:
        return EN_NUMBERS[word]
    tens, _, unit = word.replace("-", " ").partition(" ")
    if tens in _EN_TENS and unit in _EN_UNITS:
        return _EN_TENS[tens] + _EN_UNITS[unit]
    if word == "十":
        return 10
    if "十" in word:
        tens, _, ones = word.partition("十")
        return ZH_DIGITS.get(tens, 1) * 10 + ZH_DIGITS.get(ones, 0)
    return ZH_DIGITS.get(word)


def _body(span: Span, known: Facts) -> str:
    """What a name names: its gazetteer entry, else the name as written (`known`: its facts)."""
    return known.entry.id if known.entry is not None else span.text


def _without_yielded(roles: list[Role], yielded: set[int]) -> list[Role]:
    """`roles` less those of `yielded` whose event another member organises ("X held its meeting",
    "hosted by Y": Y is the organiser)."""
    # (the organisers other verbs give: 'A and B held the forum' names two, neither yielding to the other)
    organisers: dict[str, set[str]] = {}
    for i, role in enumerate(roles):
        if role.role == "organizer" and i not in yielded:
            organisers.setdefault(role.organization.name, set()).add(role.member.name)
    return [
        role
        for i, role in enumerate(roles)
        if i not in yielded
        or role.role != "organizer"
        or not organisers.get(role.organization.name, set()) - {role.member.name}
    ]


def _role_key(organization: InstitutionRef, member: InstitutionRef, role: str) -> tuple[str, str, str]:
    """What makes two roles the same (the first found is kept)."""
    return organization.name, member.canonical_id or member.name, role


@Language.factory("role_extractor", default_config={})
def make_role_extractor(nlp: Language, name: str) -> RoleExtractor:
    return RoleExtractor(nlp.lang)
