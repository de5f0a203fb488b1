"""Learner-facing views. Thin: each reads what the page needs or calls one service, then
redirects back with a message in the learner's language."""

from __future__ import annotations

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from courses import quiz_forms, scoring, services
from courses.models import (
    CoursePage,
    CourseRun,
    Enrolment,
    EnrolmentStatus,
    LessonKind,
    LessonPage,
    LessonProgress,
    QuizAttempt,
)


# -- course page -------------------------------------------------------------------------------
def course_context(course: CoursePage, user) -> dict:
    lessons = services.lessons_of(course)
    runs = list(course.runs.all())
    context = {
        "runs": runs,
        "cpd_values": list(course.cpd_values.all()),
        "prerequisites": list(course.prerequisites.live()),
        "lessons": lessons,
        "enrolment": None,
        "course_progress": None,
        "run_rows": [{"run": run, "blockers": [], "full": False} for run in runs],
        "completion": None,
    }
    if not user.is_authenticated:
        return context
    enrolment = Enrolment.objects.filter(user=user, course=course).select_related("run").first()
    context["enrolment"] = enrolment
    if enrolment is not None and enrolment.status == EnrolmentStatus.ACTIVE:
        context["course_progress"] = services.progress(enrolment)
    context["completion"] = course.completions.filter(user=user).first()
    context["run_rows"] = [
        {
            "run": run,
            "blockers": services.enrolment_blockers(user, course, run),
            "full": services.is_full(run),
        }
        for run in runs
    ]
    return context


@require_POST
@login_required
def enrol(request: HttpRequest, run_id: int) -> HttpResponse:
    run = get_object_or_404(CourseRun.objects.select_related("course"), pk=run_id)
    course = CoursePage.objects.live().get(pk=run.course_id)
    try:
        enrolment = services.enrol(request.user, course, run)
    except services.CourseError as refusal:
        messages.error(request, refusal.message)
    else:
        messages.success(request, _status_message(enrolment))
    return redirect(course.get_url(request))


def _status_message(enrolment: Enrolment) -> str:
    return {
        EnrolmentStatus.ACTIVE: _("You are enrolled. Start with the first lesson below."),
        EnrolmentStatus.WAITLISTED: _(
            "This run is full: you are on the waiting list and will be enrolled "
            "automatically when a place frees."
        ),
        EnrolmentStatus.REQUESTED: _(
            "Your request has been sent. You will be told when it has been approved."
        ),
    }.get(enrolment.status, enrolment.get_status_display())


@require_POST
@login_required
def withdraw(request: HttpRequest, course_id: int) -> HttpResponse:
    enrolment = get_object_or_404(Enrolment, user=request.user, course_id=course_id)
    services.withdraw(enrolment, by=request.user)
    messages.success(request, _("You have withdrawn from this course. Your progress is kept."))
    return redirect(enrolment.course.specific.get_url(request))


# -- lessons -----------------------------------------------------------------------------------
def lesson_refusal(lesson: LessonPage, request: HttpRequest) -> HttpResponse | None:
    """Where to send a reader who may not open this lesson yet, with the reason."""
    if getattr(request, "is_preview", False):
        return None
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    course = services.lesson_course(lesson)
    enrolment = Enrolment.objects.filter(user=request.user, course=course).first()
    try:
        if enrolment is None:
            raise services.CourseError(_("Enrol on the course to open its lessons."))
        services.visit(enrolment, lesson)
    except services.CourseError as refusal:
        messages.error(request, refusal.message)
        return redirect(course.get_url(request))
    return None


def lesson_context(lesson: LessonPage, request: HttpRequest) -> dict:
    if getattr(request, "is_preview", False) or not request.user.is_authenticated:
        return {}
    course = services.lesson_course(lesson)
    enrolment = Enrolment.objects.get(user=request.user, course=course)
    context = {
        "course": course,
        "enrolment": enrolment,
        "done": LessonProgress.objects.filter(enrolment=enrolment, lesson=lesson).exists(),
        "course_progress": services.progress(enrolment),
    }
    if lesson.kind == LessonKind.QUIZ:
        context.update(_quiz_context(lesson, enrolment))
    if lesson.kind == LessonKind.ACTIVITY and lesson.h5p_content_id:
        context.update(_activity_context(lesson, enrolment, request))
    return context


def _activity_context(lesson: LessonPage, enrolment: Enrolment, request: HttpRequest) -> dict:
    from h5p import play

    attempts = list(lesson.h5p_attempts.filter(user=enrolment.user).order_by("number"))
    left = play.attempts_left(enrolment.user, lesson)
    context = {
        "activity_attempts": [a for a in attempts if a.finished_at is not None],
        "activity_left": left,
        "activity_used": sum(1 for a in attempts if a.finished_at is not None),
    }
    if left != 0 or any(a.finished_at is None for a in attempts):
        launch = play.launch(
            request.user,
            lesson,
            session_key=request.session.session_key,
            language=get_language(),
            page_origin=f"{request.scheme}://{request.get_host()}",
        )
        context["player_src"] = play.player_src(launch)
        context["player_origin"] = settings.H5P_ORIGIN
    return context


def _quiz_context(lesson: LessonPage, enrolment: Enrolment) -> dict:
    quiz = lesson.quiz
    attempts = list(QuizAttempt.objects.filter(user=enrolment.user, quiz=quiz).order_by("number"))
    open_attempt = next((a for a in attempts if a.submitted_at is None), None)
    last = next((a for a in reversed(attempts) if a.submitted_at is not None), None)
    language = quiz_forms.language_field()
    context = {
        "quiz": quiz,
        "attempts": attempts,
        "open_attempt": open_attempt,
        "allowance": services.attempt_allowance(enrolment, quiz),
        "questions": quiz_forms.questions_to_show(open_attempt.snapshot, language)
        if open_attempt
        else [],
        "last_attempt": last,
        "review": [],
    }
    if last is not None:
        result = scoring.score(last.snapshot, last.answers or {})
        context["review"] = scoring.review(
            last.snapshot, last.answers or {}, result, language, quiz.feedback_shown
        )
    return context


@require_POST
@login_required
def mark_done(request: HttpRequest, lesson_id: int) -> HttpResponse:
    lesson = get_object_or_404(LessonPage.objects.live(), pk=lesson_id)
    enrolment = get_object_or_404(
        Enrolment, user=request.user, course=services.lesson_course(lesson)
    )
    how = LessonProgress.How.WATCHED if lesson.kind == LessonKind.VIDEO else None
    try:
        services.mark_done(enrolment, lesson, how=how or LessonProgress.How.MARKED)
    except services.CourseError as refusal:
        messages.error(request, refusal.message)
        return redirect(lesson.get_url(request))
    return _after_progress(request, enrolment, lesson)


def _after_progress(request, enrolment: Enrolment, lesson: LessonPage) -> HttpResponse:
    if enrolment.course.completions.filter(user=request.user).exists():
        messages.success(request, _("You have completed this course."))
        return redirect(enrolment.course.specific.get_url(request))
    following = services.progress(enrolment).next_lesson
    return redirect((following or lesson).get_url(request))


@require_POST
@login_required
def start_attempt(request: HttpRequest, lesson_id: int) -> HttpResponse:
    lesson = get_object_or_404(LessonPage.objects.live(), pk=lesson_id)
    enrolment = get_object_or_404(
        Enrolment, user=request.user, course=services.lesson_course(lesson)
    )
    try:
        services.start_attempt(enrolment, lesson)
    except services.CourseError as refusal:
        messages.error(request, refusal.message)
    return redirect(lesson.get_url(request) + "#quiz")


@require_POST
@login_required
def submit_attempt(request: HttpRequest, attempt_id: int) -> HttpResponse:
    attempt = get_object_or_404(QuizAttempt, pk=attempt_id, user=request.user)
    lesson = attempt.lesson.specific if attempt.lesson else None
    answers = quiz_forms.answers_from_post(request.POST, attempt.snapshot)
    try:
        attempt = services.submit_attempt(attempt, answers, user=request.user)
    except scoring.InvalidSubmission as refusal:
        for problem in refusal.problems:
            messages.error(request, problem)
    except services.CourseError as refusal:
        messages.error(request, refusal.message)
    else:
        if attempt.passed:
            messages.success(
                request, _("You passed with %(percent)s%%.") % {"percent": attempt.percent}
            )
            if lesson is not None:
                return _after_progress(request, attempt.enrolment, lesson)
        else:
            messages.warning(
                request,
                _("You scored %(percent)s%%; the pass mark is %(mark)s%%.")
                % {"percent": attempt.percent, "mark": attempt.quiz.pass_mark},
            )
    target = lesson.get_url(request) if lesson else "/"
    return redirect(target + "#quiz")


# -- dashboard ---------------------------------------------------------------------------------
@login_required
def dashboard(request: HttpRequest) -> HttpResponse:
    enrolments = list(
        Enrolment.objects.filter(user=request.user)
        .exclude(status__in=[EnrolmentStatus.WITHDRAWN, EnrolmentStatus.DECLINED])
        .select_related("course", "run", "last_lesson")
        .order_by("-changed_at")
    )
    completed = {c.course_id: c for c in request.user.course_completions.all()}
    active = [e for e in enrolments if e.status == EnrolmentStatus.ACTIVE]
    states = services.progress_for(active)
    now = timezone.now()
    rows = [
        {
            "enrolment": enrolment,
            "course": enrolment.course,
            "progress": states.get(enrolment.pk),
            "completion": completed.get(enrolment.course_id),
            "upcoming": enrolment.run.starts_at and enrolment.run.starts_at > now,
        }
        for enrolment in enrolments
    ]
    return render(
        request,
        "courses/dashboard.html",
        {
            "learning": [r for r in rows if not r["completion"]],
            "completed": [r for r in rows if r["completion"]],
        },
    )
