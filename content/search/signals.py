"""What makes search documents stale. Each receiver only records the page or term concerned
(`services.request_update`); the rebuilding happens in a task after the transaction commits."""

from django.db.models.signals import post_delete, post_save
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move

from content.models import GlossaryIndexPage, GlossaryTerm
from content.search import services
from content.search.models import Kind, SearchDocument


def _subtree_ids(page: Page) -> list[int]:
    return [page.pk, *Page.objects.descendant_of(page).values_list("pk", flat=True)]


def page_changed(sender, instance, **kwargs) -> None:
    services.request_update(Kind.PAGE, [instance.pk])


def page_moved(sender, instance, url_path_before=None, url_path_after=None, **kwargs) -> None:
    # A move without a new address (reordering siblings) changes nothing a reader finds.
    if url_path_before != url_path_after:
        services.request_update(Kind.PAGE, _subtree_ids(instance))


def page_deleted(sender, instance, **kwargs) -> None:
    # The page's documents go with it (ON DELETE CASCADE); recording it anyway costs one no-op.
    if isinstance(instance, Page):
        services.request_update(Kind.PAGE, [instance.pk])
    if isinstance(instance, GlossaryIndexPage):
        # Terms are read on the glossary page: without it they have nowhere to link to.
        services.request_update(Kind.TERM, GlossaryTerm.objects.values_list("pk", flat=True))


def restriction_changed(sender, instance, raw=False, **kwargs) -> None:
    # A private page (and everything under it) must leave the public search, and come back
    # when the restriction is lifted.
    if raw:
        return
    page = Page.objects.filter(pk=instance.page_id).first()
    if page is not None:
        services.request_update(Kind.PAGE, _subtree_ids(page))


def term_changed(sender, instance, raw=False, **kwargs) -> None:
    if not raw:
        services.request_update(Kind.TERM, [instance.pk])


def document_written(sender, **kwargs) -> None:
    # Every way a document changes (our services, a page deleted with its documents) makes the
    # cached search outcomes stale once it commits.
    services.documents_changed()


def connect() -> None:
    page_published.connect(page_changed, dispatch_uid="content_search.published")
    page_unpublished.connect(page_changed, dispatch_uid="content_search.unpublished")
    post_page_move.connect(page_moved, dispatch_uid="content_search.moved")
    post_delete.connect(page_deleted, dispatch_uid="content_search.page_deleted")
    for name, signal in (("saved", post_save), ("deleted", post_delete)):
        signal.connect(
            document_written,
            sender=SearchDocument,
            dispatch_uid=f"content_search.document_{name}",
        )
        signal.connect(
            restriction_changed,
            sender=PageViewRestriction,
            dispatch_uid=f"content_search.restriction_{name}",
        )
        signal.connect(
            term_changed, sender=GlossaryTerm, dispatch_uid=f"content_search.term_{name}"
        )
