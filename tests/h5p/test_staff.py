"""What staff do with H5P activities: see learners' attempts (flagged ones picked out) with each
statement's response and scores, archive content, delete only what nobody attempted; and how
activity lessons are set up (pass mark, attempts, browser-reported results)."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.utils import timezone

from courses import services as courses
from courses.models import LessonProgress
from h5p import services
from h5p.models import Attempt, Content, Statement
from tests.courses import factories
from tests.h5p.test_import import HUB, import_file

pytestmark = pytest.mark.django_db


@pytest.fixture
def activity(course, multichoice):
    return factories.lesson(factories.module(course), kind="activity", h5p_content=multichoice)


@pytest.fixture
def learner(course):
    user = get_user_model().objects.create_user(email="l@example.org", password="pw-123456789")
    courses.enrol(user, course, course.runs.first())
    return user


def staff(group_name=None, email="staff@example.org"):
    user = get_user_model().objects.create_user(email=email, password="pw-123456789", is_staff=True)
    if group_name:
        user.groups.add(Group.objects.get(name=group_name))
    return user


def finished_attempt(learner, activity, *, flagged=False, raw=1):
    now = timezone.now()
    attempt = Attempt.objects.create(
        user=learner,
        lesson=activity,
        content=activity.h5p_content,
        number=Attempt.objects.filter(user=learner, lesson=activity).count() + 1,
        started_at=now,
        finished_at=now,
        raw=raw,
        max=1,
        percent=100 * raw,
        passed=bool(raw),
        scored_by="server",
        claimed_raw=1,
        claimed_max=1,
        flagged=flagged,
    )
    Statement.objects.create(
        attempt=attempt,
        received_at=now,
        document={},
        verb="answered",
        response="1" if flagged else "0",
        claimed_raw=1,
        claimed_max=1,
        server_raw=raw,
        server_max=1,
        parts=[
            {
                "label": "Berry colour",
                "given": "Blue",
                "expected": "Very dark purple",
                "correct": False,
            }
        ],
        flagged=flagged,
        problem="The player claimed 1 of 1; the server recomputed 0 of 1." if flagged else "",
    )
    return attempt


# -- attempts ------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("group", "status"), [("CPD administrators", 200), ("Editors", 200), (None, 302)]
)
def test_attempts_are_for_staff_who_read_course_reports(client, activity, learner, group, status):
    finished_attempt(learner, activity)
    client.force_login(staff(group))
    assert client.get("/admin/h5p/attempts/").status_code == status


def test_flagged_attempts_are_picked_out_with_the_claim_and_the_servers_score(
    client, activity, learner
):
    honest = finished_attempt(learner, activity)
    forged = finished_attempt(learner, activity, flagged=True, raw=0)
    client.force_login(staff("CPD administrators"))
    listing = client.get("/admin/h5p/attempts/?flagged=1").text
    assert f"/admin/h5p/attempts/{forged.pk}/" in listing
    assert f"/admin/h5p/attempts/{honest.pk}/" not in listing
    detail = client.get(f"/admin/h5p/attempts/{forged.pk}/").text
    assert "The player claimed 1 of 1; the server recomputed 0 of 1." in detail
    assert "Berry colour" in detail and "Very dark purple" in detail
    assert "l@example.org" in detail


def test_the_attempt_pages_are_in_chinese_for_chinese_staff(client, activity, learner):
    attempt = finished_attempt(learner, activity, flagged=True, raw=0)
    client.force_login(staff("CPD administrators"))
    page = client.get(f"/admin/h5p/attempts/{attempt.pk}/", HTTP_ACCEPT_LANGUAGE="zh-hant").text
    assert "伺服器" in page


# -- archiving and deleting ----------------------------------------------------------------------
def test_attempted_content_is_archived_not_deleted(client, activity, learner):
    finished_attempt(learner, activity)
    content = activity.h5p_content
    client.force_login(staff("Editors"))
    response = client.post(f"/admin/h5p/{content.pk}/delete/", follow=True)
    assert "archive it instead" in response.text
    assert Content.objects.filter(pk=content.pk).exists()
    client.post(f"/admin/h5p/{content.pk}/archive/")
    content.refresh_from_db()
    assert content.archived_at is not None
    assert Attempt.objects.filter(content=content).count() == 1


def test_content_a_lesson_plays_cannot_be_deleted(activity):
    with pytest.raises(services.ContentInUse, match="A lesson plays"):
        services.delete_content(activity.h5p_content)


def test_unused_content_is_deleted_with_its_files(
    multichoice,
    empty_storage,
    django_capture_on_commit_callbacks,
):
    path = f"{multichoice.storage_path}/content.json"
    assert empty_storage.exists(path)
    with django_capture_on_commit_callbacks(execute=True):
        services.delete_content(multichoice)
    assert not Content.objects.exists()
    assert not empty_storage.exists(path)


def test_archiving_and_deleting_need_their_permissions(client, multichoice):
    client.force_login(staff())
    assert client.post(f"/admin/h5p/{multichoice.pk}/archive/").status_code == 302
    assert client.post(f"/admin/h5p/{multichoice.pk}/delete/").status_code == 302
    multichoice.refresh_from_db()
    assert multichoice.archived_at is None


def test_archived_content_cannot_be_chosen_for_a_lesson(course, multichoice):
    services.archive_content(multichoice)
    lesson = factories.lesson(factories.module(course))
    lesson.kind, lesson.h5p_content = "activity", multichoice
    with pytest.raises(ValidationError, match="archived"):
        lesson.full_clean()


# -- activity lessons ----------------------------------------------------------------------------
def test_an_activity_lesson_needs_content(course):
    lesson = factories.lesson(factories.module(course))
    lesson.kind = "activity"
    with pytest.raises(ValidationError) as error:
        lesson.full_clean()
    assert "h5p_content" in error.value.message_dict


def test_a_required_browser_reported_activity_needs_the_course_to_count_such_results(
    course,
    empty_storage,
):
    greeting = import_file(HUB.parent / "hub" / "GreetingCard-valid.h5p").content
    lesson = factories.lesson(factories.module(course))
    lesson.kind, lesson.h5p_content = "activity", greeting
    with pytest.raises(ValidationError, match="browser-reported"):
        lesson.full_clean()
    lesson.required = False
    lesson.full_clean()
    course.count_browser_reported = True
    course.save_revision().publish()
    lesson.required = True
    lesson.full_clean()


def test_an_activity_is_done_only_by_passing_it(activity, learner):
    enrolment = learner.enrolments.get()
    with pytest.raises(courses.CourseError, match="done when you pass it"):
        courses.mark_done(enrolment, activity)
    courses.record_activity_pass(learner, activity, browser_reported=False)
    assert LessonProgress.objects.get(enrolment=enrolment).how == "activity"


def test_a_browser_reported_pass_counts_only_where_the_course_allows(course, activity, learner):
    assert courses.record_activity_pass(learner, activity, browser_reported=True) is None
    assert not LessonProgress.objects.exists()
    course.count_browser_reported = True
    course.save_revision().publish()
    activity.refresh_from_db()
    assert courses.record_activity_pass(learner, activity, browser_reported=True) is not None


def test_pass_mark_is_a_percentage(activity):
    activity.pass_percent = 101
    with pytest.raises(ValidationError):
        activity.full_clean()
