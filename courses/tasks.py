"""Announcing course completions to subscribers (CPD credit, certificates)."""

from celery import shared_task

from courses import services


@shared_task(name="courses.announce_completion")
def announce_completion(completion_id: int) -> bool:
    return services.announce(completion_id)


@shared_task(name="courses.announce_pending_completions")
def announce_pending_completions() -> int:
    return services.announce_pending()
