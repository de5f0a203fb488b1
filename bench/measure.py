"""The benchmarks that need Django in-process; run by `bench/run.py` with the production settings
and the run's database in the environment. Each subcommand writes its figures as JSON to --out.

    urls     the public addresses the load generator requests
    paths    learner and staff pages (server time p50/p95 and queries), search, award throughput
    writes   quiz submissions and xAPI statements through a running gunicorn (--port)
"""

from __future__ import annotations

import argparse
import http.client
import json
import queue
import secrets
import statistics
import sys
import threading
import time
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HUB = ROOT.parent / "shared" / "h5p" / "hub"
SEARCHES = {
    "English word": ["genome", "variant", "counselling", "thalassaemia", "screening"],
    "Chinese, 1 character": ["基", "病", "藥", "癌", "血"],
    "Chinese, 2 characters": ["基因", "遺傳", "測序", "篩查", "風險"],
    "Chinese, 4 characters": ["基因檢測", "遺傳輔導", "罕見疾病", "地中海貧"],
    "mixed": ["BRCA 基因", "genome 測序", "CYP2C19 藥物", "exome 診斷"],
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=["urls", "paths", "writes"])
    parser.add_argument("--out", required=True)
    parser.add_argument("--repeat", type=int, default=30)
    parser.add_argument("--port", type=int)
    parser.add_argument("--seconds", type=float, default=10)
    parser.add_argument("--concurrency", type=int, default=4)
    options = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    figures = {"urls": urls, "paths": paths, "writes": writes}[options.command](options)
    Path(options.out).write_text(json.dumps(figures, indent=1, default=str))


# -- public addresses ---------------------------------------------------------------------------
def urls(options) -> dict:
    from django.utils import translation

    from content.models import ArticlePage, GlossaryIndexPage, HomePage, TopicPage
    from cpd.certificates.models import Certificate

    demo_article = ArticlePage.objects.exclude(slug__startswith="bench-").order_by("path").first()
    pages = {
        "home": HomePage.objects.get(),
        "topic": TopicPage.objects.order_by("path").first(),
        "article": demo_article,
        "glossary": GlossaryIndexPage.objects.get(),
    }
    code = Certificate.objects.filter(revoked_at__isnull=True).values_list("code", flat=True)[0]
    found = {}
    for language in ("en", "zh-hant", "zh-hans"):
        with translation.override(language):
            for name, page in pages.items():
                found[f"{name}|{language}"] = page.get_url()
            found[f"search (English)|{language}"] = f"/{language}/search/?q=genome"
            found[f"search (Chinese)|{language}"] = f"/{language}/search/?q=%E5%9F%BA%E5%9B%A0"
            found[f"certificate verification|{language}"] = f"/{language}/verify/{code}/"
    return found


# -- learner and staff pages ---------------------------------------------------------------------
def _timed(job, repeat: int) -> dict:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    for _ in range(2):  # warm-up: templates, connections
        job()
    times = []
    for _ in range(repeat):
        with CaptureQueriesContext(connection) as captured:
            began = time.perf_counter()
            job()
            times.append((time.perf_counter() - began) * 1000)
    return _percentiles(times) | {"queries": len(captured)}


def _percentiles(times: list[float]) -> dict:
    ordered = sorted(times)
    return {
        "p50": statistics.median(ordered),
        "p95": ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))],
        "n": len(ordered),
    }


def _get(client, url: str):
    def job():
        response = client.get(url, secure=True)
        if response.status_code != 200:
            raise SystemExit(f"{url} answered {response.status_code}")
        return response

    return job


def _client_for(email: str):
    from django.contrib.auth import get_user_model
    from django.test import Client

    user = get_user_model().objects.get(email=email)
    client = Client()
    client.force_login(user)
    _passed_both_steps(client, user)
    return client


def _passed_both_steps(client, user) -> None:
    """Leave the session as signing in with a password and then an authenticator code does:
    staff pages are only served to a session that passed the second step."""
    from allauth.account.internal.flows.login import record_authentication
    from django.test import RequestFactory

    request = RequestFactory().get("/")
    request.session, request.user = client.session, user
    record_authentication(request, user, "password", email=user.email)
    record_authentication(request, user, "mfa", type="totp")
    request.session.save()


def paths(options) -> dict:
    from django.test import Client

    from bench import generate
    from courses.models import CoursePage
    from cpd.internships.models import Cohort
    from cpd.models import Membership

    repeat = options.repeat
    rows = []

    def add(what: str, size, job, floor: str = "signed-in"):
        rows.append({"what": what, "size": size, "floor": floor, **_timed(job, repeat)})

    anonymous = Client()
    add("floor: anonymous GET /robots.txt", "", _get(anonymous, "/robots.txt"), floor="")
    learner = _client_for(_subject("dashboard", 50))
    add("floor: signed-in GET /robots.txt", "", _get(learner, "/robots.txt"), floor="")
    for n in generate.SUBJECTS["dashboard"][1]:
        client = _client_for(_subject("dashboard", n))
        add("learner dashboard (My learning)", f"{n} enrolments", _get(client, "/en/learning/"))
    for n in generate.SUBJECTS["transcript"][1]:
        email = _subject("transcript", n)
        client = _client_for(email)
        membership = Membership.objects.get(user__email=email)
        add("CPD progress (My CPD)", f"{n} entries", _get(client, "/en/cpd/"))
        add(
            "transcript CSV",
            f"{n} entries",
            _get(client, f"/en/cpd/{membership.pk}/transcript.csv"),
        )
    coordinator = _client_for(generate.COORDINATOR)
    for n in generate.SUBJECTS["cohort"][1]:
        cohort = Cohort.objects.get(term=f"bench-cohort-{n}")
        add(
            "coordinator cohort dashboard",
            f"{n} students",
            _get(coordinator, f"/en/internships/cohorts/{cohort.pk}/"),
        )
    staff = _client_for("admin@example.org")
    course = CoursePage.objects.get(slug=generate.QUIZ_COURSE)
    attempts = course.quizzes.first().attempts.count()
    add(
        "course report with item analysis",
        f"{attempts} attempts",
        _get(staff, f"/admin/courses/reports/{course.pk}/"),
    )
    from cpd.models import Claim

    pending = Claim.objects.filter(status="pending").count()
    cpd_admin = _client_for(generate.CPD_ADMIN)
    add("staff claim-approval queue", f"{pending} pending", _get(cpd_admin, "/admin/cpd/claims/"))
    return {"paths": rows, "search": search(repeat), "award": award()}


def _subject(kind: str, n: int) -> str:
    return f"bench-{kind}-{n}-0@example.org"


# -- search ------------------------------------------------------------------------------------
def search(repeat: int) -> dict:
    from content.search import services
    from content.search.models import SearchDocument

    rows = []
    for kind, queries in SEARCHES.items():
        language = "en" if kind == "English word" else "zh-hant"
        times, found = [], 0
        for _ in range(max(1, repeat // len(queries))):
            for text in queries:
                services.new_generation()  # a search the outcome cache has not seen
                began = time.perf_counter()
                outcome = services.search(text, language)
                times.append((time.perf_counter() - began) * 1000)
                found = max(found, outcome.count)
        rows.append({"what": kind, "language": language, "most hits": found, **_percentiles(times)})
    documents = SearchDocument.objects.filter(language="en", kind="page").count()
    return {"documents (pages, English)": documents, "rows": rows}


# -- award throughput --------------------------------------------------------------------------
def award() -> dict:
    from django.contrib.auth import get_user_model
    from django.db import transaction

    from cpd import services
    from cpd.models import Membership

    user = get_user_model().objects.get(email=_subject("transcript", 100))
    membership = Membership.objects.select_related("scheme").get(user=user)
    scheme = membership.scheme
    category = scheme.categories.first()
    count = 200
    run = secrets.token_hex(4)
    began = time.perf_counter()
    for n in range(count):
        services.award(
            user,
            scheme=scheme,
            category_code=category.code,
            points=Decimal("1"),
            activity_date=membership.joined_at.date(),
            source_kind="event",
            source_ref=f"bench-award-{run}-{n}",
            title=f"Bench seminar {n}",
            awarded_by_label="bench",
        )
    elapsed = time.perf_counter() - began
    began = time.perf_counter()
    for _ in range(count):
        with transaction.atomic():
            Membership.objects.filter(pk=membership.pk).update(reminders=True)
    floor = time.perf_counter() - began
    return {
        "awards": count,
        "per_second": count / elapsed,
        "floor_per_second": count / floor,
        "floor": "a transaction with one UPDATE of the membership row",
    }


# -- write paths through HTTP --------------------------------------------------------------------
def writes(options) -> dict:
    return {
        "quiz": _quiz_submissions(options),
        "xapi": _xapi(options) if HUB.exists() else {"skipped": f"no H5P packages at {HUB}"},
    }


def _session_for(user) -> str:
    from importlib import import_module

    from django.conf import settings

    store = import_module(settings.SESSION_ENGINE).SessionStore()
    store["_auth_user_id"] = str(user.pk)
    store["_auth_user_backend"] = "django.contrib.auth.backends.ModelBackend"
    store["_auth_user_hash"] = user.get_session_auth_hash()
    store.create()
    return store.session_key


def _quiz_submissions(options) -> dict:
    from django.utils import timezone

    from bench import generate
    from courses import services
    from courses.models import CoursePage, LessonPage

    course = CoursePage.objects.get(slug=generate.QUIZ_COURSE)
    lesson = LessonPage.objects.descendant_of(course).get(kind="quiz")
    count = int(options.seconds * 60) + 20
    takers = generate.users(count, f"bench-submit-{secrets.token_hex(3)}")
    enrolled = generate.quiz_ready(takers, course, lesson, timezone.now())
    work: queue.Queue = queue.Queue()
    for user, enrolment in zip(takers, enrolled, strict=True):
        attempt = services.start_attempt(enrolment, lesson)
        answers = {q["id"]: generate._some_answer(q) for q in attempt.snapshot}
        body = _form(answers)
        work.put((f"/en/learning/attempts/{attempt.pk}/", body, _session_for(user)))

    def request(_client: int):
        try:
            path, body, session = work.get_nowait()
        except queue.Empty:
            return None
        token = secrets.token_hex(16)
        headers = {
            "Content-Type": "application/x-www-form-urlencoded",
            "Cookie": f"sessionid={session}; csrftoken={token}",
            "X-CSRFToken": token,
            "Referer": f"https://127.0.0.1:{options.port}/en/",
        }
        return "POST", path, body, headers, (302,)

    return _load(options, request) | {"prepared": count}


def _form(answers: dict) -> bytes:
    from urllib.parse import urlencode

    pairs = []
    for name, value in answers.items():
        for item in value if isinstance(value, list) else [value]:
            pairs.append((name, item))
    return urlencode(pairs).encode()


def _xapi(options) -> dict:
    from django.contrib.auth import get_user_model

    from content import demo
    from courses import services as courses
    from h5p import play
    from h5p import services as h5p
    from tests.courses import factories

    with open(HUB / "H5P.MultiChoice.h5p", "rb") as source:
        content = h5p.import_package(source, may_manage_libraries=True).content
    course = factories.course(factories.catalogue(demo.ensure_home()), sequential=False)
    lesson = factories.lesson(factories.module(course), kind="activity", h5p_content=content)
    tokens = []
    tag = secrets.token_hex(3)
    for number in range(options.concurrency):
        user = get_user_model().objects.create_user(f"bench-xapi-{tag}-{number}@example.org")
        courses.enrol(user, course, course.runs.first())
        launch = play.launch(
            user,
            lesson,
            session_key=_session_for(user),
            language="en",
            page_origin=f"https://127.0.0.1:{options.port}",
        )
        tokens.append(play.token_for(launch))
    object_id = f"https://localhost:{options.port}/content/{content.uuid}"
    figures = {}
    for verb, scored in (("interacted", False), ("answered", True)):

        def request(client: int, verb=verb, scored=scored):
            document = {
                "actor": {"name": "bench"},
                "verb": {"id": f"http://adlnet.gov/expapi/verbs/{verb}"},
                "object": {"id": object_id, "definition": {"interactionType": "choice"}},
            }
            if scored:
                document["result"] = {
                    "score": {"min": 0, "max": 1, "raw": 1},
                    "completion": True,
                    "success": True,
                    "response": "0",
                }
            headers = {"Content-Type": "application/json", "Host": f"localhost:{options.port}"}
            body = json.dumps(document).encode()
            return "POST", f"/xapi/{tokens[client]}/", body, headers, (200, 201, 204)

        figures[verb] = _load(options, request)
    return figures


def _load(options, make_request) -> dict:
    """Clients on keep-alive connections, each sending its next request as soon as the last is
    answered, until the time is up or the work runs out."""
    latencies: list[list[float]] = [[] for _ in range(options.concurrency)]
    failures = [0] * options.concurrency
    deadline = time.perf_counter() + options.seconds

    def client(number: int) -> None:
        connection = http.client.HTTPConnection("127.0.0.1", options.port, timeout=60)
        while time.perf_counter() < deadline:
            made = make_request(number)
            if made is None:
                return
            method, path, body, headers, good = made
            headers = {"X-Forwarded-Proto": "https", **headers}
            started = time.perf_counter()
            connection.request(method, path, body=body, headers=headers)
            response = connection.getresponse()
            response.read()
            latencies[number].append((time.perf_counter() - started) * 1000)
            if response.status not in good:
                failures[number] += 1

    threads = [threading.Thread(target=client, args=(n,)) for n in range(options.concurrency)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - started
    every = [value for values in latencies for value in values]
    return {
        "requests": len(every),
        "per_second": len(every) / elapsed,
        "failures": sum(failures),
        "concurrency": options.concurrency,
        **(_percentiles(every) if every else {}),
    }


if __name__ == "__main__":
    main()
