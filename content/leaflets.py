"""Printable leaflets as PDF (WeasyPrint, with the Noto CJK fonts for Chinese text)."""

from functools import lru_cache

from django.utils.html import escape

FONT_STACKS = {
    "en": '"Noto Sans", "DejaVu Sans", sans-serif',
    "zh_hant": '"Noto Sans CJK TC", "Noto Sans CJK HK", "Noto Sans CJK SC", sans-serif',
    "zh_hans": '"Noto Sans CJK SC", "Noto Sans CJK TC", sans-serif',
}
LANG_ATTRIBUTES = {"en": "en", "zh_hant": "zh-Hant-HK", "zh_hans": "zh-Hans"}


@lru_cache(maxsize=16)  # the demo loader renders the same few leaflets on every load
def render_pdf(body_html: str, language: str, title: str = "") -> bytes:
    """A4 PDF of a leaflet body (trusted HTML written by the institute, not by readers)."""
    from weasyprint import HTML

    document = f"""<!DOCTYPE html>
<html lang="{LANG_ATTRIBUTES[language]}"><head><meta charset="utf-8"><title>{escape(title)}</title>
<style>
@page {{ size: A4; margin: 20mm 18mm; }}
body {{ font-family: {FONT_STACKS[language]}; font-size: 11pt; line-height: 1.5; color: #1a1a1a; }}
h1 {{ color: #0b4f6c; font-size: 20pt; }}
h2 {{ color: #0b4f6c; font-size: 14pt; margin-top: 1.2em; }}
</style></head><body>{body_html}</body></html>"""
    return HTML(string=document).write_pdf()
