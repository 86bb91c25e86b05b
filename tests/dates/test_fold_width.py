"""`fold_width` makes full-width digits and date punctuation ASCII, one character for one."""

from __future__ import annotations

from pipeline.dates import _WIDTH_FOLD, fold_width


def test_fold_width_is_translate_on_every_folded_character_and_others():
    wide = "".join(chr(c) for c in _WIDTH_FOLD)
    text = f"２０２４年５月６日，　会议于１０：３０召开／结束．{wide}abc，，"
    assert fold_width(text) == text.translate(_WIDTH_FOLD)
    assert fold_width(text).startswith("2024年5月6日, 会议于10:30召开/结束.0123456789:-/., abc,,")


def test_fold_width_keeps_a_text_without_wide_characters():
    assert fold_width("May 6, 2024") == "May 6, 2024"
