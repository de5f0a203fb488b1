"""Translation state in the Wagtail admin: a column in the page explorer, a panel at the top of
the page editor, the "Translation status" report, and workflow approval that explains, rather
than crashes, when the page may not be published yet."""

import datetime
from dataclasses import dataclass

import django_filters
from django import forms
from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin import messages
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, DateColumn, StatusTagColumn, TitleColumn
from wagtail.admin.views.pages.edit import EditView
from wagtail.admin.views.pages.listing import ExplorableIndexView, GenericPageFilterSet
from wagtail.admin.views.pages.workflow import WorkflowActionView
from wagtail.admin.views.reports import ReportView
from wagtail.admin.viewsets.pages import PageViewSet
from wagtail.models import Page

from accounts import roles
from content import translation_state as ts

# -- words -------------------------------------------------------------------------------------


def _labels(page, names) -> str:
    return ", ".join(ts.field_label(page, name) for name in names)


def stale_parts(page, state) -> list[str]:
    """'title, summary (Traditional Chinese out of date)', one per out-of-date language."""
    return [
        gettext("%(fields)s (%(language)s out of date)")
        % {"fields": _labels(page, names), "language": ts.LANGUAGE_LABELS[language]}
        for language, names in state.stale_by_language().items()
    ]


def state_summary(page, state) -> str:
    """The status tag: Complete, Missing: <fields>, Stale: <fields> (<language> out of date),
    or English only."""
    if state.code == ts.MISSING:
        return gettext("Missing: %(fields)s") % {"fields": _labels(page, state.missing)}
    if state.code == ts.STALE:
        return gettext("Stale: %(fields)s") % {"fields": "; ".join(stale_parts(page, state))}
    return str(state.label)


# -- the page explorer -------------------------------------------------------------------------


def listed_state(page):
    """(latest draft, state) of a listed page, None for pages that are not TranslatedPages.
    The explorer fills these in for a whole page of results at once; this is the fallback."""
    if not hasattr(page, "_translation_state"):
        version = ts.current_versions([page]).get(page.pk)
        page._translation_state = (version, ts.state_of(version)) if version else None
    return page._translation_state


class TranslationStateColumn(StatusTagColumn):
    def __init__(self, name="translation_state", **kwargs):
        kwargs.setdefault("label", _("Translation"))
        kwargs.setdefault("width", "20%")
        super().__init__(name, accessor=self.summary, primary=self.is_settled, **kwargs)

    @staticmethod
    def summary(page) -> str:
        listed = listed_state(page)
        return state_summary(*listed) if listed else ""

    @staticmethod
    def is_settled(page) -> bool:
        listed = listed_state(page)
        return bool(listed) and not listed[1].needs_work


def _explorer_columns():
    columns = []
    for column in ExplorableIndexView.base_columns:
        if column.name == "status":
            columns.append(TranslationStateColumn())
        columns.append(column)
    return columns


class TranslatedPageIndexView(ExplorableIndexView):
    """The explorer listing of a page's children, with their translation state."""

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        pages = list(context["object_list"])
        versions = ts.current_versions(pages)
        for page in pages:
            version = versions.get(page.pk)
            page._translation_state = (version, ts.state_of(version)) if version else None
        return context


# -- the page editor ---------------------------------------------------------------------------


def panel_context(page) -> dict:
    state = ts.state_of(page)
    return {
        "state": state,
        "summary": state_summary(page, state),
        "missing": _labels(page, state.missing),
        "stale": stale_parts(page, state),
        "english_edited_at": ts.last_edited(page, "en"),
        "chinese_edited_at": ts.last_edited(page, "zh-hant"),
    }


def _is_ajax(request) -> bool:
    return request.headers.get("x-requested-with") == "XMLHttpRequest"


class TranslatedPageEditView(EditView):
    """Wagtail's page editor with the translation state above the form."""

    template_name = "content/admin/edit_translated_page.html"

    def get_template_names(self):
        names = super().get_template_names()
        return [self.template_name] if names == ["wagtailadmin/pages/edit.html"] else names

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["translation"] = panel_context(self.page)
        return context

    def perform_workflow_action(self):
        # The form refuses an approval that would publish an untranslated page; this catches
        # a draft that lost its Chinese after the form was checked.
        try:
            return super().perform_workflow_action()
        except ts.TranslationMissing as refusal:
            messages.error(self.request, refusal.text)
            return self.redirect_and_remain()


class TranslatedWorkflowActionView(WorkflowActionView):
    """Approving from the dashboard or the status panel publishes the page when the workflow
    ends. If its required Traditional Chinese is empty, the model refuses (TranslationMissing);
    the approval is rolled back (Task.on_action is atomic) and the reviewer is told why."""

    def post(self, request, *args, **kwargs):
        try:
            return super().post(request, *args, **kwargs)
        except ts.TranslationMissing as refusal:
            messages.error(request, refusal.text)
            if _is_ajax(request):
                return self.render_modal_json(
                    request, {"step": "success", "redirect": self.redirect_url}
                )
            return redirect(self.redirect_url)


class TranslatedPageViewSet(PageViewSet):
    """Admin views for one TranslatedPage model. Also lists the children of such a page (the
    explorer), as a generic listing of any page type plus the translation state column."""

    edit_view_class = TranslatedPageEditView
    workflow_action_view_class = TranslatedWorkflowActionView
    index_view_class = TranslatedPageIndexView
    filterset_class = GenericPageFilterSet
    columns = _explorer_columns()

    @cached_property
    def parent_models(self):
        return [self.model] if self.model.allowed_subpage_models() else []

    @cached_property
    def index_view(self):
        return self.construct_view(
            self.index_view_class, **self.get_index_view_kwargs(), model=Page
        )

    @cached_property
    def index_results_view(self):
        return self.construct_view(
            self.index_view_class, **self.get_index_view_kwargs(), model=Page, results_only=True
        )


# -- the report --------------------------------------------------------------------------------


def can_see_translation_report(user) -> bool:
    if not user.is_active:
        return False
    if user.is_superuser:
        return True
    return user.groups.filter(name__in=(roles.EDITORS, roles.MEDICAL_REVIEWERS)).exists()


@dataclass
class ReportRow:
    page: Page
    state: ts.TranslationState

    @property
    def pk(self):
        return self.page.pk

    @cached_property
    def title(self) -> str:
        english = self.page.title_en or self.page.title
        chinese = self.page.title_zh_hant
        return f"{english} / {chinese}" if chinese and chinese != english else english

    @property
    def page_type(self) -> str:
        return str(self.page.get_verbose_name())

    @property
    def state_label(self) -> str:
        return str(self.state.label)

    @cached_property
    def fields_text(self) -> str:
        if self.state.code == ts.MISSING:
            return _labels(self.page, self.state.missing)
        return "; ".join(stale_parts(self.page, self.state))

    @cached_property
    def out_of_date_text(self) -> str:
        return ", ".join(str(ts.LANGUAGE_LABELS[code]) for code in self.state.out_of_date())

    def _affected(self):
        return set(self.state.missing) | set(self.state.stale) or None

    @cached_property
    def english_edited_at(self) -> datetime.datetime | None:
        return ts.last_edited(self.page, "en", self._affected())

    @cached_property
    def chinese_edited_at(self) -> datetime.datetime | None:
        return ts.last_edited(self.page, "zh-hant", self._affected())

    @property
    def edit_url(self) -> str:
        return reverse("wagtailadmin_pages:edit", args=[self.page.pk])

    @property
    def admin_url(self) -> str:
        return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + self.edit_url


class TranslationReportFilterSet(WagtailFilterSet):
    state = django_filters.ChoiceFilter(
        label=_("State"),
        choices=[(ts.MISSING, _("Missing")), (ts.STALE, _("Stale"))],
        empty_label=_("Missing or stale"),
        widget=forms.RadioSelect,
        method="no_query",
    )
    out_of_date = django_filters.ChoiceFilter(
        label=_("Out of date"),
        choices=[("zh-hant", _("Traditional Chinese")), ("en", _("English"))],
        empty_label=_("Either language"),
        widget=forms.RadioSelect,
        method="no_query",
    )

    class Meta:
        model = Page
        fields = []

    def no_query(self, queryset, name, value):
        # The state is not stored in a column: TranslationReportView filters its rows.
        return queryset


def _csv_time(value) -> str:
    return timezone.localtime(value).strftime("%Y-%m-%d %H:%M") if value else ""


class TranslationReportView(ReportView):
    """Every page whose translation is missing or stale, for editors and medical reviewers."""

    page_title = _("Translation status")
    header_icon = "globe"
    index_url_name = "content_translation_report"
    index_results_url_name = "content_translation_report_results"
    filterset_class = TranslationReportFilterSet
    export_filename = "translation-status"
    columns = [
        TitleColumn("title", label=_("Page"), get_url=lambda row: row.edit_url),
        Column("page_type", label=_("Type")),
        StatusTagColumn("state_label", label=_("State"), primary=False),
        Column("fields_text", label=_("Fields")),
        Column("out_of_date_text", label=_("Out of date")),
        DateColumn("english_edited_at", label=_("English last edited")),
        DateColumn("chinese_edited_at", label=_("Chinese last edited")),
    ]
    list_export = [
        "pk",
        "title",
        "page_type",
        "state_label",
        "fields_text",
        "out_of_date_text",
        "english_edited_at",
        "chinese_edited_at",
        "admin_url",
    ]
    export_headings = {
        "pk": _("ID"),
        "title": _("Page"),
        "page_type": _("Type"),
        "state_label": _("State"),
        "fields_text": _("Fields"),
        "out_of_date_text": _("Out of date"),
        "english_edited_at": _("English last edited"),
        "chinese_edited_at": _("Chinese last edited"),
        "admin_url": _("Edit link"),
    }

    custom_field_preprocess = {
        name: {ReportView.FORMAT_CSV: _csv_time}
        for name in ("english_edited_at", "chinese_edited_at")
    }

    def stream_csv(self, queryset):
        # Rendered now, while the editor's language is active, not after the view returns.
        return iter(list(super().stream_csv(queryset)))

    def dispatch(self, request, *args, **kwargs):
        if not can_see_translation_report(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_queryset(self):
        rows = [
            ReportRow(page, state)
            for page in ts.all_current_versions().values()
            if (state := ts.state_of(page)).needs_work
        ]
        order = {ts.MISSING: 0, ts.STALE: 1}
        return sorted(rows, key=lambda row: (order[row.state.code], row.title.lower(), row.pk))

    def filter_queryset(self, rows):
        if not (self.filters and self.filters.is_valid()):
            return rows
        wanted = self.filters.form.cleaned_data
        if wanted.get("state"):
            rows = [row for row in rows if row.state.code == wanted["state"]]
        if wanted.get("out_of_date"):
            rows = [row for row in rows if wanted["out_of_date"] in row.state.out_of_date()]
        return rows
