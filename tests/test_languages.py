"""Three languages: which one `/` chooses, and the same page in each."""

import re

import pytest
from django.test import override_settings

from academy import i18n

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("tag", "expected"),
    [
        ("en", "en"),
        ("en-GB", "en"),
        ("zh-HK", "zh-hant"),
        ("zh-TW", "zh-hant"),
        ("zh-MO", "zh-hant"),
        ("zh-Hant", "zh-hant"),
        ("zh-Hant-CN", "zh-hant"),  # the script says Traditional, whatever the region
        ("zh-CN", "zh-hans"),
        ("zh-SG", "zh-hans"),
        ("zh-Hans", "zh-hans"),
        ("zh-Hans-HK", "zh-hans"),
        ("zh_cn", "zh-hans"),
        ("zh", "zh-hant"),
        ("fr", None),
        ("*", None),
    ],
)
def test_accept_language_tags_map_to_site_languages(tag, expected):
    assert i18n.site_language_for_tag(tag) == expected


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("zh-HK,zh;q=0.9,en;q=0.8", "/zh-hant/"),
        ("zh-TW", "/zh-hant/"),
        ("zh-Hant", "/zh-hant/"),
        ("zh-CN,zh;q=0.9", "/zh-hans/"),
        ("zh-SG", "/zh-hans/"),
        ("zh-Hans-CN", "/zh-hans/"),
        ("en-US,en;q=0.9", "/en/"),
        ("fr-FR,de;q=0.8", "/en/"),
        ("fr;q=1.0,zh-CN;q=0.5", "/zh-hans/"),
        ("en;q=0.2,zh-HK;q=0.9", "/zh-hant/"),
        ("", "/en/"),
        ("!!garbage;;q=x", "/en/"),
    ],
)
def test_root_redirects_by_accept_language(client, header, expected):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE=header)
    assert response.status_code == 302
    assert response["Location"] == expected
    assert "Accept-Language" in response["Vary"]
    assert "Cookie" in response["Vary"]


def test_root_redirect_prefers_the_readers_own_choice(client, settings):
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "zh-hans"
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="en")
    assert response["Location"] == "/zh-hans/"


def test_root_redirect_follows_a_signed_in_readers_profile(client, django_user_model):
    user = django_user_model.objects.create_user("reader@example.org", preferred_language="zh-hans")
    client.force_login(user)
    assert client.get("/", HTTP_ACCEPT_LANGUAGE="en")["Location"] == "/zh-hans/"


def test_an_unknown_language_cookie_is_ignored(client, settings):
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "klingon"
    assert client.get("/", HTTP_ACCEPT_LANGUAGE="zh-TW")["Location"] == "/zh-hant/"


def test_root_redirect_without_header_goes_to_english(client):
    assert client.get("/")["Location"] == "/en/"


HTML_LANG = {"en": "en", "zh-hant": "zh-Hant-HK", "zh-hans": "zh-Hans"}
TITLES = {"en": "Genomics Academy", "zh-hant": "基因組學學院", "zh-hans": "基因组学学院"}


@pytest.mark.parametrize("language", ["en", "zh-hant", "zh-hans"])
def test_home_page_in_each_language(client, home_page, language):
    response = client.get(f"/{language}/")
    html = response.content.decode()
    assert response.status_code == 200
    assert f'<html lang="{HTML_LANG[language]}">' in html
    assert response["Content-Language"] == language
    assert re.search(rf"<h1[^>]*>{TITLES[language]}</h1>", html)
    links = dict(re.findall(r'<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">', html))
    assert links == {
        "en": "http://testserver/en/",
        "zh-Hant-HK": "http://testserver/zh-hant/",
        "zh-Hans": "http://testserver/zh-hans/",
        "x-default": "http://testserver/en/",
    }


def test_simplified_home_is_converted_not_traditional(client, home_page):
    html = client.get("/zh-hans/").content.decode()
    assert "为香港市民提供清晰可靠的基因组医学资讯" in html
    assert "為香港" not in html


def switcher_links(html: str) -> dict[str, str]:
    nav = re.search(r'<nav class="language-switcher".*?</nav>', html, re.S).group(0)
    return dict(re.findall(r'<a href="([^"]+)" lang="([^"]+)"', nav))


def test_pages_set_no_cookies_for_anonymous_readers(client, home_page):
    # Cacheable by a CDN: the language choice is stored by the browser's own script.
    response = client.get("/zh-hant/")
    assert response.cookies == {}


def test_switcher_keeps_the_reader_on_the_same_page(client, home_page):
    html = client.get("/zh-hant/accounts/login/?next=/zh-hant/").content.decode()
    links = {lang: url for url, lang in switcher_links(html).items()}
    assert links == {
        "en": "http://testserver/en/accounts/login/?next=/zh-hant/",
        "zh-Hant-HK": "http://testserver/zh-hant/accounts/login/?next=/zh-hant/",
        "zh-Hans": "http://testserver/zh-hans/accounts/login/?next=/zh-hant/",
    }
    assert re.search(
        r'lang="zh-Hant-HK" hreflang="zh-Hant-HK" data-language="zh-hant" aria-current="true"', html
    )


def test_every_switcher_target_serves_the_same_page(client, home_page):
    html = client.get("/en/accounts/signup/").content.decode()
    for url in switcher_links(html):
        assert client.get(url).status_code == 200


@pytest.mark.parametrize(
    ("language", "text"),
    [("en", "Page not found"), ("zh-hant", "找不到網頁"), ("zh-hans", "找不到网页")],
)
def test_not_found_page_in_each_language(client, home_page, language, text):
    response = client.get(f"/{language}/no-such-page/")
    html = response.content.decode()
    assert response.status_code == 404
    assert f'<html lang="{HTML_LANG[language]}">' in html
    assert text in html
    assert f'href="/{language}/"' in html


@override_settings(ROOT_URLCONF="tests.urls_broken")
@pytest.mark.parametrize(
    ("language", "text"),
    [("en", "Something went wrong"), ("zh-hant", "出現錯誤"), ("zh-hans", "出现错误")],
)
def test_server_error_page_in_each_language(client, language, text):
    client.raise_request_exception = False
    response = client.get(f"/{language}/broken/")
    html = response.content.decode()
    assert response.status_code == 500
    assert f'<html lang="{HTML_LANG[language]}">' in html
    assert text in html


def test_content_language_header_and_no_vary_on_prefixed_pages(client, home_page):
    response = client.get("/zh-hant/")
    assert response["Content-Language"] == "zh-hant"
    # The prefix alone decides the language: caches need not vary by Accept-Language.
    assert "Accept-Language" not in response.get("Vary", "")
