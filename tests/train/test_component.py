"""The `institution_model` component: the committed models, where they run, and life without them."""

from __future__ import annotations

import _sre
import datetime as dt
import functools
import logging
import re
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.language import Language
from spacy.tokens import Doc

from pipeline.bulletin import Bulletin
from pipeline.language import to_simplified
from pipeline.nlp import make_doc
from pipeline.rules import word_table
from pipeline.train import model_dir
from pipeline.train.component import (
    RULE_KEYS,
    WINDOW_TOKENS,
    Cues,
    HeadKinds,
    _is_word_character,
    _Page,
    _Ranges,
    _runs_into_a_cut,
)
from pipeline.train.greedy import GreedyNER

RULES = ["institution_gazetteer", "institution_patterns"]


def run(nlp: Language, text: str, language: str, disable: list[str] = ()) -> Doc:
    bulletin = Bulletin(text=text, language=language, published=dt.date(2025, 6, 10), origin="test")
    with nlp.select_pipes(disable=list(disable)):
        return nlp(make_doc(nlp, bulletin))


def texts(doc: Doc, key: str) -> list[str]:
    return [span.text for span in doc.spans[key]]


@pytest.mark.parametrize("language", ["en", "zh"])
def test_the_committed_models_are_small_and_load(language):
    path = model_dir(language)
    size = sum(f.stat().st_size for f in path.rglob("*") if f.is_file())
    assert (path / "meta.json").is_file() and size < 10_000_000


def test_the_english_model_finds_an_institution_it_has_never_seen(project_pipeline):
    nlp = project_pipeline("en")
    text = "Delegates from Brackenfield University visited Nanchang on June 5 and signed a memorandum of understanding."
    doc = run(nlp, text, "en", disable=RULES)  # the model alone
    assert "Brackenfield University" in texts(doc, "inst_model")
    assert doc.spans["inst_model"][0].label_ == "university"
    assert "Brackenfield University" in texts(doc, "institutions")
    assert "June 5" in texts(doc, "model_date")


def test_the_chinese_model_finds_an_institution_it_has_never_seen(project_pipeline):
    nlp = project_pipeline("zh")
    doc = run(nlp, "6月5日，青岚湖师范大学与英国索恩伯里大学签署合作备忘录。", "zh", disable=RULES)
    found = set(texts(doc, "inst_model"))
    assert found & {"青岚湖师范大学", "索恩伯里大学"}
    assert {span.label_ for span in doc.spans["inst_model"]} == {"university"}


TEXT = (
    "Brackenfield University has a large campus.\n"
    "The weather was mild all week.\n"
    "Its Department is new.\n"
    "The two sides signed an agreement.\n"
    "Qilu Lakeside University and the Harwick Foundation University Trust signed a memorandum."
)


def read(nlp: Language, disable: list[str] = ()) -> list[str]:
    doc = run(nlp, TEXT, "en", disable=disable)
    return [s.text for s in nlp.get_pipe("institution_model").sentences_to_read(doc)]


def test_only_sentences_with_a_candidate_or_a_trigger_are_read(project_pipeline):
    nlp = project_pipeline("en", require_head=False, only_new=False)
    assert read(nlp) == [
        "Brackenfield University has a large campus.",  # a rule candidate
        "The two sides signed an agreement.",  # a trigger word
        "Qilu Lakeside University and the Harwick Foundation University Trust signed a memorandum.",
    ]
    assert read(nlp, disable=RULES) == [
        "Brackenfield University has a large campus.",
        "Its Department is new.",  # without the rules, a head word is a cue
        "The two sides signed an agreement.",
        "Qilu Lakeside University and the Harwick Foundation University Trust signed a memorandum.",
    ]


def test_when_only_new_names_count_only_sentences_with_a_head_outside_the_candidates_are_read(project_pipeline):
    nlp = project_pipeline("en", require_head=True, only_new=True)
    text = TEXT + "\nIts Department signed a memorandum."
    doc = run(nlp, text, "en")
    candidates = [s.text for key in ("inst_gazetteer", "inst_patterns") for s in doc.spans[key]]
    assert not any("Department" in c for c in candidates)  # the one head word the rules leave alone
    read_now = [s.text for s in nlp.get_pipe("institution_model").sentences_to_read(doc)]
    assert read_now == ["Its Department signed a memorandum."]


def test_a_missing_model_folder_warns_once_and_leaves_the_rules_alone(project_pipeline, tmp_path, caplog):
    text = "Qilu Lakeside University signed an agreement with Aldermoor Technical University in Leeds."
    with caplog.at_level(logging.WARNING, logger="pipeline.train.component"):
        nlp = project_pipeline("en", model=str(tmp_path / "no_model"))
        project_pipeline("en", model=str(tmp_path / "no_model"))
    assert len([r for r in caplog.records if "no trained pipeline" in r.getMessage()]) == 1
    doc = run(nlp, text, "en")
    assert texts(doc, "inst_model") == [] and texts(doc, "model_person") == []
    rules_only = run(project_pipeline("en", with_model=False), text, "en")
    assert texts(doc, "institutions") == texts(rules_only, "institutions") != []


def test_the_trained_pipeline_is_loaded_once_per_process(project_pipeline):
    first = project_pipeline("en").get_pipe("institution_model")
    second = project_pipeline("en").get_pipe("institution_model")
    assert first.ner is not None and first.ner is second.ner


@pytest.mark.parametrize(
    ("language", "name", "kind"),
    [
        ("en", "University of Leeds", "university"),
        ("en", "Jiangxi Provincial Department of Education", "government"),
        ("en", "Silk Road University Alliance", "alliance"),
        ("en", "Brackenfield Trust", "other"),
        ("zh", "索恩伯里大学", "university"),
        ("zh", "赣北理工学院", "college"),
        ("zh", "江西省教育厅", "government"),
        ("zh", "丝路合作组委会", "other"),
    ],
)
def test_an_institution_takes_the_kind_its_head_word_suggests(project_pipeline, language, name, kind):
    doc = project_pipeline(language, with_model=False).make_doc(name)
    assert HeadKinds(language).kind(doc[:]) == kind


@pytest.mark.parametrize(
    "text",
    [
        "The two universities Signed a MEMORANDUM of understanding; the forum was co-organized by Nanchang University.",
        "Hosted by the Kelvin-sign \u212aollege and the long-s \u017figned agreement, then signed again.",
        "İstanbul University signed an agreement.",
        "南昌大学与英国伦敦大学签署合作协议，双方将联合举办论坛。",
    ],
)
def test_cues_find_the_trigger_words_a_case_insensitive_search_of_the_whole_text_finds(text):
    for language in ("en", "zh"):
        cues = Cues(language)
        view = to_simplified(text) if language == "zh" else text
        expected = [m.start() for m in cues.triggers.finditer(view)]
        assert cues.find(text)[0] == expected


LONG = (
    "On a bright morning after many long and friendly talks about exchanges of students and teachers, "
    "its Department signed a memorandum with three partners from abroad in the old hall of the city library."
)


def test_with_a_head_word_required_only_a_window_around_each_uncovered_head_is_read(project_pipeline):
    nlp = project_pipeline("en", require_head=True, only_new=True)
    doc = run(nlp, LONG, "en")
    component = nlp.get_pipe("institution_model")
    (sentence,) = component.sentences_to_read(doc)
    (window,) = component.spans_to_read(doc)
    head = next(t.i for t in doc if t.text == "Department")
    before, after = WINDOW_TOKENS["en"]
    assert (window.start, window.end) == (head - before, head + 1 + after)
    assert sentence.start < window.start and window.end < sentence.end


def test_overlapping_windows_are_read_as_one_and_stay_in_their_sentence(project_pipeline):
    nlp = project_pipeline("en", require_head=True, only_new=False)
    text = "Its Department and its Office signed a memorandum.\nIts Council signed a memorandum."
    doc = run(nlp, text, "en")
    read = [s.text for s in nlp.get_pipe("institution_model").spans_to_read(doc)]
    assert read == ["Its Department and its Office signed a memorandum.", "Its Council signed a memorandum."]


def test_without_a_head_word_required_whole_cue_sentences_are_read(project_pipeline):
    nlp = project_pipeline("en", require_head=False, only_new=False)
    doc = run(nlp, LONG, "en")
    component = nlp.get_pipe("institution_model")
    assert component.spans_to_read(doc) == component.sentences_to_read(doc) == [doc[:]]


def test_an_entity_running_into_a_cut_edge_is_read_again_on_the_whole_sentence():
    window, sentence = (2, 6), (0, 8)
    assert _runs_into_a_cut(window, sentence, [(4, 6, "ORG")])  # ends where the window cuts the sentence
    assert _runs_into_a_cut(window, sentence, [(2, 3, "ORG")])  # starts where it cuts
    assert not _runs_into_a_cut(window, sentence, [(3, 5, "ORG")])
    assert not _runs_into_a_cut(window, sentence, [(4, 6, "DATE")])  # only names are worth a second reading
    assert not _runs_into_a_cut((0, 8), sentence, [(0, 8, "ORG")])  # the sentence's own edges cut nothing
    assert not _runs_into_a_cut((2, 8), sentence, [(4, 8, "ORG")])


LONG_NAME = "Ministry of Higher Education, Science and Innovation of the Republic of Uzbekistan"


class NameToTheEnd:
    """A reader that sees LONG_NAME from "Ministry" to its last word, or to the edge of the text it is given."""

    def __init__(self, ner: Language) -> None:
        self.vocab = ner.vocab
        self.reads: list[str] = []

    def pipe(self, docs, **kwargs):
        for doc in docs:
            self.reads.append(doc.text)
            words = [token.text for token in doc]
            start = words.index("Ministry")
            end = words.index("Uzbekistan") + 1 if "Uzbekistan" in words else len(doc)
            doc.ents = [doc.char_span(doc[start].idx, doc[end - 1].idx + len(doc[end - 1]), label="ORG")]
            yield doc


def test_a_long_name_past_the_window_is_read_again_on_its_sentence(project_pipeline):
    nlp = project_pipeline("en", require_head=True, only_new=False)
    text = f"The programme, approved by the {LONG_NAME}, will admit its first students in September."
    component = nlp.get_pipe("institution_model")
    trained, component.ner = component.ner, NameToTheEnd(component.ner)
    try:
        doc = run(nlp, text, "en")
        reads = component.ner.reads
    finally:
        component.ner = trained
    assert len(reads) == 2 and LONG_NAME not in reads[0] and LONG_NAME in reads[1]  # the window cut it; the sentence
    assert LONG_NAME in texts(doc, "inst_model")


class CountingNER:
    """The trained pipeline, counting its `pipe` calls."""

    def __init__(self, ner: Language) -> None:
        self.ner = ner
        self.vocab = ner.vocab
        self.calls = 0

    def pipe(self, docs, **kwargs):
        self.calls += 1
        return self.ner.pipe(docs, **kwargs)


BATCH_TEXTS = [
    ("en", "Its Department signed a memorandum with the Office of Qilu Lakeside on June 5."),
    ("en", "The weather was mild all week."),  # nothing to read
    ("en", "Its Council and the Harwick Foundation signed an agreement.\nIts Bureau hosted a forum."),
    ("zh", "赣北理工学院国际交流中心主任出席签约仪式，双方签署协议。"),
    ("zh", "双方签署协议。"),  # nothing to read
    ("zh", "省教育厅国际合作与交流处处长出席签约仪式，双方签署协议。"),
]


@pytest.mark.parametrize("decoder", ["numpy", "spaCy pipe"])
@pytest.mark.parametrize("language", ["en", "zh"])
def test_pipe_reads_the_windows_of_a_whole_batch_in_one_call_and_finds_what_one_doc_at_a_time_does(
    project_pipeline, monkeypatch, language, decoder
):
    nlp = project_pipeline(language, require_head=True, only_new=True)
    texts = [text for lang, text in BATCH_TEXTS if lang == language]
    component = nlp.get_pipe("institution_model")

    def docs():
        return [make_doc(nlp, Bulletin(text=text, language=language, origin="test")) for text in texts]

    alone = [run(nlp, text, language) for text in texts]
    if decoder == "numpy":  # the trained pipeline as it is: decoded by `pipeline.train.greedy`
        calls = []
        decode = GreedyNER.read
        monkeypatch.setattr(GreedyNER, "read", lambda self, windows: calls.append(windows) or decode(self, windows))
        batched = list(nlp.pipe(docs(), batch_size=len(texts)))
        count = len(calls)
    else:  # a wrapper is no pipeline the decoder knows: `ner.pipe` reads
        counting = CountingNER(component.ner)
        component.ner = counting
        try:
            batched = list(nlp.pipe(docs(), batch_size=len(texts)))
        finally:
            component.ner = counting.ner
        count = counting.calls
    assert sum(bool(component.spans_to_read(doc)) for doc in batched) == len(texts) - 1
    assert count in (1, 2)  # the windows, then (rarely) the sentences of the cut ones
    for one, other in zip(alone, batched, strict=True):
        for key in ("inst_model", "model_person", "model_gpe", "model_date", "institutions"):
            assert [(s.start, s.end, s.label_) for s in one.spans[key]] == [
                (s.start, s.end, s.label_) for s in other.spans[key]
            ]


@pytest.mark.parametrize(
    ("text", "head"),
    [
        ("根据协议，项目学生第一年在北师大学习，第二年赴英国学习。", "大学"),  # 北师大|学习: ends inside a word
        ("与会代表围绕境外办学标准签署协议。", "外办"),  # 境外|办学
        ("双方签署协议，希望尽快设立孔子学院。", "学院"),  # the end of a word: a kind of institution
        ("双方签署协议，鼓励两地中小学建立友好关系。", "小学"),
    ],
)
def test_a_chinese_head_that_is_not_a_word_of_its_own_gets_no_window(project_pipeline, text, head):
    nlp = project_pipeline("zh", require_head=True, only_new=True)
    doc = run(nlp, text, "zh")
    assert head in text and not any(head in s.text for key in RULE_KEYS for s in doc.spans[key])  # the rules left it
    component = nlp.get_pipe("institution_model")
    assert component.spans_to_read(doc) == component.sentences_to_read(doc) == []


def test_a_chinese_head_that_is_a_word_of_its_own_gets_its_window(project_pipeline):
    nlp = project_pipeline("zh", require_head=True, only_new=True)
    doc = run(nlp, "省教育厅国际合作与交流处处长出席签约仪式。", "zh")
    (window,) = nlp.get_pipe("institution_model").spans_to_read(doc)
    assert window.text.startswith("省教育厅")


@pytest.mark.parametrize(
    "text",
    [
        "NonUniversity University_College University's Co.Ltd. the Consulate-General, École and XÉcole.",
        "2University Universitys Institute-University-Research Forum; Ministry\u00a0Office",
        "北师大学习，南昌大学与英国伦敦大学签署合作协议。",
    ],
)
def test_head_words_are_found_where_the_whole_word_pattern_finds_them(text):
    for language in ("en", "zh"):
        cues = Cues(language)
        view = to_simplified(text) if language == "zh" else text
        assert cues.head_spans(view) == [m.span() for m in cues.heads.finditer(view)]
        assert cues.find(text)[1] == cues.head_spans(view)


def _pieces(language: str) -> list[str]:
    """Head words, pieces of them and what may stand around them: where the whole-word and
    longest-first rules of the regex decide."""
    heads = sorted(word_table(language, "institution_heads.tsv"))
    return [
        *heads,
        *(h[:-1] for h in heads if len(h) > 1),
        *(h[1:] for h in heads if len(h) > 1),
        " ",
        "-",
        "_",
        "'s",
        "2",
        "é",
        "x",
        "Co",
        ".",
        "，",
        "学",
        "大",
        "院",
    ]


@pytest.mark.parametrize("language", ["en", "zh"])
@settings(max_examples=300, deadline=None)
@given(data=st.data())
def test_head_words_found_in_one_pass_are_those_the_regex_finds(language, data):
    view = "".join(data.draw(st.lists(st.sampled_from(_pieces(language)), max_size=12)))
    cues = _cues(language)
    assert cues.head_spans(view) == [m.span() for m in cues.heads.finditer(view)]


@functools.cache
def _cues(language: str) -> Cues:
    return Cues(language)


def _trigger_pieces(language: str) -> list[str]:
    """Trigger words, in other cases and cut short, and what may stand around them: letters the
    case-insensitive regex also takes for A-Z (Kelvin sign, long s), one that lower case lengthens (İ)."""
    triggers = sorted(
        {p for t in ("partnership_triggers.tsv", "roles.tsv", "event_triggers.tsv") for p in word_table(language, t)}
    )
    return [
        *triggers[::7],
        *(t.upper() for t in triggers[::11]),
        *(t[:-1] for t in triggers[::13] if len(t) > 1),
        *(t.title() for t in triggers[::17]),
        *(t.replace("s", "\u017f").replace("k", "\u212a") for t in triggers[::5] if "s" in t or "k" in t),
        " ",
        "-",
        "_",
        "é",
        "x",
        ".",
        "\u212a",
        "\u017f",
        "İ",
        "Σ",
        "，",
    ]


@pytest.mark.parametrize("language", ["en", "zh"])
@settings(max_examples=300, deadline=None)
@given(data=st.data())
def test_a_trigger_begins_in_a_range_where_the_case_insensitive_search_from_its_start_finds_one(language, data):
    view = "".join(data.draw(st.lists(st.sampled_from(_trigger_pieces(language)), max_size=10)))
    start = data.draw(st.integers(0, len(view)))
    end = data.draw(st.integers(start, len(view)))
    cues = _cues(language)
    found = cues.triggers.search(view, start, min(len(view), end + cues.longest_trigger))
    assert cues.begins_in(view, start, end) == (found is not None and found.start() < end)


def test_a_sentence_where_no_word_could_head_a_kept_name_is_not_read(project_pipeline):
    nlp = project_pipeline("en", require_head=True, only_new=True)
    component = nlp.get_pipe("institution_model")
    consulate = "Consul-General Tom Weller of the Consulate-General in Shanghai signed the memorandum."
    doc = run(nlp, consulate, "en")
    assert component.cues.head_spans(doc.text) and component.spans_to_read(doc) == []  # glued by hyphens
    doc = run(nlp, consulate.replace(" signed", " and its Office signed"), "en")  # a word that could
    assert ["Consulate-General" in s.text for s in component.spans_to_read(doc)] == [True]


def test_a_doc_without_sentence_boundaries_is_read_as_one_sentence(project_pipeline):
    nlp = project_pipeline("en", require_head=True, only_new=True)
    component = nlp.get_pipe("institution_model")
    doc = nlp.make_doc(LONG)  # no sentencizer, no rule candidates found
    for key in RULE_KEYS:
        doc.spans[key] = []
    (window,) = component.spans_to_read(doc)
    head = next(t.i for t in doc if t.text == "Department")
    before, after = WINDOW_TOKENS["en"]
    assert (window.start, window.end) == (head - before, head + 1 + after)
    component(doc)
    assert set(doc.spans) >= {"inst_model", "model_person", "model_gpe", "model_date"}


SENTENCES = {
    "en": LONG + ' It ended.\nA new line! "Quoted." No. 96 follows\n\nand the last one',
    "zh": "教育部批准。\n青岚湖师范大学与英国某大学合作！“举办学院。”\n\n签约仪式在南昌举行",
}


@pytest.mark.parametrize("language", ["en", "zh"])
def test_the_sentence_of_a_token_range_is_that_of_span_sent(project_pipeline, language):
    """`_Page.sentence_bounds`, found in the sentencizer's first tokens, against spaCy's `Span.sent`
    on every token range, those across sentence boundaries too, with the sentencizer's list of
    first tokens and read from the SENT_START column."""
    doc = run(project_pipeline(language, require_head=True, only_new=True), SENTENCES[language], language)
    assert len(list(doc.sents)) >= 5
    ranges = [(start, end) for start in range(len(doc)) for end in range(start + 1, len(doc) + 1)]
    expected = [(doc[start:end].sent.start, doc[start:end].sent.end) for start, end in ranges]
    assert [_Page(doc).sentence_bounds(start, end) for start, end in ranges] == expected
    doc.user_data.pop("_sentence_starts")
    assert [_Page(doc).sentence_bounds(start, end) for start, end in ranges] == expected


def test_a_word_character_is_what_the_regex_word_class_matches():
    """`_is_word_character` against `\\w` on every code point (surrogates aside), and on none."""
    word = re.compile(r"\w")
    differ = [
        code
        for code in range(sys.maxunicode + 1)
        if not 0xD800 <= code <= 0xDFFF and _is_word_character(chr(code)) != bool(word.match(chr(code)))
    ]
    assert differ == []
    assert not _is_word_character("")


@settings(max_examples=300, deadline=None)
@given(
    ranges=st.lists(st.tuples(st.integers(0, 30), st.integers(0, 12)).map(lambda r: (r[0], r[0] + r[1]))),
    start=st.integers(0, 45),
    size=st.integers(0, 10),
)
def test_rule_ranges_cover_and_overlap_as_a_look_at_every_range_says(ranges, start, size):
    found = _Ranges(ranges)
    end = start + size
    assert found.covers(start, end) == any(a <= start and end <= b for a, b in ranges)
    assert found.overlaps(start, end) == any(a < end and start < b for a, b in ranges if a < b)


@settings(max_examples=300, deadline=None)
@given(
    ranges=st.lists(st.tuples(st.integers(0, 30), st.integers(0, 12)).map(lambda r: (r[0], r[0] + r[1]))),
    spans=st.lists(st.tuples(st.integers(0, 45), st.integers(0, 10)).map(lambda r: (r[0], r[0] + r[1]))),
)
def test_the_spans_no_rule_range_covers_are_those_covers_refuses(ranges, spans):
    """`uncovered` (one walk along both lists) keeps, of spans in text order, just those `covers` refuses."""
    found = _Ranges(ranges)
    spans = sorted(spans)
    assert found.uncovered(spans) == [(start, end) for start, end in spans if not found.covers(start, end)]


def test_a_chinese_org_opening_with_a_boundary_word_is_not_kept(project_pipeline):
    """担任联盟秘书处: a verb and an office the model may read as one ORG; a name never extends left
    over 担任 (name_boundaries.txt), so such a span is no body. One opening with a name is kept."""
    nlp = project_pipeline("zh", require_head=True, only_new=True)
    component = nlp.get_pipe("institution_model")
    doc = nlp.make_doc("会议确定南昌大学担任联盟秘书处单位。")
    verb = next(token.i for token in doc if token.text == "担任")
    assert component._opens_with_a_boundary(doc, doc[verb : len(doc) - 1])
    assert not component._opens_with_a_boundary(doc, doc[verb - 1 : verb])


@pytest.mark.parametrize(
    ("text", "name", "unit"),
    [
        ("He showed them the Music Department and the concert hall.", "Music Department", True),
        ("They toured the Chemistry Faculty of the university.", "Chemistry Faculty", True),
        ("They toured the Art and Design Department.", "Art and Design Department", True),
        ("The Education Department of Jiangxi Province hosted it.", "Education Department of Jiangxi Province", False),
        ("The Jiangxi Provincial Education Department hosted it.", "Jiangxi Provincial Education Department", False),
        ("The Department of Education hosted it.", "Department of Education", False),
        ("The Music University hosted it.", "Music University", False),
    ],
)
def test_an_english_org_of_field_words_before_a_unit_head_is_not_kept(project_pipeline, text, name, unit):
    """A university's own department or faculty ("the Music Department") is no institution; a body
    named by its place or written "Department of ..." is."""
    nlp = project_pipeline("en", require_head=True, only_new=True)
    component = nlp.get_pipe("institution_model")
    doc = nlp.make_doc(text)
    start = text.index(name)
    assert component._names_a_unit(doc.char_span(start, start + len(name))) is unit


@pytest.mark.parametrize(
    ("language", "text", "name", "in_event"),
    [
        ("en", "The 2025 South Asia University Presidents' Forum opened.", "South Asia University", True),
        ("en", "The Velmora University Forum opened.", "Velmora University", False),
        ("en", "Velmora University Presidents met.", "Velmora University", False),
        ("zh", "首届中非大学校长对话会在南昌大学召开。", "中非大学", True),
        ("zh", "首屆中非大學校長對話會在南昌大學召開。", "中非大學", True),
        ("zh", "韦尔莫拉大学论坛在南昌召开。", "韦尔莫拉大学", False),
        ("zh", "韦尔莫拉大学校长访问南昌大学。", "韦尔莫拉大学", False),
    ],
)
def test_an_org_carried_by_an_events_words_into_its_head_is_part_of_the_events_name(
    project_pipeline, language, text, name, in_event
):
    """中非大学 in 首届中非大学校长对话会, like "South Asia University" before "Presidents' Forum", names
    the event's participants, no body; a head right after the name, or no head, keeps it."""
    nlp = project_pipeline(language, require_head=True, only_new=True)
    component = nlp.get_pipe("institution_model")
    doc = nlp.make_doc(text)
    start = text.index(name)
    span = doc.char_span(start, start + len(name))
    assert span is not None
    assert component._runs_into_an_event_name(doc, span) is in_event


def test_lowering_a_character_keeps_what_a_case_insensitive_search_sees_in_it():
    """What `Cues` reads triggers in the lowered text on: a character that lowers to one keeps
    whether it is a word character, and its lower case is the one `re.IGNORECASE` compares."""
    word = re.compile(r"\w")
    for code in range(0x110000):
        character = chr(code)
        lowered = character.lower()
        if 0xD800 <= code < 0xE000 or len(lowered) != 1:
            continue
        assert bool(word.match(character)) == bool(word.match(lowered)), hex(code)
        assert ord(lowered) == _sre.unicode_tolower(code), hex(code)
