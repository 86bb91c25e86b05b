"""Fixtures for the review page: built pages from the hand-written record files, and chromium."""

from __future__ import annotations

import importlib.util
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType

import pytest

from pipeline.review import build_review

HERE = Path(__file__).parent
FIXTURES = HERE / "fixtures"
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def load_helper(name: str) -> ModuleType:
    """Import a helper module that sits beside the tests (tests/ is not a package)."""
    spec = importlib.util.spec_from_file_location(f"review_test_{name}", HERE / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def synthetic_records() -> ModuleType:
    """The generator of many synthetic records (`make_records.py`)."""
    return load_helper("make_records")


@pytest.fixture
def build_page(tmp_path: Path) -> Callable[[Path], Path]:
    """Build the review page for a records file into a fresh folder; return the page's path."""

    def build(records: Path) -> Path:
        out = tmp_path / f"review-{records.stem}"
        return build_review(records, out).page

    return build


@pytest.fixture
def browser_page(tmp_path: Path) -> Iterator:
    """A page in Debian's headless chromium with a fresh profile; fails the test on any page error."""
    if not CHROMIUM.exists():
        pytest.skip("Debian's chromium is not installed at /usr/bin/chromium (apt-get install -y chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            str(tmp_path / "chromium-profile"),
            executable_path=str(CHROMIUM),
            headless=True,
            args=CHROMIUM_ARGS,
            accept_downloads=True,
            viewport={"width": 1440, "height": 900},
        )
        page = context.pages[0] if context.pages else context.new_page()
        errors: list[str] = []
        page.on("pageerror", lambda error: errors.append(str(error)))
        try:
            yield page
        finally:
            context.close()
        assert not errors, f"the page raised: {errors}"


@pytest.fixture
def open_review(browser_page) -> Callable:
    """`open_review(html, route="")`: open a review page from disk (file://), wait until its list is drawn."""

    def open_page(html: Path, route: str = ""):
        browser_page.goto(html.as_uri() + route)
        browser_page.wait_for_selector("html[data-ready=true]", timeout=30_000)
        return browser_page

    return open_page
