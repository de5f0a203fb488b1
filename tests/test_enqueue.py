"""academy.tasks.enqueue, the one way work is queued: after the commit, and a broker that cannot
be reached is a logged warning naming the task and its ids, quickly, never an error for the
person whose action queued the work."""

import logging
import time

import pytest
from celery import Celery
from django.db import transaction

from academy.tasks import enqueue

DEAD_BROKER = "redis://127.0.0.1:1/0"


@pytest.fixture
def dead_broker_task(monkeypatch):
    """A task on an app configured like the project's, whose broker nothing answers."""
    # Celery prefers a CELERY_BROKER_URL in the environment (CI sets one) to the app's own.
    monkeypatch.delenv("CELERY_BROKER_URL", raising=False)
    app = Celery("dead-broker")
    app.config_from_object("django.conf:settings", namespace="CELERY")
    app.conf.update(broker_url=DEAD_BROKER, task_always_eager=False)

    @app.task(name="probe.record")
    def record(pk: int) -> int:
        return pk

    yield record
    app.close()


@pytest.mark.django_db(transaction=True)
def test_a_broker_that_cannot_be_reached_is_logged_quickly_and_not_raised(dead_broker_task, caplog):
    started = time.monotonic()
    with caplog.at_level(logging.WARNING, logger="academy.tasks"):
        enqueue(dead_broker_task, 42)  # in autocommit: at once
    assert time.monotonic() - started < 5  # the publish retries are bounded
    (warning,) = [r for r in caplog.records if r.name == "academy.tasks"]
    assert warning.levelno == logging.WARNING
    assert "task probe.record[42] not queued" in warning.getMessage()


@pytest.mark.django_db(transaction=True)
def test_work_is_queued_only_once_the_transaction_commits(monkeypatch):
    from academy.tasks import ping

    sent = []
    monkeypatch.setattr(ping, "delay", lambda *args: sent.append(args))
    with transaction.atomic():
        enqueue(ping, "committed")
        assert sent == []
    assert sent == [("committed",)]
    with pytest.raises(RuntimeError), transaction.atomic():
        enqueue(ping, "rolled back")
        raise RuntimeError
    assert sent == [("committed",)]
