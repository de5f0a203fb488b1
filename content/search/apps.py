from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ContentSearchConfig(AppConfig):
    name = "content.search"
    label = "content_search"
    verbose_name = _("Site search")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from content.search import signals

        signals.connect()
        _index_chinese_page_titles()


def _index_chinese_page_titles() -> None:
    """Make sure every page type gives Wagtail's own index its Chinese title n-grams.

    `TranslatedPage.search_fields` carries them, but a page type that builds its list from
    `Page.search_fields` instead would silently lose them, and the admin search and page chooser
    would stop finding that type by its Chinese title. Adding them here covers every subclass,
    present and future; it changes nothing for a type that already has them.
    """
    from wagtail.search import index

    from content.models import TranslatedPage

    wanted = [
        index.SearchField("chinese_index_text"),
        index.AutocompleteField("chinese_index_text"),
    ]
    pending = list(TranslatedPage.__subclasses__())
    while pending:
        model = pending.pop()
        pending += model.__subclasses__()
        present = {(type(field), field.field_name) for field in model.search_fields}
        missing = [field for field in wanted if (type(field), field.field_name) not in present]
        if missing:
            model.search_fields = [*model.search_fields, *missing]
