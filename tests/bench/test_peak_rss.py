"""The bench's peak memory of one `extract` is the child's own, not its (large) parent's."""

import resource
from pathlib import Path

from pipeline.bench.run import peak_rss_of_extract

CORPUS = Path(__file__).resolve().parents[2] / "corpus" / "bulletins"


def test_the_peak_is_the_extract_process_own_not_its_parents():
    page = next((CORPUS / "en").glob("*.html"))
    ballast = bytearray(b"x" * (600 * 2**20))  # touched: resident in this process, the parent
    parent_peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    peak = peak_rss_of_extract([page])
    assert ballast and 50 * 2**20 < peak < parent_peak - 500 * 2**20
