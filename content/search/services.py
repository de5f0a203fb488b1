"""Keeping search documents in step with pages and glossary terms, and searching them.

Every write here derives the documents from the current database state of one page or term, so
it can run any number of times, in any order, and end in the same place. Changes are recorded
as `PendingUpdate` rows inside the transaction that makes documents stale (`request_update`);
Celery tasks (`content.search.tasks`) carry them out after commit.
"""

import logging
from collections.abc import Iterable
from dataclasses import dataclass

from django.conf import settings
from django.core.paginator import Page as PaginatorPage
from django.core.paginator import Paginator
from django.db import transaction
from django.utils import timezone, translation
from django.utils.safestring import SafeString
from django.utils.text import capfirst
from wagtail.models import Page

from academy.tasks import enqueue
from content.models import GlossaryIndexPage, GlossaryTerm, SearchContent, TranslatedPage
from content.search import highlight, text
from content.search.models import Kind, PendingUpdate, SearchDocument

logger = logging.getLogger(__name__)

LANGUAGES: tuple[str, ...] = tuple(code for code, _name in settings.LANGUAGES)
RESULTS_PER_PAGE = 10
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
    for language, values in wanted.items():
        document = existing.pop(language, None) or SearchDocument(
            kind=kind, language=language, **owner
        )
        for name, value in values.items():
            setattr(document, name, value)
        document.save()
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
    page: PaginatorPage | None = None
    hits: tuple[Hit, ...] = ()

    @property
    def count(self) -> int:
        return self.page.paginator.count if self.page is not None else 0


def _kind_label(document: SearchDocument) -> str:
    if document.kind == Kind.TERM:
        return capfirst(Kind.TERM.label)
    model = document.page.content_type.model_class() if document.page_id else None
    return capfirst(model._meta.verbose_name if model else Kind.PAGE.label)


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
    documents = SearchDocument.objects.filter(language=language).select_related(
        "page__content_type"
    )
    results = documents.search(query.text, operator="and")
    page = Paginator(results, RESULTS_PER_PAGE).get_page(page_number)
    hits = tuple(
        Hit(
            title=highlight.highlight(document.title, query, language),
            url=document.url,
            kind=_kind_label(document),
            snippet=highlight.snippet([document.summary, document.body], query, language),
        )
        for document in page.object_list
    )
    return Outcome(query=raw_query, page=page, hits=hits)
