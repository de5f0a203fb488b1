"""Everything that changes a learner's record on a course: enrolment, progress, quiz attempts and
completion. Views, admin actions and tasks call these; nothing else writes those rows.

Completion is announced to subscribers (the CPD record, certificates) without this app knowing
them: they register with `subscribe_to_completions`. A completion row is written once (the
database refuses a second); announcing it runs each subscriber inside the transaction that stamps
`announced_at`, so a subscriber's own writes and the stamp commit together, exactly once.
"""

from __future__ import annotations

import logging
import random
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal

from django.db import IntegrityError, transaction
from django.db.models import Max, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from academy.tasks import enqueue
from courses import scoring
from courses.models import (
    HOLDS_A_PLACE,
    CourseCompletion,
    CoursePage,
    CourseRun,
    Enrolment,
    EnrolmentMode,
    EnrolmentStatus,
    LessonKind,
    LessonPage,
    LessonProgress,
    Quiz,
    QuizAttempt,
    RunKind,
)

TEXT_LANGUAGES = ("en", "zh_hant", "zh_hans")
# Seconds a submission may arrive after its deadline (the network, a slow phone) and still count.
logger = logging.getLogger(__name__)

SUBMIT_GRACE_SECONDS = 30


class CourseError(Exception):
    """A refusal with a message for the learner or staff member (translated)."""

    def __init__(self, message) -> None:
        super().__init__(str(message))
        self.message = message


# -- enrolment ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class Blocker:
    code: str
    message: str
    courses: tuple[CoursePage, ...] = field(default=())


def enrolment_blockers(
    user, course: CoursePage, run: CourseRun, now: datetime | None = None
) -> list[Blocker]:
    """Why this learner cannot ask for a place on this run now (empty: they can). A full run is
    not a blocker: the learner joins the waiting list."""
    now = now or timezone.now()
    blockers = []
    if course.enrolment_mode == EnrolmentMode.COHORT:
        blockers.append(
            Blocker("cohort", _("This course is open by invitation or through a cohort only."))
        )
    missing = tuple(missing_prerequisites(user, course))
    if missing:
        blockers.append(
            Blocker(
                "prerequisite",
                _("Complete the prerequisite courses first."),
                courses=missing,
            )
        )
    if run.enrolment_opens_at and now < run.enrolment_opens_at:
        blockers.append(Blocker("not-open", _("Enrolment for this run has not opened yet.")))
    if run.enrolment_closes_at and now >= run.enrolment_closes_at:
        blockers.append(Blocker("closed", _("Enrolment for this run has closed.")))
    elif run.kind == RunKind.DATED and run.ends_at and now >= run.ends_at:
        blockers.append(Blocker("closed", _("This run has ended.")))
    return blockers


def missing_prerequisites(user, course: CoursePage) -> list[CoursePage]:
    done = set(CourseCompletion.objects.filter(user=user).values_list("course_id", flat=True))
    return [c for c in course.prerequisites.all() if c.pk not in done]


def places_taken(run: CourseRun) -> int:
    return run.enrolments.filter(status__in=HOLDS_A_PLACE).count()


def is_full(run: CourseRun) -> bool:
    return run.capacity is not None and places_taken(run) >= run.capacity


@transaction.atomic
def enrol(user, course: CoursePage, run: CourseRun, *, by=None, now=None) -> Enrolment:
    """Ask for a place. Open courses enrol at once (or onto the waiting list when full); courses
    by approval record a request. Staff (`by` someone other than the learner) may enrol anyone
    into any course and run, past the mode, window and prerequisites, but not past capacity."""
    now = now or timezone.now()
    if run.course_id != course.pk:
        raise CourseError(_("That run belongs to another course."))
    run = CourseRun.objects.select_for_update().get(pk=run.pk)  # one place decision at a time
    by_staff = by is not None and by != user
    if not by_staff:
        blockers = enrolment_blockers(user, course, run, now)
        if blockers:
            raise CourseError(blockers[0].message)
    enrolment = Enrolment.objects.select_for_update().filter(user=user, course=course).first()
    if enrolment is not None and enrolment.status not in (
        EnrolmentStatus.WITHDRAWN,
        EnrolmentStatus.DECLINED,
    ):
        return enrolment  # already enrolled, waiting or asked: nothing to do
    if course.enrolment_mode == EnrolmentMode.APPROVAL and not by_staff:
        status = EnrolmentStatus.REQUESTED
    else:
        status = EnrolmentStatus.WAITLISTED if is_full(run) else EnrolmentStatus.ACTIVE
    if enrolment is None:
        enrolment = Enrolment(user=user, course=course)
    enrolment.run = run
    enrolment.status = status
    enrolment.requested_at = now
    enrolment.activated_at = now if status == EnrolmentStatus.ACTIVE else None
    enrolment.changed_at = now
    enrolment.changed_by = by or user
    enrolment.save()
    return enrolment


@transaction.atomic
def approve(enrolment: Enrolment, *, by, now=None) -> Enrolment:
    now = now or timezone.now()
    run = CourseRun.objects.select_for_update().get(pk=enrolment.run_id)
    enrolment = Enrolment.objects.select_for_update().get(pk=enrolment.pk)
    if enrolment.status != EnrolmentStatus.REQUESTED:
        raise CourseError(_("Only a request awaiting approval can be approved."))
    enrolment.status = EnrolmentStatus.WAITLISTED if is_full(run) else EnrolmentStatus.ACTIVE
    enrolment.activated_at = now if enrolment.status == EnrolmentStatus.ACTIVE else None
    _changed(enrolment, by, now)
    return enrolment


@transaction.atomic
def decline(enrolment: Enrolment, *, by, now=None) -> Enrolment:
    enrolment = Enrolment.objects.select_for_update().get(pk=enrolment.pk)
    if enrolment.status != EnrolmentStatus.REQUESTED:
        raise CourseError(_("Only a request awaiting approval can be declined."))
    enrolment.status = EnrolmentStatus.DECLINED
    _changed(enrolment, by, now or timezone.now())
    return enrolment


@transaction.atomic
def withdraw(enrolment: Enrolment, *, by, now=None) -> Enrolment:
    """Leave the course (or the waiting list). A freed place goes to the longest-waiting
    learner on the same run. Progress and attempts are kept."""
    now = now or timezone.now()
    CourseRun.objects.select_for_update().get(pk=enrolment.run_id)
    enrolment = Enrolment.objects.select_for_update().get(pk=enrolment.pk)
    if enrolment.status == EnrolmentStatus.WITHDRAWN:
        return enrolment
    held_place = enrolment.status in HOLDS_A_PLACE
    enrolment.status = EnrolmentStatus.WITHDRAWN
    _changed(enrolment, by, now)
    if held_place:
        promote_waiting(enrolment.run, now=now)
    return enrolment


def promote_waiting(run: CourseRun, *, now=None) -> list[Enrolment]:
    """Fill free places from the waiting list, first come first served. Call with the run
    locked (inside `withdraw`, or after raising the capacity)."""
    now = now or timezone.now()
    promoted = []
    while not is_full(run):
        waiting = (
            run.enrolments.select_for_update()
            .filter(status=EnrolmentStatus.WAITLISTED)
            .order_by("requested_at", "pk")
            .first()
        )
        if waiting is None:
            break
        waiting.status = EnrolmentStatus.ACTIVE
        waiting.activated_at = now
        _changed(waiting, None, now)
        promoted.append(waiting)
    return promoted


@dataclass(frozen=True)
class BulkResult:
    enrolled: tuple[Enrolment, ...]
    waitlisted: tuple[Enrolment, ...]
    already: tuple[Enrolment, ...]


@transaction.atomic
def bulk_enrol(users: Iterable, course: CoursePage, run: CourseRun, *, by) -> BulkResult:
    enrolled, waitlisted, already = [], [], []
    for user in users:
        before = Enrolment.objects.filter(user=user, course=course).first()
        if before is not None and before.status in (
            EnrolmentStatus.ACTIVE,
            EnrolmentStatus.WAITLISTED,
        ):
            already.append(before)
            continue
        enrolment = enrol(user, course, run, by=by)
        (enrolled if enrolment.status == EnrolmentStatus.ACTIVE else waitlisted).append(enrolment)
    return BulkResult(tuple(enrolled), tuple(waitlisted), tuple(already))


def _changed(enrolment: Enrolment, by, now) -> None:
    enrolment.changed_at = now
    enrolment.changed_by = by
    enrolment.save()


# -- structure and progress --------------------------------------------------------------------
def lessons_of(course: CoursePage) -> list[LessonPage]:
    """The course's live lessons in course order (module order, then lesson order)."""
    return list(LessonPage.objects.live().descendant_of(course).order_by("path"))


def lesson_course(lesson: LessonPage) -> CoursePage:
    return CoursePage.objects.ancestor_of(lesson).get()


def completed_lesson_ids(enrolment: Enrolment) -> set[int]:
    return set(enrolment.progress.values_list("lesson_id", flat=True))


def locked_lesson_ids(course: CoursePage, lessons: list[LessonPage], done: set[int]) -> set[int]:
    """In a sequential course a lesson opens once every required lesson before it is done."""
    if not course.sequential:
        return set()
    locked, blocked = set(), False
    for lesson in lessons:
        if blocked:
            locked.add(lesson.pk)
        if lesson.required and lesson.pk not in done:
            blocked = True
    return locked


def _require_active(enrolment: Enrolment) -> None:
    # Read from the database: the caller's copy may predate a withdrawal or an approval.
    if not Enrolment.objects.filter(pk=enrolment.pk, status=EnrolmentStatus.ACTIVE).exists():
        raise CourseError(_("You are not enrolled on this course."))


def _require_open(enrolment: Enrolment, lesson: LessonPage) -> list[LessonPage]:
    lessons = lessons_of(enrolment.course)
    if lesson.pk not in {item.pk for item in lessons}:
        raise CourseError(_("That lesson is not part of this course."))
    locked = locked_lesson_ids(enrolment.course, lessons, completed_lesson_ids(enrolment))
    if lesson.pk in locked:
        raise CourseError(_("Finish the required lessons before this one first."))
    return lessons


def visit(enrolment: Enrolment, lesson: LessonPage) -> None:
    """Remember where the learner is, to resume there."""
    _require_active(enrolment)
    _require_open(enrolment, lesson)
    Enrolment.objects.filter(pk=enrolment.pk).update(last_lesson=lesson)
    enrolment.last_lesson = lesson


@transaction.atomic
def mark_done(
    enrolment: Enrolment, lesson: LessonPage, *, how: str = LessonProgress.How.MARKED, now=None
) -> LessonProgress:
    """A reading marked done or a video watched. A quiz lesson is done only by passing it."""
    _require_active(enrolment)
    _require_open(enrolment, lesson)
    if lesson.kind == LessonKind.QUIZ and how != LessonProgress.How.PASSED:
        raise CourseError(_("A quiz is done when you pass it."))
    if lesson.kind == LessonKind.ACTIVITY and how != LessonProgress.How.ACTIVITY:
        raise CourseError(_("An interactive activity is done when you pass it."))
    return _record_progress(enrolment, lesson, how, now or timezone.now())


def record_activity_pass(
    user, lesson: LessonPage, *, browser_reported: bool, now=None
) -> LessonProgress | None:
    """An H5P attempt passed (h5p.play, inside its transaction). The lesson is done unless the
    score was only the browser's and the course does not count such results."""
    course = lesson_course(lesson)
    if browser_reported and not course.count_browser_reported:
        return None
    enrolment = Enrolment.objects.filter(user=user, course=course).first()
    if enrolment is None:
        raise CourseError(_("You are not enrolled on this course."))
    return mark_done(enrolment, lesson, how=LessonProgress.How.ACTIVITY, now=now)


def _record_progress(enrolment, lesson, how, now) -> LessonProgress:
    progress, _created = LessonProgress.objects.get_or_create(
        enrolment=enrolment, lesson=lesson, defaults={"completed_at": now, "how": how}
    )
    check_completion(enrolment, now=now)
    return progress


@dataclass(frozen=True)
class ModuleProgress:
    module_id: int
    done: int
    total: int


@dataclass(frozen=True)
class CourseProgress:
    done: int
    total: int
    modules: tuple[ModuleProgress, ...]
    next_lesson: LessonPage | None
    locked: frozenset[int]
    completed_ids: frozenset[int]

    @property
    def percent(self) -> int:
        return round(100 * self.done / self.total) if self.total else 0


def progress(enrolment: Enrolment) -> CourseProgress:
    """Required lessons done per module and overall, and where to go next: the lesson the
    learner last opened if it is not done, else the first open lesson not done."""
    return progress_for([enrolment])[enrolment.pk]


def progress_for(enrolments: list[Enrolment]) -> dict[int, CourseProgress]:
    """`progress` for many enrolments in a fixed number of queries, however many enrolments,
    courses and lessons there are (the dashboard's case)."""
    if not enrolments:
        return {}
    courses = {e.course_id: e.course for e in enrolments}
    paths = Q()
    for course in courses.values():
        paths |= Q(path__startswith=course.path)
    # The bodies are not needed to count progress, and are most of what a lesson row holds.
    lessons = list(LessonPage.objects.live().filter(paths).defer_streamfields().order_by("path"))
    module_ids = dict(
        Page.objects.filter(
            path__in={item.path[: -LessonPage.steplen] for item in lessons}
        ).values_list("path", "pk")
    )
    done_by_enrolment: dict[int, set[int]] = {e.pk: set() for e in enrolments}
    for enrolment_id, lesson_id in LessonProgress.objects.filter(
        enrolment__in=[e.pk for e in enrolments]
    ).values_list("enrolment_id", "lesson_id"):
        done_by_enrolment[enrolment_id].add(lesson_id)
    return {
        e.pk: _progress(
            e,
            [item for item in lessons if item.path.startswith(courses[e.course_id].path)],
            done_by_enrolment[e.pk],
            module_ids,
        )
        for e in enrolments
    }


def _progress(enrolment, lessons, done, module_ids) -> CourseProgress:
    locked = locked_lesson_ids(enrolment.course, lessons, done)
    by_module: dict[str, list[LessonPage]] = {}
    for lesson in lessons:
        by_module.setdefault(lesson.path[: -LessonPage.steplen], []).append(lesson)
    modules = []
    for path, module_lessons in by_module.items():
        required = [item for item in module_lessons if item.required]
        modules.append(
            ModuleProgress(
                module_id=module_ids.get(path, 0),
                done=sum(item.pk in done for item in required),
                total=len(required),
            )
        )
    required = [item for item in lessons if item.required]
    by_id = {item.pk: item for item in lessons}
    resume = by_id.get(enrolment.last_lesson_id)
    if resume is None or resume.pk in done or resume.pk in locked:
        resume = next(
            (item for item in lessons if item.pk not in done and item.pk not in locked), None
        )
    return CourseProgress(
        done=sum(item.pk in done for item in required),
        total=len(required),
        modules=tuple(modules),
        next_lesson=resume,
        locked=frozenset(locked),
        completed_ids=frozenset(done),
    )


# -- quizzes -----------------------------------------------------------------------------------
def translated_texts(obj, name: str) -> dict[str, str]:
    """A translated field's text in each language, as quiz snapshots keep it."""
    return {code: getattr(obj, f"{name}_{code}") or "" for code in TEXT_LANGUAGES}


def quiz_questions(quiz: Quiz) -> list[dict]:
    """The quiz's questions as authored, in the shape `courses.scoring.build_snapshot` takes."""
    from django.utils import translation

    texts = translated_texts

    questions = []
    links = quiz.quiz_questions.select_related("question").prefetch_related("question__options")
    with translation.override("en"):
        for link in links:
            question = link.question
            questions.append(
                {
                    "id": f"q{question.pk}",
                    "kind": question.kind,
                    "points": question.points,
                    "pool": question.pool,
                    "prompt": texts(question, "prompt"),
                    "options": [
                        {"id": option.key, "text": texts(option, "text"), "correct": option.correct}
                        for option in question.options.all()
                    ],
                    "answer": question.answer_true,
                    "value": None
                    if question.numeric_value is None
                    else str(question.numeric_value),
                    "tolerance": str(question.numeric_tolerance),
                    "feedback": {
                        "correct": texts(question, "feedback_correct"),
                        "incorrect": texts(question, "feedback_incorrect"),
                    },
                    "explanation": texts(question, "explanation"),
                }
            )
    return questions


@dataclass(frozen=True)
class AttemptAllowance:
    allowed: bool
    message: str = ""
    next_at: datetime | None = None
    used: int = 0


def attempt_allowance(enrolment: Enrolment, quiz: Quiz, now=None) -> AttemptAllowance:
    now = now or timezone.now()
    submitted = QuizAttempt.objects.filter(
        user=enrolment.user, quiz=quiz, submitted_at__isnull=False
    )
    used = submitted.count()
    if submitted.filter(passed=True).exists():
        return AttemptAllowance(False, _("You have already passed this quiz."), used=used)
    if quiz.max_attempts is not None and used >= quiz.max_attempts:
        return AttemptAllowance(False, _("You have used all your attempts."), used=used)
    last = submitted.aggregate(last=Max("submitted_at"))["last"]
    if last and quiz.cooldown_minutes:
        next_at = last + timedelta(minutes=quiz.cooldown_minutes)
        if now < next_at:
            return AttemptAllowance(
                False, _("You can try again after a short break."), next_at=next_at, used=used
            )
    return AttemptAllowance(True, used=used)


@transaction.atomic
def start_attempt(
    enrolment: Enrolment, lesson: LessonPage, *, now=None, rng: random.Random | None = None
) -> QuizAttempt:
    """The learner's open attempt at the lesson's quiz, or a new one if allowed. The attempt
    keeps a snapshot of what it asks, so later edits to the quiz never change it."""
    now = now or timezone.now()
    _require_active(enrolment)
    _require_open(enrolment, lesson)
    if lesson.kind != LessonKind.QUIZ or lesson.quiz_id is None:
        raise CourseError(_("This lesson has no quiz."))
    quiz = Quiz.objects.get(pk=lesson.quiz_id)
    Enrolment.objects.select_for_update().get(pk=enrolment.pk)  # one start at a time per learner
    open_attempt = QuizAttempt.objects.filter(
        user=enrolment.user, quiz=quiz, submitted_at__isnull=True
    ).first()
    if open_attempt is not None:
        if not _expired(open_attempt, now):
            return open_attempt
        _close_expired(open_attempt)
    allowance = attempt_allowance(enrolment, quiz, now)
    if not allowance.allowed:
        raise CourseError(allowance.message)
    try:
        snapshot = scoring.build_snapshot(
            quiz_questions(quiz),
            rng=rng or random.SystemRandom(),
            shuffle_questions=quiz.shuffle_questions,
            shuffle_options=quiz.shuffle_options,
            draw=quiz.draw,
            pool_draws={d.pool: d.count for d in quiz.pool_draws.all()},
        )
    except scoring.QuizAuthoringError:
        # Questions saved before the admin form checked them, or edited in the shell. The
        # learner cannot fix it; the course team must, so it is logged as an error (mailed).
        logger.exception("Quiz %s (%s) cannot be taken", quiz.pk, quiz)
        raise CourseError(
            _(
                "This quiz cannot be started: one of its questions needs correcting. "
                "The course team has been told; please try again later."
            )
        ) from None
    number = (
        QuizAttempt.objects.filter(user=enrolment.user, quiz=quiz).aggregate(n=Max("number"))["n"]
        or 0
    ) + 1
    return QuizAttempt.objects.create(
        user=enrolment.user,
        quiz=quiz,
        enrolment=enrolment,
        lesson=lesson,
        number=number,
        snapshot=snapshot,
        started_at=now,
        deadline=now + timedelta(minutes=quiz.time_limit_minutes)
        if quiz.time_limit_minutes
        else None,
    )


def _expired(attempt: QuizAttempt, now) -> bool:
    return attempt.deadline is not None and now > attempt.deadline + timedelta(
        seconds=SUBMIT_GRACE_SECONDS
    )


def _close_expired(attempt: QuizAttempt) -> None:
    """An attempt whose time ran out counts as submitted with nothing answered."""
    result = scoring.score(attempt.snapshot, {})
    _store_score(attempt, {}, result, attempt.deadline)


def _store_score(attempt: QuizAttempt, answers: dict, result, submitted_at) -> None:
    attempt.answers = answers
    attempt.submitted_at = submitted_at
    attempt.score_awarded = result.awarded
    attempt.score_possible = result.possible
    attempt.percent = result.percent
    attempt.passed = result.passed(attempt.quiz.pass_mark)
    attempt.results = [
        {
            "id": item.question_id,
            "correct": item.correct,
            "answered": item.answered,
            "awarded": str(item.points_awarded),
            "possible": str(item.points_possible),
        }
        for item in result.results
    ]
    attempt.save()


class LateSubmission(CourseError):
    pass


def submit_attempt(attempt: QuizAttempt, answers, *, user, now=None) -> QuizAttempt:
    """Score an attempt on the server from its snapshot. Refuses (changing nothing) another
    learner's attempt, a second submission, and malformed or tampered answers; a submission
    after the time limit closes the attempt unanswered and is refused."""
    now = now or timezone.now()
    with transaction.atomic():
        attempt = QuizAttempt.objects.select_for_update().select_related("quiz").get(pk=attempt.pk)
        if attempt.user_id != user.pk:
            raise CourseError(_("This is not your attempt."))
        if attempt.submitted_at is not None:
            raise CourseError(_("This attempt has already been submitted."))
        late = _expired(attempt, now)
        if late:
            _close_expired(attempt)
        else:
            _score_submission(attempt, answers, now)
    if late:  # raised after the commit, so the closed attempt stays closed
        raise LateSubmission(_("Time ran out before this attempt was submitted."))
    return attempt


def _score_submission(attempt: QuizAttempt, answers, now) -> None:
    if not isinstance(answers, dict):
        raise scoring.InvalidSubmission([_("The answers could not be read.")])
    normalised = scoring.validate_answers(attempt.snapshot, answers)
    result = scoring.score(attempt.snapshot, normalised)
    _store_score(attempt, _jsonable(normalised), result, now)
    if attempt.passed and attempt.lesson_id is not None:
        enrolment = Enrolment.objects.get(pk=attempt.enrolment_id)
        lesson = LessonPage.objects.get(pk=attempt.lesson_id)
        _record_progress(enrolment, lesson, LessonProgress.How.PASSED, now)


def _jsonable(answers: dict) -> dict:
    return {
        key: str(value) if isinstance(value, Decimal) else value for key, value in answers.items()
    }


# -- completion ----------------------------------------------------------------------------------
CompletionSubscriber = Callable[[CourseCompletion], None]
_subscribers: list[CompletionSubscriber] = []


def subscribe_to_completions(subscriber: CompletionSubscriber) -> None:
    """Register a function called once for each course completion, inside the transaction that
    marks the completion announced (so its writes commit with that mark, or not at all).
    Call from an AppConfig.ready(); idempotent."""
    if subscriber not in _subscribers:
        _subscribers.append(subscriber)


def completion_score(enrolment: Enrolment, lessons: list[LessonPage]) -> Decimal | None:
    """The average of the learner's best percentage in each required quiz (None: no quiz)."""
    quiz_lessons = [item for item in lessons if item.required and item.kind == LessonKind.QUIZ]
    if not quiz_lessons:
        return None
    best = dict(
        QuizAttempt.objects.filter(
            user=enrolment.user,
            quiz_id__in=[item.quiz_id for item in quiz_lessons],
            submitted_at__isnull=False,
        )
        .values("quiz_id")
        .annotate(best=Max("percent"))
        .values_list("quiz_id", "best")
    )
    total = sum((best.get(item.quiz_id) or Decimal(0) for item in quiz_lessons), Decimal(0))
    return (total / len(quiz_lessons)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def check_completion(enrolment: Enrolment, *, now=None) -> CourseCompletion | None:
    """Record the completion if the course's rule is now met: every required lesson done
    (required quizzes passed) and, if set, the minimum overall score reached."""
    lessons = lessons_of(enrolment.course)
    done = completed_lesson_ids(enrolment)
    if any(item.required and item.pk not in done for item in lessons) or not lessons:
        return None
    score = completion_score(enrolment, lessons)
    minimum = enrolment.course.minimum_score
    if minimum is not None and (score is None or score < minimum):
        return None
    return _record_completion(enrolment, score, now or timezone.now())


def _record_completion(enrolment, score, now) -> CourseCompletion:
    try:
        with transaction.atomic():  # a savepoint: a concurrent twin's insert must not poison ours
            completion = CourseCompletion.objects.create(
                user=enrolment.user,
                course=enrolment.course,
                enrolment=enrolment,
                completed_at=now,
                score=score,
            )
    except IntegrityError:
        return CourseCompletion.objects.get(user=enrolment.user, course=enrolment.course)
    from courses.tasks import announce_completion

    enqueue(announce_completion, completion.pk)
    return completion


def announce(completion_id: int) -> bool:
    """Run every subscriber for this completion once. True if this call announced it."""
    with transaction.atomic():
        completion = (
            CourseCompletion.objects.select_for_update()
            .filter(pk=completion_id, announced_at__isnull=True)
            .first()
        )
        if completion is None:
            return False
        for subscriber in _subscribers:
            subscriber(completion)
        completion.announced_at = timezone.now()
        completion.save(update_fields=["announced_at"])
    return True


def announce_pending() -> int:
    """The safety net: announce completions whose announcement was lost (a broker outage,
    a killed worker)."""
    pending = CourseCompletion.objects.filter(announced_at__isnull=True).values_list(
        "pk", flat=True
    )
    return sum(announce(pk) for pk in list(pending))


__all__ = [
    "Blocker",
    "CourseError",
    "LateSubmission",
    "announce",
    "announce_pending",
    "approve",
    "attempt_allowance",
    "bulk_enrol",
    "check_completion",
    "decline",
    "enrol",
    "enrolment_blockers",
    "mark_done",
    "progress",
    "start_attempt",
    "submit_attempt",
    "subscribe_to_completions",
    "visit",
    "withdraw",
]
