"""Redis stopped, as cache and as broker, on a Redis server of the test's own.

Public pages still answer (the cache degrades to no cache, and says so in the log); the
certificate lookup limit lets lookups through rather than refusing everyone. Work a person's
action queues is recorded in the database and the action succeeds at once; when the broker is
back, the beat sweep queues it again and a real worker carries it out."""

from __future__ import annotations

import json
import logging
import os
import time

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import connection
from django.test import override_settings
from django.utils import timezone

from academy.settings.base import redis_cache
from cpd.certificates.models import Certificate
from cpd.models import Claim
from tests.certificates import factories as make
from tests.content import factories as pages
from tests.cpd.test_claims import evidence, scheme, submit
from tests.integration import workers
from tests.processes import django_env, run_python
from tests.services import unavailable

pytestmark = pytest.mark.redis
QUICK = 3.0  # seconds a CPD officer may wait for their action, with the broker down
SLACK = 2.0  # seconds a page may take beyond its time with an empty cache, with Redis down


def _timed_get(client, path: str):
    started = time.monotonic()
    response = client.get(path)
    return response, time.monotonic() - started


@pytest.mark.django_db
def test_public_pages_answer_with_the_cache_down(private_redis, home_page, client, caplog):
    topic = pages.topic(home_page)
    pages.term("genome", "genome", "基因組")
    certificate = make.issued()
    paths = [
        home_page.url,
        pages.article(topic).url,
        pages.glossary_index(home_page).url,
        "/en/search/?q=genome",
        f"/en/verify/{certificate.grouped_code}/",
    ]

    with override_settings(CACHES={"default": redis_cache(private_redis.url())}):
        from django.core.cache import cache

        cold = {}
        for path in paths:
            response, cold[path] = _timed_get(client, path)
            assert response.status_code == 200, path
        assert client.get(home_page.url)["X-Page-Cache"] == "hit"  # Redis really is the cache

        private_redis.stop()
        with caplog.at_level(logging.WARNING):
            for path in paths:
                response, took = _timed_get(client, path)
                assert response.status_code == 200, path
                # No hanging on the dead server: about as quick as with an empty cache.
                assert took < cold[path] + SLACK, f"{path}: {took:.1f}s, {cold[path]:.1f}s cold"
            assert client.get(home_page.url)["X-Page-Cache"] == "miss"  # built afresh
            # Fails open: more lookups than the limit allows, all answered.
            for _n in range(settings.CERTIFICATE_VERIFY_RATE + 1):
                assert client.get(paths[-1]).status_code == 200
        assert any(r.name == "academy.cache" for r in caplog.records), "no warning logged"
        assert "verification rate limit not applied" in caplog.text
        assert client.get("/healthz").json()["down"] == ["cache"]

        private_redis.start()
        cache.clear()
        client.get(home_page.url)
        assert client.get(home_page.url)["X-Page-Cache"] == "hit"  # back in use, no restart
        for _n in range(settings.CERTIFICATE_VERIFY_RATE):
            client.get(paths[-1])
        assert client.get(paths[-1]).status_code == 429  # and the limit with it


ACTIONS = """
import json, time
import django
django.setup()
from django.contrib.auth import get_user_model
from cpd import claims
from cpd.certificates import services
from cpd.models import Claim
from tests.certificates import factories as make
from tests.content import factories as pages

from academy.tasks import ping
import redis

User = get_user_model()
ping.delay("while the broker is up")  # a connection in the pool, as a running site has
try:
    redis.Redis.from_url("{broker}").shutdown(nosave=True)
except redis.exceptions.ConnectionError:
    pass  # the server closes the connection as it goes
started = time.monotonic()
claims.approve(Claim.objects.get(pk={claim}), by=User.objects.get(pk={officer}))
approved = time.monotonic() - started
started = time.monotonic()
services.issue(User.objects.get(pk={holder}), make.achievement("course:9"))
issued = time.monotonic() - started
print(json.dumps({{"approve": approved, "issue": issued}}))
"""


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_queued_work_waits_in_the_database_while_the_broker_is_down(
    private_redis, tmp_path, monkeypatch
):
    if connection.vendor != "postgresql":
        unavailable("needs PostgreSQL (set DATABASE_URL): the workers share the test database")
    monkeypatch.delenv("CELERY_BROKER_URL", raising=False)
    target = scheme()
    learner = make.holder("claimant@example.org")
    from cpd import services as cpd_services

    cpd_services.join(learner, target, registration_number="R1")
    claim = submit(learner, target, upload=evidence())
    officer = get_user_model().objects.create_user(email="officer@example.org")
    holder = make.holder("graduate@example.org")

    queue = workers.new_queue("outage")
    mail_dir, log = tmp_path / "mail", tmp_path / "worker.log"
    env = django_env(
        "tests.integration.worker_settings",
        DATABASE_URL=workers.database_url(),
        REDIS_URL=private_redis.url(0),
        CELERY_BROKER_URL=private_redis.url(1),
        CELERY_RESULT_BACKEND=None,
        CELERY_TASK_DEFAULT_QUEUE=queue,
        CERTIFICATES_ROOT=str(tmp_path / "certificates"),
        TEST_EMAIL_DIR=str(mail_dir),
    )

    # Redis goes away while the site runs: the script stops it after a first message.
    script = ACTIONS.format(
        claim=claim.pk, officer=officer.pk, holder=holder.pk, broker=private_redis.url(1)
    )
    result = run_python(["-c", script], env, timeout=120)
    assert result.returncode == 0, result.stderr
    took = json.loads(result.stdout.strip().splitlines()[-1])
    assert took["approve"] < QUICK and took["issue"] < QUICK, took
    # The warning names the task and the ids, and nothing about the person.
    assert f"task cpd.notify_claim_decision[{claim.pk}] not queued" in result.stderr
    assert "task certificates.render[" in result.stderr
    assert "claimant@example.org" not in result.stderr
    assert "graduate@example.org" not in result.stderr

    private_redis.stop()  # it is down already: this only waits for the process
    claim.refresh_from_db()
    assert claim.status == "approved" and claim.learner_notified_at is None
    certificate = Certificate.objects.get(user=holder)
    assert certificate.rendered_at is None

    # The broker is back (empty: a restarted Redis keeps nothing here). Beat's sweeps find the
    # work in the database; the certificate sweep waits a minute after issue, as it does.
    private_redis.start()
    Certificate.objects.filter(pk=certificate.pk).update(
        issued_at=timezone.now() - timezone.timedelta(minutes=5)
    )
    worker = workers.start_worker(env, queue, log)
    try:
        workers.send(
            private_redis.url(1),
            queue,
            ("cpd.notify_pending_claim_decisions", []),
            ("certificates.render_pending", []),
        )
        workers.wait_for(
            lambda: (
                Claim.objects.filter(pk=claim.pk, learner_notified_at__isnull=False).exists()
                and Certificate.objects.filter(
                    pk=certificate.pk, rendered_at__isnull=False
                ).exists()
            ),
            90,
            log,
            "the sweeps to finish the work",
        )
    finally:
        workers.stop_worker(worker)
    sent = "".join(path.read_text() for path in mail_dir.glob("*.log"))
    assert sent.count("To: claimant@example.org") == 1
    assert os.path.exists(tmp_path / "certificates" / f"pdf/{certificate.uuid}.pdf")
