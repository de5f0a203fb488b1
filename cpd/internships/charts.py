"""A cohort's hours as a server-rendered SVG bar chart (each student's signed-off hours against
the pace expected by today); the dashboard's table gives the same figures as text."""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

BAR = 14
GAP = 6
LABEL = 150
WIDTH = 640


@dataclass(frozen=True)
class Bar:
    y: int
    label: str
    width: int
    expected_x: int
    at_risk: bool


@dataclass(frozen=True)
class Chart:
    width: int
    height: int
    label_width: int
    bars: list[Bar]

    @property
    def bars_svg(self) -> SafeString:
        """The bars' SVG elements, written here in one pass: a template loop over a cohort of
        hundreds costs a lookup and a number format per attribute. Only the label is text (and
        escaped); the rest are whole numbers, never localised (an SVG wants no separators)."""
        return mark_safe(  # noqa: S308 -- the labels are escaped, the rest are integers
            "".join(
                f'<text x="0" y="{bar.y + 11}" font-size="11">{escape(bar.label)}</text>'
                f'<rect x="{self.label_width}" y="{bar.y}" width="{bar.width}" height="{BAR}" '
                f'class="{"bar--risk" if bar.at_risk else "bar"}"></rect>'
                f'<line x1="{bar.expected_x}" x2="{bar.expected_x}" y1="{bar.y}" '
                f'y2="{bar.y + BAR}" class="bar__expected"></line>'
                for bar in self.bars
            )
        )


def cohort_chart(rows) -> Chart:
    if not rows:
        return Chart(WIDTH, 0, LABEL, [])
    required = max(float(row.progress.programme.required_hours) for row in rows) or 1.0
    scale = (WIDTH - LABEL - 10) / required
    bars = [
        Bar(
            y=n * (BAR + GAP),
            label=(row.placement.student.get_full_name() or row.placement.student_number)[:24],
            width=int(min(float(row.progress.hours), required) * scale),
            expected_x=LABEL + int(min(float(row.expected), required) * scale),
            at_risk=bool(row.at_risk),
        )
        for n, row in enumerate(rows)
    ]
    return Chart(WIDTH, len(rows) * (BAR + GAP), LABEL, bars)
