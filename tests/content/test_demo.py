"""The demo site `load_demo` builds: enough real content to read, search and review, loaded
idempotently."""

import pytest
from django.core.management import call_command

from content.models import (
    ArticlePage,
    EventPage,
    GlossaryTerm,
    PublicationPage,
    TopicPage,
)

pytestmark = pytest.mark.django_db


def counts():
    return (
        TopicPage.objects.count(),
        ArticlePage.objects.count(),
        GlossaryTerm.objects.count(),
        EventPage.objects.count(),
        PublicationPage.objects.count(),
    )


def test_demo_content_is_complete_bilingual_and_loads_once(demo_site):
    topics, articles, terms, events, publications = counts()
    assert topics >= 5 and articles >= 12 and terms >= 40
    assert events == 3 and publications == 2
    assert len({a.get_parent().pk for a in ArticlePage.objects.all()}) >= 5

    call_command("load_demo", "--force")
    assert counts() == (topics, articles, terms, events, publications)


def test_every_article_is_translated_reviewed_and_sourced(demo_site):
    statuses = set()
    for article in ArticlePage.objects.live():
        assert article.title_zh_hant and article.summary_zh_hant, article.slug
        assert len(article.body_zh_hant) > 3, article.slug
        assert article.reviewer_name and article.last_reviewed and article.next_review_due
        assert article.translation_state.code == "complete", article.slug
        for language in ("en", "zh_hant"):
            kinds = [block.block_type for block in getattr(article, f"body_{language}")]
            assert "references" in kinds and "key_points" in kinds, (article.slug, language)
            for block in getattr(article, f"body_{language}"):
                if block.block_type in ("image", "figure"):
                    assert block.value["alt_text"].strip(), (article.slug, language)
        statuses.add(article.review_status())
    assert "overdue" in statuses  # the demo shows the overdue notice somewhere


def test_events_and_publications(demo_site):
    upcoming = EventPage.objects.live().upcoming()
    past = EventPage.objects.live().past()
    assert upcoming.count() == 2 and past.count() == 1
    assert "thalassaemia" in past.get().title_en.lower()
    for publication in PublicationPage.objects.live():
        assert publication.file_en and publication.file_zh_hant
        for document in (publication.file_en, publication.file_zh_hant):
            with document.open_file() as handle:
                assert handle.read(5) == b"%PDF-"


def test_glossary_terms_are_bilingual_with_related_terms(demo_site):
    for term in GlossaryTerm.objects.all():
        assert term.term_zh_hant and term.short_definition_zh_hant, term.slug
        assert term.term_zh_hans  # derived
    assert GlossaryTerm.objects.filter(related_terms__isnull=False).distinct().count() >= 30
