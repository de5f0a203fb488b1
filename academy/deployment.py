"""What `manage.py check_deployment` checks: the settings a production deployment must have and
the services it must reach. Each check returns the problems it found, each with what to do.

Operators read these lines (not translated). docs/deploy.md explains each setting."""

from __future__ import annotations

import shutil
import subprocess
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from django.conf import settings
from django.core import checks
from django.core.files.base import ContentFile
from django.core.files.storage import FileSystemStorage, storages
from django.db import DEFAULT_DB_ALIAS, connections
from django.db.migrations.executor import MigrationExecutor
from django.http.request import validate_host
from django.utils.translation import to_locale

from academy import health

# Private files: served by Django after a permission check (or, for H5P, only on the player
# origin), never by the web server from /media/.
PRIVATE_STORAGES = ("h5p", "cpd_evidence", "certificates")
SHARED_CACHES = (
    "django.core.cache.backends.redis.RedisCache",
    "django_redis.cache.RedisCache",
    "django.core.cache.backends.memcached.PyMemcacheCache",
)
SMTP_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
# Django's own deployment checks that the project's checks below replace with a clearer line.
REPLACED_DJANGO_CHECKS = {"security.W009", "security.W018", "security.W020"}
WEAK_KEY_PREFIXES = ("django-insecure", "dev-only", "test-only")


@dataclass(frozen=True)
class Problem:
    area: str
    what: str
    fix: str

    def __str__(self) -> str:
        return f"{self.area}: {self.what} Fix: {self.fix}"


def django_deploy_checks() -> list[Problem]:
    """Django's and the apps' system checks, with the deployment checks, at WARNING and up."""
    found = checks.run_checks(include_deployment_checks=True)
    return [
        Problem(f"check {message.id}", str(message.msg), message.hint or "see docs/deploy.md.")
        for message in found
        if message.level >= checks.WARNING
        and not message.is_silenced()
        and message.id not in REPLACED_DJANGO_CHECKS
    ]


def core_settings() -> list[Problem]:
    problems = []
    if settings.DEBUG:
        problems.append(
            Problem(
                "DEBUG",
                "DEBUG is on: error pages show settings and code to anyone.",
                "unset DEBUG (or DEBUG=0).",
            )
        )
    key = settings.SECRET_KEY
    if len(key) < 50 or len(set(key)) < 5 or key.startswith(WEAK_KEY_PREFIXES):
        problems.append(
            Problem(
                "SECRET_KEY",
                "SECRET_KEY is short, repetitive or a development key.",
                "set SECRET_KEY to 50+ random characters, e.g. from "
                "`python -c 'import secrets; print(secrets.token_urlsafe(64))'`.",
            )
        )
    site = urlsplit(settings.SITE_URL)
    hosts = settings.ALLOWED_HOSTS
    if not hosts or "*" in hosts:
        problems.append(
            Problem(
                "ALLOWED_HOSTS",
                f"ALLOWED_HOSTS is {hosts or 'empty'}.",
                "list the site's host name (and the H5P host), comma-separated.",
            )
        )
    elif not validate_host(site.hostname or "", hosts):
        problems.append(
            Problem(
                "ALLOWED_HOSTS",
                f"the host of SITE_URL ({site.hostname}) is not in ALLOWED_HOSTS.",
                "add it to ALLOWED_HOSTS, or correct SITE_URL.",
            )
        )
    if site.scheme != "https":
        problems.append(
            Problem(
                "SITE_URL",
                f"SITE_URL ({settings.SITE_URL}) is not https: links in emails, certificates "
                "and the admin would use it.",
                "set SITE_URL=https://<your host>.",
            )
        )
    origin = f"{site.scheme}://{site.netloc}"
    if origin not in settings.CSRF_TRUSTED_ORIGINS:
        problems.append(
            Problem(
                "CSRF_TRUSTED_ORIGINS",
                f"CSRF_TRUSTED_ORIGINS ({settings.CSRF_TRUSTED_ORIGINS or 'empty'}) does not "
                f"list the site's origin {origin}.",
                f"set CSRF_TRUSTED_ORIGINS={origin}.",
            )
        )
    return problems


def https() -> list[Problem]:
    problems = []
    if settings.SECURE_PROXY_SSL_HEADER != ("HTTP_X_FORWARDED_PROTO", "https"):
        problems.append(
            Problem(
                "HTTPS",
                "SECURE_PROXY_SSL_HEADER is not ('HTTP_X_FORWARDED_PROTO', 'https'): behind "
                "nginx every request would look like plain HTTP.",
                "use academy.settings.production, and have nginx set "
                "`proxy_set_header X-Forwarded-Proto $scheme`.",
            )
        )
    if not settings.LANGUAGE_COOKIE_SECURE:
        problems.append(
            Problem(
                "HTTPS",
                "LANGUAGE_COOKIE_SECURE is off.",
                "use academy.settings.production.",
            )
        )
    return problems


def database() -> list[Problem]:
    connection = connections[DEFAULT_DB_ALIAS]
    if connection.vendor != "postgresql":
        return [
            Problem(
                "database",
                f"the database is {connection.vendor}, not PostgreSQL: one file cannot be "
                "shared by several machines, and the ledger's triggers and full-text search "
                "expect PostgreSQL.",
                "set DATABASE_URL=postgres://USER:PASSWORD@HOST:5432/NAME.",
            )
        ]
    reason = health.check_database()
    if reason:
        return [
            Problem(
                "database",
                f"PostgreSQL does not answer ({reason}).",
                "check DATABASE_URL, the server, and that the role may connect.",
            )
        ]
    executor = MigrationExecutor(connection)
    pending = executor.migration_plan(executor.loader.graph.leaf_nodes())
    if pending:
        names = ", ".join(f"{m.app_label}.{m.name}" for m, _backwards in pending[:5])
        return [
            Problem(
                "database",
                f"{len(pending)} migration(s) not applied ({names}...).",
                "run `manage.py migrate --noinput` before sending traffic to this release.",
            )
        ]
    return []


def certificate_key() -> list[Problem]:
    from cpd.certificates.models import SigningKey

    if not SigningKey.objects.filter(retired_at__isnull=True).exists():
        return [
            Problem(
                "certificates",
                "there is no certificate signing key.",
                "run `manage.py rotate_certificate_key` once (before the first certificate).",
            )
        ]
    return []


def cache() -> list[Problem]:
    backend = settings.CACHES["default"]["BACKEND"]
    if backend not in SHARED_CACHES:
        return [
            Problem(
                "cache",
                f"the cache ({backend}) is not shared: each process would have its own page "
                "cache, rate limits and lockouts.",
                "set REDIS_URL (or CACHE_URL) to redis://HOST:6379/0.",
            )
        ]
    reason = health.check_cache()
    if reason:
        return [
            Problem(
                "cache",
                f"the cache does not answer ({reason}).",
                "check REDIS_URL/CACHE_URL and the Redis server.",
            )
        ]
    return []


def celery() -> list[Problem]:
    if not settings.CELERY_BROKER_URL:
        return [
            Problem(
                "celery",
                "CELERY_BROKER_URL is not set: tasks (certificates, emails, exports) would run "
                "inside web requests.",
                "set CELERY_BROKER_URL to redis://HOST:6379/1 or amqp://USER:PASSWORD@HOST//.",
            )
        ]
    problems = []
    if settings.CELERY_TASK_ALWAYS_EAGER:
        problems.append(
            Problem(
                "celery",
                "CELERY_TASK_ALWAYS_EAGER is on: tasks would run inside web requests.",
                "remove the override; with a broker set, tasks go to the workers.",
            )
        )
    reason = health.check_broker()
    if reason:
        problems.append(
            Problem(
                "celery",
                f"the broker does not answer ({reason}).",
                "check CELERY_BROKER_URL and the broker.",
            )
        )
    return problems


def h5p_origin() -> list[Problem]:
    player = urlsplit(settings.H5P_ORIGIN)
    site = urlsplit(settings.SITE_URL)
    if not player.hostname or player.hostname in ("localhost", "127.0.0.1"):
        return [
            Problem(
                "H5P_ORIGIN",
                f"H5P_ORIGIN ({settings.H5P_ORIGIN}) is the development default.",
                "set H5P_ORIGIN=https://h5p.<your domain> (its own host name, same app).",
            )
        ]
    if player.hostname == site.hostname:
        return [
            Problem(
                "H5P_ORIGIN",
                "H5P_ORIGIN has the site's host name: uploaded H5P code would run with the "
                "learner's session.",
                "use another host name for the player (e.g. https://h5p.<your domain>).",
            )
        ]
    problems = []
    for name in ("SESSION_COOKIE_DOMAIN", "CSRF_COOKIE_DOMAIN", "LANGUAGE_COOKIE_DOMAIN"):
        domain = (getattr(settings, name) or "").lstrip(".")
        if domain and (player.hostname == domain or player.hostname.endswith(f".{domain}")):
            problems.append(
                Problem(
                    "H5P_ORIGIN",
                    f"{name} ({domain}) covers the player's host: browsers would send the "
                    "site's cookies to uploaded H5P code.",
                    f"leave {name} unset (cookies then stay on the site's own host).",
                )
            )
    return problems


def _location(storage) -> Path | None:
    if isinstance(storage, FileSystemStorage):
        return Path(storage.location).resolve()
    return None


def _is_within(path: Path, root: Path) -> bool:
    return path == root or root in path.parents


def file_storage() -> list[Problem]:
    problems = []
    public = {"MEDIA_ROOT": Path(settings.MEDIA_ROOT).resolve()}
    static_root = Path(settings.STATIC_ROOT).resolve()
    for alias in settings.STORAGES:
        if alias == "staticfiles":
            continue
        storage = storages[alias]
        location = _location(storage)
        if location is not None and _is_within(location, static_root):
            problems.append(
                Problem(
                    f"storage {alias}",
                    f"{location} is inside STATIC_ROOT ({static_root}), served to anyone.",
                    "keep uploaded files out of STATIC_ROOT (see docs/deploy.md, shared files).",
                )
            )
        if alias in PRIVATE_STORAGES and location is not None:
            for name, root in public.items():
                if _is_within(location, root):
                    problems.append(
                        Problem(
                            f"storage {alias}",
                            f"private files at {location} are inside {name} ({root}), which "
                            "is served at /media/ without permission checks.",
                            "set its *_ROOT variable to a directory outside MEDIA_ROOT.",
                        )
                    )
        reason = _write_probe(storage)
        if reason:
            problems.append(
                Problem(
                    f"storage {alias}",
                    f"cannot write to {location or storage.__class__.__name__} ({reason}).",
                    "create the directory (on the shared mount) and let the app's user write "
                    "to it.",
                )
            )
    return problems


def _write_probe(storage) -> str | None:
    name = f"deployment-check-{uuid.uuid4().hex}.txt"
    try:
        saved = storage.save(name, ContentFile(b"probe"))
        storage.delete(saved)
    except Exception as error:  # any storage error means "cannot write"
        return f"{type(error).__name__}: {error}"
    return None


def static_files() -> list[Problem]:
    storage = storages["staticfiles"]
    manifest = getattr(storage, "manifest_name", None)
    if manifest and not storage.exists(manifest):
        return [
            Problem(
                "static files",
                f"{Path(settings.STATIC_ROOT) / manifest} is missing: every page would fail.",
                "run `manage.py collectstatic --noinput`.",
            )
        ]
    return []


def email() -> list[Problem]:
    problems = []
    if settings.EMAIL_BACKEND != SMTP_BACKEND or not settings.EMAIL_HOST:
        problems.append(
            Problem(
                "email",
                f"emails go to {settings.EMAIL_BACKEND} (host {settings.EMAIL_HOST or 'unset'}), "
                "not an SMTP server: sign-up, password reset and reminders would be lost.",
                f"set EMAIL_BACKEND={SMTP_BACKEND} and EMAIL_HOST.",
            )
        )
    if settings.DEFAULT_FROM_EMAIL.rstrip(">").endswith(".invalid"):
        problems.append(
            Problem(
                "email",
                f"DEFAULT_FROM_EMAIL ({settings.DEFAULT_FROM_EMAIL}) is the placeholder.",
                "set DEFAULT_FROM_EMAIL to an address of your domain.",
            )
        )
    return problems


def fonts() -> list[Problem]:
    fc_list = shutil.which("fc-list")
    listed = ""
    if fc_list:
        listed = subprocess.run(  # noqa: S603 - a fixed command, no input from anyone
            [fc_list], capture_output=True, text=True, timeout=30, check=False
        ).stdout
    if "noto sans cjk" not in listed.lower():
        return [
            Problem(
                "fonts",
                "no Noto Sans CJK font: Chinese text in certificates, transcripts and leaflets "
                "would not render.",
                "install it on every web and worker machine (Debian: apt-get install "
                "fonts-noto-cjk).",
            )
        ]
    return []


def catalogues() -> list[Problem]:
    problems = []
    for code, _name in settings.LANGUAGES:
        if code == settings.LANGUAGE_CODE:
            continue
        found = [
            Path(root) / to_locale(code) / "LC_MESSAGES" / "django.mo"
            for root in settings.LOCALE_PATHS
        ]
        if not any(path.exists() for path in found):
            problems.append(
                Problem(
                    "translations",
                    f"no compiled catalogue for {code} ({found[0]}).",
                    "run `manage.py compilemessages --ignore=.venv` (needs GNU gettext).",
                )
            )
    return problems


def logs() -> list[Problem]:
    problems = []
    for name, handler in settings.LOGGING.get("handlers", {}).items():
        if "redact_secrets" not in handler.get("filters", []):
            problems.append(
                Problem(
                    "logs",
                    f"log handler {name!r} does not redact secrets.",
                    "add the 'redact_secrets' filter (academy.logs) to every handler.",
                )
            )
    return problems


# The database-backed checks need the database; the rest do not.
CHECKS: list[Callable[[], list[Problem]]] = [
    django_deploy_checks,
    core_settings,
    https,
    cache,
    celery,
    h5p_origin,
    file_storage,
    static_files,
    email,
    fonts,
    catalogues,
    logs,
]


def problems() -> list[Problem]:
    """Every problem found, the database's first (the key check needs it)."""
    found = database()
    if not found:
        found += certificate_key()
    for check in CHECKS:
        found += check()
    return found
