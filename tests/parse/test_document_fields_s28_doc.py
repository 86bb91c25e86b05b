"""Document fields on page layouts the corpus does not hold, each a page written for this test
in the layout a real kind of site serves (tests/parse/fixtures/s28_doc/): a Xinhua provincial
channel (header-info spans, 来源, 【责任编辑】), an education department's TRS page (metadata table
above the headline, 发布时间/来源/字号 bar, 打印/关闭), WebPlus and Boda university CMS pages
(作者/来源/点击数/发布时间 bars glued or spaced, 文/图/审核 and 初审/复审/终审 credits), a county
bureau's GBK table layout, People's Daily's Chinese (GBK, letter-spaced copyright) and English
channels ('(Xinhua) 09:17, June 02, 2026', Web editor), China Daily ('By X | chinadaily.com.cn |
Updated:'), Xinhua English, WordPress and Drupal university pages ('Posted on', <time>, Media
contact, share bars, 'Words: … Photography: …'), and plain-text copies.

`expected.json` holds what a careful reader takes from each (corpus/GUIDE.md "document",
GUIDE-zh "document": the visible stamp decides; `published_at` only when a time of day is
shown; a source only after its label; 责编 over 编辑; reviewers and photographers are no
editors) and chrome lines that must not reach the article text."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.bulletin import Bulletin
from pipeline.inputs import read_inputs
from pipeline.language import detect_language
from pipeline.link.publisher import find_publisher
from pipeline.parse.chrome import read_line
from pipeline.parse.text import clean_lines

FOLDER = Path(__file__).resolve().parent / "fixtures" / "s28_doc"
EXPECTED = json.loads((FOLDER / "expected.json").read_text(encoding="utf-8"))


def _read(name: str) -> Bulletin:
    (item,) = read_inputs([FOLDER / name])
    assert isinstance(item, Bulletin), item
    return item


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_document_fields_of_an_unseen_layout(name: str) -> None:
    bulletin, expected = _read(name), EXPECTED[name]
    publisher = find_publisher(bulletin, bulletin.language or detect_language(bulletin.text))
    assert bulletin.title == expected["title"]
    assert str(bulletin.published) == expected["published"]
    assert (bulletin.published_at.isoformat() if bulletin.published_at else None) == expected["published_at"]
    assert bulletin.credited_source == expected["credited_source"]
    assert bulletin.editor == expected["editor"]
    assert (publisher.name if publisher else None) == expected["publisher"]


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_page_chrome_stays_out_of_the_text(name: str) -> None:
    text = _read(name).text
    assert [chrome for chrome in EXPECTED[name]["not_in_text"] if chrome in text] == []


@pytest.mark.parametrize(
    ("line", "moment"),
    [
        ("(Xinhua)  09:17, June 02, 2026", "2026-06-02T09:17:00+08:00"),  # People's Daily English, agency credited
        ("09:17, June 02, 2026", "2026-06-02T09:17:00+08:00"),  # the time of day before the day, nothing else
        ("(China Daily) 18:05, March 3, 2026", "2026-03-03T18:05:00+08:00"),
    ],
)
def test_a_date_line_led_by_its_time_or_an_agency_credit(line: str, moment: str) -> None:
    reading = read_line(line)
    assert reading.kind.value == "byline"
    assert reading.byline.stamp.moment.isoformat() == moment
    assert reading.byline.credited_source is None  # no label names the agency a source


@pytest.mark.parametrize(
    "line",
    [
        "(图为签约现场)",  # a caption in brackets, no date after it
        "(Xinhua) officials said the program would grow.",
        "10:30 the signing ceremony began in the main hall.",
    ],
)
def test_prose_in_brackets_or_led_by_a_time_stays_text(line: str) -> None:
    assert read_line(line).kind.value == "text"


@pytest.mark.parametrize(
    "line",
    [
        "Words: Tom Baker. Photography: Mei Lin.",
        "Media contact: Jane Rowe, Communications Office, 555-0188",
        "Press enquiries: press@example.ac.uk",
        "Share this: Facebook | X | LinkedIn",
        "人 民 网 股 份 有 限 公 司 版 权 所 有 ，未 经 书 面 授 权 禁 止 使 用",
    ],
)
def test_credit_contact_share_and_copyright_lines_are_chrome(line: str) -> None:
    assert read_line(line).kind.value != "text"


def test_a_name_closed_by_a_full_stop_is_the_editor() -> None:
    assert read_line("Editor: Li Jing.").byline.editor == "Li Jing"
    assert read_line("Source: Foo Co.").kind.value == "text"  # an abbreviation's stop is kept, the line left alone


@pytest.mark.parametrize(
    "line",
    [
        "Ends",
        "- ENDS -",
        "###",
        "-30-",
    ],
)
def test_a_press_release_end_mark_ends_the_article(line: str) -> None:
    assert read_line(line).kind.value == "end"


@pytest.mark.parametrize(
    "line",
    [
        "原标题：我校与泰国农业大学签署合作备忘录",  # an aggregator's note of the repost's original headline
        "免责声明：本站部分内容转载自网络，如有侵权请联系删除。",
    ],
)
def test_an_aggregators_notes_in_the_body_are_chrome(line: str) -> None:
    assert read_line(line).kind.value == "chrome"


def test_a_sidebar_heading_before_the_block_is_not_the_headline_the_title_names() -> None:
    # the logo's <h1> and a sidebar's '最新动态' stand before the block, which opens with the headline: <div class='bt'>
    assert _read("logo_h1.html").title == "我校与俄罗斯喀山国立技术大学签署合作协议"


@pytest.mark.parametrize(
    "line",
    [
        "Home | Study | Research | International | News",  # an English menu's items are longer than a Chinese one's
        "Imprint | Privacy | Accessibility",
        "Contact: International Office, intl@tuw.example",
        "傳媒查詢：傳訊及公共關係處 電話：3411 0000",
    ],
)
def test_english_menus_and_contact_lines_are_chrome(line: str) -> None:
    assert read_line(line).kind.value == "chrome"


@pytest.mark.parametrize(
    "line",
    [
        "News | Partnership with Tongji University extended for another five years",  # a headline after its section
        "Contact: the two universities will keep in close touch on the programme.",
    ],
)
def test_a_headline_or_sentence_with_bars_or_a_contact_label_stays_text(line: str) -> None:
    assert read_line(line).kind.value == "text"


@pytest.mark.parametrize(
    ("line", "moment"),
    [
        ("Posted: Nov 3, 2026 10:15 AM EST", "2026-11-03T10:15:00-05:00"),  # a US college's dateline
        ("Published: 3 November 2026, 14:05 BST", "2026-11-03T14:05:00+01:00"),
        ("2026-11-03 10:12 CET", "2026-11-03T10:12:00+01:00"),
        ("Nov 3, 2026 10:15 AM CST", "2026-11-03T10:15:00+08:00"),  # CST on these pages is China's
    ],
)
def test_a_time_zone_named_by_its_abbreviation_gives_the_offset(line: str, moment: str) -> None:
    assert read_line(line).byline.stamp.moment.isoformat() == moment


def test_a_credit_glued_to_the_last_paragraph_is_metadata() -> None:
    cleaned = clean_lines(["双方将互派教师和学生。", "院长表示，希望借助合作提升学院的国际化水平。（责编：王芳）"])
    assert cleaned.paragraphs[-1] == "院长表示，希望借助合作提升学院的国际化水平。"
    assert cleaned.byline.editor == "王芳"


@pytest.mark.parametrize(
    "line",
    [
        "教育部印发《关于加强中外合作办学质量建设的通知》（2026年11月3日）",  # a bracket without a label
        "The two universities signed the agreement (see photo).",
        "我校代表团访问了英国邓迪大学（Dundee University）",
    ],
)
def test_a_bracket_without_a_label_at_a_paragraphs_end_stays(line: str) -> None:
    assert clean_lines(["双方将互派教师和学生。", line]).paragraphs[-1] == line


def test_a_label_left_empty_names_no_editor() -> None:
    reading = read_line("发布时间：2026-11-05　稿件来源：国际教育学院　编辑：：")
    assert (reading.byline.credited_source, reading.byline.editor) == ("国际教育学院", None)


@pytest.mark.parametrize(
    ("line", "moment"),
    [
        ("發佈時間：2026年11月3日 上午10:30", "2026-11-03T10:30:00+08:00"),
        ("发布时间：2026-11-03 下午3:20", "2026-11-03T15:20:00+08:00"),  # a half-day word before a twelve-hour time
        ("2026年11月03日 晚上8:05", "2026-11-03T20:05:00+08:00"),
        ("2026-11-03 中午12:10", "2026-11-03T12:10:00+08:00"),
        ("2026-11-03 中午1:10", "2026-11-03T13:10:00+08:00"),
    ],
)
def test_a_time_after_a_chinese_half_day_word(line: str, moment: str) -> None:
    reading = read_line(line)
    assert reading.kind.value == "byline"
    assert reading.byline.stamp.moment.isoformat() == moment
