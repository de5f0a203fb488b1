"""Whole-page cache for anonymous readers, invalidated in every language at once, and shared
fragments for everyone else.

Pages are cached under a key naming the language explicitly (never just the slug: Wagtail's
`{% wagtailpagecache %}` keys ignore the language, and slugs are shared across languages here),
plus a site-wide *generation* token. Publishing, unpublishing, moving or deleting a page, or
changing the glossary, replaces the generation, so every cached page in every language is stale
at once: a home page or topic listing that shows the changed page can't keep an old copy.

Fragments (`fragment`, `{% shared_fragment %}`): parts of a page that are the same for every
reader (menus, breadcrumbs, related articles, the glossary-linked body) are cached under the same
generation, so a request the page cache does not serve (a signed-in reader, a query string, the
first after a publication) still renders them once per generation and language, not once per
request. Previews are never cached.
"""

import hashlib
import logging
import pickle
import secrets
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import TypeVar

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse
from django.utils.cache import patch_cache_control, patch_vary_headers
from django.utils.translation import get_language

logger = logging.getLogger(__name__)
T = TypeVar("T")

GENERATION_KEY = "content:page-cache-generation"
PAGE_TIMEOUT = 60 * 60  # seconds a page may stay in our cache between publications
BROWSER_MAX_AGE = 60  # seconds a browser or shared cache may reuse a page without asking
SESSION_COOKIES = (settings.SESSION_COOKIE_NAME, "messages")


# Within a request the generation is read from Redis once (`request_scope`): every fragment of
# one page then comes from the same generation, and a page with eight fragments does not pay
# eight round trips for the same token.
_request_memo: ContextVar[dict | None] = ContextVar("content_generation_memo", default=None)


@contextmanager
def request_scope() -> Iterator[None]:
    token = _request_memo.set({})
    try:
        yield
    finally:
        _request_memo.reset(token)


# Other tokens a page usually needs too (the glossary generation), read in the same round trip
# as this one and kept in the request's memo under their own keys.
_read_along: set[str] = set()


def read_along(key: str) -> None:
    _read_along.add(key)


def request_memo() -> dict | None:
    """What the current request has read already (None outside a request's scope)."""
    return _request_memo.get()


def generation() -> str | None:
    """The current generation; None only while the cache is unreachable."""
    memo = _request_memo.get()
    if memo and memo.get(GENERATION_KEY):
        return memo[GENERATION_KEY]
    if memo is not None:
        found = cache.get_many([GENERATION_KEY, *_read_along])
        for key in _read_along:
            if found.get(key) is not None:
                memo[key] = found[key]
        value = found.get(GENERATION_KEY)
    else:
        value = cache.get(GENERATION_KEY)
    if value is None:
        # A random token, not a counter: a counter evicted from the cache would restart at 1
        # and bring back pages cached under the old 1.
        cache.add(GENERATION_KEY, secrets.token_hex(8), timeout=None)
        value = cache.get(GENERATION_KEY)
    if memo is not None and value is not None:
        memo[GENERATION_KEY] = value
    return value


def invalidate() -> None:
    """Make every cached page stale, in every language."""
    value = secrets.token_hex(8)
    cache.set(GENERATION_KEY, value, timeout=None)
    memo = _request_memo.get()
    if memo is not None:
        memo[GENERATION_KEY] = value


# Each process also keeps the fragments it used last. Their keys name the generation, which is
# read from Redis on every request, so a local copy is exactly as current as Redis's; the local
# timeout is shorter than Redis's so that what no generation tracks (an image file replaced in
# place) is not kept longer than the page cache would keep it.
LOCAL_ENTRIES = 512
LOCAL_TIMEOUT = 5 * 60  # seconds
LOCAL_MAX_CHARS = 256 * 1024  # larger markup is left to Redis alone
LOCAL_MAX_TOTAL = 16 * 1024 * 1024  # characters or bytes kept in all, per process
_local: OrderedDict[str, tuple[float, object]] = OrderedDict()
_local_size = 0
_local_lock = threading.Lock()


def _local_get(key: str) -> object | None:
    with _local_lock:
        entry = _local.get(key)
        if entry is None:
            return None
        expires, stored = entry
        if expires < time.monotonic():
            _local_drop(key)
            return None
        _local.move_to_end(key)
    # Anything but text is kept pickled: each request gets its own copy to change.
    return pickle.loads(stored) if isinstance(stored, bytes) else stored  # noqa: S301


def _local_set(key: str, value: object) -> None:
    global _local_size
    if isinstance(value, str):
        if len(value) > LOCAL_MAX_CHARS:
            return
        stored = value
    else:
        stored = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
    with _local_lock:
        _local_drop(key)
        _local[key] = (time.monotonic() + LOCAL_TIMEOUT, stored)
        _local_size += len(stored)
        while _local and (len(_local) > LOCAL_ENTRIES or _local_size > LOCAL_MAX_TOTAL):
            _local_drop(next(iter(_local)))


def _local_drop(key: str) -> None:
    """Forget one local entry (the caller holds the lock)."""
    global _local_size
    entry = _local.pop(key, None)
    if entry is not None:
        _local_size -= len(entry[1])


def fragment_key(name: str, vary: str, language: str | None = None) -> str | None:
    """The key of a shared fragment, or None while the cache is unreachable (no generation)."""
    current = generation()
    if current is None:
        return None
    language = language or get_language() or "en"
    digest = hashlib.blake2b(vary.encode(), digest_size=12).hexdigest()
    return f"content:fragment:{current}:{language}:{name}:{digest}"


def is_preview(request: HttpRequest | None) -> bool:
    return request is not None and bool(getattr(request, "is_preview", False))


def fragment(
    request: HttpRequest | None,
    name: str,
    vary: str,
    render: Callable[[], T],
    language: str | None = None,
) -> T:
    """`render()` (markup, or any picklable value but None), cached under the content
    generation, the language (the active one unless given), `name` and `vary` (what else the
    output depends on: a page's id, a URL). The generation is read before `render()` runs, so
    a value read from the database just before a publication is filed under the generation the
    publication retires. Never cached in a preview, whose page is a draft; a cache outage
    renders every time."""
    if is_preview(request):
        return render()
    try:
        key = fragment_key(name, vary, language)
    except Exception:  # a cache outage must not take pages down with it
        logger.warning("fragment cache unavailable", exc_info=True)
        key = None
    if key is None:
        return render()
    cached = lookup(key)
    if cached is not None:
        return cached
    value = render()
    store(key, value)
    return value


def lookup(key: str) -> object | None:
    """A fragment-cache entry from this process or Redis; None if neither has it."""
    cached = _local_get(key)
    if cached is not None:
        return cached
    try:
        cached = cache.get(key)
    except Exception:  # a cache outage must not take pages down with it
        logger.warning("fragment cache unavailable", exc_info=True)
        return None
    if cached is not None:
        _local_set(key, cached)
    return cached


def store(key: str, value: object) -> None:
    try:
        cache.set(key, value, PAGE_TIMEOUT)
    except Exception:
        logger.warning("fragment cache unavailable", exc_info=True)
    _local_set(key, value)


def any_view_restrictions() -> bool:
    """Whether any page has a view restriction (privacy setting). Changing one replaces the
    generation (`content.signals`)."""
    from wagtail.models import PageViewRestriction

    return fragment(
        None, "view-restrictions", "", PageViewRestriction.objects.exists, language="any"
    )


def page_key(language: str, path: str) -> str:
    return f"content:page:{generation()}:{language}:{path}"


# The site search's own generation (`content.search.services`), which every change to a search
# document replaces: a cached search page names it, so an edit shows in the results at once.
SEARCH_GENERATION_KEY = "content_search:generation"
SEARCH_PARAMETERS = {"q", "page"}
SEARCH_TIMEOUT = 15 * 60  # seconds: searches are many and each is asked for less than a page
read_along(SEARCH_GENERATION_KEY)


def _search_path() -> str:
    from django.urls import reverse

    return reverse("content_search:search")  # in the active language


def search_variant(request: HttpRequest) -> str | None:
    """What an anonymous search page depends on besides its language and the content
    generation: the query, the page number and the search generation. None for any other
    request with a query string (another address, other parameters, a parameter twice), and
    while the search generation is unknown."""
    if request.path != _search_path():
        return None
    if not set(request.GET) <= SEARCH_PARAMETERS:
        return None
    if any(len(request.GET.getlist(name)) > 1 for name in request.GET):
        return None
    generation()  # reads the search generation along with the content one
    memo = _request_memo.get() or {}
    search_generation = memo.get(SEARCH_GENERATION_KEY)
    if search_generation is None:
        return None
    asked = f"q={request.GET.get('q', '')}&page={request.GET.get('page', '')}"
    return f"{search_generation}:{hashlib.sha256(asked.encode()).hexdigest()}"


def is_anonymous_visit(request: HttpRequest) -> bool:
    """A GET or HEAD with no session and no pending messages: the page is the same for every
    such reader (a query string aside)."""
    if request.method not in ("GET", "HEAD"):
        return False
    return not any(name in request.COOKIES for name in SESSION_COOKIES)


def _is_cacheable(request: HttpRequest, response: HttpResponse) -> bool:
    match = getattr(request, "resolver_match", None)
    return (
        match is not None
        and match.view_name in ("wagtail_serve", "content_search:search")
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
        with request_scope():
            return self._serve(request)

    def _serve(self, request: HttpRequest) -> HttpResponse:
        if not is_anonymous_visit(request):
            return self._private(request, self.get_response(request))
        language = get_language() or "en"
        try:
            if request.GET:  # only a search is cached with its query string
                variant = search_variant(request)
                if variant is None:
                    return self._private(request, self.get_response(request))
                key = page_key(language, f"{request.path}?{variant}")
            else:
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
            cache.set(key, response, SEARCH_TIMEOUT if request.GET else PAGE_TIMEOUT)
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
