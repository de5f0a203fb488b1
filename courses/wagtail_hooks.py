"""The question bank and quizzes in the Wagtail admin, as snippets grouped under "Courses"."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

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
