"""Where a bulletin puts a person's organisation and office (GENRE.md, "Roles and people")."""


def _people(record):
    return {p.name: p for p in record.people}


def test_organisation_written_before_the_title(extract):
    record = extract(
        "Harlow University (HU) and Nanchang University (NCU) signed a memorandum on May 4. "
        "It was signed by HU Rector Jane Doe and NCU President Wang Ming.",
        "en",
    )
    people = _people(record)
    assert people["Jane Doe"].organization.name in {"HU", "Harlow University"}
    assert people["Wang Ming"].organization.name in {"NCU", "Nanchang University"}


def test_title_name_of_organisation(extract):
    record = extract("President Wang Ming of Nanchang University delivered the welcome speech.", "en")
    assert _people(record)["Wang Ming"].organization.name == "Nanchang University"


def test_a_delegation_led_by_its_officer(extract):
    record = extract(
        "A delegation from Harlow University, UK, led by its President Dr. Jane Doe, visited Nanchang on May 4.", "en"
    )
    person = _people(record)["Jane Doe"]
    assert (person.title, person.organization.name) == ("President", "Harlow University")


def test_office_after_an_honorific_and_signing_on_behalf(extract):
    record = extract(
        "Professor Jane Doe, Deputy Vice-Chancellor (International), signed on behalf of Harlow University.", "en"
    )
    person = _people(record)["Jane Doe"]
    assert person.title == "Deputy Vice-Chancellor (International)"
    assert person.organization.name == "Harlow University"


def test_modified_office_before_a_name_drops_the_honorific(extract):
    record = extract("The guests were received by First Vice-Rector Professor Jane Doe of Harlow University.", "en")
    person = _people(record)["Jane Doe"]
    assert person.title == "First Vice-Rector"


def test_the_department_refers_to_the_department_named_before(extract):
    record = extract(
        "The Jiangxi Provincial Department of Education hosted the meeting. "
        '"We will do more," said Liu Fang, deputy director of the department.',
        "en",
    )
    assert _people(record)["Liu Fang"].organization.name == "Jiangxi Provincial Department of Education"


def test_comma_without_space_and_office_running_to_its_organisation(extract):
    record = extract(
        "Chen Feng,Deputy Director-General of the Zhejiang Provincial Department of Education,met them. "
        "Dr. Jane Doe, Dean of Engineering at Harlow University, spoke.",
        "en",
    )
    people = _people(record)
    assert people["Chen Feng"].organization.name == "Zhejiang Provincial Department of Education"
    assert people["Jane Doe"].title == "Dean of Engineering"


def test_bare_title_on_an_english_university_page_is_the_publishers(extract):
    record = extract("Vice President Wang Ming met the guests.", "en", url="https://en.ncu.edu.cn/a.htm")
    assert record.people[0].organization.canonical_id == record.document.publisher.canonical_id


def test_an_organisation_named_but_not_found_is_not_the_publisher(extract):
    record = extract(
        "Wang Ming, Ambassador of the Republic of Ruritania to China, visited our university.",
        "en",
        url="https://en.ncu.edu.cn/a.htm",
    )
    assert _people(record)["Wang Ming"].organization is None


def test_chinese_chain_of_offices_gives_the_first_and_modifiers_and_qualifiers_stay(extract):
    record = extract(
        "新加坡国立大学副校长（国际事务）陈美玲、东京大学执行副校长佐藤健一分别发言。省教育厅党组成员、副厅长王明出席。",
        "zh",
    )
    people = _people(record)
    assert (people["陈美玲"].title, people["陈美玲"].organization.name) == ("副校长（国际事务）", "新加坡国立大学")
    assert people["佐藤健一"].title == "执行副校长"
    assert people["王明"].title == "党组成员"


def test_that_university_is_the_one_named_before_not_the_publisher(extract):
    record = extract(
        "白俄罗斯国立大学代表团访问我校。白俄罗斯国立大学愿与南昌大学开展合作。该校国际合作处处长叶夫根尼·科瓦廖夫介绍了项目。",
        "zh",
        url="https://news.ncu.edu.cn/a.htm",
    )
    person = _people(record)["叶夫根尼·科瓦廖夫"]
    assert (person.title, person.organization.name) == ("国际合作处处长", "白俄罗斯国立大学")


def test_an_office_of_a_field_before_a_name(extract):
    record = extract(
        "Vice Minister of Education Wang Ming opened the forum. Guests were received by Vice-Rector for Studies "
        "Jane Doe.",
        "en",
    )
    people = _people(record)
    assert people["Wang Ming"].title == "Vice Minister of Education"
    assert people["Jane Doe"].title == "Vice-Rector for Studies"


def test_chinese_name_before_its_title_after_an_institution(extract):
    record = extract("来自南昌大学的谢尔盖·纳扎连科副教授开设了示范课。九江学院的领导和师生参加。", "zh")
    people = _people(record)
    assert set(people) == {"谢尔盖·纳扎连科"}
    assert (people["谢尔盖·纳扎连科"].title, people["谢尔盖·纳扎连科"].organization.name) == ("副教授", "南昌大学")


def test_a_deputy_of_a_chief_office_is_its_own_title(extract):
    record = extract("英国驻重庆总领事馆副总领事John Smith和邓迪大学副秘书长王明出席签约仪式。", "zh")
    people = _people(record)
    assert people["John Smith"].title == "副总领事"
    assert people["王明"].title == "副秘书长"


def test_the_words_of_a_region_or_field_between_institution_and_title_are_the_titles(extract):
    record = extract("英国文化教育协会中国区教育总监Helen Carter致辞。南昌大学会见副校长王明。", "zh")
    people = _people(record)
    carter = people["Helen Carter"]
    assert (carter.title, carter.organization.name) == ("中国区教育总监", "英国文化教育协会")
    assert people["王明"].title == "副校长"


def test_a_unit_named_alone_before_a_title_is_the_titles_but_not_a_longer_names_end(extract):
    record = extract(
        "会谈后，代表团参观了图书馆。国际合作与交流处处长张敏陪同。市政府外事办公室副主任李华出席。",
        "zh",
        url="https://news.ncu.edu.cn/a.htm",
    )
    people = _people(record)
    assert (people["张敏"].title, people["张敏"].organization.name) == ("国际合作与交流处处长", "南昌大学")
    assert people["李华"].title == "副主任"


def test_a_chain_of_offices_in_two_bodies_gives_the_first_but_two_people_stay_apart(extract):
    record = extract(
        "我校校长、联盟理事会主席张国栋主持会议。出席会议的有省教育厅厅长、南昌大学校长王明。",
        "zh",
        url="https://news.ncu.edu.cn/a.htm",
    )
    people = _people(record)
    assert (people["张国栋"].title, people["张国栋"].organization.name) == ("校长", "南昌大学")
    assert (people["王明"].title, people["王明"].organization.name) == ("校长", "南昌大学")


def test_an_office_in_lower_case_after_whose_or_an_institutions_possessive(extract):
    record = extract(
        "Li Hua, NCU's vice president in charge of international affairs, said the courses were new. "
        "The delegation visited Dundee University, whose vice president Jane Doe was a member of the delegation.",
        "en",
    )
    people = _people(record)
    assert (people["Li Hua"].title, people["Li Hua"].organization.name) == ("vice president", "NCU")
    assert (people["Jane Doe"].title, people["Jane Doe"].organization.name) == ("vice president", "Dundee University")


def test_an_office_before_an_honorific_a_ministers_ministry_and_the_first_of_a_chain(extract):
    record = extract(
        "A delegation from Dundee University, UK, led by its Vice-Rector for Academic Affairs, Dr. Jane Doe, "
        "visited Nanchang University. The forum was co-hosted by the Ministry of Education. Vice Minister of "
        "Education Wang Ming spoke. Mary Poe, Senior Vice Chancellor and Provost of Dundee University, spoke.",
        "en",
    )
    people = _people(record)
    doe = people["Jane Doe"]
    assert (doe.title, doe.organization.name) == ("Vice-Rector for Academic Affairs", "Dundee University")
    assert people["Wang Ming"].organization.name == "Ministry of Education"
    assert people["Mary Poe"].title == "Senior Vice Chancellor"


def test_a_party_committees_office_is_named_around_its_body(extract):
    record = extract("Li Hua, Secretary of the CPC Nanchang University Committee, met the guests.", "en")
    person = _people(record)["Li Hua"]
    assert (person.title, person.organization.name) == ("Secretary of the CPC Committee", "Nanchang University")


def test_a_diplomat_of_a_country_serves_in_its_mission_the_text_names(extract):
    record = extract(
        "On December 3, Erik Berg, Ambassador of the Kingdom of Norway to China, visited Nanchang University with "
        "Anna Lind, Counsellor for Education of the Royal Norwegian Embassy in Beijing. Ole Dahl, Consul of "
        "Denmark, also came.",
        "en",
    )
    people = _people(record)
    assert people["Erik Berg"].organization.name == "Royal Norwegian Embassy in Beijing"
    assert people["Ole Dahl"].organization is None


def test_a_chinese_diplomat_stationed_in_a_city_serves_in_the_mission_named_there(extract):
    record = extract("英国驻重庆总领事馆教育领事Anna Lee出席。会上英国驻重庆总领事John Smith致辞。", "zh")
    people = _people(record)
    assert people["John Smith"].organization.name == "英国驻重庆总领事馆"
    assert people["John Smith"].title == "总领事"


def test_an_office_in_lower_case_after_an_institutions_possessive_before_the_name(extract):
    record = extract("NCU's president Li Hua spoke at the forum.", "en")
    person = _people(record)["Li Hua"]
    assert (person.title, person.organization.name) == ("president", "NCU")


def test_lower_case_chain_of_offices_after_the_name(extract):
    record = extract(
        '"We welcome more partners," said Zhou Ping, member of the leading Party members\' group and '
        "deputy director of the Hunan Provincial Department of Education.",
        "en",
    )
    person = _people(record)["Zhou Ping"]
    assert person.title == "member of the leading Party members' group"
    assert person.organization.name == "Hunan Provincial Department of Education"


def test_lower_case_office_before_an_honorific_points_to_its_institution(extract):
    record = extract("Harlow University hosted the forum, and its vice president, Dr Jane Doe, opened it.", "en")
    person = _people(record)["Jane Doe"]
    assert (person.title, person.organization.name) == ("vice president", "Harlow University")


def test_diplomat_with_a_bare_title_serves_in_the_mission_named_before(extract):
    record = extract(
        "访问期间，代表团拜会了中国驻法国大使馆教育处，与公使衔参赞李明就学生交流交换了意见。",
        "zh",
        url="https://news.ncu.edu.cn/a.html",
    )
    person = _people(record)["李明"]
    assert person.organization.name == "中国驻法国大使馆教育处"


def test_the_department_described_by_its_field_is_the_one_of_that_field(extract):
    record = extract(
        "The Hunan Provincial Department of Education and the Department of Commerce of Hunan Province "
        "held the fair. Zhou Ping, deputy director of the provincial education department, spoke.",
        "en",
    )
    assert _people(record)["Zhou Ping"].organization.name == "Hunan Provincial Department of Education"


def test_a_unit_of_an_institution_called_by_a_word_of_its_name(extract):
    record = extract(
        "Nanchang University signed an agreement with the University of Harlow. "
        "Jane Doe, Director of Harlow's China Office, attended the signing.",
        "en",
    )
    assert _people(record)["Jane Doe"].organization.name == "University of Harlow"


def test_chinese_title_joined_to_a_noun_is_no_name(extract):
    record = extract("来自18个国家的成员高校的校长和代表参加会议。", "zh")
    assert not record.people


def test_chinese_modifiers_joined_by_ji_open_the_title(extract):
    record = extract("南昌大学常务及学务副校长李明出席签约仪式。", "zh")
    assert _people(record)["李明"].title == "常务及学务副校长"


def test_a_student_named_with_the_year_of_entry_has_no_office(extract):
    record = extract("江西师范大学举办留学生文化节。该校2022级本科生张小红说，活动让她收获很多。", "zh")
    person = _people(record)["张小红"]
    assert person.title is None
    assert person.organization.name == "江西师范大学"


def test_an_institution_that_is_a_member_is_no_person(extract):
    record = extract("Yangon Tech, a member of the Association of Asian Universities, joined the meeting.", "en")
    assert not record.people


def test_a_unit_named_alone_stays_in_the_title(extract):
    record = extract(
        "5月8日，校长王明会见来宾。机械工程学院院长孙涛、汽车与交通工程学院副院长许明等参加会见。"
        "当天下午，代表团拜会了中国驻蒙古国大使馆，教育处参赞张立新介绍了有关情况。",
        "zh",
    )
    people = _people(record)
    assert people["孙涛"].title == "机械工程学院院长"
    assert people["许明"].title == "汽车与交通工程学院副院长"
    assert people["张立新"].title == "教育处参赞"


def test_a_foreign_name_stops_before_a_form_of_address(extract):
    record = extract("5月8日，德国柏林工业大学副校长安娜·施耐德教授率团来访我校。", "zh")
    assert "安娜·施耐德" in _people(record)


def test_members_of_a_delegation_list_keep_the_visitors_institution(extract):
    record = extract(
        "5月8日，德国柏林工业大学代表团一行来访我校。代表团成员包括柏林工业大学国际办公室主任安娜·施耐德、"
        "机械工程学院院长托马斯·穆勒教授及中国联络处主任李强。校长王明会见了代表团，副校长赵华、外国语学院院长陈伟参加会见。",
        "zh",
    )
    people = _people(record)
    for name in ("托马斯·穆勒", "李强"):
        assert people[name].organization.name == "柏林工业大学"
    assert people["托马斯·穆勒"].title == "机械工程学院院长"
    assert people["李强"].title == "中国联络处主任"
    assert people["陈伟"].organization is None  # the host's (the publisher's, none here), not the visitors'


def test_an_office_owned_by_a_short_name_after_the_comma(extract):
    record = extract(
        "Harlow University and Nanchang University signed an agreement. It was signed by Jane Doe, "
        "Harlow provost and executive vice president, and by Professor John Smith, Harlow's "
        "Pro-Vice-Chancellor (International).",
        "en",
    )
    people = _people(record)
    assert (people["Jane Doe"].title, people["Jane Doe"].organization.name) == (
        "provost and executive vice president",
        "Harlow University",
    )
    assert people["John Smith"].title == "Pro-Vice-Chancellor (International)"
    assert "Professor John Smith" not in people


def test_mr_without_a_period_is_no_part_of_the_name(extract):
    record = extract("Mr David Green, Consul-General of the British Consulate-General in Wuhan, attended.", "en")
    assert "David Green" in _people(record)


def test_an_officer_of_the_body_named_before_where(extract):
    record = extract(
        "The delegation from Harlow University visited Nanchang University, where Vice President Wang Ming "
        "received them.",
        "en",
    )
    assert _people(record)["Wang Ming"].organization.name == "Nanchang University"


def test_a_notices_contact_person_has_no_office(extract):
    record = extract(
        "江西省教育厅关于公布中外合作办学项目的通知。\n\n联系人：国际合作与交流处　王小红，电话：0791-00000000\n",
        "zh",
    )
    person = _people(record)["王小红"]
    assert person.title is None
    assert "国际合作与交流处" not in person.name
