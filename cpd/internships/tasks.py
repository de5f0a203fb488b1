from celery import shared_task


@shared_task(name="internships.send_invitation")
def send_invitation(user_id: int) -> bool:
    from cpd.internships import roster

    return roster.send_invitation(user_id)


@shared_task(name="internships.send_pending_invitations")
def send_pending_invitations() -> int:
    from cpd.internships import roster

    return roster.send_pending_invitations()


@shared_task(name="internships.email_sign_off_link")
def email_sign_off_link(entry_id: int) -> bool:
    from cpd.internships import services

    return services.email_sign_off_link(entry_id)


@shared_task(name="internships.email_pending_sign_off_links")
def email_pending_sign_off_links() -> int:
    from cpd.internships import services

    return services.email_pending_sign_off_links()


@shared_task(name="internships.send_weekly_digests")
def send_weekly_digests() -> int:
    from cpd.internships import reminders

    return reminders.send_weekly_digests()
