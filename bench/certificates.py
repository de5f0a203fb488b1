"""Benchmark: rendering and signing certificates, one at a time and as a batch on real workers.

Needs PostgreSQL and Redis (the workers share the database and the broker, as in production).
Creates a fresh database `academy_bench_certificates` on the PostgreSQL server of DATABASE_URL
(default postgres://postgres@127.0.0.1:5432/), then:

1. one certificate: `cpd.certificates.services.render` (sign the credential, lay out the PDF,
   store it) timed over repeated certificates, p50 and p95, beside its parts: signing alone
   (the floor of the cryptography) and the PDF alone;
2. a batch of N certificates (default 1,000) rendered by one worker, then another batch by two,
   each printed beside its floor: N × the single-certificate p50 ÷ workers.

Prints figures; asserts nothing about speed. `make bench` (bench/run.py) runs it with its own
Redis as the broker and writes the figures into bench/RESULTS.md.

    .venv/bin/python bench/certificates.py [--batch 1000] [--repeat 30] [--quick] [--out F]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path
from urllib.parse import urlparse

ROOT = Path(__file__).resolve().parents[1]
DATABASE = "academy_bench_certificates"


def main() -> None:
    options = _arguments()
    server = urlparse(os.environ.get("DATABASE_URL") or "postgres://postgres@127.0.0.1:5432/x")
    database_url = server._replace(path=f"/{DATABASE}").geturl()
    broker = os.environ.get("CELERY_BROKER_URL") or "redis://127.0.0.1:6379/0"
    storage = Path(tempfile.mkdtemp(prefix="bench-certificates-"))
    _fresh_database(server, options.template)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "academy.settings.dev")
    os.environ.update(DATABASE_URL=database_url, CERTIFICATES_ROOT=str(storage))
    os.environ.pop("CELERY_BROKER_URL", None)
    if not options.template:
        print("setting up a fresh database…", flush=True)
        subprocess.run(
            [sys.executable, "manage.py", "migrate", "--noinput", "-v", "0"], cwd=ROOT, check=True
        )
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()

    single = _single(options.repeat)
    batches = [_batch(options.batch, workers, broker, single["render"]) for workers in (1, 2)]
    scaling = _cpu_scaling()
    _print(single, batches, options, scaling)
    if options.out:
        figures = {"single": single, "batches": batches, "repeat": options.repeat}
        Path(options.out).write_text(json.dumps(figures | {"cpu_scaling": scaling}))


def _arguments():
    parser = argparse.ArgumentParser()
    parser.add_argument("--batch", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=30)
    parser.add_argument("--quick", action="store_true", help="a batch of 100, 10 repeats")
    parser.add_argument("--out", help="also write the figures as JSON to this file")
    parser.add_argument("--template", help="copy this migrated database instead of migrating")
    options = parser.parse_args()
    if options.quick:
        options.batch, options.repeat = 100, 10
    return options


def _fresh_database(server, template: str | None) -> None:
    import psycopg

    admin = server._replace(path="/postgres").geturl()
    copy = f' TEMPLATE "{template}"' if template else ""
    with psycopg.connect(admin, autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{DATABASE}" WITH (FORCE)')
        connection.execute(f'CREATE DATABASE "{DATABASE}"{copy}')


def _users(count: int, prefix: str):
    from django.contrib.auth import get_user_model

    User = get_user_model()
    return User.objects.bulk_create(
        User(
            email=f"{prefix}{n}@example.org",
            first_name="Tai Man",
            last_name=f"Chan {n}",
            chinese_name="陳大文",
        )
        for n in range(count)
    )


def _issue(users, ref: str):
    import datetime as dt

    from django.utils import timezone

    from cpd.certificates import services

    # Issued unrendered: the benchmark renders them itself (here or by sending to its workers).
    services.enqueue = lambda task, *args: None
    achievement = services.Achievement(
        kind="event",
        ref=ref,
        source_ref=ref,
        title_en="Genomics multidisciplinary meeting",
        title_zh_hant="基因組學跨專業會議",
        achieved_on=dt.date(2026, 11, 30),
        points=[
            {
                "scheme": "hkam-cme",
                "scheme_name_en": "HKAM CME",
                "scheme_name_zh_hant": "醫專持續醫學教育",
                "points": "2.00",
            }
        ],
    )
    issued_at = timezone.now() - dt.timedelta(minutes=5)
    return [services.issue(user, achievement, now=issued_at).pk for user in users]


def _single(repeat: int) -> dict:
    from cpd.certificates import credentials, pdf, services
    from cpd.certificates.models import Certificate

    ids = _issue(_users(repeat + 1, "single"), "event:single")
    services.render(ids[0])  # warm-up: fonts and templates load once per process
    timings: dict[str, list[float]] = {"render": [], "sign": [], "pdf": []}
    key = credentials.signing_key()
    for pk in ids[1:]:
        certificate = Certificate.objects.select_related("user").get(pk=pk)
        started = time.perf_counter()
        token = credentials.sign_credential(certificate, key)
        timings["sign"].append(time.perf_counter() - started)
        started = time.perf_counter()
        pdf.certificate_pdf(certificate, token)
        timings["pdf"].append(time.perf_counter() - started)
        started = time.perf_counter()
        services.render(pk)
        timings["render"].append(time.perf_counter() - started)
    return {name: _percentiles(values) for name, values in timings.items()}


def _percentiles(values: list[float]) -> dict:
    ordered = sorted(values)
    return {
        "p50": statistics.median(ordered),
        "p95": ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))],
    }


def _batch(size: int, workers: int, broker: str, single: dict) -> dict:
    from celery import Celery

    from cpd.certificates.models import Certificate

    ids = _issue(_users(size, f"batch{workers}-"), f"event:batch-{workers}")
    queue = f"bench-certificates-{uuid.uuid4().hex[:8]}"
    env = {**os.environ, "CELERY_BROKER_URL": broker, "CELERY_TASK_DEFAULT_QUEUE": queue}
    processes = [_worker(env, queue) for _ in range(workers)]
    try:
        client = Celery("bench", broker=broker)
        _wait_for(client, workers)  # connected, with Django loaded, before the clock starts
        started = time.perf_counter()
        with client.connection_for_write(broker) as connection:
            for pk in ids:
                client.send_task(
                    "certificates.render", args=[pk], queue=queue, connection=connection
                )
        pending = Certificate.objects.filter(pk__in=ids, rendered_at__isnull=True)
        while pending.exists():
            time.sleep(0.2)
        elapsed = time.perf_counter() - started
        client.close()
    finally:
        for process in processes:
            os.killpg(process.pid, signal.SIGTERM)
            process.wait(timeout=60)
    floor = size * single["p50"] / workers
    return {"workers": workers, "size": size, "seconds": elapsed, "floor": floor}


def _wait_for(client, workers: int, seconds: float = 60) -> None:
    """Until `workers` workers answer a ping (a worker answers once it is consuming)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if len(client.control.ping(timeout=0.5) or []) >= workers:
            return
    raise SystemExit(f"{workers} certificate worker(s) did not start within {seconds:.0f} s")


def _spin(seconds: float) -> int:
    """Pure-Python work for `seconds`; returns the loops done."""
    loops, deadline = 0, time.perf_counter() + seconds
    while time.perf_counter() < deadline:
        sum(range(1000))
        loops += 1
    return loops


def _cpu_scaling(seconds: float = 2.0) -> float:
    """How much more work two processes do side by side than one: the parallelism the
    two-worker batch can hope for on this machine (2.0 on two free cores)."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    # Spawned, not forked: this process has the broker client's threads, and a fork copies
    # whatever lock one of them held.
    with ProcessPoolExecutor(2, mp_context=multiprocessing.get_context("spawn")) as pool:
        list(pool.map(_spin, [0.1, 0.1]))  # start both processes before timing
        one = pool.submit(_spin, seconds).result()
        two = sum(pool.map(_spin, [seconds, seconds]))
    return two / one


def _worker(env: dict, queue: str) -> subprocess.Popen:
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "celery",
            "-A",
            "academy",
            "worker",
            "--pool=solo",
            "--queues",
            queue,
            "--hostname",
            f"{uuid.uuid4().hex[:8]}@%h",
            "--without-mingle",
            "--without-gossip",
            "--loglevel=WARNING",
        ],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )


def _print(single: dict, batches: list[dict], options, scaling: float) -> None:
    print(f"\n## Certificates ({platform.node()}, {os.cpu_count()} cores, PostgreSQL, Redis)\n")
    print("| one certificate | p50 ms | p95 ms |")
    print("| --- | ---: | ---: |")
    labels = {
        "sign": "sign the credential (ES256; the floor)",
        "pdf": "lay out the PDF",
        "render": "render: sign, PDF, store, record",
    }
    for name in ("sign", "pdf", "render"):
        figures = single[name]
        print(f"| {labels[name]} | {figures['p50'] * 1000:.1f} | {figures['p95'] * 1000:.1f} |")
    print(f"\n(over {options.repeat} certificates after one warm-up)\n")
    print("| batch | workers | seconds | certificates/s | floor s (N × p50 ÷ workers) | ratio |")
    print("| ---: | ---: | ---: | ---: | ---: | ---: |")
    for row in batches:
        rate = row["size"] / row["seconds"]
        ratio = row["seconds"] / row["floor"]
        print(
            f"| {row['size']} | {row['workers']} | {row['seconds']:.1f} | {rate:.1f} | "
            f"{row['floor']:.1f} | {ratio:.2f} |"
        )
    print(f"\nTwo processes side by side do {scaling:.2f}× the work of one on this machine.")


if __name__ == "__main__":
    main()
