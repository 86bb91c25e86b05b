# ruff: noqa: E501  (probes are whole sentences, one a line)
"""Probes, session 13: events a careful reader lists in passages written in the genre's ways (made-up
passages, not copied from a bulletin): several visits in one story, visitors met by title, unnamed
meetings of a body, slogans inside names, happenings told as background or during several days.
Each with the events (kind, date, name, location). Pages are dated Thursday 20 November 2025."""

import pytest

PUBLISHED = "2025-11-20"

ENGLISH = [
    # two delegations on two days are two visits; one trip told over several days is one
    (
        "On Tuesday, a delegation from the University of Pavia visited Nanchang University. On Wednesday, Vice President Li Hua received a delegation from Nazarbayev University.",
        [("visit", "2025-11-18", None, None), ("visit", "2025-11-19", None, None)],
    ),
    (
        "A delegation from the University of Dundee began a three-day visit to Nanchang University on Monday. On Wednesday, the delegation toured the university's laboratories.",
        [("visit", "2025-11-17", None, None)],
    ),
    (
        "From November 10 to 14, a delegation from Kazan Federal University visited Jiangxi. On November 12, the delegation called on Jiangxi Normal University.",
        [("visit", "2025-11-10", None, "Jiangxi")],
    ),
    (
        "On November 10, a delegation from Kazan Federal University visited Jiangxi Normal University. On November 12, the visitors went on to Nanchang University.",
        [("visit", "2025-11-10", None, None)],
    ),
    # a visitor met by title
    (
        "On November 14, President Wang Lin met Vice-Chancellor Jane Doe of the University of Dundee in Nanchang.",
        [("visit", "2025-11-14", None, "Nanchang")],
    ),
    (
        "On November 14, Vice President Li Hua met Rector Ivan Petrov of Kazan Federal University.",
        [("visit", "2025-11-14", None, None)],
    ),
    # a trip abroad told as a trip
    (
        "The idea came from President Wang Lin's trip to the United Kingdom from November 3 to 8, when he met Vice-Chancellor Jane Doe of the University of Dundee.",
        [("visit", "2025-11-03", None, "United Kingdom")],
    ),
    (
        "President Wang Lin's trip to the United Kingdom from November 3 to 8 took him to three universities.",
        [("visit", "2025-11-03", None, "United Kingdom")],
    ),
    # a meeting of a body, unnamed
    (
        "On November 8, the council meeting of the alliance was convened in Kunming.",
        [("conference", "2025-11-08", None, "Kunming")],
    ),
    (
        "On November 8, the annual meeting of the China-ASEAN Vocational Education Alliance was held in Nanning.",
        [("conference", "2025-11-08", None, "Nanning")],
    ),
    (
        "On November 8, the alliance's general assembly took place in Kunming.",
        [("conference", "2025-11-08", None, "Kunming")],
    ),
    (
        "The China-ASEAN Education Week opened in Guiyang on November 17. Participants also attended the annual meeting of the alliance.",
        [
            ("conference", "2025-11-17", "China-ASEAN Education Week", "Guiyang"),
            ("conference", "2025-11-17", None, "Guiyang"),
        ],
    ),
    # a body founded, named after the founding words though no body is found in the sentence
    (
        "The week opened on Monday, November 17, with the inauguration of the Sino-British Joint Laboratory for Wetland Ecology, which Jiangxi Normal University set up with the University of Dundee.",
        [("establishment", "2025-11-17", "Sino-British Joint Laboratory for Wetland Ecology", None)],
    ),
    (
        "On November 12, the inauguration of the new campus took place.",
        [],
    ),
    # a conference told without a name
    (
        "On November 12, a seminar on Sino-foreign cooperative education was held at Jiangxi Normal University.",
        [("conference", "2025-11-12", None, None)],
    ),
    (
        "On November 12, Nanchang University hosted a forum on international student recruitment.",
        [("conference", "2025-11-12", None, None)],
    ),
    (
        "The university provides a forum for students from both countries.",
        [],
    ),
    # a slogan's "in" inside a name
    (
        "On November 8, Nanchang University held the 2025 Study in Jiangxi Fair in Kuala Lumpur.",
        [("conference", "2025-11-08", "2025 Study in Jiangxi Fair", "Kuala Lumpur")],
    ),
    (
        "On November 8, the 2025 Invest in Hunan Education Expo opened in Changsha.",
        [("conference", "2025-11-08", "2025 Invest in Hunan Education Expo", "Changsha")],
    ),
    # during a happening of several days: no one day
    (
        "The 2025 China-ASEAN Education Forum opened in Nanning on Monday. The three-day forum drew 400 participants. During the forum, 12 agreements were signed.",
        [
            ("conference", "2025-11-17", "2025 China-ASEAN Education Forum", "Nanning"),
            ("signing", None, None, "Nanning"),
        ],
    ),
    (
        "The 2025 China-ASEAN Education Forum opened in Nanning on Monday. The next day, Guangxi University signed an agreement with Mahidol University.",
        [
            ("conference", "2025-11-17", "2025 China-ASEAN Education Forum", "Nanning"),
            ("signing", "2025-11-18", None, "Nanning"),
        ],
    ),
    # a day counted from the one just given
    (
        "On November 12, the 2025 Sino-French Education Forum was held in Nanchang. A day earlier, the Sino-French Institute of Nanchang University was inaugurated.",
        [
            ("conference", "2025-11-12", "2025 Sino-French Education Forum", "Nanchang"),
            ("establishment", "2025-11-11", "Sino-French Institute of Nanchang University", None),
        ],
    ),
    # background: an earlier month or an earlier year's event does not take the day just given
    (
        "On November 12, the 2025 Sino-French Education Forum was held in Nanchang. The two universities first met at the 2023 China-France Rectors' Conference in Paris.",
        [
            ("conference", "2025-11-12", "2025 Sino-French Education Forum", "Nanchang"),
            ("conference", None, "2023 China-France Rectors' Conference", "Paris"),
        ],
    ),
    (
        "On November 12, Nanchang University signed an agreement with the University of Dundee. The two universities had signed a memorandum of understanding in April 2023.",
        [("signing", "2025-11-12", None, None), ("signing", None, None, None)],
    ),
    (
        "On November 12, the two universities signed a memorandum of understanding. Officials recalled the 2024 China-Africa University Presidents' Forum, held in Changsha last June.",
        [
            ("signing", "2025-11-12", None, None),
            ("conference", None, "2024 China-Africa University Presidents' Forum", "Changsha"),
        ],
    ),
]

CHINESE = [
    (
        "11月18日，英国邓迪大学代表团来访南昌大学。11月19日，副校长李华会见了哈萨克斯坦纳扎尔巴耶夫大学代表团。",
        [("visit", "2025-11-18", None, None), ("visit", "2025-11-19", None, None)],
    ),
    (
        "泰国宋卡王子大学代表团一行6人11月17日抵达南昌,开始为期三天的访问。11月19日,代表团还参观了江西师范大学。",
        [("visit", "2025-11-17", None, "南昌")],
    ),
    (
        "11月10日至14日，喀山联邦大学代表团访问江西。11月12日，代表团一行到访江西师范大学。",
        [("visit", "2025-11-10", None, "江西")],
    ),
    (
        "11月14日，南昌大学校长与英国邓迪大学副校长举行会晤。",
        [("visit", "2025-11-14", None, None)],
    ),
    (
        "本周一，英国伯明翰大学副校长一行与中南大学校长在长沙举行会晤。",
        [("visit", "2025-11-17", None, "长沙")],
    ),
    (
        "11月14日，江西师范大学与白俄罗斯国立大学在南昌举行会谈，双方就联合培养达成共识。",
        [("visit", "2025-11-14", None, "南昌")],
    ),
    (
        "11月12日，联盟召开年会，30所成员单位代表出席。",
        [("conference", "2025-11-12", None, None)],
    ),
    (
        "11月18日至21日，校党委书记率团赴泰国访问，并出席了在曼谷举办的第五届中国—东盟教育合作论坛。",
        [("visit", "2025-11-18", None, "泰国"), ("conference", None, "第五届中国—东盟教育合作论坛", "曼谷")],
    ),
    (
        "11月12日，两校签署合作协议。两校于2023年4月签署了合作备忘录。",
        [("signing", "2025-11-12", None, None), ("signing", None, None, None)],
    ),
    (
        "11月12日，南昌大学与邓迪大学签署合作协议。2019年4月，两校在中英高等教育论坛期间签署合作备忘录。",
        [
            ("signing", "2025-11-12", None, None),
            ("signing", None, None, None),
            ("conference", None, "中英高等教育论坛", None),
        ],
    ),
    (
        "11月12日，南昌大学与邓迪大学签署合作协议。此前，两校曾于2024年3月在英国签署合作备忘录。",
        [("signing", "2025-11-12", None, None), ("signing", None, None, "英国")],
    ),
]


def _events(record):
    return sorted(((e.kind, e.date, e.name, e.location) for e in record.events), key=str)


@pytest.mark.parametrize(("text", "expected"), ENGLISH)
def test_english_probe(extract, text, expected):
    assert _events(extract(text, "en", published=PUBLISHED)) == sorted(expected, key=str)


@pytest.mark.parametrize(("text", "expected"), CHINESE)
def test_chinese_probe(extract, text, expected):
    assert _events(extract(text, "zh", published=PUBLISHED)) == sorted(expected, key=str)
