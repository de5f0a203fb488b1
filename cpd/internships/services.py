"""Internship operations: the logbook and its sign-off (in the site or by a one-time emailed
link), competencies, evaluations, and completion, which happens once and then issues the
certificate and credits the supervisor's CPD where a scheme counts supervision."""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal

from django.conf import settings
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.db.models import Count, Sum
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from academy.tasks import enqueue
from cpd.internships import tasks
from cpd.internships.models import (
    RUBRIC,
    Cohort,
    Competency,
    CompetencySignOff,
    EntryStatus,
    Evaluation,
    EvaluationKind,
    LogbookEntry,
    Placement,
    PlacementStatus,
    SignOffLink,
    Stage,
    sign_off_token,
)
from cpd.services import CPDError, hong_kong_date

logger = logging.getLogger(__name__)
SIGN_OFF_LINK_DAYS = 14
GRACE_DAYS = 7  # no one is behind on hours in their first week


class InternshipError(CPDError):
    pass


def assign_supervisor(placement: Placement, supervisor, *, host_unit: str = "", by) -> None:
    from accounts import audit
    from accounts.models import AuditAction

    with transaction.atomic():
        Placement.objects.filter(pk=placement.pk).update(
            supervisor=supervisor, host_unit=host_unit.strip() or placement.host_unit
        )
        audit.record(
            AuditAction.SUPERVISOR_ASSIGNED,
            actor=by,
            subject=placement.student,
            obj=placement,
            before={"supervisor": placement.supervisor_id, "host_unit": placement.host_unit},
            after={
                "supervisor": supervisor.pk,
                "host_unit": host_unit.strip() or placement.host_unit,
            },
        )
    logger.info("placement %s: supervisor %s assigned by %s", placement.pk, supervisor.pk, by.pk)


# -- the logbook ---------------------------------------------------------------------------------
def _require_active(placement: Placement) -> None:
    if placement.status != PlacementStatus.ACTIVE:
        raise InternshipError(_("This placement is no longer in progress."))


def _check_entry(placement: Placement, day: date, area_code: str, today: date) -> None:
    if not placement.cohort.programme.areas.filter(code=area_code).exists():
        raise InternshipError(_("Choose one of the programme's areas."))
    if day < placement.start or day > placement.end:
        raise InternshipError(_("The date must fall within the placement."))
    if day > today:
        raise InternshipError(_("Hours cannot be logged for a day still to come."))


def log_hours(
    placement: Placement,
    *,
    by,
    day: date,
    hours: Decimal,
    area_code: str,
    activity: str,
    reflection: str = "",
    now: datetime | None = None,
) -> LogbookEntry:
    now = now or timezone.now()
    if placement.student_id != by.pk:
        raise InternshipError(_("Only the student keeps their logbook."))
    _require_active(placement)
    _check_entry(placement, day, area_code, hong_kong_date(now))
    entry = LogbookEntry.objects.create(
        placement=placement,
        day=day,
        hours=hours,
        area_code=area_code,
        activity=activity.strip(),
        reflection=reflection.strip(),
        submitted_at=now,
    )
    enqueue(tasks.email_sign_off_link, entry.pk)
    return entry


def amend_entry(entry: LogbookEntry, *, by, now: datetime | None = None, **fields) -> LogbookEntry:
    """A returned (or not yet signed-off) entry, changed and resubmitted. Signed-off entries are
    locked."""
    now = now or timezone.now()
    with transaction.atomic():
        entry = (
            LogbookEntry.objects.select_for_update().select_related("placement").get(pk=entry.pk)
        )
        if entry.placement.student_id != by.pk:
            raise InternshipError(_("Only the student keeps their logbook."))
        if entry.status == EntryStatus.APPROVED:
            raise InternshipError(_("A signed-off entry is locked."))
        _require_active(entry.placement)
        _check_entry(entry.placement, fields["day"], fields["area_code"], hong_kong_date(now))
        for name in ("day", "hours", "area_code", "activity", "reflection"):
            setattr(entry, name, fields[name])
        entry.status = EntryStatus.SUBMITTED
        entry.submitted_at = now
        entry.save()
    return entry


def review_entry(
    entry: LogbookEntry, *, by, approve: bool, comment: str = "", now: datetime | None = None
) -> LogbookEntry:
    comment = (comment or "").strip()
    if not approve and not comment:
        raise InternshipError(_("Say what should change when you return an entry."))
    with transaction.atomic():
        entry = (
            LogbookEntry.objects.select_for_update().select_related("placement").get(pk=entry.pk)
        )
        if entry.placement.supervisor_id != by.pk:
            raise InternshipError(_("Only the placement's supervisor signs off its logbook."))
        if entry.status != EntryStatus.SUBMITTED:
            raise InternshipError(_("This entry is not awaiting sign-off."))
        entry.status = EntryStatus.APPROVED if approve else EntryStatus.RETURNED
        entry.reviewed_by = by
        entry.reviewed_at = now or timezone.now()
        entry.comment = comment
        entry.save()
        if approve:
            check_completion(entry.placement)
    return entry


# -- one-time sign-off links ---------------------------------------------------------------------
def _hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def make_sign_off_link(entry: LogbookEntry, *, now: datetime | None = None) -> str | None:
    """A fresh one-time link for the entry's supervisor; returns the token (None if there is no
    supervisor)."""
    supervisor = entry.placement.supervisor
    if supervisor is None:
        return None
    token = sign_off_token()
    SignOffLink.objects.create(
        entry=entry,
        supervisor=supervisor,
        token_hash=_hash(token),
        expires_at=(now or timezone.now()) + timedelta(days=SIGN_OFF_LINK_DAYS),
    )
    return token


def link_for(token: str, *, now: datetime | None = None) -> SignOffLink:
    """The link a token opens, if still usable; otherwise InternshipError (one message for
    unknown, used and expired, so the page reveals nothing)."""
    link = (
        SignOffLink.objects.select_related("entry__placement__student", "supervisor")
        .filter(token_hash=_hash(token or ""))
        .first()
    )
    if link is None or link.used_at is not None or link.expires_at <= (now or timezone.now()):
        raise InternshipError(_("This sign-off link has expired or has already been used."))
    return link


def sign_off_by_link(
    token: str, *, approve: bool, comment: str = "", now: datetime | None = None
) -> LogbookEntry:
    now = now or timezone.now()
    with transaction.atomic():
        link = link_for(token, now=now)
        used = SignOffLink.objects.filter(pk=link.pk, used_at__isnull=True).update(used_at=now)
        if not used:  # used a moment ago by a parallel request
            raise InternshipError(_("This sign-off link has expired or has already been used."))
        return review_entry(
            link.entry, by=link.supervisor, approve=approve, comment=comment, now=now
        )


def email_sign_off_link(entry_id: int) -> bool:
    """Email the supervisor a one-time link to the new entry; True if sent now. The link is
    stored with the email sent: a failed send stores none, so the sweep tries again, and the
    entry stays locked meanwhile, so a sweep running beside the task sends no second one."""
    with transaction.atomic():
        entry = (
            LogbookEntry.objects.select_for_update(of=("self",))
            .select_related("placement__supervisor", "placement__student")
            .filter(pk=entry_id, status=EntryStatus.SUBMITTED)
            .first()
        )
        if entry is None or entry.placement.supervisor is None:
            return False
        if SignOffLink.objects.filter(entry=entry, used_at__isnull=True).exists():
            return False  # already sent (a retried task sends no second email)
        _email_sign_off_link(entry)
    return True


def email_pending_sign_off_links(older_than_seconds: int = 120, within_days: int = 2) -> int:
    """The safety net: entries submitted lately whose supervisor was never sent a link (a lost
    message, a killed worker, a mail server that refused). Older ones are left to the weekly
    digest, which lists every entry awaiting sign-off."""
    now = timezone.now()
    pending = LogbookEntry.objects.filter(
        status=EntryStatus.SUBMITTED,
        placement__supervisor__isnull=False,
        submitted_at__lt=now - timedelta(seconds=older_than_seconds),
        submitted_at__gte=now - timedelta(days=within_days),
        links__isnull=True,
    )
    return sum(email_sign_off_link(pk) for pk in list(pending.values_list("pk", flat=True)))


def _email_sign_off_link(entry: LogbookEntry) -> None:
    token = make_sign_off_link(entry)
    supervisor = entry.placement.supervisor
    language = getattr(supervisor, "preferred_language", "") or "en"
    with translation.override(language):
        url = settings.SITE_URL + reverse("internships:sign_off_link", args=[token])
        subject = _("Logbook entry to sign off: %(student)s") % {
            "student": entry.placement.student.get_full_name() or entry.placement.student.email
        }
        body = _(
            "%(student)s logged %(hours)s hours on %(day)s: %(activity)s\n\n"
            "Sign it off or return it with a comment (this link works once, for %(days)s days):\n"
            "%(url)s"
        ) % {
            "student": entry.placement.student.get_full_name() or entry.placement.student.email,
            "hours": entry.hours,
            "day": entry.day.isoformat(),
            "activity": entry.activity,
            "days": SIGN_OFF_LINK_DAYS,
            "url": url,
        }
    send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, [supervisor.email])


# -- competencies and evaluations ---------------------------------------------------------------
def sign_competency(
    placement: Placement,
    competency: Competency,
    *,
    by,
    achieved_on: date,
    entrustment: int | None = None,
    now: datetime | None = None,
) -> CompetencySignOff:
    if placement.supervisor_id != by.pk:
        raise InternshipError(_("Only the placement's supervisor signs off competencies."))
    _require_active(placement)
    if competency.programme_id != placement.cohort.programme_id:
        raise InternshipError(_("This competency is not part of the programme."))
    if entrustment is not None and not 1 <= entrustment <= 5:
        raise InternshipError(_("The entrustment level runs from 1 to 5."))
    try:
        with transaction.atomic():
            signed = CompetencySignOff.objects.create(
                placement=placement,
                competency=competency,
                achieved_on=achieved_on,
                entrustment=entrustment,
                signed_by=by,
                signed_at=now or timezone.now(),
            )
    except IntegrityError:
        raise InternshipError(_("This competency is already signed off.")) from None
    check_completion(placement)
    return signed


def rubric(programme) -> list[tuple[str, str]]:
    """(code, label) of each line the programme's evaluations rate: its own rubric, or the
    standard one."""
    own = [(c.code, c.label) for c in programme.criteria.all()]
    return own or [(code, str(label)) for code, label in RUBRIC.items()]


def who_evaluates(kind: str, placement: Placement) -> int | None:
    return placement.supervisor_id if kind == EvaluationKind.SUPERVISOR else placement.student_id


def evaluate(
    placement: Placement,
    *,
    by,
    stage: str,
    kind: str,
    ratings: dict[str, int],
    comments: str = "",
    now: datetime | None = None,
) -> Evaluation:
    if who_evaluates(kind, placement) != by.pk:
        raise InternshipError(_("This evaluation is not yours to write."))
    _require_active(placement)
    codes = {code for code, _label in rubric(placement.cohort.programme)}
    if kind != EvaluationKind.FEEDBACK and set(ratings) != codes:
        raise InternshipError(_("Rate every part of the rubric."))
    if any(not isinstance(v, int) or not 1 <= v <= 5 for v in ratings.values()):
        raise InternshipError(_("Ratings run from 1 to 5."))
    try:
        with transaction.atomic():
            evaluation = Evaluation.objects.create(
                placement=placement,
                stage=stage,
                kind=kind,
                ratings=ratings,
                comments=comments.strip(),
                submitted_by=by,
                submitted_at=now or timezone.now(),
            )
    except IntegrityError:
        raise InternshipError(_("This evaluation has already been submitted.")) from None
    check_completion(placement)
    return evaluation


def due_dates(placement: Placement) -> dict[str, date]:
    programme = placement.cohort.programme
    return {
        Stage.MIDPOINT: placement.start + timedelta(days=programme.midpoint_due_days),
        Stage.FINAL: placement.end + timedelta(days=programme.final_due_days),
    }


# -- progress and completion ---------------------------------------------------------------------
@dataclass
class PlacementProgress:
    placement: Placement
    hours: Decimal = Decimal(0)
    hours_by_area: dict[str, Decimal] = field(default_factory=dict)
    pending_entries: int = 0
    competencies_done: int = 0
    competencies_total: int = 0
    evaluations: set[tuple[str, str]] = field(default_factory=set)
    final_mean: Decimal | None = None

    @property
    def programme(self):
        return self.placement.cohort.programme

    def area_targets(self) -> list[tuple[object, Decimal]]:
        return [
            (area, self.hours_by_area.get(area.code, Decimal(0)))
            for area in self.programme.areas.all()
        ]

    @property
    def hours_met(self) -> bool:
        return self.hours >= self.programme.required_hours and all(
            done >= area.required_hours for area, done in self.area_targets()
        )

    @property
    def competencies_met(self) -> bool:
        return self.competencies_done >= self.competencies_total

    @property
    def final_passed(self) -> bool:
        return self.final_mean is not None and self.final_mean >= self.programme.pass_mark

    @property
    def complete(self) -> bool:
        return self.hours_met and self.competencies_met and self.final_passed

    def expected_hours(self, today: date) -> Decimal:
        """Hours a student keeping pace would have by today."""
        placement = self.placement
        length = (placement.end - placement.start).days + 1
        elapsed = min(max((today - placement.start).days + 1, 0), length)
        return (self.programme.required_hours * elapsed / length).quantize(Decimal("0.01"))

    def overdue(self, today: date) -> list[str]:
        dues = due_dates(self.placement)
        return [
            stage
            for stage in (Stage.MIDPOINT, Stage.FINAL)
            if dues[stage] < today and (stage, EvaluationKind.SUPERVISOR) not in self.evaluations
        ]

    def at_risk(self, today: date) -> list[str]:
        """Why this student needs attention: behind on hours for the time gone (by more than a
        tenth of the target pace, after the first week), or an evaluation overdue."""
        if self.placement.status != PlacementStatus.ACTIVE:
            return []
        reasons = []
        expected = self.expected_hours(today)
        settled = (today - self.placement.start).days >= GRACE_DAYS
        if settled and self.hours < expected * Decimal("0.9"):
            reasons.append("hours")
        if self.overdue(today):
            reasons.append("evaluations")
        return reasons


def progress_for(
    placements: list[Placement], *, cohort: Cohort | None = None
) -> dict[int, PlacementProgress]:
    """Progress for many placements in a constant number of queries (four, whatever their
    number): placements should come with cohort__programme and its areas prefetched. Given
    the `cohort` they all belong to, the queries select by it rather than by a list of every
    placement's id (cheaper to build and send for a large cohort)."""
    ids = [p.pk for p in placements]
    mine = {"placement__cohort": cohort} if cohort is not None else {"placement_id__in": ids}
    result = {p.pk: PlacementProgress(p) for p in placements}
    programmes = {p.cohort.programme_id for p in placements}
    counts = dict(
        Competency.objects.filter(programme_id__in=programmes)
        .values_list("programme_id")
        .annotate(n=Count("id"))
    )
    for p in placements:
        result[p.pk].competencies_total = counts.get(p.cohort.programme_id, 0)
    for row in (
        LogbookEntry.objects.filter(**mine)
        .values("placement_id", "area_code", "status")
        .annotate(total=Sum("hours"), entries=Count("id"))
    ):
        item = result.get(row["placement_id"])
        if item is None:  # a placement added to the cohort since the list was read
            continue
        if row["status"] == EntryStatus.APPROVED:
            item.hours += row["total"]
            item.hours_by_area[row["area_code"]] = (
                item.hours_by_area.get(row["area_code"], Decimal(0)) + row["total"]
            )
        elif row["status"] == EntryStatus.SUBMITTED:
            item.pending_entries += row["entries"]
    signed = (
        CompetencySignOff.objects.filter(**mine).values_list("placement_id").annotate(n=Count("id"))
    )
    for placement_id, done in signed:
        if placement_id in result:
            result[placement_id].competencies_done = done
    # Only the columns the figures need (not the comments), and a model only for the one mean.
    for placement_id, stage, kind, ratings in Evaluation.objects.filter(**mine).values_list(
        "placement_id", "stage", "kind", "ratings"
    ):
        item = result.get(placement_id)
        if item is None:
            continue
        item.evaluations.add((stage, kind))
        if (stage, kind) == (Stage.FINAL, EvaluationKind.SUPERVISOR):
            item.final_mean = Evaluation(ratings=ratings).mean_rating
    return result


def progress(placement: Placement) -> PlacementProgress:
    placement = (
        Placement.objects.select_related("cohort__programme", "student", "supervisor")
        .prefetch_related("cohort__programme__areas")
        .get(pk=placement.pk)
    )
    return progress_for([placement])[placement.pk]


def check_completion(placement: Placement, *, now: datetime | None = None) -> bool:
    """Completes the placement if everything is met: once (the row is locked and its status
    checked), then announces it. True if it completed now."""
    with transaction.atomic():
        locked = Placement.objects.select_for_update().get(pk=placement.pk)
        if locked.status != PlacementStatus.ACTIVE or not progress(locked).complete:
            return False
        locked.status = PlacementStatus.COMPLETED
        locked.completed_at = now or timezone.now()
        locked.save(update_fields=["status", "completed_at"])
        announce_completion(locked)
    return True


def internship_achievement(placement: Placement):
    from cpd.certificates.services import Achievement

    programme = placement.cohort.programme
    return Achievement(
        kind="internship",
        ref=f"internship:{placement.pk}",
        source_ref=f"placement:{placement.pk}",
        title_en=programme.title_en or programme.title,
        title_zh_hant=programme.title_zh_hant or "",
        achieved_on=hong_kong_date(placement.completed_at),
        points=[],
    )


def issue_certificates_for_cohort(cohort, *, by, now: datetime | None = None):
    """Certificates for the cohort's completed placements still without one, as one batch
    (completion issues them already: this catches up, e.g. after a certificate was revoked in
    error and reissued, or for placements completed before certificates existed)."""
    from cpd.certificates import services as certificates
    from cpd.certificates.models import BulkIssuance, Certificate

    now = now or timezone.now()
    with transaction.atomic():
        bulk = BulkIssuance.objects.create(
            title=f"{cohort.programme.title_en or cohort.programme.title} · {cohort.term}",
            cohort=cohort,
            requested_by=by,
            requested_at=now,
        )
        done = set(
            Certificate.objects.filter(
                achievement_ref__startswith="internship:", superseded_at__isnull=True
            ).values_list("achievement_ref", flat=True)
        )
        placements = cohort.placements.filter(status=PlacementStatus.COMPLETED).select_related(
            "student", "cohort__programme"
        )
        for placement in placements:
            if f"internship:{placement.pk}" not in done:
                certificates.issue(
                    placement.student, internship_achievement(placement), by=by, bulk=bulk, now=now
                )
    return bulk


def announce_completion(placement: Placement) -> None:
    """The certificate for the student; CPD credit where a scheme counts it: the student's
    signed-off hours under a rule for internships, the supervisor's supervision hours under a
    rule for supervision. All idempotent."""
    from cpd.certificates import services as certificates
    from cpd.models import ActivityType, Membership, SourceKind
    from cpd.services import award, points_for_hours, rule_for

    placement = Placement.objects.select_related("cohort__programme", "student", "supervisor").get(
        pk=placement.pk
    )
    programme = placement.cohort.programme
    day = hong_kong_date(placement.completed_at)
    certificates.issue(placement.student, internship_achievement(placement))
    title = programme.title_en or programme.title
    credits = [(placement.student, ActivityType.INTERNSHIP, progress(placement).hours, title)]
    if placement.supervisor is not None:
        credits.append(
            (
                placement.supervisor,
                ActivityType.SUPERVISION,
                programme.supervision_hours,
                f"Internship supervision: {title}",
            )
        )
    for person, activity, hours, what in credits:
        for membership in Membership.objects.filter(user=person).select_related("scheme"):
            rule = rule_for(membership.scheme, activity)
            if rule is None or rule.points_per_hour is None or hours <= 0:
                continue
            award(
                person,
                scheme=membership.scheme,
                category_code=rule.category_code,
                points=points_for_hours(rule, hours),
                activity_date=day,
                source_kind=SourceKind(activity),
                source_ref=f"placement:{placement.pk}",
                title=what,
                awarded_by_label="internship completed",
            )
