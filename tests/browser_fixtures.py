"""Headless Chromium for the browser tests (a plugin of tests/conftest.py): Debian's `chromium` (Playwright's own
download cannot work offline). Missing, the tests fail rather than skip."""

from __future__ import annotations

import shutil
from collections.abc import Iterator

import pytest

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


# One browser per module: two live sync Playwright sessions in one thread are refused.
@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    from playwright.sync_api import sync_playwright

    executable = shutil.which("chromium") or shutil.which("chromium-browser")
    if executable is None:
        pytest.fail(
            "Chromium not found; install it: apt-get install -y chromium fonts-noto-cjk",
            pytrace=False,
        )
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        yield browser
        browser.close()
