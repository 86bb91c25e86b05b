"""Genre probes, session 15 (wave 2): institution names where wave 1's new bulletins found misses —
a unit of "the University" the page speaks for, a country written after a name's "of" when the
country's own name holds an "of" (the Republic of Korea), a country before a Chinese name whose
English form holds the country (越南河内国家大学), a name going on with "on" + its topic (Global
Alliance of Universities on Climate), a research centre's kind, an event's ordinal (第五届…论坛) and
a phrase that only ends in a head word (纳入国家普通高等学校). Each probe gives the names a careful
reader lists and words that are no institution."""

from __future__ import annotations

import pytest
from support import names

from pipeline.nlp.institution_patterns import research_named_by_two_sides

PROBES = [
    # (language, text, names listed, names not listed)
    # 1. "the University's <unit>": a unit of the university the page is on, no institution
    (
        "en",
        "The University's Division of Sciences hosted visitors from Nanchang University.",
        ["Nanchang University"],
        ["University's Division of Sciences"],
    ),
    (
        "en",
        "Nanchang University welcomed the guests. The University's Faculty of Engineering showed its laboratories.",
        ["Nanchang University"],
        ["University's Faculty of Engineering"],
    ),
    (
        "en",
        "Jiangxi Normal University signed with the University of Leeds. The College's Department of Nursing teaches.",
        ["Jiangxi Normal University", "University of Leeds"],
        ["College's Department of Nursing"],
    ),
    # 2. a country after "of" whose own name holds "of": a cue, not the name
    (
        "en",
        "Kyungpook National University of the Republic of Korea signed an agreement with Jiangxi Normal University.",
        ["Kyungpook National University", "Jiangxi Normal University"],
        ["Kyungpook National University of the Republic of Korea"],
    ),
    (
        "en",
        "Jiangxi Normal University hosted a delegation from Seoul National University of the Republic of Korea.",
        ["Jiangxi Normal University", "Seoul National University"],
        ["Seoul National University of the Republic of Korea"],
    ),
    (
        "en",
        "Belarusian State University of the Republic of Belarus and Nanchang University renewed their agreement.",
        ["Belarusian State University", "Nanchang University"],
        ["Belarusian State University of the Republic of Belarus"],
    ),
    (
        "en",
        "Teachers from Mahidol University of Thailand visited Nanchang University.",
        ["Mahidol University", "Nanchang University"],
        ["Mahidol University of Thailand"],
    ),
    (
        "en",
        "Renmin University of China and the University of Science and Technology of China attended.",
        ["Renmin University of China", "University of Science and Technology of China"],
        [],
    ),
    # 4. two listed names joined by a hyphen with no space ("...Economics-Griffith"): a pair, no compound
    (
        "en",
        "The Jiangxi University of Finance and Economics-Griffith University programme admitted students.",
        ["Jiangxi University of Finance and Economics", "Griffith University"],
        ["Economics-Griffith University", "Jiangxi University of Finance"],
    ),
    (
        "en",
        "Graduates of the Jiangxi Normal University-University of Leeds programme received two degrees.",
        ["Jiangxi Normal University", "University of Leeds"],
        [],
    ),
    (
        "en",
        "The University of Michigan-Shanghai Jiao Tong University Joint Institute celebrated its anniversary.",
        ["University of Michigan-Shanghai Jiao Tong University Joint Institute"],
        ["University of Michigan"],
    ),
    (
        "en",
        "They promote Industry-University-Research cooperation with Nanchang University.",
        ["Nanchang University"],
        [],
    ),
    # 3. a country before a Chinese name: a cue, also when the English name holds the country
    ("zh", "越南河内国家大学代表团访问江西师范大学。", ["河内国家大学", "江西师范大学"], ["越南河内国家大学"]),
    ("zh", "11月10日，景德镇陶瓷大学与越南河内国家大学签订学生交流协议。", ["景德镇陶瓷大学", "河内国家大学"], []),
    ("zh", "南昌大学同英国伦敦玛丽女王大学续签合作协议。", ["南昌大学", "伦敦玛丽女王大学"], []),
    ("zh", "俄罗斯人民友谊大学代表团到访江西师范大学。", ["俄罗斯人民友谊大学", "江西师范大学"], ["人民友谊大学"]),
    ("zh", "白俄罗斯国立大学与江西财经大学签署合作协议。", ["白俄罗斯国立大学", "江西财经大学"], []),
    # 5. research centres, events' ordinals
    ("zh", "江西师范大学与俄罗斯合作成立中俄文化研究中心。", ["江西师范大学", "中俄文化研究中心"], []),
    ("zh", "第五届中俄大学校长论坛在江西师范大学举行。", ["江西师范大学"], ["第五届中俄大学", "中俄大学"]),
    ("zh", "首届中非大学校长对话会在南昌大学召开。", ["南昌大学"], ["首届中非大学", "中非大学"]),
    ("zh", "南昌大学承办第三届中国—东盟大学论坛。", ["南昌大学"], ["第三届中国—东盟大学"]),
    ("zh", "第十二次中俄大学校长会议在江西财经大学举行。", ["江西财经大学"], ["第十二次中俄大学"]),
    ("zh", "江西农业大学与肯尼亚合作共建中非农业研究中心。", ["江西农业大学", "中非农业研究中心"], []),
    ("zh", "江西师范大学与英国利兹大学共建中英农业研究中心。", ["江西师范大学", "利兹大学", "中英农业研究中心"], []),
    ("zh", "中南大学湘雅医学研究中心与英国利兹大学合作。", ["中南大学", "利兹大学"], ["湘雅医学研究中心"]),
    ("zh", "南昌大学加入中非大学联盟。", ["南昌大学", "中非大学联盟"], ["中非大学"]),
    # 6. a phrase that only ends in a head word
    ("zh", "该项目纳入国家普通高等学校招生计划。", [], ["项目纳入国家普通高等学校", "纳入国家普通高等学校"]),
    ("zh", "合作办学项目已列入全国普通高等学校招生计划，南昌大学负责招生。", ["南昌大学"], ["列入全国普通高等学校"]),
    # 7. a name going on with "on" + its topic
    (
        "en",
        "The Global Alliance of Universities on Climate held its annual meeting at Tsinghua University.",
        ["Global Alliance of Universities on Climate", "Tsinghua University"],
        ["Global Alliance of Universities"],
    ),
    (
        "en",
        "In May, Shaanxi Normal University joined the Global Alliance of Universities on Climate (GAUC).",
        ["Shaanxi Normal University", "Global Alliance of Universities on Climate"],
        ["Global Alliance of Universities"],
    ),
    (
        "en",
        "The China-ASEAN Research Centre on Water Resources signed an agreement with Nanchang University.",
        ["China-ASEAN Research Centre on Water Resources", "Nanchang University"],
        [],
    ),
    (
        "en",
        "Nanchang University on Monday signed an agreement with the University of Leeds.",
        ["Nanchang University", "University of Leeds"],
        ["Nanchang University on Monday"],
    ),
    (
        "en",
        "The Sino-Russian Alliance of Universities on Tuesday met in Nanchang.",
        ["Sino-Russian Alliance of Universities"],
        ["Sino-Russian Alliance of Universities on Tuesday"],
    ),
    (
        "en",
        "They opened the SEU-NUS Joint Laboratory for Intelligent Transportation on SEU's Jiulonghu campus.",
        ["SEU-NUS Joint Laboratory for Intelligent Transportation"],
        ["SEU-NUS Joint Laboratory for Intelligent Transportation on SEU"],
    ),
    (
        "en",
        "The partners opened the Sino-British Research Centre on Nanchang University's campus.",
        ["Sino-British Research Centre", "Nanchang University"],
        ["Sino-British Research Centre on Nanchang University"],
    ),
    (
        "en",
        "The Asia-Pacific Alliance of Universities for Sustainable Development met in Nanchang.",
        ["Asia-Pacific Alliance of Universities for Sustainable Development"],
        [],
    ),
]


@pytest.mark.parametrize(("language", "text", "listed", "not_listed"), PROBES)
def test_names_as_a_careful_reader_lists_them(extract, language, text, listed, not_listed):
    found = set(names(extract(text, language).institutions))
    assert set(listed) <= found, f"missing {set(listed) - found}"
    assert not set(not_listed) & found


KINDS = [
    # (language, text, name, kind, country)
    ("zh", "江西师范大学与俄罗斯合作成立中俄文化研究中心。", "中俄文化研究中心", "research_institute", "CN"),
    (
        "zh",
        "江西师范大学与英国利兹大学共建的中英教育数字化研究中心揭牌。",
        "中英教育数字化研究中心",
        "research_institute",
        "CN",
    ),
    ("zh", "南昌大学成立江西省稀土材料研发中心。", "江西省稀土材料研发中心", "research_institute", None),
    ("zh", "江西农业大学与肯尼亚合作共建中非农业研究中心。", "中非农业研究中心", "research_institute", "CN"),
    ("zh", "中国教育科学研究院与英国利兹大学签署协议。", "中国教育科学研究院", "research_institute", "CN"),
    ("zh", "越南河内国家大学代表团访问江西师范大学。", "河内国家大学", "university", "VN"),
    (
        "en",
        "Kyungpook National University of the Republic of Korea signed an agreement with Jiangxi Normal University.",
        "Kyungpook National University",
        "university",
        "KR",
    ),
    (
        "en",
        "Nanchang University joined the Global Alliance of Universities on Climate.",
        "Global Alliance",
        "alliance",
        None,
    ),
]


@pytest.mark.parametrize(("language", "text", "name", "kind", "country"), KINDS)
def test_kind_and_country_of_the_name(extract, language, text, name, kind, country):
    found = [i for i in extract(text, language).institutions if i.name.startswith(name)]
    assert found, f"{name} not found"
    assert found[0].kind == kind
    if country is not None:
        assert found[0].country == country


def test_a_centre_named_by_two_sides_is_their_joint_research():
    # (the partnership is the two universities', not the centre's with one of them)
    assert research_named_by_two_sides("中英教育数字化研究中心")
    assert research_named_by_two_sides("中非农业研究中心")
    assert not research_named_by_two_sides("中国教育科学研究院")  # 中国 alone names no pair
    assert not research_named_by_two_sides("中南大学湘雅医学研究中心")  # a university's own centre
    assert not research_named_by_two_sides("中俄工科大学联盟")
