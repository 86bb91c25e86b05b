"""Session 27 (en, wave 2): a country after "of" at the end of a name its head opens ("Universiti X of
Malaysia") is a cue, not the name's (GUIDE.md), and a list of members runs on over it; on sentences
written for the tests."""


def test_a_country_after_a_name_its_head_opens_is_not_the_names(extract):
    text = "Universiti Sains Kelantan of Malaysia signed a memorandum of understanding with Hunan University."
    names = {i.name for i in extract(text, "en").institutions}
    assert "Universiti Sains Kelantan" in names
    assert "Universiti Sains Kelantan of Malaysia" not in names


def test_a_country_of_its_own_name_stays(extract):
    text = "The National University of Singapore signed a memorandum of understanding with Hunan University."
    assert "National University of Singapore" in {i.name for i in extract(text, "en").institutions}


def test_a_member_list_runs_on_over_a_country_after_of(extract):
    text = (
        "The Asia-Africa Alliance for Teacher Education was founded in Beijing on May 9. Its members include"
        " Hunan University, Universiti Sains Kelantan of Malaysia and the University of Lagos."
    )
    members = {(r.member.name, r.role) for r in extract(text, "en").roles}
    assert ("Universiti Sains Kelantan", "member") in members
    assert ("University of Lagos", "member") in members
