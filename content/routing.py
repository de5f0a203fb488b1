"""Wagtail's page serving with its routing remembered.

Wagtail finds a page by looking up the site for the host (a query), then walking the tree from
the site's root one level at a time (two queries a level: the child by slug, then its specific
row): six queries for an article before any of its content. `serve` remembers where a path led,
the site and the page's id and type, under the content generation (`content.cache`), which every
publication, unpublication, move or deletion replaces, so a remembered route never outlives the
tree it was found in. A remembered route costs one query: the page itself, read fresh (and only
if still live), so what is served is never older than the database. Everything after routing
(view restrictions, `serve`, previews, hooks) is Wagtail's own view, unchanged.

A routable page (the glossary and its terms) is remembered with the part of the path it
resolves itself, which it resolves again from its own URL patterns (no query). Only routes whose
response was a 200 are remembered, so unknown addresses leave nothing behind.
"""

from django.contrib.contenttypes.models import ContentType
from django.http import Http404, HttpRequest, HttpResponse
from wagtail import views as wagtail_views
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Site
from wagtail.url_routing import RouteResult

from content import cache as page_cache


def _route_key(request: HttpRequest, path: str) -> str | None:
    # Routing is the same in every language (slugs are not translated): one entry for all.
    host = request._get_raw_host()  # as Wagtail's own site lookup reads it
    try:
        return page_cache.fragment_key("route", f"{host}:{request.get_port()}:{path}", "any")
    except Exception:  # a cache outage must not take pages down with it
        return None


def _components(path: str) -> list[str]:
    return [component for component in path.split("/") if component]


def _remembered(key: str, request: HttpRequest, path: str) -> tuple[Site, RouteResult] | None:
    entry = page_cache.lookup(key)
    if entry is None:
        return None
    site, content_type_id, page_id = entry
    model = ContentType.objects.get_for_id(content_type_id).model_class()
    if model is None:
        return None
    page = next(iter(model.objects.filter(pk=page_id, live=True).order_by()[:1]), None)
    root = site.root_page
    if page is None or not page.path.startswith(root.path):
        return None  # let Wagtail route it (and answer 404 if it must)
    if isinstance(page, RoutablePageMixin):
        try:
            return site, page.route(request, _components(path)[page.depth - root.depth :])
        except Http404:
            return None
    return site, RouteResult(page)


def _remember(key: str, request: HttpRequest, response: HttpResponse) -> None:
    site = getattr(request, "_wagtail_site", None)
    result = getattr(request, "_wagtail_route_for_request", None)
    if site is None or result is None or response.status_code != 200:
        return
    page, args, kwargs = result
    if (args or kwargs) and not isinstance(page, RoutablePageMixin):
        return
    page_cache.store(key, (site, page.content_type_id, page.pk))


def serve(request: HttpRequest, path: str) -> HttpResponse:
    """Wagtail's `serve` view, with the site and page found from a remembered route."""
    key = _route_key(request, path)
    found = _remembered(key, request, path) if key else None
    if found is not None:
        # What Wagtail's Site.find_for_request and Page.route_for_request read first.
        request._wagtail_site, request._wagtail_route_for_request = found
    response = wagtail_views.serve(request, path)
    if key and found is None:
        _remember(key, request, response)
    return response
