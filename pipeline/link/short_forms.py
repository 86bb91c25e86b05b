"""Short names a Chinese page makes of a name it wrote in full (GENRE.md "Institutions": 北师大,
江西师大; GUIDE-zh "Institutions: names as written").

Bulletins shorten a name by taking characters of its parts in order: 浙外 of 浙江外国语学院, 南大 of
南昌大学, 江理工 of 江西理工大学, 华交大 of 华东交通大学. Such a short form written after its full name
on the same page is that institution. It is no short form when it is written as a run of the name
(浙江, 江西: a place, not the name), when it is a common word (`not_short_forms.txt`: 中学 of
中国人民大学, 中方), or when two names of the page give it (南大 after 南昌大学 and 南京大学).
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence

from pipeline.rules import word_list

SHORT_FORM_SIZES = (4, 3, 2)  # characters of a short form, longest first
_MIN_LEFT_OUT = 2  # a short form leaves out two characters of the name at least (南大 of 南昌大学)


@functools.cache
def not_short_forms() -> frozenset[str]:
    """Common words that a name's characters also spell in order (中学 of 中国人民大学, 中方)."""
    return frozenset(word_list("zh", "not_short_forms.txt"))


def shortens(short: str, name: str) -> bool:
    """`short` is a short form of `name`: `name`'s first character, then others of it in order, leaving
    some out in between (not a run of the name, as 浙江 of 浙江外国语学院 is), and no common word."""
    if len(short) < 2 or len(short) > len(name) - _MIN_LEFT_OUT or short in name:
        return False
    return follows_in_order(short, name) and short not in not_short_forms()


def follows_in_order(short: Sequence[str], name: str) -> bool:
    """`name` begins with `short`'s first character and holds its others after it, in order."""
    if not name or short[0] != name[0]:
        return False
    at = 0
    for char in short[1:]:
        at = name.find(char, at + 1)
        if at < 0:
            return False
    return True


def named_by_short_form(
    short: str, names: list[str], seated: Callable[[str], bool] | None = None
) -> str | None:
    """The one name of `names` (the page's names written before `short`) that `short` shortens; None
    when none does or when several different ones do (南大 after 南昌大学 and 南京大学), unless the page
    tells which: `seated` says of a name whether its institution sits where the page's happenings
    take place (山大 after 山东大学 and 山西大学, at a forum in 济南), and of those it keeps, the one
    leaving out fewest characters is meant (山大 is 山东大学's, not 山东师范大学's)."""
    found: list[str] = []
    for name in names:
        if name not in found and shortens(short, name):
            found.append(name)
    if len(found) == 1:
        return found[0]
    if not found or seated is None:
        return None
    return _tightest([name for name in found if seated(name)])


def _tightest(names: list[str]) -> str | None:
    """The one shortest of `names` (each shortened by one short form: fewest characters left out)."""
    if not names:
        return None
    shortest = min(len(name) for name in names)
    tightest = [name for name in names if len(name) == shortest]
    return tightest[0] if len(tightest) == 1 else None
