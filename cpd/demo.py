"""Demo CPD schemes, modelled on what Hong Kong bodies publish (../shared/notes/cpd-hong-kong.md)
and marked as demo data: they are not the bodies' official rules. Idempotent: a scheme that
exists is left as it is. The demo learner (a clinician) belongs to two schemes."""

from __future__ import annotations

import zoneinfo
from datetime import date, datetime, timedelta
from decimal import Decimal

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from cpd import services
from cpd.models import (
    AccreditingBody,
    Category,
    CPDEvent,
    CPDSession,
    PointRule,
    Scheme,
    SelfStudy,
    SelfStudyOption,
    SelfStudyQuestion,
)

D = Decimal

BODIES = {
    "HKAM": ("Hong Kong Academy of Medicine (demo)", "香港醫學專科學院（示範）"),
    "MCHK": ("Medical Council of Hong Kong (demo)", "香港醫務委員會（示範）"),
    "NCHK": ("Nursing Council of Hong Kong (demo)", "香港護士管理局（示範）"),
    "MLT": ("Medical Laboratory Technologists Board (demo)", "醫務化驗師管理委員會（示範）"),
    "Institute": ("Genome Institute (demo)", "基因組研究所（示範）"),
}

# code: body, names, cycle (years, start, first year or None: per learner), required, per year,
# categories [(code, en, zh, minimum, cap)], rules [(activity, category, per hour, half day,
# day, event)]
SCHEMES = {
    "hkam-cme": {
        "body": "HKAM",
        "name": ("Specialist CME/CPD (HKAM style)", "專科持續醫學教育／持續專業發展（醫專模式）"),
        "professions": ["doctor"],
        "cycle": (3, (1, 1), 2026),
        "required": D(90),
        "per_year": None,
        "claim_window": 90,
        "categories": [
            ("cme", "CME", "持續醫學教育", None, D(75)),
            ("cpd", "CPD", "持續專業發展", D(15), D(45)),
            ("self-study", "Self-study", "自學", None, D(45)),
        ],
        "rules": [
            ("event", "cme", D(1), None, None, D(20)),
            ("course", "self-study", None, None, None, None),
            ("self_study", "self-study", D(1), None, None, D(5)),
            ("self_reported", "cpd", D("0.5"), None, None, D(10)),
        ],
    },
    "mchk-cme": {
        "body": "MCHK",
        "name": (
            "CME for non-specialists (Medical Council style)",
            "非專科醫生持續醫學教育（醫委會模式）",
        ),
        "professions": ["doctor"],
        "cycle": (3, (1, 7), 2025),
        "required": D(90),
        "per_year": D(20),
        "claim_window": 30,
        "categories": [
            ("active", "Active participation", "主動參與", None, None),
            ("receptive", "Receptive participation", "被動參與", None, None),
            ("self-study", "Self-study", "自學", None, D(30)),
        ],
        "rules": [
            ("event", "receptive", D(1), D(3), D(5), D(10)),
            ("course", "self-study", None, None, None, None),
            ("self_study", "self-study", D(1), None, None, D(3)),
            ("self_reported", "active", D(2), D(3), D(5), D(10)),
        ],
    },
    "nursing-cne": {
        "body": "NCHK",
        "name": ("Continuing nursing education (registered nurses)", "持續護理教育（註冊護士）"),
        "professions": ["nurse"],
        "cycle": (3, None, None),
        "required": D(45),
        "per_year": None,
        "categories": [
            ("formal", "Formal learning", "正式學習", None, None),
            ("self-study", "Self-study", "自學", None, D(20)),
        ],
        "rules": [
            ("event", "formal", D(1), None, None, None),
            ("course", "self-study", None, None, None, None),
            ("self_study", "self-study", D(1), None, None, D(3)),
        ],
    },
    "mlt-cpd": {
        "body": "MLT",
        "name": ("Medical laboratory technologist CPD", "醫務化驗師持續專業發展"),
        "professions": ["lab_technologist"],
        "cycle": (3, (1, 1), 2026),
        "required": D(45),
        "per_year": D(10),
        "categories": [
            ("technical", "Technical and scientific", "技術及科學", D(15), None),
            ("self-study", "Self-study", "自學", None, D(15)),
        ],
        "rules": [
            ("event", "technical", D(1), None, D(6), None),
            ("course", "self-study", None, None, None, None),
        ],
    },
    "gc-cpd": {
        "body": "Institute",
        "name": (
            "Genetic counselling CPD (institute scheme)",
            "遺傳輔導持續專業發展（研究所計劃）",
        ),
        "professions": ["genetic_counsellor"],
        "cycle": (3, None, None),
        "required": D(90),
        "per_year": D(20),
        "categories": [
            ("clinical", "Clinical practice and case review", "臨床實務及個案討論", D(30), None),
            ("self-study", "Self-study", "自學", None, D(30)),
            ("supervision", "Supervising trainees", "督導學員", None, D(15)),
        ],
        "rules": [
            ("event", "clinical", D(1), None, None, None),
            ("course", "self-study", None, None, None, None),
            ("self_study", "self-study", D(1), None, None, D(3)),
            ("supervision", "supervision", None, None, None, D(5)),
        ],
    },
}

DEMO_MEMBERSHIPS = {
    "learner@example.org": [
        ("hkam-cme", "M12345", None),
        ("mchk-cme", "M12345", None),
    ],
}


@transaction.atomic
def load() -> list[Scheme]:
    bodies = {code: _body(code, names) for code, names in BODIES.items()}
    schemes = [_scheme(code, spec, bodies[spec["body"]]) for code, spec in SCHEMES.items()]
    _event()
    _self_study()
    users = get_user_model().objects.filter(email__in=DEMO_MEMBERSHIPS)
    for user in users:
        for code, number, started in DEMO_MEMBERSHIPS[user.email]:
            services.join(
                user,
                Scheme.objects.get(code=code),
                registration_number=number,
                cycle_start_date=started and date.fromisoformat(started),
            )
    return schemes


def _body(code: str, names) -> AccreditingBody:
    body, _created = AccreditingBody.objects.get_or_create(
        short_name=code, defaults={"name_en": names[0], "name_zh_hant": names[1], "name": names[0]}
    )
    return body


def _scheme(code: str, spec: dict, body: AccreditingBody) -> Scheme:
    existing = Scheme.objects.filter(code=code).first()
    if existing is not None:
        return existing
    years, start, first_year = spec["cycle"]
    scheme = Scheme(
        body=body,
        code=code,
        name=spec["name"][0],
        name_en=spec["name"][0],
        name_zh_hant=spec["name"][1],
        professions=spec["professions"],
        cycle_years=years,
        cycle_start="fixed" if start else "per_learner",
        cycle_start_day=start[0] if start else None,
        cycle_start_month=start[1] if start else None,
        first_cycle_year=first_year,
        points_required=spec["required"],
        minimum_per_year=spec["per_year"],
        claim_window_days=spec.get("claim_window"),
        is_demo=True,
    )
    scheme.categories = [
        Category(code=c, name=en, name_en=en, name_zh_hant=zh, minimum=minimum, cap=cap)
        for c, en, zh, minimum, cap in spec["categories"]
    ]
    scheme.rules = [
        PointRule(
            activity_type=activity,
            category_code=category,
            points_per_hour=rate,
            cap_per_half_day=half_day,
            cap_per_day=day,
            cap_per_event=event,
        )
        for activity, category, rate, half_day, day, event in spec["rules"]
    ]
    scheme.full_clean()
    scheme.save()
    return scheme


def _event() -> None:
    """A genomics MDT meeting a week ahead, with two sessions to check in to."""
    title = ("Genomics multidisciplinary meeting (demo)", "基因組學跨專業會議（示範）")
    if CPDEvent.objects.filter(title_en=title[0]).exists():
        return
    day = timezone.localdate() + timedelta(days=7)
    hong_kong = zoneinfo.ZoneInfo("Asia/Hong_Kong")

    def at(hour: int) -> datetime:
        return datetime(day.year, day.month, day.day, hour, tzinfo=hong_kong)

    event = CPDEvent(
        title=title[0], title_en=title[0], title_zh_hant=title[1], organiser="Genome Institute"
    )
    event.sessions = [
        CPDSession(
            title="Case review",
            title_en="Case review",
            title_zh_hant="個案討論",
            starts_at=at(9),
            ends_at=at(11),
        ),
        CPDSession(
            title="Variant interpretation",
            title_en="Variant interpretation",
            title_zh_hant="變異解讀",
            starts_at=at(11),
            ends_at=at(13),
        ),
    ]
    event.save()


# Questions on the demo article "Genetic variants explained", following the ACMG/AMP standards
# it describes (Richards S, et al. Genet Med 2015;17:405-424, doi:10.1038/gim.2015.30).
SELF_STUDY_ARTICLE = "genetic-variants-explained"
SELF_STUDY_QUESTIONS = [
    {
        "kind": "single",
        "prompt": (
            "How many classes does the ACMG/AMP system use for variants in Mendelian disease "
            "genes?",
            "ACMG/AMP系統把孟德爾遺傳病基因的變異分為多少類？",
        ),
        "options": [("Three", "三類", False), ("Five", "五類", True), ("Seven", "七類", False)],
        "explanation": (
            "Pathogenic, likely pathogenic, uncertain significance, likely benign and benign.",
            "致病、可能致病、意義未明、可能良性及良性。",
        ),
    },
    {
        "kind": "true_false",
        "prompt": (
            "A variant of uncertain significance should be used to guide clinical decisions.",
            "意義未明的變異應用作臨床決定的依據。",
        ),
        "answer": False,
        "explanation": (
            "Until more evidence reclassifies it, a VUS should not change clinical management.",
            "在有更多證據重新分類之前，意義未明的變異不應改變臨床處理。",
        ),
    },
    {
        "kind": "single",
        "prompt": (
            "What is a de novo variant?",
            "甚麼是新發變異？",
        ),
        "options": [
            (
                "A variant found in the child but in neither biological parent",
                "在孩子身上找到、但親生父母都沒有的變異",
                True,
            ),
            ("A variant inherited from both parents", "同時遺傳自父母雙方的變異", False),
            ("A variant found only in tumour tissue", "只在腫瘤組織中找到的變異", False),
        ],
        "explanation": (
            "De novo variants arise in the egg, the sperm or the early embryo.",
            "新發變異在卵子、精子或早期胚胎中出現。",
        ),
    },
]


def _self_study() -> None:
    from content.models import ArticlePage

    article = ArticlePage.objects.filter(slug=SELF_STUDY_ARTICLE).first()
    if article is None or SelfStudy.objects.filter(article=article).exists():
        return
    study = SelfStudy(article=article, hours=Decimal("1"), reading_minutes=2)
    study.full_clean()
    study.save()
    for order, spec in enumerate(SELF_STUDY_QUESTIONS):
        question = SelfStudyQuestion(
            self_study=study,
            sort_order=order,
            kind=spec["kind"],
            prompt=spec["prompt"][0],
            prompt_en=spec["prompt"][0],
            prompt_zh_hant=spec["prompt"][1],
            explanation=spec["explanation"][0],
            explanation_en=spec["explanation"][0],
            explanation_zh_hant=spec["explanation"][1],
            answer_true=spec.get("answer"),
        )
        question.options = [
            SelfStudyOption(text=en, text_en=en, text_zh_hant=zh, correct=correct)
            for en, zh, correct in spec.get("options", [])
        ]
        question.save()
