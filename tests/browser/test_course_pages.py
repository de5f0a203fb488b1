"""The learner's course pages in a real browser, in every language: axe-core finds no serious
or critical problem on the catalogue (plain and filtered), a course page, My learning, a reading
lesson, a quiz being taken and a quiz's review; and the staff enrolment page in the admin."""

from django.utils import translation

from tests.browser.conftest import axe_violations

LANGUAGES = ["en", "zh-hant", "zh-hans"]
PASSWORD = "genomics-demo-2026"


def sign_in(page, site, email):
    page.goto(f"{site}/en/accounts/login/")
    form = page.locator("main form")
    form.locator('input[name="login"]').fill(email)
    form.locator('input[name="password"]').fill(PASSWORD)
    form.get_by_role("button", name="Sign in").click()
    # Wait for the navigation itself: reading the address at once can beat it (seen under load).
    page.wait_for_url(lambda url: "/accounts/login/" not in url)
    if "/accounts/2fa/authenticate/" in page.url:
        # Staff: the demo gives them an authenticator app; type the code it would show now.
        from accounts.models import User
        from tests.signin import authenticator_code

        code = authenticator_code(User.objects.get(email=email))
        form = page.locator("main form").first
        form.locator('input[name="code"]').fill(code)
        form.get_by_role("button", name="Sign in").click()
        page.wait_for_url(lambda url: "/accounts/2fa/" not in url)


def url_in(language, page_object):
    with translation.override(language):
        return page_object.url


def check(page, site, paths_by_language) -> dict:
    failures = {}
    for language, paths in paths_by_language.items():
        for path in paths:
            response = page.goto(f"{site}{path}")
            assert response.status == 200, (language, path, response.status)
            assert page.locator("html").get_attribute("lang").lower().startswith(language)
            violations = axe_violations(page)
            if violations:
                failures[path] = violations
    return failures


def test_course_pages_in_every_language_pass_axe(page, site):
    from courses import scoring, services
    from courses.models import Enrolment, LessonKind

    # The demo learner is part-way through a course; bring them to its quiz.
    enrolment = Enrolment.objects.get(user__email="learner@example.org")
    course = enrolment.course
    lessons = services.lessons_of(course)
    quiz_lesson = next(lesson for lesson in lessons if lesson.kind == LessonKind.QUIZ)
    reading = next(lesson for lesson in lessons if lesson.kind == LessonKind.READING)
    for lesson in lessons[: lessons.index(quiz_lesson)]:
        services.mark_done(enrolment, lesson)
    attempt = services.start_attempt(enrolment, quiz_lesson)
    assert scoring.public_view(attempt.snapshot)  # the quiz page will show questions

    sign_in(page, site, "learner@example.org")
    pages = {
        language: [
            f"/{language}/courses/",
            f"/{language}/courses/?level=foundation&profession=doctor",
            url_in(language, course),
            f"/{language}/learning/",
            f"/{language}/cpd/",
            url_in(language, reading),
            url_in(language, quiz_lesson),
        ]
        for language in LANGUAGES
    }
    failures = check(page, site, pages)
    # The last page checked was the quiz, showing the open attempt's questions.
    form = page.locator(f'form.quiz-form[action$="/attempts/{attempt.pk}/"]')
    assert form.locator("fieldset").count() == len(attempt.snapshot)

    services.submit_attempt(attempt, {}, user=enrolment.user)  # failed: the review is shown
    failures |= check(page, site, {lang: [url_in(lang, quiz_lesson)] for lang in LANGUAGES})
    assert failures == {}


def test_the_staff_enrolment_page_passes_axe(page, site):
    from courses.models import CoursePage

    course = CoursePage.objects.live().first()
    sign_in(page, site, "cpd-admin@example.org")
    response = page.goto(f"{site}/admin/courses/{course.pk}/enrolments/")
    assert response.status == 200
    assert page.get_by_role("button", name="Enrol", exact=True).is_visible()
    assert axe_violations(page) == []
