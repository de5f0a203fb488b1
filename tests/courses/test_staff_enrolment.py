"""Staff managing a course's enrolments in the admin: requests approved or declined, learners
withdrawn (a freed place goes to the waiting list), many enrolled at once by email, all or
nothing, and only by those allowed."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import translation

from accounts import roles
from courses import services
from courses.models import Enrolment, EnrolmentStatus
from tests.courses import factories as make

pytestmark = pytest.mark.django_db
User = get_user_model()


def person(email, role=None):
    user = User.objects.create_user(email=email, password="x" * 12)
    if role:
        user.groups.add(Group.objects.get(name=role))
    return user


@pytest.fixture
def course(home_page):
    return make.course(
        make.catalogue(home_page),
        "approval",
        enrolment_mode="approval",
        runs=[make.dated_run(capacity=2)],
    )


@pytest.fixture
def admin_client(client):
    client.force_login(person("cpd@example.org", roles.CPD_ADMINISTRATORS))
    return client


def url(course):
    return f"/admin/courses/{course.pk}/enrolments/"


def request_place(course, email):
    return services.enrol(person(email), course, course.runs.get())


def status_of(enrolment):
    enrolment.refresh_from_db()
    return enrolment.status


def test_requests_are_listed_first_and_approved(admin_client, course):
    active = services.enrol(
        person("a@example.org"), course, course.runs.get(), by=person("s@x.org")
    )
    asked = request_place(course, "asked@example.org")
    page = admin_client.get(url(course)).content.decode()
    assert page.index("asked@example.org") < page.index("a@example.org")
    assert "Awaiting approval (1)" in page
    response = admin_client.post(
        url(course), {"action": "approve", "enrolment": [asked.pk]}, follow=True
    )
    assert "Approved: 1." in response.content.decode()
    assert status_of(asked) == EnrolmentStatus.ACTIVE
    assert asked.changed_by.email == "cpd@example.org"
    assert status_of(active) == EnrolmentStatus.ACTIVE


def test_approving_when_full_puts_the_learner_on_the_waiting_list(admin_client, course):
    staff = person("s@example.org")
    for n in range(2):
        services.enrol(person(f"full{n}@example.org"), course, course.runs.get(), by=staff)
    asked = request_place(course, "late@example.org")
    admin_client.post(url(course), {"action": "approve", "enrolment": [asked.pk]})
    assert status_of(asked) == EnrolmentStatus.WAITLISTED


def test_one_refusal_changes_nothing(admin_client, course):
    first = request_place(course, "one@example.org")
    second = request_place(course, "two@example.org")
    services.decline(second, by=person("s@example.org"))
    response = admin_client.post(
        url(course), {"action": "approve", "enrolment": [first.pk, second.pk]}, follow=True
    )
    page = response.content.decode()
    assert "Nothing was changed." in page and "two@example.org" in page
    assert status_of(first) == EnrolmentStatus.REQUESTED
    assert status_of(second) == EnrolmentStatus.DECLINED


def test_declining_a_request(admin_client, course):
    asked = request_place(course, "asked@example.org")
    admin_client.post(url(course), {"action": "decline", "enrolment": [asked.pk]})
    assert status_of(asked) == EnrolmentStatus.DECLINED


def test_withdrawing_frees_a_place_for_the_first_on_the_waiting_list(admin_client, course):
    staff = person("s@example.org")
    run = course.runs.get()
    leaving = services.enrol(person("leaving@example.org"), course, run, by=staff)
    services.enrol(person("staying@example.org"), course, run, by=staff)
    waiting = services.enrol(person("waiting@example.org"), course, run, by=staff)
    assert waiting.status == EnrolmentStatus.WAITLISTED
    admin_client.post(url(course), {"action": "withdraw", "enrolment": [leaving.pk]})
    assert status_of(leaving) == EnrolmentStatus.WITHDRAWN
    assert status_of(waiting) == EnrolmentStatus.ACTIVE


def test_enrolments_of_another_course_cannot_be_acted_on(admin_client, course, home_page):
    other = make.course(make.catalogue(home_page), "other", enrolment_mode="approval")
    elsewhere = services.enrol(person("else@example.org"), other, other.runs.get())
    response = admin_client.post(
        url(course), {"action": "approve", "enrolment": [elsewhere.pk]}, follow=True
    )
    assert "Select one or more of this course" in response.content.decode()
    assert status_of(elsewhere) == EnrolmentStatus.REQUESTED


def test_bulk_enrol_by_email_past_the_approval_step(admin_client, course):
    for email in ("ada@example.org", "bo@example.org", "cy@example.org"):
        person(email)
    response = admin_client.post(
        url(course),
        {
            "action": "bulk_enrol",
            "run": course.runs.get().pk,
            "emails": "ADA@example.org\nbo@example.org，cy@example.org; ada@example.org",
        },
        follow=True,
    )
    assert "Enrolled: 2. On the waiting list: 1. Already enrolled: 0." in (
        response.content.decode()
    )
    statuses = dict(Enrolment.objects.values_list("user__email", "status"))
    assert statuses == {
        "ada@example.org": EnrolmentStatus.ACTIVE,
        "bo@example.org": EnrolmentStatus.ACTIVE,
        "cy@example.org": EnrolmentStatus.WAITLISTED,
    }


@pytest.mark.parametrize(
    ("emails", "message"),
    [
        ("known@example.org\nnobody@example.org", "nobody@example.org"),
        ("known@example.org\nnot-an-address", "Not an email address: not-an-address."),
        (" \n ,", "Enter at least one email address."),
    ],
)
def test_bulk_enrol_with_a_bad_address_enrols_nobody(admin_client, course, emails, message):
    person("known@example.org")
    response = admin_client.post(
        url(course), {"action": "bulk_enrol", "run": course.runs.get().pk, "emails": emails}
    )
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not Enrolment.objects.exists()


def test_bulk_enrol_refuses_another_courses_run(admin_client, course, home_page):
    other = make.course(make.catalogue(home_page), "other")
    person("known@example.org")
    response = admin_client.post(
        url(course),
        {"action": "bulk_enrol", "run": other.runs.get().pk, "emails": "known@example.org"},
    )
    assert response.status_code == 200
    assert not Enrolment.objects.exists()


def test_errors_are_in_the_staff_members_language(admin_client, course):
    with translation.override("zh-hant"):
        response = admin_client.post(
            url(course),
            {"action": "bulk_enrol", "run": course.runs.get().pk, "emails": "x@example.org"},
            HTTP_ACCEPT_LANGUAGE="zh-hant",
        )
    assert "沒有帳戶使用這個電郵地址" in response.content.decode()


def test_editors_may_look_but_not_change(client, course):
    asked = request_place(course, "asked@example.org")
    client.force_login(person("editor@example.org", roles.EDITORS))
    assert "asked@example.org" in client.get(url(course)).content.decode()
    response = client.post(url(course), {"action": "approve", "enrolment": [asked.pk]})
    assert response.status_code in (302, 403)  # the admin redirects refusals to its home
    assert status_of(asked) == EnrolmentStatus.REQUESTED


def test_people_without_the_permission_cannot_see_it(client, course):
    client.force_login(person("learner@example.org"))
    assert client.get(url(course)).status_code in (302, 403)
