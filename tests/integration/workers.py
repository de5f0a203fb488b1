"""Real Celery workers for the integration tests: subprocesses of the project, each on a queue
of its own so that several test runs can share one broker."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest
from celery import Celery

ROOT = Path(__file__).resolve().parents[2]


def database_url(settings_dict: dict | None = None) -> str:
    """The URL of the database this test process uses (the test database), for subprocesses."""
    if settings_dict is None:
        from django.db import connection

        settings_dict = connection.settings_dict
    password = f":{settings_dict['PASSWORD']}" if settings_dict.get("PASSWORD") else ""
    return (
        f"postgres://{settings_dict['USER']}{password}@{settings_dict['HOST'] or '127.0.0.1'}:"
        f"{settings_dict['PORT'] or 5432}/{settings_dict['NAME']}"
    )


def new_queue(kind: str) -> str:
    return f"test-{kind}-{uuid.uuid4().hex[:8]}"


def start_worker(
    env: dict, queue: str, log: Path, *, pool: str = "solo", concurrency: int = 1
) -> subprocess.Popen:
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "celery",
            "-A",
            "academy",
            "worker",
            f"--pool={pool}",
            f"--concurrency={concurrency}",
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
        start_new_session=True,  # its own process group, so a kill takes all of it
    )


def kill_worker(process: subprocess.Popen) -> None:
    """SIGKILL the worker and its pool children at once: nothing gets to clean up."""
    os.killpg(process.pid, signal.SIGKILL)
    process.wait(timeout=30)


def stop_worker(process: subprocess.Popen) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            kill_worker(process)


def children(process: subprocess.Popen) -> list[int]:
    """The worker's pool processes (whichever of its threads forked them)."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:  # gone meanwhile
            continue
        if int(fields[1]) == process.pid:  # the parent's pid, after the state
            found.append(int(stat.parent.name))
    return found


def wait_for(condition, timeout: float, log: Path, what: str = "the condition") -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            pytest.fail(f"timed out waiting for {what}; worker log:\n{log.read_text()[-6000:]}")
        time.sleep(0.1)


def send(broker_url: str, queue: str, *tasks: tuple[str, list]) -> None:
    """Send tasks by name, as `enqueue` or beat would. Celery prefers a CELERY_BROKER_URL
    environment variable to an app's own broker URL: the connection is named explicitly."""
    client = Celery("probe", broker=broker_url)
    try:
        with client.connection_for_write(broker_url) as connection:
            for name, args in tasks:
                client.send_task(name, args=args, queue=queue, connection=connection)
    finally:
        client.close()
