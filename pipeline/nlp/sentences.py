"""Sentence boundaries for bulletins: sentence-final punctuation and line breaks.

spaCy's sentencizer knows punctuation only; bulletin paragraphs, captions and list
lines end at a line break with no full stop, so a newline ends a sentence too.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

FINAL_PUNCT = frozenset({".", "!", "?", "。", "！", "？", "；", ";", "…", "……"})
CLOSERS = frozenset({'"', "'", "”", "’", "」", "』", ")", "）"})


class BulletinSentencizer:
    def __call__(self, doc: Doc) -> Doc:
        start_next = True
        for token in doc:
            token.is_sent_start = start_next
            if token.is_space and "\n" in token.text:
                start_next = True
            elif token.text in FINAL_PUNCT:
                nxt = token.i + 1
                start_next = not (nxt < len(doc) and doc[nxt].text in CLOSERS)
            elif token.text in CLOSERS and token.i > 0 and doc[token.i - 1].text in FINAL_PUNCT:
                start_next = True
            else:
                start_next = False
        return doc


@Language.factory("bulletin_sentencizer")
def make_bulletin_sentencizer(nlp: Language, name: str) -> BulletinSentencizer:
    return BulletinSentencizer()
