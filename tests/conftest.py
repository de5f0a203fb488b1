import pytest

from tests import services


@pytest.fixture(autouse=True)
def _fresh_cache():
    """The page cache outlives a test's rolled-back transaction (whose on-commit invalidation
    never runs): start every test with an empty cache."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


@pytest.fixture(autouse=True)
def _default_language():
    """Every test starts in English. A language left active by an earlier test would change what
    `title=` means (modeltranslation writes it to the active language's field)."""
    from django.conf import settings
    from django.utils import translation

    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture
def home_page(db):
    from content import demo

    return demo.ensure_home()


@pytest.fixture(scope="module")
def _demo_for_module(django_db_setup, django_db_blocker):
    """The demo site, loaded once per test module inside a transaction rolled back after the
    module (as Django's TestCase.setUpTestData does per class); each test runs in a savepoint
    within it, so what one test changes the next never sees. Loading the demo takes longer
    than all of a module's tests that read it."""
    from django.db import transaction

    with django_db_blocker.unblock():
        module_transaction = transaction.atomic()
        module_transaction.__enter__()
        try:
            load_demo()
            yield
        finally:
            transaction.set_rollback(True)
            module_transaction.__exit__(None, None, None)


@pytest.fixture
def demo_site(_demo_for_module, db):
    """The demo site (pages, accounts, courses) for a test in a transaction."""


def load_demo() -> None:
    from accounts import demo as accounts_demo
    from content import demo as content_demo
    from courses import demo as courses_demo
    from cpd import demo as cpd_demo

    home = content_demo.load()
    accounts_demo.load()
    courses_demo.load(home)
    cpd_demo.load()


def pytest_report_header(config):
    mode = (
        "strict: a skipped test fails the run"
        if services.STRICT
        else "lenient: missing services skip"
    )
    return f"services: {mode}"


def pytest_sessionfinish(session, exitstatus):
    """Belt and braces for CI: any skip at all fails the run when services are required."""
    if not services.STRICT:
        return
    reporter = session.config.pluginmanager.get_plugin("terminalreporter")
    skipped = reporter.stats.get("skipped", []) if reporter else []
    if skipped:
        reporter.write_line(
            f"ACADEMY_REQUIRE_SERVICES is set but {len(skipped)} test(s) were skipped.", red=True
        )
        session.exitstatus = pytest.ExitCode.TESTS_FAILED
