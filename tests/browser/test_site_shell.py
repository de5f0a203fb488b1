"""What a reader does with the site shell, in a real browser."""

import pytest

from tests.browser.conftest import axe_violations

TITLES = {"en": "Genomics Academy", "zh-hant": "基因組學學院", "zh-hans": "基因组学学院"}
LANG = {"en": "en", "zh-hant": "zh-Hant-HK", "zh-hans": "zh-Hans"}


def assert_language(page, site, language, path="/"):
    assert page.url == f"{site}/{language}{path}"
    assert page.get_attribute("html", "lang") == LANG[language]


def test_reader_switches_language_and_stays_on_the_home_page(page, site):
    page.goto(f"{site}/en/")
    assert_language(page, site, "en")
    assert page.inner_text("h1") == TITLES["en"]
    for language, link in (("zh-hant", "繁體中文"), ("zh-hans", "简体中文"), ("en", "English")):
        page.locator(".language-switcher").get_by_role("link", name=link).click()
        page.wait_for_url(f"{site}/{language}/")
        assert_language(page, site, language)
        assert page.inner_text("h1") == TITLES[language]
        current = page.locator('.language-switcher a[aria-current="true"]')
        assert current.inner_text() == link


def test_the_chosen_language_is_remembered_for_the_front_door(new_page, site):
    page = new_page(locale="en-GB")
    page.goto(f"{site}/en/")
    page.locator(".language-switcher").get_by_role("link", name="简体中文").click()
    page.wait_for_url(f"{site}/zh-hans/")
    page.goto(f"{site}/")
    assert_language(page, site, "zh-hans")


def test_switching_language_on_a_deeper_page_keeps_the_page(page, site):
    page.goto(f"{site}/en/accounts/login/")
    page.locator(".language-switcher").get_by_role("link", name="繁體中文").click()
    page.wait_for_url(f"{site}/zh-hant/accounts/login/")
    assert page.get_attribute("html", "lang") == "zh-Hant-HK"
    assert page.get_by_role("button", name="登入").count() == 1


@pytest.mark.parametrize(
    ("locale", "language"),
    [
        ("zh-HK", "zh-hant"),
        ("zh-TW", "zh-hant"),
        ("zh-CN", "zh-hans"),
        ("en-GB", "en"),
        ("fr-FR", "en"),
    ],
)
def test_root_takes_the_browser_language(new_page, site, locale, language):
    page = new_page(locale=locale)
    page.goto(f"{site}/")
    assert_language(page, site, language)


def test_skip_link_is_the_first_stop_and_moves_focus_to_main(page, site):
    page.goto(f"{site}/zh-hant/")
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.className")
    assert focused == "skip-link"
    skip_link = page.locator(".skip-link")
    assert skip_link.is_visible()
    box = skip_link.bounding_box()
    viewport = page.viewport_size
    assert box and box["width"] > 0 and box["height"] > 0, box
    # visible once focused: wholly inside the viewport, not parked off-screen
    assert box["x"] >= 0 and box["y"] >= 0, box
    assert box["x"] + box["width"] <= viewport["width"], (box, viewport)
    assert box["y"] + box["height"] <= viewport["height"], (box, viewport)
    assert page.locator(".skip-link").inner_text() == "跳至主要內容"
    page.keyboard.press("Enter")
    # Following the link is asynchronous: wait for it rather than read the address at once.
    page.wait_for_url("**/zh-hant/#main")
    page.wait_for_function("document.activeElement && document.activeElement.id === 'main'")


def test_focus_is_visible_on_links(page, site):
    page.goto(f"{site}/en/")
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")  # the brand link
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline == "solid"


@pytest.mark.parametrize("language", ["en", "zh-hant", "zh-hans"])
def test_no_horizontal_scrolling_at_320_pixels(new_page, site, language):
    page = new_page(viewport={"width": 320, "height": 640})
    page.goto(f"{site}/{language}/")
    assert page.evaluate("document.documentElement.scrollWidth") <= 320
    for link in page.locator(".language-switcher a").all():
        assert link.is_visible()
    assert page.locator("h1").is_visible()


@pytest.mark.parametrize("language", ["en", "zh-hant", "zh-hans"])
@pytest.mark.parametrize("path", ["/", "/accounts/login/", "/accounts/signup/", "/no-such-page/"])
def test_no_serious_accessibility_violations(page, site, language, path):
    page.goto(f"{site}/{language}{path}")
    assert axe_violations(page) == []


@pytest.mark.parametrize(
    ("language", "words"),
    [
        (
            "en",
            {
                "sign in": "Sign in",
                "menu": "My account",
                "who": "Signed in as Tai Man Chan",
                "sign out": "Sign out",
            },
        ),
        (
            "zh-hant",
            {
                "sign in": "登入",
                "menu": "我的帳戶",
                "who": "已登入：Tai Man Chan",
                "sign out": "登出",
            },
        ),
    ],
)
def test_learner_signs_in_and_finds_the_account_menu(page, site, language, words):
    page.goto(f"{site}/{language}/accounts/login/")
    form = page.locator("main form")
    form.locator('input[name="login"]').fill("learner@example.org")
    form.locator('input[name="password"]').fill("genomics-demo-2026")
    form.get_by_role("button", name=words["sign in"]).click()
    page.wait_for_url(f"{site}/{language}/")
    menu = page.locator(".account-menu details")
    summary = menu.locator("summary")
    assert summary.is_visible()
    assert summary.inner_text().startswith(words["menu"])
    assert menu.get_attribute("open") is None  # closed until the reader opens it
    summary.click()
    assert menu.get_attribute("open") is not None
    assert menu.get_by_text(words["who"]).is_visible()
    sign_out = menu.get_by_role("button", name=words["sign out"])
    assert sign_out.is_visible()
    sign_out.click()
    page.wait_for_url(f"{site}/{language}/")
    assert page.locator(".account-menu").get_by_role("link", name=words["sign in"]).is_visible()


def test_the_accessibility_check_itself_catches_a_violation(page):
    page.set_content('<html lang="en"><body><main><img src="x.png"></main></body></html>')
    assert any(v.startswith("image-alt (critical)") for v in axe_violations(page))
