"""Monthly reminders to learners whose cycle ends within six months with points still missing,
in their language, unless they turned reminders off. One per membership and month: running the
task again (or twice at once) sends nothing more."""

from __future__ import annotations

import logging
from datetime import date

from django.conf import settings
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation

from cpd import services
from cpd.models import CycleReminder, Membership

logger = logging.getLogger(__name__)
MONTHS_AHEAD = 6


def due(today: date) -> list[tuple[Membership, services.Progress]]:
    """Memberships to remind this month, with their progress."""
    horizon = _add_months(today, MONTHS_AHEAD)
    result = []
    memberships = (
        Membership.objects.filter(reminders=True, user__is_active=True)
        .exclude(user__email="")
        .select_related("scheme", "user")
        .prefetch_related("scheme__categories")
    )
    for membership in memberships:
        try:
            progress = services.progress(membership, on=today)
        except services.CPDError:
            continue  # no cycle start recorded: nothing to count down to
        if progress.cycle.end <= horizon and not progress.met:
            result.append((membership, progress))
    return result


def send_cycle_reminders(today: date | None = None) -> int:
    today = today or services.hong_kong_date(timezone.now())
    month = today.replace(day=1)
    sent = 0
    for membership, progress in due(today):
        try:
            with transaction.atomic():
                reminder, _created = CycleReminder.objects.get_or_create(
                    membership=membership, month=month, defaults={"missing": progress.missing}
                )
        except IntegrityError:  # a simultaneous run made it
            continue
        with transaction.atomic():
            reminder = CycleReminder.objects.select_for_update().get(pk=reminder.pk)
            if reminder.sent_at is not None:
                continue
            _mail(membership, progress)
            reminder.sent_at = timezone.now()
            reminder.save(update_fields=["sent_at"])
            sent += 1
    return sent


def _mail(membership: Membership, progress: services.Progress) -> None:
    user = membership.user
    language = user.preferred_language or "en"
    with translation.override(language):
        context = {
            "membership": membership,
            "progress": progress,
            "site_url": settings.SITE_URL.rstrip("/"),
            "language": language,
        }
        subject = render_to_string("cpd/email/cycle_reminder_subject.txt", context).strip()
        body = render_to_string("cpd/email/cycle_reminder.txt", context)
    send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, [user.email])
    logger.info("CPD reminder sent for membership %s", membership.pk)


def _add_months(day: date, months: int) -> date:
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    for last in (31, 30, 29, 28):
        try:
            return date(year, month, min(day.day, last))
        except ValueError:
            continue
    raise ValueError(day)
