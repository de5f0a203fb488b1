"""What the glossary page shows: the index of terms and one term's entry (the two routes of
`GlossaryIndexPage`).

The index lists every term A–Z in English and by Hanyu Pinyin in Chinese (Pinyin from
`pypinyin`, looked up on the Simplified form, whose phrase dictionary reads heteronyms such as
重组 right). Stroke-count order is not offered: no maintained package on PyPI ships stroke
counts for use without a network download. A term without Chinese is still listed to Chinese
readers, under its English initial and marked as English, and its entry is shown in English
with a notice, like an English-only page.

Search (`?q=`) filters the index on the server, so it works without JavaScript: a term matches
when the query occurs in its name in either language, its synonyms or its definitions in the
reader's language. Chinese queries match in either script, since the query is also compared in
its Simplified form against the stored Simplified text.
"""

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from django.http import Http404, HttpRequest
from django.utils import translation
from django.utils.functional import SimpleLazyObject
from pypinyin import Style, lazy_pinyin

from academy.chinese import to_simplified
from academy.i18n import BCP47, ENGLISH, TRADITIONAL
from content.models import GlossaryIndexPage, GlossaryTerm
from content.text import plain_text

MAX_QUERY_LENGTH = 100
OTHER = "#"  # the group of terms that start with neither a letter nor a Han character
LETTERS = [chr(code) for code in range(ord("A"), ord("Z") + 1)]
_SPACE = re.compile(r"\s+")
# OpenCC stops at a NUL and cannot encode a lone surrogate; neither belongs in a query.
_UNSAFE = re.compile("[\x00-\x1f\x7f\ud800-\udfff]")


@dataclass(frozen=True)
class Entry:
    """One term as a reader of `language` sees it in a list."""

    slug: str
    url: str
    name: str
    # BCP 47 tag for `name` when it is not in the page's language (an English-only term).
    name_lang: str | None
    other_name: str
    other_lang: str
    definition: str
    english_only: bool


@dataclass
class Group:
    label: str
    anchor: str
    entries: list[Entry] = field(default_factory=list)


def _code(language: str) -> str:
    return language.replace("-", "_")


def _text(term: GlossaryTerm, name: str, language: str) -> str:
    value = getattr(term, f"{name}_{_code(language)}", None) or ""
    if not value and language == "zh-hans":
        value = to_simplified(getattr(term, f"{name}_zh_hant", None) or "")
    return value.strip()


def _shown_language(term: GlossaryTerm, language: str) -> str:
    """The language a term is read in: the reader's, or English for a term without Chinese."""
    return ENGLISH if language != ENGLISH and not term.has_chinese else language


def _other(term: GlossaryTerm, language: str) -> tuple[str, str]:
    """The term in the other language beside it, and that language's BCP 47 tag."""
    if language == ENGLISH:
        return (
            (_text(term, "term", TRADITIONAL), BCP47[TRADITIONAL]) if term.has_chinese else ("", "")
        )
    if not term.has_chinese:
        return "", ""
    return term.term_en or "", BCP47[ENGLISH]


def _entry(term: GlossaryTerm, language: str, base_url: str) -> Entry:
    shown = _shown_language(term, language)
    other_name, other_lang = _other(term, language)
    return Entry(
        slug=term.slug,
        url=f"{base_url}{term.slug}/",
        name=_text(term, "term", shown) or term.slug,
        name_lang=BCP47[shown] if shown != language else None,
        other_name=other_name,
        other_lang=other_lang,
        definition=_text(term, "short_definition", shown),
        english_only=shown != language,
    )


# -- order ----------------------------------------------------------------------------------------
def _latin_initial(text: str) -> str:
    for character in unicodedata.normalize("NFKD", text):
        if character.isalnum():
            base = character.upper()
            return base if base in LETTERS else OTHER
    return OTHER


@lru_cache(maxsize=4096)
def pinyin_key(text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Syllables without and with tone numbers; runs that are not Han stay as they are."""
    simplified = to_simplified(text)
    plain = tuple(s.strip().casefold() for s in lazy_pinyin(simplified, style=Style.NORMAL))
    tones = tuple(
        s.strip().casefold()
        for s in lazy_pinyin(simplified, style=Style.TONE3, neutral_tone_with_five=True)
    )
    return plain, tones


def _sort_key(entry: Entry, language: str) -> tuple:
    if language == ENGLISH or entry.english_only:
        words = entry.name.casefold()
        return (_latin_initial(entry.name), (words,), (words,), entry.name)
    plain, tones = pinyin_key(entry.name)
    return (_latin_initial("".join(plain)), plain, tones, entry.name)


def grouped(entries: list[Entry], language: str) -> list[Group]:
    """Entries under their initial letter (A–Z, then #), each group in order."""
    keyed = sorted(((_sort_key(entry, language), entry) for entry in entries), key=lambda p: p[0])
    groups: dict[str, Group] = {}
    for key, entry in keyed:
        label = key[0]
        anchor = "letter-other" if label == OTHER else f"letter-{label.lower()}"
        groups.setdefault(label, Group(label, anchor)).entries.append(entry)
    order = [*LETTERS, OTHER]
    return sorted(groups.values(), key=lambda group: order.index(group.label))


# -- search ---------------------------------------------------------------------------------------
def clean_query(raw: str) -> str:
    return _SPACE.sub(" ", _UNSAFE.sub("", raw)).strip()[:MAX_QUERY_LENGTH]


def _haystack(term: GlossaryTerm, language: str) -> str:
    shown = _shown_language(term, language)
    chinese = shown != ENGLISH
    codes = ("zh_hant", "zh_hans") if chinese else ("en",)
    parts = [term.term_en or ""]
    if term.has_chinese:
        parts += [term.term_zh_hant or "", term.term_zh_hans or ""]
    for code in codes:
        for name in ("synonyms", "short_definition"):
            parts.append(getattr(term, f"{name}_{code}", None) or "")
        parts.append(plain_text(getattr(term, f"full_definition_{code}", None) or ""))
    return _SPACE.sub(" ", " ".join(parts)).casefold()


def matches(term: GlossaryTerm, language: str, query: str) -> bool:
    needles = {query.casefold(), to_simplified(query).casefold()}
    haystack = _haystack(term, language)
    return any(needle in haystack for needle in needles)


# -- contexts -------------------------------------------------------------------------------------
def _base_url(page: GlossaryIndexPage, request: HttpRequest) -> str:
    return page.get_url(request=request) or "/"


def _listing(language: str, query: str, base_url: str) -> dict:
    terms = list(GlossaryTerm.objects.all())
    if query:
        terms = [term for term in terms if matches(term, language, query)]
    groups = grouped([_entry(term, language, base_url) for term in terms], language)
    present = {group.label for group in groups}
    letters = [
        {
            "label": label,
            "anchor": "letter-other" if label == OTHER else f"letter-{label.lower()}",
            "present": label in present,
        }
        for label in [*LETTERS, OTHER]
        if label != OTHER or OTHER in present
    ]
    return {
        "glossary_groups": groups,
        "glossary_letters": letters,
        "glossary_count": sum(len(group.entries) for group in groups),
    }


def index_context(page: GlossaryIndexPage, request: HttpRequest) -> dict:
    language = translation.get_language() or ENGLISH
    query = clean_query(request.GET.get("q", ""))
    base_url = _base_url(page, request)
    if query:  # a search is read every time
        listing = _listing(language, query, base_url)
    else:
        # The whole index is a shared fragment of the template (content.cache): the terms are
        # read only when it is not cached.
        whole = SimpleLazyObject(lambda: _listing(language, query, base_url))
        listing = {
            name: SimpleLazyObject(lambda name=name: whole[name])
            for name in ("glossary_groups", "glossary_letters", "glossary_count")
        }
    return {
        **listing,
        "glossary_query": query,
        "glossary_order": "alphabetical" if language == ENGLISH else "pinyin",
        "glossary_url": base_url,
    }


def _related(term: GlossaryTerm, language: str, base_url: str) -> list[Entry]:
    entries = [_entry(related, language, base_url) for related in term.related_terms.all()]
    return sorted(entries, key=lambda entry: _sort_key(entry, language))


def term_context(page: GlossaryIndexPage, request: HttpRequest, slug: str) -> dict:
    term = GlossaryTerm.objects.filter(slug=slug).prefetch_related("related_terms").first()
    if term is None:
        raise Http404("No such glossary term")
    language = translation.get_language() or ENGLISH
    base_url = _base_url(page, request)
    shown = _shown_language(term, language)
    full = getattr(term, f"full_definition_{_code(shown)}", None) or ""
    if not full and shown == "zh-hans":
        full = to_simplified(term.full_definition_zh_hant or "")
    entry = _entry(term, language, base_url)
    return {
        "term": term,
        "entry": entry,
        # Labels around an English-only entry are English too, like an English-only page's.
        "entry_language": ENGLISH if entry.english_only else language,
        "breadcrumb_pages": list(page.get_ancestors().filter(depth__gt=1).specific(defer=True)),
        "term_lang": BCP47[shown],
        "full_definition": full,
        "synonyms": term.synonyms_in(shown),
        # In the entry's own language: an English-only entry lists its related terms in English.
        "related_entries": _related(term, ENGLISH if entry.english_only else language, base_url),
        "glossary_url": base_url,
        "canonical_url": request.build_absolute_uri(request.path),
    }
