"""Scheduled content work, run by Celery beat (see CELERY_BEAT_SCHEDULE)."""

from celery import shared_task
from django.core.management import call_command

from content import services


@shared_task(name="content.send_review_reminders")
def send_review_reminders() -> int:
    return services.send_review_reminders()


@shared_task(name="content.publish_scheduled")
def publish_scheduled() -> None:
    """Publish pages whose go-live time has come, unpublish expired ones (Wagtail's command)."""
    call_command("publish_scheduled")
