"""Operations that change public content state."""

import datetime
import logging

from django.conf import settings
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation

from accounts import roles
from content.models import REVIEW_DUE_SOON_DAYS, ArticlePage, ReviewReminder

logger = logging.getLogger(__name__)


def articles_due_for_review(today: datetime.date) -> list[ArticlePage]:
    """Articles whose next review is overdue or falls within the coming 30 days."""
    horizon = today + datetime.timedelta(days=REVIEW_DUE_SOON_DAYS)
    return list(
        ArticlePage.objects.filter(next_review_due__lte=horizon).order_by("next_review_due", "pk")
    )


def _editors():
    from accounts.models import User

    return (
        User.objects.filter(is_active=True, groups__name=roles.EDITORS).exclude(email="").distinct()
    )


def send_review_reminders(today: datetime.date | None = None) -> int:
    """Email each editor this week's digest of articles due for medical review. Returns the
    number of digests sent now; running it again in the same week sends none."""
    today = today or timezone.localdate()
    week = today - datetime.timedelta(days=today.weekday())
    articles = articles_due_for_review(today)
    if not articles:
        return 0
    summary = [
        {"id": article.pk, "due": article.next_review_due.isoformat()} for article in articles
    ]
    sent = 0
    for editor in _editors():
        try:
            with transaction.atomic():
                reminder, _created = ReviewReminder.objects.get_or_create(
                    recipient=editor, week=week, defaults={"articles": summary}
                )
        except IntegrityError:  # another run created it at the same moment
            continue
        with transaction.atomic():
            reminder = ReviewReminder.objects.select_for_update().get(pk=reminder.pk)
            if reminder.sent_at is not None:
                continue
            _mail_digest(editor, articles, today)
            reminder.sent_at = timezone.now()
            reminder.save(update_fields=["sent_at"])
            sent += 1
    return sent


def _mail_digest(editor, articles: list[ArticlePage], today: datetime.date) -> None:
    language = getattr(editor, "preferred_language", None) or "en"
    with translation.override(language):
        context = {
            "editor": editor,
            "overdue": [a for a in articles if a.review_status(today) == "overdue"],
            "due_soon": [a for a in articles if a.review_status(today) != "overdue"],
            "admin_base": settings.WAGTAILADMIN_BASE_URL.rstrip("/"),
        }
        subject = render_to_string("content/email/review_digest_subject.txt", context).strip()
        body = render_to_string("content/email/review_digest.txt", context)
    send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, [editor.email])
    logger.info("review digest sent to %s (%d articles)", editor.pk, len(articles))
