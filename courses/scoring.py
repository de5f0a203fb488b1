"""Quiz scoring on the server, from the snapshot an attempt stored when it started.

An attempt keeps a snapshot of what it asked (questions, options in the order shown, answer key,
feedback), so later edits to the quiz never change how it is marked. The browser only ever sees
`public_view(snapshot)` (no key, no feedback) and sends back answers, which are untrusted:
`validate_answers` refuses anything that does not fit the snapshot, listing every problem, and
never raises anything but `InvalidSubmission`, whatever JSON-like value it is given.

Marking is all-or-nothing per question: a multiple-response question needs exactly the right set,
an ordering question exactly the right order, and a numeric answer must lie within the tolerance
(inclusive, compared exactly in Decimal). Partial credit would let a learner pass an accredited
CPD quiz by ticking every box or by getting most of an order wrong; all-or-nothing keeps the pass
mark meaning what it says.
"""

from __future__ import annotations

import random
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation, localcontext

from django.utils.translation import gettext as _

KINDS = ("single", "multiple", "true_false", "numeric", "ordering")
REVIEW_LEVELS = ("score", "correctness", "feedback")
MAX_ANSWERS = 200
MAX_TEXT = 100
# No real answer is outside 1e±30, and refusing such magnitudes keeps Decimal arithmetic exact
# and clear of Overflow (a submitted "9e999999" minus a negative one would otherwise trap).
MAX_EXPONENT = 30
# Plain decimal notation only: refuses "NaN", "Infinity", "0x1A", "1_000" and non-ASCII digits
# (full-width digits are folded to ASCII by NFKC before this is applied).
_NUMBER = re.compile(r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?", re.ASCII)
# A comma (NFKC folds the full-width "，" into it) or an ideographic comma or full stop typed
# with a Chinese IME is a decimal separator we will not guess at: ask for a point instead.
_NOT_A_DECIMAL_POINT = (",", "、", "。")
# A Decimal precision wide enough that subtracting any accepted answer from the key is exact,
# so "exactly at the tolerance" is never lost to rounding (answers are ≤ 100 characters with
# exponents within ±MAX_EXPONENT).
_EXACT_PRECISION = 300

Answer = str | list[str] | bool | Decimal


class InvalidSubmission(Exception):
    """The submitted answers do not fit the attempt: malformed, tampered with or oversized.
    `problems` lists every one, as messages fit to show the learner."""

    def __init__(self, problems: Iterable[object]) -> None:
        # Rendered now, in the request's language, and without repeats: a tampered form with
        # 150 unknown question ids should not produce 150 identical messages.
        self.problems: list[str] = list(dict.fromkeys(str(p) for p in problems))
        super().__init__("; ".join(self.problems))


class QuizAuthoringError(ValueError):
    """A question as authored cannot be asked fairly (e.g. a single-choice question without
    exactly one right option). Raised by `build_snapshot` and `check_question`: the quiz needs
    fixing, not the learner's answers. `message` is fit to show the editor."""

    def __init__(self, question_id: object, message: str) -> None:
        super().__init__(f"Question {question_id}: {message}")
        self.question_id = question_id
        self.message = message


class _Refused(Exception):
    """One answer's problem, kept private so a bug elsewhere (a stray ValueError) can never be
    shown to a learner as if it were a reason their answer was refused."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


# -- building the snapshot ----------------------------------------------------------------------
def build_snapshot(
    questions: list[dict],
    *,
    rng: random.Random,
    shuffle_questions: bool = True,
    shuffle_options: bool = True,
    draw: int | None = None,
    pool_draws: dict[str, int] | None = None,
) -> list[dict]:
    """What one attempt asks, with its answer key, from the quiz's questions as authored.

    `pool_draws` maps a pool's name to how many of the quiz's questions in that pool to ask,
    chosen at random; questions in no pool, or in a pool without a count, are always asked.
    `draw` then asks that many of what remains, chosen at random (None, 0 or at least the number
    of questions: all of them). Ordering questions always have their options shuffled, since the
    authored order is the answer. All randomness comes from `rng`, so a seed reproduces it."""
    # Every question is checked, drawn or not: a broken one must not wait for an unlucky draw.
    for question in questions:
        check_question(question)
    pooled = _draw_from_pools(list(questions), rng, pool_draws or {})
    chosen = _choose(pooled, rng, shuffle_questions, draw)
    return [_snapshot_question(question, rng, shuffle_options) for question in chosen]


def check_question(question: dict) -> None:
    """Raises QuizAuthoringError if no learner could answer the question right."""
    kind = question.get("kind")
    if kind not in KINDS:
        raise QuizAuthoringError(question.get("id"), _("it has an unknown kind."))
    ids = [str(o["id"]) for o in question.get("options") or []]
    if len(set(ids)) != len(ids):
        raise QuizAuthoringError(question.get("id"), _("two options share an id."))
    _key(question, kind)
    _authored_decimal(question, "points", default=1)


def _draw_from_pools(
    questions: list[dict], rng: random.Random, pool_draws: dict[str, int]
) -> list[dict]:
    """Keeps `pool_draws[pool]` questions of each counted pool, in authored order."""
    dropped: set[int] = set()
    for pool, count in pool_draws.items():
        members = [n for n, q in enumerate(questions) if pool and q.get("pool") == pool]
        if 0 < count < len(members):
            kept = set(rng.sample(members, count))
            dropped.update(n for n in members if n not in kept)
    return [q for n, q in enumerate(questions) if n not in dropped]


def _choose(
    questions: list[dict], rng: random.Random, shuffle: bool, draw: int | None
) -> list[dict]:
    if draw is not None and 0 < draw < len(questions):
        # Sample positions rather than dicts, so the authored order can be restored by sorting.
        picked = rng.sample(range(len(questions)), draw)
        if not shuffle:
            picked.sort()
        return [questions[i] for i in picked]
    if shuffle:
        rng.shuffle(questions)
    return questions


def _snapshot_question(question: dict, rng: random.Random, shuffle_options: bool) -> dict:
    kind = question["kind"]  # checked by check_question
    # Only id and text are copied: the "correct" flags must never reach the browser.
    options = [
        {"id": str(o["id"]), "text": dict(o.get("text") or {})}
        for o in question.get("options") or []
    ]
    key = _key(question, kind)
    _shuffle_options(options, kind, rng, shuffle_options)
    return {
        "id": str(question["id"]),
        "kind": kind,
        "points": str(_authored_decimal(question, "points", default=1)),
        "prompt": dict(question.get("prompt") or {}),
        "options": options,
        "key": key,
        "feedback": {
            which: dict(texts or {}) for which, texts in (question.get("feedback") or {}).items()
        },
        "explanation": dict(question.get("explanation") or {}),
    }


def _key(question: dict, kind: str) -> dict:
    """The answer key; refuses questions no learner could answer correctly."""
    question_id = question.get("id")
    options = question.get("options") or []
    right = [str(o["id"]) for o in options if o.get("correct")]
    if kind in ("single", "multiple", "ordering") and len(options) < 2:
        raise QuizAuthoringError(question_id, _("it needs at least two options."))
    if kind == "single":
        if len(right) != 1:
            raise QuizAuthoringError(question_id, _("mark exactly one option as correct."))
        return {"correct": right[0]}
    if kind == "multiple":
        # An empty selection counts as unanswered, so a key with no options could never be met.
        if not right:
            raise QuizAuthoringError(question_id, _("mark at least one option as correct."))
        return {"correct": sorted(right)}
    if kind == "true_false":
        if not isinstance(question.get("answer"), bool):
            raise QuizAuthoringError(question_id, _("say whether the statement is true."))
        return {"correct": question["answer"]}
    if kind == "numeric":
        value = _authored_decimal(question, "value")
        tolerance = _authored_decimal(question, "tolerance", default=0)
        if tolerance < 0:
            raise QuizAuthoringError(question_id, _("the tolerance cannot be negative."))
        return {"value": str(value), "tolerance": str(tolerance)}
    return {"order": [str(o["id"]) for o in options]}


def _authored_decimal(question: dict, field: str, default: int | None = None) -> Decimal:
    raw = question.get(field)
    if raw is None or raw == "":
        raw = default
    try:
        # Through str() so a float authored as 0.1 means 0.1, not its binary approximation.
        value = None if raw is None else Decimal(str(raw))
    except InvalidOperation:
        value = None
    if value is None or not value.is_finite():
        raise QuizAuthoringError(
            question.get("id"), _("the correct value, tolerance and points must be numbers.")
        )
    return value


def _shuffle_options(options: list[dict], kind: str, rng: random.Random, shuffle: bool) -> None:
    if kind == "ordering":
        solved = list(options)
        # Never shown already solved. Option ids are distinct, so with two or more options some
        # shuffle differs and the loop ends (on average within n!/(n!-1) ≤ 2 tries).
        while len(options) >= 2 and options == solved:
            rng.shuffle(options)
    elif shuffle:
        rng.shuffle(options)


def public_view(snapshot: list[dict]) -> list[dict]:
    """The attempt as the browser may see it: no key, no feedback, no explanation. Options are
    rebuilt from id and text alone, so nothing else stored on them can leak."""
    return [
        {
            "id": question["id"],
            "kind": question["kind"],
            "points": question["points"],
            "prompt": dict(question.get("prompt") or {}),
            "options": [{"id": o["id"], "text": dict(o["text"])} for o in question["options"]],
        }
        for question in snapshot
    ]


# -- validating answers -------------------------------------------------------------------------
def validate_answers(snapshot: list[dict], answers: object) -> dict[str, Answer]:
    """Normalised answers, by question id, for the questions answered: single → option id,
    multiple → sorted option ids, ordering → option ids in the learner's order, true_false →
    bool, numeric → Decimal. Unanswered questions (missing, None, blank, []) are left out.
    Raises InvalidSubmission listing every problem, in question order."""
    if not isinstance(answers, dict):
        raise InvalidSubmission([_("The answers could not be read.")])
    if len(answers) > max(MAX_ANSWERS, len(snapshot)):
        raise InvalidSubmission([_("Too many answers were sent.")])
    positions = {question["id"]: (n, question) for n, question in enumerate(snapshot, start=1)}
    problems: list[tuple[int, str]] = []
    normalised: dict[str, Answer] = {}
    for question_id, answer in answers.items():
        found = positions.get(question_id) if isinstance(question_id, str) else None
        if found is None:
            problems.append(
                (0, _("An answer was sent for a question that is not in this attempt."))
            )
            continue
        number, question = found
        try:
            value = _normalise(question, answer)
        except _Refused as refusal:
            problem = _("Question %(number)s: %(problem)s") % {
                "number": number,
                "problem": refusal.message,
            }
            problems.append((number, problem))
            continue
        if value is not None:
            normalised[question_id] = value
    if problems:
        raise InvalidSubmission(message for _position, message in sorted(problems))
    return normalised


def _normalise(question: dict, answer: object) -> Answer | None:
    if _is_blank(answer):
        return None
    kind = question["kind"]
    if kind == "single":
        return _single(question, answer)
    if kind == "multiple":
        # Checkboxes cannot name an option twice: a repeat is tampering.
        repeated = _("that option is not one of this question's options.")
        return sorted(_chosen(question, answer, repeated))
    if kind == "ordering":
        return _ordering(question, answer)
    if kind == "true_false":
        return _true_false(answer)
    return _number(answer)


def _is_blank(answer: object) -> bool:
    """Unanswered: a missing value, an empty or blank field (a stray space typed into a numeric
    box is not tampering), or nothing chosen."""
    if answer is None:
        return True
    if isinstance(answer, str):
        return not answer.strip()
    return isinstance(answer, list) and not answer


def _option_ids(question: dict) -> set[str]:
    return {option["id"] for option in question["options"]}


def _single(question: dict, answer: object) -> str:
    if not isinstance(answer, str) or answer not in _option_ids(question):
        raise _Refused(_("that option is not one of this question's options."))
    return answer


def _chosen(question: dict, answer: object, repeated: str) -> list[str]:
    """A list of distinct option ids of this question; `repeated` says what is wrong with a
    list that names an option twice."""
    if not isinstance(answer, list):
        raise _Refused(_("the answer must be a list of options."))
    ids = _option_ids(question)
    # Longer than the options means repeats or strangers: refuse before walking a huge list.
    if len(answer) > len(ids):
        raise _Refused(_("that option is not one of this question's options."))
    if not all(isinstance(item, str) for item in answer):
        raise _Refused(_("the answer must be a list of options."))
    if not set(answer) <= ids:
        raise _Refused(_("that option is not one of this question's options."))
    if len(set(answer)) != len(answer):
        raise _Refused(repeated)
    return answer


def _ordering(question: dict, answer: object) -> list[str]:
    # An option chosen for two places, or a place left empty, is a slip with the position menus
    # rather than tampering: say what to do about it.
    put_in_order = _("put every option in order.")
    chosen = _chosen(question, answer, repeated=put_in_order)
    if len(chosen) != len(question["options"]):
        raise _Refused(put_in_order)
    return chosen


def _true_false(answer: object) -> bool:
    if isinstance(answer, bool):
        return answer
    if isinstance(answer, str) and len(answer) <= MAX_TEXT:
        word = answer.strip().lower()
        if word in ("true", "false"):
            return word == "true"
    raise _Refused(_("answer true or false."))


def _number(answer: object) -> Decimal:
    # bool is an int subclass: True must not be read as 1.
    if isinstance(answer, bool) or not isinstance(answer, str | int | float | Decimal):
        raise _Refused(_("enter a number."))
    # str() of a huge int is slow and refused past 4,300 digits; no answer is that long anyway.
    if isinstance(answer, int) and answer.bit_length() > 128:
        raise _Refused(_("enter a number."))
    text = answer if isinstance(answer, str) else str(answer)
    if len(text) > MAX_TEXT:
        raise _Refused(_("enter a number."))
    # Chinese keyboards type full-width digits, point and minus (３．１, －２): fold them to
    # ASCII. The mathematical minus sign (from word processors) has no NFKC folding of its own.
    text = unicodedata.normalize("NFKC", text).replace("\u2212", "-").strip()
    if any(mark in text for mark in _NOT_A_DECIMAL_POINT):
        raise _Refused(_("enter a number, with a point for decimals (e.g. 3.5)."))
    if not _NUMBER.fullmatch(text):
        raise _Refused(_("enter a number."))
    value = Decimal(text)
    if value and abs(value.adjusted()) > MAX_EXPONENT:
        raise _Refused(_("enter a number."))
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
        """Percentage to 2 places, rounded half up (as people round); 0.00 for nothing possible."""
        if not self.possible:
            return Decimal("0.00")
        return (100 * self.awarded / self.possible).quantize(
            Decimal("0.01"), rounding=ROUND_HALF_UP
        )

    def passed(self, pass_mark_percent: int | float | str | Decimal) -> bool:
        """Judged on the rounded percent, so the figure the learner is shown agrees with the
        outcome (69.995% shows as 70.00% and passes a 70% mark)."""
        return self.percent >= Decimal(str(pass_mark_percent))


def score(snapshot: list[dict], answers: object) -> Score:
    """Validate the answers (InvalidSubmission if they do not fit) and mark each question
    all-or-nothing against the snapshot's key."""
    normalised = validate_answers(snapshot, answers)
    results = tuple(_result(question, normalised.get(question["id"])) for question in snapshot)
    return Score(
        results,
        sum((r.points_awarded for r in results), Decimal(0)),
        sum((r.points_possible for r in results), Decimal(0)),
    )


def _result(question: dict, answer: Answer | None) -> QuestionResult:
    correct = answer is not None and _is_correct(question, answer)
    possible = Decimal(question["points"])
    return QuestionResult(
        question_id=question["id"],
        correct=correct,
        points_awarded=possible if correct else Decimal(0),
        points_possible=possible,
        answered=answer is not None,
    )


def _is_correct(question: dict, answer: Answer) -> bool:
    key, kind = question["key"], question["kind"]
    if kind == "single":
        return answer == key["correct"]
    if kind == "multiple":
        return sorted(answer) == sorted(key["correct"])
    if kind == "true_false":
        return answer is key["correct"]
    if kind == "numeric":
        with localcontext() as exact:
            exact.prec = _EXACT_PRECISION
            return abs(answer - Decimal(key["value"])) <= Decimal(key["tolerance"])
    return answer == key["order"]


# -- review after submission --------------------------------------------------------------------
def review(
    snapshot: list[dict], answers: object, result: Score, language: str, show: str
) -> list[dict]:
    """What the learner sees per question after submitting, as the quiz allows:
    "score" (or "none") → nothing per question, only the overall score shown elsewhere;
    "correctness" → number, prompt, answered, right or wrong and the learner's own answer;
    "feedback" → also the right answer, the feedback for right or wrong, and the explanation.
    An unrecognised level shows nothing: a typo must not reveal the key. Texts are in `language`
    ("en", "zh_hant", "zh_hans"), falling back to English where a translation is empty."""
    if show not in ("correctness", "feedback"):
        return []
    given = _answers_for_review(snapshot, answers)
    outcomes = {outcome.question_id: outcome for outcome in result.results}
    return [
        _review_item(number, question, outcomes[question["id"]], given, language, show)
        for number, question in enumerate(snapshot, start=1)
    ]


def _answers_for_review(snapshot: list[dict], answers: object) -> dict[str, Answer]:
    # Stored answers were validated when submitted; if they somehow no longer fit, the review
    # still shows right and wrong rather than failing the page.
    try:
        return validate_answers(snapshot, answers)
    except InvalidSubmission:
        return {}


def _review_item(
    number: int, question: dict, outcome: QuestionResult, given: dict, language: str, show: str
) -> dict:
    item = {
        "number": number,
        "id": question["id"],
        "prompt": _text(question["prompt"], language),
        "correct": outcome.correct,
        "answered": outcome.answered,
        "your_answer": _answer_text(question, given.get(question["id"]), language),
    }
    if show == "feedback":
        which = "correct" if outcome.correct else "incorrect"
        item["feedback"] = _text((question.get("feedback") or {}).get(which), language)
        item["explanation"] = _text(question.get("explanation"), language)
        item["right_answer"] = _right_answer(question, language)
    return item


def _text(texts: dict | None, language: str) -> str:
    return (texts or {}).get(language) or (texts or {}).get("en") or ""


def _option_texts(question: dict, language: str) -> dict[str, str]:
    return {option["id"]: _text(option["text"], language) for option in question["options"]}


def _answer_text(question: dict, answer: Answer | None, language: str) -> str:
    if answer is None:
        return ""
    kind = question["kind"]
    if kind == "true_false":
        return _("True") if answer else _("False")
    if kind == "numeric":
        return f"{answer:f}"  # as typed, less any exponent: "3.0" stays "3.0", "1e1" is "10"
    texts = _option_texts(question, language)
    if kind == "single":
        return texts[answer]
    if kind == "ordering":
        return " → ".join(texts[i] for i in answer)
    chosen = set(answer)  # multiple: in the order the options were shown
    return "; ".join(texts[o["id"]] for o in question["options"] if o["id"] in chosen)


def _right_answer(question: dict, language: str) -> str:
    key, kind = question["key"], question["kind"]
    if kind == "numeric":
        value, tolerance = Decimal(key["value"]), Decimal(key["tolerance"])
        return f"{_plain(value)} ± {_plain(tolerance)}" if tolerance else _plain(value)
    right = key["order"] if kind == "ordering" else key["correct"]
    return _answer_text(question, right, language)


def _plain(value: Decimal) -> str:
    """3.100000 (as a DecimalField stores it) → "3.1"; 1E+1 → "10"."""
    with localcontext() as exact:
        exact.prec = _EXACT_PRECISION  # normalize() rounds to the context's precision
        return f"{value.normalize():f}"
