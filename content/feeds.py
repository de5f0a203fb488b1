"""Atom feeds of articles and news, one per language."""

from django.contrib.syndication.views import Feed
from django.utils import translation
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _

from academy.i18n import BCP47
from content.models import ArticlePage, NewsPage

FEED_SIZE = 20


class _PageFeed(Feed):
    feed_type = Atom1Feed
    model = None

    @property
    def language(self):
        # One Feed instance serves every request; the active language is per thread.
        return BCP47.get(translation.get_language(), "en")

    def link(self):
        return f"/{translation.get_language()}/"

    def items(self):
        pages = self.model.objects.live().order_by("-first_published_at")
        if translation.get_language() != "en":
            pages = pages.filter(english_only=False)
        return pages[:FEED_SIZE]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.summary

    def item_link(self, item):
        return item.get_url()

    def item_pubdate(self, item):
        return item.first_published_at

    def item_updateddate(self, item):
        return item.last_published_at


class ArticleFeed(_PageFeed):
    model = ArticlePage

    def title(self):
        return _("Genomics Academy: articles")

    def subtitle(self):
        return _("New and updated articles on genomic medicine.")


class NewsFeed(_PageFeed):
    model = NewsPage

    def title(self):
        return _("Genomics Academy: news")

    def subtitle(self):
        return _("News from the Academy.")
