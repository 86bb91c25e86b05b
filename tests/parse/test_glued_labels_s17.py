"""A byline label written with its words glued ('NewsSource:') reads as the spaced one: the label
pattern allows both, so the label found must be looked up both ways (a KeyError stopped the page)."""

import pytest

from pipeline.parse import chrome


@pytest.mark.parametrize("glued", ["NewsSource: Xinhua", "NEWSSOURCE: Xinhua", "News  source: Xinhua"])
def test_a_glued_label_reads_as_the_spaced_one(glued: str) -> None:
    assert chrome.read_line(glued) == chrome.read_line("News source: Xinhua")


def test_a_glued_label_alone_is_read_together_as_alone() -> None:
    assert chrome.read_lines(["NewsSOURCE:"]) == [chrome.read_line("NewsSOURCE:")]
