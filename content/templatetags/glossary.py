"""{% glossary_linked value %}: a StreamField (or rich text) value rendered as
`{% include_block value %}` would, with glossary terms linked in the reader's language.

    {% load glossary %}
    <div class="article__body prose">{% glossary_linked page.body %}</div>

The first occurrence of each term becomes a link to its glossary entry with a definition popover
(see `content.glossary_linking`). The language is the active one, so inside
`{% content_language %}` an English-only page on a Chinese URL links English terms.

Rendering the blocks and linking the terms (a parse and re-serialisation of the whole body) cost
more than the rest of an article page, so the linked HTML is cached under a digest of the body's
stored content, the language, the site's content generation (`content.cache`: publishing,
moving or unpublishing any page changes it, and with it the address of any page a body links
to) and the glossary generation (`content.glossary_linking`). Previews and drafts are never
cached. Popover ids are prefixed with the same digest, so they do not depend on what else the
request rendered; the same body twice on one page gets its ids renamed the second time.
The page needs `css/glossary.css` and `js/glossary.js`.
"""

import hashlib
import json

from django import template
from django.http import HttpRequest
from django.utils.html import conditional_escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language

from content import cache as page_cache
from content import glossary_linking
from content.glossary_linking import get_matcher, link_terms

register = template.Library()


def _source(value) -> tuple[str, object]:
    """A text naming everything stored in `value`, and what to render it from."""
    if hasattr(value, "raw_data"):  # a StreamValue: its stored JSON, block ids included
        raw = json.dumps(list(value.raw_data), sort_keys=True, ensure_ascii=False, default=str)
        return f"stream:{raw}", value
    html = str(conditional_escape(value))
    return f"html:{html}", html


def _digest(source: str) -> str:
    # The body's identity in the cache key: long enough that two bodies never share one.
    return hashlib.blake2b(source.encode(), digest_size=16).hexdigest()


def _render(context: template.Context, value, language: str, id_prefix: str) -> str:
    if hasattr(value, "render_as_block"):
        # What {% include_block %} passes: the whole template context, flattened.
        html = str(value.render_as_block(context=context.flatten()))
    else:
        html = value
    # The input was safe markup, and link_terms re-serialises it with text and attributes
    # escaped, adding only its own escaped elements.
    return link_terms(html, language, get_matcher(language), id_prefix=id_prefix)


def _unique_on_page(html: str, id_prefix: str, request: HttpRequest | None) -> str:
    """The same body rendered twice into one page would repeat its popover ids: the second
    copy's are renamed. The prefix comes from a digest of the body, so it appears in no other
    text of it."""
    if request is None:
        return html
    used: dict[str, int] = request.__dict__.setdefault("_glossary_id_prefixes", {})
    seen = used.get(id_prefix, 0)
    used[id_prefix] = seen + 1
    if not seen:
        return html
    renamed = f"{id_prefix}x{seen}"
    return html.replace(f'="{id_prefix}-', f'="{renamed}-')


@register.simple_tag(takes_context=True)
def glossary_linked(context: template.Context, value) -> SafeString:
    if value is None:
        return mark_safe("")
    request = context.get("request")
    language = get_language() or "en"
    source, renderable = _source(value)
    digest = _digest(source)
    # Short in the markup; two bodies on one page sharing it are renamed like a repeated body.
    id_prefix = f"gt-{digest[:10]}"
    linked = page_cache.fragment(
        request,
        "glossary-body",
        f"{glossary_linking.generation()}:{digest}",
        lambda: _render(context, renderable, language, id_prefix),
    )
    return mark_safe(_unique_on_page(linked, id_prefix, request))  # noqa: S308
