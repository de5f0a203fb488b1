"""Benchmark: a learner's CPD progress and transcript at two ledger sizes a factor of ten apart.

Sets up a fresh database (SQLite file under var/bench-cpd/, or DATABASE_URL if set), a scheme
with three capped categories and one learner per size with that many ledger entries, then times
`cpd.services.progress`, the transcript CSV and the transcript PDF (server time, p50 and p95 over
repeated calls) with their query counts. Beside them, the floor: fetching the learner's
membership (one indexed query and a model instance), so each figure reads as a ratio to it.
Prints figures; asserts nothing about speed.

    .venv/bin/python bench/cpd_record.py [--sizes 100 1000] [--repeat 30]

The PDF is measured at up to 1,000 entries only: WeasyPrint lays out about 40 rows a page at
roughly 0.4 s a page, so 1,000 entries already take about ten seconds (see the CPD note).
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import statistics
import subprocess
import sys
import time
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    options = _arguments()
    workdir = ROOT / "var" / "bench-cpd"
    shutil.rmtree(workdir, ignore_errors=True)
    workdir.mkdir(parents=True)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "academy.settings.dev")
    if not os.environ.get("DATABASE_URL"):
        os.environ["DATABASE_URL"] = f"sqlite:///{workdir / 'bench.sqlite3'}"
    os.environ.setdefault("CELERY_TASK_ALWAYS_EAGER", "true")
    sys.path.insert(0, str(ROOT))
    print("setting up a fresh database…", flush=True)
    subprocess.run(
        [sys.executable, "manage.py", "migrate", "--noinput", "-v", "0"],
        cwd=ROOT,
        env=os.environ,
        check=True,
    )
    import django

    django.setup()
    from django.db import connection

    rows = []
    for size in options.sizes:
        membership = _learner_with_entries(size)
        rows += _measure(membership, size, options.repeat)
    vendor = connection.vendor
    print(
        f"\nmachine: {os.cpu_count()} cores, {platform.machine()}; python "
        f"{platform.python_version()}; database {vendor}; {options.repeat} calls each"
    )
    print(f"{'what':<34} {'entries':>8} {'p50 ms':>9} {'p95 ms':>9} {'queries':>8} {'÷ floor':>8}")
    floors = {r[1]: r[2] for r in rows if r[0] == "floor: the membership"}
    for what, size, p50, p95, queries in rows:
        print(
            f"{what:<34} {size:>8} {p50:>9.2f} {p95:>9.2f} {queries:>8} {p50 / floors[size]:>8.1f}"
        )
    by = {(r[0], r[1]): r[2] for r in rows}
    small, large = options.sizes[0], options.sizes[-1]
    if small != large:
        print(f"\ngrowth from {small} to {large} entries (p50 ratio):")
        for what in ("progress", "transcript CSV", "transcript PDF"):
            if (what, large) in by and (what, small) in by:
                print(f"  {what:<18} {by[(what, large)] / by[(what, small)]:.2f}×")


def _learner_with_entries(size: int):
    from django.contrib.auth import get_user_model
    from django.utils import timezone

    from cpd import services
    from cpd.models import AccreditingBody, Category, LedgerEntry, Membership, Scheme

    body, _ = AccreditingBody.objects.get_or_create(short_name="BENCH", defaults={"name": "Bench"})
    scheme, created = Scheme.objects.get_or_create(
        code="bench",
        defaults={
            "body": body,
            "name": "Bench scheme",
            "cycle_start": "fixed",
            "cycle_start_day": 1,
            "cycle_start_month": 1,
            "first_cycle_year": 2026,
            "points_required": Decimal(90),
        },
    )
    if created:
        for code in ("cme", "cpd", "self-study"):
            Category.objects.create(scheme=scheme, code=code, name=code, cap=Decimal(45))
    user = get_user_model().objects.create_user(email=f"bench{size}@example.org", password="x" * 12)
    services.join(user, scheme, registration_number=f"B{size}")
    start = date(2026, 1, 1)
    LedgerEntry.objects.bulk_create(
        (
            LedgerEntry(
                user=user,
                scheme=scheme,
                category_code=("cme", "cpd", "self-study")[i % 3],
                points=Decimal("0.5"),
                activity_date=start + timedelta(days=i % 1000),
                source_kind="event",
                source_ref=f"bench-{i}",
                title=f"Seminar {i} 基因組學研討會",
                awarded_by_label="bench",
                recorded_at=timezone.now(),
                digest=f"{size:08d}{i:056d}",
            )
            for i in range(size)
        ),
        batch_size=2000,
    )
    return Membership.objects.select_related("scheme", "user").get(user=user)


def _measure(membership, size: int, repeat: int):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from cpd import exports, pdf, services
    from cpd.models import Membership

    on = date(2028, 6, 1)
    jobs = {
        "floor: the membership": lambda: Membership.objects.select_related("scheme").get(
            pk=membership.pk
        ),
        "progress": lambda: services.progress(membership, on=on),
        "transcript CSV": lambda: exports.transcript_csv(services.progress(membership, on=on)),
        "transcript PDF": lambda: pdf.transcript_pdf(services.progress(membership, on=on), "en"),
    }
    rows = []
    if size > 1000:
        del jobs["transcript PDF"]
    for what, job in jobs.items():
        times = []
        calls = repeat if what != "transcript PDF" else max(3, repeat // 10)
        for _ in range(calls):
            with CaptureQueriesContext(connection) as queries:
                began = time.perf_counter()
                job()
                times.append((time.perf_counter() - began) * 1000)
        times.sort()
        p95 = times[min(len(times) - 1, int(len(times) * 0.95))]
        rows.append((what, size, statistics.median(times), p95, len(queries)))
    return rows


def _arguments():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1000])
    parser.add_argument("--repeat", type=int, default=30)
    return parser.parse_args()


if __name__ == "__main__":
    main()
