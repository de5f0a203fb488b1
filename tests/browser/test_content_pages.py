"""The public content pages in a real browser: axe-core over each page type in every language,
and what a reader does with the article furniture (figure descriptions, questions, the
English-only notice)."""

from django.utils import translation

from tests.browser.conftest import axe_violations

LANGUAGES = ["en", "zh-hant", "zh-hans"]
PAGES = {
    "home": "/",
    "topic": "/gene-therapy/",
    "article": "/gene-therapy/thalassaemia-and-gene-therapy/",
    "glossary": "/glossary/",
    "glossary term": "/glossary/whole-genome-sequencing/",
    "search": "/search/?q=genome",
    "event": "/events/",
    "past event": None,  # resolved from the demo data below
    "publications": "/publications/",
    "publication": None,
    "questions": "/questions/",
}


def _path(name):
    from content.models import EventPage, PublicationPage

    if name == "past event":
        event = EventPage.objects.live().past().first()
        return f"/events/{event.slug}/"
    if name == "publication":
        return f"/publications/{PublicationPage.objects.live().first().slug}/"
    return PAGES[name]


def test_every_content_page_type_in_every_language_passes_axe(page, site):
    failures = {}
    for name in PAGES:
        path = _path(name)
        if name == "search":
            path = {
                "en": "/search/?q=genome",
                "zh-hant": "/search/?q=基因組",
                "zh-hans": "/search/?q=基因组",
            }
        for language in LANGUAGES:
            target = path[language] if isinstance(path, dict) else path
            response = page.goto(f"{site}/{language}{target}")
            assert response.status == 200, (language, target)
            violations = axe_violations(page)
            if violations:
                failures[f"{language}{target}"] = violations
    assert failures == {}


def test_figure_description_and_questions_open_from_the_keyboard(page, site):
    from content.models import ArticlePage

    article = next(
        a
        for a in ArticlePage.objects.live()
        if {"figure", "faq"} <= {b.block_type for b in a.body_en}
    )
    with translation.override("en"):
        path = article.get_url()
    page.goto(f"{site}{path}")
    description = page.locator(".long-description").first
    assert description.get_attribute("open") is None
    description.locator("summary").focus()
    page.keyboard.press("Enter")
    assert description.get_attribute("open") is not None
    assert description.locator("p").is_visible()
    question = page.locator(".faq__item").first
    question.locator("summary").focus()
    page.keyboard.press("Enter")
    assert question.locator(".faq__answer").is_visible()
