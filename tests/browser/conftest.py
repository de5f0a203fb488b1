"""Real Chromium (Debian's, never a downloaded build) driven by Playwright against the live
test server."""

import os
from pathlib import Path

import pytest

from tests.services import require_chromium

AXE = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]


def pytest_collection_modifyitems(items):
    here = Path(__file__).resolve().parent
    for item in items:
        if here in item.path.resolve().parents:
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def browser():
    executable = require_chromium()
    from django.db import connections
    from playwright.sync_api import sync_playwright

    # Playwright's sync API keeps an event loop running in this thread from now on. Django
    # would refuse every later database call in it as "async unsafe" (subprocesses never
    # inherit the switch: tests.processes.django_env drops it)...
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    # ...and asgiref keeps Django's connections in a context variable while a loop runs, so
    # this thread gets new connection objects: hand them pytest-django's snapshot of the
    # migrated database, which serialized rollback restores after each flush.
    snapshots = {
        alias: getattr(connections[alias], "_test_serialized_contents", None)
        for alias in connections
    }
    playwright = sync_playwright().start()
    for alias, snapshot in snapshots.items():
        if snapshot is not None:
            connections[alias]._test_serialized_contents = snapshot
    browser = playwright.chromium.launch(
        executable_path=executable, headless=True, args=CHROMIUM_ARGS
    )
    yield browser
    browser.close()
    connections.close_all()  # those opened while the loop ran, before it goes
    playwright.stop()
    os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)


@pytest.fixture
def new_page(browser):
    """Pages in fresh browser contexts (their own cookies), closed after the test."""
    contexts = []

    def open_page(**context_options):
        context = browser.new_context(**context_options)
        context.set_default_timeout(15_000)
        contexts.append(context)
        return context.new_page()

    yield open_page
    for context in contexts:
        context.close()


@pytest.fixture
def page(new_page):
    return new_page()


@pytest.fixture
def site(live_server, transactional_db, django_db_serialized_rollback, demo_site):
    """The demo site (pages and accounts) on the live server, its base URL. The live server
    answers from another thread, so the data must be committed (transactional_db); serialized
    rollback puts back what migrations wrote (Wagtail's root page, the role groups) after each
    test's flush."""
    return live_server.url


def axe_violations(page, minimum=("serious", "critical")) -> list[str]:
    if not AXE.exists():
        pytest.fail(f"{AXE} is missing: run `make setup` (npm ci) first")
    page.add_script_tag(path=str(AXE))
    result = page.evaluate(
        "async () => (await axe.run(document, {resultTypes: ['violations']})).violations"
    )
    return [
        f"{v['id']} ({v['impact']}): {v['help']} at {[n['target'] for n in v['nodes']]}"
        for v in result
        if v["impact"] in minimum
    ]
