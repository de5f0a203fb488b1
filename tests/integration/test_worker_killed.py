"""A killed Celery worker loses nothing and doubles nothing: real worker processes on the real
Redis broker against the same PostgreSQL database as the test.

Two kills. A pool child killed mid-task (what the out-of-memory killer does) has its message put
back at once (acks_late with reject_on_worker_lost) and the same worker does it again. A whole
worker killed mid-batch (a lost machine) leaves its message unacknowledged until the visibility
timeout, an hour; the beat sweeps finish the work long before that. Each kind of background work
with a pending state in the database is in the batch, so every sweep is shown to cover its task,
and the work is done exactly once: one PDF per certificate, one email per person."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import signal
from collections import Counter
from email import message_from_bytes
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.db import connection
from django.utils import timezone

from cpd import claims
from cpd import services as cpd_services
from cpd.certificates import services as certificates
from cpd.certificates.models import Certificate
from cpd.internships.models import EntryStatus, Invitation, LogbookEntry
from cpd.models import Claim
from tests.certificates import factories as make
from tests.cpd.test_claims import evidence, scheme, submit
from tests.integration import workers
from tests.internships import factories as internships
from tests.services import require_redis, unavailable

pytestmark = [pytest.mark.redis, pytest.mark.django_db(transaction=True, serialized_rollback=True)]
CERTIFICATES = 12
EMAILS = 4  # of each kind


def _rendered() -> int:
    return Certificate.objects.filter(rendered_at__isnull=False).count()


def _sent(mail_dir: Path) -> Counter:
    """Recipients of every email the workers sent (the file backend: one file per connection,
    messages separated by a line of dashes)."""
    recipients: Counter = Counter()
    for path in mail_dir.glob("*.log"):
        for chunk in path.read_bytes().split(b"-" * 79):
            if chunk.strip():
                recipients[message_from_bytes(chunk.strip())["To"]] += 1
    return recipients


def _succeeded(log: Path, task: str) -> int:
    return sum(
        1 for line in log.read_text().splitlines() if f"{task}[" in line and "succeeded" in line
    )


def _lost_messages(monkeypatch) -> None:
    """Record the work as the site does, but lose every message on its way to the broker."""
    monkeypatch.setattr("academy.tasks.send", lambda task, *args: False)


def _pending_work() -> dict[str, list]:
    """Work of every kind recorded a few minutes ago, none of it done."""
    a_while_ago = timezone.now() - dt.timedelta(minutes=10)
    people = get_user_model().objects.bulk_create(
        get_user_model()(email=f"holder{n}@example.org", first_name="Batch", last_name=str(n))
        for n in range(CERTIFICATES)
    )
    certificate_ids = [
        certificates.issue(person, make.achievement("event:1"), now=a_while_ago).pk
        for person in people
    ]

    target = scheme()
    officer = get_user_model().objects.create_user(email="officer@example.org")
    claim_ids = []
    for n in range(EMAILS):
        learner = make.holder(f"claimant{n}@example.org")
        cpd_services.join(learner, target, registration_number=f"R{n}")
        claim = submit(learner, target, upload=evidence())
        claim_ids.append(claims.approve(claim, by=officer).pk)

    supervisor = internships.user("supervisor@example.org")
    placement = internships.placement(
        internships.cohort(internships.programme(), internships.university()),
        internships.user("student@example.org"),
        supervisor,
    )
    entry_ids = [
        LogbookEntry.objects.create(
            placement=placement,
            day=dt.date(2026, 6, 2 + n),
            hours=4,
            area_code="lab",
            activity=f"Extraction {n}",
            status=EntryStatus.SUBMITTED,
            submitted_at=a_while_ago,
        ).pk
        for n in range(EMAILS)
    ]
    invited_ids = []
    for n in range(EMAILS):
        student = get_user_model().objects.create_user(email=f"new{n}@uni-a.edu.hk")
        Invitation.objects.create(student=student, requested_at=a_while_ago)
        invited_ids.append(student.pk)
    return {
        "certificates.render": certificate_ids,
        "cpd.notify_claim_decision": claim_ids,
        "internships.email_sign_off_link": entry_ids,
        "internships.send_invitation": invited_ids,
    }


SWEEPS = [
    "certificates.render_pending",
    "cpd.notify_pending_claim_decisions",
    "internships.email_pending_sign_off_links",
    "internships.send_pending_invitations",
]


def test_killed_workers_lose_nothing_and_double_nothing(tmp_path, monkeypatch):
    if connection.vendor != "postgresql":
        unavailable("needs PostgreSQL (set DATABASE_URL): the workers share the test database")
    url = require_redis()
    monkeypatch.delenv("CELERY_BROKER_URL", raising=False)
    _lost_messages(monkeypatch)
    work = _pending_work()
    assert Claim.objects.filter(learner_notified_at__isnull=True).count() == EMAILS

    queue = workers.new_queue("killed")
    storage_root, mail_dir, log = tmp_path / "certificates", tmp_path / "mail", tmp_path / "w.log"
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "tests.integration.worker_settings",
        "DATABASE_URL": workers.database_url(),
        "CELERY_BROKER_URL": url,
        "CELERY_TASK_DEFAULT_QUEUE": queue,
        "CERTIFICATES_ROOT": str(storage_root),
        "TEST_EMAIL_DIR": str(mail_dir),
    }
    env.pop("CELERY_RESULT_BACKEND", None)
    half = CERTIFICATES // 2

    # 1. A pool child killed mid-task: its message goes straight back, and the same worker,
    # with a new child, renders the first half of the batch with no help from a sweep.
    first = workers.start_worker(env, queue, log, pool="prefork")
    try:
        workers.send(
            url,
            queue,
            *(("certificates.render", [pk]) for pk in work["certificates.render"][:half]),
        )
        workers.wait_for(lambda: _rendered() >= 1, 120, log, "a first rendering")
        workers.wait_for(lambda: len(workers.children(first)) == 1, 10, log, "the pool child")
        (child,) = workers.children(first)
        os.kill(child, signal.SIGKILL)
        workers.wait_for(lambda: _rendered() == half, 120, log, "the first half, redelivered")
        assert "WorkerLostError" in log.read_text(), "the kill did not hit a running task"

        # 2. The whole worker killed mid-batch, with the rest of the work queued behind it.
        workers.send(
            url,
            queue,
            *(("certificates.render", [pk]) for pk in work["certificates.render"][half:]),
            *(
                (name, [pk])
                for name, ids in work.items()
                if name != "certificates.render"
                for pk in ids
            ),
        )
        workers.wait_for(lambda: _rendered() >= half + 1, 120, log, "the second half to start")
    finally:
        workers.kill_worker(first)
    assert _rendered() < CERTIFICATES, "the batch finished before the kill: make it bigger"

    # 3. A new worker takes what is still queued, and each sweep, run once as beat would,
    # takes what the killed worker held.
    second = workers.start_worker(env, queue, log)
    try:
        workers.send(url, queue, *((name, []) for name in SWEEPS))
        workers.wait_for(lambda: _rendered() == CERTIFICATES, 180, log, "every certificate")
        workers.wait_for(
            lambda: (
                not Claim.objects.filter(learner_notified_at__isnull=True).exists()
                and not Invitation.objects.filter(sent_at__isnull=True).exists()
                and sum(_sent(mail_dir).values()) == 3 * EMAILS
            ),
            60,
            log,
            "every email",
        )
        # The sweeps once more, behind everything else on the queue: when the last of them
        # has run, so has every message the work was queued twice with.
        workers.send(url, queue, *((name, []) for name in SWEEPS))
        workers.wait_for(
            lambda: _succeeded(log, SWEEPS[-1]) == 2, 60, log, "the second round of sweeps"
        )
    finally:
        workers.stop_worker(second)

    certificates_done = list(Certificate.objects.filter(pk__in=work["certificates.render"]))
    assert len(certificates_done) == CERTIFICATES == Certificate.objects.count()
    files = sorted(p.name for p in (storage_root / "pdf").iterdir())
    assert files == sorted(f"{c.uuid}.pdf" for c in certificates_done)  # one each, no leftovers
    for certificate in certificates_done:
        data = (storage_root / certificate.pdf.name).read_bytes()
        assert hashlib.sha256(data).hexdigest() == certificate.pdf_sha256
        assert certificate.credential.count(".") == 2

    sent = _sent(mail_dir)
    supervisor = "supervisor@example.org"
    assert sent == Counter(
        {
            **{f"claimant{n}@example.org": 1 for n in range(EMAILS)},
            **{f"new{n}@uni-a.edu.hk": 1 for n in range(EMAILS)},
            supervisor: EMAILS,  # one link per entry
        }
    )
    assert all(
        entry.links.count() == 1
        for entry in LogbookEntry.objects.filter(pk__in=work["internships.email_sign_off_link"])
    )
