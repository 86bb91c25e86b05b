"""The rule files are the vocabulary: every word in them is read the way its row says."""

from __future__ import annotations

import datetime as dt

import pytest

from pipeline.dates import EN_RULES, RULES_DIR, ZH_RULES, find_dates, parse_week_counts, read_rules

from .conftest import PUBLISHED, only

D = dt.date


def rows(rules: dict[str, list[tuple[str, str]]], category: str) -> list[tuple[str, str]]:
    return rules[category]


def test_rule_files_read_on_their_own() -> None:
    for name in ("dates_en.tsv", "dates_zh.tsv"):
        rules = read_rules(RULES_DIR / name)
        assert rules and all(words for words in rules.values())


def test_comment_and_blank_lines_are_skipped(tmp_path) -> None:
    path = tmp_path / "rules.tsv"
    path.write_text("# a comment\n\nmonth\tJanuary\t1\nrange_connector\tto\n", encoding="utf-8")
    assert read_rules(path) == {"month": [("January", "1")], "range_connector": [("to", "")]}


@pytest.mark.parametrize(("name", "month"), rows(EN_RULES, "month"))
def test_every_english_month_name(name: str, month: int) -> None:
    mention = only(f"It opened on {name} 3, 2024.", "en")
    assert mention.date == D(2024, int(month), 3)


@pytest.mark.parametrize(("name", "weekday"), rows(EN_RULES, "weekday"))
def test_every_english_weekday(name: str, weekday: str) -> None:
    mention = only(f"It opened on {name}.", "en")
    assert mention.date is not None and mention.date.isoweekday() == int(weekday)
    assert 0 <= (PUBLISHED - mention.date).days < 7


def counted_weekday(weekday: int, count: str, published: dt.date) -> dt.date:
    """The day a week word names, by walking the calendar (independent of the code under test)."""
    if count == "next_week":
        days = (published + dt.timedelta(days=i) for i in range(1, 15))
        next_monday = next(d for d in days if d.isoweekday() == 1)
        return next_monday + dt.timedelta(days=weekday - 1)
    if count == "last_week":
        days = (published - dt.timedelta(days=i) for i in range(0, 7))
        this_monday = next(d for d in days if d.isoweekday() == 1)
        return this_monday - dt.timedelta(days=7) + dt.timedelta(days=weekday - 1)
    first_back = 1 if count == "before" else 0
    days = (published - dt.timedelta(days=i) for i in range(first_back, first_back + 7))
    return next(d for d in days if d.isoweekday() == weekday)


@pytest.mark.parametrize("published", [PUBLISHED + dt.timedelta(days=i) for i in range(7)], ids=str)
@pytest.mark.parametrize(("word", "count"), rows(EN_RULES, "week_relative"))
def test_every_english_week_word(word: str, count: str, published: dt.date) -> None:
    for weekday, name in ((1, "Monday"), (3, "Wednesday"), (7, "Sunday")):
        mention = only(f"It opened {word} {name}.", "en", published)
        assert mention.date == counted_weekday(weekday, count, published)


@pytest.mark.parametrize(("word", "offset"), rows(EN_RULES, "day_relative"))
def test_every_english_relative_day(word: str, offset: str) -> None:
    assert only(f"It opened {word}.", "en").date == PUBLISHED + dt.timedelta(days=int(offset))


@pytest.mark.parametrize(("word", "_"), rows(EN_RULES, "range_connector"))
def test_every_english_range_connector(word: str, _: str) -> None:
    mention = only(f"It ran May 7 {word} 15, 2024.", "en")
    assert (mention.kind, mention.date, mention.end_date) == ("range", D(2024, 5, 7), D(2024, 5, 15))


@pytest.mark.parametrize(("word", "_"), rows(EN_RULES, "day_pair_connector"))
def test_every_english_day_pair_connector(word: str, _: str) -> None:
    mention = only(f"It ran on 9 {word} 10 October 2024.", "en")
    assert (mention.kind, mention.date, mention.end_date) == ("range", D(2024, 10, 9), D(2024, 10, 10))
    apart = find_dates(f"It ran on 9 {word} 12 October 2024.", "en", PUBLISHED)
    assert [(m.kind, m.date, m.end_date) for m in apart] == [
        ("day", D(2024, 10, 9), None),
        ("day", D(2024, 10, 12), None),
    ]


@pytest.mark.parametrize(("word", "span"), rows(EN_RULES, "month_part"))
def test_every_english_month_part(word: str, span: str) -> None:
    first = int(span.split("-")[0])
    mention = only(f"It opens in {word}{'' if word.endswith('-') else ' '}March 2024.", "en")
    assert (mention.kind, mention.date) == ("month", D(2024, 3, first))


@pytest.mark.parametrize(("word", "_"), rows(EN_RULES, "month_prefix"))
def test_every_english_month_prefix(word: str, _: str) -> None:
    mention = only(f"It grew {word} March.", "en")
    assert (mention.text, mention.kind) == ("March", "month")


@pytest.mark.parametrize(("word", "_"), rows(EN_RULES, "day_prefix"))
def test_every_english_day_prefix(word: str, _: str) -> None:
    assert only(f"It grew {word} the 3rd.", "en").text == "the 3rd"


@pytest.mark.parametrize(("word", "_"), rows(EN_RULES, "day_follower"))
def test_every_english_day_follower(word: str, _: str) -> None:
    assert find_dates(f"It opened on the 3rd {word} noon.", "en", PUBLISHED)[0].text == "the 3rd"


@pytest.mark.parametrize(("word", "_"), rows(ZH_RULES, "day_suffix"))
def test_every_chinese_day_suffix(word: str, _: str) -> None:
    assert only(f"11月18{word}，联盟成立。", "zh").date == D(2025, 11, 18)


@pytest.mark.parametrize(("word", "_"), rows(ZH_RULES, "day_only_suffix"))
def test_every_chinese_day_only_suffix(word: str, _: str) -> None:
    assert only(f"16{word}，联盟成立。", "zh").date == D(2025, 12, 16)


@pytest.mark.parametrize(("word", "_"), rows(ZH_RULES, "day_not_followed_by"))
def test_every_chinese_day_blocker(word: str, _: str) -> None:
    assert find_dates(f"共计3日{word}", "zh", PUBLISHED) == []


@pytest.mark.parametrize(("word", "_"), rows(ZH_RULES, "month_not_followed_by"))
def test_every_chinese_month_blocker(word: str, _: str) -> None:
    assert find_dates(f"共计5月{word}", "zh", PUBLISHED) == []


@pytest.mark.parametrize(("word", "_"), rows(ZH_RULES, "part_of_day"))
def test_every_chinese_part_of_day(word: str, _: str) -> None:
    assert only(f"11月17日{word}，会议举行。", "zh").text == f"11月17日{word}"


@pytest.mark.parametrize(("word", "_"), rows(ZH_RULES, "range_connector"))
def test_every_chinese_range_connector(word: str, _: str) -> None:
    mention = only(f"5月7日{word}15日，论坛举行。", "zh")
    assert (mention.kind, mention.date, mention.end_date) == ("range", D(2025, 5, 7), D(2025, 5, 15))


@pytest.mark.parametrize(("word", "_"), rows(ZH_RULES, "list_connector"))
def test_every_chinese_list_connector(word: str, _: str) -> None:
    mentions = find_dates(f"11月17{word}18日，论坛举行。", "zh", PUBLISHED)
    assert [m.date for m in mentions] == [D(2025, 11, 17), D(2025, 11, 18)]


@pytest.mark.parametrize(("word", "span"), rows(ZH_RULES, "month_part"))
def test_every_chinese_month_part(word: str, span: str) -> None:
    mention = only(f"2024年3月{word}，学院获批。", "zh")
    assert (mention.kind, mention.date) == ("month", D(2024, 3, int(span.split("-")[0])))


LOOKALIKES = {w for w, _ in ZH_RULES["weekday_not_name"]}
WEEKDAY_NAMES = [
    (word + char, int(weekday))
    for word, _ in ZH_RULES["weekday_word"]
    for char, weekday in ZH_RULES["weekday"]
    if word + char not in LOOKALIKES
]


@pytest.mark.parametrize(("name", "weekday"), WEEKDAY_NAMES)
def test_every_chinese_weekday(name: str, weekday: int) -> None:
    mention = only(f"{name}，代表团来访。", "zh")
    assert mention.date is not None and mention.date.isoweekday() == int(weekday)


@pytest.mark.parametrize(("word", "_"), rows(ZH_RULES, "weekday_not_name"))
def test_every_chinese_weekday_lookalike(word: str, _: str) -> None:
    assert find_dates(f"校长{word}华出席", "zh", PUBLISHED) == []


@pytest.mark.parametrize(("word", "_"), rows(ZH_RULES, "weekday_not_after"))
def test_every_chinese_weekday_not_after(word: str, _: str) -> None:
    assert find_dates(f"活动{word}周三开展", "zh", PUBLISHED) == []


@pytest.mark.parametrize(("word", "_"), rows(ZH_RULES, "weekday_not_followed_by"))
def test_every_chinese_weekday_blocker(word: str, _: str) -> None:
    assert find_dates(f"活动于本周三{word}", "zh", PUBLISHED) == []


@pytest.mark.parametrize("published", [PUBLISHED + dt.timedelta(days=i) for i in range(7)], ids=str)
@pytest.mark.parametrize(("word", "count"), rows(ZH_RULES, "week_relative"))
def test_every_chinese_week_word(word: str, count: str, published: dt.date) -> None:
    for weekday, char in ((1, "一"), (3, "三"), (7, "日")):
        mention = only(f"{word}周{char}，代表团来访。", "zh", published)
        assert mention.date == counted_weekday(weekday, count, published)


def test_unknown_week_count_in_a_rule_file_is_an_error() -> None:
    with pytest.raises(ValueError, match="week_relative"):
        parse_week_counts([("last", "-1")], fold=True)


@pytest.mark.parametrize(("word", "offset"), rows(ZH_RULES, "day_relative"))
def test_every_chinese_relative_day(word: str, offset: str) -> None:
    assert only(f"{word}，代表团来访。", "zh").date == PUBLISHED + dt.timedelta(days=int(offset))


@pytest.mark.parametrize(("word", "_"), rows(ZH_RULES, "day_relative_not_followed_by"))
def test_every_chinese_relative_day_blocker(word: str, _: str) -> None:
    blocked = [w for w, _ in ZH_RULES["day_relative"] if not find_dates(f"{w}{word}", "zh", PUBLISHED)]
    assert blocked


@pytest.mark.parametrize(("word", "offset"), rows(ZH_RULES, "year_relative"))
def test_every_chinese_year_word(word: str, offset: str) -> None:
    assert only(f"{word}3月1日，学院获批。", "zh").date == D(PUBLISHED.year + int(offset), 3, 1)


@pytest.mark.parametrize(("word", "offset"), rows(ZH_RULES, "month_relative"))
def test_every_chinese_month_word(word: str, offset: str) -> None:
    index = PUBLISHED.year * 12 + PUBLISHED.month - 1 + int(offset)
    assert only(f"{word}1日，学院获批。", "zh").date == D(index // 12, index % 12 + 1, 1)


@pytest.mark.parametrize(
    ("rules", "language", "opening"),
    [(EN_RULES, "en", "On November 17, they met."), (ZH_RULES, "zh", "11月17日，双方会谈。")],
)
def test_every_anchor_relative_word(rules: dict[str, list[tuple[str, str]]], language: str, opening: str) -> None:
    for word, offset in rules["anchor_relative"]:
        mentions = find_dates(f"{opening} {word}, they signed.", language, PUBLISHED)
        assert [m.date for m in mentions] == [D(2025, 11, 17), D(2025, 11, 17) + dt.timedelta(days=int(offset))]
        assert mentions[1].kind == "relative"
