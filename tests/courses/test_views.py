"""A learner's path through the pages: catalogue, course, enrolment, lessons, quiz, dashboard."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from courses.models import CourseCompletion, Enrolment, LessonPage, QuizAttempt
from tests.courses import factories as make

pytestmark = pytest.mark.django_db


@pytest.fixture
def course(home_page):
    index = make.catalogue(home_page)
    page = make.course(index, "basics")
    module = make.module(page, "m1")
    make.lesson(module, "reading")
    quiz = make.quiz(page, [make.question(page, "true_false")], cooldown_minutes=10)
    make.lesson(module, "check", kind="quiz", quiz=quiz)
    return page


@pytest.fixture
def learner(client):
    user = get_user_model().objects.create_user(email="l@example.org", password="x" * 12)
    client.force_login(user)
    return user


def text(response):
    return response.content.decode()


@pytest.mark.parametrize("language", ["en", "zh-hant", "zh-hans"])
def test_catalogue_and_course_page_in_every_language(client, course, language):
    catalogue = client.get(f"/{language}/courses/")
    assert catalogue.status_code == 200 and "/courses/basics/" in text(catalogue)
    page = client.get(f"/{language}/courses/basics/?")
    assert page.status_code == 200
    assert "account/login" in text(page) or "accounts/login" in text(page)


def test_lessons_need_an_enrolment_and_open_in_order(client, course, learner):
    reading = client.get("/en/courses/basics/m1/reading/")
    assert reading.status_code == 302 and reading["Location"] == "/en/courses/basics/"
    run = course.runs.get()
    assert client.post(reverse("courses:enrol", args=[run.pk])).status_code == 302
    assert Enrolment.objects.get().status == "active"
    assert client.get("/en/courses/basics/m1/check/").status_code == 302  # locked
    assert client.get("/en/courses/basics/m1/reading/").status_code == 200


def test_the_whole_path_to_completion(client, course, learner):
    client.post(reverse("courses:enrol", args=[course.runs.get().pk]))
    reading, check = course.get_descendants().type(LessonPage).specific().order_by("path")
    done = client.post(reverse("courses:mark_done", args=[reading.pk]))
    assert done["Location"] == "/en/courses/basics/m1/check/"
    client.post(reverse("courses:start_attempt", args=[check.pk]))
    attempt = QuizAttempt.objects.get()
    quiz_page = text(client.get("/en/courses/basics/m1/check/"))
    assert (
        f'name="{attempt.snapshot[0]["id"]}"' in quiz_page
        and "correct"
        not in re.sub(
            r"<[^>]+>", "", quiz_page.split('class="quiz-form"')[1].split("</form>")[0]
        ).lower()
    )
    client.post(reverse("courses:submit_attempt", args=[attempt.pk]), {"q0": "x"})
    attempt.refresh_from_db()
    assert attempt.submitted_at is None  # tampered: refused, nothing written
    question_id = attempt.snapshot[0]["id"]
    client.post(reverse("courses:submit_attempt", args=[attempt.pk]), {question_id: "true"})
    attempt.refresh_from_db()
    assert attempt.passed is True
    assert CourseCompletion.objects.filter(user=learner, course=course).exists()
    dashboard = text(client.get(reverse("courses:dashboard")))
    assert "Completed courses" in dashboard and course.title in dashboard


def test_someone_elses_attempt_is_not_found(client, course, learner):
    other = get_user_model().objects.create_user(email="o@example.org", password="x" * 12)
    client.force_login(other)
    client.post(reverse("courses:enrol", args=[course.runs.get().pk]))
    reading, check = course.get_descendants().type(LessonPage).specific().order_by("path")
    client.post(reverse("courses:mark_done", args=[reading.pk]))
    client.post(reverse("courses:start_attempt", args=[check.pk]))
    attempt = QuizAttempt.objects.get()
    client.force_login(learner)
    response = client.post(reverse("courses:submit_attempt", args=[attempt.pk]), {})
    assert response.status_code == 404


def test_enrol_and_dashboard_need_sign_in(client, course):
    assert client.get(reverse("courses:dashboard")).status_code == 302
    response = client.post(reverse("courses:enrol", args=[course.runs.get().pk]))
    assert response.status_code == 302 and not Enrolment.objects.exists()


def test_demo_courses_load_once_with_a_learner_part_way(client, demo_site):
    from django.core.management import call_command

    from courses.models import CoursePage, LessonProgress, Question

    assert CoursePage.objects.live().count() == 4
    for course in CoursePage.objects.all():
        quiz = course.quizzes.get()
        assert quiz.quiz_questions.count() >= 8
        kinds = {link.question.kind for link in quiz.quiz_questions.all()}
        assert len(kinds) >= 4, course.slug
    counts = (Question.objects.count(), LessonProgress.objects.count())
    assert counts[1] == 2
    call_command("load_demo", "--force")
    assert (Question.objects.count(), LessonProgress.objects.count()) == counts
    for language in ("en", "zh-hant", "zh-hans"):
        page = client.get(f"/{language}/courses/genomics-fundamentals-for-clinicians/")
        assert page.status_code == 200
    client.force_login(get_user_model().objects.get(email="learner@example.org"))
    dashboard = client.get("/en/learning/").content.decode()
    assert "2 of 4 required lessons done" in dashboard


def test_lessons_stay_out_of_the_sitemap_and_public_search(
    client, course, django_capture_on_commit_callbacks
):
    from content.search import services as search

    sitemap = text(client.get("/sitemap.xml"))
    assert "/en/courses/basics/" in sitemap and "/m1/reading/" not in sitemap
    search.rebuild()
    assert "/m1/" not in text(client.get("/en/search/?q=reading"))
