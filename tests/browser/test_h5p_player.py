"""H5P activities played in a real browser: hub content answered right and wrong with the
server's recorded scores checked exactly, resume after reload, a forged statement, and the
isolation of uploaded code from the learner's session."""

import io
import json

import pytest
from django.contrib.auth import get_user_model
from django.test import Client

from courses import services as courses
from h5p import services as h5p_services
from h5p.models import Attempt, Statement
from h5p.play import stored_state
from tests.courses import factories
from tests.h5p.hostile import probe_package
from tests.h5p.storage import clear, h5p_storage
from tests.h5p.test_import import HUB

PASSWORD = "pw-for-the-browser-1"


@pytest.fixture
def player_site(live_server, transactional_db, django_db_serialized_rollback, settings):
    """The live server as the site (localhost) and as the player origin (127.0.0.1): two host
    names of one server, as in `make run`, so the browser keeps them apart."""
    site = live_server.url
    port = site.rsplit(":", 1)[1]
    settings.H5P_ORIGIN = f"http://127.0.0.1:{port}"
    yield site
    clear(h5p_storage())


@pytest.fixture
def course_for_activities(player_site):
    from content import demo

    index = factories.catalogue(demo.ensure_home())
    return factories.course(index, sequential=False)


@pytest.fixture
def learner(course_for_activities):
    user = get_user_model().objects.create_user(email="player@example.org", password=PASSWORD)
    courses.enrol(user, course_for_activities, course_for_activities.runs.first())
    return user


def activity_lesson(course, package, *, source=None, **fields):
    if source is None:
        with open(HUB / package, "rb") as handle:
            content = h5p_services.import_package(handle, may_manage_libraries=True).content
    else:
        content = h5p_services.import_package(source, may_manage_libraries=True).content
    fields.setdefault("pass_percent", 100)
    return factories.lesson(
        factories.module(course), kind="activity", h5p_content=content, **fields
    )


def signed_in_page(new_page, site, user):
    client = Client()
    client.force_login(user)
    page = new_page()
    page.context.add_cookies(
        [{"name": "sessionid", "value": client.cookies["sessionid"].value, "url": site}]
    )
    return page


def open_activity(page, site, lesson):
    page.goto(f"{site}{lesson.get_url()}")
    player = page.frame_locator("iframe.h5p-frame")
    player.locator("html[data-player-ready]").wait_for(state="attached")
    return player, player.frame_locator("iframe.h5p-iframe")


def wait_for_statements(player, count):
    player.locator(f'html[data-statements-sent="{count}"]').wait_for(state="attached")


def finished_attempt(user, lesson):
    return Attempt.objects.get(user=user, lesson=lesson, finished_at__isnull=False)


# -- hub content answered right and wrong --------------------------------------------------------
@pytest.mark.parametrize(("choice", "raw"), [("Very dark purple", 1), ("Blue", 0)])
def test_multichoice_right_and_wrong(
    new_page, player_site, course_for_activities, learner, choice, raw
):
    lesson = activity_lesson(course_for_activities, "H5P.MultiChoice.h5p")
    page = signed_in_page(new_page, player_site, learner)
    player, h5p = open_activity(page, player_site, lesson)
    h5p.get_by_role("radio", name=choice).click()
    h5p.get_by_role("button", name="Check").click()
    player.locator("#h5p-status").get_by_text("checked by the server").wait_for()
    attempt = finished_attempt(learner, lesson)
    assert (attempt.raw, attempt.max, attempt.scored_by) == (raw, 1, "server")
    assert attempt.passed is bool(raw) and not attempt.flagged
    assert lesson.pk in courses.completed_lesson_ids(learner.enrolments.get()) or not raw


@pytest.mark.parametrize(("answer", "raw"), [("Yes", 1), ("No", 0)])
def test_true_false_right_and_wrong(
    new_page, player_site, course_for_activities, learner, answer, raw
):
    lesson = activity_lesson(course_for_activities, "H5P.TrueFalse.h5p")
    page = signed_in_page(new_page, player_site, learner)
    player, h5p = open_activity(page, player_site, lesson)
    h5p.get_by_role("radio", name=answer).click()
    h5p.get_by_role("button", name="Check").click()
    player.locator("#h5p-status").get_by_text("checked by the server").wait_for()
    attempt = finished_attempt(learner, lesson)
    assert (attempt.raw, attempt.max, attempt.passed) == (raw, 1, bool(raw))
    assert not attempt.flagged


@pytest.mark.parametrize(
    ("words", "raw"), [(["blue", "Cloud", "black"], 3), (["BLUE ", "rasp", "white"], 1)]
)
def test_blanks_right_and_partly_wrong(
    new_page, player_site, course_for_activities, learner, words, raw
):
    lesson = activity_lesson(course_for_activities, "H5P.Blanks.h5p")
    page = signed_in_page(new_page, player_site, learner)
    player, h5p = open_activity(page, player_site, lesson)
    blanks = h5p.locator("input.h5p-text-input")
    for number, word in enumerate(words):
        blanks.nth(number).fill(word)
        blanks.nth(number).press("Tab")
    # The sample checks itself (autoCheck) once every blank is filled: it has no Check button.
    player.locator("#h5p-status").get_by_text("checked by the server").wait_for()
    attempt = finished_attempt(learner, lesson)
    assert (attempt.raw, attempt.max) == (raw, 3)
    assert not attempt.flagged


def test_question_set_is_scored_from_its_childrens_answers(
    new_page, player_site, course_for_activities, learner
):
    # The sample set holds a DragQuestion, which the server cannot score: the course must
    # count browser-reported results for it to be a required lesson.
    course_for_activities.count_browser_reported = True
    course_for_activities.save_revision().publish()
    lesson = activity_lesson(course_for_activities, "H5P.QuestionSet.h5p", pass_percent=30)
    page = signed_in_page(new_page, player_site, learner)
    player, h5p = open_activity(page, player_site, lesson)
    for _question in range(9):
        true_false = h5p.locator(".h5p-true-false-answer:visible").first
        if true_false.count():
            true_false.click()  # the sample's true/false statements are all true: "True" is right
        h5p.locator(".h5p-question-check-answer:visible").first.click()
        h5p.locator(".h5p-question-next:visible, .h5p-question-finish:visible").first.click()
    player.locator("#h5p-status").get_by_text("score").wait_for()
    attempt = finished_attempt(learner, lesson)
    children = attempt.statements.exclude(sub_content_id="").filter(verb="answered")
    assert children.count() == 9
    # Server-scored children: both true/false right, the MultiChoice without right answers
    # left blank (right), the rest unanswered or wrong; the DragQuestion's 1 of 1 is the
    # browser's. The player's total agreed: 5 of 14.
    assert (attempt.raw, attempt.max, attempt.passed) == (5, 14, True)
    assert attempt.scored_by == "browser" and not attempt.flagged
    browser_part = [
        p
        for p in attempt.statements.get(sub_content_id="", verb="completed").parts
        if "browser" in p["label"]
    ]
    assert len(browser_part) == 1 and browser_part[0]["given"] == "1/1"
    assert sum(row.server_raw or 0 for row in _last_per_child(children)) == 4


def _last_per_child(rows):
    latest = {}
    for row in rows.order_by("received_at", "pk"):
        latest[row.sub_content_id] = row
    return latest.values()


# -- resume, forgery -----------------------------------------------------------------------------
def test_answers_are_there_again_after_a_reload(
    new_page, player_site, course_for_activities, learner
):
    lesson = activity_lesson(course_for_activities, "H5P.Blanks.h5p")
    page = signed_in_page(new_page, player_site, learner)
    _player, h5p = open_activity(page, player_site, lesson)
    first = h5p.locator("input.h5p-text-input").first
    first.fill("blue")
    first.press("Tab")
    # H5P saves every saveFreq (5 s). The player origin is third-party to the site here, and
    # this Chromium blocks third-party storage: saving works only thanks to the fallback.
    saved = _saved_state(learner, lesson, page)
    assert json.loads(saved) == ["blue", "", ""]
    _player, h5p = open_activity(page, player_site, lesson)
    assert h5p.locator("input.h5p-text-input").first.input_value() == "blue"


def _saved_state(user, lesson, page, seconds=15):
    for _tick in range(seconds * 4):
        data = stored_state(user, lesson.h5p_content)
        if data is not None:
            return data
        page.wait_for_timeout(250)
    raise AssertionError("the player saved no state")


def test_a_forged_statement_claiming_full_marks_gets_the_servers_score(
    new_page, player_site, course_for_activities, learner
):
    lesson = activity_lesson(course_for_activities, "H5P.MultiChoice.h5p")
    page = signed_in_page(new_page, player_site, learner)
    open_activity(page, player_site, lesson)
    content = lesson.h5p_content
    forged = {
        "actor": {"mbox": "mailto:player@example.org"},
        "verb": {"id": "http://adlnet.gov/expapi/verbs/answered"},
        "object": {
            "id": f"http://127.0.0.1:{player_site.rsplit(':', 1)[1]}/content/{content.uuid}"
        },
        "result": {
            "score": {"min": 0, "max": 1, "raw": 1, "scaled": 1},
            "success": True,
            "completion": True,
            "response": "2",
        },
    }
    # Posted from inside the player, as hostile content or a learner's console would.
    frame = page.frame(url=lambda url: "/play/" in url)
    status = frame.evaluate(
        """async (statement) => {
            const options = JSON.parse(document.getElementById('h5p-options').textContent);
            const response = await fetch(options.statementUrl, {method: 'POST',
                headers: {'Content-Type': 'application/json'}, body: JSON.stringify(statement)});
            return [response.status, await response.json()];
        }""",
        forged,
    )
    assert status[0] == 201
    assert status[1]["score"] == {
        "raw": "0.00",
        "max": "1.00",
        "passed": False,
        "scoredBy": "server",
    }
    attempt = finished_attempt(learner, lesson)
    assert attempt.flagged and attempt.raw == 0 and attempt.claimed_raw == 1
    assert not courses.completed_lesson_ids(learner.enrolments.get())


# -- isolation -----------------------------------------------------------------------------------
def test_uploaded_code_cannot_reach_the_learners_session(
    new_page, player_site, course_for_activities, learner
):
    package = probe_package(player_site, course_for_activities.pk)
    lesson = activity_lesson(
        course_for_activities, None, source=io.BytesIO(package), required=False
    )
    page = signed_in_page(new_page, player_site, learner)
    page.goto(f"{player_site}/en/")
    page.evaluate("localStorage.setItem('site-secret', 'the-site-secret')")
    page.context.add_cookies([{"name": "readable", "value": "site-cookie", "url": player_site}])
    _player, h5p = open_activity(page, player_site, lesson)
    h5p.locator(".probe-heading").wait_for()  # the content plays
    h5p.locator("#probe-results[data-done]").wait_for(state="attached")
    results = json.loads(h5p.locator("#probe-results").text_content())
    assert results["origin"] == f"http://127.0.0.1:{player_site.rsplit(':', 1)[1]}"
    assert results["cookie"] == {"ok": True, "value": ""}  # the player origin has none
    for probe in ("topCookie", "topDom", "topLocation", "topLocalStorage"):
        assert results[probe]["ok"] is False and results[probe]["value"] == "SecurityError", probe
    # the parent is the player page, of the player's own origin, which holds nothing either
    assert results["parentCookie"] == {"ok": True, "value": ""}
    # The player origin's storage is empty, or (third-party storage blocked) not there at all.
    assert results["localStorage"] in (
        {"ok": True, "value": "null"},
        {"ok": False, "value": "SecurityError"},
    )
    assert results["fetchPost"]["ok"] is False  # refused by the player's CSP (connect-src)
    assert results["formPost"]["ok"] is False, results["formPost"]
    assert learner.enrolments.get().status == "active"
    assert not Statement.objects.exists()


def test_a_scripted_svg_opened_from_the_player_origin_does_not_run(
    new_page, player_site, course_for_activities, learner
):
    package = probe_package(player_site, course_for_activities.pk)
    activity_lesson(course_for_activities, None, source=io.BytesIO(package), required=False)
    origin = f"http://127.0.0.1:{player_site.rsplit(':', 1)[1]}"
    page = new_page()
    response = page.goto(f"{origin}/libraries/H5P.AcademyProbe-1.0/icon.svg")
    assert response.status == 200
    assert "sandbox" in response.headers["content-security-policy"]
    assert page.title() != "svg script ran"
