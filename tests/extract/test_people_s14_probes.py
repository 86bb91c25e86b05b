"""Probes (session 14): people written in ways the corpus under-covers (GENRE.md "Roles and people";
GUIDE "people"): officials of government bodies (Director-General, Deputy Director-General, division
directors; 厅长, 副厅长, 处长, 一级/二级巡视员), foreign academics (Pro-Vice-Chancellor (International),
Provost, Dean of the Faculty of ..., Rector, Prorector), names with titles after them (李明教授, 张华院士,
王芳博士), education officers of missions (教育参赞, 教育专员), party secretaries, people listed with
"and"/、 sharing one organisation, and an organisation given once for several people in a row. Each probe
is made up in the way bulletins write, with the (name, title, organisation) a careful reader takes."""

import pytest
from support import check_people

NCU_EN = "https://en.ncu.edu.cn/a.htm"  # a page of Nanchang University's English site: it is the publisher
NCU_ZH = "https://news.ncu.edu.cn/a.htm"

EN_PROBES = [
    (
        "The visit was led by Mr Huang Jianping, Director-General of the Department of Education of Hubei "
        "Province, who was accompanied by Ms Tan Li, Deputy Director-General, and Mr Xu Bo, Director of the "
        "International Cooperation and Exchange Division.",
        NCU_EN,
        [
            ("Huang Jianping", "Director-General", "Department of Education of Hubei Province"),
            ("Tan Li", "Deputy Director-General", "Department of Education of Hubei Province"),
            (
                "Xu Bo",
                "Director of the International Cooperation and Exchange Division",
                "Department of Education of Hubei Province",
            ),
        ],
    ),
    (
        "The visit was led by Mr Huang Jianping, Director-General of the Department of Education of Hubei "
        "Province, who was accompanied by Ms Tan Li, Deputy Director-General.",
        None,
        [
            ("Huang Jianping", "Director-General", "Department of Education of Hubei Province"),
            ("Tan Li", "Deputy Director-General", "Department of Education of Hubei Province"),
        ],
    ),
    (
        "Professor Zhang Hui and Professor Wang Lu of Huazhong University of Science and Technology attended "
        "the talks.",
        None,
        [
            ("Zhang Hui", "Professor", "Huazhong University of Science and Technology"),
            ("Wang Lu", "Professor", "Huazhong University of Science and Technology"),
        ],
    ),
    (
        "Also present were Professor Jane Doe, President of Harlow University, and Professor Li Hua and "
        "Professor Zhang Wei of Nanchang University.",
        None,
        [
            ("Jane Doe", "President", "Harlow University"),
            ("Li Hua", "Professor", "Nanchang University"),
            ("Zhang Wei", "Professor", "Nanchang University"),
        ],
    ),
    (
        "Professor Anna Nowak, Rector of Warsaw University of Technology, signed the agreement.",
        None,
        [("Anna Nowak", "Rector", "Warsaw University of Technology")],
    ),
    (
        "Professor Jan Kowalski, Prorector for International Cooperation of Warsaw University of Technology, "
        "joined the talks.",
        None,
        [("Jan Kowalski", "Prorector for International Cooperation", "Warsaw University of Technology")],
    ),
    (
        "The guests were received by Professor Ann Lee, Provost of Harlow University, and Professor Tom Hart, "
        "Dean of the Faculty of Law.",
        None,
        [
            ("Ann Lee", "Provost", "Harlow University"),
            ("Tom Hart", "Dean of the Faculty of Law", "Harlow University"),
        ],
    ),
    (
        "Professor Sarah Gibbs, Dean of the Faculty of Arts and Social Sciences at Harlow University, gave a lecture.",
        None,
        [("Sarah Gibbs", "Dean of the Faculty of Arts and Social Sciences", "Harlow University")],
    ),
    (
        "Professor Mark Bell, Pro-Vice-Chancellor (International) of the University of Leeds, met the delegation.",
        None,
        [("Mark Bell", "Pro-Vice-Chancellor (International)", "University of Leeds")],
    ),
    (
        "Professor John Smith, Provost and Senior Vice-President of Harlow University, spoke at the opening.",
        None,
        [("John Smith", "Provost", "Harlow University")],
    ),
    (
        "Chen Gang, Director of the International Cooperation and Exchange Division of the Jiangxi Provincial "
        "Department of Education, attended the ceremony.",
        None,
        [
            (
                "Chen Gang",
                "Director of the International Cooperation and Exchange Division",
                "Jiangxi Provincial Department of Education",
            )
        ],
    ),
    (
        "Wang Ming, Deputy Director-General of the Jiangxi Provincial Department of Education, and Li Hua, "
        "Director of the International Cooperation and Exchange Division, accompanied the guests.",
        None,
        [
            ("Wang Ming", "Deputy Director-General", "Jiangxi Provincial Department of Education"),
            (
                "Li Hua",
                "Director of the International Cooperation and Exchange Division",
                "Jiangxi Provincial Department of Education",
            ),
        ],
    ),
    (
        "Ms Gao Ying, Education Counsellor of the Chinese Embassy in the UK, attended the ceremony.",
        None,
        [("Gao Ying", "Education Counsellor", "Chinese Embassy in the UK")],
    ),
    (
        "Li Hua, Party Secretary of Nanchang University, and Wang Ming, President of Harlow University, met "
        "the guests.",
        None,
        [("Li Hua", "Party Secretary", "Nanchang University"), ("Wang Ming", "President", "Harlow University")],
    ),
    (
        "The delegation met Professor Jane Doe, Vice-Chancellor of Harlow University. Professor Doe said the "
        "partnership would grow.",
        None,
        [("Jane Doe", "Vice-Chancellor", "Harlow University")],
    ),
    (
        "Our President Wang Ming and Vice President Li Hua welcomed the delegation.",
        NCU_EN,
        [("Wang Ming", "President", "Nanchang University"), ("Li Hua", "Vice President", "Nanchang University")],
    ),
    (
        "The talks were attended by Zhou Hong, Director-General of the Hunan Provincial Department of "
        "Education, and Professor Li Hua, President of Hunan University.",
        None,
        [
            ("Zhou Hong", "Director-General", "Hunan Provincial Department of Education"),
            ("Li Hua", "President", "Hunan University"),
        ],
    ),
]

ZH_PROBES = [
    (
        "江西省教育厅副厅长王明、一级巡视员李华、二级巡视员张伟参加会见。",
        None,
        [
            ("王明", "副厅长", "江西省教育厅"),
            ("李华", "一级巡视员", "江西省教育厅"),
            ("张伟", "二级巡视员", "江西省教育厅"),
        ],
    ),
    (
        "江西省教育厅国际合作与交流处处长王静、副处长赵磊陪同会见。",
        None,
        [("王静", "国际合作与交流处处长", "江西省教育厅"), ("赵磊", "副处长", "江西省教育厅")],
    ),
    (
        "江西省教育厅党组书记、厅长王明会见了代表团一行。",
        None,
        [("王明", "党组书记", "江西省教育厅")],
    ),
    (
        "英国驻华使馆教育处教育专员李安妮陪同来访。",
        None,
        [("李安妮", "教育专员", "英国驻华使馆教育处")],
    ),
    (
        "澳大利亚驻华使馆教育参赞Emma Lewis一行访问南昌大学。",
        None,
        [("Emma Lewis", "教育参赞", "澳大利亚驻华使馆")],
    ),
    (
        "研讨会上，南昌大学李明教授、江西师范大学王芳博士分别作主题报告。",
        None,
        [("李明", "教授", "南昌大学"), ("王芳", None, "江西师范大学")],
    ),
    (
        "南昌大学张华院士作题为《新材料与未来》的报告。",
        None,
        [("张华", "院士", "南昌大学")],
    ),
    (
        "江西师范大学王芳博士介绍了项目进展。",
        None,
        [("王芳", None, "江西师范大学")],
    ),
    (
        "南昌大学王明教授、李华副教授和张伟博士参加座谈。",
        None,
        [("王明", "教授", "南昌大学"), ("李华", "副教授", "南昌大学"), ("张伟", None, "南昌大学")],
    ),
    (
        "李华副省长出席签约仪式并致辞。",
        None,
        [("李华", "副省长", None)],
    ),
    (
        "南昌大学党委书记王明、党委副书记李华会见了代表团一行。",
        None,
        [("王明", "党委书记", "南昌大学"), ("李华", "党委副书记", "南昌大学")],
    ),
    (
        "江西师范大学党委副书记、校长李明会见来宾。",
        None,
        [("李明", "党委副书记", "江西师范大学")],
    ),
    (
        "莫纳什大学副校长Daniel Reyes教授、工程学院院长Aisha Rahman教授一行访问南昌大学。",
        None,
        [("Daniel Reyes", "副校长", "莫纳什大学"), ("Aisha Rahman", "工程学院院长", "莫纳什大学")],
    ),
    (
        "波兰华沙理工大学校长扬·科瓦尔斯基教授会见了代表团。",
        None,
        [("扬·科瓦尔斯基", "校长", "华沙理工大学")],
    ),
    (
        "江西省教育厅副厅长王明，南昌大学副校长李华，江西师范大学副校长张伟出席仪式。",
        None,
        [("王明", "副厅长", "江西省教育厅"), ("李华", "副校长", "南昌大学"), ("张伟", "副校长", "江西师范大学")],
    ),
    (
        "南昌大学国际合作与交流处处长王静，外国语学院院长李华陪同参观。",
        None,
        [("王静", "国际合作与交流处处长", "南昌大学"), ("李华", "外国语学院院长", "南昌大学")],
    ),
    (
        "校党委书记王明、校长李华会见了来宾。",
        NCU_ZH,
        [("王明", "党委书记", "南昌大学"), ("李华", "校长", "南昌大学")],
    ),
    (
        "中国驻英国大使馆教育处参赞刘洋出席活动并致辞。",
        None,
        [("刘洋", "参赞", "中国驻英国大使馆教育处")],
    ),
    (
        "新加坡国立大学教务长陈立新教授与南昌大学副校长王明签署协议。",
        None,
        [("陈立新", "教务长", "新加坡国立大学"), ("王明", "副校长", "南昌大学")],
    ),
    (
        "英国诺丁汉大学常务副校长兼教务长Andy Smith教授致辞。",
        None,
        [("Andy Smith", "常务副校长", "诺丁汉大学")],
    ),
    (
        "莫斯科国立大学校长维克多·萨多夫尼奇院士会见了代表团。",
        None,
        [("维克多·萨多夫尼奇", "校长", "莫斯科国立大学")],
    ),
    (
        "南昌大学校长王明，副校长李华、张伟出席。",
        None,
        [("王明", "校长", "南昌大学"), ("李华", "副校长", "南昌大学"), ("张伟", "副校长", "南昌大学")],
    ),
    (
        "王明厅长、李华副厅长会见了来宾。",
        None,
        [("王明", "厅长", None), ("李华", "副厅长", None)],
    ),
]


@pytest.mark.parametrize(("text", "url", "expected"), EN_PROBES)
def test_english_people_probe_s14(extract, text, url, expected):
    check_people(extract(text, "en", url=url), expected)


@pytest.mark.parametrize(("text", "url", "expected"), ZH_PROBES)
def test_chinese_people_probe_s14(extract, text, url, expected):
    check_people(extract(text, "zh", url=url), expected)
