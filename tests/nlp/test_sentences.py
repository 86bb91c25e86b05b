"""Sentence boundaries: final punctuation, closers after it, and line breaks."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.tokens import Doc

from pipeline.bulletin import Bulletin
from pipeline.inputs import read_inputs
from pipeline.nlp import load_pipeline
from pipeline.nlp.sentences import (
    CLOSERS,
    FINAL_PUNCT,
    NUMBER_ABBREVIATIONS,
    ROLES_KEY,
    BulletinSentencizer,
    read_sentence_starts,
    sentence_role,
    sentence_starts_of,
)

CORPUS = Path(__file__).resolve().parents[2] / "corpus" / "bulletins"


def sentences(language: str, text: str) -> list[str]:
    nlp = load_pipeline(language)
    doc = nlp.get_pipe("bulletin_sentencizer")(nlp.make_doc(text))
    return [sentence.text for sentence in doc.sents]


def reference_starts(doc: Doc) -> list[bool]:
    """The rule read token by token, as the module docstring states it."""
    words = [token.text for token in doc]
    starts = [True]
    for i, word in enumerate(words[:-1]):
        if word.isspace() and "\n" in word:
            starts.append(True)
        elif word == "." and i > 0 and words[i - 1] in NUMBER_ABBREVIATIONS and not doc[i - 1].whitespace_ \
                and words[i + 1][:1].isdigit():
            starts.append(False)  # "No. 96"
        elif word == "." and i > 0 and not doc[i - 1].whitespace_ and not doc[i].whitespace_ \
                and words[i - 1][-1:].isdigit() and words[i + 1][:1].isdigit():
            starts.append(False)  # "2025.11.18", "3.5"
        elif word == "." and words[i + 1] in (",", "，"):
            starts.append(False)  # "on Tues., Nov. 18"
        elif word in FINAL_PUNCT:
            starts.append(words[i + 1] not in CLOSERS)
        else:
            starts.append(word in CLOSERS and i > 0 and words[i - 1] in FINAL_PUNCT)
    return starts


def test_english_full_stop_and_line_break_end_sentences():
    text = "Nanchang University signed it. A caption without a stop\nThe end!"
    assert sentences("en", text) == [
        "Nanchang University signed it.",
        "A caption without a stop\n",
        "The end!",
    ]


def test_closing_quote_stays_with_its_sentence():
    assert sentences("en", 'He said "Go." Then he left.') == ['He said "Go."', "Then he left."]


def test_an_abbreviation_s_stop_before_a_comma_ends_nothing():
    text = "The delegation arrived on Tues., Nov. 18. It left on Friday."
    assert sentences("en", text) == ["The delegation arrived on Tues., Nov. 18.", "It left on Friday."]
    assert sentences("zh", "“签约。”他说。") == ["“签约。”", "他说。"]


def test_no_before_a_number_ends_no_sentence():
    text = "The approval letter (Jiao Wai Han [2024] No. 96) was issued. Beijing No. 4 High School came."
    assert sentences("en", text) == [
        "The approval letter (Jiao Wai Han [2024] No. 96) was issued.",
        "Beijing No. 4 High School came.",
    ]


def test_no_without_a_number_after_it_still_ends_a_sentence():
    assert sentences("en", "They said No. Then they left.") == ["They said No.", "Then they left."]
    assert sentences("en", "It was Fig. A figure. No.\n96 came") == ["It was Fig.", "A figure.", "No.", "\n", "96 came"]


def test_a_stop_between_digits_ends_no_sentence():
    # a date's dots and a decimal point; a stop with a space after it still ends its sentence
    assert sentences("zh", "两校于2025.11.18在南昌签约。增长3.5倍。") == ["两校于2025.11.18在南昌签约。", "增长3.5倍。"]
    assert sentences("en", "It rose 3.5 percent in 2024. 12 universities came.") == [
        "It rose 3.5 percent in 2024.",
        "12 universities came.",
    ]


def test_chinese_paragraph_breaks_and_semicolons_end_sentences():
    text = "双方签署协议；合作办学。\n\n下一段没有句号\n最后"
    assert sentences("zh", text) == ["双方签署协议；", "合作办学。", "\n\n", "下一段没有句号\n", "最后"]


def test_every_token_is_marked_so_no_boundary_is_left_unknown():
    nlp = load_pipeline("en")
    doc = nlp.get_pipe("bulletin_sentencizer")(nlp.make_doc("One. Two three"))
    assert [token.is_sent_start for token in doc] == [True, False, True, False]


def test_empty_and_one_token_documents():
    assert sentences("en", "") == []
    assert sentences("zh", "。") == ["。"]


def bulletins_of(language: str) -> list[Bulletin]:
    items = read_inputs([CORPUS / language])
    return [item for item in items if isinstance(item, Bulletin)]


@pytest.mark.parametrize("language", ["en", "zh"])
def test_corpus_boundaries_follow_the_rule_token_by_token(language):
    nlp = load_pipeline(language)
    sentencizer = nlp.get_pipe("bulletin_sentencizer")
    bulletins = bulletins_of(language)
    assert len(bulletins) > 20
    for bulletin in bulletins:
        doc = sentencizer(nlp.make_doc(bulletin.text))
        assert [token.is_sent_start for token in doc] == reference_starts(doc), bulletin.origin


def test_words_first_seen_after_the_component_was_made_are_classified():
    nlp = load_pipeline("zh")
    unseen_break = "\u3000\n\u3000\u3000\n\n\u3000\n\u3000\u3000\u3000\n"
    assert unseen_break not in nlp.vocab.strings
    doc = Doc(nlp.vocab, words=["第一句", unseen_break, "第二句"], spaces=[False, False, False])
    nlp.get_pipe("bulletin_sentencizer")(doc)
    assert [token.is_sent_start for token in doc] == [True, False, True]


def test_a_second_sentencizer_on_the_same_vocab_reuses_the_flags():
    vocab = load_pipeline("en").vocab
    assert BulletinSentencizer(vocab).flag == BulletinSentencizer(vocab).flag


def test_a_pickled_doc_keeps_its_boundaries_and_classifies_new_words():
    nlp = load_pipeline("en")
    doc = nlp.get_pipe("bulletin_sentencizer")(nlp.make_doc("One. Two"))
    copy = pickle.loads(pickle.dumps(doc))
    assert [s.text for s in copy.sents] == ["One.", "Two"]
    fresh = BulletinSentencizer(copy.vocab)(Doc(copy.vocab, words=["Three", "?", "Four"]))
    assert [s.text for s in fresh.sents] == ["Three ?", "Four"]


_PIECES = st.sampled_from(
    ["Word", "word", "U.S.", "No", " 96", "Vol", "4",
     ".", "!", "?", "。", "！", "；", "…", "……", '"', "'", "”", "’", "」", ")", "）",
     " ", "  ", "\n", "\n\n", " \n ", "\u3000\n", "\t", "签约", "大学", "，", "(", "“"]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=30), st.sampled_from(["en", "zh"]))
def test_the_starts_handed_on_are_the_docs_own(pieces: list[str], language: str):
    """What the sentencizer leaves for `sentence_starts_of` is what the Doc's SENT_START column
    and `doc.sents` say."""
    nlp = load_pipeline(language)
    doc = nlp.get_pipe("bulletin_sentencizer")(nlp.make_doc("".join(pieces)))
    starts = sentence_starts_of(doc)
    assert starts == read_sentence_starts(doc)
    if len(doc):
        assert starts == [sentence.start for sentence in doc.sents]
        assert [token.is_sent_start for token in doc] == reference_starts(doc)


def test_starts_are_read_from_the_doc_when_none_were_handed_on():
    nlp = load_pipeline("en")
    doc = nlp.get_pipe("bulletin_sentencizer")(nlp.make_doc("One. Two. Three"))
    assert sentence_starts_of(doc) == [0, 2, 4]
    unmarked = Doc(nlp.vocab, words=["One", ".", "Two"], sent_starts=[True, False, True])
    assert sentence_starts_of(unmarked) == [0, 2]
    assert sentence_starts_of(Doc(nlp.vocab, words=[])) == [0]


@settings(max_examples=200, deadline=None)
@given(st.lists(_PIECES | st.sampled_from(["學", "與", "國", "。」", "No.", "2025.11"]), max_size=30))
def test_the_roles_the_chinese_tokenizer_hands_on_give_the_flags_boundaries(pieces: list[str]):
    """The Chinese tokenizer hands on each token's `sentence_role`; the sentencizer reading them
    marks the same boundaries as from the lexeme flags and the tokens (roles taken away)."""
    nlp = load_pipeline("zh")
    sentencizer = nlp.get_pipe("bulletin_sentencizer")
    text = "".join(pieces)
    handed, alone = nlp.make_doc(text), nlp.make_doc(text)
    count, roles = handed.user_data[ROLES_KEY]
    assert count == len(handed) and roles.tolist() == [sentence_role(token.text) for token in handed]
    del alone.user_data[ROLES_KEY]
    sentencizer(handed)
    sentencizer(alone)
    assert ROLES_KEY not in handed.user_data
    assert [t.is_sent_start for t in handed] == [t.is_sent_start for t in alone]
    if len(alone):
        assert [t.is_sent_start for t in alone] == reference_starts(alone)
    assert sentence_starts_of(handed) == sentence_starts_of(alone)


def test_roles_of_another_length_than_the_doc_are_not_read():
    nlp = load_pipeline("zh")
    doc = nlp.make_doc("第一句。第二句")
    doc.user_data[ROLES_KEY] = (len(doc) + 1, doc.user_data[ROLES_KEY][1])
    nlp.get_pipe("bulletin_sentencizer")(doc)
    assert [s.text for s in doc.sents] == ["第一句。", "第二句"]


_STOP_PIECES = st.sampled_from(
    ["No", "Vol", "Co", "2025", "11", "3", "word", ".", ",", "，", " ", "  ", "\n", "万", "-"]
)


@settings(max_examples=400, deadline=None)
@given(st.lists(_STOP_PIECES, max_size=16))
def test_a_stop_s_checks_read_with_its_neighbours_made_once_are_the_three_checks(pieces: list[str]):
    """`_stop_ends_nothing` (each token beside a full stop made once) answers as `_ends_nothing`
    (its three checks, each making its own tokens), at every "." of the Doc, the first and last too."""
    nlp = load_pipeline("en")
    sentencizer = nlp.get_pipe("bulletin_sentencizer")
    doc = nlp.make_doc("".join(pieces))
    for token in doc:
        if token.text == ".":
            assert sentencizer._stop_ends_nothing(doc, token.i, token) == sentencizer._ends_nothing(doc, token.i)
