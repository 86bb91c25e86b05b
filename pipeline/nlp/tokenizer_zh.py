"""Chinese tokenizer: jieba over the simplified view, institution names kept whole.

Segmenting the simplified view lets one dictionary serve traditional-script text too;
tokens keep the characters as written and carry the simplified form as `norm_`, which
the phrase matchers read. The user dictionary is generated from the gazetteer and the
rule vocabularies, so 江西财经大学 or 副理事长单位 is never cut in two.

The segmentation is jieba's default (accurate mode, HMM on, jieba's dictionary plus
ours), computed by jieba-rs (`rjieba`), the Rust port, about ten times faster. The two
differ in two places, both put back here: what counts as Han (the blocks holding rarer
Han characters are cut as jieba does), and Latin words joined by a hyphen or a dot,
which jieba's HMM step cuts apart ("Jean-Claude" -> "Jean", "-", "Claude").
tests/nlp/test_tokenizer_zh.py holds the result to jieba's own.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, NamedTuple

import numpy as np
from spacy.attrs import NORM
from spacy.language import Language
from spacy.strings import StringStore
from spacy.tokens import Doc
from spacy.util import registry
from spacy.vocab import Vocab

from pipeline.language import code_points, from_code_points, simplified_code_points, to_simplified
from pipeline.nlp.sentences import ROLES_KEY, sentence_role

if TYPE_CHECKING:
    import rjieba

# A high frequency makes a whole name beat any split of it.
USER_WORD_FREQ = 2_000_000

# jieba's own patterns (jieba/__init__.py and jieba/finalseg/__init__.py, 0.42.1).
_JIEBA_HAN_BLOCK = re.compile(r"([\u4E00-\u9FD5a-zA-Z0-9+#&\._%\-]+)")
_JIEBA_SKIP = re.compile(r"(\r\n|\s)")
_JIEBA_HMM_LATIN = re.compile(r"([a-zA-Z0-9]+(?:\.\d+)?%?)")
# Characters that jieba-rs reads as Han and jieba does not (CJK extensions A to F,
# compatibility ideographs): measured over every code point.
_NOT_JIEBA_HAN = re.compile(r"[\u3400-\u4DBF\u9FD6-\u9FFF\uF900-\uFAFF\U00020000-\U0002FA1F]")
# What jieba-rs's blocks are made of: jieba's Han block characters and those.
_JIEBA_RS_BLOCK_CHARS = r"\u4E00-\u9FD5a-zA-Z0-9+#&\._%\-\u3400-\u4DBF\u9FD6-\u9FFF\uF900-\uFAFF\U00020000-\U0002FA1F"
_JIEBA_RS_BLOCK_CHAR = re.compile(f"[{_JIEBA_RS_BLOCK_CHARS}]")
_JIEBA_RS_BLOCK = re.compile(f"[{_JIEBA_RS_BLOCK_CHARS}]*")

# What the segmenter needs to know of a character, one code per character (see `char_kinds`):
# a Latin letter or digit, a symbol of jieba's Han blocks (where the two meet, a joined word
# may be), and a character that may be Han to jieba-rs only (any beyond the BMP is checked).
LATIN, JOINING, MAYBE_NOT_JIEBA_HAN = 1, 2, 4
_BEYOND_BMP = 0x10000
# Past this many distinct words the tokenizer's word table starts again (memory stays flat).
MAX_CACHED_WORDS = 1 << 18
# The Doc's simplified view is left where `pipeline.extract.spans.matching_text` caches it.
MATCHING_TEXT_KEY = "_matching_text"
# The tokens' NORM and IDX columns, as `Doc.to_array([NORM, IDX])` reads them, are left here for
# the Chinese name patterns (`institution_patterns`), which take them once.
NORM_IDX_KEY = "_norm_idx"


@functools.cache
def _kind_table() -> np.ndarray:
    table = np.zeros(_BEYOND_BMP + 1, dtype=np.uint8)
    table[[ord(c) for c in "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"]] = LATIN
    table[[ord(c) for c in "+#&._%-"]] = JOINING
    for first, last in ((0x3400, 0x4DBF), (0x9FD6, 0x9FFF), (0xF900, 0xFAFF)):
        table[first : last + 1] = MAYBE_NOT_JIEBA_HAN
    table[_BEYOND_BMP] = MAYBE_NOT_JIEBA_HAN
    return table


def char_kinds(codes: np.ndarray) -> np.ndarray:
    """LATIN, JOINING, MAYBE_NOT_JIEBA_HAN or 0 for each code point, in one array lookup."""
    return _kind_table()[np.minimum(codes, _BEYOND_BMP)]


class _Rows(dict):
    """Word -> row, -1 for a word not in the table (read, not added)."""

    def __missing__(self, word: str) -> int:
        return -1


class WordTable:
    """A row per distinct word seen, and per row what the tokenizer reads of the word as
    arrays: its length, whether it is whitespace (jieba cuts whitespace from everything
    else, so its first character tells), for a vocabulary's strings its string id, with
    `roles` its part in the sentence rule (`sentences.sentence_role`) and with `norms` its
    lexeme's NORM id.

    One dict lookup per piece replaces measuring, classifying and hashing every piece:
    words recur across texts, so new rows are few once a run is under way.
    """

    def __init__(
        self,
        strings: StringStore | None = None,
        glued: Callable[[str], bool] | None = None,
        roles: Callable[[str], int] | None = None,
        norms: Callable[[str], int] | None = None,
    ) -> None:
        self.strings = strings
        self._glued_test = glued  # which words may be a preposition glued on a name (`glued`)
        self._role_of = roles
        self._norm_of = norms
        self.clear()

    def clear(self) -> None:
        self._rows: dict[str, int] = _Rows()
        self.length = np.zeros(1024, dtype=np.int64)
        self.space = np.zeros(1024, dtype=bool)
        self.orth = np.zeros(1024, dtype=np.uint64)
        self.glued = np.zeros(1024, dtype=bool)
        self.role = np.zeros(1024, dtype=np.int8)
        self.norm = np.zeros(1024, dtype=np.uint64)

    def __len__(self) -> int:
        return len(self._rows)

    def rows(self, words: list[str]) -> np.ndarray:
        """The row of each word, new words added."""
        # (`__getitem__` of a dict whose misses answer -1: a one-argument call per word, where `get`
        # with a default takes two and an iterator of defaults beside the words)
        rows = np.fromiter(map(self._rows.__getitem__, words), dtype=np.int64, count=len(words))
        missing = np.flatnonzero(rows < 0)
        if len(missing):
            unknown = [words[i] for i in missing.tolist()]
            self._add(list(dict.fromkeys(unknown)))  # a new word may occur twice in one text
            rows[missing] = list(map(self._rows.__getitem__, unknown))
        return rows

    def _add(self, words: list[str]) -> None:
        first, count = len(self._rows), len(words)
        self._rows.update(zip(words, range(first, first + count), strict=True))
        if first + count > len(self.length):
            size = 2 * (first + count)
            arrays = (self.length, self.space, self.orth, self.glued, self.role, self.norm)
            self.length, self.space, self.orth, self.glued, self.role, self.norm = (np.resize(a, size) for a in arrays)
        self.length[first : first + count] = list(map(len, words))
        self.space[first : first + count] = [word[:1].isspace() for word in words]
        if self.strings is not None:
            self.orth[first : first + count] = list(map(self.strings.add, words))
        if self._glued_test is not None:
            self.glued[first : first + count] = list(map(self._glued_test, words))
        if self._role_of is not None:
            self.role[first : first + count] = list(map(self._role_of, words))
        if self._norm_of is not None:
            self.norm[first : first + count] = list(map(self._norm_of, words))


class Segmentation(NamedTuple):
    pieces: list[str]  # consecutive slices of the text
    rows: np.ndarray  # each piece's row in the word table
    ends: np.ndarray  # where each piece ends in the text


class JiebaSegmenter:
    """jieba's default `cut` with extra words, run by jieba-rs."""

    def __init__(self, words: Iterable[str]) -> None:
        self.rust = _jieba_with_its_dictionary()
        for word in words:
            self.rust.add_word(word, USER_WORD_FREQ, None)
        for word in (*words_cut_apart(), *words_cut_at_heads()):
            self.rust.add_word(word, 0, None)  # (as jieba's `del_word`: the word's parts win)
        self._table = WordTable()

    def cut(self, text: str) -> list[str]:
        """The pieces jieba.cut(text, HMM=True) yields: consecutive slices of `text`."""
        if len(self._table) > MAX_CACHED_WORDS:
            self._table.clear()
        return self.segment(text, char_kinds(code_points(text)), self._table).pieces

    def segment(self, text: str, kinds: np.ndarray, table: WordTable) -> Segmentation:
        """`cut(text)` with the pieces' rows in `table` and their ends; `kinds` are the
        `char_kinds` of the text's code points."""
        if (kinds == MAYBE_NOT_JIEBA_HAN).any() and _NOT_JIEBA_HAN.search(text):
            pieces = self._cut_by_blocks(text)
        else:
            pieces = self.rust.cut(text, True)
        rows = table.rows(pieces)
        ends = np.cumsum(table.length[rows])
        cuts = self._latin_cuts(pieces, _latin_joints(kinds), ends)
        if cuts:
            # Only the new parts are looked up: the other pieces keep their rows.
            pieces, rows = _spliced(pieces, cuts), _spliced_rows(rows, cuts, table)
            ends = np.cumsum(table.length[rows])
        return Segmentation(pieces, rows, ends)

    def _cut_by_blocks(self, text: str) -> list[str]:
        """jieba's cut of a text holding a character only jieba-rs reads as Han: jieba's own loop
        over the jieba-rs blocks holding one, jieba-rs's cut between them (the same as jieba's,
        both cutting each block alone). Latin words joined by symbols are not cut yet."""
        pieces: list[str] = []
        done = 0
        for start, end in _blocks_read_otherwise(text):
            pieces += self.rust.cut(text[done:start], True)
            pieces += self._jieba_loop(text[start:end])
            done = end
        return pieces + self.rust.cut(text[done:], True)

    def _jieba_loop(self, text: str) -> list[str]:
        """jieba's own loop: Han blocks segmented, any other character a piece of its own."""
        pieces: list[str] = []
        for block in _JIEBA_HAN_BLOCK.split(text):
            if not block:
                continue
            if _JIEBA_HAN_BLOCK.match(block):
                pieces += self.rust.cut(block, True)
                continue
            for part in _JIEBA_SKIP.split(block):
                if _JIEBA_SKIP.match(part):
                    pieces.append(part)
                else:
                    pieces += part
        return pieces

    def _latin_cuts(self, pieces: list[str], joints: np.ndarray, ends: np.ndarray) -> dict[int, list[str]]:
        """Latin words joined by symbols cut as jieba's HMM step cuts them ("1.5" stays):
        the index of each piece that is cut, with its parts, in order.

        `joints`: where in the text a Latin character meets a joining symbol (see
        `_latin_joints`); `ends`: where each piece ends. Only the pieces holding a joint
        are looked at, not every piece.
        """
        if len(joints) == 0:
            return {}
        holders = np.searchsorted(ends, joints, side="right")
        # A piece holds the joint when it holds both of its characters.
        joined = _distinct_sorted(holders[ends[holders] > joints + 1])
        cuts: dict[int, list[str]] = {}
        for i in joined.tolist():
            piece = pieces[i]
            if piece.isascii() and not self.rust.has_word(piece):
                parts = [part for part in _JIEBA_HMM_LATIN.split(piece) if part]
                if len(parts) > 1:
                    cuts[i] = parts
        return cuts


def _spliced(pieces: list[str], cuts: dict[int, list[str]]) -> list[str]:
    """`pieces` with each cut piece replaced by its parts (`cuts` in the order of the pieces)."""
    if not cuts:
        return pieces
    out: list[str] = []
    done = 0
    for i, parts in cuts.items():
        out += pieces[done:i]
        out += parts
        done = i + 1
    return out + pieces[done:]


def _spliced_rows(rows: np.ndarray, cuts: dict[int, list[str]], table: WordTable) -> np.ndarray:
    """The rows of `_spliced(pieces, cuts)` from the rows of `pieces`: each cut piece's row
    repeated once per part, then overwritten by the parts' own rows."""
    counts = np.ones(len(rows), dtype=np.int64)
    counts[list(cuts)] = [len(parts) for parts in cuts.values()]
    spliced = np.repeat(rows, counts)
    spliced[np.repeat(counts > 1, counts)] = table.rows([part for parts in cuts.values() for part in parts])
    return spliced


def _blocks_read_otherwise(text: str) -> list[tuple[int, int]]:
    """Where the jieba-rs blocks holding a character only jieba-rs reads as Han start and end,
    in order (a block: a run of `_JIEBA_RS_BLOCK_CHAR`, which takes at least every character
    jieba-rs's blocks do, so a stretch it stops at is cut alone by both)."""
    spans: list[tuple[int, int]] = []
    for match in _NOT_JIEBA_HAN.finditer(text):
        at = match.start()
        if spans and at < spans[-1][1]:
            continue  # in the block found before
        start = at
        while start and _JIEBA_RS_BLOCK_CHAR.match(text, start - 1):
            start -= 1
        spans.append((start, _JIEBA_RS_BLOCK.match(text, at).end()))
    return spans


def _jieba_with_its_dictionary() -> rjieba.Jieba:
    """A jieba-rs segmenter with jieba's dictionary, nothing added.

    Imported here, not with the module: a process that reads no Chinese never loads it. On
    import, rjieba loads the dictionary (~0.1 s) into the instance behind its module-level
    functions, which the project never calls: the first segmenter takes that instance
    rather than loading the dictionary a second time; any later one loads its own.
    """
    import rjieba

    global _default_jieba_taken
    if _default_jieba_taken:
        return rjieba.Jieba()
    _default_jieba_taken = True
    return rjieba._DEFAULT_JIEBA


_default_jieba_taken = False


def _distinct_sorted(values: np.ndarray) -> np.ndarray:
    """`np.unique` of values already in order (the positions of sorted offsets searched in
    sorted ends): each once, without unique's sort and Python layers (half its time)."""
    if len(values) < 2:
        return values
    first = np.empty(len(values), dtype=bool)
    first[0] = True
    np.not_equal(values[1:], values[:-1], out=first[1:])
    return values[first]


def _latin_joints(kinds: np.ndarray) -> np.ndarray:
    """Every offset p where characters p and p + 1 are a Latin letter or digit and a joining
    symbol, in either order (overlapping joints all found). Of the kinds' products only
    LATIN * JOINING is 2 (the kinds are 0, 1, 2 and 4)."""
    return np.flatnonzero(kinds[:-1] * kinds[1:] == LATIN * JOINING)


@functools.cache
def build_segmenter(words: tuple[str, ...]) -> JiebaSegmenter:
    """A segmenter knowing jieba's dictionary and `words` (one per word list and process)."""
    return JiebaSegmenter(words)


class JiebaTokenizer:
    """The Doc of a text: jieba's words over the simplified view, as written.

    The text's code points are read once: the simplified view, the traditional characters
    and the segmenter's character kinds all come from them. Each piece is looked up once
    in a word table kept across texts, which gives its length, whether it is whitespace and
    its string id (spaCy would hash every word again); words, spaces and the simplified norms
    of traditional words are then array operations over the pieces. The simplified view is
    left in `doc.user_data` for the components that match on it, and each token's part in the
    sentence rule for the sentencizer (which would otherwise read a lexeme flag column and
    look at every flagged token).
    """

    def __init__(self, vocab: Vocab, user_words: Iterable[str]) -> None:
        self.vocab = vocab
        self.segmenter = build_segmenter(tuple(sorted(set(user_words))))
        self.table = WordTable(vocab.strings, self._may_be_glued, sentence_role, self._lexeme_norm)

    def __call__(self, text: str) -> Doc:
        if len(self.table) > MAX_CACHED_WORDS:
            self.table.clear()
        codes = code_points(text)
        simple_codes = simplified_code_points(codes)
        simplified = text if simple_codes is codes else from_code_points(simple_codes)
        pieces, rows, ends = self.segmenter.segment(simplified, char_kinds(simple_codes), self.table)
        cuts = self._glued_preposition_cuts(pieces, np.flatnonzero(self.table.glued[rows]))
        if cuts:
            rows = _spliced_rows(rows, cuts, self.table)
            ends = np.cumsum(self.table.length[rows])
        norms = None
        if simple_codes is not codes:
            norms = self._restore_traditional(rows, ends, text, np.flatnonzero(codes != simple_codes))
        rows, spaces, kept = self._merge_whitespace(rows, ends, text, codes)
        # (the tokens' rows are final: the table's arrays, which adding words may replace, are read now)
        doc = Doc(self.vocab, words=self.table.orth[rows].tolist(), spaces=spaces.tolist())
        if norms is not None:
            norms = norms if kept is None else norms[kept]
            doc.from_array([NORM], norms)
        doc.user_data[MATCHING_TEXT_KEY] = simplified
        doc.user_data[ROLES_KEY] = (len(doc), self.table.role[rows])
        doc.user_data[NORM_IDX_KEY] = self._norm_and_idx(rows, spaces, norms)
        return doc

    def _lexeme_norm(self, word: str) -> int:
        """The NORM id of the word's lexeme (asked once a distinct word, by the word table)."""
        return self.vocab[word].norm

    def _norm_and_idx(self, rows: np.ndarray, spaces: np.ndarray, norms: np.ndarray | None) -> np.ndarray:
        """The tokens' NORM and IDX columns, as `Doc.to_array([NORM, IDX])` reads them, from the word
        table (spaCy reads them token by token): a token's NORM is its own where set (`norms`: the
        traditional words', 0 elsewhere), else its lexeme's; its IDX the widths of the tokens before it."""
        columns = np.empty((len(rows), 2), dtype=np.uint64)
        lexeme_norms = self.table.norm[rows]
        columns[:, 0] = lexeme_norms if norms is None else np.where(norms != 0, norms, lexeme_norms)
        widths = self.table.length[rows] + spaces
        columns[:, 1] = widths.cumsum() - widths
        return columns

    def _may_be_glued(self, word: str) -> bool:
        """Whether jieba's HMM may have glued a preposition onto a name it does not know to make
        `word` (由哈洛, 同哈洛, 由省): asked once a distinct word, by the word table."""
        table, _, _ = _glue_rules()
        if len(word) < 2 or not table[min(ord(word[0]), _BEYOND_BMP)] or not _all_han(word):
            return False
        # (two characters: one left is a name only as a level, 由省 | 教育厅, or as the start of a name
        # the next pieces go on with, 与芬 | 威克 | 理工大学: `_glued_preposition_cuts` asks)
        return not self.segmenter.rust.has_word(word)  # 同济大学, 对外: the dictionary's words stay whole

    def _glued_preposition_cuts(self, pieces: list[str], maybe: np.ndarray) -> dict[int, list[str]]:
        """由哈洛 | 大学 -> 由 | 哈洛 | 大学: of the pieces that `_may_be_glued` (`maybe`: their
        indices), those before an institution's head cut after the preposition (the index of
        each piece cut, with its two parts)."""
        if not len(maybe):
            return {}
        _, levels, heads = _glue_rules()
        return {
            i: [pieces[i][0], pieces[i][1:]]
            for i in maybe.tolist()
            if _institution_head_follows(pieces, i + 1, heads)
            and (len(pieces[i]) > 2 or pieces[i][1] in levels or _name_goes_on(pieces, i + 1, heads))
        }

    def _restore_traditional(self, rows: np.ndarray, ends: np.ndarray, text: str, changed: np.ndarray) -> np.ndarray:
        """Give the pieces holding a `changed` character (cut from the simplified view) the rows
        of their words as written in `text`, in `rows`; returns the NORM column: the simplified
        word's id for those, 0 (the word's own norm) for the others. Whitespace is the same in
        both scripts, so the changed pieces are words."""
        indices = _distinct_sorted(np.searchsorted(ends, changed, side="right"))
        norms = np.zeros(len(rows), dtype=np.uint64)
        norms[indices] = self.table.orth[rows[indices]]
        stops = ends[indices]
        starts = stops - self.table.length[rows[indices]]
        written = [text[a:b] for a, b in zip(starts.tolist(), stops.tolist(), strict=True)]
        rows[indices] = self.table.rows(written)
        return norms

    def _merge_whitespace(
        self, rows: np.ndarray, ends: np.ndarray, text: str, codes: np.ndarray
    ) -> tuple[np.ndarray, np.ndarray, np.ndarray | None]:
        """spaCy's words and spaces from the pieces (what `spacy.util.get_words_and_spaces` makes
        of the non-space pieces, without its search of the text for every word): one " " after a
        word is that word's trailing space, the rest of a run of whitespace pieces one token.

        Returns the tokens' rows in the word table, their trailing spaces and which pieces give
        a token (None: all). A run's token takes the place of its first piece.
        """
        space = self.table.space[rows]
        whites = np.flatnonzero(space)
        trailing = np.zeros(len(rows), dtype=bool)
        if not len(whites):
            return rows, trailing, None
        # Runs of whitespace pieces: their first and last pieces, where they start and stop. Found
        # from the whitespace pieces' positions (a page's ~100, not its ~2000 pieces' flags): a run
        # opens where a position does not follow the one before.
        opens = np.empty(len(whites), dtype=bool)
        opens[0] = True
        np.not_equal(whites[1:], whites[:-1] + 1, out=opens[1:])
        closes = np.empty(len(whites), dtype=bool)
        closes[-1] = True
        closes[:-1] = opens[1:]
        firsts, lasts = whites[opens], whites[closes]
        starts, stops = np.where(firsts > 0, ends[firsts - 1], 0), ends[lasts]
        joins_word = (firsts > 0) & (codes[starts] == ord(" "))
        trailing[firsts[joins_word] - 1] = True
        starts += joins_word
        rest = starts < stops
        tokens = firsts[rest]
        runs = [text[a:b] for a, b in zip(starts[rest].tolist(), stops[rest].tolist(), strict=True)]
        rows[tokens] = self.table.rows(runs)
        kept = ~space
        kept[tokens] = True
        return rows[kept], trailing[kept], kept

    @staticmethod
    def segments_alone(text: str) -> bool:
        """Whether `text` must be tokenised alone to be cut as alone: a character only jieba-rs
        reads as Han turns the whole text it is in to jieba's block-by-block loop (`segment`)."""
        return _NOT_JIEBA_HAN.search(text) is not None

    # spaCy serialises tokenizers with the pipeline; this one is rebuilt from config.
    def to_disk(self, path, **kwargs) -> None:
        return None

    def from_disk(self, path, **kwargs) -> JiebaTokenizer:
        # Loading a pipeline reloads its vocabulary's strings first: ids kept before may be gone.
        self.table.clear()
        return self


def user_dictionary() -> list[str]:
    """Chinese names from the gazetteer and multi-character words from the rule files."""
    from pipeline.link.countries import load_countries
    from pipeline.link.gazetteer import load_gazetteer
    from pipeline.rules import word_list, word_table

    words = {to_simplified(n) for e in load_gazetteer() for n in e.names if _is_han(n)}
    words |= {w for w in load_countries().by_word if _is_han(w)}
    for table in ("roles.tsv", "partnership_triggers.tsv", "event_triggers.tsv", "institution_heads.tsv"):
        words |= set(word_table("zh", table))
    for name in ("titles.txt", "event_heads.txt", "subunit_heads.txt", "first_person.txt", "name_fields.txt"):
        words |= set(word_list("zh", name))
    return sorted(w for w in words if len(w) >= 2 and _is_han(w))


@functools.cache
def words_cut_apart() -> tuple[str, ...]:
    """Words of jieba's dictionary that glue a listed university to one of its units (北京大学医学部):
    cut into the name and the unit (`names_glued_to_units.txt`)."""
    from pipeline.rules import word_list

    return word_list("zh", "names_glued_to_units.txt")


@functools.cache
def words_cut_at_heads() -> tuple[str, ...]:
    """Words of jieba's dictionary that glue a name's head to a field after it (大学化学): cut at the
    head, so that an unlisted university's name ends there (`heads_glued_to_fields.txt`)."""
    from pipeline.rules import word_list

    return word_list("zh", "heads_glued_to_fields.txt")


# How far after a glued piece an institution's head may end (由哈洛 | 国际 | 大学).
_GLUED_HEAD_REACH = 3


@functools.cache
def _glue_rules() -> tuple[np.ndarray, frozenset[str], tuple[str, ...]]:
    """Which characters may be glued on a name (a table by code point), the levels of government
    that may be all that is left of a glued piece, and the heads of names."""
    from pipeline.rules import word_list, word_table

    table = np.zeros(_BEYOND_BMP + 1, dtype=bool)
    table[[ord(c) for c in word_list("zh", "glued_prepositions.txt")]] = True
    levels = frozenset(word_list("zh", "glued_levels.txt"))
    return table, levels, tuple(word_table("zh", "institution_heads.tsv"))


def _institution_head_follows(pieces: list[str], first: int, heads: tuple[str, ...]) -> bool:
    """Whether a piece ending in an institution's head comes within reach, after Han pieces only."""
    for piece in pieces[first : first + _GLUED_HEAD_REACH]:
        if not _all_han(piece):
            return False
        if piece.endswith(heads):
            return True
    return False


def _name_goes_on(pieces: list[str], at: int, heads: tuple[str, ...]) -> bool:
    """Whether the piece at `at` goes on with a name before its head (与芬 | 威克 | 理工大学), not
    the head itself (从化 | 中学: one character before a head is no foreign name) nor a preposition
    or conjunction of its own (为式 | 在 | 南昌大学, 向馆 | 和 | 语言中心: the name after it is another)."""
    if at >= len(pieces) or not _all_han(pieces[at]) or pieces[at].endswith(heads):
        return False
    glued, _, _ = _glue_rules()
    return len(pieces[at]) > 1 or not glued[ord(pieces[at])]


def _all_han(text: str) -> bool:
    return all("\u4e00" <= ch <= "\u9fff" for ch in text)


def _is_han(text: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in text)


@registry.tokenizers("pipeline.JiebaTokenizer.v1")
def create_jieba_tokenizer() -> Callable[[Language], JiebaTokenizer]:
    def make_tokenizer(nlp: Language) -> JiebaTokenizer:
        return JiebaTokenizer(nlp.vocab, user_dictionary())

    return make_tokenizer
