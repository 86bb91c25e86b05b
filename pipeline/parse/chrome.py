"""Recognise page chrome in lines of text: bylines, date lines, breadcrumbs, menus,
share/print links, footers, and the headings that end an article.

Both readers use it: TXT bulletins line by line, HTML pages on the lines of their
main block. The vocabulary is data, in `pipeline/resources/rules/chrome_*`:
`chrome_labels.tsv` (byline labels and the field each fills), `chrome_fragments.txt`
(print/share/font-size links), `chrome_footer.txt`, `chrome_end.txt`,
`chrome_pasted.txt` (lines an aggregator pastes in the body: related headlines, ads),
`chrome_breadcrumbs.json`, `chrome_placeholders.txt` (byline values naming nobody),
`chrome_text_size.json` (text-size switchers, cut out before a line is read as a byline).

Most lines of a page are prose. From the same vocabulary `_chrome_prefilter` derives what
a line must show to be read as anything else (`prefilter.py`); a line without it is text,
told by one anchored match and one literal scan instead of every test.
"""

from __future__ import annotations

import enum
import json
import re
import re._constants as _re_constants
import re._parser as _re_parser
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache
from pathlib import Path

from pipeline.parse.prefilter import Literals, Prefilter, embedded, is_anchored, literal_starts
from pipeline.parse.stamps import MONTH_NAMES, STAMP_DIGIT_HEAD, STAMP_OPENING, Stamp, find_stamp, might_hold_stamp

RULES = Path(__file__).resolve().parent.parent / "resources" / "rules"

# Characters that pad or separate byline fields and carry nothing.
_PADDING = " \t|｜·•-–—_,，;；/\\\u3000\xa0\u2002\u2003"
_SENTENCE_END = re.compile(r"[。！？!?；;]|\.\s|\.$")
_LETTERS = re.compile(r"[^\W\d_]", re.UNICODE)
_WEEKDAY = re.compile(
    r"(?:星期|周|禮拜|礼拜)[一二三四五六日天]|\b(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\b\.?",
    re.IGNORECASE,
)
_MAX_VALUE = 60  # a byline value is a name or a date, never a sentence
_MAX_NAME_WORDS = 5  # a credit's name closed by a full stop ('Photography: Mei Lin.'): a few words
_MAX_COUNT_DIGITS = 7  # a page's view count, printed after its date with an icon for its label
_MAX_FOOTER_LINE = 120
_MAX_CHROME_LINE = 300
_READINGS_KEPT = 4096  # chrome lines whose reading a process keeps (a few MB at most)
_MENU_ITEM = 12  # characters of a menu item ('首页 | 新闻 | 教育 | 联系我们')
_MENU_ITEM_LATIN, _MENU_ITEM_WORDS = 20, 3  # of one in Latin letters ('Home | Study Abroad | Accessibility')
_MENU_SPLIT = re.compile(r"\s*[|｜]\s*")
_CJK_RANGES = "\u3400-\u9fff\uf900-\ufaff"
_CJK_ONLY = re.compile(rf"^[{_CJK_RANGES}]+$")
# `_is_menu`'s row of short Chinese section names, as one regex. A name's run is possessive:
# a shorter run leaves an ideograph next, never the space or end that must follow, so giving
# characters back finds nothing and only costs a step each on every line of Chinese prose.
_CJK_MENU = rf"\s*[{_CJK_RANGES}]{{1,6}}+(?:\s+[{_CJK_RANGES}]{{1,6}}+){{4,}}\s*\Z"
_NON_LETTERS = r"[\W\d_]*"  # what stands before a line's first letter (`_LETTERS`)
# What a byline's text may start with besides padding: the characters `_parse_byline`
# lets stand before the first field, and the brackets `_unwrap` takes off.
_OPENING = frozenset(_PADDING + "()（）[]")
# Sentence marks that fit in no byline: not in a label, a stamp or padding, and a field
# value holding one is prose ('.' and ';' are left out: stamps and padding have them).
_PROSE_MARK = re.compile(r"[。！？!?]")
# A bar after a label stands for its colon ('来源｜国际合作与交流处', WeChat's way). A date's label
# may stand glued to its stamp ('发布时间2026-11-16': a label and its value in spans of their own).
_LABEL_SEPARATOR = r"\s*[:：/｜|]|\s|(?=\d)"
_COLONS = str.maketrans({"：": ":", "｜": ":", "|": ":"})
_BRACKETS = {"(": ")", "（": "）", "[": "]"}  # what `_unwrap` takes off a byline
# A character a case-insensitive regex may match to a Latin letter: the letters, and the
# four others Python's `re` folds onto one (long s, dotless i, dotted I, Kelvin sign).
_LATIN_LETTER = re.compile("[A-Za-z\u017f\u0131\u0130\u212a]")
# How a weekday name (`_WEEKDAY`) begins.
_WEEKDAY_WORDS = ("星期", "周", "禮拜", "礼拜", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_WEEKDAY_START = "|".join(_WEEKDAY_WORDS)
# An agency's credit in brackets before a date line ('(Xinhua) 09:17, June 02, 2026' of People's Daily's
# English pages, '(China Daily) Nov 3, 2026'): who the story is from, no field of its own (no label names
# it a source), taken off so that the date is read. No digit inside: '(2026-11-03)' is a date of its own.
_CREDIT_BEFORE_STAMP = re.compile(r"[(（][^()（）\d]{1,40}[)）]\s*(?=\d|[A-Za-z]{3})")
# A time of day printed before its day ('09:17, June 02, 2026'): how such a stamp opens.
_TIME_OPENING = r"\d{1,2}:\d{2}"


class LineKind(enum.Enum):
    TEXT = "text"
    BYLINE = "byline"  # metadata fields (and/or a date stamp)
    BREADCRUMB = "breadcrumb"
    CHROME = "chrome"  # menus, share/print links: dropped
    FOOTER = "footer"  # copyright, contact lines: dropped
    END = "end"  # "相关新闻", "下一篇:": the article is over


@dataclass
class Byline:
    """Metadata read from byline lines; the first value found for a field wins,
    except that a responsible editor (责任编辑/责编) beats a plain 编辑, and a day of
    publication beats a day of update ('Last updated', 更新时间: rank 2 in chrome_labels.tsv)."""

    credited_source: str | None = None
    editor: str | None = None
    editor_rank: int = 99
    stamp: Stamp | None = None
    bare: bool = False  # a date line with no labelled field at all
    stamp_rank: int = 1  # the rank of the label that gave `stamp` (a bare date: 1)
    stamp_bare: bool = False  # `stamp` came from a date line without a label
    account: str | None = None  # the publishing account a copied WeChat header names (`_wechat_header`)

    @property
    def updated_only(self) -> bool:
        """Whether the only day read is a day of update, which a publication day beats."""
        return self.stamp is not None and self.stamp_rank > 1

    def _takes_stamp_of(self, other: Byline) -> bool:
        """Whether `other`'s stamp replaces this one's: the first read wins, but a labelled day
        of publication beats a day of update (a bare date does not: it may be a related
        article's, listed after the text)."""
        if other.stamp is None:
            return False
        if self.stamp is None:
            return True
        return self.stamp_rank > 1 and other.stamp_rank == 1 and not other.stamp_bare

    @property
    def bare_day(self) -> bool:
        """A bare date without a time: a notice's signature date as often as a byline."""
        return self.bare and self.stamp is not None and self.stamp.moment is None

    def merge(self, other: Byline) -> None:
        self.credited_source = self.credited_source or other.credited_source
        if self._takes_stamp_of(other):
            self.stamp, self.stamp_rank, self.stamp_bare = other.stamp, other.stamp_rank, other.stamp_bare
        if other.editor and other.editor_rank < self.editor_rank:
            self.editor, self.editor_rank = other.editor, other.editor_rank
        self.account = self.account or other.account


@dataclass
class LineReading:
    kind: LineKind
    byline: Byline = field(default_factory=Byline)
    channel: list[str] = field(default_factory=list)


# The readings that carry nothing but their kind, made once: most lines are one of them.
# (Module names, not a dict keyed by kind: an enum member hashes in Python code.)
_TEXT = LineReading(LineKind.TEXT)
_END = LineReading(LineKind.END)
_CHROME = LineReading(LineKind.CHROME)
_FOOTER = LineReading(LineKind.FOOTER)


@dataclass(frozen=True)
class _Label:
    field: str  # credited_source | editor | published | drop
    separators: str
    rank: int
    page_kind: bool = False  # the kind of page ('News', 'Press Release'; chrome_page_kinds.txt)


@dataclass(frozen=True)
class _Vocabulary:
    labels: dict[str, _Label]  # keyed by the label folded to lower case
    labels_glued: dict[str, _Label]  # the same, keyed with no white space: the pattern reads words glued too
    label_pattern: re.Pattern[str]
    fragments: re.Pattern[str]
    text_size: re.Pattern[str]  # a text-size switcher ('字号：大 中 小', 'Font size: A+ A A-')
    text_size_words: tuple[str, ...]  # the lower-case first words of its Latin labels
    # The first words of its other labels, when a plain `in` finds them (no letter case in
    # them) and every Latin label starts with a letter; None: no shortcut.
    text_size_marks: tuple[str, ...] | None
    footer: re.Pattern[str]
    end: re.Pattern[str]
    pasted: re.Pattern[str]  # what opens a line pasted in the body (相关阅读：A　B, 广告): chrome
    crumb_prefix: re.Pattern[str]
    crumb_split: re.Pattern[str]
    crumb_skip: frozenset[str]
    crumb_max_item: int
    crumb_separator: re.Pattern[str]  # any one of the separators
    # How a byline's first field starts (a label, a weekday, a stamp), and the first
    # word of it; None when a label starts with an opening character (no shortcut then).
    field_start: re.Pattern[str] | None
    word_start: re.Pattern[str] | None
    label_word: re.Pattern[str]  # the first word of a label
    prose_mark: re.Pattern[str] | None  # `_PROSE_MARK`, None when a label has one
    # What a line must show to be read as anything but text (None: no shortcut).
    prefilter: Prefilter | None = None
    # What a breadcrumb holds: a separator or a prefix (None: no shortcut).
    crumb_literals: Literals | None = None
    # What a byline with a labelled field holds: a label's first word (None: no shortcut).
    label_literals: Literals | None = None


def read_line(line: str) -> LineReading:
    """What one stripped, non-empty line of a page is. A reading may be shared: read it,
    do not change it."""
    return _read_line(line, _vocabulary())


def _read_line(line: str, vocab: _Vocabulary) -> LineReading:
    """`read_line`, with `vocab`'s prefilter turning prose away; what the prefilter admits gets
    the full reading of the process's vocabulary (`_read_chrome`, kept across pages)."""
    if len(line) > _MAX_CHROME_LINE:  # a paragraph: no byline or breadcrumb is this long
        return _TEXT
    if not _may_be_chrome(line, vocab):  # most lines: prose, told in one pass
        return _TEXT
    return _read_chrome(line)


def read_lines(lines: Sequence[str]) -> list[LineReading]:
    """`read_line` of each line, the prefilter run once over all the lines short enough to
    be chrome (its literals found in one pass over them)."""
    vocab = _vocabulary()
    short = [line for line in lines if len(line) <= _MAX_CHROME_LINE]  # longer ones are text
    admitted = [True] * len(short) if vocab.prefilter is None else vocab.prefilter.admitted(short)
    chrome = {line for line, admits in zip(short, admitted, strict=True) if admits}
    return [_read_chrome(line) if line in chrome else _TEXT for line in lines]


@lru_cache(maxsize=_READINGS_KEPT)
def _read_chrome(line: str) -> LineReading:
    """`_read_line` of a line the prefilter admits, kept for the next page: a site repeats
    its breadcrumbs, footers, share bars and 'Related' headings on every page, and these
    are the lines whose full reading costs (the reading depends on the line alone, and the
    cache is emptied whenever the vocabulary is made anew)."""
    vocab = _vocabulary()
    if vocab.end.fullmatch(line):
        return _END
    if vocab.pasted.match(line):  # related headlines, ads pasted in the body: the text goes on
        return _CHROME
    crumbs = _read_breadcrumb(line, vocab)
    if crumbs is not None:
        return LineReading(LineKind.BREADCRUMB, channel=crumbs)
    byline = _read_byline(line, vocab)
    if byline is not None:
        return LineReading(LineKind.BYLINE, byline=byline)
    if _only_fragments(line, vocab) or _is_menu(line):
        return _CHROME
    if len(line) <= _MAX_FOOTER_LINE and vocab.footer.search(line):
        return _FOOTER
    return _TEXT


class LineReader:
    """`read_line` and `read_byline` for one page, each distinct line read once: a page
    reads its lines near the article block several times over (block, nearby lines,
    title window). The readings it hands out are shared: read them, do not change them."""

    def __init__(self) -> None:
        self._lines: dict[str, LineReading] = {}
        self._bylines: dict[str, Byline | None] = {}

    def __call__(self, line: str) -> LineReading:
        reading = self._lines.get(line)
        if reading is None:
            reading = self._lines[line] = read_line(line)
        return reading

    def read_all(self, lines: Sequence[str]) -> list[LineReading]:
        """Each line's reading, the lines not read yet read together (`read_lines`)."""
        new = [line for line in dict.fromkeys(lines) if line not in self._lines]
        self._lines.update(zip(new, read_lines(new), strict=True))
        return [self._lines[line] for line in lines]

    def byline(self, line: str) -> Byline | None:
        if line not in self._bylines:
            # A line this reader read as text holds no byline: its reading tried one wherever the
            # prefilter let it through (a third of a Chinese page's labelled inline pieces are such lines).
            self._bylines[line] = None if self._lines.get(line) is _TEXT else read_byline(line)
        return self._bylines[line]


def breadcrumb_of(line: str) -> list[str] | None:
    """The channel of a line `read_line` reads as a breadcrumb, else None."""
    vocab = _vocabulary()
    if len(line) > _MAX_CHROME_LINE or not _may_be_chrome(line, vocab) or vocab.end.fullmatch(line):
        return None
    return _read_breadcrumb(line, vocab)


def first_channel(lines: Sequence[str]) -> list[str]:
    """The channel of the first of `lines` that `breadcrumb_of` reads as a breadcrumb, else
    []. A breadcrumb holds a separator or starts with a prefix: the lines holding neither
    are passed over in one scan of them all."""
    vocab = _vocabulary()
    found = range(len(lines)) if vocab.crumb_literals is None else vocab.crumb_literals.lines_holding(lines)
    for index in found:
        channel = breadcrumb_of(lines[index])
        if channel:
            return channel
    return []


def lines_with_labels(lines: Sequence[str]) -> Sequence[int]:
    """The positions of the lines that may hold a byline with a labelled field, from one
    scan of them all: such a line holds a label's first word (the readings only cut parts
    out of a line, leaving a space, so the word is whole in the line too)."""
    literals = _vocabulary().label_literals
    return range(len(lines)) if literals is None else literals.lines_holding(lines)


def _may_be_chrome(line: str, vocab: _Vocabulary) -> bool:
    """False only when no reading but text can hold for the line (see `_chrome_prefilter`)."""
    return vocab.prefilter is None or vocab.prefilter.admits(line)


def read_byline(line: str) -> Byline | None:
    """The metadata of a byline line, or None when the line is not (only) a byline.

    '2025-03-02 09:15:07来源:某某日报编辑:李明责编:王芳' -> stamp, source 某某日报,
    editor 王芳 (责编 outranks 编辑); '2025 12/18 10:25:15' -> stamp only.

    The line is read as written (brackets are not part of any value), then, failing
    that, with the print/share fragments glued to it cut out.
    """
    vocab = _vocabulary()
    if not _may_be_chrome(line, vocab):
        return None
    return _read_byline(line, vocab)


def is_label(text: str) -> bool:
    """Whether `text` is one byline label and nothing else ('发布日期', 'Source'), as a
    metadata table prints it in a cell of its own."""
    return _fold(text.rstrip(":：")) in _vocabulary().labels


def _read_byline(line: str, vocab: _Vocabulary) -> Byline | None:
    if len(line) > _MAX_CHROME_LINE:
        return None
    line = _without_text_size(line, vocab)  # never part of a field's value
    plain = _without_outlet_before_label(_unwrap(line.replace("【", " ").replace("】", " ").strip()))
    plain = _without_credit_before_stamp(plain)
    if _opens_no_byline(plain, vocab):
        return _wechat_header(plain, vocab) if _WECHAT_OPENING.match(plain) else None
    byline = _parse_byline(plain, vocab)
    if byline is None and _cut_may_be_byline(plain, vocab):
        byline = _parse_byline(_unwrap(vocab.fragments.sub(" ", plain).strip()), vocab)
    if byline is None and _WECHAT_OPENING.match(plain):
        byline = _wechat_header(plain, vocab)
    return byline


# A WeChat article's header as a copy of it reads: '原创 国际处 江西理工大学国际交流 2025-05-12 18:30 江西' (the
# original mark, the author, the account, the time, the region the account posted from), any of the words
# before the time left out but the account; it opens with the mark or ends in the region. How it opens, a
# test of a few characters on a line of prose (no space in the first twenty): a word or three, then a year.
_WECHAT_ORIGINAL = "原创"
_WECHAT_OPENING = re.compile(r"(?:[^\s\d]{1,20}+\s+){1,4}+\d{4}[-年/.]")
_WECHAT_WORD = re.compile(rf"[{_CJK_RANGES}A-Za-z][{_CJK_RANGES}\w·]{{0,19}}")
_WECHAT_WORDS_MAX = 3  # author and account (and a second author) before the time
_WECHAT_REGION = re.compile(rf"[{_CJK_RANGES}]{{2,6}}")  # 江西, 中国香港, 美国: where the account posted from


def _wechat_header(plain: str, vocab: _Vocabulary) -> Byline | None:
    """The stamp and the account of a copied WeChat header line: words of names only (no byline label)
    before a stamp with its time of day, then nothing or a region's word, and the original mark before
    them or the region after. None for anything else."""
    stamp = find_stamp(plain)
    if stamp is None or stamp.moment is None:
        return None
    words = plain[: stamp.start].split()
    original = bool(words) and words[0] == _WECHAT_ORIGINAL
    words = words[1:] if original else words
    after = plain[stamp.end :].strip()
    if (
        not words
        or len(words) > _WECHAT_WORDS_MAX
        or not (original or after)
        or (after and _WECHAT_REGION.fullmatch(after) is None)
        or not all(_WECHAT_WORD.fullmatch(word) and _fold(word) not in vocab.labels for word in words)
    ):
        return None
    return Byline(stamp=stamp, account=words[-1])


def _without_credit_before_stamp(plain: str) -> str:
    """'(Xinhua) 09:17, June 02, 2026' -> '09:17, June 02, 2026': an agency's bracketed credit
    (`_CREDIT_BEFORE_STAMP`) off the date line it opens, when a stamp follows it."""
    if not plain or plain[0] not in "(（":
        return plain
    found = _CREDIT_BEFORE_STAMP.match(plain)
    if found is None:
        return plain
    rest = plain[found.end() :]
    return rest if find_stamp(rest) is not None else plain


def _without_outlet_before_label(plain: str) -> str:
    """'界面新闻编辑 | 刘海川' -> '编辑 | 刘海川': a news outlet's name glued before its reporter's or
    editor's label (`chrome_outlets.txt`) opens the byline line, the label is the field's."""
    if not plain or not "\u4e00" <= plain[0] <= "\u9fff":
        return plain  # (most lines: an outlet's name opens with a Han character)
    found = _outlet_before_label().match(plain)
    return plain[found.end() :] if found else plain  # (the label is looked ahead at: the match is the outlet)


@cache
def _outlet_before_label() -> re.Pattern[str]:
    endings = "|".join(sorted(map(re.escape, _data_lines(RULES / "chrome_outlets.txt")), key=len, reverse=True))
    # (one to eight Han characters and an outlet's ending, then a reporter's or editor's label and its separator;
    # no group: the chrome prefilter embeds it)
    return re.compile(
        rf"[\u4e00-\u9fff]{{1,8}}(?:{endings})(?=(?:责任编辑|编辑|记者|实习记者|特约记者|通讯员)\s*[|｜:：\s])"
    )


def _opens_no_byline(plain: str, vocab: _Vocabulary) -> bool:
    """True when neither reading can give a byline, told from how `plain` opens: no field
    starts after its padding (`_parse_byline`'s first test), no fragment is cut out there
    and no label, weekday or stamp word starts there (`_cut_may_be_byline`'s). Most
    prose is turned away here with three matches at one place."""
    if vocab.field_start is None or vocab.word_start is None:
        return False
    start = _opening_end(plain)
    return (
        vocab.field_start.match(plain, start) is None
        and vocab.word_start.match(plain, start) is None
        and _match_between(vocab.fragments, plain, 0, start) is None
    )


def _without_text_size(line: str, vocab: _Vocabulary) -> str:
    # A line without a label's first word holds no switcher: the costly scan spared. On an
    # ASCII line, the Latin words in lower case; on another, the other labels' words, and
    # a Latin label needs a letter that matches a Latin one.
    if line.isascii():
        lowered = line.lower()
        if not any(word in lowered for word in vocab.text_size_words):
            return line
    elif (
        vocab.text_size_marks is not None
        and _LATIN_LETTER.search(line) is None
        and not any(mark in line for mark in vocab.text_size_marks)
    ):
        return line
    return vocab.text_size.sub(" ", line)


def _opening_end(text: str, start: int = 0) -> int:
    """Where the padding and brackets that open `text` (from `start`) end."""
    end = start
    while end < len(text) and (text[end] in _OPENING or text[end].isspace()):
        end += 1
    return end


def _first_kept(text: str, pattern: re.Pattern[str]) -> int | None:
    """Where the first character that `pattern.sub` keeps, padding and brackets
    aside, sits in `text`: sub's own left-to-right scan, run only that far. None when
    the pattern matches an empty string there (the scan is then not worth copying)."""
    position = 0
    while True:
        kept = _opening_end(text, position)
        match = _match_between(pattern, text, position, kept)
        if match is None or kept == len(text):
            return kept
        if match.end() == match.start():
            return None
        position = match.end()


def _match_between(pattern: re.Pattern[str], text: str, first: int, last: int) -> re.Match[str] | None:
    """The match of `pattern` starting at the first place from `first` to `last` where
    one does (a plain loop: the range is mostly one place long)."""
    for at in range(first, last + 1):
        match = pattern.match(text, at)
        if match is not None:
            return match
    return None


def _cut_may_be_byline(plain: str, vocab: _Vocabulary) -> bool:
    """False only when `plain` with its fragments cut out cannot read as a byline, told
    without cutting them: that text starts where sub's scan keeps its first character,
    with the first word of a label, a weekday or a stamp (a cut-out fragment leaves a
    space, which ends a word, so that word is whole in `plain`), and when it does not
    start with a label it holds a stamp, whose year is in `plain` too."""
    start = _first_kept(plain, vocab.fragments)
    if start is None or vocab.word_start is None:
        return True
    if vocab.word_start.match(plain, start) is None:
        return False
    if not might_hold_stamp(plain) and vocab.label_word.match(plain, start) is None:
        return False
    mark = vocab.prose_mark.search(plain) if vocab.prose_mark is not None else None
    return mark is None or _is_cut(plain, mark.start(), vocab.fragments)


def _is_cut(text: str, at: int, pattern: re.Pattern[str]) -> bool:
    """Whether `pattern.sub` cuts the character at `at` out of `text`: sub's scan, run
    only that far (a sentence mark it keeps turns the cut text away as prose)."""
    position = 0
    while (match := pattern.search(text, position)) is not None and match.start() <= at:
        if match.end() > at or match.end() == match.start():  # an empty match: assume cut
            return True
        position = match.end()
    return False


def _unwrap(text: str) -> str:
    """'(文/国际合作与交流处 图/张三)' -> '文/国际合作与交流处 图/张三'."""
    while len(text) >= 2 and _BRACKETS.get(text[0]) == text[-1]:
        text = text[1:-1].strip()
    return text


def _parse_byline(text: str, vocab: _Vocabulary) -> Byline | None:
    # Prose is turned away before the label scan, which costs the most: a byline starts
    # with its first field (or a stamp, then fields), after padding only.
    if not text or (vocab.prose_mark is not None and vocab.prose_mark.search(text)):
        return None
    start = _opening_end(text)
    if vocab.field_start is not None and vocab.field_start.match(text, start) is None:
        return None
    if not might_hold_stamp(text) and vocab.label_pattern.match(text, start) is None:
        return None  # what comes before the first label must be a stamp
    fitting = (m for m in vocab.label_pattern.finditer(text) if _separator_fits(m, vocab, start))
    first = next(fitting, None)
    lead_end = first.start() if first else len(text)
    byline = Byline()
    lead = text[:lead_end]
    if lead.strip(_PADDING):
        stamp = (
            _whole_stamp(lead)
            or _stamp_before_count(lead)
            or (_stamp_before_page_kind(lead) if first is None else None)
        )
        if stamp is None:
            return None
        byline.stamp = stamp
    if first is None and byline.stamp is None:
        return None
    matches = [first, *fitting] if first else []
    byline.bare = byline.stamp_bare = not matches
    for index, match in enumerate(matches):
        value_end = matches[index + 1].start() if index + 1 < len(matches) else len(text)
        label = _label_matched(match, vocab)
        value = _without_trailing_fragments(text[match.end() : value_end].strip(_PADDING), vocab)
        if not _read_field(byline, label, value):
            return None
    return byline


def _separator_fits(match: re.Match[str], vocab: _Vocabulary, start: int = 0) -> bool:
    """The label takes this separator, and starts a word: after a non-letter, or as a
    capital glued to a lower-case letter ('Gannan Normal UniversityEditor:'). A label that
    is the kind of page ('News | 12 November 2026') only opens a byline (`start`: where its
    first field may start): further on it is a word of a value ('Source: Jiangsu Education News')."""
    label = _label_matched(match, vocab)
    glued = not match.group("sep")  # to the digits after it: only a date's label, its value a stamp
    separator = match.group("sep").strip().translate(_COLONS) or "_"
    if (label.field != "published") if glued else (separator not in label.separators):
        return False
    if label.page_kind and match.start() > start:
        return False
    at = match.start("label")
    before = match.string[at - 1] if at else ""
    if before.isascii() and before.isalpha():
        return before.islower() and match.group("label")[0].isupper()
    return True


def _without_trailing_fragments(value: str, vocab: _Vocabulary) -> str:
    """'广东省教育厅    打印' -> '广东省教育厅': page tools glued after the last field
    without brackets (a '打印' link after '来源：…&nbsp;&nbsp;') are no part of its value."""
    for match in vocab.fragments.finditer(value):
        start = match.start()
        if start and value[start - 1].isspace() and _only_fragments(value[start:], vocab):
            return value[:start].strip(_PADDING)
    return value


def _read_field(byline: Byline, label: _Label, value: str) -> bool:
    """Store one 'label: value' field; False when the value shows this is prose."""
    value = _without_name_full_stop(value)
    if len(value) > _MAX_VALUE or (_SENTENCE_END.search(value) and not _abbreviated_day(label, value)):
        return False
    if not value or (_LETTERS.search(value) is None and not any(char.isdigit() for char in value)):
        return True  # ('编辑：：', 'Editor: -': a label left empty)
    if label.field == "published":
        stamp = _whole_stamp(value) or _trailing_stamp(value)
        if stamp is None:
            # '发布/钱七' names who published it; '时间:上午9点' is prose, not a byline.
            return "/" in label.separators and find_stamp(value) is None
        if byline.stamp is None or label.rank < byline.stamp_rank:
            byline.stamp, byline.stamp_rank = stamp, label.rank
        return True
    stamp = _trailing_stamp(value)  # '来源:新华网 2025-01-01 10:00'
    if stamp is not None:
        byline.stamp = byline.stamp or stamp
        value = value[: stamp.start].strip(_PADDING)
    if _fold(value) in _placeholders():
        value = ""
    if label.field == "credited_source" and value:
        byline.credited_source = byline.credited_source or value
    elif label.field == "editor" and value and label.rank < byline.editor_rank:
        byline.editor, byline.editor_rank = value, label.rank
    return True


def _without_name_full_stop(value: str) -> str:
    """'Tom Baker.' -> 'Tom Baker': a credit's name closed by a full stop ('Words: Tom Baker. Photography:
    Mei Lin.'), a few words with no other sentence mark, the last a word of three letters or more (not an
    abbreviation's: 'Foo Co.', 'Nov.')."""
    if not value.endswith(".") or len(value.split()) > _MAX_NAME_WORDS:
        return value
    name = value[:-1]
    last = name.rsplit(None, 1)[-1] if name.strip() else ""
    if len(last) < 3 or not last.isalpha() or _SENTENCE_END.search(name):
        return value
    return name


def _abbreviated_day(label: _Label, value: str) -> bool:
    """A date field whose month is abbreviated ('Date: 5 Nov. 2026'): its full stop ends no sentence."""
    return label.field == "published" and _whole_stamp(value) is not None


def _whole_stamp(text: str) -> Stamp | None:
    """A stamp that is all of `text` but padding and weekday names."""
    stamp = find_stamp(text)
    if stamp is None or not _only_padding(text[: stamp.start] + text[stamp.end :]):
        return None
    return stamp


def _stamp_before_count(lead: str) -> Stamp | None:
    """'2026-11-25  312': a date whose view count stands after it with an icon for its label
    (`<i class="icon-eye">`, which leaves no text)."""
    parts = lead.rstrip(_PADDING).rsplit(None, 1)
    if len(parts) != 2 or not parts[1].isdigit() or len(parts[1]) > _MAX_COUNT_DIGITS:
        return None
    return _whole_stamp(parts[0])


def _stamp_before_page_kind(lead: str) -> Stamp | None:
    """'March 12, 2025 | News': a date line closed by the kind of page it is
    (`chrome_page_kinds.txt`), the kind being no field of the byline."""
    folded = _fold(lead.rstrip(_PADDING))
    kind = next((k for k in _page_kinds() if folded.endswith(k)), None)
    if kind is None:
        return None
    rest = lead.rstrip(_PADDING)[: -len(kind)]
    if rest and rest[-1] not in _PADDING:  # the kind is a whole word after padding
        return None
    return _whole_stamp(rest)


@cache
def _page_kinds() -> tuple[str, ...]:
    """The kinds of page a date line may end with, folded, longest first."""
    kinds = {_fold(line) for line in _data_lines(RULES / "chrome_page_kinds.txt")}
    return tuple(sorted(kinds, key=len, reverse=True))


def _trailing_stamp(value: str) -> Stamp | None:
    """A stamp glued after a value, with nothing but padding after it."""
    stamp = find_stamp(value)
    if stamp is None or not _only_padding(value[stamp.end :]):
        return None
    return stamp


def _only_padding(text: str) -> bool:
    return not _WEEKDAY.sub("", text).strip(_PADDING + "()（）")


def _read_breadcrumb(line: str, vocab: _Vocabulary) -> list[str] | None:
    prefix = vocab.crumb_prefix.match(line)
    if not prefix and not vocab.crumb_separator.search(line):
        return None  # one item at most, and a path without a label needs two
    path = line[prefix.end() :] if prefix else line
    items = [item.strip(_PADDING) for item in vocab.crumb_split.split(path)]
    items = [item for item in items if item]
    if not items or any(len(item) > vocab.crumb_max_item or _SENTENCE_END.search(item) for item in items):
        return None
    skipped = [item for item in items if _fold(item) in vocab.crumb_skip]
    if not prefix and (len(items) < 2 or (len(items) < 3 and not skipped)):
        return None
    if not prefix and _holds_labelled_field(items, vocab):
        return None  # a credit line split by ' / ' ('Text: Li Na / Editor: Xu Ting'), not a path
    return [item for item in items if _fold(item) not in vocab.crumb_skip]


def _holds_labelled_field(items: list[str], vocab: _Vocabulary) -> bool:
    """Whether one of a path's items opens with a byline label and a colon ('Editor: Xu Ting',
    '(Text: Li Na'): section names carry no colon, credit lines do."""
    for item in items:
        field = vocab.label_pattern.match(item.lstrip("(（[【"))
        if field is not None and field.group("sep").strip() in (":", "："):
            return True
    return False


def channel_of(items: list[str]) -> list[str]:
    """A breadcrumb given as separate items (HTML list entries or links): the channel,
    without separators, a 'You are here:' label or the trailing 正文."""
    vocab = _vocabulary()
    channel = []
    for item in items:
        item = vocab.crumb_prefix.sub("", item.strip(_PADDING + ">＞»›→〉"))
        for part in vocab.crumb_split.split(item):
            part = part.strip(_PADDING)
            if part and _fold(part) not in vocab.crumb_skip and len(part) <= vocab.crumb_max_item:
                channel.append(part)
    return channel


def _only_fragments(line: str, vocab: _Vocabulary) -> bool:
    """Whether every letter of the line is inside a fragment: sub's scan, run only as
    far as the first letter left over (in prose, usually the first one)."""
    position = 0
    while (letter := _LETTERS.search(line, position)) is not None:
        match = _match_between(vocab.fragments, line, position, letter.start())
        if match is None:
            return False
        if match.end() == match.start():  # an empty match: let sub itself decide
            return not _LETTERS.search(vocab.fragments.sub("", line))
        position = match.end()
    return True


def _is_menu(line: str) -> bool:
    """'首页 | 新闻 | 教育 | 联系我们', or a row of short Chinese section names."""
    items = [item for item in _MENU_SPLIT.split(line) if item] if "|" in line or "｜" in line else [line]
    if len(items) >= 3 and all(_is_menu_item(item) for item in items):
        return True
    if line.isascii():  # no Chinese word in it
        return False
    words = line.split()
    return len(words) >= 5 and all(len(word) <= 6 and _CJK_ONLY.match(word) for word in words)


def _is_menu_item(item: str) -> bool:
    """A section's name in a menu row: a few characters, or in Latin letters a few words, which are
    longer ('International', 'Accessibility', 'Study Abroad'), but not a date's ('News | October 23, 2026 |
    Campus' is a date line); never a sentence."""
    if _SENTENCE_END.search(item):
        return False
    if item.isascii() and not any(char.isdigit() for char in item):
        return len(item) <= _MENU_ITEM_LATIN and len(item.split()) <= _MENU_ITEM_WORDS
    return len(item) <= _MENU_ITEM


def _label_matched(match: re.Match[str], vocab: _Vocabulary) -> _Label:
    """The label `label_pattern` matched: its words may be spaced or glued ('News source', 'NewsSOURCE')."""
    return vocab.labels_glued["".join(match.group("label").split()).casefold()]


def _fold(text: str) -> str:
    # Runs of white space as one space, none at the ends: `str.split` splits where `\s` matches (no regex run).
    return " ".join(text.split()).casefold()


@cache
def _placeholders() -> frozenset[str]:
    return frozenset(_fold(line) for line in _data_lines(RULES / "chrome_placeholders.txt"))


@cache
def _vocabulary() -> _Vocabulary:
    _read_chrome.cache_clear()  # readings of an earlier vocabulary
    labels = _load_labels(RULES / "chrome_labels.tsv")
    names = sorted(labels, key=len, reverse=True)
    label = _label_alternation(names)
    label_pattern = re.compile(_first_character_of(names) + rf"(?P<label>{label})(?P<sep>{_LABEL_SEPARATOR})", re.I)
    opens_with_padding = any(_opening_end(name) for name in names)  # then no shortcut is safe
    first_words = sorted({name.split()[0] for name in names}, key=len, reverse=True)
    label_word = "|".join(map(re.escape, first_words))
    crumbs = json.loads((RULES / "chrome_breadcrumbs.json").read_text(encoding="utf-8"))
    separators = sorted(crumbs["separators"], key=len, reverse=True)
    prefixes = sorted(crumbs["prefixes"], key=len, reverse=True)
    vocab = _Vocabulary(
        crumb_separator=re.compile("|".join(map(re.escape, separators))),
        field_start=None
        if opens_with_padding
        else _compiled(f"{label}(?:{_LABEL_SEPARATOR})|{_WEEKDAY_START}|{STAMP_OPENING}"),
        # A trie of the words (a label's first, a weekday's, a month's), or a digit (how a
        # stamp may begin): tried where bylines open, which a list of ~100 words slows down.
        word_start=None
        if opens_with_padding
        else _compiled(_label_alternation(sorted({*first_words, *_WEEKDAY_WORDS, *MONTH_NAMES}, key=len)) + r"|\d"),
        label_word=re.compile(label_word, re.I),
        prose_mark=None if any(map(_PROSE_MARK.search, names)) else _PROSE_MARK,
        labels=labels,
        labels_glued={"".join(name.split()): label for name, label in labels.items()},
        label_pattern=label_pattern,
        fragments=_alternation(RULES / "chrome_fragments.txt", first_characters=True),
        text_size=_text_size_pattern(RULES / "chrome_text_size.json"),
        text_size_words=_text_size_words(RULES / "chrome_text_size.json"),
        text_size_marks=_text_size_marks(RULES / "chrome_text_size.json"),
        footer=_alternation(RULES / "chrome_footer.txt", first_characters=True),
        end=_alternation(RULES / "chrome_end.txt"),
        pasted=_alternation(RULES / "chrome_pasted.txt", first_characters=True),
        # behind a lookahead on the prefixes' first characters: `channel_of`'s sub tries every
        # place of every item, and the chrome prefilter's opening every line, mostly in vain
        crumb_prefix=re.compile(
            r"\s*" + _behind_first_characters("|".join(map(re.escape, prefixes))) + r"\s*[:：]\s*", re.IGNORECASE
        ),
        crumb_split=re.compile(r"\s*(?:" + "|".join(map(re.escape, separators)) + r")\s*"),
        crumb_skip=frozenset(_fold(item) for item in crumbs["skip_items"]),
        crumb_max_item=int(crumbs["max_item_length"]),
    )
    prefilter = _chrome_prefilter(vocab, separators, RULES / "chrome_text_size.json")
    return replace(
        vocab,
        prefilter=prefilter,
        crumb_literals=_literals([*separators, *prefixes]),
        label_literals=_literals(first_words) if not any("【" in w or "】" in w for w in first_words) else None,
    )


def _literals(words: list[str]) -> Literals | None:
    try:
        return Literals(words)
    except ValueError:  # a word no literal scan can find for sure: no shortcut
        return None


def _chrome_prefilter(vocab: _Vocabulary, separators: list[str], text_size: Path) -> Prefilter | None:
    """What a line must show for `read_line` to read it as anything but text, each reading
    asking for one of them (and `read_byline` and `breadcrumb_of`, which are two of its tests):

    - END: the end regex matches from the line's start; CHROME: so does the pasted one;
    - BREADCRUMB: a prefix at its start ('当前位置：'), or a separator anywhere;
    - BYLINE: `_parse_byline` reads the line as it is unless it holds 【】, a text-size
      label's first word, or padding at an end (white space, a closing bracket `_unwrap`
      takes off). Then, after padding, comes a fragment (cut before the second reading),
      or the byline's first field: a label, a weekday or a stamp, which may not follow
      anything but padding and weekdays (`_whole_stamp`). So the line opens with a
      label's first word, a weekday, a month or a stamp's digits (`STAMP_DIGIT_HEAD`,
      where a space after the day may be a fragment cut out);
    - CHROME: a fragment starts before its first letter, or it has no letter
      (`_only_fragments`); a '|' or a row of short Chinese words (`_is_menu`);
    - FOOTER: a footer row: anchored rows at the start, the others by the literal each
      opens with (searched whole when it opens with none).

    None when the vocabulary leaves no such shortcut (a label opening with padding, a
    regex with groups, a literal with non-ASCII letter case)."""
    if vocab.field_start is None or vocab.word_start is None:
        return None
    padding = "[" + "".join(map(re.escape, sorted(_OPENING))) + r"\s]*"
    words = _label_alternation(sorted({*(name.split()[0] for name in vocab.labels), *_WEEKDAY_WORDS, *MONTH_NAMES}))
    labels = json.loads(text_size.read_text(encoding="utf-8"))["labels"]
    footer = _data_lines(RULES / "chrome_footer.txt")
    opening_footer = [row for row in footer if is_anchored(row)]
    starts = {row: literal_starts(row) for row in footer if row not in opening_footer}
    try:
        return Prefilter(
            opening=[
                _behind_first_characters(embedded(vocab.end)),
                embedded(vocab.pasted),
                embedded(vocab.crumb_prefix),
                padding
                + _behind_first_characters(
                    f"{words}|{STAMP_DIGIT_HEAD}|{_TIME_OPENING}|\\d{{1,2}}{embedded(vocab.fragments)}"
                ),
                embedded(_CREDIT_BEFORE_STAMP),  # ('(Xinhua) 09:17, June 02, 2026': `_without_credit_before_stamp`)
                embedded(_WECHAT_OPENING),  # ('原创 国际处 某某大学国际交流 2025-05-12 18:30 江西': `_wechat_header`)
                embedded(_outlet_before_label()),  # ('新京报记者：李某': an outlet's name before the label)
                _NON_LETTERS + embedded(vocab.fragments),  # padding is no letter: byline cuts too
                _NON_LETTERS + r"\Z",
                f"(?-i:{_CJK_MENU})",  # no letter case in it: compiled without case folding (~15 ms less)
                *(embedded(re.compile(row, re.IGNORECASE)) for row in opening_footer),
            ],
            literals=[
                *separators,
                "【",
                "】",
                "|",
                "｜",
                *(name.split()[0] for name in labels),
                *(start for found in starts.values() if found for start in found),
            ],
            anywhere=[embedded(re.compile(row, re.IGNORECASE)) for row, found in starts.items() if not found],
            last_characters="".join(_BRACKETS.values()),
        )
    except ValueError:
        return None


def _text_size_pattern(path: Path) -> re.Pattern[str]:
    """A text-size switcher as `chrome_text_size.json` describes it."""
    data = json.loads(path.read_text(encoding="utf-8"))
    labels = sorted(data["labels"], key=len, reverse=True)
    label = "|".join(r"\s*".join(map(re.escape, name.split())) for name in labels)
    choices = "|".join(map(re.escape, sorted(data["choices"], key=len, reverse=True)))
    choice = rf"[【\[(（]?\s*(?:{choices})(?![A-Za-z])\s*[】\])）]?"
    more = rf"(?:\s*[|｜/]?\s*{choice}){{{data['min_choices'] - 1},{data['max_choices'] - 1}}}"
    starts = "".join(sorted({re.escape(name[0]) for name in labels} | {"【", r"\["}))
    return re.compile(rf"(?=[{starts}])(?:[【\[]\s*)?(?:{label})\s*[:：]?\s*{choice}{more}\s*[】\]]?", re.I)


def _text_size_marks(path: Path) -> tuple[str, ...] | None:
    labels = json.loads(path.read_text(encoding="utf-8"))["labels"]
    if not all(name[0].isalpha() for name in labels if name.isascii()):
        return None
    marks = tuple(sorted({name.split()[0] for name in labels if not name.isascii()}))
    return None if any(mark.lower() != mark or mark.upper() != mark for mark in marks) else marks


def _text_size_words(path: Path) -> tuple[str, ...]:
    labels = json.loads(path.read_text(encoding="utf-8"))["labels"]
    return tuple(sorted({name.split()[0].lower() for name in labels if name.isascii()}))


def _label_alternation(names: list[str]) -> str:
    """The labels as one regex, factored by their common beginnings: each place in a
    line tries one branch per next character instead of every label. A longer label
    is still tried before a shorter one it starts with, as in a longest-first list."""
    trie: dict[str, dict] = {}
    for name in names:
        node = trie
        for token in _label_tokens(name):
            node = node.setdefault(token, {})
        node[""] = {}  # a label ends here
    return _trie_regex(trie)


def _label_tokens(name: str) -> list[str]:
    r"""'Edited by' -> E d i t e d \s* b y: words may be spaced or glued."""
    tokens: list[str] = []
    for index, word in enumerate(name.split()):
        tokens.extend([r"\s*"] if index else [])
        tokens.extend(map(re.escape, word))
    return tokens


def _trie_regex(node: dict[str, dict]) -> str:
    branches = [token + _trie_regex(child) for token, child in node.items() if token]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body  # greedy: the longer label first


def _behind_first_characters(pattern: str) -> str:
    """`pattern` as `_compiled` guards it: a line that opens with none of its first
    characters fails one class test, not every branch (unguarded when they are unknown)."""
    firsts = _first_characters([pattern])
    return f"(?=[{''.join(sorted(firsts))}])(?:{pattern})" if firsts else f"(?:{pattern})"


def _first_character_of(names: list[str]) -> str:
    """A lookahead for the labels' first characters: most places in a line fail it at
    once, before any branch is tried."""
    return "(?=[" + "".join(sorted({re.escape(name[0]) for name in names})) + "])"


def _load_labels(path: Path) -> dict[str, _Label]:
    labels: dict[str, _Label] = {}
    for row in _data_lines(path):
        cells = row.split("\t")
        rank = int(cells[3]) if len(cells) > 3 and cells[3].strip() else 1
        name = _fold(cells[0])
        labels[name] = _Label(cells[1].strip(), cells[2].strip(), rank, page_kind=name in _page_kinds())
    return labels


def _alternation(path: Path, *, first_characters: bool = False) -> re.Pattern[str]:
    """The file's regexes as one. With `first_characters`, behind a lookahead on the
    characters a match can start with (when every row tells them)."""
    return _compiled("|".join(f"(?:{row})" for row in _data_lines(path)), first_characters=first_characters)


def _compiled(pattern: str, *, first_characters: bool = True) -> re.Pattern[str]:
    """`pattern`, case-insensitive, behind a lookahead on the characters its matches
    start with when the pattern tells them: a place where no match can start then fails
    on one class test instead of trying every branch (a search passes over such places
    in one step). The lookahead is case-insensitive as the pattern is, so it admits the
    same characters the branches do: the matches are the same."""
    firsts = _first_characters([pattern]) if first_characters else None
    if firsts:
        pattern = f"(?=[{''.join(sorted(firsts))}])(?:{pattern})"
    return re.compile(pattern, re.IGNORECASE)


def _first_characters(rows: list[str]) -> set[str] | None:
    """What a match of one of the regexes can start with, as pieces of a character
    class (escaped characters, ranges, `\\d`); None when a row does not say."""
    firsts: set[str] = set()
    for row in rows:
        found = _opening(list(_re_parser.parse(row, re.IGNORECASE)))
        if found is None:
            return None
        firsts |= found
    return firsts


def _opening(items: list) -> set[str] | None:
    """The class pieces a parsed regex's match starts with: those of its first item that
    reads a character, past anchors; None for anything else (a repeat that may be
    absent, a negated class, a lookaround ...)."""
    for op, av in items:
        if op is _re_constants.AT:
            continue  # '^' reads no character
        if op is _re_constants.LITERAL:
            return {re.escape(chr(av))}
        if op is _re_constants.IN:
            return _class_pieces(av)
        if op is _re_constants.SUBPATTERN:
            return _opening(list(av[3]))
        if op is _re_constants.BRANCH:
            branches = [_opening(list(branch)) for branch in av[1]]
            return None if any(branch is None for branch in branches) else set().union(*branches)
        if op is _re_constants.MAX_REPEAT and av[0] >= 1:
            return _opening(list(av[2]))
        return None
    return None


def _class_pieces(members: list) -> set[str] | None:
    pieces = set()
    for op, av in members:
        if op is _re_constants.LITERAL:
            pieces.add(re.escape(chr(av)))
        elif op is _re_constants.RANGE:
            pieces.add(f"{re.escape(chr(av[0]))}-{re.escape(chr(av[1]))}")
        elif op is _re_constants.CATEGORY and av is _re_constants.CATEGORY_DIGIT:
            pieces.add(r"\d")
        else:
            return None
    return pieces


def _data_lines(path: Path) -> list[str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [line.rstrip("\n") for line in lines if line.strip() and not line.startswith("#")]
