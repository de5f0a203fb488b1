import pytest

from tests import services


@pytest.fixture
def home_page(db):
    from content import demo

    return demo.load()


@pytest.fixture
def demo_site(db):
    from accounts import demo as accounts_demo
    from content import demo as content_demo

    content_demo.load()
    accounts_demo.load()


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
