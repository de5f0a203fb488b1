"""What internships hold about a student (see accounts.personal_data). Erasing keeps the
placements and approved hours (the university's and the supervisor's records depend on them)
under the anonymised account, but blanks the student number and the student's own words:
logbook reflections, self-evaluations and feedback."""

from cpd.internships.models import Evaluation, EvaluationKind, LogbookEntry, Placement


def export(user) -> list[dict]:
    placements = Placement.objects.filter(student=user).select_related("cohort__programme")
    return [
        *(
            {
                "kind": "placement",
                "programme": p.cohort.programme.code,
                "cohort": p.cohort.term,
                "student_number": p.student_number,
                "host_unit": p.host_unit,
                "start": p.start,
                "end": p.end,
                "status": p.status,
            }
            for p in placements
        ),
        *(
            {
                "kind": "logbook_entry",
                "day": e.day,
                "hours": e.hours,
                "area": e.area_code,
                "activity": e.activity,
                "reflection": e.reflection,
                "status": e.status,
                "comment": e.comment,
            }
            for e in LogbookEntry.objects.filter(placement__student=user)
        ),
        *(
            {
                "kind": "evaluation",
                "stage": e.stage,
                "type": e.kind,
                "ratings": e.ratings,
                "comments": e.comments,
            }
            for e in Evaluation.objects.filter(placement__student=user)
        ),
    ]


def erase(user) -> None:
    for placement in Placement.objects.filter(student=user):
        # unique within the cohort, so a placeholder of its own rather than an empty string
        Placement.objects.filter(pk=placement.pk).update(student_number=f"erased-{placement.pk}")
    LogbookEntry.objects.filter(placement__student=user).update(reflection="")
    Evaluation.objects.filter(
        placement__student=user, kind__in=[EvaluationKind.SELF, EvaluationKind.FEEDBACK]
    ).update(comments="")
