"""Translation state in the Wagtail admin: page views with the state column and panel, the
"Translation status" report, and refusals (with a message, never a crash) wherever Wagtail would
publish a page whose required Traditional Chinese is empty."""

from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail import hooks
from wagtail.admin import messages
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from content import translation_state as ts
from content.admin.views import (
    TranslatedPageViewSet,
    TranslationReportView,
    can_see_translation_report,
)
from content.models import GlossaryTerm


@hooks.register("register_admin_viewset")
def register_translated_page_viewsets():
    return [
        TranslatedPageViewSet(f"content_{model._meta.model_name}_pages", model=model)
        for model in ts.translated_page_models()
    ]


# -- the report --------------------------------------------------------------------------------


@hooks.register("register_admin_urls")
def register_translation_report_urls():
    return [
        path(
            "reports/translation-status/",
            TranslationReportView.as_view(),
            name="content_translation_report",
        ),
        path(
            "reports/translation-status/results/",
            TranslationReportView.as_view(results_only=True),
            name="content_translation_report_results",
        ),
    ]


class TranslationReportMenuItem(MenuItem):
    def is_shown(self, request):
        return can_see_translation_report(request.user)


@hooks.register("register_reports_menu_item")
def register_translation_report_menu_item():
    return TranslationReportMenuItem(
        _("Translation status"),
        reverse("content_translation_report"),
        name="translation-status",
        icon_name="globe",
        order=650,
    )


# -- publishing refused ------------------------------------------------------------------------


@hooks.register("register_log_actions")
def register_translation_log_actions(actions):
    actions.register_action(
        ts.PUBLISH_REFUSED_ACTION,
        _("Publishing refused"),
        _("Scheduled publishing refused: required Traditional Chinese text is empty"),
    )


@hooks.register("before_publish_page")
def refuse_publishing_untranslated_page(request, page):
    """Wagtail's editor publishes through PublishPageRevisionAction, not `page.publish()`, so the
    model's guard does not see it. The page form refuses first; this is the backstop."""
    refusal = ts.publishing_refusal(page)
    if refusal is None:
        return None
    messages.error(request, refusal.text)
    return redirect("wagtailadmin_pages:edit", page.pk)


@hooks.register("before_bulk_action")
def refuse_bulk_publishing_untranslated_pages(request, action_type, objects, action):
    """Bulk "Publish" in the explorer: refuse the lot, naming the pages, rather than fail halfway
    through on the first untranslated one."""
    if action_type != "publish":
        return None
    pages = list(objects)
    form = getattr(action, "cleaned_form", None)
    if form is not None and form.cleaned_data.get("include_descendants"):
        for page in list(pages):
            pages.extend(page.get_descendants().not_live())
    refused = [
        version
        for version in ts.current_versions(pages).values()
        if ts.publishing_refusal(version) is not None
    ]
    if not refused:
        return None
    titles = ", ".join(f"“{version.title_en or version.title}”" for version in refused)
    messages.error(
        request,
        ngettext(
            "Nothing was published: %(titles)s has empty required Traditional Chinese fields. "
            "Translate it, or mark it “English only”.",
            "Nothing was published: %(titles)s have empty required Traditional Chinese "
            "fields. Translate them, or mark them “English only”.",
            len(refused),
        )
        % {"titles": titles},
    )
    return redirect(action.next_url)


# -- the glossary ------------------------------------------------------------------------------


class GlossaryTermViewSet(SnippetViewSet):
    model = GlossaryTerm
    icon = "help"
    menu_label = _("Glossary")
    menu_order = 300
    add_to_admin_menu = True
    list_display = ["term_en", "term_zh_hant", "short_definition", "slug"]
    search_fields = ["term", "synonyms", "short_definition", "chinese_index_text"]
    ordering = ["term_en"]


register_snippet(GlossaryTermViewSet)
