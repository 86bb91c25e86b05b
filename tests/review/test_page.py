"""The written page: one file, data embedded once and inert, a CSP that admits only the page's own code."""

from __future__ import annotations

import base64
import hashlib
import json
import re
from pathlib import Path

from pipeline.review.page import embed_json
from pipeline.review.records import load_records

FIXTURES = Path(__file__).parent / "fixtures"
STATIC = Path(__file__).parents[2] / "pipeline" / "review" / "static"
DATA_SCRIPT = re.compile(r'<script type="application/json" id="review-data">(.*?)</script>', re.S)
INLINE_SCRIPT = re.compile(r"<script>(.*?)</script>", re.S)
INLINE_STYLE = re.compile(r"<style>(.*?)</style>", re.S)


def _csp(page: str) -> dict[str, str]:
    content = re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]*)">', page).group(1)
    return {part.split()[0]: part.split(None, 1)[1] for part in content.split("; ")}


def _sha256(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode() + "'"


def test_the_embedded_data_is_the_validated_records_once(build_page) -> None:
    page = build_page(FIXTURES / "records.jsonl").read_text("utf-8")
    data = json.loads(DATA_SCRIPT.search(page).group(1))
    expected = [record.model_dump(mode="json") for record in load_records(FIXTURES / "records.jsonl").records]
    assert data["records"] == expected
    assert page.count('id="review-data"') == 1
    assert page.count("hunan-2025-03-05-en") == 1  # the id occurs once: the data is not repeated as markup


def test_hostile_text_cannot_end_the_data_script_or_open_a_comment(build_page) -> None:
    page = build_page(FIXTURES / "hostile.jsonl").read_text("utf-8")
    raw = DATA_SCRIPT.search(page).group(1)
    assert "<" not in raw and ">" not in raw
    assert page.count("</script") == 2  # the data script's and the code script's own end tags
    data = json.loads(raw)
    assert data["records"][0]["document"]["title"].startswith('<script>window.__pwned="title"</script>')
    assert "</script><script>" in data["records"][0]["document"]["text"]


def test_placeholders_inside_bulletin_text_are_not_filled_in(build_page) -> None:
    page = build_page(FIXTURES / "hostile.jsonl").read_text("utf-8")
    data = json.loads(DATA_SCRIPT.search(page).group(1))
    assert "{{data}}" in data["records"][0]["document"]["text"]


def test_embed_json_round_trips_every_character_that_matters() -> None:
    value = {"text": '</script><!-- & --> \u2028 😀 𠀀 "quoted"'}
    assert json.loads(embed_json(value)) == value


def test_csp_admits_only_the_pages_own_script_and_style_and_nothing_remote(build_page) -> None:
    page = build_page(FIXTURES / "records.jsonl").read_text("utf-8")
    csp = _csp(page)
    assert csp["default-src"] == "'none'"
    assert csp["script-src"] == _sha256(INLINE_SCRIPT.search(page).group(1))
    assert csp["style-src"] == _sha256(INLINE_STYLE.search(page).group(1))
    assert "unsafe" not in " ".join(csp.values())
    assert csp["object-src"] == "'none'" and csp["base-uri"] == "'none'"


def test_the_page_references_no_remote_resource(build_page) -> None:
    page = build_page(FIXTURES / "records.jsonl").read_text("utf-8")
    code = DATA_SCRIPT.sub("", page)
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", code)
    assert "@import" not in code and "url(" not in code


def test_page_code_never_writes_markup_or_evaluates_strings() -> None:
    script = (STATIC / "review.js").read_text("utf-8")
    template = (STATIC / "index.html").read_text("utf-8")
    for forbidden in (
        "innerHTML",
        "outerHTML",
        "insertAdjacentHTML",
        "document.write",
        "eval(",
        "new Function",
    ):
        assert forbidden not in script, forbidden
    assert not re.search(r"\son[a-z]+\s*=", template), "inline event handler in the template"
    assert not re.search(r"""setAttribute\(\s*["']on""", script)
