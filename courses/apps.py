from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoursesConfig(AppConfig):
    """Learning: courses, lessons, enrolment, quizzes, H5P (see the courses issue)."""

    name = "courses"
    verbose_name = _("Courses")

    def ready(self) -> None:
        from accounts import personal_data
        from courses import personal_data as ours

        personal_data.register("courses", ours.export)
