"""What the CPD record holds about a learner (see accounts.personal_data). Erasing keeps the
ledger (anonymised with the account) and blanks registration numbers, professions and claim
evidence and transcript PDFs."""

from cpd.models import (
    Attendance,
    Claim,
    LearnerProfile,
    LedgerEntry,
    Membership,
    SelfStudyAttempt,
    TranscriptFile,
)


def export(user) -> list[dict]:
    profile = LearnerProfile.objects.filter(user=user).first()
    return [
        {"kind": "professions", "professions": profile.professions if profile else []},
        *(
            {
                "kind": "membership",
                "scheme": m.scheme.code,
                "registration_number": m.registration_number,
                "cycle_start_date": m.cycle_start_date,
                "reminders": m.reminders,
            }
            for m in Membership.objects.filter(user=user).select_related("scheme")
        ),
        *(
            {
                "kind": "ledger_entry",
                "id": e.pk,
                "scheme": e.scheme.code,
                "category": e.category_code,
                "points": e.points,
                "activity_date": e.activity_date,
                "title": e.title,
                "source": e.source_kind,
                "source_ref": e.source_ref,
                "recorded_at": e.recorded_at,
                "reason": e.reason,
                "fingerprint": e.digest,
            }
            for e in LedgerEntry.objects.filter(user=user).select_related("scheme").order_by("id")
        ),
        *(
            {
                "kind": "claim",
                "title": c.title,
                "provider": c.provider,
                "start_date": c.start_date,
                "end_date": c.end_date,
                "hours": c.hours,
                "status": c.status,
                "decision_reason": c.decision_reason,
            }
            for c in Claim.objects.filter(user=user)
        ),
        *(
            {"kind": "attendance", "session": str(a.session), "checked_in_at": a.checked_in_at}
            for a in Attendance.objects.filter(user=user).select_related("session__event")
        ),
        *(
            {
                "kind": "self_study_attempt",
                "article": str(a.self_study),
                "number": a.number,
                "started_at": a.started_at,
                "submitted_at": a.submitted_at,
                "percent": a.percent,
                "passed": a.passed,
                "answers": a.answers,
            }
            for a in SelfStudyAttempt.objects.filter(user=user).select_related(
                "self_study__article"
            )
        ),
    ]


def erase(user) -> None:
    for transcript in TranscriptFile.objects.filter(membership__user=user):
        if transcript.file:
            transcript.file.delete(save=False)
        transcript.delete()  # the PDFs print the learner's name
    LearnerProfile.objects.filter(user=user).delete()
    Membership.objects.filter(user=user).update(registration_number="", reminders=False)
    for claim in Claim.objects.filter(user=user).exclude(evidence=""):
        claim.evidence.delete(save=False)
        Claim.objects.filter(pk=claim.pk).update(evidence="")
