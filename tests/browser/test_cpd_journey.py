"""The CPD record in a real browser: a learner's finished course shows its points under both of
their schemes; an outside activity they claim with a PDF is approved by a CPD administrator in
the admin and counts; the transcript they download lists both, each row traceable."""

import datetime as dt
from pathlib import Path

from django.utils import timezone

from tests.browser.conftest import axe_violations
from tests.browser.test_course_pages import sign_in

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def finish_the_demo_course():
    from courses import services as courses
    from courses.models import Enrolment, LessonKind, LessonProgress

    enrolment = Enrolment.objects.get(user__email="learner@example.org")
    done = courses.completed_lesson_ids(enrolment)
    for lesson in courses.lessons_of(enrolment.course):
        if lesson.pk not in done:
            how = "passed" if lesson.kind == LessonKind.QUIZ else "marked"
            LessonProgress.objects.create(
                enrolment=enrolment, lesson=lesson, completed_at=timezone.now(), how=how
            )
    assert courses.check_completion(enrolment) is not None  # announced on commit: CPD awarded
    return enrolment.course


def test_course_points_a_claim_approved_and_the_transcript(new_page, site):
    from cpd.models import LedgerEntry

    course = finish_the_demo_course()
    assert LedgerEntry.objects.filter(user__email="learner@example.org").count() == 2

    learner = new_page()
    sign_in(learner, site, "learner@example.org")
    learner.goto(f"{site}/en/cpd/")
    for scheme in ("HKAM style", "Medical Council style"):
        section = learner.locator("section.cpd-scheme", has_text=scheme)
        assert "3 of 90 points counted" in section.inner_text()
    assert course.title_en in learner.locator("section.cpd-scheme").first.inner_text()

    learner.get_by_role("link", name="Claim an outside activity").first.click()
    form = learner.locator("main form")
    form.locator('[name="category"]').select_option(label="Specialist CME/CPD (HKAM style) – CPD")
    form.locator('[name="title"]').fill("Clinical exome workshop")
    form.locator('[name="provider"]').fill("Hong Kong Genome Institute")
    yesterday = (timezone.localdate() - dt.timedelta(days=1)).isoformat()
    form.locator('[name="start_date"]').fill(yesterday)
    form.locator('[name="end_date"]').fill(yesterday)
    form.locator('[name="hours"]').fill("4")
    form.locator('[name="evidence"]').set_input_files(
        {"name": "certificate.pdf", "mimeType": "application/pdf", "buffer": PDF}
    )
    form.get_by_role("button", name="Send for approval").click()
    learner.get_by_text("Your claim is sent for approval.").wait_for()
    assert "Pending" in learner.locator("section.cpd-claims").inner_text()

    staff = new_page()
    sign_in(staff, site, "cpd-admin@example.org")
    staff.goto(f"{site}/admin/cpd/claims/")
    staff.get_by_role("link", name="Clinical exome workshop").click()
    staff.get_by_role("radio", name="Approve", exact=True).check()
    staff.get_by_role("button", name="Record the decision").click()
    staff.get_by_text("Decision recorded").wait_for()

    learner.goto(f"{site}/en/cpd/")
    hkam = learner.locator("section.cpd-scheme", has_text="HKAM style")
    assert "5 of 90 points counted" in hkam.inner_text()  # 3 + 4 hours × 0.5
    assert axe_violations(learner) == []
    with learner.expect_download() as download:
        hkam.get_by_role("link", name="Download this cycle's transcript (CSV)").click()
    text = Path(download.value.path()).read_text(encoding="utf-8-sig")
    assert course.title_en in text
    assert "Clinical exome workshop (Hong Kong Genome Institute)" in text
    entries = LedgerEntry.objects.filter(user__email="learner@example.org", scheme__code="hkam-cme")
    for entry in entries:
        assert entry.digest[:16] in text
