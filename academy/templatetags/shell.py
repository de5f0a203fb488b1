from dataclasses import dataclass

from django import template
from django.http import HttpRequest
from wagtail.models import Page, Site

from content import cache as page_cache

register = template.Library()


@dataclass(frozen=True)
class MenuEntry:
    url: str
    title: str


def _menu_pages(request: HttpRequest) -> list[Page]:
    """The site's home page and its live children marked "show in menus", in tree order."""
    site = Site.find_for_request(request)
    if site is None:
        return []
    root = site.root_page.specific_deferred
    children = root.get_children().live().in_menu().specific(defer=True)
    return [root, *children]


@register.simple_tag(takes_context=True)
def menu_entries(context) -> list[MenuEntry]:
    """The menu's pages as the header shows them (address and title in the active language), read
    once per content generation, language and host rather than on every request: the menu
    changes only when pages are published, unpublished or moved."""
    request: HttpRequest | None = context.get("request")
    if request is None:
        return []

    def read() -> list[MenuEntry]:
        return [
            MenuEntry(page.get_url(request=request) or "", page.title)
            for page in _menu_pages(request)
        ]

    # The host and port pick the Wagtail site, and a page of another site is linked in full.
    return page_cache.fragment(request, "menu", f"{request.get_host()}:{request.get_port()}", read)


@register.filter
def is_current(page: Page | MenuEntry, request: HttpRequest) -> bool:
    url = page.url if isinstance(page, MenuEntry) else page.get_url(request=request)
    return bool(url) and request.path == url
