"""Assemble the one self-contained review page: template, CSS and JS from `static/`, data as JSON.

The records go in once, as JSON inside `<script type="application/json">`; the browser parses
them and renders lazily. The Content-Security-Policy allows exactly the page's own inline
script and style (by SHA-256 hash) and nothing remote, so inline event handlers and injected
scripts cannot run even if some text slipped through as markup.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import re
from importlib.resources import files

from pipeline.review.kinds import fact_kinds
from pipeline.review.records import LoadedRecords

_PLACEHOLDER = re.compile(r"\{\{(csp|title|style|data|script)\}\}")


def render_page(loaded: LoadedRecords, records_name: str) -> str:
    """The review page's HTML for `loaded` records read from the file called `records_name`."""
    style = _static("review.css") + _kind_styles()
    script = _static("review.js")
    data = {
        "meta": {"records": records_name, "bulletins": len(loaded.records)},
        "kinds": fact_kinds(),
        "notes": {str(index): messages for index, messages in loaded.notes.items()},
        "records": [record.model_dump(mode="json") for record in loaded.records],
    }
    parts = {
        "csp": content_security_policy(script, style),
        "title": html.escape(f"Review · {records_name}"),
        "style": style,
        "data": embed_json(data),
        "script": script,
    }
    # One pass over the template only: text inserted for one placeholder is never re-scanned.
    return _PLACEHOLDER.sub(lambda match: parts[match.group(1)], _static("index.html"))


def embed_json(value: object) -> str:
    """JSON that is safe inside a <script> element: no `</script`, `<!--` or `-->` can appear."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def content_security_policy(script: str, style: str) -> str:
    return "; ".join(
        [
            "default-src 'none'",
            f"script-src '{_sha256(script)}'",
            f"style-src '{_sha256(style)}'",
            "base-uri 'none'",
            "form-action 'none'",
            "object-src 'none'",
        ]
    )


def _sha256(text: str) -> str:
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return "sha256-" + base64.b64encode(digest).decode("ascii")


def _static(name: str) -> str:
    return files("pipeline.review").joinpath("static", name).read_text("utf-8")


def _kind_styles() -> str:
    return "".join(f"\n.k-{kind['key']} {{ --kind-ink: {kind['ink']}; }}" for kind in fact_kinds()) + "\n"
