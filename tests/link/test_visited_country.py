"""The country a trip's page names once carries to the unlisted universities visited there (made-up pages)."""

from pipeline.link.countries import visited_country


def test_the_one_foreign_country_named_before_is_the_trip_s():
    text = "A delegation of Hunan Normal University paid a working visit to South Korea. It was received at Hallim X."
    assert visited_country(text, text.index("Hallim"), "university", "en") == "KR"
    assert visited_country(text, text.index("South"), "university", "en") is None  # (named after it: none)


def test_several_countries_say_not_which():
    text = "The delegation visited Vietnam and Laos. It was received at Mekong Delta X."
    assert visited_country(text, text.index("Mekong"), "university", "en") is None


def test_china_and_words_holding_a_country_name_are_no_destination():
    text = "Universities in China and Latin America met in Inner Mongolia. 代表团访问内蒙古，走访某某大学"
    assert visited_country(text, len(text) - 1, "university", "en") is None
    assert visited_country(text, len(text) - 1, "university", "zh") is None
    text = "3月14日，代表团赴马来西亚访问。16日，代表团走访某某大学"
    assert visited_country(text, text.index("某某"), "university", "zh") == "MY"


def test_only_a_university_takes_the_trip_s_country():
    text = "The delegation paid a visit to Thailand. It toured Bangna College."
    assert visited_country(text, text.index("Bangna"), "college", "en") is None


def test_a_visited_university_with_no_country_of_its_own_takes_the_trip_s(extract):
    record = extract(
        "From March 9 to 13, a delegation of Hunan Normal University paid a working visit to South Korea."
        " On March 10, the delegation was received at Hallim Sejong University, and the two universities"
        " signed an agreement.",
        "en",
    )
    assert [(p.foreign.name, p.foreign_country) for p in record.partnerships] == [("Hallim Sejong University", "KR")]
