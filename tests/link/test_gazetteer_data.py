"""Checks on the gazetteer data files themselves: shape, references, ambiguity, coverage."""

import csv
import re
from collections import defaultdict
from pathlib import Path

import pytest

from pipeline.link.names import fold_name

GAZETTEER_DIR = Path(__file__).resolve().parents[2] / "pipeline" / "resources" / "gazetteer"
COLUMNS = ["id", "name_en", "name_zh", "aliases", "country", "kind", "province", "city", "site", "parent", "partners"]
KINDS = {
    "university",
    "college",
    "joint_institute",
    "government",
    "alliance",
    "research_institute",
    "school",
    "company",
    "other",
}
ID_PATTERN = re.compile(r"^(?:[a-z]{2}|int)-[a-z0-9]+(-[a-z0-9]+)*$")
# International organisations (UNESCO, SEAMEO, the ASEAN Secretariat) are of no one country.
INTERNATIONAL = "international.tsv"
SITE_PATTERN = re.compile(r"^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$")
# The coverage the gazetteer promises; foreign universities are counted over all foreign_* files.
MINIMUM_ROWS = {
    "cn_jiangxi.tsv": 90,
    "cn_double_first_class.tsv": 146,
    "cn_other_universities.tsv": 60,
    "cn_joint_institutes.tsv": 60,
    "cn_government.tsv": 66,
}
MINIMUM_FOREIGN_UNIVERSITIES = 420

Row = dict[str, str]


def read_rows(path: Path) -> list[Row]:
    """Data rows with their place (`file:line`); blank and '#' lines are skipped, as the linker does."""
    lines = path.read_text(encoding="utf-8").splitlines()
    numbered = [(n, line) for n, line in enumerate(lines, start=1) if line.strip() and not line.startswith("#")]
    cells_of = csv.reader((line for _, line in numbered), delimiter="\t", quoting=csv.QUOTE_NONE)
    rows = []
    for (number, _), cells in zip(numbered, cells_of, strict=True):
        if not rows and cells[0] == "id":
            assert cells == COLUMNS, f"{path.name}: header {cells}"
            rows.append({})
            continue
        assert rows, f"{path.name}: the first line must be the header"
        assert len(cells) == len(COLUMNS), f"{path.name}:{number}: {len(cells)} columns"
        rows.append(dict(zip(COLUMNS, cells, strict=True)) | {"_where": f"{path.name}:{number}"})
    return rows[1:]


def gazetteer_files() -> list[Path]:
    return sorted(GAZETTEER_DIR.glob("*.tsv"))


@pytest.fixture(scope="module")
def rows_by_file() -> dict[str, list[Row]]:
    return {path.name: read_rows(path) for path in gazetteer_files()}


@pytest.fixture(scope="module")
def all_rows(rows_by_file: dict[str, list[Row]]) -> list[Row]:
    return [row for rows in rows_by_file.values() for row in rows]


@pytest.fixture(scope="module")
def rows_by_id(all_rows: list[Row]) -> dict[str, Row]:
    return {row["id"]: row for row in all_rows}


def names_of(row: Row) -> set[str]:
    names = {row["name_en"], row["name_zh"], *row["aliases"].split("|")}
    return {fold_name(name) for name in names if name}


def split_ids(value: str) -> list[str]:
    return [part for part in value.split("|") if part]


def test_every_file_is_tab_separated_utf8_with_the_header(rows_by_file: dict[str, list[Row]]) -> None:
    assert set(MINIMUM_ROWS) <= set(rows_by_file)
    assert any(name.startswith("foreign_") for name in rows_by_file)


def test_no_cell_has_stray_spaces_or_empty_alias(all_rows: list[Row]) -> None:
    for row in all_rows:
        for column in COLUMNS:
            assert row[column] == row[column].strip(), f"{row['_where']}: spaces around {column}"
        if row["aliases"]:
            for alias in row["aliases"].split("|"):
                assert alias and alias == alias.strip(), f"{row['_where']}: alias {alias!r}"


def test_ids_are_unique_slugs_prefixed_by_country(all_rows: list[Row]) -> None:
    seen: dict[str, str] = {}
    for row in all_rows:
        assert ID_PATTERN.match(row["id"]), f"{row['_where']}: id {row['id']!r}"
        assert row["id"] not in seen, f"{row['_where']}: id {row['id']} also at {seen.get(row['id'])}"
        seen[row["id"]] = row["_where"]
        prefix = "int" if row["_where"].startswith(INTERNATIONAL) else row["country"].lower()
        assert row["id"].split("-")[0] == prefix, f"{row['_where']}: prefix"


def test_country_kind_names_and_site_are_well_formed(all_rows: list[Row]) -> None:
    for row in all_rows:
        where = row["_where"]
        if where.startswith(INTERNATIONAL):
            assert row["country"] == "", f"{where}: an international organisation has no country"
        else:
            assert re.fullmatch(r"[A-Z]{2}", row["country"]), f"{where}: country {row['country']!r}"
        assert row["kind"] in KINDS, f"{where}: kind {row['kind']!r}"
        assert row["name_en"] and row["name_zh"], f"{where}: both names are required"
        assert re.search(r"[\u4e00-\u9fff]", row["name_zh"]), f"{where}: name_zh has no Chinese"
        assert not re.search(r"[\u4e00-\u9fff]", row["name_en"]), f"{where}: name_en has Chinese"
        if row["site"]:
            assert SITE_PATTERN.match(row["site"]), f"{where}: site {row['site']!r}"


def test_no_name_or_alias_is_shared_by_two_entries(all_rows: list[Row]) -> None:
    owners: dict[str, set[str]] = defaultdict(set)
    for row in all_rows:
        for name in names_of(row):
            owners[name].add(row["id"])
    shared = {name: sorted(ids) for name, ids in owners.items() if len(ids) > 1}
    assert not shared, f"ambiguous names: {shared}"


def test_no_site_is_claimed_by_two_entries(all_rows: list[Row]) -> None:
    owners: dict[str, list[str]] = defaultdict(list)
    for row in all_rows:
        if row["site"]:
            owners[row["site"]].append(row["id"])
    assert not {site: ids for site, ids in owners.items() if len(ids) > 1}


def test_parents_are_chinese_and_partners_foreign(all_rows: list[Row], rows_by_id: dict[str, Row]) -> None:
    for row in all_rows:
        where = row["_where"]
        for parent in split_ids(row["parent"]):
            assert parent in rows_by_id, f"{where}: unknown parent {parent}"
            assert rows_by_id[parent]["country"] == "CN", f"{where}: parent {parent} is not Chinese"
        for partner in split_ids(row["partners"]):
            assert partner in rows_by_id, f"{where}: unknown partner {partner}"
            assert partner != row["id"] and partner not in split_ids(row["parent"]), where


def test_every_joint_institute_names_its_parent_and_partners(rows_by_file: dict[str, list[Row]]) -> None:
    for row in rows_by_file["cn_joint_institutes.tsv"]:
        assert row["kind"] == "joint_institute", f"{row['_where']}: kind {row['kind']}"
        assert row["parent"] and row["partners"], f"{row['_where']}: parent and partners are required"


def test_file_themes_hold(rows_by_file: dict[str, list[Row]]) -> None:
    for row in rows_by_file["cn_jiangxi.tsv"]:
        assert (row["country"], row["province"]) == ("CN", "Jiangxi"), row["_where"]
    for row in rows_by_file["cn_government.tsv"]:
        assert row["kind"] in {"government", "alliance", "other"}, row["_where"]
    for name, rows in rows_by_file.items():
        if name.startswith("foreign_"):
            assert all(row["country"] != "CN" for row in rows), name


def test_each_file_has_its_minimum_coverage(rows_by_file: dict[str, list[Row]]) -> None:
    for name, minimum in MINIMUM_ROWS.items():
        assert len(rows_by_file[name]) >= minimum, f"{name}: {len(rows_by_file[name])} < {minimum}"
    foreign_universities = [
        row
        for name, rows in rows_by_file.items()
        if name.startswith("foreign_")
        for row in rows
        if row["kind"] in {"university", "college"}
    ]
    assert len(foreign_universities) >= MINIMUM_FOREIGN_UNIVERSITIES
