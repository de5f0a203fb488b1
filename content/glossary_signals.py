"""Changes that make the cached glossary matchers (`content.glossary_linking`) stale.

A new generation is taken only once the change is committed: taken earlier, a request could
rebuild a matcher from the old rows and keep it under the new generation.
"""

from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.dispatch import receiver
from wagtail.models import PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move

from content import glossary_linking
from content.models import GlossaryIndexPage, GlossaryTerm


def _renew() -> None:
    transaction.on_commit(glossary_linking.new_generation)


@receiver(post_save, sender=GlossaryTerm, dispatch_uid="content.glossary.term_saved")
@receiver(post_delete, sender=GlossaryTerm, dispatch_uid="content.glossary.term_deleted")
def term_changed(sender, instance, **kwargs) -> None:
    _renew()


@receiver(
    m2m_changed,
    sender=GlossaryTerm.related_terms.through,
    dispatch_uid="content.glossary.related_changed",
)
def related_terms_changed(sender, instance, **kwargs) -> None:
    _renew()


# Links point at the glossary page: its address, or whether there is one, changes with these.
@receiver(page_published, dispatch_uid="content.glossary.page_published")
@receiver(page_unpublished, dispatch_uid="content.glossary.page_unpublished")
def page_changed(sender, instance, **kwargs) -> None:
    if isinstance(instance, GlossaryIndexPage):
        _renew()


@receiver(post_page_move, dispatch_uid="content.glossary.page_moved")
def page_moved(sender, instance, **kwargs) -> None:
    # Moving any ancestor moves the glossary too; moves are rare enough to renew every time.
    _renew()


@receiver(post_delete, sender=GlossaryIndexPage, dispatch_uid="content.glossary.page_deleted")
def glossary_deleted(sender, instance, **kwargs) -> None:
    _renew()


@receiver(post_save, sender=PageViewRestriction, dispatch_uid="content.glossary.restricted")
@receiver(post_delete, sender=PageViewRestriction, dispatch_uid="content.glossary.unrestricted")
def privacy_changed(sender, instance, **kwargs) -> None:
    # Only a public glossary is linked to.
    _renew()
