"""Issuing: exactly one certificate per achievement (the database refuses a second), issued on
course completion and for an event's attendees, by hand by CPD administrators; revoking keeps
the record; reissuing revokes and links; the PDF and credential are rendered once."""

import datetime as dt
import threading
from decimal import Decimal

import pytest
from django.db import IntegrityError, connection, transaction
from django.utils import timezone

from courses import services as courses
from courses.models import CourseCPDValue
from cpd import attendance
from cpd.certificates import services
from cpd.certificates.models import Certificate
from cpd.models import Attendance, CPDEvent, CPDSession
from tests.certificates import factories as make
from tests.courses import factories as courses_make
from tests.cpd import factories as cpd_make

pytestmark = pytest.mark.django_db
D = Decimal


def test_completing_a_course_issues_its_certificate_with_the_points_earned(home_page):
    hkam = cpd_make.scheme("hkam-cme", categories=[("cme", None, None)])
    course = courses_make.course(
        courses_make.catalogue(home_page),
        "genomics",
        sequential=False,
        cpd_values=[CourseCPDValue(scheme="hkam-cme", category="cme", points=D("3"))],
    )
    lesson = courses_make.lesson(courses_make.module(course))
    learner = cpd_make.member("doctor@example.org", hkam)
    learner.first_name, learner.last_name, learner.chinese_name = "Mei", "Wong", "王美"
    learner.save()
    enrolment = courses.enrol(learner, course, course.runs.get())
    courses.mark_done(enrolment, lesson, now=dt.datetime(2026, 3, 1, 2, tzinfo=dt.UTC))
    completion = learner.course_completions.get()

    assert courses.announce(completion.pk)
    certificate = Certificate.objects.get(user=learner)
    assert certificate.kind == "course" and certificate.achievement_ref == f"course:{course.pk}"
    assert (certificate.holder_name, certificate.holder_name_zh) == ("Mei Wong", "王美")
    assert certificate.title_en == course.title_en
    assert certificate.points == [
        {
            "scheme": "hkam-cme",
            "scheme_name_en": "Scheme hkam-cme",
            "scheme_name_zh_hant": "計劃 hkam-cme",
            "points": "3.00",
        }
    ]
    assert certificate.achieved_on == dt.date(2026, 3, 1)
    assert certificate.rendered_at is None  # a task renders it after the commit


def test_one_certificate_per_achievement_in_the_service_and_in_the_database():
    user = make.holder()
    first = services.issue(user, make.achievement("course:9"))
    assert services.issue(user, make.achievement("course:9")) == first
    assert Certificate.objects.count() == 1
    with pytest.raises(IntegrityError), transaction.atomic():
        Certificate.objects.create(
            code="0" * 27,
            user=user,
            kind="course",
            achievement_ref="course:9",
            source_ref="x",
            holder_name="x",
            title_en="x",
            achieved_on=dt.date(2026, 1, 1),
            issuer_name="x",
            issued_at=timezone.now(),
            status_index=1,
        )


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
@pytest.mark.skipif(connection.vendor != "postgresql", reason="needs PostgreSQL (set DATABASE_URL)")
def test_two_simultaneous_issues_make_one_certificate():
    user = make.holder("race@example.org")
    barrier = threading.Barrier(2)
    results, errors = [], []

    def go():
        try:
            barrier.wait(timeout=10)
            results.append(services.issue(user, make.achievement("event:4")).pk)
        except Exception as error:  # reported below
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=go) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert errors == []
    assert Certificate.objects.count() == 1
    assert results == [Certificate.objects.get().pk] * 2


def test_rendering_signs_and_stores_once():
    certificate = make.issued()
    assert certificate.rendered_at and certificate.credential and certificate.signing_key
    assert len(certificate.pdf_sha256) == 64
    assert certificate.pdf.read()[:5] == b"%PDF-"
    rendered_at = certificate.rendered_at
    assert services.render(certificate.pk) is False  # a second run changes nothing
    certificate.refresh_from_db()
    assert certificate.rendered_at == rendered_at


def test_revoking_needs_a_reason_and_keeps_the_record():
    certificate = make.issued()
    admin = cpd_make.staff("CPD administrators")
    with pytest.raises(services.CPDError, match="reason"):
        services.revoke(certificate, by=admin, reason="  ")
    services.revoke(certificate, by=admin, reason="Attendance record was wrong")
    certificate.refresh_from_db()
    assert certificate.status == "revoked" and certificate.revoked_by == admin
    assert Certificate.objects.filter(pk=certificate.pk).exists()
    with pytest.raises(services.CPDError, match="already revoked"):
        services.revoke(certificate, by=admin, reason="again")
    # the same achievement does not get a fresh certificate behind the revocation's back
    assert services.issue(certificate.user, make.achievement("course:1")) == certificate


def test_reissuing_revokes_the_old_links_the_new_and_uses_the_corrected_name():
    certificate = make.issued()
    user = certificate.user
    user.first_name = "Lifton"
    user.save()
    admin = cpd_make.staff("CPD administrators")

    new = services.reissue(certificate, by=admin, reason="Name corrected at the holder's request")

    certificate.refresh_from_db()
    assert certificate.status == "revoked" and certificate.superseded_at is not None
    assert new.replaces == certificate and certificate.replaced_by == new
    assert new.holder_name == "Lifton Chan" and certificate.holder_name == "Lift Chan"
    assert new.code != certificate.code and new.status_index != certificate.status_index
    assert new.title_en == certificate.title_en and new.points == certificate.points
    with pytest.raises(services.CPDError, match="already been replaced"):
        services.reissue(certificate, by=admin, reason="again")
    assert Certificate.objects.filter(user=user).count() == 2


def _event_with_attendance(users, *, ended=True):
    now = timezone.now()
    start = now - dt.timedelta(hours=3) if ended else now + dt.timedelta(hours=1)
    event = CPDEvent(
        title="MDT meeting",
        title_en="MDT meeting",
        title_zh_hant="跨專業會議",
        organiser="Institute",
        issues_certificates=True,
    )
    event.sessions = [
        CPDSession(
            title="Cases", title_en="Cases", starts_at=start, ends_at=start + dt.timedelta(hours=2)
        )
    ]
    event.save()
    session = event.sessions.get()
    for user in users:
        attended = Attendance.objects.create(
            session=session, user=user, checked_in_at=start, how=Attendance.How.LIST
        )
        attendance.award_session(attended)
    return event


def test_an_event_issues_to_everyone_whose_attendance_earned_points_once():
    scheme = cpd_make.scheme(rules=[("event", "general", {"points_per_hour": D(1)})])
    attendees = [cpd_make.member(f"a{n}@example.org", scheme) for n in range(3)]
    outsider = cpd_make.member("no-scheme@example.org")  # attended, but no points
    event = _event_with_attendance([*attendees, outsider])

    bulk = services.issue_for_event(event)

    assert sorted(c.user.email for c in bulk.certificates.all()) == sorted(
        u.email for u in attendees
    )
    first = Certificate.objects.filter(user=attendees[0]).get()
    assert first.kind == "event" and first.points[0]["points"] == "2.00"
    again = services.issue_for_event(event)
    assert again.certificates.count() == 0
    assert Certificate.objects.count() == 3


def test_the_beat_task_issues_only_after_the_last_session_has_ended():
    scheme = cpd_make.scheme(rules=[("event", "general", {"points_per_hour": D(1)})])
    learner = cpd_make.member("late@example.org", scheme)
    event = _event_with_attendance([learner], ended=True)
    later = _event_with_attendance([], ended=False)
    assert services.issue_for_ended_events() == 1
    assert services.issue_for_ended_events() == 0
    assert Certificate.objects.get().achievement_ref == f"event:{event.pk}"
    assert not Certificate.objects.filter(achievement_ref=f"event:{later.pk}").exists()


def test_the_sweep_requeues_what_was_never_rendered(monkeypatch):
    from cpd.certificates.tasks import render_certificate

    queued = []
    monkeypatch.setattr(render_certificate, "delay", queued.append)
    certificate = services.issue(make.holder(), make.achievement())
    Certificate.objects.filter(pk=certificate.pk).update(
        issued_at=timezone.now() - dt.timedelta(minutes=5)
    )
    rendered = make.issued(make.holder("done@example.org"), ref="course:2")
    Certificate.objects.filter(pk=rendered.pk).update(
        issued_at=timezone.now() - dt.timedelta(minutes=5)
    )
    assert services.render_pending() == 1 and queued == [certificate.pk]


def test_erasing_an_account_removes_the_name_and_pdf_but_keeps_verification():
    from accounts.personal_data import delete_account

    certificate = make.issued()
    fingerprint = certificate.pdf_sha256
    delete_account(certificate.user)
    certificate.refresh_from_db()
    assert certificate.holder_name == "—" and certificate.holder_name_zh == ""
    assert not certificate.pdf and certificate.pdf_sha256 == fingerprint
    assert certificate.status == "valid"
