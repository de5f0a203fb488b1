"""Bad input at learning: enrolment, lessons, quiz submissions (courses), the staff enrolment
page (courses/admin_views.py), and H5P: xAPI statements and saved state on the player origin
(h5p/player_views.py), package uploads and the staff pages (h5p/admin_views.py).

Covers: courses:enrol, courses:withdraw, courses:mark_done, courses:start_attempt,
courses:submit_attempt, courses_enrolments, courses_report, h5p_statement, h5p_state,
h5p_player, h5p_upload, h5p_archive, h5p_delete, h5p_attempts."""

import json

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from hypothesis import example, given
from hypothesis import strategies as st

from accounts import roles
from courses import services as courses
from courses.models import Enrolment, LessonProgress, QuizAttempt
from h5p.models import Attempt, Content, Library, SavedState, Statement
from h5p.origin import player_host
from tests.courses import factories as make
from tests.h5p.conftest import empty_storage, multichoice  # noqa: F401 (fixtures)
from tests.h5p.storage import h5p_storage
from tests.h5p.test_player import open_lesson
from tests.h5p.test_player import statement as good_statement
from tests.security import bad_input as bad

pytestmark = pytest.mark.django_db
User = get_user_model()


def person(email, role=None, **fields):
    user = User.objects.create_user(email=email, password="x" * 12, **fields)
    if role:
        user.groups.add(Group.objects.get(name=role))
    return user


@pytest.fixture
def course(home_page):
    page = make.course(make.catalogue(home_page), "fuzz", sequential=False)
    questions = [
        make.question(page, kind)
        for kind in ("single", "multiple", "true_false", "numeric", "ordering")
    ]
    quiz = make.quiz(page, questions, pass_mark=80, max_attempts=None)
    module = make.module(page)
    make.lesson(module, "fuzz-quiz", kind="quiz", quiz=quiz)
    make.lesson(module, "fuzz-reading")
    return page


@pytest.fixture
def learner(course):
    user = person("fuzz-learner@example.org")
    courses.enrol(user, course, course.runs.get())
    return user


def lessons(course):
    return {lesson.slug: lesson for lesson in courses.lessons_of(course)}


# -- enrolment and lessons -------------------------------------------------------------------------
@bad.FUZZ
@given(
    target=st.integers(min_value=-1, max_value=2**70),
    junk=st.dictionaries(bad.names(), bad.text(), max_size=3),
)
@example(target=2**63, junk={})
def test_enrolment_and_lesson_actions_on_what_does_not_exist(learner, target, junk):
    client = bad.client_for(learner)
    before = (
        Enrolment.objects.count(),
        LessonProgress.objects.count(),
        QuizAttempt.objects.count(),
    )
    for name in (
        "courses:enrol",
        "courses:withdraw",
        "courses:mark_done",
        "courses:start_attempt",
        "courses:submit_attempt",
    ):
        url = reverse(name, args=[1]).replace("/1/", f"/{target}/")
        response = bad.send(client, "post", url, junk)
        assert response.status_code in (302, 404)  # 302: a negative id is no address at all
    after = (Enrolment.objects.count(), LessonProgress.objects.count(), QuizAttempt.objects.count())
    assert after == before


@bad.FUZZ
@given(answers=st.data())
def test_submitting_a_quiz(course, learner, answers):
    client = bad.client_for(learner)
    lesson = lessons(course)["fuzz-quiz"]
    QuizAttempt.objects.filter(user=learner).delete()
    bad.send(client, "post", reverse("courses:start_attempt", args=[lesson.pk]))
    attempt = QuizAttempt.objects.get(user=learner)
    snapshot = attempt.snapshot
    ids = [q["id"] for q in snapshot]
    options = [o["id"] for q in snapshot for o in q.get("options", [])]
    value = bad.anything() | st.sampled_from(options or ["x"])
    data = answers.draw(
        st.dictionaries(
            st.sampled_from(ids) | bad.names(),
            value | st.lists(value, min_size=2, max_size=4),
            max_size=len(ids) + 2,
        )
    )
    before = (LessonProgress.objects.count(), attempt.answers)
    response = bad.send(client, "post", reverse("courses:submit_attempt", args=[attempt.pk]), data)
    assert response.status_code == 302
    attempt.refresh_from_db()
    if attempt.submitted_at is None:  # refused: the attempt is as it was
        assert bad.error_messages(response)
        assert (LessonProgress.objects.count(), attempt.answers) == before
    bad.send(client, "get", lesson.get_url())


# -- staff: enrolments -----------------------------------------------------------------------------
@bad.FUZZ
@given(
    data=st.fixed_dictionaries(
        {},
        optional={
            "action": st.sampled_from(["bulk_enrol", "approve", "decline", "withdraw"])
            | bad.text(),
            "run": bad.number() | st.just("{run}"),
            "emails": bad.text()
            | st.lists(
                bad.text() | st.sampled_from(["fuzz-learner@example.org", "a@b", "x@例子.中国"]),
                max_size=5,
            ).map(lambda parts: "，".join(parts)),
            "enrolment": st.lists(bad.number() | st.sampled_from(["²", "{mine}"]), max_size=3),
        },
    ),
    # Short values: the page redirects to its own address, which Django caps in length.
    query=st.fixed_dictionaries({}, optional={"status": bad.names(), "p": bad.number()}),
)
@example(data={"action": "approve", "enrolment": ["²"]}, query={})
@example(data={"action": "withdraw", "enrolment": ["99999999999999999999"]}, query={})
def test_managing_enrolments(course, learner, data, query):
    staff = User.objects.filter(email="fuzz-staff@example.org").first() or person(
        "fuzz-staff@example.org", roles.CPD_ADMINISTRATORS, is_staff=True
    )
    mine = Enrolment.objects.get(user=learner)
    values = {"{run}": str(course.runs.get().pk), "{mine}": str(mine.pk)}
    data = {
        k: [values.get(x, x) for x in v] if isinstance(v, list) else values.get(v, v)
        for k, v in data.items()
    }
    before = list(Enrolment.objects.order_by("pk").values_list("pk", "status"))
    url = reverse("courses_enrolments", args=[course.pk])
    if query:
        url += "?" + "&".join(f"{k}={v}" for k, v in query.items() if "&" not in v and "#" not in v)
    response = bad.send(bad.client_for(staff), "post", url, data)
    assert response.status_code in (200, 302)
    after = list(Enrolment.objects.order_by("pk").values_list("pk", "status"))
    if after == before:
        assert bad.explained(response) or data.get("action") in ("bulk_enrol",)
    Enrolment.objects.exclude(pk=mine.pk).delete()
    Enrolment.objects.filter(pk=mine.pk).update(status=mine.status)
    report = bad.send(
        bad.client_for(staff),
        "get",
        reverse("courses_report", args=[course.pk]),
        {"format": data.get("action", "csv")},
    )
    assert report.status_code == 200


# -- H5P: statements and state on the player origin ------------------------------------------------
@pytest.fixture
def activity(course, multichoice):  # noqa: F811
    return make.lesson(
        make.module(course), kind="activity", h5p_content=multichoice, pass_percent=100
    )


def player():
    return bad.client_for(HTTP_HOST=player_host())


def statements(content) -> st.SearchStrategy[bytes]:
    good = json.loads(good_statement(content))
    return st.one_of(
        st.binary(max_size=200),
        bad.json_values().map(bad.dumps),
        st.sampled_from(
            [
                b"{" * 40 + b"}" * 40,
                b"[" * 5000,
                b'{"verb": {"id": "http://adlnet.gov/expapi/verbs/answered"}, "verb": 1}',
                b'{"a": "\\u0000"}',
                b'{"a": "\\ud800"}',
                json.dumps({**good, "result": {**good["result"], "response": "\x00"}}).encode(),
                json.dumps(
                    {**good, "result": {**good["result"], "score": {"raw": 1e308, "max": 1}}}
                ).encode(),
                json.dumps({**good, "result": {**good["result"], "duration": "P9" * 30}}).encode(),
                json.dumps({**good, "object": {"id": "陳" * 3000}}).encode(),
                json.dumps(good).encode("utf-16"),
            ]
        ),
    )


@pytest.fixture
def token(learner, activity):
    """The player's token for the learner's lesson, opened once for all of a test's examples."""
    return open_lesson(bad.client_for(learner, HTTP_HOST="127.0.0.1:8000"), activity)


CONTENT_TYPES = [
    "application/json",
    "text/plain",
    "application/x-www-form-urlencoded",
    "",
    "x/\x7f",
]


@bad.FUZZ
@given(data=st.data(), content_type=st.sampled_from(CONTENT_TYPES))
def test_xapi_statements(activity, token, data, content_type):
    body = data.draw(statements(activity.h5p_content))
    before = (Statement.objects.count(), Attempt.objects.count())
    response = bad.send(player(), "post", f"/xapi/{token}/", body, content_type=content_type)
    if response.status_code != 201:
        bad.rejected_json(response)
        assert (Statement.objects.count(), Attempt.objects.count()) == before
    assert bad.send(player(), "get", f"/play/{token}/").status_code == 200


@bad.FUZZ
@given(
    query=st.fixed_dictionaries(
        {}, optional={"type": bad.names() | st.just("state"), "sub": bad.names()}
    ),
    state=bad.json_values().map(json.dumps)
    | bad.text()
    | st.sampled_from(["0", "{" * 10_000 + "}" * 10_000, '{"a": NaN}']),
)
@example(query={"type": "state", "sub": "0"}, state="[" * 100_000)  # was a RecursionError
def test_saved_state(token, query, state):
    saved = SavedState.objects.count()
    response = bad.send(
        player(), "post", f"/state/{token}/", {"data": state}, QUERY_STRING=_query(query)
    )
    if response.status_code != 200:
        bad.rejected_json(response)
        assert SavedState.objects.count() == saved
    assert bad.send(player(), "get", f"/play/{token}/").status_code == 200


def _query(params: dict) -> str:
    from urllib.parse import urlencode

    return urlencode(params)


@bad.FUZZ
@given(token=bad.names(), body=st.binary(max_size=100))
def test_made_up_player_tokens(token, body):
    from urllib.parse import quote

    client = player()
    for method, path in (("post", "xapi"), ("post", "state"), ("get", "state"), ("get", "play")):
        url = f"/{path}/{quote(token, safe='')}/"
        extra = {"content_type": "application/json"} if method == "post" else {}
        response = bad.send(client, method, url, body if method == "post" else None, **extra)
        if path == "play":
            assert response.status_code in (403, 404)
        else:
            assert response.status_code in (403, 404, 405)
            if response.status_code == 403:
                bad.rejected_json(response)


# -- H5P: staff ------------------------------------------------------------------------------------
@bad.FUZZ
@given(package=bad.garbage_files() | st.just(None))
@example(package=bad.zip_with({"h5p.json": b"\x00", "content/content.json": b"[" * 10_000}))
@example(package=bad.zip_with({"h5p.json": json.dumps({"title": "陳" * 10_000}).encode()}))
def test_uploading_garbage_as_an_h5p_package(empty_storage, package):  # noqa: F811
    staff = User.objects.filter(email="fuzz-h5p@example.org").first() or person(
        "fuzz-h5p@example.org", is_staff=True, is_superuser=True
    )
    data = {} if package is None else {"package": SimpleUploadedFile("x.h5p", package)}
    before = (Content.objects.count(), Library.objects.count(), _files())
    response = bad.send(bad.client_for(staff), "post", reverse("h5p_upload"), data)
    assert response.status_code == 200 and bad.explained(response)
    assert (Content.objects.count(), Library.objects.count(), _files()) == before


def _files() -> int:
    store = h5p_storage()

    def walk(path):
        folders, files = store.listdir(path)
        return len(files) + sum(walk(f"{path}/{f}".lstrip("/")) for f in folders)

    return walk("")


@bad.FUZZ
@given(
    target=st.integers(min_value=0, max_value=2**70),
    query=st.fixed_dictionaries(
        {},
        optional={
            "lesson": bad.number() | st.just("²"),
            "flagged": bad.text(),
            "p": bad.number(),
        },
    ),
)
@example(target=0, query={"lesson": "²"})
def test_h5p_staff_pages_with_odd_parameters(target, query):
    staff = User.objects.filter(email="fuzz-h5p@example.org").first() or person(
        "fuzz-h5p@example.org", is_staff=True, is_superuser=True
    )
    client = bad.client_for(staff)
    response = bad.send(client, "get", reverse("h5p_attempts"), query)
    assert response.status_code == 200
    before = Content.objects.count()
    for name in ("h5p_archive", "h5p_delete"):
        url = reverse(name, args=[1]).replace("/1/", f"/{target}/")
        assert bad.send(client, "post", url).status_code in (302, 404)
    assert Content.objects.count() == before
