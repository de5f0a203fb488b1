"""The Wagtail admin in each language, with translated fields side by side."""

import re

import pytest
from wagtail.test.utils.form_data import inline_formset, nested_form_data
from wagtail.users.models import UserProfile

from accounts.models import User
from content.models import HomePage

pytestmark = pytest.mark.django_db


def editor_in(language: str) -> User:
    user = User.objects.get(email="editor@example.org")
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    return user


@pytest.mark.parametrize(
    ("language", "dashboard"),
    [("en", "Dashboard"), ("zh-hant", "控制面板"), ("zh-hans", "控制面板")],
)
def test_admin_speaks_the_editors_language(client, demo_site, language, dashboard):
    client.force_login(editor_in(language))
    html = client.get("/admin/").content.decode()
    assert re.search(rf'<html lang="{language}"', html)
    assert f"<title>{dashboard}" in html
    # Wagtail's own catalogues: a string that differs between the scripts proves which one.
    if language != "en":
        expected, other = (
            ("網站摘要", "网站摘要") if language == "zh-hant" else ("网站摘要", "網站摘要")
        )
        assert expected in html
        assert other not in html


def test_home_page_editor_shows_every_language_side_by_side(client, demo_site):
    client.force_login(editor_in("en"))
    home = HomePage.objects.get()
    html = client.get(f"/admin/pages/{home.pk}/edit/").content.decode()
    for field in ("title", "strapline", "intro"):
        for suffix in ("en", "zh_hant", "zh_hans"):
            assert f'name="{field}_{suffix}"' in html, f"{field}_{suffix}"


def test_editing_traditional_in_the_admin_updates_the_simplified_page(client, demo_site):
    client.force_login(User.objects.get(email="admin@example.org"))
    home = HomePage.objects.get()
    url = f"/admin/pages/{home.pk}/edit/"
    form = {
        "title_en": "Genomics Academy",
        "title_zh_hant": "基因組學學院",
        "title_zh_hans": "基因组学学院",
        "slug": "home",
        "strapline_en": "Learn about your genome",
        "strapline_zh_hant": "認識你的基因組與遺傳",
        "strapline_zh_hans": home.strapline_zh_hans,
        "intro_en": '{"blocks": [], "entityMap": {}}',
        "intro_zh_hant": '{"blocks": [], "entityMap": {}}',
        "intro_zh_hans": '{"blocks": [], "entityMap": {}}',
        "action-publish": "action-publish",
        # The featured topics as they are, so publishing keeps them.
        **nested_form_data(
            {
                "featured_topics": inline_formset(
                    [
                        {"id": link.pk, "topic": link.topic_id, "ORDER": order}
                        for order, link in enumerate(home.featured_topics.all(), start=1)
                    ],
                    initial=home.featured_topics.count(),
                )
            }
        ),
    }
    response = client.post(url, form)
    assert response.status_code == 302, response.content.decode()[:2000]
    assert "认识你的基因组与遗传" in client.get("/zh-hans/").content.decode()
    assert "認識你的基因組與遺傳" in client.get("/zh-hant/").content.decode()
    assert home.featured_topics.count() == HomePage.objects.get().featured_topics.count() > 0


def test_demo_reviewer_meets_the_admin_in_chinese(client, demo_site):
    client.force_login(User.objects.get(email="reviewer@example.org"))
    assert '<html lang="zh-hant"' in client.get("/admin/").content.decode()


def test_learners_cannot_reach_the_admin(client, demo_site):
    client.force_login(User.objects.get(email="learner@example.org"))
    response = client.get("/admin/")
    assert response.status_code in (302, 403)
    assert "/admin/login/" in response.get("Location", "/admin/login/")
