"""The catalogue's filters: which live courses match what the reader chose."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from django.http import QueryDict

from academy.converters import row_id
from accounts.professions import Profession
from content.models import DELIVERY_LANGUAGES
from courses.models import CoursePage, Level, RunKind


@dataclass(frozen=True)
class Filters:
    profession: str = ""
    topic: int | None = None
    level: str = ""
    language: str = ""
    min_points: Decimal | None = None
    format: str = ""

    @classmethod
    def from_query(cls, query: QueryDict) -> Filters:
        """Unknown or malformed values are ignored (a shared link keeps working), never an
        error."""

        def pick(name, allowed):
            value = query.get(name, "")
            return value if value in allowed else ""

        topic = query.get("topic", "")
        try:
            points = Decimal(query.get("points", "")) if query.get("points") else None
        except InvalidOperation:
            points = None
        if points is not None and not points.is_finite():
            points = None
        return cls(
            profession=pick("profession", Profession.values),
            topic=row_id(topic),
            level=pick("level", Level.values),
            language=pick("language", [code for code, _label in DELIVERY_LANGUAGES]),
            min_points=points,
            format=pick("format", RunKind.values),
        )


def matching_courses(filters: Filters, within=None) -> list[CoursePage]:
    """Live courses matching every chosen filter, in title order. JSON list fields are
    filtered in Python: the same on SQLite and PostgreSQL, and the catalogue is small."""
    pages = CoursePage.objects.live().prefetch_related("runs", "cpd_values").select_related("topic")
    if within is not None:
        pages = pages.descendant_of(within)
    if filters.level:
        pages = pages.filter(level=filters.level)
    if filters.topic:
        pages = pages.filter(topic_id=filters.topic)
    courses = []
    for course in pages.order_by("title"):
        if filters.profession and filters.profession not in course.professions:
            continue
        if filters.language and filters.language not in course.delivery_languages:
            continue
        if filters.format and not any(run.kind == filters.format for run in course.runs.all()):
            continue
        if (
            filters.min_points is not None
            and max((value.points for value in course.cpd_values.all()), default=Decimal(0))
            < filters.min_points
        ):
            continue
        courses.append(course)
    return courses


def choices() -> dict[str, list[tuple[str, str]]]:
    """The options each catalogue filter offers, labelled in the active language."""
    from content.models import TopicPage

    return {
        "profession": list(Profession.choices),
        "level": list(Level.choices),
        "language": list(DELIVERY_LANGUAGES),
        "format": list(RunKind.choices),
        "topic": [
            (str(topic.pk), topic.title)
            for topic in TopicPage.objects.live().filter(courses__live=True).distinct()
        ],
    }
