from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ContentConfig(AppConfig):
    name = "content"
    verbose_name = _("Public content")

    def ready(self) -> None:
        # Imported for their receivers: the page cache's, and the glossary matchers'.
        from content import glossary_signals, signals  # noqa: F401
