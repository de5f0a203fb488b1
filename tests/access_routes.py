"""Every URL pattern the project serves, read from its URLconfs (the site's and the H5P player
origin's), with the group it belongs to and an address that resolves to it. The access matrix
(tests/test_access_matrix.py) is checked against this list, so a new URL cannot be forgotten."""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass

from django.urls import URLPattern, URLResolver, get_resolver
from django.urls.resolvers import LocalePrefixPattern, RegexPattern, RoutePattern
from django.utils import translation

from h5p.origin import PLAYER_URLCONF

PROJECT_PACKAGES = ("academy", "accounts", "content", "courses", "cpd", "h5p")
PLACEHOLDER_UUID = str(uuid.UUID(int=1))
# Values tried, in order, for a regular expression's group; the first that fits is used.
REGEX_CANDIDATES = ("1", "x", "x/", "live", "auth", PLACEHOLDER_UUID, "x.js")
CONVERTER_PLACEHOLDERS = {
    "int": "1",
    "id": "1",  # academy.converters.RowIdConverter: a row id of at most 64 bits
    "str": "x",
    "slug": "x",
    "path": "x",
    "uuid": PLACEHOLDER_UUID,
}


@dataclass(frozen=True)
class Route:
    key: str  # "namespace:name" (name alone outside a namespace; the route if unnamed)
    route: str  # the whole pattern, as its parts print (language prefix as "en/")
    module: str  # where the view is written
    player: bool  # served on the H5P player origin
    placeholder_path: str  # an address with placeholder arguments that resolves here

    @property
    def project_owned(self) -> bool:
        return self.module.split(".")[0] in PROJECT_PACKAGES


def view_module(callback) -> str:
    while True:
        view_class = getattr(callback, "view_class", None)
        if view_class is not None:
            return view_class.__module__
        inner = getattr(callback, "__wrapped__", None)
        if inner is None:
            break
        callback = inner
    if not hasattr(callback, "__module__") or callback.__module__ is None:
        return type(callback).__module__  # a callable instance (feeds)
    return callback.__module__


def all_routes() -> list[Route]:
    with translation.override("en"):
        return [*_walk(get_resolver().url_patterns, False), *_walk_player()]


def _walk_player():
    return _walk(get_resolver(PLAYER_URLCONF).url_patterns, True)


def _walk(patterns, player: bool, namespace: str = "", route: str = "", path: str = ""):
    for entry in patterns:
        part_route, part_path = str(entry.pattern), _fill(entry.pattern)
        if isinstance(entry, URLResolver):
            inner = ":".join(n for n in (namespace, entry.namespace) if n)
            yield from _walk(
                entry.url_patterns, player, inner, route + part_route, path + part_path
            )
        elif isinstance(entry, URLPattern):
            name = f"{namespace}:{entry.name}" if namespace and entry.name else entry.name
            whole = route + part_route
            yield Route(
                key=("player:" if player else "") + (name or whole),
                route=whole,
                module=view_module(entry.callback),
                player=player,
                placeholder_path="/" + path + part_path,
            )


def _fill(pattern) -> str:
    if isinstance(pattern, LocalePrefixPattern):
        return pattern.language_prefix
    if isinstance(pattern, RoutePattern):
        return re.sub(
            r"<(?:(?P<converter>[^>:]+):)?(?P<name>\w+)>",
            lambda match: CONVERTER_PLACEHOLDERS.get(match["converter"] or "str", "x"),
            str(pattern),
        )
    if isinstance(pattern, RegexPattern):
        return _fill_regex(pattern.regex.pattern)
    raise TypeError(f"unknown pattern type {type(pattern).__name__}")


def _fill_regex(source: str) -> str:
    """A string the expression matches, for the simple expressions URLconfs use: each top-level
    group is replaced by the first candidate it matches in full, escapes are unescaped."""
    text = source.removeprefix("^").removesuffix("$")
    out, depth, start, i = [], 0, 0, 0
    while i < len(text):
        char = text[i]
        if char == "\\":
            if depth == 0:
                out.append(text[i + 1])
            i += 2
            continue
        if char == "(":
            if depth == 0:
                start = i
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                out.append(_candidate(text[start : i + 1]))
        elif depth == 0:
            out.append(char)
        i += 1
    return "".join(out)


def _candidate(group: str) -> str:
    for value in REGEX_CANDIDATES:
        if re.fullmatch(group, value):
            return value
    raise ValueError(f"no placeholder fits {group!r}: add one to REGEX_CANDIDATES")
