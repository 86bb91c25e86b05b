"""Names the gazetteer does not list: numbered universities, schools named by fields joined by
与, hyphened places after a heads-first name; and the country of a body two countries share."""

from support import names


def test_a_numbered_city_university_is_one_name(extract):
    record = extract("6月17日，南昌大学与法国图卢兹第一大学签署合作协议，并访问了里昂第二大学。", "zh")
    found = {i.name: i for i in record.institutions}
    assert "图卢兹第一大学" in found and found["图卢兹第一大学"].country == "FR"
    assert "里昂第二大学" in found


def test_an_ordinal_after_a_country_ranks_no_university(extract):
    record = extract("南昌大学是全国第一大学。", "zh")
    assert not any(name.endswith("第一大学") for name in names(record.institutions))


def test_a_school_named_by_fields_joined_by_yu_is_no_institution(extract):
    record = extract("11月20日，美国密歇根州立大学农业与自然资源学院院长一行来访南昌大学。", "zh")
    assert not any("学院" in name for name in names(record.institutions))


def test_a_heads_first_name_ending_in_a_hyphened_place_is_kept(extract):
    record = extract("Nanchang University signed an agreement with Université Paris-Saclay in France.", "en")
    assert "Université Paris-Saclay" in names(record.institutions)


def test_a_listed_sino_russian_alliance_has_no_single_country(extract):
    record = extract(
        "Harbin Institute of Technology hosted the forum of the Association of Sino-Russian Technical Universities.",
        "en",
    )
    found = {i.name: i for i in record.institutions}
    assert found["Association of Sino-Russian Technical Universities"].country is None
    assert found["Harbin Institute of Technology"].country == "CN"


def test_a_china_central_asia_alliance_written_with_an_en_dash_has_no_country(extract):
    record = extract(
        "Tashkent State Agrarian University joined the China–Central Asia Agricultural Universities Alliance.", "en"
    )
    found = {i.name: i for i in record.institutions}
    assert found["China–Central Asia Agricultural Universities Alliance"].country is None


def test_a_country_glued_to_an_unlisted_name_is_no_part_of_it(extract):
    # the tokenizer reads 法国巴黎 as one word: the country cannot be cut off by words
    record = extract("代表团访问了法国巴黎第十一大学，并会见了比利时驻华大使馆官员。", "zh")
    found = {i.name: i for i in record.institutions}
    assert "巴黎第十一大学" in found and found["巴黎第十一大学"].country == "FR"
    assert "比利时驻华大使馆" in found
