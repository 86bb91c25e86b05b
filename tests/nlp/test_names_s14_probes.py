"""Genre probes, session 14: how bulletins write institution names — short forms after (or without)
the full name, joint institutes and joint laboratories written in full, renamed universities by their
old names, provincial universities and the foreign partners of their joint programmes. Each probe
gives the names a careful reader lists and the words that are no institution of their own."""

from __future__ import annotations

import pytest
from support import names

PROBES = [
    # (language, text, names listed, names not listed)
    (
        "zh",
        "11月21日，浙江大学与英国爱丁堡大学签署合作协议。浙大校长出席签约仪式。",
        ["浙江大学", "爱丁堡大学"],
        ["浙大"],
    ),
    ("zh", "江西师大与英国利兹大学签署合作协议，双方将互派交换生。", ["江西师大", "利兹大学"], []),
    (
        "zh",
        "浙江工商大学萨塞克斯人工智能学院举行2025级新生开学典礼。",
        ["浙江工商大学萨塞克斯人工智能学院"],
        ["浙江工商大学"],
    ),
    ("zh", "中南林业科技大学班戈学院迎来首届英国籍教师。", ["中南林业科技大学班戈学院"], ["中南林业科技大学"]),
    (
        "zh",
        "浙江大学爱丁堡大学联合学院与浙江大学伊利诺伊大学厄巴纳香槟校区联合学院联合举办学术论坛。",
        ["浙江大学爱丁堡大学联合学院", "浙江大学伊利诺伊大学厄巴纳香槟校区联合学院"],
        ["爱丁堡大学"],
    ),
    ("zh", "10月29日，中俄稀土新材料联合实验室在赣州揭牌。", ["中俄稀土新材料联合实验室"], []),
    ("zh", "11月20日，中泰语言文化联合研究中心在长沙揭牌成立。", ["中泰语言文化联合研究中心"], []),
    (
        "zh",
        "由江西农业大学与新西兰林肯大学共建的“中新智慧农业联合实验室”正式启用。",
        ["中新智慧农业联合实验室", "江西农业大学", "林肯大学"],
        [],
    ),
    ("zh", "双方签署协议，决定共同筹建中德智能制造联合研究中心。", [], ["中德智能制造联合研究中心"]),
    (
        "zh",
        "11月20日，浙大宁波理工学院与英国考文垂大学在宁波续签合作协议。",
        ["浙大宁波理工学院", "考文垂大学"],
        ["浙大"],
    ),
    ("zh", "浙大城市学院代表团访问了马来西亚博特拉大学。", ["浙大城市学院", "马来西亚博特拉大学"], ["浙大"]),
    ("zh", "浙江科技学院与德国不来梅大学续签合作协议。", ["浙江科技学院", "不来梅大学"], []),
    ("zh", "嘉兴学院与意大利都灵理工大学签署合作备忘录。", ["嘉兴学院", "都灵理工大学"], []),
    ("zh", "绍兴文理学院与泰国东方大学共建国际中文教育实践基地。", ["绍兴文理学院", "东方大学"], []),
    ("zh", "湖州师范学院、台州学院和嘉兴大学的代表出席了会议。", ["湖州师范学院", "台州学院", "嘉兴大学"], []),
    ("zh", "五邑大学与澳门科技大学签署合作协议。", ["五邑大学", "澳门科技大学"], []),
    ("zh", "湘潭大学、吉首大学与南华大学分别与俄罗斯高校签署了合作协议。", ["湘潭大学", "吉首大学", "南华大学"], []),
    ("zh", "昆明理工大学与老挝国立大学共建的澜湄职业教育基地揭牌。", ["昆明理工大学", "老挝国立大学"], []),
    ("zh", "广东工业大学与英国邓迪大学签署“3+1”联合培养协议。", ["广东工业大学", "邓迪大学"], []),
    (
        "zh",
        "河南农业大学与新西兰林肯大学合作举办的动物科学专业本科教育项目获教育部批准。",
        ["河南农业大学", "林肯大学"],
        [],
    ),
    ("zh", "山东农业大学代表团访问白俄罗斯国立农业技术大学。", ["山东农业大学"], []),
    ("zh", "兰州财经大学与哈萨克斯坦国立经济大学签署合作备忘录。", ["兰州财经大学"], []),
    ("zh", "黑河学院与俄罗斯阿穆尔国立大学联合举办中俄大学生艺术节。", ["黑河学院"], []),
    ("zh", "天水师范学院与吉尔吉斯国立技术大学签署合作协议。", ["天水师范学院", "吉尔吉斯国立技术大学"], []),
    (
        "en",
        "Southeast University (SEU) and the National University of Singapore (NUS) signed an agreement on Friday. "
        "NUS will send ten doctoral students to SEU.",
        ["Southeast University", "National University of Singapore"],
        ["NUS", "SEU"],
    ),
    ("en", "SJTU signed an agreement with NUS on Friday.", ["SJTU", "NUS"], []),
    (
        "en",
        "Students of the University of Michigan-Shanghai Jiao Tong University Joint Institute won the contest.",
        ["University of Michigan-Shanghai Jiao Tong University Joint Institute"],
        [],
    ),
    (
        "en",
        "Hangzhou City University signed a memorandum of understanding with the University of Surrey.",
        ["Hangzhou City University", "University of Surrey"],
        [],
    ),
    (
        "en",
        "NingboTech University and Coventry University renewed their 2+2 programme agreement on Nov. 20.",
        ["NingboTech University", "Coventry University"],
        [],
    ),
    (
        "en",
        "A delegation from Zhejiang A&F University visited Kasetsart University in Bangkok.",
        ["Zhejiang A&F University", "Kasetsart University"],
        [],
    ),
    (
        "en",
        "Chengdu University of Information Technology and the University of Reading launched a joint programme.",
        ["Chengdu University of Information Technology", "University of Reading"],
        [],
    ),
    (
        "en",
        "The Sussex Artificial Intelligence Institute of Zhejiang Gongshang University held its opening ceremony.",
        ["Sussex Artificial Intelligence Institute of Zhejiang Gongshang University"],
        [],
    ),
    (
        "en",
        "Kyrgyz State Technical University signed an agreement with Tianshui Normal University.",
        ["Kyrgyz State Technical University", "Tianshui Normal University"],
        [],
    ),
]


@pytest.mark.parametrize(("language", "text", "listed", "not_listed"), PROBES)
def test_names_as_a_careful_reader_lists_them(extract, language, text, listed, not_listed):
    found = set(names(extract(text, language).institutions))
    assert set(listed) <= found, f"missing {set(listed) - found}"
    assert not set(not_listed) & found
