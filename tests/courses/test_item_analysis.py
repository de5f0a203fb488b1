"""Item analysis figures against a hand-computed example."""

import pytest

from courses.item_analysis import Mark, analyse

# Ten attempts at two one-point questions: (q1 right?, q2 right?).
ANSWERS = [(1, 1), (1, 1), (1, 0), (0, 1), (1, 0), (0, 0), (0, 0), (1, 1), (0, 1), (0, 0)]


def attempts(rows=ANSWERS):
    return [
        {"q1": Mark(bool(a), float(a), 1.0), "q2": Mark(bool(b), float(b), 1.0)} for a, b in rows
    ]


def test_hand_computed_example():
    q1, q2 = analyse(attempts())
    # Difficulty: q1 right in 5 of 10 attempts; q2 likewise.
    assert (q1.question_id, q1.n, q1.difficulty) == ("q1", 10, 0.5)
    assert q2.difficulty == 0.5
    # Groups of round(10 × 0.27) = 3 by total: bottom = the three 0% attempts (q1 right 0/3),
    # top = the three 100% attempts (q1 right 3/3): 1 − 0 = 1.
    assert q1.discrimination == pytest.approx(1.0)
    # Corrected point-biserial: q1 against the rest of the quiz, i.e. q2. Both binary, so it is
    # phi = (ad − bc) / √((a+b)(c+d)(a+c)(b+d)) with a=3 (both right), b=2, c=2, d=3:
    # (9 − 4) / √(5·5·5·5) = 0.2.
    assert q1.point_biserial == pytest.approx(0.2)


def test_small_samples_and_constant_items_give_no_figure():
    few = analyse(attempts(ANSWERS[:5]))[0]
    assert few.discrimination is None and few.difficulty == pytest.approx(0.8)
    everyone_right = analyse(attempts([(1, b) for _a, b in ANSWERS]))[0]
    assert everyone_right.difficulty == 1.0 and everyone_right.point_biserial is None


def test_questions_not_shown_are_not_counted():
    rows = attempts()
    del rows[0]["q2"]
    q1, q2 = analyse(rows)
    assert q1.n == 10 and q2.n == 9
    assert q2.difficulty == pytest.approx(4 / 9)
