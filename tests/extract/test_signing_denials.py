"""One reading of a clause denying a signing, shared by the partnership and the event extractors."""

from __future__ import annotations

import pytest

from pipeline.extract.clauses import may_deny, signing_denied


def _denied(sentence: str, word: str, language: str) -> bool:
    text = sentence.lower() if language == "en" else sentence
    return signing_denied(text, 0, text.index(word), language)


@pytest.mark.parametrize(
    ("sentence", "word", "language", "denied"),
    [
        ("No agreement has been signed yet, but both sides hope to sign one soon.", "signed", "en", True),
        ("The two universities have not yet signed the memorandum.", "signed", "en", True),
        ("Ardmore College hasn't signed the agreement.", "signed", "en", True),
        ("They are yet to sign a formal agreement.", "sign", "en", True),
        ("The two sides not only signed an agreement but also opened a lab.", "signed", "en", False),
        ("No delegation came in May, and in June the two universities signed an MoU.", "signed", "en", False),
        ("The notice came, and the two sides signed the memorandum.", "signed", "en", False),
        ("目前双方尚未签署协议。", "签署", "zh", True),
        ("两校尚未正式签订协议。", "签订", "zh", True),
        ("两校并未签订任何协议。", "签订", "zh", True),
        ("双方没有签约。", "签约", "zh", True),
        ("两校未来将签署合作协议。", "签署", "zh", False),
        ("未能成行的代表团，去年已与该校签署协议。", "签署", "zh", False),
    ],
)
def test_a_signing_word_is_denied_only_by_a_denial_of_its_own_clause(
    sentence: str, word: str, language: str, denied: bool
) -> None:
    assert _denied(sentence, word, language) is denied


def test_a_sentence_without_a_denial_word_is_never_asked_about_its_signings() -> None:
    assert not may_deny("the two universities signed a memorandum.", "en")
    assert may_deny("目前双方尚未签署协议。", "zh")
