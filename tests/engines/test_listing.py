"""Input listing for distributed runs: the local run's order, globs as a shell expands them."""

from __future__ import annotations

from pathlib import Path

from pipeline.engines.listing import list_inputs
from pipeline.engines.ray_engine import plan_shards
from pipeline.inputs import read_inputs


def make_tree(root: Path) -> None:
    for name in ("b.html", "a.txt", "sub/z.jsonl", "sub/deeper/c.html", "a-sibling/x.htm", "notes.md",
                 ".hidden/h.html", "sub/.h.html", "c.warc.gz"):
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"x" * 10)


def test_folders_are_listed_in_the_order_the_local_reader_walks_them(tmp_path: Path) -> None:
    make_tree(tmp_path)
    listed = [f.shown for f in list_inputs([str(tmp_path)])]
    walked = [item.origin.split("#", 1)[0].split(":", 1)[0] for item in read_inputs([tmp_path])]
    assert listed == walked
    assert listed[:3] == [str(tmp_path / n) for n in ("a.txt", "b.html", "c.warc.gz")]  # files before folders


def test_a_glob_expands_to_sorted_matches_and_a_missing_path_is_kept(tmp_path: Path) -> None:
    make_tree(tmp_path)
    listed = list_inputs([str(tmp_path / "*.html"), str(tmp_path / "nothing" / "*.warc"), str(tmp_path / "gone.html")])
    assert [(f.shown, f.exists) for f in listed] == [
        (str(tmp_path / "b.html"), True),
        (str(tmp_path / "nothing" / "*.warc"), False),
        (str(tmp_path / "gone.html"), False),
    ]


def test_shards_are_consecutive_runs_of_files_covering_every_file(tmp_path: Path) -> None:
    make_tree(tmp_path)
    files = list_inputs([str(tmp_path)])
    shards = plan_shards(files, workers=2)
    assert len(shards) > 1
    assert [f for shard in shards for f in shard] == files
