"""Applications, for programmes that take them: the student applies with a statement and a PDF
CV (checked by its bytes), their university's coordinator endorses, institute staff accept, and
the accepted application becomes the placement."""

import datetime as dt

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from cpd.internships import applications
from cpd.internships.models import Application, Placement
from cpd.internships.services import InternshipError
from tests.internships import factories as make
from tests.internships.factories import World

pytestmark = pytest.mark.django_db
NOW = dt.datetime(2026, 12, 1, tzinfo=dt.UTC)


@pytest.fixture
def world():
    made = World()
    made.open_cohort = make.cohort(
        make.programme("apply", takes_applications=True),
        made.university,
        term="2027 summer",
        capacity=1,
        starts=dt.date(2027, 6, 1),
    )
    return made


def _apply(world, student=None, content=b"%PDF-1.7 my cv", number="A1"):
    return applications.apply(
        student or world.other_student,
        world.open_cohort,
        student_number=number,
        statement="I would like to learn variant curation.",
        cv=SimpleUploadedFile("../../etc/cv.pdf", content),
        now=NOW,
    )


def test_an_application_endorsed_and_accepted_becomes_the_placement(world):
    application = _apply(world)
    assert application.cv.name.endswith(".pdf") and "etc" not in application.cv.name
    applications.endorse(application, by=world.coordinator, endorsed=True)
    application = applications.decide(
        application, by=world.administrator, accept=True, note="Welcome", now=NOW
    )
    placement = Placement.objects.get(student=world.other_student, cohort=world.open_cohort)
    assert application.status == "accepted" and application.placement == placement
    assert placement.student_number == "A1" and placement.start == dt.date(2027, 6, 1)


def test_a_cv_that_is_not_a_pdf_is_refused_and_nothing_is_kept(world):
    with pytest.raises(InternshipError, match="must be a PDF"):
        _apply(world, content=b"MZ\x90\x00 not a pdf")
    assert not Application.objects.exists()


def test_one_application_per_cohort_and_only_to_open_cohorts(world):
    _apply(world)
    with pytest.raises(InternshipError, match="already applied"):
        _apply(world)
    with pytest.raises(InternshipError, match="not taking applications"):
        applications.apply(
            world.student,
            world.cohort,
            student_number="X",
            statement="x",
            cv=SimpleUploadedFile("cv.pdf", b"%PDF-1.4"),
            now=NOW,
        )


def test_only_the_universitys_coordinator_endorses_and_only_staff_decide(world):
    application = _apply(world)
    with pytest.raises(InternshipError, match="coordinators endorse"):
        applications.endorse(application, by=world.other_coordinator, endorsed=True)
    with pytest.raises(InternshipError, match="endorsed application"):
        applications.decide(application, by=world.administrator, accept=True)
    applications.endorse(application, by=world.coordinator, endorsed=True)
    with pytest.raises(InternshipError, match="institute staff"):
        applications.decide(application, by=world.coordinator, accept=True)
    application.refresh_from_db()
    assert application.status == "endorsed" and not Placement.objects.filter(
        cohort=world.open_cohort
    )


def test_a_full_cohort_accepts_no_more(world):
    first = _apply(world)
    second = _apply(world, student=world.student, number="A2")
    for application in (first, second):
        applications.endorse(application, by=world.coordinator, endorsed=True)
    applications.decide(first, by=world.administrator, accept=True)
    with pytest.raises(InternshipError, match="full"):
        applications.decide(second, by=world.administrator, accept=True)
    applications.decide(second, by=world.administrator, accept=False, note="Full this year")
    second.refresh_from_db()
    assert second.status == "declined" and second.placement is None


def test_the_pages_walk_the_same_path(world, client):
    client.force_login(world.other_student)
    response = client.post(
        f"/en/internships/cohorts/{world.open_cohort.pk}/apply/",
        {
            "student_number": "A9",
            "statement": "Keen on bioinformatics.",
            "cv": SimpleUploadedFile("cv.pdf", b"%PDF-1.4 cv"),
        },
    )
    assert response.status_code == 302
    application = Application.objects.get()
    client.force_login(world.coordinator)
    assert "Keen on bioinformatics." in client.get("/en/internships/applications/").content.decode()
    client.post(f"/en/internships/applications/{application.pk}/endorse/", {"decision": "yes"})
    client.force_login(world.administrator)
    client.post(f"/en/internships/applications/{application.pk}/decide/", {"decision": "yes"})
    application.refresh_from_db()
    assert application.status == "accepted"
    cv = client.get(f"/en/internships/applications/{application.pk}/cv/")
    assert cv.status_code == 200 and b"".join(cv.streaming_content).startswith(b"%PDF")
