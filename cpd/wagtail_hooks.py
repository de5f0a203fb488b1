"""CPD schemes and accrediting bodies in the Wagtail admin, grouped under "CPD"."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from cpd import admin_views
from cpd.models import AccreditingBody, CPDEvent, Scheme, SelfStudy, SelfStudyQuestion


class CheckInColumn(Column):
    """Links to each session's check-in page (its QR code, short code and attendance list)."""

    cell_template_name = "cpd/admin/check_in_cell.html"

    def get_value(self, instance):
        return instance.sessions.all()


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


class CPDEventViewSet(SnippetViewSet):
    model = CPDEvent
    icon = "date"
    menu_label = _("Events")
    list_display = ["title_en", "organiser", CheckInColumn("sessions", label=_("Check-in"))]
    search_fields = ["title_en", "title_zh_hant", "organiser"]


class SelfStudyViewSet(SnippetViewSet):
    model = SelfStudy
    icon = "doc-full"
    menu_label = _("Self-study")
    list_display = ["article", "hours", "pass_mark", "is_active"]
    list_filter = ["is_active"]


class SelfStudyQuestionViewSet(SnippetViewSet):
    model = SelfStudyQuestion
    icon = "help"
    menu_label = _("Self-study questions")
    list_display = ["prompt_en", "self_study", "kind"]
    list_filter = ["self_study"]
    search_fields = ["prompt_en", "prompt_zh_hant"]


class CPDAdminGroup(SnippetViewSetGroup):
    items = (
        CPDEventViewSet,
        SelfStudyViewSet,
        SelfStudyQuestionViewSet,
        SchemeViewSet,
        AccreditingBodyViewSet,
    )
    menu_icon = "success"
    menu_label = _("CPD")
    menu_name = "cpd"
    menu_order = 260


register_snippet(CPDAdminGroup)


@hooks.register("register_admin_urls")
def register_ledger_urls():
    return [
        path("cpd/ledger/", admin_views.learners, name="cpd_learners"),
        path("cpd/ledger/<id:user_id>/", admin_views.ledger, name="cpd_ledger"),
        path("cpd/export/", admin_views.submission, name="cpd_submission"),
        path("cpd/claims/", admin_views.claim_queue, name="cpd_claims"),
        path("cpd/standing/", admin_views.scheme_report, name="cpd_standing"),
        path("cpd/sessions/<id:session_id>/", admin_views.session_check_in, name="cpd_session"),
        path("cpd/claims/<id:claim_id>/", admin_views.claim_detail, name="cpd_claim"),
        path(
            "cpd/claims/<id:claim_id>/evidence/",
            admin_views.claim_evidence,
            name="cpd_claim_evidence",
        ),
    ]


class LedgerMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(admin_views.VIEW)


@hooks.register("register_admin_menu_item")
def register_ledger_menu_item():
    return LedgerMenuItem(_("CPD ledger"), reverse("cpd_learners"), icon_name="list-ul", order=265)


class ClaimsMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(admin_views.CLAIMS)


@hooks.register("register_admin_menu_item")
def register_claims_menu_item():
    return ClaimsMenuItem(_("CPD claims"), reverse("cpd_claims"), icon_name="tasks", order=266)
