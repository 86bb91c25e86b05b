"""One-to-one matching of gold and predicted facts, per kind."""

from __future__ import annotations

import itertools
import random

from pipeline.evaluate.assignment import best_assignment, minimum_cost_assignment
from pipeline.evaluate.facts import FACT_KINDS, match_facts
from pipeline.evaluate.names import NameMatcher

KINDS = {kind.name: kind for kind in FACT_KINDS}


def ref(name: str) -> dict:
    return {"name": name, "canonical_id": None, "canonical_name": None}


def pairs(kind: str, gold: list[dict], predicted: list[dict]) -> list[tuple[int, int]]:
    return match_facts(KINDS[kind], gold, predicted, NameMatcher()).pairs


def test_a_prediction_pairs_with_one_gold_fact_only() -> None:
    gold = [{"name": "Nanchang University"}, {"name": "Nanchang University"}]
    predicted = [{"name": "nanchang university"}]
    matching = match_facts(KINDS["institutions"], gold, predicted, NameMatcher())
    assert len(matching.pairs) == 1
    assert len(matching.missed) == 1
    assert matching.extra == []


def test_a_repeated_prediction_is_an_extra() -> None:
    gold = [{"name": "Nanchang University"}]
    predicted = [{"name": "Nanchang University"}, {"name": "the Nanchang University"}]
    matching = match_facts(KINDS["institutions"], gold, predicted, NameMatcher())
    assert (len(matching.pairs), len(matching.missed), len(matching.extra)) == (1, 0, 1)


def test_an_unnamed_gold_event_leaves_the_named_prediction_to_the_named_gold_event() -> None:
    # Gold event 0 has no name, so it may pair with either prediction; gold event 1
    # only with prediction 0. Pairing in list order would lose a pair.
    gold = [
        {"kind": "signing", "name": None, "date": "2025-01-02"},
        {"kind": "signing", "name": "Leeds Signing", "date": "2025-01-02"},
    ]
    predicted = [
        {"kind": "signing", "name": "Leeds Signing", "date": "2025-01-02"},
        {"kind": "signing", "name": None, "date": "2025-01-02"},
    ]
    matching = match_facts(KINDS["events"], gold, predicted, NameMatcher())
    assert matching.pairs == [(0, 1), (1, 0)]


def test_among_equal_pairings_the_one_whose_fields_agree_wins() -> None:
    sides = {"chinese": "Hunan University", "foreign": "University of Leeds"}
    gold = [{**sides, "kind": "mou", "date": "2025-01-02"}, {**sides, "kind": "agreement", "date": None}]
    predicted_sides = {"chinese": ref("Hunan University"), "foreign": ref("University of Leeds")}
    predicted = [
        {**predicted_sides, "kind": "agreement", "date": None},
        {**predicted_sides, "kind": "mou", "date": "2025-01-02"},
    ]
    assert pairs("partnerships", gold, predicted) == [(0, 1), (1, 0)]


def test_partnership_sides_are_not_interchangeable() -> None:
    gold = [{"chinese": "Hunan University", "foreign": "University of Leeds"}]
    predicted = [{"chinese": ref("University of Leeds"), "foreign": ref("Hunan University"), "kind": "mou"}]
    matching = match_facts(KINDS["partnerships"], gold, predicted, NameMatcher())
    assert matching.pairs == []


def test_roles_need_the_same_role_and_both_names() -> None:
    gold = [{"organization": "Jiangxi Alliance", "member": "Nanchang University", "role": "vice_chair"}]
    same = {
        "organization": ref("jiangxi alliance"),
        "member": ref("Nanchang University"),
        "role": "vice_chair",
    }
    assert pairs("roles", gold, [same]) == [(0, 0)]
    assert pairs("roles", gold, [{**same, "role": "chair"}]) == []
    assert pairs("roles", gold, [{**same, "member": ref("Jiangxi Normal University")}]) == []


def test_role_counts_need_organization_role_and_count() -> None:
    gold = [{"organization": "江西省中外合作辦學聯盟", "role": "vice_chair", "count": 10}]
    right = {"organization": ref("江西省中外合作办学联盟"), "role": "vice_chair", "count": 10}
    assert pairs("role_counts", gold, [right]) == [(0, 0)]
    assert pairs("role_counts", gold, [{**right, "count": 11}]) == []
    assert pairs("role_counts", gold, [{**right, "organization": ref("Other Alliance")}]) == []


def test_events_match_by_kind_and_date_and_by_name_only_when_gold_names_one() -> None:
    unnamed = [{"kind": "approval", "name": None, "date": None}]
    assert pairs("events", unnamed, [{"kind": "approval", "name": "Any", "date": None}]) == [(0, 0)]
    assert pairs("events", unnamed, [{"kind": "approval", "date": "2025-01-01"}]) == []
    named = {"kind": "conference", "name": "Education Conference", "date": "2025-11-17"}
    assert pairs("events", [named], [{**named, "name": "the EDUCATION conference"}]) == [(0, 0)]
    assert pairs("events", [named], [{**named, "name": None}]) == []
    assert pairs("events", [named], [{**named, "kind": "visit"}]) == []


def test_people_match_by_name() -> None:
    gold = [{"name": "Li Hua", "title": "President", "organization": "Hunan University"}]
    predicted = [{"name": "Wang Ming"}, {"name": "LI HUA", "title": None}]
    matching = match_facts(KINDS["people"], gold, predicted, NameMatcher())
    assert matching.pairs == [(0, 1)]
    assert matching.extra == [0]


def _brute_force_best(weights: dict[tuple[int, int], float]) -> float:
    edges = list(weights)
    best = 0.0
    for size in range(len(edges) + 1):
        for subset in itertools.combinations(edges, size):
            rows = [row for row, _ in subset]
            cols = [col for _, col in subset]
            if len(set(rows)) == len(rows) and len(set(cols)) == len(cols):
                best = max(best, sum(weights[edge] for edge in subset))
    return best


def test_best_assignment_equals_brute_force_on_random_small_graphs() -> None:
    generator = random.Random(7)
    for _ in range(60):
        rows, cols = generator.randint(1, 4), generator.randint(1, 4)
        weights = {
            (row, col): float(generator.randint(1, 9))
            for row in range(rows)
            for col in range(cols)
            if generator.random() < 0.6
        }
        chosen = best_assignment(weights)
        assert len({row for row, _ in chosen}) == len(chosen) == len({col for _, col in chosen})
        assert sum(weights[edge] for edge in chosen) == _brute_force_best(weights)


def test_minimum_cost_assignment_on_a_known_matrix() -> None:
    cost = [[4.0, 1.0, 3.0], [2.0, 0.0, 5.0], [3.0, 2.0, 2.0]]
    assert minimum_cost_assignment(cost) == [1, 0, 2]  # 1 + 2 + 2 = 5
