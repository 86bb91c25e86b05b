# ruff: noqa: E501  (probes are whole sentences, one a line)
"""Probes, session 11: events the rules missed, written in the genre's other ways (made-up sentences,
not copied from a bulletin), each with the events a careful reader takes: (kind, date, name, location).

Pages are dated Thursday 20 November 2025 ("on Tuesday" is the 18th)."""

import pytest

ENGLISH = [
    # a signing told as a renewal or an extension of an agreement
    (
        "On November 12, Jiangxi Normal University renewed its cooperation agreement with Ruritania State University.",
        "2025-11-20",
        [("signing", "2025-11-12", None, None)],
    ),
    (
        "The two universities renewed their memorandum of understanding in Nanchang on November 6.",
        "2025-11-20",
        [("signing", "2025-11-06", None, "Nanchang")],
    ),
    (
        "On November 4, Hunan University and the University of Dundee extended their 2+2 programme agreement for another five years.",
        "2025-11-20",
        [("signing", "2025-11-04", None, None)],
    ),
    (
        "On November 4, Hunan University and the University of Dundee concluded a student exchange agreement.",
        "2025-11-20",
        [("signing", "2025-11-04", None, None)],
    ),
    (
        "On November 4, Hunan University entered into a memorandum of understanding with the University of Dundee.",
        "2025-11-20",
        [("signing", "2025-11-04", None, None)],
    ),
    (
        "On November 4, Hunan University and the University of Dundee exchanged the signed agreements.",
        "2025-11-20",
        [("signing", "2025-11-04", None, None)],
    ),
    # a founding told by its ceremony: plaque, launch, opening
    (
        "On November 12, a plaque-unveiling ceremony for the Nanchang University-Dundee Joint Research Centre was held in Nanchang.",
        "2025-11-20",
        [("establishment", "2025-11-12", "Nanchang University-Dundee Joint Research Centre", "Nanchang")],
    ),
    (
        "On November 12, the launch ceremony of the Sino-British Joint Laboratory for Smart Agriculture took place at Jiangxi Agricultural University.",
        "2025-11-20",
        [("establishment", "2025-11-12", "Sino-British Joint Laboratory for Smart Agriculture", None)],
    ),
    (
        "On November 12, the Jiangxi-Dundee Joint Research Centre for Biomedicine was unveiled in Nanchang.",
        "2025-11-20",
        [("establishment", "2025-11-12", "Jiangxi-Dundee Joint Research Centre for Biomedicine", "Nanchang")],
    ),
    (
        "Vice-Governor Li Ming and Vice-Chancellor Jane Doe unveiled the plaque of the Dundee International Institute of Nanchang University on November 12.",
        "2025-11-20",
        [("establishment", "2025-11-12", "Dundee International Institute of Nanchang University", None)],
    ),
    # visits written with "came to", "arrived", "on a visit"
    (
        "On November 5, a delegation from Ruritania State University came to Nanchang University for a visit.",
        "2025-11-20",
        [("visit", "2025-11-05", None, None)],
    ),
    (
        "On November 5, Vice-Chancellor Jane Doe of the University of Dundee came to Jiangxi Normal University for exchanges.",
        "2025-11-20",
        [("visit", "2025-11-05", None, None)],
    ),
    (
        "On November 5, President Li Hua of Nanchang University led a delegation to Ruritania State University.",
        "2025-11-20",
        [("visit", "2025-11-05", None, None)],
    ),
    (
        "Vice-Chancellor Jane Doe of the University of Dundee was on a visit to Hunan University on November 5.",
        "2025-11-20",
        [("visit", "2025-11-05", None, None)],
    ),
    (
        "On November 5, a five-member delegation headed by Vice-Chancellor Jane Doe of the University of Dundee arrived at Hunan University.",
        "2025-11-20",
        [("visit", "2025-11-05", None, None)],
    ),
    # conferences with an ordinal, "annual", lower-case words, an unnamed meeting
    (
        "The 2nd annual Sino-UK Forum on Higher Education was held in Nanchang on November 8.",
        "2025-11-20",
        [("conference", "2025-11-08", "2nd annual Sino-UK Forum on Higher Education", "Nanchang")],
    ),
    (
        "On November 8, the Second Annual China-ASEAN Education Dialogue was held in Nanning.",
        "2025-11-20",
        [("conference", "2025-11-08", "Second Annual China-ASEAN Education Dialogue", "Nanning")],
    ),
    (
        "On November 8, the council meeting of the alliance was convened in Kunming.",
        "2025-11-20",
        [("conference", "2025-11-08", None, "Kunming")],
    ),
    (
        "On November 8, the Sino-Dutch Teachers' Workshop opened at Nanchang Normal University.",
        "2025-11-20",
        [("conference", "2025-11-08", "Sino-Dutch Teachers' Workshop", None)],
    ),
    (
        "On November 8, the 2025 China-UK Vocational Education Seminar was held online.",
        "2025-11-20",
        [("conference", "2025-11-08", "2025 China-UK Vocational Education Seminar", None)],
    ),
    (
        "On November 8, Nanchang University held the 2025 Study in Jiangxi Fair in Kuala Lumpur.",
        "2025-11-20",
        [("conference", "2025-11-08", "2025 Study in Jiangxi Fair", "Kuala Lumpur")],
    ),
    # approvals written otherwise
    (
        "On November 3, the Sino-French Institute of Nanchang University was granted approval by the Ministry of Education.",
        "2025-11-20",
        [("approval", "2025-11-03", None, None)],
    ),
    (
        "On November 3, the Ministry of Education gave the green light to the Sino-French Institute of Nanchang University.",
        "2025-11-20",
        [("approval", "2025-11-03", None, None)],
    ),
    (
        "The joint programme between Nanchang University and the University of Dundee won approval from the Ministry of Education on November 3.",
        "2025-11-20",
        [("approval", "2025-11-03", None, None)],
    ),
    # other: openings of a term, graduations, anniversaries
    (
        "On September 10, the Dundee International Institute of Nanchang University held its opening ceremony for the new academic year.",
        "2025-11-20",
        [("other", "2025-09-10", None, None)],
    ),
    # words that tell no signing, no visit: a friendship renewed, a welcome extended, a forum concluded
    (
        "On November 12, the two universities renewed their friendship and extended a warm welcome to the new students.",
        "2025-11-20",
        [],
    ),
    (
        "The 2025 China-ASEAN Education Forum concluded in Guiyang on November 12.",
        "2025-11-20",
        [("conference", "2025-11-12", "2025 China-ASEAN Education Forum", "Guiyang")],
    ),
    (
        "On March 3, Nanchang University renewed its agreement with the University of Dundee, extending the joint institute the two universities have run in Nanchang since 2015.",
        "2025-11-20",
        [("signing", "2025-03-03", None, None)],
    ),
    (
        "On November 9, Hunan University and the University of Dundee sealed a partnership agreement in Changsha.",
        "2025-11-20",
        [("signing", "2025-11-09", None, "Changsha")],
    ),
    (
        "On November 8, the inaugural meeting of the Jiangxi-UK University Alliance was held in Nanchang.",
        "2025-11-20",
        [("establishment", "2025-11-08", "Jiangxi-UK University Alliance", "Nanchang")],
    ),
    (
        "On November 5, President Li Hua of Nanchang University hosted Vice-Chancellor Jane Doe of the University of Dundee.",
        "2025-11-20",
        [("visit", "2025-11-05", None, None)],
    ),
    (
        "The 10th China-ASEAN Education Cooperation Week opened in Guiyang on November 8.",
        "2025-11-20",
        [("conference", "2025-11-08", "10th China-ASEAN Education Cooperation Week", "Guiyang")],
    ),
]

CHINESE = [
    # 揭牌 of a joint institute or centre the name finder cut
    (
        "11月12日，南昌大学中法学院揭牌仪式在南昌举行。",
        "2025-11-20",
        [("establishment", "2025-11-12", "南昌大学中法学院", "南昌")],
    ),
    (
        "11月12日，江西农业大学中英联合实验室揭牌仪式举行。",
        "2025-11-20",
        [("establishment", "2025-11-12", "江西农业大学中英联合实验室", None)],
    ),
    (
        "11月12日，南昌大学—邓迪大学联合研究中心揭牌成立。",
        "2025-11-20",
        [("establishment", "2025-11-12", "南昌大学—邓迪大学联合研究中心", None)],
    ),
    (
        "11月12日，江西师范大学与英国邓迪大学共建的中英国际教育中心正式揭牌。",
        "2025-11-20",
        [("establishment", "2025-11-12", "中英国际教育中心", None)],
    ),
    (
        "11月12日，中国—东盟职业教育联盟成立大会在南宁召开。",
        "2025-11-20",
        [("establishment", "2025-11-12", "中国—东盟职业教育联盟", "南宁")],
    ),
    # names cut by 教师/学校/学生 inside them
    (
        "11月8日，中荷教师工作坊在南昌师范学院开幕。",
        "2025-11-20",
        [("conference", "2025-11-08", "中荷教师工作坊", None)],
    ),
    (
        "11月8日，2025中英学校校长论坛在南昌举行。",
        "2025-11-20",
        [("conference", "2025-11-08", "2025中英学校校长论坛", "南昌")],
    ),
    (
        "11月8日，江西—马来西亚教师发展研讨会在南昌召开。",
        "2025-11-20",
        [("conference", "2025-11-08", "江西—马来西亚教师发展研讨会", "南昌")],
    ),
    # renewals and signings written otherwise
    (
        "11月12日，江西师范大学与英国邓迪大学续签合作协议。",
        "2025-11-20",
        [("signing", "2025-11-12", None, None)],
    ),
    (
        "11月12日，江西师范大学与英国邓迪大学举行合作协议续签仪式。",
        "2025-11-20",
        [("signing", "2025-11-12", None, None)],
    ),
    (
        "11月12日，江西师范大学与英国邓迪大学签订了学生交流协议。",
        "2025-11-20",
        [("signing", "2025-11-12", None, None)],
    ),
    (
        "11月12日，双方互换了合作协议文本。",
        "2025-11-20",
        [("signing", "2025-11-12", None, None)],
    ),
    # visits written otherwise
    (
        "11月5日，英国邓迪大学代表团来到南昌大学访问交流。",
        "2025-11-20",
        [("visit", "2025-11-05", None, None)],
    ),
    (
        "11月5日，英国邓迪大学副校长John Smith一行莅临南昌大学考察交流。",
        "2025-11-20",
        [("visit", "2025-11-05", None, None)],
    ),
    (
        "11月5日，英国邓迪大学副校长John Smith一行到访江西师范大学。",
        "2025-11-20",
        [("visit", "2025-11-05", None, None)],
    ),
    (
        "11月5日，南昌大学校长李明率团赴英国邓迪大学交流访问。",
        "2025-11-20",
        [("visit", "2025-11-05", None, None)],
    ),
    (
        "11月5日，英国邓迪大学副校长John Smith一行走访江西师范大学。",
        "2025-11-20",
        [("visit", "2025-11-05", None, None)],
    ),
    # approvals written otherwise
    (
        "11月3日，南昌大学中法学院获教育部批准设立。",
        "2025-11-20",
        [("approval", "2025-11-03", None, None)],
    ),
    (
        "11月3日，南昌大学与英国邓迪大学合作举办的生物医学专业本科教育项目获教育部批准。",
        "2025-11-20",
        [("approval", "2025-11-03", None, None)],
    ),
    # other
    # a count of events names none
    (
        "11月8日，“中外合作办学质量”“国际学生管理”两个分论坛同时举行。",
        "2025-11-20",
        [],
    ),
    (
        "11月12日，双方代表在合作协议上签字。",
        "2025-11-20",
        [("signing", "2025-11-12", None, None)],
    ),
    (
        "11月5日，学校举行2025年中外合作办学工作推进会。",
        "2025-11-20",
        [("conference", "2025-11-05", "2025年中外合作办学工作推进会", None)],
    ),
    (
        "11月5日，中外学生交流会在南昌大学举行。",
        "2025-11-20",
        [("conference", "2025-11-05", "中外学生交流会", None)],
    ),
    (
        "11月3日，教育部正式批复同意设立南昌大学中法学院。",
        "2025-11-20",
        [("approval", "2025-11-03", None, None)],
    ),
    (
        "11月12日，江西师范大学与英国邓迪大学合作协议签署仪式在南昌举行。",
        "2025-11-20",
        [("signing", "2025-11-12", None, "南昌")],
    ),
    (
        "11月8日，江西省中外合作办学联盟在南昌成立。",
        "2025-11-20",
        [("establishment", "2025-11-08", "江西省中外合作办学联盟", "南昌")],
    ),
    (
        "11月12日，南昌大学国际教育中心隆重举行揭牌仪式。",
        "2025-11-20",
        [("establishment", "2025-11-12", "南昌大学国际教育中心", None)],
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
