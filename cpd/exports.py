"""CSV files from the ledger: a learner's transcript for one scheme and cycle (every row traceable
to its entry and fingerprint), and a scheme's submission file for an accrediting body (points per
member and category over a period, with registration numbers). UTF-8 with a byte-order mark so
spreadsheet programs read the Chinese names right."""

from __future__ import annotations

import csv
import io
from collections import defaultdict
from datetime import date
from decimal import Decimal

from django.db.models import Sum
from django.utils.translation import gettext as _

from cpd.models import LedgerEntry, Membership, Scheme
from cpd.services import Progress, Standing, cycle_entries

FINGERPRINT_LENGTH = 16


def transcript_csv(progress: Progress) -> str:
    membership = progress.membership
    user = membership.user
    entries = cycle_entries(progress)
    out = io.StringIO()
    out.write("\ufeff")
    writer = csv.writer(out)
    writer.writerow([_("Learner"), user.get_full_name() or user.email, user.chinese_name])
    writer.writerow([_("Scheme"), membership.scheme.name, membership.scheme.code])
    writer.writerow([_("Registration number"), membership.registration_number])
    writer.writerow([_("Cycle"), progress.cycle.start.isoformat(), progress.cycle.end.isoformat()])
    writer.writerow(
        [_("Points counted"), _plain(progress.counted), _("of"), _plain(progress.required)]
    )
    writer.writerow([])
    writer.writerow(
        [
            _("Entry"),
            _("Fingerprint"),
            _("Activity date"),
            _("Activity"),
            _("Source"),
            _("Source reference"),
            _("Category"),
            _("Points"),
            _("Recorded"),
            _("Recorded by"),
            _("Reason"),
        ]
    )
    for entry in entries:
        writer.writerow(
            [
                entry.pk,
                entry.digest[:FINGERPRINT_LENGTH],
                entry.activity_date.isoformat(),
                _safe(entry.title),
                entry.get_source_kind_display(),
                _safe(entry.source_ref),
                entry.category_code,
                _plain(entry.points),
                entry.recorded_at.isoformat(timespec="seconds"),
                _safe(entry.awarded_by_label),
                _safe(entry.reason),
            ]
        )
    return out.getvalue()


def submission_csv(scheme: Scheme, start: date, end: date) -> str:
    """Points per member and category of `scheme` for activities from `start` to `end`."""
    totals: dict[int, dict[str, Decimal]] = defaultdict(dict)
    for user_id, category, points in (
        LedgerEntry.objects.filter(scheme=scheme, activity_date__gte=start, activity_date__lte=end)
        .values_list("user_id", "category_code")
        .annotate(total=Sum("points"))
        .order_by()
    ):
        totals[user_id][category] = points
    categories = [c.code for c in scheme.categories.all()]
    out = io.StringIO()
    out.write("\ufeff")
    writer = csv.writer(out)
    writer.writerow(
        [_("Scheme"), scheme.code, _("From"), start.isoformat(), _("To"), end.isoformat()]
    )
    writer.writerow(
        [
            _("Registration number"),
            _("Name"),
            _("Name in Chinese"),
            _("Email"),
            *categories,
            _("Total"),
        ]
    )
    members = (
        Membership.objects.filter(scheme=scheme)
        .select_related("user")
        .order_by("registration_number", "user__email")
    )
    for membership in members:
        user = membership.user
        points = totals.get(user.pk, {})
        writer.writerow(
            [
                _safe(membership.registration_number),
                _safe(user.get_full_name()),
                _safe(user.chinese_name),
                user.email,
                *[_plain(points.get(code, Decimal(0))) for code in categories],
                _plain(sum(points.values(), Decimal(0))),
            ]
        )
    return out.getvalue()


def _plain(value: Decimal) -> str:
    return f"{Decimal(value).quantize(Decimal('0.01'))}"


def _safe(text: str) -> str:
    """Spreadsheets run a cell that starts with = + - @ as a formula: such text is quoted."""
    text = text or ""
    return f"'{text}" if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def safe_cell(value):
    """A cell for CSV or a spreadsheet: text defused as `_safe` does; numbers left as numbers."""
    return _safe(value) if isinstance(value, str) else value


def standing_csv(scheme: Scheme, rows: list[dict]) -> str:
    out = io.StringIO()
    out.write("\ufeff")
    writer = csv.writer(out)
    writer.writerow(
        [
            _("Registration number"),
            _("Name"),
            _("Name in Chinese"),
            _("Email"),
            _("Cycle ends"),
            _("Points counted"),
            _("Still needed"),
            _("Standing"),
        ]
    )
    for row in rows:
        progress = row["progress"]
        user = progress.membership.user
        writer.writerow(
            [
                _safe(progress.membership.registration_number),
                _safe(user.get_full_name()),
                _safe(user.chinese_name),
                user.email,
                progress.cycle.end.isoformat(),
                _plain(progress.counted),
                _plain(progress.missing),
                str(Standing(row["standing"]).label),
            ]
        )
    return out.getvalue()
