"""What the bad-input suites (tests/security/test_bad_input_*.py) share: hostile values as
Hypothesis strategies, a test client that turns an unhandled exception into the 500 a visitor
would get, and the three checks every rejected request must pass: no 500 and nothing logged
at ERROR by django.request, nothing written, and a message that says what is wrong."""

from __future__ import annotations

import io
import json
import logging
import zipfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from django.contrib.messages import constants, get_messages
from django.core.files.storage import storages
from django.test import Client
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

# Fast enough for the whole suite to run in about a minute and a half on SQLite.
FUZZ = settings(
    max_examples=30,
    deadline=None,
    database=None,
    suppress_health_check=[
        HealthCheck.function_scoped_fixture,
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
    ],
)

HUGE = "x" * 200_000
# Values a person (or a script) might send where text is expected.
ODD_TEXT = [
    "",
    " ",
    "\x00",
    "a\x00b",
    "陳大文",
    "陳𨋢明",  # 𨋢: an HKSCS character outside the Basic Multilingual Plane
    "简体中文测试",
    "\u202eevil\u202c",  # right-to-left override
    "ｆｕｌｌｗｉｄｔｈ",
    "👩🏽‍🔬🧬",
    "\ufeffBOM",
    "e\u0301",  # a combining accent
    '=HYPERLINK("http://x")',
    "<script>alert(1)</script>",
    "' OR 1=1 --",
    "\r\n\t",
    "%s %(x)s {0}",
    HUGE,
    "中" * 5000,
]
ODD_NUMBERS = [
    "",
    "-1",
    "0",
    "-0",
    "0.001",
    "1e309",
    "-1e309",
    "NaN",
    "Infinity",
    "99999999999999999999999999",
    "-99999999.99",
    "1,5",
    "0x10",
    "١٢",  # Arabic-Indic digits
    "²",  # a digit to str.isdigit, not to int()
    "１２",  # full-width digits
    " 5 ",
    "5\x00",
    "abc",
    "2147483648",
    "-9223372036854775809",
]
ODD_DATES = [
    "",
    "0000-00-00",
    "0001-01-01",
    "9999-12-31",
    "10000-01-01",
    "2026-02-30",
    "2026-13-01",
    "-0001-01-01",
    "yesterday",
    "２０２６-０１-０１",
    "2026-01-01T00:00:00",
    "1e10",
    "2026-01-01\x00",
    "31/12/2026",
]


def text() -> st.SearchStrategy[str]:
    return st.sampled_from(ODD_TEXT) | st.text(max_size=40)


def names() -> st.SearchStrategy[str]:
    """Form field names: odd, but short (Django refuses a multipart part whose headers pass
    1 KB with its own plain 400 before any view runs)."""
    return st.sampled_from([t for t in ODD_TEXT if len(t) < 100]) | st.text(max_size=30)


def number() -> st.SearchStrategy[str]:
    return (
        st.sampled_from(ODD_NUMBERS)
        | st.integers().map(str)
        | st.decimals(allow_nan=True, allow_infinity=True, places=None).map(str)
    )


def day() -> st.SearchStrategy[str]:
    return st.sampled_from(ODD_DATES) | st.dates().map(lambda d: d.isoformat())


def anything() -> st.SearchStrategy[str]:
    return text() | number() | day()


def json_values() -> st.SearchStrategy:
    scalars = (
        st.none()
        | st.booleans()
        | st.integers()
        | st.floats(allow_nan=False)
        | st.sampled_from(ODD_TEXT[:-2])
        | st.text(max_size=20)
    )
    return st.recursive(
        scalars,
        lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner),
        max_leaves=12,
    )


def garbage_files() -> st.SearchStrategy[bytes]:
    """Bytes that are not the file they claim to be: binary noise, text in other encodings,
    zip archives holding nothing useful, and the first bytes of real formats cut short."""
    return st.sampled_from(
        [
            b"",
            b"\x00" * 64,
            b"\xff\xfe\x00\x00garbage",
            "email\n陳大文@example.org\n".encode("big5"),
            "name_en,email\n陳,x\n".encode("utf-16"),
            b"PK\x03\x04" + b"\x00" * 100,
            b"PK\x05\x06" + b"\x00" * 18,
            empty_zip(),
            zip_with({"[Content_Types].xml": b"<not xml", "xl/workbook.xml": b"\x00"}),
            zip_with({"../../etc/passwd": b"root"}),
            b"%PDF-",  # a PDF's first bytes and nothing else
            b"\x89PNG\r\n\x1a\n",
            b"\xff\xd8\xff",
            b"GIF89a" + b"\x00" * 20,
            b"<?xml version='1.0'?><!DOCTYPE x [<!ENTITY a 'aaaa'>]><x>&a;</x>",
            b'"unterminated,quote\n',
            b"a" * 200_000 + b"\n",  # one CSV field past the csv module's limit
        ]
    ) | st.binary(max_size=300)


def empty_zip() -> bytes:
    buffer = io.BytesIO()
    zipfile.ZipFile(buffer, "w").close()
    return buffer.getvalue()


def zip_with(files: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    return buffer.getvalue()


# -- the client and the checks ---------------------------------------------------------------------
def client_for(user=None, **defaults) -> Client:
    """A client that answers an unhandled exception with the 500 page, as production would."""
    client = Client(raise_request_exception=False, **defaults)
    if user is not None:
        client.force_login(user)
    return client


class _Collected(logging.Handler):
    def __init__(self) -> None:
        super().__init__(level=logging.ERROR)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


@contextmanager
def request_errors() -> Iterator[list[logging.LogRecord]]:
    handler = _Collected()
    logger = logging.getLogger("django.request")
    logger.addHandler(handler)
    try:
        yield handler.records
    finally:
        logger.removeHandler(handler)


def send(client: Client, method: str, url: str, data=None, **extra):
    """One request; fails on a 500 or on anything django.request logged at ERROR."""
    with request_errors() as errors:
        if data is None:
            response = getattr(client, method)(url, **extra)
        else:
            response = getattr(client, method)(url, data, **extra)
    assert response.status_code < 500, (response.status_code, method, url, _short(data))
    assert not errors, [e.getMessage() for e in errors]
    return response


def _short(data) -> str:
    text = repr(data)
    return text if len(text) < 500 else text[:500] + "…"


def error_messages(response) -> list[str]:
    """Messages queued at warning or error level for the next page (a redirect's message)."""
    return [str(m) for m in get_messages(response.wsgi_request) if m.level >= constants.WARNING]


def explained(response) -> bool:
    """Whether a refusal tells the person what is wrong."""
    if response["Content-Type"].startswith("application/json"):
        body = response.json()
        return bool(body.get("error") or body.get("message"))
    if response.status_code in (301, 302, 303):
        return bool(error_messages(response))
    page = response.content.decode("utf-8", "replace")
    return any(
        mark in page
        for mark in ('class="errorlist', 'role="alert"', "message--error", "message--warning")
    ) or bool(error_messages(response))


def rejected_json(response) -> None:
    assert 400 <= response.status_code < 500, response.status_code
    assert response["Content-Type"].startswith("application/json"), response["Content-Type"]
    body = response.json()
    assert isinstance(body, dict) and (body.get("error") or body.get("message")), body


def counts(*querysets) -> tuple[int, ...]:
    return tuple(q.count() for q in querysets)


def stored_files(storage_name: str) -> int:
    store = storages[storage_name]

    def walk(path: str) -> int:
        folders, files = store.listdir(path)
        return len(files) + sum(walk(f"{path}/{f}".lstrip("/")) for f in folders)

    return walk("")


def snapshot(*parts: Callable[[], object]) -> tuple:
    return tuple(part() for part in parts)


def dumps(value) -> bytes:
    return json.dumps(value, ensure_ascii=False).encode("utf-8", "surrogatepass")
