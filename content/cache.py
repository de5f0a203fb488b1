"""Whole-page cache for anonymous readers, invalidated in every language at once.

Pages are cached under a key naming the language explicitly (never just the slug: Wagtail's
`{% wagtailpagecache %}` keys ignore the language, and slugs are shared across languages here),
plus a site-wide *generation* token. Publishing, unpublishing, moving or deleting a page, or
changing the glossary, replaces the generation, so every cached page in every language is stale
at once: a home page or topic listing that shows the changed page can't keep an old copy.
"""

import logging
import secrets

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse
from django.utils.cache import patch_cache_control, patch_vary_headers
from django.utils.translation import get_language

logger = logging.getLogger(__name__)

GENERATION_KEY = "content:page-cache-generation"
PAGE_TIMEOUT = 60 * 60  # seconds a page may stay in our cache between publications
BROWSER_MAX_AGE = 60  # seconds a browser or shared cache may reuse a page without asking
SESSION_COOKIES = (settings.SESSION_COOKIE_NAME, "messages")


def generation() -> str:
    # A random token, not a counter: a counter evicted from the cache would restart at 1 and
    # bring back pages cached under the old 1.
    value = cache.get(GENERATION_KEY)
    if value is None:
        cache.add(GENERATION_KEY, secrets.token_hex(8), timeout=None)
        value = cache.get(GENERATION_KEY)
    return value


def invalidate() -> None:
    """Make every cached page stale, in every language."""
    cache.set(GENERATION_KEY, secrets.token_hex(8), timeout=None)


def page_key(language: str, path: str) -> str:
    return f"content:page:{generation()}:{language}:{path}"


def is_anonymous_read(request: HttpRequest) -> bool:
    """A GET or HEAD with no session and no pending messages, so the response is the same for
    every such reader."""
    if request.method not in ("GET", "HEAD") or request.GET:
        return False
    return not any(name in request.COOKIES for name in SESSION_COOKIES)


def _is_cacheable(request: HttpRequest, response: HttpResponse) -> bool:
    match = getattr(request, "resolver_match", None)
    return (
        match is not None
        and match.url_name == "wagtail_serve"
        and response.status_code == 200
        and not response.streaming
        and response.get("Content-Type", "").startswith("text/html")
        and not response.cookies
        and not getattr(request, "is_preview", False)
    )


class AnonymousPageCacheMiddleware:
    """Serves published pages to anonymous readers from the cache; everyone else gets a fresh,
    private response."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if not is_anonymous_read(request):
            return self._private(request, self.get_response(request))
        language = get_language() or "en"
        try:
            key = page_key(language, request.path)
            cached = cache.get(key)
        except Exception:  # a cache outage must not take pages down with it
            logger.warning("page cache unavailable", exc_info=True)
            return self.get_response(request)
        if cached is not None:
            cached["X-Page-Cache"] = "hit"
            return cached
        response = self.get_response(request)
        if not _is_cacheable(request, response):
            return response
        patch_cache_control(response, public=True, max_age=BROWSER_MAX_AGE)
        patch_vary_headers(response, ["Cookie"])
        response["X-Page-Cache"] = "miss"
        try:
            cache.set(key, response, PAGE_TIMEOUT)
        except Exception:  # a cache outage must not take pages down with it
            logger.warning("page cache unavailable", exc_info=True)
        return response

    @staticmethod
    def _private(request, response):
        match = getattr(request, "resolver_match", None)
        if match is not None and match.url_name == "wagtail_serve":
            patch_cache_control(response, private=True, no_cache=True)
        return response


def page_urls(page, request=None) -> list[str]:
    """The page's URL in every language, for front-end cache purges."""
    from urllib.parse import urlsplit, urlunsplit

    from academy.i18n import path_in_language

    url = page.get_full_url(request)
    if not url:
        return []
    parts = urlsplit(url)
    return [
        urlunsplit(parts._replace(path=path_in_language(parts.path, code)))
        for code, _name in settings.LANGUAGES
    ]


def purge_front_end(page) -> None:
    """Ask a configured CDN or proxy to drop the page in every language (not only the one the
    editor happened to work in)."""
    if not getattr(settings, "WAGTAILFRONTENDCACHE", None):
        return
    from wagtail.contrib.frontend_cache.utils import purge_urls_from_cache

    purge_urls_from_cache(page_urls(page))
