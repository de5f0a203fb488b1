"""Telling learners about decisions on their claims."""

from celery import shared_task

from cpd import claims


@shared_task(name="cpd.notify_claim_decision")
def notify_claim_decision(claim_id: int) -> bool:
    return claims.notify(claim_id)


@shared_task(name="cpd.notify_pending_claim_decisions")
def notify_pending_claim_decisions() -> int:
    return claims.notify_pending()


@shared_task(name="cpd.send_cycle_reminders")
def send_cycle_reminders() -> int:
    from cpd import reminders

    return reminders.send_cycle_reminders()


@shared_task(name="cpd.render_transcript")
def render_transcript(file_id: int) -> bool:
    from cpd import pdf

    return pdf.render(file_id)


@shared_task(name="cpd.render_pending_transcripts")
def render_pending_transcripts() -> int:
    from cpd import pdf

    return pdf.render_pending()
