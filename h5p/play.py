"""Playing H5P activities: launches and their signed tokens, statements in, scores recomputed,
attempts finished, state saved for resume. Views and the lesson page call these; nothing else
writes Launch, Attempt, Statement or SavedState rows.

Identity never comes from the browser. The player origin holds no session; a learner opening
an activity lesson gets a Launch (bound to their session key, kept on the server) and the player
gets a short-lived token naming only that launch. Every statement is checked against the launch:
the signature and age of the token, the session still signed in as the same learner, the
enrolment still active, the lesson still live and still playing the same content. The actor and
object the statement claims are ignored (h5p.xapi checks the object is this content).

Scores: the score a statement claims is kept but never used where the server can recompute one
(h5p.rescoring); a claimed score that differs from the server's is flagged for staff. Types the
server cannot score are recorded as browser-reported, and the course decides whether they count.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from datetime import timedelta
from decimal import ROUND_HALF_UP, Decimal
from importlib import import_module

from django.conf import settings
from django.contrib.auth import HASH_SESSION_KEY, SESSION_KEY
from django.core import signing
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from h5p import rescoring, xapi
from h5p.models import Attempt, Content, Launch, SavedState, ScoredBy, Statement
from h5p.origin import player_url

logger = logging.getLogger(__name__)

TOKEN_SALT = "h5p.launch"  # noqa: S105 (a namespace for signing, not a secret)
MAX_STATE_BYTES = 256 * 1024
# Verbs after which the main content's score is final for this attempt.
FINISHING_VERBS = {"answered", "completed"}


class PlayRefused(Exception):
    """A statement, state or player request that may not go ahead; the message is for the
    learner, in their language; status is the HTTP status to answer with."""

    def __init__(self, message: str, status: int = 403) -> None:
        super().__init__(message)
        self.message = message
        self.status = status


# -- launching -----------------------------------------------------------------------------------
def launch(user, lesson, *, session_key: str, language: str, page_origin: str) -> Launch:
    """A new launch of `lesson`'s content for `user` (the lesson page checks enrolment first)."""
    now = timezone.now()
    Launch.objects.filter(user=user, created_at__lt=now - 2 * _max_age()).delete()
    return Launch.objects.create(
        user=user,
        lesson=lesson,
        content=lesson.h5p_content,
        session_key=session_key,
        language=language,
        page_origin=page_origin,
    )


def token_for(launch_row: Launch) -> str:
    return signing.dumps(str(launch_row.pk), salt=TOKEN_SALT, compress=False)


def player_src(launch_row: Launch) -> str:
    return player_url(f"/play/{token_for(launch_row)}/")


def object_iri(content: Content) -> str:
    """The xAPI object id the player is told to use for this content."""
    return player_url(f"/content/{content.uuid}")


def launch_from_token(token: str) -> Launch:
    try:
        launch_id = signing.loads(token, salt=TOKEN_SALT, max_age=_max_age())
    except signing.SignatureExpired:
        raise PlayRefused(_("This activity was opened too long ago: reload the page.")) from None
    except signing.BadSignature:
        raise PlayRefused(_("This activity link is not valid.")) from None
    found = (
        Launch.objects.select_related("user", "lesson", "content", "content__main_library")
        .filter(pk=launch_id)
        .first()
    )
    if found is None:
        raise PlayRefused(_("This activity was opened too long ago: reload the page."))
    _check_launch(found)
    return found


def _check_launch(launch_row: Launch) -> None:
    from courses.models import Enrolment, EnrolmentStatus

    if not _session_is_users(launch_row.session_key, launch_row.user):
        raise PlayRefused(_("You are signed out: sign in again and reload the page."))
    lesson = launch_row.lesson
    if not lesson.live or lesson.h5p_content_id != launch_row.content_id:
        raise PlayRefused(_("This activity has changed: reload the page."), status=409)
    from courses.services import lesson_course

    active = Enrolment.objects.filter(
        user=launch_row.user, course=lesson_course(lesson), status=EnrolmentStatus.ACTIVE
    ).exists()
    if not active:
        raise PlayRefused(_("You are not enrolled on this course."))


def _session_is_users(session_key: str, user) -> bool:
    store = import_module(settings.SESSION_ENGINE).SessionStore(session_key)
    if not store.exists(session_key):
        return False
    data = store.load()
    if data.get(SESSION_KEY) != str(user.pk):
        return False
    # The same check Django makes on each request: a password change ends older sessions.
    return data.get(HASH_SESSION_KEY) == user.get_session_auth_hash()


def _max_age() -> timedelta:
    return timedelta(seconds=settings.H5P_LAUNCH_MAX_AGE)


# -- attempts ------------------------------------------------------------------------------------
def finished_attempts(user, lesson) -> int:
    return Attempt.objects.filter(user=user, lesson=lesson, finished_at__isnull=False).count()


def attempts_left(user, lesson) -> int | None:
    """None: no limit."""
    if not lesson.max_attempts:
        return None
    return max(0, lesson.max_attempts - finished_attempts(user, lesson))


def _open_attempt(launch_row: Launch, now) -> Attempt:
    """The learner's open attempt at this lesson, locked; a new one if none is open and the
    lesson's attempts policy allows another."""
    lesson, user = launch_row.lesson, launch_row.user
    current = _locked_open_attempt(user, lesson)
    if current is not None and current.content_id != launch_row.content_id:
        _abandon(current, now)  # the lesson's content was replaced mid-attempt
        current = None
    if current is not None:
        return current
    if attempts_left(user, lesson) == 0:
        raise PlayRefused(_("You have used all your attempts at this activity."), status=409)
    last = (
        Attempt.objects.filter(user=user, lesson=lesson)
        .order_by("-number")
        .values_list("number", flat=True)
        .first()
    )
    try:
        with transaction.atomic():  # a savepoint: a simultaneous twin may win the insert
            return Attempt.objects.create(
                user=user,
                lesson=lesson,
                content=launch_row.content,
                number=(last or 0) + 1,
                started_at=now,
            )
    except IntegrityError:
        current = _locked_open_attempt(user, lesson)
        if current is None:
            raise PlayRefused(_("Please try again."), status=409) from None
        return current


def _locked_open_attempt(user, lesson) -> Attempt | None:
    return (
        Attempt.objects.select_for_update()
        .filter(user=user, lesson=lesson, finished_at__isnull=True)
        .first()
    )


def _abandon(attempt: Attempt, now) -> None:
    attempt.finished_at = now
    attempt.raw, attempt.max, attempt.percent, attempt.passed = 0, 0, 0, False
    attempt.scored_by = ScoredBy.SERVER
    attempt.save()


# -- statements ----------------------------------------------------------------------------------
@dataclass(frozen=True)
class Outcome:
    """What the player is told back."""

    statement: Statement
    attempt: Attempt
    finished: bool
    message: str = ""


def record(launch_row: Launch, body: bytes) -> Outcome:
    """Validate, store and score one statement from the player. Raises xapi.StatementRejected
    (nothing stored) or PlayRefused."""
    content = launch_row.content
    parsed = xapi.parse(body, object_iri=object_iri(content))
    now = timezone.now()
    with transaction.atomic():
        attempt = _open_attempt(launch_row, now)
        row = Statement(
            attempt=attempt,
            received_at=now,
            document=parsed.document,
            verb=parsed.verb[:40],
            sub_content_id=parsed.sub_content_id or "",
            interaction_type=(parsed.interaction_type or "")[:40],
            response=parsed.response,
            claimed_raw=parsed.raw,
            claimed_max=parsed.max,
        )
        if parsed.scored and parsed.sub_content_id:
            _score_child(row, content, parsed)
        finishing = parsed.scored and not parsed.sub_content_id and parsed.verb in FINISHING_VERBS
        browser_parts = False
        if finishing:
            browser_parts = _score_main(row, attempt, content, parsed)
        row.save()
        message = ""
        if finishing:
            problem = _finish(attempt, row, now, browser_parts)
            message = _result_message(attempt, launch_row)
            if problem:
                message = f"{message} {problem}"
    return Outcome(statement=row, attempt=attempt, finished=finishing, message=message)


def _child_library(content: Content, sub_content_id: str) -> tuple[str, dict] | None:
    found = _find_sub_content(content.parameters, sub_content_id)
    if found is None:
        return None
    library, params = found
    return library.split(" ")[0], params


def _find_sub_content(node, sub_content_id: str, depth: int = 0) -> tuple[str, dict] | None:
    if depth > 40:
        return None
    if isinstance(node, dict):
        if node.get("subContentId") == sub_content_id and isinstance(node.get("library"), str):
            params = node.get("params")
            return node["library"], params if isinstance(params, dict) else {}
        children = node.values()
    elif isinstance(node, list):
        children = node
    else:
        return None
    for child in children:
        found = _find_sub_content(child, sub_content_id, depth + 1)
        if found is not None:
            return found
    return None


def _score_child(row: Statement, content: Content, parsed: xapi.Statement) -> None:
    child = _child_library(content, parsed.sub_content_id)
    if child is None:
        row.flagged = True
        row.problem = _("The statement names a part that is not in this content.")
        return
    machine_name, params = child
    tokens = content.scoring_data.get("tokens", {}).get(parsed.sub_content_id)
    _apply_server_score(row, machine_name, params, parsed.response, tokens)


def _score_main(row: Statement, attempt: Attempt, content: Content, parsed) -> bool:
    """Score the statement that finishes the attempt. Returns whether part of the server's score
    is what the browser reported for children the server cannot recompute."""
    machine_name = content.main_library.machine_name
    tokens = content.scoring_data.get("tokens", {})
    if machine_name not in rescoring.COMPOUND:
        _apply_server_score(row, machine_name, content.parameters, parsed.response, tokens.get(""))
        return False
    responses, claimed = _latest_children(attempt)
    try:
        if machine_name == "H5P.QuestionSet":
            result = rescoring.score_question_set(
                content.parameters, responses, claimed=claimed, tokens=tokens
            )
        else:
            result = rescoring.score_single_choice_set(content.parameters, responses)
    except rescoring.NotScorable:
        return False  # a child the server cannot score left no claim: the whole is the browser's
    except rescoring.ResponseMismatch as mismatch:
        _mismatch(row, str(mismatch))
        return False
    _server_result(row, result)
    return result.browser_reported


def _latest_children(
    attempt: Attempt,
) -> tuple[dict[str, str | None], dict[str, tuple[float, float]]]:
    """Each child's last answer in this attempt and the score the browser claimed for it (a
    child answered twice, e.g. after "Retry" inside the set, counts with its last answer)."""
    responses: dict[str, str | None] = {}
    claimed: dict[str, tuple[float, float]] = {}
    for sub_id, response, claimed_raw, claimed_max in (
        attempt.statements.filter(verb="answered")
        .exclude(sub_content_id="")
        .order_by("received_at", "pk")
        .values_list("sub_content_id", "response", "claimed_raw", "claimed_max")
    ):
        responses[sub_id] = response
        if claimed_raw is not None and claimed_max is not None:
            claimed[sub_id] = (float(claimed_raw), float(claimed_max))
        else:
            claimed.pop(sub_id, None)
    return responses, claimed


def _apply_server_score(row, machine_name, params, response, tokens) -> None:
    try:
        result = rescoring.score(machine_name, params, response, tokens=tokens)
    except rescoring.NotScorable:
        return  # browser-reported: server_raw stays empty
    except rescoring.ResponseMismatch as mismatch:
        _mismatch(row, str(mismatch), machine_name, params, tokens)
        return
    _server_result(row, result)


def _mismatch(row, problem, machine_name=None, params=None, tokens=None) -> None:
    """A response that does not fit the content scores nothing, out of what the content is
    worth, and is flagged."""
    row.flagged = True
    row.problem = problem
    row.server_raw = Decimal(0)
    row.server_max = _worth(machine_name, params, tokens, row.claimed_max)


def _worth(machine_name, params, tokens, claimed_max) -> Decimal | None:
    if machine_name is None:
        return claimed_max
    try:
        return Decimal(rescoring.score(machine_name, params, "", tokens=tokens).max)
    except (rescoring.NotScorable, rescoring.ResponseMismatch):
        return claimed_max


def _server_result(row: Statement, result) -> None:
    row.server_raw = Decimal(result.raw)
    row.server_max = Decimal(result.max)
    row.parts = [
        {"label": p.label, "given": p.given, "expected": p.expected, "correct": p.correct}
        for p in result.parts
    ]
    claimed = (row.claimed_raw, row.claimed_max)
    if claimed != (None, None) and claimed != (row.server_raw, row.server_max):
        row.flagged = True
        row.problem = _(
            "The player claimed %(claimed_raw)s of %(claimed_max)s; "
            "the server recomputed %(raw)s of %(max)s."
        ) % {
            "claimed_raw": _number(row.claimed_raw),
            "claimed_max": _number(row.claimed_max),
            "raw": _number(row.server_raw),
            "max": _number(row.server_max),
        }


def _finish(attempt: Attempt, row: Statement, now, browser_parts: bool) -> str:
    """Score and close the attempt; mark the lesson done if it passed. Returns why the lesson
    could not be marked done, if it could not."""
    lesson = attempt.lesson
    if row.server_raw is not None and row.server_max is not None:
        attempt.raw, attempt.max = row.server_raw, row.server_max
        attempt.scored_by = ScoredBy.BROWSER if browser_parts else ScoredBy.SERVER
    else:
        attempt.raw = row.claimed_raw or Decimal(0)
        attempt.max = row.claimed_max or Decimal(0)
        attempt.scored_by = ScoredBy.BROWSER
    attempt.claimed_raw, attempt.claimed_max = row.claimed_raw, row.claimed_max
    attempt.percent = _percent(attempt.raw, attempt.max)
    attempt.passed = attempt.percent >= Decimal(lesson.pass_percent)
    attempt.flagged = row.flagged or attempt.statements.filter(flagged=True).exists()
    attempt.finished_at = now
    attempt.save()
    if not attempt.passed:
        return ""
    from courses import services as courses

    try:
        done = courses.record_activity_pass(
            attempt.user, lesson, browser_reported=_browser(attempt), now=now
        )
    except courses.CourseError as refusal:
        return refusal.message
    if done is None:
        return _("This course does not count results that only the browser reports.")
    return ""


def _browser(attempt: Attempt) -> bool:
    return attempt.scored_by == ScoredBy.BROWSER


def _percent(raw: Decimal, maximum: Decimal) -> Decimal:
    if not maximum or maximum <= 0:
        return Decimal(0)
    value = min(Decimal(100), max(Decimal(0), raw * 100 / maximum))
    return value.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def _number(value: Decimal | None) -> str:
    if value is None:
        return "—"
    return f"{value.normalize():f}"


def _result_message(attempt: Attempt, launch_row: Launch) -> str:
    message = _("Your score, checked by the server: %(raw)s of %(max)s (%(percent)s%%).") % {
        "raw": _number(attempt.raw),
        "max": _number(attempt.max),
        "percent": _number(attempt.percent),
    }
    if attempt.scored_by == ScoredBy.BROWSER:
        message = _("Your score, as reported by the activity: %(raw)s of %(max)s.") % {
            "raw": _number(attempt.raw),
            "max": _number(attempt.max),
        }
    pass_mark = launch_row.lesson.pass_percent
    if attempt.passed:
        return message + " " + _("You passed (pass mark %(mark)s%%).") % {"mark": pass_mark}
    left = attempts_left(attempt.user, attempt.lesson)
    if left == 0:
        return message + " " + _("Not passed, and no attempts are left.")
    return (
        message + " " + _("Not passed yet (pass mark %(mark)s%%): try again.") % {"mark": pass_mark}
    )


# -- state (resume) ------------------------------------------------------------------------------
def save_state(launch_row: Launch, data_type: str, sub_content_id: str, data: str) -> None:
    """Keep (or, for "0", forget) what the player asks to keep, as H5P core sends it."""
    if not _is_name(data_type) or not (_is_name(sub_content_id) or sub_content_id == "0"):
        raise PlayRefused(_("The saved state is not valid."), status=400)
    key = {
        "user": launch_row.user,
        "content": launch_row.content,
        "data_type": data_type,
        "sub_content_id": sub_content_id,
    }
    if data == "0":
        SavedState.objects.filter(**key).delete()
        return
    if len(data.encode()) > MAX_STATE_BYTES:
        raise PlayRefused(_("The saved state is too large."), status=400)
    try:
        json.loads(data)
    except (ValueError, RecursionError):  # RecursionError: nested deeper than Python recurses
        raise PlayRefused(_("The saved state is not valid."), status=400) from None
    SavedState.objects.update_or_create(**key, defaults={"data": data})


def stored_state(user, content: Content) -> str | None:
    return (
        SavedState.objects.filter(user=user, content=content, data_type="state", sub_content_id="0")
        .values_list("data", flat=True)
        .first()
    )


def _is_name(value: str) -> bool:
    return 0 < len(value) <= 64 and all(c.isalnum() or c in "-_" for c in value) and value.isascii()
