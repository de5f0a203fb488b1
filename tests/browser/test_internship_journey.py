"""An internship in a real browser: the student logs hours, the supervisor signs them off, and
the coordinator sees the progress on the cohort dashboard and exports it."""

import datetime as dt
from pathlib import Path

from django.utils import timezone

from tests.browser.conftest import axe_violations
from tests.browser.test_course_pages import sign_in


def test_hours_logged_signed_off_and_seen_by_the_coordinator(new_page, site):
    from cpd.internships import demo
    from cpd.internships.models import Placement

    demo.load()
    placement = Placement.objects.get(student__email="student@example.org")
    yesterday = timezone.localdate() - dt.timedelta(days=1)

    student = new_page()
    sign_in(student, site, "student@example.org")
    student.goto(f"{site}/en/internships/")
    student.get_by_role("link", name="Summer internship in genomic medicine").click()
    form = student.locator("form.logbook-form")
    form.locator('[name="day"]').fill(yesterday.isoformat())
    form.locator('[name="hours"]').fill("3")
    form.locator('[name="area_code"]').select_option(label="Bioinformatics")
    form.locator('[name="activity"]').fill("Ran the trio pipeline")
    form.get_by_role("button", name="Log these hours").click()
    student.get_by_text("Logged; your supervisor has been asked to sign it off.").wait_for()
    assert axe_violations(student) == []

    supervisor = new_page()
    sign_in(supervisor, site, "supervisor@example.org")
    supervisor.goto(f"{site}/en/internships/placements/{placement.pk}/")
    row = supervisor.locator("tr", has_text="Ran the trio pipeline")
    row.get_by_role("radio", name="Sign off").check()
    row.get_by_role("button", name="Record").click()
    supervisor.get_by_text("Recorded.").wait_for()
    assert "Signed off" in supervisor.locator("tr", has_text="Ran the trio pipeline").inner_text()

    coordinator = new_page()
    sign_in(coordinator, site, "coordinator@example.org")
    coordinator.goto(f"{site}/en/internships/")
    coordinator.get_by_role("link", name="Summer internship in genomic medicine").first.click()
    student_row = coordinator.locator("tr", has_text=placement.student_number)
    assert "123 / 200" in student_row.inner_text()  # 20 demo days of 6 hours, and today's 3
    assert coordinator.locator("figure.cohort-chart svg").count() == 1
    assert axe_violations(coordinator) == []
    with coordinator.expect_download() as download:
        coordinator.get_by_role("link", name="Export (CSV)").click()
    text = Path(download.value.path()).read_text(encoding="utf-8-sig")
    line = next(line for line in text.splitlines() if line.startswith(placement.student_number))
    assert "123.00" in line
    # the other university's cohort is not theirs to see
    assert "Lion Rock University" not in coordinator.content()
