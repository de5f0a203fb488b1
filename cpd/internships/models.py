"""Internships: partner universities and their coordinators, programmes (competencies, hour
targets per area, evaluation rules), cohorts, placements, logbooks, competency sign-offs and
evaluations. Written only by `cpd.internships.services`.

Every row a coordinator may see hangs from a cohort, and every cohort from one university: the
access rules in `cpd.internships.access` filter by that one path, so no URL, filter or export
reaches another university's students.
"""

from __future__ import annotations

import secrets
from decimal import Decimal

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable

HOURS = {"max_digits": 6, "decimal_places": 2}


class University(ClusterableModel):
    code = models.SlugField(_("code"), max_length=20, unique=True)
    name = models.CharField(_("name"), max_length=200)

    panels = [
        FieldPanel("code"),
        FieldPanel("name"),
        InlinePanel("coordinators", heading=_("Coordinators")),
    ]

    class Meta:
        verbose_name = _("university")
        verbose_name_plural = _("universities")
        ordering = ["code"]

    def __str__(self) -> str:
        return self.name


class Coordinator(Orderable):
    """A university's coordinator: sees and manages that university's cohorts only."""

    university = ParentalKey(University, on_delete=models.CASCADE, related_name="coordinators")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user"),
        on_delete=models.CASCADE,
        related_name="coordinator_of",
    )

    panels = [FieldPanel("user")]

    class Meta(Orderable.Meta):
        verbose_name = _("coordinator")
        constraints = [
            models.UniqueConstraint(
                fields=["university", "user"], name="internships_coordinator_once"
            )
        ]

    def __str__(self) -> str:
        return f"{self.user} · {self.university}"


class Programme(ClusterableModel):
    code = models.SlugField(_("code"), max_length=40, unique=True)
    title = models.CharField(_("title"), max_length=200)
    description = models.TextField(_("description"), blank=True)
    required_hours = models.DecimalField(_("required hours in all"), **HOURS)
    midpoint_due_days = models.PositiveSmallIntegerField(
        _("midpoint evaluation due (days after the start)"), default=28
    )
    final_due_days = models.PositiveSmallIntegerField(
        _("final evaluation due (days after the end)"), default=7
    )
    pass_mark = models.DecimalField(
        _("final evaluation pass mark (mean rating, 1 to 5)"),
        max_digits=3,
        decimal_places=2,
        default=Decimal(3),
        validators=[MinValueValidator(1), MaxValueValidator(5)],
    )
    takes_applications = models.BooleanField(
        _("students apply"),
        default=False,
        help_text=_(
            "Students apply with a statement and CV; their coordinator endorses; the institute "
            "accepts or declines. Otherwise coordinators import rosters."
        ),
    )
    supervision_hours = models.DecimalField(
        _("supervision credited to the supervisor per completed placement (hours)"),
        max_digits=5,
        decimal_places=2,
        default=Decimal(5),
        help_text=_("Counted under the supervisor's CPD schemes that credit supervision."),
    )

    panels = [
        FieldRowPanel([FieldPanel("code"), FieldPanel("title")]),
        FieldPanel("description"),
        FieldRowPanel([FieldPanel("required_hours"), FieldPanel("supervision_hours")]),
        FieldPanel("takes_applications"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("midpoint_due_days"), FieldPanel("final_due_days")]),
                FieldPanel("pass_mark"),
            ],
            heading=_("Evaluations"),
        ),
        InlinePanel("areas", heading=_("Areas and their hour targets")),
        InlinePanel("competencies", heading=_("Competencies")),
        InlinePanel(
            "criteria",
            heading=_("Evaluation rubric"),
            help_text=_(
                "What supervisors and students rate from 1 to 5; left empty, the standard "
                "rubric (knowledge, technical skills, communication, professionalism)."
            ),
        ),
    ]

    class Meta:
        verbose_name = _("programme")
        ordering = ["code"]
        constraints = [
            models.CheckConstraint(
                condition=Q(required_hours__gt=0), name="internships_required_hours_positive"
            )
        ]

    def __str__(self) -> str:
        return self.title


class Area(Orderable):
    """Where interns work (laboratory, bioinformatics, clinic…), with the hours required there."""

    programme = ParentalKey(Programme, on_delete=models.CASCADE, related_name="areas")
    code = models.SlugField(_("code"), max_length=40)
    name = models.CharField(_("name"), max_length=200)
    required_hours = models.DecimalField(_("required hours"), default=Decimal(0), **HOURS)

    panels = [FieldRowPanel([FieldPanel("code"), FieldPanel("name"), FieldPanel("required_hours")])]

    class Meta(Orderable.Meta):
        verbose_name = _("area")
        constraints = [
            models.UniqueConstraint(fields=["programme", "code"], name="internships_area_once")
        ]

    def __str__(self) -> str:
        return self.name


class Competency(Orderable):
    programme = ParentalKey(Programme, on_delete=models.CASCADE, related_name="competencies")
    code = models.SlugField(_("code"), max_length=40)
    title = models.CharField(_("competency"), max_length=300)

    panels = [FieldRowPanel([FieldPanel("code"), FieldPanel("title")])]

    class Meta(Orderable.Meta):
        verbose_name = _("competency")
        verbose_name_plural = _("competencies")
        constraints = [
            models.UniqueConstraint(
                fields=["programme", "code"], name="internships_competency_once"
            )
        ]

    def __str__(self) -> str:
        return self.title


class EvaluationCriterion(Orderable):
    """One line of the programme's evaluation rubric, rated 1 to 5."""

    programme = ParentalKey(Programme, on_delete=models.CASCADE, related_name="criteria")
    code = models.SlugField(_("code"), max_length=40)
    label = models.CharField(_("what is rated"), max_length=200)

    panels = [FieldRowPanel([FieldPanel("code"), FieldPanel("label")])]

    class Meta(Orderable.Meta):
        verbose_name = _("rubric line")
        constraints = [
            models.UniqueConstraint(fields=["programme", "code"], name="internships_criterion_once")
        ]

    def __str__(self) -> str:
        return self.label


class Cohort(models.Model):
    programme = models.ForeignKey(
        Programme, verbose_name=_("programme"), on_delete=models.PROTECT, related_name="cohorts"
    )
    university = models.ForeignKey(
        University, verbose_name=_("university"), on_delete=models.PROTECT, related_name="cohorts"
    )
    term = models.CharField(
        pgettext_lazy("cohort", "term"), max_length=40, help_text=_("For example 2027 summer.")
    )
    capacity = models.PositiveIntegerField(_("capacity"))
    starts_on = models.DateField(_("placements start"))
    ends_on = models.DateField(_("placements end"))

    panels = [
        FieldRowPanel([FieldPanel("programme"), FieldPanel("university")]),
        FieldRowPanel([FieldPanel("term"), FieldPanel("capacity")]),
        FieldRowPanel([FieldPanel("starts_on"), FieldPanel("ends_on")]),
    ]

    class Meta:
        verbose_name = _("cohort")
        ordering = ["-id"]
        constraints = [
            models.UniqueConstraint(
                fields=["programme", "university", "term"], name="internships_cohort_once"
            ),
            models.CheckConstraint(
                condition=Q(ends_on__gte=models.F("starts_on")),
                name="internships_cohort_ends_after_start",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.programme.code} · {self.university.code} · {self.term}"


class PlacementStatus(models.TextChoices):
    ACTIVE = "active", _("In progress")
    COMPLETED = "completed", _("Completed")
    WITHDRAWN = "withdrawn", _("Withdrawn")


class Placement(models.Model):
    cohort = models.ForeignKey(Cohort, on_delete=models.PROTECT, related_name="placements")
    student = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="placements"
    )
    student_number = models.CharField(_("student number"), max_length=40)
    host_unit = models.CharField(_("host unit"), max_length=200, blank=True)
    supervisor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("supervisor"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="supervised_placements",
    )
    start = models.DateField(_("start"))
    end = models.DateField(_("end"))
    status = models.CharField(
        max_length=20, choices=PlacementStatus.choices, default=PlacementStatus.ACTIVE
    )
    completed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("placement")
        ordering = ["student__last_name", "student__first_name", "id"]
        constraints = [
            models.UniqueConstraint(fields=["cohort", "student"], name="internships_placed_once"),
            models.UniqueConstraint(
                fields=["cohort", "student_number"], name="internships_student_number_once"
            ),
            models.CheckConstraint(
                condition=Q(end__gte=models.F("start")), name="internships_ends_after_start"
            ),
            models.CheckConstraint(
                condition=Q(status="completed", completed_at__isnull=False)
                | (~Q(status="completed") & Q(completed_at__isnull=True)),
                name="internships_completed_has_a_time",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.student} · {self.cohort}"


class EntryStatus(models.TextChoices):
    SUBMITTED = "submitted", _("Awaiting sign-off")
    APPROVED = "approved", _("Signed off")
    RETURNED = "returned", _("Returned for changes")


class LogbookEntry(models.Model):
    """Hours a student worked, with what they did and what they learned. Approved entries are
    locked: the services refuse any change, and only approved hours count."""

    placement = models.ForeignKey(Placement, on_delete=models.CASCADE, related_name="entries")
    day = models.DateField(_("date"))
    hours = models.DecimalField(
        _("hours"),
        max_digits=4,
        decimal_places=2,
        validators=[MinValueValidator(Decimal("0.25")), MaxValueValidator(Decimal(16))],
    )
    area_code = models.SlugField(_("area"), max_length=40)
    activity = models.CharField(_("activity"), max_length=300)
    reflection = models.TextField(_("reflection"), blank=True)
    status = models.CharField(
        max_length=20, choices=EntryStatus.choices, default=EntryStatus.SUBMITTED
    )
    submitted_at = models.DateTimeField()
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    reviewed_at = models.DateTimeField(null=True, blank=True)
    comment = models.TextField(_("supervisor's comment"), blank=True)

    class Meta:
        verbose_name = _("logbook entry")
        verbose_name_plural = _("logbook entries")
        ordering = ["-day", "-id"]
        indexes = [models.Index(fields=["placement", "status"])]
        constraints = [
            models.CheckConstraint(
                condition=Q(hours__gt=0, hours__lte=16), name="internships_hours_in_a_day"
            ),
            models.CheckConstraint(
                condition=~Q(status="returned") | ~Q(comment=""),
                name="internships_returned_with_a_comment",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.placement_id} {self.day} {self.hours} h"


def sign_off_token() -> str:
    return secrets.token_urlsafe(32)


class SignOffLink(models.Model):
    """A one-time link emailed to a supervisor to sign off an entry: it works once and expires.
    Only a hash of the token is stored."""

    entry = models.ForeignKey(LogbookEntry, on_delete=models.CASCADE, related_name="links")
    supervisor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    token_hash = models.CharField(max_length=64, unique=True)
    expires_at = models.DateTimeField()
    used_at = models.DateTimeField(null=True, blank=True)

    def __str__(self) -> str:
        return f"link for entry {self.entry_id}"


class CompetencySignOff(models.Model):
    placement = models.ForeignKey(Placement, on_delete=models.CASCADE, related_name="competencies")
    competency = models.ForeignKey(Competency, on_delete=models.PROTECT, related_name="+")
    achieved_on = models.DateField(_("observed or achieved on"))
    entrustment = models.PositiveSmallIntegerField(
        _("entrustment level"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(5)],
        help_text=_("1: observes only … 5: may supervise others (optional)."),
    )
    signed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    signed_at = models.DateTimeField()

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["placement", "competency"], name="internships_competency_signed_once"
            ),
            models.CheckConstraint(
                condition=Q(entrustment__isnull=True) | Q(entrustment__gte=1, entrustment__lte=5),
                name="internships_entrustment_1_to_5",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.placement_id}:{self.competency_id}"


class Stage(models.TextChoices):
    MIDPOINT = "midpoint", _("Midpoint")
    FINAL = "final", _("Final")


class EvaluationKind(models.TextChoices):
    SUPERVISOR = "supervisor", _("Supervisor's evaluation")
    SELF = "self", _("Self-evaluation")
    FEEDBACK = "feedback", _("Feedback on the placement")


RUBRIC = {
    "knowledge": _("Knowledge"),
    "skills": _("Technical skills"),
    "communication": _("Communication"),
    "professionalism": _("Professionalism"),
}


class Evaluation(models.Model):
    placement = models.ForeignKey(Placement, on_delete=models.CASCADE, related_name="evaluations")
    stage = models.CharField(max_length=20, choices=Stage.choices)
    kind = models.CharField(max_length=20, choices=EvaluationKind.choices)
    ratings = models.JSONField(default=dict, blank=True)  # rubric criterion → 1..5
    comments = models.TextField(_("comments"), blank=True)
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    submitted_at = models.DateTimeField()

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["placement", "stage", "kind"], name="internships_evaluated_once"
            )
        ]

    def __str__(self) -> str:
        return f"{self.placement_id} {self.stage} {self.kind}"

    @property
    def mean_rating(self) -> Decimal | None:
        scores = [Decimal(v) for v in self.ratings.values()]
        return (sum(scores) / len(scores)).quantize(Decimal("0.01")) if scores else None


class DigestSent(models.Model):
    """One weekly digest sent, so the weekly task never sends a person two in a week."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    role = models.CharField(max_length=20)
    year = models.PositiveSmallIntegerField()
    week = models.PositiveSmallIntegerField()
    sent_at = models.DateTimeField()

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["user", "role", "year", "week"], name="internships_digest_once_a_week"
            )
        ]

    def __str__(self) -> str:
        return f"{self.user_id} {self.role} {self.year}-W{self.week}"


class Invitation(models.Model):
    """A student the roster import created, to be emailed a link to set their password. Recorded
    with the import; `sent_at` is set when the email goes, so the beat sweep can send what a lost
    message or a killed worker left unsent, and nobody gets two."""

    student = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    requested_at = models.DateTimeField()
    sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        indexes = [
            models.Index(
                fields=["requested_at"],
                condition=Q(sent_at__isnull=True),
                name="internships_invitation_due",
            )
        ]

    def __str__(self) -> str:
        return f"invitation for {self.student_id}"


def cv_storage():
    from django.core.files.storage import storages

    return storages["cpd_evidence"]


class ApplicationStatus(models.TextChoices):
    SUBMITTED = "submitted", _("Awaiting the coordinator")
    ENDORSED = "endorsed", _("Endorsed: awaiting the institute")
    NOT_ENDORSED = "not_endorsed", _("Not endorsed")
    ACCEPTED = "accepted", _("Accepted")
    DECLINED = "declined", _("Declined")


class Application(models.Model):
    """A student's application to a cohort of a programme that takes applications."""

    cohort = models.ForeignKey(
        Cohort, verbose_name=_("cohort"), on_delete=models.PROTECT, related_name="applications"
    )
    student = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="internship_applications"
    )
    student_number = models.CharField(_("student number"), max_length=40)
    statement = models.TextField(_("statement"))
    cv = models.FileField(_("CV (PDF)"), storage=cv_storage, upload_to="applications/")
    status = models.CharField(
        max_length=20, choices=ApplicationStatus.choices, default=ApplicationStatus.SUBMITTED
    )
    submitted_at = models.DateTimeField()
    endorsed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    decided_at = models.DateTimeField(null=True, blank=True)
    note = models.TextField(_("note to the student"), blank=True)
    placement = models.OneToOneField(
        Placement, null=True, blank=True, on_delete=models.PROTECT, related_name="application"
    )

    class Meta:
        verbose_name = _("application")
        ordering = ["-submitted_at"]
        constraints = [
            models.UniqueConstraint(fields=["cohort", "student"], name="internships_apply_once"),
            models.CheckConstraint(
                condition=~Q(status="accepted") | Q(placement__isnull=False),
                name="internships_accepted_has_a_placement",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.student} → {self.cohort}"
