"""Government bodies named in bulletins link to one gazetteer entry across languages and scripts."""

import pytest


@pytest.mark.parametrize(
    ("chinese", "english"),
    [
        ("本屆瓷博會由商務部、江西省人民政府主辦。", "The fair was hosted by China's Ministry of Commerce."),
        ("国家卫健委、国家发改委有关负责人出席。", "Officials of the National Health Commission attended."),
        ("香港特别行政区政府教育局副局长出席。", "The Education Bureau of the HKSAR Government sent officials."),
        ("澳門特別行政區政府教育及青年發展局局長出席。", "The Education and Youth Development Bureau sent officials."),
    ],
)
def test_a_body_links_to_the_same_entry_in_both_languages(extract, chinese, english):
    zh = extract(chinese, "zh").institutions
    en = extract(english, "en").institutions
    assert zh[0].kind == en[0].kind == "government"
    assert zh[0].canonical_id is not None and zh[0].canonical_id == en[0].canonical_id
    assert zh[0].name_en == en[0].name_en and zh[0].name_zh == en[0].name_zh
