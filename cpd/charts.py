"""Server-rendered SVG of points over a cycle against the requirement (no JavaScript); the
template gives the same figures as text beside it."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

WIDTH, HEIGHT, MARGIN = 600, 200, 8


@dataclass(frozen=True)
class CycleChart:
    width: int
    height: int
    points: str  # the polyline of points earned so far, cumulative
    required_y: float
    today_x: float
    top: Decimal  # the value at the top of the chart


def cycle_chart(progress) -> CycleChart:
    """From the progress's points per day (not the entries: a long record costs nothing more
    than a short one); each day with entries is one step of the line."""
    cycle = progress.cycle
    days = max((cycle.end - cycle.start).days, 1)
    required = progress.required
    total = sum((points for _day, points in progress.days), Decimal(0))
    top = max(required, total, Decimal(1))

    def x(day) -> float:
        return round(MARGIN + (WIDTH - 2 * MARGIN) * (day - cycle.start).days / days, 1)

    def y(value: Decimal) -> float:
        return round(HEIGHT - MARGIN - float((HEIGHT - 2 * MARGIN) * value / top), 1)

    running = Decimal(0)
    vertices = [(x(cycle.start), y(running))]
    for day, points in progress.days:
        vertices.append((x(day), y(running)))
        running += points
        vertices.append((x(day), y(running)))
    today = min(max(progress.on, cycle.start), cycle.end)
    vertices.append((x(today), y(running)))
    return CycleChart(
        width=WIDTH,
        height=HEIGHT,
        points=" ".join(f"{a},{b}" for a, b in vertices),
        required_y=y(required),
        today_x=x(today),
        top=top,
    )
