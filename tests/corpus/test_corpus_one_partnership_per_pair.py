"""The gold follows the contract: one partnership per pair of a Chinese and a foreign institution.

A pair stated twice (say `agreement` and `joint_institute`) always costs the extractor a miss,
however right it is; the guide (corpus/GUIDE.md, "partnerships") merges such statements into
one: the strongest kind, the latest day.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

BULLETINS = Path(__file__).resolve().parents[2] / "corpus" / "bulletins"


def test_no_gold_file_states_a_pair_twice():
    repeated = {}
    for gold_path in sorted(BULLETINS.rglob("*.expected.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        pairs = Counter((p["chinese"], p["foreign"]) for p in gold.get("partnerships", []))
        twice = sorted(pair for pair, count in pairs.items() if count > 1)
        if twice:
            repeated[gold_path.name] = twice
    assert not repeated, f"pairs stated more than once: {repeated}"
