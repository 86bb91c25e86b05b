"""Evaluation of the extractor against the gold corpus (`python -m pipeline evaluate`).

gold.py finds gold bulletins and their split (seed-shaped gold files, and the review
page's exports read by review_gold.py); predictions.py reads or makes the
predicted records; names.py says when two names are the same; facts.py pairs gold and
predicted facts one to one (assignment.py); scoring.py counts and averages; report.py
writes the JSON report and the text table; floor.py keeps the committed floor.
"""

from pipeline.evaluate.evaluation import ABLATION_MODES, Evaluation, NothingToScore, evaluate
from pipeline.evaluate.floor import FloorFailure, check_floor, load_floor
from pipeline.evaluate.names import NameMatcher, fold_name
from pipeline.evaluate.report import build_report, run_metadata
from pipeline.evaluate.table import render_report

__all__ = [
    "ABLATION_MODES",
    "Evaluation",
    "FloorFailure",
    "NameMatcher",
    "NothingToScore",
    "build_report",
    "check_floor",
    "evaluate",
    "fold_name",
    "load_floor",
    "render_report",
    "run_metadata",
]
