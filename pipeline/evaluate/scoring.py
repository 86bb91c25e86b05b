"""Scores: per bulletin (counts, misses, extras, wrong fields), then micro-averaged.

Precision, recall and F1 are computed from summed counts (micro-average), per fact
kind and per language ("en", "zh", "all"). A figure with nothing to measure is None:
precision with no prediction, recall with no gold, F1 with neither.

Gold from a review export whose review is incomplete (`pipeline/review/EXPORT.md`) knows
only the facts the reviewer confirmed or added, and those marked wrong: a prediction that
matches neither is unjudged (listed, counted apart, neither right nor wrong), and the
document fields, copied from the record rather than reviewed, are not scored.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pipeline.evaluate.facts import (
    FACT_KINDS,
    KIND_NAMES,
    FactKind,
    attribute_agrees,
    evidence_of,
    match_facts,
    match_rejected,
    scored_attributes,
)
from pipeline.evaluate.gold import GoldBulletin
from pipeline.evaluate.names import NameMatcher, fold_name
from pipeline.evaluate.predictions import Prediction

LANGUAGES = ("en", "zh", "all")
DOCUMENT_FIELDS = ("title", "published", "published_at", "credited_source", "editor", "publisher")
_DIGITS = 4


def _ratio(numerator: int, denominator: int) -> float | None:
    return round(numerator / denominator, _DIGITS) if denominator else None


@dataclass
class Counts:
    """True positives (matched), false positives (extras), false negatives (misses)."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: Counts) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    @property
    def precision(self) -> float | None:
        return _ratio(self.tp, self.tp + self.fp)

    @property
    def recall(self) -> float | None:
        return _ratio(self.tp, self.tp + self.fn)

    @property
    def f1(self) -> float | None:
        return _ratio(2 * self.tp, 2 * self.tp + self.fp + self.fn)

    def as_dict(self) -> dict[str, Any]:
        return {
            "gold": self.tp + self.fn,
            "predicted": self.tp + self.fp,
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
        }


@dataclass
class Tally:
    """How often a field was right, out of the times it was scored."""

    correct: int = 0
    total: int = 0

    def count(self, right: bool) -> None:
        self.correct += int(right)
        self.total += 1

    def add(self, other: Tally) -> None:
        self.correct += other.correct
        self.total += other.total

    @property
    def accuracy(self) -> float | None:
        return _ratio(self.correct, self.total)

    def as_dict(self) -> dict[str, Any]:
        return {"correct": self.correct, "total": self.total, "accuracy": self.accuracy}


@dataclass
class BulletinScore:
    """One bulletin's outcome; `misses`, `extras` and `mismatches` are report entries."""

    bulletin: GoldBulletin
    status: str  # "ok", or "failed" when the extractor gave no record
    reason: str | None = None
    facts: dict[str, Counts] = field(default_factory=lambda: {name: Counts() for name in KIND_NAMES})
    attributes: dict[str, Tally] = field(default_factory=dict)
    document: dict[str, Tally] = field(default_factory=dict)
    misses: list[dict[str, Any]] = field(default_factory=list)
    extras: list[dict[str, Any]] = field(default_factory=list)
    mismatches: list[dict[str, Any]] = field(default_factory=list)
    unjudged: list[dict[str, Any]] = field(default_factory=list)  # predictions a partial review did not decide


def display_path(path: Path) -> str:
    """A path relative to the working folder when it is under it (reports read better)."""
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


def _facts(container: dict[str, Any], kind: str) -> list[dict[str, Any]]:
    return [fact for fact in container.get(kind) or [] if isinstance(fact, dict)]


def bulletin_label(bulletin: GoldBulletin) -> str:
    """The bulletin file, or for review gold that names none, its document id."""
    return display_path(bulletin.path) if bulletin.path else bulletin.id


def _where(bulletin: GoldBulletin) -> dict[str, Any]:
    return {"file": bulletin_label(bulletin), "split": bulletin.split, "language": bulletin.language}


def _judged_extras(
    bulletin: GoldBulletin, kind: FactKind, predicted: list[dict], unmatched: list[int], matcher: NameMatcher
) -> tuple[list[int], list[int]]:
    """The unmatched predictions that count as false positives, and those left unjudged: with
    complete gold every one counts; with a partial review, only those the reviewer rejected.
    A partnership `inferred` from the gazetteer is never judged: the gold writes only the pairs
    the text names (corpus/GUIDE.md), so it can neither confirm nor reject one."""
    inferred = [index for index in unmatched if predicted[index].get("inferred")]
    unmatched = [index for index in unmatched if index not in inferred]
    if bulletin.complete:
        return unmatched, inferred
    rejected = match_rejected(kind, bulletin.rejected(kind.name), [predicted[i] for i in unmatched], matcher)
    wrong = [unmatched[i] for i in rejected]
    return wrong, [index for index in unmatched if index not in wrong] + inferred


def _score_kind(
    score: BulletinScore, kind: FactKind, gold: list[dict], predicted: list[dict], matcher: NameMatcher
) -> None:
    matching = match_facts(kind, gold, predicted, matcher)
    extra, unjudged = _judged_extras(score.bulletin, kind, predicted, matching.extra, matcher)
    score.facts[kind.name] = Counts(tp=len(matching.pairs), fp=len(extra), fn=len(matching.missed))
    where = _where(score.bulletin)
    for index in matching.missed:
        score.misses.append({**where, "kind": kind.name, "gold": gold[index]})
    for index in extra:
        fact = predicted[index]
        score.extras.append({**where, "kind": kind.name, "predicted": fact, "evidence": evidence_of(fact)})
    for index in unjudged:
        fact = predicted[index]
        score.unjudged.append({**where, "kind": kind.name, "predicted": fact, "evidence": evidence_of(fact)})
    for gold_index, predicted_index in matching.pairs:
        gold_fact, predicted_fact = gold[gold_index], predicted[predicted_index]
        for attribute in scored_attributes(kind, gold_fact):
            right = attribute_agrees(attribute, gold_fact, predicted_fact, matcher)
            for name in (f"{kind.name}.{attribute.field}", attribute.group):
                if name:
                    score.attributes.setdefault(name, Tally()).count(right)
            if not right:
                score.mismatches.append(
                    {
                        **where,
                        "kind": kind.name,
                        "field": attribute.field,
                        "gold": gold_fact.get(attribute.field),
                        "predicted": predicted_fact.get(attribute.field),
                        "fact": gold_fact,
                        "evidence": evidence_of(predicted_fact),
                    }
                )


def _same_instant(want: str, got: Any) -> bool:
    if not isinstance(got, str):
        return False
    try:
        return dt.datetime.fromisoformat(want) == dt.datetime.fromisoformat(got)
    except (TypeError, ValueError):  # TypeError: naive against aware
        return want == got


def document_field_agrees(name: str, want: Any, got: Any, matcher: NameMatcher) -> bool:
    if not want or not got:
        return not want and not got
    if name == "published_at":
        return _same_instant(want, got)
    if name == "publisher":
        return matcher.same_name(want, got)
    if name == "published":
        return want == got
    return fold_name(want) == fold_name(got)


def _score_document(score: BulletinScore, record: dict[str, Any] | None, matcher: NameMatcher) -> None:
    """Each document field the gold states; with no record at all, each one is wrong. A review
    export's `document` is copied from the record it reviewed, so it is no gold to score."""
    if score.bulletin.from_review:
        return
    gold = score.bulletin.gold
    wanted = dict(gold.get("document") or {})
    if "publisher" in gold:  # kept beside `document` in the gold, inside it in records
        wanted["publisher"] = gold["publisher"]
    got = (record or {}).get("document") or {}
    for name in DOCUMENT_FIELDS:
        if name not in wanted:
            continue
        right = record is not None and document_field_agrees(name, wanted[name], got.get(name), matcher)
        score.document.setdefault(name, Tally()).count(right)
        if not right:
            score.mismatches.append(
                {
                    **_where(score.bulletin),
                    "kind": "document",
                    "field": name,
                    "gold": wanted[name],
                    "predicted": got.get(name),
                    "fact": None,
                    "evidence": None,
                }
            )


def score_bulletin(bulletin: GoldBulletin, prediction: Prediction, matcher: NameMatcher) -> BulletinScore:
    """Match one bulletin's gold against its prediction (no record: everything missed)."""
    record = prediction.record or {}
    status = "ok" if prediction.record is not None else "failed"
    score = BulletinScore(bulletin=bulletin, status=status, reason=prediction.failure)
    for kind in FACT_KINDS:
        _score_kind(score, kind, _facts(bulletin.gold, kind.name), _facts(record, kind.name), matcher)
    _score_document(score, prediction.record, matcher)
    return score


@dataclass
class Figures:
    """Summed counts and tallies for a set of bulletins."""

    bulletins: int = 0
    failed: int = 0
    unjudged: int = 0
    facts: dict[str, Counts] = field(default_factory=lambda: {name: Counts() for name in KIND_NAMES})
    attributes: dict[str, Tally] = field(default_factory=dict)
    document: dict[str, Tally] = field(default_factory=dict)

    def add(self, score: BulletinScore) -> None:
        self.bulletins += 1
        self.failed += score.status != "ok"
        self.unjudged += len(score.unjudged)
        for name, counts in score.facts.items():
            self.facts[name].add(counts)
        for name, tally in score.attributes.items():
            self.attributes.setdefault(name, Tally()).add(tally)
        for name, tally in score.document.items():
            self.document.setdefault(name, Tally()).add(tally)

    def overall(self) -> Counts:
        total = Counts()
        for counts in self.facts.values():
            total.add(counts)
        return total

    def as_dict(self) -> dict[str, Any]:
        facts = {name: counts.as_dict() for name, counts in self.facts.items()}
        facts["all"] = self.overall().as_dict()
        return {
            "bulletins": self.bulletins,
            "failed": self.failed,
            "unjudged": self.unjudged,
            "facts": facts,
            "attributes": {name: self.attributes[name].as_dict() for name in sorted(self.attributes)},
            "document": {name: self.document[name].as_dict() for name in DOCUMENT_FIELDS if name in self.document},
        }


def figures_by_language(scores: Iterable[BulletinScore]) -> dict[str, Figures]:
    """Micro-averaged figures for English, Chinese and both together."""
    figures = {language: Figures() for language in LANGUAGES}
    for score in scores:
        figures["all"].add(score)
        if score.bulletin.language in figures:
            figures[score.bulletin.language].add(score)
    return figures
