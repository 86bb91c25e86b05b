"""Session 28 (en2): events in news-agency English."""


def test_a_joint_body_launched_without_a_name_is_an_establishment(extract):
    text = (
        "ASTANA, March 21 (Xinhua) -- Northwestern Polytechnical University and L.N. Gumilyov Eurasian National "
        "University on Friday launched a joint institute of engineering in Astana, the capital of Kazakhstan."
    )
    record = extract(text, "en", published="2025-03-22")
    founded = [(e.name, str(e.date), e.location) for e in record.events if e.kind == "establishment"]
    assert founded == [(None, "2025-03-21", "Astana")]


def test_an_unnamed_joint_body_takes_no_place_from_a_later_clause(extract):
    text = (
        "On November 12, Ningbo University and the University of Valencia opened a joint laboratory for marine "
        "biology, two years after the 2023 China-Spain Rectors' Forum in Valencia."
    )
    record = extract(text, "en", published="2025-11-14")
    founded = [(e.name, str(e.date), e.location) for e in record.events if e.kind == "establishment"]
    assert founded == [(None, "2025-11-12", None)]
