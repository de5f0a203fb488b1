"""Search-result snippets with the reader's query terms marked.

The index holds normalised tokens (stems, Simplified bigrams); the reader sees text in their own
script. So terms are looked for in the displayed text itself: Chinese in the reader's script
(the query converted to Hong Kong Traditional for /zh-hant/, to Simplified for /zh-hans/), English
words whose stem equals a query stem. Text is escaped piece by piece; only our <mark> is markup.
"""

import re
from functools import lru_cache

import opencc
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from content.search import text as search_text

SNIPPET_LENGTH = 220
# How much text to keep before the first match, so the reader sees it in context.
LEAD_IN = 60


@lru_cache(maxsize=1)
def _to_traditional() -> opencc.OpenCC:
    return opencc.OpenCC("s2hk.json")


def _chinese_patterns(query: search_text.Query, language: str, text: str) -> list[str]:
    """The query's Chinese runs as they would be written on the reader's page, longest first.

    A run that does not occur whole was matched by its bigrams (the index has no word
    boundaries), so those are marked instead; a run that does occur is marked only whole, so
    `基因組` does not light up every `基因` on the page.
    """
    patterns: set[str] = set()
    for run in query.chinese:  # already Simplified
        written = set()
        if language in ("zh-hant", "en"):
            written.add(_to_traditional().convert(run))
        if language in ("zh-hans", "en"):
            written.add(run)
        for form in written:
            if form in text or len(form) < 3:
                patterns.add(form)
            else:
                patterns.update(form[i : i + 2] for i in range(len(form) - 1))
    return sorted(patterns, key=lambda pattern: (-len(pattern), pattern))


def _spans(text: str, query: search_text.Query, language: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    patterns = _chinese_patterns(query, language, text)
    if patterns:
        pattern = re.compile("|".join(re.escape(p) for p in patterns))
        spans += [match.span() for match in pattern.finditer(text)]
    if query.stems:
        spans += [
            (start, end) for start, end, stem in search_text.words(text) if stem in query.stems
        ]
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def highlight(text: str, query: search_text.Query, language: str) -> SafeString:
    """`text` HTML-escaped, with each match of the query wrapped in <mark>."""
    pieces, position = [], 0
    for start, end in _spans(text, query, language):
        pieces += [escape(text[position:start]), "<mark>", escape(text[start:end]), "</mark>"]
        position = end
    pieces.append(escape(text[position:]))
    return mark_safe("".join(pieces))  # noqa: S308  (every piece of text is escaped above)


def _window(text: str, first_match: int, length: int) -> tuple[str, bool, bool]:
    """About `length` characters of `text` around its first match, cut at word boundaries."""
    start = max(0, first_match - LEAD_IN)
    if start:
        # Start at a word boundary (Chinese has none to find, and needs none).
        space = text.rfind(" ", 0, start + 1)
        start = space + 1 if space >= 0 and start - space < 20 else start
    end = min(len(text), start + length)
    if end < len(text):
        space = text.rfind(" ", start, end)
        end = space if space > start + length // 2 else end
    return text[start:end], start > 0, end < len(text)


def snippet(texts: list[str], query: search_text.Query, language: str) -> SafeString:
    """A short highlighted excerpt: from the first of `texts` that contains a match, else the
    beginning of the first non-empty one."""
    texts = [text for text in texts if text and text.strip()]
    if not texts:
        return mark_safe("")
    for text in texts:
        spans = _spans(text, query, language)
        if spans:
            excerpt, cut_before, cut_after = _window(text, spans[0][0], SNIPPET_LENGTH)
            break
    else:
        excerpt, cut_before, cut_after = _window(texts[0], 0, SNIPPET_LENGTH)
    marked = highlight(excerpt.strip(), query, language)
    return mark_safe(("… " if cut_before else "") + marked + (" …" if cut_after else ""))  # noqa: S308
