# ruff: noqa: E501  (probes are whole sentences, one a line)
"""Probes: events written in the many ways bulletins write them (made-up sentences, not copied from
a bulletin), each with the events a careful reader takes: (kind, date, name, location).

Each probe: (text, publication date, events). Most pages are dated Thursday 20 November 2025: "on
Tuesday" is the 18th, "last Friday" the 14th."""

import pytest

ENGLISH = [
    (
        "On Tuesday, Nanchang University hosted the 2025 China-ASEAN Vocational Education Forum in Nanchang.",
        "2025-11-20",
        [("conference", "2025-11-18", "2025 China-ASEAN Vocational Education Forum", "Nanchang")],
    ),
    (
        "The 2025 Sino-Foreign Cooperative Education Conference was held in Changsha from 12 to 14 November.",
        "2025-11-20",
        [("conference", "2025-11-12", "2025 Sino-Foreign Cooperative Education Conference", "Changsha")],
    ),
    (
        "From November 3 to 5, the 2025 International Education Exhibition took place in Kunming.",
        "2025-11-20",
        [("conference", "2025-11-03", "2025 International Education Exhibition", "Kunming")],
    ),
    (
        "On 14 November, Jiangxi Normal University inked a cooperation agreement with Ruritania State University in Nanchang.",
        "2025-11-20",
        [("signing", "2025-11-14", None, "Nanchang")],
    ),
    (
        "A memorandum of understanding was signed between Hunan University and the University of Dundee on November 6.",
        "2025-11-20",
        [("signing", "2025-11-06", None, None)],
    ),
    (
        "A delegation led by Professor John Smith, Vice-Chancellor of the University of Dundee, visited Nanchang University on November 10.",
        "2025-11-20",
        [("visit", "2025-11-10", None, None)],
    ),
    (
        "On Monday, President Wang Ming of Hunan University met with a visiting delegation from Ruritania State University.",
        "2025-11-20",
        [("visit", "2025-11-17", None, None)],
    ),
    (
        "From 4 to 6 November, a delegation from Jiangxi University of Finance and Economics paid a visit to the University of Aberdeen.",
        "2025-11-20",
        [("visit", "2025-11-04", None, None)],
    ),
    (
        "The Ministry of Education has approved the establishment of the Dundee International Institute of Central South University.",
        "2025-11-20",
        [("approval", None, None, None)],
    ),
    (
        "The Confucius Institute at Ruritania State University was inaugurated on November 12.",
        "2025-11-20",
        [("establishment", "2025-11-12", "Confucius Institute at Ruritania State University", None)],
    ),
    (
        "Last Friday, Nanchang University and the University of Aberdeen signed a 2+2 joint programme agreement.",
        "2025-11-20",
        [("signing", "2025-11-14", None, None)],
    ),
    (
        "Yesterday, the 2025 China-Africa University Presidents Forum opened in Changsha.",
        "2025-11-20",
        [("conference", "2025-11-19", "2025 China-Africa University Presidents Forum", "Changsha")],
    ),
    (
        "The Fifth Belt and Road Higher Education Summit was held in Xi'an on Friday, Nov. 14.",
        "2025-11-20",
        [("conference", "2025-11-14", "Fifth Belt and Road Higher Education Summit", "Xi'an")],
    ),
    (
        "On 14th November, Hunan Normal University hosted the 2025 International Symposium on Language Education in Changsha.",
        "2025-11-20",
        [("conference", "2025-11-14", "2025 International Symposium on Language Education", "Changsha")],
    ),
    (
        "The signing ceremony took place at Nanchang University in Nanchang on November 7, where Jiangxi Normal University signed an agreement with the University of Dundee.",
        "2025-11-20",
        [("signing", "2025-11-07", None, "Nanchang")],
    ),
    (
        "CHANGSHA, Nov. 18 (Xinhua) -- Hunan University and the University of Dundee signed a memorandum of understanding on Monday.",
        "2025-11-20",
        [("signing", "2025-11-17", None, "Changsha")],
    ),
    (
        'The "Belt and Road" Vocational Education Forum was held in Nanning on November 11.',
        "2025-11-20",
        [("conference", "2025-11-11", '"Belt and Road" Vocational Education Forum', "Nanning")],
    ),
    (
        "On November 13, Jiangxi Normal University hosted the 2025 Sino-British Colloquium on Teacher Education in Nanchang.",
        "2025-11-20",
        [("conference", "2025-11-13", "2025 Sino-British Colloquium on Teacher Education", "Nanchang")],
    ),
    (
        "The China-UK Presidents' Roundtable was held in Beijing on November 4.",
        "2025-11-20",
        [("conference", "2025-11-04", "China-UK Presidents' Roundtable", "Beijing")],
    ),
    (
        "The 2025 Jiangxi International Education Week was hosted at Nanchang University on November 2.",
        "2025-11-20",
        [("conference", "2025-11-02", "2025 Jiangxi International Education Week", None)],
    ),
    (
        "The University of Aberdeen and Jiangxi University of Finance and Economics have renewed their joint programme agreement. The signing ceremony took place on November 9 in Nanchang.",
        "2025-11-20",
        [("signing", "2025-11-09", None, "Nanchang")],
    ),
    (
        "Earlier this month, Hunan University signed a cooperation agreement with Ruritania State University.",
        "2025-11-20",
        [("signing", None, None, None)],
    ),
    (
        "Last week, Nanchang University signed a memorandum of understanding with the University of Dundee.",
        "2025-11-20",
        [("signing", None, None, None)],
    ),
    (
        "Recently, a delegation from Ruritania State University visited Hunan Normal University.",
        "2025-11-20",
        [("visit", None, None, None)],
    ),
    (
        "On 8 September 2024, the Sino-German Institute of Intelligent Manufacturing was officially launched at Nanchang University.",
        "2025-11-20",
        [("establishment", "2024-09-08", "Sino-German Institute of Intelligent Manufacturing", None)],
    ),
    (
        "On November 17, President Li Hua attended the 2025 China-Central Asia University Presidents' Dialogue in Urumqi.",
        "2025-11-20",
        [("conference", "2025-11-17", "2025 China-Central Asia University Presidents' Dialogue", "Urumqi")],
    ),
    (
        "On the 3rd, Hunan University signed a cooperation agreement with the University of Dundee in Changsha.",
        "2025-11-20",
        [("signing", "2025-11-03", None, "Changsha")],
    ),
    (
        "The 2025 China-ASEAN Education Cooperation Week opened in Guiyang on November 10. On the sidelines of the week, Guizhou University signed an agreement with Chiang Mai University.",
        "2025-11-20",
        [
            ("conference", "2025-11-10", "2025 China-ASEAN Education Cooperation Week", "Guiyang"),
            ("signing", "2025-11-10", None, "Guiyang"),
        ],
    ),
    (
        "On November 10, a delegation from the University of Dundee arrived in Changsha. The following day, the two universities signed a memorandum of understanding at Hunan University.",
        "2025-11-20",
        [("signing", "2025-11-11", None, "Changsha"), ("visit", "2025-11-10", None, "Changsha")],
    ),
    (
        "On November 5, Nanchang University welcomed a delegation from Ruritania State University.",
        "2025-11-20",
        [("visit", "2025-11-05", None, None)],
    ),
    (
        "Hunan Normal University hosted a delegation from the University of Dundee on November 6.",
        "2025-11-20",
        [("visit", "2025-11-06", None, None)],
    ),
    (
        "On November 12, 2024, the China-ASEAN University Alliance was founded in Nanning.",
        "2025-11-20",
        [("establishment", "2024-11-12", "China-ASEAN University Alliance", "Nanning")],
    ),
    (
        "The 2025 Global Education Forum took place in the city of Ningbo on November 15.",
        "2025-11-20",
        [("conference", "2025-11-15", "2025 Global Education Forum", "Ningbo")],
    ),
    (
        "A 3+1 programme agreement between Jiangxi Normal University and Ruritania State University was signed on November 13.",
        "2025-11-20",
        [("signing", "2025-11-13", None, None)],
    ),
    (
        "On Nov 13, the two universities signed a memorandum of understanding in Nanchang. Jiangxi Normal University and Ruritania State University will launch a joint programme.",
        "2025-11-20",
        [("signing", "2025-11-13", None, "Nanchang")],
    ),
    (
        "On November 14, Hunan University and the University of Dundee signed a cooperation agreement via video link.",
        "2025-11-20",
        [("signing", "2025-11-14", None, None)],
    ),
    (
        "The 2025 Annual Meeting of the China-ASEAN University Alliance was held in Nanning on November 16.",
        "2025-11-20",
        [("conference", "2025-11-16", "2025 Annual Meeting of the China-ASEAN University Alliance", "Nanning")],
    ),
    (
        "In October, the Sino-French Institute of Nanchang University received approval from the Ministry of Education.",
        "2025-11-20",
        [("approval", None, None, None)],
    ),
    (
        "The 2025 Jiangxi Higher Education Expo will be held in Nanchang on Nov 17-18.",
        "2025-11-20",
        [("conference", "2025-11-17", "2025 Jiangxi Higher Education Expo", "Nanchang")],
    ),
    (
        "On November 9, the University of Aberdeen held a graduation ceremony for its joint programme students in Nanchang.",
        "2025-11-20",
        [("other", "2025-11-09", None, "Nanchang")],
    ),
    (
        "In the presence of Vice-Governor Li Ming, Nanchang University signed a memorandum with the University of Dundee in Nanchang on Sunday.",
        "2025-11-20",
        [("signing", "2025-11-16", None, "Nanchang")],
    ),
    (
        "From November 2 to 8, President Wang Ming of Hunan University led a delegation to the United Kingdom.",
        "2025-11-20",
        [("visit", "2025-11-02", None, "United Kingdom")],
    ),
    (
        "On November 3, a delegation from Nanchang University travelled to Aberdeen for talks with the University of Aberdeen.",
        "2025-11-20",
        [("visit", "2025-11-03", None, "Aberdeen")],
    ),
    (
        "On the morning of November 17, Nanchang University signed a cooperation agreement with the University of Dundee.",
        "2025-11-20",
        [("signing", "2025-11-17", None, None)],
    ),
    (
        "On 13 Nov, the 3rd China-Africa University Presidents Forum was held in Changsha.",
        "2025-11-20",
        [("conference", "2025-11-13", "3rd China-Africa University Presidents Forum", "Changsha")],
    ),
    (
        "On the 13th of November, Hunan University signed a memorandum of understanding with the University of Dundee.",
        "2025-11-20",
        [("signing", "2025-11-13", None, None)],
    ),
    (
        "On November 12 local time, Nanchang University and the University of Aberdeen signed an agreement in Aberdeen.",
        "2025-11-20",
        [("signing", "2025-11-12", None, "Aberdeen")],
    ),
    (
        "The 2025 World Vocational Education Conference opened on November 10 in the southern Chinese city of Nanning.",
        "2025-11-20",
        [("conference", "2025-11-10", "2025 World Vocational Education Conference", "Nanning")],
    ),
    (
        "On November 6, Hunan University and the University of Dundee jointly launched the Hunan Dundee Joint Institute.",
        "2025-11-20",
        [("establishment", "2025-11-06", "Hunan Dundee Joint Institute", None)],
    ),
    (
        "On November 4, Vice-Chancellor Jane Doe of the University of Dundee called on Nanchang University.",
        "2025-11-20",
        [("visit", "2025-11-04", None, None)],
    ),
    (
        "On 2025-11-14, Nanchang University signed a memorandum of understanding with the University of Dundee.",
        "2025-11-20",
        [("signing", "2025-11-14", None, None)],
    ),
    (
        "A delegation from the University of Aberdeen visited Jiangxi University of Finance and Economics on Nov. 4th.",
        "2025-11-20",
        [("visit", "2025-11-04", None, None)],
    ),
    (
        "On the afternoon of Nov. 17, the signing ceremony of the Sino-British Joint Institute was held in Nanchang.",
        "2025-11-20",
        [("signing", "2025-11-17", None, "Nanchang")],
    ),
    (
        "This Monday, the University of Dundee signed a memorandum of understanding with Hunan University in Changsha.",
        "2025-11-20",
        [("signing", "2025-11-17", None, "Changsha")],
    ),
    (
        "On Monday (November 17), Nanchang University hosted the 2025 China-UK Education Dialogue in Nanchang.",
        "2025-11-20",
        [("conference", "2025-11-17", "2025 China-UK Education Dialogue", "Nanchang")],
    ),
    (
        "The 2025 Jiangxi-ASEAN Education Cooperation Forum took place at the Nanchang International Expo Center on November 14.",
        "2025-11-20",
        [("conference", "2025-11-14", "2025 Jiangxi-ASEAN Education Cooperation Forum", None)],
    ),
    (
        "On November 12, the 2025 China-Laos Education Forum was held in Vientiane, the capital of Laos.",
        "2025-11-20",
        [("conference", "2025-11-12", "2025 China-Laos Education Forum", "Vientiane")],
    ),
    (
        "The 2025 Sino-Foreign Cooperative Education Summit was held on 12-13 November in Hangzhou.",
        "2025-11-20",
        [("conference", "2025-11-12", "2025 Sino-Foreign Cooperative Education Summit", "Hangzhou")],
    ),
    (
        "Between November 3 and 7, a delegation from Hunan Normal University visited the University of Dundee.",
        "2025-11-20",
        [("visit", "2025-11-03", None, None)],
    ),
    (
        "The China-Central Asia University Alliance was formally established in Xi'an on November 8.",
        "2025-11-20",
        [("establishment", "2025-11-08", "China-Central Asia University Alliance", "Xi'an")],
    ),
    (
        "The 2025 China-ASEAN Education Forum was held in Guiyang on November 10. At the forum, Guizhou University and Chiang Mai University signed a memorandum of understanding.",
        "2025-11-20",
        [
            ("conference", "2025-11-10", "2025 China-ASEAN Education Forum", "Guiyang"),
            ("signing", "2025-11-10", None, "Guiyang"),
        ],
    ),
    (
        "A delegation from the University of Dundee visited Hunan University on November 17. On the 18th, the two universities signed a memorandum of understanding.",
        "2025-11-20",
        [("signing", "2025-11-18", None, None), ("visit", "2025-11-17", None, None)],
    ),
    (
        "On November 3, the Dundee International Institute of Central South University was approved by the Ministry of Education.",
        "2025-11-20",
        [("approval", "2025-11-03", None, None)],
    ),
    (
        "On November 12, the following agreements were signed in Nanchang:\nNanchang University and the University of Dundee: a 2+2 programme agreement;\nJiangxi Normal University and the University of Aberdeen: a memorandum of understanding.",
        "2025-11-20",
        [("signing", "2025-11-12", None, "Nanchang")],
    ),
    (
        "The 2025 Forum for Sino-Foreign Cooperation in Running Schools was held in Hangzhou on November 8.",
        "2025-11-20",
        [("conference", "2025-11-08", "2025 Forum for Sino-Foreign Cooperation in Running Schools", "Hangzhou")],
    ),
    (
        "Jiangxi's International Education Week opened in Nanchang on Monday.",
        "2025-11-20",
        [("conference", "2025-11-17", "Jiangxi's International Education Week", "Nanchang")],
    ),
    (
        "On November 6, during a visit to Aberdeen, President Li Hua of Nanchang University signed an agreement with the University of Aberdeen.",
        "2025-11-20",
        [("signing", "2025-11-06", None, "Aberdeen"), ("visit", "2025-11-06", None, "Aberdeen")],
    ),
    (
        "On November 13, Vice-Chancellor Jane Doe of the University of Dundee held talks with President Li Hua at Nanchang University.",
        "2025-11-20",
        [("visit", "2025-11-13", None, None)],
    ),
    (
        "On November 10, the UK-China University Presidents' Roundtable was held in London.",
        "2025-11-20",
        [("conference", "2025-11-10", "UK-China University Presidents' Roundtable", "London")],
    ),
    (
        "Last Tuesday, the 2025 China-UK Education Colloquium took place at the University of Dundee in Dundee.",
        "2025-11-20",
        [("conference", "2025-11-18", "2025 China-UK Education Colloquium", "Dundee")],
    ),
    (
        "From November 1 to 9, a delegation from Jiangxi Normal University paid a visit to the United Kingdom and Ireland.",
        "2025-11-20",
        [("visit", "2025-11-01", None, None)],
    ),
    (
        "During a trip to Malaysia from November 3 to 7, the delegation from Nanchang University visited Universiti Malaya.",
        "2025-11-20",
        [("visit", "2025-11-03", None, "Malaysia")],
    ),
    (
        "From November 10 to 14, a delegation from Jiangxi Normal University visited the United Kingdom. On November 11, the delegation visited the University of Dundee, where the two universities signed an agreement.",
        "2025-11-20",
        [("signing", "2025-11-11", None, None), ("visit", "2025-11-10", None, "United Kingdom")],
    ),
    (
        "The 2025 China-ASEAN Education Forum, which opened in Guiyang on Monday, drew 800 participants.",
        "2025-11-20",
        [("conference", "2025-11-17", "2025 China-ASEAN Education Forum", "Guiyang")],
    ),
    (
        "Nanchang University signed a memorandum of understanding with the University of Dundee earlier this week.",
        "2025-11-20",
        [("signing", None, None, None)],
    ),
    (
        "On November 12, the University of Dundee and Hunan University signed a memorandum of understanding in Changsha.\n\nThe two universities first signed an agreement in 2016.",
        "2025-11-20",
        [("signing", "2025-11-12", None, "Changsha"), ("signing", None, None, None)],
    ),
    (
        "On Nov 13, a delegation from the University of Dundee visited Jiangxi Normal University. The next day, the two universities signed a memorandum of understanding in Nanchang.",
        "2025-11-20",
        [("signing", "2025-11-14", None, "Nanchang"), ("visit", "2025-11-13", None, None)],
    ),
    (
        "Nanchang University and the University of Dundee signed a cooperation agreement in Nanchang on Tuesday, November 18, 2025.",
        "2025-11-20",
        [("signing", "2025-11-18", None, "Nanchang")],
    ),
    (
        "The 5th China-Central Asia Education Forum was held in Xi'an, Shaanxi Province, from November 18 to 20.",
        "2025-11-20",
        [("conference", "2025-11-18", "5th China-Central Asia Education Forum", "Xi'an")],
    ),
    (
        "On November 18, Nanchang University signed an agreement with the University of Dundee. The joint programme will be launched in September 2026.",
        "2025-11-20",
        [("signing", "2025-11-18", None, None)],
    ),
    (
        "Representatives of 30 universities attended the opening ceremony of the 2025 China-Africa Vocational Education Week in Changsha on November 11.",
        "2025-11-20",
        [("conference", "2025-11-11", "2025 China-Africa Vocational Education Week", "Changsha")],
    ),
    (
        "Hosted by the Jiangxi Provincial Department of Education, the 2025 Jiangxi-UK Education Roadshow was held in London on November 5.",
        "2025-11-20",
        [("conference", "2025-11-05", "2025 Jiangxi-UK Education Roadshow", "London")],
    ),
    (
        'The 2025 Sino-Foreign Cooperative Education Annual Conference, themed "Quality and Openness", was held in Hangzhou on November 14.',
        "2025-11-20",
        [("conference", "2025-11-14", "2025 Sino-Foreign Cooperative Education Annual Conference", "Hangzhou")],
    ),
    (
        "On November 14, Hunan University and the University of Dundee signed a memorandum of understanding (MoU) on a joint PhD programme.",
        "2025-11-20",
        [("signing", "2025-11-14", None, None)],
    ),
    (
        "Nanchang University has received approval from the Ministry of Education to run a joint undergraduate programme with the University of Dundee.",
        "2025-11-20",
        [("approval", None, None, None)],
    ),
    (
        "On November 7, the Jiangxi Provincial Department of Education approved the Sino-British programme of Nanchang Institute of Technology.",
        "2025-11-20",
        [("approval", "2025-11-07", None, None)],
    ),
    (
        "On November 5, Nanchang University welcomed Vice-Chancellor Jane Doe of the University of Dundee.",
        "2025-11-20",
        [("visit", "2025-11-05", None, None)],
    ),
    (
        "On November 5, Vice-Chancellor Jane Doe of the University of Dundee toured the campus of Nanchang University.",
        "2025-11-20",
        [("visit", "2025-11-05", None, None)],
    ),
    (
        "On November 5, President Li Hua of Nanchang University received Vice-Chancellor Jane Doe of the University of Dundee.",
        "2025-11-20",
        [("visit", "2025-11-05", None, None)],
    ),
    (
        "On November 5, Vice-Chancellor Jane Doe of the University of Dundee arrived at Nanchang University for a two-day visit.",
        "2025-11-20",
        [("visit", "2025-11-05", None, None)],
    ),
    (
        "On December 30, Nanchang University signed a memorandum of understanding with the University of Dundee.",
        "2026-01-03",
        [("signing", "2025-12-30", None, None)],
    ),
    (
        "The 2025 China-UK Education Forum was held in London from December 29 to January 2.",
        "2026-01-03",
        [("conference", "2025-12-29", "2025 China-UK Education Forum", "London")],
    ),
    (
        "On Thursday, Nanchang University signed an agreement with the University of Dundee.",
        "2025-11-20",
        [("signing", "2025-11-20", None, None)],
    ),
    (
        "On November 18, Nanchang University signed an agreement with the University of Dundee.",
        None,
        [("signing", None, None, None)],
    ),
    (
        "On 18/11/2025, Nanchang University signed an agreement with the University of Dundee.",
        "2025-11-20",
        [("signing", "2025-11-18", None, None)],
    ),
    (
        "The China Education Expo 2025 opened in Beijing on November 1.",
        "2025-11-20",
        [("conference", "2025-11-01", "China Education Expo 2025", "Beijing")],
    ),
    (
        "On November 1, Nanchang University attended the Going Global Summit 2025 in London.",
        "2025-11-20",
        [("conference", "2025-11-01", "Going Global Summit 2025", "London")],
    ),
    (
        "On November 1, the University of Dundee-Nanchang University Joint Forum on Biomedicine was held in Nanchang.",
        "2025-11-20",
        [
            (
                "conference",
                "2025-11-01",
                "University of Dundee-Nanchang University Joint Forum on Biomedicine",
                "Nanchang",
            )
        ],
    ),
    (
        "On November 1, the Forum on China-Africa Cooperation in Education opened in Changsha.",
        "2025-11-20",
        [("conference", "2025-11-01", "Forum on China-Africa Cooperation in Education", "Changsha")],
    ),
    (
        "On November 5, Nanchang University hosted Professor Jane Doe, Vice-Chancellor of the University of Dundee.",
        "2025-11-20",
        [("visit", "2025-11-05", None, None)],
    ),
    (
        "On November 5, the Vice-Chancellor of the University of Dundee paid a courtesy visit to Nanchang University.",
        "2025-11-20",
        [("visit", "2025-11-05", None, None)],
    ),
    (
        "On November 5, a group of teachers from Nanchang University began a study tour of the University of Dundee.",
        "2025-11-20",
        [("visit", "2025-11-05", None, None)],
    ),
    (
        "On November 5, the Vice-Chancellor of the University of Dundee made a return visit to Nanchang University.",
        "2025-11-20",
        [("visit", "2025-11-05", None, None)],
    ),
    (
        "On November 5, Nanchang University penned a memorandum of understanding with the University of Dundee.",
        "2025-11-20",
        [("signing", "2025-11-05", None, None)],
    ),
    (
        "The Sino-British joint programme of Nanchang University and the University of Dundee has been given the green light by the Ministry of Education.",
        "2025-11-20",
        [("approval", None, None, None)],
    ),
]

CHINESE = [
    (
        "11月18日上午，南昌大学与英国邓迪大学在南昌签署合作协议。",
        "2025-11-20",
        [("signing", "2025-11-18", None, "南昌")],
    ),
    (
        "近日，湖南大学与英国阿伯丁大学签署合作备忘录。",
        "2025-11-20",
        [("signing", None, None, None)],
    ),
    (
        "日前，英国邓迪大学副校长John Smith一行访问江西师范大学。",
        "2025-11-20",
        [("visit", None, None, None)],
    ),
    (
        "昨天，2025中国—东盟职业教育论坛在南宁开幕。",
        "2025-11-20",
        [("conference", "2025-11-19", "2025中国—东盟职业教育论坛", "南宁")],
    ),
    (
        "10月12日至14日，第三届中外合作办学高峰论坛在长沙举行。",
        "2025-11-20",
        [("conference", "2025-10-12", "第三届中外合作办学高峰论坛", "长沙")],
    ),
    (
        "11月3日—5日，2025中国国际教育年会在北京召开。",
        "2025-11-20",
        [("conference", "2025-11-03", "2025中国国际教育年会", "北京")],
    ),
    (
        "上周五，江西师范大学与英国邓迪大学签署“2+2”双学位项目协议。",
        "2025-11-20",
        [("signing", "2025-11-14", None, None)],
    ),
    (
        "11月18日，由江西省教育厅主办、南昌大学承办的“一带一路”高等教育合作论坛在南昌召开。",
        "2025-11-20",
        [("conference", "2025-11-18", "“一带一路”高等教育合作论坛", "南昌")],
    ),
    (
        "11月17日，签约仪式在南昌大学前湖校区举行，南昌大学与英国邓迪大学签署合作协议。",
        "2025-11-20",
        [("signing", "2025-11-17", None, None)],
    ),
    (
        "11月16日，中国—东盟高校联盟在南宁正式成立。",
        "2025-11-20",
        [("establishment", "2025-11-16", "中国—东盟高校联盟", "南宁")],
    ),
    (
        "近日，教育部批准南昌大学与法国雷恩第一大学合作举办中法学院。",
        "2025-11-20",
        [("approval", None, None, None)],
    ),
    (
        "11月18日，校长张华会见了英国邓迪大学副校长John Smith一行。",
        "2025-11-20",
        [("visit", "2025-11-18", None, None)],
    ),
    (
        "11月10日至12日，英国阿伯丁大学代表团一行5人来访湖南大学。",
        "2025-11-20",
        [("visit", "2025-11-10", None, None)],
    ),
    (
        "11月2日至8日，校长李明率团访问英国和爱尔兰。",
        "2025-11-20",
        [("visit", "2025-11-02", None, None)],
    ),
    (
        "11月2日，校长李明率团赴马来西亚开展教育交流活动。",
        "2025-11-20",
        [("visit", "2025-11-02", None, "马来西亚")],
    ),
    (
        "11月17日，2025中国—中亚大学校长对话会在乌鲁木齐举行。",
        "2025-11-20",
        [("conference", "2025-11-17", "2025中国—中亚大学校长对话会", "乌鲁木齐")],
    ),
    (
        "11月18日，英国邓迪大学代表团来访南昌大学。访问期间，双方签署了合作协议。",
        "2025-11-20",
        [("signing", "2025-11-18", None, None), ("visit", "2025-11-18", None, None)],
    ),
    (
        "11月12日，2025江西国际教育周在南昌开幕。当天，江西师范大学与英国邓迪大学签署合作备忘录。",
        "2025-11-20",
        [("conference", "2025-11-12", "2025江西国际教育周", "南昌"), ("signing", "2025-11-12", None, "南昌")],
    ),
    (
        "11月17、18日，第五届中非大学校长论坛在长沙举行。",
        "2025-11-20",
        [("conference", "2025-11-17", "第五届中非大学校长论坛", "长沙")],
    ),
    (
        "本月18日，湖南大学与英国邓迪大学签署合作协议。",
        "2025-11-20",
        [("signing", "2025-11-18", None, None)],
    ),
    (
        "11月15日，2025国际职业教育大会在江西省南昌市举行。",
        "2025-11-20",
        [("conference", "2025-11-15", "2025国际职业教育大会", "南昌")],
    ),
    (
        "当地时间11月14日，南昌大学与英国邓迪大学在英国邓迪签署合作协议。",
        "2025-11-20",
        [("signing", "2025-11-14", None, "邓迪")],
    ),
    (
        "11月14日，湖南大学与英国阿伯丁大学以视频连线方式签署合作协议。",
        "2025-11-20",
        [("signing", "2025-11-14", None, None)],
    ),
    (
        "18日上午，江西师范大学与英国邓迪大学签署合作备忘录。",
        "2025-11-20",
        [("signing", "2025-11-18", None, None)],
    ),
    (
        "11月18日,南昌大学与英国邓迪大学在南昌签署合作协议.",
        "2025-11-20",
        [("signing", "2025-11-18", None, "南昌")],
    ),
    (
        "11月18日（星期二），2025中外合作办学工作会议在南昌召开。",
        "2025-11-20",
        [("conference", "2025-11-18", "2025中外合作办学工作会议", "南昌")],
    ),
    (
        "2024年11月12日，中国—东盟职业教育联盟在南宁成立。",
        "2025-11-20",
        [("establishment", "2024-11-12", "中国—东盟职业教育联盟", "南宁")],
    ),
    (
        "十一月十八日，湖南大学与英国邓迪大学在长沙签署合作协议。",
        "2025-11-20",
        [("signing", "2025-11-18", None, "长沙")],
    ),
    (
        "11月12日，2025年中国—东盟教育交流周在贵阳开幕。",
        "2025-11-20",
        [("conference", "2025-11-12", "2025年中国—东盟教育交流周", "贵阳")],
    ),
    (
        "11月13日，2025中英高等教育合作工作坊在南昌大学举办。",
        "2025-11-20",
        [("conference", "2025-11-13", "2025中英高等教育合作工作坊", None)],
    ),
    (
        "11月6日，2025“留学江西”推介会在吉隆坡举行。",
        "2025-11-20",
        [("conference", "2025-11-06", "2025“留学江西”推介会", "吉隆坡")],
    ),
    (
        "南昌大学与英国邓迪大学续签合作协议。签约仪式于11月7日在南昌举行。",
        "2025-11-20",
        [("signing", "2025-11-07", None, "南昌")],
    ),
    (
        "11月11日，第二届中法教育合作论坛在南昌开幕。随后，南昌大学与法国雷恩第一大学签署合作协议。",
        "2025-11-20",
        [("conference", "2025-11-11", "第二届中法教育合作论坛", "南昌"), ("signing", "2025-11-11", None, "南昌")],
    ),
    (
        "日前，江西财经大学与英国阿伯丁大学签订合作办学协议。",
        "2025-11-20",
        [("signing", None, None, None)],
    ),
    (
        "11月4日，校长张华与来访的英国邓迪大学校长一行举行会谈。",
        "2025-11-20",
        [("visit", "2025-11-04", None, None)],
    ),
    (
        "11月4日，湖南大学代表团前往英国邓迪大学访问。",
        "2025-11-20",
        [("visit", "2025-11-04", None, None)],
    ),
    (
        "11月5日至9日，南昌大学副校长李明率团访问英国，先后走访邓迪大学和阿伯丁大学。",
        "2025-11-20",
        [("visit", "2025-11-05", None, "英国")],
    ),
    (
        "11月9日，第三届“中国—中亚”教育合作论坛在西安举行。",
        "2025-11-20",
        [("conference", "2025-11-09", "第三届“中国—中亚”教育合作论坛", "西安")],
    ),
    (
        "今年7月，湖南大学与英国邓迪大学合作举办的湖南大学邓迪国际学院获教育部批准设立。",
        "2025-11-20",
        [("approval", None, None, None)],
    ),
    (
        "11月9日，南昌大学中法学院2025届毕业典礼在南昌举行。",
        "2025-11-20",
        [("other", "2025-11-09", "南昌大学中法学院2025届毕业典礼", "南昌")],
    ),
    (
        "11月8日，江西财经大学中外合作办学十周年庆祝大会在南昌举行。",
        "2025-11-20",
        [("other", "2025-11-08", "江西财经大学中外合作办学十周年庆祝大会", "南昌")],
    ),
    (
        "2023年，南昌大学与英国邓迪大学签署合作备忘录。",
        "2025-11-20",
        [("signing", None, None, None)],
    ),
    (
        "11月16日，2025江西—东盟教育合作洽谈会在南昌举行，12所高校签署合作协议。",
        "2025-11-20",
        [("conference", "2025-11-16", "2025江西—东盟教育合作洽谈会", "南昌"), ("signing", "2025-11-16", None, "南昌")],
    ),
    (
        "11月18日，南昌大學與英國鄧迪大學在南昌簽署合作協議。",
        "2025-11-20",
        [("signing", "2025-11-18", None, "南昌")],
    ),
    (
        "11月15日，2025中外合作办学论坛在江西南昌举行。",
        "2025-11-20",
        [("conference", "2025-11-15", "2025中外合作办学论坛", "南昌")],
    ),
    (
        "11月17日下午，英国邓迪大学副校长John Smith一行来访南昌大学。",
        "2025-11-20",
        [("visit", "2025-11-17", None, None)],
    ),
    (
        "本周二，江西师范大学与英国邓迪大学签署合作备忘录。",
        "2025-11-20",
        [("signing", "2025-11-18", None, None)],
    ),
    (
        "前天，湖南大学与英国邓迪大学在长沙签署合作协议。",
        "2025-11-20",
        [("signing", "2025-11-18", None, "长沙")],
    ),
    (
        "湖南大学与英国邓迪大学合作备忘录签约仪式11月14日在长沙举行。",
        "2025-11-20",
        [("signing", "2025-11-14", None, "长沙")],
    ),
    (
        "2025中国—东盟教育交流周开幕式于11月10日在贵阳举行。",
        "2025-11-20",
        [("conference", "2025-11-10", "2025中国—东盟教育交流周", "贵阳")],
    ),
    (
        "11月13日，南昌大学与英国邓迪大学举行合作办学项目签约仪式。",
        "2025-11-20",
        [("signing", "2025-11-13", None, None)],
    ),
    (
        "11月14日，2025中外合作办学质量建设研讨会暨工作交流会在南昌召开。",
        "2025-11-20",
        [("conference", "2025-11-14", "2025中外合作办学质量建设研讨会", "南昌")],
    ),
    (
        "11月6日，英国阿伯丁大学国际事务副校长到访江西财经大学。",
        "2025-11-20",
        [("visit", "2025-11-06", None, None)],
    ),
    (
        "11月1日至7日，江西师范大学校长率团出访英国。",
        "2025-11-20",
        [("visit", "2025-11-01", None, "英国")],
    ),
    (
        "11月18日，“中国—东盟职业教育研究中心”在南宁揭牌成立。",
        "2025-11-20",
        [("establishment", "2025-11-18", "中国—东盟职业教育研究中心", "南宁")],
    ),
    (
        "11月18日，第二届《国际中文教育》论坛在昆明举行。",
        "2025-11-20",
        [("conference", "2025-11-18", "第二届《国际中文教育》论坛", "昆明")],
    ),
    (
        "11月18日，中国—中亚高校联盟第二次理事会会议在西安召开。",
        "2025-11-20",
        [("conference", "2025-11-18", "中国—中亚高校联盟第二次理事会会议", "西安")],
    ),
    (
        "新华社南昌11月18日电 11月17日，2025江西国际教育论坛在南昌开幕。",
        "2025-11-20",
        [("conference", "2025-11-17", "2025江西国际教育论坛", "南昌")],
    ),
    (
        "11月13日，英国邓迪大学副校长John Smith一行来访南昌大学。双方签署了“2+2”联合培养项目协议。",
        "2025-11-20",
        [("signing", "2025-11-13", None, None), ("visit", "2025-11-13", None, None)],
    ),
    (
        "11月13日，2025中英教育合作论坛在线上举行。",
        "2025-11-20",
        [("conference", "2025-11-13", "2025中英教育合作论坛", None)],
    ),
    (
        "10月下旬，江西师范大学与英国邓迪大学签署合作备忘录。",
        "2025-11-20",
        [("signing", None, None, None)],
    ),
    (
        "日前，教育部正式批准江西师范大学与英国邓迪大学合作举办本科教育项目。",
        "2025-11-20",
        [("approval", None, None, None)],
    ),
    (
        "11月12日，校长张华出席在贵阳举行的2025中国—东盟教育交流周开幕式。",
        "2025-11-20",
        [("conference", "2025-11-12", "2025中国—东盟教育交流周", "贵阳")],
    ),
    (
        "11月14日至16日，第22届中国国际教育年会在北京举行。",
        "2025-11-20",
        [("conference", "2025-11-14", "第22届中国国际教育年会", "北京")],
    ),
    (
        "南昌大学与英国阿伯丁大学于11月10日在阿伯丁签署合作协议。",
        "2025-11-20",
        [("signing", "2025-11-10", None, "阿伯丁")],
    ),
    (
        "11月10日，中英大学校长圆桌会在伦敦举行。",
        "2025-11-20",
        [("conference", "2025-11-10", "中英大学校长圆桌会", "伦敦")],
    ),
    (
        "11月10日至14日，江西师范大学校长率团访问英国。11日，代表团访问邓迪大学，双方签署合作协议。12日，代表团访问阿伯丁大学。",
        "2025-11-20",
        [("signing", "2025-11-11", None, None), ("visit", "2025-11-10", None, "英国")],
    ),
    (
        "日前，南昌大学与英国邓迪大学签署合作协议。据悉，该协议于11月12日在南昌签署。",
        "2025-11-20",
        [("signing", "2025-11-12", None, "南昌")],
    ),
    (
        "11月12日，江西师范大学与英国邓迪大学签署合作备忘录。\n\n江西师范大学于2016年与邓迪大学建立合作关系。",
        "2025-11-20",
        [("signing", "2025-11-12", None, None)],
    ),
    (
        "11月13日上午，英国邓迪大学代表团来访江西师范大学。当天下午，双方签署合作备忘录。",
        "2025-11-20",
        [("signing", "2025-11-13", None, None), ("visit", "2025-11-13", None, None)],
    ),
    (
        "11月13日，英国邓迪大学代表团来访江西师范大学。次日，双方在南昌签署合作备忘录。",
        "2025-11-20",
        [("signing", "2025-11-14", None, "南昌"), ("visit", "2025-11-13", None, None)],
    ),
    (
        "本报讯（记者 李明）11月18日，南昌大学与英国邓迪大学签署合作协议。",
        "2025-11-20",
        [("signing", "2025-11-18", None, None)],
    ),
    (
        "11月18日，南昌大学与英国邓迪大学签署合作协议。（文/国际合作与交流处 图/张三）",
        "2025-11-20",
        [("signing", "2025-11-18", None, None)],
    ),
    (
        "2025年11月18日至20日，第五届中国—中亚教育合作论坛在西安举办。",
        "2025-11-20",
        [("conference", "2025-11-18", "第五届中国—中亚教育合作论坛", "西安")],
    ),
    (
        "11月18日，南昌大学与英国邓迪大学签署合作协议，双方将于明年9月启动“2+2”联合培养项目。",
        "2025-11-20",
        [("signing", "2025-11-18", None, None)],
    ),
    (
        "11月18日，英国邓迪大学副校长John Smith一行到访南昌大学，校长张华会见了客人一行。",
        "2025-11-20",
        [("visit", "2025-11-18", None, None)],
    ),
    (
        "11月14日，由江西省教育厅主办，南昌大学承办的2025江西—英国高等教育合作论坛在南昌举行。",
        "2025-11-20",
        [("conference", "2025-11-14", "2025江西—英国高等教育合作论坛", "南昌")],
    ),
    (
        "11月14日，江西省教育厅在南昌召开2025年全省中外合作办学工作会议。",
        "2025-11-20",
        [("conference", "2025-11-14", "2025年全省中外合作办学工作会议", "南昌")],
    ),
    (
        "11月14日，教育部公布2025年中外合作办学评估结果。",
        "2025-11-20",
        [("other", "2025-11-14", None, None)],
    ),
    (
        "11月14日，英国邓迪大学校长一行来我校访问。",
        "2025-11-20",
        [("visit", "2025-11-14", None, None)],
    ),
    (
        "11月14日，南昌大学与英国邓迪大学以线上线下相结合的方式签署合作协议。",
        "2025-11-20",
        [("signing", "2025-11-14", None, None)],
    ),
    (
        "11月14日，南昌大学举行中外合作办学项目2025级新生开学典礼。",
        "2025-11-20",
        [("other", "2025-11-14", "中外合作办学项目2025级新生开学典礼", None)],
    ),
    (
        "11月14日，英国驻华大使馆教育处一行访问江西省教育厅。",
        "2025-11-20",
        [("visit", "2025-11-14", None, None)],
    ),
    (
        "11月14日下午，江西省教育厅副厅长王明在南昌会见了英国邓迪大学校长John Smith一行。",
        "2025-11-20",
        [("visit", "2025-11-14", None, "南昌")],
    ),
    (
        "11月5日，英国邓迪大学副校长John Smith一行莅临南昌大学交流指导。",
        "2025-11-20",
        [("visit", "2025-11-05", None, None)],
    ),
    (
        "11月5日，南昌大学副校长李明一行走访英国邓迪大学。",
        "2025-11-20",
        [("visit", "2025-11-05", None, None)],
    ),
    (
        "11月5日，南昌大学副校长李明一行拜访英国邓迪大学。",
        "2025-11-20",
        [("visit", "2025-11-05", None, None)],
    ),
    (
        "11月5日，南昌大学副校长李明接待了英国邓迪大学代表团。",
        "2025-11-20",
        [("visit", "2025-11-05", None, None)],
    ),
    (
        "11月5日，英国邓迪大学代表团一行参访南昌大学。",
        "2025-11-20",
        [("visit", "2025-11-05", None, None)],
    ),
    (
        "11月5日，英国邓迪大学副校长John Smith一行来南昌大学交流。",
        "2025-11-20",
        [("visit", "2025-11-05", None, None)],
    ),
    (
        "11月5日，英国邓迪大学副校长John Smith一行到南昌大学交流访问。",
        "2025-11-20",
        [("visit", "2025-11-05", None, None)],
    ),
    (
        "11月5日，南昌大学与英国邓迪大学正式签约。",
        "2025-11-20",
        [("signing", "2025-11-05", None, None)],
    ),
    (
        "11月5日，南昌大学与英国邓迪大学共同签署了《合作办学协议》。",
        "2025-11-20",
        [("signing", "2025-11-05", None, None)],
    ),
    (
        "11月5日，经教育部审批同意，南昌大学邓迪国际学院正式设立。",
        "2025-11-20",
        [("approval", "2025-11-05", None, None)],
    ),
    (
        "12月30日，南昌大学与英国邓迪大学签署合作备忘录。",
        "2026-01-03",
        [("signing", "2025-12-30", None, None)],
    ),
    (
        "12月29日至1月2日，江西师范大学代表团访问英国。",
        "2026-01-03",
        [("visit", "2025-12-29", None, "英国")],
    ),
    (
        "今天上午，南昌大学与英国邓迪大学签署合作协议。",
        "2025-11-20",
        [("signing", "2025-11-20", None, None)],
    ),
    (
        "11月18日至19日，英国邓迪大学代表团访问南昌大学。其间，双方签署合作协议。",
        "2025-11-20",
        [("signing", None, None, None), ("visit", "2025-11-18", None, None)],
    ),
    (
        "11月18号，南昌大学与英国邓迪大学签署合作协议。",
        "2025-11-20",
        [("signing", "2025-11-18", None, None)],
    ),
    (
        "11月5日，南昌大学与英国邓迪大学缔结姊妹学校关系。",
        "2025-11-20",
        [("signing", "2025-11-05", None, None)],
    ),
]


def _events(record):
    return sorted(((e.kind, e.date, e.name, e.location) for e in record.events), key=str)


@pytest.mark.parametrize(("text", "published", "expected"), ENGLISH)
def test_english_probe(extract, text, published, expected):
    assert _events(extract(text, "en", published=published)) == sorted(expected, key=str)


@pytest.mark.parametrize(("text", "published", "expected"), CHINESE)
def test_chinese_probe(extract, text, published, expected):
    assert _events(extract(text, "zh", published=published)) == sorted(expected, key=str)
