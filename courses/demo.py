"""The demo courses (`courses.demo_courses`) loaded into the demo site; idempotent: what exists
is left as it is."""

from decimal import Decimal

from django.contrib.auth import get_user_model
from django.db import transaction
from wagtail.models import Page
from wagtail.rich_text import RichText

from content.demo import _child
from content.models import HomePage, TopicPage
from courses import services
from courses.demo_courses import COURSES, DEMO_LEARNER
from courses.models import (
    CourseCPDValue,
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


def _pair(prefix: str, texts) -> dict:
    english, chinese = texts
    return {f"{prefix}_en": english, f"{prefix}_zh_hant": chinese}


@transaction.atomic
def load(home: HomePage) -> CourseIndexPage:
    index = _child(
        home,
        CourseIndexPage,
        "courses",
        show_in_menus=True,
        **_pair("title", ("Courses", "課程")),
        **_pair(
            "intro",
            (
                "Courses for healthcare professionals and students, with CPD points.",
                "為醫護專業人員及學生而設的課程，可獲持續專業發展學分。",
            ),
        ),
    )
    pages = {}
    for spec in COURSES:
        pages[spec["slug"]] = _course(index, spec)
    for spec in COURSES:
        course = pages[spec["slug"]]
        if not course.prerequisites.exists() and spec["prerequisites"]:
            course.prerequisites.set([pages[slug] for slug in spec["prerequisites"]])
            course.save_revision().publish()
    _demo_learner(pages)
    return index


def _course(index: CourseIndexPage, spec: dict) -> CoursePage:
    existing = CoursePage.objects.child_of(index).filter(slug=spec["slug"]).first()
    if existing is not None:
        return existing
    english, chinese = spec["outcomes"]
    course = CoursePage(
        slug=spec["slug"],
        title=spec["title"][0],
        **_pair("title", spec["title"]),
        **_pair("summary", spec["summary"]),
        **_pair("learning_outcomes", ("\n".join(english), "\n".join(chinese))),
        professions=spec["professions"],
        level=spec["level"],
        estimated_hours=Decimal(spec["hours"]),
        delivery_languages=spec["languages"],
        enrolment_mode=spec["mode"],
        topic=TopicPage.objects.filter(slug=spec["topic"]).first(),
    )
    course.runs = [CourseRun(kind="self_paced")]
    course.cpd_values = [
        CourseCPDValue(scheme=scheme, category="self-study", points=Decimal(points))
        for scheme, points in spec["cpd"]
    ]
    index.add_child(instance=course)
    course.save_revision().publish()
    for number, (title, lessons) in enumerate(spec["modules"], start=1):
        module = _child(course, ModulePage, f"module-{number}", **_pair("title", title))
        for lesson in lessons:
            _lesson(course, module, lesson)
    return course


def _lesson(course: CoursePage, module: Page, spec: dict) -> None:
    fields = {"kind": spec["kind"], **_pair("title", spec["title"])}
    if spec["kind"] == "reading":
        for language, index in (("en", 0), ("zh_hant", 1)):
            paragraphs = [f"<p>{pair[index]}</p>" for pair in spec["paragraphs"]]
            fields[f"body_{language}"] = [("paragraph", RichText("".join(paragraphs)))]
    elif spec["kind"] == "video":
        fields.update(video_url=spec["url"], **_pair("transcript", spec["transcript"]))
    else:
        fields["quiz"] = _quiz(course, spec)
    _child(module, LessonPage, spec["slug"], **fields)


def _quiz(course: CoursePage, spec: dict) -> Quiz:
    questions = [_question(course, item) for item in spec["questions"]]
    quiz = Quiz(
        course=course,
        title=spec["title"][0],
        **_pair("title", spec["title"]),
        pass_mark=spec.get("pass_mark", 70),
        max_attempts=spec.get("max_attempts", 3),
        cooldown_minutes=spec.get("cooldown_minutes", 1),
    )
    quiz.quiz_questions = [QuizQuestion(question=q) for q in questions]
    quiz.save()
    return quiz


def _question(course: CoursePage, spec: dict) -> Question:
    question = Question(
        course=course,
        kind=spec["kind"],
        prompt=spec["prompt"][0],
        **_pair("prompt", spec["prompt"]),
        **_pair("explanation", spec["explanation"]),
        answer_true=spec.get("answer"),
        numeric_value=Decimal(spec["value"]) if "value" in spec else None,
        numeric_tolerance=Decimal(spec.get("tolerance", "0")),
    )
    question.options = [
        QuestionOption(text=en, text_en=en, text_zh_hant=zh, correct=bool(correct))
        for en, zh, correct in spec.get("options", [])
    ]
    question.save()
    return question


def _demo_learner(pages: dict[str, CoursePage]) -> None:
    learner = get_user_model().objects.filter(email=DEMO_LEARNER["email"]).first()
    if learner is None:
        return
    course = pages[DEMO_LEARNER["course"]]
    enrolment = services.enrol(learner, course, course.runs.get())
    for lesson in services.lessons_of(course):
        if lesson.slug in DEMO_LEARNER["done"]:
            services.mark_done(enrolment, lesson)
