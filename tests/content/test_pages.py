"""Public page types: where they may live, what readers see in each language, discovery
(sitemap, feeds, meta tags), and the whole-page cache."""

import datetime
import re
import xml.etree.ElementTree as ET
from urllib.parse import urlsplit

import pytest
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone, translation
from wagtail.contrib.frontend_cache.backends.base import BaseBackend
from wagtail.models import Page
from wagtail.rich_text import RichText

from content import translation_state
from content.models import (
    ArticlePage,
    ArticleRelatedLink,
    EventIndexPage,
    EventPage,
    FAQPage,
    GlossaryIndexPage,
    HomePage,
    NewsPage,
    PublicationPage,
    TopicCuratedArticle,
    TopicPage,
)
from tests.content import factories as make

pytestmark = pytest.mark.django_db
ATOM = "{http://www.w3.org/2005/Atom}"
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
XHTML = "{http://www.w3.org/1999/xhtml}"


def html(response) -> str:
    assert response.status_code == 200, response.status_code
    return response.content.decode()


@pytest.fixture
def topic(home_page):
    return make.topic(home_page, slug="genome-basics")


@pytest.fixture
def article(topic):
    return make.article(topic, slug="what-is-the-genome")


class TestWhereTypesLive:
    def test_articles_only_under_topics_and_topics_only_under_home(self, home_page, topic):
        assert ArticlePage.can_create_at(topic)
        assert not ArticlePage.can_create_at(home_page)
        assert TopicPage.can_create_at(home_page)
        assert not TopicPage.can_create_at(topic)
        assert not HomePage.can_create_at(home_page)

    def test_events_publications_news_live_under_their_lists(self, home_page, topic):
        assert not EventPage.can_create_at(home_page)
        assert not PublicationPage.can_create_at(home_page)
        assert not NewsPage.can_create_at(topic)
        assert EventIndexPage.can_create_at(home_page)
        assert FAQPage.can_create_at(home_page)

    def test_one_glossary_per_site(self, home_page):
        assert GlossaryIndexPage.can_create_at(home_page)
        make.glossary_index(home_page)
        assert not GlossaryIndexPage.can_create_at(home_page)


class TestArticle:
    def test_medical_review_line_in_each_language(self, client, article):
        english = html(client.get("/en/genome-basics/what-is-the-genome/"))
        assert "Medically reviewed by Dr Test Reviewer, MBBS, clinical geneticist, on" in english
        chinese = html(client.get("/zh-hant/genome-basics/what-is-the-genome/"))
        assert "臨床遺傳學家" in chinese
        assert "甚麼是基因組？" in chinese
        assert "This article is due for review" not in english

    def test_overdue_review_shows_a_notice(self, client, topic):
        today = timezone.localdate()
        make.article(
            topic,
            slug="old",
            last_reviewed=today - datetime.timedelta(days=800),
            next_review_due=today - datetime.timedelta(days=5),
        )
        page = html(client.get("/en/genome-basics/old/"))
        assert 'class="notice notice--warning" role="note"' in page
        assert "This article is due for review." in page
        assert ArticlePage.objects.get(slug="old").review_status() == "overdue"

    def test_review_dates_must_be_ordered(self, topic, article):
        with pytest.raises(IntegrityError), transaction.atomic():
            ArticlePage.objects.filter(pk=article.pk).update(next_review_due=article.last_reviewed)
        article.next_review_due = article.last_reviewed
        with pytest.raises(ValidationError, match="The next review must fall after the last one"):
            article.full_clean()

    def test_reading_time_per_language(self, topic):
        long_english = " ".join(["genome"] * 450)
        page = make.article(
            topic,
            slug="long",
            body_en=[("paragraph", RichText(f"<p>{long_english}</p>"))],
            body_zh_hant=[("paragraph", RichText("<p>" + "基因" * 400 + "</p>"))],
        )
        assert page.reading_time("en") == 3  # 450 words at 200 a minute
        assert page.reading_time("zh-hant") == 3  # 800 characters at 300 a minute
        assert page.reading_time("zh-hans") == 3

    def test_simplified_body_derived_from_traditional(self, client, topic):
        make.article(
            topic,
            slug="derived",
            body_zh_hant=[("paragraph", RichText("<p>遺傳輔導員會解釋檢測結果。</p>"))],
        )
        page = ArticlePage.objects.get(slug="derived")
        assert "遗传辅导员会解释检测结果" in str(page.body_zh_hans[0].value)
        simplified = html(client.get("/zh-hans/genome-basics/derived/"))
        assert "遗传辅导员会解释检测结果" in simplified
        assert '<html lang="zh-Hans">' in simplified

    def test_blocks_render_with_alt_text_captions_and_references(self, client, topic):
        from content.demo import _images

        images = _images()
        body = [
            ("heading", {"text": "Reading your DNA", "level": "h2"}),
            (
                "image",
                {
                    "image": images["dna-helix"],
                    "alt_text": "Two twisted strands",
                    "caption": "The double helix",
                },
            ),
            (
                "figure",
                {
                    "image": images["risk-curve"],
                    "alt_text": "A bell curve",
                    "caption": "Spread of scores",
                    "long_description": "Most people sit near the middle; a few are in the tail.",
                },
            ),
            ("key_points", {"title": "", "points": ["One", "Two"]}),
            (
                "callout",
                {
                    "tone": "important",
                    "title": "Talk to your doctor",
                    "text": RichText("<p>Always.</p>"),
                },
            ),
            (
                "video",
                {
                    "url": "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
                    "title": "A talk",
                    "transcript": RichText("<p>Hello.</p>"),
                },
            ),
            (
                "faq",
                {
                    "title": "",
                    "items": [{"question": "Is it safe?", "answer": RichText("<p>Yes.</p>")}],
                },
            ),
            (
                "references",
                {
                    "items": [
                        {
                            "citation": "Richards S et al. 2015",
                            "doi": "10.1038/gim.2015.30",
                            "url": "",
                        }
                    ]
                },
            ),
        ]
        make.article(topic, slug="blocks", body_en=body)
        page = html(client.get("/en/genome-basics/blocks/"))
        assert 'alt="Two twisted strands"' in page
        assert "<figcaption>The double helix</figcaption>" in page
        assert "Most people sit near the middle; a few are in the tail." in page
        assert "Description of this figure" in page
        assert 'class="key-points"' in page and "<li>Two</li>" in page
        assert "callout--important" in page
        assert "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ" in page
        assert "Transcript" in page and "<p>Hello.</p>" in page
        assert "<summary>Is it safe?</summary>" in page
        assert 'href="https://doi.org/10.1038/gim.2015.30"' in page

    def test_a_topic_lists_its_articles_a_page_at_a_time_curated_first(self, client, topic):
        for number in range(TopicPage.ARTICLES_PER_PAGE + 1):
            make.article(
                topic,
                slug=f"a-{number:02d}",
                title_en=f"Article {number:02d}",
                title_zh_hant=f"文章{number:02d}",
            )
        chosen = ArticlePage.objects.get(slug="a-20")
        TopicCuratedArticle.objects.create(topic=topic, article=chosen, sort_order=0)
        first = html(client.get("/en/genome-basics/"))
        second = html(client.get("/en/genome-basics/?page=2"))
        # The curated article leads; the other 24 follow by title, 23 of them on the first page.
        assert first.index("Article 20") < first.index("Article 00") < first.index("Article 23")
        assert "Article 24" not in first and "Page 1 of 2" in first
        assert 'rel="next" href="?page=2"' in first
        assert "Article 24" in second and "Article 23" not in second and "Article 20" not in second
        assert 'rel="prev" href="?page=1"' in second

    def test_related_articles_and_breadcrumbs(self, client, topic, article):
        make.article(topic, slug="second", title_en="Second article", title_zh_hant="第二篇")
        page = html(client.get("/en/genome-basics/what-is-the-genome/"))
        assert "Related articles" in page
        assert "Second article" in page
        crumbs = re.search(r'<nav class="breadcrumbs[^>]*>(.*?)</nav>', page, re.S).group(1)
        assert 'href="/en/"' in crumbs and 'href="/en/genome-basics/"' in crumbs
        assert '<span aria-current="page">What is the genome?</span>' in crumbs


class TestEnglishOnly:
    def test_publishing_without_chinese_is_refused(self, topic):
        page = ArticlePage(
            slug="untranslated",
            title="Untranslated",
            title_en="Untranslated",
            summary_en="Only English.",
            body_en=[("paragraph", RichText("<p>English.</p>"))],
            live=False,
        )
        topic.add_child(instance=page)
        with pytest.raises(translation_state.TranslationMissing) as refused:
            page.save_revision().publish()
        assert set(refused.value.fields) == {"title", "summary", "body"}
        page.refresh_from_db()
        assert not page.live

    def test_english_only_page_tells_chinese_readers_and_marks_lang(self, client, topic):
        page = ArticlePage(
            slug="english-only",
            title="Only in English",
            title_en="Only in English",
            summary_en="Only English.",
            body_en=[("paragraph", RichText("<p>English body.</p>"))],
            english_only=True,
        )
        topic.add_child(instance=page)
        page.save_revision().publish()
        for language, lang_attribute in (("zh-hant", "zh-Hant-HK"), ("zh-hans", "zh-Hans")):
            body = html(client.get(f"/{language}/genome-basics/english-only/"))
            assert f'<html lang="{lang_attribute}">' in body
            assert 'class="notice notice--language" role="note"' in body
            english_part = body.split('<div lang="en">', 1)[1]
            assert "Only in English" in english_part and "English body." in english_part
            assert (
                "Medically reviewed" in english_part
                or "not yet been medically reviewed" in english_part
            )
        english = html(client.get("/en/genome-basics/english-only/"))
        assert "notice--language" not in english


class TestEvents:
    def test_times_in_hong_kong_and_past_or_upcoming(self, client, home_page):
        hong_kong = datetime.timezone(datetime.timedelta(hours=8))
        make.event(
            home_page,
            datetime.datetime(2020, 9, 19, 14, 30, tzinfo=hong_kong),
            slug="past",
            title_en="Past seminar",
        )
        make.event(
            home_page,
            timezone.now() + datetime.timedelta(days=20),
            slug="soon",
            title_en="Coming talk",
        )
        past = html(client.get("/en/events/past/"))
        assert "14:30–16:30" in past and "(Hong Kong time)" in past
        assert "This event has ended." in past
        listing = html(client.get("/en/events/"))
        assert (
            listing.index("Coming talk")
            < listing.index("Past events")
            < listing.index("Past seminar")
        )
        home = html(client.get("/en/"))
        assert "Coming talk" in home and "Past seminar" not in home

    def test_an_event_must_end_after_it_starts(self, home_page):
        event = make.event(home_page, timezone.now(), slug="e")
        with pytest.raises(IntegrityError), transaction.atomic():
            EventPage.objects.filter(pk=event.pk).update(ends_at=event.starts_at)
        event.ends_at = event.starts_at
        with pytest.raises(ValidationError, match="An event must end after it starts"):
            event.full_clean()


class TestDiscovery:
    def test_sitemap_lists_every_page_in_three_languages_with_alternates(
        self, client, article, topic
    ):
        make.article(
            topic,
            slug="english-only",
            title_zh_hant="",
            summary_zh_hant="",
            body_zh_hant=[],
            english_only=True,
        )
        response = client.get("/sitemap.xml")
        assert response["Content-Type"].startswith("application/xml")
        root = ET.fromstring(response.content)
        entries = {
            url.find(f"{SITEMAP}loc").text: [
                (link.get("hreflang"), link.get("href")) for link in url.findall(f"{XHTML}link")
            ]
            for url in root.findall(f"{SITEMAP}url")
        }
        for language in ("en", "zh-hant", "zh-hans"):
            loc = f"http://testserver/{language}/genome-basics/what-is-the-genome/"
            assert loc in entries
            assert (
                "zh-Hant-HK",
                "http://testserver/zh-hant/genome-basics/what-is-the-genome/",
            ) in entries[loc]
            assert (
                "x-default",
                "http://testserver/en/genome-basics/what-is-the-genome/",
            ) in entries[loc]
            assert len(entries[loc]) == 4
        assert "http://testserver/en/genome-basics/english-only/" in entries
        assert "http://testserver/zh-hant/genome-basics/english-only/" not in entries

    def test_atom_feed_per_language(self, client, article):
        for language, title, lang in (
            ("en", "What is the genome?", "en"),
            ("zh-hant", "甚麼是基因組？", "zh-Hant-HK"),
            ("zh-hans", "什么是基因组？", "zh-Hans"),
        ):
            response = client.get(f"/{language}/feeds/articles/")
            assert response.status_code == 200
            feed = ET.fromstring(response.content)
            assert feed.get("{http://www.w3.org/XML/1998/namespace}lang") == lang
            entry = feed.find(f"{ATOM}entry")
            assert entry.find(f"{ATOM}title").text == title
            assert (
                entry.find(f"{ATOM}link")
                .get("href")
                .endswith(f"/{language}/genome-basics/what-is-the-genome/")
            )

    def test_canonical_open_graph_and_twitter_tags(self, client, article):
        page = html(client.get("/zh-hant/genome-basics/what-is-the-genome/"))
        assert (
            '<link rel="canonical" href="http://testserver/zh-hant/genome-basics/what-is-the-genome/">'
            in page
        )
        assert '<meta property="og:locale" content="zh_HK">' in page
        assert '<meta property="og:title" content="甚麼是基因組？">' in page
        assert '<meta property="og:type" content="article">' in page
        assert '<meta name="twitter:card"' in page
        assert 'type="application/atom+xml"' in page and 'href="/zh-hant/feeds/articles/"' in page

    def test_robots_points_at_the_sitemap(self, client):
        assert (
            "Sitemap: http://testserver/sitemap.xml" in client.get("/robots.txt").content.decode()
        )


class RecordingFrontEndCache(BaseBackend):
    """A front-end cache (CDN) that records the URLs it is asked to purge."""

    purged: list[str] = []

    def purge(self, url) -> None:
        self.purged.append(url)


class TestPageCache:
    """The cache key names the language, and publishing invalidates every language at once
    (the two traps the issue names: wagtailpagecache keys and one-language purges)."""

    def test_each_language_cached_separately(self, client, article):
        url = "/{}/genome-basics/what-is-the-genome/"
        first = client.get(url.format("en"))
        assert first["X-Page-Cache"] == "miss"
        assert "public" in first["Cache-Control"] and "max-age=60" in first["Cache-Control"]
        assert client.get(url.format("en"))["X-Page-Cache"] == "hit"
        chinese = client.get(url.format("zh-hant"))
        assert chinese["X-Page-Cache"] == "miss"
        assert "甚麼是基因組？" in chinese.content.decode()
        assert "What is the genome?</h1>" not in chinese.content.decode()
        hit = client.get(url.format("zh-hant"))
        assert hit["X-Page-Cache"] == "hit" and "甚麼是基因組？" in hit.content.decode()

    def test_publishing_and_unpublishing_invalidate_every_language(
        self, client, article, django_capture_on_commit_callbacks
    ):
        url = "/{}/genome-basics/what-is-the-genome/"
        for language in ("en", "zh-hant", "zh-hans"):
            client.get(url.format(language))
            assert client.get(url.format(language))["X-Page-Cache"] == "hit"
        with django_capture_on_commit_callbacks(execute=True):
            article.title_en = "The genome, explained"
            article.title_zh_hant = "基因組解說"
            make.publish(article)
        assert "The genome, explained" in html(client.get(url.format("en")))
        assert "基因組解說" in html(client.get(url.format("zh-hant")))
        assert "基因组解说" in html(client.get(url.format("zh-hans")))
        for language in ("en", "zh-hant", "zh-hans"):
            assert client.get(url.format(language))["X-Page-Cache"] == "hit"
        with django_capture_on_commit_callbacks(execute=True):
            article.unpublish()
        for language in ("en", "zh-hant", "zh-hans"):
            assert client.get(url.format(language)).status_code == 404

    def test_publishing_purges_the_front_end_cache_in_every_language(
        self, article, settings, django_capture_on_commit_callbacks
    ):
        settings.WAGTAILFRONTENDCACHE = {
            "recorder": {"BACKEND": "tests.content.test_pages.RecordingFrontEndCache"}
        }
        RecordingFrontEndCache.purged.clear()
        with translation.override("zh-hant"), django_capture_on_commit_callbacks(execute=True):
            article.title_zh_hant = "基因組解說"
            make.publish(article)  # as an editor working in Chinese would
        paths = {urlsplit(url).path for url in RecordingFrontEndCache.purged}
        assert paths == {
            f"/{language}/genome-basics/what-is-the-genome/"
            for language in ("en", "zh-hant", "zh-hans")
        }

    def test_signed_in_readers_get_fresh_private_pages(self, client, article, django_user_model):
        user = django_user_model.objects.create_user(email="reader@example.org", password="x" * 12)
        client.force_login(user)
        response = client.get("/en/genome-basics/what-is-the-genome/")
        assert "X-Page-Cache" not in response
        assert "private" in response["Cache-Control"]
        assert not any(key.startswith(":1:content:page:") for key in cache._cache)


class TestQueryCounts:
    def test_article_queries_do_not_grow_with_terms_blocks_or_related(
        self, client, home_page, topic
    ):
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        from content.demo import _images

        make.glossary_index(home_page)
        images = _images()

        def build(slug, size):
            for n in range(size * 10):
                make.term(f"{slug}-term-{n}", f"{slug}term{n}", f"詞{slug}{n}")
            body = []
            for n in range(size * 5):
                body.append(("paragraph", RichText(f"<p>Paragraph {n} about {slug}term{n}.</p>")))
                body.append(
                    (
                        "image",
                        {"image": images["dna-helix"], "alt_text": "Helix", "caption": "A helix"},
                    )
                )
                body.append(
                    (
                        "figure",
                        {
                            "image": images["lab"],
                            "alt_text": "Lab",
                            "caption": "Lab",
                            "long_description": "A lab.",
                        },
                    )
                )
            page = make.article(topic, slug=slug, body_en=body)
            related = [make.article(topic, slug=f"{slug}-related-{n}") for n in range(size * 2)]
            page.related_links = [ArticleRelatedLink(article=r) for r in related]
            make.publish(page)
            return f"/en/genome-basics/{slug}/"

        counts = []
        for slug, size in (("small", 1), ("large", 4)):
            url = build(slug, size)
            client.get(url)  # renditions are made on the first view
            cache.clear()
            with CaptureQueriesContext(connection) as queries:
                assert client.get(url).status_code == 200
            counts.append(len(queries))
        assert counts[0] == counts[1], counts


def test_every_public_page_type_renders_in_three_languages(client, demo_site):
    from courses.models import LessonPage, ModulePage

    for page in Page.objects.live().filter(depth__gt=1).specific():
        for language in ("en", "zh-hant", "zh-hans"):
            with translation.override(language):
                url = page.get_url()
            response = client.get(url)
            if isinstance(page, LessonPage):  # for enrolled learners only
                assert response.status_code == 302 and "/accounts/login/" in response["Location"]
            elif isinstance(page, ModulePage):  # a heading on its course's page
                assert response.status_code == 302, url
            else:
                assert response.status_code == 200, url
