"""Attendance at CPD events and the points it earns.

People check in during a session (from 30 minutes before it starts until it ends), signed in,
by its QR code or its short code; organisers can instead upload an attendance list. Each
attended session is awarded under each of the learner's schemes, by the scheme's rule for
events applied to all the sessions of that event the learner attended (so the half-day, day
and event caps hold), minus what the event's earlier sessions already earned."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import timedelta
from decimal import Decimal

from django.contrib.auth import get_user_model
from django.db import IntegrityError, transaction
from django.db.models import Sum
from django.utils import timezone
from django.utils.translation import gettext as _

from cpd import services
from cpd.models import ActivityType, Attendance, CPDSession, LedgerEntry, Membership, SourceKind

EARLY = timedelta(minutes=30)
MAX_LIST_ROWS = 2000


def check_in(user, session: CPDSession, how: str, *, now=None) -> Attendance:
    now = now or timezone.now()
    if not session.starts_at - EARLY <= now <= session.ends_at:
        raise services.CPDError(
            _(
                "Check-in for “%(session)s” opens 30 minutes before it starts and closes "
                "when it ends."
            )
            % {"session": session.title}
        )
    return _attend(user, session, how, now)


def check_in_by_code(user, code: str, *, now=None) -> Attendance:
    session = CPDSession.objects.select_related("event").filter(code=code.strip().upper()).first()
    if session is None:
        raise services.CPDError(_("No session has that code."))
    return check_in(user, session, Attendance.How.CODE, now=now)


def _attend(user, session: CPDSession, how: str, now) -> Attendance:
    with transaction.atomic():
        try:
            with transaction.atomic():
                attendance = Attendance.objects.create(
                    session=session, user=user, checked_in_at=now, how=how
                )
        except IntegrityError:
            return Attendance.objects.get(session=session, user=user)
        if not session.event.requires_evaluation:
            award_session(attendance)
    return attendance


def evaluate(attendance: Attendance, *, rating: int, comment: str = "", now=None) -> Attendance:
    """The learner's short evaluation of a session; where the event asks for one, attending
    earns points only now."""
    if rating not in range(1, 6):
        raise services.CPDError(_("Rate the session from 1 to 5."))
    with transaction.atomic():
        attendance = (
            Attendance.objects.select_for_update()
            .select_related("session__event", "user")
            .get(pk=attendance.pk)
        )
        if attendance.evaluated_at is not None:
            raise services.CPDError(_("You have already evaluated this session."))
        attendance.rating = rating
        attendance.comment = comment.strip()[:2000]
        attendance.evaluated_at = now or timezone.now()
        attendance.save(update_fields=["rating", "comment", "evaluated_at"])
        if attendance.session.event.requires_evaluation:
            award_session(attendance)
    return attendance


def award_session(attendance: Attendance) -> list[LedgerEntry]:
    """Points for this session under each of the learner's schemes that count events."""
    session, user = attendance.session, attendance.user
    counted = Attendance.objects.filter(session__event_id=session.event_id, user=user)
    if session.event.requires_evaluation:
        counted = counted.filter(evaluated_at__isnull=False)
    attended = list(
        CPDSession.objects.filter(attendances__in=counted).distinct().order_by("starts_at")
    )
    entries = []
    for membership in Membership.objects.filter(user=user).select_related("scheme"):
        scheme = membership.scheme
        rule = services.rule_for(scheme, ActivityType.EVENT)
        if rule is None or rule.points_per_hour is None:
            continue
        total = services.points_for_sessions(
            rule, [services.Session(s.starts_at, s.ends_at) for s in attended]
        )
        earlier = LedgerEntry.objects.filter(
            user=user,
            scheme=scheme,
            source_kind=SourceKind.EVENT,
            source_ref__startswith=f"event:{session.event_id}:",
        ).aggregate(total=Sum("points"))["total"] or Decimal(0)
        points = total - earlier
        if points <= 0:
            continue  # the event's cap is reached
        entries.append(
            services.award(
                user,
                scheme=scheme,
                category_code=rule.category_code,
                points=points,
                activity_date=services.hong_kong_date(session.starts_at),
                source_kind=SourceKind.EVENT,
                source_ref=f"event:{session.event_id}:session:{session.pk}",
                title=f"{session.event.title}: {session.title}",
                awarded_by_label="attendance",
            )
        )
    return entries


@dataclass(frozen=True)
class RowProblem:
    line: int
    message: str


class ListRejected(Exception):
    def __init__(self, problems: list[RowProblem]) -> None:
        super().__init__(problems)
        self.problems = problems


def import_list(session: CPDSession, data: bytes, *, now=None) -> int:
    """An attendance list: a CSV with an `email` column, one learner per row. Every row must be
    a known learner, or nothing is recorded; each problem is named with its line. Returns how
    many attendances are new."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ListRejected([RowProblem(0, _("The file is not UTF-8 text."))]) from None
    if "\x00" in text:  # binary data; no database keeps NUL in text either
        raise ListRejected([RowProblem(0, _("The file is not UTF-8 text."))])
    try:
        return _import_rows(session, csv.DictReader(io.StringIO(text)), now)
    except csv.Error:  # an unclosed quote, a field past the csv module's limit
        raise ListRejected(
            [RowProblem(0, _("The file could not be read as CSV: check its quotes and lines."))]
        ) from None


def _import_rows(session: CPDSession, reader: csv.DictReader, now) -> int:
    fields = [f.strip().lower() for f in (reader.fieldnames or [])]
    if "email" not in fields:
        raise ListRejected([RowProblem(1, _("The first line must name an “email” column."))])
    reader.fieldnames = fields
    users = get_user_model().objects
    problems, found, seen = [], [], set()
    for row in reader:
        line = reader.line_num  # the file's own line number (blank lines are skipped)
        if len(seen) + len(problems) >= MAX_LIST_ROWS:
            problems.append(RowProblem(line, _("The list has more than 2,000 rows.")))
            break
        email = (row.get("email") or "").strip().lower()
        if not email:
            problems.append(RowProblem(line, _("The email is empty.")))
            continue
        if email in seen:
            problems.append(RowProblem(line, _("%(email)s is listed twice.") % {"email": email}))
            continue
        seen.add(email)
        user = users.filter(email__iexact=email, is_active=True).first()
        if user is None:
            problems.append(
                RowProblem(line, _("No learner has the email %(email)s.") % {"email": email})
            )
            continue
        found.append(user)
    if problems:
        raise ListRejected(problems)
    if not found:
        raise ListRejected([RowProblem(0, _("The list names nobody."))])
    now = now or timezone.now()
    before = Attendance.objects.filter(session=session).count()
    with transaction.atomic():
        for user in found:
            _attend(user, session, Attendance.How.LIST, now)
    return Attendance.objects.filter(session=session).count() - before
