"""`demo`: the whole chain offline, for a newcomer.

Serves the bundled mirror of the four configured sites on 127.0.0.1, crawls it into
out/demo/crawl (a WARC archive and its state), extracts the new bulletins, and says
where the records are. Nothing beyond this machine is contacted.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "demo",
        help="crawl a local mirror and extract its bulletins, offline",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--out", type=Path, default=Path("out/demo"), help="folder for the demo's files")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from pipeline.fetch.mirror_sites import serve_bundled_mirror
    from pipeline.fetch.runner import run_crawl
    from pipeline.fetch.settings import CrawlConfig
    from pipeline.fetch.sources import load_sources
    from pipeline.fetch.state import CRAWL_DIR_ENV

    out: Path = args.out
    crawl_dir = out / "crawl"
    shutil.rmtree(crawl_dir, ignore_errors=True)
    config = CrawlConfig(
        state_path=str(crawl_dir / "state.sqlite"),
        archive_dir=str(crawl_dir / "warc"),
        delay=0.0,
        log_file=str(crawl_dir / "crawl.log"),
        progress=sys.stderr.isatty(),
    )
    say("1/3 serving the mirror of the configured sites on 127.0.0.1 and crawling it")
    with serve_bundled_mirror(load_sources()) as mirrored:
        for source in mirrored:
            say(f"    {source.name}: {source.start_urls[0]}")
        summary = run_crawl(mirrored, config)
    say(f"2/3 crawled: {summary.line()}")
    say(f"    archive: {crawl_dir / 'warc' / 'bulletins'}  state: {config.state_path}")
    if summary.exit_code or not summary.total["new"]:
        say("demo: the crawl brought nothing new; see " + str(config.log_file))
        return 1
    records = out / "records.jsonl"
    say("3/3 extracting the new bulletins")
    code = extract(crawl_dir, records, env={**os.environ, CRAWL_DIR_ENV: str(crawl_dir)})
    if code not in (0, 1):
        return code
    lines = records.read_text(encoding="utf-8").count("\n") if records.exists() else 0
    say(f"demo: {lines} records in {records}")
    say(f"      the archive (WARC) in {crawl_dir / 'warc'}; run it again with `make demo`")
    return code


def extract(crawl_dir: Path, records: Path, env: dict[str, str]) -> int:
    """`extract --new` when the extract verb has it, else extract over the bulletin archive."""
    base = [sys.executable, "-m", "pipeline", "extract"]
    help_text = subprocess.run([*base, "--help"], capture_output=True, text=True, env=env).stdout
    if "--new" in help_text:
        command = [*base, "--new", "--out", str(records)]
    else:
        command = [*base, str(crawl_dir / "warc" / "bulletins"), "--out", str(records)]
    say("    $ python " + " ".join(command[1:]))
    return subprocess.run(command, env=env).returncode


def say(line: str) -> None:
    print(line, file=sys.stderr)
