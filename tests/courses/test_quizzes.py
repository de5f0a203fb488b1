"""Quiz attempts through `courses.services`: scored on the server from the attempt's snapshot,
limited, cooled down, timed, immutable once submitted, and refusing tampered answers."""

import datetime
import random
from decimal import Decimal

import pytest
from django.contrib.auth import get_user_model
from django.utils import timezone

from courses import scoring, services
from courses.models import CourseCompletion, LessonProgress, QuizAttempt
from tests.courses import factories as make

pytestmark = pytest.mark.django_db


def user(email="learner@example.org"):
    return get_user_model().objects.create_user(email=email, password="x" * 12)


@pytest.fixture
def course(home_page):
    page = make.course(make.catalogue(home_page), "pgx")
    questions = [
        make.question(page, "single"),
        make.question(page, "multiple"),
        make.question(page, "true_false"),
        make.question(page, "numeric"),
        make.question(page, "ordering"),
    ]
    quiz = make.quiz(page, questions, pass_mark=80, max_attempts=2, cooldown_minutes=10)
    module = make.module(page)
    make.lesson(module, "quiz", kind="quiz", quiz=quiz)
    return page


@pytest.fixture
def enrolment(course):
    return services.enrol(user(), course, course.runs.get())


def quiz_lesson(course):
    return services.lessons_of(course)[0]


def right_answers(attempt):
    answers = {}
    for question in attempt.snapshot:
        key = question["key"]
        answers[question["id"]] = {
            "single": lambda k: k["correct"],
            "multiple": lambda k: k["correct"],
            "true_false": lambda k: k["correct"],
            "numeric": lambda k: k["value"],
            "ordering": lambda k: k["order"],
        }[question["kind"]](key)
    return answers


def test_passing_marks_the_quiz_lesson_done_and_completes_the_course(course, enrolment):
    attempt = services.start_attempt(enrolment, quiz_lesson(course), rng=random.Random(1))
    submitted = services.submit_attempt(attempt, right_answers(attempt), user=enrolment.user)
    assert submitted.passed and submitted.percent == Decimal("100.00")
    assert LessonProgress.objects.get().how == LessonProgress.How.PASSED
    assert CourseCompletion.objects.get().score == Decimal("100.00")


def test_failing_then_cooldown_then_the_last_attempt(course, enrolment):
    lesson = quiz_lesson(course)
    start = timezone.now()
    first = services.start_attempt(enrolment, lesson, now=start)
    failed = services.submit_attempt(first, {}, user=enrolment.user, now=start)
    assert failed.passed is False and failed.percent == 0
    with pytest.raises(services.CourseError, match="short break"):
        services.start_attempt(enrolment, lesson, now=start + datetime.timedelta(minutes=9))
    later = start + datetime.timedelta(minutes=10)
    second = services.start_attempt(enrolment, lesson, now=later)
    assert second.number == 2
    services.submit_attempt(second, {}, user=enrolment.user, now=later)
    with pytest.raises(services.CourseError, match="all your attempts"):
        services.start_attempt(enrolment, lesson, now=later + datetime.timedelta(hours=1))
    assert QuizAttempt.objects.count() == 2 and not CourseCompletion.objects.exists()


def test_starting_again_resumes_the_open_attempt(course, enrolment):
    first = services.start_attempt(enrolment, quiz_lesson(course))
    assert services.start_attempt(enrolment, quiz_lesson(course)).pk == first.pk


def test_a_submitted_attempt_cannot_be_submitted_again(course, enrolment):
    attempt = services.start_attempt(enrolment, quiz_lesson(course))
    services.submit_attempt(attempt, {}, user=enrolment.user)
    with pytest.raises(services.CourseError, match="already been submitted"):
        services.submit_attempt(attempt, right_answers(attempt), user=enrolment.user)
    attempt.refresh_from_db()
    assert attempt.passed is False and attempt.answers == {}


def test_another_learners_attempt_is_refused(course, enrolment):
    attempt = services.start_attempt(enrolment, quiz_lesson(course))
    with pytest.raises(services.CourseError, match="not your attempt"):
        services.submit_attempt(attempt, right_answers(attempt), user=user("other@example.org"))
    attempt.refresh_from_db()
    assert attempt.submitted_at is None


@pytest.mark.parametrize(
    "tamper",
    [
        lambda a, s: {**a, "q999999": "x"},  # a question not in the attempt
        lambda a, s: (
            {**a, s[0]["id"]: ["not", "a", "string"]}
            if s[0]["kind"] == "single"
            else {**a, s[0]["id"]: {"nested": 1}}
        ),
        lambda a, s: {
            **a,
            next(q["id"] for q in s if q["kind"] == "multiple"): ["forged-option"],
        },
        lambda a, s: {**a, next(q["id"] for q in s if q["kind"] == "numeric"): "NaN"},
        lambda a, s: {
            **a,
            next(q["id"] for q in s if q["kind"] == "ordering"): next(
                q["key"]["order"][:1] for q in s if q["kind"] == "ordering"
            ),
        },
        lambda a, s: ["not", "a", "dict"],
    ],
    ids=["unknown-question", "wrong-type", "forged-option", "nan", "partial-order", "list"],
)
def test_tampered_submissions_change_nothing(course, enrolment, tamper):
    attempt = services.start_attempt(enrolment, quiz_lesson(course))
    with pytest.raises(scoring.InvalidSubmission):
        services.submit_attempt(
            attempt, tamper(right_answers(attempt), attempt.snapshot), user=enrolment.user
        )
    attempt.refresh_from_db()
    assert attempt.submitted_at is None and attempt.answers is None
    assert not LessonProgress.objects.exists()


def test_late_submission_is_refused_and_closes_the_attempt(course, enrolment):
    quiz = quiz_lesson(course).quiz
    quiz.time_limit_minutes = 20
    quiz.save()
    start = timezone.now()
    attempt = services.start_attempt(enrolment, quiz_lesson(course), now=start)
    assert attempt.deadline == start + datetime.timedelta(minutes=20)
    late = attempt.deadline + datetime.timedelta(seconds=services.SUBMIT_GRACE_SECONDS + 1)
    with pytest.raises(services.LateSubmission):
        services.submit_attempt(attempt, right_answers(attempt), user=enrolment.user, now=late)
    attempt.refresh_from_db()
    assert attempt.submitted_at == attempt.deadline and attempt.passed is False


def test_within_the_grace_period_a_submission_counts(course, enrolment):
    quiz = quiz_lesson(course).quiz
    quiz.time_limit_minutes = 20
    quiz.save()
    attempt = services.start_attempt(enrolment, quiz_lesson(course))
    just_late = attempt.deadline + datetime.timedelta(seconds=services.SUBMIT_GRACE_SECONDS)
    done = services.submit_attempt(
        attempt, right_answers(attempt), user=enrolment.user, now=just_late
    )
    assert done.passed


def test_editing_the_quiz_never_changes_a_past_attempt(course, enrolment):
    attempt = services.start_attempt(enrolment, quiz_lesson(course))
    services.submit_attempt(attempt, right_answers(attempt), user=enrolment.user)
    snapshot = QuizAttempt.objects.get().snapshot
    question = quiz_lesson(course).quiz.quiz_questions.first().question
    question.prompt_en = "Rewritten after the attempt"
    question.save()
    for option in question.options.all():
        option.correct = not option.correct
        option.save()
    attempt.refresh_from_db()
    assert attempt.snapshot == snapshot and attempt.passed


def test_random_draw_asks_the_drawn_number(course, enrolment):
    quiz = quiz_lesson(course).quiz
    quiz.draw = 3
    quiz.save()
    attempt = services.start_attempt(enrolment, quiz_lesson(course), rng=random.Random(7))
    assert len(attempt.snapshot) == 3
    assert "key" not in str(scoring.public_view(attempt.snapshot))


def test_minimum_overall_score_holds_back_completion(home_page):
    page = make.course(make.catalogue(home_page), "strict", minimum_score=90)
    quiz = make.quiz(
        page, [make.question(page, "single") for _ in range(10)], pass_mark=80, cooldown_minutes=0
    )
    make.lesson(make.module(page), "quiz", kind="quiz", quiz=quiz)
    enrolment = services.enrol(user(), page, page.runs.get())
    lesson = services.lessons_of(page)[0]
    attempt = services.start_attempt(enrolment, lesson)
    answers = right_answers(attempt)
    answers.pop(attempt.snapshot[0]["id"])
    answers.pop(attempt.snapshot[1]["id"])
    assert services.submit_attempt(attempt, answers, user=enrolment.user).percent == 80
    assert LessonProgress.objects.count() == 1 and not CourseCompletion.objects.exists()
