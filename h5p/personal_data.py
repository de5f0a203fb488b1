"""What the H5P app holds about a learner (see accounts.personal_data)."""

from h5p.models import Attempt, Launch, SavedState, Statement


def export(user) -> list[dict]:
    attempts = Attempt.objects.filter(user=user).select_related("content")
    statements = Statement.objects.filter(attempt__user=user).order_by("received_at")
    return [
        *(
            {
                "kind": "activity_attempt",
                "activity": a.content.title,
                "number": a.number,
                "started_at": a.started_at,
                "finished_at": a.finished_at,
                "raw": a.raw,
                "max": a.max,
                "passed": a.passed,
                "scored_by": a.scored_by,
            }
            for a in attempts
        ),
        *(
            {"kind": "statement", "received_at": s.received_at, "document": s.document}
            for s in statements
        ),
        *(
            {"kind": "saved_state", "data_type": s.data_type, "data": s.data}
            for s in SavedState.objects.filter(user=user)
        ),
    ]


def erase(user) -> None:
    """Saved places in activities and open launches go; attempts stay for course records."""
    SavedState.objects.filter(user=user).delete()
    Launch.objects.filter(user=user).delete()
