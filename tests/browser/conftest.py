"""Real Chromium (Debian's, never a downloaded build) driven by Playwright against the live
test server."""

import os
from pathlib import Path

import pytest
from django.conf import settings

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


@pytest.hookimpl(tryfirst=True)  # before pytest-django orders the tests by their markers
def pytest_collection_modifyitems(items):
    here = Path(__file__).resolve().parent
    for item in items:
        if here in item.path.resolve().parents:
            item.add_marker(pytest.mark.browser)
        if "demo_server" in getattr(item, "fixturenames", ()):
            # Tells pytest-django to create the test database with a snapshot of what the
            # migrations wrote, and to run the test among the transactional ones; the
            # database itself is managed by demo_server (see _django_db_marker below).
            item.add_marker(pytest.mark.django_db(transaction=True, serialized_rollback=True))


@pytest.fixture(autouse=True)
def _django_db_marker(request, django_db_blocker):
    """pytest-django's own, except for tests on the shared demo site: their database is
    demo_server's, not wrapped and flushed per test, and open to the test and the server's
    thread while the test runs."""
    if "demo_server" in request.fixturenames:
        with django_db_blocker.unblock():
            yield
        return
    if request.node.get_closest_marker("django_db"):
        request.getfixturevalue("_django_db_helper")
    yield


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
    """Pages in fresh browser contexts (their own cookies), closed after the test. Anything the
    site's Content-Security-Policy refuses on the way fails the test: a refused script or
    style is a broken page for a real reader."""
    contexts = []
    refused = []

    def note_refusals(message):
        # The H5P player's own, stricter policy refuses hostile content on purpose (the
        # isolation tests rely on it): only the site's pages count here.
        on_player = (message.location or {}).get("url", "").startswith(settings.H5P_ORIGIN)
        if "Content Security Policy" in message.text and not on_player:
            refused.append(f"{message.text} ({(message.location or {}).get('url')})")

    def open_page(**context_options):
        context = browser.new_context(**context_options)
        context.set_default_timeout(15_000)
        contexts.append(context)
        page = context.new_page()
        page.on("console", note_refusals)
        return page

    yield open_page
    for context in contexts:
        context.close()
    assert refused == [], refused


@pytest.fixture
def page(new_page):
    return new_page()


@pytest.fixture(scope="module")
def demo_server(django_db_setup, django_db_blocker):
    """The demo site (pages and accounts), loaded once per test module and served by a live
    server of the module's own; its base URL. Loading the demo takes far longer than any test
    that reads it, so a module's tests share one copy: they may add to it (a sign-in, an
    enrolment) but must not depend on another test's leftovers. Afterwards the database is
    emptied as a transactional test leaves it, for the next test to restore what it needs.

    Not pytest-django's `live_server`: asking for it makes every test transactional, and so
    flushes the database after each one."""
    from pytest_django.live_server_helper import LiveServer

    from tests.conftest import load_demo

    with django_db_blocker.unblock():
        _restore_migrated_state()
        load_demo()
        server = LiveServer("localhost:0")
        server._live_server_modified_settings.enable()
    yield server.url
    server._live_server_modified_settings.disable()
    server.stop()
    with django_db_blocker.unblock():
        _flush()


@pytest.fixture
def site(demo_server):
    """The shared demo site's URL; the test may read and write the database meanwhile."""
    return demo_server


def _restore_migrated_state() -> None:
    """What migrations wrote (Wagtail's root page, the role groups), from pytest-django's
    snapshot, over a database a transactional test may have emptied."""
    from django.db import connections

    _flush()
    for alias in connections:
        snapshot = getattr(connections[alias], "_test_serialized_contents", None)
        if snapshot:
            connections[alias].creation.deserialize_db_from_string(snapshot)


def _flush() -> None:
    from django.core.management import call_command
    from django.db import connections

    for alias in connections:
        # As TransactionTestCase does: sequences go on, so rows put back keep their ids.
        call_command(
            "flush",
            verbosity=0,
            interactive=False,
            database=alias,
            reset_sequences=False,
            inhibit_post_migrate=True,
        )


def axe_violations(page, minimum=("serious", "critical")) -> list[str]:
    if not AXE.exists():
        pytest.fail(f"{AXE} is missing: run `make setup` (npm ci) first")
    # Evaluated through the browser's debugging protocol, not as a page script: the site's
    # Content-Security-Policy (scripts from its own origin only) would refuse an injected tag.
    page.evaluate(AXE.read_text(encoding="utf-8"))
    result = page.evaluate(
        "async () => (await axe.run(document, {resultTypes: ['violations']})).violations"
    )
    return [
        f"{v['id']} ({v['impact']}): {v['help']} at {[n['target'] for n in v['nodes']]}"
        for v in result
        if v["impact"] in minimum
    ]
