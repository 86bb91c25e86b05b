"""What identifies a fact of each kind, what is scored on a matched fact, and the
one-to-one matching of gold facts to predicted facts within a bulletin.

A gold fact and a prediction may pair only when their keys agree:
- institutions by name;
- partnerships by (chinese, foreign) names;
- roles by (organization, member, role);
- role_counts by (organization, role, count);
- events by (kind, date), plus the name when the gold gives one;
- people by name.
Among the pairs that may match, the pairing with the most pairs wins; ties go to
the one whose names agree more closely (folding beats a gazetteer link) and whose
other fields (kind, date, country, ...) agree more often. A prediction is a fact a
reviewer rejected (review gold) only when it agrees with it in every field.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal

from pipeline.evaluate.assignment import best_assignment
from pipeline.evaluate.names import NameMatcher, fold_name

Fact = dict[str, Any]
KeyAgreement = Callable[[Fact, Fact, NameMatcher], int | None]

_PAIR_WEIGHT = 1e6  # dwarfs every tie-breaker, so the number of pairs comes first


@dataclass(frozen=True)
class Attribute:
    """A field scored as accuracy on matched facts; counted when the gold states it.
    `group` also sums it with the same field of other kinds (all dates, all countries)."""

    field: str
    compare: Literal["exact", "name", "text"]
    group: Literal["kinds", "dates", "countries"] | None = None


@dataclass(frozen=True)
class FactKind:
    name: str
    key: KeyAgreement  # None: may not pair; else how closely the names agree (higher is closer)
    attributes: tuple[Attribute, ...] = ()


@dataclass(frozen=True)
class Matching:
    pairs: list[tuple[int, int]]  # (gold index, predicted index)
    missed: list[int]  # gold indexes
    extra: list[int]  # predicted indexes


def _names_agree(matcher: NameMatcher, *pairs: tuple[Any, Any]) -> int | None:
    total = 0
    for gold, predicted in pairs:
        agreement = matcher.name_agreement(gold, predicted)
        if not agreement:
            return None
        total += agreement
    return total


def _institution_key(gold: Fact, predicted: Fact, matcher: NameMatcher) -> int | None:
    return _names_agree(matcher, (gold.get("name"), predicted))


def _partnership_key(gold: Fact, predicted: Fact, matcher: NameMatcher) -> int | None:
    return _names_agree(
        matcher,
        (gold.get("chinese"), predicted.get("chinese")),
        (gold.get("foreign"), predicted.get("foreign")),
    )


def _role_key(gold: Fact, predicted: Fact, matcher: NameMatcher) -> int | None:
    if gold.get("role") != predicted.get("role"):
        return None
    return _names_agree(
        matcher,
        (gold.get("organization"), predicted.get("organization")),
        (gold.get("member"), predicted.get("member")),
    )


def _role_count_key(gold: Fact, predicted: Fact, matcher: NameMatcher) -> int | None:
    if gold.get("role") != predicted.get("role") or gold.get("count") != predicted.get("count"):
        return None
    return _names_agree(matcher, (gold.get("organization"), predicted.get("organization")))


def _event_key(gold: Fact, predicted: Fact, matcher: NameMatcher) -> int | None:
    if gold.get("kind") != predicted.get("kind") or gold.get("date") != predicted.get("date"):
        return None
    if not gold.get("name"):
        return 0
    return _names_agree(matcher, (gold.get("name"), predicted.get("name")))


def _person_key(gold: Fact, predicted: Fact, matcher: NameMatcher) -> int | None:
    return _names_agree(matcher, (gold.get("name"), predicted.get("name")))


FACT_KINDS: tuple[FactKind, ...] = (
    FactKind(
        "institutions",
        _institution_key,
        (Attribute("kind", "exact", "kinds"), Attribute("country", "exact", "countries")),
    ),
    FactKind(
        "partnerships",
        _partnership_key,
        (
            Attribute("kind", "exact", "kinds"),
            Attribute("date", "exact", "dates"),
            Attribute("foreign_country", "exact", "countries"),
        ),
    ),
    FactKind("roles", _role_key),
    FactKind("role_counts", _role_count_key),
    FactKind("events", _event_key, (Attribute("location", "name"),)),
    FactKind(
        "people",
        _person_key,
        (Attribute("title", "text"), Attribute("organization", "name")),
    ),
)
KIND_NAMES = tuple(kind.name for kind in FACT_KINDS)


def attribute_agrees(attribute: Attribute, gold: Fact, predicted: Fact, matcher: NameMatcher) -> bool:
    want, got = gold.get(attribute.field), predicted.get(attribute.field)
    if attribute.compare == "exact":
        return want == got
    if not want or not got:
        return not want and not got
    if attribute.compare == "text":
        return fold_name(want) == fold_name(got)
    return matcher.same_name(want, got)


def scored_attributes(kind: FactKind, gold: Fact) -> tuple[Attribute, ...]:
    return tuple(attribute for attribute in kind.attributes if attribute.field in gold)


def match_facts(kind: FactKind, gold: list[Fact], predicted: list[Fact], matcher: NameMatcher) -> Matching:
    """Pair gold facts with predicted facts of one kind, one to one."""
    weights: dict[tuple[int, int], float] = {}
    for gold_index, gold_fact in enumerate(gold):
        attributes = scored_attributes(kind, gold_fact)
        for predicted_index, predicted_fact in enumerate(predicted):
            closeness = kind.key(gold_fact, predicted_fact, matcher)
            if closeness is None:
                continue
            agreeing = sum(attribute_agrees(a, gold_fact, predicted_fact, matcher) for a in attributes)
            weights[gold_index, predicted_index] = _PAIR_WEIGHT + 10.0 * closeness + agreeing
    pairs = best_assignment(weights)
    matched_gold = {gold_index for gold_index, _ in pairs}
    matched_predicted = {predicted_index for _, predicted_index in pairs}
    return Matching(
        pairs=pairs,
        missed=[index for index in range(len(gold)) if index not in matched_gold],
        extra=[index for index in range(len(predicted)) if index not in matched_predicted],
    )


def is_rejected_fact(kind: FactKind, rejected: Fact, predicted: Fact, matcher: NameMatcher) -> bool:
    """Whether `predicted` is the fact a reviewer marked wrong: the same key, every field the
    rejected fact states agreeing, and a field it leaves empty (an event's name) empty too."""
    if kind.key(rejected, predicted, matcher) is None:
        return False
    attributes = scored_attributes(kind, rejected)
    if not all(attribute_agrees(attribute, rejected, predicted, matcher) for attribute in attributes):
        return False
    scored = {attribute.field for attribute in attributes}
    empty = [name for name, value in rejected.items() if value is None and name not in scored]
    return all(not predicted.get(name) for name in empty)


def match_rejected(kind: FactKind, rejected: list[Fact], predicted: list[Fact], matcher: NameMatcher) -> list[int]:
    """Indexes of `predicted` that are facts a reviewer marked wrong, one prediction per rejected fact."""
    weights = {
        (rejected_index, predicted_index): 1.0
        for rejected_index, rejected_fact in enumerate(rejected)
        for predicted_index, predicted_fact in enumerate(predicted)
        if is_rejected_fact(kind, rejected_fact, predicted_fact, matcher)
    }
    return sorted(predicted_index for _, predicted_index in best_assignment(weights))


def evidence_of(predicted: Fact) -> dict[str, Any] | None:
    """Where the prediction was read: its evidence, or an institution's first mention."""
    evidence = predicted.get("evidence")
    if isinstance(evidence, dict):
        return evidence
    mentions = predicted.get("mentions")
    if isinstance(mentions, list) and mentions and isinstance(mentions[0], dict):
        return mentions[0]
    return None
