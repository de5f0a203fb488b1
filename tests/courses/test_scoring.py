"""Scoring rules on their own (no database): snapshots, validation of untrusted answers, marks,
and what the learner is shown afterwards."""

import json
import math
import random
from decimal import Decimal

import pytest

from courses import scoring

TOP_LEVEL_PROBLEMS = {
    "The answers could not be read.",
    "Too many answers were sent.",
    "An answer was sent for a question that is not in this attempt.",
}


def texts(en, zh_hant="", zh_hans=""):
    return {"en": en, "zh_hant": zh_hant, "zh_hans": zh_hans}


def options(*correct):
    return [
        {"id": f"o{n}", "text": texts(f"Option {n}", f"選項{n}"), "correct": c}
        for n, c in enumerate(correct, start=1)
    ]


def authored():
    """One question of each kind, as `courses.services.quiz_questions` hands them over."""

    def question(number, kind, **fields):
        return {
            "id": f"q{number}",
            "kind": kind,
            "points": 1,
            "prompt": texts(f"Prompt {number}", f"問題{number}"),
            "options": [],
            "feedback": {"correct": texts("Well done"), "incorrect": texts("Not quite", "再試")},
            "explanation": texts("Because genes", "因為基因"),
            **fields,
        }

    return [
        question(1, "single", options=options(False, True, False)),
        question(2, "multiple", options=options(True, False, True)),
        question(3, "true_false", answer=False),
        # As a DecimalField(decimal_places=6) stores them.
        question(4, "numeric", value="3.100000", tolerance="0.100000"),
        question(5, "ordering", options=options(*[False] * 4)),
    ]


@pytest.fixture
def snapshot():
    """Questions in authored order, so "Question 4" means q4; options shuffled."""
    return scoring.build_snapshot(authored(), rng=random.Random(3), shuffle_questions=False)


RIGHT = {"q1": "o2", "q2": ["o3", "o1"], "q3": False, "q4": "3.1", "q5": ["o1", "o2", "o3", "o4"]}


def outcome(result, question_id):
    return next(r for r in result.results if r.question_id == question_id)


def refusal_of(snapshot, answers):
    with pytest.raises(scoring.InvalidSubmission) as refusal:
        scoring.validate_answers(snapshot, answers)
    return refusal.value.problems


# -- build_snapshot ----------------------------------------------------------------------------
def test_the_key_is_derived_from_the_authored_questions(snapshot):
    keys = {q["id"]: q["key"] for q in snapshot}
    assert keys == {
        "q1": {"correct": "o2"},
        "q2": {"correct": ["o1", "o3"]},
        "q3": {"correct": False},
        "q4": {"value": "3.100000", "tolerance": "0.100000"},
        "q5": {"order": ["o1", "o2", "o3", "o4"]},
    }
    assert [q["points"] for q in snapshot] == ["1"] * 5


def test_snapshot_options_carry_no_correct_flags(snapshot):
    for question in snapshot:
        for option in question["options"]:
            assert set(option) == {"id", "text"}


def test_snapshot_does_not_share_data_with_the_authored_questions():
    questions = authored()
    snapshot = scoring.build_snapshot(questions, rng=random.Random(1), shuffle_questions=False)
    questions[0]["prompt"]["en"] = "Edited later"
    questions[0]["options"][0]["text"]["en"] = "Edited later"
    assert "Edited later" not in json.dumps(snapshot)


def test_shuffle_is_reproducible_with_a_seed_and_varies_between_seeds():
    def order(seed):
        snapshot = scoring.build_snapshot(authored(), rng=random.Random(seed))
        return [(q["id"], [o["id"] for o in q["options"]]) for q in snapshot]

    assert order(5) == order(5)
    assert len({json.dumps(order(seed)) for seed in range(10)}) > 1


def test_without_shuffling_the_authored_order_is_kept_except_for_ordering_questions():
    for seed in range(20):
        snapshot = scoring.build_snapshot(
            authored(), rng=random.Random(seed), shuffle_questions=False, shuffle_options=False
        )
        assert [q["id"] for q in snapshot] == ["q1", "q2", "q3", "q4", "q5"]
        assert [o["id"] for o in snapshot[0]["options"]] == ["o1", "o2", "o3"]
        assert [o["id"] for o in snapshot[1]["options"]] == ["o1", "o2", "o3"]
        # The authored order of an ordering question is its answer: always shuffled.
        assert [o["id"] for o in snapshot[4]["options"]] != ["o1", "o2", "o3", "o4"]


@pytest.mark.parametrize("count", [2, 3, 4])
def test_ordering_questions_are_never_shown_solved(count):
    questions = [{"id": "q", "kind": "ordering", "prompt": {}, "options": options(*[0] * count)}]
    for seed in range(200):
        (question,) = scoring.build_snapshot(questions, rng=random.Random(seed))
        shown = [o["id"] for o in question["options"]]
        assert shown != question["key"]["order"]
        assert sorted(shown) == question["key"]["order"]


def test_draw_asks_that_many_different_questions_reproducibly():
    one = scoring.build_snapshot(authored(), rng=random.Random(5), draw=3)
    two = scoring.build_snapshot(authored(), rng=random.Random(5), draw=3)
    assert one == two
    assert len(one) == 3 and len({q["id"] for q in one}) == 3
    assert {q["id"] for q in one} <= {"q1", "q2", "q3", "q4", "q5"}
    drawn = {
        frozenset(q["id"] for q in scoring.build_snapshot(authored(), rng=random.Random(s), draw=2))
        for s in range(30)
    }
    assert len(drawn) > 1  # the draw really is random, not always the same questions


def test_draw_without_shuffling_keeps_the_authored_order():
    for seed in range(20):
        snapshot = scoring.build_snapshot(
            authored(), rng=random.Random(seed), draw=3, shuffle_questions=False
        )
        ids = [q["id"] for q in snapshot]
        assert len(ids) == 3 and ids == sorted(ids)


@pytest.mark.parametrize("draw", [None, 0, 5, 9])
def test_no_draw_or_a_draw_of_at_least_every_question_asks_them_all(draw):
    snapshot = scoring.build_snapshot(authored(), rng=random.Random(2), draw=draw)
    assert sorted(q["id"] for q in snapshot) == ["q1", "q2", "q3", "q4", "q5"]


def broken(number, **changes):
    questions = authored()
    questions[number - 1].update(changes)
    return questions


@pytest.mark.parametrize(
    "questions",
    [
        broken(1, options=options(False, False)),  # single: no right option
        broken(1, options=options(True, True)),  # single: two right options
        broken(2, options=options(False, False)),  # multiple: nothing to tick
        broken(3, answer=None),  # true/false without an answer
        broken(4, value=None),
        broken(4, value="three"),
        broken(4, tolerance="-0.1"),
        broken(5, options=[]),
        broken(1, options=[*options(False, True), *options(False)]),  # two options "o1"
        broken(1, kind="essay"),
        broken(1, points="NaN"),
    ],
)
def test_questions_no_one_could_answer_right_are_refused_when_building(questions):
    with pytest.raises(scoring.QuizAuthoringError):
        scoring.build_snapshot(questions, rng=random.Random(1))


def test_a_single_choice_question_with_one_option_is_refused():
    with pytest.raises(scoring.QuizAuthoringError) as refusal:
        scoring.check_question(broken(1, options=options(True))[0])
    assert refusal.value.message == "it needs at least two options."
    assert refusal.value.question_id == "q1"


def test_a_broken_question_is_refused_even_when_the_draw_would_leave_it_out():
    questions = broken(1, options=options(False, False))
    for seed in range(20):
        with pytest.raises(scoring.QuizAuthoringError):
            scoring.build_snapshot(questions, rng=random.Random(seed), draw=1)


def pooled(**pools):
    """Authored questions; `pools` names the pool of some of them: pooled(q1="a", q2="a")."""
    return [{**q, "pool": pools.get(q["id"], "")} for q in authored()]


def test_a_pool_draw_asks_that_many_of_the_pool_and_every_unpooled_question():
    questions = pooled(q1="genes", q2="genes", q3="genes", q4="drugs", q5="drugs")
    seen_from_genes = set()
    for seed in range(40):
        asked = [
            q["id"]
            for q in scoring.build_snapshot(
                questions,
                rng=random.Random(seed),
                shuffle_questions=False,
                pool_draws={"genes": 2},
            )
        ]
        genes = [i for i in asked if i in ("q1", "q2", "q3")]
        assert len(genes) == 2
        assert asked[-2:] == ["q4", "q5"]  # the drugs pool has no count: all asked, in order
        assert asked == sorted(asked)  # authored order kept without shuffling
        seen_from_genes.update(genes)
    assert seen_from_genes == {"q1", "q2", "q3"}  # the draw varies


def test_pool_draws_of_several_pools_and_an_overall_draw_combine():
    questions = pooled(q1="a", q2="a", q3="b", q4="b", q5="b")
    for seed in range(20):
        asked = {
            q["id"]
            for q in scoring.build_snapshot(
                questions, rng=random.Random(seed), pool_draws={"a": 1, "b": 2}
            )
        }
        assert len(asked & {"q1", "q2"}) == 1 and len(asked & {"q3", "q4", "q5"}) == 2
    asked = scoring.build_snapshot(
        questions, rng=random.Random(1), pool_draws={"a": 1, "b": 2}, draw=2
    )
    assert len(asked) == 2


@pytest.mark.parametrize("count", [0, 3, 9])
def test_a_pool_count_of_zero_or_at_least_the_pool_asks_the_whole_pool(count):
    questions = pooled(q1="a", q2="a", q3="a")
    asked = scoring.build_snapshot(questions, rng=random.Random(1), pool_draws={"a": count})
    assert len(asked) == 5


def test_a_count_for_the_empty_pool_name_does_not_draw_from_unpooled_questions():
    asked = scoring.build_snapshot(pooled(), rng=random.Random(1), pool_draws={"": 1})
    assert len(asked) == 5


# -- public_view ------------------------------------------------------------------------------
def test_public_view_does_not_leak_the_key(snapshot):
    shown = json.dumps(scoring.public_view(snapshot), ensure_ascii=False)
    assert "correct" not in shown and "key" not in shown
    assert "3.1" not in shown and "0.1" not in shown  # the numeric key
    booleans = shown.replace('"true_false"', "")  # the kind's name is not the key
    assert "false" not in booleans and "true" not in booleans  # the true/false key
    assert '"order"' not in shown
    hidden = ("feedback", "explanation", "Well done", "Not quite", "Because genes", "因為基因")
    assert [text for text in hidden if text in shown] == []
    # ...while still showing what the learner needs.
    assert "Prompt 1" in shown and "選項2" in shown


def test_public_view_keeps_the_shown_order_and_drops_anything_else_on_options(snapshot):
    view = scoring.public_view(snapshot)
    assert [q["id"] for q in view] == [q["id"] for q in snapshot]
    assert view[4]["options"] == snapshot[4]["options"]
    snapshot[0]["options"][0]["correct"] = True  # e.g. a snapshot stored by a buggy build
    assert "correct" not in json.dumps(scoring.public_view(snapshot))


# -- validate_answers -------------------------------------------------------------------------
def test_answers_are_normalised(snapshot):
    answers = {"q1": "o2", "q2": ["o3", "o1"], "q3": "true", "q4": " 3.10 ", "q5": RIGHT["q5"]}
    assert scoring.validate_answers(snapshot, answers) == {
        "q1": "o2",
        "q2": ["o1", "o3"],
        "q3": True,
        "q4": Decimal("3.10"),
        "q5": ["o1", "o2", "o3", "o4"],
    }
    assert scoring.validate_answers(snapshot, {"q3": "false"}) == {"q3": False}
    assert scoring.validate_answers(snapshot, {"q3": False}) == {"q3": False}


@pytest.mark.parametrize(
    ("typed", "value"),
    [
        ("３．１", "3.1"),  # full-width digits and point from a Chinese IME
        ("３", "3"),
        ("－３．５", "-3.5"),  # full-width minus
        ("\u22123.5", "-3.5"),  # mathematical minus sign
        ("\u30003.1\u3000", "3.1"),  # ideographic spaces around it
        ("+3.1", "3.1"),
        (".5", "0.5"),
        ("3.", "3"),
        ("1e1", "10"),
        ("3.10", "3.10"),
        (3, "3"),
        (3.1, "3.1"),
        (Decimal("3.1"), "3.1"),
        ("0", "0"),
        ("1e-30", "1e-30"),
    ],
)
def test_numbers_are_read_as_decimals(snapshot, typed, value):
    assert scoring.validate_answers(snapshot, {"q4": typed}) == {"q4": Decimal(value)}


@pytest.mark.parametrize("blank", [None, "", "   ", "\u3000", []])
def test_unanswered_questions_are_left_out(snapshot, blank):
    answers = dict.fromkeys(("q1", "q2", "q3", "q4", "q5"), blank)
    assert scoring.validate_answers(snapshot, answers) == {}
    assert scoring.validate_answers(snapshot, {}) == {}


WRONG_OPTION = "that option is not one of this question's options."
NOT_A_LIST = "the answer must be a list of options."
PUT_IN_ORDER = "put every option in order."
TRUE_OR_FALSE = "answer true or false."
A_NUMBER = "enter a number."
A_POINT = "enter a number, with a point for decimals (e.g. 3.5)."


@pytest.mark.parametrize(
    ("answers", "problem"),
    [
        ({"q1": "o9"}, f"Question 1: {WRONG_OPTION}"),
        ({"q1": "O2"}, f"Question 1: {WRONG_OPTION}"),
        ({"q1": ["o2"]}, f"Question 1: {WRONG_OPTION}"),
        ({"q1": {"id": "o2"}}, f"Question 1: {WRONG_OPTION}"),
        ({"q1": 2}, f"Question 1: {WRONG_OPTION}"),
        ({"q1": "o" * 101}, f"Question 1: {WRONG_OPTION}"),
        ({"q2": "o1"}, f"Question 2: {NOT_A_LIST}"),
        ({"q2": {"o1": True}}, f"Question 2: {NOT_A_LIST}"),
        ({"q2": ["o1", 3]}, f"Question 2: {NOT_A_LIST}"),
        ({"q2": ["o1", ["o3"]]}, f"Question 2: {NOT_A_LIST}"),
        ({"q2": ["o1", "o9"]}, f"Question 2: {WRONG_OPTION}"),
        ({"q2": ["o1", "o1"]}, f"Question 2: {WRONG_OPTION}"),  # a repeat is tampering
        ({"q2": ["o1"] * 100_000}, f"Question 2: {WRONG_OPTION}"),
        ({"q3": "yes"}, f"Question 3: {TRUE_OR_FALSE}"),
        ({"q3": 1}, f"Question 3: {TRUE_OR_FALSE}"),
        ({"q3": 0}, f"Question 3: {TRUE_OR_FALSE}"),
        ({"q3": ["true"]}, f"Question 3: {TRUE_OR_FALSE}"),
        ({"q4": "3,1"}, f"Question 4: {A_POINT}"),
        ({"q4": "３，１"}, f"Question 4: {A_POINT}"),  # full-width comma
        ({"q4": "3。1"}, f"Question 4: {A_POINT}"),  # ideographic full stop
        ({"q4": "1,000"}, f"Question 4: {A_POINT}"),
        ({"q4": "abc"}, f"Question 4: {A_NUMBER}"),
        ({"q4": "NaN"}, f"Question 4: {A_NUMBER}"),
        ({"q4": "sNaN"}, f"Question 4: {A_NUMBER}"),
        ({"q4": "Infinity"}, f"Question 4: {A_NUMBER}"),
        ({"q4": "-inf"}, f"Question 4: {A_NUMBER}"),
        ({"q4": float("nan")}, f"Question 4: {A_NUMBER}"),
        ({"q4": float("inf")}, f"Question 4: {A_NUMBER}"),
        ({"q4": Decimal("NaN")}, f"Question 4: {A_NUMBER}"),
        ({"q4": "1e309"}, f"Question 4: {A_NUMBER}"),
        ({"q4": "9e999999"}, f"Question 4: {A_NUMBER}"),
        ({"q4": "1e-31"}, f"Question 4: {A_NUMBER}"),
        ({"q4": 1e300}, f"Question 4: {A_NUMBER}"),
        ({"q4": 10**5000}, f"Question 4: {A_NUMBER}"),  # str() of it would raise ValueError
        ({"q4": "0x1A"}, f"Question 4: {A_NUMBER}"),
        ({"q4": "1_000"}, f"Question 4: {A_NUMBER}"),
        ({"q4": "3.1.1"}, f"Question 4: {A_NUMBER}"),
        ({"q4": "9" * 101}, f"Question 4: {A_NUMBER}"),
        ({"q4": True}, f"Question 4: {A_NUMBER}"),
        ({"q4": {"value": 3}}, f"Question 4: {A_NUMBER}"),
        ({"q4": ["3.1"]}, f"Question 4: {A_NUMBER}"),
        ({"q5": ["o1", "o2"]}, f"Question 5: {PUT_IN_ORDER}"),  # places left empty
        ({"q5": ["o1", "o2", "o3", "o3"]}, f"Question 5: {PUT_IN_ORDER}"),  # one option twice
        ({"q5": ["o1", "o2", "o3", "o9"]}, f"Question 5: {WRONG_OPTION}"),
        ({"q5": ["o1", "o2", "o3", "o4", "o4"]}, f"Question 5: {WRONG_OPTION}"),
        ({"q5": "o1 o2 o3 o4"}, f"Question 5: {NOT_A_LIST}"),
        ({"q9": "o1"}, "An answer was sent for a question that is not in this attempt."),
        ({1: "o1"}, "An answer was sent for a question that is not in this attempt."),
        ({None: "o1"}, "An answer was sent for a question that is not in this attempt."),
        ({"q1" * 1000: "o1"}, "An answer was sent for a question that is not in this attempt."),
        ({f"x{n}": 1 for n in range(201)}, "Too many answers were sent."),
    ],
)
def test_malformed_or_tampered_answers_are_refused_with_the_reason(snapshot, answers, problem):
    assert refusal_of(snapshot, answers) == [problem]
    with pytest.raises(scoring.InvalidSubmission):
        scoring.score(snapshot, answers)  # scoring validates first


@pytest.mark.parametrize("answers", [None, [], "text", 3, [{"q1": "o2"}], '{"q1": "o2"}'])
def test_answers_that_are_not_a_mapping_are_refused(snapshot, answers):
    assert refusal_of(snapshot, answers) == ["The answers could not be read."]


def test_every_problem_is_listed_once_in_question_order(snapshot):
    answers = {"q4": "abc", "zz": 1, "q1": "o9", "yy": 2, "q2": ["o2"], "q3": "maybe"}
    assert refusal_of(snapshot, answers) == [
        "An answer was sent for a question that is not in this attempt.",
        f"Question 1: {WRONG_OPTION}",
        f"Question 3: {TRUE_OR_FALSE}",
        f"Question 4: {A_NUMBER}",
    ]


def test_problems_are_translated(snapshot):
    from django.utils import translation

    with translation.override("zh-hant"):
        (problem,) = refusal_of(snapshot, {"q4": "3,1"})
    assert problem.startswith("第 4 題") and "Question" not in problem


def test_two_hundred_answers_are_not_too_many_for_a_long_quiz():
    questions = [
        {"id": f"q{n}", "kind": "true_false", "prompt": {}, "answer": True} for n in range(250)
    ]
    snapshot = scoring.build_snapshot(questions, rng=random.Random(1))
    answers = {f"q{n}": True for n in range(250)}
    assert scoring.score(snapshot, answers).percent == Decimal("100.00")


# JSON-like oddities, and a few things JSON cannot even hold.
ODDITIES = [
    None, True, False, 0, -1, 1, 2**63, -(10**5000), 10**5000, 0.0, -0.0, 1e309, -1e309,
    float("nan"), 1e-320, "", " ", "\x00", "\u3000", "o1", "o2", "o9", "q1", "true", "TRUE",
    "NaN", "nan", "-Infinity", "sNaN", "1e309", "1e-309", "3.1", "３．１", "3,1", "1e99999999",
    "9" * 5000, "x" * 1_000_000, "\ud800", "🧬", "<script>", [], {}, ["o1"],
    ["o1", "o2", "o3", "o4"], ["o1"] * 10_000, [str(n) for n in range(100_000)], [None], [[]],
    [{}], {"o1": True}, {"": None}, Decimal("NaN"), Decimal("-Infinity"), Decimal("1e999999"),
    (), ("o1",), {"o1"}, b"o1", object(),
]  # fmt: skip


def weird_value(rng: random.Random, depth: int = 0):
    if depth < 3 and rng.random() < 0.3:
        items = [weird_value(rng, depth + 1) for _ in range(rng.randint(0, 5))]
        return items if rng.random() < 0.5 else {str(rng.random()): item for item in items}
    return rng.choice(ODDITIES)


def test_any_json_like_input_is_either_accepted_or_refused_with_reasons(snapshot):
    rng = random.Random(20240101)
    keys = ["q1", "q2", "q3", "q4", "q5", "q6", "", 0, None, ("q1",), "q1 "]
    outcomes = set()
    for _ in range(3000):
        # Start from some right answers, so accepted submissions are exercised too...
        answers = dict(rng.sample(sorted(RIGHT.items()), rng.randint(0, 5)))
        for _ in range(rng.choice([0, 1, 1, 2, 6])):  # ...then spoil some of them
            answers[rng.choice(keys)] = weird_value(rng)
        if rng.random() < 0.05:
            answers = weird_value(rng)
        try:
            result = scoring.score(snapshot, answers)
        except scoring.InvalidSubmission as refusal:
            assert refusal.problems
            for problem in refusal.problems:
                assert problem in TOP_LEVEL_PROBLEMS or problem.startswith("Question ")
            outcomes.add("refused")
            continue
        assert Decimal(0) <= result.awarded <= result.possible == Decimal(5)
        assert len(scoring.review(snapshot, answers, result, "en", "feedback")) == 5
        outcomes.add(("scored", result.awarded))
    assert len(outcomes) == 7  # refused, and every score from 0 to 5 was reached


# -- score --------------------------------------------------------------------------------------
def test_right_answers_score_full_marks(snapshot):
    result = scoring.score(snapshot, RIGHT)
    assert (result.awarded, result.possible, result.percent) == (5, 5, Decimal("100.00"))
    assert [r.question_id for r in result.results] == ["q1", "q2", "q3", "q4", "q5"]
    assert all(r.correct and r.answered and r.points_awarded == 1 for r in result.results)
    assert result.passed(100)


@pytest.mark.parametrize(
    ("question_id", "answer"),
    [
        ("q1", "o1"),
        ("q2", ["o1"]),  # a subset of the right set
        ("q2", ["o1", "o2", "o3"]),  # a superset: ticking everything earns nothing
        ("q3", True),
        ("q4", "3.3"),
        ("q5", ["o2", "o1", "o3", "o4"]),  # one swap
        ("q5", ["o4", "o3", "o2", "o1"]),
    ],
)
def test_marking_is_all_or_nothing(snapshot, question_id, answer):
    result = scoring.score(snapshot, {**RIGHT, question_id: answer})
    wrong = outcome(result, question_id)
    assert (wrong.correct, wrong.answered, wrong.points_awarded) == (False, True, 0)
    assert wrong.points_possible == 1
    assert result.awarded == 4 and result.percent == Decimal("80.00")


@pytest.mark.parametrize(
    ("answer", "correct"),
    [
        ("3.2", True),  # exactly at the tolerance, above
        ("3.0", True),  # exactly at the tolerance, below
        ("3.20", True),
        ("3.2000000000000000000000000000001", False),  # beyond 28 digits: no rounding slack
        ("3.0999999999999999999999999999999", True),
        ("2.9999999999999999999999999999999", False),
        ("3.21", False),
        ("2.99", False),
        ("-3.1", False),
        ("３．０５", True),
        (3, True),
        (3.2, True),  # a float means what it prints, not its binary approximation
        (" 3.1 ", True),
    ],
)
def test_numeric_tolerance_is_inclusive_and_exact(snapshot, answer, correct):
    assert outcome(scoring.score(snapshot, {"q4": answer}), "q4").correct is correct


def test_a_numeric_question_without_tolerance_needs_the_exact_value():
    questions = [{"id": "n", "kind": "numeric", "prompt": {}, "value": "0.5", "tolerance": "0"}]
    snapshot = scoring.build_snapshot(questions, rng=random.Random(1))
    assert scoring.score(snapshot, {"n": "0.50"}).awarded == 1
    assert scoring.score(snapshot, {"n": ".5"}).awarded == 1
    assert scoring.score(snapshot, {"n": "0.5000001"}).awarded == 0


def test_unanswered_questions_score_zero_without_error(snapshot):
    result = scoring.score(snapshot, {"q1": "", "q2": [], "q3": None, "q4": "  "})
    assert result.awarded == 0 and result.possible == 5
    assert not any(r.answered or r.correct for r in result.results)


def true_false_quiz(*points):
    questions = [
        {"id": f"q{n}", "kind": "true_false", "prompt": {}, "answer": True, "points": p}
        for n, p in enumerate(points)
    ]
    return scoring.build_snapshot(questions, rng=random.Random(1), shuffle_questions=False)


def test_points_weight_questions_and_may_be_decimal():
    snapshot = true_false_quiz(1, "2.5", Decimal("0.5"))
    result = scoring.score(snapshot, {"q1": True, "q2": False})
    assert (result.awarded, result.possible) == (Decimal("2.5"), Decimal("4.0"))
    assert outcome(result, "q1").points_possible == Decimal("2.5")
    assert result.percent == Decimal("62.50")


def test_percent_rounds_half_up_to_two_places():
    # 1 of 32 points is 3.125%: half up gives 3.13 (banker's rounding would give 3.12).
    snapshot = true_false_quiz(1, 31)
    assert scoring.score(snapshot, {"q0": True}).percent == Decimal("3.13")
    # 31/32 = 96.875% → 96.88 (half-even would also give 96.88; the case above tells them apart).
    assert scoring.score(snapshot, {"q1": True}).percent == Decimal("96.88")
    thirds = true_false_quiz(1, 1, 1)
    assert scoring.score(thirds, {"q0": True, "q1": True}).percent == Decimal("66.67")
    assert scoring.score(thirds, {"q0": True}).percent == Decimal("33.33")
    assert scoring.Score((), Decimal(1), Decimal(8)).percent == Decimal("12.50")
    assert str(scoring.Score((), Decimal(1), Decimal(3)).percent) == "33.33"


def test_percent_is_zero_when_nothing_can_be_scored():
    assert scoring.Score((), Decimal(0), Decimal(0)).percent == Decimal("0.00")
    result = scoring.score(true_false_quiz(0), {"q0": True})
    assert result.percent == 0 and not result.passed(1) and result.passed(0)


def test_passing_is_judged_on_the_percent_shown():
    score = scoring.Score((), Decimal(7), Decimal(10))
    assert score.passed(70) and score.passed("70") and score.passed(Decimal("70.00"))
    assert not score.passed(71) and not score.passed(70.01)
    # 13999 of 20000 is 69.995%: shown as 70.00%, so it passes a 70% mark.
    assert scoring.Score((), Decimal(13999), Decimal(20000)).passed(70)
    assert not scoring.Score((), Decimal(13998), Decimal(20000)).passed(70)


def test_score_and_results_are_immutable(snapshot):
    result = scoring.score(snapshot, RIGHT)
    with pytest.raises(AttributeError):
        result.awarded = Decimal(0)
    with pytest.raises(AttributeError):
        result.results[0].correct = False


# -- review -------------------------------------------------------------------------------------
@pytest.mark.parametrize("show", ["score", "none", "never", "", "Feedback", None])
def test_review_shows_nothing_per_question_unless_allowed(snapshot, show):
    result = scoring.score(snapshot, RIGHT)
    assert scoring.review(snapshot, RIGHT, result, "en", show) == []


def test_review_of_correctness_says_right_or_wrong_but_not_the_answer(snapshot):
    answers = {**RIGHT, "q1": "o1", "q4": None}
    result = scoring.score(snapshot, answers)
    items = scoring.review(snapshot, answers, result, "en", "correctness")
    assert [item["number"] for item in items] == [1, 2, 3, 4, 5]
    assert [(item["correct"], item["answered"]) for item in items] == [
        (False, True),
        (True, True),
        (True, True),
        (False, False),
        (True, True),
    ]
    assert set(items[0]) == {"number", "id", "prompt", "correct", "answered", "your_answer"}
    assert items[0]["your_answer"] == "Option 1" and items[3]["your_answer"] == ""
    shown = json.dumps(items)
    assert "Well done" not in shown and "Because genes" not in shown


def test_review_with_feedback_gives_right_answers_feedback_and_explanation(snapshot):
    answers = {**RIGHT, "q1": "o1", "q3": True, "q4": "３．０"}
    result = scoring.score(snapshot, answers)
    items = {
        item["id"]: item for item in scoring.review(snapshot, answers, result, "en", "feedback")
    }
    assert {key: item["right_answer"] for key, item in items.items()} == {
        "q1": "Option 2",
        "q2": "; ".join(  # in the order the options were shown
            o["text"]["en"] for o in snapshot[1]["options"] if o["id"] in ("o1", "o3")
        ),
        "q3": "False",
        "q4": "3.1 ± 0.1",  # stored as 3.100000 and 0.100000
        "q5": "Option 1 → Option 2 → Option 3 → Option 4",
    }
    assert items["q1"]["feedback"] == "Not quite" and items["q2"]["feedback"] == "Well done"
    assert items["q1"]["explanation"] == "Because genes"
    assert (items["q3"]["your_answer"], items["q4"]["your_answer"]) == ("True", "3.0")
    assert items["q5"]["your_answer"] == "Option 1 → Option 2 → Option 3 → Option 4"


def test_review_texts_are_in_the_learners_language_falling_back_to_english(snapshot):
    answers = {**RIGHT, "q1": "o1"}
    result = scoring.score(snapshot, answers)
    hant = scoring.review(snapshot, answers, result, "zh_hant", "feedback")[0]
    assert (hant["prompt"], hant["right_answer"], hant["your_answer"]) == (
        "問題1",
        "選項2",
        "選項1",
    )
    assert (hant["feedback"], hant["explanation"]) == ("再試", "因為基因")
    hans = scoring.review(snapshot, answers, result, "zh_hans", "feedback")[0]  # all empty
    assert (hans["prompt"], hans["right_answer"], hans["feedback"]) == (
        "Prompt 1",
        "Option 2",
        "Not quite",
    )
    unknown = scoring.review(snapshot, answers, result, "fr", "feedback")[0]
    assert unknown["prompt"] == "Prompt 1"


def test_review_reads_answers_as_they_were_stored(snapshot):
    # Stored answers are the normalised ones with Decimals as strings (services._jsonable).
    stored = {"q2": ["o1", "o3"], "q3": False, "q4": "3.10"}
    result = scoring.score(snapshot, stored)
    items = scoring.review(snapshot, stored, result, "en", "correctness")
    assert [item["correct"] for item in items] == [False, True, True, True, False]
    assert math.isclose(float(items[3]["your_answer"]), 3.1)
