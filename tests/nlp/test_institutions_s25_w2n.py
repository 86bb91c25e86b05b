"""Institutions met on unseen pages (session 25): schools as parties, missions in their full
Chinese forms, long vocational names, kinds of Sino-X universities and vocational institutes."""

from support import names, pairs


def test_a_citys_numbered_schools_keep_their_ordinal(extract):
    record = extract(
        "3月5日，洛水市第二中学与德国维尔登文理中学签署友好学校协议，梅川第十一中学与英国桑顿公学签约，"
        "上海市第三女子中学校长出席。",
        "zh",
    )
    found = {i.name: (i.kind, i.country) for i in record.institutions}
    assert found["洛水市第二中学"][0] == found["梅川第十一中学"][0] == "school"
    assert found["上海市第三女子中学"] == ("school", "CN")
    assert found["桑顿公学"] == ("school", "GB")
    assert ("洛水市第二中学", "维尔登文理中学") in pairs(record)


def test_a_quantifier_over_schools_names_none(extract):
    record = extract(
        "全市推动课程覆盖全部普通高中，每所普通高中至少与一所境外学校结为姊妹学校，所有普通高中均已参加。",
        "zh",
    )
    assert names(record.institutions) == []


def test_english_numbered_schools_keep_their_number(extract):
    record = extract(
        "Lishui No. 4 High School and Harwick Academy of the United Kingdom signed a memorandum on"
        " student exchange.",
        "en",
    )
    assert "Lishui No. 4 High School" in names(record.institutions)


def test_a_listed_secondary_school_abroad_is_a_school_party(extract):
    record = extract(
        "On May 6, Lishui Middle School signed a sister-school agreement with Raffles Institution"
        " of Singapore, and Eton College hosted its teachers.",
        "en",
    )
    found = {i.name: (i.kind, i.country) for i in record.institutions}
    assert found["Raffles Institution"] == ("school", "SG")
    assert found["Eton College"] == ("school", "GB")
    assert ("Lishui Middle School", "Raffles Institution") in pairs(record)


def test_missions_named_with_a_states_full_name_or_after_their_post(extract):
    record = extract(
        "日本国驻梅川总领事馆领事王浩会见了代表团。大韩民国驻上海总领事馆和驻成都美国总领事馆的官员出席。",
        "zh",
    )
    found = {i.name: i.country for i in record.institutions}
    assert found["日本国驻梅川总领事馆"] == "JP"
    assert found["大韩民国驻上海总领事馆"] == "KR"
    assert found["驻成都美国总领事馆"] == "US"
    person = next(p for p in record.people if p.name == "王浩")
    assert person.organization is not None and person.organization.name == "日本国驻梅川总领事馆"


def test_a_field_compound_with_jianshe_stays_inside_a_vocational_name(extract):
    record = extract(
        "代表团先后走访了洛水城市建设管理职业技术学院和梅川交通建设职业学院。各地要加快建设世界一流大学。",
        "zh",
    )
    assert names(record.institutions) == ["洛水城市建设管理职业技术学院", "梅川交通建设职业学院"]


def test_a_university_named_for_two_nations_is_a_university(extract):
    zh = extract("洛水中德应用技术大学与梅川中法工程师学院举行会谈。", "zh")
    kinds = {i.name: i.kind for i in zh.institutions}
    assert kinds["洛水中德应用技术大学"] == "university"
    assert kinds["梅川中法工程师学院"] == "joint_institute"
    en = extract(
        "Lishui Sino-German University of Applied Sciences hosted the Sino-British College of"
        " Applied Arts at Meichuan University.",
        "en",
    )
    kinds = {i.name: i.kind for i in en.institutions}
    assert kinds["Lishui Sino-German University of Applied Sciences"] == "university"
    assert kinds["Sino-British College of Applied Arts at Meichuan University"] == "joint_institute"


def test_a_vocational_institute_of_technology_is_a_college(extract):
    record = extract("Wuxi Institute of Technology launched a programme with Lishui University.", "en")
    kinds = {i.name: i.kind for i in record.institutions}
    assert kinds["Wuxi Institute of Technology"] == "college"


def test_a_name_goes_on_after_named_after_a_titled_person(extract):
    record = extract(
        "Lishui Polytechnic signed an agreement with Dushanbe Mining Institute named after academician"
        " K.T. Rahimov to open a workshop.",
        "en",
    )
    assert "Dushanbe Mining Institute named after academician K.T. Rahimov" in names(record.institutions)


def test_research_institutes_placed_in_a_city_or_of_an_academy_are_bodies(extract):
    record = extract(
        "The delegation visited Lishui University in Hangzhou and the Institute of Desert Ecology in"
        " Lanzhou. Experts of the Institute of Karst Geology of the Chinese Academy of Sciences joined.",
        "en",
    )
    found = {i.name: (i.kind, i.country) for i in record.institutions}
    assert found["Institute of Desert Ecology"] == ("research_institute", "CN")
    assert found["Institute of Karst Geology of the Chinese Academy of Sciences"][0] == "research_institute"


def test_a_universitys_institute_stays_its_unit(extract):
    record = extract(
        "Lishui University's partners visited the Institute of Desert Ecology of Lanzhou University.", "en"
    )
    assert "Institute of Desert Ecology" not in names(record.institutions)


def test_an_alliances_organs_are_no_institutions(extract):
    record = extract(
        "Wang Li, President of HIT and Chairman of the ASRTU Council, opened the meeting. The Secretariat"
        " of the University Alliance of the Silk Road and the Council of the Association of Sino-Russian"
        " Technical Universities met on Wednesday.",
        "en",
    )
    found = names(record.institutions)
    assert not [name for name in found if "Council" in name or "Secretariat" in name]
    assert "University Alliance of the Silk Road" in found


def test_a_listed_council_stays_a_body(extract):
    record = extract("The British Council and Lishui University signed a memorandum on Monday.", "en")
    assert "British Council" in names(record.institutions)


def test_an_association_speaks_on_its_site_under_its_host_universitys_domain():
    from pipeline.bulletin import Bulletin
    from pipeline.link.publisher import find_publisher

    text = "The forum was hosted by the Association and undertaken by a member university."
    page = Bulletin(text=text, url="http://asrtu.hit.edu.cn/en/news/1.html", site_name="ASRTU", language="en")
    assert find_publisher(page, "en").name == "Association of Sino-Russian Technical Universities"
    plain = Bulletin(text="Lishui University visited HIT.", url="http://asrtu.hit.edu.cn/a.html", site_name="ASRTU")
    assert find_publisher(plain, "en").name == "Harbin Institute of Technology"


def test_a_breadcrumb_rooted_at_a_university_that_speaks_as_our_university():
    from pipeline.bulletin import Bulletin
    from pipeline.link.publisher import find_publisher

    own = Bulletin(text="Last week our university received a delegation.", channel=["Hohai University", "News"])
    assert find_publisher(own, "en").name == "Hohai University"
    portal = Bulletin(text="Last week the university received a delegation.", channel=["Hohai University", "News"])
    assert find_publisher(portal, "en") is None


def test_an_unlisted_citys_body_speaking_as_itself_is_in_that_citys_country():
    from pipeline.bulletin import Bulletin
    from pipeline.link.publisher import find_publisher

    page = Bulletin(
        text="Schools are asked to register with the Bureau by May 1.",
        site_name="Wuhan Municipal Education Bureau",
        language="en",
    )
    assert find_publisher(page, "en").country == "CN"


def test_a_persons_organisation_is_the_name_as_listed_not_the_gazetteers_country_form(extract):
    record = extract(
        "5月3日，代表团先后访问英国约克大学和英国纽卡斯尔大学。5日，代表团来到纽卡斯尔大学，与该校副校长Mary Stone"
        "会谈。",
        "zh",
    )
    assert "纽卡斯尔大学" in names(record.institutions)
    person = next(p for p in record.people if p.name == "Mary Stone")
    assert person.organization is not None and person.organization.name == "纽卡斯尔大学"


def test_a_short_form_the_text_defines_stands_for_the_institution(extract):
    record = extract(
        "洛水理工学院（以下简称“洛理”）与斯威本科技大学（以下简称斯威本）签署合作备忘录。次日，斯威本国际事务副校长"
        "Tom Reed一行访问了苏州大学，双方就联合培养进行了会谈。洛理校长王平出席。",
        "zh",
    )
    assert ("苏州大学", "斯威本科技大学") in pairs(record)
    people = {p.name: p.organization.name if p.organization else None for p in record.people}
    assert people["Tom Reed"] == "斯威本科技大学"
    assert people["王平"] == "洛水理工学院"
