"""Session 21 (qa): ways bulletins write partnerships, each in sentences made up as bulletins write
them (not copied from a bulletin), with the near-misses that must keep their reading."""

import pytest
from support import pairs

from pipeline.extract.partnerships import _caption_line


def kinds(record) -> set[tuple[str, str, str]]:
    return {(p.chinese.name, p.foreign.name, p.kind) for p in record.partnerships}


# 其中 narrows a list of Chinese sides to the one it names with the foreign side: the others of the
# list only have exchanges with unnamed groups (GENRE.md: lists of sides; one pair per pair that cooperates)
AMONG_THEM = [
    (
        "近年来，南昌大学、江西师范大学、华东交通大学等省内高校与东盟国家高校往来频繁，"
        "其中华东交通大学与马来西亚理科大学签署了合作协议。",
        {("华东交通大学", "马来西亚理科大学", "agreement")},
    ),
    (
        "南昌大学与江西师范大学代表团访问泰国，其中江西师范大学与清迈大学签署了合作备忘录。",
        {("江西师范大学", "清迈大学", "mou")},
    ),
    # the one foreign side written twice (its short form in brackets) is still one side
    (
        "近年来，南昌大学、江西农业大学等高校与欧洲高校的交流日益密切，其中江西农业大学与哈珀亚当斯大学（HAU）"
        "合作举办的动物科学专业本科教育项目已招生六届。",
        {("江西农业大学", "哈珀亚当斯大学", "joint_program")},
    ),
]

# no 其中: every Chinese side of the list is a side
LISTS_KEPT = [
    (
        "南昌大学、江西师范大学与泰国清迈大学签署了合作协议。",
        {("南昌大学", "清迈大学"), ("江西师范大学", "清迈大学")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), AMONG_THEM)
def test_among_them_narrows_the_chinese_sides_s21_qa(extract, text, expected):
    assert kinds(extract(text, "zh")) == expected


@pytest.mark.parametrize(("text", "expected"), LISTS_KEPT)
def test_list_without_among_them_pairs_each_s21_qa(extract, text, expected):
    assert pairs(extract(text, "zh")) == expected


# 中外合作办学 names the whole field (a province's, a speech's topic): no pair's programme; a programme
# the pair runs keeps its kind
FIELD_NOT_PROGRAMME = [
    (
        "6月10日，江西省教育厅厅长王明在南昌会见了法国驻华大使馆教育参赞一行。"
        "王明介绍了我省中外合作办学的基本情况，希望双方深化合作。",
        {("江西省教育厅", "法国驻华大使馆", "talks")},
    ),
]

PROGRAMMES_KEPT = [
    (
        "江西师范大学与澳大利亚迪肯大学合作举办的中外合作办学项目今年招收首批学生。",
        {("江西师范大学", "迪肯大学", "joint_program")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), FIELD_NOT_PROGRAMME + PROGRAMMES_KEPT)
def test_field_of_cooperative_education_is_no_programme_s21_qa(extract, text, expected):
    assert kinds(extract(text, "zh")) == expected


# a clause that denies a signing ("No agreement has been signed yet", 尚未签署协议) signs nothing: the
# pair's talks stay talks; a negation that does not deny it ("not only signed", 未来) keeps the document
DENIED_SIGNINGS = [
    (
        "On Tuesday a delegation from the University of Akureyri visited Nanchang University, where the two "
        "sides discussed a joint summer course in polar law. No agreement has been signed yet, but both sides "
        "hope to welcome the first students in 2028.",
        "en",
        {("Nanchang University", "University of Akureyri", "talks")},
    ),
    (
        "11月3日，冰岛大学代表团访问南昌大学，双方就联合开设暑期课程进行了会谈。目前双方尚未签署协议，"
        "希望2028年迎来首批学生。",
        "zh",
        {("南昌大学", "冰岛大学", "talks")},
    ),
]

SIGNINGS_NOT_DENIED = [
    (
        "On Tuesday a delegation from the University of Akureyri visited Nanchang University. The two sides "
        "not only signed an exchange agreement but also opened a joint laboratory.",
        "en",
        {("Nanchang University", "University of Akureyri", "agreement")},
    ),
    (
        "11月3日，冰岛大学代表团访问南昌大学，双方签署了合作协议，未来将联合开设暑期课程。",
        "zh",
        {("南昌大学", "冰岛大学", "agreement")},
    ),
]


@pytest.mark.parametrize(("text", "language", "expected"), DENIED_SIGNINGS + SIGNINGS_NOT_DENIED)
def test_denied_signing_signs_nothing_s21_qa(extract, text, language, expected):
    assert kinds(extract(text, language)) == expected


# 校际 (between schools) speaks of exchanges among universities in general, no pair named before: a
# government's plan for 校际交流 pairs it with no foreign side; 两校 still refers back
NOT_A_PAIR_ANAPHOR = [
    (
        "11月12日，南昌大学与冰岛大学签署合作备忘录。下一步，省教育厅将指导相关高校抓好协议落实，"
        "推动我省与北欧高校合作从校际交流向平台共建深化。",
        {("南昌大学", "冰岛大学", "mou")},
    ),
    (
        "11月3日，冰岛大学代表团访问南昌大学。两校签署了校际合作协议。",
        {("南昌大学", "冰岛大学", "agreement")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), NOT_A_PAIR_ANAPHOR)
def test_between_schools_refers_to_no_pair_s21_qa(extract, text, expected):
    assert kinds(extract(text, "zh")) == expected


# 代表团 led by an official of a body (X副厅长王晓明率江西省高校代表团): the delegation is that body's, however
# long the region or group the delegation is named for; a body not leading it (与…访问) gives none
LED_DELEGATIONS = [
    (
        "11月9日至14日，江西省教育厅副厅长王晓明率江西省高校代表团访问芬兰。11日上午，代表团访问赫尔辛基大学，"
        "与该校副校长座谈。",
        {("江西省教育厅", "赫尔辛基大学", "talks")},
    ),
    (
        "11月9日至14日，江西省教育厅副厅长王晓明出席会议后与江西省高校代表团访问芬兰。11日上午，代表团访问"
        "赫尔辛基大学，与该校副校长座谈。",
        set(),
    ),
]


@pytest.mark.parametrize(("text", "expected"), LED_DELEGATIONS)
def test_delegation_led_by_an_official_is_its_bodys_s21_qa(extract, text, expected):
    assert kinds(extract(text, "zh")) == expected


# a photo caption (a short line of its own, no sentence mark) shows a happening told before: it takes no
# day from the paragraph it follows (`_caption_line` tells one); sentences and list lines are no captions
CAPTIONS = [
    ("Signing ceremony", "en", True),
    ("The delegation at the University of Coimbra", "en", True),
    ("签约现场", "zh", True),
    ("The two sides signed a memorandum of understanding on the exchange of teachers.", "en", False),
    ("1. Nanchang University and the University of Leeds: undergraduate programme in civil engineering;", "en", False),
    ("“We look forward to the next five years”", "en", False),
    ("11月3日，冰岛大学代表团访问南昌大学，双方就联合开设暑期课程进行了会谈并签署了合作备忘录", "zh", False),
]


class _Line:
    """A sentence's bounds, as a span gives them."""

    def __init__(self, start: int, end: int) -> None:
        self.start_char, self.end_char = start, end


@pytest.mark.parametrize(("line", "language", "expected"), CAPTIONS)
def test_caption_line_s21_qa(line, language, expected):
    english = language == "en"
    before, after = ("Nanchang University news.", "More news.") if english else ("南昌大学新闻。", "更多新闻。")
    text = f"{before}\n{line}\n{after}"
    start = text.index(line)
    assert _caption_line(text, _Line(start, start + len(line)), language == "en") is expected


def test_line_inside_a_paragraph_is_no_caption_s21_qa():
    text = "On May 3 the delegation arrived. Signing ceremony\nMore news."
    start = text.index("Signing")
    assert _caption_line(text, _Line(start, start + len("Signing ceremony")), True) is False


# a body "supported by" in the sentence helps what the sides do: no party of the pair while another body
# of its side stays
SUPPORTERS = [
    (
        "On Monday, Jiangxi Normal University inaugurated the Sino-German Institute of Design, set up with "
        "Germany's University of Kassel and supported by Jiangxi Ganfeng Lithium Co., Ltd.",
        {("Jiangxi Normal University", "University of Kassel", "joint_institute")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), SUPPORTERS)
def test_supporter_is_no_side_s21_qa(extract, text, expected):
    assert kinds(extract(text, "en")) == expected


# "the three sides" (a third body joining a pair's meeting) refers back like "the two sides": the side
# that joined pairs with the Chinese side named before
THREE_SIDES = [
    (
        "On November 23, a delegation from the University of Leeds visited Nanchang University, and the two "
        "universities signed a cooperation agreement. Professor Ana Silva of the University of Porto joined the "
        "meeting online. The three sides discussed a joint summer school and agreed to continue the talks in the "
        "spring.",
        {
            ("Nanchang University", "University of Leeds", "agreement"),
            ("Nanchang University", "University of Porto", "talks"),
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), THREE_SIDES)
def test_three_sides_refer_back_s21_qa(extract, text, expected):
    assert kinds(extract(text, "en")) == expected
