"""What a public page costs when the whole-page cache does not serve it (a query string, a
signed-in reader, the first request after a publication), and that the shared fragments and
remembered routes standing in for that work (`content.cache`, `content.routing`) never show
anything stale: a published edit, a glossary change, a language, a preview."""

import io
import re

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from wagtail.models import PageViewRestriction
from wagtail.rich_text import RichText

from content import cache as page_cache
from content.models import ArticlePage, GlossaryTerm
from tests.content import factories as make

pytestmark = pytest.mark.django_db
ARTICLE = "/{language}/genome-basics/what-is-the-genome/"


def get(client, path: str) -> str:
    """The page as rendered for this request: the query string keeps the page cache out."""
    response = client.get(f"{path}?nocache=1")
    assert response.status_code == 200, (path, response.status_code)
    assert "X-Page-Cache" not in response
    return response.content.decode()


@pytest.fixture
def topic(home_page):
    return make.topic(home_page, slug="genome-basics")


@pytest.fixture
def glossary(home_page):
    return make.glossary_index(home_page)


@pytest.fixture
def article(topic):
    return make.article(
        topic,
        slug="what-is-the-genome",
        body_en=[("paragraph", RichText("<p>Each gene sits in the genome.</p>"))],
        body_zh_hant=[("paragraph", RichText("<p>每個基因都在基因組裏。</p>"))],
    )


@pytest.fixture
def reader(client):
    """A signed-in reader: never served from the page cache."""
    user = get_user_model().objects.create_user(email="reader@example.org", password="x" * 12)
    client.force_login(user)
    return client


def edit(page, commit, **fields):
    """Publish a new revision of `page` with `fields` changed, running the on-commit work."""
    page = type(page).objects.get(pk=page.pk)
    for name, value in fields.items():
        setattr(page, name, value)
    with commit(execute=True):
        page.save_revision().publish()
    return page


def links(html: str) -> list[tuple[str, str, str]]:
    """(text, href, popover text) of each glossary link in the article body."""
    soup = BeautifulSoup(html, "html.parser")
    found = []
    for a in soup.select(".article__body a.glossary-term"):
        popover = soup.find(id=a["aria-describedby"])
        found.append((a.get_text(), a["href"], popover.get_text() if popover else None))
    return found


def crumbs(html: str) -> str:
    return re.search(r'<nav class="breadcrumbs[^>]*>(.*?)</nav>', html, re.S).group(1)


def menu(html: str) -> list[str]:
    nav = BeautifulSoup(html, "html.parser").select_one("nav.site-nav")
    return [a.get_text() for a in nav.select("a")]


class TestArticleBody:
    def test_a_published_edit_shows_at_once(
        self, client, article, django_capture_on_commit_callbacks
    ):
        assert "Each gene sits in the genome." in get(client, article.url)
        edit(
            article,
            django_capture_on_commit_callbacks,
            body_en=[("paragraph", RichText("<p>A rewritten paragraph.</p>"))],
        )
        page = get(client, article.url)
        assert "A rewritten paragraph." in page and "Each gene sits" not in page

    def test_a_signed_in_reader_sees_the_edit_too(
        self, reader, article, django_capture_on_commit_callbacks
    ):
        assert "Each gene sits in the genome." in get(reader, article.url)
        edit(
            article,
            django_capture_on_commit_callbacks,
            body_en=[("paragraph", RichText("<p>Edited for everyone.</p>"))],
        )
        assert "Edited for everyone." in get(reader, article.url)

    def test_each_language_has_its_own_body(self, client, article):
        english = ARTICLE.format(language="en")
        assert "Each gene sits in the genome." in get(client, english)
        chinese = get(client, ARTICLE.format(language="zh-hant"))
        assert "每個基因都在基因組裏。" in chinese and "Each gene sits" not in chinese
        simplified = get(client, ARTICLE.format(language="zh-hans"))
        assert "每个基因都在基因组里。" in simplified
        assert "Each gene sits in the genome." in get(client, english)

    def test_a_glossary_change_relinks_the_cached_body(
        self, client, glossary, article, django_capture_on_commit_callbacks
    ):
        with django_capture_on_commit_callbacks(execute=True):
            gene = make.term("gene", "gene", "基因", short_en="A unit of heredity.")
        assert links(get(client, article.url)) == [
            ("gene", "/en/glossary/gene/", "A unit of heredity.")
        ]
        with django_capture_on_commit_callbacks(execute=True):
            gene.short_definition_en = "Changed definition."
            gene.save()
            make.term("genome", "genome", "基因組")
        assert links(get(client, article.url)) == [
            ("gene", "/en/glossary/gene/", "Changed definition."),
            ("genome", "/en/glossary/genome/", "A definition."),
        ]
        with django_capture_on_commit_callbacks(execute=True):
            GlossaryTerm.objects.all().delete()
        assert links(get(client, article.url)) == []

    def test_popover_ids_follow_the_body_not_the_request(self, client, glossary, article):
        make.term("gene", "gene", "基因")
        first, second = get(client, article.url), get(client, article.url)
        soup = BeautifulSoup(first, "html.parser")
        ids = [a["aria-describedby"] for a in soup.select("a.glossary-term")]
        assert len(ids) == 1 and re.fullmatch(r"gt-[0-9a-f]{10}-gene", ids[0])
        assert soup.find(id=ids[0])["class"] == ["glossary-popover"]
        assert links(first) == links(second)


class TestPopoverIds:
    def test_two_bodies_on_one_page_never_share_an_id(self, glossary, topic):
        from django.template import engines
        from django.test import RequestFactory

        make.term("gene", "gene", "基因")
        one = make.article(topic, body_en=[("paragraph", RichText("<p>A gene.</p>"))])
        two = make.article(topic, body_en=[("paragraph", RichText("<p>The gene.</p>"))])
        template = engines["django"].from_string(
            "{% load glossary %}{% glossary_linked one %}{% glossary_linked two %}"
            "{% glossary_linked one %}"
        )
        request = RequestFactory().get("/en/")
        html = template.render({"one": one.body_en, "two": two.body_en}, request)
        ids = re.findall(r' id="([^"]+)"', html)
        described = re.findall(r'aria-describedby="([^"]+)"', html)
        assert len(ids) == 3 and len(set(ids)) == 3
        assert described == ids  # each link names its own popover


class TestSharedFragments:
    def test_related_articles_follow_publication(
        self, client, topic, article, django_capture_on_commit_callbacks
    ):
        assert "Related articles" not in get(client, article.url)
        with django_capture_on_commit_callbacks(execute=True):
            second = make.article(topic, slug="second", title_en="Second article")
        assert "Second article" in get(client, article.url)
        with django_capture_on_commit_callbacks(execute=True):
            second.unpublish()
        assert "Second article" not in get(client, article.url)

    def test_breadcrumbs_and_menu_follow_a_renamed_topic(
        self, client, topic, article, django_capture_on_commit_callbacks
    ):
        topic.show_in_menus = True
        topic.save()
        page_cache.invalidate()
        before = get(client, article.url)
        assert "Genome basics" in crumbs(before) and "Genome basics" in menu(before)
        edit(topic, django_capture_on_commit_callbacks, title="Our genome", title_en="Our genome")
        after = get(client, article.url)
        assert "Our genome" in crumbs(after) and "Genome basics" not in crumbs(after)
        assert menu(after) == ["Home", "Our genome"]
        outside = client.get("/en/verify/").content.decode()  # a page outside Wagtail
        assert "Our genome" in menu(outside)

    def test_clear_page_cache_renders_the_shell_afresh(self, client, topic, article):
        """For a release that changes how pages render: nothing was published, so only the
        command makes the cached fragments stale."""
        from django.core.management import call_command

        from content.models import TopicPage

        topic.show_in_menus = True
        topic.save()
        page_cache.invalidate()
        assert "Genome basics" in menu(get(client, article.url))
        TopicPage.objects.filter(pk=topic.pk).update(title="Quietly", title_en="Quietly")
        assert "Genome basics" in menu(get(client, article.url))  # still the cached menu
        call_command("clear_page_cache", stdout=io.StringIO())
        assert menu(get(client, article.url)) == ["Home", "Quietly"]

    def test_menu_is_in_the_readers_language_and_marks_the_current_page(self, client, topic):
        topic.show_in_menus = True
        topic.save()
        page_cache.invalidate()
        english = BeautifulSoup(get(client, topic.url), "html.parser")
        current = english.select_one('nav.site-nav a[aria-current="page"]')
        assert current["href"] == "/en/genome-basics/"
        chinese = get(client, "/zh-hant/genome-basics/")
        assert "基因組基礎" in menu(chinese)
        home = BeautifulSoup(get(client, "/en/"), "html.parser")
        assert home.select_one('nav.site-nav a[aria-current="page"]')["href"] == "/en/"

    def test_topic_and_home_listings_follow_publication(
        self, client, home_page, topic, article, django_capture_on_commit_callbacks
    ):
        assert "What is the genome?" in get(client, topic.url)
        assert "What is the genome?" in get(client, "/en/")
        with django_capture_on_commit_callbacks(execute=True):
            make.article(topic, slug="newer", title_en="A newer article")
        assert "A newer article" in get(client, topic.url)
        assert "A newer article" in get(client, "/en/")
        edit(article, django_capture_on_commit_callbacks, title="Renamed", title_en="Renamed")
        assert "Renamed" in get(client, topic.url) and "Renamed" in get(client, "/en/")

    def test_glossary_index_follows_term_changes(
        self, client, glossary, django_capture_on_commit_callbacks
    ):
        with django_capture_on_commit_callbacks(execute=True):
            make.term("gene", "gene", "基因")
        assert "gene" in get(client, glossary.url)
        with django_capture_on_commit_callbacks(execute=True):
            make.term("allele", "allele", "等位基因")
        assert "allele" in get(client, glossary.url)
        assert "等位基因" in get(client, "/zh-hant/glossary/")

    def test_a_preview_is_never_cached(self, client, article):
        get(client, article.url)  # the published page's fragments are cached
        draft = ArticlePage.objects.get(pk=article.pk)
        draft.title = draft.title_en = "Draft title"
        draft.body_en = [("paragraph", RichText("<p>Draft paragraph.</p>"))]
        draft.save_revision()
        preview = draft.make_preview_request().content.decode()
        assert "Draft paragraph." in preview and "Draft title" in crumbs(preview)
        live = get(client, article.url)
        assert "Draft paragraph." not in live and "Draft title" not in live
        assert "What is the genome?" in crumbs(live)
        preview = draft.make_preview_request().content.decode()
        assert "Draft paragraph." in preview

    def test_a_new_view_restriction_applies_at_once(
        self, client, topic, article, django_capture_on_commit_callbacks
    ):
        get(client, article.url)
        with django_capture_on_commit_callbacks(execute=True):
            PageViewRestriction.objects.create(
                page=topic, restriction_type=PageViewRestriction.LOGIN
            )
        response = client.get(f"{article.url}?nocache=1")
        assert response.status_code == 302 and "/login/" in response["Location"]


class TestRouting:
    def test_a_moved_or_unpublished_page_is_not_found_at_its_old_address(
        self, client, home_page, topic, article, django_capture_on_commit_callbacks
    ):
        get(client, article.url)
        other = make.topic(home_page, slug="elsewhere")
        with django_capture_on_commit_callbacks(execute=True):
            ArticlePage.objects.get(pk=article.pk).move(other, pos="last-child")
        # Wagtail leaves a redirect at the old address, not the page.
        response = client.get("/en/genome-basics/what-is-the-genome/?nocache=1")
        assert response.status_code == 301
        assert response["Location"] == "/en/elsewhere/what-is-the-genome/"
        assert "Each gene sits" in get(client, "/en/elsewhere/what-is-the-genome/")
        with django_capture_on_commit_callbacks(execute=True):
            ArticlePage.objects.get(pk=article.pk).unpublish()
        assert client.get("/en/elsewhere/what-is-the-genome/?nocache=1").status_code == 404

    def test_glossary_terms_route_from_a_remembered_glossary(self, client, glossary):
        make.term("gene", "gene", "基因", short_en="A unit of heredity.")
        for _ in range(2):
            assert "A unit of heredity." in get(client, "/en/glossary/gene/")
            assert client.get("/en/glossary/nothing-here/?nocache=1").status_code == 404


class TestQueries:
    """Exact counts for the pages the benchmark renders without the page cache."""

    def test_article(self, client, glossary, article, django_assert_num_queries):
        make.term("gene", "gene", "基因")
        for language in ("en", "zh-hant"):
            get(client, ARTICLE.format(language=language))
        # The article itself; routing, view restrictions, menu, breadcrumbs, related articles
        # and the linked body all come from the fragment cache.
        for language in ("en", "zh-hant"):
            with django_assert_num_queries(1):
                get(client, ARTICLE.format(language=language))

    def test_article_after_a_publication(
        self, client, glossary, article, django_assert_num_queries
    ):
        make.term("gene", "gene", "基因")
        get(client, ARTICLE.format(language="en"))
        page_cache.invalidate()
        # Wagtail's routing: the site, the home page, then per level the child by slug and its
        # specific row (4); whether any view restriction exists; the menu; breadcrumbs; related
        # links and siblings. The body has no image, and the glossary matcher stands (its own
        # generation did not change).
        with django_assert_num_queries(11):
            get(client, ARTICLE.format(language="en"))

    def test_home(self, client, home_page, topic, article, django_assert_num_queries):
        get(client, "/en/")
        # The home page itself and the upcoming events (they depend on the time).
        with django_assert_num_queries(2):
            get(client, "/en/")

    def test_home_after_a_publication(
        self, client, home_page, topic, article, django_assert_num_queries
    ):
        get(client, "/en/")
        page_cache.invalidate()
        # The site, the home page, whether any view restriction exists, the menu, featured
        # topics (none chosen, so then the first six topics), latest articles, upcoming events.
        with django_assert_num_queries(8):
            get(client, "/en/")
