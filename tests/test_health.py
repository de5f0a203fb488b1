"""/healthz: 200 with every dependency up, 503 naming what is down. Real endpoints throughout:
a dead port is a dead service."""

import json

import pytest
from django.test import override_settings

from tests.processes import django_env, run_ok
from tests.services import require_redis

pytestmark = pytest.mark.django_db
DEAD_REDIS = "redis://127.0.0.1:1/0"


def test_all_up_in_process_mode(client):
    response = client.get("/healthz")
    body = response.json()
    assert response.status_code == 200
    assert body["status"] == "ok"
    assert body["down"] == []
    assert body["checks"] == {
        "database": {"ok": True},
        "cache": {"ok": True},
        "broker": {"ok": True},
    }
    assert body["tasks"] == "in-process"
    assert "no-cache" in response["Cache-Control"]


@pytest.mark.redis
def test_all_up_with_real_redis_cache_and_broker(client):
    url = require_redis()
    caches = {
        "default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": url}
    }
    with override_settings(CELERY_BROKER_URL=url, CACHES=caches):
        response = client.get("/healthz")
    assert response.status_code == 200, response.content
    assert response.json()["tasks"] == "broker"


def test_broker_down_is_503_and_named(client):
    with override_settings(CELERY_BROKER_URL=DEAD_REDIS, HEALTHZ_TIMEOUT_SECONDS=1):
        response = client.get("/healthz")
    body = response.json()
    assert response.status_code == 503
    assert body["down"] == ["broker"]
    assert body["checks"]["broker"]["ok"] is False
    assert body["checks"]["broker"]["error"]


def test_cache_down_is_503_and_named(client):
    caches = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": DEAD_REDIS,
            "OPTIONS": {"socket_connect_timeout": 1},
        }
    }
    with override_settings(CACHES=caches):
        response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["down"] == ["cache"]


def test_database_down_is_503_and_named():
    """A separate process whose DATABASE_URL points at a port nothing listens on."""
    script = (
        "import django, json; django.setup();"
        "from django.test import Client;"
        "r = Client(HTTP_HOST='localhost').get('/healthz');"
        "print(json.dumps({'status': r.status_code, 'body': r.json()}))"
    )
    env = django_env(
        "academy.settings.test",
        DATABASE_URL="postgres://nobody@127.0.0.1:1/nothing",
        DATABASE_CONN_MAX_AGE="0",
    )
    outcome = json.loads(run_ok(["-c", script], env, timeout=60).strip().splitlines()[-1])
    assert outcome["status"] == 503
    assert outcome["body"]["down"] == ["database"]


def test_healthz_refuses_other_methods(client):
    assert client.post("/healthz").status_code == 405
