"""Partnership probes: made-up passages written the ways bulletins tell a pair whose sides are not
named side by side (a side several sentences back, "the delegation", "the academy", 代表团, 该校,
the publisher speaking as "our university" / 我校, "the two sides" / 双方 / 两校, two associations).

Each probe is (language, url of the page or None, text, the pairs a careful reader takes as
(Chinese side, foreign side, kind, date)). The Chinese side of a publisher's page is written
`PUBLISHER`: the page's own institution, whatever its name.
"""

from __future__ import annotations

import pytest

PUBLISHER = "<publisher>"
JXNU = "https://news.jxnu.edu.cn/info/1011/1.htm"  # a Chinese university's own page
LEEDS = "https://www.leeds.ac.uk/news/article/1/"  # a foreign university's own page

Probe = tuple[str, str | None, str, set[tuple[str, str, str, str | None]]]

EN: dict[str, Probe] = {
    "delegation arrives, then signs": (
        "en",
        None,
        "A delegation from Kazan Federal University arrived in Changsha on May 12. On May 13 the delegation"
        " signed a memorandum of understanding with Hunan University on student exchange.",
        {("Hunan University", "Kazan Federal University", "mou", "2025-05-13")},
    ),
    "the visitors sign during the trip": (
        "en",
        None,
        "Monash University sent a delegation of five deans to Wuhan on March 3. During the trip, the"
        " visitors signed a 2+2 agreement with Wuhan University.",
        {("Wuhan University", "Monash University", "agreement", "2025-03-03")},
    ),
    "the visitors hold talks with a department": (
        "en",
        None,
        "A delegation from the Higher Education Commission of Pakistan visited Chengdu from May 3 to 5."
        " The visitors held talks with officials of the Sichuan Provincial Department of Education"
        " on scholarships.",
        {
            (
                "Sichuan Provincial Department of Education",
                "Higher Education Commission of Pakistan",
                "talks",
                None,  # (a stop of a trip over several days the text does not date: GUIDE)
            )
        },
    ),
    "the academy, named by its head word": (
        "en",
        None,
        "Founded in 1921, Riga Maritime Academy trains officers for the Baltic fleet. Last week the academy"
        " signed an agreement with Dalian Maritime University on cadet exchanges.",
        {("Dalian Maritime University", "Riga Maritime Academy", "agreement", None)},
    ),
    "the academy already cooperates": (
        "en",
        None,
        "On 7 May, Riga Maritime Academy signed a memorandum of understanding with Dalian Maritime University."
        " The academy already cooperates with Shanghai Maritime University in seafarer training.",
        {
            ("Dalian Maritime University", "Riga Maritime Academy", "mou", "2025-05-07"),
            ("Shanghai Maritime University", "Riga Maritime Academy", "other", None),
        },
    ),
    "the polytechnic": (
        "en",
        None,
        "Otago Polytechnic, New Zealand, trains a third of the country's nurses. On 14 August the"
        " polytechnic signed a pathway agreement with Ningbo College of Health Sciences.",
        {("Ningbo College of Health Sciences", "Otago Polytechnic", "agreement", "2025-08-14")},
    ),
    "the Russian university several sentences on": (
        "en",
        None,
        "Kazan Federal University is one of Russia's oldest universities. Founded in 1804, it has 50,000"
        " students. On 5 June, Nanchang University and the Russian university signed a cooperation agreement.",
        {("Nanchang University", "Kazan Federal University", "agreement", "2025-06-05")},
    ),
    "the Chinese university several sentences on": (
        "en",
        None,
        "Sichuan University has long sent engineers to Monash University. Its faculty"
        " visited Chengdu twice last year. On 3 April the university and the Chinese university agreed"
        " to launch a joint PhD programme.",
        {("Sichuan University", "Monash University", "joint_program", "2025-04-03")},
    ),
    "the two universities, a paragraph later": (
        "en",
        None,
        "Vice-Chancellor Jane Doe of Monash University met President Wang Hua of Hunan University in"
        " Melbourne on June 1.\n\nThey spoke highly of ten years of student exchange.\n\nOn June 2 the two"
        " universities signed a joint degree agreement in engineering.",
        {("Hunan University", "Monash University", "agreement", "2025-06-02")},
    ),
    "both institutions": (
        "en",
        None,
        "Wuhan University and Monash University have exchanged students since 2010. In May, both"
        " institutions signed a new five-year agreement.",
        {("Wuhan University", "Monash University", "agreement", None)},
    ),
    "our university and the two sides": (
        "en",
        JXNU,
        "On 9 May, Vice-Rector Anna Smirnova of Ural Federal University visited our university. The two"
        " sides signed a memorandum of understanding on a 3+1 programme.",
        {(PUBLISHER, "Ural Federal University", "mou", "2025-05-09")},
    ),
    "the delegation visits the university, then signs": (
        "en",
        JXNU,
        "A delegation from the University of Leeds visited the university on 9 May. The delegation also"
        " signed an agreement on joint training of translators.",
        {(PUBLISHER, "University of Leeds", "agreement", "2025-05-09")},
    ),
    "our university signs": (
        "en",
        JXNU,
        "On 9 May, our university signed a memorandum of understanding with Ural Federal University.",
        {(PUBLISHER, "Ural Federal University", "mou", "2025-05-09")},
    ),
    "the university signs with a foreign side alone": (
        "en",
        JXNU,
        "On 12 May, a cooperation agreement was signed with Kazan Federal University in Kazan.",
        {(PUBLISHER, "Kazan Federal University", "agreement", "2025-05-12")},
    ),
    "a foreign publisher receives a Chinese delegation": (
        "en",
        LEEDS,
        "A delegation from Hunan University visited the University on 9 May and signed an agreement on a"
        " joint master's degree.",
        {("Hunan University", "University of Leeds", "agreement", "2025-05-09")},
    ),
    "the delegation led by a president": (
        "en",
        None,
        "A delegation led by Li Hua, President of Nanchang University, arrived in Kazan on 5 May. The"
        " next day the delegation signed an agreement with Kazan Federal University on a joint institute.",
        {("Nanchang University", "Kazan Federal University", "agreement", "2025-05-06")},
    ),
    "the guests": (
        "en",
        JXNU,
        "On 20 October, a delegation from Monash University visited our university. President Li Ming met"
        " the guests, and the two sides discussed joint training in education.",
        {(PUBLISHER, "Monash University", "talks", "2025-10-20")},
    ),
    "a named side is no anaphor's": (
        "en",
        None,
        "A delegation from Kazan Federal University visited Changsha on May 12. The delegation met"
        " officials of the city and toured a museum.",
        set(),
    ),
    "the delegation of a Chinese side meets no foreign one": (
        "en",
        None,
        "A delegation from Hunan University arrived in Kazan on May 12. The delegation visited a"
        " museum and held talks with the city's mayor.",
        set(),
    ),
    "two associations sign": (
        "en",
        None,
        "On 15 March, the Jiangxi Education Association for International Exchange and the Malaysian"
        " Association of Private Colleges and Universities signed a memorandum of understanding in Kuala Lumpur.",
        {
            (
                "Jiangxi Education Association for International Exchange",
                "Malaysian Association of Private Colleges and Universities",
                "mou",
                "2025-03-15",
            )
        },
    ),
    "an association is no side of a member university": (
        "en",
        None,
        "On 15 March, Nanchang University joined the Malaysian Association of Private Colleges and"
        " Universities and signed its charter.",
        set(),
    ),
    "the X delegation": (
        "en",
        None,
        "The Kazan Federal University delegation arrived in Changsha on May 12. On May 13 the delegation"
        " signed a memorandum of understanding with Hunan University.",
        {("Hunan University", "Kazan Federal University", "mou", "2025-05-13")},
    ),
    "X sent a delegation": (
        "en",
        None,
        "Ural Federal University sent a high-level delegation to Jiangxi in early May. In Nanchang,"
        " the visitors held talks with Jiangxi Normal University on a joint programme in Russian.",
        {("Jiangxi Normal University", "Ural Federal University", "talks", None)},
    ),
    "the university, the foreign one named before": (
        "en",
        None,
        "Monash University opened its first campus in Asia in 1998. On 3 May the university signed an"
        " agreement with Southeast University on a joint graduate school.",
        {("Southeast University", "Monash University", "agreement", "2025-05-03")},
    ),
    "the university is ambiguous after a pair": (
        "en",
        None,
        "Monash University visited Hunan University on 3 May. The university also signed a memorandum"
        " of understanding with Deakin University.",
        {("Hunan University", "Monash University", "talks", "2025-05-03")},
    ),
    "the Chinese university after a foreign host": (
        "en",
        None,
        "Professor Tom Reid, Vice-Chancellor of Monash University, met with President Wang of Hunan"
        " University on 3 May. On 4 May the Chinese university and Deakin University signed an MoU.",
        {
            ("Hunan University", "Monash University", "talks", "2025-05-03"),
            ("Hunan University", "Deakin University", "mou", "2025-05-04"),
        },
    ),
    "the visitors on the university's page": (
        "en",
        JXNU,
        "On 20 October, a delegation from Ural Federal University arrived in Nanchang. The next day the"
        " visitors signed a memorandum of understanding on teacher exchange.",
        {(PUBLISHER, "Ural Federal University", "mou", "2025-10-21")},
    ),
    "a delegation whose body is Chinese gives the Chinese side": (
        "en",
        None,
        "A delegation led by Professor Li Hua, Vice President of Nanchang University, arrived in Kazan"
        " on 5 May. On 6 May the visitors signed an agreement with Kazan Federal University.",
        {("Nanchang University", "Kazan Federal University", "agreement", "2025-05-06")},
    ),
    "the delegation meets the side it names": (
        "en",
        None,
        "A delegation from Hunan University arrived in Melbourne on 5 May. The delegation met the"
        " Vice-Chancellor of Monash University.",
        set(),
    ),
    "the visitors of a Chinese body sign with a Chinese body": (
        "en",
        None,
        "A delegation from Hunan University arrived in Nanchang on 5 May. The visitors signed an"
        " agreement with Nanchang University.",
        set(),
    ),
    "an academy is no university": (
        "en",
        None,
        "Riga Maritime Academy and Dalian Maritime University signed an MoU on 5 May. The university"
        " also signed an agreement with Kazan Federal University.",
        {
            ("Dalian Maritime University", "Riga Maritime Academy", "mou", "2025-05-05"),
            ("Dalian Maritime University", "Kazan Federal University", "agreement", "2025-05-05"),
        },
    ),
    "the guests and the hosts on a foreign page": (
        "en",
        LEEDS,
        "On 12 March, a delegation from Hunan University visited the University. The guests signed a"
        " memorandum of understanding on joint training of engineers.",
        {("Hunan University", "University of Leeds", "mou", "2025-03-12")},
    ),
    "a Chinese side alone on a foreign page": (
        "en",
        LEEDS,
        "The visit to Changsha also included talks with the Hunan Provincial Department of Education"
        " on scholarships for graduates.",
        {("Hunan Provincial Department of Education", "University of Leeds", "talks", None)},
    ),
    "two Chinese founders on a foreign page deal with each other": (
        "en",
        LEEDS,
        "The network was initiated by Hunan University and Central South University in 2019.",
        set(),
    ),
    "a Chinese department in the presence of a signing on a foreign page": (
        "en",
        LEEDS,
        "The agreement was signed in the presence of officials of the Hunan Provincial Department of Education.",
        set(),
    ),
    "the two universities past a department attending": (
        "en",
        None,
        "A delegation from Monash University visited Hunan University on 3 May. Officials of the Hunan"
        " Provincial Department of Education attended the meeting. The two universities signed an MoU"
        " on student exchange.",
        {("Hunan University", "Monash University", "mou", "2025-05-03")},
    ),
    "a memorandum was signed, no side named": (
        "en",
        None,
        "On 3 May, Vice-Chancellor Jane Doe of Monash University visited Hunan University. A memorandum"
        " of understanding on student exchange was signed during the visit.",
        {("Hunan University", "Monash University", "mou", "2025-05-03")},
    ),
    "a memorandum was signed on the university's page": (
        "en",
        JXNU,
        "On 3 May, Vice-Chancellor Jane Doe of Monash University visited the university. A memorandum"
        " of understanding on student exchange was signed.",
        {(PUBLISHER, "Monash University", "mou", "2025-05-03")},
    ),
    "no agreement was signed": (
        "en",
        None,
        "On 3 May, Vice-Chancellor Jane Doe of Monash University visited Hunan University. No agreement was signed.",
        {("Hunan University", "Monash University", "talks", "2025-05-03")},
    ),
    "the Russian guests": (
        "en",
        None,
        "A five-member delegation from Kazan Federal University, headed by its Rector, arrived in"
        " Changsha on 12 May. During the visit the Russian guests signed an agreement with Central South"
        " University on joint research in mining.",
        {("Central South University", "Kazan Federal University", "agreement", "2025-05-12")},
    ),
    "accompanied by an embassy, the delegation signs": (
        "en",
        None,
        "A delegation from Kazan Federal University arrived in Changsha on 12 May. Accompanied by"
        " officials of the Embassy of Russia in China, the delegation signed a memorandum of understanding"
        " with Hunan University on 13 May.",
        {("Hunan University", "Kazan Federal University", "mou", "2025-05-13")},
    ),
    "the delegation and its body both named": (
        "en",
        None,
        "On 12 May, a delegation from Kazan Federal University signed a memorandum of understanding with"
        " Hunan University.",
        {("Hunan University", "Kazan Federal University", "mou", "2025-05-12")},
    ),
    "respectively pairs two lists in order": (
        "en",
        None,
        "On 5 May, Hunan University and Central South University signed agreements with Kazan Federal"
        " University and Ural Federal University respectively.",
        {
            ("Hunan University", "Kazan Federal University", "agreement", "2025-05-05"),
            ("Central South University", "Ural Federal University", "agreement", "2025-05-05"),
        },
    ),
    "the two universities review a student exchange": (
        "en",
        None,
        "On 4 May, a delegation from Monash University visited Hunan University. The two universities"
        " reviewed the student exchange they launched in 2015.",
        {("Hunan University", "Monash University", "other", "2025-05-04")},
    ),
    "one side reports on its programme at a meeting": (
        "en",
        None,
        "A seminar on Sino-foreign cooperative education was held in Changsha on May 5. At the seminar,"
        " Hunan University presented the progress of its joint programme with the University of Leeds.",
        {("Hunan University", "University of Leeds", "joint_program", None)},
    ),
    "a report beside a signing dates the pair": (
        "en",
        None,
        "On May 5, Hunan University presented its plans and signed a 2+2 agreement with the University"
        " of Leeds.",
        {("Hunan University", "University of Leeds", "agreement", "2025-05-05")},
    ),
}

ZH: dict[str, Probe] = {
    "代表团抵达后签约": (
        "zh",
        None,
        "5月12日，俄罗斯喀山联邦大学代表团一行5人抵达长沙。13日，代表团与湖南大学签署学生交流备忘录。",
        {("湖南大学", "喀山联邦大学", "mou", "2025-05-13")},
    ),
    "中方代表团出访签约": (
        "zh",
        None,
        "3月14日至19日，江西师范大学代表团赴俄罗斯访问。16日，代表团与喀山联邦大学签署合作备忘录。",
        {("江西师范大学", "喀山联邦大学", "mou", "2025-03-16")},
    ),
    "访问团": (
        "zh",
        None,
        "6月3日，澳大利亚莫纳什大学访问团抵达武汉。4日，访问团与武汉大学签署“2+2”联合培养协议。",
        {("武汉大学", "莫纳什大学", "agreement", "2025-06-04")},
    ),
    "来访我校双方签署": (
        "zh",
        JXNU,
        "5月9日，英国利兹大学副校长约翰·史密斯一行来访我校。双方签署了合作备忘录。",
        {(PUBLISHER, "利兹大学", "mou", "2025-05-09")},
    ),
    "学校与外方签约": (
        "zh",
        JXNU,
        "5月9日，学校与俄罗斯乌拉尔联邦大学签署合作协议。",
        {(PUBLISHER, "乌拉尔联邦大学", "agreement", "2025-05-09")},
    ),
    "两校签署": (
        "zh",
        JXNU,
        "5月9日，俄罗斯乌拉尔联邦大学代表团来访我校，两校签署了“3+1”联合培养项目协议。",
        {(PUBLISHER, "乌拉尔联邦大学", "agreement", "2025-05-09")},
    ),
    "来宾与会谈": (
        "zh",
        JXNU,
        "10月20日，澳大利亚莫纳什大学副校长一行来访。校长李明会见了来宾，双方就联合培养进行了会谈。",
        {(PUBLISHER, "莫纳什大学", "talks", "2025-10-20")},
    ),
    "该校隔句": (
        "zh",
        None,
        "喀山联邦大学创建于1804年，是俄罗斯历史最悠久的大学之一。该校现有学生5万余人。6月5日，南昌大学与该校签署合作协议。",
        {("南昌大学", "喀山联邦大学", "agreement", "2025-06-05")},
    ),
    "两校隔段": (
        "zh",
        None,
        "6月3日，英国利兹大学校长一行抵达南昌。\n\n4日上午，南昌大学校长在前湖校区会见了客人。\n\n当天，两校签署了合作协议。",
        {("南昌大学", "利兹大学", "agreement", "2025-06-04")},
    ),
    "我校率团访问双方签署": (
        "zh",
        JXNU,
        "5月9日，我校副校长王明率团访问英国利兹大学。双方签署了联合培养协议。",
        {(PUBLISHER, "利兹大学", "agreement", "2025-05-09")},
    ),
    "该学院": (
        "zh",
        None,
        "新西兰奥塔哥理工学院是新西兰最大的护理教育机构。8月14日，宁波卫生职业技术学院与该学院签署合作协议。",
        {("宁波卫生职业技术学院", "奥塔哥理工学院", "agreement", "2025-08-14")},
    ),
    "该协会": (
        "zh",
        None,
        "马来西亚私立高等教育机构协会成立于1997年。3月15日，江西省教育国际交流协会与该协会在吉隆坡签署合作备忘录。",
        {("江西省教育国际交流协会", "马来西亚私立高等教育机构协会", "mou", "2025-03-15")},
    ),
    "两协会签署": (
        "zh",
        None,
        "3月15日，江西省教育国际交流协会与马来西亚私立高等教育机构协会在吉隆坡签署合作备忘录，双方将定期互派代表团。",
        {("江西省教育国际交流协会", "马来西亚私立高等教育机构协会", "mou", "2025-03-15")},
    ),
    "高校加入协会不算": (
        "zh",
        None,
        "3月15日，南昌大学加入马来西亚私立高等教育机构协会，并签署了章程。",
        set(),
    ),
    "外方代表团只参观": (
        "zh",
        None,
        "5月12日，俄罗斯喀山联邦大学代表团抵达长沙。13日，代表团参观了岳麓书院。",
        set(),
    ),
    "该团": (
        "zh",
        None,
        "5月12日，俄罗斯喀山联邦大学代表团抵达长沙。13日，该团访问湖南大学，双方就联合培养进行了会谈。",
        {("湖南大学", "喀山联邦大学", "talks", "2025-05-13")},
    ),
    "代表團（繁體）": (
        "zh",
        None,
        "5月12日，俄羅斯喀山聯邦大學代表團抵達長沙。13日，代表團與湖南大學簽署學生交流備忘錄。",
        {("湖南大學", "喀山聯邦大學", "mou", "2025-05-13")},
    ),
    "一行来访后签约": (
        "zh",
        None,
        "5月12日，英国利兹大学副校长约翰·史密斯一行抵达南昌。13日，一行人与南昌大学签署合作备忘录。",
        {("南昌大学", "利兹大学", "mou", "2025-05-13")},
    ),
    "我校率团": (
        "zh",
        JXNU,
        "5月9日至15日，我校副校长王明率团访问俄罗斯。12日，代表团与喀山联邦大学签署合作协议。",
        {(PUBLISHER, "喀山联邦大学", "agreement", "2025-05-12")},
    ),
    "我校与该校": (
        "zh",
        JXNU,
        "喀山联邦大学是俄罗斯历史最悠久的大学之一。5月9日，我校与该校签署合作协议。",
        {(PUBLISHER, "喀山联邦大学", "agreement", "2025-05-09")},
    ),
    "该校指中方": (
        "zh",
        None,
        "南昌大学创建于1940年，是江西省唯一的“双一流”建设高校。6月5日，喀山联邦大学与该校签署合作协议。",
        {("南昌大学", "喀山联邦大学", "agreement", "2025-06-05")},
    ),
    "代表团与对方同句": (
        "zh",
        None,
        "5月12日，喀山联邦大学代表团访问湖南大学，双方签署合作备忘录。",
        {("湖南大学", "喀山联邦大学", "mou", "2025-05-12")},
    ),
    "中方代表团与中方签约不算": (
        "zh",
        None,
        "5月12日，湖南大学代表团抵达南昌。13日，代表团与南昌大学签署合作协议。",
        set(),
    ),
    "代表团会见外方官员": (
        "zh",
        None,
        "5月12日，湖南大学代表团抵达莫斯科。13日，代表团会见了俄罗斯联邦教育部官员。",
        {("湖南大学", "俄罗斯联邦教育部", "talks", "2025-05-13")},
    ),
    "半角标点": (
        "zh",
        None,
        "5月12日,俄罗斯喀山联邦大学代表团抵达长沙.13日,代表团与湖南大学签署学生交流备忘录.",
        {("湖南大学", "喀山联邦大学", "mou", "2025-05-13")},
    ),
    "我会与外方协会": (
        "zh",
        None,
        "3月15日，江西省教育国际交流协会代表团抵达吉隆坡。当天，代表团与马来西亚私立高等教育机构协会签署合作备忘录。",
        {("江西省教育国际交流协会", "马来西亚私立高等教育机构协会", "mou", "2025-03-15")},
    ),
    "协会与外方高校不算": (
        "zh",
        None,
        "3月15日，马来西亚私立高等教育机构协会代表团抵达南昌。16日，代表团与南昌大学座谈。",
        set(),
    ),
    "两校隔着出席的教育厅": (
        "zh",
        None,
        "5月3日，莫纳什大学代表团访问湖南大学。湖南省教育厅有关负责人出席会见。两校签署了学生交流备忘录。",
        {("湖南大学", "莫纳什大学", "mou", "2025-05-03")},
    ),
    "会上签署未提双方": (
        "zh",
        None,
        "5月3日，莫纳什大学副校长一行访问湖南大学。会上，签署了学生交流备忘录。",
        {("湖南大学", "莫纳什大学", "mou", "2025-05-03")},
    ),
    "我校页面会上签署": (
        "zh",
        JXNU,
        "5月3日，莫纳什大学副校长一行来访。会上，签署了学生交流备忘录。",
        {(PUBLISHER, "莫纳什大学", "mou", "2025-05-03")},
    ),
    "未签署": (
        "zh",
        None,
        "5月3日，莫纳什大学副校长一行访问湖南大学。此次未签署合作协议。",
        {("湖南大学", "莫纳什大学", "talks", "2025-05-03")},
    ),
    "在湘期间与两校分别签署": (
        "zh",
        None,
        "5月12日至15日，喀山联邦大学代表团在湘访问，先后到访湖南大学和中南大学，并与两校分别签署合作协议。",
        {
            ("湖南大学", "喀山联邦大学", "agreement", None),
            ("中南大学", "喀山联邦大学", "agreement", None),
        },
    ),
    "俄罗斯客人": (
        "zh",
        None,
        "5月12日，喀山联邦大学副校长一行抵达长沙。13日，俄罗斯客人与中南大学签署合作协议。",
        {("中南大学", "喀山联邦大学", "agreement", "2025-05-13")},
    ),
    "访问期间代表团还与": (
        "zh",
        None,
        "5月12日至15日，喀山联邦大学代表团访问湖南。访问期间，代表团还与中南大学签署了合作备忘录。",
        {("中南大学", "喀山联邦大学", "mou", None)},
    ),
    "学校会见客人并与该校签约": (
        "zh",
        JXNU,
        "5月9日，俄罗斯喀山联邦大学校长一行访问学校。校长李明会见了客人，并与该校签署合作协议。",
        {(PUBLISHER, "喀山联邦大学", "agreement", "2025-05-09")},
    ),
    "外宾一行座谈": (
        "zh",
        JXNU,
        "5月9日，英国利兹大学代表团来访。副校长王明会见了外宾一行，双方就学生交流进行了座谈。",
        {(PUBLISHER, "利兹大学", "talks", "2025-05-09")},
    ),
    "两所大学隔段": (
        "zh",
        None,
        "6月3日，喀山联邦大学校长抵达长沙，开始为期三天的访问。\n\n4日上午，中南大学校长会见了来宾。\n\n5日，两所大学签署了联合培养协议。",
        {("中南大学", "喀山联邦大学", "agreement", "2025-06-05")},
    ),
    "由教授组成的访问团": (
        "zh",
        None,
        "5月12日，由喀山联邦大学5名教授组成的访问团抵达长沙。13日，访问团与湖南大学签署合作备忘录。",
        {("湖南大学", "喀山联邦大学", "mou", "2025-05-13")},
    ),
    "该校之前提到两所外方": (
        "zh",
        None,
        "5月12日，湖南大学代表团先后访问喀山联邦大学和乌拉尔联邦大学。中南大学随后也与该校签署合作协议。",
        {("湖南大学", "喀山联邦大学", "talks", "2025-05-12"), ("湖南大学", "乌拉尔联邦大学", "talks", "2025-05-12")},
    ),
    "教育厅代表团双方会谈": (
        "zh",
        None,
        "5月12日，湖南省教育厅代表团访问马来亚大学。双方就联合培养博士研究生进行了会谈。",
        {("湖南省教育厅", "马来亚大学", "talks", "2025-05-12")},
    ),
    "该所": (
        "zh",
        None,
        "日本理化学研究所成立于1917年。6月5日，兰州大学与该所签署合作协议。",
        {("兰州大学", "理化学研究所", "agreement", "2025-06-05")},
    ),
    "会上双方签署（学校页面）": (
        "zh",
        JXNU,
        "5月9日，乌拉尔联邦大学副校长一行来访。\n\n会谈结束后，双方签署了教师交流协议。",
        {(PUBLISHER, "乌拉尔联邦大学", "agreement", "2025-05-09")},
    ),
    "分别与三校签署": (
        "zh",
        None,
        "5月5日，湖南大学、中南大学、湖南师范大学分别与喀山联邦大学、乌拉尔联邦大学、莫纳什大学签署合作协议。",
        {
            ("湖南大学", "喀山联邦大学", "agreement", "2025-05-05"),
            ("中南大学", "乌拉尔联邦大学", "agreement", "2025-05-05"),
            ("湖南师范大学", "莫纳什大学", "agreement", "2025-05-05"),
        },
    ),
    "分别介绍了与外方的合作办学": (
        "zh",
        None,
        "5月5日，交流会在长沙举行。会上，湖南大学、中南大学分别介绍了与喀山联邦大学、乌拉尔联邦大学的合作办学进展。",
        {
            ("湖南大学", "喀山联邦大学", "joint_program", None),
            ("中南大学", "乌拉尔联邦大学", "joint_program", None),
        },
    ),
    "访问以下高校（学校页面）": (
        "zh",
        JXNU,
        "5月5日至12日，副校长王明率团出访英国和澳大利亚。代表团先后访问了以下高校：\n\n英国利兹大学\n\n澳大利亚莫纳什大学\n\n在各校，代表团与对方就学生交流进行了会谈。",
        {(PUBLISHER, "利兹大学", "talks", None), (PUBLISHER, "莫纳什大学", "talks", None)},
    ),
    "介绍学校概况并签署": (
        "zh",
        None,
        "5月5日，湖南大学介绍了学校概况，并与喀山联邦大学签署合作协议。",
        {("湖南大学", "喀山联邦大学", "agreement", "2025-05-05")},
    ),
}


def _expected(record, facts: set[tuple[str, str, str, str | None]]) -> set[tuple[str, str, str, str | None]]:
    publisher = record.document.publisher
    name = publisher.name if publisher is not None else PUBLISHER
    return {(name if c == PUBLISHER else c, f, kind, date) for c, f, kind, date in facts}


@pytest.mark.parametrize("probe", [*EN, *ZH])
def test_probe(extract, probe: str) -> None:
    language, url, text, facts = EN.get(probe) or ZH[probe]
    record = extract(text, language, url=url)
    found = {(p.chinese.name, p.foreign.name, p.kind, p.date) for p in record.partnerships}
    assert found == _expected(record, facts)
