"""Authoring quizzes: the question bank refuses questions no learner could answer right, a quiz
holding one (saved before the check existed) cannot be started, and random draws from pools."""

import random

import pytest
from django.contrib.auth import get_user_model
from django.utils import translation

from courses import services
from courses.models import Question, QuestionOption, QuizAttempt, QuizPoolDraw
from tests.courses import factories as make

pytestmark = pytest.mark.django_db


@pytest.fixture
def course(home_page):
    return make.course(make.catalogue(home_page), "authoring")


@pytest.fixture
def editor(client):
    users = get_user_model().objects
    client.force_login(users.create_superuser(email="editor@example.org", password="x" * 12))
    return client


def question_form(course, kind, options):
    data = {
        "course": course.pk,
        "kind": kind,
        "points": 1,
        "pool": "",
        "prompt_en": "Which gene?",
        "prompt_zh_hant": "哪個基因？",
        "numeric_tolerance": "0",
        "options-TOTAL_FORMS": len(options),
        "options-INITIAL_FORMS": 0,
        "options-MIN_NUM_FORMS": 0,
        "options-MAX_NUM_FORMS": 1000,
    }
    for n, (text, correct) in enumerate(options):
        data[f"options-{n}-text_en"] = text
        data[f"options-{n}-text_zh_hant"] = text
        data[f"options-{n}-ORDER"] = n + 1
        if correct:
            data[f"options-{n}-correct"] = "on"
    return data


ADD = "/admin/snippets/courses/question/add/"


@pytest.mark.parametrize(
    ("kind", "options", "message"),
    [
        ("single", [("CYP2C19", True), ("CYP2D6", True)], "Mark exactly one option as correct."),
        ("single", [("CYP2C19", False), ("CYP2D6", False)], "Mark exactly one option as correct."),
        ("single", [("CYP2C19", True)], "It needs at least two options."),
        ("multiple", [("A", False), ("B", False)], "Mark at least one option as correct."),
        ("ordering", [("Only step", False)], "It needs at least two options."),
    ],
)
def test_a_question_no_one_could_answer_right_is_refused_and_not_saved(
    editor, course, kind, options, message
):
    response = editor.post(ADD, question_form(course, kind, options))
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not Question.objects.exists()


def test_the_refusal_is_in_the_editors_language(editor, course):
    form = question_form(course, "single", [("A", True), ("B", True)])
    with translation.override("zh-hant"):
        response = editor.post(ADD, form, HTTP_ACCEPT_LANGUAGE="zh-hant")
    assert "只可把一個選項標為正確" in response.content.decode()
    assert not Question.objects.exists()


def test_a_sound_question_is_saved_with_its_options(editor, course):
    form = question_form(course, "single", [("CYP2C19", True), ("CYP2D6", False)])
    response = editor.post(ADD, form)
    assert response.status_code == 302
    saved = Question.objects.get()
    assert [(o.text_en, o.correct) for o in saved.options.all()] == [
        ("CYP2C19", True),
        ("CYP2D6", False),
    ]


def test_a_quiz_holding_a_broken_question_cannot_be_started(course, caplog):
    broken = make.question(course, "single")
    QuestionOption.objects.filter(question=broken).update(correct=False)  # as if by the shell
    quiz = make.quiz(course, [broken, make.question(course, "true_false")])
    lesson = make.lesson(make.module(course), kind="quiz", quiz=quiz)
    learner = get_user_model().objects.create_user(email="l@example.org", password="x" * 12)
    enrolment = services.enrol(learner, course, course.runs.get())
    with pytest.raises(services.CourseError, match="needs correcting"):
        services.start_attempt(enrolment, lesson)
    assert not QuizAttempt.objects.exists()
    assert any(record.levelname == "ERROR" for record in caplog.records)


def test_each_attempt_draws_from_the_quizs_pools(course):
    genes = [make.question(course, "true_false", pool="genes") for _ in range(4)]
    always = make.question(course, "numeric")
    quiz = make.quiz(course, [*genes, always], max_attempts=None, cooldown_minutes=0)
    QuizPoolDraw.objects.create(quiz=quiz, pool="genes", count=2)
    lesson = make.lesson(make.module(course), kind="quiz", quiz=quiz)
    drawn = set()
    for n in range(6):
        learner = get_user_model().objects.create_user(email=f"l{n}@example.org", password="x" * 12)
        enrolment = services.enrol(learner, course, course.runs.get())
        attempt = services.start_attempt(enrolment, lesson, rng=random.Random(n))
        asked = {q["id"] for q in attempt.snapshot}
        assert f"q{always.pk}" in asked and len(asked) == 3
        drawn |= asked
    assert drawn == {f"q{q.pk}" for q in [*genes, always]}
