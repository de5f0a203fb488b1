"""What the public site search looks through: one document per page or glossary term and
language, its text already normalised by `content.search.text`.

Pages keep their text in per-language columns and StreamFields that Wagtail's index cannot read
language by language; a document holds exactly what a reader of one language would search and
see, so filtering to the reader's language is a plain `FilterField`.
"""

from django.conf import settings
from django.contrib.postgres.search import SearchVector, SearchVectorField
from django.db import models
from django.db.models import Func, TextField
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.search import index
from wagtail.search.queryset import SearchableQuerySetMixin

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]

# PostgreSQL's text search configuration for our own vectors: `content.search.text` has already
# stemmed and segmented the text, so PostgreSQL must take the tokens as they are (`simple`: no
# second stemming, no stop words), exactly as SQLite's FTS5 does.
SEARCH_CONFIG = "simple"
# How many tokens from the start of `index_body` (the summary, then the body) the ranking vector
# keeps: the summary and first paragraph in English, the summary in Chinese (a character is a
# unigram and a bigram). Migration 0004 repeats the number in SQL.
LEAD_TOKENS = 200


class Lead(Func):
    """The first `LEAD_TOKENS` space-separated tokens of a text column (PostgreSQL)."""

    template = "array_to_string((string_to_array(%(expressions)s, ' '))[1:%(tokens)d], ' ')"
    output_field = TextField()

    def __init__(self, expression, **extra):
        super().__init__(expression, tokens=LEAD_TOKENS, **extra)


def vector_values() -> dict[str, SearchVector]:
    """What `search_vector` and `rank_vector` hold, computed by PostgreSQL from the row's own
    `index_title` and `index_body` (for `QuerySet.update`)."""
    title = SearchVector("index_title", config=SEARCH_CONFIG, weight="A")
    return {
        "search_vector": title + SearchVector("index_body", config=SEARCH_CONFIG, weight="D"),
        "rank_vector": title + SearchVector(Lead("index_body"), config=SEARCH_CONFIG, weight="B"),
    }


class Kind(models.TextChoices):
    PAGE = "page", _("page")
    TERM = "term", _("glossary term")


class SearchDocumentQuerySet(SearchableQuerySetMixin, models.QuerySet):
    pass


class SearchDocument(index.Indexed, models.Model):
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices)
    page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="search_documents",
    )
    term = models.ForeignKey(
        "content.GlossaryTerm",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="search_documents",
    )
    language = models.CharField(_("language"), max_length=10, choices=settings.LANGUAGES)
    # What the reader sees, in their language: plain text, escaped when shown.
    title = models.CharField(_("title"), max_length=255)
    summary = models.TextField(_("summary"), blank=True)
    body = models.TextField(_("body"), blank=True)
    url = models.CharField(_("address"), max_length=2000)
    # What the backend indexes: `content.search.text.index_text` of the fields above.
    index_title = models.TextField(blank=True)
    index_body = models.TextField(blank=True)
    # PostgreSQL only (NULL on other databases, which search through Wagtail's backend): the
    # site search's own vectors, set by `services._write` from the two fields above
    # (`vector_values`). Matching uses `search_vector`, all of the text (GIN index, migration
    # 0005); ranking uses `rank_vector`, the title (weight A) and the lead of the body (B) only,
    # so ranking the thousands of documents a common word matches reads a couple of kilobytes
    # each rather than detoasting whole bodies.
    search_vector = SearchVectorField(null=True, editable=False)
    rank_vector = SearchVectorField(null=True, editable=False)
    updated_at = models.DateTimeField(auto_now=True)

    objects = SearchDocumentQuerySet.as_manager()

    search_fields = [
        index.SearchField("index_title", boost=3),
        index.SearchField("index_body"),
        index.FilterField("language"),
        index.FilterField("kind"),
    ]

    class Meta:
        verbose_name = _("search document")
        verbose_name_plural = _("search documents")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(kind=Kind.PAGE, page__isnull=False, term__isnull=True)
                | models.Q(kind=Kind.TERM, term__isnull=False, page__isnull=True),
                name="search_document_one_object",
            ),
            models.CheckConstraint(
                condition=models.Q(language__in=LANGUAGE_CODES),
                name="search_document_language",
            ),
            models.UniqueConstraint(
                fields=["page", "language"],
                condition=models.Q(page__isnull=False),
                name="search_document_unique_page_language",
            ),
            models.UniqueConstraint(
                fields=["term", "language"],
                condition=models.Q(term__isnull=False),
                name="search_document_unique_term_language",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.title} ({self.language})"


class PendingUpdate(models.Model):
    """A page or glossary term whose documents may be out of date.

    Written in the same transaction as the change that makes them stale, so the work survives a
    broker outage or a crashed worker: a task only carries out what is recorded here, and
    running it twice does no harm (it rebuilds the documents from the current state and deletes
    the record only if nobody asked again meanwhile).
    """

    kind = models.CharField(max_length=10, choices=Kind.choices)
    object_id = models.BigIntegerField()
    requested_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("pending search update")
        verbose_name_plural = _("pending search updates")
        constraints = [
            models.UniqueConstraint(
                fields=["kind", "object_id"], name="search_pending_unique_object"
            )
        ]

    def __str__(self) -> str:
        return f"{self.kind} {self.object_id}"
