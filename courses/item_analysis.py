"""Classical item analysis (classical test theory) for a quiz's questions over submitted attempts.

For each question, over the attempts that showed it (a quiz that draws questions at random does
not show every question every time):

- `n`: how many attempts showed it;
- `difficulty`: p, the proportion of those attempts that got it right;
- `discrimination`: the proportion right among the top 27% of those attempts by total score
  minus that among the bottom 27% (Kelley's groups); None below 10 attempts, where a group is a
  couple of people and the figure is noise;
- `point_biserial`: the *corrected* item–total correlation: Pearson's r between getting the item
  right (1/0) and the percentage scored on the attempt's *other* questions. Against the plain total
  an item partly correlates with itself (its own points are in the total), which flatters short
  quizzes; removing them needs each item's points, which is why attempts are given as `Mark`s
  rather than a bare percentage. None when undefined: fewer than two attempts with other
  questions, or everyone right (or wrong), or everyone with the same score elsewhere.

Cost: one pass over the marks, then a sort per question: O(M + Σ nᵢ log nᵢ) for M marks, i.e.
O(N log N) in the number of attempts for a fixed quiz.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

GROUP_FRACTION = 0.27  # Kelley: the fraction that best trades group size against separation
MIN_ATTEMPTS_FOR_DISCRIMINATION = 10
# Percentages are rounded to this many places so the same score reached along different float
# paths (0.1 + 0.1 + 0.1 − 0.1 is not 0.2) is one score: ties group as they should, and a
# "variance" that is only rounding noise is not mistaken for a spread worth correlating with.
_PLACES = 9
_SAME_SCORE = 10.0**-_PLACES


@dataclass(frozen=True)
class ItemStatistics:
    question_id: str
    n: int
    difficulty: float | None
    discrimination: float | None
    point_biserial: float | None


@dataclass(frozen=True)
class Mark:
    """One question's outcome in one attempt."""

    correct: bool
    awarded: float
    possible: float


# (attempt's total percent, percent on its other questions or None, 1.0 if right else 0.0)
_Row = tuple[float, float | None, float]


def analyse(attempts: Iterable[Mapping[str, Mark]]) -> list[ItemStatistics]:
    """`attempts`: per submitted attempt, {question id: Mark} for the questions it showed.
    Questions come back in the order they first appear."""
    rows: dict[str, list[_Row]] = {}  # insertion order is the order of first appearance
    for marks in attempts:
        for question_id, row in _rows(marks):
            rows.setdefault(question_id, []).append(row)
    return [_item(question_id, item_rows) for question_id, item_rows in rows.items()]


def _rows(marks: Mapping[str, Mark]) -> list[tuple[str, _Row]]:
    """One row per question shown, with the attempt's totals summed once (not per question)."""
    # float(): callers may hold Decimals, which do not mix with float arithmetic.
    awarded = math.fsum(float(mark.awarded) for mark in marks.values())
    possible = math.fsum(float(mark.possible) for mark in marks.values())
    total = _percent(awarded, possible) or 0.0
    return [
        (
            question_id,
            (
                total,
                _percent(awarded - float(mark.awarded), possible - float(mark.possible)),
                1.0 if mark.correct else 0.0,
            ),
        )
        for question_id, mark in marks.items()
    ]


def _percent(awarded: float, possible: float) -> float | None:
    return round(100 * awarded / possible, _PLACES) if possible > 0 else None


def _item(question_id: str, rows: list[_Row]) -> ItemStatistics:
    rows.sort(key=lambda row: row[0])  # by total score, for the upper and lower groups
    n = len(rows)
    with_rest = [(right, rest) for _total, rest, right in rows if rest is not None]
    return ItemStatistics(
        question_id=question_id,
        n=n,
        difficulty=math.fsum(row[2] for row in rows) / n,
        discrimination=_discrimination(rows),
        point_biserial=_pearson(with_rest),
    )


def _discrimination(rows_by_total: list[_Row]) -> float | None:
    n = len(rows_by_total)
    if n < MIN_ATTEMPTS_FOR_DISCRIMINATION:
        return None
    size = max(1, round(n * GROUP_FRACTION))
    lower = _group_proportion(rows_by_total, size)
    upper = _group_proportion(rows_by_total[::-1], size)
    return upper - lower


def _group_proportion(rows: list[_Row], size: int) -> float:
    """Proportion right among the first `size` rows (sorted by total, either way).

    Short quizzes give few distinct totals, so attempts tied with the group's last member
    usually spill over its edge. Rather than let the order attempts arrived in pick who is in,
    the tied attempts share the remaining places equally: the average over every way of
    breaking the tie, and the same figure whatever the input order."""
    edge = rows[size - 1][0]
    inside = [row[2] for row in rows[:size] if row[0] != edge]
    tied = [row[2] for row in rows if row[0] == edge]
    places = size - len(inside)
    return (math.fsum(inside) + places * math.fsum(tied) / len(tied)) / size


def _pearson(pairs: list[tuple[float, float]]) -> float | None:
    """Pearson's r, or None when it is undefined (under two pairs, or either side constant)."""
    if len(pairs) < 2:
        return None
    xs = [x for x, _y in pairs]
    ys = [y for _x, y in pairs]
    if _constant(xs) or _constant(ys):
        return None
    mx, my = math.fsum(xs) / len(xs), math.fsum(ys) / len(ys)
    sxy = math.fsum((x - mx) * (y - my) for x, y in pairs)
    sxx = math.fsum((x - mx) ** 2 for x in xs)
    syy = math.fsum((y - my) ** 2 for y in ys)
    # Clamped: rounding can push a perfect correlation a hair past ±1.
    return max(-1.0, min(1.0, sxy / math.sqrt(sxx * syy)))


def _constant(values: list[float]) -> bool:
    return max(values) - min(values) <= _SAME_SCORE
