"""Outside activities learners claim CPD points for: submitted with evidence within the scheme's
claim window, decided by a CPD administrator (approved, possibly for fewer points; not approved;
or returned for amendment, each with a reason), the learner told by email in their language.
Approval awards the points through cpd.services.award in the same transaction. A random sample
of approved claims is selected for audit (settings.CPD_AUDIT_SAMPLE_PERCENT)."""

from __future__ import annotations

import logging
import secrets
from datetime import date
from decimal import Decimal

from django.conf import settings
from django.core.files.uploadedfile import UploadedFile
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from academy.tasks import enqueue
from cpd import services
from cpd.models import ActivityType, Claim, ClaimStatus, Membership, Scheme, SourceKind

logger = logging.getLogger(__name__)
MAX_EVIDENCE_BYTES = 10 * 1024 * 1024
# What the evidence's first bytes must be, whatever its name says.
SIGNATURES = {
    "application/pdf": (b"%PDF-",),
    "image/jpeg": (b"\xff\xd8\xff",),
    "image/png": (b"\x89PNG\r\n\x1a\n",),
}
EXTENSIONS = {"application/pdf": "pdf", "image/jpeg": "jpg", "image/png": "png"}


def evidence_type(upload: UploadedFile) -> str:
    """The evidence's type from its bytes; refuses anything but PDF, JPEG or PNG up to 10 MB."""
    if upload.size > MAX_EVIDENCE_BYTES:
        raise services.CPDError(_("The evidence file is larger than 10 MB."))
    upload.seek(0)
    head = upload.read(16)
    upload.seek(0)
    for kind, signatures in SIGNATURES.items():
        if any(head.startswith(signature) for signature in signatures):
            return kind
    raise services.CPDError(
        _("The evidence must be a PDF, JPEG or PNG file (this file's contents are not).")
    )


def submit(
    user,
    *,
    scheme: Scheme,
    category_code: str,
    title: str,
    provider: str,
    start_date: date,
    end_date: date,
    hours: Decimal,
    evidence: UploadedFile,
    today: date | None = None,
) -> Claim:
    today = today or services.hong_kong_date(timezone.now())
    kind = evidence_type(evidence)
    points = _points(user, scheme, category_code, start_date, end_date, hours, today)
    evidence.name = f"evidence.{EXTENSIONS[kind]}"  # never the learner's own file name
    claim = Claim(
        user=user,
        scheme=scheme,
        category_code=category_code,
        title=title.strip()[:300],
        provider=provider.strip()[:200],
        start_date=start_date,
        end_date=end_date,
        hours=hours,
        evidence=evidence,
        evidence_type=kind,
        submitted_at=timezone.now(),
        points_claimed=points,
    )
    with transaction.atomic():
        claim.save()
    return claim


def _points(user, scheme, category_code, start_date, end_date, hours, today) -> Decimal:
    if not Membership.objects.filter(user=user, scheme=scheme).exists():
        raise services.CPDError(_("You are not recorded under that scheme."))
    if end_date < start_date:
        raise services.CPDError(_("The last day cannot come before the first day."))
    if end_date > today:
        raise services.CPDError(_("Claim an activity once it has taken place."))
    window = scheme.claim_window_days
    if window is not None and (today - end_date).days > window:
        raise services.CPDError(
            _("%(scheme)s accepts claims up to %(days)s days after the activity.")
            % {"scheme": scheme.name, "days": window}
        )
    if not scheme.categories.filter(code=category_code).exists():
        raise services.CPDError(_("Choose one of the scheme's categories."))
    rule = services.rule_for(scheme, ActivityType.SELF_REPORTED)
    if rule is None or rule.points_per_hour is None:
        raise services.CPDError(
            _("%(scheme)s does not award points for outside activities here.")
            % {"scheme": scheme.name}
        )
    return services.points_for_hours(rule, Decimal(hours))


def approve(claim: Claim, *, by, points: Decimal | None = None, reason: str = "") -> Claim:
    """Approve the claim, for the rule's points or fewer, and award them."""
    with transaction.atomic():
        claim = _locked_pending(claim)
        granted = claim.points_claimed if points is None else Decimal(points)
        if granted <= 0 or granted > claim.points_claimed:
            raise services.CPDError(
                _("Grant between 0.01 and %(max)s points.") % {"max": claim.points_claimed}
            )
        if granted < claim.points_claimed and not reason.strip():
            raise services.CPDError(_("Say why fewer points are granted."))
        claim.entry = services.award(
            claim.user,
            scheme=claim.scheme,
            category_code=claim.category_code,
            points=granted,
            activity_date=claim.end_date,
            source_kind=SourceKind.SELF_REPORTED,
            source_ref=f"claim:{claim.pk}",
            title=f"{claim.title} ({claim.provider})",
            awarded_by=by,
        )
        claim.points_granted = granted
        claim.selected_for_audit = secrets.randbelow(100) < settings.CPD_AUDIT_SAMPLE_PERCENT
        _decided(claim, ClaimStatus.APPROVED, by, reason)
    return claim


def reject(claim: Claim, *, by, reason: str) -> Claim:
    return _refuse(claim, ClaimStatus.REJECTED, by, reason)


def return_for_amendment(claim: Claim, *, by, reason: str) -> Claim:
    return _refuse(claim, ClaimStatus.AMENDMENT, by, reason)


def _refuse(claim: Claim, status: str, by, reason: str) -> Claim:
    if not reason.strip():
        raise services.CPDError(_("Say why, for the learner."))
    with transaction.atomic():
        claim = _locked_pending(claim)
        _decided(claim, status, by, reason)
    return claim


def amend(claim: Claim, *, hours: Decimal, evidence: UploadedFile | None, today=None) -> Claim:
    """The learner's answer to "amendment required": new hours and, optionally, new evidence;
    the claim is pending again."""
    today = today or services.hong_kong_date(timezone.now())
    with transaction.atomic():
        claim = Claim.objects.select_for_update().get(pk=claim.pk)
        if claim.status != ClaimStatus.AMENDMENT:
            raise services.CPDError(_("This claim is not waiting for an amendment."))
        if evidence is not None:
            claim.evidence_type = evidence_type(evidence)
            evidence.name = f"evidence.{EXTENSIONS[claim.evidence_type]}"
            claim.evidence = evidence
        claim.hours = hours
        claim.points_claimed = _points(
            claim.user,
            claim.scheme,
            claim.category_code,
            claim.start_date,
            claim.end_date,
            hours,
            today,
        )
        claim.status = ClaimStatus.PENDING
        claim.decided_at = claim.decided_by = None
        claim.decision_reason = ""
        claim.learner_notified_at = None
        claim.submitted_at = timezone.now()
        claim.save()
    return claim


def _locked_pending(claim: Claim) -> Claim:
    locked = Claim.objects.select_for_update().get(pk=claim.pk)
    if locked.status != ClaimStatus.PENDING:
        raise services.CPDError(_("This claim has already been decided."))
    return locked


def _decided(claim: Claim, status: str, by, reason: str) -> None:
    from accounts import audit
    from accounts.models import AuditAction

    before = {"status": claim.status, "points_claimed": claim.points_claimed}
    claim.status = status
    claim.decided_by = by
    claim.decided_at = timezone.now()
    claim.decision_reason = reason.strip()
    claim.learner_notified_at = None
    claim.save()
    audit.record(
        AuditAction.CLAIM_DECIDED,
        actor=by,
        subject=claim.user,
        obj=claim,
        before=before,
        after={"status": status, "points_granted": claim.points_granted},
        reason=claim.decision_reason,
    )
    logger.info("CPD claim %s %s by %s", claim.pk, status, getattr(by, "pk", None))
    from cpd.tasks import notify_claim_decision

    enqueue(notify_claim_decision, claim.pk)


def notify(claim_id: int) -> bool:
    """Email the learner the decision once, in their language. True if sent now."""
    with transaction.atomic():
        claim = (
            Claim.objects.select_for_update()
            .select_related("user", "scheme")
            .filter(pk=claim_id, learner_notified_at__isnull=True, decided_at__isnull=False)
            .first()
        )
        if claim is None:
            return False
        language = claim.user.preferred_language or "en"
        with translation.override(language):
            context = {
                "claim": claim,
                "site_url": settings.SITE_URL.rstrip("/"),
                "language": language,
            }
            subject = render_to_string("cpd/email/claim_decided_subject.txt", context).strip()
            body = render_to_string("cpd/email/claim_decided.txt", context)
        send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, [claim.user.email])
        claim.learner_notified_at = timezone.now()
        claim.save(update_fields=["learner_notified_at"])
    return True


def notify_pending() -> int:
    """The safety net: decisions whose email was lost (a broker outage, a killed worker)."""
    pending = Claim.objects.filter(
        decided_at__isnull=False, learner_notified_at__isnull=True
    ).values_list("pk", flat=True)
    return sum(notify(pk) for pk in list(pending))
