"""Session 27 (en, wave 2): a national body of university heads named like a meeting ("the Polish
Rectors' Conference") is no event, while a meeting with its year in its name is; on sentences written
for the tests."""


def _event_names(record) -> set[str | None]:
    return {e.name for e in record.events}


def test_a_rectors_conference_organising_a_forum_is_no_event(extract):
    text = (
        "On May 14, the China-Poland University Presidents' Forum was held in Krakow. The forum was hosted by"
        " the China Education Association for International Exchange and the Polish Rectors' Conference and"
        " undertaken by Jagiellonian University."
    )
    record = extract(text, "en")
    assert "Polish Rectors' Conference" not in _event_names(record)
    roles = {(r.organization.name, r.member.name, r.role) for r in record.roles}
    assert (
        "China-Poland University Presidents' Forum",
        "China Education Association for International Exchange",
        "organizer",
    ) in roles
    assert ("China-Poland University Presidents' Forum", "Jagiellonian University", "host") in roles


def test_a_rectors_conference_with_its_year_is_a_meeting(extract):
    text = "The two universities first met at the 2023 China-Poland Rectors' Conference in Krakow."
    assert "2023 China-Poland Rectors' Conference" in _event_names(extract(text, "en"))
