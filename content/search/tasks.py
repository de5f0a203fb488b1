"""Celery tasks for the site search. Each only carries out what the database says must be done
(see `content.search.services`), so a task that runs twice, late, or after a newer one does no
harm. With no broker configured (`make run`, tests) they run in-process."""

from celery import shared_task

from content.search import services


@shared_task(name="content_search.process_pending_updates")
def process_pending_updates() -> int:
    """Rebuild the documents of every page and term recorded as changed. Also safe to run on a
    schedule, to pick up anything left behind by a broker outage, and the vectors of documents
    written without them (by the previous version, while a deployment was under way)."""
    services.fill_missing_vectors()
    return services.process_pending()


@shared_task(name="content_search.reindex_page")
def reindex_page(page_id: int) -> int:
    return services.reindex_page(page_id)


@shared_task(name="content_search.reindex_term")
def reindex_term(term_id: int) -> int:
    return services.reindex_term(term_id)


@shared_task(name="content_search.remove_page")
def remove_page(page_id: int) -> int:
    return services.remove_page(page_id)


@shared_task(name="content_search.rebuild")
def rebuild() -> int:
    return services.rebuild()
