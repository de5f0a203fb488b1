"""Universities (with their coordinators), programmes and cohorts in the Wagtail admin, for CPD
administrators. Coordinators, supervisors and students use the site's own pages, never the
admin, so no admin page can show one university's students to another."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from cpd.internships.models import Cohort, Programme, University


class UniversityViewSet(SnippetViewSet):
    model = University
    icon = "group"
    menu_label = _("Universities")
    list_display = ["code", "name_en", "name_zh_hant"]
    search_fields = ["code", "name_en", "name_zh_hant"]


class ProgrammeViewSet(SnippetViewSet):
    model = Programme
    icon = "list-ul"
    menu_label = _("Programmes")
    list_display = ["code", "title_en", "required_hours"]
    search_fields = ["code", "title_en", "title_zh_hant"]


class CohortViewSet(SnippetViewSet):
    model = Cohort
    icon = "folder-open-inverse"
    menu_label = _("Cohorts")
    list_display = ["programme", "university", "term", "capacity", "starts_on", "ends_on"]
    list_filter = ["programme", "university"]


class InternshipsAdminGroup(SnippetViewSetGroup):
    items = (CohortViewSet, ProgrammeViewSet, UniversityViewSet)
    menu_icon = "group"
    menu_label = _("Internships")
    menu_name = "internships"
    menu_order = 268


register_snippet(InternshipsAdminGroup)
