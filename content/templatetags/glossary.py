"""{% glossary_linked value %}: a StreamField (or rich text) value rendered as
`{% include_block value %}` would, with glossary terms linked in the reader's language.

    {% load glossary %}
    <div class="article__body prose">{% glossary_linked page.body %}</div>

The first occurrence of each term becomes a link to its glossary entry with a definition popover
(see `content.glossary_linking`). The language is the active one, so inside
`{% content_language %}` an English-only page on a Chinese URL links English terms. Popover ids
are numbered per request, so several bodies on one page never share an id. The glossary costs
no query while its cached matcher stands, and a fixed few after a change, whatever its size.
The page needs `css/glossary.css` and `js/glossary.js`.
"""

import itertools
from collections.abc import Iterator

from django import template
from django.http import HttpRequest
from django.utils.html import conditional_escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language

from content.glossary_linking import get_matcher, link_terms

register = template.Library()


def _popover_ids(request: HttpRequest | None) -> Iterator[int]:
    if request is None:
        return itertools.count(1)
    if not hasattr(request, "_glossary_popover_ids"):
        request._glossary_popover_ids = itertools.count(1)
    return request._glossary_popover_ids


@register.simple_tag(takes_context=True)
def glossary_linked(context: template.Context, value) -> SafeString:
    if value is None:
        return mark_safe("")
    if hasattr(value, "render_as_block"):
        # What {% include_block %} passes: the whole template context, flattened.
        html = str(value.render_as_block(context=context.flatten()))
    else:
        html = str(conditional_escape(value))
    language = get_language() or "en"
    linked = link_terms(
        html, language, get_matcher(language), ids=_popover_ids(context.get("request"))
    )
    # The input was safe markup, and link_terms re-serialises it with text and attributes
    # escaped, adding only its own escaped elements.
    return mark_safe(linked)  # noqa: S308
