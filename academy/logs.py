"""Logging: plain text or one JSON object a line (LOG_FORMAT), the request id on every record
made while a request is served, and secrets taken out of every record before any handler
writes it.

Passwords, tokens, keys, cookies and the one-time links in URLs (sign-off links, check-in
codes, H5P player tokens, email confirmation and password reset keys) are replaced by
`[redacted]` wherever they appear in a record: its message and arguments, its extra fields,
its exception and stack. Bytes are never written, only their length, so an uploaded file's
contents cannot reach a log through a record's fields.
"""

from __future__ import annotations

import logging
import re
import traceback
from typing import Any

from django_guid import get_guid
from pythonjsonlogger.json import JsonFormatter as BaseJsonFormatter

REDACTED = "[redacted]"

# A name that says its value is secret: password, EMAIL_HOST_PASSWORD, csrftoken, api_key,
# HTTP_COOKIE, Set-Cookie, sessionid...
SENSITIVE_WORDS = [
    *("password", "passwd", "token", "secret", "authorization", "cookie", "csrf"),
    *("sessionid", "session_key", "signature", "key"),
]
SECRET_NAME = rf"[\w.-]*?(?:{'|'.join(SENSITIVE_WORDS)})[\w-]*"
SECRET_NAME_RE = re.compile(rf"^{SECRET_NAME}$", re.IGNORECASE)

# name=value, name: value, "name": "value", 'name': 'value' (form bodies, query strings,
# headers, JSON, Python reprs). A quoted value is taken whole; an HTTP auth scheme with it.
KEY_VALUE_RE = re.compile(
    rf"""(?P<name>(?P<quote>["']?)\b{SECRET_NAME}(?P=quote))"""
    r"""(?P<separator>\s*[:=]\s*)"""
    r"""(?P<scheme>(?:bearer|basic|digest|token)\s+)?"""
    r"""(?P<value>"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|[^\s,;&}\]"']+)""",
    re.IGNORECASE,
)
# Credentials inside a URL: postgres://user:password@host, redis://:password@host.
URL_PASSWORD_RE = re.compile(r"(?P<prefix>\b[a-z][a-z0-9+.-]*://[^:/@\s]*:)[^@\s/]+@", re.I)
BEARER_RE = re.compile(r"\b(?P<scheme>bearer)\s+[\w.~+/=-]+", re.IGNORECASE)

# Path segments that are secrets in themselves. Each names the URL it comes from; the tests
# reverse those URLs, so a route that moves is noticed.
SECRET_PATH_RE = re.compile(
    r"(?P<prefix>"
    r"/internships/sign-off/"  # cpd.internships: a supervisor's one-time sign-off link
    r"|/cpd/check-in/"  # cpd: a session's QR check-in token
    r"|/accounts/confirm-email/"  # allauth: email verification key
    r"|/accounts/password/reset/key/"  # allauth: password reset key
    r"|/password_reset/confirm/[^/\s]+/"  # Wagtail's admin password reset
    r"|/(?:play|xapi|state)/"  # h5p.player_urls: the learner's signed launch token
    r")[^/?#\s\"'<>]+",
    re.IGNORECASE,
)

# Every attribute a LogRecord has of its own; anything else on a record came in as `extra`.
RECORD_ATTRIBUTES = frozenset(vars(logging.LogRecord("", 0, "", 0, "", (), None))) | {
    "message",
    "asctime",
    "request_id",
}


def redact(text: str) -> str:
    """The text with every secret it shows replaced by [redacted]."""
    text = URL_PASSWORD_RE.sub(rf"\g<prefix>{REDACTED}@", text)
    text = SECRET_PATH_RE.sub(rf"\g<prefix>{REDACTED}", text)
    text = KEY_VALUE_RE.sub(_redact_value, text)
    return BEARER_RE.sub(rf"\g<scheme> {REDACTED}", text)


def _redact_value(match: re.Match) -> str:
    value = match["value"]
    quote = value[0] if value[0] in "\"'" else ""
    return f"{match['name']}{match['separator']}{quote}{REDACTED}{quote}"


def redact_value(value: Any, name: str = "") -> Any:
    """A record field made safe to write: secret names hide their value, bytes their content,
    and anything that is not plain data is written as its redacted text."""
    if name and SECRET_NAME_RE.match(name):
        return REDACTED
    if value is None or isinstance(value, bool | int | float):
        return value
    if isinstance(value, str):
        return redact(value)
    if isinstance(value, bytes | bytearray | memoryview):
        return f"<{len(value)} bytes>"
    if isinstance(value, dict):
        return {str(key): redact_value(item, str(key)) for key, item in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [redact_value(item) for item in value]
    request_line = _request_line(value)
    if request_line is not None:
        return request_line
    return redact(str(value))


def _request_line(value: Any) -> str | None:
    # django.request puts the request itself on a record: keep the method and path only,
    # never its body, headers or cookies.
    method, path = getattr(value, "method", None), getattr(value, "path", None)
    if isinstance(method, str) and isinstance(path, str):
        return f"{method} {redact(path)}"
    return None


class RedactSecrets(logging.Filter):
    """Put on every handler: rewrites the record so that no handler can write a secret."""

    def filter(self, record: logging.LogRecord) -> bool:
        if getattr(record, "_redacted", False):
            return True
        try:
            message = record.getMessage()
        except Exception:  # a malformed call: write what was given rather than lose it
            message = f"{record.msg!r} % {record.args!r}"
        record.msg, record.args = redact(message), ()
        for name, value in list(vars(record).items()):
            if name not in RECORD_ATTRIBUTES:
                try:
                    safe = redact_value(value, name)
                except Exception:  # an object whose str() fails: logging must never raise
                    safe = f"<{type(value).__name__}>"
                setattr(record, name, safe)
        if record.exc_info:
            # The traceback's text, redacted; formatters write exc_text when exc_info is gone.
            record.exc_text = redact("".join(traceback.format_exception(*record.exc_info)))
            record.exc_info = None
        elif record.exc_text:
            record.exc_text = redact(record.exc_text)
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        record._redacted = True
        return True


class RequestId(logging.Filter):
    """The id of the request being served (django-guid's X-Request-ID), "-" outside one."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.request_id = get_guid() or "-"
        return True


class JsonFormatter(BaseJsonFormatter):
    """One JSON object a line: time (UTC, ISO 8601), level, logger, message, request_id when
    there is one, exception when there is one, and any extra fields."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("fmt", "{levelname}{name}{message}{request_id}")
        kwargs.setdefault("style", "{")
        kwargs.setdefault("timestamp", "time")
        kwargs.setdefault(
            "rename_fields",
            {"levelname": "level", "name": "logger", "exc_info": "exception"},
        )
        kwargs.setdefault("reserved_attrs", [*RECORD_ATTRIBUTES, "_redacted"])
        kwargs.setdefault("json_ensure_ascii", False)
        super().__init__(*args, **kwargs)

    def process_log_record(self, log_data: dict) -> dict:
        if log_data.get("request_id") in (None, "-"):
            log_data.pop("request_id", None)
        return super().process_log_record({"time": log_data.pop("time", None), **log_data})


PLAIN_FORMAT = "%(asctime)s %(levelname)s %(name)s [%(request_id)s] %(message)s"


def logging_config(log_format: str, level: str) -> dict:
    """settings.LOGGING: one console handler, every record redacted and tagged with its
    request id before it is written. Django's own loggers write through it too."""
    if log_format not in ("plain", "json"):
        raise ValueError(f"LOG_FORMAT must be 'plain' or 'json', not {log_format!r}")
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "filters": {
            "redact_secrets": {"()": "academy.logs.RedactSecrets"},
            "request_id": {"()": "academy.logs.RequestId"},
        },
        "formatters": {
            "plain": {"format": PLAIN_FORMAT},
            "json": {"()": "academy.logs.JsonFormatter"},
        },
        "handlers": {
            "console": {
                "class": "logging.StreamHandler",
                "formatter": log_format,
                "filters": ["request_id", "redact_secrets"],
            }
        },
        "root": {"handlers": ["console"], "level": level},
        "loggers": {
            # Django's defaults would add handlers of their own (mail_admins, a DEBUG-only
            # console): everything goes through the one handler above instead.
            "django": {"handlers": [], "level": level, "propagate": True},
            "django.server": {"handlers": [], "level": level, "propagate": True},
            "django.db.backends": {"level": "INFO"},
            # One INFO line per request saying whether X-Request-ID came in.
            "django_guid": {"level": "WARNING"},
            # Wagtail 8 runs its own small jobs (search index, references) through django-tasks.
            "django_tasks": {"level": "WARNING"},
            # WeasyPrint logs each layout step of every PDF at INFO.
            "weasyprint.progress": {"level": "WARNING"},
        },
    }
