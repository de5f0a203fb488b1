"""Quiz scoring on the server, from the snapshot an attempt stored when it started.

The browser only ever sees `public_view(snapshot)` (no answer key) and sends back answers, which
are untrusted: `validate_answers` refuses anything that does not fit the snapshot, listing every
problem, and `score` marks each question all-or-nothing (a multiple-response question needs
exactly the right set; an ordering question exactly the right order; a numeric answer within the
tolerance, inclusive). All-or-nothing keeps the pass mark meaningful for accredited CPD.
"""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from django.utils.translation import gettext as _

KINDS = ("single", "multiple", "true_false", "numeric", "ordering")
MAX_ANSWERS = 200
MAX_TEXT = 100


class InvalidSubmission(Exception):
    def __init__(self, problems: list) -> None:
        super().__init__("; ".join(str(p) for p in problems))
        self.problems = [str(p) for p in problems]


# -- building the snapshot ----------------------------------------------------------------------
def build_snapshot(
    questions: list[dict],
    *,
    rng: random.Random,
    shuffle_questions: bool = True,
    shuffle_options: bool = True,
    draw: int | None = None,
) -> list[dict]:
    """What one attempt asks, with its answer key, from the quiz's questions as authored."""
    chosen = list(questions)
    if draw is not None and 0 < draw < len(chosen):
        chosen = rng.sample(chosen, draw)
        if not shuffle_questions:  # a draw keeps the authored order unless shuffling
            order = {id(q): n for n, q in enumerate(questions)}
            chosen.sort(key=lambda q: order[id(q)])
    elif shuffle_questions:
        rng.shuffle(chosen)
    return [_snapshot_question(q, rng, shuffle_options) for q in chosen]


def _snapshot_question(question: dict, rng: random.Random, shuffle_options: bool) -> dict:
    kind = question["kind"]
    options = [{"id": o["id"], "text": o["text"]} for o in question.get("options") or []]
    if kind == "single":
        key = {"correct": next(o["id"] for o in question["options"] if o.get("correct"))}
    elif kind == "multiple":
        key = {"correct": sorted(o["id"] for o in question["options"] if o.get("correct"))}
    elif kind == "true_false":
        key = {"correct": bool(question["answer"])}
    elif kind == "numeric":
        key = {"value": str(question["value"]), "tolerance": str(question.get("tolerance") or 0)}
    else:
        key = {"order": [o["id"] for o in options]}
    if kind == "ordering" and len(options) >= 2:
        correct = [o["id"] for o in options]
        while [o["id"] for o in options] == correct:  # never shown already solved
            rng.shuffle(options)
    elif shuffle_options:
        rng.shuffle(options)
    return {
        "id": question["id"],
        "kind": kind,
        "points": str(question.get("points", 1)),
        "prompt": question["prompt"],
        "options": options,
        "key": key,
        "feedback": question.get("feedback") or {},
        "explanation": question.get("explanation") or {},
    }


def public_view(snapshot: list[dict]) -> list[dict]:
    """The attempt as the browser may see it: no key, no feedback, no explanation."""
    return [{k: q[k] for k in ("id", "kind", "points", "prompt", "options")} for q in snapshot]


# -- validating answers -------------------------------------------------------------------------
def validate_answers(snapshot: list[dict], answers) -> dict[str, object]:
    """Normalised answers (numbers as Decimal, true/false as bool), or InvalidSubmission."""
    if not isinstance(answers, dict):
        raise InvalidSubmission([_("The answers could not be read.")])
    if len(answers) > MAX_ANSWERS:
        raise InvalidSubmission([_("Too many answers were sent.")])
    by_id = {q["id"]: (n, q) for n, q in enumerate(snapshot, start=1)}
    problems, normalised = [], {}
    for question_id, answer in answers.items():
        if not isinstance(question_id, str) or question_id not in by_id:
            problems.append(_("An answer was sent for a question that is not in this attempt."))
            continue
        number, question = by_id[question_id]
        try:
            value = _normalise(question, answer)
        except ValueError as problem:
            problems.append(
                _("Question %(number)s: %(problem)s") % {"number": number, "problem": problem}
            )
            continue
        if value is not None:
            normalised[question_id] = value
    if problems:
        raise InvalidSubmission(problems)
    return normalised


def _normalise(question: dict, answer):
    if answer is None or answer == "" or answer == []:
        return None  # unanswered
    kind = question["kind"]
    option_ids = {o["id"] for o in question["options"]}
    if kind == "single":
        if not isinstance(answer, str) or answer not in option_ids:
            raise ValueError(_("that option is not one of this question's options."))
        return answer
    if kind in ("multiple", "ordering"):
        if not isinstance(answer, list) or not all(isinstance(a, str) for a in answer):
            raise ValueError(_("the answer must be a list of options."))
        if len(set(answer)) != len(answer) or not set(answer) <= option_ids:
            raise ValueError(_("that option is not one of this question's options."))
        if kind == "ordering" and set(answer) != option_ids:
            raise ValueError(_("put every option in order."))
        return sorted(answer) if kind == "multiple" else answer
    if kind == "true_false":
        if isinstance(answer, bool):
            return answer
        if answer in ("true", "false"):
            return answer == "true"
        raise ValueError(_("answer true or false."))
    return _number(answer)


def _number(answer) -> Decimal:
    if isinstance(answer, bool) or not isinstance(answer, (str, int, float, Decimal)):
        raise ValueError(_("enter a number."))
    text = unicodedata.normalize("NFKC", str(answer)).strip()  # full-width digits from IMEs
    if len(text) > MAX_TEXT or "," in text:
        raise ValueError(_("enter a number, with a point for decimals (e.g. 3.5)."))
    try:
        value = Decimal(text)
    except InvalidOperation:
        raise ValueError(_("enter a number.")) from None
    if not value.is_finite() or abs(value.adjusted()) > 30:
        raise ValueError(_("enter a number."))
    return value


# -- scoring ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class QuestionResult:
    question_id: str
    correct: bool
    points_awarded: Decimal
    points_possible: Decimal
    answered: bool


@dataclass(frozen=True)
class Score:
    results: tuple[QuestionResult, ...]
    awarded: Decimal
    possible: Decimal

    @property
    def percent(self) -> Decimal:
        if not self.possible:
            return Decimal("0.00")
        return (100 * self.awarded / self.possible).quantize(
            Decimal("0.01"), rounding=ROUND_HALF_UP
        )

    def passed(self, pass_mark_percent) -> bool:
        return self.percent >= Decimal(pass_mark_percent)


def score(snapshot: list[dict], answers) -> Score:
    normalised = validate_answers(snapshot, answers)
    results = []
    for question in snapshot:
        answer = normalised.get(question["id"])
        correct = answer is not None and _is_correct(question, answer)
        possible = Decimal(question["points"])
        results.append(
            QuestionResult(
                question["id"],
                correct,
                possible if correct else Decimal(0),
                possible,
                answer is not None,
            )
        )
    return Score(
        tuple(results),
        sum((r.points_awarded for r in results), Decimal(0)),
        sum((r.points_possible for r in results), Decimal(0)),
    )


def _is_correct(question: dict, answer) -> bool:
    key = question["key"]
    kind = question["kind"]
    if kind == "single":
        return answer == key["correct"]
    if kind == "multiple":
        return sorted(answer) == sorted(key["correct"])
    if kind == "true_false":
        return answer is key["correct"]
    if kind == "numeric":
        return abs(answer - Decimal(key["value"])) <= Decimal(key["tolerance"])
    return answer == key["order"]


# -- review after submission --------------------------------------------------------------------
def _text(texts: dict, language: str) -> str:
    return (texts or {}).get(language) or (texts or {}).get("en") or ""


def review(snapshot: list[dict], answers: dict, result: Score, language: str, show: str) -> list:
    """What the learner sees per question after submitting: nothing ("score"), right or wrong
    ("correctness"), or also the right answer, feedback and explanation ("feedback")."""
    if show == "score":
        return []
    outcomes = {r.question_id: r for r in result.results}
    items = []
    for number, question in enumerate(snapshot, start=1):
        outcome = outcomes[question["id"]]
        item = {
            "number": number,
            "prompt": _text(question["prompt"], language),
            "correct": outcome.correct,
            "answered": outcome.answered,
        }
        if show == "feedback":
            which = "correct" if outcome.correct else "incorrect"
            item["feedback"] = _text(question["feedback"].get(which, {}), language)
            item["explanation"] = _text(question["explanation"], language)
            item["right_answer"] = _right_answer(question, language)
        items.append(item)
    return items


def _right_answer(question: dict, language: str) -> str:
    key, kind = question["key"], question["kind"]
    texts = {o["id"]: _text(o["text"], language) for o in question["options"]}
    if kind == "single":
        return texts[key["correct"]]
    if kind == "multiple":
        return "; ".join(texts[i] for i in key["correct"])
    if kind == "ordering":
        return " → ".join(texts[i] for i in key["order"])
    if kind == "true_false":
        return _("True") if key["correct"] else _("False")
    tolerance = Decimal(key["tolerance"])
    return f"{key['value']} ± {tolerance}" if tolerance else key["value"]
