from django.http import HttpRequest
from django.utils import translation

from academy import i18n


def site_shell(request: HttpRequest) -> dict:
    """What the base template needs on every page: lang attribute and the page in each language."""
    language = translation.get_language() or i18n.ENGLISH
    return {
        "html_lang": i18n.BCP47.get(language, "en"),
        "language_alternates": i18n.alternates(request),
    }
