"""A demo certificate for the demo learner, so My certificates and verification have something
to show after `make run`."""

from __future__ import annotations

import datetime as dt

from django.contrib.auth import get_user_model

from cpd.certificates import services
from cpd.certificates.models import Certificate, CertificateKind

DEMO_REF = "other:demo-orientation"


def load() -> Certificate | None:
    learner = get_user_model().objects.filter(email="learner@example.org").first()
    if learner is None:
        return None
    return services.issue(
        learner,
        services.Achievement(
            kind=CertificateKind.OTHER,
            ref=DEMO_REF,
            source_ref="demo",
            title_en="Genomic medicine orientation (demo)",
            title_zh_hant="基因組醫學入門（示範）",
            achieved_on=dt.date(2026, 11, 2),
            points=[],
        ),
    )
