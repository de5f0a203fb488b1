from django.conf import settings
from django.contrib.auth.models import AbstractUser, BaseUserManager
from django.db import models
from django.db.models.functions import Lower
from django.utils.translation import gettext_lazy as _


class UserManager(BaseUserManager):
    use_in_migrations = True

    def normalize_email(self, email: str | None) -> str:
        return (email or "").strip().lower()

    def _create_user(self, email: str, password: str | None, **extra_fields):
        if not email:
            raise ValueError("An email address is required.")
        user = self.model(email=self.normalize_email(email), **extra_fields)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_user(self, email: str, password: str | None = None, **extra_fields):
        extra_fields.setdefault("is_staff", False)
        extra_fields.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra_fields)

    def create_superuser(self, email: str, password: str | None = None, **extra_fields):
        extra_fields.setdefault("is_staff", True)
        extra_fields.setdefault("is_superuser", True)
        if not (extra_fields["is_staff"] and extra_fields["is_superuser"]):
            raise ValueError("A superuser must have is_staff and is_superuser set.")
        return self._create_user(email, password, **extra_fields)


class User(AbstractUser):
    """A person with an account. Email is the login; names are kept as they should be printed
    (certificates show both scripts)."""

    username = None
    email = models.EmailField(_("email address"), unique=True)
    chinese_name = models.CharField(
        _("name in Chinese"),
        max_length=100,
        blank=True,
        help_text=_("As it should appear on certificates, e.g. 陳大文."),
    )
    preferred_language = models.CharField(
        _("preferred language"),
        max_length=8,
        choices=settings.LANGUAGES,
        default="en",
        help_text=_("Emails and reminders are sent in this language."),
    )

    USERNAME_FIELD = "email"
    EMAIL_FIELD = "email"
    REQUIRED_FIELDS: list[str] = []

    objects = UserManager()

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")
        constraints = [
            models.UniqueConstraint(Lower("email"), name="accounts_user_email_ci_unique"),
            models.CheckConstraint(
                condition=models.Q(preferred_language__in=["en", "zh-hant", "zh-hans"]),
                name="accounts_user_preferred_language_valid",
            ),
        ]

    def __str__(self) -> str:
        return self.get_full_name() or self.email

    def save(self, *args, **kwargs):
        self.email = UserManager().normalize_email(self.email)
        super().save(*args, **kwargs)


class AuditAction(models.TextChoices):
    LEDGER_ADJUSTED = "ledger.adjusted", _("Ledger adjustment recorded")
    LEDGER_REVERSED = "ledger.reversed", _("Ledger entry reversed")
    CLAIM_DECIDED = "claim.decided", _("Claim decided")
    CERTIFICATE_ISSUED = "certificate.issued", _("Certificate issued by hand")
    CERTIFICATE_REVOKED = "certificate.revoked", _("Certificate revoked")
    CERTIFICATE_REISSUED = "certificate.reissued", _("Certificate reissued")
    ROLES_CHANGED = "roles.changed", _("Roles changed")
    DATA_EXPORTED = "data.exported", _("Personal data exported")
    ACCOUNT_DELETED = "account.deleted", _("Account deleted")
    SUPERVISOR_ASSIGNED = "placement.supervisor", _("Supervisor assigned")
    ROSTER_IMPORTED = "roster.imported", _("Roster imported")


class AuditEvent(models.Model):
    """One action on a person's record, as it was: who, what, when, before and after. Written
    only by `accounts.audit.record`; append-only (the model refuses changes, and so does the
    database, as for the CPD ledger). The staff member who acted is recorded by name, to stand
    after their account goes; the person whose record it is only by reference, so erasing their
    account leaves nothing of them here."""

    at = models.DateTimeField(_("when"), db_index=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("who"),
    )
    actor_label = models.CharField(_("who (as recorded)"), max_length=254)
    action = models.CharField(_("what"), max_length=40, choices=AuditAction.choices, db_index=True)
    subject = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("whose record"),
    )
    object_type = models.CharField(max_length=60, blank=True)
    object_id = models.CharField(max_length=60, blank=True)
    before = models.JSONField(null=True, blank=True)
    after = models.JSONField(null=True, blank=True)
    reason = models.TextField(_("reason"), blank=True)

    class Meta:
        verbose_name = _("audit event")
        ordering = ["-at", "-id"]
        indexes = [models.Index(fields=["subject", "at"]), models.Index(fields=["actor", "at"])]

    def __str__(self) -> str:
        return f"{self.at:%Y-%m-%d %H:%M} {self.actor_label} {self.action}"

    def save(self, *args, **kwargs):
        if not self._state.adding:
            raise ValueError("Audit events are never changed.")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise ValueError("Audit events are never deleted.")
