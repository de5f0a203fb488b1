"""A task makes the round trip through the real Redis broker to a real worker process."""

import os
import time

import pytest
from celery import Celery

from tests.integration.workers import new_queue, start_worker, stop_worker
from tests.services import require_redis

pytestmark = pytest.mark.redis


@pytest.fixture
def worker(tmp_path, monkeypatch):
    url = require_redis()
    queue = new_queue("ping")
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
    log = tmp_path / "worker.log"
    process = start_worker(env, queue, log)
    try:
        yield url, queue, log
    finally:
        stop_worker(process)


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
