"""The page checks of roles.py over the fewest words, grouped: the same answer as looking for every word."""

import pytest

from pipeline.extract.roles import RoleExtractor, _fewest_words, _holds_any_grouped, _word_groups
from pipeline.extract.spans import holds_any

WORDS = (
    "officials from",
    "officials of",
    "succeeded",
    "succeed",
    "took over from",
    "leaders of",
    "负责人",
    "有关负责人",
)
TEXTS = [
    "",
    "the officials attended",
    "officials from three ministries",
    "officials of",
    "it succeeded",
    "a succeeding chair",
    "he took over from her",
    "took over",
    "leaders from",
    "有关负责人出席",
    "负责同志",
]


def test_fewest_words_drop_only_words_holding_another() -> None:
    assert _fewest_words(WORDS) == (
        "officials from",
        "officials of",
        "succeed",
        "took over from",
        "leaders of",
        "负责人",
    )


@pytest.mark.parametrize("text", TEXTS)
def test_grouped_look_answers_as_every_word(text: str) -> None:
    assert _holds_any_grouped(text, _word_groups(WORDS)) == holds_any(text, WORDS)


@pytest.mark.parametrize("language", ["en", "zh"])
def test_extractor_page_words_answer_as_its_words(language: str) -> None:
    extractor = RoleExtractor(language)
    pairs = [(extractor.succession_words, extractor.succession_page_words)]
    # (English bystander words have no page look: they are read right before each alliance)
    assert bool(extractor.bystander_page_words) == (language == "zh")
    if extractor.bystander_page_words:
        pairs.append((extractor.bystander_words, extractor.bystander_page_words))
    for words, groups in pairs:
        for word in words:  # each word alone, and with a letter cut off its end
            for text in (f"x {word} y", f"x {word[:-1]} y"):
                assert _holds_any_grouped(text, groups) == holds_any(text, words)
