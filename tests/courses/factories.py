"""Builders for courses in tests: real pages published through Wagtail, real questions."""

import datetime
import itertools
from decimal import Decimal

from django.utils import timezone

from courses.models import (
    CourseIndexPage,
    CoursePage,
    CourseRun,
    LessonPage,
    ModulePage,
    Question,
    QuestionOption,
    Quiz,
    QuizQuestion,
)
from tests.content.factories import publish

_counter = itertools.count(1)


def catalogue(home) -> CourseIndexPage:
    existing = CourseIndexPage.objects.first()
    if existing:
        return existing
    page = CourseIndexPage(
        slug="courses", title="Courses", title_en="Courses", title_zh_hant="課程"
    )
    home.add_child(instance=page)
    return publish(page)


def course(index, slug=None, *, runs=None, prerequisites=(), **fields) -> CoursePage:
    slug = slug or f"course-{next(_counter)}"
    values = {
        "title_en": f"Course {slug}",
        "title_zh_hant": f"課程 {slug}",
        "summary_en": "A course.",
        "summary_zh_hant": "一個課程。",
        "level": "foundation",
        "estimated_hours": Decimal("2.0"),
        "delivery_languages": ["en"],
        "professions": ["doctor"],
        **fields,
    }
    page = CoursePage(slug=slug, title=values["title_en"], **values)
    page.runs = runs if runs is not None else [CourseRun(kind="self_paced")]
    index.add_child(instance=page)
    page.prerequisites.set(prerequisites)
    return publish(page)


def dated_run(capacity=None, *, opens_in_days=-1, closes_in_days=10) -> CourseRun:
    now = timezone.now()
    return CourseRun(
        kind="dated",
        starts_at=now + datetime.timedelta(days=14),
        ends_at=now + datetime.timedelta(days=60),
        enrolment_opens_at=now + datetime.timedelta(days=opens_in_days),
        enrolment_closes_at=now + datetime.timedelta(days=closes_in_days),
        capacity=capacity,
    )


def module(course_page, slug=None) -> ModulePage:
    slug = slug or f"module-{next(_counter)}"
    page = ModulePage(slug=slug, title=slug, title_en=slug, title_zh_hant=f"單元 {slug}")
    course_page.add_child(instance=page)
    return publish(page)


def lesson(
    module_page, slug=None, *, kind="reading", required=True, quiz=None, **fields
) -> LessonPage:
    slug = slug or f"lesson-{next(_counter)}"
    page = LessonPage(
        slug=slug,
        title=slug,
        title_en=slug,
        title_zh_hant=f"課 {slug}",
        kind=kind,
        required=required,
        quiz=quiz,
        video_url="https://www.youtube.com/watch?v=abc" if kind == "video" else "",
        **fields,
    )
    module_page.add_child(instance=page)
    return publish(page)


def question(course_page, kind="single", **fields) -> Question:
    values = {"prompt_en": f"A {kind} question?", "prompt_zh_hant": "一條問題？", **fields}
    if kind == "true_false":
        values.setdefault("answer_true", True)
    if kind == "numeric":
        values.setdefault("numeric_value", Decimal("3.1"))
        values.setdefault("numeric_tolerance", Decimal("0.1"))
    item = Question(course=course_page, kind=kind, prompt=values["prompt_en"], **values)
    if kind in ("single", "multiple", "ordering"):
        item.options = [
            QuestionOption(text="First", text_en="First", text_zh_hant="一", correct=True),
            QuestionOption(
                text="Second", text_en="Second", text_zh_hant="二", correct=kind == "multiple"
            ),
            QuestionOption(text="Third", text_en="Third", text_zh_hant="三", correct=False),
        ]
    item.save()
    return item


def quiz(course_page, questions, **fields) -> Quiz:
    values = {"title_en": "Check your understanding", "title_zh_hant": "測驗", **fields}
    item = Quiz(course=course_page, title=values["title_en"], **values)
    item.quiz_questions = [QuizQuestion(question=q) for q in questions]
    item.save()
    return item
