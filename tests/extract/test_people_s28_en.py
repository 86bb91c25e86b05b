"""Session 28 (en): people's names and offices, on bulletins written for the tests."""


def test_a_knights_style_after_a_rank_is_no_part_of_the_name(extract):
    text = (
        "The University of Glasgow has signed a new agreement with Xi'an Jiaotong University on a joint PhD "
        "programme. The agreement was signed on 17 September by Professor Sir Anton Muscatelli, Principal and "
        "Vice-Chancellor of the University of Glasgow, and Professor Wang Shuguo, President of Xi'an Jiaotong "
        "University. Sir Anton said the programme would start next year."
    )
    record = extract(text, "en", published="2025-09-22")
    people = [(p.name, p.title, p.organization.name if p.organization else None) for p in record.people]
    assert people == [
        ("Anton Muscatelli", "Principal and Vice-Chancellor", "University of Glasgow"),
        ("Wang Shuguo", "President", "Xi'an Jiaotong University"),
    ]


def test_a_ministers_office_after_the_name_is_in_the_ministry_the_page_names(extract):
    text = (
        "The 2025 China-ASEAN Education Cooperation Week opened in Guiyang on Friday. It was sponsored by the "
        "Ministry of Education and the Guizhou Provincial People's Government.\n\n"
        "Tian Xuejun, Vice Minister of Education, said China would deepen cooperation with ASEAN countries."
    )
    record = extract(text, "en", published="2025-07-21")
    people = [(p.name, p.organization.name if p.organization else None) for p in record.people]
    assert people == [("Tian Xuejun", "Ministry of Education")]


def test_vice_chancellor_and_president_is_one_office(extract):
    text = (
        "On 3 March, Professor Attila Brungs, Vice-Chancellor and President of UNSW Sydney, signed an agreement "
        "with Tongji University in Shanghai."
    )
    record = extract(text, "en", published="2026-03-05")
    assert [(p.name, p.title) for p in record.people] == [("Attila Brungs", "Vice-Chancellor and President")]


def test_an_office_after_the_name_is_read_when_the_sentence_opens_with_a_place_at_a_body(extract):
    text = (
        "At RWTH Aachen University, Professor Li Jian met Professor Ulrich Rüdiger, Rector of RWTH Aachen "
        "University, and the two sides signed an agreement to extend their joint doctoral program."
    )
    record = extract(text, "en", published="2025-10-20")
    rector = next(p for p in record.people if p.name == "Ulrich Rüdiger")
    assert (rector.title, rector.organization.name) == ("Rector", "RWTH Aachen University")
