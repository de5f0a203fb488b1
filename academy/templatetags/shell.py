from django import template
from django.http import HttpRequest
from wagtail.models import Page, Site

register = template.Library()


@register.simple_tag(takes_context=True)
def menu_pages(context) -> list[Page]:
    """The site's home page and its live children marked "show in menus", in tree order."""
    request: HttpRequest | None = context.get("request")
    site = Site.find_for_request(request) if request else None
    if site is None:
        return []
    root = site.root_page.specific_deferred
    children = root.get_children().live().in_menu().specific(defer=True)
    return [root, *children]


@register.filter
def is_current(page: Page, request: HttpRequest) -> bool:
    url = page.get_url(request=request)
    return bool(url) and request.path == url
