"""The editorial side: the medical-review workflow, scheduled publishing, and the weekly
reminder of articles whose review is due."""

import datetime
import time

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Page, WorkflowPage

from accounts import roles
from content import services, tasks
from content.models import ArticlePage, ReviewReminder
from tests.content import factories as make

pytestmark = pytest.mark.django_db
TODAY = datetime.date(2026, 11, 24)  # a Tuesday


@pytest.fixture
def topic(home_page):
    return make.topic(home_page, slug="genome-basics")


def editor(django_user_model, email, language="en"):
    user = django_user_model.objects.create_user(
        email=email, password="x" * 12, first_name="Ed", preferred_language=language
    )
    user.groups.add(Group.objects.get(name=roles.EDITORS))
    return user


def test_pages_go_through_medical_review_by_the_reviewers_group():
    root = Page.get_first_root_node()
    workflow = WorkflowPage.objects.get(page=root).workflow
    assert workflow.name == "Medical review" and workflow.active
    task = workflow.tasks.get().specific
    assert list(task.groups.values_list("name", flat=True)) == [roles.MEDICAL_REVIEWERS]


def test_a_page_in_the_tree_gets_the_medical_review_workflow(topic):
    assert topic.get_workflow().name == "Medical review"


def test_scheduled_page_goes_live_when_its_time_comes(topic):
    page = make.article(topic, slug="scheduled")
    page.unpublish()
    page.refresh_from_db()
    page.title_en = "Scheduled title"
    page.go_live_at = timezone.now() + datetime.timedelta(seconds=1)
    revision = page.save_revision()
    revision.publish()
    page.refresh_from_db()
    assert not page.live
    tasks.publish_scheduled()  # too early: nothing happens
    page.refresh_from_db()
    assert not page.live
    time.sleep(1.2)
    # `make run` has no broker: its schedule runner runs the same beat entries in-process.
    call_command("run_schedules", "--once")
    page.refresh_from_db()
    assert page.live and page.title_en == "Scheduled title"


class TestReviewReminders:
    def _articles(self, topic):
        make.article(
            topic,
            slug="overdue",
            title_en="Overdue article",
            title_zh_hant="逾期文章",
            last_reviewed=TODAY - datetime.timedelta(days=400),
            next_review_due=TODAY - datetime.timedelta(days=3),
        )
        make.article(
            topic,
            slug="soon",
            title_en="Soon article",
            title_zh_hant="即將到期文章",
            last_reviewed=TODAY - datetime.timedelta(days=300),
            next_review_due=TODAY + datetime.timedelta(days=20),
        )
        make.article(
            topic,
            slug="later",
            title_en="Later article",
            last_reviewed=TODAY - datetime.timedelta(days=10),
            next_review_due=TODAY + datetime.timedelta(days=45),
        )

    def test_digest_lists_overdue_and_due_soon_once_a_week(self, topic, django_user_model):
        self._articles(topic)
        editor(django_user_model, "editor@example.org")
        editor(django_user_model, "redactor@example.org", language="zh-hant")
        django_user_model.objects.create_user(email="learner@example.org", password="x" * 12)

        assert services.send_review_reminders(TODAY) == 2
        assert sorted(message.to[0] for message in mail.outbox) == [
            "editor@example.org",
            "redactor@example.org",
        ]
        english = next(m for m in mail.outbox if m.to == ["editor@example.org"])
        assert "Overdue article" in english.body and "Soon article" in english.body
        assert "Later article" not in english.body
        assert english.body.index("Overdue:") < english.body.index("Overdue article")
        chinese = next(m for m in mail.outbox if m.to == ["redactor@example.org"])
        assert "逾期文章" in chinese.body

        # Re-running in the same week (even on another day) sends nothing more.
        assert services.send_review_reminders(TODAY) == 0
        assert services.send_review_reminders(TODAY + datetime.timedelta(days=4)) == 0
        assert len(mail.outbox) == 2
        assert ReviewReminder.objects.count() == 2

        # Next week the reminder comes again while the review is still due.
        assert services.send_review_reminders(TODAY + datetime.timedelta(days=7)) == 2
        assert len(mail.outbox) == 4

    def test_a_digest_left_unsent_by_a_crash_is_sent_on_the_next_run(
        self, topic, django_user_model, monkeypatch
    ):
        self._articles(topic)
        editor(django_user_model, "editor@example.org")

        def broken(*args, **kwargs):
            raise ConnectionError("mail server down")

        monkeypatch.setattr(services, "send_mail", broken)
        with pytest.raises(ConnectionError):
            services.send_review_reminders(TODAY)
        assert ReviewReminder.objects.get().sent_at is None
        monkeypatch.undo()
        assert services.send_review_reminders(TODAY) == 1
        assert ReviewReminder.objects.get().sent_at is not None

    def test_nothing_due_sends_nothing(self, topic, django_user_model):
        editor(django_user_model, "editor@example.org")
        make.article(topic, slug="fresh")
        assert services.send_review_reminders(TODAY) == 0
        assert mail.outbox == []

    def test_the_weekly_task_is_scheduled(self, settings):
        schedule = settings.CELERY_BEAT_SCHEDULE["content-review-reminders"]
        assert schedule["task"] == tasks.send_review_reminders.name
        assert schedule["schedule"].day_of_week == {1}  # Monday


def test_article_review_status_boundaries(topic):
    page = make.article(topic, slug="status")
    page.last_reviewed = TODAY - datetime.timedelta(days=10)
    for due, status in (
        (TODAY - datetime.timedelta(days=1), "overdue"),
        (TODAY, "due-soon"),
        (TODAY + datetime.timedelta(days=30), "due-soon"),
        (TODAY + datetime.timedelta(days=31), "current"),
    ):
        page.next_review_due = due
        assert page.review_status(TODAY) == status
    assert ArticlePage(title="x").review_status(TODAY) == "unreviewed"


class TestReviewWalkthrough:
    """An editor submits an article for medical review; only a medical reviewer can approve it,
    and approving publishes it."""

    def _submitted(self, topic, django_user_model):
        author = editor(django_user_model, "author@example.org")
        page = make.article(topic, slug="for-review")
        page.unpublish()
        page.refresh_from_db()
        page.title_en = "Reviewed title"
        page.save_revision(user=author)
        page.get_workflow().start(page, author)
        page.refresh_from_db()
        return page, author

    def _approve(self, client, page):
        task_state = page.current_workflow_task_state
        url = reverse(
            "wagtailadmin_pages:workflow_action", args=(page.pk, "approve", task_state.pk)
        )
        return client.post(url, {"comment": "Checked against current guidance."})

    def test_the_reviewer_approves_and_the_article_goes_live(
        self, client, topic, django_user_model
    ):
        page, _author = self._submitted(topic, django_user_model)
        assert not page.live and page.workflow_in_progress
        reviewer = django_user_model.objects.create_user(email="rev@example.org", password="x" * 12)
        reviewer.groups.add(Group.objects.get(name=roles.MEDICAL_REVIEWERS))
        client.force_login(reviewer)
        assert self._approve(client, page).status_code == 302
        page.refresh_from_db()
        assert page.live and page.title_en == "Reviewed title"
        assert not page.workflow_in_progress

    def test_an_editor_cannot_approve_a_medical_review(self, client, topic, django_user_model):
        page, author = self._submitted(topic, django_user_model)
        client.force_login(author)
        refused = self._approve(client, page)
        # Wagtail answers a permission refusal with a redirect to the dashboard and a message.
        assert refused.status_code == 302 and refused["Location"] == reverse("wagtailadmin_home")
        page.refresh_from_db()
        assert not page.live and page.workflow_in_progress
