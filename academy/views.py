from django.http import HttpRequest, HttpResponse, HttpResponseRedirect, JsonResponse
from django.shortcuts import render
from django.template import loader
from django.utils.cache import add_never_cache_headers, patch_vary_headers
from django.views.decorators.http import require_GET

from academy import health, i18n


@require_GET
def root(request: HttpRequest) -> HttpResponse:
    """`/` sends the reader to their language's home page."""
    language = i18n.preferred_language(request)
    query = request.META.get("QUERY_STRING", "")
    response = HttpResponseRedirect(f"/{language}/" + (f"?{query}" if query else ""))
    patch_vary_headers(response, ("Accept-Language", "Cookie"))
    return response


@require_GET
def healthz(request: HttpRequest) -> JsonResponse:
    checks = {
        "database": health.check_database(),
        "cache": health.check_cache(),
        "broker": health.check_broker(),
    }
    down = sorted(name for name, problem in checks.items() if problem)
    payload = {
        "status": "ok" if not down else "unavailable",
        "down": down,
        "checks": {
            name: {"ok": problem is None, **({"error": problem} if problem else {})}
            for name, problem in checks.items()
        },
        "tasks": health.broker_mode(),
    }
    response = JsonResponse(payload, status=200 if not down else 503)
    add_never_cache_headers(response)
    return response


def page_not_found(request: HttpRequest, exception: Exception) -> HttpResponse:
    return render(request, "404.html", status=404)


def server_error(request: HttpRequest) -> HttpResponse:
    # No context processors or database: whatever broke may break again. The language was
    # already activated from the URL by the middleware.
    import sys

    from django.db import InterfaceError, OperationalError
    from django.utils import translation

    language = translation.get_language() or i18n.ENGLISH
    template = loader.get_template("500.html")
    body = template.render({"html_lang": i18n.BCP47.get(language, "en")})
    # Django calls this inside its handler for the error. A database that cannot be reached
    # (restarting, failing over) is an outage, not a bug: 503, and try again shortly.
    if isinstance(sys.exc_info()[1], OperationalError | InterfaceError):
        response = HttpResponse(body, status=503)
        response["Retry-After"] = "30"
        return response
    return HttpResponse(body, status=500)


@require_GET
def robots_txt(request: HttpRequest) -> HttpResponse:
    sitemap_url = request.build_absolute_uri("/sitemap.xml")
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /django-admin/",
        f"Sitemap: {sitemap_url}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


def sign_in_instead(request: HttpRequest, fallback: str = "/admin/") -> HttpResponse:
    """The Wagtail and Django admins' own sign-in pages, and Wagtail's for private pages, would
    skip two-factor authentication and the site's lockout page: they send people to the site's
    sign-in, in their language."""
    from django.urls import reverse
    from django.utils import translation
    from django.utils.http import url_has_allowed_host_and_scheme, urlencode

    target = request.GET.get("next", "")
    if not url_has_allowed_host_and_scheme(target, {request.get_host()}, request.is_secure()):
        target = fallback
    language = translation.get_language_from_path(request.path_info)
    with translation.override(language or i18n.preferred_language(request)):
        login = reverse("account_login")
    return HttpResponseRedirect(f"{login}?{urlencode({'next': target})}")
