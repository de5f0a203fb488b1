"""Who gets what, as a matrix: every internship URL (enumerated from the URLconf, so a new URL
cannot be forgotten) for each role, GET and POST. Data out of a person's reach is 404 (its
existence not confirmed); an action their role may not take on data they can see is 403. And no
page, export or admin page shows one university's students to another university's people."""

import datetime as dt

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import get_resolver, reverse

from cpd.internships import applications, services
from cpd.internships.models import Application, LogbookEntry
from tests.internships import factories as make
from tests.internships.factories import World

pytestmark = pytest.mark.django_db
ROLES = (
    "anonymous",
    "student",
    "other_student",
    "supervisor",
    "other_supervisor",
    "coordinator",
    "other_coordinator",
    "administrator",
)
OUT = 404  # out of reach
NO = 403  # visible, but not this role's to do


def _row(
    anonymous,
    student,
    other_student,
    supervisor,
    other_supervisor,
    coordinator,
    other_coordinator,
    administrator,
):
    return dict(
        zip(
            ROLES,
            (
                anonymous,
                student,
                other_student,
                supervisor,
                other_supervisor,
                coordinator,
                other_coordinator,
                administrator,
            ),
            strict=True,
        )
    )


# (url name, variant): (GET row, POST row). POSTs send an empty form: 400 means the role may act.
MATRIX = {
    ("home", ""): (_row(302, 200, 200, 200, 200, 200, 200, 200), _row(302, *[405] * 7)),
    ("placement", ""): (
        _row(302, 200, OUT, 200, OUT, 200, OUT, 200),
        _row(302, 405, 405, 405, 405, 405, 405, 405),
    ),
    ("log_hours", ""): (
        _row(302, *[405] * 7),
        _row(302, 400, OUT, NO, OUT, NO, OUT, NO),
    ),
    ("sign_competency", ""): (
        _row(302, *[405] * 7),
        _row(302, NO, OUT, 400, OUT, NO, OUT, NO),
    ),
    ("evaluation", "supervisor"): (
        _row(302, NO, OUT, 200, OUT, NO, OUT, NO),
        _row(302, NO, OUT, 400, OUT, NO, OUT, NO),
    ),
    ("evaluation", "self"): (
        _row(302, 200, OUT, NO, OUT, NO, OUT, NO),
        _row(302, 400, OUT, NO, OUT, NO, OUT, NO),
    ),
    ("set_supervisor", ""): (
        _row(302, *[405] * 7),
        _row(302, NO, OUT, NO, OUT, 400, OUT, 400),
    ),
    ("amend_entry", ""): (
        _row(302, *[405] * 7),
        _row(302, 400, OUT, NO, OUT, NO, OUT, NO),
    ),
    ("review_entry", ""): (
        _row(302, *[405] * 7),
        _row(302, NO, OUT, 400, OUT, NO, OUT, NO),
    ),
    # the emailed link is its own credential: anyone holding it may open it
    ("sign_off_link", ""): (_row(*[200] * 8), None),
    ("cohort", ""): (
        _row(302, OUT, OUT, OUT, OUT, 200, OUT, 200),
        _row(302, 405, 405, 405, 405, 405, 405, 405),
    ),
    ("cohort_export", "csv"): (
        _row(302, OUT, OUT, OUT, OUT, 200, OUT, 200),
        _row(302, 405, 405, 405, 405, 405, 405, 405),
    ),
    ("cohort_export", "xlsx"): (
        _row(302, OUT, OUT, OUT, OUT, 200, OUT, 200),
        _row(302, 405, 405, 405, 405, 405, 405, 405),
    ),
    ("roster", ""): (
        _row(302, OUT, OUT, OUT, OUT, 200, OUT, OUT),
        _row(302, OUT, OUT, OUT, OUT, 400, OUT, OUT),
    ),
    ("applications", ""): (_row(302, *[200] * 7), _row(302, *[405] * 7)),
    # anyone signed in may apply; the coordinator's endorsement is the check
    ("apply", ""): (_row(302, *[200] * 7), _row(302, *[400] * 7)),
    ("application_cv", ""): (
        _row(302, 200, OUT, OUT, OUT, 200, OUT, 200),
        _row(302, *[405] * 7),
    ),
    # an empty decision is sent back with a message (302); 403 and 404 change nothing either
    ("endorse_application", ""): (
        _row(302, *[405] * 7),
        _row(302, NO, OUT, OUT, OUT, 302, OUT, NO),
    ),
    ("decide_application", ""): (
        _row(302, *[405] * 7),
        _row(302, NO, OUT, OUT, OUT, NO, OUT, 302),
    ),
}


def _internship_url_names() -> set[str]:
    """Every named URL the project routes into the internships app."""
    names = set()

    def walk(patterns, namespace=""):
        for pattern in patterns:
            if hasattr(pattern, "url_patterns"):
                walk(pattern.url_patterns, pattern.namespace or namespace)
            elif namespace == "internships" and pattern.name:
                names.add(pattern.name)

    walk(get_resolver().url_patterns)
    return names


def test_the_matrix_covers_every_internship_url():
    assert {name for name, _variant in MATRIX} == _internship_url_names()


@pytest.fixture
def world():
    made = World()
    made.entry = services.log_hours(
        made.placement,
        by=made.student,
        day=dt.date(2026, 6, 2),
        hours=2,
        area_code="lab",
        activity="Bench work",
        now=dt.datetime(2026, 6, 3, tzinfo=dt.UTC),
    )
    made.token = services.make_sign_off_link(made.entry)
    made.open_cohort = make.cohort(
        make.programme("apply", takes_applications=True),
        made.university,
        term="2027 summer",
        starts=dt.date(2027, 6, 1),
    )
    made.application = applications.apply(
        made.student,
        made.open_cohort,
        student_number="A1",
        statement="I would like to learn variant curation.",
        cv=SimpleUploadedFile("cv.pdf", b"%PDF-1.4 cv"),
        now=dt.datetime(2026, 12, 1, tzinfo=dt.UTC),
    )
    return made


def _url(world, name: str, variant: str) -> str:
    args = {
        "home": [],
        "placement": [world.placement.pk],
        "log_hours": [world.placement.pk],
        "sign_competency": [world.placement.pk],
        "evaluation": [world.placement.pk, "midpoint", variant],
        "set_supervisor": [world.placement.pk],
        "amend_entry": [world.entry.pk],
        "review_entry": [world.entry.pk],
        "sign_off_link": [world.token],
        "cohort": [world.cohort.pk],
        "cohort_export": [world.cohort.pk, variant],
        "roster": [world.university.pk],
        "applications": [],
        "apply": [world.open_cohort.pk],
        "application_cv": [world.application.pk],
        "endorse_application": [world.application.pk],
        "decide_application": [world.application.pk],
    }[name]
    return reverse(f"internships:{name}", args=args)


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize(("name", "variant"), list(MATRIX))
def test_each_role_gets_exactly_what_it_should(world, client, role, name, variant):
    if role != "anonymous":
        client.force_login(getattr(world, role))
    url = _url(world, name, variant)
    get_row, post_row = MATRIX[(name, variant)]
    assert client.get(url).status_code == get_row[role], f"GET {url} as {role}"
    if post_row is not None:
        assert client.post(url, {}).status_code == post_row[role], f"POST {url} as {role}"
    entry = LogbookEntry.objects.get(pk=world.entry.pk)
    assert entry.status == "submitted" and entry.hours == 2  # no POST above changed anything
    assert Application.objects.get().status == "submitted"


def test_another_universitys_coordinator_sees_none_of_its_students_anywhere(world, client):
    client.force_login(world.other_coordinator)
    secrets = (world.student.email, world.placement.student_number, "陳同學")
    pages = [
        reverse("internships:home"),
        reverse("internships:cohort", args=[world.other_cohort.pk]),
        reverse("internships:cohort_export", args=[world.other_cohort.pk, "csv"]),
        reverse("internships:cohort", args=[world.other_cohort.pk]) + f"?cohort={world.cohort.pk}",
    ]
    for page in pages:
        body = client.get(page).content.decode("utf-8", "replace")
        assert not any(secret in body for secret in secrets), page
    # the admin is for CPD administrators only
    for page in ("/admin/snippets/internships/cohort/", "/admin/snippets/internships/university/"):
        assert client.get(page).status_code in (302, 403), page
