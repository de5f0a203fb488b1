"""`make bench`: every hot path measured against the production configuration, beside its floor.

    .venv/bin/python bench/run.py [--quick]

1. Data: `bench/generate.py` builds the data once into a PostgreSQL template database named
   after a hash of the migrations, the demo content and the generator (and the scale); each run
   copies it (CREATE DATABASE … TEMPLATE), so runs start from the same state in seconds.
2. Services: a private Redis (cache and Celery broker), gunicorn with academy.settings.production
   (DEBUG off, HTTPS as behind a TLS proxy: requests carry X-Forwarded-Proto), a Celery worker,
   a second gunicorn serving the same bytes from one bare Django view (bench/floor.py: the
   framework floor) and nginx serving them as static files (the machine's floor).
3. Public pages with wrk; learner and staff pages, search and awards in-process
   (bench/measure.py paths); quiz submissions and xAPI statements over HTTP (measure.py writes);
   certificates (bench/certificates.py). Growth: each learner path at two sizes a factor of ten
   apart; search on two corpora a factor of ten apart (full run only).
4. Tables on the terminal and in bench/RESULTS.md (bench/RESULTS-quick.md for --quick, not kept).

PostgreSQL comes from BENCH_POSTGRES_URL (default postgres://postgres@127.0.0.1:5432/postgres);
only databases named academy_bench* are created or dropped. Ports 8100-8199 are used.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import json
import os
import platform
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlparse

ROOT = Path(__file__).resolve().parents[1]
PYTHON = sys.executable
BIN = Path(PYTHON).parent
POSTGRES = os.environ.get("BENCH_POSTGRES_URL", "postgres://postgres@127.0.0.1:5432/postgres")
PORTS = {"redis": 8101, "site": 8110, "floor": 8111, "static": 8112, "reference": 8113}
LANGUAGES = ("en", "zh-hant", "zh-hans")
OUT = ROOT / "bench" / "RESULTS.md"
STARTED = time.perf_counter()


class Plan:
    def __init__(self, quick: bool):
        self.quick = quick
        self.scales = [0.1] if quick else [1.0, 0.1]  # the first is the one measured in full
        self.wrk_seconds = 1 if quick else 5
        self.connections = 8 if quick else 16
        self.repeat = 10 if quick else 30
        self.write_seconds = 2 if quick else 10
        self.batch = 10 if quick else 1000
        self.certificate_repeat = 3 if quick else 15
        self.workers = 2 * (os.cpu_count() or 1) + 1


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="small data, short runs (~3 min)")
    options = parser.parse_args()
    plan = Plan(options.quick)
    began = time.perf_counter()
    _tools()
    report = Report(plan)
    work = Path(tempfile.mkdtemp(prefix="academy-bench-"))
    processes: list[subprocess.Popen] = []
    try:
        databases = {scale: _run_database(scale) for scale in plan.scales}
        main_scale = plan.scales[0]
        env = _environment(databases[main_scale], main_scale)
        processes.append(_redis(work))
        _collectstatic(env)
        processes.append(_gunicorn("academy.wsgi", PORTS["site"], env, plan))
        processes.append(_worker(env))
        urls = _json(env, "urls", work)
        if plan.quick:  # English and Traditional Chinese; Simplified is derived from the latter
            urls = {name: path for name, path in urls.items() if not name.endswith("|zh-hans")}
        pages = work / "pages"
        pages.mkdir()
        saved = _save_pages(urls, pages)
        processes.append(_gunicorn("bench.floor", PORTS["floor"], env | _pages(pages), plan))
        processes.append(_nginx(work, pages))
        for port in (PORTS["floor"], PORTS["static"]):
            status, _body, _ms = _get(port, f"/floor/{next(iter(saved.values()))}")
            if status != 200:
                raise SystemExit(f"the floor on port {port} answered {status}")
        report.public(_public(urls, saved, plan))
        if not plan.quick:  # its first run migrates a database of its own: half a minute
            processes.append(_reference_site(env, pages / saved["article|en"], plan))
            report.reference(_reference(plan), report.raw["public"])
        report.paths(main_scale, _json(env, "paths", work, "--repeat", str(plan.repeat)))
        for scale in plan.scales[1:]:
            other = _environment(databases[scale], scale)
            report.paths(scale, _json(other, "paths", work, "--repeat", str(plan.repeat)))
        report.writes(
            _json(
                env,
                "writes",
                work,
                "--port",
                str(PORTS["site"]),
                "--seconds",
                str(plan.write_seconds),
                "--concurrency",
                "4",
            )
        )
        template = f"academy_bench_tpl_{_data_key(main_scale)}"
        report.certificates(_certificates(plan, work, env, template))
    finally:
        for process in reversed(processes):
            _stop(process)
        shutil.rmtree(work, ignore_errors=True)
    report.elapsed = time.perf_counter() - began
    report.write()


# -- setting up --------------------------------------------------------------------------------
def _tools() -> None:
    missing = [tool for tool in ("wrk", "nginx", "redis-server") if not _which(tool)]
    debian = {"wrk": "wrk", "nginx": "nginx", "redis-server": "redis-server"}
    if missing and os.geteuid() == 0 and shutil.which("apt-get"):
        print(f"installing {', '.join(missing)} from Debian…", flush=True)
        subprocess.run(["apt-get", "update", "-qq"], check=True)
        subprocess.run(
            ["apt-get", "install", "-y", "-qq", "--no-install-recommends"]
            + [debian[tool] for tool in missing],
            check=True,
            env=os.environ | {"DEBIAN_FRONTEND": "noninteractive"},
        )
        missing = [tool for tool in missing if not _which(tool)]
    if missing:
        raise SystemExit(f"bench needs {', '.join(missing)} (Debian: apt-get install …)")


def _which(tool: str) -> str | None:
    return shutil.which(tool) or shutil.which(tool, path="/usr/sbin:/usr/bin")


def _data_key(scale: float) -> str:
    digest = hashlib.sha256(f"scale={scale}".encode())
    sources = [*ROOT.glob("*/migrations/*.py"), *ROOT.glob("*/*/migrations/*.py")]
    sources = [s for s in sources if s.parts[len(ROOT.parts)] != "bench"]  # the reference site
    sources += [*ROOT.glob("*/demo*.py"), *ROOT.glob("*/*/demo*.py")]
    sources += [*ROOT.glob("content/demo_content/*.py"), ROOT / "bench" / "generate.py"]
    sources.append(ROOT / "requirements.lock")
    for source in sorted(sources):
        digest.update(source.relative_to(ROOT).as_posix().encode())
        digest.update(source.read_bytes())
    return digest.hexdigest()[:12]


def _sql(statement: str) -> None:
    import psycopg

    with psycopg.connect(POSTGRES, autocommit=True) as connection:
        connection.execute(statement)


def _database_url(name: str) -> str:
    return urlparse(POSTGRES)._replace(path=f"/{name}").geturl()


def _var_dir(scale: float) -> Path:
    return ROOT / "var" / "bench" / f"data-{_data_key(scale)}"


def _run_database(scale: float) -> str:
    """A fresh copy of the template database for this scale, built first if missing."""
    import psycopg

    key = _data_key(scale)
    template = f"academy_bench_tpl_{key}"
    with psycopg.connect(POSTGRES, autocommit=True) as connection:
        exists = connection.execute(
            "SELECT 1 FROM pg_database WHERE datname = %s", [template]
        ).fetchone()
    if not exists or not _var_dir(scale).exists():
        _build_template(template, scale)
    name = f"academy_bench_run_{str(scale).replace('.', '_')}"
    _sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    _sql(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
    return name


def _build_template(template: str, scale: float) -> None:
    print(f"building the data at scale {scale} (once; kept as {template})…", flush=True)
    building = "academy_bench_build"
    var = _var_dir(scale)
    shutil.rmtree(var, ignore_errors=True)
    var.mkdir(parents=True)
    _sql(f'DROP DATABASE IF EXISTS "{building}" WITH (FORCE)')
    _sql(f'DROP DATABASE IF EXISTS "{template}" WITH (FORCE)')
    _sql(f'CREATE DATABASE "{building}"')
    env = os.environ | {
        "DJANGO_SETTINGS_MODULE": "academy.settings.dev",
        "DATABASE_URL": _database_url(building),
        "VAR_DIR": str(var),
        "CELERY_TASK_ALWAYS_EAGER": "true",
        "LOG_LEVEL": "WARNING",
    }
    env.pop("CELERY_BROKER_URL", None)
    env.pop("REDIS_URL", None)
    quiet = {"cwd": ROOT, "env": env, "check": True}
    subprocess.run([PYTHON, "manage.py", "migrate", "--noinput", "-v", "0"], **quiet)
    subprocess.run([PYTHON, "bench/generate.py", "--scale", str(scale)], **quiet)
    _sql(f'ALTER DATABASE "{building}" RENAME TO "{template}"')


def _environment(database: str, scale: float) -> dict[str, str]:
    site = f"127.0.0.1:{PORTS['site']}"
    return os.environ | {
        "DJANGO_SETTINGS_MODULE": "academy.settings.production",
        "DEBUG": "false",
        "SECRET_KEY": secrets.token_urlsafe(60),
        "ALLOWED_HOSTS": f"127.0.0.1,localhost,testserver,{site}",
        "DATABASE_URL": _database_url(database),
        "REDIS_URL": f"redis://127.0.0.1:{PORTS['redis']}/0",
        "CELERY_BROKER_URL": f"redis://127.0.0.1:{PORTS['redis']}/1",
        "CELERY_TASK_DEFAULT_QUEUE": "bench",
        "VAR_DIR": str(_var_dir(scale)),
        "STATIC_ROOT": str(ROOT / "var" / "bench" / "static"),
        "SITE_URL": f"https://{site}",
        "H5P_ORIGIN": f"https://localhost:{PORTS['site']}",
        # One client address makes every request here: the per-address limit would answer 429.
        "CERTIFICATE_VERIFY_RATE": "1000000000",
        "EMAIL_BACKEND": "django.core.mail.backends.dummy.EmailBackend",
        "LOG_LEVEL": "WARNING",
        "PYTHONPATH": str(ROOT),
    }


def _pages(directory: Path) -> dict[str, str]:
    return {"BENCH_PAGES": str(directory)}


def _collectstatic(env: dict) -> None:
    """Collected once per set of static sources and packages (a stamp beside the files)."""
    digest = hashlib.sha256()
    sources = [p for p in ROOT.glob("*/static/**/*") if p.is_file()]
    sources += [p for p in ROOT.glob("*/*/static/**/*") if p.is_file()]
    for source in sorted([*sources, ROOT / "requirements.lock"]):
        digest.update(f"{source.relative_to(ROOT)} {source.stat().st_size}".encode())
        digest.update(source.read_bytes())
    stamp = Path(env["STATIC_ROOT"]) / ".bench-stamp"
    if stamp.exists() and stamp.read_text() == digest.hexdigest():
        return
    subprocess.run(
        [PYTHON, "manage.py", "collectstatic", "--noinput", "-v", "0"],
        cwd=ROOT,
        env=env,
        check=True,
    )
    stamp.write_text(digest.hexdigest())


def _free(port: int) -> None:
    with socket.socket() as probe:
        if probe.connect_ex(("127.0.0.1", port)) == 0:
            raise SystemExit(f"port {port} is in use: stop whatever serves it and run again")


def _wait(port: int, what: str, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        with socket.socket() as probe:
            if probe.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.2)
    raise SystemExit(f"{what} did not start on port {port}")


def _redis(work: Path) -> subprocess.Popen:
    port = PORTS["redis"]
    _free(port)
    process = subprocess.Popen(
        [
            _which("redis-server"),
            "--port",
            str(port),
            "--bind",
            "127.0.0.1",
            "--save",
            "",
            "--appendonly",
            "no",
            "--dir",
            str(work),
        ],
        stdout=subprocess.DEVNULL,
        start_new_session=True,
    )
    _wait(port, "redis")
    return process


def _gunicorn(app: str, port: int, env: dict, plan: Plan) -> subprocess.Popen:
    _free(port)
    process = subprocess.Popen(
        [
            str(BIN / "gunicorn"),
            f"{app}:application",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            str(plan.workers),
            "--log-level",
            "warning",
        ],
        cwd=ROOT,
        env=env,
        start_new_session=True,
    )
    _wait(port, app)
    return process


def _worker(env: dict) -> subprocess.Popen:
    return subprocess.Popen(
        [
            PYTHON,
            "-m",
            "celery",
            "-A",
            "academy",
            "worker",
            "--queues",
            "bench",
            "--concurrency",
            "1",
            "--loglevel",
            "WARNING",
            "--without-gossip",
            "--without-mingle",
        ],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        start_new_session=True,
    )


def _nginx(work: Path, pages: Path) -> subprocess.Popen:
    port = PORTS["static"]
    _free(port)
    config = work / "nginx.conf"
    user = "user root;\n" if os.geteuid() == 0 else ""
    config.write_text(
        f"{user}worker_processes auto;\ndaemon off;\npid {work}/nginx.pid;\n"
        f"error_log {work}/nginx-error.log;\nevents {{ worker_connections 1024; }}\n"
        f"http {{\n access_log off;\n sendfile on;\n default_type text/html;\n"
        f" client_body_temp_path {work}/nginx-body;\n proxy_temp_path {work}/nginx-proxy;\n"
        f" fastcgi_temp_path {work}/nginx-fcgi;\n uwsgi_temp_path {work}/nginx-uwsgi;\n"
        f" scgi_temp_path {work}/nginx-scgi;\n"
        f" server {{ listen 127.0.0.1:{port}; location /floor/ {{ alias {pages}/; }} }}\n}}\n"
    )
    process = subprocess.Popen(
        [_which("nginx"), "-c", str(config), "-p", str(work)], start_new_session=True
    )
    _wait(port, "nginx")
    return process


def _stop(process: subprocess.Popen) -> None:
    try:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=30)
    except (ProcessLookupError, subprocess.TimeoutExpired):
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)


def _json(env: dict, command: str, work: Path, *extra: str) -> dict:
    out = work / f"{command}-{secrets.token_hex(3)}.json"
    subprocess.run(
        [PYTHON, "bench/measure.py", command, "--out", str(out), *extra],
        cwd=ROOT,
        env=env,
        check=True,
    )
    return json.loads(out.read_text())


# -- public pages ------------------------------------------------------------------------------
def _get(port: int, path: str) -> tuple[int, bytes, float]:
    request = urllib.request.Request(
        f"http://127.0.0.1:{port}{path}", headers={"X-Forwarded-Proto": "https"}
    )
    began = time.perf_counter()
    with urllib.request.urlopen(request, timeout=60) as response:  # noqa: S310 (our own server)
        body = response.read()
        return response.status, body, (time.perf_counter() - began) * 1000


def _save_pages(urls: dict[str, str], directory: Path) -> dict[str, str]:
    """Each page's bytes as the site serves them, under a file name for the floors."""
    saved = {}
    for name, path in urls.items():
        status, body, _ms = _get(PORTS["site"], path)
        if status != 200:
            raise SystemExit(f"{path} answered {status}")
        file_name = re.sub(r"[^a-z0-9-]+", "-", name.lower()).strip("-") + ".html"
        (directory / file_name).write_bytes(body)
        saved[name] = file_name
    return saved


def _flush_cache() -> None:
    with socket.create_connection(("127.0.0.1", PORTS["redis"])) as connection:
        connection.sendall(b"SELECT 0\r\nFLUSHDB\r\n")
        connection.recv(100)


def _wrk(
    port: int, path: str, plan: Plan, drain: str | None = None, seconds: float | None = None
) -> dict:
    seconds = seconds or plan.wrk_seconds
    command = [_which("wrk"), "-t", "2", "-c", str(plan.connections), "-d", f"{seconds:g}s"]
    command += ["--timeout", "20s", "-H", "X-Forwarded-Proto: https"]
    command += ["-s", str(ROOT / "bench" / "wrk_report.lua")]
    command.append(f"http://127.0.0.1:{port}{path}")
    output = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    if drain:
        _drain(port, drain, plan)
    line = next(line for line in output.splitlines() if line.startswith("JSON "))
    figures = json.loads(line[5:])
    seconds = figures["duration_us"] / 1e6
    if not figures["requests"]:  # not one answer within the run: slower than its duration
        return {"rps": 0.0, "p50": float("nan"), "p99": float("nan"), "bad": 0}
    return {
        "rps": figures["requests"] / seconds,
        "p50": figures["p50_us"] / 1000,
        "p99": figures["p99_us"] / 1000,
        "bad": figures["errors"] + figures["non_2xx"],
    }


def _drain(port: int, path: str, plan: Plan) -> None:
    """Wait until every worker is free again: requests wrk left queued would otherwise be
    counted against the next measurement."""
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        with ThreadPoolExecutor(plan.workers) as pool:
            took = list(pool.map(lambda _: _get(port, path)[2], range(plan.workers)))
        if max(took) < 200:
            return
        time.sleep(0.5)


def _public(urls: dict[str, str], saved: dict[str, str], plan: Plan) -> list[dict]:
    rows, floors = [], {}
    for name, path in urls.items():
        page, language = name.split("|")
        print(f"  {page} ({language})…", flush=True)
        _flush_cache()
        _status, _body, cold_ms = _get(PORTS["site"], path)
        cacheable = "?" not in path and "verify" not in path
        row = {"page": page, "language": language, "path": path, "cold_first_ms": cold_ms}
        row["warm"] = _wrk(PORTS["site"], path, plan, "/robots.txt")
        if cacheable:  # a query string bypasses the page cache: every request renders the page
            row["uncached"] = _wrk(PORTS["site"], f"{path}?nocache=1", plan, "/robots.txt")
        if plan.quick and page in floors:  # quick: the English page's floors for every language
            row["framework"], row["static"] = floors[page]
        else:
            floor = f"/floor/{saved[name]}"
            row["framework"] = _wrk(PORTS["floor"], floor, plan, floor)
            # nginx serving a file is steady within a second or two: a shorter run will do.
            static = f"/floor/{saved[name]}"
            row["static"] = _wrk(PORTS["static"], static, plan, seconds=min(plan.wrk_seconds, 2))
            floors[page] = row["framework"], row["static"]
        rows.append(row)
    return rows


# -- the reference Wagtail site ------------------------------------------------------------------
def _reference_site(env: dict, article: Path, plan: Plan) -> subprocess.Popen:
    """bench/reference served by the same gunicorn, with one page holding the HTML of the
    academy's English article (what lies between its <body> tags)."""
    key = hashlib.sha256()
    for source in sorted(
        [*(ROOT / "bench" / "reference").rglob("*.py"), ROOT / "requirements.lock"]
    ):
        key.update(source.read_bytes())
    template = f"academy_bench_reftpl_{key.hexdigest()[:12]}"
    reference = env | {
        "DJANGO_SETTINGS_MODULE": "bench.reference.settings",
        "DATABASE_URL": _database_url("academy_bench_reference"),
    }
    import psycopg

    with psycopg.connect(POSTGRES, autocommit=True) as connection:
        exists = connection.execute(
            "SELECT 1 FROM pg_database WHERE datname = %s", [template]
        ).fetchone()
    _sql('DROP DATABASE IF EXISTS "academy_bench_reference" WITH (FORCE)')
    if not exists:
        _sql('CREATE DATABASE "academy_bench_reference"')
        subprocess.run(
            [PYTHON, "-m", "django", "migrate", "--noinput", "-v", "0"],
            cwd=ROOT,
            env=reference,
            check=True,
        )
        _sql(f'ALTER DATABASE "academy_bench_reference" RENAME TO "{template}"')
    _sql(f'CREATE DATABASE "academy_bench_reference" TEMPLATE "{template}"')
    html = article.read_text()
    body = html[html.index(">", html.index("<body")) + 1 : html.rindex("</body>")]
    body_file = article.with_suffix(".body")
    body_file.write_text(body)
    subprocess.run(
        [PYTHON, "bench/reference/setup.py", str(body_file)],
        cwd=ROOT,
        env=reference,
        check=True,
        stdout=subprocess.DEVNULL,
    )
    return _gunicorn("bench.reference.wsgi", PORTS["reference"], reference, plan)


def _reference(plan: Plan) -> dict:
    status, body, _ms = _get(PORTS["reference"], "/article/")
    if status != 200:
        raise SystemExit(f"the reference site answered {status}")
    # Every worker imports Wagtail and opens its connection on its first requests: not timed.
    _wrk(PORTS["reference"], "/article/", plan, "/article/", seconds=1)
    figures = _wrk(PORTS["reference"], "/article/", plan, "/article/")
    return figures | {"bytes": len(body)}


# -- certificates ------------------------------------------------------------------------------
def _certificates(plan: Plan, work: Path, env: dict, database: str) -> dict:
    """bench/certificates.py on its own copy of the run's database (already migrated)."""
    out = work / "certificates.json"
    env = env | {
        "DATABASE_URL": _database_url("academy_bench_certificates"),
        "CELERY_BROKER_URL": f"redis://127.0.0.1:{PORTS['redis']}/2",
    }
    command = [PYTHON, "bench/certificates.py", "--batch", str(plan.batch), "--template", database]
    command += ["--repeat", str(plan.certificate_repeat), "--out", str(out)]
    subprocess.run(command, cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL)
    return json.loads(out.read_text())


# -- the report --------------------------------------------------------------------------------
class Report:
    def __init__(self, plan: Plan):
        self.plan = plan
        self.sections: list[str] = []
        self.measured: dict[float, dict] = {}
        self.raw: dict[str, object] = {}
        self.elapsed = 0.0

    def add(self, title: str, lines: list[str]) -> None:
        text = "\n".join([f"## {title}", "", *lines, ""])
        print(f"[{time.perf_counter() - STARTED:.0f} s]", flush=True)
        print("\n" + text, flush=True)
        self.sections.append(text)

    def public(self, rows: list[dict]) -> None:
        self.raw["public"] = rows
        lines = [
            f"wrk, {self.plan.connections} connections, 2 threads, {self.plan.wrk_seconds} s a "
            f"run; gunicorn {self.plan.workers} sync workers. *warm*: the page cache filled; "
            "*uncached*: `?nocache=1` bypasses the page cache so every request renders the page "
            "(verification is never page-cached; search has its own outcome cache, so its warm "
            "figure is a repeated search); *cold 1st*: the first request "
            "after emptying Redis. Floors serve the same bytes: *framework* from one Django view "
            "with the same settings and middleware in the same gunicorn, *static* from nginx "
            "(2 s runs).",
            "",
            "| page | lang | cold 1st ms | warm req/s | p50 ms | p99 ms | uncached req/s | "
            "p50 ms | p99 ms | framework req/s | static req/s | warm ÷ framework | "
            "uncached ÷ framework | warm ÷ static | errors |",
            "| --- | --- |" + " ---: |" * 13,
        ]
        for row in rows:
            warm, floor, static = row["warm"], row["framework"], row["static"]
            uncached = row.get("uncached")
            bad = warm["bad"] + (uncached["bad"] if uncached else 0)
            cells = [
                row["page"],
                row["language"],
                f"{row['cold_first_ms']:.0f}",
                f"{warm['rps']:.0f}",
                f"{warm['p50']:.1f}",
                f"{warm['p99']:.1f}",
                f"{uncached['rps']:.0f}" if uncached else "–",
                f"{uncached['p50']:.1f}" if uncached else "–",
                f"{uncached['p99']:.1f}" if uncached else "–",
                f"{floor['rps']:.0f}",
                f"{static['rps']:.0f}",
                _ratio(warm["rps"], floor["rps"], 2),
                _ratio(uncached["rps"], floor["rps"], 2) if uncached else "–",
                _ratio(warm["rps"], static["rps"], 3),
                str(bad),
            ]
            lines.append("| " + " | ".join(cells) + " |")
        self.add("Public pages", lines)

    def reference(self, figures: dict, public: list[dict]) -> None:
        self.raw["reference"] = figures
        article = next(r for r in public if r["page"] == "article" and r["language"] == "en")
        uncached, floor = article["uncached"], article["framework"]
        lines = [
            "A new Wagtail project (`bench/reference`: Wagtail's default settings and middleware, "
            "one page model with a rich-text body, no cache) serving a page that holds the HTML "
            "of the English article, from the same PostgreSQL through the same gunicorn: what "
            "Wagtail itself costs to serve a page of that size without a cache.",
            "",
            "| what | req/s | p50 ms | p99 ms | ÷ framework floor |",
            "| --- | ---: | ---: | ---: | ---: |",
            f"| reference Wagtail page ({figures['bytes'] / 1024:.0f} kB) | {figures['rps']:.0f} "
            f"| {figures['p50']:.1f} | {figures['p99']:.1f} "
            f"| {_ratio(figures['rps'], floor['rps'], 2)} |",
            f"| academy article, uncached (en) | {uncached['rps']:.0f} | {uncached['p50']:.1f} "
            f"| {uncached['p99']:.1f} | {_ratio(uncached['rps'], floor['rps'], 2)} |",
            f"| academy article, warm (en) | {article['warm']['rps']:.0f} "
            f"| {article['warm']['p50']:.1f} | {article['warm']['p99']:.1f} "
            f"| {_ratio(article['warm']['rps'], floor['rps'], 2)} |",
            f"| framework floor (same bytes as the article) | {floor['rps']:.0f} "
            f"| {floor['p50']:.1f} | {floor['p99']:.1f} | 1.00 |",
            "",
            f"Uncached academy article ÷ reference Wagtail page: "
            f"**{_ratio(uncached['rps'], figures['rps'], 2)}**.",
        ]
        self.add("Reference Wagtail site", lines)

    def paths(self, scale: float, figures: dict) -> None:
        self.measured[scale] = figures
        label = f"data at scale {scale:g}"
        lines = [
            f"Server time in-process (Django test client through the whole middleware stack, "
            f"production settings), {self.plan.repeat} requests after two warm-up ones; queries "
            "per request. Floor: GET /robots.txt by the same client.",
            "",
            "| path | size | p50 ms | p95 ms | queries | p50 ÷ floor |",
            "| --- | --- | ---: | ---: | ---: | ---: |",
        ]
        floors = {"signed-in": None}
        for row in figures["paths"]:
            if row["what"] == "floor: signed-in GET /robots.txt":
                floors["signed-in"] = row["p50"]
        for row in figures["paths"]:
            ratio = f"{row['p50'] / floors['signed-in']:.1f}" if row["floor"] else "–"
            lines.append(
                f"| {row['what']} | {row['size']} | {row['p50']:.1f} | {row['p95']:.1f} | "
                f"{row['queries']} | {ratio} |"
            )
        self.add(f"Learner and staff paths ({label})", lines)
        search = figures["search"]
        lines = [
            f"`content.search.services.search` on PostgreSQL over "
            f"{search['documents (pages, English)']} page documents per language "
            "(plus glossary terms); each query repeated, every time past the outcome cache (a "
            "new search generation before each), so these are the database's figures; a repeated "
            "search is one cache read (the search rows of the public pages table).",
            "",
            "| query | language | most hits | p50 ms | p95 ms | runs |",
            "| --- | --- | ---: | ---: | ---: | ---: |",
        ]
        for row in search["rows"]:
            lines.append(
                f"| {row['what']} | {row['language']} | {row['most hits']} | {row['p50']:.1f} | "
                f"{row['p95']:.1f} | {row['n']} |"
            )
        self.add(f"Search ({label})", lines)
        award = figures["award"]
        self.add(
            f"Awards into the ledger ({label})",
            [
                f"`cpd.services.award`, {award['awards']} new entries one after another: "
                f"**{award['per_second']:.0f}/s**; floor ({award['floor']}): "
                f"{award['floor_per_second']:.0f}/s; ratio "
                f"{award['floor_per_second'] / award['per_second']:.1f}× slower than the floor.",
            ],
        )

    def writes(self, figures: dict) -> None:
        self.raw["writes"] = figures
        lines = [
            "Through gunicorn over HTTP, 4 clients on keep-alive connections.",
            "",
            "| write | requests | req/s | p50 ms | p95 ms | failures |",
            "| --- | ---: | ---: | ---: | ---: | ---: |",
        ]
        rows = [("quiz submission (score, progress, redirect)", figures["quiz"])]
        xapi = figures["xapi"]
        if "skipped" in xapi:
            lines.append(f"xAPI skipped: {xapi['skipped']}")
        else:
            rows += [
                ("xAPI statement, interacted (validated, stored)", xapi["interacted"]),
                ("xAPI statement, answered (also rescored)", xapi["answered"]),
            ]
        for what, row in rows:
            lines.append(
                f"| {what} | {row['requests']} | {row['per_second']:.1f} | "
                f"{row.get('p50', 0):.1f} | {row.get('p95', 0):.1f} | {row['failures']} |"
            )
        self.add("Write paths", lines)

    def certificates(self, figures: dict) -> None:
        self.raw["certificates"] = figures
        single = figures["single"]
        lines = [
            f"One certificate (p50/p95 over {figures['repeat']}): sign "
            f"{single['sign']['p50'] * 1000:.0f}/{single['sign']['p95'] * 1000:.0f} ms, PDF "
            f"{single['pdf']['p50'] * 1000:.0f}/{single['pdf']['p95'] * 1000:.0f} ms, render "
            f"(sign, PDF, store, record) {single['render']['p50'] * 1000:.0f}/"
            f"{single['render']['p95'] * 1000:.0f} ms.",
            "",
            "| batch | workers | seconds | certificates/s | floor s (N × render p50 ÷ workers) "
            "| ratio |",
            "| ---: | ---: | ---: | ---: | ---: | ---: |",
        ]
        for row in figures["batches"]:
            lines.append(
                f"| {row['size']} | {row['workers']} | {row['seconds']:.1f} | "
                f"{row['size'] / row['seconds']:.1f} | {row['floor']:.1f} | "
                f"{row['seconds'] / row['floor']:.2f} |"
            )
        scaling = figures.get("cpu_scaling")
        if scaling:
            lines += [
                "",
                f"The machine's own parallelism, measured in the same run: two processes running "
                f"the same pure-Python loop side by side finish {scaling:.2f}× as much work a "
                f"second as one (2.00 would be two free cores). The two-worker floor above "
                f"assumes 2.00.",
            ]
        if self.plan.batch < 1000:
            lines += ["", f"N = {self.plan.batch} in the quick run (1,000 in the full one)."]
        self.add("Certificates", lines)

    def growth(self) -> None:
        """Each path at its two sizes a factor of ten apart, and search on the two corpora."""
        lines = [
            "Cost at ten times the data: the larger size's figure over the smaller one's "
            "(1.0 = no growth, 10 = linear).",
            "",
            "| what | sizes | p50 ms | p95 ms | p50 ratio | p95 ratio | queries |",
            "| --- | --- | ---: | ---: | ---: | ---: | --- |",
        ]
        main = self.measured[self.plan.scales[0]]
        by_what: dict[str, list[dict]] = {}
        for row in main["paths"]:
            by_what.setdefault(row["what"], []).append(row)
        for what, rows in by_what.items():
            if len(rows) != 2:
                continue
            large, small = rows
            lines.append(_growth_row(what, large["size"], small["size"], large, small))
        if len(self.plan.scales) > 1:
            small_scale = self.measured[self.plan.scales[1]]["search"]
            large_scale = main["search"]
            sizes = (
                f"{large_scale['documents (pages, English)']} / "
                f"{small_scale['documents (pages, English)']} pages"
            )
            for large, small in zip(large_scale["rows"], small_scale["rows"], strict=True):
                lines.append(_growth_row(f"search: {large['what']}", sizes, "", large, small))
        else:
            lines += ["", "Search is measured on one corpus in quick mode."]
        self.add("Growth", lines)

    def write(self) -> None:
        if self.measured:
            self.growth()
        versions = _versions()
        head = [
            "# Benchmark results",
            "",
            f"{'`make bench-quick`' if self.plan.quick else '`make bench`'} on "
            f"{datetime.now(UTC):%Y-%m-%d %H:%M} UTC, finished in {self.elapsed / 60:.1f} min.",
            "",
            f"Machine: {os.cpu_count()} cores, {_memory()}, {_cpu_model()}; {platform.platform()}.",
            f"Versions: {versions}.",
            f"Data scales measured: {', '.join(f'{s:g}' for s in self.plan.scales)} "
            "(scale 1: 5,000 articles, 300 terms, 200 courses, 10,000 learners, 1,000,000 ledger "
            "entries, 50 cohorts of 200, 5,000 pending claims, 2,000 quiz attempts).",
            "",
        ]
        # What the figures mean and what is left to do: kept by hand, read with the figures.
        notes = ROOT / "bench" / "ANALYSIS.md"
        tail = [notes.read_text()] if notes.exists() else []
        # A quick run never replaces the full run's results.
        out = OUT.with_name("RESULTS-quick.md") if self.plan.quick else OUT
        out.write_text("\n".join(head + self.sections + tail))
        # Every figure, for comparing runs or another load test's figures.
        self.raw["paths"] = {f"{scale:g}": figures for scale, figures in self.measured.items()}
        out.with_suffix(".json").write_text(json.dumps(self.raw, indent=1, default=str))
        print(f"\nwritten to {out.relative_to(ROOT)}")


def _growth_row(what: str, large_size, small_size, large: dict, small: dict) -> str:
    sizes = f"{large_size} / {small_size}" if small_size else large_size
    queries = f"{large.get('queries', '–')} / {small.get('queries', '–')}"
    return (
        f"| {what} | {sizes} | {large['p50']:.1f} / {small['p50']:.1f} | "
        f"{large['p95']:.1f} / {small['p95']:.1f} | {large['p50'] / small['p50']:.1f} | "
        f"{large['p95'] / small['p95']:.1f} | {queries} |"
    )


def _ratio(value: float, floor: float, digits: int) -> str:
    return f"{value / floor:.{digits}f}" if floor else "–"


def _memory() -> str:
    for line in Path("/proc/meminfo").read_text().splitlines():
        if line.startswith("MemTotal"):
            return f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB memory"
    return "memory unknown"


def _cpu_model() -> str:
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            return line.split(":", 1)[1].strip()
    return platform.processor() or platform.machine()


def _versions() -> str:
    import django
    import psycopg
    import wagtail

    with psycopg.connect(POSTGRES) as connection:
        postgres = connection.execute("SHOW server_version").fetchone()[0]
    tools = []
    for tool, flag in (("nginx", "-v"), ("redis-server", "--version"), ("wrk", "-v")):
        result = subprocess.run([_which(tool), flag], capture_output=True, text=True)
        text = (result.stdout + result.stderr).strip().splitlines()[0]
        tools.append(text[:60])
    return (
        f"Python {platform.python_version()}, Django {django.get_version()}, Wagtail "
        f"{wagtail.__version__}, PostgreSQL {postgres}, {'; '.join(tools)}"
    )


if __name__ == "__main__":
    main()
