"""A learner's journey in a real browser: enrol, read, fail the quiz, wait out the cool-down,
retry, pass, and see the course complete."""

import datetime

from tests.browser.conftest import axe_violations

COURSE = "/en/courses/genomics-fundamentals-for-clinicians/"


def sign_in(page, site):
    page.goto(f"{site}/en/accounts/login/")
    form = page.locator("main form")
    form.locator('input[name="login"]').fill("student@example.org")
    form.locator('input[name="password"]').fill("genomics-demo-2026")
    form.get_by_role("button", name="Sign in").click()
    page.wait_for_url(f"{site}/en/")


def answer_rightly(page, attempt):
    for question in attempt.snapshot:
        key, qid = question["key"], question["id"]
        if question["kind"] == "single":
            page.locator(f'input[name="{qid}"][value="{key["correct"]}"]').check()
        elif question["kind"] == "multiple":
            for option in key["correct"]:
                page.locator(f'input[name="{qid}"][value="{option}"]').check()
        elif question["kind"] == "true_false":
            value = "true" if key["correct"] else "false"
            page.locator(f'input[name="{qid}"][value="{value}"]').check()
        elif question["kind"] == "numeric":
            page.locator(f'input[name="{qid}"]').fill(key["value"])
        else:
            for position, option in enumerate(key["order"], start=1):
                page.locator(f"#{qid}-{position}").select_option(option)


def test_enrol_read_fail_wait_retry_pass_complete(page, site):
    from courses.models import QuizAttempt

    sign_in(page, site)
    page.goto(f"{site}{COURSE}")
    page.get_by_role("button", name="Enrol").click()
    page.get_by_text("You are enrolled").wait_for()
    page.get_by_role("link", name="Continue where you left off").click()
    for _reading in range(3):  # each "done" leads on to the next lesson
        page.get_by_role("button", name="Mark as done").click()
    page.wait_for_url(f"{site}{COURSE}module-2/check-your-understanding/")
    assert axe_violations(page) == []

    page.get_by_role("button", name="Start the quiz").click()
    page.get_by_role("button", name="Submit answers").click()  # nothing answered: fails
    page.get_by_text("the pass mark is 70%").wait_for()
    assert page.get_by_text("You can try again after a short break.").is_visible()
    assert not page.get_by_role("button", name="Try again").is_visible()

    # Wait out the cool-down by moving the failed attempt back in time.
    failed = QuizAttempt.objects.get(user__email="student@example.org")
    QuizAttempt.objects.filter(pk=failed.pk).update(
        submitted_at=failed.submitted_at - datetime.timedelta(minutes=failed.quiz.cooldown_minutes)
    )
    page.reload()
    page.get_by_role("button", name="Try again").click()
    attempt = QuizAttempt.objects.get(user__email="student@example.org", number=2)
    answer_rightly(page, attempt)
    page.get_by_role("button", name="Submit answers").click()
    page.wait_for_url(f"{site}{COURSE}")
    assert page.get_by_text("You have completed this course.").first.is_visible()
    assert axe_violations(page) == []
