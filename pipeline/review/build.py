"""`build_review`: records JSONL in, review page (and optionally Label Studio tasks) out."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from pipeline.review.label_studio import write_label_studio
from pipeline.review.page import render_page
from pipeline.review.records import Problem, load_records


@dataclass
class BuildReport:
    page: Path
    bulletins: int
    problems: list[Problem] = field(default_factory=list)
    label_studio: list[Path] = field(default_factory=list)

    @property
    def skipped(self) -> int:
        return sum(problem.skipped for problem in self.problems)


def build_review(records_path: Path, out_dir: Path, label_studio: bool = False) -> BuildReport:
    """Write `out_dir/index.html` (and `out_dir/label-studio/` when asked) from `records_path`."""
    loaded = load_records(records_path)
    out_dir.mkdir(parents=True, exist_ok=True)
    page = out_dir / "index.html"
    page.write_text(render_page(loaded, records_path.name), encoding="utf-8")
    report = BuildReport(page=page, bulletins=len(loaded.records), problems=loaded.problems)
    if label_studio:
        report.label_studio = write_label_studio(loaded.records, out_dir / "label-studio")
    return report
