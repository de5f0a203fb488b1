"""Glossary linking in article bodies, the popover markup, the glossary index and term pages,
and what the glossary costs an article in queries."""

import re

import pytest
from bs4 import BeautifulSoup
from django.core.cache import cache
from django.db import connection
from django.template import engines
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from wagtail.rich_text import RichText

from content import glossary_linking
from content.glossary_linking import build_matcher, get_matcher, link_terms
from content.models import GlossaryTerm
from tests.content import factories as make

GLOSSARY = "/{language}/glossary/"


def row(slug, en="", zh="", short_en="", short_zh="", synonyms_en="", synonyms_zh="", hans=None):
    """A GlossaryTerm row as the matcher reads it, Simplified given or derived."""
    from academy.chinese import to_simplified

    values = {
        "slug": slug,
        "term_en": en,
        "term_zh_hant": zh,
        "short_definition_en": short_en or (f"About {en}." if en else ""),
        "short_definition_zh_hant": short_zh or (f"{zh}的定義。" if zh else ""),
        "synonyms_en": synonyms_en,
        "synonyms_zh_hant": synonyms_zh,
    }
    for name in ("term", "short_definition", "synonyms"):
        values[f"{name}_zh_hans"] = (hans or {}).get(name) or to_simplified(
            values[f"{name}_zh_hant"]
        )
    return values


ROWS = [
    row("gene", "gene", "基因", short_en="A unit of heredity.", short_zh="遺傳的基本單位。"),
    row("genome", "genome", "基因組", synonyms_zh="基因體"),
    row(
        "whole-genome-sequencing",
        "whole genome sequencing",
        "全基因組測序",
        synonyms_en="WGS\ngenome sequencing",
        synonyms_zh="WGS",
    ),
    row("therapy", "therapy", "治療"),
    row("dna", "DNA", "脫氧核糖核酸", synonyms_en="deoxyribonucleic acid", synonyms_zh="DNA"),
    row("carrier", "carrier", ""),  # English only
    row("variant", "variant", "變異", short_en='Changes <"&> in DNA.'),
]


def matcher(language="en", rows=ROWS):
    return build_matcher(rows, language, GLOSSARY.format(language=language))


def links(html: str) -> list[tuple[str, str]]:
    """(linked text, slug) of each glossary link, in order."""
    soup = BeautifulSoup(html, "html.parser")
    return [
        (a.get_text(), a["href"].rstrip("/").rsplit("/", 1)[-1])
        for a in soup.select("a.glossary-term")
    ]


def link(html: str, language: str = "en", rows=ROWS) -> list[tuple[str, str]]:
    return links(link_terms(html, language, matcher(language, rows)))


class TestWhatIsLinked:
    def test_only_the_first_occurrence_of_each_term(self):
        html = "<p>A gene here.</p><p>Another gene, and a genome.</p><p>The genome again.</p>"
        assert link(html) == [("gene", "gene"), ("genome", "genome")]

    def test_a_synonym_counts_as_its_term(self):
        html = "<p>WGS reads everything; whole genome sequencing is slow.</p>"
        assert link(html) == [("WGS", "whole-genome-sequencing")]
        chinese = "<p>基因體很長。基因組很長。</p>"
        assert link(chinese, "zh-hant") == [("基因體", "genome")]

    def test_the_longest_english_term_wins(self):
        html = "<p>Whole genome sequencing reads the genome.</p>"
        assert link(html) == [
            ("Whole genome sequencing", "whole-genome-sequencing"),
            ("genome", "genome"),
        ]

    def test_spaces_and_hyphens_are_interchangeable(self):
        assert link("<p>whole-genome\n sequencing</p>") == [
            ("whole-genome\n sequencing", "whole-genome-sequencing")
        ]

    def test_the_longest_chinese_term_wins_and_shorter_terms_are_not_found_inside(self):
        html = "<p>基因組是一套完整的遺傳資料，包括很多基因。</p>"
        # 基因組 at the start is one term, not 基因 + 組; the standalone 基因 later is 基因.
        assert link(html, "zh-hant") == [("基因組", "genome"), ("基因", "gene")]

    def test_a_linked_term_still_hides_shorter_terms_inside_its_later_occurrences(self):
        html = "<p>基因組。再說基因組。然後是基因。</p>"
        linked = link_terms(html, "zh-hant", matcher("zh-hant"))
        assert links(linked) == [("基因組", "genome"), ("基因", "gene")]
        assert "再說基因組。然後是" in BeautifulSoup(linked, "html.parser").get_text()

    def test_chinese_leftmost_longest_over_the_whole_text(self):
        html = "<p>全基因組測序比基因組更長。</p>"
        assert link(html, "zh-hant") == [
            ("全基因組測序", "whole-genome-sequencing"),
            ("基因組", "genome"),
        ]

    @pytest.mark.parametrize(
        "text", ["genetic", "generate", "Genetics", "regene", "gene2", "pre_gene"]
    )
    def test_english_terms_only_match_whole_words(self, text):
        assert link(f"<p>A {text} word.</p>") == []

    @pytest.mark.parametrize(
        ("text", "found"),
        [
            ("Gene", "Gene"),
            ("GENE", "GENE"),
            ("genes", "genes"),
            ("gene's", "gene"),
            ("(gene)", "gene"),
            ("therapies", "therapies"),
            ("gene-therapy", "gene"),
        ],
    )
    def test_english_matching_ignores_case_and_takes_plurals(self, text, found):
        assert link(f"<p>The {text} here.</p>")[0][0] == found

    def test_abbreviations_match_only_in_capitals(self):
        assert link("<p>Some dna here.</p>") == []
        assert link("<p>Some DNA here.</p>") == [("DNA", "dna")]

    def test_latin_terms_in_chinese_text_need_no_spaces(self):
        assert link("<p>細胞的DNA很長。</p>", "zh-hant") == [("DNA", "dna")]

    @pytest.mark.parametrize(
        "markup",
        [
            '<a href="/x/">gene</a>',
            "<h2>gene</h2>",
            "<h3>A <em>gene</em></h3>",
            "<button>gene</button>",
            "<details><summary>gene</summary></details>",
            "<figure><figcaption>gene</figcaption></figure>",
            "<code>gene</code>",
            "<pre>gene</pre>",
            "<script>var gene = 1;</script>",
            "<style>.gene{}</style>",
            "<!-- gene -->",
        ],
    )
    def test_never_inside_links_headings_controls_captions_or_code(self, markup):
        assert link(f"<div>{markup}</div>") == []
        # ...and the next occurrence outside is linked instead.
        assert link(f"<div>{markup}<p>One gene.</p></div>") == [("gene", "gene")]

    def test_existing_glossary_links_are_neither_nested_nor_repeated(self):
        once = link_terms("<p>A gene and a genome.</p>", "en", matcher())
        twice = link_terms(once + "<p>Another gene.</p>", "en", matcher())
        assert links(twice) == [("gene", "gene"), ("genome", "genome")]

    def test_a_term_split_by_markup_is_not_linked_and_hides_shorter_terms(self):
        assert link("<p><b>基因</b>組很長。</p>", "zh-hant") == []
        assert link("<p>The <b>gene</b>tic code.</p>") == []
        # Across block boundaries text does not run on.
        assert link("<p>genome</p><p>s</p>") == [("genome", "genome")]

    def test_terms_without_text_in_a_language_apply_only_in_the_other(self):
        assert link("<p>A carrier.</p>") == [("carrier", "carrier")]
        assert link("<p>A carrier. 攜帶者。</p>", "zh-hant") == []

    def test_simplified_text_is_matched_with_the_simplified_forms(self):
        html = "<p>全基因组测序读取整个基因组，包括每个基因。</p>"
        assert link(html, "zh-hans") == [
            ("全基因组测序", "whole-genome-sequencing"),
            ("基因组", "genome"),
            ("基因", "gene"),
        ]
        # Traditional forms find only what both scripts write alike.
        assert link(html, "zh-hant") == [("基因", "gene")]

    def test_html_is_parsed_not_string_replaced_and_escaping_survives(self):
        html = (
            '<p title="gene &amp; genome">Tom &amp; Jerry&#39;s &lt;gene&gt; &amp;copy; '
            '<img alt="a gene" src="/i.png?a=1&amp;b=2"><br>variant</p>'
        )
        result = link_terms(html, "en", matcher())
        soup = BeautifulSoup(result, "html.parser")
        assert soup.p["title"] == "gene & genome"
        assert soup.img["alt"] == "a gene"
        assert soup.img["src"] == "/i.png?a=1&b=2"
        assert "&amp;copy;" in result  # never turned into ©
        assert "&lt;" in result and "<gene>" not in result
        assert links(result) == [("gene", "gene"), ("variant", "variant")]
        popover = soup.select_one("#" + soup.select("a.glossary-term")[1]["aria-describedby"])
        assert popover.get_text() == 'Changes <"&> in DNA.'
        assert 'Changes &lt;"&amp;&gt; in DNA.' in result

    def test_nothing_to_link_returns_the_markup_untouched(self):
        html = "<p>Nothing <br/>here &nbsp; at all</p>"
        assert link_terms(html, "en", matcher()) == html
        assert link_terms(html, "en", None) == html
        assert link_terms("<p>gene</p>", "en", build_matcher(ROWS, "en", None)) == "<p>gene</p>"

    def test_a_matcher_only_links_its_own_language(self):
        with pytest.raises(ValueError):
            link_terms("<p>基因</p>", "zh-hans", matcher("zh-hant"))

    def test_a_large_glossary_links_a_long_body_quickly(self):
        import time

        rows = [row(f"t{n}", f"term{n} word{n % 7}", f"詞{n}語") for n in range(2000)]
        body = "".join(f"<p>Text about term{n} word{n % 7} and 詞{n}語.</p>" for n in range(2000))
        started = time.perf_counter()
        built = build_matcher(rows, "en", "/en/glossary/")
        result = link_terms(body, "en", built)
        assert len(links(result)) == 2000
        assert time.perf_counter() - started < 10


class TestPopover:
    def test_each_link_is_described_by_its_definition_and_goes_to_the_entry(self):
        result = link_terms("<p>A gene in a genome.</p>", "en", matcher())
        soup = BeautifulSoup(result, "html.parser")
        term = soup.select_one("a.glossary-term")
        assert term["href"] == "/en/glossary/gene/"
        popover = soup.find(id=term["aria-describedby"])
        assert popover is not None
        assert popover["role"] == "tooltip"
        assert "glossary-popover" in popover["class"]
        assert popover.get_text() == "A unit of heredity."
        assert popover["id"] == "gt-gene"  # the default prefix, then the slug
        # The term and its popover share a wrapper, so hovering the popover keeps it open.
        assert term.parent is popover.parent and "glossary" in term.parent["class"]

    def test_definitions_are_in_the_readers_language(self):
        for language, definition in (
            ("zh-hant", "遺傳的基本單位。"),
            ("zh-hans", "遗传的基本单位。"),
        ):
            text = "<p>基因。</p>"
            soup = BeautifulSoup(link_terms(text, language, matcher(language)), "html.parser")
            assert soup.select_one(".glossary-popover").get_text() == definition
            assert soup.select_one("a")["href"] == f"/{language}/glossary/gene/"

    def test_ids_are_unique_across_bodies_with_their_own_prefixes(self):
        first = link_terms("<p>gene genome</p>", "en", matcher(), id_prefix="gt-one")
        second = link_terms("<p>gene genome</p>", "en", matcher(), id_prefix="gt-two")
        found = re.findall(r' id="([^"]+)"', first + second)
        assert found == ["gt-one-gene", "gt-one-genome", "gt-two-gene", "gt-two-genome"]
        described = re.findall(r'aria-describedby="([^"]+)"', first + second)
        assert described == found


# -- with the database ----------------------------------------------------------------------------
@pytest.fixture
def glossary(home_page):
    return make.glossary_index(home_page)


@pytest.fixture
def terms(glossary):
    gene = make.term(
        "gene",
        "gene",
        "基因",
        short_en="A unit of heredity.",
        short_zh="遺傳的基本單位。",
        full_definition_en="<p>A gene is a stretch of DNA.</p>",
        full_definition_zh_hant="<p>基因是一段脫氧核糖核酸。</p>",
        synonyms_en="genes",
    )
    genome = make.term(
        "genome",
        "genome",
        "基因組",
        short_en="All of your DNA.",
        short_zh="你全部的脫氧核糖核酸。",
        synonyms_en="genetic code",
        synonyms_zh_hant="基因體",
    )
    allele = make.term("allele", "allele", "等位基因", short_en="A version of a gene.")
    variant = make.term("variant", "variant", "變異", short_en="A change in DNA.")
    chromosome = make.term("chromosome", "chromosome", "染色體", short_en="A package of DNA.")
    carrier = GlossaryTerm.objects.create(
        slug="carrier", term_en="carrier", short_definition_en="Someone with one copy."
    )
    deletion = make.term("22q11-deletion", "22q11 deletion", "22q11缺失")
    gene.related_terms.set([genome, allele, carrier])
    gene.save()  # a ParentalManyToManyField is written on save
    return {
        "gene": gene,
        "genome": genome,
        "allele": allele,
        "variant": variant,
        "chromosome": chromosome,
        "carrier": carrier,
        "deletion": deletion,
    }


def render_body(value, language: str, request=None) -> str:
    template = engines["django"].from_string("{% load glossary %}{% glossary_linked body %}")
    with translation.override(language):
        return template.render({"body": value}, request)


@pytest.mark.django_db
class TestTemplateTag:
    def test_renders_the_stream_like_include_block_and_links_terms(self, terms, home_page):
        topic = make.topic(home_page)
        body = [
            ("heading", {"text": "The gene", "level": "h2"}),
            ("paragraph", RichText("<p>Each gene sits in the genome.</p>")),
        ]
        article = make.article(topic, body_en=body)
        html = render_body(article.body, "en")
        assert '<div class="w-block-heading block-heading">' in html
        assert links(html) == [("gene", "gene"), ("genome", "genome")]

    def test_each_language_links_its_own_forms(self, terms, home_page):
        topic = make.topic(home_page)
        article = make.article(
            topic, body_zh_hant=[("paragraph", RichText("<p>每個基因都在基因組裏。</p>"))]
        )
        article.refresh_from_db()
        assert links(render_body(article.body_zh_hant, "zh-hant")) == [
            ("基因", "gene"),
            ("基因組", "genome"),
        ]
        simplified = render_body(article.body_zh_hans, "zh-hans")
        assert links(simplified) == [("基因", "gene"), ("基因组", "genome")]
        assert "/zh-hans/glossary/gene/" in simplified

    def test_popover_ids_unique_per_request(self, terms):
        request = RequestFactory().get("/en/")
        html = render_body("gene", "en", request) + render_body("gene", "en", request)
        ids = re.findall(r' id="([^"]+)"', html)
        assert len(ids) == 2 and len(set(ids)) == 2

    def test_plain_strings_are_escaped(self, terms):
        html = render_body("<b>gene</b>", "en")
        assert "&lt;b&gt;" in html and links(html) == [("gene", "gene")]

    def test_no_glossary_page_no_links(self, home_page):
        make.term("gene", "gene", "基因")
        assert links(render_body("gene", "en")) == []


@pytest.mark.django_db
class TestCaching:
    def test_queries_do_not_grow_with_the_glossary(self, glossary, home_page):
        topic = make.topic(home_page)
        body = [
            ("paragraph", RichText(f"<p>Paragraph {n} mentions term{n} and others.</p>"))
            for n in range(60)
        ]
        article = make.article(topic, body_en=body)

        def count(size: int) -> tuple[int, int]:
            GlossaryTerm.objects.all().delete()
            for n in range(size):
                make.term(f"term-{n}", f"term{n}", f"詞{n}")
            cache.clear()
            with CaptureQueriesContext(connection) as cold:
                html = render_body(article.body, "en")
            assert len(links(html)) == size
            glossary_linking._recent.clear()  # another process: the matcher from the cache
            with CaptureQueriesContext(connection) as warm:
                assert len(links(render_body(article.body, "en"))) == size
            return len(cold), len(warm)

        small, large = count(5), count(60)
        assert small == large, (small, large)
        assert small[1] == 0  # nothing at all while the cached matcher stands
        # After a change: view restrictions and the glossary page (is it live and public, where
        # is it), the site root paths (cached by Wagtail in turn), and the terms.
        assert small[0] <= 4

    def test_changing_a_term_renews_every_language(self, terms, django_capture_on_commit_callbacks):
        assert links(render_body("genome", "en")) == [("genome", "genome")]
        assert links(render_body("基因组", "zh-hans")) == [("基因组", "genome")]
        with django_capture_on_commit_callbacks(execute=True):
            genome = terms["genome"]
            genome.slug = "the-genome"
            genome.term_zh_hant = "基因集"
            genome.save()
        assert links(render_body("genome", "en")) == [("genome", "the-genome")]
        assert links(render_body("基因组", "zh-hans")) == [("基因", "gene")]
        with django_capture_on_commit_callbacks(execute=True):
            GlossaryTerm.objects.filter(slug="the-genome").delete()
        assert links(render_body("genome", "en")) == []

    def test_unpublishing_the_glossary_removes_the_links(
        self, terms, glossary, django_capture_on_commit_callbacks
    ):
        assert links(render_body("gene", "en"))
        with django_capture_on_commit_callbacks(execute=True):
            glossary.unpublish()
        assert links(render_body("gene", "en")) == []

    def test_the_generation_survives_a_cleared_cache_without_reusing_old_matchers(self, terms):
        before = glossary_linking.generation()
        get_matcher("en")
        cache.clear()
        assert glossary_linking.generation() != before


# -- the glossary pages ---------------------------------------------------------------------------
def page(client, path: str, status: int = 200) -> BeautifulSoup:
    response = client.get(path)
    assert response.status_code == status, (path, response.status_code)
    return BeautifulSoup(response.content.decode(), "html.parser")


def groups(soup: BeautifulSoup) -> dict[str, list[str]]:
    return {
        section.h2.get_text(strip=True): [dt.a.get_text(strip=True) for dt in section.select("dt")]
        for section in soup.select("section.glossary-group")
    }


@pytest.mark.django_db
class TestIndexPage:
    def test_english_terms_a_to_z(self, client, terms):
        soup = page(client, "/en/glossary/")
        assert groups(soup) == {
            "A": ["allele"],
            "C": ["carrier", "chromosome"],
            "G": ["gene", "genome"],
            "V": ["variant"],
            "Numbers and symbols": ["22q11 deletion"],
        }
        letters = [a.get_text(strip=True) for a in soup.select(".glossary-letters a")]
        assert letters[:4] == ["A", "C", "G", "V"]
        gene = soup.find("a", string="gene")
        assert gene["href"] == "/en/glossary/gene/"
        other = gene.find_next_sibling("span", class_="glossary-other")
        assert other.get_text() == "基因" and other["lang"] == "zh-Hant-HK"

    def test_chinese_terms_by_pinyin_with_english_only_terms_marked(self, client, terms):
        soup = page(client, "/zh-hant/glossary/")
        found = groups(soup)
        # biàn yì; carrier (English only, under its English initial); děng wèi jī yīn;
        # jī yīn before jī yīn zǔ; rǎn sè tǐ; then 22q11 under numbers and symbols.
        assert list(found.values()) == [
            ["變異"],
            ["carrier"],
            ["等位基因"],
            ["基因", "基因組"],
            ["染色體"],
            ["22q11缺失"],
        ]
        assert list(found)[:5] == ["B", "C", "D", "J", "R"]
        carrier = soup.find("a", string="carrier")
        assert carrier["lang"] == "en"
        assert carrier["href"] == "/zh-hant/glossary/carrier/"
        assert soup.select_one("p.glossary-order") is not None
        simplified = groups(page(client, "/zh-hans/glossary/"))
        assert simplified["J"] == ["基因", "基因组"]
        assert simplified["B"] == ["变异"]

    @pytest.mark.parametrize(
        ("language", "query", "expected"),
        [
            ("zh-hant", "基因組", ["基因組"]),
            ("zh-hant", "基因组", ["基因組"]),  # Simplified query, Traditional page
            ("zh-hans", "基因組", ["基因组"]),  # Traditional query, Simplified page
            ("zh-hans", "遗传", ["基因"]),  # in the short definition
            ("zh-hant", "基因體", ["基因組"]),  # a synonym
            ("zh-hant", "genome", ["基因組"]),  # the English name beside it
            ("en", "HEREDITY", ["gene"]),
            ("en", "stretch of dna", ["gene"]),  # the full definition
            ("en", "genetic code", ["genome"]),  # a synonym
            ("en", "基因組", ["genome"]),
        ],
    )
    def test_search_in_either_script(self, client, terms, language, query, expected):
        soup = page(client, f"/{language}/glossary/?q={query}")
        names = [name for names in groups(soup).values() for name in names]
        assert names == expected
        assert soup.select_one("#glossary-query")["value"] == query
        assert soup.select_one(".glossary-count[role=status]") is not None
        assert soup.find("meta", attrs={"name": "robots"})["content"] == "noindex"

    def test_search_without_results(self, client, terms):
        soup = page(client, "/en/glossary/?q=zebra")
        assert groups(soup) == {}
        assert "0 terms match “zebra”." in soup.select_one(".glossary-count").get_text()

    def test_hostile_queries_are_harmless(self, client, terms):
        soup = page(client, "/en/glossary/?q=%00<script>" + "x" * 500)
        assert soup.select_one("#glossary-query")["value"].startswith("<script>")
        assert len(soup.select_one("#glossary-query")["value"]) <= 100


@pytest.mark.django_db
class TestTermPage:
    def test_an_entry_in_english(self, client, terms):
        soup = page(client, "/en/glossary/gene/")
        assert soup.h1.get_text(strip=True) == "gene"
        assert soup.title.get_text().startswith("gene · Glossary")
        other = soup.select_one(".glossary-entry__other span[lang]")
        assert other.get_text() == "基因" and other["lang"] == "zh-Hant-HK"
        assert "A unit of heredity." in soup.select_one(".glossary-entry .lede").get_text()
        assert "A gene is a stretch of DNA." in soup.select_one(".glossary-entry").get_text()
        assert [li.get_text() for li in soup.select(".glossary-synonyms li")] == ["genes"]
        related = {a.get_text(): a["href"] for a in soup.select(".glossary-related a")}
        assert related == {
            "allele": "/en/glossary/allele/",
            "carrier": "/en/glossary/carrier/",
            "genome": "/en/glossary/genome/",
        }
        back = soup.select_one(".glossary-entry__back a")
        assert back["href"] == "/en/glossary/"
        crumbs = [a["href"] for a in soup.select(".breadcrumbs a")]
        assert crumbs == ["/en/", "/en/glossary/"]
        assert soup.find("link", rel="canonical")["href"].endswith("/en/glossary/gene/")

    @pytest.mark.parametrize(
        ("language", "name", "definition"),
        [
            ("zh-hant", "基因", "基因是一段脫氧核糖核酸。"),
            ("zh-hans", "基因", "基因是一段脱氧核糖核酸。"),
        ],
    )
    def test_an_entry_in_chinese(self, client, terms, language, name, definition):
        soup = page(client, f"/{language}/glossary/gene/")
        assert soup.h1.get_text(strip=True) == name
        assert definition in soup.select_one(".glossary-entry").get_text()
        other = soup.select_one(".glossary-entry__other span[lang]")
        assert other.get_text() == "gene" and other["lang"] == "en"
        related = [a.get_text() for a in soup.select(".glossary-related a")]
        assert "carrier" in related
        assert soup.find("a", string="carrier")["lang"] == "en"
        assert soup.select_one(".notice--language") is None

    def test_an_english_only_entry_on_a_chinese_url(self, client, terms):
        soup = page(client, "/zh-hant/glossary/carrier/")
        notice = soup.select_one(".notice--language")
        assert notice is not None and notice["role"] == "note"
        entry = soup.select_one("article.glossary-entry")
        assert entry["lang"] == "en"
        assert soup.h1.get_text(strip=True) == "carrier"
        assert entry.select_one(".kicker").get_text() == "Glossary term"  # labels in English
        assert soup.select_one(".glossary-entry__back a")["href"] == "/zh-hant/glossary/"

    def test_unknown_terms_are_not_found(self, client, terms):
        page(client, "/en/glossary/no-such-term/", status=404)
        page(client, "/zh-hant/glossary/no-such-term/", status=404)
