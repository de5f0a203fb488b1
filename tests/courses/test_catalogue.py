"""The catalogue's filters."""

from decimal import Decimal

import pytest
from django.http import QueryDict

from courses.catalogue import Filters, matching_courses
from courses.models import CourseCPDValue
from tests.content import factories as content
from tests.courses import factories as make

pytestmark = pytest.mark.django_db


@pytest.fixture
def courses(home_page):
    index = make.catalogue(home_page)
    topic = content.topic(home_page, slug="pgx-topic")
    basics = make.course(index, "basics", professions=["doctor", "nurse"])
    pgx = make.course(
        index,
        "pgx",
        level="intermediate",
        professions=["doctor"],
        delivery_languages=["en", "yue"],
        topic=topic,
        runs=[make.dated_run(capacity=10)],
    )
    pgx.cpd_values = [CourseCPDValue(scheme="hkam-cme", points=Decimal("3"))]
    content.publish(pgx)
    return {"basics": basics, "pgx": pgx, "topic": topic}


def slugs(query: str) -> list[str]:
    return [c.slug for c in matching_courses(Filters.from_query(QueryDict(query)))]


def test_each_filter(courses):
    assert slugs("") == ["basics", "pgx"]
    assert slugs("profession=nurse") == ["basics"]
    assert slugs("level=intermediate") == ["pgx"]
    assert slugs("language=yue") == ["pgx"]
    assert slugs("format=dated") == ["pgx"]
    assert slugs("format=self_paced") == ["basics"]
    assert slugs("points=2.5") == ["pgx"]
    assert slugs(f"topic={courses['topic'].pk}") == ["pgx"]
    assert slugs("profession=doctor&level=foundation") == ["basics"]


@pytest.mark.parametrize(
    "query",
    ["profession=pirate", "level=<script>", "points=NaN", "points=abc", "topic=-1", "topic=9" * 30],
)
def test_unknown_values_are_ignored_not_errors(courses, query):
    assert slugs(query) == ["basics", "pgx"]
