"""Scores recomputed on the server from the stored content.json and the learner's xAPI response.

Each rule follows the library's own JavaScript in the hub packages we test with (MultiChoice
1.14, TrueFalse 1.6, Blanks 1.12, DragText 1.8, MarkTheWords 1.9, QuestionSet 1.17; for
SingleChoiceSet, its documented statements: one per question, the first answer is right),
including the defaults a library falls back on when content leaves a field out. The content,
answers included, is downloaded to the learner's browser: recomputing stops forged scores, not a
determined learner reading the answers.

`score` never raises anything but ServerScore's two refusals: NotScorable (the server cannot
recompute this library: the result is "browser-reported") and ResponseMismatch (the response
does not fit the content: its message says why, for staff).
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from dataclasses import dataclass
from html.parser import HTMLParser

from django.utils.translation import gettext as _

SEPARATOR = "[,]"
MAX_RESPONSE_CHARS = 10_000
MAX_PARTS = 2_000


@dataclass(frozen=True)
class Part:
    label: str
    given: str
    expected: str
    correct: bool


@dataclass(frozen=True)
class ServerScore:
    raw: int
    max: int
    parts: tuple[Part, ...]
    passed: bool | None = None
    # Some of the score is what the browser reported for parts the server cannot recompute.
    browser_reported: bool = False


class NotScorable(Exception):
    """The server cannot recompute this library."""


class ResponseMismatch(ValueError):
    """The response does not fit this content."""


def machine_name(library: str) -> str:
    return library.split(" ", 1)[0] if isinstance(library, str) else ""


def score(
    machine: str, parameters: dict, response: str | None, *, tokens: list | None = None
) -> ServerScore:
    scorer = _SCORERS.get(machine)
    if scorer is None:
        raise NotScorable(machine)
    if not isinstance(parameters, dict):
        raise ResponseMismatch(_("The content's parameters are not readable."))
    if response is not None and not isinstance(response, str):
        raise ResponseMismatch(_("The response is not text."))
    if response is not None and len(response) > MAX_RESPONSE_CHARS:
        raise ResponseMismatch(_("The response is too long."))
    try:
        if machine == "H5P.MarkTheWords":
            return scorer(parameters, response or "", tokens)
        return scorer(parameters, response or "")
    except (ResponseMismatch, NotScorable):
        raise
    except (KeyError, TypeError, ValueError, AttributeError, IndexError, RecursionError):
        raise ResponseMismatch(_("The content's parameters are not readable.")) from None


def _parts(response: str) -> list[str]:
    parts = response.split(SEPARATOR)
    if len(parts) > MAX_PARTS:
        raise ResponseMismatch(_("The response has too many parts."))
    return parts


def _indexes(response: str, count: int) -> list[int]:
    if response == "":
        return []
    chosen = []
    for part in _parts(response):
        if not part.isascii() or not part.isdigit() or int(part) >= count:
            raise ResponseMismatch(
                _("The response names choice “%(choice)s”, which this content does not have.")
                % {"choice": part[:40]}
            )
        if int(part) in chosen:
            raise ResponseMismatch(_("The response names the same choice twice."))
        chosen.append(int(part))
    return chosen


def _text(markup: str, limit: int = 200) -> str:
    """Markup as plain text, for staff views."""
    extractor = _TextOnly()
    extractor.feed(markup if isinstance(markup, str) else "")
    text = " ".join("".join(extractor.text).split())
    return text[:limit]


class _TextOnly(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.text: list[str] = []

    def handle_data(self, data: str) -> None:
        self.text.append(data)


# JavaScript's \s (String.prototype.trim, H5P.trim, /\s/): not quite Python's str.isspace.
_JS_SPACE = "\t\n\v\f\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff"
_JS_TRIM = re.compile(f"\\A[{_JS_SPACE}]+|[{_JS_SPACE}]+\\Z")


def _js_trim(text: str) -> str:
    return _JS_TRIM.sub("", text)


def _flag(value, default: bool) -> bool:
    return default if value is None else bool(value)


# -- MultiChoice ---------------------------------------------------------------------------------
def _multichoice(parameters: dict, response: str) -> ServerScore:
    answers = parameters.get("answers")
    if not isinstance(answers, list) or not answers:
        answers = [{"text": "Answer 1", "correct": True}]
    # jQuery's deep extend merges the library's default first answer (correct) into answer 0.
    correct = [
        bool(a.get("correct", index == 0)) if isinstance(a, dict) else index == 0
        for index, a in enumerate(answers)
    ]
    weights = [_weight(a) for a in answers]
    behaviour = parameters.get("behaviour") if isinstance(parameters.get("behaviour"), dict) else {}
    single_point = _flag(behaviour.get("singlePoint"), True)
    pass_percentage = _number(behaviour.get("passPercentage"), 100)
    weight = _number(parameters.get("weight"), 1)
    kind = behaviour.get("type", "auto")
    single_answer = correct.count(True) == 1 if kind == "auto" else kind == "single"
    blank_is_correct = not any(correct)
    chosen = _indexes(response, len(answers))
    if single_answer and len(chosen) > 1:
        raise ResponseMismatch(_("Only one answer may be chosen here."))

    def full_max() -> float:
        if blank_is_correct:
            return weight
        return sum(w for w, c in zip(weights, correct, strict=True) if c)

    if single_answer:
        # A radio button sets the score straight: 1 for a right choice, else 0 (no weights,
        # singlePoint or passPercentage; nothing chosen is 0 even when no answer is right).
        raw = 1 if chosen and correct[chosen[0]] else 0
    else:
        raw = sum(weights[i] if correct[i] else -weights[i] for i in chosen)
        raw = max(raw, 0)
        if not chosen and blank_is_correct:
            raw = weight
        if single_point:
            base = full_max()
            raw = weight if base and 100 * raw / base >= pass_percentage else 0
    maximum = full_max() if not single_answer and not single_point else weight
    parts = tuple(
        Part(
            label=_text(answers[i].get("text", "")) if isinstance(answers[i], dict) else str(i),
            given=_("chosen") if i in chosen else _("not chosen"),
            expected=_("chosen") if correct[i] else _("not chosen"),
            correct=(i in chosen) == correct[i],
        )
        for i in range(len(answers))
    )
    passed = bool(maximum) and 100 * raw / maximum >= pass_percentage
    return ServerScore(raw=_whole(raw), max=_whole(maximum), parts=parts, passed=passed)


def _weight(answer) -> float:
    if isinstance(answer, dict):
        return _number(answer.get("weight"), 1)
    return 1


def _number(value, default: float) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return default
    return value


def _whole(value: float) -> int:
    return int(value) if float(value).is_integer() else round(value)


# -- TrueFalse -----------------------------------------------------------------------------------
def _true_false(parameters: dict, response: str) -> ServerScore:
    if response not in ("true", "false"):
        raise ResponseMismatch(_("A true/false answer must be “true” or “false”."))
    right = "true" if parameters.get("correct", "true") == "true" else "false"
    correct = response == right
    part = Part(_text(parameters.get("question", "")), response, right, correct)
    return ServerScore(raw=int(correct), max=1, parts=(part,), passed=correct)


# -- Blanks --------------------------------------------------------------------------------------
BLANKS_DEFAULT = ["Oslo is the capital of *Norway*."]


def blanks_solutions(parameters: dict) -> list[list[str]]:
    """Each blank's accepted answers, as the library reads them from `*a/b:tip*` markers."""
    questions = parameters.get("questions")
    if not isinstance(questions, list) or not questions:
        # jQuery's deep extend keeps the default list when the content's is empty.
        questions = BLANKS_DEFAULT
    blanks = []
    for question in questions:
        if isinstance(question, str):
            blanks += [_blank_solutions(content) for content in _asterisk_parts(question)]
    return blanks


def _asterisk_parts(question: str) -> list[str]:
    """The text between pairs of asterisks, scanned as the library scans it (an empty pair
    `**` is skipped; after a blank, the search resumes one character past its closing
    asterisk)."""
    found, start = [], question.find("*")
    while start != -1:
        end = question.find("*", start + 1)
        if end == -1:
            break
        content = question[start + 1 : end]
        if content:
            found.append(content)
            start = question.find("*", end + 2)
        else:
            start = question.find("*", end)
            if start == end:
                start = question.find("*", end + 1)
    return found


def _blank_solutions(content: str) -> list[str]:
    solution = content.split(":", 1)[0]
    return [html.unescape(_js_trim(word)) for word in solution.split("/")]


def _blanks(parameters: dict, response: str) -> ServerScore:
    behaviour = parameters.get("behaviour") if isinstance(parameters.get("behaviour"), dict) else {}
    case_sensitive = behaviour.get("caseSensitive", True) is True  # the library's default: on
    spelling = behaviour.get("acceptSpellingErrors") is True
    blanks = blanks_solutions(parameters)
    given = _parts(response) if response else [""] * len(blanks)
    if len(given) != len(blanks):
        raise ResponseMismatch(
            _("The response has %(given)s answers; this content has %(blanks)s blanks.")
            % {"given": len(given), "blanks": len(blanks)}
        )
    parts = []
    for number, (answer, accepted) in enumerate(zip(given, blanks, strict=True), start=1):
        right = _blank_is_right(_js_trim(answer), accepted, case_sensitive, spelling)
        parts.append(Part(_("Blank %(n)s") % {"n": number}, answer, " / ".join(accepted), right))
    raw = sum(p.correct for p in parts)
    return ServerScore(raw=raw, max=len(blanks), parts=tuple(parts), passed=raw == len(blanks))


def _blank_is_right(answer: str, accepted: list[str], case_sensitive: bool, spelling: bool) -> bool:
    if not case_sensitive:
        answer = answer.lower()
        accepted = [word.lower() for word in accepted]
    for word in accepted:
        if spelling:
            distance = damerau_levenshtein(answer, word)
            if (len(word) > 9 and distance <= 2) or (len(word) > 3 and distance <= 1):
                return True
        if answer == word:
            return True
    return False


def damerau_levenshtein(first: str, second: str) -> int:
    """Edit distance counting an adjacent swap as one edit (H5P.TextUtilities' rule)."""
    if first == second:
        return 0
    if not first or not second:
        return len(first) or len(second)
    rows = [[0] * (len(second) + 1) for _ in range(len(first) + 1)]
    for i in range(len(first) + 1):
        rows[i][0] = i
    for j in range(len(second) + 1):
        rows[0][j] = j
    for i in range(1, len(first) + 1):
        for j in range(1, len(second) + 1):
            cost = 0 if first[i - 1] == second[j - 1] else 1
            rows[i][j] = min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost)
            swapped = first[i - 1] == second[j - 2] and first[i - 2] == second[j - 1]
            if i > 1 and j > 1 and swapped:
                rows[i][j] = min(rows[i][j], rows[i - 2][j - 2] + cost)
    return rows[-1][-1]


# -- DragText ------------------------------------------------------------------------------------
DRAG_TEXT_DEFAULT = (
    "This is a *nice*, *flexible* content type, which allows you to highlight all the "
    "*wonderful* words in this *exciting* sentence.\nThis is another line of *fantastic* text."
)
_DRAG_SPLIT = re.compile("(\\*[^\n\r\u2028\u2029]*?\\*)")  # JavaScript's "." stops at these
_DRAG_TIP = re.compile(r"(:([^\\*]+))")
_DRAG_CORRECT = re.compile(r"(\\\+([^\\*:]+))")
_DRAG_WRONG = re.compile(r"(\\\-([^\\*:]+))")
_JS_TRAILING_SPACE = re.compile(f"[{_JS_SPACE}]+\\Z")


def drag_text_answers(parameters: dict) -> list[str]:
    text = parameters.get("textField")
    if not isinstance(text, str):
        text = DRAG_TEXT_DEFAULT
    text = re.sub(r"\r\n|\n|\r", "<br/>", text)
    return [
        _drag_lex(part)
        for part in _DRAG_SPLIT.split(text)
        if len(part) > 1 and part.startswith("*") and part.endswith("*")
    ]


def _drag_lex(part: str) -> str:
    word = part[1:] if part.startswith("*") else part
    word = word[:-1] if word.endswith("*") else word
    for pattern in (_DRAG_TIP, _DRAG_CORRECT, _DRAG_WRONG):
        found = [match.group(0) for match in pattern.finditer(part)]
        if found:
            # String.replace with the /g match array: the array as text (its matches joined by
            # ","), once; with two matches that text is rarely there and nothing is removed.
            word = word.replace(",".join(found), "", 1)
    return _JS_TRAILING_SPACE.sub("", word)


def _drag_text(parameters: dict, response: str) -> ServerScore:
    answers = drag_text_answers(parameters)
    given = _parts(response) if response else [""] * len(answers)
    if len(given) != len(answers):
        raise ResponseMismatch(
            _("The response fills %(given)s drop zones; this content has %(zones)s.")
            % {"given": len(given), "zones": len(answers)}
        )
    parts = tuple(
        Part(_("Drop zone %(n)s") % {"n": n}, word, answer, word == answer)
        for n, (word, answer) in enumerate(zip(given, answers, strict=True), start=1)
    )
    raw = sum(p.correct for p in parts)
    return ServerScore(raw=raw, max=len(answers), parts=parts, passed=raw == len(answers))


# -- MarkTheWords --------------------------------------------------------------------------------
MARK_THE_WORDS_DEFAULT = "This is a *nice*, *flexible* content type."
_SELECTABLE = re.compile(f" \\*[^\\* ]+\\* |[^{_JS_SPACE}]+")
_PREFIX = re.compile(r"^[\[\({⟨¿¡“\"«„]+")
_SUFFIX = re.compile(r"[\",….:;?!\]\)}⟩»”]+$")


def mark_the_words_tokens(parameters: dict) -> list[dict]:
    """The selectable words, in the library's order: [{"text": shown word, "answer": bool}]."""
    text = parameters.get("textField")
    if not isinstance(text, str):
        text = MARK_THE_WORDS_DEFAULT
    collector = _TextNodes()
    collector.feed(text)
    collector.close()
    tokens = []
    for node in collector.nodes:
        node = re.sub(r"&nbsp;|\r\n|\n|\r", " ", node)
        for entry in _SELECTABLE.findall(node):
            entry = entry.strip(" ")  # JavaScript's trim: only a match's own spaces are there
            prefix = _PREFIX.match(entry)
            start = len(prefix.group(0)) if prefix else 0
            suffix = _SUFFIX.search(entry)
            end = len(entry) - (len(suffix.group(0)) if suffix else 0)
            word = entry[start:end] if end > start else ""
            if word:
                tokens.append(_mark_word(word))
    return tokens


class _TextNodes(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.nodes: list[str] = []
        self._open = False

    def handle_starttag(self, tag, attrs) -> None:
        self._open = False

    def handle_endtag(self, tag) -> None:
        self._open = False

    def handle_data(self, data: str) -> None:
        # Adjacent data (split by character references) is one DOM text node.
        if self._open:
            self.nodes[-1] += data
        else:
            self.nodes.append(data)
            self._open = True


def _mark_word(word: str) -> dict:
    checked = _without_double_asterisks(word)
    if checked.startswith("*") and len(checked) > 2:
        if checked.endswith("*"):
            return {"text": _single_asterisks_removed(word[1:-1]), "answer": True}
        if checked[-2] == "*":
            return {"text": _single_asterisks_removed(word[1:-2]), "answer": True}
    return {"text": word, "answer": False}  # the library shows other words as written


def _without_double_asterisks(word: str) -> str:
    """The library's removeDoubleAsterisks: each `**` found rebuilds the word from the original,
    so only the last pair ends up removed."""
    sliced, index = word, word.find("*")
    while index != -1:
        if word.find("*", index + 1) == index + 1:
            sliced = word[:index] + word[index + 2 :]
        index = word.find("*", index + 1)
    return sliced


def _single_asterisks_removed(word: str) -> str:
    """The library's handleAsterisks: drops an asterisk and skips the next character, so `**`
    shows as `*`."""
    index = word.find("*")
    while index != -1:
        word = word[:index] + word[index + 1 :]
        index = word.find("*", index + 1)
    return word


def _mark_the_words(parameters: dict, response: str, tokens: list | None) -> ServerScore:
    tokens = tokens if isinstance(tokens, list) else mark_the_words_tokens(parameters)
    chosen = set(_indexes(response, len(tokens)))
    answers = {i for i, token in enumerate(tokens) if token.get("answer")}
    correct = len(chosen & answers)
    wrong = len(chosen - answers)
    if wrong == 0 and not answers:
        correct = 1  # the library counts "nothing to mark, nothing marked" as right
    raw = max(correct - wrong, 0)
    maximum = len(answers) or 1  # nothing to mark is worth 1, as in the library
    parts = tuple(
        Part(
            token.get("text", "")[:200],
            _("marked") if i in chosen else _("not marked"),
            _("marked") if i in answers else _("not marked"),
            (i in chosen) == (i in answers),
        )
        for i, token in enumerate(tokens)
        if i in chosen or i in answers
    )
    return ServerScore(raw=raw, max=maximum, parts=parts, passed=raw == maximum)


def scoring_data(machine: str, parameters: dict) -> dict:
    """What scoring needs that the library computes in the browser, worked out once at upload:
    MarkTheWords' selectable words ("" for the main content, else by sub-content id)."""
    tokens: dict[str, list] = {}
    if machine == "H5P.MarkTheWords":
        tokens[""] = mark_the_words_tokens(parameters)
    for sub_id, (child, params) in _children(parameters).items():
        if child == "H5P.MarkTheWords":
            tokens[sub_id] = mark_the_words_tokens(params)
    return {"tokens": tokens} if tokens else {}


def fully_server_scored(machine: str, parameters: dict) -> bool:
    """Whether the server can recompute every point of this content (a set only when it can
    score every child)."""
    if machine not in _SCORERS:
        return False
    if machine not in COMPOUND:
        return True
    if machine != "H5P.QuestionSet":
        return True  # a SingleChoiceSet's choices are its own, always scorable
    questions = parameters.get("questions") if isinstance(parameters, dict) else None
    if not isinstance(questions, list) or _pooled(machine, parameters):
        return False
    # Only the questions count, as in score_question_set: their media (H5P.Image, H5P.Video)
    # are children too, but score nothing.
    return all(
        machine_name(q.get("library", "")) in _SCORERS
        and machine_name(q.get("library", "")) not in COMPOUND
        for q in questions
        if isinstance(q, dict)
    )


def _pooled(machine: str, parameters: dict) -> bool:
    """Whether a question set shows each learner only a random pool of its questions: which
    ones, and so what the set is worth, only the browser knows."""
    pool = parameters.get("poolSize") if isinstance(parameters, dict) else None
    questions = parameters.get("questions") if isinstance(parameters, dict) else None
    return (
        machine == "H5P.QuestionSet"
        and _number(pool, 0) > 0
        and isinstance(questions, list)
        and pool < len(questions)
    )


def _children(parameters: dict) -> dict[str, tuple[str, dict]]:
    found: dict[str, tuple[str, dict]] = {}
    _walk_children(parameters, found, 0)
    return found


def _walk_children(node, found: dict[str, tuple[str, dict]], depth: int) -> None:
    if depth > 40:
        return
    if isinstance(node, dict):
        sub_id, library = node.get("subContentId"), node.get("library")
        if isinstance(sub_id, str) and isinstance(library, str):
            params = node.get("params")
            found[sub_id] = (machine_name(library), params if isinstance(params, dict) else {})
        for value in node.values():
            _walk_children(value, found, depth + 1)
    elif isinstance(node, list):
        for value in node:
            _walk_children(value, found, depth + 1)


# -- sets ----------------------------------------------------------------------------------------
def sub_content_ids(parameters: dict) -> dict[str, str]:
    """subContentId → machine name of every child, at any depth."""
    return {sub_id: child for sub_id, (child, _params) in _children(parameters).items()}


def score_question_set(
    parameters: dict,
    responses: dict[str, str | None],
    claimed: dict[str, tuple[float, float]] | None = None,
    tokens: dict[str, list] | None = None,
) -> ServerScore:
    """The set's score from its questions' answers, keyed by sub-content id: the sum of the
    children's scores. A question never answered counts as the library scores it untouched
    (nothing chosen, nothing filled in). A question the server cannot score raises NotScorable
    unless `claimed` gives its browser-reported score; so does a set drawing a random pool.
    `tokens` are MarkTheWords children's words as stored at upload, by sub-content id."""
    questions = parameters.get("questions")
    if not isinstance(questions, list):
        raise ResponseMismatch(_("The content's parameters are not readable."))
    if _pooled("H5P.QuestionSet", parameters):
        raise NotScorable("H5P.QuestionSet")
    raw = maximum = 0
    parts = []
    browser_reported = False
    for question in questions:
        if not isinstance(question, dict):
            continue
        sub_id = question.get("subContentId")
        machine = machine_name(question.get("library", ""))
        params = question.get("params") if isinstance(question.get("params"), dict) else {}
        child_tokens = (tokens or {}).get(sub_id)
        child = _child_score(
            machine, params, responses.get(sub_id), sub_id in responses, child_tokens
        )
        if child is None:
            if not claimed or sub_id not in claimed:
                raise NotScorable(machine)
            child_raw, child_max = claimed[sub_id]
            browser_reported = True
            label = _("%(type)s (browser-reported)") % {"type": machine}
            parts.append(
                Part(
                    label,
                    f"{child_raw:g}/{child_max:g}",
                    f"{child_max:g}/{child_max:g}",
                    child_raw == child_max,
                )
            )
        else:
            child_raw, child_max = child.raw, child.max
            label = _question_label(machine, params)
            parts.append(
                Part(
                    label,
                    f"{child.raw}/{child.max}",
                    f"{child.max}/{child.max}",
                    child.raw == child.max,
                )
            )
        raw += child_raw
        maximum += child_max
    percentage = _number(parameters.get("passPercentage"), 50)
    passed = bool(maximum) and 100 * raw / maximum >= percentage
    return ServerScore(
        raw=raw,
        max=maximum,
        parts=tuple(parts),
        passed=passed,
        browser_reported=browser_reported,
    )


def _child_score(machine, params, response, answered, tokens) -> ServerScore | None:
    if machine not in _SCORERS or machine in COMPOUND:
        return None
    if not answered:
        # The set adds up every question as it stands: a MultiChoice (several answers) or
        # MarkTheWords with nothing right to choose scores full marks untouched; a true/false
        # with no choice scores 0 (an empty response would not fit it).
        if machine == "H5P.TrueFalse":
            return ServerScore(raw=0, max=1, parts=())
        return score(machine, params, None, tokens=tokens)
    return score(machine, params, response, tokens=tokens)


def _question_label(machine: str, params: dict) -> str:
    for key in ("question", "text", "taskDescription"):
        if isinstance(params.get(key), str) and _text(params[key]):
            return _text(params[key])
    return machine


def score_single_choice_set(parameters: dict, responses: dict[str, str | None]) -> ServerScore:
    """One point per question whose chosen index (in content order) is 0, the right answer."""
    choices = parameters.get("choices")
    if not isinstance(choices, list):
        raise ResponseMismatch(_("The content's parameters are not readable."))
    parts = []
    for choice in choices:
        if not isinstance(choice, dict):
            continue
        answers = choice.get("answers") if isinstance(choice.get("answers"), list) else []
        response = responses.get(choice.get("subContentId"))
        chosen = _indexes(response or "", len(answers))
        if len(chosen) > 1:
            raise ResponseMismatch(_("Only one answer may be chosen here."))
        right = chosen == [0]
        given = _text(answers[chosen[0]]) if chosen else ""
        expected = _text(answers[0]) if answers else ""
        parts.append(Part(_text(choice.get("question", "")), given, expected, right))
    raw = sum(p.correct for p in parts)
    return ServerScore(raw=raw, max=len(parts), parts=tuple(parts), passed=raw == len(parts))


def _not_alone(parameters: dict, response: str) -> ServerScore:
    raise NotScorable("set")  # sets are scored from their children's statements


_SCORERS: dict[str, Callable] = {
    "H5P.MultiChoice": _multichoice,
    "H5P.TrueFalse": _true_false,
    "H5P.Blanks": _blanks,
    "H5P.DragText": _drag_text,
    "H5P.MarkTheWords": _mark_the_words,
    "H5P.QuestionSet": _not_alone,
    "H5P.SingleChoiceSet": _not_alone,
}
SUPPORTED = frozenset(_SCORERS)
COMPOUND = frozenset({"H5P.QuestionSet", "H5P.SingleChoiceSet"})
