"""The H5P player's own origin (settings.H5P_ORIGIN).

Uploaded H5P libraries are arbitrary JavaScript. Everything they run in is served from another
origin than the site's: there they cannot read the learner's cookies, the site's pages or its
storage, and a request they make to the site carries no session. This middleware answers every
request addressed to that origin from `h5p.player_urls` alone and returns before the session,
authentication, CSRF, page-cache and language middleware run: nothing of the site is reachable
there, and nothing the player origin serves is reachable from the site's own host names.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from django.conf import settings
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseNotFound
from django.template.response import SimpleTemplateResponse
from django.urls import Resolver404, resolve
from django.utils.translation import gettext as _

PLAYER_URLCONF = "h5p.player_urls"

# Every response from the player origin: never sniffed into another type, never framed except
# where a view says otherwise (the player page, by the origin that launched it).
BASE_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cross-Origin-Resource-Policy": "same-origin",
}
NOT_FRAMEABLE = "frame-ancestors 'none'"


def player_origin() -> str:
    return settings.H5P_ORIGIN


def player_host() -> str:
    """host[:port] of the player origin, as browsers send it in the Host header."""
    return urlsplit(settings.H5P_ORIGIN).netloc.lower()


def player_url(path: str) -> str:
    return f"{settings.H5P_ORIGIN}{path}"


def is_player_request(request: HttpRequest) -> bool:
    host = request.META.get("HTTP_HOST", "").lower()
    return bool(host) and host == player_host()


class PlayerOriginMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if not is_player_request(request):
            return self.get_response(request)
        request.urlconf = PLAYER_URLCONF
        try:
            match = resolve(request.path_info, urlconf=PLAYER_URLCONF)
            response = match.func(request, *match.args, **match.kwargs)
            if isinstance(response, SimpleTemplateResponse):
                response = response.render()  # the handler that would render it is skipped
        except (Resolver404, Http404):
            response = HttpResponseNotFound(
                _("Not found. This address serves only the H5P player."),
                content_type="text/plain; charset=utf-8",
            )
        for header, value in BASE_HEADERS.items():
            response.headers.setdefault(header, value)
        response.headers.setdefault("Content-Security-Policy", NOT_FRAMEABLE)
        return response
