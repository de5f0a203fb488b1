"""The page edit and create form of every TranslatedPage."""

import copy

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm

from content import translation_state

# Submit buttons (POST keys) of Wagtail's page editor whose action publishes the page now, or
# hands it to the review workflow whose approval publishes it.
PUBLISHING_ACTIONS = ("action-publish", "action-submit", "action-restart-workflow")


class TranslatedPageForm(WagtailAdminPageForm):
    """Refuses to publish, or send for review, a page whose required Traditional Chinese fields
    are empty, unless it is marked English only. Saving a draft is always allowed."""

    def clean(self):
        cleaned_data = super().clean()
        if self.publishes():
            refusal = translation_state.publishing_refusal(self._page_as_submitted(cleaned_data))
            if refusal is not None:
                self._refuse(refusal)
        return cleaned_data

    def publishes(self) -> bool:
        if any(self.data.get(key) for key in PUBLISHING_ACTIONS):
            return True
        # A reviewer approving in the editor: the workflow publishes on approval.
        return bool(self.data.get("action-workflow-action")) and (
            self.data.get("workflow-action-name") == "approve"
        )

    def _page_as_submitted(self, cleaned_data):
        """A copy of the page with the submitted values (the instance itself is only updated
        after clean())."""
        page = copy.copy(self.instance)
        names = {model_field.name for model_field in page._meta.concrete_fields}
        for name, value in cleaned_data.items():
            if name in names:
                setattr(page, name, value)
        return page

    def _refuse(self, refusal: translation_state.TranslationMissing) -> None:
        self.add_error(None, refusal)
        for name in refusal.fields:
            localized = translation_state.localized_name(name, "zh-hant")
            if localized in self.fields and localized not in self.errors:
                self.add_error(
                    localized,
                    ValidationError(
                        _("Needed before publishing, unless the page is marked English only."),
                        code="translation_missing",
                    ),
                )
