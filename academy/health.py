"""Probes for /healthz. Each returns None when the dependency answers, or a short reason."""

from django.conf import settings
from django.core.cache import cache
from django.db import connection
from kombu import Connection


def check_database() -> str | None:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except Exception as error:  # any driver error means "down"
        return type(error).__name__
    return None


def check_cache() -> str | None:
    key = "healthz:probe"
    try:
        client = getattr(cache, "client", None)
        if hasattr(client, "get_client"):
            # django-redis ignores its own connection errors (the site runs on without a
            # cache): ask the server directly, so the probe still sees it down.
            client.get_client(write=True).ping()
        cache.set(key, "ok", 10)
        if cache.get(key) != "ok":
            return "read back a different value"
    except Exception as error:
        return type(error).__name__
    return None


def check_broker() -> str | None:
    url = settings.CELERY_BROKER_URL
    if not url:
        return None  # tasks run in-process: there is no broker to be down
    timeout = settings.HEALTHZ_TIMEOUT_SECONDS
    try:
        with Connection(url, connect_timeout=timeout, transport_options={"max_retries": 0}) as conn:
            conn.ensure_connection(max_retries=1, timeout=timeout)
    except Exception as error:  # kombu raises several types for "cannot connect"
        return type(error).__name__
    return None


def broker_mode() -> str:
    return "broker" if settings.CELERY_BROKER_URL else "in-process"
