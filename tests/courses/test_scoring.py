"""Scoring rules on their own (no database): snapshots, validation of untrusted answers, marks."""

import json
import random
from decimal import Decimal

import pytest

from courses import scoring


def authored():
    def options(*correct):
        return [
            {"id": f"o{n}", "text": {"en": f"Option {n}", "zh_hant": f"選項{n}"}, "correct": c}
            for n, c in enumerate(correct, start=1)
        ]

    text = {"en": "Q", "zh_hant": "問"}
    return [
        {"id": "q1", "kind": "single", "prompt": text, "options": options(False, True, False)},
        {"id": "q2", "kind": "multiple", "prompt": text, "options": options(True, False, True)},
        {"id": "q3", "kind": "true_false", "prompt": text, "options": [], "answer": False},
        {
            "id": "q4",
            "kind": "numeric",
            "prompt": text,
            "options": [],
            "value": "3.1",
            "tolerance": "0.1",
        },
        {"id": "q5", "kind": "ordering", "prompt": text, "options": options(*[None] * 4)},
    ]


@pytest.fixture
def snapshot():
    return scoring.build_snapshot(authored(), rng=random.Random(3))


RIGHT = {"q1": "o2", "q2": ["o3", "o1"], "q3": False, "q4": "3.1", "q5": ["o1", "o2", "o3", "o4"]}


def test_right_answers_score_full_marks(snapshot):
    result = scoring.score(snapshot, RIGHT)
    assert (result.awarded, result.possible, result.percent) == (5, 5, Decimal("100.00"))
    assert result.passed(100)


def test_all_or_nothing_per_question(snapshot):
    result = scoring.score(snapshot, {**RIGHT, "q2": ["o1"], "q5": ["o2", "o1", "o3", "o4"]})
    by_id = {r.question_id: r.correct for r in result.results}
    assert by_id == {"q1": True, "q2": False, "q3": True, "q4": True, "q5": False}
    assert result.percent == Decimal("60.00") and not result.passed(70)


@pytest.mark.parametrize(
    ("answer", "correct"),
    [("3.2", True), ("3.0", True), ("3.21", False), ("３．０５", True), (3, True), (" 3.1 ", True)],
)
def test_numeric_tolerance_is_inclusive_and_full_width_digits_count(snapshot, answer, correct):
    result = scoring.score(snapshot, {"q4": answer})
    assert next(r for r in result.results if r.question_id == "q4").correct is correct


def test_percent_rounds_half_up():
    questions = [
        {"id": f"q{n}", "kind": "true_false", "prompt": {}, "options": [], "answer": True}
        for n in range(3)
    ]
    snapshot = scoring.build_snapshot(questions, rng=random.Random(1))
    assert scoring.score(snapshot, {"q0": True, "q1": True}).percent == Decimal("66.67")
    assert scoring.score(snapshot, {"q0": True}).percent == Decimal("33.33")


def test_unanswered_questions_score_zero_without_error(snapshot):
    result = scoring.score(snapshot, {"q1": "", "q2": [], "q3": None})
    assert result.awarded == 0 and not any(r.answered for r in result.results)


@pytest.mark.parametrize(
    "answers",
    [
        {"q9": "o1"},
        {"q1": "o9"},
        {"q1": ["o2"]},
        {"q2": ["o1", "o1"]},
        {"q2": "o1"},
        {"q3": "yes"},
        {"q3": 1},
        {"q4": "3,1"},
        {"q4": "NaN"},
        {"q4": "Infinity"},
        {"q4": "1e309"},
        {"q4": True},
        {"q4": {"value": 3}},
        {"q5": ["o1", "o2"]},
        {"q5": ["o1", "o2", "o3", "o3"]},
        {"q4": "9" * 101},
        {1: "o1"},
        {f"x{n}": 1 for n in range(300)},
    ],
)
def test_malformed_or_tampered_answers_are_refused_with_reasons(snapshot, answers):
    with pytest.raises(scoring.InvalidSubmission) as refusal:
        scoring.score(snapshot, answers)
    assert refusal.value.problems and all(isinstance(p, str) for p in refusal.value.problems)


@pytest.mark.parametrize("answers", [None, [], "text", 3, [{"q1": "o2"}]])
def test_answers_that_are_not_a_mapping_are_refused(snapshot, answers):
    with pytest.raises(scoring.InvalidSubmission):
        scoring.validate_answers(snapshot, answers)


def test_every_problem_is_listed_with_its_question_number(snapshot):
    numbers = {q["id"]: n for n, q in enumerate(snapshot, start=1)}
    with pytest.raises(scoring.InvalidSubmission) as refusal:
        scoring.validate_answers(snapshot, {"q1": "o9", "q4": "abc"})
    assert len(refusal.value.problems) == 2
    assert any(f"Question {numbers['q1']}:" in p for p in refusal.value.problems)


def test_public_view_does_not_leak_the_key(snapshot):
    shown = json.dumps(scoring.public_view(snapshot))
    assert "correct" not in shown and "key" not in shown and "3.1" not in shown
    assert "feedback" not in shown and "explanation" not in shown


def test_ordering_questions_are_never_shown_solved():
    for seed in range(50):
        snapshot = scoring.build_snapshot(authored(), rng=random.Random(seed))
        ordering = next(q for q in snapshot if q["kind"] == "ordering")
        assert [o["id"] for o in ordering["options"]] != ordering["key"]["order"]


def test_draw_and_shuffle_are_reproducible_with_a_seed():
    one = scoring.build_snapshot(authored(), rng=random.Random(5), draw=3)
    two = scoring.build_snapshot(authored(), rng=random.Random(5), draw=3)
    assert one == two and len(one) == 3 and len({q["id"] for q in one}) == 3
    kept = scoring.build_snapshot(authored(), rng=random.Random(5), shuffle_questions=False)
    assert [q["id"] for q in kept] == ["q1", "q2", "q3", "q4", "q5"]


def test_review_shows_what_the_quiz_allows(snapshot):
    result = scoring.score(snapshot, {**RIGHT, "q1": "o1"})
    assert scoring.review(snapshot, RIGHT, result, "en", "score") == []
    marks = scoring.review(snapshot, RIGHT, result, "zh_hant", "correctness")
    assert "right_answer" not in marks[0] and sum(not m["correct"] for m in marks) == 1
    full = scoring.review(snapshot, RIGHT, result, "zh_hant", "feedback")
    wrong = next(m for m in full if not m["correct"])
    assert wrong["right_answer"] == "選項2" and wrong["prompt"] == "問"
