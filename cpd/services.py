"""Everything that writes the CPD record: awards, corrections, adjustments, memberships; and the
arithmetic read from it (cycles, points from hours with their caps, progress).

`award` is the one way points enter the ledger. It is idempotent on (learner, source, scheme):
asked twice, or by two workers at once, it records one entry (the database refuses a second)
and returns it. Corrections never edit: `reverse` records an entry of the opposite sign, with a
reason, and `adjust` records a manual entry, with a reason. Dates are Hong Kong dates: an
activity at 00:30 on 1 January Hong Kong time belongs to the new year's cycle.
"""

from __future__ import annotations

import hashlib
import json
import uuid
import zoneinfo
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal

from django.contrib.auth import get_user_model
from django.core.paginator import Page, Paginator
from django.db import IntegrityError, models, transaction
from django.db.models import Count, Sum
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from accounts.models import AuditAction
from cpd.models import (
    ActivityType,
    CycleStart,
    LearnerProfile,
    LedgerEntry,
    Membership,
    PointRule,
    Scheme,
    SourceKind,
)

HONG_KONG = zoneinfo.ZoneInfo("Asia/Hong_Kong")
CENT = Decimal("0.01")
# Sessions starting before 13:00 Hong Kong time are in the morning half day.
AFTERNOON = 13
GENESIS = "0" * 64
# A learner behind the pro-rata pace is "short" (not only "at risk") this close to the end.
SHORT_WITHIN_DAYS = 183
# My CPD lists a cycle's entries this many to a page (the transcripts list them all).
ENTRIES_PER_PAGE = 50


class CPDError(Exception):
    """A request the record refuses; the message is for the person who asked."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def hong_kong_date(moment: datetime) -> date:
    return timezone.localtime(moment, HONG_KONG).date()


# -- cycles --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Cycle:
    start: date
    end: date  # the last day of the cycle

    def years(self) -> list[Cycle]:
        """The cycle's years, each from an anniversary of its start."""
        result, start = [], self.start
        while start <= self.end:
            following = _add_years(start, 1)
            result.append(Cycle(start, min(following - timedelta(days=1), self.end)))
            start = following
        return result


def _add_years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February in a common year
        return day.replace(year=day.year + years, day=28)


def cycle_on(membership: Membership, day: date) -> Cycle:
    """The membership's cycle that contains `day` (a Hong Kong date)."""
    scheme = membership.scheme
    if scheme.cycle_start == CycleStart.FIXED:
        anchor = date(scheme.first_cycle_year, scheme.cycle_start_month, scheme.cycle_start_day)
    elif membership.cycle_start_date is not None:
        anchor = membership.cycle_start_date
    else:
        raise CPDError(
            _("Your first cycle's start date under %(scheme)s is not recorded.")
            % {"scheme": scheme.name}
        )
    length = scheme.cycle_years
    try:
        # Whole cycles between the anchor and the day, forwards or backwards.
        cycles = (day.year - anchor.year) // length
        start = _add_years(anchor, cycles * length)
        while start > day:
            start = _add_years(start, -length)
        while _add_years(start, length) <= day:
            start = _add_years(start, length)
        return Cycle(start, _add_years(start, length) - timedelta(days=1))
    except (ValueError, OverflowError):  # the cycle would begin or end past year 1 or 9999
        raise CPDError(_("No CPD cycle can be counted for that date.")) from None


# -- points from an activity ---------------------------------------------------------------------
@dataclass(frozen=True)
class Session:
    starts_at: datetime
    ends_at: datetime


def points_for_sessions(rule: PointRule, sessions: list[Session]) -> Decimal:
    """Points for attending these sessions of one event: hours × the rule's rate, then capped per
    half day (morning before 13:00 Hong Kong time, afternoon after), per day, then per event."""
    if rule.points_per_hour is None:
        raise CPDError(_("This scheme does not award points per hour for this activity."))
    by_half_day: dict[tuple[date, bool], Decimal] = defaultdict(Decimal)
    for session in sessions:
        if session.ends_at <= session.starts_at:
            raise CPDError(_("A session must end after it starts."))
        start = timezone.localtime(session.starts_at, HONG_KONG)
        hours = Decimal((session.ends_at - session.starts_at).total_seconds()) / 3600
        by_half_day[(start.date(), start.hour >= AFTERNOON)] += hours * rule.points_per_hour
    by_day: dict[date, Decimal] = defaultdict(Decimal)
    for (day, _afternoon), points in by_half_day.items():
        by_day[day] += _capped(points, rule.cap_per_half_day)
    total = sum((_capped(points, rule.cap_per_day) for points in by_day.values()), Decimal(0))
    return _capped(total, rule.cap_per_event).quantize(CENT, rounding=ROUND_HALF_UP)


def points_for_hours(rule: PointRule, hours: Decimal) -> Decimal:
    """Points for an activity of `hours` that has no sessions (self-study, an outside course):
    hours × the rate, capped per event."""
    if rule.points_per_hour is None:
        raise CPDError(_("This scheme does not award points per hour for this activity."))
    if hours <= 0:
        raise CPDError(_("The hours must be more than zero."))
    return _capped(hours * rule.points_per_hour, rule.cap_per_event).quantize(
        CENT, rounding=ROUND_HALF_UP
    )


def _capped(points: Decimal, cap: Decimal | None) -> Decimal:
    return points if cap is None else min(points, cap)


def rule_for(scheme: Scheme, activity: ActivityType | str) -> PointRule | None:
    return next((rule for rule in scheme.rules.all() if rule.activity_type == activity), None)


# -- the ledger ----------------------------------------------------------------------------------
def award(
    user,
    *,
    scheme: Scheme,
    category_code: str,
    points: Decimal,
    activity_date: date,
    source_kind: SourceKind | str,
    source_ref: str,
    title: str,
    awarded_by=None,
    awarded_by_label: str = "",
    now: datetime | None = None,
) -> LedgerEntry:
    """Record points for one activity under one scheme, once. Returns the entry (the existing
    one if this source was already awarded under this scheme)."""
    points = Decimal(points)
    if points <= 0:
        raise CPDError(_("An award must be worth more than zero points."))
    if source_kind in (SourceKind.ADJUSTMENT, SourceKind.REVERSAL):
        raise CPDError(_("Adjustments and corrections are recorded with a reason."))
    if not scheme.categories.filter(code=category_code).exists():
        raise CPDError(
            _("%(scheme)s has no category “%(category)s”.")
            % {"scheme": scheme.name, "category": category_code}
        )
    if not Membership.objects.filter(user=user, scheme=scheme).exists():
        raise CPDError(
            _("%(user)s is not a member of %(scheme)s.") % {"user": user, "scheme": scheme.name}
        )
    key = {"user": user, "scheme": scheme, "source_kind": source_kind, "source_ref": source_ref}
    existing = LedgerEntry.objects.filter(**key, reverses__isnull=True).first()
    if existing is not None:
        return existing
    fields = {
        **key,
        "category_code": category_code,
        "points": points.quantize(CENT, rounding=ROUND_HALF_UP),
        "activity_date": activity_date,
        "title": title[:300],
        "awarded_by": awarded_by,
        "awarded_by_label": _label(awarded_by, awarded_by_label),
    }
    try:
        with transaction.atomic():
            return _append(fields, now)
    except IntegrityError:
        # A simultaneous award of the same source won: it is the one entry.
        existing = LedgerEntry.objects.filter(**key, reverses__isnull=True).first()
        if existing is None:
            raise
        return existing


def reverse(entry: LedgerEntry, *, by, reason: str, now: datetime | None = None) -> LedgerEntry:
    """Cancel an entry with one of the opposite sign. An entry is reversed once at most."""
    reason = (reason or "").strip()
    if not reason:
        raise CPDError(_("Say why the entry is corrected."))
    if entry.source_kind == SourceKind.REVERSAL:
        raise CPDError(_("A correction cannot itself be reversed; record an adjustment."))
    fields = {
        "user": entry.user,
        "scheme": entry.scheme,
        "category_code": entry.category_code,
        "points": -entry.points,
        "activity_date": entry.activity_date,
        "source_kind": SourceKind.REVERSAL,
        "source_ref": f"reverses:{entry.pk}",
        "title": entry.title,
        "awarded_by": by,
        "awarded_by_label": _label(by, ""),
        "reverses": entry,
        "reason": reason,
    }
    try:
        with transaction.atomic():
            reversal = _append(fields, now)
            _audit(AuditAction.LEDGER_REVERSED, by, reversal, reason, before=entry)
            return reversal
    except IntegrityError:
        raise CPDError(_("That entry has already been reversed.")) from None


def adjust(
    user,
    *,
    scheme: Scheme,
    category_code: str,
    points: Decimal,
    activity_date: date,
    by,
    reason: str,
    now: datetime | None = None,
) -> LedgerEntry:
    """A CPD administrator's manual entry (positive or negative), with the reason."""
    reason = (reason or "").strip()
    points = Decimal(points)
    if not reason:
        raise CPDError(_("Say why the points are adjusted."))
    if points == 0:
        raise CPDError(_("An adjustment must change the points."))
    if not scheme.categories.filter(code=category_code).exists():
        raise CPDError(
            _("%(scheme)s has no category “%(category)s”.")
            % {"scheme": scheme.name, "category": category_code}
        )
    fields = {
        "user": user,
        "scheme": scheme,
        "category_code": category_code,
        "points": points.quantize(CENT, rounding=ROUND_HALF_UP),
        "activity_date": activity_date,
        "source_kind": SourceKind.ADJUSTMENT,
        "source_ref": uuid.uuid4().hex,
        "title": _("Adjustment: %(reason)s") % {"reason": reason[:200]},
        "awarded_by": by,
        "awarded_by_label": _label(by, ""),
        "reason": reason,
    }
    with transaction.atomic():
        entry = _append(fields, now)
        _audit(AuditAction.LEDGER_ADJUSTED, by, entry, reason)
        return entry


def _audit(action, by, entry: LedgerEntry, reason: str, before: LedgerEntry | None = None):
    from accounts import audit

    def facts(row):
        return {
            "entry": row.pk,
            "scheme": row.scheme.code,
            "category": row.category_code,
            "points": row.points,
            "activity_date": row.activity_date,
        }

    audit.record(
        action,
        actor=by,
        subject=entry.user,
        obj=entry,
        before=facts(before) if before is not None else None,
        after=facts(entry),
        reason=reason,
    )


def _label(user, label: str) -> str:
    if label:
        return label[:200]
    if user is None:
        return "system"
    return f"{user.get_full_name() or user.email} (#{user.pk})"[:200]


def _append(fields: dict, now: datetime | None) -> LedgerEntry:
    """Write the learner's next entry in their chain. The learner's row is locked so their
    entries are chained one after another."""
    user_model = get_user_model()
    user_model.objects.select_for_update().filter(pk=fields["user"].pk).first()
    previous = (
        LedgerEntry.objects.filter(user=fields["user"])
        .order_by("-id")
        .values_list("digest", flat=True)
        .first()
    )
    entry = LedgerEntry(**fields, recorded_at=now or timezone.now())
    entry.previous_digest = previous or GENESIS
    entry.digest = digest_of(entry)
    entry.save()
    return entry


def digest_of(entry: LedgerEntry) -> str:
    body = {
        "previous": entry.previous_digest,
        "user": entry.user_id,
        "scheme": entry.scheme_id,
        "category": entry.category_code,
        "points": f"{Decimal(entry.points).quantize(CENT)}",
        "activity_date": entry.activity_date.isoformat(),
        "source": [entry.source_kind, entry.source_ref],
        "title": entry.title,
        "awarded_by": [entry.awarded_by_id, entry.awarded_by_label],
        "recorded_at": entry.recorded_at.isoformat(),
        "reverses": entry.reverses_id,
        "reason": entry.reason,
    }
    canonical = json.dumps(body, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode()).hexdigest()


def verify_ledger(user) -> list[str]:
    """Problems in the learner's chain of entries: an entry whose fields no longer match its
    digest, or that does not follow the entry before it. Empty when the record is intact."""
    problems = []
    previous = GENESIS
    for entry in LedgerEntry.objects.filter(user=user).order_by("id"):
        if entry.previous_digest != previous:
            problems.append(
                _("Entry %(id)s does not follow the entry before it.") % {"id": entry.pk}
            )
        if digest_of(entry) != entry.digest:
            problems.append(_("Entry %(id)s was changed after it was recorded.") % {"id": entry.pk})
        previous = entry.digest
    return problems


# -- sources -------------------------------------------------------------------------------------
def award_course_completion(completion) -> list[LedgerEntry]:
    """Course completion subscriber: the course's points under each scheme the learner belongs
    to. A course names schemes by code and, optionally, the category; else the scheme's rule for
    courses gives it."""
    memberships = {
        m.scheme.code: m
        for m in Membership.objects.filter(user=completion.user).select_related("scheme")
    }
    entries = []
    for value in completion.course.cpd_values.all():
        membership = memberships.get(value.scheme)
        if membership is None:
            continue
        scheme = membership.scheme
        category = value.category or _rule_category(scheme, ActivityType.COURSE)
        if category is None:
            continue
        entries.append(
            award(
                completion.user,
                scheme=scheme,
                category_code=category,
                points=value.points,
                activity_date=hong_kong_date(completion.completed_at),
                source_kind=SourceKind.COURSE,
                source_ref=f"course-completion:{completion.pk}",
                title=completion.course.title_en or completion.course.title,
                awarded_by_label="course completion",
            )
        )
    return entries


def _rule_category(scheme: Scheme, activity: str) -> str | None:
    rule = rule_for(scheme, activity)
    return rule.category_code if rule else None


def join(
    user, scheme: Scheme, *, registration_number: str = "", cycle_start_date=None
) -> Membership:
    if scheme.cycle_start == CycleStart.PER_LEARNER and cycle_start_date is None:
        raise CPDError(
            _("%(scheme)s counts cycles from each member's own start date: give it.")
            % {"scheme": scheme.name}
        )
    membership, _created = Membership.objects.get_or_create(
        user=user,
        scheme=scheme,
        defaults={
            "registration_number": registration_number.strip(),
            "cycle_start_date": cycle_start_date,
        },
    )
    return membership


def set_professions(user, professions: list[str]) -> LearnerProfile:
    profile, _created = LearnerProfile.objects.update_or_create(
        user=user, defaults={"professions": sorted(set(professions))}
    )
    return profile


def set_reminders(membership: Membership, on: bool) -> None:
    membership.reminders = on
    membership.save(update_fields=["reminders"])


# -- progress ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class CategoryProgress:
    code: str
    name: str
    earned: Decimal
    counted: Decimal
    above_cap: Decimal
    minimum: Decimal | None
    cap: Decimal | None

    @property
    def missing(self) -> Decimal:
        if self.minimum is None:
            return Decimal(0)
        return max(self.minimum - self.counted, Decimal(0))


@dataclass(frozen=True)
class YearProgress:
    year: Cycle
    earned: Decimal
    minimum: Decimal | None

    @property
    def missing(self) -> Decimal:
        if self.minimum is None:
            return Decimal(0)
        return max(self.minimum - self.earned, Decimal(0))


@dataclass(frozen=True)
class Progress:
    membership: Membership
    cycle: Cycle
    on: date
    categories: list[CategoryProgress]
    years: list[YearProgress] = field(default_factory=list)
    # The points of each day with entries, in date order (what the chart draws), and the number
    # of entries: both from the totals query, so no figure needs the entries themselves.
    days: list[tuple[date, Decimal]] = field(default_factory=list)
    entry_count: int = 0

    @property
    def counted(self) -> Decimal:
        return sum((c.counted for c in self.categories), Decimal(0))

    @property
    def above_cap(self) -> Decimal:
        return sum((c.above_cap for c in self.categories), Decimal(0))

    @property
    def required(self) -> Decimal:
        return self.membership.scheme.points_required

    @property
    def missing(self) -> Decimal:
        """Points still needed: the larger of what the total lacks and what the categories'
        minimums lack (a category's shortfall can only be made up in that category)."""
        total = max(self.required - self.counted, Decimal(0))
        return max(total, sum((c.missing for c in self.categories), Decimal(0)))

    @property
    def days_left(self) -> int:
        return max((self.cycle.end - self.on).days, 0)

    @property
    def met(self) -> bool:
        return self.missing == 0 and all(y.missing == 0 for y in self.years)


def progress(membership: Membership, *, on: date | None = None) -> Progress:
    """The cycle containing `on` (today in Hong Kong by default): points by category with the
    caps applied, what was earned above a cap, and what is still missing; the points per day
    and the number of entries. Two queries (the totals and the scheme's categories)."""
    on = on or hong_kong_date(timezone.now())
    cycle = cycle_on(membership, on)
    rows = (
        LedgerEntry.objects.filter(
            user_id=membership.user_id,
            scheme=membership.scheme,
            activity_date__gte=cycle.start,
            activity_date__lte=cycle.end,
        )
        .values_list("category_code", "activity_date")
        .annotate(total=Sum("points"), entries=Count("id"))
        .order_by()
    )
    return _progress_from(membership, cycle, on, rows)


def progress_of_members(scheme: Scheme, *, on: date | None = None) -> list[Progress]:
    """Every member's progress in the cycle containing `on`, in three queries whatever the
    number of members (for staff reports). Members whose cycle start is unknown are left out."""
    on = on or hong_kong_date(timezone.now())
    memberships = list(
        Membership.objects.filter(scheme=scheme).select_related("user", "scheme").order_by("id")
    )
    cycles = {}
    for membership in memberships:
        membership.scheme = scheme  # its categories are read once, below
        try:
            cycles[membership.pk] = cycle_on(membership, on)
        except CPDError:
            continue
    if not cycles:
        return []
    earliest = min(c.start for c in cycles.values())
    latest = max(c.end for c in cycles.values())
    rows: dict[int, list] = defaultdict(list)
    for user_id, code, day, total, entries in (
        LedgerEntry.objects.filter(
            scheme=scheme, activity_date__gte=earliest, activity_date__lte=latest
        )
        .values_list("user_id", "category_code", "activity_date")
        .annotate(total=Sum("points"), entries=Count("id"))
        .order_by()
    ):
        rows[user_id].append((code, day, total, entries))
    categories = list(scheme.categories.all())  # read once, shared by every member's figures
    result = []
    for membership in memberships:
        cycle = cycles.get(membership.pk)
        if cycle is None:
            continue
        mine = [
            row for row in rows.get(membership.user_id, []) if cycle.start <= row[1] <= cycle.end
        ]
        result.append(_progress_from(membership, cycle, on, mine, categories))
    return result


def _progress_from(
    membership: Membership, cycle: Cycle, on: date, rows, categories=None
) -> Progress:
    scheme = membership.scheme
    if categories is None:
        categories = scheme.categories.all()
    by_category: dict[str, Decimal] = defaultdict(Decimal)
    by_day: dict[date, Decimal] = defaultdict(Decimal)
    entry_count = 0
    for code, day, total, entries in rows:
        by_category[code] += total
        by_day[day] += total
        entry_count += entries
    figures = []
    known = set()
    for category in categories:
        known.add(category.code)
        figures.append(_category_progress(category.code, category.name, by_category, category))
    for code in sorted(set(by_category) - known):  # a category since removed from the scheme
        figures.append(_category_progress(code, code, by_category, None))
    years = [
        YearProgress(
            year,
            sum((p for d, p in by_day.items() if year.start <= d <= year.end), Decimal(0)),
            scheme.minimum_per_year,
        )
        for year in cycle.years()
    ]
    days = sorted(by_day.items())
    return Progress(membership, cycle, on, figures, years, days, entry_count)


class Standing(models.TextChoices):
    ON_TRACK = "on_track", gettext_lazy("On track")
    AT_RISK = "at_risk", gettext_lazy("At risk")
    SHORT = "short", gettext_lazy("Short")


def standing(progress: Progress) -> str:
    """On track: requirements met, or at least the share of the points that the share of the
    cycle gone asks for. Otherwise short in the cycle's last six months, at risk before."""
    if progress.met:
        return Standing.ON_TRACK
    cycle = progress.cycle
    length = Decimal((cycle.end - cycle.start).days + 1)
    gone = Decimal((progress.on - cycle.start).days + 1)
    if progress.counted >= progress.required * gone / length:
        return Standing.ON_TRACK
    if progress.days_left <= SHORT_WITHIN_DAYS:
        return Standing.SHORT
    return Standing.AT_RISK


def cycle_entries(progress: Progress):
    """The entries behind a progress figure, in date order: what transcripts list."""
    return _entries_of(progress).order_by("activity_date", "id")


def _entries_of(progress: Progress):
    membership = progress.membership
    return LedgerEntry.objects.filter(
        user_id=membership.user_id,
        scheme_id=membership.scheme_id,
        activity_date__gte=progress.cycle.start,
        activity_date__lte=progress.cycle.end,
    )


class _CountedPaginator(Paginator):
    """A paginator told how many items there are: the progress query has already counted the
    entries, so a page costs one query rather than a count and a page."""

    def __init__(self, object_list, per_page: int, count: int) -> None:
        super().__init__(object_list, per_page)
        self._known_count = count

    @property
    def count(self) -> int:
        return self._known_count


def entries_page(progress: Progress, number: object, per_page: int = ENTRIES_PER_PAGE) -> Page:
    """One page of the cycle's entries, newest first (My CPD; the transcripts list them all).
    A page number that is not a number gives the first page, one past the end the last, so an
    old or edited link still shows entries. One query."""
    paginator = _CountedPaginator(
        _entries_of(progress).order_by("-activity_date", "-id"), per_page, progress.entry_count
    )
    try:
        wanted = int(str(number))
    except ValueError:  # also a number too long to convert
        wanted = 1
    return paginator.page(min(max(wanted, 1), paginator.num_pages))


def _category_progress(code, name, by_category, category) -> CategoryProgress:
    earned = by_category.get(code, Decimal(0))
    cap = category.cap if category else None
    counted = earned if cap is None else min(earned, cap)
    return CategoryProgress(
        code=code,
        name=name,
        earned=earned,
        counted=counted,
        above_cap=earned - counted,
        minimum=category.minimum if category else None,
        cap=cap,
    )
