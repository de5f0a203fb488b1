"""`manage.py check_deployment`: a production-like configuration on the real PostgreSQL and Redis
passes, and each thing a deployment gets wrong is reported with what to do."""

import secrets
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from django.db import connection
from django.db.migrations.recorder import MigrationRecorder
from django.test import override_settings

from tests.processes import django_env, run_python
from tests.services import require_postgres, require_redis

pytestmark = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="needs PostgreSQL (set DATABASE_URL)"
)

SMTP = "django.core.mail.backends.smtp.EmailBackend"
FILES = "django.core.files.storage.FileSystemStorage"


def file_storage(location: Path) -> dict:
    return {"BACKEND": FILES, "OPTIONS": {"location": location}}


def production_like(tmp_path: Path, redis_url: str) -> dict:
    """What academy.settings.production and a filled-in environment give."""
    static_root = tmp_path / "static"
    static_root.mkdir()
    (static_root / "staticfiles.json").write_text('{"paths": {}, "version": "1.1"}')
    return {
        "DEBUG": False,
        "SECRET_KEY": secrets.token_urlsafe(64),
        "ALLOWED_HOSTS": ["academy.example.org", "h5p.example.org"],
        "CSRF_TRUSTED_ORIGINS": ["https://academy.example.org"],
        "SITE_URL": "https://academy.example.org",
        "H5P_ORIGIN": "https://h5p.example.org",
        "CACHES": {
            "default": {
                "BACKEND": "django_redis.cache.RedisCache",
                "LOCATION": redis_url,
                "KEY_PREFIX": "check-deployment-test",
                "OPTIONS": {"IGNORE_EXCEPTIONS": True, "SOCKET_CONNECT_TIMEOUT": 1},
            }
        },
        "CELERY_BROKER_URL": redis_url,
        "CELERY_TASK_ALWAYS_EAGER": False,
        "HEALTHZ_TIMEOUT_SECONDS": 1,
        "EMAIL_BACKEND": SMTP,
        "EMAIL_HOST": "smtp.example.org",
        "DEFAULT_FROM_EMAIL": "Genomics Academy <no-reply@academy.example.org>",
        "MEDIA_ROOT": tmp_path / "media",
        "STATIC_ROOT": static_root,
        "STORAGES": {
            "default": file_storage(tmp_path / "media"),
            "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
            "h5p": file_storage(tmp_path / "h5p"),
            "cpd_evidence": file_storage(tmp_path / "evidence"),
            "certificates": file_storage(tmp_path / "certificates"),
        },
        "SECURE_SSL_REDIRECT": True,
        "SECURE_PROXY_SSL_HEADER": ("HTTP_X_FORWARDED_PROTO", "https"),
        "SECURE_HSTS_SECONDS": 31_536_000,
        "SECURE_HSTS_INCLUDE_SUBDOMAINS": True,
        "SECURE_HSTS_PRELOAD": True,
        "SESSION_COOKIE_SECURE": True,
        "CSRF_COOKIE_SECURE": True,
        "LANGUAGE_COOKIE_SECURE": True,
    }


@pytest.fixture
def good(tmp_path, db):
    from cpd.certificates import credentials

    credentials.rotate()
    return production_like(tmp_path, require_redis())


def check(config: dict) -> tuple[bool, str]:
    """(passed, what it printed) for check_deployment under CONFIG."""
    from io import StringIO

    out = StringIO()
    with override_settings(**config):
        try:
            call_command("check_deployment", stdout=out)
        except CommandError as error:
            return False, out.getvalue() + str(error)
    return True, out.getvalue()


def test_a_production_like_configuration_passes(good):
    passed, output = check(good)
    assert passed, output
    assert output.strip() == "Deployment configuration OK: no problems found."
    # Every storage was written to, and the probes left nothing behind.
    for alias, storage in good["STORAGES"].items():
        if alias != "staticfiles":
            assert list(Path(storage["OPTIONS"]["location"]).iterdir()) == []


BAD = {
    "debug on": ({"DEBUG": True}, "DEBUG: DEBUG is on"),
    "short secret key": ({"SECRET_KEY": "short"}, "SECRET_KEY:"),
    "development secret key": (
        {"SECRET_KEY": "dev-only-insecure-key-never-use-in-production" + "x" * 20},
        "SECRET_KEY:",
    ),
    "no allowed hosts": ({"ALLOWED_HOSTS": []}, "ALLOWED_HOSTS: ALLOWED_HOSTS is empty"),
    "any host": ({"ALLOWED_HOSTS": ["*"]}, "ALLOWED_HOSTS: ALLOWED_HOSTS is ['*']"),
    "site host not allowed": (
        {"ALLOWED_HOSTS": ["other.example.org"]},
        "the host of SITE_URL (academy.example.org) is not in ALLOWED_HOSTS",
    ),
    "no trusted origins": ({"CSRF_TRUSTED_ORIGINS": []}, "CSRF_TRUSTED_ORIGINS:"),
    "site over http": ({"SITE_URL": "http://academy.example.org"}, "SITE_URL:"),
    "no proxy ssl header": ({"SECURE_PROXY_SSL_HEADER": None}, "SECURE_PROXY_SSL_HEADER"),
    "language cookie not secure": ({"LANGUAGE_COOKIE_SECURE": False}, "LANGUAGE_COOKIE_SECURE"),
    "session cookie not secure": ({"SESSION_COOKIE_SECURE": False}, "check security.W012"),
    "no hsts": ({"SECURE_HSTS_SECONDS": 0}, "check security.W004"),
    "no https redirect": ({"SECURE_SSL_REDIRECT": False}, "check security.W008"),
    "cache per process": (
        {"CACHES": {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}},
        "cache: the cache (django.core.cache.backends.locmem.LocMemCache) is not shared",
    ),
    "cache unreachable": (
        {
            "CACHES": {
                "default": {
                    "BACKEND": "django.core.cache.backends.redis.RedisCache",
                    "LOCATION": "redis://127.0.0.1:1/0",
                    "OPTIONS": {"socket_connect_timeout": 1},
                }
            }
        },
        "cache: the cache does not answer",
    ),
    "no broker": ({"CELERY_BROKER_URL": ""}, "celery: CELERY_BROKER_URL is not set"),
    "eager tasks": ({"CELERY_TASK_ALWAYS_EAGER": True}, "celery: CELERY_TASK_ALWAYS_EAGER is on"),
    "broker unreachable": (
        {"CELERY_BROKER_URL": "redis://127.0.0.1:1/0"},
        "celery: the broker does not answer",
    ),
    "h5p origin left at the default": (
        {"H5P_ORIGIN": "http://localhost:8000"},
        "H5P_ORIGIN: H5P_ORIGIN (http://localhost:8000) is the development default",
    ),
    "h5p origin on the site's host": (
        {"H5P_ORIGIN": "https://academy.example.org"},
        "H5P_ORIGIN: H5P_ORIGIN has the site's host name",
    ),
    "session cookie sent to the player": (
        {"SESSION_COOKIE_DOMAIN": ".example.org"},
        "SESSION_COOKIE_DOMAIN (example.org) covers the player's host",
    ),
    "console email": (
        {"EMAIL_BACKEND": "django.core.mail.backends.console.EmailBackend"},
        "email: emails go to django.core.mail.backends.console.EmailBackend",
    ),
    "no smtp host": ({"EMAIL_HOST": ""}, "(host unset), not an SMTP server"),
    "placeholder sender": (
        {"DEFAULT_FROM_EMAIL": "Genomics Academy <no-reply@genomics-academy.invalid>"},
        "email: DEFAULT_FROM_EMAIL (Genomics Academy <no-reply@genomics-academy.invalid>) is",
    ),
    "catalogues not compiled": ({"LOCALE_PATHS": ["EMPTY"]}, "translations: no compiled catalogue"),
    "a log handler without redaction": (
        {"LOGGING": {"handlers": {"file": {"class": "logging.FileHandler", "filters": []}}}},
        "logs: log handler 'file' does not redact secrets",
    ),
}


@pytest.mark.parametrize(("overrides", "expected"), BAD.values(), ids=BAD.keys())
def test_each_bad_setting_is_reported(good, tmp_path, overrides, expected):
    if overrides.get("LOCALE_PATHS") == ["EMPTY"]:
        overrides = {"LOCALE_PATHS": [tmp_path / "no-locale"]}
    passed, output = check({**good, **overrides})
    assert not passed
    assert expected in output, output
    problem_lines = [line for line in output.splitlines() if " Fix: " in line]
    assert problem_lines, output  # each problem says what to do


def test_private_files_under_media_root_are_reported(good, tmp_path):
    storages = {**good["STORAGES"], "cpd_evidence": file_storage(tmp_path / "media" / "evidence")}
    passed, output = check({**good, "STORAGES": storages})
    assert not passed
    assert "storage cpd_evidence: private files at" in output
    assert "which is served at /media/ without permission checks" in output


def test_uploads_under_static_root_are_reported(good, tmp_path):
    storages = {**good["STORAGES"], "certificates": file_storage(tmp_path / "static" / "pdfs")}
    passed, output = check({**good, "STORAGES": storages})
    assert not passed
    assert "storage certificates: " in output
    assert "is inside STATIC_ROOT" in output


def test_a_storage_that_cannot_be_written_is_reported(good, tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a directory")
    storages = {**good["STORAGES"], "h5p": file_storage(blocker / "h5p")}
    passed, output = check({**good, "STORAGES": storages})
    assert not passed
    assert "storage h5p: cannot write to" in output


def test_static_files_not_collected_are_reported(good):
    (good["STATIC_ROOT"] / "staticfiles.json").unlink()
    passed, output = check(good)
    assert not passed
    assert "static files: " in output
    assert "collectstatic --noinput" in output


def test_pending_migrations_are_reported(good):
    # Forget one applied migration (rolled back with the test's transaction).
    MigrationRecorder.Migration.objects.filter(app="certificates").order_by("-id").first().delete()
    passed, output = check(good)
    assert not passed
    assert "database: 1 migration(s) not applied (certificates." in output
    assert "manage.py migrate --noinput" in output


def test_a_missing_certificate_key_is_reported(good):
    from cpd.certificates.models import SigningKey

    SigningKey.objects.all().delete()
    passed, output = check(good)
    assert not passed
    assert "certificates: there is no certificate signing key." in output
    assert "rotate_certificate_key" in output


def test_no_cjk_font_is_reported(good, monkeypatch):
    monkeypatch.setenv("PATH", "/nonexistent")  # no fc-list: no font can be vouched for
    passed, output = check(good)
    assert not passed
    assert "fonts: no Noto Sans CJK font" in output


@pytest.mark.parametrize(
    ("database_url", "expected"),
    [
        ("sqlite:///:memory:", "database: the database is sqlite, not PostgreSQL"),
        ("postgres://postgres@127.0.0.1:1/academy", "database: PostgreSQL does not answer"),
    ],
)
def test_the_command_exits_non_zero_on_a_bad_database(database_url, expected):
    require_postgres()
    env = django_env(
        "academy.settings.production",
        SECRET_KEY=secrets.token_urlsafe(64),
        DATABASE_URL=database_url,
        DEBUG=None,
    )
    result = run_python(["manage.py", "check_deployment"], env)
    assert result.returncode == 1
    assert expected in result.stdout
    assert "problem(s) found" in result.stderr
