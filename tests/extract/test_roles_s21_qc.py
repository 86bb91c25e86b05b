"""Session 21 (qc): ways bulletins name an event's organisers and an alliance's holders that the
role extractor missed (GENRE.md, "Roles and people"; GUIDE.md / GUIDE-zh.md, roles)."""


def _roles(record):
    return {(r.member.name, r.role, r.organization.name) for r in record.roles}


FORUM = "2025 Lakeside Forum on Engineering Education"


def test_a_body_hosting_together_with_the_named_one_holds_the_same_role(extract):
    for wording, role in (
        (f"The {FORUM} was held in Hefei on May 8, hosted by Anhui University together with the "
         "Hefei Municipal People's Government.", "organizer"),
        (f"The {FORUM}, organized by Anhui University along with Hefei Municipal People's Government, "
         "opened in Hefei on May 8.", "organizer"),
        (f"The {FORUM} was co-hosted by Anhui University jointly with the Hefei Municipal People's Government.",
         "co_organizer"),
    ):
        roles = _roles(extract(wording, "en"))
        assert ("Anhui University", role, FORUM) in roles, wording
        assert ("Hefei Municipal People's Government", role, FORUM) in roles, wording


def test_with_a_body_that_is_no_name_right_after_nothing_more_is_given(extract):
    record = extract(
        f"The {FORUM} was hosted by Anhui University together with several local companies, and "
        "Hefei University of Technology sent a delegation.",
        "en",
    )
    assert not any(member == "Hefei University of Technology" for member, _, _ in _roles(record))
