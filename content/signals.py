"""Publishing events that make cached pages stale."""

from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.dispatch import receiver
from wagtail.models import PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from content import cache
from content.models import GlossaryTerm


def _invalidate(page=None) -> None:
    def run():
        cache.invalidate()
        if page is not None:
            cache.purge_front_end(page)

    transaction.on_commit(run)


@receiver(page_published, dispatch_uid="content.cache.published")
@receiver(page_unpublished, dispatch_uid="content.cache.unpublished")
def page_changed(sender, instance, **kwargs) -> None:
    _invalidate(instance)


@receiver(post_page_move, dispatch_uid="content.cache.moved")
def page_moved(sender, instance, **kwargs) -> None:
    _invalidate(instance)


@receiver(post_delete, dispatch_uid="content.cache.deleted")
def page_deleted(sender, instance, **kwargs) -> None:
    from wagtail.models import Page

    if isinstance(instance, Page) and instance.live:
        _invalidate()


@receiver(post_save, sender=GlossaryTerm, dispatch_uid="content.cache.term_saved")
@receiver(post_delete, sender=GlossaryTerm, dispatch_uid="content.cache.term_deleted")
def term_changed(sender, instance, **kwargs) -> None:
    _invalidate()


@receiver(
    m2m_changed, sender=GlossaryTerm.related_terms.through, dispatch_uid="content.cache.related"
)
def related_terms_changed(sender, instance, **kwargs) -> None:
    _invalidate()


# Privacy settings decide who may see a page; sites decide which page a host and path lead to
# (routes and menus are cached under the generation, content.routing).
@receiver(post_save, sender=PageViewRestriction, dispatch_uid="content.cache.restricted")
@receiver(post_delete, sender=PageViewRestriction, dispatch_uid="content.cache.unrestricted")
@receiver(post_save, sender=Site, dispatch_uid="content.cache.site_saved")
@receiver(post_delete, sender=Site, dispatch_uid="content.cache.site_deleted")
def site_or_privacy_changed(sender, instance, **kwargs) -> None:
    _invalidate()
