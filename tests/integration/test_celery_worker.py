"""A task makes the round trip through the real Redis broker to a real worker process."""

import os
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest
from celery import Celery

from tests.services import require_redis

pytestmark = pytest.mark.redis
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def worker(tmp_path, monkeypatch):
    url = require_redis()
    queue = f"test-{uuid.uuid4().hex[:10]}"
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "academy.settings.dev",
        "CELERY_BROKER_URL": url,
        "CELERY_RESULT_BACKEND": url,
        "DATABASE_URL": f"sqlite:///{tmp_path / 'worker.sqlite3'}",
    }
    # The test's own client must not pick up CI's broker or backend from the environment.
    monkeypatch.delenv("CELERY_BROKER_URL", raising=False)
    monkeypatch.delenv("CELERY_RESULT_BACKEND", raising=False)
    log = (tmp_path / "worker.log").open("w")
    process = subprocess.Popen(
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
            f"{queue}@%h",
            "--without-mingle",
            "--without-gossip",
            "--loglevel=INFO",
        ],
        cwd=ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    try:
        yield url, queue, tmp_path / "worker.log"
    finally:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
        log.close()


def test_task_round_trip_through_redis_and_a_worker(worker):
    url, queue, log = worker
    client = Celery("probe", broker=url, backend=url)
    started = time.monotonic()
    # Celery prefers a CELERY_BROKER_URL environment variable to the app's own broker URL:
    # name the connection so the message goes where this worker listens.
    with client.connection_for_write(url) as connection:
        result = client.send_task(
            "academy.ping", args=["hello from the test"], queue=queue, connection=connection
        )
    try:
        reply = result.get(timeout=60)
    except Exception as error:
        pytest.fail(f"no reply from the worker ({error!r}); its log:\n{log.read_text()}")
    assert reply == {"reply": "hello from the test", "database": "sqlite"}
    assert result.successful()
    assert time.monotonic() - started < 60
    client.close()


def test_tasks_run_in_process_when_no_broker_is_set(db):
    from django.db import connection

    from academy.tasks import ping

    assert ping.delay("eager").get() == {"reply": "eager", "database": connection.vendor}
