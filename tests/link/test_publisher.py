"""find_publisher: who speaks on a page, read from its site, its account name and its own words."""

from __future__ import annotations

import pytest

from pipeline.bulletin import Bulletin
from pipeline.link.gazetteer import GazetteerEntry, load_gazetteer
from pipeline.link.publisher import find_publisher


def _first(kind: str, head: str) -> GazetteerEntry:
    """A gazetteer body of `kind` whose Chinese name ends with `head` (no name is assumed)."""
    gazetteer = load_gazetteer()
    return next(
        e
        for e in gazetteer
        if e.kind == kind and e.name_zh and e.name_zh.endswith(head) and gazetteer.lookup(e.name_zh) is e
    )


def _department_page(text: str) -> Bulletin:
    department = _first("government", "教育厅")
    return Bulletin(text=text, url="http://jyt.example.gov.cn/2025/01-09/1.html", site_name=department.name_zh)


def test_a_department_notice_in_the_first_person_is_published_by_the_department():
    page = _department_page("经我厅审核并报教育部审批，现将结果公布如下。请于3月1日前报我厅备案。")
    publisher = find_publisher(page, "zh")
    assert publisher is not None
    assert publisher.entry is _first("government", "教育厅")
    assert publisher.kind == "government"


def test_a_department_writing_about_others_publishes_nothing():
    assert find_publisher(_department_page("省教育厅副厅长王明会见了来访的代表团。"), "zh") is None


def test_another_bodys_first_person_word_does_not_make_the_department_speak():
    # a university's 我校 quoted on the department's site is not the department speaking
    assert find_publisher(_department_page("我校与英国某某大学签署合作协议。"), "zh") is None


@pytest.mark.parametrize("account", ["国际交流", "国际合作与交流处", "官方微信"])
def test_an_account_named_after_its_university_is_the_universitys(account):
    university = _first("university", "大学")
    page = Bulletin(
        text="代表团来访我校。", url="http://mp.weixin.qq.com/s/abc", site_name=university.name_zh + account
    )
    publisher = find_publisher(page, "zh")
    assert publisher is not None and publisher.entry is university


def test_a_school_attached_to_a_university_is_not_the_university():
    university = _first("university", "大学")
    page = Bulletin(
        text="代表团来访我校。", url="http://mp.weixin.qq.com/s/abc", site_name=university.name_zh + "附属中学"
    )
    publisher = find_publisher(page, "zh")
    assert publisher is None or publisher.entry is not university


def test_an_english_site_named_after_its_university_is_the_universitys():
    university = _first("university", "大学")
    assert university.name_en
    page = Bulletin(text="A delegation visited the university.", site_name=f"{university.name_en} International Office")
    publisher = find_publisher(page, "en")
    assert publisher is not None and publisher.entry is university


def test_a_longer_english_name_is_another_institution():
    university = _first("university", "大学")
    page = Bulletin(text="A delegation visited the university.", site_name=f"{university.name_en} of Technology")
    publisher = find_publisher(page, "en")
    assert publisher is None or publisher.entry is not university


def test_a_credited_unit_of_a_university_does_not_make_a_repost_the_universitys():
    university = _first("university", "大学")
    page = Bulletin(text="代表团来访。", site_name="某某教育资讯网", credited_source=university.name_zh + "国际交流")
    publisher = find_publisher(page, "zh")
    assert publisher is None or publisher.entry is not university


def _english_department() -> GazetteerEntry:
    """A gazetteer government body whose English name has 'Department' in it."""
    gazetteer = load_gazetteer()
    return next(
        e
        for e in gazetteer
        if e.kind == "government"
        and e.name_en
        and "Department" in e.name_en.split()
        and gazetteer.lookup(e.name_en) is e
    )


def _english_department_page(text: str) -> Bulletin:
    department = _english_department()
    return Bulletin(text=text, url="http://edu.example.gov.cn/english/1.html", site_name=department.name_en)


def test_an_english_department_notice_in_the_first_person_is_published_by_the_department():
    page = _english_department_page("After the preliminary review by our Department, the list is announced as follows.")
    publisher = find_publisher(page, "en")
    assert publisher is not None
    assert publisher.entry is _english_department()
    assert publisher.kind == "government"


def test_the_department_naming_itself_by_its_head_word_publishes_its_page():
    # corpus/GUIDE.md (session 22): "the Department" on its own page is its voice, as "the university"
    page = _english_department_page("Universities shall file their plans with the Department before 28 February.")
    publisher = find_publisher(page, "en")
    assert publisher is not None and publisher.entry is _english_department()


def test_a_government_page_reporting_others_publishes_nothing():
    # corpus/GUIDE.md: a government page that only reports what other bodies did has no publisher
    page = _english_department_page("The Ministry of Education approved four programmes on 28 February.")
    assert find_publisher(page, "en") is None


def test_a_word_only_an_alliance_calls_itself_by_does_not_make_the_department_speak():
    page = _english_department_page("Delegates from 38 of our member institutions attended the meeting.")
    assert find_publisher(page, "en") is None


def test_an_unlisted_alliance_speaking_of_its_members_publishes_its_own_page():
    page = Bulletin(
        text="Delegates from 38 of our member institutions elected the council.",
        url="https://www.example-alliance.org/en/press/1.html",
        site_name="Westmoor Rivers Vocational Education Alliance",
    )
    publisher = find_publisher(page, "en")
    assert publisher is not None
    assert publisher.name == "Westmoor Rivers Vocational Education Alliance"
    assert publisher.kind == "alliance" and publisher.entry is None


def test_an_unlisted_alliance_written_about_in_the_third_person_publishes_nothing():
    page = Bulletin(
        text="The alliance's member institutions elected the council; our reporter was there.",
        site_name="Westmoor Rivers Vocational Education Alliance",
    )
    assert find_publisher(page, "en") is None


@pytest.mark.parametrize(
    "text",
    [
        "\u201cOur department will support more joint programmes,\u201d the director said at the meeting.",
        'The director said: "our Department will support more joint programmes."',
    ],
)
def test_an_official_quoted_saying_our_department_does_not_make_the_page_the_departments(text):
    assert find_publisher(_english_department_page(text), "en") is None


def test_our_department_after_a_closed_quotation_is_the_page_speaking():
    text = "\u201cWe welcome them,\u201d he said. The plans shall be reported to our Department by 30 April."
    publisher = find_publisher(_english_department_page(text), "en")
    assert publisher is not None and publisher.kind == "government"


def test_a_department_official_quoted_on_a_repost_does_not_make_the_department_speak():
    page = _department_page("“我厅将继续支持中外合作办学，”副厅长王明说。")
    assert find_publisher(page, "zh") is None


def test_a_department_notice_quoting_someone_before_it_speaks_as_itself_is_the_departments():
    page = _department_page("“欢迎你们，”他说。经我厅审核，现将结果公布如下。")
    publisher = find_publisher(page, "zh")
    assert publisher is not None and publisher.kind == "government"


def _run_body_with_a_site() -> tuple[GazetteerEntry, GazetteerEntry]:
    """A body the gazetteer lists as run by an institution whose site it knows (a joint school)."""
    gazetteer = load_gazetteer()
    return next(
        (entry, parent)
        for entry in gazetteer
        if entry.name_en
        and gazetteer.lookup(entry.name_en) is entry
        and (parent := gazetteer.get(entry.parent)) is not None
        and parent.site
    )


def test_a_joint_schools_site_under_its_universitys_domain_is_the_schools():
    school, university = _run_body_with_a_site()
    page = Bulletin(
        text="The College held its commencement ceremony.",
        url=f"https://www.school.{university.site}/en/news/1.html",
        site_name=school.name_en,
    )
    publisher = find_publisher(page, "en")
    assert publisher is not None and publisher.entry is school


def test_a_university_site_naming_the_university_stays_the_universitys():
    _, university = _run_body_with_a_site()
    page = Bulletin(
        text="A delegation visited the university.",
        url=f"https://news.{university.site}/1.html",
        site_name=f"{university.name_en} News",
    )
    publisher = find_publisher(page, "en")
    assert publisher is not None and publisher.entry is university


def test_a_site_naming_a_body_another_institution_runs_stays_the_domains():
    school, _ = _run_body_with_a_site()
    gazetteer = load_gazetteer()
    other = next(e for e in gazetteer if e.kind == "university" and e.site and e.id != school.parent)
    page = Bulletin(text="A delegation visited us.", url=f"https://{other.site}/1.html", site_name=school.name_en)
    publisher = find_publisher(page, "en")
    assert publisher is not None and publisher.entry is other
