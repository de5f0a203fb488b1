"""PostgreSQL restarted under traffic, on a cluster of the test's own: a real gunicorn server
keeps answering without being restarted itself. Requests that reach the database while it is
down get the friendly error page as a 503 with Retry-After (never a traceback); once it is back,
every request succeeds, because each reused connection is health-checked before use. A Celery
worker carries on the same way (Celery closes database connections around every task)."""

from __future__ import annotations

import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from dataclasses import dataclass

import pytest
from celery import Celery
from django.db import connection

from tests.certificates import factories as make
from tests.integration import workers
from tests.integration.private_services import free_port
from tests.processes import ROOT, django_env
from tests.services import unavailable

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.redis,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]
CLIENTS = 3  # at once, so several of the server's threads hold a database connection


@dataclass
class Answer:
    started: float
    status: int
    body: str
    retry_after: str | None


def _get(url: str) -> Answer:
    started = time.monotonic()
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return Answer(started, response.status, response.read().decode(), None)
    except urllib.error.HTTPError as error:
        return Answer(started, error.code, error.read().decode(), error.headers["Retry-After"])


class Traffic:
    """Readers asking for a page over and over, from several threads."""

    def __init__(self, url: str):
        self.url = url
        self.answers: list[Answer] = []
        self.running = True
        self.threads = [threading.Thread(target=self._read) for _n in range(CLIENTS)]

    def _read(self) -> None:
        while self.running:
            self.answers.append(_get(self.url))
            time.sleep(0.02)

    def __enter__(self):
        for thread in self.threads:
            thread.start()
        return self

    def __exit__(self, *exc):
        self.running = False
        for thread in self.threads:
            thread.join(timeout=30)

    def count(self, status: int, after: float = 0.0) -> int:
        return sum(1 for a in list(self.answers) if a.status == status and a.started >= after)


def _copy_test_database(private_postgres) -> str:
    """The test database, schema and rows, copied into the private cluster."""
    target = private_postgres.create_database("academy")
    settings = connection.settings_dict
    dump = subprocess.run(
        [
            "pg_dump",
            "--no-owner",
            "--no-privileges",
            workers.database_url(settings),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    subprocess.run(
        ["psql", "-q", "-v", "ON_ERROR_STOP=1", target],
        input=dump.stdout,
        check=True,
        capture_output=True,
        timeout=120,
    )
    return target


def _wait_until_up(url: str, server: subprocess.Popen, log) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if server.poll() is not None:
            pytest.fail(f"gunicorn exited:\n{log.read_text()[-4000:]}")
        try:
            if _get(url).status == 200:
                return
        except OSError:
            pass
        time.sleep(0.2)
    pytest.fail(f"gunicorn did not answer:\n{log.read_text()[-4000:]}")


def test_the_site_and_a_worker_survive_a_postgres_restart(
    private_postgres, private_redis, tmp_path, monkeypatch
):
    if connection.vendor != "postgresql":
        unavailable("needs PostgreSQL (set DATABASE_URL): the test database is copied")
    monkeypatch.delenv("CELERY_BROKER_URL", raising=False)
    certificate = make.issued()
    database = _copy_test_database(private_postgres)

    port, queue = free_port(), workers.new_queue("pg-restart")
    log = tmp_path / "server.log"
    env = django_env(
        "tests.integration.worker_settings",
        DEBUG="0",
        SECRET_KEY="integration-test-only-" + "k" * 40,
        DATABASE_URL=database,
        DATABASE_CONN_MAX_AGE="600",  # connections outlive the restart unless checked
        REDIS_URL=None,
        CACHE_URL=None,
        CELERY_BROKER_URL=private_redis.url(1),
        CELERY_RESULT_BACKEND=private_redis.url(2),
        CELERY_TASK_DEFAULT_QUEUE=queue,
        CERTIFICATE_VERIFY_RATE="1000000",  # the readers here are all one address
    )
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gunicorn",
            "academy.wsgi",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            "1",
            "--threads",
            str(CLIENTS),
        ],
        cwd=ROOT,
        env=env,
        stdout=log.open("w"),
        stderr=subprocess.STDOUT,
    )
    worker = workers.start_worker(env, queue, tmp_path / "worker.log")
    client = Celery("probe", broker=private_redis.url(1), backend=private_redis.url(2))
    page = f"http://127.0.0.1:{port}/en/verify/{certificate.grouped_code}/"
    try:
        _wait_until_up(page, server, log)
        with client.connection_for_write(private_redis.url(1)) as broker:
            before = client.send_task(
                "academy.ping", args=["before"], queue=queue, connection=broker
            )
            assert before.get(timeout=60) == {"reply": "before", "database": "postgresql"}

        # A restart while nobody reads: every server thread's connection dies unnoticed, and
        # the health check before reuse replaces it, so not one reader sees an error.
        with Traffic(page) as traffic:
            workers.wait_for(lambda: traffic.count(200) >= 3 * CLIENTS, 30, log, "first reads")
        private_postgres.restart()
        back = time.monotonic()
        with Traffic(page) as traffic:
            workers.wait_for(lambda: len(traffic.answers) >= 5 * CLIENTS, 30, log, "reads")
        assert {a.status for a in traffic.answers} == {200}

        # A restart under traffic: readers who reach the database while it is down get the
        # error page as a 503, and everyone after it is back gets the page.
        with Traffic(page) as traffic:
            workers.wait_for(lambda: traffic.count(200) >= CLIENTS, 30, log, "reads")
            private_postgres.stop()
            down = time.monotonic()
            workers.wait_for(lambda: traffic.count(503, after=down) >= CLIENTS, 30, log, "503s")
            private_postgres.start()
            back = time.monotonic()
            workers.wait_for(
                lambda: traffic.count(200, after=back) >= 5 * CLIENTS, 30, log, "reads again"
            )
        answers = list(traffic.answers)
        assert {a.status for a in answers} <= {200, 503}
        for answer in answers:
            if answer.status == 503:
                assert answer.retry_after == "30"
                assert "Something went wrong" in answer.body and "Traceback" not in answer.body
        assert not [a for a in answers if a.started >= back and a.status != 200]
        assert server.poll() is None, "the server was not restarted"

        with client.connection_for_write(private_redis.url(1)) as broker:
            after = client.send_task("academy.ping", args=["after"], queue=queue, connection=broker)
            assert after.get(timeout=60) == {"reply": "after", "database": "postgresql"}
    finally:
        client.close()
        workers.stop_worker(worker)
        server.terminate()
        server.wait(timeout=30)
