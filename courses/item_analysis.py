"""Classical item analysis for a quiz's questions over many submitted attempts.

For each question: how many attempts showed it, its difficulty (the proportion who got it right),
its discrimination index (the proportion right in the top 27% of attempts by total score minus
that in the bottom 27%), and the corrected point-biserial correlation (item against the total
with that item's own marks removed, so an item does not correlate with itself).
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass

GROUP_FRACTION = 0.27  # Kelley's upper and lower groups
MIN_ATTEMPTS_FOR_DISCRIMINATION = 10


@dataclass(frozen=True)
class ItemStatistics:
    question_id: str
    n: int
    difficulty: float | None
    discrimination: float | None
    point_biserial: float | None


@dataclass(frozen=True)
class Mark:
    correct: bool
    awarded: float
    possible: float


def analyse(attempts: Iterable[dict[str, Mark]]) -> list[ItemStatistics]:
    """`attempts`: per submitted attempt, {question id: Mark} for the questions it showed.
    Questions come back in the order they first appear."""
    rows = [dict(marks) for marks in attempts]
    order: dict[str, None] = {}
    for marks in rows:
        order.update(dict.fromkeys(marks))
    return [_item(question_id, rows) for question_id in order]


def _percent(awarded: float, possible: float) -> float | None:
    return 100 * awarded / possible if possible > 0 else None


def _item(question_id: str, rows: list[dict[str, Mark]]) -> ItemStatistics:
    shown = []  # (total percent, rest-of-quiz percent or None, correct)
    for marks in rows:
        if question_id not in marks:
            continue
        awarded = sum(m.awarded for m in marks.values())
        possible = sum(m.possible for m in marks.values())
        item = marks[question_id]
        total = _percent(awarded, possible) or 0.0
        rest = _percent(awarded - item.awarded, possible - item.possible)
        shown.append((total, rest, item.correct))
    n = len(shown)
    if not n:
        return ItemStatistics(question_id, 0, None, None, None)
    shown.sort(key=lambda row: row[0])
    correct = [1.0 if right else 0.0 for _total, _rest, right in shown]
    with_rest = [(1.0 if right else 0.0, rest) for _t, rest, right in shown if rest is not None]
    return ItemStatistics(
        question_id,
        n,
        sum(correct) / n,
        _discrimination(correct),
        _pearson([x for x, _ in with_rest], [y for _, y in with_rest]) if with_rest else None,
    )


def _discrimination(correct_by_total: list[float]) -> float | None:
    n = len(correct_by_total)
    if n < MIN_ATTEMPTS_FOR_DISCRIMINATION:
        return None
    size = max(1, round(n * GROUP_FRACTION))
    lower, upper = correct_by_total[:size], correct_by_total[-size:]
    return sum(upper) / size - sum(lower) / size


def _sd(values: list[float]) -> float:
    mean = sum(values) / len(values)
    return math.sqrt(sum((v - mean) ** 2 for v in values) / len(values))


def _pearson(xs: list[float], ys: list[float]) -> float | None:
    if len(xs) < 2:
        return None
    sx, sy = _sd(xs), _sd(ys)
    if sx == 0 or sy == 0:
        return None
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    covariance = sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / len(xs)
    return covariance / (sx * sy)
