"""Probes (session 16): how officials are written in ways the corpus under-covers (GENRE.md "Roles and
people"; GUIDE "people", GUIDE-zh "People"): a unit written after an organisation's short name
("Director of UCD Global"), a title before a title ("Vice-President Professor X"), "Prof. Dr. X, Rector
of Y", "X, Y's vice president for international affairs", people listed with their bodies in brackets,
one body given once for several people ("A and B of Z University"); Chinese titles after names
(张三教授、李四副校长), 党委书记/校长 pairs, one body for an official and a unit head (X副校长A和Y处处长B),
bodies in brackets after names, a university's short name before an office. Each probe is made up in
the way bulletins write, with the (name, title, organisation) a careful reader takes."""

import pytest
from support import check_people

EN_PROBES = [
    (
        "Dr Paul Byrne, Director of UCD Global, met the delegation from Nanchang University.",
        [("Paul Byrne", "Director of UCD Global", "University College Dublin")],
    ),
    (
        "The visitors were received by Professor Alan Reid, Dean of UCL Engineering.",
        [("Alan Reid", "Dean of UCL Engineering", "University College London")],
    ),
    (
        "Professor Jane Holt, Pro-Vice-Provost of UCL Global Engagement, spoke at the forum.",
        [("Jane Holt", "Pro-Vice-Provost of UCL Global Engagement", "University College London")],
    ),
    (
        "A delegation from Tongji University, led by Vice-President Professor Zhang Wen, visited Munich.",
        [("Zhang Wen", "Vice-President", "Tongji University")],
    ),
    (
        "A delegation from Huazhong University of Science and Technology, led by its Vice-President "
        "Professor Wu Gang, visited UCL.",
        [("Wu Gang", "Vice-President", "Huazhong University of Science and Technology")],
    ),
    (
        "Nanchang University signed the agreement. Professor Zhou Lin, the university's director of "
        "international cooperation, said so.",
        [("Zhou Lin", "director of international cooperation", "Nanchang University")],
    ),
    (
        "The delegation of Sichuan University was led by Vice President Dr. Li Ming.",
        [("Li Ming", "Vice President", "Sichuan University")],
    ),
    (
        "Prof. Dr. Helena Costa, Rector of the University of Porto, signed the agreement in Nanchang.",
        [("Helena Costa", "Rector", "University of Porto")],
    ),
    (
        "The agreement was signed by Prof. Dr. Markus Weber, President of the University of Stuttgart, and "
        "Professor Wang Hua, President of Nanchang University.",
        [("Markus Weber", "President", "University of Stuttgart"), ("Wang Hua", "President", "Nanchang University")],
    ),
    (
        "Chen Hua, Tongji University's vice president for international affairs, attended the signing.",
        [("Chen Hua", "vice president for international affairs", "Tongji University")],
    ),
    (
        "Nanchang University hosted the signing. Zhou Lin, the university's director of international "
        "cooperation, said more students would go abroad.",
        [("Zhou Lin", "director of international cooperation", "Nanchang University")],
    ),
    (
        "The ceremony was attended by Professor Lin Qiao (Shanghai Jiao Tong University), Dr. Erik Nilsson "
        "(KTH Royal Institute of Technology) and Professor Ana Ruiz (University of Granada).",
        [
            ("Lin Qiao", "Professor", "Shanghai Jiao Tong University"),
            ("Erik Nilsson", None, "KTH Royal Institute of Technology"),
            ("Ana Ruiz", "Professor", "University of Granada"),
        ],
    ),
    (
        "Professor Zhang was accompanied by Li Na and Zhou Bin of Tongji University.",
        [("Li Na", None, "Tongji University"), ("Zhou Bin", None, "Tongji University")],
    ),
    (
        "The talks were joined by Professor Mark Evans and Dr Sarah Young of the University of Leeds.",
        [("Mark Evans", "Professor", "University of Leeds"), ("Sarah Young", None, "University of Leeds")],
    ),
    (
        "Professor Karen Whitfield, Deputy Vice-Chancellor (Global Engagement) of the University of "
        "Adelaide, met Professor Li Yan, Vice President of Sichuan University.",
        [
            ("Karen Whitfield", "Deputy Vice-Chancellor (Global Engagement)", "University of Adelaide"),
            ("Li Yan", "Vice President", "Sichuan University"),
        ],
    ),
    (
        "President Wang Ming of Hunan University and Vice-Chancellor Professor Duncan Ivison of the "
        "University of Sydney signed the agreement.",
        [
            ("Wang Ming", "President", "Hunan University"),
            ("Duncan Ivison", "Vice-Chancellor", "University of Sydney"),
        ],
    ),
    (
        "Martina Vogt, Director of TUM Global at the Technical University of Munich, welcomed the guests.",
        [("Martina Vogt", "Director of TUM Global", "Technical University of Munich")],
    ),
    (
        "Dr Ruth Lane, Head of UNSW Global, and Professor Wu Fang, Dean of the Graduate School of "
        "Nanchang University, spoke at the opening.",
        [
            ("Ruth Lane", "Head of UNSW Global", "University of New South Wales"),
            ("Wu Fang", "Dean of the Graduate School", "Nanchang University"),
        ],
    ),
]

ZH_PROBES = [
    (
        "英国诺丁汉大学Sarah Brooks教授、Andrew Miller副校长出席会议。",
        [("Sarah Brooks", "教授", "诺丁汉大学"), ("Andrew Miller", "副校长", "诺丁汉大学")],
    ),
    (
        "南昌大学张华教授、李明副校长会见了来宾。",
        [("张华", "教授", "南昌大学"), ("李明", "副校长", "南昌大学")],
    ),
    (
        "浙江万里学院党委书记王建平、校长赵立群出席仪式。",
        [("王建平", "党委书记", "浙江万里学院"), ("赵立群", "校长", "浙江万里学院")],
    ),
    (
        "江西师范大学党委书记黄恩华，校长梅国平会见了代表团。",
        [("黄恩华", "党委书记", "江西师范大学"), ("梅国平", "校长", "江西师范大学")],
    ),
    (
        "宁波大学副校长陈刚和国际合作与交流处处长沈丽代表学校签署合作备忘录。",
        [("陈刚", "副校长", "宁波大学"), ("沈丽", "国际合作与交流处处长", "宁波大学")],
    ),
    (
        "南昌大学副校长周红、国际合作与交流处处长刘洋陪同参观。",
        [("周红", "副校长", "南昌大学"), ("刘洋", "国际合作与交流处处长", "南昌大学")],
    ),
    (
        "出席活动的还有吴敏（浙江工业大学）、何军（杭州电子科技大学）和孙晓燕（浙江外国语学院）。",
        [("吴敏", None, "浙江工业大学"), ("何军", None, "杭州电子科技大学"), ("孙晓燕", None, "浙江外国语学院")],
    ),
    (
        "浙江外国语学院与英国利兹大学续签合作协议，浙外副院长周红和利兹大学副校长Helen Grant共同签约。",
        [("周红", "副院长", "浙江外国语学院"), ("Helen Grant", "副校长", "利兹大学")],
    ),
    (
        "南昌大学与法国雷恩第一大学签署协议。南大副校长王立新出席。",
        [("王立新", "副校长", "南昌大学")],
    ),
    (
        "江西省教育厅副厅长王明、国际合作与交流处处长李伟出席会议。",
        [("王明", "副厅长", "江西省教育厅"), ("李伟", "国际合作与交流处处长", "江西省教育厅")],
    ),
    (
        "会议由宁波诺丁汉大学校长刘国华主持。",
        [("刘国华", "校长", "宁波诺丁汉大学")],
    ),
    (
        "南昌大学校长王华与格拉斯哥大学副校长Helen Marsh教授签署协议。",
        [("王华", "校长", "南昌大学"), ("Helen Marsh", "副校长", "格拉斯哥大学")],
    ),
    (
        "江西财经大学党委书记、校长卢福财会见了来访的新西兰林肯大学副校长Tim Green一行。",
        [("卢福财", "党委书记", "江西财经大学"), ("Tim Green", "副校长", "林肯大学")],
    ),
    (
        "南昌大学外国语学院院长胡萍和副院长刘芳参加座谈。",
        [("胡萍", "外国语学院院长", "南昌大学"), ("刘芳", "副院长", "南昌大学")],
    ),
    (
        "利兹大学副校长Helen Grant和国际处处长John Hart一行访问浙江外国语学院。",
        [("Helen Grant", "副校长", "利兹大学"), ("John Hart", "国际处处长", "利兹大学")],
    ),
    (
        "华东交通大学校长万明、副校长杨辉，以及南昌大学副校长周红出席签约仪式。",
        [("万明", "校长", "华东交通大学"), ("杨辉", "副校长", "华东交通大学"), ("周红", "副校长", "南昌大学")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), EN_PROBES)
def test_english_people_probe_s16(extract, text, expected):
    check_people(extract(text, "en"), expected)


@pytest.mark.parametrize(("text", "expected"), ZH_PROBES)
def test_chinese_people_probe_s16(extract, text, expected):
    check_people(extract(text, "zh"), expected)
