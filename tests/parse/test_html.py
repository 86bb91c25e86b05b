"""HTML pages: main text without chrome, metadata from bylines, meta tags and headings."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from pipeline.bulletin import Bulletin
from pipeline.parse import ParseError
from pipeline.parse.chrome import LineReader
from pipeline.parse.html import parse_html

BEIJING = dt.timezone(dt.timedelta(hours=8))


def parse_fixture(fixtures: Path, name: str, **options: str) -> Bulletin:
    return parse_html((fixtures / name).read_bytes(), origin=name, **options)


def assert_no_chrome(text: str, chrome: list[str]) -> None:
    for piece in chrome:
        assert piece not in text, piece


def test_xinhua_channel_page_metadata(fixtures: Path) -> None:
    page = parse_fixture(fixtures, "xinhua_jx_channel.html")
    assert page.title == "江西省中外合作办学联盟在南昌成立"  # the heading, not <title> with '-新华网'
    assert page.published_at == dt.datetime(2025, 11, 18, 16, 20, 51, tzinfo=BEIJING)
    assert page.credited_source == "江西日报"  # the page's 来源 line beats <meta name=source>
    assert page.editor == "王晓震"
    assert page.channel == ["新华网", "江西"]
    assert page.url == "http://jx.news.cn/20251118/abc123/c.html"  # from <link rel=canonical>
    assert page.origin == "xinhua_jx_channel.html"


def test_xinhua_channel_page_text_is_the_article_only(fixtures: Path) -> None:
    text = parse_fixture(fixtures, "xinhua_jx_channel.html").text
    assert text.startswith("新华网南昌11月18日电（记者 李明）18日")
    assert text.endswith("分别签署合作协议。")
    assert "\n\n成立大会现场\n\n" in text  # a photo caption on its own line stays
    assert_no_chrome(
        text,
        [
            "字体",
            "纠错",
            "责任编辑",
            "分享到",
            "微博",
            "相关新闻",
            "我省新增3个",
            "投稿邮箱",
            "商务合作",
            "网站地图",
            "Copyright",
            "不要出现在正文里",
            "统计代码",
            "时政",
            "　",
        ],
    )


def test_paragraphs_are_separated_by_a_blank_line_without_indentation(fixtures: Path) -> None:
    paragraphs = parse_fixture(fixtures, "xinhua_jx_channel.html").text.split("\n\n")
    assert len(paragraphs) == 5
    assert all(paragraph == paragraph.strip(" \u3000\xa0") and paragraph for paragraph in paragraphs)


def test_gbk_education_department_page(fixtures: Path) -> None:
    page = parse_fixture(fixtures, "jyt_gbk.html")
    assert page.title == "江西省教育厅关于公布2025年中外合作办学项目评估结果的通知"
    assert page.published_at == dt.datetime(2025, 11, 18, 9, 30, tzinfo=BEIJING)
    assert page.credited_source == "江西省教育厅国际交流与合作处"
    assert page.channel == ["首页", "教育资讯"]
    assert page.text.startswith("各设区市教育局，各有关高等学校：")
    assert page.text.endswith("江西省教育厅\n\n2025年11月17日")  # the notice's signature is its text
    assert_no_chrome(page.text, ["打印本页", "关闭窗口", "浏览次数", "字体", "主办单位", "ICP", "分辨率", "当前位置"])


def test_gbk_page_whose_meta_lies_reads_the_same(fixtures: Path) -> None:
    honest = parse_fixture(fixtures, "jyt_gbk.html")
    lying = parse_fixture(fixtures, "jyt_gbk_meta_says_utf8.html")
    assert lying.text == honest.text
    assert lying.title == honest.title


def test_site_rules_select_title_date_body_and_source(fixtures: Path) -> None:
    page = parse_fixture(fixtures, "jyt_gbk.html", url="http://jyt.example.gov.cn/jyzx/202511/t20251118_1.html")
    assert page.source == "jyt_style"
    assert page.language == "zh"  # the source rule says so
    assert page.title == "江西省教育厅关于公布2025年中外合作办学项目评估结果的通知"
    assert page.published_at == dt.datetime(2025, 11, 18, 9, 30, tzinfo=BEIJING)
    assert page.credited_source == "江西省教育厅国际交流与合作处"
    assert page.text.startswith("各设区市教育局")
    assert "打印本页" not in page.text


def test_university_page_with_glued_bylines(fixtures: Path) -> None:
    page = parse_fixture(fixtures, "university_news.html")
    assert page.title == "我校与俄罗斯某某国立师范大学签署合作备忘录"
    assert page.published == dt.date(2023, 10, 9)
    assert page.published_at is None  # the page gives a day, not a time
    assert page.language == "zh"  # <html lang="zh-CN">
    assert page.channel == ["首页", "新闻动态"]
    assert page.text.startswith("10月8日，俄罗斯某某国立师范大学副校长安娜·伊万诺娃")  # &nbsp; indent stripped
    assert "深入交流,并签署了《合作备忘录》" in page.text  # ASCII punctuation kept as written
    assert "\n\n签约现场\n\n" in page.text
    assert_no_chrome(
        page.text,
        [
            "发布者",
            "浏览次数",
            "文/",
            "图/",
            "审核",
            "上一篇",
            "下一篇",
            "外籍教师座谈会",
            "机构设置",
            "版权所有",
            "ICP",
        ],
    )


def test_english_portal_page(fixtures: Path) -> None:
    page = parse_fixture(fixtures, "english_portal.html")
    assert page.language == "en"
    assert page.title == "Jiangxi universities sign cooperation agreements with foreign partners"
    assert page.url == "https://english.example-jx.gov.cn/news/2025-06/03/content_001.html"  # og:url
    assert page.published_at == dt.datetime(2025, 6, 3, 9, 12, tzinfo=BEIJING)
    assert page.credited_source == "Jiangxi Daily"
    assert page.editor == "Li Hua"
    assert page.channel == ["Home", "News"]
    assert "Ruritania State University,Ruritania, on a 2+2" in page.text
    assert "\n\nSigning ceremony\n\n" in page.text
    assert_no_chrome(page.text, ["Share", "Facebook", "Most Read", "Copyright", "Sitemap", "Updated:", "Home"])


def test_undeclared_big5_traditional_page(fixtures: Path) -> None:
    page = parse_fixture(fixtures, "big5_traditional.html")
    assert page.title == "南昌航空大學與白俄羅斯國立大學簽署合作協議"  # script is not converted
    assert page.published_at == dt.datetime(2022, 4, 2, 14, 30, tzinfo=BEIJING)  # 02.04.2022 is day first
    assert page.editor == "陳小明"
    assert page.text.startswith("近日，南昌航空大學與白俄羅斯國立大學在南昌簽署合作協議")
    assert_no_chrome(page.text, ["責任編輯", "版權所有", "首頁"])


def test_given_url_wins_over_canonical(fixtures: Path) -> None:
    page = parse_fixture(fixtures, "xinhua_jx_channel.html", url="https://mirror.example.com/a.html")
    assert page.url == "https://mirror.example.com/a.html"


def test_title_falls_back_to_the_document_title_without_site_name() -> None:
    html = (
        "<html><head><title>南昌大学与英国某大学签约 - 江西教育网</title></head><body>"
        "<div><p>3月5日，南昌大学与英国某大学签署合作协议，双方将联合培养研究生。</p>"
        "<p>这是双方第二次签署合作协议。</p></div></body></html>"
    )
    page = parse_html(html.encode("utf-8"))
    assert page.title == "南昌大学与英国某大学签约"
    assert page.text.startswith("3月5日")


@pytest.mark.parametrize(
    "html",
    [
        b"<html><body><div class='nav'><a href='/'>Home</a> | <a>News</a> | <a>About</a></div></body></html>",
        b"<html><head><title>404</title></head><body></body></html>",
        "<html><body><script>var a = '大量文字，不是正文。';</script></body></html>".encode(),
        b"   ",
    ],
)
def test_page_without_article_text_is_a_parse_error(html: bytes) -> None:
    with pytest.raises(ParseError):
        parse_html(html)


def test_foreign_university_page_keeps_its_own_time_zone(fixtures: Path) -> None:
    page = parse_fixture(fixtures, "foreign_university.html")
    assert page.published_at == dt.datetime(2025, 5, 30, 15, 20, tzinfo=dt.timezone(dt.timedelta(hours=3)))
    assert page.credited_source == "International Office"  # read from the byline span beside share icons
    assert page.channel == ["Home", "News", "Global"]  # from the <nav> breadcrumb list
    assert page.url == "https://www.rsu.example.edu/news/2025/05/30/nanchang-delegation"  # <meta name=url>
    assert page.text.startswith("A delegation of Nanchang Hangkong University")  # content inside <form>
    assert_no_chrome(page.text, ["Skip to main", "By Anna", "Copyright"])


def test_declared_language_contradicted_by_the_text_is_left_to_detection() -> None:
    html = (
        '<html lang="zh-CN"><body><h1>Jiangxi holds workshop</h1><div>'
        "<p>On December 3, a training workshop on quality assurance was held in Nanchang.</p>"
        "<p>More than 100 people from 40 universities attended.</p></div></body></html>"
    )
    assert parse_html(html.encode()).language is None


def test_site_rules_that_miss_the_article_hand_on_to_the_generic_reader(fixtures: Path) -> None:
    page = parse_fixture(fixtures, "english_portal.html", url="http://jyt.example.gov.cn/en/1.html")
    assert page.source == "jyt_style"  # the rules matched the domain, their #zoom is absent here
    assert page.text.startswith("On June 2, Jiangxi University of Finance and Economics")
    assert page.language == "en"  # the rules say zh, the text and <html lang="en-US"> say en


def test_br_separated_paragraphs_in_a_table_cell() -> None:
    html = (
        "<html><head><meta charset='gbk'></head><body><table><tr><td class='content'>"
        "&nbsp;&nbsp;&nbsp;&nbsp;5月6日，我校与英国某大学签署合作协议，双方将联合培养研究生。<br><br>"
        "\u3000\u3000根据协议，两校每年互派交换生，并开展联合科研。<br>"
        "</td></tr></table></body></html>"
    )
    page = parse_html(html.encode("gb18030"))
    assert page.text == (
        "5月6日，我校与英国某大学签署合作协议，双方将联合培养研究生。\n\n根据协议，两校每年互派交换生，并开展联合科研。"
    )


def test_trafilatura_fallback_output_goes_through_the_same_chrome_cleaning(fixtures: Path) -> None:
    pytest.importorskip("trafilatura")
    from pipeline.parse.html import _read_with_trafilatura

    markup = (fixtures / "xinhua_jx_channel.html").read_text(encoding="utf-8")
    article = _read_with_trafilatura(markup, LineReader())
    assert article is not None
    assert article.cleaned.paragraphs[0].startswith("新华网南昌11月18日电")
    assert article.cleaned.byline.editor == "王晓震"  # 【责任编辑：…】 read as metadata, not text
    assert_no_chrome(article.cleaned.text, ["纠错", "责任编辑", "投稿邮箱", "Copyright"])


_CONTROLLED = (
    '<?xml version="1.0" encoding="{charset}"?>\n<html><head><title>交流</title></head><body>'
    "<div class='content'><p>南昌大学与英国\x01伯明翰大学签署\x07合作协议，双方将联合培养研究生。</p>"
    "<p>两校每年互派\x1f交换生\x7f，并开展联合科研。</p></div></body></html>"
)


@pytest.mark.parametrize("charset", ["utf-8", "gbk"])
def test_control_characters_are_dropped_whatever_the_charset(charset: str) -> None:
    page = parse_html(_CONTROLLED.format(charset=charset).encode(charset))
    assert page.text == (
        "南昌大学与英国伯明翰大学签署合作协议，双方将联合培养研究生。\n\n两校每年互派交换生，并开展联合科研。"
    )


@pytest.mark.parametrize("blank", ["\u3000\u3000\n", " " * 100 + "\x01\u3000", "<?xml version='1.0'?>\u3000"])
def test_a_page_of_white_space_and_control_characters_is_empty(blank: str) -> None:
    with pytest.raises(ParseError, match="empty page"):
        parse_html(blank.encode("utf-8"))


def test_element_text_is_the_text_of_the_subtree_without_its_tail() -> None:
    from lxml import etree

    from pipeline.parse.html import _element_text

    root = etree.fromstring(
        "<div><p> 来源：<b>新华网</b>\n  <i>编辑 <em>李明</em></i>&amp; co </p>after</div>", etree.HTMLParser()
    )
    paragraph = root.find(".//p")
    assert _element_text(paragraph) == "来源：新华网 编辑 李明& co"
    assert _element_text(paragraph.find("b")) == "新华网"


def _captioned_page(photos: str) -> bytes:
    body = "".join(f"<p>第{n}段，江西財經大學與理大簽署合作協議，雙方將聯合培養研究生。</p>" for n in range(1, 5))
    return (
        "<html><body><div class='nav'><a href='/'>首頁</a></div>"
        f"<div class='release'><h1>理大與江西財經大學簽署合作協議</h1><div class='release-body'>{body}</div>"
        f"{photos}<div class='contact'><p>傳媒查詢：電話 2766 5100</p></div></div>"
        "<div class='gallery'><figure><img src='b.jpg'><figcaption>圖：另一則新聞的照片。</figcaption></figure></div>"
        "</body></html>"
    ).encode()


@pytest.mark.parametrize(
    "photos",
    [
        "<div class='photos'><figure><img src='a.jpg'>"
        "<figcaption>圖一：（左起）副校長王強出席簽署儀式。</figcaption></figure></div>",
        "<p class='pic-caption'>圖一：（左起）副校長王強出席簽署儀式。</p>",
    ],
)
def test_photo_captions_beside_the_article_are_kept(photos: str) -> None:
    text = parse_html(_captioned_page(photos)).text
    assert text.endswith("圖一：（左起）副校長王強出席簽署儀式。")
    assert "另一則新聞" not in text and "傳媒查詢" not in text


def test_a_caption_run_stops_at_the_first_line_that_is_no_caption() -> None:
    photos = "<p class='note'>註：本文另有英文版。</p><figure><figcaption>圖一：嘉賓合影。</figcaption></figure>"
    assert "圖一" not in parse_html(_captioned_page(photos)).text


def test_photo_captions_beside_a_site_rules_body_are_kept() -> None:
    # The site rule selects #zoom; the caption of the article's photo sits beside it.
    body = "".join(f"<p>第{n}段，江西财经大学与某某大学签署合作协议，双方将联合培养研究生。</p>" for n in range(1, 4))
    page = (
        "<html><head><meta charset='utf-8'></head><body><table><tr><td class='title'>某某大学代表团来访</td></tr>"
        "<tr><td class='bt_info'>发布时间：2025-04-22</td></tr></table>"
        f"<div class='article'><div id='zoom'>{body}</div>"
        "<p class='pic-caption'>图为签约现场，副校长王强出席。</p></div>"
        "<div class='gallery'><figure><figcaption>图：另一则新闻的照片。</figcaption></figure></div>"
        "</body></html>"
    ).encode()
    bulletin = parse_html(page, url="http://jyt.example.gov.cn/a/1.html")
    assert bulletin.source == "jyt_style"
    assert bulletin.text.endswith("图为签约现场，副校长王强出席。")
    assert "另一则新闻" not in bulletin.text


def test_a_subtitle_under_the_headline_is_not_the_title() -> None:
    page = (
        "<html><head><meta charset='utf-8'><title>第三届中法工程教育论坛在我校举行-示例大学新闻网</title></head><body>"
        "<div class='infobox'><h1 class='arti_title'>第三届中法工程教育论坛在我校举行</h1>"
        "<h2 class='arti_subtitle'>“中法工程教育合作联盟”同步成立</h2>"
        "<p class='arti_metas'><span>来源：国际处</span> <span>发布时间：2026-11-21</span></p>"
        "<div class='entry'><div class='read'>"
        "<p>11月20日，第三届中法工程教育论坛在我校举行，来自中法两国30余所高校的代表参加论坛。</p>"
        "<p>论坛期间，中法工程教育合作联盟宣告成立，我校当选为联盟理事长单位。</p></div></div></div></body></html>"
    ).encode()
    assert parse_html(page).title == "第三届中法工程教育论坛在我校举行"
