"""The demo site's pages for `manage.py load_demo`. Creates what is missing; never overwrites
an editor's changes (a page or term that exists, found by its slug, is left as it is)."""

import datetime
import importlib
import io
import logging
from zoneinfo import ZoneInfo

from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.db import transaction
from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.models import Collection, Page, Site
from wagtail.rich_text import RichText

from content import illustrations
from content.models import (
    ArticlePage,
    ArticleRelatedLink,
    EventIndexPage,
    EventPage,
    FAQPage,
    GlossaryIndexPage,
    GlossaryTerm,
    HomeFeaturedTopic,
    HomePage,
    NewsIndexPage,
    NewsPage,
    PublicationIndexPage,
    PublicationPage,
    TopicPage,
)
from content.search import services as search_services

logger = logging.getLogger(__name__)
HONG_KONG = ZoneInfo("Asia/Hong_Kong")
LANGUAGES = ("en", "zh_hant")

HOME = {
    "title_en": "Genomics Academy",
    "title_zh_hant": "基因組學學院",
    "strapline_en": (
        "Clear, reliable information on genomic medicine for people in Hong Kong, "
        "and training for the professionals who provide it."
    ),
    "strapline_zh_hant": "為香港市民提供清晰可靠的基因組醫學資訊，並為提供服務的專業人員提供培訓。",
    "intro_en": (
        "<p>Your genome is the full set of instructions in your DNA. Reading it can help "
        "doctors find the cause of a rare disease, choose medicines that suit you, and "
        "understand the risks that run in families.</p>"
        "<p>Here you can learn what genomic tests can and cannot tell you, what genetic "
        "counselling involves, and how your data and samples are protected. Healthcare "
        "professionals can take courses and earn CPD points.</p>"
    ),
    "intro_zh_hant": (
        "<p>基因組是儲存在你的脫氧核糖核酸（DNA）中的全套遺傳指令。解讀基因組，可以幫助醫生找出罕見病的"
        "成因、選擇適合你的藥物，並了解家族遺傳的風險。</p>"
        "<p>在這裏，你可以了解基因組檢測能告訴你甚麼、不能告訴你甚麼，遺傳輔導包括哪些內容，以及你的數據"
        "和樣本如何受到保護。醫護及相關專業人員亦可修讀課程，累積持續專業發展（CPD）學分。</p>"
    ),
    "search_description_en": (
        "Bilingual public education on genomic medicine, and CPD training for healthcare "
        "professionals in Hong Kong."
    ),
    "search_description_zh_hant": (
        "以中英雙語介紹基因組醫學的公眾教育，以及為香港醫護專業人員而設的持續專業發展培訓。"
    ),
}

SECTIONS = {
    "events": (
        EventIndexPage,
        {"en": "Events", "zh_hant": "活動"},
        {
            "en": "<p>Seminars, talks and patient-group sessions on genomic medicine.</p>",
            "zh_hant": "<p>有關基因組醫學的研討會、講座及病人組織聚會。</p>",
        },
    ),
    "publications": (
        PublicationIndexPage,
        {"en": "Leaflets and reports", "zh_hant": "單張及報告"},
        {
            "en": "<p>Printable leaflets and reports in English and Chinese.</p>",
            "zh_hant": "<p>可供列印的中英文單張及報告。</p>",
        },
    ),
    "news": (
        NewsIndexPage,
        {"en": "News", "zh_hant": "最新消息"},
        {"en": "<p>News from the Academy.</p>", "zh_hant": "<p>學院最新消息。</p>"},
    ),
    "glossary": (
        GlossaryIndexPage,
        {"en": "Glossary", "zh_hant": "詞彙表"},
        {
            "en": "<p>Plain-language explanations of the words used in genomic medicine.</p>",
            "zh_hant": "<p>以淺白文字解釋基因組醫學常用的詞彙。</p>",
        },
    ),
}


def _translated(prefix: str, values: dict) -> dict:
    return {f"{prefix}_{language}": values[language] for language in LANGUAGES}


@transaction.atomic
def load() -> HomePage:
    home = ensure_home()
    images = _images()
    topics = _topics(home, images)
    articles = _articles(topics, images)
    _glossary()
    sections = {slug: _section(home, slug, *spec) for slug, spec in SECTIONS.items()}
    _faq(home)
    _events(sections["events"], topics)
    _publications(sections["publications"], topics)
    _news(sections["news"])
    _links(home, topics, articles)
    search_services.rebuild()
    return home


def _data(name: str):
    """A module of content.demo_content (imported when loading, not when tests import this)."""
    return importlib.import_module(f"content.demo_content.{name}")


def _all_articles() -> list[dict]:
    return [*_data("articles_a").ARTICLES_A, *_data("articles_b").ARTICLES_B]


def _publish(page: Page) -> None:
    page.save_revision().publish()


def ensure_home() -> HomePage:
    home = HomePage.objects.first()
    if home is None:
        root = Page.get_first_root_node()
        # Wagtail's own placeholder ("Welcome to your new Wagtail site!") holds the slug.
        for placeholder in root.get_children().filter(content_type__model="page", slug="home"):
            if not placeholder.get_children().exists():
                placeholder.delete()
        home = HomePage(slug="home", title=HOME["title_en"], **HOME)
        root.add_child(instance=home)
        _publish(home)
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        Site.objects.create(
            hostname="localhost",
            port=80,
            root_page=home,
            is_default_site=True,
            site_name="Genomics Academy",
        )
    elif site.root_page_id != home.pk:
        site.root_page = home
        site.site_name = "Genomics Academy"
        site.save()
    return home


def _images() -> dict[str, Image]:
    collection = Collection.objects.filter(name="Demo illustrations").first()
    if collection is None:
        collection = Collection.get_first_root_node().add_child(name="Demo illustrations")
    images = {}
    for key in illustrations.ILLUSTRATIONS:
        title = f"Demo illustration: {key}"
        image = Image.objects.filter(title=title).first()
        if image is None:
            image = Image(
                title=title,
                collection=collection,
                file=ImageFile(io.BytesIO(illustrations.draw(key)), name=f"demo-{key}.png"),
            )
            image.save()
        images[key] = image
    return images


def _child(parent: Page, model, slug: str, **fields) -> Page:
    existing = model.objects.child_of(parent).filter(slug=slug).first()
    if existing is not None:
        return existing
    page = model(slug=slug, title=fields["title_en"], **fields)
    parent.add_child(instance=page)
    _publish(page)
    return page


def _topics(home: HomePage, images) -> dict[str, TopicPage]:
    return {
        topic["slug"]: _child(
            home,
            TopicPage,
            topic["slug"],
            image=images[topic["image"]],
            **_translated("title", topic["title"]),
            **_translated("summary", topic["summary"]),
            **_translated("intro", topic["intro"]),
        )
        for topic in _data("topics").TOPICS
    }


def stream(blocks: list[tuple], images: dict[str, Image]) -> list[tuple]:
    """Demo blocks (see content.demo_content) as StreamField data."""
    result = []
    for kind, value in blocks:
        if kind in ("heading", "subheading"):
            level = "h2" if kind == "heading" else "h3"
            result.append(("heading", {"text": value, "level": level}))
        elif kind == "paragraph":
            result.append(("paragraph", RichText(value)))
        elif kind == "key_points":
            result.append(
                ("key_points", {"title": value.get("title", ""), "points": value["points"]})
            )
        elif kind == "callout":
            result.append(
                (
                    "callout",
                    {
                        "tone": value["tone"],
                        "title": value.get("title", ""),
                        "text": RichText(value["text"]),
                    },
                )
            )
        elif kind in ("image", "figure"):
            data = {
                "image": images[value["image"]],
                "alt_text": value["alt"],
                "caption": value["caption"],
            }
            if kind == "figure":
                data["long_description"] = value["long_description"]
            result.append((kind, data))
        elif kind == "faq":
            items = [{"question": q["question"], "answer": RichText(q["answer"])} for q in value]
            result.append(("faq", {"title": "", "items": items}))
        elif kind == "references":
            items = [
                {"citation": r["citation"], "doi": r.get("doi") or "", "url": r.get("url") or ""}
                for r in value
            ]
            result.append(("references", {"items": items}))
        else:
            raise ValueError(f"Unknown demo block type: {kind}")
    return result


def _date(text: str) -> datetime.date:
    return datetime.date.fromisoformat(text)


def _articles(topics, images) -> dict[str, ArticlePage]:
    articles = {}
    for article in _all_articles():
        articles[article["slug"]] = _child(
            topics[article["topic"]],
            ArticlePage,
            article["slug"],
            image=images[article["image"]],
            audience=article["audience"],
            level=article["level"],
            reviewer_name=article["reviewer"]["name"],
            last_reviewed=_date(article["last_reviewed"]),
            next_review_due=_date(article["next_review_due"]),
            **_translated("title", article["title"]),
            **_translated("summary", article["summary"]),
            **_translated("reviewer_credentials", article["reviewer"]["credentials"]),
            body_en=stream(article["body"]["en"], images),
            body_zh_hant=stream(article["body"]["zh_hant"], images),
        )
    return articles


def _glossary() -> None:
    terms = {}
    for entry in _data("glossary").GLOSSARY:
        term = GlossaryTerm.objects.filter(slug=entry["slug"]).first()
        if term is None:
            term = GlossaryTerm(
                slug=entry["slug"],
                **_translated("term", entry["term"]),
                **_translated("short_definition", entry["short"]),
                **_translated("full_definition", entry["full"]),
                **{
                    f"synonyms_{language}": "\n".join(entry["synonyms"].get(language, []))
                    for language in LANGUAGES
                },
            )
            term.save()
            terms[entry["slug"]] = term
    for entry in _data("glossary").GLOSSARY:
        term = terms.get(entry["slug"])
        if term is not None:  # only terms created now get their related terms
            term.related_terms.set(GlossaryTerm.objects.filter(slug__in=entry["related"]))
            term.save()


def _section(home, slug, model, title, intro) -> Page:
    page = model.objects.child_of(home).first()
    if page is None:
        page = model(
            slug=slug,
            title=title["en"],
            show_in_menus=True,
            **_translated("title", title),
            **_translated("intro", intro),
        )
        home.add_child(instance=page)
        _publish(page)
    return page


def _faq(home) -> None:
    questions = {
        language: [
            (
                "questions",
                {
                    "title": "",
                    "items": [
                        {
                            "question": q["question"][language],
                            "answer": RichText(q["answer"][language]),
                        }
                        for q in _data("other").FAQS
                    ],
                },
            )
        ]
        for language in LANGUAGES
    }
    _child(
        home,
        FAQPage,
        "questions",
        show_in_menus=True,
        title_en="Questions and answers",
        title_zh_hant="常見問題",
        intro_en="<p>Answers to questions readers often ask about this site.</p>",
        intro_zh_hant="<p>讀者經常提出的問題及解答。</p>",
        questions_en=questions["en"],
        questions_zh_hant=questions["zh_hant"],
    )


def _local(text: str) -> datetime.datetime:
    return datetime.datetime.fromisoformat(text).replace(tzinfo=HONG_KONG)


def _events(index, topics) -> None:
    for event in _data("other").EVENTS:
        venue = event.get("venue") or {"en": "", "zh_hant": ""}
        registration = event.get("registration") or {}
        note = registration.get("note") or {"en": "", "zh_hant": ""}
        _child(
            index,
            EventPage,
            event["slug"],
            starts_at=_local(event["start"]),
            ends_at=_local(event["end"]),
            online_url=event.get("online_url") or "",
            delivery_language=event["delivery_language"],
            audience=event["audience"],
            registration_url=registration.get("url") or "",
            topic=topics.get(event.get("topic")),
            **_translated("title", event["title"]),
            **_translated("summary", event["summary"]),
            **_translated("description", event["description"]),
            **_translated("venue", venue),
            **_translated("registration_note", note),
        )


def _publications(index, topics) -> None:
    from content.leaflets import render_pdf

    for publication in _data("other").PUBLICATIONS:
        if PublicationPage.objects.child_of(index).filter(slug=publication["slug"]).exists():
            continue
        files = {}
        for language in LANGUAGES:
            title = f"{publication['title'][language]} ({language})"
            document = Document.objects.filter(title=title).first()
            if document is None:
                document = Document(title=title)
                pdf = render_pdf(publication["leaflet_html"][language], language)
                name = f"{publication['slug']}-{language.replace('_', '-')}.pdf"
                document.file.save(name, ContentFile(pdf), save=False)
                document.save()
            files[language] = document
        _child(
            index,
            PublicationPage,
            publication["slug"],
            kind=publication["kind"],
            published_on=_date(publication["published"]),
            file_en=files["en"],
            file_zh_hant=files["zh_hant"],
            topic=topics.get(publication.get("topic")),
            **_translated("title", publication["title"]),
            **_translated("summary", publication["summary"]),
        )


def _news(index) -> None:
    for item in _data("other").NEWS:
        _child(
            index,
            NewsPage,
            item["slug"],
            date=_date(item["date"]),
            **_translated("title", item["title"]),
            **_translated("summary", item["summary"]),
            **_translated("body", item["body"]),
        )


def _links(home, topics, articles) -> None:
    """Featured topics and related articles, set once all pages exist. Child relations go
    through a new revision, so the editor's form shows them too."""
    if not home.featured_topics.exists():
        home.featured_topics = [HomeFeaturedTopic(topic=topic) for topic in topics.values()][:6]
        _publish(home)
    for article in _all_articles():
        page = articles[article["slug"]]
        if page.related_links.exists() or not article.get("related"):
            continue
        page.related_links = [
            ArticleRelatedLink(article=articles[slug])
            for slug in article["related"]
            if slug in articles
        ]
        _publish(page)
