"""Certificate rendering and the safety-net sweeps (see cpd.certificates.services)."""

from celery import shared_task


@shared_task(name="certificates.render", acks_late=True, reject_on_worker_lost=True)
def render_certificate(certificate_id: int) -> bool:
    from cpd.certificates import services

    return services.render(certificate_id)


@shared_task(name="certificates.render_pending")
def render_pending() -> int:
    from cpd.certificates import services

    return services.render_pending()


@shared_task(name="certificates.issue_for_ended_events")
def issue_for_ended_events() -> int:
    from cpd.certificates import services

    return services.issue_for_ended_events()
