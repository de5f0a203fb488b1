"""The site search (/<lang>/search/?q=): Chinese found without word boundaries in either script,
English stems, results in the reader's language with highlighted snippets, friendly pages for
any query; and Wagtail's own admin search finding pages by their Chinese titles."""

import importlib
import json
import re
import uuid
from io import StringIO
from urllib.parse import quote

import pytest
from django.core.management import call_command
from django.db import connection
from wagtail.models import Page, PageViewRestriction
from wagtail.rich_text import RichText
from wagtail.search.backends import get_search_backend
from wagtail.search.query import Not, Phrase, PlainText

from academy.settings.base import redis_cache
from accounts.models import User
from content.models import ArticlePage, GlossaryIndexPage, GlossaryTerm, TopicPage
from content.search import services, text
from content.search.models import PendingUpdate, SearchDocument, vector_values
from tests.processes import django_env, run_ok
from tests.services import require_postgres

pytestmark = pytest.mark.django_db


# -- building real pages ------------------------------------------------------------------------
def publish(page):
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def paragraphs(*texts: str) -> list:
    return [("paragraph", RichText(f"<p>{t}</p>")) for t in texts]


def add_article(topic: TopicPage, slug: str, **fields) -> ArticlePage:
    values = {
        "title_en": "An article",
        "title_zh_hant": "一篇文章",
        "summary_en": "A summary.",
        "summary_zh_hant": "摘要。",
        "body_en": paragraphs("Body text."),
        "body_zh_hant": paragraphs("正文。"),
        **fields,
    }
    page = ArticlePage(slug=slug, title=values["title_en"], **values)
    topic.add_child(instance=page)
    return publish(page)


@pytest.fixture
def indexing(django_capture_on_commit_callbacks):
    """Run what commits would trigger (the search-update task, eager in tests) at block end."""
    return lambda: django_capture_on_commit_callbacks(execute=True)


@pytest.fixture
def topic(home_page, indexing):
    with indexing():
        page = TopicPage(
            slug="search-topic",
            title="Sequencing explained",
            title_en="Sequencing explained",
            title_zh_hant="測序入門",
            summary_en="How laboratories read DNA.",
            summary_zh_hant="實驗室如何讀取脫氧核糖核酸。",
        )
        home_page.add_child(instance=page)
        return publish(page)


@pytest.fixture
def genome_article(topic, indexing):
    with indexing():
        return add_article(
            topic,
            "reading-your-genome",
            title_en="Reading your whole genome",
            title_zh_hant="解讀你的全基因組",
            summary_en="Whole genome sequencing reads every gene you have.",
            summary_zh_hant="全基因組測序會讀取你所有的基因。",
            body_en=paragraphs(
                "The laboratory sequences DNA from a blood sample.",
                "Results take about twelve weeks.",
            ),
            body_zh_hant=paragraphs(
                "實驗室會從血液樣本中分析脫氧核糖核酸。",
                "河邊有一隻白鷺在休息，報告大約需要十二個星期。",
            ),
        )


@pytest.fixture
def separate_article(topic, indexing):
    """Contains 基因組 and 學 but never 組學 next to each other."""
    with indexing():
        return add_article(
            topic,
            "genome-at-school",
            title_en="Genomes at school",
            title_zh_hant="學校裏的基因組",
            summary_en="Teaching children about genomes.",
            summary_zh_hant="老師在課堂上介紹基因組，學生提出問題。",
        )


def found(query: str, language: str) -> list[str]:
    """URLs of every result for `query` in `language`, all pages of them."""
    outcome = services.search(query, language)
    assert outcome.problem is None, outcome.problem
    documents = SearchDocument.objects.filter(language=language).search(
        text.parse_query(query).text, operator="and"
    )
    urls = [document.url for document in documents]
    assert len(urls) == outcome.count
    return urls


def get(client, language: str, query: str | None = None, raw: str | None = None, **params):
    """The search page; `raw` is an already URL-encoded query string."""
    url = f"/{language}/search/"
    if raw is not None:
        url += f"?q={raw}"
    elif query is not None:
        url += "?" + "&".join(
            [f"q={quote(query)}", *(f"{k}={quote(str(v))}" for k, v in params.items())]
        )
    response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    return response.content.decode()


# -- text normalisation -------------------------------------------------------------------------
class TestNormalisation:
    def test_chinese_is_indexed_as_unigrams_and_bigrams_in_simplified(self):
        assert text.index_text("基因組") == "基 因 组 基因 因组"

    def test_a_query_run_needs_its_character_or_all_its_bigrams(self):
        assert text.parse_query("鷺").tokens == ("鹭",)
        assert text.parse_query("基因組").tokens == ("基因", "因组")
        assert text.parse_query("基因组").tokens == ("基因", "因组")

    def test_english_is_stemmed_and_stop_words_dropped_from_queries(self):
        assert text.parse_query("What are genes?").tokens == ("gene",)
        assert text.parse_query("sequencing").tokens == text.parse_query("sequence").tokens
        assert text.parse_query("the who").tokens == ("the", "who")  # nothing else to look for

    def test_tokens_are_stable_when_normalised_again(self):
        sample = "Analyses of children’s genomes: 全基因組測序 ＤＮＡ sequencing"
        indexed = text.index_text(sample)
        for token in indexed.split():
            assert text.parse_query(token).tokens in ((token,), ())
        query = text.parse_query(sample)
        assert text.parse_query(query.text).tokens == query.tokens

    @pytest.mark.parametrize(
        "garbage", ["%%%", "' OR 1=1 --", "😀🧬", "\ud800\udfff", "a\x00b", '"*^:()']
    )
    def test_garbage_never_raises_and_leaves_only_bare_tokens(self, garbage):
        for token in text.parse_query(garbage).tokens:
            assert re.fullmatch(r"\w+", token)
        text.index_text(garbage)


# -- Chinese ------------------------------------------------------------------------------------
class TestChinese:
    @pytest.mark.parametrize(
        "query",
        ["鷺", "白鷺", "基因組", "全基因組測序", "脫氧核糖核酸"],
        ids=["one", "two", "three", "six", "six-in-body"],
    )
    def test_found_in_the_middle_of_a_sentence(self, genome_article, query):
        assert "/zh-hant/search-topic/reading-your-genome/" in found(query, "zh-hant")

    def test_characters_apart_are_not_a_word(self, genome_article, separate_article):
        # 組 and 學 both occur in the school article, never side by side.
        assert "/zh-hant/search-topic/genome-at-school/" not in found("組學", "zh-hant")
        assert "/zh-hant/search-topic/genome-at-school/" in found("基因組", "zh-hant")
        assert "/zh-hant/search-topic/reading-your-genome/" not in found("學生", "zh-hant")

    def test_simplified_query_finds_traditional_text_and_back(self, genome_article):
        assert "/zh-hant/search-topic/reading-your-genome/" in found("全基因组测序", "zh-hant")
        assert "/zh-hans/search-topic/reading-your-genome/" in found("全基因組測序", "zh-hans")
        assert "/zh-hans/search-topic/reading-your-genome/" in found("白鹭", "zh-hans")

    def test_results_are_shown_in_the_readers_script(self, client, genome_article):
        traditional = get(client, "zh-hant", "基因组")
        assert "解讀你的全<mark>基因組</mark>" in traditional
        assert "全<mark>基因組</mark>測序會讀取你所有的基因。" in traditional
        assert "<mark>基因</mark>" in get(client, "zh-hant", "基因")
        simplified = get(client, "zh-hans", "基因組")
        assert "解读你的全<mark>基因组</mark>" in simplified
        assert 'href="/zh-hans/search-topic/reading-your-genome/"' in simplified


# -- English ------------------------------------------------------------------------------------
class TestEnglish:
    @pytest.mark.parametrize("query", ["genes", "gene", "sequence", "sequencing", "SEQUENCED"])
    def test_stems_match(self, genome_article, query):
        assert "/en/search-topic/reading-your-genome/" in found(query, "en")

    def test_every_word_is_required(self, genome_article):
        assert "/en/search-topic/reading-your-genome/" in found("blood sample", "en")
        assert "/en/search-topic/reading-your-genome/" not in found("blood pressure", "en")

    def test_matching_words_are_marked_in_the_snippet(self, client, genome_article):
        page = get(client, "en", "genes")
        assert "Whole genome sequencing reads every <mark>gene</mark> you have." in page
        assert "1 result for" in page or "results for" in page


# -- languages, glossary, lifecycle -------------------------------------------------------------
class TestWhatIsFound:
    def test_english_only_page_is_not_offered_to_chinese_readers(self, topic, indexing):
        with indexing():
            add_article(
                topic,
                "english-only",
                english_only=True,
                title_en="Quokkaology for beginners",
                title_zh_hant="",
                summary_zh_hant="",
                body_zh_hant=[],
            )
        assert "/en/search-topic/english-only/" in found("quokkaology", "en")
        assert found("quokkaology", "zh-hant") == []
        assert found("quokkaology", "zh-hans") == []

    def test_results_are_filtered_to_the_readers_language(self, genome_article):
        for language in ("en", "zh-hant", "zh-hans"):
            urls = found("genome" if language == "en" else "基因組", language)
            assert urls and all(url.startswith(f"/{language}/") for url in urls)

    def test_glossary_terms_are_found_in_each_language(self, client, home_page, indexing):
        with indexing():
            glossary = GlossaryIndexPage.objects.first()
            if glossary is None:
                glossary = GlossaryIndexPage(
                    slug="glossary", title="Glossary", title_en="Glossary", title_zh_hant="詞彙表"
                )
                home_page.add_child(instance=glossary)
                publish(glossary)
            GlossaryTerm.objects.create(
                slug="xenogenome",
                term_en="Xenogenome",
                term_zh_hant="異種基因組",
                short_definition_en="A genome from another species.",
                short_definition_zh_hant="來自其他物種的基因組。",
                synonyms_en="xeno-genome",
            )
            GlossaryTerm.objects.create(
                slug="quasigene",
                term_en="Quasigene",
                short_definition_en="Not yet translated.",
            )
        base = glossary.url_path.removeprefix(glossary.get_site().root_page.url_path)
        assert f"/en/{base}xenogenome/" in found("xenogenomes", "en")
        assert f"/zh-hant/{base}xenogenome/" in found("異種", "zh-hant")
        assert f"/zh-hans/{base}xenogenome/" in found("异种基因组", "zh-hans")
        assert f"/en/{base}quasigene/" in found("quasigene", "en")
        assert found("quasigene", "zh-hant") == []  # no Chinese: English readers only
        assert "Glossary term" in get(client, "en", "xenogenome")
        assert "<mark>異種基因組</mark>" in get(client, "zh-hant", "異種基因組")

        with indexing():
            GlossaryTerm.objects.filter(slug="xenogenome").first().delete()
        assert found("xenogenome", "en") == []

    def test_unpublishing_and_deleting_remove_results(self, genome_article, indexing):
        url = "/en/search-topic/reading-your-genome/"
        assert url in found("genome", "en")
        with indexing():
            genome_article.unpublish()
        assert url not in found("genome", "en")
        assert not SearchDocument.objects.filter(page=genome_article).exists()
        with indexing():
            publish(genome_article)
        assert url in found("genome", "en")
        with indexing():
            genome_article.delete()
        assert url not in found("genome", "en")
        assert not PendingUpdate.objects.exists()

    def test_publishing_new_text_replaces_the_old(self, genome_article, indexing):
        with indexing():
            genome_article.summary_en = "Now about axolotl regeneration."
            publish(genome_article)
        assert "/en/search-topic/reading-your-genome/" in found("axolotl", "en")
        assert "/en/search-topic/reading-your-genome/" not in found("every gene", "en")

    def test_moving_a_topic_moves_its_results(self, topic, genome_article, indexing):
        with indexing():
            topic.slug = "moved-topic"
            publish(topic)
        assert "/en/moved-topic/reading-your-genome/" in found("genome", "en")
        assert "/en/search-topic/reading-your-genome/" not in found("genome", "en")

    def test_private_pages_leave_the_public_search(self, topic, genome_article, indexing):
        with indexing():
            restriction = PageViewRestriction.objects.create(
                page=topic, restriction_type=PageViewRestriction.LOGIN
            )
        assert "/en/search-topic/reading-your-genome/" not in found("genome", "en")
        with indexing():
            restriction.delete()
        assert "/en/search-topic/reading-your-genome/" in found("genome", "en")

    def test_updates_are_recorded_and_carrying_them_out_twice_is_harmless(
        self, topic, genome_article
    ):
        # Without on-commit callbacks (a broker outage), the work waits in the database.
        genome_article.summary_en = "Newly about tardigrades."
        publish(genome_article)
        assert PendingUpdate.objects.filter(object_id=genome_article.pk).exists()
        assert found("tardigrades", "en") == []
        services.process_pending()
        services.process_pending()
        assert "/en/search-topic/reading-your-genome/" in found("tardigrades", "en")
        assert not PendingUpdate.objects.exists()
        before = sorted(SearchDocument.objects.values_list("page_id", "language", "index_body"))
        services.reindex_page(genome_article.pk)
        services.reindex_page(genome_article.pk)
        call_command("rebuild_search_documents", stdout=StringIO())
        after = sorted(SearchDocument.objects.values_list("page_id", "language", "index_body"))
        assert after == before
        assert SearchDocument.objects.filter(page=genome_article).count() == 3

    def test_a_worker_finds_the_tasks(self):
        from academy.celery import app

        app.loader.import_default_modules()  # what a worker does on start
        assert {"content_search.process_pending_updates", "content_search.rebuild"} <= set(
            app.tasks
        )


# -- the page -----------------------------------------------------------------------------------
class TestSearchPage:
    def test_form_count_and_noindex(self, client, genome_article):
        page = get(client, "en", "whole genome")
        assert '<meta name="robots" content="noindex">' in page
        assert '<label for="search-query">' in page and 'name="q"' in page
        assert 'value="whole genome"' in page
        assert re.search(r"\d+ results? for “whole genome”", page)
        assert "Article" in page  # the kind of each result

    def test_content_is_escaped_in_titles_and_snippets(self, client, topic, indexing):
        with indexing():
            add_article(
                topic,
                "escaping",
                title_en="Zanzibarite <script>alert('t')</script>",
                summary_en="Zanzibarite &lt;script&gt;alert('s')&lt;/script&gt; sample",
                body_en=paragraphs("Zanzibarite <img src=x onerror=alert(1)> text"),
            )
        page = get(client, "en", "zanzibarite")
        assert "<script>alert" not in page and "<img src=x" not in page
        assert "&lt;script&gt;" in page
        assert "<mark>Zanzibarite</mark>" in page

    def test_pagination(self, client, topic, indexing):
        with indexing():
            for number in range(12):
                add_article(
                    topic,
                    f"zyzzyva-{number}",
                    title_en=f"Zyzzyva facts {number}",
                    title_zh_hant=f"象鼻蟲{number}",
                )
        first = get(client, "en", "zyzzyva")
        assert "12 results for" in first
        assert first.count('class="search-result"') == 10
        assert 'rel="next"' in first and 'rel="prev"' not in first
        assert "Page 1 of 2" in first
        second = get(client, "en", "zyzzyva", page=2)
        assert second.count('class="search-result"') == 2
        assert 'start="11"' in second and 'rel="prev"' in second
        for bad in ("abc", "999", "-1", "0", "2.5", "9" * 40):
            assert 'class="search-result"' in get(client, "en", "zyzzyva", page=bad)
        assert get(client, "zh-hant", "象鼻蟲").count('class="search-result"') == 10

    @pytest.mark.parametrize(
        ("raw", "message"),
        [
            (None, "Type a word"),
            ("", "Type a word"),
            ("%20%20", "Type a word"),
            ("x" * 5000, "Your search is too long"),
            ("%25%25%25", "There is nothing to search for"),
            (quote("😀🧬"), "There is nothing to search for"),
            ("%ED%A0%80", "There is nothing to search for"),
            ("%00", "There is nothing to search for"),
            (quote("qwxzvbnmk"), "No results for"),
            # Whatever these find in the demo content, they are searched as plain words.
            (quote("' OR 1=1 --"), "for “&#x27; OR 1=1 --”"),
            (quote('"NEAR( AND * :'), "for “&quot;NEAR( AND * :”"),
            (quote("%' UNION SELECT *; --"), "UNION SELECT"),
        ],
    )
    def test_any_query_gets_a_friendly_page(self, client, home_page, raw, message):
        english = get(client, "en", raw=raw) if raw is not None else get(client, "en")
        assert message in english
        for language in ("zh-hant", "zh-hans"):
            page = get(client, language, raw=raw) if raw is not None else get(client, language)
            assert 'class="search-message"' in page or 'class="search-count"' in page

    def test_only_get(self, client, home_page):
        assert client.post("/en/search/", {"q": "gene"}).status_code == 405


# -- Wagtail's admin ----------------------------------------------------------------------------
class TestAdmin:
    @pytest.fixture
    def admin_client(self, client):
        email = f"{uuid.uuid4().hex}@example.org"
        client.force_login(User.objects.create_superuser(email=email, password="x" * 12))
        return client

    @pytest.mark.parametrize("query", ["基因組", "解讀", "全基因组", "讀"])
    def test_page_search_finds_pages_by_chinese_title(self, admin_client, genome_article, query):
        response = admin_client.get("/admin/pages/search/", {"q": query})
        assert response.status_code == 200
        assert f"/admin/pages/{genome_article.pk}/edit/" in response.content.decode()

    def test_page_search_still_finds_english_titles(self, admin_client, genome_article):
        response = admin_client.get("/admin/pages/search/", {"q": "Reading whole"})
        assert f"/admin/pages/{genome_article.pk}/edit/" in response.content.decode()

    def test_page_chooser_finds_pages_by_chinese_title(self, admin_client, genome_article):
        response = admin_client.get("/admin/choose-page/search/", {"q": "解讀你的全基因組"})
        assert response.status_code == 200
        assert "Reading your whole genome" in response.content.decode()

    def test_glossary_snippets_found_by_chinese(self, home_page):
        # What the snippet chooser and listing call for a model with autocomplete fields.
        term = GlossaryTerm.objects.create(
            slug="pangenome",
            term_en="Pangenome",
            term_zh_hant="泛基因組",
            short_definition_en="All the genes of a species.",
            short_definition_zh_hant="一個物種的全部基因。",
        )
        backend = get_search_backend()
        assert term in list(backend.autocomplete("泛基因", GlossaryTerm))
        assert term in list(backend.search("泛基因组", GlossaryTerm))
        assert term not in list(backend.search("基因泛", GlossaryTerm))
        assert term in list(backend.search("Pangenome", GlossaryTerm))

    def test_structured_queries_are_rewritten_too(self, genome_article):
        pages = Page.objects.filter(pk=genome_article.pk)
        assert list(pages.search(Phrase("全基因組"))) == [genome_article.page_ptr]
        assert list(pages.search(PlainText("全基因组 whole", operator="or"))) == [
            genome_article.page_ptr
        ]
        assert list(pages.search(Not(PlainText("基因組")) & PlainText("whole"))) == []
        assert list(pages.search(PlainText("基因組 abcdefxyz", operator="or")))
        assert not list(pages.search(PlainText("組學 abcdefxyz", operator="or")))


# -- ranking and pages ---------------------------------------------------------------------------
def titles(query: str, language: str = "en", page: int | str = 1) -> list[str]:
    return [
        re.sub("</?mark>", "", hit.title) for hit in services.search(query, language, page).hits
    ]


class TestRanking:
    @pytest.fixture
    def quokka_articles(self, topic, indexing):
        """`quokka` in a title, in a summary, and only far down a long body."""
        filler = [f"Paragraph {n} about something else entirely." for n in range(80)]
        with indexing():
            add_article(
                topic,
                "deep",
                title_en="Deep body",
                body_en=paragraphs(*filler, "A quokka zebra at last."),
            )
            add_article(topic, "lead", title_en="Lead only", summary_en="A quokka zebra.")
            add_article(topic, "title", title_en="Quokka facts", summary_en="Zebra facts.")
            add_article(topic, "both", title_en="Quokka and zebra", summary_en="Both.")

    def test_title_matches_come_before_body_only_matches(self, quokka_articles):
        ranked = titles("quokka")
        assert set(ranked[:2]) == {"Quokka facts", "Quokka and zebra"}
        assert set(ranked[2:]) == {"Lead only", "Deep body"}

    @pytest.mark.skipif(connection.vendor != "postgresql", reason="needs PostgreSQL")
    def test_more_of_the_query_in_the_title_first_then_the_lead(self, quokka_articles):
        # All four contain both words somewhere; the one deep in the body is found, and last.
        assert titles("quokka zebra") == [
            "Quokka and zebra",
            "Quokka facts",
            "Lead only",
            "Deep body",
        ]

    def test_page_numbers_as_the_paginator_reads_them(self, topic, indexing):
        with indexing():
            for number in range(12):
                add_article(topic, f"okapi-{number}", title_en=f"Okapi {number}")
        for asked, shown in [(1, 1), ("2", 2), ("999", 2), ("9" * 40, 2), ("0", 2), ("-1", 2),
                             ("abc", 1), ("2.5", 1), (None, 1), ("", 1)]:  # fmt: skip
            outcome = services.search("okapi", "en", asked)
            assert (outcome.page.number, outcome.count) == (shown, 12), asked
            assert len(outcome.hits) == (10 if shown == 1 else 2)
        everything = titles("okapi") + titles("okapi", page=2)
        assert sorted(everything) == sorted(f"Okapi {n}" for n in range(12))
        outcome = services.search("qwxzvbnmk", "en", "3")
        assert (outcome.count, outcome.page.number, outcome.hits) == (0, 1, ())


@pytest.mark.skipif(connection.vendor != "postgresql", reason="needs PostgreSQL")
class TestPostgresVectors:
    def test_documents_carry_both_vectors_and_the_migration_computes_the_same(self, genome_article):
        fill = importlib.import_module("content.search.migrations.0004_fill_search_vectors")
        columns = ("pk", "search_vector", "rank_vector")
        written = sorted(SearchDocument.objects.values_list(*columns))
        assert written and all(search and rank for _pk, search, rank in written)
        SearchDocument.objects.update(search_vector=None, rank_vector=None)
        with connection.schema_editor(atomic=False) as schema_editor:
            fill.fill(None, schema_editor)
        assert sorted(SearchDocument.objects.values_list(*columns)) == written

    def test_the_ranking_vector_holds_the_title_and_the_lead_only(self, genome_article):
        document = SearchDocument.objects.get(page=genome_article, language="en")
        assert "'genom':" in document.rank_vector  # title (A) and summary (B)
        assert "'twelv'" in document.search_vector  # the body, for matching
        SearchDocument.objects.filter(pk=document.pk).update(
            index_body=document.index_body + " " + " ".join(["filler"] * 300) + " aardvark"
        )
        SearchDocument.objects.filter(pk=document.pk).update(**vector_values())
        document.refresh_from_db()
        assert "'aardvark'" in document.search_vector
        assert "'aardvark'" not in document.rank_vector
        hits = services.search("aardvark", "en").hits  # (Wagtail's own index is not updated here)
        assert [hit.url for hit in hits] == ["/en/search-topic/reading-your-genome/"]

    def test_documents_written_in_bulk_get_their_vectors_filled(self, genome_article):
        document = SearchDocument.objects.get(page=genome_article, language="en")
        SearchDocument.objects.filter(pk=document.pk).delete()
        document.pk = document.search_vector = document.rank_vector = None
        SearchDocument.objects.bulk_create([document])  # no vectors: not found
        assert services.search("genome whole", "en").count == 0
        assert services.fill_missing_vectors() == 1
        assert services.fill_missing_vectors() == 0
        assert services.search("genome whole", "en").count == 1

    def test_the_scheduled_catch_up_fills_vectors_left_empty(self, genome_article):
        from content.search.tasks import process_pending_updates

        SearchDocument.objects.filter(page=genome_article, language="en").update(
            search_vector=None, rank_vector=None
        )
        assert services.search("genome whole", "en").count == 0
        process_pending_updates()
        assert services.search("genome whole", "en").count == 1

    def test_queries_and_planner_settings_left_as_found(
        self, genome_article, django_assert_num_queries
    ):
        # Savepoint, planner setting, ids with the count, setting put back, release, documents.
        with django_assert_num_queries(6):
            assert services.search("genome", "en").hits
        # Past the end: the count, then the last page.
        with django_assert_num_queries(8):
            assert services.search("genome", "en", 5).page.number == 1
        with connection.cursor() as cursor:
            cursor.execute("SHOW enable_seqscan")
            assert cursor.fetchone()[0] == "on"


# -- caching outcomes -----------------------------------------------------------------------------
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
class TestCachedOutcomes:
    """Searches outside a transaction, as the view makes them: each outcome is cached until a
    document write commits."""

    @pytest.fixture
    def gnu_topic(self, home_page):
        page = TopicPage(slug="gnu", title="Gnu", title_en="Gnu", title_zh_hant="角馬")
        home_page.add_child(instance=page)
        return publish(page)

    def test_a_repeated_search_is_one_cache_read_and_an_edit_shows_at_once(
        self, gnu_topic, django_assert_num_queries
    ):
        article = add_article(gnu_topic, "gnu-facts", title_en="Gnu migration facts")
        assert titles("gnu migration") == ["Gnu migration facts"]
        with django_assert_num_queries(0):
            assert titles("gnu migration") == ["Gnu migration facts"]
            assert titles(" GNU  Migrations ") == ["Gnu migration facts"]  # same tokens
        article.title_en = "Gnu migration calendar"
        publish(article)  # the search update runs when this commits
        assert titles("gnu migration") == ["Gnu migration calendar"]
        article.unpublish()
        assert titles("gnu migration") == []

    def test_pages_and_languages_are_cached_apart(self, gnu_topic):
        for number in range(11):
            add_article(gnu_topic, f"gnu-{number}", title_en=f"Gnu {number}")
        assert len(titles("gnu")) == 10
        assert len(titles("gnu", page=2)) == 2  # and the topic itself
        assert titles("gnu", page=2) == titles("gnu", page="99")
        assert titles("gnu", language="zh-hant") == []
        assert titles("角馬", language="zh-hant") == ["角馬"]

    def test_an_anonymous_search_page_is_served_whole_until_a_document_changes(
        self, gnu_topic, client
    ):
        article = add_article(gnu_topic, "gnu-facts", title_en="Gnu migration facts")
        first = client.get("/en/search/?q=gnu+migration")
        assert first["X-Page-Cache"] == "miss"
        assert "<mark>migration</mark> facts" in first.content.decode()
        again = client.get("/en/search/?q=gnu+migration")
        assert again["X-Page-Cache"] == "hit" and again.content == first.content
        # Each page, query and language apart.
        assert client.get("/en/search/?q=gnu+migration&page=2")["X-Page-Cache"] == "miss"
        assert client.get("/en/search/?q=gnu")["X-Page-Cache"] == "miss"
        assert client.get("/zh-hant/search/?q=gnu+migration")["X-Page-Cache"] == "miss"
        article.title_en = "Gnu migration calendar"
        publish(article)  # the search update runs when this commits
        after = client.get("/en/search/?q=gnu+migration")
        assert after["X-Page-Cache"] == "miss"
        assert "migration</mark> calendar" in after.content.decode()
        # A document rewritten with no publication (a rebuild, say): the search generation alone.
        document = SearchDocument.objects.get(page=article, language="en")
        document.title = "Gnu migration almanac"
        document.save()
        rebuilt = client.get("/en/search/?q=gnu+migration")
        assert rebuilt["X-Page-Cache"] == "miss"
        assert "migration</mark> almanac" in rebuilt.content.decode()

    def test_other_query_strings_and_signed_in_readers_get_a_fresh_search(
        self, gnu_topic, client, django_user_model
    ):
        add_article(gnu_topic, "gnu-facts", title_en="Gnu facts")
        for url in ("/en/search/?q=gnu&utm_source=mail", "/en/search/?q=gnu&q=facts"):
            for _ in range(2):
                response = client.get(url)
                assert response.status_code == 200 and "X-Page-Cache" not in response
        reader = django_user_model.objects.create_user(email="r@example.org", password="x" * 12)
        client.force_login(reader)
        for _ in range(2):
            response = client.get("/en/search/?q=gnu")
            assert response.status_code == 200 and "X-Page-Cache" not in response

    def test_without_the_cache_searches_still_work(self, gnu_topic, settings):
        add_article(gnu_topic, "gnu-facts", title_en="Gnu facts")
        # What production runs: django-redis ignoring errors, here with nothing listening.
        settings.CACHES = {"default": redis_cache("redis://127.0.0.1:9/0")}
        for _ in range(2):
            assert titles("gnu facts") == ["Gnu facts"]


# -- PostgreSQL ---------------------------------------------------------------------------------
PG_SCRIPT = """
import django, json
django.setup()
from django.test import Client
from wagtail.models import Page, Site
from wagtail.rich_text import RichText
from content.models import ArticlePage, HomePage, TopicPage
from content.search import services
from django.db import connection

# A site of our own rather than the demo's, so this checks search and nothing else.
root = Page.get_first_root_node()
root.get_children().delete()  # Wagtail's placeholder home page, and its site with it
home = HomePage(slug="home", title="Home", title_en="Home", title_zh_hant="主頁",
                strapline_en="Genomics.", strapline_zh_hant="基因組學。")
root.add_child(instance=home)
home.save_revision().publish()
Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True)
topic = TopicPage(slug="pg-topic", title="PG topic", title_en="PG topic", title_zh_hant="測序入門",
                  summary_en="About DNA.", summary_zh_hant="關於脫氧核糖核酸。")
home.add_child(instance=topic)
topic.save_revision().publish()
article = ArticlePage(
    slug="pg-article", title="Reading your whole genome", title_en="Reading your whole genome",
    title_zh_hant="解讀你的全基因組", summary_en="Whole genome sequencing reads every gene.",
    summary_zh_hant="全基因組測序會讀取你所有的基因。",
    body_en=[("paragraph", RichText("<p>Blood samples.</p>"))],
    body_zh_hant=[("paragraph", RichText("<p>河邊有一隻白鷺在休息。</p>"))])
topic.add_child(instance=article)
article.save_revision().publish()  # outside a transaction: the search task runs at once

def urls(query, language):
    return [hit.url for hit in services.search(query, language).hits]

client = Client(HTTP_HOST="localhost")
print(json.dumps({
    "vendor": connection.vendor,
    "one": urls("鷺", "zh-hant"),
    "two": urls("白鷺", "zh-hant"),
    "three": urls("基因組", "zh-hant"),
    "simplified": urls("全基因组测序", "zh-hant"),
    "traditional_on_hans": urls("全基因組", "zh-hans"),
    "apart": urls("組學", "zh-hant"),
    "stem": urls("genes", "en"),
    "sequence": urls("sequence", "en"),
    "none_in_zh": urls("sequencing", "zh-hant"),
    "admin": [p.pk for p in Page.objects.autocomplete("你的全基因組")],
    "article": article.pk,
    "garbage": [client.get("/en/search/", {"q": q}).status_code
                for q in ["%%%", "' OR 1=1 --", "\\\\", "x" * 5000, "😀", "a:b*", "!不"]],
    "page": client.get("/zh-hant/search/", {"q": "基因组"}).content.decode(),
}))
"""


@pytest.mark.postgres
def test_the_same_searches_work_on_postgresql(tmp_path):
    import psycopg

    admin_url = require_postgres()
    name = f"academy_search_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    try:
        env = django_env(
            "academy.settings.test",
            DATABASE_URL=admin_url.rsplit("/", 1)[0] + f"/{name}",
            VAR_DIR=str(tmp_path),
        )
        run_ok(["manage.py", "migrate", "--noinput"], env)
        out = json.loads(run_ok(["-c", PG_SCRIPT], env).strip().splitlines()[-1])
    finally:
        with psycopg.connect(admin_url, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    article = "/zh-hant/pg-topic/pg-article/"
    assert out["vendor"] == "postgresql"
    for key in ("one", "two", "three", "simplified"):
        assert article in out[key], key
    assert "/zh-hans/pg-topic/pg-article/" in out["traditional_on_hans"]
    assert article not in out["apart"]
    assert "/en/pg-topic/pg-article/" in out["stem"]
    assert "/en/pg-topic/pg-article/" in out["sequence"]
    assert article not in out["none_in_zh"]
    assert out["article"] in out["admin"]
    assert out["garbage"] == [200] * 7
    assert "解讀你的全<mark>基因組</mark>" in out["page"]
