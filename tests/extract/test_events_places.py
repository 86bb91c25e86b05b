"""Where a happening took place, as bulletins write it: a city after "in"/"at"/"visited" (also
opening a sentence), 在/抵达 + city; a province names a region, not the place."""


def _places(record) -> list[tuple[str, str | None]]:
    return [(e.kind, e.location) for e in record.events]


def test_a_province_is_a_region_and_the_city_in_the_sentence_is_the_place(extract):
    record = extract(
        "On May 19, six vocational colleges in Hunan signed agreements with Egerton University, Kenya, "
        "at a ceremony in Changsha.",
        "en",
        published="2025-05-21",
    )
    assert _places(record) == [("signing", "Changsha")]


def test_a_province_alone_gives_no_place(extract):
    record = extract(
        "On April 23, Nanchang University, one of the leading universities in Jiangxi, signed a memorandum "
        "with Harlow University, UK.",
        "en",
        published="2024-04-24",
    )
    assert _places(record) == [("signing", None)]


def test_a_sentence_opening_with_in_gives_the_place(extract):
    record = extract(
        "In Dublin on May 12, Ocean University of China and University College Dublin signed an agreement.",
        "en",
        published="2023-05-16",
    )
    assert _places(record) == [("signing", "Dublin")]


def test_the_city_a_delegation_visited_is_the_place(extract):
    record = extract(
        "On October 8, a delegation from Harlow University, UK, visited Nanchang to meet Nanchang University.",
        "en",
        published="2024-10-10",
    )
    assert _places(record) == [("visit", "Nanchang")]


def test_chinese_arrival_and_province(extract):
    record = extract(
        "泰国宋卡王子大学代表团一行6人10月8日抵达赣州，与赣南医科大学签署合作备忘录。"
        "10月9日，江西师范大学在江西与澳大利亚哈洛大学签署合作协议。",
        "zh",
        published="2024-10-10",
    )
    assert ("visit", "赣州") in _places(record) or ("signing", "赣州") in _places(record)
    assert all(place != "江西" for _, place in _places(record))


def test_a_traditional_script_page_gives_the_place_as_written(extract):
    record = extract(
        "10月19日，景德鎮陶瓷大學與英國斯塔福德郡大學在景德鎮簽署合作備忘錄。", "zh", published="2024-10-21"
    )
    assert _places(record) == [("signing", "景德鎮")]


def test_a_tour_told_first_without_a_place_has_no_one_place(extract):
    text = (
        "11月19日—23日，江西师范大学代表团访问白俄罗斯和俄罗斯。\n\n"
        "19日，代表团在明斯克访问白俄罗斯国立大学。\n\n"
        "22日，代表团抵达喀山，访问喀山联邦大学。"
    )
    visits = [e for e in extract(text, "zh", published="2025-11-25").events if e.kind == "visit"]
    assert [(v.date, v.location) for v in visits] == [("2025-11-19", None)]


def test_a_visit_placed_by_its_first_mention_keeps_that_place(extract):
    text = (
        "On May 18, a delegation from Sichuan University visited Pittsburgh, USA.\n\n"
        "On May 20, the delegation visited Carnegie Mellon University in Boston."
    )
    visits = [e for e in extract(text, "en", published="2025-05-23").events if e.kind == "visit"]
    assert [(v.date, v.location) for v in visits] == [("2025-05-18", "Pittsburgh")]


def test_a_citys_one_character_name_is_a_place_only_before_an_event_word(extract):
    held = extract("10月24日，北京师范大学与圣彼得堡国立大学在京签署合作协议。", "zh", published="2025-10-27")
    assert _places(held) == [("signing", "京")]
    company = extract(
        "10月24日，北京师范大学在京东方科技园与圣彼得堡国立大学签署合作协议。", "zh", published="2025-10-27"
    )
    assert _places(company) == [("signing", None)]


def test_an_approval_has_no_place(extract):
    text = (
        "On May 30, the Ministry of Education approved the joint college of Lincoln University and "
        "Henan Agricultural University in Zhengzhou."
    )
    record = extract(text, "en", published="2025-06-10")
    assert _places(record) == [("approval", None)]


def test_a_founding_in_a_year_takes_no_place_from_the_news_of_the_sentence(extract):
    text = (
        "On January 7, the University Alliance of the Silk Road, founded in 2015 by Xi'an Jiaotong University, "
        "admitted 12 new members at its annual conference in Xi'an."
    )
    record = extract(text, "en", published="2025-01-09")
    assert [(e.date, e.location) for e in record.events if e.kind == "establishment"] == [(None, None)]


def test_a_visit_to_one_country_is_placed_there_a_tour_of_several_is_not(extract):
    one = extract(
        "From October 8 to 12, a delegation of Hunan University visited three partner universities in the "
        "United Kingdom.",
        "en",
        published="2024-10-15",
    )
    assert _places(one) == [("visit", "United Kingdom")]
    zh_one = extract("12月28日，南昌大学校长率团访问俄罗斯，先后走访俄罗斯交通大学。", "zh", published="2024-01-08")
    assert ("visit", "俄罗斯") in _places(zh_one)
    several = extract("11月19日，南昌大学代表团访问白俄罗斯和俄罗斯，推动合作办学。", "zh", published="2025-11-25")
    assert ("visit", None) in _places(several)
    university = extract("On May 3, a delegation of Nanchang University visited Australian universities.", "en")
    assert all(place is None for _, place in _places(university))


def test_a_dispatchs_dateline_city_places_what_happened_in_the_days_before_it(extract):
    record = extract(
        "XI'AN, Oct. 25 (Xinhua) -- Northwest University and Dundee University signed an agreement on Thursday. "
        "The two universities first signed a memorandum on May 3, 2019.",
        "en",
        published="2024-10-25",
    )
    assert [(e.date, e.location) for e in record.events] == [("2024-10-24", "Xi'an"), ("2019-05-03", None)]


def test_a_chinese_dateline_city_places_an_event_but_not_a_visit(extract):
    record = extract(
        "新华社南昌10月12日电 10日，南昌大学与邓迪大学签署合作协议。\n\n11日，邓迪大学代表团访问江西师范大学。",
        "zh",
        published="2025-10-12",
    )
    assert [(e.kind, e.location) for e in record.events] == [("signing", "南昌"), ("visit", None)]


def test_a_round_up_dispatch_leaves_its_happenings_where_each_party_is(extract):
    record = extract(
        "GUANGZHOU, May 20 (Xinhua) -- Universities in south China's Guangdong Province have signed "
        "several agreements with partners in Italy over the past two weeks, the provincial education "
        "department said on Tuesday.\n\n"
        "On May 12, Sun Yat-sen University signed an agreement with the University of Padua on a joint "
        "master's programme.",
        "en",
        published="2025-05-20",
    )
    assert [e.location for e in record.events if e.kind == "signing"] == [None]


def test_a_chinese_round_up_dispatch_takes_no_place_from_its_dateline(extract):
    record = extract(
        "新华社广州5月20日电 近期，广东多所高校与意大利高校签署合作协议。\n\n"
        "5月12日，中山大学与帕多瓦大学签署合作协议。",
        "zh",
        published="2025-05-20",
    )
    assert [e.location for e in record.events if e.kind == "signing"] == [None]


def test_a_visit_to_one_province_is_placed_there_but_not_a_tour_of_two(extract):
    record = extract("A delegation from Dundee University visited Jiangxi from November 4 to 7.", "en")
    assert [(e.kind, e.location) for e in record.events] == [("visit", "Jiangxi")]
    record = extract("A delegation from Dundee University visited Jiangxi and Hunan from November 4 to 7.", "en")
    assert [(e.kind, e.location) for e in record.events] == [("visit", None)]


def test_a_visit_told_as_a_tour_of_two_countries_takes_no_city_from_a_later_mention(extract):
    record = extract(
        "6月3日至10日，副校长王明率团访问荷兰、比利时，先后走访邓迪大学和鲁汶大学。"
        "6月4日，代表团在代尔夫特访问邓迪大学。",
        "zh",
        published="2025-06-16",
    )
    assert [(e.kind, e.date, e.location) for e in record.events if e.kind == "visit"] == [
        ("visit", "2025-06-03", None)
    ]


def test_a_city_named_after_its_countrys_capital_is_the_place(extract):
    zh = extract(
        "9月8日，代表团在阿拉木图访问哈萨克国立大学。11日，代表团抵达乌兹别克斯坦首都塔什干，"
        "与塔什干国立交通大学签署合作协议。",
        "zh",
        published="2026-09-16",
    )
    assert [(e.date, e.location) for e in zh.events if e.kind == "signing"] == [("2026-09-11", "塔什干")]
    en = extract(
        "On September 11, Nanchang Hangkong University signed an agreement with Tashkent State Transport "
        "University in the Uzbek capital Tashkent.",
        "en",
        published="2026-09-16",
    )
    assert [(e.date, e.location) for e in en.events if e.kind == "signing"] == [("2026-09-11", "Tashkent")]


def test_a_place_that_describes_a_name_or_a_purpose_is_not_the_happenings(extract):
    text = (
        "On 21 October the LMVEA Council Meeting was held in Kunming, co-organized by the Mekong Institute, "
        "an intergovernmental organization in Khon Kaen. On the sidelines of the meeting, Kunming Metallurgy "
        "College and Rajamangala University of Technology Isan signed an agreement to set up a training "
        "centre in Khon Kaen."
    )
    record = extract(text, "en", published="2026-10-23")
    assert [e.location for e in record.events if e.kind == "signing"] == ["Kunming"]
    held = extract(
        "On 21 October, Kunming Metallurgy College signed an agreement with Rajamangala University of "
        "Technology Isan in Khon Kaen.",
        "en",
        published="2026-10-23",
    )
    assert [e.location for e in held.events if e.kind == "signing"] == ["Khon Kaen"]


def test_a_trips_next_stop_flown_to_is_the_place(extract):
    text = (
        "On March 10, the delegation visited the National University of Laos in Vientiane.\n\n"
        "The next day the delegation flew to Phnom Penh. Kunming University of Science and Technology "
        "signed an agreement with the Institute of Technology of Cambodia."
    )
    record = extract(text, "en", published="2025-03-18")
    assert [(e.kind, e.location) for e in record.events if e.kind == "signing"] == [("signing", "Phnom Penh")]


def test_the_place_of_a_plan_is_not_the_signings(extract):
    text = (
        "On 1 July, Westmoor University signed an agreement with Zhengzhou University of Aeronautics to "
        "establish a joint institute that will teach 1,200 students in Zhengzhou."
    )
    record = extract(text, "en", published="2024-07-04")
    assert [e.location for e in record.events if e.kind == "signing"] == [None]
    held = "On 1 July, Westmoor University signed an agreement with Zhengzhou University of Aeronautics in Zhengzhou."
    held = extract(held, "en", published="2024-07-04")
    assert [e.location for e in held.events if e.kind == "signing"] == ["Zhengzhou"]


def test_a_city_heading_a_trips_stop_places_its_paragraphs(extract):
    text = (
        "From March 9 to 15, a delegation of Kunming University of Science and Technology visited Laos and "
        "Thailand.\n\nVientiane: a joint centre\n\nOn the 10th, the delegation called on the National University "
        "of Laos. The two universities signed a memorandum of understanding.\n\nBangkok: a dual degree\n\n"
        "On Thursday, the delegation and King Mongkut's University of Technology Thonburi signed an agreement."
    )
    record = extract(text, "en", published="2025-03-18")
    signings = [e.location for e in record.events if e.kind == "signing"]
    assert signings == ["Vientiane", "Bangkok"]
    note = extract("Note: the delegation signed an agreement with the National University of Laos.", "en")
    assert [e.location for e in note.events if e.kind == "signing"] == [None]


def test_a_signing_held_online_has_no_place(extract):
    text = (
        "On November 3, Kansas State University and Northwest A&F University, in Yangling, signed a "
        "dual-degree agreement in a ceremony held entirely online."
    )
    record = extract(text, "en", published="2025-11-10")
    assert [(e.kind, e.location) for e in record.events] == [("signing", None)]
    online = "3月31日，江西师范大学与图阿马西纳大学在南昌通过视频连线方式签署合作协议。"
    zh = extract(online, "zh", published="2022-04-02")
    assert [(e.kind, e.location) for e in zh.events] == [("signing", None)]
    here = extract("3月31日，江西师范大学与图阿马西纳大学在南昌签署合作协议。", "zh", published="2022-04-02")
    assert [(e.kind, e.location) for e in here.events] == [("signing", "南昌")]


def test_a_visit_told_as_a_tour_of_two_countries_has_no_one_place(extract):
    text = (
        "5月12日至18日，东华理工大学校长刘勇率团出访两国，访问了萨特巴耶夫大学和塔什干国立技术大学。\n\n"
        "16日，代表团抵达塔什干，访问塔什干国立技术大学。"
    )
    record = extract(text, "zh", published="2025-05-26")
    assert [(e.kind, e.location) for e in record.events if e.kind == "visit"] == [("visit", None)]


def test_where_a_secretariat_moves_is_not_where_the_paragraphs_signing_was(extract):
    text = (
        "The 2025 General Assembly of the Yangtze-Danube University Alliance was held in Vienna on 9 October.\n\n"
        "The assembly elected Wuhan University as chair, and the secretariat moves to Hohai University in Nanjing.\n\n"
        "On 9 October, Wuhan University and BOKU University also signed a memorandum of understanding."
    )
    record = extract(text, "en", published="2025-10-14")
    assert [e.location for e in record.events if e.kind == "signing"] == ["Vienna"]


def test_a_presidents_delegation_abroad_is_a_visit_from_its_first_day(extract):
    text = (
        "9月7日至13日，校长郑南率团出访哈萨克斯坦、乌兹别克斯坦，先后走访4所高校。\n\n"
        "9月8日，代表团在阿拉木图访问阿里-法拉比哈萨克国立大学。"
    )
    record = extract(text, "zh", published="2026-09-16")
    assert [(e.kind, e.date, e.location) for e in record.events if e.kind == "visit"] == [("visit", "2026-09-07", None)]


def test_a_delegation_going_to_a_country_is_a_visit_there(extract):
    text = "5月6日至12日，省教育厅组织8所高校组成代表团赴泰国开展职业教育交流活动。"
    record = extract(text, "zh", published="2025-05-15")
    assert [(e.kind, e.date, e.location) for e in record.events] == [("visit", "2025-05-06", "泰国")]


def test_students_going_abroad_to_study_are_no_visit(extract):
    text = "5月6日，南昌大学与泰国清迈大学签署协议，首批学生将于9月赴泰国学习。"
    record = extract(text, "zh", published="2025-05-15")
    assert "visit" not in [e.kind for e in record.events]


def test_a_working_visit_to_a_country_is_placed_there(extract):
    text = "From June 2 to 6, a delegation from Hunan University paid a working visit to Portugal."
    record = extract(text, "en", published="2025-06-10")
    assert [(e.kind, e.date, e.location) for e in record.events] == [("visit", "2025-06-02", "Portugal")]


def test_a_visit_to_a_university_is_not_placed_in_a_country_it_names(extract):
    text = "From June 2 to 6, a delegation from Hunan University paid a visit to Portugal's University of Lisbon."
    record = extract(text, "en", published="2025-06-10")
    assert [e.location for e in record.events if e.kind == "visit"] != ["Portugal"]


def test_a_visit_to_hong_kong_written_by_its_one_character_name(extract):
    text = "6月3日至5日，湖南高校代表团访港，其间到访香港中文大学。"
    record = extract(text, "zh", published="2025-06-08")
    assert [(e.kind, e.location) for e in record.events if e.kind == "visit"] == [("visit", "港")]


def test_a_one_character_name_inside_a_word_is_no_place(extract):
    text = "6月3日，香港中文大学代表团来访湖南大学，参观了访港学生成果展。"
    record = extract(text, "zh", published="2025-06-08")
    assert "港" not in [e.location for e in record.events]
