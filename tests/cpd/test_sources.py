"""Points from course completion, under every scheme the learner belongs to; and concurrent
awards of one source recording one entry (PostgreSQL)."""

import datetime as dt
import threading
from decimal import Decimal

import pytest
from django.db import connection
from django.utils import timezone

from courses import services as courses
from courses.models import CourseCPDValue
from cpd import services
from cpd.models import LedgerEntry, SourceKind
from tests.courses import factories as courses_make
from tests.cpd import factories as make

D = Decimal


@pytest.mark.django_db
def test_completing_a_course_awards_its_points_under_each_of_the_learners_schemes(home_page):
    hkam = make.scheme("hkam-cme", categories=[("cme", None, None), ("self-study", None, None)])
    mchk = make.scheme(
        "mchk-cme",
        categories=[("self-study", None, D(30))],
        rules=[("course", "self-study", {})],
    )
    nursing = make.scheme("nursing-cne")
    course = courses_make.course(
        courses_make.catalogue(home_page),
        "genomics",
        sequential=False,
        cpd_values=[
            CourseCPDValue(scheme="hkam-cme", category="cme", points=D("3")),
            CourseCPDValue(scheme="mchk-cme", points=D("2.5")),  # category from the rule
            CourseCPDValue(scheme="nursing-cne", points=D("3")),  # not a member
        ],
    )
    lesson = courses_make.lesson(courses_make.module(course))
    learner = make.member("doctor@example.org", hkam, mchk)
    enrolment = courses.enrol(learner, course, course.runs.get())
    # 00:30 on 1 January in Hong Kong: the activity date is the new year's
    completed_at = dt.datetime(2025, 12, 31, 16, 30, tzinfo=dt.UTC)
    courses.mark_done(enrolment, lesson, now=completed_at)
    completion = learner.course_completions.get()
    assert courses.announce(completion.pk)
    assert not courses.announce(completion.pk)  # announced once: awarded once
    entries = LedgerEntry.objects.order_by("scheme__code")
    assert [(e.scheme.code, e.category_code, e.points) for e in entries] == [
        ("hkam-cme", "cme", D("3.00")),
        ("mchk-cme", "self-study", D("2.50")),
    ]
    assert {e.activity_date for e in entries} == {dt.date(2026, 1, 1)}
    assert {e.source_ref for e in entries} == {f"course-completion:{completion.pk}"}
    assert not LedgerEntry.objects.filter(scheme=nursing).exists()  # not a member there
    hkam_progress = services.progress(
        learner.cpd_memberships.get(scheme=hkam), on=dt.date(2026, 1, 2)
    )
    assert hkam_progress.counted == 3 and hkam_progress.cycle.start == dt.date(2026, 1, 1)


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
@pytest.mark.skipif(connection.vendor != "postgresql", reason="needs PostgreSQL (set DATABASE_URL)")
def test_two_simultaneous_awards_of_one_source_record_one_entry():
    scheme = make.scheme()
    learner = make.member("race@example.org", scheme)
    barrier = threading.Barrier(2)
    results, errors = [], []

    def give():
        try:
            barrier.wait(timeout=10)
            results.append(
                services.award(
                    learner,
                    scheme=scheme,
                    category_code="general",
                    points=D(2),
                    activity_date=timezone.localdate(),
                    source_kind=SourceKind.EVENT,
                    source_ref="session-7",
                    title="MDT meeting",
                ).pk
            )
        except Exception as error:  # reported below: a thread's failure must fail the test
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=give) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert errors == []
    assert LedgerEntry.objects.count() == 1
    assert results == [LedgerEntry.objects.get().pk] * 2
    assert services.verify_ledger(learner) == []
