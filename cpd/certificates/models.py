"""Certificates: one per achievement, verifiable by anyone from its code, and each also a signed
Open Badges 3.0 credential. Written only by `cpd.certificates.services`.

A certificate is never deleted to revoke it: revoking keeps the record and flips its bit in the
published status list; reissuing (a corrected name, say) revokes the old one and links the new.
Only an erasure request removes what a certificate says about a person (see personal_data)."""

from __future__ import annotations

import uuid

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

STATUS_LIST_SIZE = 131_072  # entries per Bitstring Status List: the spec's minimum, for privacy


def certificate_storage():
    from django.core.files.storage import storages

    return storages["certificates"]


class CertificateKind(models.TextChoices):
    COURSE = "course", _("Course completed")
    EVENT = "event", _("Event attended")
    INTERNSHIP = "internship", _("Internship completed")
    OTHER = "other", _("Other achievement")


class SigningKey(models.Model):
    """An ES256 key pair the issuer signs credentials with. The newest unretired key signs;
    every key stays published (JWKS) so credentials signed before a rotation still verify."""

    kid = models.CharField(max_length=64, unique=True)
    private_pem = models.TextField()
    public_jwk = models.JSONField()
    created_at = models.DateTimeField()
    retired_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("signing key")
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return self.kid


class BulkIssuance(models.Model):
    """Certificates issued together (for a whole event, say): the certificates are recorded at
    once, then rendered by tasks; progress is how many are rendered."""

    title = models.CharField(_("title"), max_length=300)
    event = models.ForeignKey(
        "cpd.CPDEvent", null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    cohort = models.ForeignKey(
        "internships.Cohort", null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    requested_at = models.DateTimeField()

    class Meta:
        verbose_name = _("bulk issuance")
        ordering = ["-requested_at"]

    def __str__(self) -> str:
        return self.title


class Certificate(models.Model):
    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    code = models.CharField(_("verification code"), max_length=27, unique=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="certificates"
    )
    kind = models.CharField(_("kind"), max_length=20, choices=CertificateKind.choices)
    # The achievement (e.g. "course:12"): a learner holds one current certificate for it.
    achievement_ref = models.CharField(max_length=100)
    # What earned it (e.g. "course-completion:55"), for tracing.
    source_ref = models.CharField(max_length=100)
    # As printed: kept as issued, so the page and the PDF always agree.
    holder_name = models.CharField(_("holder's name"), max_length=300)
    holder_name_zh = models.CharField(_("holder's Chinese name"), max_length=100, blank=True)
    title_en = models.CharField(_("achievement (English)"), max_length=300)
    title_zh_hant = models.CharField(_("achievement (Chinese)"), max_length=300, blank=True)
    description_en = models.TextField(blank=True)
    description_zh_hant = models.TextField(blank=True)
    achieved_on = models.DateField(_("achieved on"))
    points = models.JSONField(default=list, blank=True)
    issuer_name = models.CharField(max_length=300)
    signatory = models.CharField(max_length=300, blank=True)
    issued_at = models.DateTimeField(_("issued"))
    issued_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    expires_on = models.DateField(_("expires"), null=True, blank=True)
    status_list = models.PositiveIntegerField(default=1)
    status_index = models.PositiveIntegerField()
    revoked_at = models.DateTimeField(_("revoked"), null=True, blank=True)
    revoked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    revocation_reason = models.TextField(blank=True)  # internal: never published
    superseded_at = models.DateTimeField(null=True, blank=True)
    replaces = models.OneToOneField(
        "self", null=True, blank=True, on_delete=models.PROTECT, related_name="replaced_by"
    )
    hidden = models.BooleanField(_("hidden from public verification"), default=False)
    bulk = models.ForeignKey(
        BulkIssuance,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="certificates",
    )
    # Rendering (a Celery task): the signed credential, then the PDF that carries it.
    credential = models.TextField(blank=True)
    signing_key = models.ForeignKey(
        SigningKey, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    pdf = models.FileField(storage=certificate_storage, upload_to="pdf/", blank=True)
    pdf_sha256 = models.CharField(max_length=64, blank=True)
    rendered_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("certificate")
        ordering = ["-issued_at", "-id"]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "achievement_ref"],
                condition=Q(superseded_at__isnull=True),
                name="certificates_one_per_achievement",
            ),
            models.UniqueConstraint(
                fields=["status_list", "status_index"], name="certificates_status_entry_once"
            ),
            models.CheckConstraint(
                condition=Q(status_index__lt=STATUS_LIST_SIZE), name="certificates_index_in_list"
            ),
            models.CheckConstraint(
                condition=Q(revoked_at__isnull=True) | ~Q(revocation_reason=""),
                name="certificates_revocation_has_reason",
            ),
            models.CheckConstraint(
                condition=Q(superseded_at__isnull=True) | Q(revoked_at__isnull=False),
                name="certificates_superseded_are_revoked",
            ),
            models.CheckConstraint(
                condition=Q(rendered_at__isnull=True) | ~Q(pdf_sha256=""),
                name="certificates_rendered_have_a_fingerprint",
            ),
        ]
        indexes = [models.Index(fields=["rendered_at", "issued_at"])]

    def __str__(self) -> str:
        return f"{self.title_en} · {self.holder_name} ({self.code})"

    @property
    def status(self) -> str:
        """'revoked', 'expired' or 'valid' (today in Hong Kong)."""
        from django.utils import timezone

        from cpd.services import hong_kong_date

        if self.revoked_at is not None:
            return "revoked"
        if self.expires_on is not None and self.expires_on < hong_kong_date(timezone.now()):
            return "expired"
        return "valid"

    @property
    def grouped_code(self) -> str:
        from cpd.certificates.codes import grouped

        return grouped(self.code)
