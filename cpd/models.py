"""The professional record: accrediting schemes as data, learners' memberships, and the credit
ledger every CPD point is written to.

The ledger is append-only. A row is never edited or deleted (the model refuses, and so does the
database: a trigger on PostgreSQL, for updates on SQLite too); a correction is a reversing row
with a reason. Each learner's rows form a hash chain (each row's digest covers its fields and the
digest of the learner's previous row), so an edit made behind the application's back shows up
in `cpd.services.verify_ledger`.
"""

from __future__ import annotations

import calendar
import secrets
from decimal import Decimal

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable

from accounts.professions import Profession
from courses.models import ChoiceListField, QuestionForm

POINTS = {"max_digits": 8, "decimal_places": 2}


class AccreditingBody(models.Model):
    name = models.CharField(_("name"), max_length=200)
    short_name = models.CharField(_("short name"), max_length=30)
    website = models.URLField(_("website"), blank=True)

    panels = [FieldPanel("name"), FieldPanel("short_name"), FieldPanel("website")]

    class Meta:
        verbose_name = _("accrediting body")
        verbose_name_plural = _("accrediting bodies")
        ordering = ["short_name"]

    def __str__(self) -> str:
        return self.short_name


class CycleStart(models.TextChoices):
    FIXED = "fixed", _("On a fixed calendar date")
    PER_LEARNER = "per_learner", _("On each learner's own start date")


class ActivityType(models.TextChoices):
    COURSE = "course", _("Course completed")
    EVENT = "event", _("Event attended")
    SELF_REPORTED = "self_reported", _("Outside activity (self-reported)")
    SELF_STUDY = "self_study", _("Self-study on the site")
    SUPERVISION = "supervision", _("Internship supervision")
    INTERNSHIP = "internship", _("Internship completed")


class Scheme(ClusterableModel):
    """One accrediting body's CPD (or CME, CNE) scheme: its cycle, what it requires, its
    categories and how each kind of activity earns points."""

    body = models.ForeignKey(
        AccreditingBody, on_delete=models.PROTECT, related_name="schemes", verbose_name=_("body")
    )
    code = models.SlugField(
        _("code"),
        max_length=40,
        unique=True,
        help_text=_("Courses name the schemes they earn points under by this code."),
    )
    name = models.CharField(_("name"), max_length=200)
    professions = ChoiceListField(_("for professions"), choices_list=Profession.choices)
    cycle_years = models.PositiveSmallIntegerField(
        _("cycle length (years)"),
        default=3,
        validators=[MinValueValidator(1), MaxValueValidator(10)],
    )
    cycle_start = models.CharField(
        _("cycles start"), max_length=20, choices=CycleStart.choices, default=CycleStart.FIXED
    )
    cycle_start_month = models.PositiveSmallIntegerField(
        _("start month"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(12)],
    )
    cycle_start_day = models.PositiveSmallIntegerField(
        _("start day"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(31)],
    )
    first_cycle_year = models.PositiveSmallIntegerField(
        _("year the first cycle started"),
        null=True,
        blank=True,
        help_text=_("For fixed dates: cycles follow each other from this year on."),
    )
    points_required = models.DecimalField(_("points required per cycle"), **POINTS)
    minimum_per_year = models.DecimalField(
        _("minimum points per year"), null=True, blank=True, **POINTS
    )
    claim_window_days = models.PositiveSmallIntegerField(
        _("claim window (days)"),
        null=True,
        blank=True,
        help_text=_(
            "Outside activities must be claimed within this many days of their last day. "
            "Empty: any time in the cycle."
        ),
    )
    is_demo = models.BooleanField(
        _("demo data"),
        default=False,
        help_text=_("Modelled on public information for the demo site: not the official rules."),
    )

    panels = [
        FieldPanel("body"),
        FieldRowPanel([FieldPanel("code"), FieldPanel("name")]),
        FieldPanel("professions"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("cycle_years"), FieldPanel("cycle_start")]),
                FieldRowPanel(
                    [
                        FieldPanel("cycle_start_day"),
                        FieldPanel("cycle_start_month"),
                        FieldPanel("first_cycle_year"),
                    ]
                ),
                FieldRowPanel([FieldPanel("points_required"), FieldPanel("minimum_per_year")]),
                FieldPanel("claim_window_days"),
            ],
            heading=_("Cycle"),
        ),
        InlinePanel("categories", heading=_("Categories"), min_num=1),
        InlinePanel("rules", heading=_("Point rules")),
        FieldPanel("is_demo"),
    ]

    class Meta:
        verbose_name = _("CPD scheme")
        verbose_name_plural = _("CPD schemes")
        ordering = ["code"]
        constraints = [
            models.CheckConstraint(
                condition=Q(points_required__gt=0), name="cpd_scheme_requires_points"
            ),
            models.CheckConstraint(
                condition=Q(cycle_start="per_learner")
                | Q(
                    cycle_start_month__isnull=False,
                    cycle_start_day__isnull=False,
                    first_cycle_year__isnull=False,
                ),
                name="cpd_scheme_fixed_cycles_have_a_date",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.name} ({self.code})"

    def clean(self) -> None:
        super().clean()
        if self.cycle_start != CycleStart.FIXED:
            return
        if None in (self.cycle_start_month, self.cycle_start_day, self.first_cycle_year):
            raise ValidationError(
                _("Cycles that start on a fixed date need its day, month and first year.")
            )
        # 29 February would not come every year.
        if self.cycle_start_day > calendar.monthrange(2023, self.cycle_start_month)[1]:
            raise ValidationError({"cycle_start_day": _("That day does not come every year.")})


class Category(Orderable):
    scheme = ParentalKey(Scheme, on_delete=models.CASCADE, related_name="categories")
    code = models.SlugField(_("code"), max_length=40)
    name = models.CharField(_("name"), max_length=120)
    minimum = models.DecimalField(
        _("minimum per cycle"), null=True, blank=True, validators=[MinValueValidator(0)], **POINTS
    )
    cap = models.DecimalField(
        _("cap per cycle"),
        null=True,
        blank=True,
        validators=[MinValueValidator(Decimal("0.01"))],
        help_text=_("Points above this count nowhere in the cycle (they are shown apart)."),
        **POINTS,
    )

    panels = [
        FieldRowPanel([FieldPanel("code"), FieldPanel("name")]),
        FieldRowPanel([FieldPanel("minimum"), FieldPanel("cap")]),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("category")
        verbose_name_plural = _("categories")
        constraints = [
            models.UniqueConstraint(fields=["scheme", "code"], name="cpd_category_code_unique"),
            models.CheckConstraint(
                condition=Q(cap__isnull=True)
                | Q(minimum__isnull=True)
                | Q(cap__gte=models.F("minimum")),
                name="cpd_category_cap_not_below_minimum",
            ),
        ]

    def __str__(self) -> str:
        return self.name


class PointRule(Orderable):
    """How one kind of activity earns points under a scheme, and in which category."""

    scheme = ParentalKey(Scheme, on_delete=models.CASCADE, related_name="rules")
    activity_type = models.CharField(_("activity"), max_length=20, choices=ActivityType.choices)
    category_code = models.SlugField(_("category code"), max_length=40)
    points_per_hour = models.DecimalField(
        _("points per hour"), null=True, blank=True, validators=[MinValueValidator(0)], **POINTS
    )
    cap_per_half_day = models.DecimalField(
        _("cap per half day"), null=True, blank=True, validators=[MinValueValidator(0)], **POINTS
    )
    cap_per_day = models.DecimalField(
        _("cap per day"), null=True, blank=True, validators=[MinValueValidator(0)], **POINTS
    )
    cap_per_event = models.DecimalField(
        _("cap per event"), null=True, blank=True, validators=[MinValueValidator(0)], **POINTS
    )

    panels = [
        FieldRowPanel(
            [
                FieldPanel("activity_type"),
                FieldPanel("category_code"),
                FieldPanel("points_per_hour"),
            ]
        ),
        FieldRowPanel(
            [FieldPanel("cap_per_half_day"), FieldPanel("cap_per_day"), FieldPanel("cap_per_event")]
        ),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("point rule")
        verbose_name_plural = _("point rules")
        constraints = [
            models.UniqueConstraint(
                fields=["scheme", "activity_type"], name="cpd_one_rule_per_activity_type"
            )
        ]

    def __str__(self) -> str:
        return f"{self.get_activity_type_display()} → {self.category_code}"


class LearnerProfile(models.Model):
    """What the CPD record knows of a learner beyond their account: their professions."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="cpd_profile"
    )
    professions = ChoiceListField(_("professions"), choices_list=Profession.choices)

    class Meta:
        verbose_name = _("CPD profile")

    def __str__(self) -> str:
        return str(self.user)


class Membership(models.Model):
    """A learner's place in a scheme: their registration number and, for schemes whose cycles
    start per learner, the day their first cycle started."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="cpd_memberships"
    )
    scheme = models.ForeignKey(Scheme, on_delete=models.PROTECT, related_name="memberships")
    registration_number = models.CharField(_("registration number"), max_length=40, blank=True)
    cycle_start_date = models.DateField(_("first cycle started on"), null=True, blank=True)
    joined_at = models.DateTimeField(_("joined"), auto_now_add=True)
    reminders = models.BooleanField(
        _("email reminders"),
        default=True,
        help_text=_("A monthly email in the last six months of a cycle while points are missing."),
    )

    class Meta:
        verbose_name = _("scheme membership")
        verbose_name_plural = _("scheme memberships")
        constraints = [
            models.UniqueConstraint(fields=["user", "scheme"], name="cpd_one_membership_per_scheme")
        ]

    def __str__(self) -> str:
        return f"{self.user} · {self.scheme.code}"


class SourceKind(models.TextChoices):
    COURSE = "course", _("Course completed")
    EVENT = "event", _("Event attended")
    SELF_REPORTED = "self_reported", _("Outside activity")
    SELF_STUDY = "self_study", _("Self-study on the site")
    SUPERVISION = "supervision", _("Internship supervision")
    INTERNSHIP = "internship", _("Internship completed")
    ADJUSTMENT = "adjustment", _("Adjustment by a CPD administrator")
    REVERSAL = "reversal", _("Correction (reverses an entry)")


class LedgerEntry(models.Model):
    """One award of points (or a correction of one). Written only by cpd.services."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="cpd_entries"
    )
    scheme = models.ForeignKey(Scheme, on_delete=models.PROTECT, related_name="entries")
    category_code = models.SlugField(_("category"), max_length=40)
    points = models.DecimalField(_("points"), **POINTS)
    activity_date = models.DateField(_("activity date"))
    source_kind = models.CharField(_("source"), max_length=20, choices=SourceKind.choices)
    source_ref = models.CharField(_("source reference"), max_length=100)
    title = models.CharField(_("activity"), max_length=300)
    awarded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("awarded by"),
    )
    awarded_by_label = models.CharField(_("awarded by (as recorded)"), max_length=200)
    recorded_at = models.DateTimeField(_("recorded"))
    reverses = models.OneToOneField(
        "self",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="reversal",
        verbose_name=_("reverses"),
    )
    reason = models.TextField(_("reason"), blank=True)
    previous_digest = models.CharField(max_length=64, blank=True)
    digest = models.CharField(max_length=64, unique=True)

    class Meta:
        verbose_name = _("ledger entry")
        verbose_name_plural = _("ledger entries")
        ordering = ["user", "id"]
        indexes = [models.Index(fields=["user", "scheme", "activity_date"])]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "source_kind", "source_ref", "scheme"],
                condition=Q(reverses__isnull=True),
                name="cpd_one_award_per_source_and_scheme",
            ),
            models.CheckConstraint(condition=~Q(points=0), name="cpd_entry_points_not_zero"),
            models.CheckConstraint(
                condition=Q(source_kind__in=["adjustment", "reversal"]) | Q(points__gt=0),
                name="cpd_awards_are_positive",
            ),
            models.CheckConstraint(
                condition=(Q(source_kind="reversal") & Q(reverses__isnull=False))
                | (~Q(source_kind="reversal") & Q(reverses__isnull=True)),
                name="cpd_reversals_name_their_entry",
            ),
            models.CheckConstraint(
                condition=~Q(source_kind__in=["adjustment", "reversal"]) | ~Q(reason=""),
                name="cpd_corrections_have_a_reason",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.user} {self.scheme.code} {self.points:+}"

    def save(self, *args, **kwargs):
        if not self._state.adding:
            raise ValueError("Ledger entries are never changed: record a reversing entry.")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise ValueError("Ledger entries are never deleted: record a reversing entry.")


def evidence_storage():
    from django.core.files.storage import storages

    return storages["cpd_evidence"]


class ClaimStatus(models.TextChoices):
    PENDING = "pending", _("Pending")
    APPROVED = "approved", _("Approved")
    REJECTED = "rejected", _("Not approved")
    AMENDMENT = "amendment", _("Amendment required")


class Claim(models.Model):
    """An outside activity a learner asks to count, with evidence; decided by a CPD
    administrator through cpd.claims."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="cpd_claims"
    )
    scheme = models.ForeignKey(Scheme, on_delete=models.PROTECT, related_name="claims")
    category_code = models.SlugField(_("category"), max_length=40)
    title = models.CharField(_("activity"), max_length=300)
    provider = models.CharField(_("provider"), max_length=200)
    start_date = models.DateField(_("first day"))
    end_date = models.DateField(_("last day"))
    hours = models.DecimalField(
        _("hours"), max_digits=6, decimal_places=2, validators=[MinValueValidator(Decimal("0.25"))]
    )
    evidence = models.FileField(_("evidence"), storage=evidence_storage, upload_to="claims/%Y/%m/")
    evidence_type = models.CharField(max_length=40)
    status = models.CharField(
        _("status"), max_length=20, choices=ClaimStatus.choices, default=ClaimStatus.PENDING
    )
    submitted_at = models.DateTimeField(_("submitted"))
    points_claimed = models.DecimalField(_("points by the scheme's rule"), **POINTS)
    points_granted = models.DecimalField(_("points granted"), null=True, blank=True, **POINTS)
    decided_at = models.DateTimeField(_("decided"), null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("decided by"),
    )
    decision_reason = models.TextField(_("reason"), blank=True)
    selected_for_audit = models.BooleanField(_("selected for audit"), default=False)
    learner_notified_at = models.DateTimeField(null=True, blank=True)
    entry = models.OneToOneField(
        LedgerEntry, on_delete=models.PROTECT, null=True, blank=True, related_name="claim"
    )

    class Meta:
        verbose_name = _("outside activity claim")
        verbose_name_plural = _("outside activity claims")
        ordering = ["-submitted_at"]
        constraints = [
            models.CheckConstraint(
                condition=Q(end_date__gte=models.F("start_date")), name="cpd_claim_dates_in_order"
            ),
            models.CheckConstraint(
                condition=~Q(status="approved") | Q(entry__isnull=False, points_granted__gt=0),
                name="cpd_approved_claims_have_their_entry",
            ),
            models.CheckConstraint(
                condition=Q(status="pending") | ~Q(decision_reason="") | Q(status="approved"),
                name="cpd_refusals_have_a_reason",
            ),
        ]

    def __str__(self) -> str:
        return self.title


class CycleReminder(models.Model):
    """One reminder per membership and month, so the monthly task can run twice harmlessly."""

    membership = models.ForeignKey(
        Membership, on_delete=models.CASCADE, related_name="reminders_sent"
    )
    month = models.DateField()  # the first day of the month it is for
    missing = models.DecimalField(**POINTS)
    sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["membership", "month"], name="cpd_one_reminder_a_month")
        ]

    def __str__(self) -> str:
        return f"{self.membership} {self.month:%Y-%m}"


def session_code() -> str:
    """Six characters a person can type: no 0/O or 1/I/L to confuse."""
    alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
    return "".join(secrets.choice(alphabet) for _ in range(6))


def check_in_token() -> str:
    return secrets.token_urlsafe(24)


class CPDEvent(ClusterableModel):
    """A seminar, workshop or multidisciplinary meeting that earns CPD points by attendance."""

    title = models.CharField(_("title"), max_length=200)
    organiser = models.CharField(_("organiser"), max_length=200)
    venue = models.CharField(_("venue"), max_length=200, blank=True)
    requires_evaluation = models.BooleanField(
        _("points after a short evaluation"),
        default=False,
        help_text=_("Attendance earns points once the learner has rated the session."),
    )
    issues_certificates = models.BooleanField(
        _("certificates of attendance"),
        default=False,
        help_text=_(
            "After the last session, everyone whose attendance earned points gets a certificate."
        ),
    )

    panels = [
        FieldPanel("title"),
        FieldRowPanel([FieldPanel("organiser"), FieldPanel("venue")]),
        FieldRowPanel([FieldPanel("requires_evaluation"), FieldPanel("issues_certificates")]),
        InlinePanel("sessions", heading=_("Sessions"), min_num=1),
    ]

    class Meta:
        verbose_name = _("CPD event")
        verbose_name_plural = _("CPD events")

    def __str__(self) -> str:
        return self.title


class CPDSession(Orderable):
    """One session of an event. People check in during it with its QR code or short code."""

    event = ParentalKey(CPDEvent, on_delete=models.CASCADE, related_name="sessions")
    title = models.CharField(_("title"), max_length=200)
    starts_at = models.DateTimeField(_("starts"), help_text=_("Hong Kong time."))
    ends_at = models.DateTimeField(_("ends"), help_text=_("Hong Kong time."))
    code = models.CharField(_("check-in code"), max_length=6, unique=True, default=session_code)
    token = models.CharField(max_length=40, unique=True, default=check_in_token, editable=False)

    panels = [
        FieldPanel("title"),
        FieldRowPanel([FieldPanel("starts_at"), FieldPanel("ends_at")]),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("session")
        verbose_name_plural = _("sessions")
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_at__gt=models.F("starts_at")), name="cpd_session_ends_after_start"
            )
        ]

    def __str__(self) -> str:
        return f"{self.event.title}: {self.title}"

    def clean(self) -> None:
        super().clean()
        if self.starts_at and self.ends_at and self.ends_at <= self.starts_at:
            raise ValidationError({"ends_at": _("A session must end after it starts.")})


class Attendance(models.Model):
    class How(models.TextChoices):
        QR = "qr", _("QR code")
        CODE = "code", _("Short code")
        LIST = "list", _("Attendance list")

    session = models.ForeignKey(CPDSession, on_delete=models.PROTECT, related_name="attendances")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="cpd_attendances"
    )
    checked_in_at = models.DateTimeField(_("checked in"))
    how = models.CharField(_("how"), max_length=10, choices=How.choices)
    rating = models.PositiveSmallIntegerField(
        _("rating"), null=True, blank=True, validators=[MinValueValidator(1), MaxValueValidator(5)]
    )
    comment = models.TextField(_("comment"), blank=True)
    evaluated_at = models.DateTimeField(_("evaluated"), null=True, blank=True)

    class Meta:
        verbose_name = _("attendance")
        verbose_name_plural = _("attendances")
        constraints = [
            models.UniqueConstraint(fields=["session", "user"], name="cpd_attends_a_session_once")
        ]

    def __str__(self) -> str:
        return f"{self.user} @ {self.session}"


class TranscriptFile(models.Model):
    """A transcript PDF, rendered by a Celery task (WeasyPrint takes seconds for a long record)
    and kept for as long as the entries it lists are unchanged (the fingerprint says)."""

    membership = models.ForeignKey(Membership, on_delete=models.CASCADE, related_name="transcripts")
    cycle_start = models.DateField()
    language = models.CharField(max_length=8)
    fingerprint = models.CharField(max_length=64)
    requested_at = models.DateTimeField()
    rendered_at = models.DateTimeField(null=True, blank=True)
    file = models.FileField(storage=evidence_storage, upload_to="transcripts/", blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["membership", "cycle_start", "language", "fingerprint"],
                name="cpd_one_transcript_per_state",
            )
        ]

    def __str__(self) -> str:
        return f"{self.membership} {self.cycle_start} {self.language}"


# -- self-study on the site --------------------------------------------------------------------
class SelfStudy(models.Model):
    """A professional-level article marked as CPD self-study: read, then pass its short
    assessment (scored on the server), and the learner earns `hours` of self-study under each of
    their schemes that counts it (by that scheme's self-study rule, within its category cap)."""

    article = models.OneToOneField(
        "content.ArticlePage",
        verbose_name=_("article"),
        on_delete=models.PROTECT,
        related_name="cpd_self_study",
    )
    hours = models.DecimalField(
        _("hours of study credited"),
        max_digits=4,
        decimal_places=2,
        validators=[MinValueValidator(Decimal("0.25")), MaxValueValidator(Decimal("20"))],
    )
    pass_mark = models.PositiveSmallIntegerField(
        _("pass mark (%)"), default=70, validators=[MinValueValidator(1), MaxValueValidator(100)]
    )
    max_attempts = models.PositiveSmallIntegerField(
        _("maximum attempts"),
        null=True,
        blank=True,
        default=3,
        validators=[MinValueValidator(1)],
        help_text=_("Leave empty for no limit."),
    )
    reading_minutes = models.PositiveSmallIntegerField(
        _("minutes of reading before the assessment"),
        default=5,
        validators=[MaxValueValidator(600)],
        help_text=_(
            "The assessment opens this many minutes after the learner first opens the article."
        ),
    )
    is_active = models.BooleanField(
        _("open to learners"),
        default=True,
        help_text=_("Closed self-study keeps its attempts and points but takes no new attempts."),
    )

    panels = [
        FieldPanel("article"),
        FieldRowPanel([FieldPanel("hours"), FieldPanel("pass_mark"), FieldPanel("max_attempts")]),
        FieldRowPanel([FieldPanel("reading_minutes"), FieldPanel("is_active")]),
    ]

    class Meta:
        verbose_name = _("self-study")
        verbose_name_plural = _("self-study")
        constraints = [
            models.CheckConstraint(condition=Q(hours__gt=0), name="cpd_self_study_hours_positive"),
            models.CheckConstraint(
                condition=Q(pass_mark__gte=1, pass_mark__lte=100),
                name="cpd_self_study_pass_mark_percent",
            ),
            models.CheckConstraint(
                condition=Q(max_attempts__isnull=True) | Q(max_attempts__gte=1),
                name="cpd_self_study_at_least_one_attempt",
            ),
        ]

    def __str__(self) -> str:
        return str(self.article)

    @property
    def hours_plural(self) -> int:
        """A count for choosing the plural form of "hours": 1 only for exactly one hour (1.5
        hours is plural in English; Chinese has one form)."""
        return 1 if self.hours == 1 else 2

    def clean(self):
        super().clean()
        article = getattr(self, "article", None) if self.article_id else None
        if article is not None and article.level != "professional":
            raise ValidationError(
                {"article": _("Only an article for professionals can be CPD self-study.")}
            )


class SelfStudyQuestionKind(models.TextChoices):
    SINGLE = "single", _("Single choice")
    MULTIPLE = "multiple", _("Multiple response")
    TRUE_FALSE = "true_false", _("True or false")


class SelfStudyQuestion(ClusterableModel):
    """One question of a self-study assessment; checked when saved by the rules course quizzes
    use (`courses.scoring.check_question`), and scored by the same code."""

    self_study = models.ForeignKey(
        SelfStudy,
        verbose_name=_("self-study"),
        on_delete=models.CASCADE,
        related_name="questions",
    )
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)
    kind = models.CharField(_("kind"), max_length=20, choices=SelfStudyQuestionKind.choices)
    prompt = models.TextField(_("question"))
    points = models.PositiveSmallIntegerField(_("points"), default=1, editable=False)
    answer_true = models.BooleanField(_("the statement is true"), null=True, blank=True)
    explanation = models.TextField(_("explanation"), default="", blank=True)

    base_form_class = QuestionForm
    panels = [
        FieldPanel("self_study"),
        FieldRowPanel([FieldPanel("kind"), FieldPanel("sort_order")]),
        FieldPanel("prompt"),
        InlinePanel("options", label=_("Options")),
        FieldPanel("answer_true"),
        FieldPanel("explanation"),
    ]

    class Meta:
        verbose_name = _("self-study question")
        ordering = ["self_study", "sort_order", "id"]
        constraints = [
            models.CheckConstraint(
                condition=~Q(kind="true_false") | Q(answer_true__isnull=False),
                name="cpd_self_study_true_false_has_answer",
            ),
        ]

    def __str__(self) -> str:
        return self.prompt[:80]


class SelfStudyOption(Orderable):
    question = ParentalKey(SelfStudyQuestion, on_delete=models.CASCADE, related_name="options")
    key = models.CharField(max_length=16, editable=False)
    text = models.CharField(_("text"), max_length=500)
    correct = models.BooleanField(_("correct"), default=False)

    panels = [FieldRowPanel([FieldPanel("text"), FieldPanel("correct")])]

    class Meta(Orderable.Meta):
        verbose_name = _("option")
        constraints = [
            models.UniqueConstraint(fields=["question", "key"], name="cpd_self_study_option_key")
        ]

    def save(self, *args, **kwargs):
        if not self.key:
            self.key = secrets.token_hex(4)
        super().save(*args, **kwargs)


class SelfStudyReading(models.Model):
    """When a learner first opened a self-study article (through its CPD page)."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    self_study = models.ForeignKey(SelfStudy, on_delete=models.CASCADE, related_name="readings")
    opened_at = models.DateTimeField()

    class Meta:
        constraints = [models.UniqueConstraint(fields=["user", "self_study"], name="cpd_read_once")]

    def __str__(self) -> str:
        return f"{self.user} · {self.self_study} ({self.opened_at:%Y-%m-%d %H:%M})"


class SelfStudyAttempt(models.Model):
    """One attempt at a self-study assessment, with a snapshot of what it asked; scored on the
    server and immutable once submitted."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    self_study = models.ForeignKey(SelfStudy, on_delete=models.PROTECT, related_name="attempts")
    number = models.PositiveSmallIntegerField()
    snapshot = models.JSONField()
    started_at = models.DateTimeField()
    submitted_at = models.DateTimeField(null=True, blank=True)
    answers = models.JSONField(null=True, blank=True)
    percent = models.DecimalField(max_digits=5, decimal_places=2, null=True, blank=True)
    passed = models.BooleanField(null=True)

    class Meta:
        verbose_name = _("self-study attempt")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "self_study", "number"], name="cpd_self_study_attempt_once"
            ),
            models.UniqueConstraint(
                fields=["user", "self_study"],
                condition=Q(submitted_at__isnull=True),
                name="cpd_self_study_one_open_attempt",
            ),
            models.UniqueConstraint(
                fields=["user", "self_study"],
                condition=Q(passed=True),
                name="cpd_self_study_passed_once",
            ),
            models.CheckConstraint(
                condition=Q(submitted_at__isnull=True)
                | Q(passed__isnull=False, percent__isnull=False),
                name="cpd_self_study_submitted_is_scored",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.user} · {self.self_study} #{self.number}"
