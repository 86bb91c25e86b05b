"""Session 27 (en): the account that posted a page ("Publisher: admin", 发布者) is byline chrome, so a
line of it with the release time gives the page's day; on a page written for the test."""

from pipeline.parse.html import parse_html

_PAGE = (
    "<html><head><meta charset='utf-8'><title>Forum held at Lanzhou University</title></head><body>"
    "<h1>Forum held at Lanzhou University</h1>"
    "<div>Publisher: admin&nbsp;&nbsp;Release time: 2025-12-12&nbsp;&nbsp;Clicks: 73</div>"
    "<p>From December 8 to 9, the 2025 Silk Road Teacher Forum was held at Lanzhou University.</p>"
    "<p>More than 200 teachers from nine countries attended the forum.</p>"
    "</body></html>"
)


def test_a_publisher_account_line_is_byline_chrome_with_the_day():
    bulletin = parse_html(_PAGE.encode(), url=None)
    assert bulletin.published is not None and bulletin.published.isoformat() == "2025-12-12"
    assert "Publisher" not in bulletin.text
