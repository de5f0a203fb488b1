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


def requested(progress: Progress, language: str):
    """The stored PDF of this transcript as it stands now: ready, or queued to be rendered."""
    from django.db import IntegrityError, transaction

    from cpd.models import TranscriptFile

    fingerprint = record_fingerprint(cycle_entries(progress))
    key = {
        "membership": progress.membership,
        "cycle_start": progress.cycle.start,
        "language": language,
        "fingerprint": fingerprint,
    }
    existing = TranscriptFile.objects.filter(**key).first()
    if existing is not None:
        return existing
    try:
        with transaction.atomic():
            made = TranscriptFile.objects.create(**key, requested_at=timezone.now())
    except IntegrityError:  # requested twice at once
        return TranscriptFile.objects.get(**key)
    from academy.tasks import enqueue
    from cpd.tasks import render_transcript

    enqueue(render_transcript, made.pk)
    return made


def render(file_id: int) -> bool:
    """Render a requested transcript; True if rendered now (a second run does nothing)."""
    from django.core.files.base import ContentFile
    from django.db import transaction
    from django.utils import translation

    from cpd import services
    from cpd.models import TranscriptFile

    with transaction.atomic():
        item = (
            TranscriptFile.objects.select_for_update(of=("self",))
            .select_related("membership__scheme__body", "membership__user")
            .filter(pk=file_id, rendered_at__isnull=True)
            .first()
        )
        if item is None:
            return False
        progress = services.progress(item.membership, on=item.cycle_start)
        with translation.override(item.language):
            body = transcript_pdf(progress, item.language)
        item.file.save(f"transcript-{item.pk}.pdf", ContentFile(body), save=False)
        item.rendered_at = timezone.now()
        item.save(update_fields=["file", "rendered_at"])
    return True


def render_pending(older_than_seconds: int = 120) -> int:
    """The safety net: transcripts whose rendering was lost (a broker outage, a killed worker)."""
    from datetime import timedelta

    from cpd.models import TranscriptFile

    cutoff = timezone.now() - timedelta(seconds=older_than_seconds)
    pending = TranscriptFile.objects.filter(rendered_at__isnull=True, requested_at__lt=cutoff)
    return sum(render(pk) for pk in list(pending.values_list("pk", flat=True)))
