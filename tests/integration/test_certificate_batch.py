"""A batch of certificates survives a worker killed in the middle of it: real worker processes
on the real Redis broker against the same PostgreSQL database. The database records what must be
rendered, so after a SIGKILL a new worker and the sweep finish the batch: every certificate
rendered exactly once, none missing, none doubled, one PDF file each."""

import hashlib
import os
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest
from celery import Celery
from django.contrib.auth import get_user_model
from django.db import connection
from django.utils import timezone

from cpd.certificates import services
from cpd.certificates.models import Certificate
from tests.certificates import factories as make
from tests.services import require_redis, unavailable

pytestmark = [pytest.mark.redis, pytest.mark.django_db(transaction=True, serialized_rollback=True)]
ROOT = Path(__file__).resolve().parents[2]
BATCH = 30


def _database_url() -> str:
    settings = connection.settings_dict
    password = f":{settings['PASSWORD']}" if settings.get("PASSWORD") else ""
    return (
        f"postgres://{settings['USER']}{password}@{settings['HOST'] or '127.0.0.1'}:"
        f"{settings['PORT'] or 5432}/{settings['NAME']}"
    )


def _start_worker(env: dict, queue: str, log: Path) -> subprocess.Popen:
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "celery",
            "-A",
            "academy",
            "worker",
            "--pool=solo",
            "--queues",
            queue,
            "--hostname",
            f"{queue}-{uuid.uuid4().hex[:4]}@%h",
            "--without-mingle",
            "--without-gossip",
            "--loglevel=INFO",
        ],
        cwd=ROOT,
        env=env,
        stdout=log.open("a"),
        stderr=subprocess.STDOUT,
        start_new_session=True,  # its own process group, so the kill takes all of it
    )


def _rendered() -> int:
    return Certificate.objects.filter(rendered_at__isnull=False).count()


def _wait_for(condition, timeout: float, log: Path) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            pytest.fail(f"timed out; worker log:\n{log.read_text()[-4000:]}")
        time.sleep(0.1)


def test_a_worker_killed_mid_batch_loses_nothing_and_doubles_nothing(tmp_path, monkeypatch):
    if connection.vendor != "postgresql":
        unavailable("needs PostgreSQL (set DATABASE_URL): the workers share the test database")
    url = require_redis()
    queue = f"test-certificates-{uuid.uuid4().hex[:8]}"
    storage_root = tmp_path / "certificates"
    log = tmp_path / "worker.log"
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "academy.settings.dev",
        "DATABASE_URL": _database_url(),
        "CELERY_BROKER_URL": url,
        "CELERY_TASK_DEFAULT_QUEUE": queue,
        "CERTIFICATES_ROOT": str(storage_root),
    }
    monkeypatch.delenv("CELERY_BROKER_URL", raising=False)
    # Recorded as issuing does (a while ago, so the sweep takes them); sent to the worker below.
    monkeypatch.setattr(services, "_queue", lambda pk: None)
    issued_at = timezone.now() - timezone.timedelta(minutes=10)
    users = get_user_model().objects.bulk_create(
        get_user_model()(email=f"batch{n}@example.org", first_name="Batch", last_name=str(n))
        for n in range(BATCH)
    )
    ids = [services.issue(user, make.achievement("event:1"), now=issued_at).pk for user in users]

    client = Celery("probe", broker=url)
    first = _start_worker(env, queue, log)
    try:
        with client.connection_for_write(url) as broker:
            for pk in ids:
                client.send_task("certificates.render", args=[pk], queue=queue, connection=broker)
        _wait_for(lambda: _rendered() >= 3, 180, log)
    finally:
        os.killpg(first.pid, signal.SIGKILL)
        first.wait(timeout=30)
    left = BATCH - _rendered()
    assert left > 0, "the batch finished before the kill: make it bigger"

    second = _start_worker(env, queue, log)
    try:
        with client.connection_for_write(url) as broker:  # the beat sweep, run once now
            client.send_task("certificates.render_pending", queue=queue, connection=broker)
        _wait_for(lambda: _rendered() == BATCH, 240, log)
    finally:
        second.terminate()
        second.wait(timeout=30)
        client.close()

    certificates = list(Certificate.objects.filter(pk__in=ids))
    assert len(certificates) == BATCH == Certificate.objects.count()
    assert len({c.user_id for c in certificates}) == BATCH
    files = sorted(p.name for p in (storage_root / "pdf").iterdir())
    assert files == sorted(f"{c.uuid}.pdf" for c in certificates)  # one each, no leftovers
    for certificate in certificates:
        data = (storage_root / certificate.pdf.name).read_bytes()
        assert hashlib.sha256(data).hexdigest() == certificate.pdf_sha256
        assert certificate.credential.count(".") == 2
