from celery import shared_task


@shared_task(name="internships.send_invitation")
def send_invitation(user_id: int) -> bool:
    from cpd.internships import roster

    return roster.send_invitation(user_id)


@shared_task(name="internships.email_sign_off_link")
def email_sign_off_link(entry_id: int) -> bool:
    from cpd.internships import services

    return services.email_sign_off_link(entry_id)


@shared_task(name="internships.send_weekly_digests")
def send_weekly_digests() -> int:
    from cpd.internships import reminders

    return reminders.send_weekly_digests()
