"""The weekly digest: to each supervisor, the entries waiting for their sign-off and the
evaluations due from them; to each coordinator, their students at risk. One email per person
per ISO week, recorded, so running it twice (or a retried task) sends nothing more."""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from cpd.internships import services
from cpd.internships.models import (
    Coordinator,
    DigestSent,
    EvaluationKind,
    Placement,
    PlacementStatus,
    Stage,
)
from cpd.services import hong_kong_date


def send_weekly_digests(today: date | None = None) -> int:
    today = today or hong_kong_date(timezone.now())
    year, week, _day = today.isocalendar()
    placements = list(
        Placement.objects.filter(status=PlacementStatus.ACTIVE)
        .select_related("cohort__programme", "student", "supervisor")
        .prefetch_related("cohort__programme__areas")
    )
    progress = services.progress_for(placements)
    for_supervisors: dict[int, list[str]] = defaultdict(list)
    at_risk_by_university: dict[int, list[Placement]] = defaultdict(list)
    for placement in placements:
        item = progress[placement.pk]
        if placement.supervisor_id:
            lines = _supervisor_lines(placement, item, today)
            for_supervisors[placement.supervisor_id] += lines
        if item.at_risk(today):
            at_risk_by_university[placement.cohort.university_id].append(placement)
    sent = 0
    users = get_user_model().objects.in_bulk(
        set(for_supervisors)
        | set(
            Coordinator.objects.filter(university_id__in=at_risk_by_university).values_list(
                "user_id", flat=True
            )
        )
    )
    for user_id, lines in for_supervisors.items():
        if lines:
            sent += _send(users[user_id], "supervisor", year, week, lines)
    coordinator_lines: dict[int, list[str]] = defaultdict(list)
    for coordinator in Coordinator.objects.filter(university_id__in=at_risk_by_university):
        for placement in at_risk_by_university[coordinator.university_id]:
            coordinator_lines[coordinator.user_id].append(_risk_line(placement, progress, today))
    for user_id, lines in coordinator_lines.items():
        sent += _send(users[user_id], "coordinator", year, week, lines)
    return sent


def _supervisor_lines(placement, item, today) -> list[str]:
    name = placement.student.get_full_name() or placement.student.email
    lines = []
    if item.pending_entries:
        lines.append(
            _("%(name)s: %(count)s logbook entries to sign off")
            % {"name": name, "count": item.pending_entries}
        )
    for stage, due in services.due_dates(placement).items():
        if (
            stage,
            EvaluationKind.SUPERVISOR,
        ) not in item.evaluations and due <= today + timezone.timedelta(days=7):
            lines.append(
                _("%(name)s: %(stage)s evaluation due %(day)s")
                % {"name": name, "stage": Stage(stage).label, "day": due.isoformat()}
            )
    return lines


def _risk_line(placement, progress, today) -> str:
    item = progress[placement.pk]
    return _(
        "%(name)s (%(number)s): %(hours)s of %(expected)s hours expected by now%(overdue)s"
    ) % {
        "name": placement.student.get_full_name() or placement.student.email,
        "number": placement.student_number,
        "hours": item.hours,
        "expected": item.expected_hours(today),
        "overdue": _("; an evaluation is overdue") if item.overdue(today) else "",
    }


def _send(user, role: str, year: int, week: int, lines: list[str]) -> int:
    try:
        with transaction.atomic():
            DigestSent.objects.create(
                user=user, role=role, year=year, week=week, sent_at=timezone.now()
            )
            with translation.override(getattr(user, "preferred_language", "") or "en"):
                subject = (
                    _("Internships: what is waiting for you this week")
                    if role == "supervisor"
                    else _("Internships: students who need attention this week")
                )
                body = "\n".join(["- " + line for line in lines])
                body += "\n\n" + settings.SITE_URL + "/"
            send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, [user.email])
    except IntegrityError:  # already sent this week
        return 0
    return 1
