"""Enrolment, progress and completion through `courses.services`, on the real database."""

import datetime

import pytest
from django.contrib.auth import get_user_model
from django.utils import timezone

from courses import services
from courses.models import (
    CourseCompletion,
    Enrolment,
    EnrolmentStatus,
    LessonProgress,
)
from tests.courses import factories as make

pytestmark = pytest.mark.django_db


def learner(email="learner@example.org"):
    return get_user_model().objects.create_user(email=email, password="x" * 12)


@pytest.fixture
def index(home_page):
    return make.catalogue(home_page)


@pytest.fixture
def course(index):
    page = make.course(index, "fundamentals")
    first, second = make.module(page, "m1"), make.module(page, "m2")
    make.lesson(first, "reading-1")
    make.lesson(first, "extra", required=False)
    make.lesson(second, "video-1", kind="video")
    return page


def run_of(course):
    return course.runs.get()


class TestEnrolment:
    def test_open_course_enrols_at_once(self, course):
        enrolment = services.enrol(learner(), course, run_of(course))
        assert enrolment.status == EnrolmentStatus.ACTIVE and enrolment.activated_at

    def test_enrolling_twice_changes_nothing(self, course):
        user = learner()
        first = services.enrol(user, course, run_of(course))
        again = services.enrol(user, course, run_of(course))
        assert first.pk == again.pk and Enrolment.objects.count() == 1

    def test_by_approval_records_a_request_that_staff_approve_or_decline(self, index):
        page = make.course(index, "counselling", enrolment_mode="approval")
        staff = learner("staff@example.org")
        asked = services.enrol(learner(), page, run_of(page))
        assert asked.status == EnrolmentStatus.REQUESTED
        assert services.approve(asked, by=staff).status == EnrolmentStatus.ACTIVE
        other = services.enrol(learner("b@example.org"), page, run_of(page))
        assert services.decline(other, by=staff).status == EnrolmentStatus.DECLINED
        with pytest.raises(services.CourseError):
            services.approve(other, by=staff)

    def test_cohort_only_courses_refuse_self_enrolment_with_the_reason(self, index):
        page = make.course(index, "cohort", enrolment_mode="cohort")
        blockers = services.enrolment_blockers(learner(), page, run_of(page))
        assert [b.code for b in blockers] == ["cohort"]
        with pytest.raises(services.CourseError, match="invitation or through a cohort"):
            services.enrol(learner("c@example.org"), page, run_of(page))
        assert not Enrolment.objects.exists()

    def test_missing_prerequisite_is_named(self, index, course):
        advanced = make.course(index, "advanced", prerequisites=[course])
        blockers = services.enrolment_blockers(learner(), advanced, run_of(advanced))
        assert blockers[0].code == "prerequisite" and list(blockers[0].courses) == [course]

    def test_prerequisite_met_once_the_course_is_completed(self, index, course):
        advanced = make.course(index, "advanced", prerequisites=[course])
        user = learner()
        enrolment = services.enrol(user, course, run_of(course))
        for lesson in services.lessons_of(course):
            if lesson.required:
                services.mark_done(enrolment, lesson)
        assert services.enrolment_blockers(user, advanced, run_of(advanced)) == []

    @pytest.mark.parametrize(
        ("opens", "closes", "code"), [(2, 10, "not-open"), (-10, -1, "closed")]
    )
    def test_enrolment_window(self, index, opens, closes, code):
        page = make.course(
            index, "dated", runs=[make.dated_run(opens_in_days=opens, closes_in_days=closes)]
        )
        assert [b.code for b in services.enrolment_blockers(learner(), page, run_of(page))] == [
            code
        ]

    def test_full_run_waitlists_and_a_withdrawal_promotes_the_first_waiting(self, index):
        page = make.course(index, "small", runs=[make.dated_run(capacity=1)])
        run = run_of(page)
        first = services.enrol(learner("a@example.org"), page, run)
        second = services.enrol(learner("b@example.org"), page, run)
        third = services.enrol(learner("c@example.org"), page, run)
        assert [first.status, second.status, third.status] == ["active", "waitlisted", "waitlisted"]
        services.withdraw(first, by=first.user)
        second.refresh_from_db()
        third.refresh_from_db()
        assert second.status == EnrolmentStatus.ACTIVE and third.status == "waitlisted"

    def test_leaving_the_waiting_list_promotes_nobody(self, index):
        page = make.course(index, "small", runs=[make.dated_run(capacity=1)])
        run = run_of(page)
        services.enrol(learner("a@example.org"), page, run)
        second = services.enrol(learner("b@example.org"), page, run)
        third = services.enrol(learner("c@example.org"), page, run)
        services.withdraw(second, by=second.user)
        third.refresh_from_db()
        assert third.status == EnrolmentStatus.WAITLISTED

    def test_staff_bulk_enrol_bypasses_mode_but_not_capacity(self, index):
        page = make.course(index, "cohort", enrolment_mode="cohort", runs=[make.dated_run(2)])
        staff = learner("staff@example.org")
        users = [learner(f"s{n}@example.org") for n in range(3)]
        result = services.bulk_enrol(users, page, run_of(page), by=staff)
        assert len(result.enrolled) == 2 and len(result.waitlisted) == 1
        again = services.bulk_enrol(users, page, run_of(page), by=staff)
        assert len(again.already) == 3 and Enrolment.objects.count() == 3


class TestProgress:
    def test_sequential_lessons_open_in_order_and_resume_where_left(self, course):
        enrolment = services.enrol(learner(), course, run_of(course))
        reading, extra, video = services.lessons_of(course)
        state = services.progress(enrolment)
        assert state.next_lesson == reading and video.pk in state.locked
        with pytest.raises(services.CourseError, match="required lessons"):
            services.mark_done(enrolment, video, how=LessonProgress.How.WATCHED)
        services.visit(enrolment, reading)
        services.mark_done(enrolment, reading)
        state = services.progress(enrolment)
        assert state.locked == frozenset() and (state.done, state.total) == (1, 2)
        assert state.next_lesson == extra  # optional lessons are offered, never required
        assert [(m.done, m.total) for m in state.modules] == [(1, 1), (0, 1)]

    def test_free_order_course_has_no_locks(self, index):
        page = make.course(index, "free", sequential=False)
        module = make.module(page)
        make.lesson(module, "a")
        last = make.lesson(module, "b")
        enrolment = services.enrol(learner(), page, run_of(page))
        services.mark_done(enrolment, last)
        assert services.progress(enrolment).locked == frozenset()

    def test_a_lesson_of_another_course_is_refused(self, index, course):
        other = make.course(index, "other")
        stranger = make.lesson(make.module(other), "elsewhere")
        enrolment = services.enrol(learner(), course, run_of(course))
        with pytest.raises(services.CourseError, match="not part of this course"):
            services.mark_done(enrolment, stranger)
        assert not LessonProgress.objects.exists()

    def test_progress_needs_an_active_enrolment(self, course):
        enrolment = services.enrol(learner(), course, run_of(course))
        services.withdraw(enrolment, by=enrolment.user)
        with pytest.raises(services.CourseError, match="not enrolled"):
            services.mark_done(enrolment, services.lessons_of(course)[0])


class TestCompletion:
    def test_completes_once_when_every_required_lesson_is_done(
        self, course, django_capture_on_commit_callbacks
    ):
        announced = []
        services.subscribe_to_completions(announced.append)
        try:
            enrolment = services.enrol(learner(), course, run_of(course))
            reading, extra, video = services.lessons_of(course)
            with django_capture_on_commit_callbacks(execute=True):
                services.mark_done(enrolment, reading)
                assert not CourseCompletion.objects.exists()
                services.mark_done(enrolment, video, how=LessonProgress.How.WATCHED)
                services.mark_done(enrolment, extra)  # after completion: no second one
            completion = CourseCompletion.objects.get()
            assert completion.enrolment == enrolment and completion.announced_at
            assert announced == [completion]
            assert services.announce(completion.pk) is False
            assert services.announce_pending() == 0 and announced == [completion]
        finally:
            services._subscribers.remove(announced.append)

    def test_a_failing_subscriber_leaves_the_completion_for_the_sweep(self, course):
        calls = []

        def flaky(completion):
            calls.append(completion.pk)
            if len(calls) == 1:
                raise RuntimeError("CPD database unavailable")

        services.subscribe_to_completions(flaky)
        try:
            enrolment = services.enrol(learner(), course, run_of(course))
            reading, _extra, video = services.lessons_of(course)
            services.mark_done(enrolment, reading)
            services.mark_done(enrolment, video, how=LessonProgress.How.WATCHED)
            completion = CourseCompletion.objects.get()
            with pytest.raises(RuntimeError):
                services.announce(completion.pk)
            completion.refresh_from_db()
            assert completion.announced_at is None
            assert services.announce_pending() == 1
            completion.refresh_from_db()
            assert completion.announced_at and calls == [completion.pk, completion.pk]
        finally:
            services._subscribers.remove(flaky)

    def test_completion_row_is_unique_per_learner_and_course(self, course):
        from django.db import IntegrityError, transaction

        enrolment = services.enrol(learner(), course, run_of(course))
        now = timezone.now()
        CourseCompletion.objects.create(
            user=enrolment.user, course=course, enrolment=enrolment, completed_at=now
        )
        with pytest.raises(IntegrityError), transaction.atomic():
            CourseCompletion.objects.create(
                user=enrolment.user,
                course=course,
                enrolment=enrolment,
                completed_at=now + datetime.timedelta(seconds=1),
            )
