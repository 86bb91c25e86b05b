"""An event's day as bulletins write it: a day that only ends a stretch ("until", 持续至) is not it."""


def test_the_end_of_a_stretch_is_not_the_day_of_what_follows(extract):
    text = (
        "第十六届中国—东盟教育交流周28日在贵阳开幕。\n\n"
        "交流周将持续至9月1日，其间将举办论坛30余场。开幕式后，贵州大学与泰国清迈大学签署合作协议。"
    )
    record = extract(text, "zh", published="2023-08-29")
    assert [e.date for e in record.events if e.kind == "signing"] == ["2023-08-28"]


def test_until_in_english(extract):
    text = (
        "The 2023 Guizhou Education Week opened in Guiyang on August 28. "
        "The week runs until September 1. Guizhou University signed an agreement with Chiang Mai University."
    )
    record = extract(text, "en", published="2023-08-29")
    assert [e.date for e in record.events if e.kind == "signing"] == ["2023-08-28"]


def test_the_day_a_report_was_made_is_not_the_day_of_what_it_reports(extract):
    text = (
        "The Ministry of Education has approved the Oulu Joint Institute at Changsha University of Science "
        "and Technology, the Department of Education of Hunan Province said on Friday."
    )
    record = extract(text, "en", published="2025-12-01")
    assert [(e.kind, e.date) for e in record.events] == [("approval", None)]


def test_an_anniversary_celebrated_on_a_day_is_an_event(extract):
    record = extract(
        "On September 25, the SWJTU-Leeds Joint School celebrated its tenth anniversary in Chengdu.",
        "en",
        published="2024-09-27",
    )
    assert [(e.kind, e.date, e.location) for e in record.events] == [("other", "2024-09-25", "Chengdu")]
    zh = extract("2月7日，南昌航空大学与莫斯科航空学院合作办学十周年纪念活动在南昌举行。", "zh", published="2025-02-10")
    assert ("other", "2025-02-07", "南昌") in [(e.kind, e.date, e.location) for e in zh.events]


def test_an_anniversary_without_a_day_is_background(extract):
    record = extract("The joint school will celebrate its tenth anniversary next year in Chengdu.", "en")
    assert [e.kind for e in record.events] == []


def test_received_is_a_visit_only_when_people_are_received(extract):
    applications = extract("On June 3, Duke Kunshan University said it received applications from 31 provinces.", "en")
    assert [e.kind for e in applications.events] == []
    approval = extract(
        "On May 30, the joint college of Lincoln University and Henan Agricultural University received "
        "approval from China's Ministry of Education.",
        "en",
        published="2025-06-10",
    )
    assert [e.kind for e in approval.events] == ["approval"]
    delegation = extract(
        "On May 30, a delegation from Lincoln University was received by Henan Agricultural University.",
        "en",
        published="2025-06-10",
    )
    assert [e.kind for e in delegation.events] == ["visit"]


def test_a_lead_takes_the_day_and_place_of_the_sentence_that_tells_it_again(extract):
    text = (
        "Kestrel Bay University has signed a pathway agreement with Ningbo College of Health Sciences.\n\n"
        "The agreement was signed in Ningbo on 14 August by its Chief Executive."
    )
    record = extract(text, "en", published="2024-08-20")
    assert [(e.kind, e.date, e.location) for e in record.events] == [("signing", "2024-08-14", "Ningbo")]
    assert [p.date for p in record.partnerships] == ["2024-08-14"]


def test_an_approval_dated_by_the_sentence_after_it(extract):
    text = (
        "The Ministry of Education has approved the Lincoln Agritech College at Henan Agricultural University. "
        "The approval was announced on 30 May."
    )
    record = extract(text, "en", published="2025-06-10")
    assert [(e.kind, e.date) for e in record.events] == [("approval", "2025-05-30")]


def test_a_chinese_event_name_keeps_its_ordinal(extract):
    record = extract("4月21日，联盟在北京举办了首届亚洲大学联盟青年学者论坛。", "zh", published="2024-04-22")
    assert "首届亚洲大学联盟青年学者论坛" in [e.name for e in record.events]


def test_an_approval_still_to_come_is_no_event(extract):
    record = extract(
        "On July 1, Westmoor University said the institute still needs the approval of China's Ministry of Education.",
        "en",
        published="2024-07-04",
    )
    assert [e.kind for e in record.events] == []


def test_a_lead_takes_no_day_from_a_retelling_that_does_not_come_right_after_it(extract):
    # (blank lines between the two are skipped; a sentence between them is not)
    text = (
        "Kestrel Bay University has signed a pathway agreement with Ningbo College of Health Sciences.\n\n"
        "Students will spend two years in each.\n\n"
        "The agreement was signed in Ningbo on 14 August by its Chief Executive."
    )
    record = extract(text, "en", published="2024-08-20")
    assert [p.date for p in record.partnerships] == [None]


def test_a_year_in_a_relative_clause_leaves_the_paragraphs_day(extract):
    lead = "On Wednesday, Nanchang University signed agreements with two Hungarian universities.\n\n"
    relative = (
        "Nanchang University renewed its exchange agreement with Semmelweis University, "
        "which has sent teachers to Nanchang since 2017."
    )
    record = extract(lead + relative, "en", published="2026-03-12")
    assert {p.foreign.name: p.date for p in record.partnerships}.get("Semmelweis University") == "2026-03-11"
    background = "Nanchang University has worked with Semmelweis University since 2017."
    record = extract(lead + background, "en", published="2026-03-12")
    assert {p.foreign.name: p.date for p in record.partnerships}.get("Semmelweis University") is None


def test_a_press_releases_dateline_is_not_the_meetings_day(extract):
    text = (
        "Kunming, 22 October 2026 – The Lancang-Mekong Vocational Education Alliance held its 2026 Council "
        "Meeting in Kunming from 21 to 22 October."
    )
    record = extract(text, "en", published="2026-10-23")
    assert [(e.kind, e.date) for e in record.events] == [("conference", "2026-10-21")]
    opening = extract("The alliance held its 2026 Council Meeting on 22 October 2026 – and elected a council.", "en")
    assert [e.date for e in opening.events] == ["2026-10-22"]


def test_a_text_without_publication_date_takes_its_opening_dates_year(extract):
    text = (
        "Press Release | 23 October 2026\n\n"
        "The alliance held its Council Meeting in Kunming on 21 October. Kunming Metallurgy College signed "
        "an agreement with Rajamangala University of Technology Isan."
    )
    record = extract(text, "en", published=None)
    assert [(e.kind, e.date) for e in record.events] == [("conference", "2026-10-21"), ("signing", "2026-10-21")]
    later = "Kunming Metallurgy College signed an agreement on 21 October, ten years after 5 May 2016."
    later = extract(later, "en", published=None)
    assert [e.date for e in later.events] == [None]


def test_an_approval_takes_the_day_its_letter_was_issued_on_in_the_next_sentence(extract):
    text = (
        "The Ministry of Education has approved the Zlín College of Xi'an University of Technology and "
        "Tomas Bata University in Zlín. The approval letter (Jiao Wai Han [2024] No. 96) was issued on December 27."
    )
    record = extract(text, "en", published="2025-01-16")
    assert [(e.kind, e.date) for e in record.events] == [("approval", "2024-12-27")]
    unrelated = (
        "The Ministry of Education has approved the Zlín College of Xi'an University of Technology and "
        "Tomas Bata University in Zlín. Students of the college visited Prague on December 27."
    )
    record = extract(unrelated, "en", published="2025-01-16")
    assert [(e.kind, e.date) for e in record.events if e.kind == "approval"] == [("approval", None)]


def test_a_signing_denied_is_no_event(extract):
    text = (
        "On March 14, Kunming University of Science and Technology held talks with Chulalongkorn University. "
        "No agreement was signed; both sides agreed to continue the talks in Kunming."
    )
    record = extract(text, "en", published="2025-03-18")
    assert "signing" not in [e.kind for e in record.events]
    signed = extract(text.replace("No agreement was signed", "An agreement was signed"), "en", published="2025-03-18")
    assert "signing" in [e.kind for e in signed.events]


def test_a_programmes_opening_told_in_the_next_sentence_dates_it(extract):
    text = (
        "A joint programme in digital economy, run by Tashkent State University of Economics and Jiangxi "
        "University of Finance and Economics, has admitted its first 50 students.\n\n"
        "The opening ceremony took place on 15 September in Tashkent."
    )
    record = extract(text, "en", published="2025-09-19")
    assert [p.date for p in record.partnerships] == ["2025-09-15"]
    assert [(e.kind, e.date, e.location) for e in record.events] == [("other", "2025-09-15", "Tashkent")]
    forum = extract(
        "On 19 November, guests attended the opening ceremony of the China-Africa Education Forum in Changsha.",
        "en",
        published="2025-11-20",
    )
    assert "other" not in [e.kind for e in forum.events]


def test_a_year_right_after_a_comma_is_background(extract):
    text = (
        "On Wednesday, Nanchang University signed agreements with two Hungarian universities.\n\n"
        "Nanchang University and Semmelweis University, since 2017, have run a joint programme."
    )
    record = extract(text, "en", published="2026-03-12")
    assert {p.foreign.name: p.date for p in record.partnerships}.get("Semmelweis University") is None


def test_a_yearly_deadline_is_no_events_day(extract):
    text = (
        "经我厅审核并报教育部审批，教育部已批准我省高校新增中外合作办学项目5个。"
        "请各有关高校严格按照批准的办学规模组织招生，每年12月31日前将项目年度报告报我厅备案。"
    )
    record = extract(text, "zh", published="2025-08-15", credited_source="安徽省教育厅")  # (我厅: a government body)
    assert [(e.kind, e.date) for e in record.events] == [("approval", None)]


def test_a_general_assembly_on_two_days_under_a_double_dateline(extract):
    text = (
        "VIENNA / WUHAN, 14 October 2025 — The 2025 General Assembly of the Yangtze-Danube University "
        "Alliance was held in Vienna on 9 and 10 October, hosted by BOKU University."
    )
    record = extract(text, "en", published="2025-10-14")
    assert [(e.kind, e.date, e.location) for e in record.events] == [("conference", "2025-10-09", "Vienna")]


def test_a_departments_inspection_trip_is_a_visit(extract):
    text = "11月17日至19日，吉林省教育厅副厅长孙立军带队赴长春，对吉林大学的中外合作办学工作开展专项检查。"
    record = extract(text, "zh", published="2025-11-20")
    assert [(e.kind, e.date, e.location) for e in record.events] == [("visit", "2025-11-17", "长春")]
    noun = extract("吉林省教育厅建立了合作办学年度报告、专项检查和退出机制。", "zh", published="2025-11-20")
    assert [e.kind for e in noun.events] == []


def test_a_renewed_agreement_is_a_signing(extract):
    text = "4月21日，合肥工业大学与亚琛工业大学续签了《学生交流协议》。"
    record = extract(text, "zh", published="2025-04-22")
    assert [(e.kind, e.date) for e in record.events] == [("signing", "2025-04-21")]


def test_a_signing_placed_in_an_earlier_year_is_another_signing(extract):
    text = (
        "On November 3, Kansas State University and Northwest A&F University signed a dual-degree agreement. "
        "The two universities first signed a memorandum of understanding on wheat research in 2016."
    )
    record = extract(text, "en", published="2025-11-10")
    assert [(e.kind, e.date) for e in record.events] == [("signing", "2025-11-03"), ("signing", None)]


def test_a_year_after_the_pages_is_a_plan_not_the_signings_year(extract):
    text = "5月16日，代表团访问塔什干国立技术大学。双方签署了合作协议，约定自2026年起互派交换生。"
    record = extract(text, "zh", published="2025-05-26")
    assert [e.date for e in record.events if e.kind == "signing"] == ["2025-05-16"]


def test_a_founding_told_of_the_college_is_the_joint_schools(extract):
    text = (
        "Glasgow College, UESTC held its commencement ceremony on Sunday, 29 June, in Chengdu.\n\n"
        "The College was set up in 2013 by the University of Electronic Science and Technology of China and the "
        "University of Glasgow."
    )
    record = extract(text, "en", published="2025-07-02")
    founded = [(e.name, e.date) for e in record.events if e.kind == "establishment"]
    assert len(founded) == 1 and founded[0][1] is None and "Glasgow College" in founded[0][0]
    assert [(e.kind, e.date, e.location) for e in record.events if e.kind == "other"] == [
        ("other", "2025-06-29", "Chengdu")
    ]


def test_results_made_public_are_a_happening_and_the_pages_own_list_is_not(extract):
    text = "近日，教育部学位与研究生教育发展中心公布2023年中外合作办学评估结果，我省参评的3个项目全部通过评估。"
    record = extract(text, "zh", published="2024-03-08")
    assert [(e.kind, e.date) for e in record.events] == [("other", None)]
    own = extract("江西省教育厅：现将2024年中外合作办学项目名单公布如下。", "zh", published="2024-03-08")
    assert [e.kind for e in own.events] == []


def test_a_joint_institutes_opening_is_its_founding_and_an_opening_in_a_year_is_background(extract):
    text = (
        "Griffith University welcomed its first students to the Griffith College of Digital Intelligence at "
        "Jiangxi University of Finance and Economics.\n\n"
        "Professor Rachel Linden travelled to Nanchang for the opening ceremony on 12 March."
    )
    record = extract(text, "en", published="2025-03-18")
    founded = [(e.date, e.location) for e in record.events if e.kind == "establishment"]
    assert founded == [("2025-03-12", "Nanchang")]
    past = extract(
        "The NUIST-Reading Academy, which opened in 2016, now offers six undergraduate programmes.", "en"
    )
    assert [e.kind for e in past.events] == []


def test_a_notices_own_approval_takes_the_date_it_is_signed_on(extract):
    text = (
        "各有关高等学校：\n\n经研究，同意举办以下2个中外合作办学项目。\n\n"
        "1.南昌大学与英国邓迪大学合作举办会计学专业本科教育项目\n\n"
        "2.江西师范大学与澳大利亚迪肯大学合作举办学前教育专业本科教育项目\n\n"
        "江西省教育厅\n\n2025年3月4日"
    )
    record = extract(text, "zh", published="2025-03-10")
    assert [(e.kind, e.date) for e in record.events if e.kind == "approval"] == [("approval", "2025-03-04")]


def test_an_approval_named_in_passing_takes_no_date_from_the_foot(extract):
    text = (
        "各有关高等学校：\n\n现将有关事项通知如下。\n\n"
        "附件：教育部关于同意举办南昌大学邓迪学院的函\n\n"
        "江西省教育厅\n\n2025年3月4日"
    )
    record = extract(text, "zh", published="2025-03-10")
    assert [e.date for e in record.events if e.kind == "approval"] in ([], [None])


def test_a_dotted_date_in_chinese_prose_dates_its_sentence(extract):
    # the sentencizer reads the dots of "2025.11.18" as full stops: the date still dates the signing
    for text in (
        "2025.11.18，江西师范大学与俄罗斯国立师范大学签署合作协议。",
        "江西师范大学与俄罗斯国立师范大学于2025.11.18签署合作备忘录。",
    ):
        record = extract(text, "zh", published="2025-11-20")
        assert [e.date for e in record.events if e.kind == "signing"] == ["2025-11-18"]
        assert [p.date for p in record.partnerships] == ["2025-11-18"]


def test_a_sentence_detailing_the_happening_before_it_keeps_its_day(extract):
    record = extract(
        "On November 18, the forum opened in Nanchang. Among them, Jiangxi Normal University and Herzen State"
        " Pedagogical University of Russia in Nanchang agreed on a joint programme.",
        "en",
        published="2025-11-20",
    )
    assert [p.date for p in record.partnerships] == ["2025-11-18"]


def test_talks_in_a_sentence_without_an_event_word_keep_the_day(extract):
    zh = extract(
        "11月18日，江西省教育厅代表团抵达明斯克。江西省教育厅与白俄罗斯教育部在明斯克就合作办学交换了意见。",
        "zh",
        published="2025-11-20",
    )
    assert [p.date for p in zh.partnerships] == ["2025-11-18"]
    en = extract(
        "On November 18, a delegation of the Jiangxi Provincial Department of Education arrived in Minsk. The two"
        " sides exchanged views in Minsk with the Ministry of Education of Belarus on student exchange.",
        "en",
        published="2025-11-20",
    )
    assert [p.date for p in en.partnerships] == ["2025-11-18"]


def test_an_older_agreements_day_in_the_same_sentence_does_not_date_this_one(extract):
    en = extract(
        "Following a memorandum signed on March 5, 2019, Jiangxi Normal University signed an agreement with"
        " Herzen State Pedagogical University of Russia on November 18.",
        "en",
        published="2025-11-20",
    )
    assert [p.date for p in en.partnerships] == ["2025-11-18"]
    assert [e.date for e in en.events if e.kind == "signing"] == ["2025-11-18"]
    zh = extract(
        "在2019年3月5日签署的合作备忘录基础上，江西师范大学与俄罗斯国立师范大学于11月18日签署合作协议。",
        "zh",
        published="2025-11-20",
    )
    assert [p.date for p in zh.partnerships] == ["2025-11-18"]


def test_a_day_after_publication_is_a_plan_not_a_pairs_day(extract):
    zh = extract(
        "江西师范大学与俄罗斯国立师范大学签署合作协议，首批学生将于2026年9月1日入学。", "zh", published="2025-11-20"
    )
    assert [p.date for p in zh.partnerships] == [None]
    en = extract(
        "On November 18, Jiangxi Normal University signed an agreement with Herzen State Pedagogical University"
        " of Russia. The first students will enroll on September 1, 2026.\n"
        "The two universities will also run a joint programme in education.",
        "en",
        published="2025-11-20",
    )
    assert [p.date for p in en.partnerships] == ["2025-11-18"]
