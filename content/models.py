"""Public pages and the glossary.

Every page type derives from `TranslatedPage`: English and Traditional Chinese fields side by side
(django-modeltranslation, registered in `content/translation.py`), Simplified derived on save
(`academy.signals`), per-field edit times for the translation state (`content.translation_state`),
and publishing refused while a required Traditional Chinese field is empty unless the page is
marked English only.
"""

import datetime
from dataclasses import dataclass

from django import forms
from django.core.exceptions import ValidationError
from django.core.paginator import Page as PaginatorPage
from django.core.paginator import Paginator
from django.db import models
from django.utils import timezone
from django.utils.functional import SimpleLazyObject, cached_property
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    PageChooserPanel,
)
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page, PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index

from content import blocks, translation_state
from content.admin.forms import TranslatedPageForm
from content.text import plain_text, reading_minutes

AUDIENCES = [
    ("public", _("General public")),
    ("patients", _("Patients")),
    ("families", _("Families")),
    ("students", _("Students")),
    ("professionals", _("Healthcare professionals")),
]
LEVELS = [("general", _("General readers")), ("professional", _("Professional"))]
DELIVERY_LANGUAGES = [
    ("en", _("English")),
    ("yue", _("Cantonese")),
    ("zh-putonghua", _("Putonghua")),
    ("bilingual", _("English and Cantonese")),
]
REVIEW_DUE_SOON_DAYS = 30


class AudienceField(models.JSONField):
    """A list of audience codes, edited as checkboxes."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("default", list)
        kwargs.setdefault("blank", True)
        super().__init__(*args, **kwargs)

    def formfield(self, **kwargs):
        return forms.MultipleChoiceField(
            choices=AUDIENCES,
            required=not self.blank,
            widget=forms.CheckboxSelectMultiple,
            label=self.verbose_name,
            help_text=self.help_text,
        )

    def validate(self, value, model_instance):
        super().validate(value, model_instance)
        codes = {code for code, _label in AUDIENCES}
        if not isinstance(value, list) or not set(value) <= codes:
            raise ValidationError(_("Choose audiences from the list."), code="invalid_audience")


def audience_labels(codes: list[str]) -> list[str]:
    labels = dict(AUDIENCES)
    return [str(labels[code]) for code in codes if code in labels]


@dataclass(frozen=True)
class SearchContent:
    """What search indexes of a page in one language."""

    title: str
    summary: str
    body: str


class TranslatedPage(Page):
    """Base of every public page type."""

    english_only = models.BooleanField(
        _("English only"),
        default=False,
        help_text=_(
            "Publish without a Chinese translation. Chinese readers see the English text "
            "with a notice that the page is available in English only."
        ),
    )
    translation_edits = models.JSONField(default=dict, blank=True, editable=False)

    # Base names of the fields that must be filled in Traditional Chinese before publishing.
    required_translations: tuple[str, ...] = ("title",)
    # False for pages only signed-in learners may open (lessons) or that only redirect
    # (modules): kept out of the sitemap and the public search.
    publicly_listed: bool = True

    settings_panels = [*Page.settings_panels, FieldPanel("english_only")]
    base_form_class = TranslatedPageForm  # refuses publishing with required Chinese empty
    # Wagtail's index keeps only the active language's title and cannot segment Chinese; these
    # let the admin search and page chooser find a page by any part of its Chinese title.
    search_fields = [
        *Page.search_fields,
        # Page's own title entry holds whichever language was active when it was indexed.
        index.SearchField("title_en"),
        index.AutocompleteField("title_en"),
        index.SearchField("chinese_index_text"),
        index.AutocompleteField("chinese_index_text"),
    ]

    class Meta:
        abstract = True

    # -- translation state -------------------------------------------------------------------
    def save_revision(self, *args, **kwargs):
        translation_state.record_edits(self)
        revision = super().save_revision(*args, **kwargs)
        # The row keeps the latest draft's edit record too; the admin reads a page's state from
        # its latest draft (translation_state.current_versions).
        type(self).objects.filter(pk=self.pk).update(translation_edits=self.translation_edits)
        return revision

    def publish(self, revision, *args, **kwargs):
        page = revision.as_object()
        refusal = translation_state.publishing_refusal(page)
        if refusal is not None:
            if kwargs.get("log_action") == translation_state.SCHEDULED_PUBLISH_ACTION:
                # Wagtail's `publish_scheduled` publishes every due revision in one loop: an
                # untranslated page is unscheduled and logged, so it cannot stop the others.
                translation_state.refuse_scheduled_publishing(page, revision, refusal)
                return None
            raise refusal
        return super().publish(revision, *args, **kwargs)

    @property
    def translation_state(self) -> translation_state.TranslationState:
        return translation_state.state_of(self)

    # -- reading ------------------------------------------------------------------------------
    def shows_english_to(self, language: str) -> bool:
        """True when a Chinese reader gets the English text (the page is English only)."""
        return self.english_only and language != "en"

    def search_content(self, language: str) -> SearchContent:
        return SearchContent(
            title=self.title_in(language),
            summary=self.text_in("search_description", language),
            body="",
        )

    def chinese_index_text(self) -> str:
        """The Traditional and Simplified titles as character unigrams and bigrams."""
        from content.search.text import cjk_index_expansion

        return cjk_index_expansion(f"{self.title_zh_hant or ''} {self.title_zh_hans or ''}")

    def title_in(self, language: str) -> str:
        return self.text_in("title", language)

    def text_in(self, field: str, language: str) -> str:
        """A translated field's text in `language`, English for an English-only page."""
        language = "en" if self.shows_english_to(language) else language
        value = getattr(self, f"{field}_{language.replace('-', '_')}", None)
        if value in (None, "") and language == "zh-hans":
            value = getattr(self, f"{field}_zh_hant", None)
        if value in (None, ""):
            value = getattr(self, f"{field}_en", "")
        return plain_text(value)

    def get_view_restrictions(self):
        # Wagtail asks on every request, reading the page's ancestors and then their
        # restrictions (two queries); with no restriction anywhere on the site, the usual case,
        # there is nothing to read.
        from wagtail.models import PageViewRestriction

        from content import cache as page_cache

        if not page_cache.any_view_restrictions():
            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()

    def get_sitemap_urls(self, request=None):
        # content.sitemap writes every language with its alternates; Wagtail's own sitemap
        # is not used.
        return []


class HomePage(TranslatedPage):
    """The front page of the public site, one per site."""

    strapline = models.CharField(
        _("strapline"), max_length=255, blank=True, help_text=_("One sentence under the title.")
    )
    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = [
        *Page.content_panels,
        FieldPanel("strapline"),
        FieldPanel("intro"),
        InlinePanel("featured_topics", label=_("Featured topics"), max_num=6),
    ]
    required_translations = ("title", "strapline")

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "content.TopicPage",
        "content.EventIndexPage",
        "content.PublicationIndexPage",
        "content.NewsIndexPage",
        "content.FAQPage",
        "content.GlossaryIndexPage",
        "courses.CourseIndexPage",
    ]
    max_count = 1
    template = "content/home_page.html"

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Topics and latest articles are read only when the template's shared fragments of
        # them are not cached; events depend on the time, so they are read on every request.
        context["featured_topics"] = SimpleLazyObject(self._featured_topics)
        context["latest_articles"] = SimpleLazyObject(
            lambda: list(
                ArticlePage.objects.live()
                .descendant_of(self)
                .select_related("image")
                .order_by("-first_published_at")[:6]
            )
        )
        context["upcoming_events"] = EventPage.objects.live().upcoming()[:3]
        return context

    def _featured_topics(self) -> list["TopicPage"]:
        featured = [
            link.topic for link in self.featured_topics.select_related("topic", "topic__image")
        ]
        if not featured:
            featured = list(
                TopicPage.objects.live().child_of(self).select_related("image").order_by("path")[:6]
            )
        return featured


class HomeFeaturedTopic(Orderable):
    home = ParentalKey(HomePage, related_name="featured_topics", on_delete=models.CASCADE)
    topic = models.ForeignKey("content.TopicPage", on_delete=models.CASCADE, related_name="+")

    panels = [PageChooserPanel("topic", "content.TopicPage")]


class TopicArticles:
    """Curated articles, then the rest as a queryset: a sequence `Paginator` can slice without
    loading every article. Nothing is read until it is needed: the topic page shows a cached
    count and cached cards (`TopicPage.article_page`), and then reads no article at all."""

    def __init__(self, curated, others, count=None) -> None:
        self._curated, self.others = curated, others
        self._count = count  # a callable giving the count, or None to count here

    @cached_property
    def curated(self) -> list:
        return self._curated()

    def _exclude_curated(self):
        return self.others.exclude(pk__in=[a.pk for a in self.curated])

    def count(self) -> int:
        if self._count is not None:
            return self._count()
        return len(self.curated) + self._exclude_curated().count()

    def __len__(self) -> int:
        return self.count()

    def __iter__(self):
        yield from self.curated
        yield from self._exclude_curated()

    def __getitem__(self, items: slice) -> SimpleLazyObject:
        def read() -> list:
            start, stop = items.start or 0, items.stop
            head = self.curated[start:stop]
            skip = len(self.curated)
            rest = self._exclude_curated()[
                max(0, start - skip) : None if stop is None else max(0, stop - skip)
            ]
            return [*head, *rest]

        return SimpleLazyObject(read)


class TopicPage(TranslatedPage):
    """A topic hub: an introduction and a curated list of articles."""

    ARTICLES_PER_PAGE = 24

    summary = models.CharField(_("summary"), max_length=300, blank=True)
    intro = RichTextField(_("introduction"), blank=True, features=blocks.INLINE_FEATURES)
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("intro"),
        FieldPanel("image"),
        InlinePanel("curated_articles", label=_("Curated articles")),
    ]
    search_fields = [*TranslatedPage.search_fields, index.SearchField("summary")]
    required_translations = ("title", "summary")

    parent_page_types = ["content.HomePage"]
    subpage_types = ["content.ArticlePage"]
    template = "content/topic_page.html"

    class Meta:
        verbose_name = _("topic")

    def articles(self):
        """Curated articles first, in the editor's order, then the topic's other articles."""
        return list(self._articles())

    def _articles(self, count=None) -> "TopicArticles":
        def curated() -> list:
            return [
                link.article
                for link in self.curated_articles.select_related("article", "article__image")
                if link.article.live
            ]

        others = (
            ArticlePage.objects.live()
            .child_of(self)
            .select_related("image")
            .order_by("title", "pk")
        )
        return TopicArticles(curated, others, count)

    def article_page(self, number, request=None) -> PaginatorPage:
        """One page of `articles()`, read from the database a page at a time: a topic may hold
        hundreds of articles, and rendering them all made the page cost seconds. The count is
        a shared fragment (`content.cache`), and the articles are read only when the template's
        cached cards are missing, so a topic page usually reads none."""
        from content import cache as page_cache

        def count() -> int:
            return page_cache.fragment(
                request, "topic-count", str(self.pk), lambda: self._articles().count(), "any"
            )

        return Paginator(self._articles(count), self.ARTICLES_PER_PAGE).get_page(number)

    def search_content(self, language):
        return SearchContent(
            title=self.title_in(language),
            summary=self.text_in("summary", language),
            body=self.text_in("intro", language),
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["articles"] = self.article_page(request.GET.get("page"), request)
        return context


class TopicCuratedArticle(Orderable):
    topic = ParentalKey(TopicPage, related_name="curated_articles", on_delete=models.CASCADE)
    article = models.ForeignKey("content.ArticlePage", on_delete=models.CASCADE, related_name="+")

    panels = [PageChooserPanel("article", "content.ArticlePage")]


class ArticlePage(TranslatedPage):
    summary = models.TextField(
        _("plain-language summary"),
        blank=True,
        help_text=_("Two or three short sentences a 12-year-old could follow."),
    )
    body = StreamField(blocks.ArticleBodyBlock(), verbose_name=_("body"), blank=True)
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("card image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    audience = AudienceField(_("audience"))
    level = models.CharField(_("level"), max_length=20, choices=LEVELS, default="general")
    reviewer_name = models.CharField(_("reviewer's name"), max_length=200, blank=True)
    reviewer_credentials = models.CharField(_("reviewer's credentials"), max_length=300, blank=True)
    last_reviewed = models.DateField(_("last medically reviewed"), null=True, blank=True)
    next_review_due = models.DateField(_("next review due"), null=True, blank=True)
    reading_minutes = models.JSONField(default=dict, blank=True, editable=False)

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("body"),
        FieldPanel("image"),
        MultiFieldPanel([FieldPanel("audience"), FieldPanel("level")], heading=_("Readers")),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("reviewer_name"), FieldPanel("reviewer_credentials")]),
                FieldRowPanel([FieldPanel("last_reviewed"), FieldPanel("next_review_due")]),
            ],
            heading=_("Medical review"),
        ),
        InlinePanel("related_links", label=_("Related articles"), max_num=6),
    ]
    search_fields = [*TranslatedPage.search_fields, index.SearchField("summary")]
    required_translations = ("title", "summary", "body")

    parent_page_types = ["content.TopicPage"]
    subpage_types = []
    template = "content/article_page.html"

    class Meta:
        verbose_name = _("article")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(next_review_due__isnull=True)
                | models.Q(last_reviewed__isnull=True)
                | models.Q(next_review_due__gt=models.F("last_reviewed")),
                name="article_next_review_after_last",
            )
        ]

    def clean(self):
        super().clean()
        if self.last_reviewed and self.last_reviewed > timezone.localdate():
            raise ValidationError({"last_reviewed": _("The review date cannot be in the future.")})
        if (
            self.last_reviewed
            and self.next_review_due
            and self.next_review_due <= self.last_reviewed
        ):
            raise ValidationError(
                {"next_review_due": _("The next review must fall after the last one.")}
            )

    def save(self, *args, **kwargs):
        self.reading_minutes = {
            "en": reading_minutes(self.body_text("en"), "en"),
            "zh-hant": reading_minutes(self.body_text("zh-hant"), "zh-hant"),
        }
        super().save(*args, **kwargs)

    def body_text(self, language: str) -> str:
        return plain_text(getattr(self, f"body_{language.replace('-', '_')}", None))

    def reading_time(self, language: str) -> int:
        key = "en" if language == "en" or self.shows_english_to(language) else "zh-hant"
        return self.reading_minutes.get(key) or 1

    def review_status(self, today: datetime.date | None = None) -> str:
        """'overdue', 'due-soon', 'current', or 'unreviewed'."""
        today = today or timezone.localdate()
        if not self.last_reviewed or not self.next_review_due:
            return "unreviewed"
        if self.next_review_due < today:
            return "overdue"
        if self.next_review_due <= today + datetime.timedelta(days=REVIEW_DUE_SOON_DAYS):
            return "due-soon"
        return "current"

    @property
    def audience_labels(self) -> list[str]:
        return audience_labels(self.audience)

    def related_articles(self, limit: int = 3) -> list["ArticlePage"]:
        """The editor's choices, topped up with the newest articles on the same topic. Both
        queries always run, so the page costs the same whatever the number of links."""
        chosen = [
            link.article
            for link in self.related_links.select_related("article", "article__image")
            if link.article.live
        ][:limit]
        siblings = (
            ArticlePage.objects.live()
            .sibling_of(self, inclusive=False)
            .select_related("image")
            .order_by("-first_published_at")[: limit * 2]
        )
        for sibling in siblings:
            if len(chosen) >= limit:
                break
            if all(sibling.pk != article.pk for article in chosen):
                chosen.append(sibling)
        return chosen

    def search_content(self, language):
        return SearchContent(
            title=self.title_in(language),
            summary=self.text_in("summary", language),
            body=self.text_in("body", language),
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Read only when the template's shared fragment of them is not cached.
        context["related_articles"] = SimpleLazyObject(self.related_articles)
        context["review_status"] = self.review_status()
        context["reading_minutes"] = self.reading_time(get_language() or "en")
        return context


class ArticleRelatedLink(Orderable):
    source = ParentalKey(ArticlePage, related_name="related_links", on_delete=models.CASCADE)
    article = models.ForeignKey("content.ArticlePage", on_delete=models.CASCADE, related_name="+")

    panels = [PageChooserPanel("article", "content.ArticlePage")]


class IndexPage(TranslatedPage):
    """Base of the listing pages (events, publications, news)."""

    intro = RichTextField(_("introduction"), blank=True, features=blocks.SIMPLE_FEATURES)
    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["content.HomePage"]
    max_count = 1

    class Meta:
        abstract = True


class EventIndexPage(IndexPage):
    subpage_types = ["content.EventPage"]
    template = "content/event_index_page.html"

    class Meta:
        verbose_name = _("events list")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        events = EventPage.objects.live().child_of(self)
        context["upcoming_events"] = events.upcoming()
        context["past_events"] = events.past()
        return context


class EventPageQuerySet(PageQuerySet):
    def upcoming(self):
        return self.filter(ends_at__gte=timezone.now()).order_by("starts_at")

    def past(self):
        return self.filter(ends_at__lt=timezone.now()).order_by("-starts_at")


class EventPage(TranslatedPage):
    summary = models.CharField(_("summary"), max_length=300, blank=True)
    description = RichTextField(_("description"), blank=True, features=blocks.INLINE_FEATURES)
    starts_at = models.DateTimeField(_("starts"), help_text=_("Hong Kong time."))
    ends_at = models.DateTimeField(_("ends"), help_text=_("Hong Kong time."))
    venue = models.CharField(_("venue"), max_length=300, blank=True)
    online_url = models.URLField(_("online link"), blank=True)
    delivery_language = models.CharField(
        _("language of delivery"), max_length=20, choices=DELIVERY_LANGUAGES, default="en"
    )
    audience = AudienceField(_("audience"))
    registration_url = models.URLField(_("registration link"), blank=True)
    registration_note = models.CharField(_("how to register"), max_length=300, blank=True)
    topic = models.ForeignKey(
        "content.TopicPage",
        verbose_name=_("topic"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    objects = PageManager.from_queryset(EventPageQuerySet)()

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("description"),
        FieldRowPanel([FieldPanel("starts_at"), FieldPanel("ends_at")], heading=_("When")),
        MultiFieldPanel([FieldPanel("venue"), FieldPanel("online_url")], heading=_("Where")),
        FieldPanel("delivery_language"),
        FieldPanel("audience"),
        MultiFieldPanel(
            [FieldPanel("registration_url"), FieldPanel("registration_note")],
            heading=_("Registration"),
        ),
        PageChooserPanel("topic", "content.TopicPage"),
    ]
    required_translations = ("title", "summary")

    parent_page_types = ["content.EventIndexPage"]
    subpage_types = []
    template = "content/event_page.html"

    class Meta:
        verbose_name = _("event")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(ends_at__gt=models.F("starts_at")), name="event_ends_after_start"
            )
        ]

    def clean(self):
        super().clean()
        if self.starts_at and self.ends_at and self.ends_at <= self.starts_at:
            raise ValidationError({"ends_at": _("An event must end after it starts.")})
        if not self.venue_en and not self.online_url:
            raise ValidationError({"venue_en": _("Give a venue, an online link, or both.")})

    @property
    def is_past(self) -> bool:
        return self.ends_at < timezone.now()

    def search_content(self, language):
        return SearchContent(
            title=self.title_in(language),
            summary=self.text_in("summary", language),
            body=self.text_in("description", language),
        )


class PublicationIndexPage(IndexPage):
    subpage_types = ["content.PublicationPage"]
    template = "content/publication_index_page.html"

    class Meta:
        verbose_name = _("publications list")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["publications"] = (
            PublicationPage.objects.live()
            .child_of(self)
            .select_related("file_en", "file_zh_hant", "file_zh_hans")
            .order_by("-published_on")
        )
        return context


PUBLICATION_KINDS = [("leaflet", _("Leaflet")), ("report", _("Report"))]


def _document(label):
    return models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=label,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )


class PublicationPage(TranslatedPage):
    summary = models.TextField(_("summary"), blank=True)
    kind = models.CharField(_("kind"), max_length=20, choices=PUBLICATION_KINDS)
    published_on = models.DateField(_("published"))
    file_en = _document(_("file in English"))
    file_zh_hant = _document(_("file in Traditional Chinese"))
    file_zh_hans = _document(_("file in Simplified Chinese"))
    topic = models.ForeignKey(
        "content.TopicPage",
        verbose_name=_("topic"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldRowPanel([FieldPanel("kind"), FieldPanel("published_on")]),
        MultiFieldPanel(
            [FieldPanel("file_en"), FieldPanel("file_zh_hant"), FieldPanel("file_zh_hans")],
            heading=_("Files"),
        ),
        PageChooserPanel("topic", "content.TopicPage"),
    ]
    required_translations = ("title", "summary")

    parent_page_types = ["content.PublicationIndexPage"]
    subpage_types = []
    template = "content/publication_page.html"

    class Meta:
        verbose_name = _("publication")

    def clean(self):
        super().clean()
        if not self.file_en_id:
            raise ValidationError({"file_en": _("Attach the English file.")})
        if not self.file_zh_hant_id and not self.english_only:
            raise ValidationError(
                {
                    "file_zh_hant": _(
                        "Attach the Traditional Chinese file, or mark the page English only."
                    )
                }
            )

    def files(self, language: str) -> list[tuple[str, object]]:
        """(language code, document) pairs to offer, the reader's language first."""
        by_language = {
            "en": self.file_en,
            "zh-hant": self.file_zh_hant,
            "zh-hans": self.file_zh_hans,
        }
        order = [language, *[code for code in ("zh-hant", "en", "zh-hans") if code != language]]
        return [(code, by_language[code]) for code in order if by_language[code]]

    def search_content(self, language):
        return SearchContent(
            title=self.title_in(language), summary=self.text_in("summary", language), body=""
        )


class NewsIndexPage(IndexPage):
    subpage_types = ["content.NewsPage"]
    template = "content/news_index_page.html"

    class Meta:
        verbose_name = _("news list")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["news"] = NewsPage.objects.live().child_of(self).order_by("-date")
        return context


class NewsPage(TranslatedPage):
    date = models.DateField(_("date"))
    summary = models.CharField(_("summary"), max_length=300, blank=True)
    body = RichTextField(_("body"), blank=True, features=blocks.INLINE_FEATURES)

    content_panels = [
        *Page.content_panels,
        FieldPanel("date"),
        FieldPanel("summary"),
        FieldPanel("body"),
    ]
    required_translations = ("title", "summary", "body")
    parent_page_types = ["content.NewsIndexPage"]
    subpage_types = []
    template = "content/news_page.html"

    class Meta:
        verbose_name = _("news item")

    def search_content(self, language):
        return SearchContent(
            title=self.title_in(language),
            summary=self.text_in("summary", language),
            body=self.text_in("body", language),
        )


class FAQPage(TranslatedPage):
    intro = RichTextField(_("introduction"), blank=True, features=blocks.SIMPLE_FEATURES)
    questions = StreamField(
        [("questions", blocks.AccordionFAQBlock())], verbose_name=_("questions"), blank=True
    )

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("questions")]
    required_translations = ("title", "questions")
    parent_page_types = ["content.HomePage"]
    subpage_types = []
    template = "content/faq_page.html"

    class Meta:
        verbose_name = _("questions and answers page")

    def search_content(self, language):
        return SearchContent(
            title=self.title_in(language),
            summary=self.text_in("intro", language),
            body=self.text_in("questions", language),
        )


class GlossaryIndexPage(RoutablePageMixin, TranslatedPage):
    """The glossary: every term A–Z (or by pinyin or stroke count in Chinese), and a page per
    term at `<glossary>/<slug>/`."""

    intro = RichTextField(_("introduction"), blank=True, features=blocks.SIMPLE_FEATURES)
    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["content.HomePage"]
    subpage_types = []
    max_count = 1
    template = "content/glossary_index_page.html"

    class Meta:
        verbose_name = _("glossary")

    @path("")
    def index_route(self, request):
        from content.glossary import index_context

        return self.render(request, context_overrides=index_context(self, request))

    @path("<slug:slug>/")
    def term_route(self, request, slug):
        from content.glossary import term_context

        return self.render(
            request,
            template="content/glossary_term.html",
            context_overrides=term_context(self, request, slug),
        )


class GlossaryTerm(index.Indexed, ClusterableModel):
    """A glossary entry, edited as a snippet and linked from article bodies."""

    slug = models.SlugField(_("slug"), max_length=100, unique=True)
    term = models.CharField(_("term"), max_length=120)
    short_definition = models.CharField(
        _("short definition"),
        max_length=300,
        help_text=_("One sentence, shown in the pop-up next to the linked word."),
    )
    full_definition = RichTextField(
        _("full definition"), blank=True, features=blocks.INLINE_FEATURES
    )
    synonyms = models.TextField(
        _("synonyms"),
        blank=True,
        help_text=_("Other words and abbreviations for the same thing, one per line."),
    )
    related_terms = ParentalManyToManyField(
        "self", verbose_name=_("related terms"), blank=True, symmetrical=False
    )
    updated_at = models.DateTimeField(auto_now=True)

    panels = [
        FieldPanel("term"),
        FieldPanel("slug"),
        FieldPanel("short_definition"),
        FieldPanel("full_definition"),
        FieldPanel("synonyms"),
        FieldPanel("related_terms", widget=forms.CheckboxSelectMultiple),
    ]
    search_fields = [
        index.SearchField("term", boost=3),
        index.AutocompleteField("term"),
        index.SearchField("synonyms"),
        index.SearchField("short_definition"),
        # Chinese term and synonyms as character n-grams, for the snippet chooser and listing.
        index.SearchField("chinese_index_text"),
        index.AutocompleteField("chinese_index_text"),
    ]

    class Meta:
        verbose_name = _("glossary term")
        verbose_name_plural = _("glossary terms")
        ordering = ["term_en"]

    def __str__(self):
        return self.term_in(get_language() or "en")

    def term_in(self, language: str) -> str:
        code = language.replace("-", "_")
        return getattr(self, f"term_{code}", None) or self.term_en or self.slug

    def synonyms_in(self, language: str) -> list[str]:
        code = language.replace("-", "_")
        text = getattr(self, f"synonyms_{code}", None) or ""
        return [line.strip() for line in text.splitlines() if line.strip()]

    @cached_property
    def has_chinese(self) -> bool:
        return bool(self.term_zh_hant and self.short_definition_zh_hant)

    def clean(self):
        super().clean()
        if self.pk and self.related_terms.filter(pk=self.pk).exists():
            raise ValidationError({"related_terms": _("A term cannot be related to itself.")})

    def chinese_index_text(self) -> str:
        from content.search.text import cjk_index_expansion

        return cjk_index_expansion(
            " ".join(
                getattr(self, f"{field}_{code}", None) or ""
                for field in ("term", "synonyms")
                for code in ("zh_hant", "zh_hans")
            )
        )

    def search_content(self, language: str) -> SearchContent:
        code = language.replace("-", "_")
        return SearchContent(
            title=self.term_in(language),
            summary=plain_text(getattr(self, f"short_definition_{code}", "") or ""),
            body=" ".join(
                [
                    *self.synonyms_in(language),
                    plain_text(getattr(self, f"full_definition_{code}", "")),
                ]
            ),
        )


class ReviewReminder(models.Model):
    """One weekly digest to one editor of the articles whose medical review is due. The row is
    written before the mail is sent and stamped after, so a re-run in the same week sends
    nothing twice and a crash between the two is retried."""

    recipient = models.ForeignKey(
        "accounts.User", on_delete=models.CASCADE, related_name="review_reminders"
    )
    week = models.DateField(help_text="Monday of the ISO week the digest covers.")
    articles = models.JSONField(default=list)
    created_at = models.DateTimeField(auto_now_add=True)
    sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["recipient", "week"], name="one_review_digest_a_week")
        ]

    def __str__(self):
        return f"{self.recipient} {self.week}"
