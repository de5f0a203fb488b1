"""What the courses app holds about a learner (see accounts.personal_data)."""

from courses.models import CourseCompletion, Enrolment, LessonProgress, QuizAttempt


def export(user) -> list[dict]:
    enrolments = Enrolment.objects.filter(user=user).select_related("course", "run")
    progress = LessonProgress.objects.filter(enrolment__user=user).select_related("lesson")
    attempts = QuizAttempt.objects.filter(user=user).select_related("quiz")
    completions = CourseCompletion.objects.filter(user=user).select_related("course")
    return [
        *(
            {
                "kind": "enrolment",
                "course": e.course.title,
                "status": e.status,
                "requested_at": e.requested_at,
                "activated_at": e.activated_at,
            }
            for e in enrolments
        ),
        *(
            {"kind": "lesson_done", "lesson": p.lesson.title, "at": p.completed_at, "how": p.how}
            for p in progress
        ),
        *(
            {
                "kind": "quiz_attempt",
                "quiz": a.quiz.title,
                "number": a.number,
                "submitted_at": a.submitted_at,
                "answers": a.answers,
                "percent": a.percent,
                "passed": a.passed,
            }
            for a in attempts
        ),
        *(
            {"kind": "completion", "course": c.course.title, "at": c.completed_at, "score": c.score}
            for c in completions
        ),
    ]
