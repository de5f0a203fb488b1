"""Plain text out of page fields (HTML, rich text, StreamField), for search, reading time,
snippets and feeds."""

import html
import math
import re

_TAG = re.compile(r"<[^>]+>")
_SPACE = re.compile(r"\s+")
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff\U00020000-\U0003134f]")
_WORD = re.compile(r"[A-Za-z0-9]+(?:['’-][A-Za-z0-9]+)*")

# Typical silent-reading speeds for general readers: words a minute in English, characters a
# minute in Chinese (Chinese reading-speed studies put adults at roughly 250-400 a minute).
ENGLISH_WORDS_PER_MINUTE = 200
CHINESE_CHARACTERS_PER_MINUTE = 300


def strip_html(markup: str) -> str:
    # Block-level tag boundaries become spaces so words from adjacent paragraphs don't merge.
    text = _TAG.sub(" ", markup)
    return _SPACE.sub(" ", html.unescape(text)).strip()


def _strings(value):
    if value is None:
        return
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            if key not in ("id", "type", "image", "level", "tone", "url", "doi"):
                yield from _strings(item)
    elif isinstance(value, (list, tuple)):
        for item in value:
            yield from _strings(item)


def plain_text(value) -> str:
    """Readable text of a str, RichText or StreamValue; image ids, URLs and settings left out."""
    if value is None:
        return ""
    raw = getattr(value, "raw_data", None)
    if raw is not None:  # StreamValue
        return strip_html(" ".join(_strings(list(raw))))
    source = getattr(value, "source", None)  # RichText
    return strip_html(source if source is not None else str(value))


def reading_minutes(text: str, language: str) -> int:
    if not text:
        return 0
    if language == "en":
        return max(1, math.ceil(len(_WORD.findall(text)) / ENGLISH_WORDS_PER_MINUTE))
    characters = len(_CJK.findall(text)) + len(_WORD.findall(text))
    return max(1, math.ceil(characters / CHINESE_CHARACTERS_PER_MINUTE))
