"""Glossary terms linked in rendered article bodies.

The first occurrence of each glossary term (a term and its synonyms count as one term) in a body
becomes a link to the term's glossary entry, followed by a popover holding its short definition:

    <span class="glossary"><a class="glossary-term" href="/en/glossary/gene/"
      aria-describedby="gt-4f0c1d2e-gene">genes</a><span role="tooltip" id="gt-4f0c1d2e-gene"
      class="glossary-popover">A gene is…</span></span>

A popover's id is the body's prefix and the term's slug: a term is linked once per body, so the
slug is unique within it, and the prefix (`content.templatetags.glossary` derives it from the
body's content) keeps two bodies on one page apart. Nothing numbers popovers across a request,
so a linked body can be cached and served again as it is.

The link works without JavaScript (it goes to the entry page) and the popover shows on hover and
keyboard focus from CSS alone (`site/static/css/glossary.css`); `site/static/js/glossary.js`
adds Escape to dismiss it and keeps it inside the viewport.

Matching. Every form (term or synonym) of every term with text in the language goes into one
character trie, an automaton walked over the text from each position: the longest form found at
a position wins (`基因組` before `基因`, "whole genome sequencing" before "genome"), and the scan
goes on after it, so matches never overlap. That leftmost-longest rule is all Chinese has
instead of word boundaries. A match of a term that is already linked still consumes its text,
so a later `基因組` never yields a `基因` link from inside it.

Latin-script edges of a form need word boundaries ("gene" is not found in "genetic"); Han edges
need none. Forms ending in a Latin letter also match a plural (+s, +es, consonant+y -> ies).
Spaces and hyphens inside a form match any run of spaces or hyphens ("whole-genome
sequencing"). Forms written all in capitals are abbreviations and match only in capitals ("CF"
is not "cf."); everything else ignores case.

Cost. The tries for all three languages are built together from one query and kept in
Django's cache under a glossary *generation* that `content.glossary_signals` replaces whenever a
term or the glossary page changes; each process also keeps the last one it used. A render costs
no query while the generation stands and a fixed few when it has changed, whatever the size of
the glossary.
"""

import bisect
import itertools
import logging
import re
import unicodedata
import uuid
from collections.abc import Iterator
from dataclasses import dataclass

from bs4 import BeautifulSoup, NavigableString, Tag
from bs4.dammit import EntitySubstitution
from bs4.formatter import HTMLFormatter
from django.conf import settings
from django.core.cache import cache
from django.utils import translation

from academy.chinese import to_simplified
from content.cache import read_along, request_memo

logger = logging.getLogger(__name__)

GENERATION_KEY = "content:glossary-generation"
MATCHER_KEY = "content:glossary-matcher:{generation}:{language}"
MATCHER_TIMEOUT = 24 * 60 * 60  # seconds; a new generation makes old entries unreachable anyway

# Never link inside these: a link may not sit inside another link or control, headings and
# captions should read cleanly, and code or scripts are not prose.
EXCLUDED_ELEMENTS = frozenset(
    {
        "a",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "button",
        "summary",
        "figcaption",
        "code",
        "pre",
        "kbd",
        "samp",
        "script",
        "style",
        "template",
        "noscript",
        "textarea",
        "select",
        "option",
        "label",
        "svg",
        "math",
        "iframe",
        "title",
    }
)
POPOVER_CLASS = "glossary-popover"

# Han ideographs (as in content.search.text): CJK Unified with extensions, compatibility
# ideographs, and 〇.
_HAN = "\u3007\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
# A letter or digit of a script written with spaces between words: anything \w but Han.
_WORD_CHARACTER = re.compile(f"[^\\W{_HAN}]")
_HAN_CHARACTER = re.compile(f"[{_HAN}]")
_SEPARATORS = re.compile(r"[\s\-\u2010\u2011]+")
_CONSONANT_Y = re.compile(r"[b-df-hj-np-tv-z]y$", re.IGNORECASE)
_ACCEPT = ""  # trie key of a node's matches; never a character
_SPACE = " "  # trie edge for a run of spaces or hyphens

# Escapes &, < and > in text and quotes in attributes (bs4's "html5" formatter leaves a bare &,
# which would turn an escaped "&amp;copy;" into ©), writes void elements as <br>.
_FORMATTER = HTMLFormatter(
    entity_substitution=EntitySubstitution.substitute_xml,
    void_element_close_prefix="",
    empty_attributes_are_booleans=True,
)


def is_word_character(character: str) -> bool:
    return _WORD_CHARACTER.match(character) is not None


def _is_separator(character: str) -> bool:
    return character.isspace() or character in "-\u2010\u2011"


def _fold(character: str) -> str:
    # One character for one, so offsets in the folded text are offsets in the original.
    lower = character.lower()
    return lower if len(lower) == 1 else character


def _collapse(text: str) -> str:
    return _SEPARATORS.sub(_SPACE, text)


def _is_abbreviation(form: str) -> bool:
    letters = [c for c in form if c.isalpha() and not _HAN_CHARACTER.match(c)]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def spellings(form: str) -> list[str]:
    """The ways `form` is written in running text: itself and, for a form ending in a Latin
    letter, its plurals. Separators are collapsed to one space."""
    base = _collapse(unicodedata.normalize("NFC", form).strip())
    result = [base]
    if base[-1].isascii() and base[-1].isalpha():
        if not _is_abbreviation(base) and _CONSONANT_Y.search(base):
            result.append(f"{base[:-1]}ies")
        result += [f"{base}s", f"{base}es"]
    return result


@dataclass(frozen=True)
class LinkTarget:
    slug: str
    url: str
    definition: str


# A trie node: character -> child node, plus _ACCEPT -> the entries of the forms ending there,
# best first, each (target index, exact spelling or None when case does not matter).
Trie = dict


@dataclass(frozen=True)
class GlossaryMatcher:
    """What linking needs for one language."""

    language: str
    trie: Trie
    targets: tuple[LinkTarget, ...]

    def matches(self, text: str) -> Iterator[tuple[int, int, int]]:
        """(start, end, target index) of each leftmost-longest glossary form in `text`."""
        folded = "".join(map(_fold, text))
        length = len(text)
        start = 0
        while start < length:
            node = self.trie.get(folded[start])
            if node is None or (
                start > 0
                and is_word_character(folded[start])
                and is_word_character(text[start - 1])
            ):
                start += 1
                continue
            best: tuple[int, int] | None = None
            end = start + 1
            while node is not None:
                entries = node.get(_ACCEPT)
                if entries and not (
                    end < length
                    and is_word_character(text[end - 1])
                    and is_word_character(text[end])
                ):
                    target = self._choose(entries, text[start:end])
                    if target is not None:
                        best = (end, target)
                if end >= length:
                    break
                if _is_separator(folded[end]):
                    node = node.get(_SPACE)
                    while end < length and _is_separator(folded[end]):
                        end += 1
                else:
                    node = node.get(folded[end])
                    end += 1
            if best is None:
                start += 1
                continue
            yield start, best[0], best[1]
            start = best[0]

    @staticmethod
    def _choose(entries: tuple[tuple[int, str | None], ...], found: str) -> int | None:
        for target, exact in entries:
            if exact is None or _collapse(found) == exact:
                return target
        return None


# -- building -----------------------------------------------------------------------------------
def _field(row: dict, name: str, language: str) -> str:
    value = row.get(f"{name}_{language.replace('-', '_')}") or ""
    if not value and language == "zh-hans":
        # Simplified is derived on save; a row written around the signal (a raw load) still
        # gets Simplified text to match against Simplified bodies.
        value = to_simplified(row.get(f"{name}_zh_hant") or "")
    return value.strip()


def _forms(row: dict, language: str) -> list[str]:
    forms = [_field(row, "term", language)]
    forms += [line.strip() for line in _field(row, "synonyms", language).splitlines()]
    return [form for form in forms if form]


def build_matcher(rows: list[dict], language: str, glossary_url: str | None) -> GlossaryMatcher:
    """A matcher for `language` from term rows (dicts of GlossaryTerm fields). Terms without a
    term and a short definition in the language are left out: they apply in other languages
    only. Without a glossary page there is nothing to link to, so nothing is matched."""
    targets: list[LinkTarget] = []
    # folded spelling -> [(rank, target index, exact spelling or None)]
    candidates: dict[str, list[tuple[int, int, str | None]]] = {}
    for row in sorted(rows, key=lambda row: row["slug"]) if glossary_url else ():
        definition = _field(row, "short_definition", language)
        forms = _forms(row, language)
        if not forms or not definition:
            continue
        index = len(targets)
        targets.append(LinkTarget(row["slug"], f"{glossary_url}{row['slug']}/", definition))
        for position, form in enumerate(forms):
            exact_case = _is_abbreviation(form)
            for variant, spelling in enumerate(spellings(form)):
                # Where two terms share a spelling, a term's own name beats another's synonym,
                # and a written form beats a plural; then the first slug wins.
                rank = (2 if variant else 0) + (1 if position else 0)
                key = "".join(map(_fold, spelling))
                candidates.setdefault(key, []).append(
                    (rank, index, spelling if exact_case else None)
                )
    trie: Trie = {}
    for key, found in candidates.items():
        entries: list[tuple[int, str | None]] = []
        for _rank, index, exact in sorted(found, key=lambda entry: entry[:2]):
            entries.append((index, exact))
            if exact is None:
                break  # matches whatever the case: later entries could never be chosen
        node = trie
        for character in key:
            node = node.setdefault(character, {})
        node[_ACCEPT] = tuple(entries)
    return GlossaryMatcher(language, trie, tuple(targets))


TERM_FIELDS = [
    "slug",
    *(
        f"{name}_{code}"
        for name in ("term", "short_definition", "synonyms")
        for code in ("en", "zh_hant", "zh_hans")
    ),
]


def glossary_urls() -> dict[str, str | None]:
    """The live glossary page's URL in each language (None everywhere without one)."""
    from content.models import GlossaryIndexPage

    glossary = GlossaryIndexPage.objects.live().public().order_by("path").first()
    urls: dict[str, str | None] = {}
    for code, _name in settings.LANGUAGES:
        if glossary is None:
            urls[code] = None
            continue
        with translation.override(code):
            urls[code] = glossary.get_url()
    return urls


def build_matchers() -> dict[str, GlossaryMatcher]:
    """Matchers for every site language, from one query for the terms."""
    from content.models import GlossaryTerm

    urls = glossary_urls()
    rows = list(GlossaryTerm.objects.order_by().values(*TERM_FIELDS)) if any(urls.values()) else []
    return {code: build_matcher(rows, code, urls[code]) for code, _name in settings.LANGUAGES}


# -- caching ------------------------------------------------------------------------------------
read_along(GENERATION_KEY)  # fetched with the content generation, in the same round trip


# A random token, not a counter: a counter restarts when its key is evicted or the cache is
# cleared and could then name an old matcher; a fresh token never does.
def generation() -> str:
    # Read once per request, like the content generation (content.cache.request_scope).
    memo = request_memo()
    if memo and memo.get(GENERATION_KEY):
        return memo[GENERATION_KEY]
    value = cache.get(GENERATION_KEY)
    if value is None:
        cache.add(GENERATION_KEY, uuid.uuid4().hex, timeout=None)
        value = cache.get(GENERATION_KEY) or uuid.uuid4().hex
    if memo is not None:
        memo[GENERATION_KEY] = value
    return value


def new_generation() -> None:
    """Make every cached matcher stale (call after the change has been committed)."""
    value = uuid.uuid4().hex
    cache.set(GENERATION_KEY, value, timeout=None)
    memo = request_memo()
    if memo is not None:
        memo[GENERATION_KEY] = value


# The last matcher each language used in this process, with its generation: saves unpickling a
# large expression from the cache on every render.
_recent: dict[str, tuple[str, GlossaryMatcher]] = {}


def get_matcher(language: str) -> GlossaryMatcher:
    try:
        current = generation()
        recent = _recent.get(language)
        if recent is not None and recent[0] == current:
            return recent[1]
        matcher = cache.get(MATCHER_KEY.format(generation=current, language=language))
    except Exception:  # a cache outage must not take articles down with it
        logger.warning("glossary cache unavailable", exc_info=True)
        return build_matchers()[language]
    if matcher is None:
        matchers = build_matchers()
        try:
            cache.set_many(
                {
                    MATCHER_KEY.format(generation=current, language=code): built
                    for code, built in matchers.items()
                },
                MATCHER_TIMEOUT,
            )
        except Exception:
            logger.warning("glossary cache unavailable", exc_info=True)
        matcher = matchers[language]
    _recent[language] = (current, matcher)
    return matcher


# -- linking ------------------------------------------------------------------------------------
# Elements that sit inside a line of text. Text runs on across them ("<b>基因</b>組" reads
# 基因組), so matching looks at the whole run; any other element (a paragraph, a list item, a
# line break, an image) ends the run.
INLINE_ELEMENTS = frozenset(
    {
        "a",
        "abbr",
        "b",
        "bdi",
        "bdo",
        "button",
        "cite",
        "code",
        "data",
        "del",
        "dfn",
        "em",
        "i",
        "ins",
        "kbd",
        "label",
        "mark",
        "q",
        "ruby",
        "rb",
        "rt",
        "rp",
        "s",
        "samp",
        "small",
        "span",
        "strong",
        "sub",
        "sup",
        "time",
        "u",
        "var",
        "wbr",
    }
)


def _is_popover(element: Tag) -> bool:
    return element.name == "span" and POPOVER_CLASS in (element.get("class") or ())


def _excluded(node: NavigableString) -> bool:
    return any(parent.name in EXCLUDED_ELEMENTS or _is_popover(parent) for parent in node.parents)


def _block_of(node: NavigableString) -> Tag | None:
    return next((p for p in node.parents if p.name not in INLINE_ELEMENTS), None)


def _runs(soup: BeautifulSoup) -> list[list[NavigableString]]:
    """The text nodes, in document order, grouped into runs of running text."""
    runs: list[list[NavigableString]] = []
    current: list[NavigableString] = []
    block: Tag | None = None
    for item in soup.descendants:
        if isinstance(item, Tag):
            if item.name not in INLINE_ELEMENTS and current:
                runs.append(current)
                current = []
            continue
        # Exact type: comments, CDATA, doctypes and script or style text are NavigableString
        # subclasses and never prose. A popover's text is not part of the line it sits in.
        if type(item) is not NavigableString or any(_is_popover(p) for p in item.parents):
            continue
        item_block = _block_of(item)
        if current and item_block is not block:  # left a nested block: a new run
            runs.append(current)
            current = []
        current.append(item)
        block = item_block
    if current:
        runs.append(current)
    return runs


def _link(soup: BeautifulSoup, text: str, target: LinkTarget, popover_id: str) -> Tag:
    wrapper = soup.new_tag("span", attrs={"class": "glossary"})
    link = soup.new_tag(
        "a",
        attrs={"class": "glossary-term", "href": target.url, "aria-describedby": popover_id},
    )
    link.string = text
    popover = soup.new_tag(
        "span", attrs={"role": "tooltip", "id": popover_id, "class": POPOVER_CLASS}
    )
    popover.string = target.definition
    wrapper.append(link)
    wrapper.append(popover)
    return wrapper


def link_terms(
    html: str,
    language: str,
    matcher: GlossaryMatcher | None,
    *,
    id_prefix: str = "gt",
) -> str:
    """`html` with the first occurrence of each glossary term linked (see the module docstring).

    A match is linked only when it lies within one text node outside the excluded elements;
    one that spans an element boundary or sits in a heading or link is passed over (and still
    hides the shorter terms inside it), and the term waits for its next occurrence.

    Popover ids are `<id_prefix>-<slug>`: give each body rendered into the same page its own
    prefix so their ids stay unique. Markup is parsed and re-serialised, never edited as a
    string; without a link to make, `html` comes back unchanged.
    """
    if matcher is None or not matcher.trie or not html:
        return html
    if matcher.language != language:
        raise ValueError(f"a {matcher.language} matcher cannot link {language} text")
    soup = BeautifulSoup(html, "html.parser")
    by_url = {target.url: index for index, target in enumerate(matcher.targets)}
    # Terms linked already (the markup went through here before) are not linked again.
    linked = {by_url[a["href"]] for a in soup.select("a.glossary-term") if a.get("href") in by_url}
    already = len(linked)
    # node -> [(start, end, target index)] of the links to make in it
    wanted: dict[int, list[tuple[int, int, int]]] = {}
    nodes: list[NavigableString] = []
    for run in _runs(soup):
        if len(linked) == len(matcher.targets):
            break
        texts = [str(node) for node in run]
        offsets = list(itertools.accumulate((len(text) for text in texts), initial=0))
        excluded = [_excluded(node) for node in run]
        for start, stop, index in matcher.matches("".join(texts)):
            if index in linked:
                continue  # consumed all the same, so no shorter term is found inside it
            k = bisect.bisect_right(offsets, start) - 1
            if stop > offsets[k + 1] or excluded[k]:
                continue
            linked.add(index)
            key = id(run[k])
            if key not in wanted:
                wanted[key] = []
                nodes.append(run[k])
            wanted[key].append((start - offsets[k], stop - offsets[k], index))
    if len(linked) == already:
        return html
    for node in nodes:
        text = str(node)
        pieces: list[NavigableString | Tag] = []
        end = 0
        for start, stop, index in wanted[id(node)]:
            target = matcher.targets[index]
            if start > end:
                pieces.append(NavigableString(text[end:start]))
            pieces.append(_link(soup, text[start:stop], target, f"{id_prefix}-{target.slug}"))
            end = stop
        if end < len(text):
            pieces.append(NavigableString(text[end:]))
        node.replace_with(*pieces)
    return soup.decode(formatter=_FORMATTER)
