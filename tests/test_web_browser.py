"""The web app in a real browser: Debian's Chromium driven by Playwright (no `playwright install`).

Skips when /usr/bin/chromium or the playwright package is absent (``apt-get install chromium``;
.ci/run installs it). Set QUOTEGRAPH_SCREENSHOTS=DIR to keep screenshots of the pages visited.
"""
from __future__ import annotations

import os
import queue
import threading
from pathlib import Path

import pytest
from werkzeug.serving import make_server

from quotegraph.store import open_store
from quotegraph.web import create_app

CHROMIUM = Path("/usr/bin/chromium")
if not CHROMIUM.exists():
    pytest.skip(f"{CHROMIUM} is absent: apt-get install chromium to run the browser test",
                allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api", reason="needs the playwright package "
                               "(pip install -e '.[test]')")

CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
SCREENSHOTS = os.environ.get("QUOTEGRAPH_SCREENSHOTS")


@pytest.fixture
def server_url(tmp_path, corpus_articles):
    """The app on 127.0.0.1, a free port, served from a thread of its own.

    The thread opens its own store: a SQLite connection may only be used by the thread that
    opened it.
    """
    path = str(tmp_path / "web.db")
    with open_store(path) as store:
        for article in corpus_articles:
            store.add_article(article)
    started: queue.Queue = queue.Queue()

    def serve():
        with open_store(path) as store:
            server = make_server("127.0.0.1", 0, create_app(store))
            started.put(server)
            server.serve_forever()

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    server = started.get(timeout=10)
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    thread.join(timeout=10)


@pytest.fixture
def page(tmp_path):
    """A page in a fresh headless Chromium with a temporary profile."""
    with sync_api.sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            user_data_dir=str(tmp_path / "chromium-profile"), executable_path=str(CHROMIUM),
            headless=True, args=CHROMIUM_ARGS, viewport={"width": 1200, "height": 900},
        )
        try:
            yield context.new_page()
        finally:
            context.close()


def screenshot(page, name):
    if SCREENSHOTS:
        page.screenshot(path=str(Path(SCREENSHOTS) / f"{name}.png"), full_page=True)


def test_search_then_open_the_article_with_its_quotes_highlighted(server_url, page):
    expect = sync_api.expect
    page.goto(server_url + "/")
    expect(page.get_by_role("heading", name="Search quotes")).to_be_visible()
    page.get_by_label("Words").fill("ferry summer")
    page.get_by_role("button", name="Search").click()

    expect(page).to_have_url(f"{server_url}/?q=ferry+summer&speaker=&outlet=&since=&until=&kind=")
    results = page.locator("ol.quotes > li")
    expect(results).to_have_count(2)
    expect(results.first.locator("blockquote mark").first).to_have_text("ferry")
    expect(page.get_by_label("Words")).to_have_value("ferry summer")
    screenshot(page, "search")

    page.get_by_role("link", name="Ferry line plans").first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Ferry line plans")
    marks = page.locator(".text mark")
    expect(marks).to_have_count(2)
    expect(marks.first).to_have_text("The ferry line will open before summer")
    assert marks.first.evaluate("m => getComputedStyle(m).backgroundColor") != "rgba(0, 0, 0, 0)"
    screenshot(page, "article")
