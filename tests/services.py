"""Finding the real services a test needs. Without them a test is skipped with the reason, or,
when ACADEMY_REQUIRE_SERVICES is set (CI), fails: CI must run every test."""

import os
import shutil
import socket
from functools import cache
from urllib.parse import urlparse

import pytest

STRICT = os.environ.get("ACADEMY_REQUIRE_SERVICES", "").lower() in {"1", "true", "yes"}

POSTGRES_URL = os.environ.get("TEST_POSTGRES_URL", "postgres://postgres@127.0.0.1:5432/postgres")
REDIS_URL = (
    os.environ.get("TEST_REDIS_URL") or os.environ.get("REDIS_URL") or "redis://127.0.0.1:6379/0"
)


def unavailable(reason: str):
    if STRICT:
        pytest.fail(f"{reason} (ACADEMY_REQUIRE_SERVICES is set: no skips allowed)", pytrace=False)
    pytest.skip(reason)


def _port_open(url: str, default_port: int) -> bool:
    parsed = urlparse(url)
    try:
        with socket.create_connection(
            (parsed.hostname or "127.0.0.1", parsed.port or default_port), 2
        ):
            return True
    except OSError:
        return False


@cache
def _postgres_ok() -> str | None:
    if not _port_open(POSTGRES_URL, 5432):
        return f"PostgreSQL not reachable at {POSTGRES_URL}"
    try:
        import psycopg

        with psycopg.connect(POSTGRES_URL, connect_timeout=3) as conn:
            conn.execute("SELECT 1")
    except Exception as error:
        return f"PostgreSQL at {POSTGRES_URL} refused: {error}"
    return None


def require_postgres() -> str:
    problem = _postgres_ok()
    if problem:
        unavailable(problem)
    return POSTGRES_URL


@cache
def _redis_ok() -> str | None:
    try:
        import redis

        redis.Redis.from_url(REDIS_URL, socket_connect_timeout=2).ping()
    except Exception as error:
        return f"Redis not reachable at {REDIS_URL}: {error}"
    return None


def require_redis() -> str:
    problem = _redis_ok()
    if problem:
        unavailable(problem)
    return REDIS_URL


def chromium_path() -> str | None:
    candidates = [os.environ.get("CHROMIUM_PATH"), shutil.which("chromium"), "/usr/bin/chromium"]
    return next((path for path in candidates if path and os.path.exists(path)), None)


def require_chromium() -> str:
    path = chromium_path()
    if not path:
        unavailable("Chromium not installed (apt-get install chromium)")
    return path


def require_poppler() -> None:
    if not (shutil.which("pdftotext") and shutil.which("pdffonts")):
        unavailable(
            "poppler's pdftotext and pdffonts not installed (apt-get install poppler-utils)"
        )


def require_zbar() -> None:
    if not shutil.which("zbarimg"):
        unavailable("zbar's zbarimg not installed (apt-get install zbar-tools)")


def require_gettext() -> None:
    if not (shutil.which("xgettext") and shutil.which("msgfmt")):
        unavailable("GNU gettext tools not installed (apt-get install gettext)")
