"""Session 29 (en): rules checked on sentences and on whole bulletins written for the tests
(tests/extract/fixtures/s29_en, in the styles of /work/shared/GENRE.md, each with its gold beside it
as corpus/GUIDE.md writes one). A fixture opens with `#published=YYYY-MM-DD` and, for a
university's own page, `#url=...` lines."""

from pathlib import Path

FIXTURES = Path(__file__).parent / "fixtures" / "s29_en"


def _read(name: str, extract):
    lines = (FIXTURES / name).read_text(encoding="utf-8").splitlines()
    meta = {}
    while lines and lines[0].startswith("#"):
        key, _, value = lines.pop(0)[1:].partition("=")
        meta[key.strip()] = value.strip()
    return extract("\n".join(lines).strip(), "en", published=meta["published"], url=meta.get("url"))


def _pairs(record):
    return {(p.chinese.name, p.foreign.name): (p.kind, p.date) for p in record.partnerships}


def _kinds(record):
    return {i.name: i.kind for i in record.institutions}


def _people(record):
    return {p.name: (p.title, p.organization.name if p.organization else None) for p in record.people}


def test_a_place_and_council_alone_is_a_towns_government(extract):
    record = extract(
        "A delegation of Ningbo University met officials of Wellington Council on March 4 to discuss school "
        "exchanges.",
        "en",
        published="2025-03-06",
    )
    assert _kinds(record)["Wellington Council"] == "government"


def test_councils_on_a_delegations_trip(extract):
    record = _read("hnu-delegation-uk.txt", extract)
    assert _kinds(record)["Cardiff Council"] == "government"
    record = _read("auckland-guangzhou-council.txt", extract)
    assert _kinds(record)["Auckland Council"] == "government"


def test_lower_case_particles_inside_a_persons_name(extract):
    record = extract(
        "Professor Hendrik van der Linde, Rector of Leiden University, met Wang Hua, Vice President of "
        "Tongji University, on May 12.",
        "en",
        published="2025-05-14",
    )
    assert _people(record)["Hendrik van der Linde"] == ("Rector", "Leiden University")


def test_particles_in_names_on_whole_bulletins(extract):
    assert _people(_read("nuist-2plus2-ceremony.txt", extract))["Robert Van de Noort"] == (
        "Vice-Chancellor",
        "University of Reading",
    )
    assert _people(_read("zjedu-visit-nz.txt", extract))["Cheryl de la Rey"] == (
        "Vice-Chancellor",
        "University of Canterbury",
    )


def test_a_study_mode_inside_an_event_name(extract):
    record = extract(
        "The 2025 Sino-Australian 3+1 Programme Forum was held at Hebei University on April 8. Professor Ian "
        "Jacobs, President of the University of New South Wales, attended.",
        "en",
        published="2025-04-10",
    )
    assert [(e.kind, e.name) for e in record.events] == [("conference", "2025 Sino-Australian 3+1 Programme Forum")]


def test_a_charge_daffaires_speaks_for_the_embassy_named_before(extract):
    record = extract(
        "The Chinese Embassy in Denmark held a reception for Danish students bound for China on August 20. "
        "Chargé d'affaires a.i. Liu Fang and Professor Henrik Wegener, Rector of the University of Copenhagen, "
        "addressed the guests.",
        "en",
        published="2025-08-22",
    )
    assert _people(record)["Liu Fang"] == ("Chargé d'affaires a.i.", "Chinese Embassy in Denmark")


def test_an_envoy_of_another_country_is_not_the_embassys(extract):
    record = extract(
        "The Embassy of Ireland in China held a reception on May 6. Chinese Ambassador Zhao Yong and Ambassador "
        "Nicholas O'Brien met representatives of Tsinghua University.",
        "en",
        published="2025-05-08",
    )
    people = _people(record)
    assert people["Zhao Yong"][1] is None
    assert people["Nicholas O'Brien"] == ("Ambassador", "Embassy of Ireland in China")


def test_a_country_after_a_proper_names_fields_is_a_cue(extract):
    record = extract(
        "Nanjing Agricultural University signed an agreement with Sokoine University of Agriculture of Tanzania "
        "and the Institute of Technology of Cambodia on June 3.",
        "en",
        published="2025-06-05",
    )
    countries = {i.name: i.country for i in record.institutions}
    assert countries["Sokoine University of Agriculture"] == "TZ"
    assert countries["Institute of Technology of Cambodia"] == "KH"  # a name its head opens keeps its country


def test_a_joint_college_named_before_stands_at_its_host(extract):
    record = extract(
        "Students of Chengdu Brookes College spent the summer in Oxford. The graduation ceremony of Chengdu "
        "Brookes College at Oxford Brookes University took place on July 2.",
        "en",
        published="2025-07-04",
    )
    names = [i.name for i in record.institutions]
    assert "Chengdu Brookes College at Oxford Brookes University" not in names
    assert "Oxford Brookes University" in names


def test_signatories_listed_after_a_signing(extract):
    record = extract(
        "Four Chinese universities signed cooperation agreements with Polish partners in Warsaw on Monday, during "
        "a visit by a delegation of the Ministry of Education. The signatories included Tongji University and "
        "the Warsaw University of Technology, and Sichuan University and the University of Warsaw.",
        "en",
        published="2025-10-15",
    )
    assert _pairs(record) == {
        ("Tongji University", "Warsaw University of Technology"): ("agreement", "2025-10-13"),
        ("Sichuan University", "University of Warsaw"): ("agreement", "2025-10-13"),
    }


def test_signatories_of_a_china_daily_report(extract):
    pairs = _pairs(_read("cd-signatories-list.txt", extract))
    assert pairs["Beijing Foreign Studies University", "Eötvös Loránd University"] == ("agreement", "2025-03-18")


def test_a_countrys_minister_is_no_universitys_that_bears_the_countrys_name(extract):
    record = extract(
        "A training centre built by Chongqing Industry Polytechnic College and the Institute of Technology of "
        "Cambodia opened on March 4.\n\nSeng Dara, Cambodia's Minister of Education, attended. Kim Min, Korea's "
        "Minister of Education, Science and Technology, sent a letter.",
        "en",
        published="2025-03-06",
    )
    people = _people(record)
    assert people["Seng Dara"] == ("Minister of Education", None)
    assert people["Kim Min"] == ("Minister of Education, Science and Technology", None)


def test_where_an_ambassador_is_sent_in_a_capitalised_office(extract):
    record = extract(
        "Kazan Federal University and Shandong University opened a joint centre on May 20. Russian Ambassador "
        "to China Igor Morgulov sent a letter of congratulations.",
        "en",
        published="2025-05-22",
    )
    assert _people(record)["Igor Morgulov"] == ("Ambassador to China", None)


def test_a_charge_daffaires_ad_interim_ends_no_sentence(extract):
    record = extract(
        "On June 18, Chargé d'affaires a.i. Liu Fang of the Chinese Embassy in Denmark attended the graduation "
        "ceremony of the Sino-Danish Center for Education and Research in Aarhus.",
        "en",
        published="2025-06-20",
    )
    assert [(e.kind, e.date) for e in record.events] == [("other", "2025-06-18")]


def test_a_headlines_verb_opens_no_event_name(extract):
    record = extract(
        "Consul General Attends Graduation Ceremony of Sino-Danish Center\n\nOn June 18, Consul General Li Ming "
        "attended the graduation ceremony of the Sino-Danish Center in Aarhus.",
        "en",
        published="2025-10-11",
    )
    assert not [e.name for e in record.events if e.name and "Attends" in e.name]


def test_a_founding_whose_anniversary_is_marked_is_background(extract):
    record = extract(
        "A ceremony marking the fifth anniversary of the agreement that founded the Sino-Portuguese Institute "
        "of Wuhan University was held in Wuhan on November 6.",
        "en",
        published="2025-11-08",
    )
    events = {(e.kind, e.date) for e in record.events}
    assert ("establishment", None) in events and ("establishment", "2025-11-06") not in events


def test_a_vice_chancellor_and_principal_is_one_office(extract):
    record = _read("hnu-delegation-uk.txt", extract)
    assert _people(record)["Adam Tickell"] == ("Vice-Chancellor and Principal", "University of Birmingham")


def test_a_provincial_departments_own_page_speaks_as_the_department(extract):
    record = _read("hubei-dept-french.txt", extract)
    # (the publisher is the body whose site it is, here speaking as "the Department")
    assert record.document.publisher.canonical_name == "Hubei Provincial Department of Education"


def test_a_provincial_departments_site_names_its_publisher():
    from pipeline.link.gazetteer import load_gazetteer

    sites = {e.site: e.name_en for e in load_gazetteer() if e.site}
    assert sites["jyt.hubei.gov.cn"] == "Hubei Provincial Department of Education"
