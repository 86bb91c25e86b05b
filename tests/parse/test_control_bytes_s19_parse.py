"""The page's control bytes are deleted only when it holds one; otherwise the bytes go on as they are."""

from __future__ import annotations

import pytest

from pipeline.parse.html import _CONTROL_BYTES, _without_control_bytes

_PAGE = "<html><body><p>两校每年互派交换生 and exchange students.</p></body></html>".encode()


def test_a_page_without_control_bytes_is_handed_on_as_it_is() -> None:
    assert _without_control_bytes(_PAGE) is _PAGE


@pytest.mark.parametrize("control", list(_CONTROL_BYTES))
def test_each_control_byte_is_deleted_wherever_it_stands(control: int) -> None:
    page = bytes((control,)) + _PAGE[:20] + bytes((control, control)) + _PAGE[20:] + bytes((control,))
    assert _without_control_bytes(page) == _PAGE


def test_tabs_and_line_breaks_are_kept() -> None:
    page = b"<p>\tone\r\ntwo\n</p>"
    assert _without_control_bytes(page) == page
