"""A learner's transcript as PDF (WeasyPrint with the Noto CJK fonts, so names and titles in
Chinese, HKSCS characters included, render and extract exactly)."""

from __future__ import annotations

import hashlib

from django.template.loader import render_to_string
from django.utils import timezone

from cpd.services import Progress, cycle_entries


def record_fingerprint(entries) -> str:
    """One SHA-256 over the digests of the entries listed, in order: staff can recompute it
    from the ledger to check a printed transcript."""
    return hashlib.sha256("".join(e.digest for e in entries).encode()).hexdigest()


def transcript_pdf(progress: Progress, language: str) -> bytes:
    from weasyprint import HTML

    membership = progress.membership
    entries = list(cycle_entries(progress))
    html = render_to_string(
        "cpd/transcript_pdf.html",
        {
            "progress": progress,
            "membership": membership,
            "learner": membership.user,
            "entries": entries,
            "fingerprint": record_fingerprint(entries),
            "generated": timezone.localtime(),
            "language": language,
        },
    )
    return HTML(string=html).write_pdf()
