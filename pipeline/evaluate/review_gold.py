"""Reading the review page's export (`review-gold.json`) as gold.

The shape is `pipeline.review.gold.ReviewExport` (see `pipeline/review/EXPORT.md`): one
seed-shaped bulletin per reviewed record, keyed by the record's `document.id` in `file`,
with a `review` block saying how far the review went. gold.py turns each entry into a
`GoldBulletin`; this module only reads and validates the file.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from pipeline.review.gold import EXPORT_FORMAT, ReviewExport

EXPORT_GLOB = "*review-gold*.json"  # what the page saves, and the browser's "review-gold (1).json"
_LIST_FIELDS = ("institutions", "partnerships", "roles", "role_counts", "events", "people")


@dataclass(frozen=True)
class ReviewedBulletin:
    """One bulletin of an export: its gold lists (seed shape) and the reviewer's progress."""

    document_id: str  # the record's `document.id` (the export's `file`)
    gold: dict[str, Any]  # `file`, `url`, `document` and the fact lists, as in a seed file
    status: dict[str, Any] | None  # the `review` block; None: the lists are the whole gold
    exported_at: dt.datetime | None
    records: str | None  # the records file the page was built from

    @property
    def complete(self) -> bool:
        """True when the lists are the whole gold: every predicted fact has a decision."""
        return self.status is None or bool(self.status.get("complete"))

    def rejected(self, kind: str) -> list[dict[str, Any]]:
        """Facts of `kind` the reviewer marked wrong (gold shape)."""
        facts = ((self.status or {}).get("rejected") or {}).get(kind) or []
        return [fact for fact in facts if isinstance(fact, dict)]


def is_review_export(data: Any) -> bool:
    """True for the object the review page exports (whatever its version)."""
    return isinstance(data, dict) and data.get("format") == EXPORT_FORMAT


def _first_error(error: ValidationError) -> str:
    detail = error.errors()[0]
    where = ".".join(str(part) for part in detail["loc"]) or "the file"
    more = f" (and {error.error_count() - 1} more)" if error.error_count() > 1 else ""
    return f"not a valid review export: {where}: {detail['msg']}{more}"


def _exported_at(text: str) -> dt.datetime | None:
    try:
        moment = dt.datetime.fromisoformat(text)
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


def read_review_export(data: dict[str, Any]) -> list[ReviewedBulletin]:
    """The bulletins of an export object. Raises ValueError when it is not a valid export."""
    try:
        export = ReviewExport.model_validate(data)
    except ValidationError as error:
        raise ValueError(_first_error(error)) from None
    moment = _exported_at(export.exported_at)
    reviewed = []
    for bulletin in export.bulletins:
        gold = bulletin.model_dump(mode="json", include={"file", "url", "document", *_LIST_FIELDS})
        status = bulletin.review.model_dump(mode="json") if bulletin.review else None
        reviewed.append(ReviewedBulletin(bulletin.file, gold, status, moment, export.records))
    return reviewed


def read_review_export_file(path: Path) -> list[ReviewedBulletin]:
    data = json.loads(path.read_text(encoding="utf-8"))
    if not is_review_export(data):
        raise ValueError("not a review export (no `format: edu-bulletin-review-gold`)")
    return read_review_export(data)
