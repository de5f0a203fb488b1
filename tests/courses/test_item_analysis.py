"""Item analysis figures against hand-computed examples (no database)."""

import random
from decimal import Decimal

import pytest

from courses.item_analysis import ItemStatistics, Mark, analyse

# Ten attempts at three questions: q1 and q2 worth 1 point, q3 worth 2 (so 4 points in all).
# Per attempt: (q1 right?, q2 right?, q3 right?)  → total points, total %, q1's "rest" points.
TEN = [
    (1, 1, 1),  # a1: 4 → 100%, rest 3
    (1, 1, 1),  # a2: 4 → 100%, rest 3
    (1, 0, 1),  # a3: 3 →  75%, rest 2
    (0, 1, 1),  # a4: 3 →  75%, rest 3
    (1, 1, 0),  # a5: 2 →  50%, rest 1
    (0, 0, 1),  # a6: 2 →  50%, rest 2
    (1, 0, 0),  # a7: 1 →  25%, rest 0
    (0, 1, 0),  # a8: 1 →  25%, rest 1
    (0, 0, 0),  # a9: 0 →   0%, rest 0
    (1, 0, 1),  # a10: 3 → 75%, rest 2
]
POINTS = {"q1": 1, "q2": 1, "q3": 2}


def attempts(rows=TEN):
    return [
        {
            question_id: Mark(bool(right), float(right * POINTS[question_id]), POINTS[question_id])
            for question_id, right in zip(("q1", "q2", "q3"), row, strict=True)
        }
        for row in rows
    ]


def by_id(items):
    return {item.question_id: item for item in items}


def test_difficulty_is_the_proportion_right():
    q1, q2, q3 = analyse(attempts())
    # q1 right in a1 a2 a3 a5 a7 a10 = 6/10; q2 in a1 a2 a4 a5 a8 = 5/10; q3 in a1-a4 a6 a10.
    assert [(q.question_id, q.n, q.difficulty) for q in (q1, q2, q3)] == [
        ("q1", 10, 0.6),
        ("q2", 10, 0.5),
        ("q3", 10, 0.6),
    ]


def test_discrimination_of_the_hand_computed_example():
    q1 = analyse(attempts())[0]
    # Groups of round(10 × 0.27) = round(2.7) = 3 attempts, by total score.
    # Lower: a9 (0%, q1 wrong), a7 and a8 (25%: right, wrong) → 1 right of 3 = 1/3.
    # Upper: a1 and a2 (100%, both right), then ONE place for the three tied at 75% (a3 right,
    # a4 wrong, a10 right). The tied attempts share that place: 2/3 of a right answer.
    # → (2 + 2/3) / 3 = 8/9. Discrimination = 8/9 − 1/3 = 5/9 ≈ 0.5556.
    assert q1.discrimination == pytest.approx(5 / 9)


def test_discrimination_does_not_depend_on_the_order_attempts_come_in():
    # Had the tie been broken by input order, the upper group would have taken a3 or a10
    # (D = 1 − 1/3 = 2/3) or a4 (D = 2/3 − 1/3 = 1/3) depending on the shuffle.
    rng = random.Random(7)
    for _ in range(20):
        rows = list(TEN)
        rng.shuffle(rows)
        assert by_id(analyse(attempts(rows)))["q1"].discrimination == pytest.approx(5 / 9)


def test_corrected_point_biserial_of_the_hand_computed_example():
    q1 = analyse(attempts())[0]
    # q1 against the rest of the quiz (q2 + q3, 3 points). Every attempt showed all three
    # questions, so the rest percentage is 100/3 × rest points: r is the same on rest points.
    #   x (q1 right) = 1 1 1 0 1 0 1 0 0 1    Σx = 6,  Σx² = 6,  x̄ = 0.6
    #   y (rest)     = 3 3 2 3 1 2 0 1 0 2    Σy = 17, Σy² = 41, ȳ = 1.7
    #   Σxy = 3+3+2+1+0+2 = 11
    #   Sxy = 11 − 10 × 0.6 × 1.7 = 0.8;  Sxx = 6 − 10 × 0.36 = 2.4;  Syy = 41 − 10 × 2.89 = 12.1
    #   r = 0.8 / √(2.4 × 12.1) = 0.8 / √29.04 = 0.8 / 5.38888 ≈ 0.14845
    assert q1.point_biserial == pytest.approx(0.8 / (2.4 * 12.1) ** 0.5)
    assert q1.point_biserial == pytest.approx(0.14845, abs=1e-5)
    # Uncorrected, against the total (x + y = 4 4 3 3 2 2 1 1 0 3): Sxt = 17 − 13.8 = 3.2,
    # Stt = 69 − 52.9 = 16.1, r = 3.2 / √(2.4 × 16.1) ≈ 0.5148: the item flattering itself.
    assert q1.point_biserial != pytest.approx(0.5148, abs=1e-3)


def test_weighted_items_are_removed_with_their_own_points():
    q3 = analyse(attempts())[2]
    # q3 (2 points) against q1 + q2 (2 points): rest points per attempt
    #   x (q3 right) = 1 1 1 1 0 1 0 0 0 1    x̄ = 0.6, Sxx = 6 − 3.6 = 2.4
    #   y (q1 + q2)  = 2 2 1 1 2 0 1 1 0 1    Σy = 11, Σy² = 17, ȳ = 1.1, Syy = 17 − 12.1 = 4.9
    #   Σxy = 2+2+1+1+0+1 = 7, Sxy = 7 − 10 × 0.6 × 1.1 = 0.4
    #   r = 0.4 / √(2.4 × 4.9) = 0.4 / √11.76 ≈ 0.11664
    assert q3.point_biserial == pytest.approx(0.4 / 11.76**0.5)


def test_few_attempts_give_no_discrimination():
    nine = by_id(analyse(attempts(TEN[:9])))
    assert nine["q1"].n == 9 and nine["q1"].discrimination is None
    assert nine["q1"].difficulty == pytest.approx(5 / 9)
    assert nine["q1"].point_biserial is not None


@pytest.mark.parametrize(
    "rows",
    [
        [(1, b, c) for _a, b, c in TEN],  # everyone right
        [(0, b, c) for _a, b, c in TEN],  # everyone wrong
        [(a, 1, 0) for a, _b, _c in TEN],  # everyone scored the same on the rest
    ],
)
def test_point_biserial_is_none_when_either_side_does_not_vary(rows):
    assert analyse(attempts(rows))[0].point_biserial is None


def test_a_constant_rest_score_is_none_despite_float_rounding():
    # Rest = 1 of 3 points = 33.333…% for everyone. Averaging 100/3 ten times in floats leaves a
    # spread of about 1e-15, which a naive "standard deviation == 0" test misses, reporting r ≈ 0
    # where r is undefined.
    rows = [
        {
            "q1": Mark(bool(n % 2), float(n % 2), 1.0),
            "q2": Mark(True, 1.0, 1.0),
            "q3": Mark(False, 0.0, 1.0),
            "q4": Mark(False, 0.0, 1.0),
        }
        for n in range(10)
    ]
    assert analyse(rows)[0].point_biserial is None


def test_the_same_rest_score_reached_along_different_float_paths_is_one_score():
    # Three questions worth 0.1 each, q2 and q3 always right, so q1's rest is 100% every time.
    # In floats, (0.1 + 0.1 + 0.1 − 0.1) / (0.3 − 0.1) is 1.0 but (0 + 0.1 + 0.1) / (0.3 − 0.1)
    # is 0.9999999999999999: unrounded, the "spread" would give a perfect r = 1.
    rows = [
        {
            "q1": Mark(right, 0.1 if right else 0.0, 0.1),
            "q2": Mark(True, 0.1, 0.1),
            "q3": Mark(True, 0.1, 0.1),
        }
        for right in [True, False] * 5
    ]
    assert analyse(rows)[0].point_biserial is None


def test_ties_are_ties_whatever_the_float_path():
    # q1 is worth 0.1. Four attempts score exactly 50%: two with q1 right alongside q2 (0.2, right)
    # and q3 (0.3, wrong): 0.3 of 0.6, which floats make 50.00000000000001; two with q1 wrong
    # alongside q4 (0.1, right): 0.1 of 0.2 = 50.0. Two attempts score 100% (q1 right), four 0%.
    def attempt(q1, **others):
        marks = {"q1": Mark(q1, 0.1 if q1 else 0.0, 0.1)}
        for question_id, (right, points) in others.items():
            marks[question_id] = Mark(right, points if right else 0.0, points)
        return marks

    rows = [
        *[attempt(True, q4=(True, 0.1))] * 2,
        *[attempt(True, q2=(True, 0.2), q3=(False, 0.3))] * 2,
        *[attempt(False, q4=(True, 0.1))] * 2,
        *[attempt(False, q4=(False, 0.1))] * 4,
    ]
    # Upper 3: the two 100% (right), and one place shared by the four tied at 50% (2 of 4
    # right): (2 + 0.5) / 3 = 5/6. Lower 3: all from the four 0% (wrong): 0. D = 5/6.
    # Taking 50.00000000000001 as higher would put a right answer in the place: D = 1.
    assert analyse(rows)[0].discrimination == pytest.approx(5 / 6)


def test_questions_not_shown_are_not_counted_and_order_is_first_appearance():
    rows = attempts()
    rows[0] = {"q3": rows[0]["q3"]}  # a drawn quiz: a1 was shown only q3
    rows.insert(0, {"q9": Mark(True, 1.0, 1.0)})
    items = analyse(rows)
    assert [item.question_id for item in items] == ["q9", "q3", "q1", "q2"]
    figures = by_id(items)
    assert (figures["q1"].n, figures["q2"].n, figures["q3"].n) == (9, 9, 10)
    assert figures["q2"].difficulty == pytest.approx(4 / 9)
    # q9 was the only question of its attempt: no rest score, so no correlation.
    assert figures["q9"] == ItemStatistics("q9", 1, 1.0, None, None)


def test_rest_scores_are_percentages_when_attempts_show_different_questions():
    # q1 against the rest, as a percentage of what the rest was worth: attempts showing q2 (1 pt)
    # or q3 (2 pts) alongside q1 compare on the same scale. Rest % below: right → 100, wrong → 0.
    rows = [
        {"q1": Mark(True, 1.0, 1.0), "q2": Mark(True, 1.0, 1.0)},  # x 1, rest 100
        {"q1": Mark(True, 1.0, 1.0), "q3": Mark(True, 2.0, 2.0)},  # x 1, rest 100
        {"q1": Mark(False, 0.0, 1.0), "q2": Mark(False, 0.0, 1.0)},  # x 0, rest 0
        {"q1": Mark(False, 0.0, 1.0), "q3": Mark(True, 2.0, 2.0)},  # x 0, rest 100
    ]
    # x = 1 1 0 0, y = 1 1 0 1 (in hundreds): x̄ = .5, ȳ = .75, Sxy = 2 − 4 × .375 = .5,
    # Sxx = 1, Syy = 3 − 4 × .5625 = .75; r = .5 / √.75 ≈ 0.57735
    assert analyse(rows)[0].point_biserial == pytest.approx(0.5 / 0.75**0.5)


def test_marks_may_be_decimals_and_input_may_be_any_iterable():
    rows = (
        {key: Mark(m.correct, Decimal(str(m.awarded)), Decimal(m.possible)) for key, m in a.items()}
        for a in attempts()
    )
    assert analyse(rows) == analyse(attempts())
    assert analyse([]) == []


def test_figures_are_frozen():
    item = analyse(attempts())[0]
    with pytest.raises(AttributeError):
        item.n = 0
