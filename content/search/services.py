"""Keeping search documents in step with pages and glossary terms, and searching them.

Every write here derives the documents from the current database state of one page or term, so
it can run any number of times, in any order, and end in the same place. Changes are recorded
as `PendingUpdate` rows inside the transaction that makes documents stale (`request_update`);
Celery tasks (`content.search.tasks`) carry them out after commit.
"""

import hashlib
import logging
import uuid
from collections.abc import Iterable
from contextlib import contextmanager
from dataclasses import dataclass
from functools import reduce
from operator import add

from django.conf import settings
from django.contrib.postgres.search import SearchQuery, SearchRank
from django.core.cache import cache
from django.core.paginator import Page as PaginatorPage
from django.core.paginator import Paginator
from django.db import connections, transaction
from django.db.models import Case, Count, F, QuerySet, Value, When, Window
from django.utils import timezone, translation
from django.utils.safestring import SafeString
from django.utils.text import capfirst
from wagtail.models import Page

from academy.tasks import enqueue
from content import cache as page_cache
from content.models import GlossaryIndexPage, GlossaryTerm, SearchContent, TranslatedPage
from content.search import highlight, text
from content.search.models import (
    SEARCH_CONFIG,
    Kind,
    PendingUpdate,
    SearchDocument,
    vector_values,
)

logger = logging.getLogger(__name__)

LANGUAGES: tuple[str, ...] = tuple(code for code, _name in settings.LANGUAGES)
RESULTS_PER_PAGE = 10
# A page number past any real corpus's last page (and keeps OFFSET within PostgreSQL's bigint).
MAX_PAGE = 10**9
TITLE_LENGTH = SearchDocument._meta.get_field("title").max_length


# -- documents ----------------------------------------------------------------------------------
def _fields(content: SearchContent, url: str) -> dict[str, str]:
    title = " ".join(content.title.split())[:TITLE_LENGTH]
    summary, body = content.summary.strip(), content.body.strip()
    return {
        "title": title,
        "summary": summary,
        "body": body,
        "url": url,
        "index_title": text.index_text(title),
        "index_body": text.index_text(f"{summary} {body}"),
    }


def _write(owner: dict, kind: str, wanted: dict[str, dict[str, str]]) -> dict[str, str]:
    """Make the documents of one page or term exactly `wanted` (language -> fields); returns the
    URLs the documents had before, by language.

    Each document is saved or deleted one by one, not in bulk, so Wagtail's index follows
    through its own save and delete signals.
    """
    existing = {doc.language: doc for doc in SearchDocument.objects.filter(**owner)}
    old_urls = {language: doc.url for language, doc in existing.items()}
    saved = []
    for language, values in wanted.items():
        document = existing.pop(language, None) or SearchDocument(
            kind=kind, language=language, **owner
        )
        for name, value in values.items():
            setattr(document, name, value)
        document.save()
        saved.append(document.pk)
    if saved and _uses_own_vectors():
        # Computed by PostgreSQL from the columns just saved, in the same transaction.
        SearchDocument.objects.filter(pk__in=saved).update(**vector_values())
    for document in existing.values():
        document.delete()
    return old_urls


def _page_documents(page: Page) -> dict[str, dict[str, str]]:
    """What a reader of each language can find of this page: nothing unless it is a live,
    public content page with an address; an English-only page in English only."""
    if not page.live or page.get_view_restrictions().exists():
        return {}
    page = page.specific
    if not isinstance(page, TranslatedPage) or not page.publicly_listed:
        return {}
    wanted = {}
    for language in ("en",) if page.english_only else LANGUAGES:
        with translation.override(language):
            url = page.get_url()
        if url:  # a page outside every site has no address to link to
            wanted[language] = _fields(page.search_content(language), url)
    return wanted


def _write_page(page: Page) -> bool:
    """Rewrite one page's documents; True when its address changed (so its descendants'
    addresses, which start with it, changed too)."""
    wanted = _page_documents(page)
    old_urls = _write({"page": page}, Kind.PAGE, wanted)
    return any(
        language in wanted and wanted[language]["url"] != url for language, url in old_urls.items()
    )


def reindex_page(page_id: int) -> int:
    """Bring one page's documents (every language, in one transaction) up to date with the
    page. Returns how many documents the page now has."""
    with transaction.atomic():
        # Serialises concurrent reindexing of the same page (PostgreSQL; SQLite locks anyway).
        page = Page.objects.select_for_update().filter(pk=page_id).first()
        if page is None:
            return remove_page(page_id)
        moved = _write_page(page)
        if moved:
            for descendant in page.get_descendants().live():
                _write_page(descendant)
        if isinstance(page.specific, GlossaryIndexPage):
            # Term addresses hang off the glossary page, and terms are only findable while it
            # is live: its publishing, unpublishing and moving all change them.
            for term_id in GlossaryTerm.objects.values_list("pk", flat=True):
                reindex_term(term_id)
        return SearchDocument.objects.filter(page_id=page_id).count()


def remove_page(page_id: int) -> int:
    """Delete one page's documents (nothing happens if it has none). Returns 0."""
    with transaction.atomic():
        for document in SearchDocument.objects.filter(page_id=page_id):
            document.delete()
    return 0


def _glossary() -> GlossaryIndexPage | None:
    return GlossaryIndexPage.objects.live().public().order_by("path").first()


def _term_documents(term: GlossaryTerm) -> dict[str, dict[str, str]]:
    glossary = _glossary()
    if glossary is None:  # a term is read on the glossary page: without it there is no link
        return {}
    subpath = glossary.reverse_subpage("term_route", kwargs={"slug": term.slug})
    wanted = {}
    for language in LANGUAGES if term.has_chinese else ("en",):
        with translation.override(language):
            base = glossary.get_url()
        if base:
            wanted[language] = _fields(term.search_content(language), base + subpath)
    return wanted


def reindex_term(term_id: int) -> int:
    """Bring one glossary term's documents up to date; a term without Chinese is found in
    English only. Returns how many documents the term now has."""
    with transaction.atomic():
        term = GlossaryTerm.objects.select_for_update().filter(pk=term_id).first()
        if term is None:
            return remove_term(term_id)
        _write({"term": term}, Kind.TERM, _term_documents(term))
        return SearchDocument.objects.filter(term_id=term_id).count()


def remove_term(term_id: int) -> int:
    with transaction.atomic():
        for document in SearchDocument.objects.filter(term_id=term_id):
            document.delete()
    return 0


def rebuild() -> int:
    """Rewrite every document from scratch (after a deployment, a restore, or loading the demo).
    Returns the number of documents."""
    started = timezone.now()
    page_ids = set(Page.objects.live().values_list("pk", flat=True))
    documented = SearchDocument.objects.values_list
    page_ids |= set(documented("page_id", flat=True).filter(page__isnull=False))
    for page_id in sorted(page_ids):
        with transaction.atomic():
            page = Page.objects.select_for_update().filter(pk=page_id).first()
            if page is not None:
                _write_page(page)
    term_ids = set(GlossaryTerm.objects.values_list("pk", flat=True))
    term_ids |= set(documented("term_id", flat=True).filter(term__isnull=False))
    for term_id in sorted(term_ids):
        reindex_term(term_id)
    # Whatever was asked for before we started is done now.
    PendingUpdate.objects.filter(requested_at__lte=started).delete()
    return SearchDocument.objects.count()


def fill_missing_vectors(batch_size: int = 1000) -> int:
    """Compute the PostgreSQL vectors of documents that have none: written in bulk
    (`bulk_create` bypasses `_write`, as the benchmark's generator does) or by code older than
    the columns. A no-op on other databases. Returns how many documents were filled."""
    if not _uses_own_vectors():
        return 0
    missing = SearchDocument.objects.filter(search_vector__isnull=True).order_by("pk")
    done = 0
    while batch := list(missing.values_list("pk", flat=True)[:batch_size]):
        done += SearchDocument.objects.filter(pk__in=batch).update(**vector_values())
    if done:
        transaction.on_commit(new_generation, robust=True)
    return done


# -- recording and carrying out updates ---------------------------------------------------------
def request_update(kind: str, object_ids: Iterable[int]) -> None:
    """Record that these pages or terms need their documents rebuilt, in the caller's
    transaction, and have a task carry that out once it commits."""
    now = timezone.now()
    markers = [PendingUpdate(kind=kind, object_id=pk, requested_at=now) for pk in set(object_ids)]
    if not markers:
        return
    PendingUpdate.objects.bulk_create(
        markers,
        update_conflicts=True,
        unique_fields=["kind", "object_id"],
        update_fields=["requested_at"],
    )
    # A broker outage must not turn the editor's publish into an error page: the record stays
    # for the next run (the beat schedule) to pick up.
    from content.search.tasks import process_pending_updates

    enqueue(process_pending_updates)


def process_pending(batch_size: int = 100) -> int:
    """Carry out every recorded update. Returns how many were done.

    A record is deleted only if nobody asked again while it was being carried out; one that
    fails is left for the next run and does not hold up the others.
    """
    done, failed = 0, set()
    while True:
        batch = list(
            PendingUpdate.objects.exclude(pk__in=failed).order_by("requested_at", "pk")[:batch_size]
        )
        if not batch:
            break
        for marker in batch:
            try:
                if marker.kind == Kind.PAGE:
                    reindex_page(marker.object_id)
                else:
                    reindex_term(marker.object_id)
            except Exception:
                logger.exception("Search update failed for %s %s", marker.kind, marker.object_id)
                failed.add(marker.pk)
                continue
            PendingUpdate.objects.filter(pk=marker.pk, requested_at=marker.requested_at).delete()
            done += 1
    if failed:
        raise RuntimeError(f"{len(failed)} search update(s) failed; they will be retried.")
    return done


# -- searching ----------------------------------------------------------------------------------
EMPTY, TOO_LONG, UNSEARCHABLE = "empty", "too-long", "unsearchable"


@dataclass(frozen=True)
class Hit:
    title: SafeString
    url: str
    kind: str
    snippet: SafeString


@dataclass(frozen=True)
class Outcome:
    query: str  # as the reader typed it (trimmed), to show back in the form
    problem: str | None = None  # EMPTY, TOO_LONG or UNSEARCHABLE: nothing was searched
    page: PaginatorPage | None = None  # its object_list is `hits`
    hits: tuple[Hit, ...] = ()

    @property
    def count(self) -> int:
        return self.page.paginator.count if self.page is not None else 0


def _kind_label(document: SearchDocument) -> str:
    """The kind of result, in the active language: a plain string, as hits are cached."""
    if document.kind == Kind.TERM:
        return str(capfirst(Kind.TERM.label))
    model = document.page.content_type.model_class() if document.page_id else None
    return str(capfirst(model._meta.verbose_name if model else Kind.PAGE.label))


def _uses_own_vectors() -> bool:
    """PostgreSQL searches the documents' own vectors; other databases go through Wagtail's
    search backend (SQLite's full-text search)."""
    return connections[SearchDocument.objects.db].vendor == "postgresql"


def _lexeme(token: str, weight: str = "") -> str:
    """`token` quoted for `to_tsquery` (tokens are bare words already; quoting is belt and
    braces), optionally restricted to a weight."""
    quoted = token.replace("\\", "\\\\").replace("'", "''")
    return f"'{quoted}'" + (f":{weight}" if weight else "")


def _requested_page(page_number) -> int:
    """The page asked for, as `Paginator.get_page` reads it: 1 for anything not a whole number;
    0, meaning the last page, for one below 1 or too big to be anything but past the end."""
    try:
        if isinstance(page_number, float) and not page_number.is_integer():
            raise ValueError
        number = int(page_number)
    except (TypeError, ValueError):
        return 1
    return number if 1 <= number <= MAX_PAGE else 0


def _last_page(count: int) -> int:
    return max(1, -(-count // RESULTS_PER_PAGE))


@contextmanager
def _index_scans_only(using: str):
    """Run the enclosed queries in a transaction with sequential scans off.

    For a common word PostgreSQL's planner prefers reading the whole table to the GIN index (it
    would visit most pages either way), not knowing that a sequential scan must detoast and test
    every document's full `search_vector` (15 KB each for Chinese: 200 ms at scale 1) whereas
    the index answers exactly and leaves the vectors alone (a few ms).
    """
    connection = connections[using]
    nested = connection.in_atomic_block
    with transaction.atomic(using=using), connection.cursor() as cursor:
        cursor.execute(
            "SELECT current_setting('enable_seqscan'), set_config('enable_seqscan', 'off', true)"
        )
        previous = cursor.fetchone()[0]
        yield
        if nested:  # a savepoint's release keeps the setting: put it back for the caller
            cursor.execute("SELECT set_config('enable_seqscan', %s, true)", [previous])


def _postgres_page(
    documents: QuerySet, query: text.Query, page_number
) -> tuple[int, int, list[SearchDocument]]:
    """(how many documents contain every token of the query, the page number shown, that
    page's documents, best first), from the documents' own vectors.

    Matching reads only the GIN index on `search_vector` (all of the text). Ranking reads the
    small `rank_vector` (title A, lead of the body B): documents with more of the query's tokens
    in their title first, then by `ts_rank` of the tokens in title and lead, then newest first.
    The count comes with the page's ids (a window over the same matches), so a page within the
    results takes one query; one past the end takes a count and the last page.
    """
    raw = {"search_type": "raw", "config": SEARCH_CONFIG}
    matches = documents.filter(search_vector=SearchQuery(query.text, config=SEARCH_CONFIG))
    in_title = [
        Case(When(rank_vector=SearchQuery(_lexeme(token, "A"), **raw), then=Value(1)), default=0)
        for token in query.tokens
    ]
    any_token = SearchQuery(" | ".join(_lexeme(token) for token in query.tokens), **raw)
    ranked = (
        matches.annotate(
            title_tokens=reduce(add, in_title), rank=SearchRank(F("rank_vector"), any_token)
        )
        .order_by("-title_tokens", "-rank", "-pk")
        .values_list("pk", Window(Count("*")))
    )

    def ids(number: int) -> list[tuple[int, int]]:
        start = (number - 1) * RESULTS_PER_PAGE
        return list(ranked[start : start + RESULTS_PER_PAGE])

    number = _requested_page(page_number)
    with _index_scans_only(documents.db):
        rows = ids(number) if number else []
        if rows:
            count = rows[0][1]
        else:  # no results, or past the end: the last page, if any
            count = matches.count()
            number = _last_page(count)
            rows = ids(number) if count else []
    wanted = [pk for pk, _total in rows]
    found = documents.defer("search_vector", "rank_vector").in_bulk(wanted)
    return count, number, [found[pk] for pk in wanted if pk in found]


def _backend_page(
    documents: QuerySet, query: text.Query, page_number
) -> tuple[int, int, list[SearchDocument]]:
    """The same through Wagtail's search backend (SQLite's full-text search)."""
    results = documents.search(query.text, operator="and")
    count = results.count()
    number = _requested_page(page_number)
    if not number or number > _last_page(count):
        number = _last_page(count)
    start = (number - 1) * RESULTS_PER_PAGE
    return count, number, list(results[start : start + RESULTS_PER_PAGE]) if count else []


def _find(query: text.Query, language: str, page_number) -> tuple[int, int, tuple[Hit, ...]]:
    """(how many documents match, the page number shown, that page's hits), from the
    database."""
    documents = SearchDocument.objects.filter(language=language).select_related(
        "page__content_type"
    )
    page = _postgres_page if _uses_own_vectors() else _backend_page
    count, number, found = page(documents, query, page_number)
    with translation.override(language):  # the reader's, whoever asks
        hits = tuple(
            Hit(
                title=highlight.highlight(document.title, query, language),
                url=document.url,
                kind=_kind_label(document),
                snippet=highlight.snippet([document.summary, document.body], query, language),
            )
            for document in found
        )
    return count, number, hits


# -- caching outcomes ---------------------------------------------------------------------------
# Searches are never page-cached (they have query strings). Each outcome (count, page number and
# that page's hits) is cached under its language, normalised query and page, together with the
# search generation it was found in: a random token every document write replaces once it
# commits, so an edit shows at once, and a repeated search costs one cache read (the token and
# the outcome in one `get_many`). A random token, not a counter, so an evicted token can never
# come back and revive old outcomes. The timeout bounds staleness should a replacement be lost
# (the cache unreachable at that moment); with the cache down nothing is cached at all.
GENERATION_KEY = page_cache.SEARCH_GENERATION_KEY  # also names cached search pages
OUTCOME_TIMEOUT = 15 * 60


def new_generation() -> None:
    """Make every cached search outcome stale (call once the change has been committed)."""
    cache.set(GENERATION_KEY, uuid.uuid4().hex, timeout=None)


def documents_changed() -> None:
    """A document is being saved or deleted: cached outcomes go stale when that commits."""
    transaction.on_commit(new_generation, robust=True)


def _outcome_key(query: text.Query, language: str, page_number) -> str:
    # Everything the hits depend on: the tokens found, the words and Chinese runs marked, the
    # page as the paginator reads it. The version names the shape of what is cached (`Hit`):
    # change it with that shape, so a deployment never unpickles the old one.
    page = _requested_page(page_number)
    what = (language, query.tokens, sorted(query.stems), query.chinese, page)
    return "content_search:outcome:v1:" + hashlib.sha256(repr(what).encode()).hexdigest()


def _cached_find(query: text.Query, language: str, page_number) -> tuple[int, int, tuple]:
    if connections[SearchDocument.objects.db].in_atomic_block:
        # Inside a transaction the caller may have written documents not yet committed: a
        # shared cache must neither hide them from it nor record them for everyone else.
        return _find(query, language, page_number)
    key = _outcome_key(query, language, page_number)
    cached = cache.get_many([GENERATION_KEY, key])
    generation = cached.get(GENERATION_KEY)
    outcome = cached.get(key)
    if generation is not None and outcome is not None and outcome[0] == generation:
        return outcome[1:]
    if generation is None:
        cache.add(GENERATION_KEY, uuid.uuid4().hex, timeout=None)
        generation = cache.get(GENERATION_KEY)
    # The generation is read before the database: a write committed meanwhile replaces it, so
    # an outcome that may predate that write is never served after it.
    found = _find(query, language, page_number)
    if generation is not None:
        cache.set(key, (generation, *found), OUTCOME_TIMEOUT)
    return found


def search(raw_query: str, language: str, page_number: str | int | None = 1) -> Outcome:
    """Documents in `language` that contain every term of the query, most relevant first."""
    raw_query = (raw_query or "").strip()
    if not raw_query:
        return Outcome(query="", problem=EMPTY)
    if len(raw_query) > text.MAX_QUERY_LENGTH:
        return Outcome(query=raw_query[: text.MAX_QUERY_LENGTH], problem=TOO_LONG)
    query = text.parse_query(raw_query)
    if not query:
        return Outcome(query=raw_query, problem=UNSEARCHABLE)
    count, number, hits = _cached_find(query, language, page_number)
    paginator = Paginator((), RESULTS_PER_PAGE)
    paginator.count = count  # known already: the paginator only does the page arithmetic
    return Outcome(query=raw_query, page=PaginatorPage(hits, number, paginator), hits=hits)
