"""The H5P player origin: what it serves and with which headers, the signed launch token and
what it is bound to, statements recorded with the server's score, attempts policy, resume."""

import json
import re
import uuid
from decimal import Decimal

import pytest
from django.contrib.auth import get_user_model
from django.db.models import ProtectedError
from django.test import Client
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from courses import services as courses
from courses.models import LessonProgress
from h5p.models import Attempt, Content, Launch, SavedState, Statement
from h5p.origin import player_host
from tests.courses import factories

pytestmark = pytest.mark.django_db
SITE = "127.0.0.1:8000"
OBJECT_PREFIX = "http://localhost:8000/content/"
CORRECT_MC = "0"  # "Very dark purple": the only right answer of the hub MultiChoice


@pytest.fixture
def activity(course, multichoice):
    return factories.lesson(
        factories.module(course), kind="activity", h5p_content=multichoice, pass_percent=100
    )


@pytest.fixture
def learner(course):
    user = get_user_model().objects.create_user(
        email="learner@example.org", password="pw-123456789"
    )
    courses.enrol(user, course, course.runs.first())
    return user


@pytest.fixture
def site_client(learner):
    client = Client(HTTP_HOST=SITE)
    client.force_login(learner)
    return client


def player_client() -> Client:
    return Client(HTTP_HOST=player_host())


def open_lesson(site_client, lesson) -> str:
    """Open the lesson page as the learner; the token in the player frame's address."""
    response = site_client.get(lesson.get_url(), follow=False)
    assert response.status_code == 200, response.status_code
    match = re.search(
        r'class="h5p-frame" src="http://localhost:8000/play/([^/"]+)/"', response.text
    )
    assert match, "no player frame on the lesson page"
    return match[1]


def statement(content, *, verb="answered", response=CORRECT_MC, raw=1, maximum=1, sub=None):
    object_id = f"{OBJECT_PREFIX}{content.uuid}" + (f"?subContentId={sub}" if sub else "")
    document = {
        "actor": {"name": "someone else", "mbox": "mailto:victim@example.org"},
        "verb": {"id": f"http://adlnet.gov/expapi/verbs/{verb}", "display": {"en-US": verb}},
        "object": {
            "id": object_id,
            "objectType": "Activity",
            "definition": {
                "interactionType": "choice",
                "type": "http://adlnet.gov/expapi/activities/cmi.interaction",
            },
        },
    }
    if raw is not None:
        document["result"] = {
            "score": {"min": 0, "max": maximum, "raw": raw, "scaled": raw / maximum},
            "completion": True,
            "success": raw == maximum,
            "duration": "PT3.5S",
            "response": response,
        }
    return json.dumps(document)


def post(token, body, **headers):
    return player_client().post(f"/xapi/{token}/", body, content_type="application/json", **headers)


# -- the origin ----------------------------------------------------------------------------------
def test_the_player_origin_serves_nothing_of_the_site_and_sets_no_cookie(site_client, activity):
    player = player_client()
    for path in ("/", "/en/", "/admin/", "/en/accounts/login/", "/healthz"):
        response = player.get(path)
        assert response.status_code == 404, path
        assert "H5P player" in response.text
        assert not response.cookies
        assert response["X-Content-Type-Options"] == "nosniff"
        assert response["Content-Security-Policy"] == "frame-ancestors 'none'"


def test_the_site_does_not_serve_the_player(site_client, activity):
    token = open_lesson(site_client, activity)
    assert site_client.get(f"/play/{token}/").status_code == 404
    assert site_client.post(
        f"/xapi/{token}/", statement(activity.h5p_content), content_type="application/json"
    ).status_code in (403, 404)
    assert Statement.objects.count() == 0


def test_the_lesson_frames_the_player_from_its_origin_sandboxed(site_client, activity):
    page = site_client.get(activity.get_url()).text
    frame = re.search(r'<iframe class="h5p-frame"[^>]*>', page)[0]
    assert 'sandbox="allow-scripts allow-same-origin allow-forms' in frame
    assert "allow-top-navigation" not in frame
    assert 'data-player-origin="http://localhost:8000"' in frame


def test_the_player_page_may_be_framed_only_by_the_page_that_launched_it(site_client, activity):
    token = open_lesson(site_client, activity)
    response = player_client().get(f"/play/{token}/")
    assert response.status_code == 200
    csp = response["Content-Security-Policy"]
    assert "frame-ancestors http://127.0.0.1:8000" in csp
    assert "connect-src 'self'" in csp
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "X-Frame-Options" not in response
    assert not response.cookies
    options = json.loads(
        re.search(r'id="h5p-options" type="application/json">(.*?)</script>', response.text)[1]
    )
    player = options["player"]
    content = activity.h5p_content
    assert player["xAPIObjectIRI"] == f"{OBJECT_PREFIX}{content.uuid}"
    assert player["h5pJsonPath"] == f"/package/{content.uuid}"
    assert "contentUserData" not in player  # nothing saved yet
    # the player is told nothing about who the learner is
    assert "learner@example.org" not in response.text


def test_the_player_frames_get_the_storage_fallback_before_h5p_core():
    from h5p.player_views import STORAGE_FALLBACK, player_dist

    fallback = STORAGE_FALLBACK.read_bytes()
    frame = player_client().get("/player/frame.bundle.js")
    assert frame["Content-Type"] == "text/javascript"
    body = frame.content
    assert body.startswith(fallback)
    assert body.endswith((player_dist() / "frame.bundle.js").read_bytes())
    assert player_client().get("/player/storage-fallback.js").content == fallback


def test_raw_files_are_served_sandboxed_and_unsniffable(site_client, activity):
    content = activity.h5p_content
    player = player_client()
    library = content.main_library
    js = library.metadata["preloadedJs"][0]["path"]
    response = player.get(f"/libraries/{library.folder}/{js}")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/javascript"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Security-Policy"].endswith("sandbox")
    image = next(iter(content.files))
    response = player.get(f"/content/{content.uuid}/{image}")
    assert response.status_code == 200 and response["Content-Type"] == "image/jpeg"
    assert "sandbox" in response["Content-Security-Policy"]
    parameters = player.get(f"/content/{content.uuid}/content.json").json()
    assert parameters == content.parameters
    assert (
        player.get(f"/package/{content.uuid}/h5p.json").json()["mainLibrary"] == "H5P.MultiChoice"
    )


@pytest.mark.parametrize(
    "path",
    [
        "/content/{uuid}/../../libraries/x",
        "/content/{uuid}/images/not-uploaded.jpg",
        "/content/{uuid}/.hidden",
        "/content/{other}/content.json",
        "/libraries/H5P.MultiChoice-9.9/library.json",
        "/libraries/H5P.MultiChoice/library.json",
        "/libraries/{main}/../../content/{uuid}/content.json",
        "/player/../../package.json",
    ],
)
def test_nothing_outside_the_accepted_files_is_served(activity, path):
    content = activity.h5p_content
    url = path.format(uuid=content.uuid, other=uuid.uuid4(), main=content.main_library.folder)
    assert player_client().get(url).status_code == 404


# -- the token -----------------------------------------------------------------------------------
def test_a_statement_is_bound_to_the_launch_not_to_what_it_claims(site_client, activity, learner):
    token = open_lesson(site_client, activity)
    response = post(token, statement(activity.h5p_content))
    assert response.status_code == 201, response.content
    attempt = Attempt.objects.get()
    assert attempt.user == learner and attempt.lesson_id == activity.pk
    assert Statement.objects.get().document["actor"]["mbox"] == "mailto:victim@example.org"


@pytest.mark.parametrize("tamper", ["x", "flip"])
def test_a_forged_or_altered_token_is_refused(site_client, activity, tamper):
    token = open_lesson(site_client, activity)
    bad = (
        "x" + token[1:]
        if tamper == "x"
        else token[:-2] + ("AA" if not token.endswith("AA") else "BB")
    )
    response = post(bad, statement(activity.h5p_content))
    assert response.status_code == 403
    assert response.json()["error"] == "This activity link is not valid."
    assert not Statement.objects.exists()


def test_an_old_token_is_refused(site_client, activity, settings):
    token = open_lesson(site_client, activity)
    settings.H5P_LAUNCH_MAX_AGE = -1
    response = post(token, statement(activity.h5p_content))
    assert response.status_code == 403
    assert "reload the page" in response.json()["error"]


def test_signing_out_ends_the_token(site_client, activity):
    token = open_lesson(site_client, activity)
    site_client.post("/en/accounts/logout/")
    response = post(token, statement(activity.h5p_content))
    assert response.status_code == 403
    assert response.json()["error"] == "You are signed out: sign in again and reload the page."
    assert not Statement.objects.exists()


def test_withdrawing_ends_the_token(site_client, activity, learner, course):
    token = open_lesson(site_client, activity)
    courses.withdraw(learner.enrolments.get(), by=learner)
    assert post(token, statement(activity.h5p_content)).status_code == 403


def test_refusals_are_in_the_learners_language(home_page, course, activity, learner):
    client = Client(HTTP_HOST=SITE)
    client.force_login(learner)
    page = client.get(activity.get_url().replace("/en/", "/zh-hant/"))
    token = re.search(r'/play/([^/"]+)/"', page.text)[1]
    assert Launch.objects.get().language == "zh-hant"
    response = post(token, "{not json")
    assert response.status_code == 400
    assert re.search(r"[\u4e00-\u9fff]", response.json()["error"]), response.json()


# -- statements and scores -----------------------------------------------------------------------
def test_a_right_answer_passes_with_the_servers_score_and_completes_the_lesson(
    site_client, activity
):
    token = open_lesson(site_client, activity)
    for verb in ("attempted", "interacted"):
        assert post(token, statement(activity.h5p_content, verb=verb, raw=None)).status_code == 201
    response = post(token, statement(activity.h5p_content))
    body = response.json()
    assert body["finished"] is True
    assert body["score"] == {"raw": "1.00", "max": "1.00", "passed": True, "scoredBy": "server"}
    attempt = Attempt.objects.get()
    assert (attempt.raw, attempt.max, attempt.percent, attempt.passed) == (1, 1, 100, True)
    assert not attempt.flagged
    assert attempt.statements.count() == 3
    assert LessonProgress.objects.get().how == "activity"


def test_a_forged_full_score_gets_the_servers_score_and_is_flagged(site_client, activity):
    token = open_lesson(site_client, activity)
    body = post(token, statement(activity.h5p_content, response="1", raw=1, maximum=1)).json()
    assert body["score"]["raw"] == "0.00" and body["score"]["passed"] is False
    attempt = Attempt.objects.get()
    assert attempt.flagged and (attempt.claimed_raw, attempt.raw) == (1, 0)
    row = attempt.statements.get()
    assert row.flagged and "claimed 1 of 1" in row.problem and "recomputed 0 of 1" in row.problem
    assert not LessonProgress.objects.exists()


def test_a_response_that_does_not_fit_the_content_scores_nothing(site_client, activity):
    token = open_lesson(site_client, activity)
    body = post(token, statement(activity.h5p_content, response="7[,]0", raw=1)).json()
    assert body["score"]["raw"] == "0.00" and body["score"]["max"] == "1.00"
    assert Attempt.objects.get().flagged


def test_a_statement_about_other_content_is_refused_and_nothing_is_stored(site_client, activity):
    token = open_lesson(site_client, activity)
    other = Content(uuid=uuid.uuid4())
    response = post(token, statement(other))
    assert response.status_code == 400
    assert not Statement.objects.exists() and not Attempt.objects.exists()


@pytest.mark.parametrize(
    "body", [b"", b"[]", b"null", b"{}", b'{"verb": 1}', b"\xff\xfe", b"{" * 5000, b"1e999"]
)
def test_malformed_statements_get_a_clear_refusal_and_change_nothing(site_client, activity, body):
    token = open_lesson(site_client, activity)
    response = post(token, body)
    assert response.status_code == 400
    assert response.json()["error"]
    assert not Statement.objects.exists() and not Attempt.objects.exists()


def _json_values():
    scalars = st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=30)
    return st.recursive(
        scalars,
        lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner),
        max_leaves=20,
    )


def _mutated_statement(content):
    """A real statement with one field anywhere replaced by an arbitrary JSON value."""
    base = json.loads(statement(content))

    def paths(node, prefix=()):
        yield prefix
        if isinstance(node, dict):
            for key, value in node.items():
                yield from paths(value, (*prefix, key))

    return st.tuples(st.sampled_from(list(paths(base))[1:]), _json_values()).map(
        lambda change: _replace(base, *change)
    )


def _replace(document, path, value):
    copy = json.loads(json.dumps(document))
    node = copy
    for key in path[:-1]:
        node = node[key]
    node[path[-1]] = value
    return json.dumps(copy).encode()


@hypothesis_settings(
    max_examples=60,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data())
def test_the_endpoint_answers_any_body_without_an_error_and_refusals_store_nothing(
    site_client, activity, data
):
    token = open_lesson(site_client, activity)
    body = data.draw(
        st.binary(max_size=300)
        | _json_values().map(lambda value: json.dumps(value).encode())
        | _mutated_statement(activity.h5p_content)
    )
    before = Statement.objects.count()
    response = post(token, body)
    assert response.status_code in (201, 400), (response.status_code, body)
    if response.status_code == 400:
        assert response.json()["error"]
        assert Statement.objects.count() == before
    else:
        assert Statement.objects.count() == before + 1


def test_a_huge_statement_is_refused_before_it_is_read(site_client, activity):
    token = open_lesson(site_client, activity)
    response = post(token, b"{" + b" " * 200_000 + b"}")
    assert response.status_code == 413


def test_attempts_policy_refuses_a_further_attempt(site_client, activity):
    activity.max_attempts = 1
    activity.save_revision().publish()
    token = open_lesson(site_client, activity)
    assert post(token, statement(activity.h5p_content, response="1", raw=0)).status_code == 201
    response = post(token, statement(activity.h5p_content))
    assert response.status_code == 409
    assert response.json()["error"] == "You have used all your attempts at this activity."
    assert Attempt.objects.count() == 1
    page = site_client.get(activity.get_url()).text
    assert "h5p-frame" not in page and "You have used all your attempts" in page


def test_a_new_attempt_follows_a_failed_one(site_client, activity):
    token = open_lesson(site_client, activity)
    post(token, statement(activity.h5p_content, response="2", raw=0))
    post(token, statement(activity.h5p_content))
    assert list(Attempt.objects.order_by("number").values_list("number", "passed")) == [
        (1, False),
        (2, True),
    ]
    assert LessonProgress.objects.count() == 1


def test_attempted_content_is_archived_never_deleted(site_client, activity):
    token = open_lesson(site_client, activity)
    post(token, statement(activity.h5p_content))
    with pytest.raises(ProtectedError):
        activity.h5p_content.delete()


# -- resume --------------------------------------------------------------------------------------
def test_state_is_saved_and_rendered_into_the_player_for_resume(site_client, activity, learner):
    token = open_lesson(site_client, activity)
    state = json.dumps({"answers": [0]})
    url = f"/state/{token}/?type=state&sub=0"
    response = player_client().post(url, {"data": state, "preload": "1", "invalidate": "1"})
    assert response.json() == {"success": True}
    assert SavedState.objects.get(user=learner).data == state
    token = open_lesson(site_client, activity)
    page = player_client().get(f"/play/{token}/").text
    options = json.loads(
        re.search(r'id="h5p-options" type="application/json">(.*?)</script>', page)[1]
    )
    assert options["player"]["contentUserData"] == [{"state": state}]
    player_client().post(url, {"data": "0"})
    assert not SavedState.objects.exists()


@pytest.mark.parametrize(
    ("query", "data"),
    [
        ("type=state&sub=0", "{not json"),
        ("type=../x&sub=0", "{}"),
        ("type=state&sub=0", "x" * 300_000),
    ],
)
def test_bad_state_is_refused(site_client, activity, query, data):
    token = open_lesson(site_client, activity)
    response = player_client().post(f"/state/{token}/?{query}", {"data": data})
    assert response.status_code == 400 and response.json()["success"] is False
    assert not SavedState.objects.exists()


def test_decimal_percent_is_exact(site_client, activity):
    from h5p.play import _percent

    assert _percent(Decimal(2), Decimal(3)) == Decimal("66.67")
    assert _percent(Decimal(5), Decimal(0)) == Decimal(0)


# -- query counts --------------------------------------------------------------------------------
def test_a_statement_costs_a_fixed_number_of_queries(
    site_client, activity, django_assert_num_queries
):
    token = open_lesson(site_client, activity)
    post(token, statement(activity.h5p_content, verb="attempted", raw=None))
    # the launch, the session (exists, then read), the lesson, the enrolment; a savepoint
    # around the open attempt (locked) and the insert
    with django_assert_num_queries(9):
        post(token, statement(activity.h5p_content, verb="interacted", raw=None))
    # the same, then the attempt finished and the lesson and the course completed
    with django_assert_num_queries(31):
        post(token, statement(activity.h5p_content))
