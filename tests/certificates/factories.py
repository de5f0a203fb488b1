import datetime as dt

from django.contrib.auth import get_user_model

from cpd.certificates import services
from cpd.certificates.services import Achievement

NAME_ZH = "陳𨋢明"  # 𨋢 (lift) is an HKSCS character outside the Basic Multilingual Plane


def holder(email="holder@example.org", chinese_name=NAME_ZH):
    return get_user_model().objects.create_user(
        email=email,
        password="pw-123456789",
        first_name="Lift",
        last_name="Chan",
        chinese_name=chinese_name,
    )


def achievement(ref="course:1", **fields) -> Achievement:
    values = {
        "kind": "course",
        "ref": ref,
        "source_ref": f"test:{ref}",
        "title_en": "Genomic medicine for clinicians",
        "title_zh_hant": "臨床醫生的基因組醫學",
        "achieved_on": dt.date(2026, 11, 30),
        "points": [
            {
                "scheme": "hkam-cme",
                "scheme_name_en": "HKAM CME",
                "scheme_name_zh_hant": "醫專持續醫學教育",
                "points": "3.00",
            }
        ],
        **fields,
    }
    return Achievement(**values)


def issued(user=None, ref="course:1", rendered=True, **fields):
    user = user or holder()
    certificate = services.issue(user, achievement(ref, **fields))
    if rendered:
        services.render(certificate.pk)
        certificate.refresh_from_db()
    return certificate
