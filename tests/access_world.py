"""One world for the access matrix (tests/test_access_matrix.py): every role, and a real object
for every argument of every project URL, built with the apps' own test builders and services."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.utils import timezone

from accounts import roles
from courses import services as courses
from cpd import attendance, claims, self_study
from cpd import pdf as transcripts
from cpd import services as cpd
from cpd.certificates import services as certificates
from cpd.internships import applications
from cpd.internships import services as internships
from cpd.models import Attendance, CPDEvent, CPDSession, Membership
from h5p import play
from h5p.models import Attempt
from tests.certificates import factories as certificate_make
from tests.courses import factories as course_make
from tests.cpd import factories as cpd_make
from tests.internships import factories as internship_make

D = Decimal
ROLES = (
    "anonymous",
    "learner",
    "other_learner",
    "student",
    "supervisor",
    "coordinator",
    "other_coordinator",
    "editor",
    "cpd_admin",
    "superuser",
)
STAFF_ROLES = ("supervisor", "coordinator", "other_coordinator", "editor", "cpd_admin", "superuser")
PDF = b"%PDF-1.7\n" + b"0" * 200


class AccessWorld(internship_make.World):
    """The internships' World (two universities with their coordinators, supervisors, students
    and a CPD administrator) plus a learner with a record in every part of the site."""

    def __init__(self, home):
        super().__init__()
        self.cpd_admin = self.administrator
        self.editor = internship_make.user("editor@example.org", roles.EDITORS)
        self.superuser = get_user_model().objects.create_superuser(
            email="root@example.org", password="pw-123456789"
        )
        self._cpd()
        self._courses(home)
        self._h5p()
        self._self_study(home)
        self._event()
        self._certificates()
        self._internships()

    def _cpd(self) -> None:
        self.scheme = cpd_make.scheme(
            categories=[("general", None, None), ("cpd", None, None)],
            rules=[
                ("event", "general", {"points_per_hour": D(1)}),
                ("self_reported", "cpd", {"points_per_hour": D("0.5")}),
                ("self_study", "general", {"points_per_hour": D(1)}),
            ],
            claim_window_days=60,
        )
        self.learner = cpd_make.member("learner@example.org", self.scheme)
        self.other_learner = cpd_make.member("other@example.org", self.scheme)
        self.membership = Membership.objects.get(user=self.learner)
        self.other_membership = Membership.objects.get(user=self.other_learner)
        today = timezone.localdate()
        cpd_make.award(self.learner, self.scheme, "2", "seminar-1", today - dt.timedelta(days=9))
        cpd_make.award(self.other_learner, self.scheme, "1", "seminar-2", today)
        self.claim = claims.submit(
            self.learner,
            scheme=self.scheme,
            category_code="cpd",
            title="Variant interpretation workshop",
            provider="HKU",
            start_date=today - dt.timedelta(days=6),
            end_date=today - dt.timedelta(days=5),
            hours=D(4),
            evidence=SimpleUploadedFile("certificate.pdf", PDF),
            today=today,
        )
        progress = cpd.progress(self.membership)
        self.transcript = transcripts.requested(progress, "en")
        transcripts.render(self.transcript.pk)

    def _courses(self, home) -> None:
        index = course_make.catalogue(home)
        self.course = course_make.course(index, sequential=False)
        self.run = self.course.runs.get()
        self.module = course_make.module(self.course)
        quiz = course_make.quiz(self.course, [course_make.question(self.course)])
        self.lesson = course_make.lesson(self.module, kind="quiz", quiz=quiz)
        self.enrolment = courses.enrol(self.learner, self.course, self.run)
        # enrolment closed: an empty POST to enrol is refused for everyone
        closed = course_make.course(
            index, runs=[course_make.dated_run(opens_in_days=-10, closes_in_days=-1)]
        )
        self.closed_run = closed.runs.get()
        self.quiz_attempt = courses.start_attempt(self.enrolment, self.lesson)

    def _h5p(self) -> None:
        from tests.h5p.test_import import HUB, import_file

        self.h5p_content = import_file(HUB / "H5P.MultiChoice.h5p").content
        self.activity = course_make.lesson(
            self.module, kind="activity", h5p_content=self.h5p_content, pass_percent=100
        )
        browser = Client()
        browser.force_login(self.learner)
        launch = play.launch(
            self.learner,
            self.activity,
            session_key=browser.session.session_key,
            language="en",
            page_origin="http://127.0.0.1:8000",
        )
        self.play_token = play.token_for(launch)
        play.record(launch, _answer(self.h5p_content).encode())
        self.h5p_attempt = Attempt.objects.get(user=self.learner)
        self.h5p_library = self.h5p_content.main_library

    def _self_study(self, home) -> None:
        from tests.cpd.test_self_study import _study

        self.self_study = _study(home)
        self_study.open_article(
            self.learner, self.self_study, now=timezone.now() - dt.timedelta(hours=1)
        )
        self.self_study_attempt = self_study.start(self.learner, self.self_study)

    def _event(self) -> None:
        start = timezone.now() - dt.timedelta(days=3)
        self.event = CPDEvent(
            title="Cases", title_en="Cases", organiser="Institute", requires_evaluation=True
        )
        self.event.sessions = [
            CPDSession(
                title="Cases",
                title_en="Cases",
                starts_at=start,
                ends_at=start + dt.timedelta(hours=2),
            )
        ]
        self.event.save()
        self.session = self.event.sessions.get()
        self.attendance = Attendance.objects.create(
            session=self.session, user=self.learner, checked_in_at=start, how=Attendance.How.LIST
        )
        attendance.award_session(self.attendance)

    def _certificates(self) -> None:
        self.bulk = certificates.issue_for_event(self.event, by=self.cpd_admin)
        self.certificate = certificate_make.issued(user=self.learner)

    def _internships(self) -> None:
        self.entry = internships.log_hours(
            self.placement,
            by=self.student,
            day=dt.date(2026, 6, 2),
            hours=2,
            area_code="lab",
            activity="Bench work",
            now=dt.datetime(2026, 6, 3, tzinfo=dt.UTC),
        )
        self.sign_off_token = internships.make_sign_off_link(self.entry)
        self.open_cohort = internship_make.cohort(
            internship_make.programme("apply", takes_applications=True),
            self.university,
            term="2027 summer",
            starts=dt.date(2027, 6, 1),
        )
        self.application = applications.apply(
            self.student,
            self.open_cohort,
            student_number="A1",
            statement="I would like to learn variant curation.",
            cv=SimpleUploadedFile("cv.pdf", b"%PDF-1.4 cv"),
            now=dt.datetime(2026, 12, 1, tzinfo=dt.UTC),
        )


def _answer(content) -> str:
    """A right answer to the hub's MultiChoice, as the player would report it."""
    from tests.h5p.test_player import statement

    return statement(content)
