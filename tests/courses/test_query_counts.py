"""The catalogue, the course page and My learning cost the same number of queries whatever the
number of courses, lessons and enrolments (the counts are exact, not timings)."""

import pytest
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from courses import services
from tests.courses import factories as make

pytestmark = pytest.mark.django_db


def count(client, url) -> int:
    cache.clear()
    client.get(url)  # warm per-process caches (content types, site root paths)
    cache.clear()
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def build(index, learner, prefix, size):
    for n in range(size):
        course = make.course(index, f"{prefix}-{n}")
        module = make.module(course, f"{prefix}-m{n}")
        lessons = [make.lesson(module, f"{prefix}-l{n}-{k}") for k in range(size)]
        enrolment = services.enrol(learner, course, course.runs.get())
        services.mark_done(enrolment, lessons[0])
    return course


@pytest.fixture
def learner(client):
    user = get_user_model().objects.create_user(email="q@example.org", password="x" * 12)
    client.force_login(user)
    return user


def test_constant_in_courses_lessons_and_enrolments(client, home_page, learner):
    index = make.catalogue(home_page)
    small_course = build(index, learner, "small", 2)
    small = {
        "catalogue": count(client, "/en/courses/?level=foundation"),
        "course": count(client, small_course.url_path.replace("/home", "/en", 1)),
        "dashboard": count(client, "/en/learning/"),
    }
    large_course = build(index, learner, "large", 5)
    large = {
        "catalogue": count(client, "/en/courses/?level=foundation"),
        "course": count(client, large_course.url_path.replace("/home", "/en", 1)),
        "dashboard": count(client, "/en/learning/"),
    }
    assert small == large
