"""Bilingual integrity: each page's translation state (complete, missing, stale, English only) in
the page explorer, the page editor and the "Translation status" report; publishing refused while
required Traditional Chinese is empty, wherever Wagtail would publish (the editor, workflow
approval, bulk publish, scheduled publishing); and the wagtail-modeltranslation traps."""

import csv
import datetime
import io
import logging
import re

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone, translation
from wagtail.models import PageLogEntry, Revision, TaskState
from wagtail.rich_text import RichText
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from accounts import roles
from content import translation_state
from content.models import ArticlePage
from tests.content import factories as make

pytestmark = pytest.mark.django_db

PASSWORD = "x" * 12
TODAY = timezone.localdate()


# -- people ------------------------------------------------------------------------------------
def staff(django_user_model, email, role=None, *, superuser=False):
    if superuser:
        return django_user_model.objects.create_superuser(email=email, password=PASSWORD)
    user = django_user_model.objects.create_user(
        email=email, password=PASSWORD, first_name="Staff", preferred_language="en"
    )
    if role:
        user.groups.add(Group.objects.get(name=role))
    return user


@pytest.fixture
def editor(django_user_model):
    return staff(django_user_model, "editor@example.org", roles.EDITORS)


@pytest.fixture
def reviewer(django_user_model):
    return staff(django_user_model, "reviewer@example.org", roles.MEDICAL_REVIEWERS)


@pytest.fixture
def admin(django_user_model):
    return staff(django_user_model, "admin@example.org", superuser=True)


@pytest.fixture
def topic(home_page):
    return make.topic(home_page, slug="genome-basics")


# -- the page form, as Wagtail's editor posts it -----------------------------------------------
ENGLISH = {
    "title": "What is the genome?",
    "summary": "Your genome is the full set of your DNA.",
    "body": "Every cell holds a copy of your genome.",
}
CHINESE = {
    "title": "甚麼是基因組？",
    "summary": "基因組是你全部的脫氧核糖核酸。",
    "body": "每個細胞都有一份你的基因組。",
}


def paragraphs(text):
    return streamfield([("paragraph", rich_text(f"<p>{text}</p>"))]) if text else streamfield([])


def article_form(slug="what-is-the-genome", english=None, chinese=None, action=None, **extra):
    """POST data of the ArticlePage editor with every field a browser would send."""
    english = {**ENGLISH, **(english or {})}
    chinese = {**CHINESE, **(chinese or {})}
    data = nested_form_data(
        {
            "title_en": english["title"],
            "title_zh_hant": chinese["title"],
            "title_zh_hans": "",
            "slug": slug,
            "summary_en": english["summary"],
            "summary_zh_hant": chinese["summary"],
            "summary_zh_hans": "",
            "body_en": paragraphs(english["body"]),
            "body_zh_hant": paragraphs(chinese["body"]),
            "body_zh_hans": paragraphs(""),
            "level": "general",
            "reviewer_name": "Dr Test Reviewer",
            "reviewer_credentials_en": "Clinical geneticist",
            "reviewer_credentials_zh_hant": "臨床遺傳學家",
            "reviewer_credentials_zh_hans": "",
            "last_reviewed": (TODAY - datetime.timedelta(days=10)).isoformat(),
            "next_review_due": (TODAY + datetime.timedelta(days=300)).isoformat(),
            "related_links": inline_formset([]),
            "comments": inline_formset([]),
            **{
                f"{name}_{code}": ""
                for name in ("seo_title", "search_description")
                for code in ("en", "zh_hant", "zh_hans")
            },
            **extra,
        }
    )
    data["audience"] = ["public", "patients"]
    if action:
        data[action] = action
    return data


def create_url(parent):
    return reverse("wagtailadmin_pages:add", args=("content", "articlepage", parent.pk))


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=(page.pk,))


def post_ok(client, url, data):
    response = client.post(url, data)
    assert response.status_code == 302, errors_in(response)
    return response


def errors_in(response) -> str:
    html = response.content.decode()
    found = re.findall(r'class="error-message"[^>]*>(.*?)</', html, re.S)
    found += re.findall(r'<ul class="errorlist[^"]*">(.*?)</ul>', html, re.S)
    return f"{response.status_code}: {found or html[:1500]}"


def draft(page_or_pk):
    pk = getattr(page_or_pk, "pk", page_or_pk)
    return ArticlePage.objects.get(pk=pk).get_latest_revision_as_object()


def state(page_or_pk):
    return draft(page_or_pk).translation_state


def untranslated_article(topic, slug, **fields):
    """A draft article in English only (as an editor would leave it), never published."""
    page = ArticlePage(
        slug=slug,
        title=fields.get("title_en", "Untranslated"),
        title_en=fields.pop("title_en", "Untranslated"),
        summary_en="Only English.",
        body_en=[("paragraph", RichText("<p>English.</p>"))],
        live=False,
        **fields,
    )
    topic.add_child(instance=page)
    page.save_revision()
    return ArticlePage.objects.get(pk=page.pk)


# -- state transitions through the editor ------------------------------------------------------
class TestStateThroughTheEditor:
    def test_english_chinese_and_empty_edits_move_the_state(self, client, editor, topic):
        client.force_login(editor)
        post_ok(client, create_url(topic), article_form())
        page = ArticlePage.objects.get(slug="what-is-the-genome")
        assert state(page).code == translation_state.COMPLETE

        # English changes, the Chinese stays: the Chinese is out of date.
        post_ok(client, edit_url(page), article_form(english={"summary": "Your DNA, all of it."}))
        now = state(page)
        assert now.code == translation_state.STALE
        assert now.stale == {"summary": "zh-hant"}

        # The translator catches up: complete again.
        post_ok(
            client,
            edit_url(page),
            article_form(
                english={"summary": "Your DNA, all of it."}, chinese={"summary": "全部DNA。"}
            ),
        )
        assert state(page).code == translation_state.COMPLETE

        # Chinese changes alone: now the English is out of date.
        new_english = {"summary": "Your DNA, all of it."}
        new_chinese = {"summary": "全部DNA。", "title": "基因組是甚麼？"}
        post_ok(client, edit_url(page), article_form(english=new_english, chinese=new_chinese))
        now = state(page)
        assert now.code == translation_state.STALE
        assert now.stale == {"title": "en"}

        # The English is brought up to date.
        new_english["title"] = "The genome, explained"
        post_ok(client, edit_url(page), article_form(english=new_english, chinese=new_chinese))
        assert state(page).code == translation_state.COMPLETE

        # A required Traditional Chinese field emptied: missing (saving a draft is allowed).
        post_ok(
            client,
            edit_url(page),
            article_form(english=new_english, chinese={**new_chinese, "summary": ""}),
        )
        now = state(page)
        assert now.code == translation_state.MISSING
        assert now.missing == ("summary",)

        # Both languages edited in one save: no staleness.
        post_ok(
            client,
            edit_url(page),
            article_form(
                english={**new_english, "body": "New English body."},
                chinese={**new_chinese, "body": "新的正文。"},
            ),
        )
        assert state(page).code == translation_state.COMPLETE

    def test_a_first_translation_is_not_a_change_that_makes_english_stale(
        self, client, editor, topic
    ):
        client.force_login(editor)
        empty = {"title": "", "summary": "", "body": ""}
        post_ok(client, create_url(topic), article_form(chinese=empty))
        page = ArticlePage.objects.get(slug="what-is-the-genome")
        assert state(page).code == translation_state.MISSING
        assert set(state(page).missing) == {"title", "summary", "body"}
        post_ok(client, edit_url(page), article_form())
        assert state(page).code == translation_state.COMPLETE

    def test_english_only_pages_have_that_state(self, client, editor, topic):
        client.force_login(editor)
        empty = {"title": "", "summary": "", "body": ""}
        post_ok(client, create_url(topic), article_form(chinese=empty, english_only="on"))
        assert state(ArticlePage.objects.get()).code == translation_state.ENGLISH_ONLY


# -- what the editor sees ----------------------------------------------------------------------
class TestShownInTheAdmin:
    @pytest.fixture
    def pages(self, topic):
        complete = make.article(topic, slug="complete", title_en="Finished article")
        stale = make.article(topic, slug="stale", title_en="Stale article")
        stale.summary_en = "A newer English summary."
        stale.save_revision()
        missing = untranslated_article(topic, "missing", title_en="Missing article")
        english_only = untranslated_article(
            topic, "english-only", title_en="English-only article", english_only=True
        )
        return {
            "complete": complete,
            "stale": stale,
            "missing": missing,
            "english_only": english_only,
        }

    @staticmethod
    def tags_by_title(html) -> dict[str, list[str]]:
        """Listing rows: the text of the row's title link -> its status tags."""
        rows = {}
        for row in re.findall(r"<tr[^>]*>.*?</tr>", html, re.S):
            title = re.search(r'<span id="page_\d+_title">\s*(.*?)\s*</span>', row, re.S)
            if title:
                tags = re.findall(r'<span class="w-status[^"]*">\s*([^<]*?)\s*</span>', row)
                rows[re.sub(r"<[^>]+>", "", title.group(1)).strip()] = tags
        return rows

    def test_the_explorer_shows_each_pages_state(self, client, editor, topic, pages):
        client.force_login(editor)
        html = client.get(reverse("wagtailadmin_explore", args=(topic.pk,))).content.decode()
        assert re.search(r"<th[^>]*>\s*Translation\s*</th>", html)
        tags = self.tags_by_title(html)
        assert "Complete" in tags["Finished article"]
        assert (
            "Stale: plain-language summary (Traditional Chinese out of date)"
            in tags["Stale article"]
        )
        assert "Missing: title, plain-language summary, body" in tags["Missing article"]
        assert "English only" in tags["English-only article"]
        # The home page's children are of several types; their listing has the column too.
        home = client.get(reverse("wagtailadmin_explore", args=(topic.get_parent().pk,)))
        assert "Complete" in self.tags_by_title(home.content.decode())["Genome basics"]

    def test_the_editor_shows_a_translation_panel(self, client, editor, pages):
        client.force_login(editor)
        stale = client.get(edit_url(pages["stale"])).content.decode()
        assert 'data-translation-state="stale"' in stale
        assert "plain-language summary (Traditional Chinese out of date)" in stale
        missing = client.get(edit_url(pages["missing"])).content.decode()
        assert 'data-translation-state="missing"' in missing
        assert "Empty in Traditional Chinese: title, plain-language summary, body." in missing
        complete = client.get(edit_url(pages["complete"])).content.decode()
        assert 'data-translation-state="complete"' in complete

    def test_the_report_lists_exactly_the_stale_and_missing_pages(self, client, editor, pages):
        client.force_login(editor)
        url = reverse("content_translation_report")
        html = client.get(url).content.decode()
        assert "Translation status" in html
        for name in ("stale", "missing"):
            assert pages[name].title_en in html, name
            assert edit_url(pages[name]) in html, name
        for name in ("complete", "english_only"):
            assert pages[name].title_en not in html, name
        assert "Traditional Chinese" in html

        results = client.get(reverse("content_translation_report_results"), {"state": "stale"})
        assert "Stale article" in results.content.decode()
        assert "Missing article" not in results.content.decode()
        only_missing = client.get(url, {"state": "missing"}).content.decode()
        assert "Missing article" in only_missing and "Stale article" not in only_missing
        english_behind = client.get(url, {"out_of_date": "en"}).content.decode()
        assert "Missing article" not in english_behind and "Stale article" not in english_behind

        export = client.get(url, {"export": "csv"})
        assert export["Content-Type"].startswith("text/csv")
        rows = list(csv.DictReader(io.StringIO(b"".join(export.streaming_content).decode())))
        assert sorted(row["State"] for row in rows) == ["Missing", "Stale"]
        stale = next(row for row in rows if row["State"] == "Stale")
        assert stale["Fields"] == "plain-language summary (Traditional Chinese out of date)"
        assert stale["Out of date"] == "Traditional Chinese"
        assert stale["English last edited"] and stale["Edit link"].endswith(
            edit_url(pages["stale"])
        )
        xlsx = client.get(url, {"export": "xlsx"})
        assert xlsx.status_code == 200
        assert "spreadsheetml" in xlsx["Content-Type"]

    def test_the_report_is_for_editors_reviewers_and_superusers(
        self, client, django_user_model, editor, reviewer, admin
    ):
        url = reverse("content_translation_report")
        for user in (editor, reviewer, admin):
            client.force_login(user)
            assert client.get(url).status_code == 200, user.email
            assert "translation-status" in client.get("/admin/").content.decode(), user.email
        cpd = staff(django_user_model, "cpd@example.org", roles.CPD_ADMINISTRATORS)
        client.force_login(cpd)
        assert client.get(url).status_code == 302
        assert "translation-status" not in client.get("/admin/").content.decode()


# -- publishing refused ------------------------------------------------------------------------
REFUSAL = "cannot be published: its Traditional Chinese"


class TestPublishingRefused:
    def test_publishing_a_new_page_without_chinese_is_refused(self, client, admin, topic):
        client.force_login(admin)
        data = article_form(chinese={"title": "", "summary": ""}, action="action-publish")
        response = client.post(create_url(topic), data)
        assert response.status_code == 200
        html = response.content.decode()
        assert REFUSAL in html
        assert "title, plain-language summary are empty" in html
        assert not ArticlePage.objects.exists()

    def test_publishing_an_edit_that_empties_the_chinese_is_refused(self, client, admin, topic):
        page = make.article(topic, slug="live")
        live_revision = page.live_revision_id
        client.force_login(admin)
        data = article_form(
            slug="live", chinese={"title": "", "summary": ""}, action="action-publish"
        )
        response = client.post(edit_url(page), data)
        assert response.status_code == 200
        assert REFUSAL in response.content.decode()
        page.refresh_from_db()
        assert page.live and page.live_revision_id == live_revision
        assert page.title_zh_hant == "甚麼是基因組？"
        assert client.get("/zh-hant/genome-basics/live/").status_code == 200

    def test_a_draft_without_chinese_is_not_published(self, client, admin, editor, topic):
        client.force_login(editor)
        post_ok(client, create_url(topic), article_form(chinese={"title": "", "summary": ""}))
        page = ArticlePage.objects.get()
        client.force_login(admin)
        data = article_form(chinese={"title": "", "summary": ""}, action="action-publish")
        response = client.post(edit_url(page), data)
        assert response.status_code == 200 and REFUSAL in response.content.decode()
        page.refresh_from_db()
        assert not page.live and page.live_revision_id is None
        assert not Revision.objects.filter(
            object_id=str(page.pk), approved_go_live_at__isnull=False
        )

        # Marked English only, the same page publishes.
        data = article_form(
            chinese={"title": "", "summary": "", "body": ""},
            action="action-publish",
            english_only="on",
        )
        post_ok(client, edit_url(page), data)
        page.refresh_from_db()
        assert page.live and page.english_only
        assert client.get("/zh-hant/genome-basics/what-is-the-genome/").status_code == 200

    def test_submitting_for_review_without_chinese_is_refused(self, client, editor, topic):
        client.force_login(editor)
        data = article_form(chinese={"summary": ""}, action="action-submit")
        response = client.post(create_url(topic), data)
        assert response.status_code == 200 and REFUSAL in response.content.decode()
        assert not ArticlePage.objects.exists()

    def test_the_editor_backstop_refuses_when_the_form_does_not(
        self, client, admin, topic, monkeypatch
    ):
        """Wagtail's editor publishes without calling `page.publish()`; `before_publish_page`
        refuses even if the form's check is bypassed."""
        from content.admin.forms import TranslatedPageForm

        monkeypatch.setattr(TranslatedPageForm, "publishes", lambda form: False)
        page = untranslated_article(topic, "backstop")
        client.force_login(admin)
        data = article_form(slug="backstop", chinese={"title": "", "summary": ""})
        data["action-publish"] = "action-publish"
        response = client.post(edit_url(page), data, follow=True)
        assert response.redirect_chain[-1][0] == edit_url(page)
        assert REFUSAL in response.content.decode()
        page.refresh_from_db()
        assert not page.live and page.live_revision_id is None


class TestWorkflowApproval:
    @pytest.fixture
    def in_review(self, client, editor, reviewer, topic):
        client.force_login(editor)
        post_ok(client, create_url(topic), article_form(action="action-submit"))
        page = ArticlePage.objects.get()
        assert page.current_workflow_state is not None
        # While it waits, a reviewer's draft loses the Traditional Chinese summary (saving a
        # draft is allowed; the page is locked to the editor meanwhile).
        client.force_login(reviewer)
        post_ok(client, edit_url(page), article_form(chinese={"summary": ""}))
        client.logout()
        return ArticlePage.objects.get(pk=page.pk)

    def approve_url(self, page):
        task_state = page.current_workflow_task_state
        return reverse(
            "wagtailadmin_pages:workflow_action", args=(page.pk, "approve", task_state.pk)
        )

    def test_approving_an_untranslated_page_explains_instead_of_failing(
        self, client, reviewer, in_review
    ):
        client.force_login(reviewer)
        url = self.approve_url(in_review)
        response = client.post(url, {"comment": ""}, follow=True)
        assert response.status_code == 200
        assert REFUSAL in response.content.decode()
        page = ArticlePage.objects.get(pk=in_review.pk)
        assert not page.live
        assert page.current_workflow_task_state.status == TaskState.STATUS_IN_PROGRESS

        # The modal's XHR post gets a JSON answer, not an error page.
        response = client.post(url, {"comment": ""}, headers={"x-requested-with": "XMLHttpRequest"})
        assert response.status_code == 200
        assert response.json()["step"] == "success"

    def test_approving_in_the_editor_is_refused_by_the_form(self, client, reviewer, in_review):
        client.force_login(reviewer)
        data = article_form(
            chinese={"summary": ""},
            **{"action-workflow-action": "true", "workflow-action-name": "approve"},
        )
        response = client.post(edit_url(in_review), data)
        assert response.status_code == 200 and REFUSAL in response.content.decode()
        assert not ArticlePage.objects.get(pk=in_review.pk).live

    def test_approving_a_translated_page_publishes_it(self, client, reviewer, in_review):
        client.force_login(reviewer)
        post_ok(client, edit_url(in_review), article_form())
        client.post(self.approve_url(in_review), {"comment": ""})
        assert ArticlePage.objects.get(pk=in_review.pk).live


class TestOtherPublishingPaths:
    def test_bulk_publish_refuses_untranslated_pages(self, client, admin, topic):
        translated = make.article(topic, slug="translated")
        translated.unpublish()
        untranslated = untranslated_article(topic, "untranslated")
        client.force_login(admin)
        url = reverse("wagtail_bulk_action", args=("wagtailcore", "page", "publish"))
        query = f"?id={translated.pk}&id={untranslated.pk}&next=/admin/"
        response = client.post(url + query, {"include_descendants": ""}, follow=True)
        assert response.status_code == 200
        assert "Nothing was published" in response.content.decode()
        assert not ArticlePage.objects.filter(live=True).exists()

    def test_code_that_publishes_an_untranslated_page_gets_the_error(self, topic):
        page = untranslated_article(topic, "code")
        with pytest.raises(translation_state.TranslationMissing) as refused:
            page.get_latest_revision().publish()
        assert "title, plain-language summary, body are empty" in refused.value.text
        page.refresh_from_db()
        assert not page.live

    def test_publish_scheduled_publishes_the_translated_page_and_reports_the_other(
        self, topic, caplog
    ):
        untranslated = untranslated_article(topic, "untranslated")
        translated = make.article(topic, slug="translated")
        translated.unpublish()
        translated_revision = translated.save_revision()
        untranslated_revision = untranslated.get_latest_revision()
        past = timezone.now() - datetime.timedelta(minutes=5)
        # The untranslated page comes first, as when its scheduled time is earlier.
        Revision.objects.filter(pk=untranslated_revision.pk).update(
            approved_go_live_at=past - datetime.timedelta(minutes=1)
        )
        Revision.objects.filter(pk=translated_revision.pk).update(approved_go_live_at=past)

        with caplog.at_level(logging.WARNING, logger="content.translation_state"):
            call_command("publish_scheduled")

        assert ArticlePage.objects.get(pk=translated.pk).live
        assert not ArticlePage.objects.get(pk=untranslated.pk).live
        assert any(
            "Scheduled publishing of page" in record.getMessage()
            and f"page {untranslated.pk}" in record.getMessage()
            for record in caplog.records
        )
        # Unscheduled, so the next run does not try (and log) again; the page's history says why.
        untranslated_revision.refresh_from_db()
        assert untranslated_revision.approved_go_live_at is None
        assert PageLogEntry.objects.filter(
            page_id=untranslated.pk, action=translation_state.PUBLISH_REFUSED_ACTION
        ).exists()
        caplog.clear()
        call_command("publish_scheduled")
        assert not caplog.records


# -- the wagtail-modeltranslation traps --------------------------------------------------------
class TestModeltranslationTraps:
    def test_page_translation_columns_exist(self):
        """`migrate` (wagtail-modeltranslation's, shadowing Django's) adds them outside
        migrations; the test database is built by the same command."""
        from django.db import connection

        with connection.cursor() as cursor:
            columns = {
                column.name
                for column in connection.introspection.get_table_description(
                    cursor, "wagtailcore_page"
                )
            }
        for field in ("title", "seo_title", "search_description"):
            for code in ("en", "zh_hant", "zh_hans"):
                assert f"{field}_{code}" in columns

    def test_the_page_chooser_finds_a_page_by_its_chinese_title(
        self, client, editor, topic, django_capture_on_commit_callbacks
    ):
        with django_capture_on_commit_callbacks(execute=True):
            page = make.article(topic, slug="chooser", title_zh_hant="全基因組測序簡介")
        client.force_login(editor)
        url = reverse("wagtailadmin_choose_page_search")
        for query in ("全基因組測序簡介", "基因組測序", "全基因组"):
            html = client.get(url, {"q": query}).content.decode()
            assert f'data-id="{page.pk}"' in html, query
        assert f'data-id="{page.pk}"' not in client.get(url, {"q": "蛋白質"}).content.decode()

    def test_the_page_chooser_finds_the_english_title_of_a_page_indexed_in_chinese(
        self, client, editor, topic, django_capture_on_commit_callbacks
    ):
        with translation.override("zh-hant"), django_capture_on_commit_callbacks(execute=True):
            page = make.article(topic, slug="chooser", title_zh_hant="全基因組測序簡介")
        client.force_login(editor)
        url = reverse("wagtailadmin_choose_page_search")
        for query in ("What is the gen", "genome"):
            html = client.get(url, {"q": query}).content.decode()
            assert f'data-id="{page.pk}"' in html, query
