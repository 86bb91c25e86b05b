"""Who publishes a bulletin: the institution whose site it is on, or its credited source.

University sites speak in the first person (我校, "our university"); that institution is
the publisher, known from the page's domain, the site's name (og:site_name, the end of
the page title) or a `来源:` / "Source:" line. A site named after a unit or account of its
institution (a WeChat account `江西理工大学国际交流`) is that institution's. A site nobody
listed still names itself: then the publisher is that name, unlinked. A site under a
university's domain that names itself as a body the university runs (a joint school's
own site) is that body's.

Government and news sites speak in the third person and have no publisher, unless a
body's own notice speaks as itself (经我厅审核, 报我厅备案, "reviewed by our Department", an
alliance's "our member institutions", or the head word of its own name, "register with the
Department", "the Commission will ...", as "the university" is a university's: corpus/GUIDE.md):
then that body publishes it.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass

from pipeline.bulletin import Bulletin
from pipeline.language import to_simplified
from pipeline.link.gazetteer import GazetteerEntry, load_gazetteer
from pipeline.link.places import load_places
from pipeline.rules import word_list, word_table
from schemas import InstitutionRef

_HAN = re.compile(r"[\u4e00-\u9fff]")
_SHORTEST_HAN_NAME = 4  # 南昌大学; shorter prefixes are abbreviations or places
_WORD = re.compile(r"\s*([A-Za-z][\w-]*)")  # the word after "our ": what a page calls itself
_INSTITUTION_KINDS = {"university", "college", "joint_institute", "research_institute", "school"}


@dataclass(frozen=True, slots=True)
class Publisher:
    name: str  # in the bulletin's language when the gazetteer knows it
    entry: GazetteerEntry | None = None
    kind: str = "university"
    country: str | None = None
    # where a body that is no institution of learning speaks as itself ("our Department", 我厅):
    # [start, end) in the text, the words that make it the publisher
    voice: tuple[int, int] | None = None

    @property
    def id(self) -> str:
        return self.entry.id if self.entry else ""

    @property
    def province(self) -> str | None:
        return self.entry.province if self.entry else None

    def ref(self) -> InstitutionRef:
        if self.entry is None:
            return InstitutionRef(name=self.name)
        return InstitutionRef(name=self.name, canonical_id=self.entry.id, canonical_name=self.name)


def find_publisher(bulletin: Bulletin, language: str) -> Publisher | None:
    gazetteer = load_gazetteer()
    host = bulletin.host
    names = [n for n in (bulletin.site_name, bulletin.credited_source) if n]
    entry = _own_site_of_a_run_body(gazetteer.by_domain(host), bulletin.site_name, bulletin.text)
    for name in names:
        entry = entry or gazetteer.lookup(name) or gazetteer.lookup(_without_site_suffix(name))
    if bulletin.site_name:  # a credited source only credits: its units do not make the page theirs
        entry = entry or _institution_starting(bulletin.site_name)
    if entry is None and host is None and bulletin.channel:
        entry = _breadcrumb_owner(bulletin.channel[0], bulletin.text)
    if entry is not None:
        name = entry.canonical_name(language) or entry.id
        if language == "zh":
            name = _as_the_page_writes(name, bulletin)
        name = _own_full_name(entry, names, name)
        if entry.kind in _INSTITUTION_KINDS:
            return Publisher(name, entry, entry.kind, entry.country)
        voice = _voice(entry.names, entry.kind, bulletin.text)
        return Publisher(name, entry, entry.kind, entry.country, voice) if voice else None
    for name in names:
        name = _without_site_suffix(name)
        kind = _head_kind(name)
        if kind in _INSTITUTION_KINDS:
            country = _country_of_host(host)
            return Publisher(name, None, degree_kind(name, kind, country), country)
        # an unlisted body that teaches nobody (an alliance's own site) publishes what it says as itself
        voice = _voice((name,), kind, bulletin.text) if kind is not None else None
        if voice is not None:
            return Publisher(name, None, kind, _country_of_host(host) or _country_of_place_in(name), voice)
    return None


def _breadcrumb_owner(root: str, text: str) -> GazetteerEntry | None:
    """A page that gives no site but a breadcrumb rooted at a listed institution ("Hohai University >
    News > International", a .txt copy of the university's page) is that institution's when its text
    speaks of it in the first person ("our university", 我校): else the breadcrumb is a portal's."""
    entry = load_gazetteer().lookup(root.strip())
    if entry is None or entry.kind not in _INSTITUTION_KINDS:
        return None
    if "ur " in text:
        selves = _self_words(entry.names, entry.kind)
        if any(word.lower() in selves for _, word in _words_after_our(text)):
            return entry
    for word in _zh_first_person_words():
        if word in text and not _quoted(text, text.find(word)):
            return entry
    return None


@functools.cache
def _zh_first_person_words() -> tuple[str, ...]:
    """我校, 本校, 我院 (`zh/first_person.txt`): the words only the institution's own page writes of
    itself (not 学校, which any page writes of a school)."""
    return tuple(word for word in word_list("zh", "first_person.txt") if word[:1] in "我本")


def _own_full_name(entry: GazetteerEntry, names: list[str], listed: str) -> str:
    """The name the site gives itself when it is a full name of the listed body (corpus/GUIDE.md: the
    publisher is written as the page names itself): an older or longer official name
    ("Polotsk State University named after Euphrosyne Polotskaya", 嘉兴学院 on a page of 嘉兴大学), not
    the shorter forms that also link ("JUFE News")."""
    gazetteer = load_gazetteer()
    for name in names:
        own = _without_site_suffix(name)
        if own.startswith(("The ", "the ")):  # (GUIDE: a name without a leading "the")
            own = own[4:]
        if len(own) >= len(listed) and own != listed and gazetteer.lookup(own) is entry:
            return own
    return listed


def _as_the_page_writes(name: str, bulletin: Bulletin) -> str:
    """The listed name in the script the page writes it in (corpus/GUIDE-zh.md: a Big5 repost's
    gold keeps 九江學院): its traditional form where the page writes that, else the name as listed."""
    for source in (bulletin.site_name, bulletin.credited_source, bulletin.text):
        if not source:
            continue
        if name in source:
            return name  # (the page writes the listed form: most pages, found without converting)
        at = to_simplified(source).find(name)
        if at >= 0:
            return source[at : at + len(name)]  # (`to_simplified` keeps offsets)
    return name


def degree_kind(name: str, kind: str, country: str | None) -> str:
    """An unlisted Chinese 学院 publishing its own page is a `university` unless it is a vocational
    one (corpus/GUIDE-zh.md: 九江学院, 南昌工程学院 are undergraduate universities; 职业技术学院 are
    colleges; `zh/vocational_heads.txt`)."""
    if kind != "college" or country not in ("CN", None) or not name.endswith(("学院", "學院")):
        return kind
    simplified = to_simplified(name)
    for head in word_list("zh", "vocational_heads.txt"):  # (a loop: compiled)
        if simplified.endswith(head):
            return kind
    return "university"


def _own_site_of_a_run_body(entry: GazetteerEntry | None, site_name: str | None, text: str) -> GazetteerEntry | None:
    """The body whose site this is: the domain's institution, unless the site names itself as
    a body that institution runs (a joint school's site under its university's domain,
    gla.uestc.edu.cn 'Glasgow College, UESTC'): that body speaks ("the College"). So does an
    association whose secretariat the university hosts, on a site under its domain that names
    itself so, when the page speaks as the association ("hosted by the Association", 我会)."""
    if entry is None or not site_name:
        return entry
    gazetteer = load_gazetteer()
    own = gazetteer.lookup(site_name) or gazetteer.lookup(_without_site_suffix(site_name))
    if own is None or own is entry:
        return entry
    if own.parent == entry.id:
        return own
    hosted = own.kind not in _INSTITUTION_KINDS and _voice(own.names, own.kind, text) is not None
    return own if hosted else entry


def _institution_starting(name: str) -> GazetteerEntry | None:
    """The longest gazetteer body a site's name starts with, when the rest names a unit or
    an account of it, not another institution: '江西理工大学国际交流' -> 江西理工大学,
    'Westmoor University International Office' -> Westmoor University; '某某大学附属中学',
    'Westmoor University of Technology' -> None."""
    gazetteer = load_gazetteer()
    name = name.strip()
    for end in _prefix_ends(name):
        entry = gazetteer.lookup(name[:end])
        if entry is not None:
            rest = name[end:].strip(" -|·")
            return None if _names_more(rest) else entry
    return None


def _names_more(rest: str) -> bool:
    """Whether what follows a body's name goes on naming an institution: 'of Technology'
    (Shandong University of Technology), 附属中学; not 'International Office', 国际交流."""
    first = rest.split(maxsplit=1)[0].lower() if rest.split() else ""
    return first in _name_connectors() or _institution_kind(rest, "") is not None


@functools.cache
def _name_connectors() -> frozenset[str]:
    return frozenset(word_list("en", "name_connectors.txt"))


def _prefix_ends(name: str) -> list[int]:
    """Where a name's proper prefixes may end, longest first: after any Han character (at least
    four, a whole name's length), else between words."""
    if _HAN.match(name):
        return list(range(len(name) - 1, _SHORTEST_HAN_NAME - 1, -1))
    return [m.start() for m in reversed(list(re.finditer(r"\s+", name)))]


def _voice(names: tuple[str, ...], kind: str, text: str) -> tuple[int, int] | None:
    """Where a body's own page first speaks as itself, in either language (see below), or None."""
    return _voice_zh(names, text) or _voice_en(names, kind, text)


def _voice_zh(names: tuple[str, ...], text: str) -> tuple[int, int] | None:
    """A first-person word whose noun heads one of the body's names (我厅 for 河南省教育厅,
    我委 for ...委员会, 我局 for ...局), outside quotation marks (“我厅将…”，厅长说: an official
    quoted on a repost)."""
    heads = [name[-3:] for name in names if _HAN.match(name)]
    if not heads:
        return None
    words = [word for word in _zh_voice_words() if any(word[-1] in head for head in heads)]
    places = [(at, at + len(word)) for word in words for at in _places(text, word) if not _quoted(text, at)]
    return min(places) if places else None


@functools.cache
def _zh_voice_words() -> tuple[str, ...]:
    """我校, 我厅 (`first_person.txt`) and the words only a body's own page speaks by (我会 for an
    association, 我部 for a ministry: `first_person_bodies.txt`, kept out of the jieba dictionary)."""
    return (*word_list("zh", "first_person.txt"), *word_list("zh", "first_person_bodies.txt"))


def voice_word(publisher: Publisher | None, text: str) -> str | None:
    """The word by which the publisher's own page speaks of it (我会, 我部, "our Department"), when
    it is not one every publisher's page speaks by (`first_person.txt`): its other places in the
    text are the publisher too."""
    if publisher is None or publisher.voice is None:
        return None
    word = text[publisher.voice[0] : publisher.voice[1]]
    return word if _HAN.match(word) and word not in word_list("zh", "first_person.txt") else None


def _places(text: str, word: str) -> Iterator[int]:
    """Where `word` starts in `text`, each place (`str.find`)."""
    at = text.find(word)
    while at != -1:
        yield at
        at = text.find(word, at + len(word))


def _voice_en(names: tuple[str, ...], kind: str, text: str) -> tuple[int, int] | None:
    """ "our" before the head word of one of the body's English names ("our Department" on a
    provincial Department of Education's page, "our Alliance"), or before a word its kind of body
    calls itself by (`en/first_person_bodies.tsv`: an alliance's "our member institutions")."""
    if "ur " in text:  # (most Chinese pages: no "our" to look for)
        selves = _self_words(names, kind)
        our = next((span for span, word in _words_after_our(text) if word.lower() in selves), None) if selves else None
        if our is not None:
            return our
    return _own_head_after_the(names, kind == "government", text)


def _own_head_after_the(names: tuple[str, ...], government: bool, text: str) -> tuple[int, int] | None:
    """ "the Department" / "the Commission" / "the provincial department" (a head word of the body's
    own English name; a government body's in either case, as such pages write it) outside quotation
    marks and not naming a unit ("the Department of International Cooperation"): a body's own page
    naming itself as a university's says "the university", in its officials' offices too ("deputy
    director of the Department"; corpus/GUIDE.md)."""
    if "the " not in text and "The " not in text:  # (a Chinese page: nothing to look for)
        return None
    heads = _own_heads(names)
    if not heads:
        return None
    for match in _own_head_pattern(heads, government).finditer(text):
        at, end = match.span()
        if _stands_alone(text, at, end) and not _quoted(text, at):
            return at, end
    return None


@functools.lru_cache(maxsize=256)
def _own_head_pattern(heads: tuple[str, ...], any_case: bool) -> re.Pattern[str]:
    """ "the <head>" ("The" too), a level of government allowed between (how such pages write their own
    name short); the head as the name writes it unless `any_case`."""
    words = "|".join(re.escape(head) for head in heads)
    if any_case:
        return re.compile(rf"\b[Tt]he\s+(?:(?:provincial|municipal|regional)\s+)?(?:{words})\b", re.IGNORECASE)
    return re.compile(rf"\b[Tt]he\s+(?:(?:provincial|municipal|regional)\s+)?(?:{words})\b")


def _stands_alone(text: str, at: int, end: int) -> bool:
    """The words at:end are whole words that name no unit (`_names_a_unit`)."""
    return (at == 0 or not text[at - 1].isalnum()) and not _names_a_unit(text, end)


_UNIT_NAMED_AFTER = re.compile(r"\s+(?:of|for)\s+(?:the\s+)?[A-Z]|[\w-]")  # (also: the word goes on, "Departments")


def _names_a_unit(text: str, end: int) -> bool:
    """Whether the head word ending at `end` goes on into a name ("the Department of International
    Cooperation", "the Commission for ...") or a longer word, so it does not stand for the body alone."""
    return _UNIT_NAMED_AFTER.match(text, end) is not None


@functools.lru_cache(maxsize=256)
def _own_heads(names: tuple[str, ...]) -> tuple[str, ...]:
    """The head words (`en/institution_heads.tsv`) of a body's English names, as the names write them."""
    heads = word_table("en", "institution_heads.tsv")
    english = [name for name in names if not _HAN.match(name)]
    return tuple(dict.fromkeys(word for name in english for word in name.split() if word in heads))


@functools.lru_cache(maxsize=256)
def _self_words(names: tuple[str, ...], kind: str) -> frozenset[str]:
    """The words (lower case) a body of `kind` named `names` calls itself by after "our"."""
    heads = word_table("en", "institution_heads.tsv")
    words = {word.lower() for name in names if not _HAN.match(name) for word in name.split() if word in heads}
    words.update(word for word, body in word_table("en", "first_person_bodies.tsv").items() if body == kind)
    return frozenset(words)


def _words_after_our(text: str) -> Iterator[tuple[tuple[int, int], str]]:
    """Each "our"/"Our" of the text outside quotation marks (a quoted official's "our department"
    on a repost is the official speaking, not the page) with the word after it: the span of both
    and the word, found by `str.find`."""
    at = text.find("ur ")
    while at != -1:
        start = at - 1
        if start >= 0 and text[start] in "Oo" and (start == 0 or not text[start - 1].isalnum()):
            match = _WORD.match(text, at + 3)
            if match is not None and not _quoted(text, start):
                yield (start, match.end()), match.group(1)
        at = text.find("ur ", at + 3)


def _quoted(text: str, at: int) -> bool:
    """Whether `at` is inside a quotation: more opening than closing curly or corner quotes before
    it, or an odd number of straight ones."""
    # (counted in place, `str.count` over 0:at: no copy of the text before `at` made)
    return (
        text.count("\u201c", 0, at) > text.count("\u201d", 0, at)
        or text.count("\u300c", 0, at) > text.count("\u300d", 0, at)
        or text.count('"', 0, at) % 2 == 1
    )


def _country_of_host(host: str | None) -> str | None:
    """The country a site's domain names: psu.by -> BY, kestrelbay.ac.nz -> NZ, x.edu.cn -> CN."""
    if not host:
        return None
    suffix = host.lower().rsplit(".", 1)[-1]
    if len(suffix) != 2 or not suffix.isalpha():
        return None
    return "GB" if suffix == "uk" else suffix.upper()


def _country_of_place_in(name: str) -> str | None:
    """The country of the place an unlisted body's name opens with ("Shenzhen Municipal Education
    Bureau" -> CN, 深圳市教育局 -> CN): a city's or a province's body is in that place's country."""
    country_of = load_places().country_of
    if _HAN.match(name):
        prefixes = [name[:size] for size in range(min(len(name) - 1, 6), 1, -1)]
    else:
        words = name.split()
        prefixes = [" ".join(words[:size]) for size in range(min(len(words) - 1, 3), 0, -1)]
    return next((country_of[p] for p in prefixes if p in country_of), None)


def _without_site_suffix(name: str) -> str:
    """'景德镇陶瓷大学新闻网' -> '景德镇陶瓷大学'; 'Westmoor University News' -> 'Westmoor University'."""
    suffixes = _site_suffixes()
    if not name.endswith(suffixes):
        return name.strip()  # (looked at first, in one call: most names end with no suffix)
    for suffix in suffixes:
        if name.endswith(suffix) and len(name) > len(suffix) + 2:
            return name[: -len(suffix)].strip(" -|·")
    return name.strip()


@functools.cache
def _site_suffixes() -> tuple[str, ...]:
    words = [*word_list("en", "site_suffixes.txt"), *word_list("zh", "site_suffixes.txt")]
    return tuple(sorted(words, key=len, reverse=True))


def _institution_kind(name: str, language: str) -> str | None:
    """The kind a name's head word suggests, when the name is an institution's at all."""
    kind = _head_kind(name)
    return kind if kind in _INSTITUTION_KINDS else None


def _head_kind(name: str) -> str | None:
    """The kind a name's head word suggests, of any body: 'Westmoor University' -> university,
    'Lancang-Mekong Vocational Education Alliance' -> alliance, 某某省教育厅 -> government."""
    heads_zh = word_table("zh", "institution_heads.tsv")
    for size in _zh_head_sizes():  # (loops: compiled, next() of a generator would make one per call)
        head = name[-size:]
        if head in heads_zh:
            return heads_zh[head] if len(name) > len(head) + 1 else _head_kind_en(name)
    return _head_kind_en(name)


def _head_kind_en(name: str) -> str | None:
    """`_head_kind` by the English heads: the first word of the name that is one."""
    heads_en = word_table("en", "institution_heads.tsv")
    for word in _HEAD_WORD.findall(name):
        if word in heads_en:
            return heads_en[word] if len(name) > len(word) + 1 else None
    return None


_HEAD_WORD = re.compile(r"[\w-]+")


@functools.cache
def _zh_head_sizes() -> tuple[int, ...]:
    """The lengths of the Chinese heads, longest first: a name's ending of each is looked up."""
    return tuple(sorted({len(head) for head in word_table("zh", "institution_heads.tsv")}, reverse=True))
