"""The question bank and quizzes in the Wagtail admin, as snippets grouped under "Courses"."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from courses import admin_views
from courses.models import Question, Quiz


class QuestionViewSet(SnippetViewSet):
    model = Question
    icon = "help"
    menu_label = _("Question bank")
    list_display = ["prompt_en", "kind", "course", "pool"]
    list_filter = ["kind", "course"]
    search_fields = ["prompt_en", "prompt_zh_hant"]


class QuizViewSet(SnippetViewSet):
    model = Quiz
    icon = "tasks"
    menu_label = _("Quizzes")
    list_display = ["title_en", "course", "pass_mark", "max_attempts"]
    list_filter = ["course"]
    search_fields = ["title_en", "title_zh_hant"]


class CourseAdminGroup(SnippetViewSetGroup):
    items = (QuizViewSet, QuestionViewSet)
    menu_icon = "doc-full-inverse"
    menu_label = _("Courses")
    menu_name = "courses"
    menu_order = 250


register_snippet(CourseAdminGroup)


@hooks.register("register_admin_urls")
def register_report_urls():
    return [
        path("courses/reports/", admin_views.report_index, name="courses_reports"),
        path("courses/reports/<id:course_id>/", admin_views.course_report, name="courses_report"),
        path(
            "courses/<id:course_id>/enrolments/",
            admin_views.enrolments,
            name="courses_enrolments",
        ),
    ]


class CourseReportsMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(admin_views.PERMISSION)


@hooks.register("register_reports_menu_item")
def register_course_reports_menu_item():
    return CourseReportsMenuItem(
        _("Course reports"), reverse("courses_reports"), icon_name="table", order=700
    )
