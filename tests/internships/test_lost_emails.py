"""The safety nets for internship emails: a sign-off link or an invitation whose task was lost
(a broker outage, a killed worker) or whose mail server refused is sent by the beat sweep, once."""

import datetime as dt

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.test import override_settings
from django.utils import timezone

from cpd.internships import roster, services
from cpd.internships.models import EntryStatus, Invitation, LogbookEntry
from tests.internships import factories as make

pytestmark = pytest.mark.django_db
REFUSING_MAIL_SERVER = {
    "EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
    "EMAIL_HOST": "127.0.0.1",
    "EMAIL_PORT": 1,
    "EMAIL_TIMEOUT": 2,
}


def _ago(**delta):
    return timezone.now() - dt.timedelta(**delta)


def _entry(placement, submitted_at, day=2):
    return LogbookEntry.objects.create(
        placement=placement,
        day=dt.date(2026, 6, day),
        hours=4,
        area_code="lab",
        activity="DNA extraction",
        status=EntryStatus.SUBMITTED,
        submitted_at=submitted_at,
    )


@pytest.fixture
def placements():
    supervisor = make.user("supervisor@example.org")
    cohort = make.cohort(make.programme(), make.university())
    supervised = make.placement(cohort, make.user("student@example.org"), supervisor)
    unsupervised = make.placement(cohort, make.user("alone@example.org"))
    return supervised, unsupervised


def test_the_sweep_sends_each_lost_sign_off_link_once(placements):
    supervised, unsupervised = placements
    lost = _entry(supervised, _ago(minutes=10))
    _entry(supervised, _ago(seconds=10), day=3)  # its own task may still be on the way
    _entry(supervised, _ago(days=3), day=4)  # left to the weekly digest
    _entry(unsupervised, _ago(minutes=10))  # nobody to send it to
    assert services.email_pending_sign_off_links() == 1
    assert services.email_pending_sign_off_links() == 0
    assert [m.to for m in mail.outbox] == [["supervisor@example.org"]]
    assert lost.links.count() == 1


def test_a_refused_email_stores_no_link_so_the_sweep_tries_again(placements):
    supervised, _unsupervised = placements
    entry = _entry(supervised, _ago(minutes=10))
    with override_settings(**REFUSING_MAIL_SERVER), pytest.raises(OSError):
        services.email_sign_off_link(entry.pk)
    assert entry.links.count() == 0
    assert services.email_pending_sign_off_links() == 1
    assert entry.links.count() == 1 and len(mail.outbox) == 1


def test_the_sweep_sends_each_lost_invitation_once():
    User = get_user_model()
    lost = User.objects.create_user(email="new@uni-a.edu.hk")
    Invitation.objects.create(student=lost, requested_at=_ago(minutes=10))
    set_up = User.objects.create_user(email="ready@uni-a.edu.hk", password="pw-123456789")
    Invitation.objects.create(student=set_up, requested_at=_ago(minutes=10))
    recent = User.objects.create_user(email="recent@uni-a.edu.hk")
    Invitation.objects.create(student=recent, requested_at=_ago(seconds=10))

    assert roster.send_pending_invitations() == 1
    assert roster.send_pending_invitations() == 0
    assert [m.to for m in mail.outbox] == [["new@uni-a.edu.hk"]]
    assert "/password/reset/key/" in mail.outbox[0].body
    assert Invitation.objects.filter(sent_at__isnull=True).get().student == recent
    assert roster.send_invitation(lost.pk) is False  # a redelivered task sends no second one
