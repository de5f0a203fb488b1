"""Two requests completing the same course at the same moment record one completion and announce
it once. Needs PostgreSQL's row locks and concurrent transactions (SQLite serialises writers)."""

import threading

import pytest
from django.contrib.auth import get_user_model
from django.db import connection
from django.utils import timezone

from courses import services
from courses.models import CourseCompletion, LessonProgress
from tests.courses import factories as make

pytestmark = [
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.skipif(
        connection.vendor != "postgresql", reason="needs PostgreSQL (set DATABASE_URL)"
    ),
]


def test_two_simultaneous_completions_make_one(home_page):
    page = make.course(make.catalogue(home_page), "race", sequential=False)
    module = make.module(page)
    first, second = make.lesson(module, "a"), make.lesson(module, "b")
    learner = get_user_model().objects.create_user(email="race@example.org", password="x" * 12)
    enrolment = services.enrol(learner, page, page.runs.get())
    services.mark_done(enrolment, first)
    # The second lesson's progress exists without its completion check having run, so both
    # threads below find the rule met at once.
    LessonProgress.objects.create(
        enrolment=enrolment, lesson=second, completed_at=timezone.now(), how="marked"
    )

    announced = []
    services.subscribe_to_completions(announced.append)
    barrier = threading.Barrier(2)
    errors = []

    def complete():
        try:
            barrier.wait(timeout=10)
            services.check_completion(enrolment)
        except Exception as error:  # reported below: a thread's failure must fail the test
            errors.append(error)
        finally:
            connection.close()

    try:
        threads = [threading.Thread(target=complete) for _ in range(2)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=30)
        assert errors == []
        assert CourseCompletion.objects.count() == 1
        assert services.announce_pending() <= 1
        assert len(announced) == 1
    finally:
        services._subscribers.remove(announced.append)
