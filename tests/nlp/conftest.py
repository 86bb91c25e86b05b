"""Fixtures shared by the nlp stage's tests."""

from __future__ import annotations

import logging

import jieba
import pytest

from pipeline.nlp.tokenizer_zh import USER_WORD_FREQ, user_dictionary, words_cut_apart


@pytest.fixture(scope="module")
def jieba_itself() -> jieba.Tokenizer:
    """Plain jieba with the same user words: the segmentation the tokenizer must give."""
    jieba.setLogLevel(logging.WARNING)
    reference = jieba.Tokenizer()
    reference.initialize()
    for word in user_dictionary():
        reference.add_word(word, freq=USER_WORD_FREQ)
    for word in words_cut_apart():
        reference.del_word(word)
    return reference
