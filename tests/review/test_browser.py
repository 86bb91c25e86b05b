"""The review page in Debian's headless chromium, opened from disk (file://)."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from pipeline.review import build_review
from pipeline.review.gold import ReviewExport, gold_facts
from pipeline.review.records import load_records

pytestmark = pytest.mark.browser

FIXTURES = Path(__file__).parent / "fixtures"
EN = "hunan-2025-03-05-en"
WATCH_VIOLATIONS = """() => {
  window.__violations = [];
  document.addEventListener('securitypolicyviolation', e => window.__violations.push(e.violatedDirective));
}"""
ATTRIBUTE_NAMES = "() => [...document.querySelectorAll('*')].flatMap(n => [...n.attributes].map(a => a.name))"
ZH = "jxnu-2025-11-18-zh"


def _record(document_id: str):
    records = load_records(FIXTURES / "records.jsonl").records
    return next(record for record in records if record.document.id == document_id)


def _active_words(page) -> str:
    return "".join(page.locator(".doc-text mark.active").all_text_contents())


def _export(page, target: Path) -> ReviewExport:
    with page.expect_download() as download:
        page.click("#export")
    assert download.value.suggested_filename == "review-gold.json"
    download.value.save_as(target)
    return ReviewExport.model_validate_json(target.read_text("utf-8"))


def test_reviewer_checks_facts_and_the_decisions_survive_a_reload_and_export(
    build_page, open_review, tmp_path: Path
) -> None:
    page = open_review(build_page(FIXTURES / "records.jsonl"))
    assert page.locator(".row").count() == 4
    page.click(f'.row[href="#/b/{EN}"]')
    record = _record(EN)

    page.click('tr[data-fact="partnerships:0"] td:first-child')
    assert _active_words(page) == record.partnerships[0].evidence.text
    page.click('tr[data-fact="institutions:0"] td:first-child')
    assert page.locator(".doc-text mark.active").count() == len(record.institutions[0].mentions) - 1
    assert page.locator("mark.active").count() == len(record.institutions[0].mentions)
    assert set(page.locator("mark.active").all_text_contents()) == {"Hunan Normal University"}
    assert page.locator(".bulletin-head h2 mark.active").count() == 1  # the mention in the title (field)
    page.click('tr[data-fact="institutions:2"] td:first-child')
    assert page.locator(".bulletin-head .meta mark.active").inner_text() == record.document.credited_source

    page.hover(".doc-text mark.k-people")
    assert page.locator("#tooltip").is_visible()
    assert "Person: Li Hua, President, Hunan Normal University" in page.inner_text("#tooltip")

    page.click('tr[data-fact="institutions:2"] button[data-decision="wrong"]')
    page.click('tr[data-fact="partnerships:0"] button[data-decision="correct"]')
    page.reload()
    page.wait_for_selector("html[data-ready=true]")
    assert "wrong" in page.get_attribute('tr[data-fact="institutions:2"]', "class")
    assert (
        page.get_attribute('tr[data-fact="partnerships:0"] button[data-decision="correct"]', "aria-pressed") == "true"
    )
    page.screenshot(path=str(tmp_path / "review-page.png"), full_page=True)
    assert (tmp_path / "review-page.png").stat().st_size > 10_000

    export = _export(page, tmp_path / "review-gold.json")
    assert [bulletin.file for bulletin in export.bulletins] == [EN]
    gold = export.bulletins[0]
    predicted = gold_facts(record)
    assert [fact.model_dump() for fact in gold.partnerships] == predicted["partnerships"]
    assert gold.institutions == [] and gold.events == []
    assert gold.review.rejected == {"institutions": [predicted["institutions"][2]]}
    assert (gold.review.correct, gold.review.wrong, gold.review.complete) == (1, 1, False)
    assert gold.review.unreviewed == sum(len(facts) for facts in predicted.values()) - 2
    assert gold.document.title == record.document.title


@pytest.mark.parametrize("document_id", [EN, ZH, "ncu-2025-10-10-en"])
def test_marking_every_fact_correct_exports_exactly_the_predicted_facts(
    build_page, open_review, tmp_path: Path, document_id: str
) -> None:
    page = open_review(build_page(FIXTURES / "records.jsonl"), f"#/b/{document_id}")
    page.click("#accept-rest")
    export = _export(page, tmp_path / "gold.json")
    (bulletin,) = export.bulletins
    exported = {
        kind: [fact.model_dump() for fact in getattr(bulletin, kind)] for kind in gold_facts(_record(document_id))
    }
    assert exported == gold_facts(_record(document_id))
    assert bulletin.review.complete and bulletin.review.unreviewed == 0


def test_offsets_after_astral_characters_highlight_and_select_the_right_words(
    build_page, open_review, tmp_path: Path
) -> None:
    record = _record(ZH)
    text = record.document.text
    assert len(text.encode("utf-16-le")) // 2 > len(text)  # the fixture really has astral characters
    page = open_review(build_page(FIXTURES / "records.jsonl"), f"#/b/{ZH}")
    for number, person in enumerate(record.people):
        page.click(f'tr[data-fact="people:{number}"] td:first-child')
        assert _active_words(page) == person.evidence.text
    page.click('tr[data-fact="partnerships:0"] td:first-child')
    assert _active_words(page) == record.partnerships[0].evidence.text

    words = "签约仪式"  # after 🎓, 𠀀, 𠀁 and 😀: four characters that are two UTF-16 units each
    page.evaluate(
        """words => {
          const body = document.querySelector('.doc-text');
          const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
          let node;
          while ((node = walker.nextNode()) && !node.data.includes(words)) {}
          const range = document.createRange();
          range.setStart(node, node.data.indexOf(words));
          range.setEnd(node, node.data.indexOf(words) + words.length);
          getSelection().removeAllRanges();
          getSelection().addRange(range);
          body.dispatchEvent(new MouseEvent('mouseup', {bubbles: true}));
        }""",
        words,
    )
    page.select_option("#add-kind", "events")
    page.select_option("#add-field-kind", "signing")
    assert page.input_value("#add-field-name") == words
    page.click("#add-save")
    assert page.locator("tr.fact .badge").count() == 1
    assert "added" in page.get_attribute(".doc-text mark.added", "class")
    assert page.inner_text(".doc-text mark.added") == words

    export = _export(page, tmp_path / "gold.json")
    (bulletin,) = export.bulletins
    assert bulletin.events[-1].model_dump() == {
        "kind": "signing",
        "name": words,
        "date": None,
        "location": None,
    }
    (span,) = bulletin.review.added_spans
    assert (span.start, span.end, span.text) == (text.index(words), text.index(words) + len(words), words)
    assert span.kind == "events" and span.index == len(bulletin.events) - 1


def test_hostile_bulletin_shows_its_markup_as_text_and_runs_nothing(build_page, open_review) -> None:
    dialogs: list[str] = []
    browser = open_review(build_page(FIXTURES / "hostile.jsonl"))
    browser.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    browser.evaluate(WATCH_VIOLATIONS)
    browser.click(".row >> nth=0")
    title = browser.inner_text(".bulletin-head h2")
    assert title == '<script>window.__pwned="title"</script><img src=x onerror=alert("title")>'
    assert "<img src=x onerror=\"window.__pwned='img';alert(1)\">" in browser.inner_text(".doc-text")
    assert browser.locator(".meta .url").evaluate("node => node.tagName") == "SPAN"  # javascript: is no link
    for mark in browser.locator(".doc-text mark").all():
        mark.hover()
    for row in browser.locator("tr.fact").all():
        row.locator("td").first.click()
    browser.fill("#filter-institution", "<img")
    browser.click("#tab-summary")
    browser.wait_for_selector("#chart-network")
    for node in browser.locator("#chart-network circle").all():
        node.hover()
    browser.click(".row >> nth=0")
    browser.wait_for_timeout(200)
    assert browser.evaluate("typeof window.__pwned") == "undefined"
    assert dialogs == []
    assert browser.evaluate("window.__violations") == []  # nothing even tried to run
    assert browser.locator("img, iframe, object, embed, svg script").count() == 0
    assert browser.locator("script").count() == 2
    assert [name for name in browser.evaluate(ATTRIBUTE_NAMES) if name.startswith("on")] == []

    browser.fill("#filter-institution", "")
    browser.click('.row[href="#/b/__proto__"]')  # an id that must stay an ordinary key in storage
    assert browser.locator(".meta .url").evaluate("node => node.tagName") == "SPAN"  # data: is no link either
    browser.click('tr[data-fact="institutions:0"] button[data-decision="correct"]')
    browser.reload()
    browser.wait_for_selector("html[data-ready=true]")
    assert "correct" in browser.get_attribute('tr[data-fact="institutions:0"]', "class")
    assert browser.evaluate("typeof window.__pwned") == "undefined" and dialogs == []


def test_the_csp_blocks_inline_handlers_and_remote_scripts_even_if_markup_got_in(build_page, open_review) -> None:
    page = open_review(build_page(FIXTURES / "records.jsonl"))
    page.evaluate(WATCH_VIOLATIONS)
    page.evaluate(
        """() => {
          const button = document.createElement('button');
          button.id = 'injected';
          button.setAttribute('onclick', 'window.__pwned = "handler"');
          document.body.append(button);
          const script = document.createElement('script');
          script.src = 'http://127.0.0.1:9/x.js';
          document.body.append(script);
        }"""
    )
    page.click("#injected")
    page.wait_for_timeout(200)
    assert page.evaluate("typeof window.__pwned") == "undefined"
    violations = page.evaluate("window.__violations")
    assert any(directive.startswith("script-src") for directive in violations)
    assert len(violations) >= 2


def test_search_and_filters_narrow_the_list(build_page, open_review) -> None:
    page = open_review(build_page(FIXTURES / "records.jsonl"))

    def titles() -> list[str]:
        page.wait_for_timeout(250)  # the search box is debounced
        return page.locator(".row .row-title").all_text_contents()

    page.fill("#search", "kyoto")
    assert titles() == ["Nanchang University widens its partnerships"]
    page.fill("#search", "")
    page.select_option("#filter-country", "BY")
    assert titles() == [_record(ZH).document.title]
    page.select_option("#filter-country", "")
    page.select_option("#filter-language", "zh")
    assert len(titles()) == 1
    page.select_option("#filter-language", "")
    page.select_option("#filter-kind", "role_counts")
    assert titles() == [_record(EN).document.title]
    page.select_option("#filter-kind", "")
    page.fill("#filter-institution", "belarusian state")
    assert titles() == [_record(ZH).document.title]
    page.fill("#filter-institution", "")
    page.click(f'.row[href="#/b/{EN}"]')
    page.click('tr[data-fact="events:0"] button[data-decision="correct"]')
    page.select_option("#filter-status", "partial")
    assert titles() == [_record(EN).document.title]
    assert page.inner_text("#list-count").startswith("1 of 4")


def test_summary_draws_countries_timeline_and_network_as_svg(build_page, open_review) -> None:
    records = load_records(FIXTURES / "records.jsonl").records
    page = open_review(build_page(FIXTURES / "records.jsonl"), "#/summary")
    countries = {partnership.foreign_country for record in records for partnership in record.partnerships}
    assert page.locator("#chart-countries rect").count() == len(countries)
    dated = [event for record in records for event in record.events if event.date]
    assert page.locator("#chart-timeline circle").count() == len(dated)
    pairs = {
        (partnership.chinese.name, partnership.foreign.name)
        for record in records
        for partnership in record.partnerships
    }
    assert page.locator("#chart-network path.edge").count() == len(pairs)
    bars = page.locator("#chart-countries rect title").all_text_contents()
    assert any(label.endswith(": 2 partnerships") for label in bars)  # two with partners in RU
    page.click('#chart-countries rect[data-country="JP"]')
    page.wait_for_timeout(100)
    assert page.inner_text("#list-count").startswith("1 of 4")


@pytest.mark.slow
def test_five_thousand_bulletins_open_and_list_quickly(open_review, synthetic_records, tmp_path: Path) -> None:
    records = synthetic_records.write_records(tmp_path / "records.jsonl", 5000)
    html = build_review(records, tmp_path / "review").page
    started = time.monotonic()
    page = open_review(html)
    opened = time.monotonic() - started
    assert page.inner_text("#list-count") == "5,000 bulletins"
    assert 0 < page.locator(".row").count() < 60  # rendered lazily: only the rows in view
    assert opened < 20, f"opening took {opened:.1f}s"  # a smoke bound; bench_review_page.py measures
    page.fill("#search", "number 4999")
    page.wait_for_selector('.row[href="#/b/synthetic-04999"]')
    page.click('.row[href="#/b/synthetic-04999"]')
    assert json.loads(page.evaluate("JSON.stringify(window.__review)"))["bulletins"] == 5000
    assert page.locator(".doc-text mark").count() > 0


def test_keyboard_marks_the_focused_fact_and_moves_to_the_next(build_page, open_review) -> None:
    page = open_review(build_page(FIXTURES / "records.jsonl"), f"#/b/{EN}")
    page.focus('tr[data-fact="institutions:0"]')
    page.keyboard.press("c")
    page.keyboard.press("w")
    assert "correct" in page.get_attribute('tr[data-fact="institutions:0"]', "class")
    assert "wrong" in page.get_attribute('tr[data-fact="institutions:1"]', "class")
    assert page.evaluate("document.activeElement.dataset.fact") == "institutions:2"
    assert page.inner_text("#bulletin-progress").startswith("1 correct · 1 wrong")
    page.keyboard.press("Escape")
    page.click("h2")
    page.keyboard.press("n")
    page.wait_for_function("location.hash.includes('jxnu')")


def test_a_repeated_document_id_keeps_separate_decisions(build_page, open_review, tmp_path: Path) -> None:
    lines = (FIXTURES / "records.jsonl").read_text("utf-8").splitlines()
    first, second = json.loads(lines[0]), json.loads(lines[2])
    second["document"]["id"] = first["document"]["id"]
    records = tmp_path / "repeated.jsonl"
    records.write_text(json.dumps(first) + "\n" + json.dumps(second) + "\n", encoding="utf-8")
    page = open_review(build_page(records), "#/n/1")
    assert "appears more than once" in page.inner_text(".notes")
    page.click('tr[data-fact="partnerships:0"] button[data-decision="wrong"]')
    assert page.get_attribute('.row[data-index="0"] .status', "class") == "status unreviewed"
    assert page.get_attribute('.row[data-index="1"] .status', "class") == "status partial"
    export = _export(page, tmp_path / "gold.json")
    assert [bulletin.document.title for bulletin in export.bulletins] == [second["document"]["title"]]
