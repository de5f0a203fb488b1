"""CPD schemes and accrediting bodies in the Wagtail admin, grouped under "CPD"."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from cpd.models import AccreditingBody, Scheme


class AccreditingBodyViewSet(SnippetViewSet):
    model = AccreditingBody
    icon = "group"
    menu_label = _("Accrediting bodies")
    list_display = ["short_name", "name_en", "name_zh_hant"]
    search_fields = ["short_name", "name_en", "name_zh_hant"]


class SchemeViewSet(SnippetViewSet):
    model = Scheme
    icon = "list-ul"
    menu_label = _("Schemes")
    list_display = ["code", "name_en", "body", "cycle_years", "points_required", "is_demo"]
    list_filter = ["body", "is_demo"]
    search_fields = ["code", "name_en", "name_zh_hant"]


class CPDAdminGroup(SnippetViewSetGroup):
    items = (SchemeViewSet, AccreditingBodyViewSet)
    menu_icon = "success"
    menu_label = _("CPD")
    menu_name = "cpd"
    menu_order = 260


register_snippet(CPDAdminGroup)
