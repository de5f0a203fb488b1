"""The three site languages: which one a reader gets, and the same page in the others.

Every public URL starts with a language prefix (`/en/`, `/zh-hant/`, `/zh-hans/`). The prefix
alone decides the language of a page; cookies and Accept-Language only choose where `/` goes.
"""

import re
from dataclasses import dataclass

from django.conf import settings
from django.http import HttpRequest
from django.middleware.locale import LocaleMiddleware
from django.utils import translation
from django.utils.translation.trans_real import parse_accept_lang_header

ENGLISH, TRADITIONAL, SIMPLIFIED = "en", "zh-hant", "zh-hans"

# BCP 47 tags for <html lang> and hreflang: the Traditional site is written for Hong Kong.
BCP47 = {ENGLISH: "en", TRADITIONAL: "zh-Hant-HK", SIMPLIFIED: "zh-Hans"}

_SIMPLIFIED_SUBTAGS = {"hans", "cn", "sg", "my"}
_TRADITIONAL_SUBTAGS = {"hant", "hk", "tw", "mo"}
_PREFIX = re.compile(r"^/(en|zh-hant|zh-hans)(/|$)")


@dataclass(frozen=True)
class Alternate:
    code: str
    bcp47: str
    name: str
    url: str
    current: bool


def site_language_for_tag(tag: str) -> str | None:
    """Map one Accept-Language tag to a site language, or None if we do not publish in it.

    The script subtag (Hant/Hans) wins over the region; a bare `zh` gets Traditional, the
    institute's own written Chinese in Hong Kong.
    """
    parts = tag.strip().lower().replace("_", "-").split("-")
    if parts[0] == "en":
        return ENGLISH
    if parts[0] != "zh":
        return None
    subtags = parts[1:]
    for subtag in subtags:
        if subtag in ("hans", "hant"):
            return SIMPLIFIED if subtag == "hans" else TRADITIONAL
    for subtag in subtags:
        if subtag in _SIMPLIFIED_SUBTAGS:
            return SIMPLIFIED
        if subtag in _TRADITIONAL_SUBTAGS:
            return TRADITIONAL
    return TRADITIONAL


def language_from_accept_header(header: str) -> str | None:
    try:
        ranked = parse_accept_lang_header(header[:1000])
    except (ValueError, TypeError):
        return None
    for tag, _quality in ranked:
        language = site_language_for_tag(tag)
        if language:
            return language
    return None


def preferred_language(request: HttpRequest) -> str:
    """The reader's language for a URL without a prefix: their explicit choice (cookie, then
    profile), then the browser's Accept-Language, then English."""
    codes = {code for code, _name in settings.LANGUAGES}
    cookie = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME)
    if cookie in codes:
        return cookie
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated and user.preferred_language in codes:
        return user.preferred_language
    return language_from_accept_header(request.headers.get("Accept-Language", "")) or ENGLISH


def language_from_path(path: str) -> str | None:
    match = _PREFIX.match(path)
    return match.group(1) if match else None


def path_in_language(path: str, language: str) -> str | None:
    """The same path under another language prefix, or None if the path has no prefix."""
    current = language_from_path(path)
    if current is None:
        return None
    return f"/{language}{path[len(current) + 1 :]}"


def alternates(request: HttpRequest) -> list[Alternate]:
    """This page in every site language (absolute URLs, query string kept)."""
    path = request.path
    current = language_from_path(path)
    if current is None:
        return []
    query = request.META.get("QUERY_STRING", "")
    result = []
    for code, name in settings.LANGUAGES:
        url = path_in_language(path, code)
        if query:
            url = f"{url}?{query}"
        result.append(
            Alternate(code, BCP47[code], name, request.build_absolute_uri(url), code == current)
        )
    return result


class LanguageMiddleware(LocaleMiddleware):
    """Django's LocaleMiddleware with our negotiation for URLs without a prefix (e.g. the
    Wagtail admin falls back to it before the user's own admin language applies)."""

    def process_request(self, request: HttpRequest) -> None:
        language = language_from_path(request.path_info) or preferred_language(request)
        translation.activate(language)
        request.LANGUAGE_CODE = translation.get_language()
