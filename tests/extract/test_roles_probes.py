"""Probes: role facts written in the genre's many ways (GENRE.md, "Roles and people"): lists under a
role line that is no strict heading, names after a colon on the role line, lists opening the next
sentence, seats the vocabulary names in other words, counts in notes and after lists. Each probe is
made up in the way bulletins write, with the (member, role) facts and counts a careful reader takes."""

import pytest

A_EN = "The Silk Road Vocational Education Alliance held its second council meeting in Lanzhou on May 8. "
A_ZH = "5月8日，丝路职业教育合作联盟第二届理事会在兰州召开。"
F_EN = "The 2025 Ganjiang International Education Forum opened in Nanchang on May 8. "
F_ZH = "5月8日，2025赣江国际教育论坛在南昌开幕。"
FORUMS = {"en": "2025 Ganjiang International Education Forum", "zh": "2025赣江国际教育论坛"}
ALLIANCES = {"en": "Silk Road Vocational Education Alliance", "zh": "丝路职业教育合作联盟"}

PROBES = [
    (
        "en",
        A_EN + "The following universities were elected vice-chair members:\n\n"
        "Lanzhou University\n\nNorthwest Normal University\n\nUniversity of Tartu\n\n",
        [
            ("Lanzhou University", "vice_chair"),
            ("Northwest Normal University", "vice_chair"),
            ("University of Tartu", "vice_chair"),
        ],
        None,
    ),
    (
        "en",
        A_EN + "The meeting elected the following vice-chair institutions (in no particular order):\n\n"
        "Lanzhou University\nNorthwest Normal University\n",
        [("Lanzhou University", "vice_chair"), ("Northwest Normal University", "vice_chair")],
        None,
    ),
    (
        "en",
        A_EN + "Lanzhou University was elected the rotating chair institution of the alliance.",
        [("Lanzhou University", "chair")],
        None,
    ),
    (
        "en",
        A_EN + "Lanzhou University will serve as the rotating chair of the alliance for 2026.",
        [("Lanzhou University", "chair")],
        None,
    ),
    (
        "en",
        A_EN + "Northwest Normal University was elected as the executive chair institution.",
        [("Northwest Normal University", "chair")],
        None,
    ),
    (
        "en",
        A_EN + "The alliance's secretariat is located at Lanzhou University.",
        [("Lanzhou University", "secretariat")],
        None,
    ),
    (
        "en",
        A_EN + "Lanzhou University hosts the secretariat of the alliance.",
        [("Lanzhou University", "secretariat")],
        None,
    ),
    (
        "en",
        A_EN + "The alliance secretariat will be housed at Northwest Normal University.",
        [("Northwest Normal University", "secretariat")],
        None,
    ),
    (
        "en",
        A_EN + "Lanzhou University and Xinjiang University became council members of the alliance.",
        [("Lanzhou University", "director"), ("Xinjiang University", "director")],
        None,
    ),
    (
        "en",
        A_EN + "The alliance now has 12 vice-chair universities and 40 member institutions.",
        [],
        [("member", 40), ("vice_chair", 12)],
    ),
    ("en", A_EN + "The alliance has 36 council member institutions.", [], [("director", 36)]),
    (
        "en",
        A_EN + "Its founding members are Lanzhou University, Northwest Normal University and Xinjiang University.",
        [
            ("Lanzhou University", "member"),
            ("Northwest Normal University", "member"),
            ("Xinjiang University", "member"),
        ],
        None,
    ),
    (
        "en",
        A_EN + "The alliance was jointly initiated by Lanzhou University and the University of Tartu.",
        [("Lanzhou University", "member"), ("University of Tartu", "member")],
        None,
    ),
    (
        "en",
        A_EN + "\n\n"
        "Chair: Lanzhou University\nVice-chairs: Northwest Normal University, Xinjiang University\n"
        "Secretariat: Xinjiang University\n",
        [
            ("Lanzhou University", "chair"),
            ("Northwest Normal University", "vice_chair"),
            ("Xinjiang University", "secretariat"),
            ("Xinjiang University", "vice_chair"),
        ],
        None,
    ),
    (
        "en",
        A_EN + "Council members:\n\nLanzhou University; Northwest Normal University; University of Tartu\n\n",
        [
            ("Lanzhou University", "director"),
            ("Northwest Normal University", "director"),
            ("University of Tartu", "director"),
        ],
        None,
    ),
    ("en", A_EN + "Its president, Zhang Hua, was elected rotating chair of the alliance.", [], None),
    (
        "en",
        A_EN + "Lanzhou University was elected as the first rotating chair of the alliance.",
        [("Lanzhou University", "chair")],
        None,
    ),
    ("en", A_EN + "The meeting also approved 8 new member institutions, bringing the total to 46.", [], None),
    (
        "en",
        A_EN + "Lanzhou University takes over as chair institution from Xinjiang University.",
        [("Lanzhou University", "chair")],
        None,
    ),
    (
        "en",
        A_EN + "The founding members of the alliance include Lanzhou University and the University of Tartu.",
        [("Lanzhou University", "member"), ("University of Tartu", "member")],
        None,
    ),
    (
        "en",
        A_EN + "Lanzhou University was elected as the chair institution, with Northwest Normal University"
        " and Xinjiang University as vice-chair institutions.",
        [
            ("Lanzhou University", "chair"),
            ("Northwest Normal University", "vice_chair"),
            ("Xinjiang University", "vice_chair"),
        ],
        None,
    ),
    ("en", A_EN + "The alliance brings together 28 founding members from nine countries.", [], [("member", 28)]),
    (
        "en",
        A_EN + "Elected as vice-chair institutions were Lanzhou University and Xinjiang University.",
        [("Lanzhou University", "vice_chair"), ("Xinjiang University", "vice_chair")],
        None,
    ),
    (
        "en",
        A_EN + "The vice-chair institutions elected at the meeting are:\nLanzhou University\nXinjiang University\n",
        [("Lanzhou University", "vice_chair"), ("Xinjiang University", "vice_chair")],
        None,
    ),
    (
        "en",
        A_EN + "Lanzhou University serves as the secretary-general institution.",
        [("Lanzhou University", "secretariat")],
        None,
    ),
    (
        "en",
        A_EN + "The meeting elected new council members. They include Lanzhou University and Xinjiang University.",
        [("Lanzhou University", "director"), ("Xinjiang University", "director")],
        None,
    ),
    ("en", A_EN + "The alliance's 15 founding member universities signed its charter.", [], [("member", 15)]),
    (
        "en",
        A_EN + "Lanzhou University became a founding member of the alliance.",
        [("Lanzhou University", "member")],
        None,
    ),
    (
        "zh",
        A_ZH + "大会选举产生了副理事长单位（排名不分先后）：\n\n兰州大学\n\n西北师范大学\n\n塔尔图大学\n\n",
        [("兰州大学", "vice_chair"), ("塔尔图大学", "vice_chair"), ("西北师范大学", "vice_chair")],
        None,
    ),
    (
        "zh",
        A_ZH + "\n\n副理事长单位（排名不分先后）：兰州大学、西北师范大学；塔尔图大学\n\n",
        [("兰州大学", "vice_chair"), ("塔尔图大学", "vice_chair"), ("西北师范大学", "vice_chair")],
        None,
    ),
    (
        "zh",
        A_ZH + "\n\n副理事长单位：兰州大学\u3000西北师范大学\u3000新疆大学\n\n",
        [("兰州大学", "vice_chair"), ("新疆大学", "vice_chair"), ("西北师范大学", "vice_chair")],
        None,
    ),
    ("zh", A_ZH + "联盟秘书处挂靠单位为兰州大学。", [("兰州大学", "secretariat")], None),
    ("zh", A_ZH + "联盟秘书处挂靠在兰州大学。", [("兰州大学", "secretariat")], None),
    ("zh", A_ZH + "兰州大学当选为联盟轮值主席单位。", [("兰州大学", "chair")], None),
    ("zh", A_ZH + "会议推选西北师范大学为执行主席单位。", [("西北师范大学", "chair")], None),
    ("zh", A_ZH + "新疆大学当选监事长单位。", [("新疆大学", "other")], None),
    ("zh", A_ZH + "本次会议共有12所高校当选副理事长单位。", [], [("vice_chair", 12)]),
    ("zh", A_ZH + "联盟现有成员单位58家。", [], [("member", 58)]),
    (
        "zh",
        A_ZH + "大会选举产生了5家副理事长单位。它们分别是兰州大学、西北师范大学和新疆大学。",
        [("兰州大学", "vice_chair"), ("新疆大学", "vice_chair"), ("西北师范大学", "vice_chair")],
        [("vice_chair", 5)],
    ),
    (
        "zh",
        A_ZH + "会议选举产生了新一届副理事长单位，分别为：兰州大学、西北师范大学、新疆大学。",
        [("兰州大学", "vice_chair"), ("新疆大学", "vice_chair"), ("西北师范大学", "vice_chair")],
        None,
    ),
    ("zh", A_ZH + "兰州大学与新疆大学共同担任联盟轮值主席单位。", [("兰州大学", "chair"), ("新疆大学", "chair")], None),
    (
        "zh",
        A_ZH + "\n\n理事单位（12家）：兰州大学、西北师范大学、新疆大学\n\n",
        [("兰州大学", "director"), ("新疆大学", "director"), ("西北师范大学", "director")],
        None,
    ),
    (
        "zh",
        A_ZH + "联盟由兰州大学牵头发起，首批成员单位包括西北师范大学、新疆大学、塔尔图大学等23所中外高校。",
        [("兰州大学", "member"), ("塔尔图大学", "member"), ("新疆大学", "member"), ("西北师范大学", "member")],
        [("member", 23)],
    ),
    (
        "zh",
        A_ZH + "会议增补西北师范大学、新疆大学为理事单位。",
        [("新疆大学", "director"), ("西北师范大学", "director")],
        None,
    ),
    ("zh", A_ZH + "兰州大学校长张华当选联盟轮值主席。", [], None),
    (
        "zh",
        A_ZH + "大会选举兰州大学为理事长单位，西北师范大学、新疆大学为副理事长单位。",
        [("兰州大学", "chair"), ("新疆大学", "vice_chair"), ("西北师范大学", "vice_chair")],
        None,
    ),
    (
        "zh",
        A_ZH + "联盟理事长单位由兰州大学担任，秘书处设在西北师范大学。",
        [("兰州大学", "chair"), ("西北师范大学", "secretariat")],
        None,
    ),
    ("zh", A_ZH + "目前，联盟共有成员单位41家，其中理事单位15家。", [], [("director", 15), ("member", 41)]),
    (
        "zh",
        A_ZH + "\n\n发起单位：\n兰州大学 西北师范大学 新疆大学\n\n",
        [("兰州大学", "member"), ("新疆大学", "member"), ("西北师范大学", "member")],
        None,
    ),
    (
        "zh",
        A_ZH + "经投票，兰州大学当选为常务理事单位，西北师范大学当选为监事单位。",
        [("兰州大学", "director"), ("西北师范大学", "other")],
        None,
    ),
    (
        "zh",
        A_ZH + "大会选举产生了理事长单位和副理事长单位。理事长单位为兰州大学；副理事长单位为西北师范大学、新疆大学。",
        [("兰州大学", "chair"), ("新疆大学", "vice_chair"), ("西北师范大学", "vice_chair")],
        None,
    ),
    (
        "zh",
        A_ZH + "下列高校当选为副理事长单位：\n兰州大学\n西北师范大学\n",
        [("兰州大学", "vice_chair"), ("西北师范大学", "vice_chair")],
        None,
    ),
    (
        "zh",
        A_ZH + "兰州大学、西北师范大学等8所高校当选为副理事长单位。",
        [("兰州大学", "vice_chair"), ("西北师范大学", "vice_chair")],
        [("vice_chair", 8)],
    ),
    ("zh", A_ZH + "会上，新疆大学正式成为联盟成员单位。", [("新疆大学", "member")], None),
    ("zh", A_ZH + "联盟轮值主席单位由兰州大学担任。", [("兰州大学", "chair")], None),
]


@pytest.mark.parametrize(("language", "text", "roles", "counts"), PROBES)
def test_probe(extract, language, text, roles, counts):
    record = extract(text, language)
    assert {(r.member.name, r.role) for r in record.roles} == set(roles)
    assert {r.organization.name for r in record.roles} <= {ALLIANCES[language]}
    if counts is not None:
        assert {(c.role, c.count) for c in record.role_counts} == set(counts)


# events named first, then who organises them; alliance roles written around the holder
EVENT_PROBES = [
    (
        "en",
        F_EN + "The forum was hosted by the Jiangxi Provincial Department of Education and organized"
        " by Nanchang University.",
        [("Jiangxi Provincial Department of Education", "organizer"), ("Nanchang University", "host")],
        None,
    ),
    (
        "en",
        "Organized by Nanchang University, the 2025 Ganjiang International Education Forum opened on May 8.",
        [("Nanchang University", "organizer")],
        None,
    ),
    (
        "en",
        F_EN + "The forum, co-hosted by Nanchang University and Harlow University, drew 300 participants.",
        [("Harlow University", "co_organizer"), ("Nanchang University", "co_organizer")],
        None,
    ),
    (
        "en",
        "Nanchang University and Harlow University jointly organized the 2025 Ganjiang"
        " International Education Forum on May 8.",
        [("Harlow University", "organizer"), ("Nanchang University", "organizer")],
        None,
    ),
    (
        "en",
        F_EN + "It was hosted by the Jiangxi Provincial Department of Education.",
        [("Jiangxi Provincial Department of Education", "organizer")],
        None,
    ),
    (
        "en",
        F_EN + "The event was sponsored by the China Scholarship Council and undertaken by Nanchang University.",
        [("China Scholarship Council", "organizer"), ("Nanchang University", "host")],
        None,
    ),
    (
        "en",
        F_EN + "\n\nHost: Jiangxi Provincial Department of Education\nOrganizer: Nanchang University\n",
        [("Jiangxi Provincial Department of Education", "organizer"), ("Nanchang University", "host")],
        None,
    ),
    (
        "en",
        F_EN + "The forum was held under the guidance of the Ministry of Education.",
        [("Ministry of Education", "other")],
        None,
    ),
    (
        "en",
        F_EN + "Nanchang University served as the host institution of the forum.",
        [("Nanchang University", "host")],
        None,
    ),
    (
        "en",
        A_EN + "As the chair institution of the alliance, Lanzhou University will coordinate its work.",
        [("Lanzhou University", "chair")],
        None,
    ),
    (
        "en",
        A_EN + "Lanzhou University, the alliance's chair institution, presented the work report.",
        [("Lanzhou University", "chair")],
        None,
    ),
    (
        "en",
        A_EN + "Xinjiang University has become a member of the alliance.",
        [("Xinjiang University", "member")],
        None,
    ),
    (
        "en",
        A_EN + "Xinjiang University was admitted as a new member of the alliance.",
        [("Xinjiang University", "member")],
        None,
    ),
    (
        "en",
        A_EN + "The alliance welcomed three new members: Xinjiang University, Lanzhou University and"
        " the University of Tartu.",
        [("Lanzhou University", "member"), ("University of Tartu", "member"), ("Xinjiang University", "member")],
        None,
    ),
    (
        "en",
        A_EN + "Xinjiang University and the University of Tartu were admitted to the alliance as new members.",
        [("University of Tartu", "member"), ("Xinjiang University", "member")],
        None,
    ),
    (
        "en",
        A_EN + "The alliance, which has 36 member universities from 12 countries, was founded in 2019.",
        [],
        [("member", 36)],
    ),
    (
        "en",
        A_EN
        + "Lanzhou University was elected as a vice-chair institution, and Xinjiang University as the secretariat.",
        [("Lanzhou University", "vice_chair"), ("Xinjiang University", "secretariat")],
        None,
    ),
    ("en", A_EN + "Zhang Hua, president of Lanzhou University, was elected rotating chair of the alliance.", [], None),
    ("en", A_EN + "The alliance's membership has grown to 52 institutions.", [], [("member", 52)]),
    (
        "en",
        A_EN + "\n\nVice-chair institutions: Lanzhou University (China), University of Tartu (Estonia).",
        [("Lanzhou University", "vice_chair"), ("University of Tartu", "vice_chair")],
        None,
    ),
    (
        "zh",
        F_ZH + "本次论坛由江西省教育厅主办，南昌大学承办，九江学院协办。",
        [("九江学院", "co_organizer"), ("南昌大学", "host"), ("江西省教育厅", "organizer")],
        None,
    ),
    (
        "zh",
        F_ZH + "论坛在江西省教育厅指导下，由南昌大学主办。",
        [("南昌大学", "organizer"), ("江西省教育厅", "other")],
        None,
    ),
    (
        "zh",
        F_ZH + "\n\n主办单位：江西省教育厅\n承办单位：南昌大学\u3000九江学院\n",
        [("九江学院", "host"), ("南昌大学", "host"), ("江西省教育厅", "organizer")],
        None,
    ),
    ("zh", F_ZH + "南昌大学作为承办单位，精心组织了各项活动。", [("南昌大学", "host")], None),
    ("zh", F_ZH + "论坛由南昌大学与九江学院联合主办。", [("九江学院", "organizer"), ("南昌大学", "organizer")], None),
    ("zh", "5月8日，由江西省教育厅主办的2025赣江国际教育论坛在南昌开幕。", [("江西省教育厅", "organizer")], None),
    ("zh", F_ZH + "南昌大学承办了此次论坛。", [("南昌大学", "host")], None),
    ("zh", A_ZH + "兰州大学当选为联盟第二届理事长单位。", [("兰州大学", "chair")], None),
    ("zh", A_ZH + "作为联盟理事长单位，兰州大学将统筹推进联盟各项工作。", [("兰州大学", "chair")], None),
    (
        "zh",
        A_ZH + "会议同意吸收九江学院、宜春学院为联盟新成员单位。",
        [("九江学院", "member"), ("宜春学院", "member")],
        None,
    ),
    ("zh", A_ZH + "九江学院、宜春学院成为联盟新成员。", [("九江学院", "member"), ("宜春学院", "member")], None),
    ("zh", A_ZH + "联盟成员单位增至45家。", [], [("member", 45)]),
    ("zh", A_ZH + "联盟秘书处常设于兰州大学。", [("兰州大学", "secretariat")], None),
    ("zh", A_ZH + "会议选举兰州大学为联盟轮值主席单位，任期两年。", [("兰州大学", "chair")], None),
    (
        "zh",
        A_ZH + "\n\n理事长单位：兰州大学。副理事长单位：西北师范大学、新疆大学。",
        [("兰州大学", "chair"), ("新疆大学", "vice_chair"), ("西北师范大学", "vice_chair")],
        None,
    ),
    (
        "zh",
        A_ZH + "大会审议通过了新增成员单位名单，西北师范大学、新疆大学等6所高校加入联盟。",
        [("新疆大学", "member"), ("西北师范大学", "member")],
        None,
    ),
    ("zh", A_ZH + "联盟现有理事单位20家、成员单位56家。", [], [("director", 20), ("member", 56)]),
    (
        "zh",
        A_ZH + "\n\n副理事长单位（5家）：\n兰州大学、西北师范大学\n新疆大学\n",
        [("兰州大学", "vice_chair"), ("新疆大学", "vice_chair"), ("西北师范大学", "vice_chair")],
        [("vice_chair", 5)],
    ),
    ("zh", A_ZH + "兰州大学校长张华当选联盟理事长。", [], None),
    (
        "zh",
        A_ZH + "大会选举产生了副理事长单位（5家）：\n兰州大学、西北师范大学\n新疆大学\n",
        [("兰州大学", "vice_chair"), ("新疆大学", "vice_chair"), ("西北师范大学", "vice_chair")],
        [("vice_chair", 5)],
    ),
    ("en", F_EN + "As the host, Nanchang University welcomed 300 guests.", [("Nanchang University", "host")], None),
    (
        "en",
        A_EN + "As one of the founding members, the University of Tartu signed the charter.",
        [("University of Tartu", "member")],
        None,
    ),
    ("en", A_EN + "As chair of the alliance, its president Zhang Hua of Lanzhou University spoke first.", [], None),
]


@pytest.mark.parametrize(("language", "text", "roles", "counts"), EVENT_PROBES)
def test_event_and_alliance_probe(extract, language, text, roles, counts):
    record = extract(text, language)
    assert {(r.member.name, r.role) for r in record.roles} == set(roles)
    assert {r.organization.name for r in record.roles} <= {ALLIANCES[language], FORUMS[language]}
    if counts is not None:
        assert {(c.role, c.count) for c in record.role_counts} == set(counts)


# holders named in the sentence after the role phrase, after "namely", as the subject of "to be"
NEXT_SENTENCE_PROBES = [
    (
        "zh",
        A_ZH + "兰州大学、西北师范大学、新疆大学当选副理事长单位。",
        [("兰州大学", "vice_chair"), ("新疆大学", "vice_chair"), ("西北师范大学", "vice_chair")],
        None,
    ),
    (
        "en",
        A_EN + "Three vice-chair institutions were elected. Lanzhou University, Northwest Normal"
        " University and Xinjiang University were chosen.",
        [
            ("Lanzhou University", "vice_chair"),
            ("Northwest Normal University", "vice_chair"),
            ("Xinjiang University", "vice_chair"),
        ],
        [("vice_chair", 3)],
    ),
    (
        "en",
        A_EN + "The alliance has three vice-chair institutions, namely Lanzhou University, Northwest"
        " Normal University and Xinjiang University.",
        [
            ("Lanzhou University", "vice_chair"),
            ("Northwest Normal University", "vice_chair"),
            ("Xinjiang University", "vice_chair"),
        ],
        [("vice_chair", 3)],
    ),
    (
        "en",
        A_EN + "Lanzhou University, Northwest Normal University and Xinjiang University were elected"
        " vice-chair institutions.",
        [
            ("Lanzhou University", "vice_chair"),
            ("Northwest Normal University", "vice_chair"),
            ("Xinjiang University", "vice_chair"),
        ],
        None,
    ),
    (
        "en",
        A_EN + "The meeting elected Lanzhou University as the alliance's chair institution.",
        [("Lanzhou University", "chair")],
        None,
    ),
    ("en", A_EN + "Lanzhou University is the alliance's secretariat.", [("Lanzhou University", "secretariat")], None),
    (
        "en",
        F_EN + "Harlow University and Jiujiang University were co-organizers of the forum.",
        [("Harlow University", "co_organizer"), ("Jiujiang University", "co_organizer")],
        None,
    ),
    ("en", F_EN + "Nanchang University was the organizer of the forum.", [("Nanchang University", "organizer")], None),
    (
        "en",
        F_EN + "The forum was organized by Nanchang University. Co-organizers included Harlow"
        " University and Jiujiang University.",
        [
            ("Harlow University", "co_organizer"),
            ("Jiujiang University", "co_organizer"),
            ("Nanchang University", "organizer"),
        ],
        None,
    ),
    (
        "en",
        A_EN + "The meeting elected the alliance's vice-chair institutions. Lanzhou University,"
        " Northwest Normal University and Xinjiang University were elected.",
        [
            ("Lanzhou University", "vice_chair"),
            ("Northwest Normal University", "vice_chair"),
            ("Xinjiang University", "vice_chair"),
        ],
        None,
    ),
    (
        "en",
        A_EN + "Lanzhou University was re-elected as the chair institution.",
        [("Lanzhou University", "chair")],
        None,
    ),
    (
        "en",
        A_EN + "The alliance's 20 member institutions include Lanzhou University and Xinjiang University.",
        [("Lanzhou University", "member"), ("Xinjiang University", "member")],
        [("member", 20)],
    ),
    (
        "zh",
        A_ZH + "联盟副理事长单位共3家，分别是：兰州大学、西北师范大学、新疆大学。",
        [("兰州大学", "vice_chair"), ("新疆大学", "vice_chair"), ("西北师范大学", "vice_chair")],
        [("vice_chair", 3)],
    ),
    (
        "zh",
        A_ZH + "会议选举产生了3家副理事长单位。兰州大学、西北师范大学和新疆大学当选。",
        [("兰州大学", "vice_chair"), ("新疆大学", "vice_chair"), ("西北师范大学", "vice_chair")],
        [("vice_chair", 3)],
    ),
    ("zh", A_ZH + "兰州大学被推选为联盟理事长单位。", [("兰州大学", "chair")], None),
    (
        "zh",
        A_ZH + "兰州大学为联盟理事长单位，西北师范大学、新疆大学为副理事长单位。",
        [("兰州大学", "chair"), ("新疆大学", "vice_chair"), ("西北师范大学", "vice_chair")],
        None,
    ),
    (
        "zh",
        A_ZH + "副理事长单位由兰州大学、西北师范大学和新疆大学担任。",
        [("兰州大学", "vice_chair"), ("新疆大学", "vice_chair"), ("西北师范大学", "vice_chair")],
        None,
    ),
    (
        "zh",
        F_ZH + "论坛由江西省教育厅主办，南昌大学、九江学院共同承办。",
        [("九江学院", "host"), ("南昌大学", "host"), ("江西省教育厅", "organizer")],
        None,
    ),
    (
        "zh",
        F_ZH + "江西省教育厅为论坛主办单位，南昌大学为承办单位。",
        [("南昌大学", "host"), ("江西省教育厅", "organizer")],
        None,
    ),
    (
        "zh",
        A_ZH + "大会选举产生了新一届理事长单位、副理事长单位。其中，兰州大学当选理事长单位。",
        [("兰州大学", "chair")],
        None,
    ),
    (
        "zh",
        A_ZH + "联盟的发起单位有兰州大学、西北师范大学和新疆大学。",
        [("兰州大学", "member"), ("新疆大学", "member"), ("西北师范大学", "member")],
        None,
    ),
]


@pytest.mark.parametrize(("language", "text", "roles", "counts"), NEXT_SENTENCE_PROBES)
def test_next_sentence_probe(extract, language, text, roles, counts):
    test_event_and_alliance_probe(extract, language, text, roles, counts)


# lists, colons, "as" clauses and next sentences that name no role holder (and two that do)
NOT_HOLDERS = [
    (
        "en",
        A_EN + "The member institutions will cooperate in three areas: teaching, research and internships.",
        [],
        None,
    ),
    ("en", F_EN + "The organizers thanked Lanzhou University for its support.", [], None),
    ("en", F_EN + "As the host, President Zhang Hua of Lanzhou University welcomed the guests.", [], None),
    (
        "en",
        A_EN + "Representatives of member institutions attended:\n\nZhang Hua, Lanzhou"
        " University\n\nLi Ming, Xinjiang University\n\n",
        [],
        None,
    ),
    (
        "en",
        A_EN + "The council members discussed the work plan. Lanzhou University and Xinjiang University gave reports.",
        [],
        None,
    ),
    ("en", A_EN + "Members of the delegation from Lanzhou University visited Xinjiang University.", [], None),
    ("zh", A_ZH + "理事单位代表：\n兰州大学张华\n新疆大学李明\n", [], None),
    ("zh", A_ZH + "各成员单位围绕以下议题进行了交流：\n人才培养\n科研合作\n", [], None),
    ("zh", A_ZH + "作为理事长单位代表，兰州大学副校长张华作工作报告。", [], None),
    ("zh", A_ZH + "会议听取了理事单位的工作汇报。兰州大学、新疆大学作交流发言。", [], None),
    (
        "zh",
        A_ZH + "出席会议的成员单位有：\n兰州大学\n新疆大学\n",
        [("兰州大学", "member"), ("新疆大学", "member")],
        None,
    ),
    ("en", F_EN + "Lanzhou University was one of the organizers.", [("Lanzhou University", "organizer")], None),
]


@pytest.mark.parametrize(("language", "text", "roles", "counts"), NOT_HOLDERS)
def test_no_holder_probe(extract, language, text, roles, counts):
    test_event_and_alliance_probe(extract, language, text, roles, counts)


# a secretariat housed in a unit of its institution; rotating chairs taken by the name right before
HOUSED_AND_ROTATING = [
    ("zh", A_ZH + "联盟秘书处设在兰州大学国际合作与交流处。", [("兰州大学", "secretariat")], None),
    (
        "en",
        A_EN + "The secretariat is based at Lanzhou University's International Office.",
        [("Lanzhou University", "secretariat")],
        None,
    ),
    (
        "en",
        A_EN + "Lanzhou University took over the rotating presidency of the alliance.",
        [("Lanzhou University", "chair")],
        None,
    ),
    ("zh", A_ZH + "兰州大学担任联盟轮值主席。", [("兰州大学", "chair")], None),
    ("zh", A_ZH + "兰州大学校长张华当选联盟轮值主席。", [], None),
    ("zh", A_ZH + "会议由兰州大学国际合作与交流处承办。", [], None),
]


@pytest.mark.parametrize(("language", "text", "roles", "counts"), HOUSED_AND_ROTATING)
def test_housed_and_rotating_probe(extract, language, text, roles, counts):
    test_event_and_alliance_probe(extract, language, text, roles, counts)


# counts as the object of a listing verb; headings with a word before the role word (轮值, "Rotating")
COUNTED_AND_FRAMED = [
    ("en", A_EN + "The alliance comprises 30 universities from 10 countries.", [], [("member", 30)]),
    ("en", A_EN + "The alliance, consisting of twelve member institutions, was founded in 2019.", [], [("member", 12)]),
    ("en", A_EN + "\n\nRotating chair: Lanzhou University\n", [("Lanzhou University", "chair")], None),
    ("zh", A_ZH + "\n\n轮值主席单位：\n兰州大学\n", [("兰州大学", "chair")], None),
    (
        "zh",
        A_ZH + "\n\n新一届副理事长单位：兰州大学、新疆大学\n",
        [("兰州大学", "vice_chair"), ("新疆大学", "vice_chair")],
        None,
    ),
    ("en", A_EN + "The alliance comprises 3 working groups on teaching, research and internships.", [], []),
]


@pytest.mark.parametrize(("language", "text", "roles", "counts"), COUNTED_AND_FRAMED)
def test_counted_and_framed_probe(extract, language, text, roles, counts):
    test_event_and_alliance_probe(extract, language, text, roles, counts)


# an active verb of organising with the event named before as its object ("hosted the event")
EVENT_NAMED_BEFORE = [
    ("en", F_EN + "Nanchang University hosted the event.", [("Nanchang University", "organizer")], None),
    (
        "en",
        F_EN + "Nanchang University and Harlow University co-hosted the forum.",
        [("Harlow University", "co_organizer"), ("Nanchang University", "co_organizer")],
        None,
    ),
    ("en", F_EN + "Nanchang University hosted a delegation from Harlow University on May 9.", [], None),
    (
        "en",
        F_EN + "Nanchang University organized the forum together with Harlow University.",
        [("Nanchang University", "organizer")],
        None,
    ),
]


@pytest.mark.parametrize(("language", "text", "roles", "counts"), EVENT_NAMED_BEFORE)
def test_event_named_before_probe(extract, language, text, roles, counts):
    test_event_and_alliance_probe(extract, language, text, roles, counts)


# 主办方/承办方, an alliance role handed on (由A迁至B), one body per role in a chain of "by"s
BODIES_AND_HANDOVERS = [
    (
        "zh",
        F_ZH + "论坛主办方为江西省教育厅，承办方为南昌大学。",
        [("南昌大学", "host"), ("江西省教育厅", "organizer")],
        None,
    ),
    (
        "zh",
        F_ZH + "江西省教育厅作为主办方，南昌大学作为承办方。",
        [("南昌大学", "host"), ("江西省教育厅", "organizer")],
        None,
    ),
    (
        "zh",
        F_ZH + "本次论坛由江西省教育厅、江西省人民政府外事办公室联合主办。",
        [("江西省人民政府外事办公室", "organizer"), ("江西省教育厅", "organizer")],
        None,
    ),
    ("zh", F_ZH + "论坛得到了英国文化协会的大力支持。", [("英国文化协会", "other")], None),
    ("zh", F_ZH + "南昌大学、九江学院共同承办本次论坛。", [("九江学院", "host"), ("南昌大学", "host")], None),
    ("zh", A_ZH + "会议决定，联盟秘书处由兰州大学迁至新疆大学。", [("新疆大学", "secretariat")], None),
    (
        "en",
        F_EN + "The forum's organizers are Nanchang University and Jiujiang University.",
        [("Jiujiang University", "organizer"), ("Nanchang University", "organizer")],
        None,
    ),
    (
        "en",
        F_EN + "The forum was hosted by the Jiangxi Provincial Department of Education, organized by"
        " Nanchang University and co-organized by Jiujiang University.",
        [
            ("Jiangxi Provincial Department of Education", "organizer"),
            ("Jiujiang University", "co_organizer"),
            ("Nanchang University", "host"),
        ],
        None,
    ),
]


@pytest.mark.parametrize(("language", "text", "roles", "counts"), BODIES_AND_HANDOVERS)
def test_bodies_and_handovers_probe(extract, language, text, roles, counts):
    test_event_and_alliance_probe(extract, language, text, roles, counts)
