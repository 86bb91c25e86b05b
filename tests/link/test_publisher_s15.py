"""The publisher under the name its own page gives it (corpus/GUIDE.md), when that is a full name the
gazetteer links to the body: an older official name (a 学院 renamed 大学) or a longer one."""

from __future__ import annotations

from pipeline.bulletin import Bulletin
from pipeline.link.gazetteer import load_gazetteer
from pipeline.link.publisher import find_publisher


def _renamed_entry():
    """A listed university whose alias is its old name, ending 学院 where the listed name ends 大学."""
    gazetteer = load_gazetteer()
    for entry in gazetteer:
        if entry.kind != "university" or not entry.name_zh or not entry.name_zh.endswith("大学"):
            continue
        old = entry.name_zh[:-2] + "学院"
        if old in entry.aliases and gazetteer.lookup(old) is entry:
            return entry, old
    raise AssertionError("no renamed university listed")


def test_a_site_that_names_itself_by_its_old_name_publishes_under_it():
    entry, old = _renamed_entry()
    page = Bulletin(text="我校与泰国某大学签署合作协议。", site_name=f"{old}新闻网")
    publisher = find_publisher(page, "zh")
    assert publisher is not None and publisher.entry is entry
    assert publisher.name == old


def test_a_site_named_by_its_listed_name_keeps_it():
    entry, _ = _renamed_entry()
    page = Bulletin(text="我校与泰国某大学签署合作协议。", site_name=f"{entry.name_zh}新闻网")
    publisher = find_publisher(page, "zh")
    assert publisher is not None and publisher.name == entry.name_zh


def test_a_short_form_of_the_site_does_not_replace_the_full_name():
    gazetteer = load_gazetteer()
    entry = gazetteer.lookup("Jiangxi University of Finance and Economics")
    short = next(a for a in entry.aliases if a.isupper() and gazetteer.lookup(a) is entry)
    page = Bulletin(text="Our university signed an agreement.", site_name=f"{short} News")
    publisher = find_publisher(page, "en")
    assert publisher is not None and publisher.name == entry.name_en
