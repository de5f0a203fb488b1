"""Data for the benchmarks at realistic sizes, built with bulk inserts.

    DATABASE_URL=postgres://…/academy_bench_build .venv/bin/python bench/generate.py [--scale 1]

Starts from the demo site (`load_demo`), then adds, at scale 1: 5,000 bilingual articles, 300
glossary terms, 200 courses, 10,000 learners (enrolled in three courses each, each in a CPD
scheme), 1,000,000 ledger entries, 50 internship cohorts of 200 students with logbooks, 5,000
pending CPD claims and 2,000 quiz attempts on one quiz. Beside them, the named subjects the
benchmarks read, each at two sizes a factor of ten apart (see SUBJECTS).

Pages are not created one by one through treebeard (about 40 ms each): one real page of each
kind is cloned, its tree paths computed here and its rows inserted in bulk, and the search
documents written in bulk. `bench/run.py` builds this once into a template database keyed by a
hash of the migrations and this file, and copies it for each run.
"""

from __future__ import annotations

import argparse
import io
import os
import random
import sys
import time
import uuid
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# Subjects the benchmarks measure, at the larger and the smaller size.
SUBJECTS = {
    "dashboard": ("bench-dashboard-{n}@example.org", (50, 5)),  # enrolments
    "transcript": ("bench-transcript-{n}@example.org", (1000, 100)),  # ledger entries
    "cohort": ("bench-cohort-{n}", (200, 20)),  # students in a cohort
}
COORDINATOR = "coordinator@example.org"
CPD_ADMIN = "cpd-admin@example.org"
QUIZ_COURSE = "genomics-fundamentals-for-clinicians"
PASSWORD = "bench-password-2026"

WORDS_EN = (  # noqa: SIM905 (a sentence reads better than a list)
    "genome variant sequencing inheritance mutation chromosome carrier screening counselling "
    "pharmacogenomics thalassaemia consent biobank exome diagnosis hereditary cancer newborn "
    "cardiomyopathy ancestry phenotype therapy laboratory clinician family risk protein"
).split()
WORDS_ZH = (  # noqa: SIM905
    "基因 基因組 變異 測序 遺傳 突變 染色體 攜帶者 篩查 輔導 藥物基因組學 地中海貧血 同意 "
    "生物樣本庫 外顯子組 診斷 遺傳性 癌症 新生兒 心肌病 祖源 表型 治療 化驗所 醫生 家族 風險 蛋白質"
).split()


def sizes(scale: float) -> dict[str, int]:
    def scaled(n: int, least: int = 1) -> int:
        return max(least, int(n * scale))

    return {
        "articles": scaled(5000),
        "terms": scaled(300, 60),
        "courses": scaled(200, 60),  # the dashboard subject needs 50 besides the demo ones
        "learners": scaled(10000, 500),
        "entries": scaled(1_000_000),
        "cohorts": scaled(50, 2),
        "cohort_size": 200,
        "claims": scaled(5000),
        "attempts": scaled(2000, 200),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, default=1.0)
    options = parser.parse_args()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "academy.settings.dev")
    os.environ.setdefault("CELERY_TASK_ALWAYS_EAGER", "true")
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    generate(sizes(options.scale))


def generate(size: dict[str, int]) -> None:
    from django.db import transaction

    # One transaction: a commit per statement (fsync) would dominate the time.
    with transaction.atomic():
        _generate(size)
    step("vacuum analyze", vacuum)


def _generate(size: dict[str, int]) -> None:
    from django.core.management import call_command

    step("demo site", lambda: call_command("load_demo", force=True, stdout=io.StringIO()))
    step(f"{size['terms']} glossary terms", lambda: glossary(size["terms"]))
    step(f"{size['articles']} articles", lambda: articles(size["articles"]))
    courses = step(f"{size['courses']} courses", lambda: course_pages(size["courses"]))
    learners = step(f"{size['learners']} learners", lambda: users(size["learners"], "learner"))
    step("enrolments", lambda: enrolments(learners, courses))
    step("memberships", lambda: memberships(learners))
    step(f"{size['entries']} ledger entries", lambda: ledger(learners, size["entries"]))
    step("subjects", lambda: subjects(courses))
    step(f"{size['claims']} claims", lambda: claims(learners, size["claims"]))
    step(f"{size['cohorts']} cohorts", lambda: cohorts(learners, size["cohorts"], 200))
    step(f"{size['attempts']} quiz attempts", lambda: attempts(size["attempts"]))


def step(what: str, job):
    began = time.perf_counter()
    print(f"  {what}…", end="", flush=True)
    value = job()
    print(f" {time.perf_counter() - began:.1f} s", flush=True)
    return value


# -- pages -----------------------------------------------------------------------------------
def clone_pages(parent, template, overrides: list[dict]) -> list[int]:
    """Insert copies of `template` (a specific page) as children of `parent`, one per dict of
    field overrides, in bulk: tree paths computed here, the base rows through bulk_create and
    the specific rows through the same bulk insert Django uses (bulk_create refuses
    multi-table models)."""
    from wagtail.models import Page

    model = type(template)
    base_fields = [f for f in Page._meta.concrete_fields if not f.primary_key]
    own_fields = [f for f in model._meta.local_concrete_fields if f.name != "page_ptr"]
    last = parent.get_children().order_by("-path").values_list("path", flat=True).first()
    step_number = (int(last[-Page.steplen :], 36) + 1) if last else 1
    now = datetime.now(UTC)
    bases, specifics = [], []
    for offset, values in enumerate(overrides):
        base = Page(**{f.attname: getattr(template, f.attname) for f in base_fields})
        base.path = Page._get_path(parent.path, parent.depth + 1, step_number + offset)
        base.depth, base.numchild = parent.depth + 1, 0
        base.url_path = f"{parent.url_path}{values['slug']}/"
        base.translation_key = uuid.uuid4()
        base.latest_revision_id = base.live_revision_id = None
        base.first_published_at = base.last_published_at = now - timedelta(minutes=offset)
        base.latest_revision_created_at = None
        specific = {f.attname: getattr(template, f.attname) for f in own_fields}
        for name, value in values.items():
            setattr(base, name, value) if hasattr(base, name) else None
            if name in specific or any(f.name == name for f in own_fields):
                specific[name] = value
        base.draft_title = base.title
        bases.append(base)
        specifics.append(specific)
    Page.objects.bulk_create(bases, batch_size=500)
    rows = [model(page_ptr_id=b.pk, **s) for b, s in zip(bases, specifics, strict=True)]
    insert_fields = [model._meta.get_field("page_ptr"), *own_fields]
    for start in range(0, len(rows), 500):
        model._base_manager._insert(rows[start : start + 500], fields=insert_fields)
    Page.objects.filter(pk=parent.pk).update(numchild=parent.numchild + len(overrides))
    parent.numchild += len(overrides)
    return [b.pk for b in bases]


def _words(rng: random.Random, count: int) -> tuple[str, str]:
    return " ".join(rng.sample(WORDS_EN, count)), "".join(rng.sample(WORDS_ZH, count))


def articles(count: int) -> None:
    from academy.chinese import to_simplified
    from content.models import ArticlePage, TopicPage

    rng = random.Random(1)
    topics = list(TopicPage.objects.order_by("path"))
    templates = list(ArticlePage.objects.exclude(slug__startswith="bench-").order_by("path"))
    clones: dict[int, ArticlePage] = {}
    for number, topic in enumerate(topics):
        share = range(number, count, len(topics))
        overrides = []
        for n in share:
            template = templates[n % len(templates)]
            en, zh = _words(rng, 3)
            overrides.append(
                {
                    "slug": f"bench-article-{n}",
                    "title": f"{template.title_en} ({en} {n})",
                    "title_en": f"{template.title_en} ({en} {n})",
                    "title_zh_hant": f"{template.title_zh_hant}（{zh}{n}）",
                    "title_zh_hans": to_simplified(f"{template.title_zh_hant}（{zh}{n}）"),
                    "summary_en": f"{template.summary_en} About {en}.",
                    "summary_zh_hant": f"{template.summary_zh_hant}關於{zh}。",
                    "summary_zh_hans": to_simplified(f"{template.summary_zh_hant}關於{zh}。"),
                }
            )
        # Clone each template's share separately: the specific fields come from the template.
        by_template: dict[int, list[dict]] = {}
        for n, values in zip(share, overrides, strict=True):
            by_template.setdefault(n % len(templates), []).append(values)
        for index, values in by_template.items():
            for pk in clone_pages(topic, templates[index], values):
                clones[pk] = templates[index]
    step("search documents", lambda: _search_documents(clones))


def _search_documents(clones: dict[int, object]) -> None:
    """Each clone's documents (clone id -> the article it was cloned from): the template's body
    text, indexed once per template, with the clone's own title, summary and address."""
    from wagtail.search.backends import get_search_backend

    from content.models import ArticlePage
    from content.search import services, text
    from content.search.models import Kind, SearchDocument

    templates: dict[int, dict] = {}
    for template in {t.pk: t for t in clones.values()}.values():
        documents = services._page_documents(template)
        for fields in documents.values():
            fields["body_index"] = text.index_text(fields["body"])
        templates[template.pk] = documents
    documents = []
    for page in ArticlePage.objects.filter(pk__in=list(clones)).iterator(chunk_size=500):
        template = clones[page.pk]
        for language, fields in templates[template.pk].items():
            content = page.search_content(language)
            title = " ".join(content.title.split())[: services.TITLE_LENGTH]
            summary = content.summary.strip()
            documents.append(
                SearchDocument(
                    kind=Kind.PAGE,
                    page_id=page.pk,
                    language=language,
                    title=title,
                    summary=summary,
                    body=fields["body"],
                    url=fields["url"].replace(f"/{template.slug}/", f"/{page.slug}/"),
                    index_title=text.index_text(title),
                    index_body=f"{text.index_text(summary)} {fields['body_index']}",
                )
            )
    SearchDocument.objects.bulk_create(documents, batch_size=1000)
    services.fill_missing_vectors()  # what _write does for a document saved one by one
    backend = get_search_backend()
    for start in range(0, len(documents), 1000):
        backend.add_bulk(SearchDocument, documents[start : start + 1000])


def glossary(count: int) -> None:
    from academy.chinese import to_simplified
    from content.models import GlossaryTerm
    from content.search import services

    rng = random.Random(2)
    existing = GlossaryTerm.objects.count()
    terms = []
    for n in range(max(0, count - existing)):
        en, zh = _words(rng, 2)
        terms.append(
            GlossaryTerm(
                slug=f"bench-term-{n}",
                term=f"{en} {n}",
                term_en=f"{en} {n}",
                term_zh_hant=f"{zh}{n}",
                term_zh_hans=to_simplified(f"{zh}{n}"),
                short_definition_en=f"A word used about {en}.",
                short_definition_zh_hant=f"有關{zh}的詞彙。",
                short_definition_zh_hans=to_simplified(f"有關{zh}的詞彙。"),
            )
        )
    for term in GlossaryTerm.objects.bulk_create(terms):
        services.reindex_term(term.pk)


def course_pages(count: int) -> list[int]:
    from courses.models import CourseIndexPage, CoursePage, CourseRun, LessonPage, ModulePage

    catalogue = CourseIndexPage.objects.get()
    course = CoursePage.objects.get(slug=QUIZ_COURSE)
    module = ModulePage.objects.child_of(course).first()
    readings = list(LessonPage.objects.filter(kind="reading").order_by("path")[:2])
    extra = max(0, count - CoursePage.objects.count())
    ids = clone_pages(
        catalogue,
        course,
        [
            {
                "slug": f"bench-course-{n}",
                "title": f"Bench course {n}",
                "title_en": f"Bench course {n}",
                "title_zh_hant": f"基準課程 {n}",
                "title_zh_hans": f"基准课程 {n}",
            }
            for n in range(extra)
        ],
    )
    run = CourseRun.objects.filter(course=course).first()
    CourseRun.objects.bulk_create(
        CourseRun(course_id=pk, kind=run.kind, capacity=None, sort_order=0) for pk in ids
    )
    for pk in ids:
        parent = CoursePage.objects.get(pk=pk)
        [module_id] = clone_pages(parent, module, [{"slug": "module-1"}])
        parent_module = ModulePage.objects.get(pk=module_id)
        clone_pages(
            parent_module,
            readings[0],
            [{"slug": f"reading-{n}"} for n in range(len(readings))],
        )
    return list(CoursePage.objects.order_by("pk").values_list("pk", flat=True))


# -- people and records ------------------------------------------------------------------------
def users(count: int, prefix: str, *, start: int = 0):
    from django.contrib.auth import get_user_model
    from django.contrib.auth.hashers import make_password

    User = get_user_model()
    password = make_password(PASSWORD)
    return User.objects.bulk_create(
        (
            User(
                email=f"{prefix}-{start + n}@example.org",
                password=password,
                first_name="Tai Man",
                last_name=f"Chan {start + n}",
                chinese_name="陳大文",
            )
            for n in range(count)
        ),
        batch_size=2000,
    )


def active_enrolment(user, course_id: int, run_id: int, now):
    from courses.models import Enrolment

    return Enrolment(
        user=user,
        course_id=course_id,
        run_id=run_id,
        status="active",
        requested_at=now,
        activated_at=now,
        changed_at=now,
    )


def quiz_ready(users, course, quiz_lesson, now, *, ready=None) -> list:
    """Active enrolments of `users` on `course`, with every lesson but the quiz completed for
    the enrolments of `ready` (default: all), so the quiz is open to them."""
    from courses import services
    from courses.models import Enrolment, LessonProgress

    run = course.runs.first()
    enrolled = Enrolment.objects.bulk_create(
        active_enrolment(u, course.pk, run.pk, now) for u in users
    )
    others = [o for o in services.lessons_of(course) if o.pk != quiz_lesson.pk]
    LessonProgress.objects.bulk_create(
        LessonProgress(enrolment=e, lesson=o, completed_at=now, how="marked")
        for e in (enrolled if ready is None else enrolled[:ready])
        for o in others
    )
    return enrolled


def enrolments(learners, course_ids) -> None:
    from courses.models import CourseRun, Enrolment

    runs = dict(CourseRun.objects.values_list("course_id", "pk"))
    now = datetime.now(UTC)
    rng = random.Random(3)
    Enrolment.objects.bulk_create(
        (
            active_enrolment(user, course, runs[course], now)
            for user in learners
            for course in rng.sample(course_ids, 3)
        ),
        batch_size=5000,
    )


def _scheme():
    from cpd.models import Scheme

    return Scheme.objects.get(code="hkam-cme")


def memberships(learners) -> None:
    from cpd.models import Membership

    scheme = _scheme()
    Membership.objects.bulk_create(
        (Membership(user=u, scheme=scheme, registration_number=f"M{u.pk}") for u in learners),
        batch_size=5000,
    )


def ledger(learners, total: int, *, scheme=None) -> None:
    """`total` entries spread over the learners, written with COPY (the hash chain is not
    computed: no benchmark verifies it)."""
    per_learner = max(1, total // len(learners))
    _copy_entries([(u.pk, per_learner) for u in learners], scheme or _scheme())


def _copy_entries(plan: list[tuple[int, int]], scheme) -> None:
    from django.db import connection

    categories = list(scheme.categories.values_list("code", flat=True)) or ["general"]
    recorded = datetime.now(UTC)
    start = date(2026, 1, 1)
    columns = (
        "user_id, scheme_id, category_code, points, activity_date, source_kind, source_ref, "
        "title, awarded_by_label, recorded_at, reason, previous_digest, digest"
    )
    with (
        connection.cursor() as cursor,
        cursor.connection.cursor().copy(f"COPY cpd_ledgerentry ({columns}) FROM STDIN") as copy,
    ):
        for user_id, count in plan:
            for i in range(count):
                copy.write_row(
                    (
                        user_id,
                        scheme.pk,
                        categories[i % len(categories)],
                        Decimal("0.5"),
                        start + timedelta(days=(i * 7) % 900),
                        "event",
                        f"bench-{i}",
                        f"Seminar {i} 基因組學研討會",
                        "bench",
                        recorded,
                        "",
                        "",
                        uuid.uuid4().hex + uuid.uuid4().hex,
                    )
                )


def subjects(course_ids) -> None:
    """The named learners the learner-path benchmarks sign in as."""
    from courses.models import CourseRun, Enrolment
    from cpd.models import Membership

    scheme = _scheme()
    runs = dict(CourseRun.objects.values_list("course_id", "pk"))
    now = datetime.now(UTC)
    _pattern, counts = SUBJECTS["dashboard"]
    for n in counts:
        [user] = users(1, f"bench-dashboard-{n}")
        Enrolment.objects.bulk_create(
            active_enrolment(user, c, runs[c], now) for c in course_ids[:n]
        )
        Membership.objects.create(user=user, scheme=scheme, registration_number=f"D{n}")
        _copy_entries([(user.pk, 50)], scheme)
    _pattern, counts = SUBJECTS["transcript"]
    for n in counts:
        [user] = users(1, f"bench-transcript-{n}")
        Membership.objects.create(user=user, scheme=scheme, registration_number=f"T{n}")
        _copy_entries([(user.pk, n)], scheme)


def claims(learners, count: int) -> None:
    from django.core.files.base import ContentFile

    from cpd.models import Claim

    scheme = _scheme()
    category = scheme.categories.first()
    evidence = Claim._meta.get_field("evidence").storage
    name = evidence.save("claims/bench/evidence.pdf", ContentFile(b"%PDF-1.4\n%bench\n"))
    now = datetime.now(UTC)
    Claim.objects.bulk_create(
        (
            Claim(
                user=learners[n % len(learners)],
                scheme=scheme,
                category_code=category.code if category else "general",
                title=f"Outside seminar {n}",
                provider="Hospital Authority",
                start_date=date(2026, 10, 1),
                end_date=date(2026, 10, 1),
                hours=Decimal(2),
                evidence=name,
                evidence_type="application/pdf",
                submitted_at=now - timedelta(minutes=n),
                points_claimed=Decimal(2),
            )
            for n in range(count)
        ),
        batch_size=2000,
    )


def cohorts(learners, count: int, size: int) -> None:
    from cpd.internships.models import Cohort, LogbookEntry, Placement, Programme, University

    university = University.objects.get(coordinators__user__email=COORDINATOR)
    programme = Programme.objects.get(code="summer-genomic-medicine")
    area = programme.areas.first()
    supervisor_email = "supervisor@example.org"
    from django.contrib.auth import get_user_model

    supervisor = get_user_model().objects.get(email=supervisor_email)
    starts = date.today() - timedelta(days=20)
    made = Cohort.objects.bulk_create(
        Cohort(
            programme=programme,
            university=university,
            term=f"bench {n}",
            capacity=size,
            starts_on=starts,
            ends_on=starts + timedelta(days=60),
        )
        for n in range(count)
    )
    plan = [(cohort, size) for cohort in made]
    _, subject_sizes = SUBJECTS["cohort"]
    for n in subject_sizes:
        subject = Cohort.objects.create(
            programme=programme,
            university=university,
            term=f"bench-cohort-{n}",
            capacity=n,
            starts_on=starts,
            ends_on=starts + timedelta(days=60),
        )
        plan.append((subject, n))
    students = iter(learners * (1 + sum(n for _, n in plan) // len(learners)))
    placements = []
    for cohort, n in plan:
        for number in range(n):
            placements.append(
                Placement(
                    cohort=cohort,
                    student=next(students),
                    student_number=f"S{cohort.pk}-{number}",
                    supervisor=supervisor,
                    start=cohort.starts_on,
                    end=cohort.ends_on,
                    status="active",
                )
            )
    placements = Placement.objects.bulk_create(placements, batch_size=5000)
    now = datetime.now(UTC)
    LogbookEntry.objects.bulk_create(
        (
            LogbookEntry(
                placement=p,
                day=p.start + timedelta(days=d),
                hours=Decimal(6),
                area_code=area.code,
                activity="Variant curation",
                reflection="Learnt to classify variants.",
                status=("approved", "submitted")[d % 2],
                submitted_at=now,
                reviewed_by=supervisor if d % 2 == 0 else None,
                reviewed_at=now if d % 2 == 0 else None,
            )
            for p in placements
            for d in range(5)
        ),
        batch_size=5000,
    )


def attempts(count: int) -> None:
    """One real submitted attempt, then `count` more on the same quiz with varied marks."""
    from courses import services
    from courses.models import CoursePage, LessonPage, QuizAttempt

    course = CoursePage.objects.get(slug=QUIZ_COURSE)
    lesson = LessonPage.objects.descendant_of(course).get(kind="quiz")
    quiz = lesson.quiz
    takers = users(count, "bench-quiz-taker")
    now = datetime.now(UTC)
    enrolled = quiz_ready(takers, course, lesson, now, ready=1)
    model = services.start_attempt(enrolled[0], lesson, now=now)
    answers = {q["id"]: _some_answer(q) for q in model.snapshot}
    model = services.submit_attempt(model, answers, user=takers[0], now=now)
    rng = random.Random(4)
    rows = []
    for user, enrolment in zip(takers[1:], enrolled[1:], strict=True):
        results = []
        for row in model.results:
            correct = rng.random() < 0.7
            results.append(
                {**row, "correct": correct, "awarded": row["possible"] if correct else "0"}
            )
        percent = Decimal(100 * sum(r["correct"] for r in results) / max(1, len(results)))
        rows.append(
            QuizAttempt(
                user=user,
                quiz=quiz,
                enrolment=enrolment,
                lesson=lesson,
                number=1,
                snapshot=model.snapshot,
                started_at=now,
                submitted_at=now,
                answers=model.answers,
                score_awarded=Decimal(sum(Decimal(str(r["awarded"])) for r in results)),
                score_possible=model.score_possible,
                percent=percent.quantize(Decimal("0.01")),
                passed=percent >= quiz.pass_mark,
                results=results,
            )
        )
    QuizAttempt.objects.bulk_create(rows, batch_size=1000)


def _some_answer(question: dict):
    options = [option["id"] for option in question.get("options", [])]
    kind = question["kind"]
    if kind in ("multiple", "ordering"):
        return options
    if kind == "true_false":
        return "true"
    if kind == "numeric":
        return "1"
    return options[0] if options else "1"


def vacuum() -> None:
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE")


if __name__ == "__main__":
    main()
