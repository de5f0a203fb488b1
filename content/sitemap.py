"""sitemap.xml: every live public page in every language, each with its hreflang alternates.

Wagtail's own sitemap lists one URL per page; a reader (or search engine) must find all three
languages and how they relate. An English-only page is listed in English only.
"""

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.template.loader import render_to_string
from django.utils import translation
from wagtail.models import Site

from academy.i18n import BCP47, path_in_language
from content.models import GlossaryIndexPage, GlossaryTerm, TranslatedPage

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]


def _entry(base: str, path: str, lastmod, english_only: bool = False) -> list[dict]:
    codes = ["en"] if english_only else LANGUAGE_CODES
    alternates = [
        {"hreflang": BCP47[code], "href": base + path_in_language(path, code)} for code in codes
    ]
    if not english_only:
        alternates.append({"hreflang": "x-default", "href": base + path_in_language(path, "en")})
    return [
        {"loc": base + path_in_language(path, code), "lastmod": lastmod, "alternates": alternates}
        for code in codes
    ]


def sitemap(request: HttpRequest) -> HttpResponse:
    site = Site.find_for_request(request)
    base = request.build_absolute_uri("/").rstrip("/")
    urls = []
    if site is not None:
        with translation.override("en"):
            pages = site.root_page.get_descendants(inclusive=True).live().public().specific()
            for page in pages:
                if not isinstance(page, TranslatedPage) or not page.publicly_listed:
                    continue
                path = page.get_url(request, current_site=site)
                if not path or not path.startswith("/en/"):
                    continue
                urls += _entry(base, path, page.last_published_at, page.english_only)
                if isinstance(page, GlossaryIndexPage):
                    for term in GlossaryTerm.objects.order_by("slug"):
                        urls += _entry(
                            base, f"{path}{term.slug}/", term.updated_at, not term.has_chinese
                        )
    xml = render_to_string("content/sitemap.xml", {"urls": urls})
    return HttpResponse(xml, content_type="application/xml; charset=utf-8")
