"""`crawl`: fetch the bulletins that are new since the last run into the WARC archive.

python -m pipeline crawl --online                 # every configured site
python -m pipeline crawl --online --source ncu_news --max-pages 20 --since 2025-12-01
python -m pipeline crawl --mirror                 # the bundled local mirror, offline
python -m pipeline extract --new                  # then: records for exactly those pages
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "crawl",
        help="fetch new bulletins from the configured sites into the archive",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "--source",
        action="append",
        metavar="NAME",
        help="crawl only this source (a file name in pipeline/resources/sources/); repeatable",
    )
    parser.add_argument("--max-pages", type=int, metavar="N", help="request at most N pages per source")
    parser.add_argument(
        "--since",
        type=dt.date.fromisoformat,
        metavar="DATE",
        help="skip articles dated before DATE (YYYY-MM-DD)",
    )
    reach = parser.add_mutually_exclusive_group()
    reach.add_argument(
        "--online",
        action="store_true",
        help="reach the real sites (without it nothing beyond 127.0.0.1 is contacted)",
    )
    reach.add_argument("--mirror", action="store_true", help="crawl the bundled mirror served on 127.0.0.1")
    parser.add_argument("--state", type=Path, help="crawl state file (default: $PIPELINE_CRAWL_DIR/state.sqlite)")
    parser.add_argument("--archive", type=Path, help="WARC folder (default: $PIPELINE_CRAWL_DIR/warc)")
    parser.add_argument("--sources-dir", type=Path, help="folder of source files (default: the shipped ones)")
    parser.add_argument("--delay", type=float, help="seconds between requests to a site, for every source")
    parser.add_argument("--verbose", action="store_true", help="Scrapy's log on stderr (else in the crawl folder)")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from pipeline.fetch.runner import run_crawl
    from pipeline.fetch.settings import CrawlConfig
    from pipeline.fetch.sources import SOURCES_DIR, SourceError, load_sources, select_sources
    from pipeline.fetch.state import default_archive_dir, default_state_path

    if not (args.online or args.mirror):
        print(
            "crawl: the configured sites are beyond this machine; pass --online to reach them, "
            "or --mirror to crawl the bundled local mirror",
            file=sys.stderr,
        )
        return 2
    try:
        sources = select_sources(load_sources(args.sources_dir or SOURCES_DIR), args.source)
    except SourceError as error:
        print(f"crawl: {error}", file=sys.stderr)
        return 2
    state_path = args.state or default_state_path()
    config = CrawlConfig(
        state_path=str(state_path),
        archive_dir=str(args.archive or default_archive_dir()),
        max_pages=args.max_pages,
        since=args.since.isoformat() if args.since else None,
        online=args.online,
        delay=args.delay,
        log_level="INFO" if args.verbose else "WARNING",
        log_file=None if args.verbose else str(state_path.parent / "crawl.log"),
        progress=sys.stderr.isatty(),
    )
    if args.mirror:
        return crawl_mirror(sources, config)
    return report(run_crawl(sources, config), config)


def crawl_mirror(sources, config) -> int:
    """Serve the bundled mirror on 127.0.0.1 while the crawl runs against it."""
    from dataclasses import replace

    from pipeline.fetch.mirror_sites import serve_bundled_mirror
    from pipeline.fetch.runner import run_crawl

    with serve_bundled_mirror(sources) as mirrored:
        config = replace(config, delay=0.0 if config.delay is None else config.delay)
        return report(run_crawl(mirrored, config), config)


def report(summary, config) -> int:
    for url, reason in summary.failures:
        print(f"  {url}: {reason}", file=sys.stderr)
    print(f"crawl: {summary.line()}", file=sys.stderr)
    print(f"archive: {config.archive_dir}/bulletins   state: {config.state_path}", file=sys.stderr)
    if summary.exit_code:
        return summary.exit_code
    return 1 if summary.total["failed"] else 0
