"""A glossary term linked in an article, in a real browser: reached with Tab, its definition
shown and announced, dismissed with Escape, followed with Enter; hoverable with the pointer;
kept inside a narrow window; and reachable without JavaScript.

The test makes its own article, topic and term under the demo home page, so it does not depend
on which terms the demo articles happen to use.
"""

import re

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import axe_violations

SLUG = "mendelian-sieve"
TERM = {"en": "Mendelian sieve", "zh-hant": "孟德爾篩", "zh-hans": "孟德尔筛"}
DEFINITION = {
    "en": "A made-up test for sorting families by inheritance pattern.",
    "zh-hant": "按遺傳模式為家庭分類的虛構測試。",
    "zh-hans": "按遗传模式为家庭分类的虚构测试。",
}
BODY = {
    "en": "Before any genetic test, the clinic sorts families with a Mendelian sieve.",
    "zh-hant": "在任何基因檢測之前，診所會先用孟德爾篩為家庭分類。",
}
LANGUAGES = ["en", "zh-hant", "zh-hans"]


@pytest.fixture(scope="module")
def article_url(demo_server, django_db_blocker):
    """`{language}` → the URL of an article that uses the test term, on the live server."""
    with django_db_blocker.unblock():
        _add_the_article()
    return demo_server + "/{language}/popover-topic/popover-article/"


def _add_the_article() -> None:
    from wagtail.rich_text import RichText

    from content.models import GlossaryIndexPage, GlossaryTerm, HomePage
    from tests.content import factories as make

    home = HomePage.objects.get()
    if not GlossaryIndexPage.objects.live().exists():
        make.glossary_index(home)
    GlossaryTerm.objects.create(
        slug=SLUG,
        term_en=TERM["en"],
        term_zh_hant=TERM["zh-hant"],
        short_definition_en=DEFINITION["en"],
        short_definition_zh_hant=DEFINITION["zh-hant"],
    )
    topic = make.topic(home, slug="popover-topic")
    make.article(
        topic,
        slug="popover-article",
        body_en=[("paragraph", RichText(f"<p>{BODY['en']}</p>"))],
        body_zh_hant=[("paragraph", RichText(f"<p>{BODY['zh-hant']}</p>"))],
    )


def term_link(page):
    return page.locator(f'a.glossary-term[href$="/glossary/{SLUG}/"]')


def tab_to(page, link) -> None:
    """Press Tab until the link has focus, as a keyboard user would."""
    target = link.get_attribute("aria-describedby")
    for _ in range(120):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.getAttribute('aria-describedby')") == target:
            return
    pytest.fail("Tab never reached the glossary term")


@pytest.mark.parametrize("language", LANGUAGES)
def test_keyboard_reaches_the_term_escape_dismisses_enter_follows(page, article_url, language):
    page.goto(article_url.format(language=language))
    link = term_link(page)
    expect(link).to_have_count(1)
    expect(link).to_have_text(TERM[language])
    popover = page.locator(f"#{link.get_attribute('aria-describedby')}")
    expect(popover).to_have_attribute("role", "tooltip")
    expect(popover).to_be_hidden()

    tab_to(page, link)
    expect(popover).to_be_visible()
    expect(popover).to_have_text(DEFINITION[language])
    expect(link).to_have_accessible_description(DEFINITION[language])

    page.keyboard.press("Escape")
    expect(popover).to_be_hidden()
    expect(link).to_be_focused()  # dismissing moves neither focus nor the reader

    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(rf"/{language}/glossary/{SLUG}/$"))
    expect(page.locator("h1")).to_have_text(TERM[language])
    assert DEFINITION[language] in page.inner_text("main")


def test_the_pointer_can_move_onto_the_popover(page, article_url):
    page.goto(article_url.format(language="en"))
    link = term_link(page)
    popover = page.locator(f"#{link.get_attribute('aria-describedby')}")
    link.hover()
    expect(popover).to_be_visible()
    popover.hover()  # WCAG 1.4.13: hoverable
    expect(popover).to_be_visible()
    page.keyboard.press("Escape")  # dismissible without moving the pointer
    expect(popover).to_be_hidden()
    page.mouse.move(0, 0)
    link.hover()  # and back on the next hover
    expect(popover).to_be_visible()
    page.mouse.move(0, 0)
    expect(popover).to_be_hidden()


@pytest.mark.parametrize("language", ["en", "zh-hant"])
def test_the_popover_stays_inside_a_narrow_window(new_page, article_url, language):
    page = new_page(viewport={"width": 320, "height": 640})
    page.goto(article_url.format(language=language))
    link = term_link(page)
    popover = page.locator(f"#{link.get_attribute('aria-describedby')}")
    link.focus()
    expect(popover).to_be_visible()
    box = popover.bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= 320, box
    assert page.evaluate("document.documentElement.scrollWidth") <= 320


def test_the_definition_is_reachable_without_javascript(new_page, article_url):
    page = new_page(java_script_enabled=False)
    page.goto(article_url.format(language="en"))
    link = term_link(page)
    popover = page.locator(f"#{link.get_attribute('aria-describedby')}")
    link.hover()
    expect(popover).to_be_visible()  # CSS alone shows it
    link.click()
    page.wait_for_url(re.compile(rf"/en/glossary/{SLUG}/$"))
    assert DEFINITION["en"] in page.inner_text("main")


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_serious_accessibility_violations_with_a_popover_open(page, site, article_url, language):
    page.goto(article_url.format(language=language))
    link = term_link(page)
    tab_to(page, link)
    expect(page.locator(f"#{link.get_attribute('aria-describedby')}")).to_be_visible()
    assert axe_violations(page) == []
    for path in ("glossary/", f"glossary/{SLUG}/", f"glossary/?q={TERM[language][:2]}"):
        page.goto(f"{site}/{language}/{path}")
        assert axe_violations(page) == [], path
