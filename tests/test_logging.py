"""Logs: plain or JSON (LOG_FORMAT), with the request id, and never a password, token, key,
cookie or uploaded file's contents, whichever way a record carries them."""

import json
import logging
import subprocess
import sys
import time

import pytest
from django.urls import reverse

from academy.logs import REDACTED, RedactSecrets, redact
from tests.processes import ROOT, django_env, run_ok

SECRET = "Zq8xSECRETvalue42"

TEXT_CASES = {
    "key=value": f"login failed password={SECRET} for someone",
    "setting": f"EMAIL_HOST_PASSWORD='{SECRET}'",
    "json": f'{{"email": "a@example.org", "password": "{SECRET} with spaces"}}',
    "python dict": f"{{'token': '{SECRET}', 'next': '/en/'}}",
    "query string": f"GET /en/learning/?page=2&token={SECRET}&lang=en",
    "api key": f"api_key: {SECRET}",
    "authorization header": f"Authorization: Bearer {SECRET}",
    "bare bearer": f"sent Bearer {SECRET} upstream",
    "cookie header": f"Cookie: academy_language=en; sessionid={SECRET}; csrftoken={SECRET}",
    "meta": f"{{'HTTP_COOKIE': 'sessionid={SECRET}', 'HTTP_X_CSRFTOKEN': '{SECRET}'}}",
    "secret key": f"SECRET_KEY={SECRET}",
    "database url": f"could not connect to postgres://academy:{SECRET}@db.internal:5432/academy",
    "broker url": f"Cannot connect to amqp://academy:{SECRET}@mq.internal:5672//",
    "redis url": f"redis://:{SECRET}@cache.internal:6379/0 refused",
}


@pytest.mark.parametrize("text", TEXT_CASES.values(), ids=TEXT_CASES.keys())
def test_secrets_in_text_are_redacted(text):
    redacted = redact(text)
    assert SECRET not in redacted
    assert REDACTED in redacted


def secret_urls() -> dict[str, str]:
    """The site's URLs whose path holds a secret, reversed from their routes."""
    return {
        "internship sign-off link": reverse("internships:sign_off_link", args=[SECRET]),
        "event check-in code": reverse("cpd:check_in_by_qr", args=[SECRET]),
        "email confirmation": reverse("account_confirm_email", args=[SECRET]),
        "password reset": reverse("account_reset_password_from_key", args=["4x", SECRET]),
        "h5p player": reverse("h5p_player", args=[SECRET], urlconf="h5p.player_urls"),
        "h5p statements": reverse("h5p_statement", args=[SECRET], urlconf="h5p.player_urls"),
        "h5p state": reverse("h5p_state", args=[SECRET], urlconf="h5p.player_urls"),
    }


def test_secret_path_segments_of_the_sites_urls_are_redacted():
    for name, url in secret_urls().items():
        line = f"Not Found: {url}"
        assert SECRET not in redact(line), name
        assert f"{REDACTED}/" in redact(line) or redact(line).endswith(REDACTED), name


def test_ordinary_text_is_left_alone():
    text = "Certificate ABCD-EFGH issued to learner 42 for course 7; 3 emails queued"
    assert redact(text) == text
    assert redact("/en/verify/ABCD2345/") == "/en/verify/ABCD2345/"


def record(msg, args=(), **extra) -> logging.LogRecord:
    made = logging.LogRecord("academy.test", logging.WARNING, __file__, 1, msg, args, None)
    for name, value in extra.items():
        setattr(made, name, value)
    return made


def test_the_filter_redacts_arguments_extras_bytes_and_exceptions():
    try:
        raise ValueError(f"bad token={SECRET}")
    except ValueError:
        exc_info = sys.exc_info()
    made = record(
        "sign-in for %s with %s",
        ("a@example.org", {"password": SECRET}),
        api_token=SECRET,
        payload={"nested": {"secret": SECRET}, "ok": 1},
        upload=b"%PDF-1.7 " + SECRET.encode(),
    )
    made.exc_info = exc_info
    assert RedactSecrets().filter(made) is True
    assert SECRET not in made.getMessage()
    assert made.api_token == REDACTED
    assert made.payload == {"nested": {"secret": REDACTED}, "ok": 1}
    assert made.upload == f"<{9 + len(SECRET)} bytes>"
    assert made.exc_info is None
    assert "ValueError: bad token=[redacted]" in made.exc_text
    assert SECRET not in logging.Formatter().format(made)


# Runs in its own process with the settings a deployment has, so the records go through the
# configured LOGGING (handler, filters, formatter) exactly as they would there.
PROBE = """
import logging, sys, types
import django
django.setup()
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.http import Http404, HttpResponseNotFound
from django.test import Client, override_settings
from django.urls import path

SECRET = sys.argv[1]
log = logging.getLogger("academy.probe")
log.info("signed in with password=%s", SECRET)
log.warning("token in extra", extra={"auth_token": SECRET, "body": SECRET.encode()})
try:
    raise RuntimeError(f"connect to postgres://academy:{SECRET}@db/academy failed")
except RuntimeError:
    log.exception("database down")


def missing(request, token):
    raise Http404("no such link")


def broken(request):
    raise RuntimeError("deliberate failure")


urls = types.ModuleType("probe_urls")
urls.handler404 = lambda request, exception: HttpResponseNotFound("gone")
urls.urlpatterns = [
    path("en/internships/sign-off/<str:token>/", missing),
    path("en/cpd/claims/new/", broken),
]
sys.modules["probe_urls"] = urls
static = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}  # no collectstatic
with override_settings(
    ROOT_URLCONF="probe_urls",
    ALLOWED_HOSTS=["testserver"],
    # No database tables needed: sessions in cookies, and no lookup of Wagtail's redirects.
    SESSION_ENGINE="django.contrib.sessions.backends.signed_cookies",
    MIDDLEWARE=[name for name in settings.MIDDLEWARE if ".redirects." not in name],
    STORAGES={**settings.STORAGES, "staticfiles": static},
):
    client = Client(raise_request_exception=False)
    response = client.get(f"/en/internships/sign-off/{SECRET}/", secure=True)
    print("404", response.status_code, response.headers.get("X-Request-ID"), file=sys.stderr)
    evidence = SimpleUploadedFile("evidence.pdf", b"%PDF-1.7 EVIDENCE-" + SECRET.encode())
    response = client.post(
        "/en/cpd/claims/new/",
        {"password": SECRET, "evidence": evidence},
        secure=True,
        HTTP_COOKIE=f"sessionid={SECRET}",
        HTTP_AUTHORIZATION=f"Bearer {SECRET}",
        HTTP_X_REQUEST_ID="0123456789abcdef0123456789abcdef",
    )
    print("500", response.status_code, response.headers.get("X-Request-ID"), file=sys.stderr)
"""


def run_probe(log_format: str, tmp_path) -> str:
    env = django_env(
        "academy.settings.production",
        STATIC_ROOT=str(tmp_path),
        SECRET_KEY="k" + "0123456789abcdef" * 4,
        DATABASE_URL="sqlite:///:memory:",
        LOG_FORMAT=log_format,
        LOG_LEVEL="INFO",
        DEBUG=None,
    )
    result = subprocess.run(
        [sys.executable, "-c", PROBE, SECRET],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return result.stderr


def test_json_logs_are_valid_and_carry_no_secrets(tmp_path):
    output = run_probe("json", tmp_path)
    assert SECRET not in output
    assert "EVIDENCE-" not in output
    lines = [line for line in output.splitlines() if not line.startswith(("404 ", "500 "))]
    records = [json.loads(line) for line in lines]  # every line is one JSON object
    for entry in records:
        assert {"time", "level", "logger", "message"} <= entry.keys()
    by_message = {entry["message"]: entry for entry in records}

    assert by_message["signed in with password=[redacted]"]["level"] == "INFO"
    extra = by_message["token in extra"]
    assert extra["auth_token"] == REDACTED
    assert extra["body"] == f"<{len(SECRET)} bytes>"
    failure = by_message["database down"]
    assert failure["level"] == "ERROR"
    assert "postgres://academy:[redacted]@db/academy" in failure["exception"]
    assert "request_id" not in failure  # logged outside any request

    not_found = by_message[f"Not Found: /en/internships/sign-off/{REDACTED}/"]
    assert not_found["logger"] == "django.request"
    assert not_found["request"] == f"GET /en/internships/sign-off/{REDACTED}/"
    assert not_found["request_id"] == output.split("404 404 ")[1].split()[0]

    error = by_message["Internal Server Error: /en/cpd/claims/new/"]
    assert error["logger"] == "django.request"
    assert error["request_id"] == "0123456789abcdef0123456789abcdef"  # as nginx sent it
    assert "RuntimeError: deliberate failure" in error["exception"]
    assert error["request"] == "POST /en/cpd/claims/new/"


def test_plain_logs_carry_no_secrets_and_show_the_request_id(tmp_path):
    output = run_probe("plain", tmp_path)
    assert SECRET not in output
    assert "EVIDENCE-" not in output
    assert "INFO academy.probe [-] signed in with password=[redacted]" in output
    assert (
        "ERROR django.request [0123456789abcdef0123456789abcdef] Internal Server Error: "
        "/en/cpd/claims/new/" in output
    )
    assert "Traceback (most recent call last)" in output


def test_an_unknown_log_format_is_refused():
    env = django_env("academy.settings.dev", LOG_FORMAT="xml")
    result = subprocess.run(
        [sys.executable, "manage.py", "check"], cwd=ROOT, env=env, capture_output=True, text=True
    )
    assert result.returncode != 0
    assert "LOG_FORMAT must be plain or json, not 'xml'" in result.stderr


WORKER_OPTIONS = ["--pool=solo", "--without-mingle", "--without-gossip", "--without-heartbeat"]


def test_celery_workers_log_through_the_same_configuration(tmp_path):
    """A worker writes JSON lines like the site (Celery would otherwise put its own handlers
    on the root logger, without the redaction)."""
    env = django_env(
        "academy.settings.dev",
        CELERY_BROKER_URL="memory://",
        LOG_FORMAT="json",
        DATABASE_URL=f"sqlite:///{tmp_path / 'worker.sqlite3'}",
    )
    log_path = tmp_path / "worker.log"
    with log_path.open("w") as log:
        worker = subprocess.Popen(
            [sys.executable, "-m", "celery", "-A", "academy", "worker", *WORKER_OPTIONS],
            cwd=ROOT,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        try:
            deadline = time.monotonic() + 90
            while time.monotonic() < deadline and " ready." not in log_path.read_text():
                time.sleep(0.5)
        finally:
            worker.terminate()
            worker.wait(timeout=30)
    lines = [line for line in log_path.read_text().splitlines() if line.startswith("{")]
    ready = [json.loads(line) for line in lines if " ready." in line]
    assert ready, log_path.read_text()
    assert ready[0]["logger"].startswith("celery")
    assert {"time", "level", "message"} <= ready[0].keys()


def test_the_settings_put_the_filters_on_every_handler():
    from django.conf import settings

    for handler in settings.LOGGING["handlers"].values():
        assert {"redact_secrets", "request_id"} <= set(handler["filters"])
    run_ok(["manage.py", "check"], django_env("academy.settings.dev", LOG_FORMAT="json"))
