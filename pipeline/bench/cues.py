"""How much of the article text a cue-sentence design could skip.

Running the expensive stages only on sentences that hold a cue (an institution head word, an
event, partnership or role trigger, a title) pays only as far as sentences without one exist.
`python -m pipeline.bench.cues en|zh PAGES...` reports the share of sentences, and of their
characters, that hold at least one cue word from the rule tables: the rest is the most such a
design could skip.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from pipeline.bulletin import Bulletin
from pipeline.inputs import parse_raw, read_inputs
from pipeline.rules import word_list, word_table

CUE_TABLES = ("institution_heads.tsv", "event_triggers.tsv", "partnership_triggers.tsv", "roles.tsv", "titles.txt")
_SENTENCE = {"en": re.compile(r"[^.!?\n]+(?:[.!?]+|$)", re.MULTILINE), "zh": re.compile(r"[^。！？\n]+[。！？]*")}


@dataclass(frozen=True)
class CueShare:
    pages: int
    sentences: int
    sentences_with_cue: int
    characters: int
    characters_with_cue: int


def cue_pattern(language: str) -> re.Pattern[str]:
    """Any cue word of the language's rule tables; whole words in English, any substring in Chinese."""
    words = {word for name in CUE_TABLES for word in _words(language, name)}
    alternatives = "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?i)\b(?:{alternatives})\b" if language == "en" else alternatives)


def _words(language: str, name: str) -> Iterable[str]:
    return word_table(language, name) if name.endswith(".tsv") else word_list(language, name)


def cue_share(texts: Iterable[str], language: str) -> CueShare:
    cue, sentence = cue_pattern(language), _SENTENCE[language]
    pages = sentences = with_cue = characters = characters_with_cue = 0
    for text in texts:
        pages += 1
        for match in sentence.finditer(text):
            piece = match.group().strip()
            if not piece:
                continue
            sentences += 1
            characters += len(piece)
            if cue.search(piece):
                with_cue += 1
                characters_with_cue += len(piece)
    return CueShare(pages, sentences, with_cue, characters, characters_with_cue)


def _texts(paths: list[Path]) -> Iterable[str]:
    for item in read_inputs(paths):
        parsed = parse_raw(item)
        if isinstance(parsed, Bulletin):
            yield parsed.text


def main(argv: list[str]) -> int:
    language, *pages = argv
    share = cue_share(_texts([Path(page) for page in pages]), language)
    print(
        f"{language}: {share.pages} pages, {share.sentences} sentences; with a cue: "
        f"{share.sentences_with_cue / share.sentences:.1%} of sentences, "
        f"{share.characters_with_cue / share.characters:.1%} of their characters"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
