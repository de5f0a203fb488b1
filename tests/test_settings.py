"""The settings boot on SQLite and on PostgreSQL, and production settings are strict.

Each case runs in its own process, as `make run` and a deployment would."""

import json
import uuid
from pathlib import Path

import pytest

from tests.processes import django_env, run_ok, run_python
from tests.services import require_postgres

PROBE = """
import django, json, re
django.setup()
from django.db import connection
from django.test import Client
from accounts.models import User
from content.models import HomePage, TopicPage
from content import translation_state
from tests.signin import sign_in_with_password
client = Client(HTTP_HOST="localhost")


def admin_probe():
    # wagtail-modeltranslation's page columns, and the admin an editor meets.
    with connection.cursor() as cursor:
        columns = {c.name for c in connection.introspection.get_table_description(
            cursor, "wagtailcore_page")}
    editor = Client(HTTP_HOST="localhost")
    # The demo editor signs in as a person would: password, then the second step, which in
    # development takes the code 123456.
    step = editor.post("/en/accounts/login/",
                       {"login": "editor@example.org", "password": "genomics-demo-2026"})
    second_step = editor.post(step.headers["Location"], {"code": "123456"})
    home, topic = HomePage.objects.get(), TopicPage.objects.live().first()
    chooser = editor.get("/admin/choose-page/search/", {"q": topic.title_zh_hant})
    return {
        "second_step": [step.headers["Location"], second_step.status_code],
        "missing_page_columns": [
            f"{field}_{code}" for field in ("title", "seo_title", "search_description")
            for code in ("en", "zh_hant", "zh_hans") if f"{field}_{code}" not in columns
        ],
        "states": sorted({translation_state.state_of(page).code
                          for page in translation_state.all_current_versions().values()}),
        "admin": {
            "explore": editor.get(f"/admin/pages/{home.pk}/").status_code,
            "edit": editor.get(f"/admin/pages/{topic.pk}/edit/").status_code,
            "report": editor.get("/admin/reports/translation-status/").status_code,
            "chooser_finds_chinese_title": f'data-id="{topic.pk}"' in chooser.content.decode(),
        },
    }


pages = {lang: client.get(f"/{lang}/") for lang in ("en", "zh-hant", "zh-hans")}
print(json.dumps({
    "vendor": connection.vendor,
    "status": {lang: r.status_code for lang, r in pages.items()},
    "lang": {lang: re.search(r'<html lang="([^"]+)"', r.content.decode()).group(1)
             for lang, r in pages.items()},
    "homes": HomePage.objects.count(),
    "users": User.objects.count(),
    "healthz": client.get("/healthz").status_code,
    "login": sign_in_with_password(client, "learner@example.org", "genomics-demo-2026"),
    **admin_probe(),
}))
"""


def boot(database_url: str, tmp_path: Path) -> dict:
    env = django_env(
        "academy.settings.dev",
        DATABASE_URL=database_url,
        VAR_DIR=str(tmp_path),
        DEBUG="1",
        CELERY_BROKER_URL=None,
    )
    # `make run`'s path. wagtail-modeltranslation's `migrate` adds the page translation
    # columns after the migrations, asking first unless told --noinput.
    first = run_ok(["manage.py", "migrate", "--noinput"], env)
    assert 'ADD COLUMN "title_zh_hant"' in first
    run_ok(["manage.py", "check", "--fail-level", "WARNING"], env)
    assert "learner@example.org" in run_ok(["manage.py", "load_demo"], env)
    run_ok(["manage.py", "load_demo"], env)  # a second run adds nothing
    again = run_ok(["manage.py", "migrate", "--noinput"], env)  # nor does a second migrate
    assert "No new translatable fields detected" in again
    return json.loads(run_ok(["-c", PROBE], env).strip().splitlines()[-1])


def assert_booted(outcome: dict, vendor: str) -> None:
    assert outcome["vendor"] == vendor
    assert outcome["status"] == {"en": 200, "zh-hant": 200, "zh-hans": 200}
    assert outcome["lang"] == {"en": "en", "zh-hant": "zh-Hant-HK", "zh-hans": "zh-Hans"}
    assert outcome["homes"] == 1
    assert outcome["users"] == 12  # the 8 demo accounts and 4 demo interns
    assert outcome["healthz"] == 200
    assert outcome["login"] is True
    assert outcome["second_step"] == ["/en/accounts/2fa/authenticate/", 302]
    assert outcome["missing_page_columns"] == []
    assert set(outcome["states"]) <= {"complete", "english-only"}  # the demo is translated
    assert outcome["admin"] == {
        "explore": 200,
        "edit": 200,
        "report": 200,
        "chooser_finds_chinese_title": True,
    }


def test_boots_on_a_fresh_sqlite_file(tmp_path):
    outcome = boot(f"sqlite:///{tmp_path / 'fresh.sqlite3'}", tmp_path)
    assert_booted(outcome, "sqlite")


@pytest.mark.postgres
def test_boots_on_a_fresh_postgresql_database(tmp_path):
    import psycopg

    admin_url = require_postgres()
    name = f"academy_boot_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    try:
        url = admin_url.rsplit("/", 1)[0] + f"/{name}"
        assert_booted(boot(url, tmp_path), "postgresql")
    finally:
        with psycopg.connect(admin_url, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def production_env(**overrides: str | None) -> dict[str, str]:
    defaults = {
        "SECRET_KEY": "k" + uuid.uuid4().hex + uuid.uuid4().hex,
        "ALLOWED_HOSTS": "academy.example.org",
        "SITE_URL": "https://academy.example.org",
        "H5P_ORIGIN": "https://h5p.academy.example.org",
        "DATABASE_URL": "sqlite:///:memory:",
        "DEBUG": None,
    }
    return django_env("academy.settings.production", **{**defaults, **overrides})


def test_production_check_deploy_has_no_warnings():
    result = run_python(
        ["manage.py", "check", "--deploy", "--fail-level", "WARNING"], production_env()
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout
    assert "WARNINGS" not in result.stderr


@pytest.mark.parametrize(
    ("origin", "problem"),
    [
        ("https://academy.example.org", "h5p.E002"),
        ("https://h5p.example.org/player", "h5p.E001"),
        ("http://h5p.academy.example.org", "h5p.W001"),
    ],
)
def test_the_h5p_player_origin_must_be_another_https_origin(origin, problem):
    result = run_python(
        ["manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        production_env(H5P_ORIGIN=origin),
    )
    assert result.returncode != 0
    assert problem in result.stderr


@pytest.mark.parametrize("secret", ["", "short", "a" * 60])
def test_production_refuses_to_start_without_a_real_secret_key(secret):
    result = run_python(["manage.py", "check"], production_env(SECRET_KEY=secret))
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


def test_development_settings_refuse_the_default_key_with_debug_off():
    env = django_env("academy.settings.dev", DEBUG="0", SECRET_KEY=None)
    result = run_python(["manage.py", "check"], env)
    assert result.returncode != 0
    assert "SECRET_KEY must be set when DEBUG is off" in result.stderr


def test_load_demo_refuses_to_run_with_debug_off():
    result = run_python(["manage.py", "load_demo"], production_env())
    assert result.returncode != 0
    assert "Refusing to load demo accounts with DEBUG off" in result.stderr


def test_environment_variables_reach_the_settings():
    script = (
        "import django; django.setup(); from django.conf import settings as s; import json;"
        "print(json.dumps([s.ALLOWED_HOSTS, s.CELERY_BROKER_URL, s.CELERY_TASK_ALWAYS_EAGER,"
        " s.CACHES['default']['BACKEND'], s.DATABASES['default']['ENGINE'], s.EMAIL_BACKEND,"
        " str(s.MEDIA_ROOT), str(s.STATIC_ROOT)]))"
    )
    env = production_env(
        ALLOWED_HOSTS="a.example.org,b.example.org",
        CELERY_BROKER_URL="amqp://guest:guest@127.0.0.1:5672//",
        REDIS_URL="redis://127.0.0.1:6379/3",
        DATABASE_URL="postgres://u:p@db.example.org:5432/academy",
        EMAIL_BACKEND="django.core.mail.backends.smtp.EmailBackend",
        MEDIA_ROOT="/srv/media",
        STATIC_ROOT="/srv/static",
    )
    assert json.loads(run_ok(["-c", script], env)) == [
        ["a.example.org", "b.example.org"],
        "amqp://guest:guest@127.0.0.1:5672//",
        False,
        "django_redis.cache.RedisCache",
        "django.db.backends.postgresql",
        "django.core.mail.backends.smtp.EmailBackend",
        "/srv/media",
        "/srv/static",
    ]


def test_unset_broker_means_tasks_run_in_process():
    script = (
        "import django; django.setup(); from django.conf import settings as s;"
        "from academy.celery import app;"
        "print(s.CELERY_TASK_ALWAYS_EAGER, app.conf.task_always_eager)"
    )
    env = django_env("academy.settings.dev", CELERY_BROKER_URL=None)
    assert run_ok(["-c", script], env).split() == ["True", "True"]
