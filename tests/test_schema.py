"""The committed JSON Schema is exactly what the pydantic models generate."""

import json
from pathlib import Path

from pipeline.emit import write_json_schemas

SCHEMAS = Path(__file__).resolve().parents[1] / "schemas"


def test_committed_json_schema_has_not_drifted(tmp_path: Path) -> None:
    for generated in write_json_schemas(tmp_path):
        committed = SCHEMAS / generated.name
        assert committed.exists(), f"run `make schema`: {committed.name} is missing"
        assert json.loads(committed.read_text(encoding="utf-8")) == json.loads(generated.read_text(encoding="utf-8")), (
            f"{committed.name} drifted from schemas/records.py: run `make schema`"
        )
