"""A meeting whose Chinese side is named by a person of it (session 18).

"Professor Alan Reid of the University of Dundee met Zhou Min on October 16", 邓迪大学副校长与周敏举行
会谈: the sentence names the foreign side and a person only; the page names the person with his
institution elsewhere ("JXNU President Zhou Min", "Zhou Min, President of Jiangxi Normal University",
江西师范大学校长周敏). A careful reader takes the person's institution as the host. Read only in the
rare sentence of a partnership kind naming a foreign side and no Chinese one (`PartnershipExtractor`).
"""

from __future__ import annotations

import functools
import re

from pipeline.rules import word_list

# "Zhou Min, President of" right before a side: the name, its title words, "of" (and "the")
_NAME_TITLE_OF = re.compile(r"([A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}), (?:[A-Za-z()-]+ ){1,5}of (?:the )?$")
# "President Zhou Min of" right before a side: a title's last word, the name (two or three words), "of"
_TITLE_NAME_OF = re.compile(r"\b([A-Z][a-z]+) ([A-Z][a-z]+(?:[ -][A-Z][a-z]+){1,2}) of (?:the )?$")
_CAPITALIZED = re.compile(r"[A-Z][A-Za-z-]*")
_WINDOW = 80  # characters of a side's person named before or after it (title words between)


@functools.cache
def _title_words(language: str) -> frozenset[str] | tuple[str, ...]:
    """The words of titles: English as single words ("Vice", "President"); Chinese as whole titles,
    longest first (校长, 副校长, 党委书记)."""
    titles = [t for t in word_list(language, "titles.txt") if t.strip()]
    if language == "zh":
        return tuple(sorted({t.strip() for t in titles}, key=len, reverse=True))
    # (capitalized words only: "of", "the" of "Dean of the School" are no title)
    return frozenset(w for t in titles for w in t.replace("-", " ").split() if w[:1].isupper())


@functools.cache
def _title_starts() -> frozenset[str]:
    return frozenset(t[0] for t in _title_words("zh"))


def names_after_side(text: str, end: int, language: str) -> list[str]:
    """The forms of a person's name that a side's title introduces right after it: "JXNU President
    Zhou Min" gives "Zhou Min"; 江西师范大学校长周敏 gives 周敏 and 周敏x (a name of 2 or 3
    characters: the caller keeps the one its sentence holds)."""
    if language == "zh":
        # (a title's first character right after the side, first: most sides are followed by none)
        if end >= len(text) or text[end] not in _title_starts():
            return []
        return _chinese_names_after(text[end : end + _WINDOW])
    if text.startswith("'s ", end):
        end += 2
    # (a capital after one space, first: most sides are followed by a comma, "and", "in")
    if not (text.startswith(" ", end) and text[end + 1 : end + 2].isupper()):
        return []
    after = text[end : end + _WINDOW]
    titles = _title_words("en")
    words: list[str] = []
    seen_title = False
    for token in after.split(" "):
        if not token:
            continue
        word = token.rstrip(",.;:)")
        if not _CAPITALIZED.fullmatch(word):
            break
        if word in titles and not words:
            seen_title = True
        elif seen_title:
            words.append(word)
        else:
            break
        if word != token or len(words) == 3:
            break  # a name ends at its punctuation
    return [" ".join(words)] if seen_title and words else []


def _chinese_names_after(after: str) -> list[str]:
    titles, lengths = _title_set()
    rest = after
    titled = False
    while True:  # (titles may run: 党委副书记、副校长; set lookups of each length, longest first)
        rest = rest.lstrip("、")
        title = next((rest[:n] for n in lengths if rest[:n] in titles), None)
        if title is None:
            break
        rest, titled = rest[len(title) :], True
    if not titled:
        return []
    surnames = _surname_set()
    surname = rest[:2] if rest[:2] in surnames else rest[:1] if rest[:1] in surnames else None
    if surname is None:
        return []
    forms = [rest[: len(surname) + 2], rest[: len(surname) + 1]]
    return [f for f in forms if len(f) > len(surname) and all("\u4e00" <= c <= "\u9fff" for c in f)]


@functools.cache
def _title_set() -> tuple[frozenset[str], tuple[int, ...]]:
    """The Chinese titles, and their lengths longest first."""
    titles = frozenset(_title_words("zh"))
    return titles, tuple(sorted({len(t) for t in titles}, reverse=True))


@functools.cache
def _surname_set() -> frozenset[str]:
    return frozenset(word_list("zh", "surnames.txt", split_spaces=True))


def name_before_side(text: str, start: int) -> list[str]:
    """The name before "Title of" a side ("Zhou Min, President of Jiangxi Normal University"), or
    after a title before "of" it ("President Zhou Min of Jiangxi Normal University")."""
    # (" of " or " of the " right before the side, first: most sides have neither)
    if not (text.endswith(" of ", 0, start) or text.endswith(" of the ", 0, start)):
        return []
    titles = _title_words("en")
    match = _NAME_TITLE_OF.search(text, max(0, start - _WINDOW), start)
    if match is None:
        titled = _TITLE_NAME_OF.search(text, max(0, start - _WINDOW), start)
        return [titled.group(2)] if titled is not None and titled.group(1) in titles else []
    between = match.group(0)[len(match.group(1)) :]
    if not any(w.strip("(),") in titles for w in between.split()):
        return []
    return [match.group(1)]


def named_in(text: str, start: int, end: int, names: list[str], language: str) -> bool:
    """Whether one of `names` stands in `text[start:end]` as a whole name (English: between word
    bounds)."""
    for name in names:
        at = text.find(name, start, end)
        while at >= 0:
            if language == "zh":
                return True
            after = at + len(name)
            if not (at > start and text[at - 1].isalnum()) and not (after < end and text[after].isalnum()):
                return True
            at = text.find(name, at + 1, end)
    return False
