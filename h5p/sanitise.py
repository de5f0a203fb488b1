"""Cleaning the markup in H5P content parameters against each field's semantics, as H5P's own
content validator does: a text field that lists allowed `tags` keeps only those tags (and the
few attributes they need); any other text field keeps no markup at all. Sub-content (fields of
type "library") is cleaned with its own library's semantics. The cleaning itself is nh3
(ammonia), not hand-written.

Content is played in an isolated origin anyway; this keeps a package's own text from carrying
scripts into the player, and keeps what staff see in reports plain.
"""

from __future__ import annotations

from collections.abc import Callable

import nh3
from django.utils.translation import gettext as _

Semantics = list[dict]
SemanticsFor = Callable[[str], Semantics | None]  # "H5P.MultiChoice 1.14" → its semantics

# Tags that H5P's validator adds when a field allows their container.
_IMPLIED = {
    "table": {"tr", "td", "th", "colgroup", "col", "thead", "tbody", "tfoot", "caption"},
    "ul": {"li"},
    "ol": {"li"},
    "b": {"strong"},
    "i": {"em"},
    "strike": {"s"},
    "del": {"s"},
}
_STYLES = {"color", "background-color", "font-size", "font-family", "text-align"}
_ATTRIBUTES = {
    "a": {"href", "target", "title"},
    "td": {"colspan", "rowspan", "style"},
    "th": {"colspan", "rowspan", "scope", "style"},
    "table": {"style"},
    "span": {"style"},
    "p": {"style"},
    "div": {"style"},
    "h1": {"style"},
    "h2": {"style"},
    "h3": {"style"},
    "h4": {"style"},
    "h5": {"style"},
    "h6": {"style"},
}


def sanitise(
    parameters: dict, semantics: Semantics, semantics_for: SemanticsFor
) -> tuple[dict, list[str]]:
    """The parameters with their markup cleaned, and problems found (sub-content using a
    library that is not available or not allowed by its field)."""
    problems: list[str] = []
    cleaned = _fields(parameters, semantics, semantics_for, problems)
    return cleaned, list(dict.fromkeys(problems))


def _fields(values: dict, fields: Semantics, semantics_for, problems) -> dict:
    if not isinstance(values, dict):
        return values
    cleaned = dict(values)
    for field in fields:
        name = field.get("name") if isinstance(field, dict) else None
        if name in values:
            cleaned[name] = _value(values[name], field, semantics_for, problems)
    return cleaned


def _value(value, field: dict, semantics_for, problems):
    kind = field.get("type")
    if kind == "text":
        return _text(value, field) if isinstance(value, str) else value
    if kind == "group":
        fields = field.get("fields") or []
        # A group of one field is stored as that field's value, not wrapped in an object.
        if len(fields) == 1 and not (isinstance(value, dict) and fields[0].get("name") in value):
            return _value(value, fields[0], semantics_for, problems)
        return _fields(value, fields, semantics_for, problems)
    if kind == "list":
        item = field.get("field") or {}
        if isinstance(value, list):
            return [_value(entry, item, semantics_for, problems) for entry in value]
        return value
    if kind == "library":
        return _sub_content(value, field, semantics_for, problems)
    return value  # numbers, booleans, selects and media carry no markup


def _sub_content(value, field: dict, semantics_for, problems):
    if not isinstance(value, dict) or not isinstance(value.get("library"), str):
        return value
    library = value["library"]
    options = field.get("options")
    if options and library not in options:
        problems.append(
            _("Content uses %(library)s where the field %(field)s allows only: %(options)s.")
            % {"library": library, "field": field.get("name", "?"), "options": ", ".join(options)}
        )
        return value
    semantics = semantics_for(library)
    if semantics is None:
        problems.append(
            _("Content uses %(library)s, which is neither in the package nor on this site.")
            % {"library": library}
        )
        return value
    cleaned = dict(value)
    cleaned["params"] = _fields(value.get("params") or {}, semantics, semantics_for, problems)
    return cleaned


def _text(text: str, field: dict) -> str:
    tags = {t for t in field.get("tags") or [] if isinstance(t, str)}
    if not tags:
        return nh3.clean(text, tags=set())
    for tag in list(tags):
        tags |= _IMPLIED.get(tag, set())
    # The editor wraps paragraphs in its "enter mode" element and breaks lines with <br>.
    tags |= {"br", "p" if field.get("enterMode") == "p" else "div"}
    return nh3.clean(
        text,
        tags=tags,
        attributes={tag: attributes for tag, attributes in _ATTRIBUTES.items() if tag in tags},
        url_schemes={"http", "https", "mailto"},
        filter_style_properties=_STYLES,
        link_rel="noopener noreferrer",
    )
