"""The review page: one self-contained HTML file where a reviewer checks facts against their words.

`build_review(records_path, out_dir)` reads a records JSONL file (one `schemas.BulletinRecord`
a line), writes `out_dir/index.html` and, on request, Label Studio import tasks. The page's
behaviour lives in `static/` (plain JS and CSS, inlined into the page); the shape of what a
reviewer exports is `pipeline.review.gold.ReviewExport` (see `EXPORT.md`).
"""

from __future__ import annotations

from pipeline.review.build import BuildReport, build_review

__all__ = ["BuildReport", "build_review"]
