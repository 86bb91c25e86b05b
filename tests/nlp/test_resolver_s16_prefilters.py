"""The resolver's plain-loop prefilters are necessary tests: wherever the pattern they guard matches, they pass."""

import random

from pipeline.nlp.institutions import _SHORT_NAME_BEFORE_AND, _capitalised_word_before_and

_PIECES = ["a", "z", "A", "Z", " ", "\n", "\u3000", ",", ".", ";", "É", "é", "1", "_", "-"]
_PIECES += ["and", "Deakin", "in ", "The "]


def test_short_name_prefilter_passes_every_match_of_the_pattern() -> None:
    rng = random.Random(16)
    matched = 0
    for _ in range(20000):
        text = "".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 12))) + " and X"
        at = len(text) - 1
        if _SHORT_NAME_BEFORE_AND.search(text, max(0, at - 40), at) is not None:
            matched += 1
            assert _capitalised_word_before_and(text, at), text
    assert matched > 50  # (the pieces do make matches)


def test_short_name_prefilter_rejects_common_words_before_and() -> None:
    assert not _capitalised_word_before_and("students and X", 13)
    assert not _capitalised_word_before_and("Nanchang University and X", 24)
    assert _capitalised_word_before_and("signed by Deakin and X", 21)
    assert _capitalised_word_before_and("Deakin and X", 11)
