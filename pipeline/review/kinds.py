"""The fact kinds as the page and Label Studio show them: labels and colours from
`static/fact_kinds.json`, gold fields and their allowed values from `schemas.records`."""

from __future__ import annotations

import json
from functools import cache
from importlib.resources import files
from typing import get_args

from schemas.records import EventKind, InstitutionKind, PartnershipKind, RoleName

# The gold fields of each kind (as in shared/seeds/*.expected.json) and how a reviewer fills them in.
_FIELDS: dict[str, list[dict]] = {
    "institutions": [
        {"name": "name", "type": "text", "required": True},
        {"name": "country", "type": "country"},
        {"name": "kind", "type": "choice", "options": list(get_args(InstitutionKind))},
    ],
    "partnerships": [
        {"name": "chinese", "type": "text", "required": True},
        {"name": "foreign", "type": "text", "required": True},
        {"name": "foreign_country", "type": "country"},
        {"name": "kind", "type": "choice", "options": list(get_args(PartnershipKind))},
        {"name": "date", "type": "date"},
    ],
    "roles": [
        {"name": "organization", "type": "text", "required": True},
        {"name": "member", "type": "text", "required": True},
        {"name": "role", "type": "choice", "options": list(get_args(RoleName))},
    ],
    "role_counts": [
        {"name": "organization", "type": "text", "required": True},
        {"name": "role", "type": "choice", "options": list(get_args(RoleName))},
        {"name": "count", "type": "count", "required": True},
    ],
    "events": [
        {"name": "kind", "type": "choice", "options": list(get_args(EventKind))},
        {"name": "name", "type": "text"},
        {"name": "date", "type": "date"},
        {"name": "location", "type": "text"},
    ],
    "people": [
        {"name": "name", "type": "text", "required": True},
        {"name": "title", "type": "text"},
        {"name": "organization", "type": "text"},
    ],
}


@cache
def fact_kinds() -> list[dict]:
    """One dict per fact kind: key, label, plural, colour, ink, fields."""
    raw = json.loads(files("pipeline.review").joinpath("static/fact_kinds.json").read_text("utf-8"))
    kinds = [dict(kind, fields=_FIELDS[kind["key"]]) for kind in raw["kinds"]]
    if sorted(kind["key"] for kind in kinds) != sorted(_FIELDS):
        raise ValueError("static/fact_kinds.json must list exactly the kinds " + ", ".join(_FIELDS))
    return kinds
