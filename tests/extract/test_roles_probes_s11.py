"""Probes (session 11): role facts and counts written in the genre's other ways: a list that opens the
next sentence with no opener word ("A, B and C are among them."), the role before its holders in an
inverted clause ("Elected as vice-chair institutions were A and B.", 当选副理事长单位的有A、B), counts
that change (the new one is the count), approximate counts ("more than 60", 60余所), rotating chairs
handed on, holders in table rows and captions. Each probe is made up in the way bulletins write, with
the (member, role) facts and counts a careful reader takes."""

import pytest

A_EN = "The Silk Road Vocational Education Alliance held its second council meeting in Lanzhou on May 8. "
A_ZH = "5月8日，丝路职业教育合作联盟第二届理事会在兰州召开。"
F_EN = "The 2025 Ganjiang International Education Forum opened in Nanchang on May 8. "
F_ZH = "5月8日，2025赣江国际教育论坛在南昌开幕。"
OWNERS = {
    "en": {"Silk Road Vocational Education Alliance", "2025 Ganjiang International Education Forum"},
    "zh": {"丝路职业教育合作联盟", "2025赣江国际教育论坛"},
}
LZU, NWNU, XJU = "Lanzhou University", "Northwest Normal University", "Xinjiang University"
LZ, XB, XJ = "兰州大学", "西北师范大学", "新疆大学"

# holders named in the next sentence, with no opener word before them
NEXT_SENTENCE = [
    (
        "en",
        A_EN + "Three universities were elected vice-chair institutions. " + f"{LZU}, {NWNU} and {XJU} are among them.",
        [(LZU, "vice_chair"), (NWNU, "vice_chair"), (XJU, "vice_chair")],
        None,
    ),
    (
        "en",
        A_EN + "The meeting welcomed new council members. " + f"{LZU} and {XJU} were among them.",
        [(LZU, "director"), (XJU, "director")],
        None,
    ),
    (
        "en",
        A_EN + "Two new vice-chair institutions were elected. " + f"{LZU} and {XJU} were elected unanimously.",
        [(LZU, "vice_chair"), (XJU, "vice_chair")],
        [],
    ),
    (
        "zh",
        A_ZH + "会议选举产生了3家副理事长单位。" + f"{LZ}、{XB}、{XJ}位列其中。",
        [(LZ, "vice_chair"), (XB, "vice_chair"), (XJ, "vice_chair")],
        [("vice_chair", 3)],
    ),
    (
        "zh",
        A_ZH + "会议增补了一批理事单位。" + f"{LZ}、{XJ}名列其中。",
        [(LZ, "director"), (XJ, "director")],
        None,
    ),
    (
        "zh",
        A_ZH + "大会选举产生了新一届副理事长单位。" + f"{LZ}、{XB}和{XJ}成功当选。",
        [(LZ, "vice_chair"), (XB, "vice_chair"), (XJ, "vice_chair")],
        None,
    ),
    (
        "zh",
        A_ZH + "会议审议通过了新增成员单位的议案。" + f"{LZ}、{XJ}等5所高校获批加入。",
        [],
        None,
    ),
]

# the role first, its holders after the verb
INVERTED = [
    (
        "en",
        A_EN + f"Elected as vice-chair institutions were {LZU} and {XJU}.",
        [(LZU, "vice_chair"), (XJU, "vice_chair")],
        None,
    ),
    (
        "en",
        A_EN + f"Elected as the new chair institution was {NWNU}.",
        [(NWNU, "chair")],
        None,
    ),
    (
        "en",
        A_EN + f"Newly elected vice-chair institutions include {LZU} and {XJU}.",
        [(LZU, "vice_chair"), (XJU, "vice_chair")],
        None,
    ),
    (
        "en",
        A_EN + f"Serving as the alliance's secretariat is {LZU}.",
        [(LZU, "secretariat")],
        None,
    ),
    (
        "en",
        A_EN + f"Joining as council members were {LZU}, {NWNU} and {XJU}.",
        [(LZU, "director"), (NWNU, "director"), (XJU, "director")],
        None,
    ),
    (
        "zh",
        A_ZH + f"当选副理事长单位的有{LZ}、{XJ}。",
        [(LZ, "vice_chair"), (XJ, "vice_chair")],
        None,
    ),
    (
        "zh",
        A_ZH + f"当选为理事长单位的是{XB}。",
        [(XB, "chair")],
        None,
    ),
    (
        "zh",
        A_ZH + f"新当选的副理事长单位有{LZ}、{XB}和{XJ}。",
        [(LZ, "vice_chair"), (XB, "vice_chair"), (XJ, "vice_chair")],
        None,
    ),
    (
        "zh",
        A_ZH + f"当选理事单位的有{LZ}、{XJ}等6所高校。",
        [(LZ, "director"), (XJ, "director")],
        [("director", 6)],
    ),
    (
        "zh",
        A_ZH + f"此次入选常务理事单位的包括{LZ}和{XB}。",
        [(LZ, "director"), (XB, "director")],
        None,
    ),
]

# a count that changed is the new one; an approximate count is the number it rounds
COUNTS = [
    ("zh", A_ZH + "联盟成员单位已由12家增加到40家。", [], [("member", 40)]),
    ("zh", A_ZH + "联盟成员单位由成立之初的12家发展到现在的40家。", [], [("member", 40)]),
    ("zh", A_ZH + "目前，联盟成员单位已从12家扩大至40家。", [], [("member", 40)]),
    ("zh", A_ZH + "联盟现有成员单位60余所。", [], [("member", 60)]),
    ("zh", A_ZH + "联盟目前拥有60余所成员单位。", [], [("member", 60)]),
    ("zh", A_ZH + "联盟汇聚了来自10个国家的近40家成员单位。", [], [("member", 40)]),
    ("zh", A_ZH + "联盟现有成员单位逾50家。", [], [("member", 50)]),
    ("zh", A_ZH + "联盟成员单位总数已达60多家。", [], [("member", 60)]),
    ("en", A_EN + "The alliance now has more than 60 member institutions.", [], [("member", 60)]),
    ("en", A_EN + "The alliance has nearly 40 member universities from ten countries.", [], [("member", 40)]),
    ("en", A_EN + "The alliance has over 50 member institutions.", [], [("member", 50)]),
    (
        "en",
        A_EN + "Its membership has grown from 12 founding members to 40 institutions.",
        [],
        [("member", 40)],
    ),
    (
        "en",
        A_EN + "The number of member institutions has increased from 12 to 40.",
        [],
        [("member", 40)],
    ),
    ("en", A_EN + "The alliance now brings together some 30 member institutions.", [], [("member", 30)]),
    ("en", A_EN + "The meeting admitted 12 more member institutions.", [], []),
    ("zh", A_ZH + "会议新增成员单位12家。", [], []),
    # a rounded tally of the members whose people attend is no count of the holders
    ("zh", A_ZH + "来自8个国家的40余所成员高校代表参会。", [], []),
    ("en", A_EN + "Representatives of more than 40 member universities attended the meeting.", [], []),
    ("zh", A_ZH + "来自联盟15所成员高校的校长参加会议。", [], [("member", 15)]),
]

# a rotating chair handed on: the new holder is the chair
HANDED_ON = [
    (
        "en",
        A_EN + f"The rotating chair of the alliance passed from {LZU} to {XJU}.",
        [(XJU, "chair")],
        None,
    ),
    (
        "en",
        A_EN + f"{LZU} handed over the rotating chair of the alliance to {XJU}.",
        [(XJU, "chair")],
        None,
    ),
    (
        "en",
        A_EN + f"{XJU} took over the rotating chairmanship of the alliance from {LZU}.",
        [(XJU, "chair")],
        None,
    ),
    (
        "zh",
        A_ZH + f"联盟轮值主席单位由{LZ}移交给{XJ}。",
        [(XJ, "chair")],
        None,
    ),
    (
        "zh",
        A_ZH + f"会上，{LZ}将联盟轮值主席单位交接给{XJ}。",
        [(XJ, "chair")],
        None,
    ),
    (
        "zh",
        A_ZH + f"{XJ}接任联盟轮值主席单位。",
        [(XJ, "chair")],
        None,
    ),
    (
        "zh",
        A_ZH + f"{XJ}从{LZ}手中接过轮值主席单位。",
        [(XJ, "chair")],
        None,
    ),
]

# holders in rows of a table and in captions
TABLES_AND_CAPTIONS = [
    (
        "zh",
        A_ZH + f"\n\n序号\t单位名称\t联盟职务\n1\t{LZ}\t理事长单位\n2\t{XB}\t副理事长单位\n3\t{XJ}\t副理事长单位\n",
        [(LZ, "chair"), (XB, "vice_chair"), (XJ, "vice_chair")],
        None,
    ),
    (
        "zh",
        A_ZH + f"\n\n{LZ}（理事长单位）\n{XB}（副理事长单位）\n",
        [(LZ, "chair"), (XB, "vice_chair")],
        None,
    ),
    (
        "en",
        A_EN + f"\n\nNo.\tInstitution\tRole\n1\t{LZU}\tChair institution\n2\t{XJU}\tVice-chair institution\n",
        [(LZU, "chair"), (XJU, "vice_chair")],
        None,
    ),
    (
        "en",
        A_EN + f"\n\n{LZU} (chair institution)\n{XJU} (vice-chair institution)\n",
        [(LZU, "chair"), (XJU, "vice_chair")],
        None,
    ),
    (
        "zh",
        A_ZH + f"\n\n图为{LZ}、{XJ}代表领取副理事长单位牌匾。\n",
        [(LZ, "vice_chair"), (XJ, "vice_chair")],
        None,
    ),
    (
        "en",
        A_EN + f"\n\nPhoto: Representatives of {LZU} and {XJU} receive the vice-chair institution plaques.\n",
        [(LZU, "vice_chair"), (XJU, "vice_chair")],
        None,
    ),
]

# founding reports and event roles in other words
FOUNDING_AND_EVENTS = [
    (
        "en",
        "The Silk Road Vocational Education Alliance was launched in Lanzhou on May 8. "
        f"{LZU} and {XJU} are its founding members, and {LZU} chairs the alliance.",
        [(LZU, "chair"), (LZU, "member"), (XJU, "member")],
        None,
    ),
    (
        "zh",
        f"5月8日，丝路职业教育合作联盟在兰州成立。联盟由{LZ}、{XJ}等30所中外高校共同发起成立。",
        [(LZ, "member"), (XJ, "member")],
        [("member", 30)],
    ),
    (
        "zh",
        F_ZH + f"本届论坛由{LZ}主办，{XJ}承办，{XB}协办。",
        [(LZ, "organizer"), (XJ, "host"), (XB, "co_organizer")],
        None,
    ),
    (
        "en",
        F_EN + f"The forum was co-hosted by {LZU} and {XJU}.",
        [(LZU, "co_organizer"), (XJU, "co_organizer")],
        None,
    ),
    (
        "zh",
        A_ZH + f"{LZ}再次当选联盟理事长单位，{XJ}连任副理事长单位。",
        [(LZ, "chair"), (XJ, "vice_chair")],
        None,
    ),
    ("zh", A_ZH + f"{LZ}当选联盟监事单位。", [(LZ, "other")], None),
]

# succession, admission, respectively, other verbs
OTHER_WAYS = [
    (
        "en",
        A_EN + f"{LZU} was elected chair institution of the alliance, succeeding {XJU}.",
        [(LZU, "chair")],
        None,
    ),
    (
        "en",
        A_EN + f"{LZU} succeeded {XJU} as the chair institution of the alliance.",
        [(LZU, "chair")],
        None,
    ),
    (
        "en",
        A_EN + f"{LZU} and {XJU} were admitted as new members of the alliance.",
        [(LZU, "member"), (XJU, "member")],
        None,
    ),
    ("en", A_EN + f"The newly admitted members are {LZU} and {XJU}.", [(LZU, "member"), (XJU, "member")], None),
    ("en", A_EN + f"{LZU} was among the founding members of the alliance.", [(LZU, "member")], None),
    ("en", A_EN + "The alliance's membership now stands at 52.", [], [("member", 52)]),
    (
        "en",
        A_EN + "Founded in 2019, the alliance now has 120 member institutions from 20 countries.",
        [],
        [("member", 120)],
    ),
    (
        "en",
        A_EN + f"{LZU} and {XJU} were elected chair and vice-chair institutions respectively.",
        [(LZU, "chair"), (XJU, "vice_chair")],
        None,
    ),
    (
        "en",
        F_EN + f"Co-organizers of the forum included {LZU} and {XJU}.",
        [(LZU, "co_organizer"), (XJU, "co_organizer")],
        None,
    ),
    ("zh", A_ZH + f"{LZ}接替{XJ}担任联盟理事长单位。", [(LZ, "chair")], None),
    (
        "zh",
        A_ZH + f"{LZ}等12所高校被增补为理事单位。",
        [(LZ, "director")],
        [("director", 12)],
    ),
    ("zh", A_ZH + f"会议吸纳{XJ}为联盟成员单位。", [(XJ, "member")], None),
    (
        "zh",
        A_ZH + f"经审议，会议同意接纳{XJ}、{LZ}为联盟会员单位。",
        [(LZ, "member"), (XJ, "member")],
        None,
    ),
    ("zh", A_ZH + "联盟会员单位达到52家。", [], [("member", 52)]),
    ("zh", A_ZH + "联盟现有会员单位52个，覆盖10个国家。", [], [("member", 52)]),
    ("zh", F_ZH + f"本次论坛的承办单位为{LZ}。", [(LZ, "host")], None),
    (
        "zh",
        A_ZH + f"{LZ}、{XJ}分别当选理事长单位和副理事长单位。",
        [(LZ, "chair"), (XJ, "vice_chair")],
        None,
    ),
    ("zh", A_ZH + f"{XJ}作为轮值主席单位承办了本次会议。", [(XJ, "chair")], None),
]

ALL = OTHER_WAYS + NEXT_SENTENCE + INVERTED + COUNTS + HANDED_ON + TABLES_AND_CAPTIONS + FOUNDING_AND_EVENTS


@pytest.mark.parametrize(("language", "text", "roles", "counts"), ALL)
def test_role_probe(extract, language, text, roles, counts):
    record = extract(text, language)
    assert {(r.member.name, r.role) for r in record.roles} == set(roles)
    assert {r.organization.name for r in record.roles} <= OWNERS[language]
    if counts is not None:
        assert {(c.role, c.count) for c in record.role_counts} == set(counts)
