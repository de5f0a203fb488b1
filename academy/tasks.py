"""Sending work to Celery, and the broker round-trip probe.

`enqueue` is the one way the project queues a task. Work is always recorded in the database
first (a certificate not yet rendered, a decision not yet emailed...); the task only carries it
out. So a message that cannot be sent is not an error for the person whose action caused it: it
is logged, and the beat sweep that covers that task finds the record and queues it again once
the broker is back."""

import logging

from celery import shared_task
from django.db import transaction
from kombu.exceptions import KombuError
from redis.exceptions import RedisError

logger = logging.getLogger(__name__)


def enqueue(task, *args) -> None:
    """Queue TASK with ARGS (ids, never personal data) once the current transaction commits;
    at once outside one. A broker that cannot be reached is logged, never raised; so is anything
    else that goes wrong once the caller's change is committed (robust)."""
    transaction.on_commit(lambda: send(task, *args), robust=True)


def send(task, *args) -> bool:
    """Send TASK now; True if the broker took it. For sweeps running inside a worker, and for
    `enqueue` after the commit."""
    try:
        task.delay(*args)
    except (KombuError, RedisError, OSError) as error:
        # Connection refused or timed out, the publish retries ran out (kombu's own
        # OperationalError), or the transport's errors (redis-py's, amqp's sockets).
        logger.warning(
            "task %s%s not queued (%s: %s); the pending work stays recorded for its sweep",
            task.name,
            list(args),
            type(error).__name__,
            error,
        )
        return False
    return True


@shared_task(name="academy.ping")
def ping(payload: str = "pong") -> dict[str, str]:
    """Round trip used by the broker health test: proves a worker picked the message up."""
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
    return {"reply": payload, "database": connection.vendor}
