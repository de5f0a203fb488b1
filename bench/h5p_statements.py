"""Benchmark: xAPI statements ingested per second through the real endpoint.

Sets up a fresh database (SQLite file under var/bench/, or DATABASE_URL if set), imports the hub
MultiChoice package from ../shared/h5p/hub, enrols learners and launches the activity for each
(real sessions, real signed tokens), starts gunicorn, then posts statements from concurrent
clients for a fixed time: unscored ones ("interacted": parsed, validated, stored) and scored
ones ("answered": also rescored on the server and finishing an attempt). Beside them, the floor:
the same server answering `/healthz` (the framework's cost with no work), so each figure can be
read as a ratio to it. Prints figures; asserts nothing about speed.

    .venv/bin/python bench/h5p_statements.py [--seconds 10] [--concurrency 4] [--workers 2]
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import platform
import secrets
import shutil
import socket
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HUB = ROOT.parent / "shared" / "h5p" / "hub"


def main() -> None:
    options = _arguments()
    workdir = ROOT / "var" / "bench"
    shutil.rmtree(workdir, ignore_errors=True)
    workdir.mkdir(parents=True)
    port = _free_port()
    env = _environment(workdir, port)
    os.environ.update(env)
    sys.path.insert(0, str(ROOT))
    print("setting up a fresh database…", flush=True)
    subprocess.run(
        [sys.executable, "manage.py", "migrate", "--noinput", "-v", "0"],
        cwd=ROOT,
        env=os.environ,
        check=True,
    )
    tokens, content_uuid = _fixtures(options.concurrency)
    server = _start_gunicorn(port, options.workers, env)
    try:
        _wait_for(port)
        host = f"localhost:{port}"
        object_id = f"http://localhost:{port}/content/{content_uuid}"
        runs = {
            "floor: GET /healthz (site)": _load(
                port, f"127.0.0.1:{port}", lambda i: ("GET", "/healthz", None), options
            ),
            "interacted (validated, stored)": _load(
                port, host, _statement(tokens, object_id, scored=False), options
            ),
            "answered (also rescored, attempt finished)": _load(
                port, host, _statement(tokens, object_id, scored=True), options
            ),
        }
    finally:
        server.terminate()
        server.wait(timeout=10)
    _report(runs, options)


def _arguments():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--concurrency", type=int, default=4)
    parser.add_argument("--workers", type=int, default=2)
    return parser.parse_args()


def _environment(workdir: Path, port: int) -> dict[str, str]:
    env = {
        "DJANGO_SETTINGS_MODULE": "academy.settings.dev",
        "H5P_ORIGIN": f"http://localhost:{port}",
        "H5P_ROOT": str(workdir / "h5p"),
        "DEBUG": "false",
        "SECRET_KEY": f"bench-{secrets.token_hex(24)}",  # DEBUG off refuses the dev key
        "ALLOWED_HOSTS": "localhost,127.0.0.1",
        "CELERY_TASK_ALWAYS_EAGER": "true",
    }
    if not os.environ.get("DATABASE_URL"):
        env["DATABASE_URL"] = f"sqlite:///{workdir / 'bench.sqlite3'}"
    return env


def _fixtures(learners: int) -> tuple[list[str], str]:
    import django

    django.setup()
    from django.contrib.auth import get_user_model
    from django.contrib.sessions.backends.db import SessionStore

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
    for number in range(learners):
        user = get_user_model().objects.create_user(f"bench{number}", f"b{number}@example.org")
        courses.enrol(user, course, course.runs.first())
        session = SessionStore()
        session["_auth_user_id"] = str(user.pk)
        session["_auth_user_backend"] = "django.contrib.auth.backends.ModelBackend"
        session["_auth_user_hash"] = user.get_session_auth_hash()
        session.create()
        launch = play.launch(
            user,
            lesson,
            session_key=session.session_key,
            language="en",
            page_origin="http://127.0.0.1",
        )
        tokens.append(play.token_for(launch))
    return tokens, str(content.uuid)


def _statement(tokens, object_id, *, scored: bool):
    def request(client: int):
        document = {
            "actor": {"name": "bench"},
            "verb": {
                "id": f"http://adlnet.gov/expapi/verbs/{'answered' if scored else 'interacted'}"
            },
            "object": {"id": object_id, "definition": {"interactionType": "choice"}},
        }
        if scored:
            document["result"] = {
                "score": {"min": 0, "max": 1, "raw": 1},
                "completion": True,
                "success": True,
                "response": "0",
            }
        return ("POST", f"/xapi/{tokens[client]}/", json.dumps(document).encode())

    return request


def _load(port, host, make_request, options) -> dict:
    latencies: list[list[float]] = [[] for _ in range(options.concurrency)]
    failures = [0] * options.concurrency
    deadline = time.perf_counter() + options.seconds

    def client(number: int) -> None:
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        while time.perf_counter() < deadline:
            method, path, body = make_request(number)
            headers = {"Host": host, "Content-Type": "application/json"}
            started = time.perf_counter()
            connection.request(method, path, body=body, headers=headers)
            response = connection.getresponse()
            response.read()
            latencies[number].append(time.perf_counter() - started)
            if response.status >= 400:
                failures[number] += 1

    threads = [threading.Thread(target=client, args=(n,)) for n in range(options.concurrency)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - started
    every = sorted(value for values in latencies for value in values)
    return {
        "requests": len(every),
        "per_second": len(every) / elapsed,
        "p50_ms": statistics.median(every) * 1000 if every else 0,
        "p99_ms": every[int(len(every) * 0.99) - 1] * 1000 if every else 0,
        "failures": sum(failures),
    }


def _report(runs: dict, options) -> None:
    floor = next(iter(runs.values()))["per_second"] or 1
    print()
    print(
        f"machine: {os.cpu_count()} cores, {platform.processor() or platform.machine()}; "
        f"python {platform.python_version()}; database {os.environ['DATABASE_URL'].split(':')[0]}; "
        f"gunicorn workers {options.workers}; concurrency {options.concurrency}; "
        f"{options.seconds:g} s each"
    )
    print(f"{'what':48} {'req/s':>9} {'p50 ms':>8} {'p99 ms':>8} {'errors':>7} {'÷ floor':>8}")
    for name, figures in runs.items():
        print(
            f"{name:48} {figures['per_second']:9.1f} {figures['p50_ms']:8.1f} "
            f"{figures['p99_ms']:8.1f} {figures['failures']:7d} "
            f"{figures['per_second'] / floor:8.2f}"
        )


def _start_gunicorn(port: int, workers: int, env: dict) -> subprocess.Popen:
    command = [
        str(Path(sys.executable).with_name("gunicorn")),
        "academy.wsgi",
        "--bind",
        f"127.0.0.1:{port}",
        "--workers",
        str(workers),
        "--log-level",
        "warning",
    ]
    return subprocess.Popen(command, cwd=ROOT, env={**os.environ, **env})  # noqa: S603 (fixed argv)


def _wait_for(port: int) -> None:
    for _ in range(100):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return
        except OSError:
            time.sleep(0.1)
    raise SystemExit("gunicorn did not start")


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


if __name__ == "__main__":
    main()
