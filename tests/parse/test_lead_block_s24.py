"""A lead (standfirst) block right before the article body is the article's first paragraph."""

from __future__ import annotations

import pytest

from pipeline.parse.html import parse_html

_BODY = "".join(
    f"<p>Paragraph {n}: the two universities will exchange students and staff, and plan a joint summer school.</p>"
    for n in range(1, 5)
)
_LEAD = "Lakeside University has signed a memorandum with Riverside Normal University in Wuhan."


def _page(before_body: str, *, container: str = "article") -> bytes:
    return (
        "<html><head><meta charset='utf-8'></head><body><nav><a href='/'>Home</a></nav>"
        f"<{container} class='news'><h1>Lakeside and Riverside sign memorandum</h1>"
        f"<div class='news-meta'>20.11.2026</div>{before_body}<div class='article__body'>{_BODY}</div></{container}>"
        "<aside class='sidebar'><p>Related: other news of the week.</p></aside></body></html>"
    ).encode()


@pytest.mark.parametrize(
    "lead",
    [
        f"<div class='field field--name-field-lead'><p>{_LEAD}</p></div>",  # Drupal
        f"<div class='article__lead'><p>{_LEAD}</p></div>",  # BEM
        f"<p class='standfirst'>{_LEAD}</p>",
        f"<div id='summary'>{_LEAD}</div>",
    ],
)
def test_a_lead_block_before_the_body_opens_the_text(lead: str) -> None:
    text = parse_html(_page(lead)).text
    assert text.startswith(_LEAD)
    assert "Paragraph 4" in text


@pytest.mark.parametrize(
    "other",
    [
        f"<div class='leadership-box'><p>{_LEAD}</p></div>",  # 'lead' only inside a longer word
        f"<div class='promo'><p>{_LEAD}</p></div>",  # no lead word at all
    ],
)
def test_other_blocks_before_the_body_stay_out(other: str) -> None:
    assert _LEAD not in parse_html(_page(other)).text


def test_a_lead_after_other_lines_is_not_reached() -> None:
    # The run of lead lines must touch the body: a summary block with a note between stays out.
    between = f"<div class='summary'><p>{_LEAD}</p></div><p class='note'>Updated on Friday.</p>"
    assert _LEAD not in parse_html(_page(between)).text
