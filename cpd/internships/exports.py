"""A cohort's progress, one row per student: on the coordinator's dashboard and in its CSV and
XLSX exports (the same rows, so the three always agree)."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from django.utils import formats, timezone
from django.utils.translation import gettext as _

from cpd.exports import safe_cell
from cpd.internships import services
from cpd.internships.models import Cohort, EvaluationKind, Placement, Stage
from cpd.services import hong_kong_date


@dataclass(frozen=True)
class CohortRow:
    placement: Placement
    progress: services.PlacementProgress
    expected: Decimal
    at_risk: list[str]

    @property
    def percent_of_target(self) -> int:
        required = self.progress.programme.required_hours
        return int(min(self.progress.hours / required * 100, 100)) if required else 0


def cohort_rows(cohort: Cohort, placements: list[Placement]) -> list[CohortRow]:
    """Constant queries: the placements (given, the cohort's), then four for their progress."""
    today = hong_kong_date(timezone.now())
    progress = services.progress_for(placements, cohort=cohort)
    return [
        CohortRow(
            p, progress[p.pk], progress[p.pk].expected_hours(today), progress[p.pk].at_risk(today)
        )
        for p in placements
    ]


@dataclass(frozen=True)
class DashboardRow:
    """A student's row of the dashboard's table, as the text it shows: made here in one pass so
    the template only places it (a cohort of hundreds would otherwise cost a lookup, a number
    format or a translation per cell)."""

    url: str
    name: str
    student_number: str
    hours: str  # signed off / required
    expected: str
    competencies: str  # done / in all
    evaluations: str
    at_risk: str  # the reasons, translated and joined; empty if none


def dashboard_rows(rows: list[CohortRow], url_of: Callable[[int], str]) -> list[DashboardRow]:
    """The table's rows; `url_of` gives a placement's address from its id."""
    separator = formats.get_format("DECIMAL_SEPARATOR")
    labels = _risk_names()  # translated once, not once a row
    result = []
    for row in rows:
        placement, progress = row.placement, row.progress
        student = placement.student
        hours = _hours_text(progress.hours, separator)
        required = _hours_text(progress.programme.required_hours, separator)
        result.append(
            DashboardRow(
                url=url_of(placement.pk),
                name=student.get_full_name() or student.email,
                student_number=placement.student_number,
                hours=f"{hours} / {required}",
                expected=_hours_text(row.expected, separator),
                competencies=f"{progress.competencies_done} / {progress.competencies_total}",
                evaluations=str(len(progress.evaluations)),
                at_risk="; ".join(labels[reason] for reason in row.at_risk),
            )
        )
    return result


def _hours_text(value, separator: str) -> str:
    """Hours as the template's floatformat:"-2" writes them (6, 6.50, 19.999 as 20.00),
    without its cost per call: whole numbers bare, others rounded to two places."""
    value = Decimal(value)
    if value == value.to_integral_value():
        return f"{value:.0f}"
    return f"{value.quantize(Decimal('0.01'), rounding=ROUND_HALF_UP):f}".replace(".", separator)


def _evaluation(row: CohortRow, stage: str) -> str:
    return _("done") if (stage, EvaluationKind.SUPERVISOR) in row.progress.evaluations else ""


def _table(cohort: Cohort, rows: list[CohortRow]) -> list[list[object]]:
    areas = list(cohort.programme.areas.all())
    header = [
        _("Student number"),
        _("Name"),
        _("Chinese name"),
        _("Email"),
        _("Supervisor"),
        _("Status"),
        _("Hours signed off"),
        _("Hours expected by today"),
        _("Hours required"),
        *[_("Hours: %(area)s") % {"area": area.name} for area in areas],
        _("Competencies signed off"),
        _("Competencies in all"),
        _("Midpoint evaluation"),
        _("Final evaluation (mean)"),
        _("At risk"),
    ]
    body = []
    for row in rows:
        placement, progress = row.placement, row.progress
        body.append(
            [
                placement.student_number,
                placement.student.get_full_name(),
                placement.student.chinese_name,
                placement.student.email,
                placement.supervisor.email if placement.supervisor else "",
                placement.get_status_display(),
                _hours(progress.hours),
                _hours(row.expected),
                _hours(progress.programme.required_hours),
                *[_hours(progress.hours_by_area.get(area.code, 0)) for area in areas],
                progress.competencies_done,
                progress.competencies_total,
                _evaluation(row, Stage.MIDPOINT),
                progress.final_mean if progress.final_mean is not None else "",
                ", ".join(risk_labels(row.at_risk)),
            ]
        )
    return [header, *body]


def _hours(value) -> Decimal:
    return Decimal(value).quantize(Decimal("0.01"))


def risk_labels(reasons: list[str]) -> list[str]:
    labels = _risk_names()
    return [labels[reason] for reason in reasons]


def _risk_names() -> dict[str, str]:
    return {"hours": _("behind on hours"), "evaluations": _("evaluation overdue")}


def as_csv(cohort: Cohort, rows: list[CohortRow]) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    for line in _table(cohort, rows):
        writer.writerow([safe_cell(value) for value in line])
    return out.getvalue()


def as_xlsx(cohort: Cohort, rows: list[CohortRow]) -> bytes:
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    sheet = book.create_sheet(title=str(cohort.term)[:31] or "cohort")
    for line in _table(cohort, rows):
        # Text cells are defused like the CSV's; numbers stay numbers.
        sheet.append([float(v) if isinstance(v, Decimal) else safe_cell(v) for v in line])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
