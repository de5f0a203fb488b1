"""The logbook and its sign-off (in the site and by a one-time emailed link), competencies,
evaluations, and a placement walked to completion: once, with its certificate and the
supervisor's CPD credit."""

import datetime as dt
from decimal import Decimal

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from cpd import services as cpd_services
from cpd.certificates.models import Certificate
from cpd.internships import services
from cpd.internships.models import EntryStatus, LogbookEntry, PlacementStatus, SignOffLink
from cpd.models import LedgerEntry
from tests.cpd import factories as cpd_make
from tests.internships.factories import World

pytestmark = pytest.mark.django_db
D = Decimal
NOW = dt.datetime(2026, 7, 20, 4, 0, tzinfo=dt.UTC)
RATINGS = {"knowledge": 4, "skills": 4, "communication": 3, "professionalism": 5}


@pytest.fixture
def world():
    return World()


def _log(world, day=dt.date(2026, 6, 2), hours=5, area="lab"):
    return services.log_hours(
        world.placement,
        by=world.student,
        day=day,
        hours=D(hours),
        area_code=area,
        activity="PCR set-up",
        reflection="Learned about primers",
        now=NOW,
    )


def test_a_student_logs_and_the_supervisor_signs_off_then_it_is_locked(world):
    entry = _log(world)
    assert entry.status == EntryStatus.SUBMITTED
    services.review_entry(entry, by=world.supervisor, approve=True, now=NOW)
    entry.refresh_from_db()
    assert entry.status == EntryStatus.APPROVED and entry.reviewed_by == world.supervisor
    with pytest.raises(services.InternshipError, match="locked"):
        services.amend_entry(
            entry,
            by=world.student,
            day=entry.day,
            hours=D(8),
            area_code="lab",
            activity="x",
            reflection="",
            now=NOW,
        )
    assert services.progress(world.placement).hours == D(5)


def test_returning_needs_a_comment_and_the_student_resubmits(world):
    entry = _log(world)
    with pytest.raises(services.InternshipError, match="Say what should change"):
        services.review_entry(entry, by=world.supervisor, approve=False, now=NOW)
    services.review_entry(entry, by=world.supervisor, approve=False, comment="Add the kit", now=NOW)
    services.amend_entry(
        entry,
        by=world.student,
        day=entry.day,
        hours=D(4),
        area_code="lab",
        activity="PCR set-up with the Qiagen kit",
        reflection="",
        now=NOW,
    )
    entry.refresh_from_db()
    assert entry.status == EntryStatus.SUBMITTED and entry.hours == D(4)
    assert services.progress(world.placement).hours == 0  # only signed-off hours count


@pytest.mark.parametrize(
    ("day", "area", "message"),
    [
        (dt.date(2026, 5, 31), "lab", "within the placement"),
        (dt.date(2026, 7, 25), "lab", "still to come"),
        (dt.date(2026, 6, 2), "clinic", "programme's areas"),
    ],
)
def test_entries_outside_the_placement_or_its_areas_are_refused(world, day, area, message):
    with pytest.raises(services.InternshipError, match=message):
        _log(world, day=day, area=area)
    assert not LogbookEntry.objects.exists()


def test_only_the_student_logs_and_only_their_supervisor_signs_off(world):
    with pytest.raises(services.InternshipError):
        services.log_hours(
            world.placement,
            by=world.supervisor,
            day=dt.date(2026, 6, 2),
            hours=D(1),
            area_code="lab",
            activity="x",
            now=NOW,
        )
    entry = _log(world)
    with pytest.raises(services.InternshipError):
        services.review_entry(entry, by=world.other_supervisor, approve=True, now=NOW)
    entry.refresh_from_db()
    assert entry.status == EntryStatus.SUBMITTED


def test_the_emailed_one_time_link_works_once(world, client, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        entry = _log(world)
    assert len(mail.outbox) == 1 and mail.outbox[0].to == [world.supervisor.email]
    url = next(line for line in mail.outbox[0].body.splitlines() if "/sign-off/" in line)
    path = "/" + url.split("://", 1)[1].split("/", 1)[1]
    page = client.get(path)
    assert page.status_code == 200 and "PCR set-up" in page.content.decode()
    done = client.post(path, {"decision": "approve", "comment": ""})
    assert done.status_code == 200
    entry.refresh_from_db()
    assert entry.status == EntryStatus.APPROVED and entry.reviewed_by == world.supervisor
    again = client.post(path, {"decision": "return", "comment": "changed my mind"})
    assert again.status_code == 410 and "already been used" in again.content.decode()
    entry.refresh_from_db()
    assert entry.status == EntryStatus.APPROVED


def test_an_expired_link_is_refused(world, client):
    entry = _log(world)
    token = services.make_sign_off_link(entry, now=timezone.now() - dt.timedelta(days=15))
    response = client.post(
        reverse("internships:sign_off_link", args=[token]), {"decision": "approve"}
    )
    assert response.status_code == 410
    entry.refresh_from_db()
    assert entry.status == EntryStatus.SUBMITTED
    assert SignOffLink.objects.get().used_at is None
    assert client.get(reverse("internships:sign_off_link", args=["made-up"])).status_code == 410


def _walk_to_the_end(world, *, final_ratings=RATINGS):
    for day, hours, area in ((2, D(8), "lab"), (3, D(6), "lab"), (4, D(6), "bio")):
        entry = _log(world, day=dt.date(2026, 6, day), hours=hours, area=area)
        services.review_entry(entry, by=world.supervisor, approve=True, now=NOW)
    for competency in world.programme.competencies.all():
        services.sign_competency(
            world.placement,
            competency,
            by=world.supervisor,
            achieved_on=dt.date(2026, 7, 1),
            entrustment=3,
            now=NOW,
        )
    services.evaluate(
        world.placement,
        by=world.supervisor,
        stage="final",
        kind="supervisor",
        ratings=final_ratings,
        comments="Ready",
        now=NOW,
    )


def test_a_placement_completes_once_with_its_certificate_and_supervision_credit(world):
    scheme = cpd_make.scheme(
        "gc-cpd", rules=[("supervision", "general", {"points_per_hour": D(1)})]
    )
    cpd_services.join(world.supervisor, scheme, registration_number="GC1")
    _walk_to_the_end(world)

    world.placement.refresh_from_db()
    assert world.placement.status == PlacementStatus.COMPLETED
    certificate = Certificate.objects.get(user=world.student)
    assert certificate.kind == "internship" and certificate.title_zh_hant == "暑期實習"
    credit = LedgerEntry.objects.get(user=world.supervisor)
    assert credit.source_kind == "supervision" and credit.points == D("5.00")
    assert services.check_completion(world.placement) is False
    assert Certificate.objects.count() == 1 and LedgerEntry.objects.count() == 1


def test_a_scheme_that_counts_internships_credits_the_students_hours(world):
    scheme = cpd_make.scheme(
        "mlt-cpd", rules=[("internship", "general", {"points_per_hour": D("0.1")})]
    )
    cpd_services.join(world.student, scheme, registration_number="S1")
    _walk_to_the_end(world)
    credit = LedgerEntry.objects.get(user=world.student)
    assert credit.source_kind == "internship" and credit.points == D("2.00")  # 20 h × 0.1


def test_a_failing_final_evaluation_does_not_complete(world):
    _walk_to_the_end(
        world, final_ratings={"knowledge": 2, "skills": 2, "communication": 3, "professionalism": 3}
    )
    world.placement.refresh_from_db()
    assert world.placement.status == PlacementStatus.ACTIVE
    assert not Certificate.objects.exists()


def test_hours_short_in_one_area_do_not_complete(world):
    for day in range(2, 6):  # 20 hours, all in the laboratory: bioinformatics is short
        entry = _log(world, day=dt.date(2026, 6, day), hours=D(5), area="lab")
        services.review_entry(entry, by=world.supervisor, approve=True, now=NOW)
    for competency in world.programme.competencies.all():
        services.sign_competency(
            world.placement, competency, by=world.supervisor, achieved_on=dt.date(2026, 7, 1)
        )
    services.evaluate(
        world.placement, by=world.supervisor, stage="final", kind="supervisor", ratings=RATINGS
    )
    progress = services.progress(world.placement)
    assert progress.hours == D(20) and not progress.hours_met
    world.placement.refresh_from_db()
    assert world.placement.status == PlacementStatus.ACTIVE


def test_evaluations_are_written_once_by_the_right_person(world):
    with pytest.raises(services.InternshipError, match="not yours"):
        services.evaluate(
            world.placement, by=world.student, stage="midpoint", kind="supervisor", ratings=RATINGS
        )
    services.evaluate(
        world.placement, by=world.student, stage="midpoint", kind="self", ratings=RATINGS
    )
    with pytest.raises(services.InternshipError, match="already"):
        services.evaluate(
            world.placement, by=world.student, stage="midpoint", kind="self", ratings=RATINGS
        )
    with pytest.raises(services.InternshipError, match="every part"):
        services.evaluate(
            world.placement,
            by=world.supervisor,
            stage="midpoint",
            kind="supervisor",
            ratings={"knowledge": 4},
        )
    services.evaluate(
        world.placement,
        by=world.student,
        stage="final",
        kind="feedback",
        ratings={},
        comments="Great team",
    )


def test_at_risk_when_behind_on_hours_or_an_evaluation_is_overdue(world):
    progress = services.progress(world.placement)
    # 1 July: 31 of 61 days gone, about 10 of 20 hours expected; none signed off
    assert progress.at_risk(dt.date(2026, 7, 1)) == ["hours", "evaluations"]
    assert progress.at_risk(dt.date(2026, 6, 5)) == []  # the first week is not held against them


def test_a_programme_can_have_its_own_rubric(world, client):
    from cpd.internships.models import EvaluationCriterion

    EvaluationCriterion.objects.create(
        programme=world.programme, code="analysis", label="Analysis", label_en="Analysis"
    )
    EvaluationCriterion.objects.create(
        programme=world.programme, code="teamwork", label="Teamwork", label_en="Teamwork"
    )
    with pytest.raises(services.InternshipError, match="every part"):
        services.evaluate(
            world.placement,
            by=world.supervisor,
            stage="midpoint",
            kind="supervisor",
            ratings=RATINGS,
        )
    client.force_login(world.supervisor)
    url = reverse("internships:evaluation", args=[world.placement.pk, "midpoint", "supervisor"])
    page = client.get(url).content.decode()
    assert "Teamwork" in page and "Professionalism" not in page
    response = client.post(url, {"rating_analysis": "4", "rating_teamwork": "5", "comments": ""})
    assert response.status_code == 302
    evaluation = world.placement.evaluations.get()
    assert evaluation.ratings == {"analysis": 4, "teamwork": 5}
    assert evaluation.mean_rating == D("4.50")


def test_staff_issue_certificates_for_a_cohorts_completed_placements_once(world, client):
    from cpd.internships.models import Placement

    Placement.objects.filter(pk=world.placement.pk).update(status="completed", completed_at=NOW)
    client.force_login(world.administrator)
    response = client.post(reverse("certificates_admin_cohort", args=[world.cohort.pk]))
    assert response.status_code == 302
    certificate = Certificate.objects.get()
    assert certificate.user == world.student and certificate.bulk.cohort == world.cohort
    assert certificate.achieved_on == dt.date(2026, 7, 20)
    again = services.issue_certificates_for_cohort(world.cohort, by=world.administrator)
    assert again.certificates.count() == 0 and Certificate.objects.count() == 1
    client.force_login(world.coordinator)  # not staff: the admin is closed to them
    assert client.post(
        reverse("certificates_admin_cohort", args=[world.cohort.pk])
    ).status_code in (
        302,
        403,
    )
    assert Certificate.objects.count() == 1


def test_entries_awaiting_sign_off_are_counted_one_by_one(world):
    _log(world, day=dt.date(2026, 6, 2))
    _log(world, day=dt.date(2026, 6, 3))  # the same area: still two entries, not one group
    assert services.progress(world.placement).pending_entries == 2
