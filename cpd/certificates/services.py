"""Issuing, rendering, revoking and reissuing certificates: the one place that writes them.

`issue` records the certificate (one per learner and achievement: the database refuses a second)
and queues its rendering after the commit; `render` signs the credential and renders the PDF,
once, however often it runs; a beat sweep re-queues what is still unrendered, so a lost message
or a killed worker loses nothing.
"""

from __future__ import annotations

import hashlib
import logging
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from django.conf import settings
from django.core.files.base import ContentFile
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from academy.tasks import enqueue, send
from accounts.models import AuditAction
from cpd.certificates import codes, credentials
from cpd.certificates.models import BulkIssuance, Certificate, CertificateKind
from cpd.certificates.tasks import render_certificate
from cpd.models import CPDEvent, LedgerEntry, SourceKind
from cpd.services import CPDError, hong_kong_date

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Achievement:
    kind: str
    ref: str  # the achievement: one current certificate per learner and ref
    source_ref: str  # what earned it
    title_en: str
    title_zh_hant: str
    achieved_on: date
    points: list[dict]
    description_en: str = ""
    description_zh_hant: str = ""
    expires_on: date | None = None


def holder_names(user) -> tuple[str, str]:
    name = user.get_full_name().strip() or user.email.split("@")[0]
    return name, (getattr(user, "chinese_name", "") or "").strip()


def points_listed(entries) -> list[dict]:
    """Points per scheme from ledger entries (net of reversals), for printing."""
    totals: dict[int, Decimal] = {}
    schemes = {}
    for entry in entries:
        totals[entry.scheme_id] = totals.get(entry.scheme_id, Decimal(0)) + entry.points
        schemes[entry.scheme_id] = entry.scheme
    return [
        {
            "scheme": schemes[pk].code,
            "scheme_name_en": schemes[pk].name_en or schemes[pk].name,
            "scheme_name_zh_hant": schemes[pk].name_zh_hant or "",
            "points": str(total),
        }
        for pk, total in sorted(totals.items(), key=lambda item: schemes[item[0]].code)
        if total > 0
    ]


# -- issuing -------------------------------------------------------------------------------------
def issue(
    user,
    achievement: Achievement,
    *,
    by=None,
    bulk: BulkIssuance | None = None,
    now: datetime | None = None,
) -> Certificate:
    """The learner's certificate for this achievement: the existing one, or a new one queued
    for rendering. Safe to call twice, or twice at once."""
    existing = _current(user, achievement.ref)
    if existing is not None:
        return existing
    now = now or timezone.now()
    holder, holder_zh = holder_names(user)
    for _attempt in range(8):  # a clash of random status indexes or codes: draw again
        try:
            with transaction.atomic():
                certificate = Certificate.objects.create(
                    code=codes.new_code(),
                    user=user,
                    kind=achievement.kind,
                    achievement_ref=achievement.ref,
                    source_ref=achievement.source_ref,
                    holder_name=holder,
                    holder_name_zh=holder_zh,
                    title_en=achievement.title_en,
                    title_zh_hant=achievement.title_zh_hant,
                    description_en=achievement.description_en,
                    description_zh_hant=achievement.description_zh_hant,
                    achieved_on=achievement.achieved_on,
                    points=achievement.points,
                    issuer_name=settings.CERTIFICATE_ISSUER_NAME,
                    signatory=settings.CERTIFICATE_SIGNATORY,
                    issued_at=now,
                    issued_by=by,
                    expires_on=achievement.expires_on,
                    status_index=credentials.free_status_index(),
                    bulk=bulk,
                )
        except IntegrityError:
            existing = _current(user, achievement.ref)
            if existing is not None:  # issued by a simultaneous call
                return existing
            continue
        enqueue(render_certificate, certificate.pk)
        return certificate
    raise CPDError(_("The certificate could not be issued; please try again."))


def _current(user, ref: str) -> Certificate | None:
    return Certificate.objects.filter(
        user=user, achievement_ref=ref, superseded_at__isnull=True
    ).first()


def issue_for_course_completion(completion) -> Certificate:
    """Course completion subscriber: the course certificate, with the points it earned."""
    course = completion.course
    entries = LedgerEntry.objects.filter(
        user=completion.user,
        source_kind=SourceKind.COURSE,
        source_ref=f"course-completion:{completion.pk}",
    ).select_related("scheme")
    return issue(
        completion.user,
        Achievement(
            kind=CertificateKind.COURSE,
            ref=f"course:{course.pk}",
            source_ref=f"course-completion:{completion.pk}",
            title_en=course.title_en or course.title,
            title_zh_hant=course.title_zh_hant or "",
            achieved_on=hong_kong_date(completion.completed_at),
            points=points_listed(entries),
        ),
        now=completion.completed_at,
    )


def _unissued_event_awards(event: CPDEvent) -> dict[int, list[LedgerEntry]]:
    """The event's ledger entries per attendee still without its certificate (two queries,
    however many attended)."""
    ref = f"event:{event.pk}"
    holders = set(
        Certificate.objects.filter(achievement_ref=ref, superseded_at__isnull=True).values_list(
            "user_id", flat=True
        )
    )
    awards: dict[int, list[LedgerEntry]] = defaultdict(list)
    entries = LedgerEntry.objects.filter(
        source_kind=SourceKind.EVENT, source_ref__startswith=f"{ref}:"
    ).select_related("scheme", "user")
    for entry in entries:
        if entry.user_id not in holders:
            awards[entry.user_id].append(entry)
    return awards


def event_achievement(event: CPDEvent, entries: list[LedgerEntry]) -> Achievement:
    """Attending the event, with the points the attendance earned."""
    return Achievement(
        kind=CertificateKind.EVENT,
        ref=f"event:{event.pk}",
        source_ref=f"event:{event.pk}",
        title_en=event.title_en or event.title,
        title_zh_hant=event.title_zh_hant or "",
        achieved_on=max(entry.activity_date for entry in entries),
        points=points_listed(entries),
    )


def issue_for_event(event: CPDEvent, *, by=None, now: datetime | None = None) -> BulkIssuance:
    """Certificates for everyone whose attendance at the event earned points, recorded in one
    transaction and rendered by tasks. Running it again issues only to those still without."""
    return _issue_for_event(event, _unissued_event_awards(event), by=by, now=now)


def _issue_for_event(event, awards, *, by, now) -> BulkIssuance:
    now = now or timezone.now()
    with transaction.atomic():
        bulk = BulkIssuance.objects.create(
            title=event.title_en or event.title, event=event, requested_by=by, requested_at=now
        )
        for entries in awards.values():
            issue(entries[0].user, event_achievement(event, entries), by=by, bulk=bulk, now=now)
    return bulk


def issue_for_ended_events(now: datetime | None = None) -> int:
    """Beat task: certificates for events that give them, once their last session has ended;
    an event whose attendees all hold theirs records no batch."""
    now = now or timezone.now()
    count = 0
    for event in CPDEvent.objects.filter(issues_certificates=True).prefetch_related("sessions"):
        sessions = list(event.sessions.all())
        if not sessions or max(s.ends_at for s in sessions) > now:
            continue
        awards = _unissued_event_awards(event)
        if awards:
            count += _issue_for_event(event, awards, by=None, now=now).certificates.count()
    return count


def issue_manually(
    user, *, title_en: str, title_zh_hant: str, achieved_on: date, by, points: list | None = None
) -> Certificate:
    """A certificate a CPD administrator issues for an achievement the platform did not see."""
    ref = "other:" + hashlib.sha256(f"{title_en}|{achieved_on}".encode()).hexdigest()[:24]
    with transaction.atomic():
        existed = _current(user, ref) is not None
        certificate = issue(
            user,
            Achievement(
                kind=CertificateKind.OTHER,
                ref=ref,
                source_ref=f"manual:{by.pk}",
                title_en=title_en,
                title_zh_hant=title_zh_hant,
                achieved_on=achieved_on,
                points=points or [],
            ),
            by=by,
        )
        if not existed:
            _audit(AuditAction.CERTIFICATE_ISSUED, by, certificate, "", None)
    return certificate


def _audit(action, by, certificate: Certificate, reason: str, before: dict | None) -> None:
    from accounts import audit

    audit.record(
        action,
        actor=by,
        subject=certificate.user,
        obj=certificate,
        before=before,
        after={
            "code": certificate.code,
            "achievement": certificate.title_en,
            "holder_name": certificate.holder_name,
            "status": certificate.status,
        },
        reason=reason,
    )


# -- rendering -----------------------------------------------------------------------------------
def render(certificate_id: int) -> bool:
    """Sign the credential and render the PDF carrying it; True if rendered now. A second run,
    or a run on a certificate that is gone, does nothing."""
    from cpd.certificates import pdf

    with transaction.atomic():
        certificate = (
            Certificate.objects.select_for_update(skip_locked=True)
            .select_related("user")
            .filter(pk=certificate_id, rendered_at__isnull=True)
            .first()
        )
        if certificate is None:
            return False
        key = credentials.signing_key()
        token = credentials.sign_credential(certificate, key)
        document = pdf.certificate_pdf(certificate, token)
        certificate.credential = token
        certificate.signing_key = key
        certificate.pdf_sha256 = hashlib.sha256(document).hexdigest()
        # Always the same name, replacing what a run killed before its commit left behind.
        name = f"pdf/{certificate.uuid}.pdf"
        storage = certificate.pdf.storage
        if storage.exists(name):
            storage.delete(name)
        certificate.pdf.name = storage.save(name, ContentFile(document))
        certificate.rendered_at = timezone.now()
        certificate.save(
            update_fields=["credential", "signing_key", "pdf", "pdf_sha256", "rendered_at"]
        )
    return True


def render_pending(older_than_seconds: int = 60) -> int:
    """Beat sweep: re-queue certificates still unrendered a while after issue."""
    cutoff = timezone.now() - timezone.timedelta(seconds=older_than_seconds)
    pending = list(
        Certificate.objects.filter(rendered_at__isnull=True, issued_at__lt=cutoff).values_list(
            "pk", flat=True
        )[:5000]
    )
    for pk in pending:
        send(render_certificate, pk)
    return len(pending)


# -- revoking, reissuing, hiding -----------------------------------------------------------------
def revoke(
    certificate: Certificate, *, by, reason: str, now: datetime | None = None
) -> Certificate:
    reason = (reason or "").strip()
    if not reason:
        raise CPDError(_("Give a reason for revoking the certificate."))
    with transaction.atomic():
        certificate = Certificate.objects.select_for_update().get(pk=certificate.pk)
        if certificate.revoked_at is not None:
            raise CPDError(_("This certificate is already revoked."))
        certificate.revoked_at = now or timezone.now()
        certificate.revoked_by = by
        certificate.revocation_reason = reason
        certificate.save(update_fields=["revoked_at", "revoked_by", "revocation_reason"])
        _audit(AuditAction.CERTIFICATE_REVOKED, by, certificate, reason, {"status": "valid"})
    logger.info("certificate %s revoked by %s", certificate.pk, getattr(by, "pk", None))
    return certificate


def reissue(
    certificate: Certificate, *, by, reason: str, now: datetime | None = None
) -> Certificate:
    """Revoke the certificate and issue its replacement with the holder's details as they are
    now (a corrected name, say); the two are linked and both kept."""
    reason = (reason or "").strip()
    if not reason:
        raise CPDError(_("Give a reason for reissuing the certificate."))
    now = now or timezone.now()
    with transaction.atomic():
        old = Certificate.objects.select_for_update().select_related("user").get(pk=certificate.pk)
        if old.superseded_at is not None:
            raise CPDError(_("This certificate has already been replaced."))
        if old.revoked_at is None:
            old.revoked_at = now
            old.revoked_by = by
            old.revocation_reason = reason
        old.superseded_at = now
        old.save(update_fields=["revoked_at", "revoked_by", "revocation_reason", "superseded_at"])
        replacement = issue(
            old.user,
            Achievement(
                kind=old.kind,
                ref=old.achievement_ref,
                source_ref=old.source_ref,
                title_en=old.title_en,
                title_zh_hant=old.title_zh_hant,
                achieved_on=old.achieved_on,
                points=old.points,
                description_en=old.description_en,
                description_zh_hant=old.description_zh_hant,
                expires_on=old.expires_on,
            ),
            by=by,
            now=now,
        )
        Certificate.objects.filter(pk=replacement.pk).update(replaces=old)
        replacement.replaces = old
        _audit(
            AuditAction.CERTIFICATE_REISSUED,
            by,
            replacement,
            reason,
            {"code": old.code, "holder_name": old.holder_name},
        )
    return replacement


def set_hidden(certificate: Certificate, *, user, hidden: bool) -> None:
    if certificate.user_id != user.pk:
        raise CPDError(_("This is not your certificate."))
    Certificate.objects.filter(pk=certificate.pk).update(hidden=hidden)
