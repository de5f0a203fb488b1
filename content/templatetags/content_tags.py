"""Template tags shared by the public page templates."""

import os

from django import template
from django.conf import settings
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.formats import date_format, time_format
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

from academy import i18n
from content import cache as page_cache
from content.video import embed_url

register = template.Library()

OG_LOCALES = {"en": "en_GB", "zh-hant": "zh_HK", "zh-hans": "zh_CN"}


@register.simple_tag(takes_context=True)
def page_meta(context, page) -> str:
    """Description, canonical link, Open Graph and Twitter card tags, feed links: the same for
    every reader of the page at this address, so a shared fragment."""
    request = context["request"]
    canonical = request.build_absolute_uri(request.path)
    html = page_cache.fragment(
        request, "page-meta", f"{page.pk}:{canonical}", lambda: _page_meta(request, page)
    )
    return mark_safe(html)  # noqa: S308 - a template's output, cached as it was rendered


def _page_meta(request, page) -> str:
    language = translation.get_language() or "en"
    description = getattr(page, "search_description", "") or getattr(page, "summary", "") or ""
    return render_to_string(
        "content/includes/page_meta.html",
        {
            "description": str(description)[:300],
            "canonical": request.build_absolute_uri(request.path),
            "site_name": _("Genomics Academy"),
            "og_type": "article" if page.specific_class.__name__ == "ArticlePage" else "website",
            "title": page.seo_title or page.title,
            "og_locale": OG_LOCALES.get(language, "en_GB"),
            "og_alternate_locales": [v for k, v in OG_LOCALES.items() if k != language],
            "image": getattr(page, "image", None),
            "base_url": request.build_absolute_uri("/").rstrip("/"),
            "feeds": [
                {"title": _("Articles"), "url": f"/{language}/feeds/articles/"},
                {"title": _("News"), "url": f"/{language}/feeds/news/"},
            ],
        },
    )


class SharedFragmentNode(template.Node):
    def __init__(self, name, vary, nodelist):
        self.name, self.vary, self.nodelist = name, vary, nodelist

    def render(self, context):
        vary = ":".join(str(value.resolve(context)) for value in self.vary)
        return page_cache.fragment(
            context.get("request"),
            self.name.resolve(context),
            vary,
            lambda: str(self.nodelist.render(context)),
        )


@register.tag
def shared_fragment(parser, token):
    """{% shared_fragment "name" value… %}…{% endshared_fragment %}: the enclosed markup, cached
    per content generation and active language (`content.cache.fragment`) under the name and
    the values given. Everything the markup shows must follow from those, published content
    and the language: never put anything about the reader or the request inside."""
    bits = token.split_contents()
    if len(bits) < 2:
        raise template.TemplateSyntaxError("shared_fragment takes a name and values it varies on")
    nodelist = parser.parse(("endshared_fragment",))
    parser.delete_first_token()
    return SharedFragmentNode(
        parser.compile_filter(bits[1]), [parser.compile_filter(bit) for bit in bits[2:]], nodelist
    )


@register.inclusion_tag("content/includes/breadcrumbs.html")
def breadcrumbs(page):
    # Skip Wagtail's root node; the site's home page is the first crumb.
    ancestors = list(page.get_ancestors().filter(depth__gt=1).specific(defer=True))
    return {"crumbs": ancestors, "page": page}


class ContentLanguageNode(template.Node):
    def __init__(self, page_var, nodelist):
        self.page_var = page_var
        self.nodelist = nodelist

    def render(self, context):
        page = self.page_var.resolve(context)
        language = translation.get_language() or "en"
        shows_english = getattr(page, "shows_english_to", None)
        if not shows_english or not shows_english(language):
            return self.nodelist.render(context)
        notice = format_html(
            '<div class="container"><p class="notice notice--language" role="note">{}</p></div>',
            _(
                "This page is available in English only. "
                "It has not been translated into Chinese yet."
            ),
        )
        # The text below is English: say so to browsers and screen readers, and render it
        # with English labels so nothing is half translated.
        with translation.override("en"):
            inner = self.nodelist.render(context)
        return format_html('{}<div lang="en">{}</div>', notice, inner)


@register.tag
def content_language(parser, token):
    """{% content_language page %}…{% endcontent_language %}: English text on a Chinese URL is
    announced and marked lang="en", never shown silently."""
    bits = token.split_contents()
    if len(bits) != 2:
        raise template.TemplateSyntaxError("content_language takes one argument: the page")
    nodelist = parser.parse(("endcontent_language",))
    parser.delete_first_token()
    return ContentLanguageNode(parser.compile_filter(bits[1]), nodelist)


@register.simple_tag
def event_when(event) -> str:
    """'Saturday, 19 September 2026, 14:30–16:30 (Hong Kong time)', localised."""
    start = timezone.localtime(event.starts_at)
    end = timezone.localtime(event.ends_at)
    day = date_format(start, "DATE_FORMAT")
    if start.date() == end.date():
        when = f"{day}, {time_format(start, 'H:i')}–{time_format(end, 'H:i')}"
    else:
        when = (
            f"{day} {time_format(start, 'H:i')} – "
            f"{date_format(end, 'DATE_FORMAT')} {time_format(end, 'H:i')}"
        )
    return format_html(
        '<time datetime="{}">{}</time> {}',
        start.isoformat(),
        when,
        _("(Hong Kong time)"),
    )


@register.simple_tag
def video_embed_url(url: str) -> str:
    return embed_url(url) or ""


@register.simple_tag(takes_context=True)
def publication_files(context, page) -> list[dict]:
    language = translation.get_language() or "en"
    names = dict(settings.LANGUAGES)
    files = []
    for code, document in page.files(language):
        extension = os.path.splitext(document.file.name)[1].lstrip(".")
        try:
            size = document.get_file_size()
        except OSError:
            size = None
        files.append(
            {
                "url": document.url,
                "bcp47": i18n.BCP47.get(code, code),
                "language_name": names.get(code, code),
                "extension": extension,
                "content_type": document.content_type,
                "size": size,
            }
        )
    return files
