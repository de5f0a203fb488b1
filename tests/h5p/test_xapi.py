"""h5p.xapi: statements as h5p-standalone 3.8.2 sends them parse into exactly the expected fields;
each broken rule is refused with StatementRejected naming the defect; and no input, however odd,
makes `parse` raise anything else (hypothesis)."""

import copy
import json
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from h5p import xapi

IRI = "http://localhost:8000/content/5b0f3c1e-8d1a-4c2b-9e3f-0a1b2c3d4e5f"
CHILD = "0d5c8f43-2b7e-4a51-9b1c-6f2e8a7d9c10"
OTHER_CHILD = "7e1a2b3c-4d5e-4f60-8a9b-0c1d2e3f4a5b"
ADL = "http://adlnet.gov/expapi/verbs/"
ACTOR = {"name": "learner", "mbox": "mailto:learner@invalid", "objectType": "Agent"}


def answered_main() -> dict:
    """A MultiChoice answered, as the player sends it for the main content."""
    return {
        "actor": copy.deepcopy(ACTOR),
        "verb": {"id": ADL + "answered", "display": {"en-US": "answered"}},
        "object": {
            "id": IRI,
            "objectType": "Activity",
            "definition": {
                "extensions": {"http://h5p.org/x-api/h5p-local-content-id": 1},
                "name": {"en-US": "Which colour is the stain?"},
                "description": {"en-US": "<p>Which colour is the stain?</p>\n"},
                "type": "http://adlnet.gov/expapi/activities/cmi.interaction",
                "interactionType": "choice",
                "correctResponsesPattern": ["0"],
                "choices": [
                    {"id": "0", "description": {"en-US": "Very dark purple\n"}},
                    {"id": "1", "description": {"en-US": "Pale pink\n"}},
                    {"id": "2", "description": {"en-US": "Bright green\n"}},
                ],
            },
        },
        "context": {
            "contextActivities": {
                "category": [
                    {
                        "id": "http://h5p.org/libraries/H5P.MultiChoice-1.16",
                        "objectType": "Activity",
                    }
                ]
            },
            "extensions": {"http://id.tincanapi.com/extension/ending-point": 1},
        },
        "result": {
            "score": {"min": 0, "max": 1, "raw": 1, "scaled": 1},
            "completion": True,
            "success": True,
            "duration": "PT3.52S",
            "response": "0",
        },
    }


def answered_child() -> dict:
    """A MultiChoice inside a QuestionSet answered: the object is the child."""
    statement = answered_main()
    statement["object"]["id"] = f"{IRI}?subContentId={CHILD}"
    statement["object"]["definition"]["extensions"] = {
        "http://h5p.org/x-api/h5p-local-content-id": 1,
        xapi.SUB_CONTENT_EXTENSION: CHILD,
    }
    statement["context"]["contextActivities"]["parent"] = [{"id": IRI, "objectType": "Activity"}]
    statement["result"] = {
        "score": {"min": 0, "max": 2, "raw": 1, "scaled": 0.5},
        "completion": True,
        "success": False,
        "duration": "PT1M2.5S",
        "response": "0[,]2",
    }
    return statement


def completed_main() -> dict:
    """The QuestionSet finished: a score and no response."""
    return {
        "actor": copy.deepcopy(ACTOR),
        "verb": {"id": ADL + "completed", "display": {"en-US": "completed"}},
        "object": {
            "id": IRI,
            "objectType": "Activity",
            "definition": {
                "extensions": {"http://h5p.org/x-api/h5p-local-content-id": 1},
                "name": {"en-US": "Staining quiz"},
            },
        },
        "context": {
            "contextActivities": {
                "category": [
                    {
                        "id": "http://h5p.org/libraries/H5P.QuestionSet-1.20",
                        "objectType": "Activity",
                    }
                ]
            }
        },
        "result": {
            "score": {"min": 0, "max": 14, "raw": 5, "scaled": 0.3571},
            "completion": True,
            "success": False,
            "duration": "PT1H2M3S",
        },
    }


def interacted_main() -> dict:
    """Something was clicked: no result at all."""
    return {
        "actor": copy.deepcopy(ACTOR),
        "verb": {"id": ADL + "interacted", "display": {"en-US": "interacted"}},
        "object": {"id": IRI, "objectType": "Activity", "definition": {"name": {"en-US": "Q"}}},
        "context": {"contextActivities": {"category": []}},
    }


def body(document) -> bytes:
    return json.dumps(document, separators=(",", ":")).encode()


def parse(document) -> xapi.Statement:
    return xapi.parse(body(document), object_iri=IRI)


def rejected(raw: bytes | str, match: str) -> None:
    with pytest.raises(xapi.StatementRejected, match=match):
        xapi.parse(raw, object_iri=IRI)


def changed(make, path: tuple, value=None, *, delete: bool = False) -> bytes:
    """make()'s statement with the field at `path` set to `value` (or deleted)."""
    document = make()
    node = document
    for key in path[:-1]:
        node = node[key]
    if delete:
        del node[path[-1]]
    else:
        node[path[-1]] = value
    return body(document)


# -- accepted shapes -----------------------------------------------------------------------------
def test_main_content_answered():
    document = answered_main()
    parsed = xapi.parse(body(document), object_iri=IRI)
    assert parsed.verb == "answered"
    assert parsed.verb_id == ADL + "answered"
    assert parsed.object_id == IRI
    assert parsed.sub_content_id is None
    assert parsed.parent_sub_content_id is None
    assert parsed.interaction_type == "choice"
    assert parsed.response == "0"
    assert parsed.raw == Decimal("1.00")
    assert parsed.max == Decimal("1.00")
    assert parsed.success is True
    assert parsed.completion is True
    assert parsed.duration_seconds == Decimal("3.52")
    assert parsed.choices == ("0", "1", "2")
    assert parsed.document == document
    assert parsed.scored


def test_child_answered_names_its_sub_content():
    parsed = parse(answered_child())
    assert parsed.verb == "answered"
    assert parsed.object_id == f"{IRI}?subContentId={CHILD}"
    assert parsed.sub_content_id == CHILD
    assert parsed.parent_sub_content_id is None  # the parent is the main content
    assert parsed.interaction_type == "choice"
    assert parsed.response == "0[,]2"
    assert (parsed.raw, parsed.max) == (Decimal("1.00"), Decimal("2.00"))
    assert parsed.success is False
    assert parsed.completion is True
    assert parsed.duration_seconds == Decimal("62.5")
    assert parsed.choices == ("0", "1", "2")
    assert parsed.scored


def test_grandchild_names_its_parent_sub_content():
    statement = answered_child()
    statement["context"]["contextActivities"]["parent"] = [
        {"id": f"{IRI}?subContentId={OTHER_CHILD}", "objectType": "Activity"}
    ]
    assert parse(statement).parent_sub_content_id == OTHER_CHILD


def test_child_without_the_extension_is_accepted():
    statement = answered_child()
    del statement["object"]["definition"]["extensions"][xapi.SUB_CONTENT_EXTENSION]
    assert parse(statement).sub_content_id == CHILD


def test_completed_without_response():
    parsed = parse(completed_main())
    assert parsed.verb == "completed"
    assert parsed.verb_id == ADL + "completed"
    assert parsed.object_id == IRI
    assert parsed.sub_content_id is None
    assert parsed.parent_sub_content_id is None
    assert parsed.interaction_type is None
    assert parsed.response is None
    assert (parsed.raw, parsed.max) == (Decimal("5.00"), Decimal("14.00"))
    assert parsed.success is False
    assert parsed.completion is True
    assert parsed.duration_seconds == Decimal(3723)
    assert parsed.choices is None
    assert parsed.scored


def test_interacted_without_result():
    parsed = parse(interacted_main())
    assert parsed.verb == "interacted"
    assert parsed.object_id == IRI
    assert parsed.sub_content_id is None
    assert parsed.parent_sub_content_id is None
    assert parsed.interaction_type is None
    assert parsed.response is None
    assert parsed.raw is None
    assert parsed.max is None
    assert parsed.success is None
    assert parsed.completion is None
    assert parsed.duration_seconds is None
    assert parsed.choices is None
    assert not parsed.scored


@pytest.mark.parametrize("verb", sorted(xapi.VERBS))
def test_every_allowed_verb_is_accepted(verb):
    statement = interacted_main()
    statement["verb"]["id"] = ADL + verb
    assert parse(statement).verb == verb


def test_text_body_is_accepted_like_bytes():
    assert xapi.parse(json.dumps(answered_main()), object_iri=IRI).response == "0"


def test_empty_response_differs_from_none():
    assert parse(json.loads(changed(answered_main, ("result", "response"), ""))).response == ""


def test_score_without_max_is_unscored():
    document = json.loads(changed(answered_main, ("result", "score", "max"), delete=True))
    parsed = parse(document)
    assert (parsed.raw, parsed.max, parsed.scored) == (None, None, False)


def test_negative_raw_allowed_down_to_min():
    statement = answered_main()
    statement["result"]["score"] = {"min": -2, "max": 4, "raw": -1.5}
    assert parse(statement).raw == Decimal("-1.50")


def test_scores_are_rounded_to_hundredths():
    statement = answered_main()
    statement["result"]["score"] = {"min": 0, "max": 3, "raw": 2.3333333}
    assert parse(statement).raw == Decimal("2.33")


def test_ids_of_choices_are_kept_to_200_characters():
    statement = answered_main()
    statement["object"]["definition"]["choices"] = [{"id": "x" * 500}]
    assert parse(statement).choices == ("x" * 200,)


@pytest.mark.parametrize(
    ("duration", "seconds"),
    [("PT0S", "0"), ("P1D", "86400"), ("PT1.5H", "5400"), ("P1DT1H1M1.25S", "90061.25")],
)
def test_durations(duration, seconds):
    statement = answered_main()
    statement["result"]["duration"] = duration
    assert parse(statement).duration_seconds == Decimal(seconds)


# -- rejected: the document ----------------------------------------------------------------------
def test_too_large():
    padding = "x" * xapi.MAX_BODY_BYTES
    rejected(changed(answered_main, ("actor", "name"), padding), "too large")


def test_just_under_the_limit_is_accepted():
    statement = answered_main()
    size = len(body(statement))
    statement["actor"]["name"] += "x" * (xapi.MAX_BODY_BYTES - size)
    assert len(body(statement)) == xapi.MAX_BODY_BYTES
    assert parse(statement).verb == "answered"


def test_not_utf8():
    rejected(b'{"a": "\xff"}', "UTF-8")


def test_text_with_lone_surrogate():
    rejected('{"a": "\ud800"}', "UTF-8")


def test_nested_too_deeply():
    deep = {"x": 0}
    for _ in range(xapi.MAX_DEPTH):
        deep = {"x": deep}
    rejected(changed(answered_main, ("context", "extensions"), deep), "nested too deeply")


def test_nesting_at_the_limit_is_accepted():
    statement = interacted_main()  # the statement is depth 1, context 2, its extensions 3...
    statement["context"]["extensions"] = json.loads("[" * (xapi.MAX_DEPTH - 2) + "]" * 30)
    assert parse(statement).verb == "interacted"


def test_huge_nesting_does_not_exhaust_the_stack():
    rejected(b"[" * 30_000 + b"]" * 30_000, "nested too deeply")


@pytest.mark.parametrize("raw", [b"", b"{", b"{'a': 1}", b'{"a": 1,}', b"\x00"])
def test_not_json(raw):
    rejected(raw, "not valid JSON")


@pytest.mark.parametrize("constant", ["NaN", "Infinity", "-Infinity", "1e400", "-1e999"])
def test_non_finite_numbers_anywhere(constant):
    raw = body(answered_main()).replace(b'ending-point":1', b'ending-point":' + constant.encode())
    assert b'ending-point":' + constant.encode() in raw
    rejected(raw, "not valid JSON")


@pytest.mark.parametrize("raw", [b"[]", b"1", b'"statement"', b"null", b"true"])
def test_not_an_object(raw):
    rejected(raw, "must be a JSON object")


@pytest.mark.parametrize("escape", ["\\u0000", "\\ud800", "\\udfff", "x\\ud83dy"])
def test_text_a_database_cannot_store(escape):
    raw = body(answered_main()).replace(b'"learner"', f'"learner{escape}"'.encode())
    rejected(raw, "cannot be stored")


def test_escaped_pairs_are_fine():
    raw = body(answered_main()).replace(b'"learner"', b'"learner \\ud83d\\ude00"')
    assert xapi.parse(raw, object_iri=IRI).document["actor"]["name"] == "learner \U0001f600"


# -- rejected: verb and object -------------------------------------------------------------------
@pytest.mark.parametrize("verb", [None, "answered", [], 1])
def test_verb_must_be_an_object(verb):
    rejected(changed(answered_main, ("verb",), verb), "verb must be an object")


def test_verb_missing():
    rejected(changed(answered_main, ("verb",), delete=True), "verb must be an object")


@pytest.mark.parametrize("verb_id", [None, "", 7])
def test_verb_id_must_be_text(verb_id):
    rejected(changed(answered_main, ("verb", "id"), verb_id), "verb.id must be text")


def test_verb_id_too_long():
    rejected(changed(answered_main, ("verb", "id"), ADL + "a" * 200), "verb.id is too long")


@pytest.mark.parametrize(
    "verb_id",
    [
        ADL + "voided",
        ADL + "Answered",
        ADL + "answered ",
        ADL + "answered\n",
        "http://example.com/verbs/answered",
        "answered",
        ADL,
    ],
)
def test_verb_not_allowed(verb_id):
    rejected(changed(answered_main, ("verb", "id"), verb_id), "not one this site records")


@pytest.mark.parametrize("obj", [None, IRI, [IRI]])
def test_object_must_be_an_object(obj):
    rejected(changed(answered_main, ("object",), obj), "object must be an object")


@pytest.mark.parametrize("object_id", [None, "", 3, {"id": IRI}])
def test_object_id_must_be_text(object_id):
    rejected(changed(answered_main, ("object", "id"), object_id), "object.id must be text")


def test_object_id_too_long():
    long_id = f"{IRI}?subContentId={CHILD}" + "x" * 2000
    rejected(changed(answered_main, ("object", "id"), long_id), "object.id is too long")


@pytest.mark.parametrize(
    "object_id",
    [
        "http://localhost:8000/content/00000000-0000-0000-0000-000000000000",
        IRI + "/",
        IRI + "x",
        IRI.upper(),
        IRI + "?subcontentid=" + CHILD,
        IRI + "#" + CHILD,
        "http://evil.example/content/5b0f3c1e-8d1a-4c2b-9e3f-0a1b2c3d4e5f",
    ],
)
def test_object_is_other_content(object_id):
    rejected(changed(answered_main, ("object", "id"), object_id), "other content")


@pytest.mark.parametrize(
    "sub",
    [
        "",
        "1",
        CHILD[:-1],
        CHILD + "0",
        CHILD.replace("-", ""),
        CHILD + "\n",
        CHILD + "&x=1",
        "g" * 8 + CHILD[8:],
        "../" + CHILD,
    ],
)
def test_sub_content_id_must_be_a_uuid(sub):
    statement = answered_child()
    del statement["object"]["definition"]["extensions"][xapi.SUB_CONTENT_EXTENSION]
    statement["object"]["id"] = f"{IRI}?subContentId={sub}"
    rejected(body(statement), "part of the content that is not valid")


@pytest.mark.parametrize("claimed", [OTHER_CHILD, CHILD.upper(), "", 1, [CHILD], {"id": CHILD}])
def test_sub_content_extension_must_agree(claimed):
    rejected(
        changed(
            answered_child,
            ("object", "definition", "extensions", xapi.SUB_CONTENT_EXTENSION),
            claimed,
        ),
        "two different parts",
    )


def test_main_content_claiming_a_sub_content_id():
    statement = answered_main()
    statement["object"]["definition"]["extensions"][xapi.SUB_CONTENT_EXTENSION] = CHILD
    rejected(body(statement), "two different parts")


@pytest.mark.parametrize("definition", ["choice", [], 1, True])
def test_definition_must_be_an_object(definition):
    rejected(
        changed(answered_main, ("object", "definition"), definition),
        "object.definition must be an object",
    )


@pytest.mark.parametrize("interaction", [1, ["choice"], True, {}])
def test_interaction_type_must_be_text(interaction):
    rejected(
        changed(answered_main, ("object", "definition", "interactionType"), interaction),
        "interactionType must be text",
    )


def test_interaction_type_too_long():
    rejected(
        changed(answered_main, ("object", "definition", "interactionType"), "c" * 41),
        "interactionType is too long",
    )


@pytest.mark.parametrize(
    "choices", ["0,1", {"id": "0"}, 0, [{"id": "0"}] * (xapi.MAX_LIST_ITEMS + 1)]
)
def test_choices_must_be_a_list(choices):
    rejected(
        changed(answered_main, ("object", "definition", "choices"), choices),
        "choices must be a list",
    )


@pytest.mark.parametrize("choice", ["0", None, {}, {"id": 0}, {"id": None}, {"description": "x"}])
def test_each_choice_needs_an_id(choice):
    rejected(
        changed(answered_main, ("object", "definition", "choices"), [{"id": "0"}, choice]),
        "needs an id",
    )


# -- rejected: context ---------------------------------------------------------------------------
@pytest.mark.parametrize("context", ["x", [], 1])
def test_context_must_be_an_object(context):
    rejected(changed(answered_main, ("context",), context), "context must be an object")


@pytest.mark.parametrize("activities", ["x", [], 1])
def test_context_activities_must_be_an_object(activities):
    rejected(
        changed(answered_main, ("context", "contextActivities"), activities),
        "contextActivities must be an object",
    )


@pytest.mark.parametrize("parent", [[], {"id": IRI}, IRI, [IRI], [None], [[{"id": IRI}]], 0])
def test_parent_must_be_a_list_of_activities(parent):
    rejected(
        changed(answered_child, ("context", "contextActivities", "parent"), parent),
        "parent must be a list of activities",
    )


@pytest.mark.parametrize(
    "parent_id",
    [None, 5, "http://elsewhere/", f"{IRI}?subContentId=nope", f"{IRI}?subContentId={CHILD}\n"],
)
def test_parent_that_is_not_a_part_is_ignored(parent_id):
    statement = answered_child()
    statement["context"]["contextActivities"]["parent"] = [{"id": parent_id}]
    assert parse(statement).parent_sub_content_id is None


# -- rejected: result ----------------------------------------------------------------------------
@pytest.mark.parametrize("result", ["passed", [], 1, True])
def test_result_must_be_an_object(result):
    rejected(changed(answered_main, ("result",), result), "result must be an object")


@pytest.mark.parametrize("score", [1, "1", [1], True])
def test_score_must_be_an_object(score):
    rejected(changed(answered_main, ("result", "score"), score), "result.score must be an object")


@pytest.mark.parametrize("key", ["raw", "min", "max", "scaled"])
@pytest.mark.parametrize("value", ["1", True, [1], {"v": 1}])
def test_score_parts_must_be_numbers(key, value):
    rejected(
        changed(answered_main, ("result", "score", key), value),
        f"result.score.{key} must be a number",
    )


@pytest.mark.parametrize("key", ["raw", "min", "max"])
@pytest.mark.parametrize("value", [100_000.01, -100_001, 10**30])
def test_score_parts_beyond_the_largest_score(key, value):
    rejected(
        changed(answered_main, ("result", "score", key), value), f"score.{key} is out of range"
    )


@pytest.mark.parametrize("maximum", [-1, -0.01])
def test_negative_max(maximum):
    statement = answered_main()
    statement["result"]["score"] = {"min": -5, "max": maximum, "raw": -1}
    rejected(body(statement), "result.score.max is out of range")


@pytest.mark.parametrize(
    "score",
    [
        {"min": 0, "max": 1, "raw": 2},
        {"min": 0, "max": 1, "raw": -1},
        {"max": 1, "raw": -0.5},  # no min: raw may not be negative
        {"min": 1, "max": 3, "raw": 0.5},
        {"min": 3, "max": 1, "raw": 2},
        {"min": 0, "max": 0, "raw": 1},
    ],
)
def test_raw_outside_min_and_max(score):
    rejected(changed(answered_main, ("result", "score"), score), "must lie between min and max")


@pytest.mark.parametrize("scaled", [1.01, -1.5, 2, 100])
def test_scaled_outside_minus_one_to_one(scaled):
    rejected(
        changed(answered_main, ("result", "score", "scaled"), scaled),
        "result.score.scaled is out of range",
    )


@pytest.mark.parametrize("scaled", [-1, 0, 0.3571, 1, None])
def test_scaled_within_range(scaled):
    assert parse(json.loads(changed(answered_main, ("result", "score", "scaled"), scaled))).scored


@pytest.mark.parametrize("response", [0, ["0"], {"0": True}, False])
def test_response_must_be_text(response):
    rejected(changed(answered_main, ("result", "response"), response), "response must be text")


def test_response_too_long():
    long_response = "[,]".join(["0"] * 4000)
    rejected(changed(answered_main, ("result", "response"), long_response), "response is too long")


@pytest.mark.parametrize("key", ["success", "completion"])
@pytest.mark.parametrize("value", [1, 0, "true", [], {}])
def test_success_and_completion_must_be_booleans(key, value):
    rejected(changed(answered_main, ("result", key), value), f"result.{key} must be true or false")


@pytest.mark.parametrize("duration", [3.52, [], {"s": 1}, ""])
def test_duration_must_be_text(duration):
    rejected(changed(answered_main, ("result", "duration"), duration), "duration must be text")


def test_duration_too_long():
    rejected(
        changed(answered_main, ("result", "duration"), "PT" + "1" * 70 + "S"),
        "duration is too long",
    )


@pytest.mark.parametrize(
    "duration",
    [
        "P",
        "PT",
        "P1DT",
        "3.52",
        "PT3.52",
        "PT-1S",
        "pt3s",
        "PT3,5S",
        "PT.5S",
        "PT3.S",
        "PT1S1M",
        "P1W",
        "P1Y",
        "PT3S\n",
        " PT3S",
        "PT\u0663S",  # an Arabic-Indic three
    ],
)
def test_duration_not_iso_8601(duration):
    rejected(changed(answered_main, ("result", "duration"), duration), "not an ISO 8601 duration")


# -- properties ----------------------------------------------------------------------------------
FAST = settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow], database=None
)

# Text with any code point, lone surrogates and NUL included (json.dumps escapes them).
any_text = st.text(st.characters(exclude_categories=()), max_size=20)
json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(10**20), max_value=10**20)
    | st.floats(allow_nan=False, allow_infinity=False)
    | any_text,
    lambda children: (
        st.lists(children, max_size=5) | st.dictionaries(any_text, children, max_size=5)
    ),
    max_leaves=20,
)


def parse_or_reject(raw: bytes | str) -> xapi.Statement | None:
    try:
        return xapi.parse(raw, object_iri=IRI)
    except xapi.StatementRejected as rejection:
        assert str(rejection)
        return None


def assert_in_range(parsed: xapi.Statement) -> None:
    assert (parsed.raw is None) == (parsed.max is None)
    if parsed.scored:
        assert Decimal(0) <= parsed.max <= xapi.MAX_SCORE
        assert -xapi.MAX_SCORE <= parsed.raw <= parsed.max
        assert parsed.raw == parsed.raw.quantize(Decimal("0.01"))
        assert parsed.max == parsed.max.quantize(Decimal("0.01"))
    assert parsed.verb in xapi.VERBS
    assert (
        parsed.object_id == IRI or parsed.object_id == f"{IRI}?subContentId={parsed.sub_content_id}"
    )
    if parsed.duration_seconds is not None:
        assert parsed.duration_seconds >= 0
    # What is stored must survive strict JSON (no NaN/Infinity) and UTF-8 without surrogates.
    stored = json.dumps(parsed.document, allow_nan=False, ensure_ascii=False)
    stored.encode("utf-8")
    assert "\x00" not in stored


@FAST
@given(st.binary(max_size=300))
def test_any_bytes_parse_or_are_rejected(raw):
    parsed = parse_or_reject(raw)
    if parsed is not None:
        assert_in_range(parsed)


@FAST
@given(st.text(max_size=200))
def test_any_text_parses_or_is_rejected(raw):
    parsed = parse_or_reject(raw)
    if parsed is not None:
        assert_in_range(parsed)


@FAST
@given(json_values)
def test_any_json_parses_or_is_rejected(value):
    parsed = parse_or_reject(json.dumps(value).encode())
    if parsed is not None:
        assert_in_range(parsed)


def _paths(node, prefix=()):
    """Every place in a document a value sits (keys of objects, indexes of lists)."""
    yield prefix
    if isinstance(node, dict):
        for key, child in node.items():
            yield from _paths(child, (*prefix, key))
    elif isinstance(node, list):
        for index, child in enumerate(node):
            yield from _paths(child, (*prefix, index))


VALID = [answered_main, answered_child, completed_main, interacted_main]


@st.composite
def mutated(draw):
    document = draw(st.sampled_from(VALID))()
    paths = [path for path in _paths(document) if path]
    path = draw(st.sampled_from(paths))
    node = document
    for key in path[:-1]:
        node = node[key]
    if isinstance(node, dict) and draw(st.booleans()):
        del node[path[-1]]
    else:
        node[path[-1]] = draw(json_values)
    return document


@FAST
@given(mutated())
def test_one_field_changed_anywhere_parses_or_is_rejected(document):
    parsed = parse_or_reject(json.dumps(document).encode())
    if parsed is not None:
        assert_in_range(parsed)


score_numbers = (
    st.none()
    | st.integers(min_value=-200_000, max_value=200_000)
    | st.floats(min_value=-200_000, max_value=200_000)
    | st.decimals(min_value=-200_000, max_value=200_000, places=3).map(float)
)


@FAST
@given(raw=score_numbers, low=score_numbers, high=score_numbers, scaled=score_numbers)
def test_any_score_parses_in_range_or_is_rejected(raw, low, high, scaled):
    statement = answered_main()
    statement["result"]["score"] = {"raw": raw, "min": low, "max": high, "scaled": scaled}
    parsed = parse_or_reject(body(statement))
    if parsed is not None:
        assert_in_range(parsed)
        if parsed.scored and low is not None:
            assert parsed.raw >= Decimal(str(low)).quantize(Decimal("0.01"))
        if parsed.scored and low is None:
            assert parsed.raw >= 0


@FAST
@given(
    st.from_regex(
        r"P([0-9]{1,3}(\.[0-9]{1,2})?D)?(T([0-9]{1,3}H)?([0-9]{1,3}M)?([0-9]{1,3}(\.[0-9]{1,3})?S)?)?",
        fullmatch=True,
    )
)
def test_durations_parse_or_are_rejected(duration):
    statement = answered_main()
    statement["result"]["duration"] = duration
    parsed = parse_or_reject(body(statement))
    if parsed is not None:
        assert parsed.duration_seconds >= 0
    else:
        assert duration.endswith(("P", "T"))
