"""Demo internships: two partner universities, two programmes, a cohort each, with students at
different stages (just started, behind on hours, awaiting sign-off, nearly done). The demo
coordinator coordinates the first university only, so the second shows what they cannot see.
Idempotent: loading twice changes nothing."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from cpd.internships.models import (
    Area,
    Cohort,
    Competency,
    Coordinator,
    EntryStatus,
    EvaluationCriterion,
    LogbookEntry,
    Placement,
    Programme,
    University,
)

D = Decimal
UNIVERSITIES = [
    ("hku-demo", "Harbour University (demo)", "海港大學（示範）"),
    ("cu-demo", "Lion Rock University (demo)", "獅子山大學（示範）"),
]
PROGRAMMES = [
    {
        "code": "summer-genomic-medicine",
        "title": ("Summer internship in genomic medicine", "基因組醫學暑期實習"),
        "hours": D(200),
        "areas": [
            ("laboratory", "Molecular laboratory", "分子化驗室", D(80)),
            ("bioinformatics", "Bioinformatics", "生物資訊學", D(60)),
            ("clinic", "Genetic counselling clinic", "遺傳輔導診所", D(30)),
        ],
        "competencies": [
            (
                "dna-extraction",
                "Extracts DNA to quality thresholds",
                "提取符合品質要求的脫氧核糖核酸",
            ),
            (
                "variant-review",
                "Reviews a variant with the ACMG/AMP criteria",
                "按ACMG/AMP準則審視變異",
            ),
            ("consent", "Explains consent for genomic testing", "解釋基因組檢測的同意程序"),
        ],
    },
    {
        "code": "bioinformatics-enrichment",
        "title": ("Bioinformatics enrichment programme", "生物資訊學增益課程"),
        "hours": D(60),
        "areas": [("bioinformatics", "Bioinformatics", "生物資訊學", D(60))],
        "competencies": [
            ("pipeline", "Runs the variant-calling pipeline", "執行變異識別流程"),
            ("qc", "Reads a sequencing quality report", "解讀定序品質報告"),
        ],
        "rubric": [
            ("analysis", "Analysis", "分析"),
            ("reproducibility", "Reproducible work", "可重複的工作"),
            ("communication", "Communication", "溝通"),
        ],
    },
]


@transaction.atomic
def load() -> None:
    universities = [_university(*spec) for spec in UNIVERSITIES]
    programmes = [_programme(spec) for spec in PROGRAMMES]
    User = get_user_model()
    coordinator = User.objects.filter(email="coordinator@example.org").first()
    if coordinator:
        Coordinator.objects.get_or_create(university=universities[0], user=coordinator)
    supervisor = User.objects.filter(email="supervisor@example.org").first()
    today = timezone.localdate()
    start = today - timedelta(days=30)
    for number, (university, programme) in enumerate(zip(universities, programmes, strict=True)):
        cohort, _created = Cohort.objects.get_or_create(
            programme=programme,
            university=university,
            term=f"{today.year} demo",
            defaults={"capacity": 30, "starts_on": start, "ends_on": start + timedelta(days=60)},
        )
        _students(cohort, supervisor, number)


def _university(code: str, en: str, zh: str) -> University:
    university, _created = University.objects.get_or_create(
        code=code, defaults={"name": en, "name_en": en, "name_zh_hant": zh}
    )
    return university


def _programme(spec: dict) -> Programme:
    existing = Programme.objects.filter(code=spec["code"]).first()
    if existing:
        return existing
    programme = Programme(
        code=spec["code"],
        title=spec["title"][0],
        title_en=spec["title"][0],
        title_zh_hant=spec["title"][1],
        required_hours=spec["hours"],
    )
    programme.areas = [
        Area(code=c, name=en, name_en=en, name_zh_hant=zh, required_hours=h)
        for c, en, zh, h in spec["areas"]
    ]
    programme.competencies = [
        Competency(code=c, title=en, title_en=en, title_zh_hant=zh)
        for c, en, zh in spec["competencies"]
    ]
    programme.criteria = [
        EvaluationCriterion(code=c, label=en, label_en=en, label_zh_hant=zh)
        for c, en, zh in spec.get("rubric", [])
    ]
    programme.save()
    return programme


def _students(cohort: Cohort, supervisor, number: int) -> None:
    User = get_user_model()
    people = [
        ("student@example.org", "Siu Ming", "Lee", "李小明") if number == 0 else None,
        (f"intern{number}a@example.org", "Ka Yan", f"Cheung {number}", "張嘉欣"),
        (f"intern{number}b@example.org", "Chi Wai", f"Ho {number}", "何志偉"),
    ]
    area = cohort.programme.areas.first()
    for n, person in enumerate(p for p in people if p):
        email, first, last, chinese = person
        user = User.objects.filter(email=email).first() or User.objects.create_user(
            email=email, password=None, first_name=first, last_name=last, chinese_name=chinese
        )
        placement, created = Placement.objects.get_or_create(
            cohort=cohort,
            student=user,
            defaults={
                "student_number": f"D{number}{n:03d}",
                "supervisor": supervisor,
                "host_unit": "Genomics laboratory",
                "start": cohort.starts_on,
                "end": cohort.ends_on,
            },
        )
        if not created:
            continue
        # stages: the first well on the way, the second behind, the third awaiting sign-off
        approved_days = (20, 4, 10)[n % 3]
        for day in range(approved_days):
            LogbookEntry.objects.create(
                placement=placement,
                day=cohort.starts_on + timedelta(days=day),
                hours=D(6),
                area_code=area.code,
                activity="Bench work with the team",
                status=EntryStatus.APPROVED if n != 2 or day < 5 else EntryStatus.SUBMITTED,
                submitted_at=timezone.now(),
                reviewed_by=supervisor if (n != 2 or day < 5) and supervisor else None,
                reviewed_at=timezone.now() if (n != 2 or day < 5) and supervisor else None,
            )
