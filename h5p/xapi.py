"""xAPI statements from the H5P player: untrusted bytes in, a validated Statement out, or
StatementRejected with a clear message naming what is wrong. Nothing else ever escapes `parse`.

Shapes follow H5P core's XAPIEvent (h5p-standalone 3.8.2's frame.bundle.js): ADL verbs; the
object id is the IRI we give the player, with `?subContentId=<uuid>` for a child; scores in
result.score; the learner's answer in result.response. The actor, id, timestamp and authority
the browser sends are kept in `document` but never used: identity comes from the launch token.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from django.utils.translation import gettext as _

MAX_BODY_BYTES = 64 * 1024
MAX_DEPTH = 32
MAX_RESPONSE_CHARS = 10_000
MAX_LIST_ITEMS = 5_000
MAX_SCORE = Decimal(100_000)
ADL = "http://adlnet.gov/expapi/verbs/"
# What H5P core and the content types send (H5P core: attempted, interacted, answered,
# completed, progressed, experienced; question types: passed, failed, scored; players of media
# and books: initialized, terminated, suspended, resumed; and the score-only ones).
VERBS = frozenset(
    {
        "answered",
        "attempted",
        "completed",
        "experienced",
        "failed",
        "initialized",
        "interacted",
        "passed",
        "progressed",
        "resumed",
        "scored",
        "suspended",
        "terminated",
    }
)
SUB_CONTENT_EXTENSION = "http://h5p.org/x-api/h5p-subContentId"
SUB_CONTENT_ID = re.compile(
    r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"
)
DURATION = re.compile(
    r"^P(?:(?P<d>\d+(?:\.\d+)?)D)?(?:T(?:(?P<h>\d+(?:\.\d+)?)H)?(?:(?P<m>\d+(?:\.\d+)?)M)?"
    r"(?:(?P<s>\d+(?:\.\d+)?)S)?)?$",
    re.ASCII,
)
# What a database cannot keep in text or JSON: NUL, and halves of surrogate pairs (only JSON's
# \u escapes can produce either).
UNSTORABLE = re.compile("[\x00\ud800-\udfff]")


class StatementRejected(ValueError):
    """str(exc) is a clear message in the active language."""


@dataclass(frozen=True)
class Statement:
    verb: str
    verb_id: str
    object_id: str
    sub_content_id: str | None
    parent_sub_content_id: str | None
    interaction_type: str | None
    response: str | None
    raw: Decimal | None
    max: Decimal | None
    success: bool | None
    completion: bool | None
    duration_seconds: Decimal | None
    choices: tuple[str, ...] | None
    document: dict

    @property
    def scored(self) -> bool:
        return self.raw is not None and self.max is not None


def parse(body: bytes | str, *, object_iri: str) -> Statement:
    document = _document(body)
    verb_id, verb = _verb(document)
    obj = _object(document.get("object"))
    object_id = _string(obj.get("id"), "object.id", 2000)
    sub_content_id = _sub_content_id(object_id, object_iri, obj)
    definition = _mapping(obj.get("definition", {}), "object.definition")
    result = _mapping(document.get("result", {}), "result")
    raw, maximum = _score(result)
    return Statement(
        verb=verb,
        verb_id=verb_id,
        object_id=object_id,
        sub_content_id=sub_content_id,
        parent_sub_content_id=_parent(document, object_iri),
        interaction_type=_optional_string(
            definition.get("interactionType"), "object.definition.interactionType", 40
        ),
        response=_optional_string(result.get("response"), "result.response", MAX_RESPONSE_CHARS),
        raw=raw,
        max=maximum,
        success=_optional_bool(result.get("success"), "result.success"),
        completion=_optional_bool(result.get("completion"), "result.completion"),
        duration_seconds=_duration(result.get("duration")),
        choices=_choices(definition.get("choices")),
        document=document,
    )


# -- the document --------------------------------------------------------------------------------
def _document(body: bytes | str) -> dict:
    if isinstance(body, str):
        body = body.encode("utf-8", "surrogatepass")
    if len(body) > MAX_BODY_BYTES:
        raise StatementRejected(_("The statement is too large."))
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        raise StatementRejected(_("The statement is not UTF-8 text.")) from None
    if _nesting(text) > MAX_DEPTH:
        raise StatementRejected(_("The statement is nested too deeply."))
    try:
        document = json.loads(text, parse_constant=_no_constants, parse_float=_finite)
    except (ValueError, RecursionError):
        raise StatementRejected(_("The statement is not valid JSON.")) from None
    if not isinstance(document, dict):
        raise StatementRejected(_("The statement must be a JSON object."))
    if _unstorable(document):
        raise StatementRejected(_("The statement contains characters that cannot be stored."))
    return document


def _nesting(text: str) -> int:
    """How deeply brackets nest, counted before parsing so hostile input can't exhaust the
    stack (brackets inside strings count too: that only errs on the side of refusing)."""
    depth = deepest = 0
    for character in text:
        if character in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif character in "]}":
            depth -= 1
    return deepest


def _no_constants(name: str):
    raise ValueError(name)


def _finite(text: str) -> float:
    """Numbers too large for a float (1e400) would otherwise become Infinity."""
    value = float(text)
    if not math.isfinite(value):
        raise ValueError(text)
    return value


def _unstorable(node: Any) -> bool:
    """Recursion is bounded: the nesting was checked before parsing."""
    if isinstance(node, str):
        return UNSTORABLE.search(node) is not None
    if isinstance(node, dict):
        return any(_unstorable(key) or _unstorable(value) for key, value in node.items())
    if isinstance(node, list):
        return any(_unstorable(item) for item in node)
    return False


def _verb(document: dict) -> tuple[str, str]:
    verb = _mapping(document.get("verb"), "verb", required=True)
    verb_id = _string(verb.get("id"), "verb.id", 200)
    name = verb_id[len(ADL) :] if verb_id.startswith(ADL) else ""
    if name not in VERBS:
        raise StatementRejected(
            _("The verb %(verb)s is not one this site records.") % {"verb": verb_id[:200]}
        )
    return verb_id, name


def _object(value: Any) -> dict:
    return _mapping(value, "object", required=True)


def _sub_content_id(object_id: str, object_iri: str, obj: dict) -> str | None:
    if object_id == object_iri:
        sub = None
    elif object_id.startswith(object_iri + "?subContentId="):
        sub = object_id[len(object_iri) + len("?subContentId=") :]
        if not SUB_CONTENT_ID.fullmatch(sub):
            raise StatementRejected(_("object.id names a part of the content that is not valid."))
    else:
        raise StatementRejected(_("This statement is about other content."))
    definition = obj.get("definition")
    extensions = definition.get("extensions") if isinstance(definition, dict) else None
    claimed = extensions.get(SUB_CONTENT_EXTENSION) if isinstance(extensions, dict) else None
    if claimed is not None and claimed != sub:
        raise StatementRejected(_("The statement names two different parts of the content."))
    return sub


def _parent(document: dict, object_iri: str) -> str | None:
    context = _mapping(document.get("context", {}), "context")
    activities = _mapping(context.get("contextActivities", {}), "context.contextActivities")
    parents = activities.get("parent")
    if parents is None:
        return None
    if not isinstance(parents, list) or not parents or not isinstance(parents[0], dict):
        raise StatementRejected(_("context.contextActivities.parent must be a list of activities."))
    parent_id = parents[0].get("id")
    prefix = object_iri + "?subContentId="
    if isinstance(parent_id, str) and parent_id.startswith(prefix):
        sub = parent_id[len(prefix) :]
        return sub if SUB_CONTENT_ID.fullmatch(sub) else None
    return None


def _score(result: dict) -> tuple[Decimal | None, Decimal | None]:
    if "score" not in result:
        return None, None
    score = _mapping(result["score"], "result.score")
    values = {key: _number(score.get(key), f"result.score.{key}") for key in ("raw", "min", "max")}
    raw, low, high = values["raw"], values["min"], values["max"]
    scaled = _number(score.get("scaled"), "result.score.scaled")
    if scaled is not None and abs(scaled) > 1:
        raise StatementRejected(_("result.score.scaled is out of range."))
    if raw is None or high is None:
        return None, None
    if high < 0 or high > MAX_SCORE:
        raise StatementRejected(_("result.score.max is out of range."))
    if raw < (low if low is not None else 0) or raw > high:
        raise StatementRejected(_("result.score.raw must lie between min and max."))
    return raw, high


def _duration(value: Any) -> Decimal | None:
    if value is None:
        return None
    text = _string(value, "result.duration", 64)
    match = DURATION.fullmatch(text)
    if not match or text.endswith(("P", "T")):
        raise StatementRejected(_("result.duration is not an ISO 8601 duration."))
    seconds = Decimal(0)
    for part, factor in (("d", 86400), ("h", 3600), ("m", 60), ("s", 1)):
        if match[part]:
            seconds += Decimal(match[part]) * factor
    return seconds


def _choices(value: Any) -> tuple[str, ...] | None:
    if value is None:
        return None
    if not isinstance(value, list) or len(value) > MAX_LIST_ITEMS:
        raise StatementRejected(_("object.definition.choices must be a list of choices."))
    ids = []
    for item in value:
        if not isinstance(item, dict) or not isinstance(item.get("id"), str):
            raise StatementRejected(_("Each choice in object.definition.choices needs an id."))
        ids.append(item["id"][:200])
    return tuple(ids)


# -- field types ---------------------------------------------------------------------------------
def _mapping(value: Any, path: str, *, required: bool = False) -> dict:
    if value is None and not required:
        return {}
    if not isinstance(value, dict):
        raise StatementRejected(_("%(field)s must be an object.") % {"field": path})
    return value


def _string(value: Any, path: str, limit: int) -> str:
    if not isinstance(value, str) or not value:
        raise StatementRejected(_("%(field)s must be text.") % {"field": path})
    if len(value) > limit:
        raise StatementRejected(_("%(field)s is too long.") % {"field": path})
    return value


def _optional_string(value: Any, path: str, limit: int) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise StatementRejected(_("%(field)s must be text.") % {"field": path})
    if len(value) > limit:
        raise StatementRejected(_("%(field)s is too long.") % {"field": path})
    return value


def _optional_bool(value: Any, path: str) -> bool | None:
    if value is None or isinstance(value, bool):
        return value
    raise StatementRejected(_("%(field)s must be true or false.") % {"field": path})


def _number(value: Any, path: str) -> Decimal | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise StatementRejected(_("%(field)s must be a number.") % {"field": path})
    if isinstance(value, float) and not math.isfinite(value):
        raise StatementRejected(_("%(field)s must be a number.") % {"field": path})
    try:
        number = Decimal(str(value))
    except InvalidOperation:
        raise StatementRejected(_("%(field)s must be a number.") % {"field": path}) from None
    if abs(number) > MAX_SCORE:
        raise StatementRejected(_("%(field)s is out of range.") % {"field": path})
    return number.quantize(Decimal("0.01"))
