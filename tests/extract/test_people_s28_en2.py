"""Session 28 (en2): people in news-agency English, offices written in lower case before the name."""


def test_a_lower_case_office_before_a_name_is_read(extract):
    text = (
        "BUDAPEST, Nov. 13 (Xinhua) -- Chinese vice minister of education Wu Yan met Hungarian officials in "
        "Budapest on Wednesday and witnessed the signing of a cooperation agreement between Fudan University "
        "and Corvinus University of Budapest."
    )
    record = extract(text, "en", published="2025-11-14")
    assert [(p.name, p.title) for p in record.people] == [("Wu Yan", "vice minister of education")]


def test_a_lower_case_office_with_its_place_before_a_name(extract):
    text = (
        "ASTANA, March 21 (Xinhua) -- Northwestern Polytechnical University and L.N. Gumilyov Eurasian National "
        "University on Friday launched a joint institute of engineering in Astana. The ceremony was also "
        "attended by deputy mayor of Astana Ermek Kosherbayev."
    )
    record = extract(text, "en", published="2025-03-22")
    people = [(p.name, p.title, p.organization) for p in record.people]
    assert people == [("Ermek Kosherbayev", "deputy mayor of Astana", None)]


def test_a_lower_case_ministers_office_is_in_the_ministry_the_page_names(extract):
    text = (
        "The forum was hosted by the Ministry of Education in Changsha on Monday.\n\n"
        "Speaking at the opening, vice minister of education Wu Yan said universities would open more "
        "joint laboratories."
    )
    record = extract(text, "en", published="2025-11-14")
    wu = next(p for p in record.people if p.name == "Wu Yan")
    assert wu.organization is not None and wu.organization.name == "Ministry of Education"


def test_a_headlines_verb_after_an_office_is_no_name(extract):
    text = (
        "Ambassador Attends Launch of China-Ireland Joint College\n\n"
        "On April 16, Ambassador Zhao Xiaoyong attended the launch ceremony of the Beijing-Dublin International "
        "College, jointly run by Beijing University of Technology and University College Dublin, in Beijing."
    )
    record = extract(text, "en", published="2025-04-18")
    assert [p.name for p in record.people] == ["Zhao Xiaoyong"]


def test_a_lower_case_office_of_its_own_joined_by_and_stays_whole(extract):
    text = (
        "Hainan University and the University of Southampton signed a memorandum of understanding on June 8. "
        "Mark Smith, president and vice-chancellor of the University of Southampton, said the partnership "
        "would build on ten years of exchanges."
    )
    record = extract(text, "en", published="2025-06-10")
    assert [(p.name, p.title) for p in record.people] == [("Mark Smith", "president and vice-chancellor")]


def test_a_councillors_style_is_no_part_of_the_name_and_the_lord_mayor_is_an_office(extract):
    text = (
        "Ningbo University signed a research agreement with the University of Nottingham on May 14. "
        "Councillor Ethan Radford, Lord Mayor of Nottingham, attended the ceremony."
    )
    record = extract(text, "en", published="2025-05-16")
    assert [(p.name, p.title) for p in record.people] == [("Ethan Radford", "Lord Mayor")]


def test_a_charge_daffaires_before_a_name(extract):
    text = (
        "On September 10, the Chinese Embassy in Poland held a reception for Polish students. Chargé d'affaires "
        "a.i. Wang Zhiyong and Professor Jacek Popiel, Rector of Jagiellonian University, spoke at the reception."
    )
    record = extract(text, "en", published="2025-09-12")
    assert ("Wang Zhiyong", "Chargé d'affaires a.i.") in [(p.name, p.title) for p in record.people]


def test_a_lower_case_envoys_office_with_the_country_it_is_sent_to(extract):
    text = (
        "BANGKOK, Dec. 4 (Xinhua) -- Southwest Jiaotong University and King Mongkut's Institute of Technology "
        "Ladkrabang signed an agreement on Thursday. The signing was witnessed by Chinese ambassador to "
        "Thailand Han Zhiqiang."
    )
    record = extract(text, "en", published="2025-12-05")
    assert [(p.name, p.title) for p in record.people] == [("Han Zhiqiang", "ambassador to Thailand")]
