"""Course reports for staff: enrolments, completion, time to complete, scores, and item
analysis per quiz question, from the learners' records."""

from __future__ import annotations

import csv
import io
import statistics
from dataclasses import dataclass
from decimal import Decimal

from django.db.models import Count, Max

from courses import item_analysis
from courses.models import CourseCompletion, CoursePage, Enrolment, EnrolmentStatus, QuizAttempt


@dataclass(frozen=True)
class QuizReport:
    quiz_title: str
    attempts: int
    average_best: Decimal | None
    pass_rate: float | None
    items: list[item_analysis.ItemStatistics]
    prompts: dict[str, str]

    @property
    def rows(self) -> list[tuple[item_analysis.ItemStatistics, str]]:
        return [(item, self.prompts.get(item.question_id, "")) for item in self.items]


@dataclass(frozen=True)
class CourseReport:
    course: CoursePage
    by_status: dict[str, int]
    enrolled: int
    completed: int
    completion_rate: float | None
    median_days_to_complete: float | None
    quizzes: list[QuizReport]


def course_report(course: CoursePage) -> CourseReport:
    by_status = dict(
        Enrolment.objects.filter(course=course)
        .values_list("status")
        .annotate(n=Count("pk"))
        .values_list("status", "n")
    )
    started = by_status.get(EnrolmentStatus.ACTIVE, 0)
    completions = list(CourseCompletion.objects.filter(course=course).select_related("enrolment"))
    days = [
        (c.completed_at - c.enrolment.activated_at).total_seconds() / 86400
        for c in completions
        if c.enrolment.activated_at
    ]
    return CourseReport(
        course=course,
        by_status=by_status,
        enrolled=started,
        completed=len(completions),
        completion_rate=len(completions) / started if started else None,
        median_days_to_complete=statistics.median(days) if days else None,
        quizzes=[_quiz_report(quiz) for quiz in course.quizzes.order_by("pk")],
    )


def _quiz_report(quiz) -> QuizReport:
    submitted = QuizAttempt.objects.filter(quiz=quiz, submitted_at__isnull=False)
    best = list(submitted.values("user_id").annotate(best=Max("percent")).values_list("best"))
    marks = []
    # Snapshots hold the whole quiz as asked and dwarf the results: read results for every
    # attempt, and snapshots only from the first attempt that asked each question.
    asked_first: dict[str, int] = {}
    for attempt_id, results in submitted.values_list("pk", "results").iterator():
        for row in results or []:
            asked_first.setdefault(row["id"], attempt_id)
        marks.append(
            {
                row["id"]: item_analysis.Mark(
                    row["correct"], float(row["awarded"]), float(row["possible"])
                )
                for row in results or []
            }
        )
    prompts: dict[str, str] = {}
    sources = submitted.filter(pk__in=set(asked_first.values())).order_by("pk")
    for snapshot in sources.values_list("snapshot", flat=True):
        for question in snapshot:
            prompts.setdefault(question["id"], (question["prompt"] or {}).get("en", ""))
    passed = sum(1 for (value,) in best if value is not None and value >= quiz.pass_mark)
    return QuizReport(
        quiz_title=quiz.title,
        attempts=len(marks),
        average_best=(
            (sum(value for (value,) in best) / len(best)).quantize(Decimal("0.01"))
            if best
            else None
        ),
        pass_rate=passed / len(best) if best else None,
        items=item_analysis.analyse(marks),
        prompts=prompts,
    )


def _figure(value) -> str:
    return "" if value is None else f"{value:.3f}" if isinstance(value, float) else str(value)


def report_csv(report: CourseReport) -> str:
    """One row per quiz question with its item statistics, after the course's totals."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["course", _safe_cell(report.course.title)])
    writer.writerow(["enrolled", report.enrolled])
    writer.writerow(["completed", report.completed])
    writer.writerow(["completion_rate", _figure(report.completion_rate)])
    writer.writerow(["median_days_to_complete", _figure(report.median_days_to_complete)])
    writer.writerow([])
    writer.writerow(
        ["quiz", "question", "prompt", "shown", "difficulty", "discrimination", "point_biserial"]
    )
    for quiz in report.quizzes:
        for item in quiz.items:
            writer.writerow(
                [
                    _safe_cell(quiz.quiz_title),
                    item.question_id,
                    _safe_cell(quiz.prompts.get(item.question_id, "")),
                    item.n,
                    _figure(item.difficulty),
                    _figure(item.discrimination),
                    _figure(item.point_biserial),
                ]
            )
    return out.getvalue()


def _safe_cell(text: str) -> str:
    # A cell starting with = + - @ runs as a formula in spreadsheet programs.
    return "'" + text if text[:1] in ("=", "+", "-", "@") else text
