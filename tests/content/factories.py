"""Small builders for public pages in tests: real pages, saved and published through Wagtail."""

import datetime
import itertools

from django.utils import timezone
from wagtail.rich_text import RichText

from content.models import (
    ArticlePage,
    EventIndexPage,
    EventPage,
    GlossaryIndexPage,
    GlossaryTerm,
    TopicPage,
)

_counter = itertools.count(1)


def publish(page):
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def topic(home, slug=None, **fields):
    slug = slug or f"topic-{next(_counter)}"
    values = {
        "title_en": "Genome basics",
        "title_zh_hant": "基因組基礎",
        "summary_en": "What a genome is.",
        "summary_zh_hant": "甚麼是基因組。",
        **fields,
    }
    page = TopicPage(slug=slug, title=values["title_en"], **values)
    home.add_child(instance=page)
    return publish(page)


def article(parent, slug=None, body_en=None, body_zh_hant=None, **fields):
    slug = slug or f"article-{next(_counter)}"
    today = timezone.localdate()
    values = {
        "title_en": "What is the genome?",
        "title_zh_hant": "甚麼是基因組？",
        "summary_en": "Your genome is the full set of your DNA.",
        "summary_zh_hant": "基因組是你全部的脫氧核糖核酸。",
        "reviewer_name": "Dr Test Reviewer",
        "reviewer_credentials_en": "MBBS, clinical geneticist",
        "reviewer_credentials_zh_hant": "臨床遺傳學家",
        "last_reviewed": today - datetime.timedelta(days=100),
        "next_review_due": today + datetime.timedelta(days=265),
        "audience": ["public"],
        **fields,
    }
    page = ArticlePage(
        slug=slug,
        title=values["title_en"],
        body_en=body_en
        or [("paragraph", RichText("<p>Every cell holds a copy of your genome.</p>"))],
        body_zh_hant=body_zh_hant
        or [("paragraph", RichText("<p>每個細胞都有一份你的基因組。</p>"))],
        **values,
    )
    parent.add_child(instance=page)
    return publish(page)


def glossary_index(home):
    page = GlossaryIndexPage(
        slug="glossary", title="Glossary", title_en="Glossary", title_zh_hant="詞彙表"
    )
    home.add_child(instance=page)
    return publish(page)


def term(slug, en, zh, short_en="A definition.", short_zh="一個定義。", **fields):
    return GlossaryTerm.objects.create(
        slug=slug,
        term_en=en,
        term_zh_hant=zh,
        short_definition_en=short_en,
        short_definition_zh_hant=short_zh,
        **fields,
    )


def event(home, start, hours=2, slug=None, **fields):
    index = EventIndexPage.objects.first()
    if index is None:
        index = EventIndexPage(
            slug="events", title="Events", title_en="Events", title_zh_hant="活動"
        )
        home.add_child(instance=index)
        publish(index)
    values = {
        "title_en": "A seminar",
        "title_zh_hant": "研討會",
        "summary_en": "A talk.",
        "summary_zh_hant": "講座。",
        "venue_en": "Lecture Theatre",
        "venue_zh_hant": "演講廳",
        **fields,
    }
    page = EventPage(
        slug=slug or f"event-{next(_counter)}",
        title=values["title_en"],
        starts_at=start,
        ends_at=start + datetime.timedelta(hours=hours),
        **values,
    )
    index.add_child(instance=page)
    return publish(page)
