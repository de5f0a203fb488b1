"""Courses: the catalogue, course pages with modules and lessons as child pages, the question bank
and quizzes, and each learner's enrolments, progress, attempts and completions.

Course structure is content (Wagtail pages, translated side by side like the public pages, so
editors get revisions, workflow and the translation state for free). What learners do is
records: rows written only through `courses.services`, never edited by hand.
"""

import secrets
from decimal import Decimal

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable

from accounts.professions import Profession
from content import blocks as content_blocks
from content.models import DELIVERY_LANGUAGES, TranslatedPage


class Level(models.TextChoices):
    FOUNDATION = "foundation", _("Foundation")
    INTERMEDIATE = "intermediate", _("Intermediate")
    ADVANCED = "advanced", _("Advanced")


class EnrolmentMode(models.TextChoices):
    OPEN = "open", _("Open: learners enrol themselves")
    APPROVAL = "approval", _("By approval: learners ask, staff approve")
    COHORT = "cohort", _("By invitation or cohort only")


class ChoiceListField(models.JSONField):
    """A list of codes from fixed choices, stored as JSON (works the same on SQLite and
    PostgreSQL), edited as checkboxes."""

    def __init__(self, *args, choices_list=(), **kwargs):
        self.choices_list = list(choices_list)
        kwargs.setdefault("default", list)
        kwargs.setdefault("blank", True)
        super().__init__(*args, **kwargs)

    def deconstruct(self):
        name, path, args, kwargs = super().deconstruct()
        kwargs["choices_list"] = self.choices_list
        return name, path, args, kwargs

    def formfield(self, **kwargs):
        from django import forms

        return forms.TypedMultipleChoiceField(
            choices=self.choices_list,
            widget=forms.CheckboxSelectMultiple,
            required=not self.blank,
            label=self.verbose_name,
            help_text=self.help_text,
        )

    def validate(self, value, model_instance):
        super().validate(value, model_instance)
        allowed = {code for code, _label in self.choices_list}
        if not isinstance(value, list) or not set(value) <= allowed:
            raise ValidationError(_("Choose from the list."), code="invalid_choice")


# -- pages -------------------------------------------------------------------------------------
class CourseIndexPage(TranslatedPage):
    """The catalogue: every live course under it, filtered by the reader."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = [*TranslatedPage.content_panels, FieldPanel("intro")]
    parent_page_types = ["content.HomePage"]
    subpage_types = ["courses.CoursePage"]
    max_count = 1

    class Meta:
        verbose_name = _("course catalogue")

    def get_context(self, request, *args, **kwargs):
        from courses import catalogue

        context = super().get_context(request, *args, **kwargs)
        filters = catalogue.Filters.from_query(request.GET)
        context["filters"] = filters
        context["courses"] = catalogue.matching_courses(filters, within=self)
        context["filter_choices"] = catalogue.choices()
        return context


class CoursePage(TranslatedPage):
    summary = models.TextField(_("summary"), default="", blank=True)
    learning_outcomes = models.TextField(
        _("learning outcomes"), default="", blank=True, help_text=_("One outcome per line.")
    )
    professions = ChoiceListField(_("for professions"), choices_list=Profession.choices)
    level = models.CharField(_("level"), max_length=20, choices=Level.choices)
    estimated_hours = models.DecimalField(
        _("estimated hours"),
        max_digits=5,
        decimal_places=1,
        validators=[MinValueValidator(Decimal("0.5"))],
    )
    delivery_languages = ChoiceListField(
        _("delivery languages"), choices_list=DELIVERY_LANGUAGES, blank=False
    )
    topic = models.ForeignKey(
        "content.TopicPage",
        verbose_name=_("topic"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="courses",
    )
    prerequisites = ParentalManyToManyField(
        "courses.CoursePage", verbose_name=_("prerequisites"), blank=True, symmetrical=False
    )
    enrolment_mode = models.CharField(
        _("enrolment"), max_length=20, choices=EnrolmentMode.choices, default=EnrolmentMode.OPEN
    )
    sequential = models.BooleanField(
        _("lessons in order"),
        default=True,
        help_text=_("Each lesson opens once the required lessons before it are done."),
    )
    minimum_score = models.PositiveSmallIntegerField(
        _("minimum overall score (%)"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(100)],
        help_text=_("Optional: the average of the best scores in required quizzes must reach it."),
    )
    count_browser_reported = models.BooleanField(
        _("count browser-reported activity results"),
        default=False,
        help_text=_(
            "Some interactive activity types cannot be scored again by the server; their "
            "results are only what the learner's browser reports. Tick to let such results "
            "complete lessons (and so count toward completion and CPD)."
        ),
    )

    content_panels = [
        *TranslatedPage.content_panels,
        FieldPanel("summary"),
        FieldPanel("learning_outcomes"),
        MultiFieldPanel(
            [
                FieldPanel("professions"),
                FieldRowPanel([FieldPanel("level"), FieldPanel("estimated_hours")]),
                FieldPanel("delivery_languages"),
                FieldPanel("topic"),
                FieldPanel("prerequisites"),
            ],
            heading=_("Who and what"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("enrolment_mode"),
                FieldPanel("sequential"),
                FieldPanel("minimum_score"),
                FieldPanel("count_browser_reported"),
            ],
            heading=_("Enrolment and completion"),
        ),
        InlinePanel("runs", label=_("Course runs"), min_num=1),
        InlinePanel("cpd_values", label=_("CPD value")),
    ]
    required_translations = ("title", "summary")
    parent_page_types = ["courses.CourseIndexPage"]
    subpage_types = ["courses.ModulePage"]

    class Meta:
        verbose_name = _("course")

    def get_context(self, request, *args, **kwargs):
        from courses import views

        context = super().get_context(request, *args, **kwargs)
        context.update(views.course_context(self, request.user))
        return context

    def outcomes(self) -> list[str]:
        return [line.strip() for line in self.learning_outcomes.splitlines() if line.strip()]

    def outcomes_in(self, language: str) -> list[str]:
        return [line.strip() for line in self.text_in("learning_outcomes", language).splitlines()]


class RunKind(models.TextChoices):
    SELF_PACED = "self_paced", _("Self-paced")
    DATED = "dated", _("Dated")


class CourseRun(Orderable):
    """One offering of a course: self-paced (always open) or dated, with an enrolment window
    and an optional capacity."""

    course = ParentalKey(CoursePage, on_delete=models.CASCADE, related_name="runs")
    kind = models.CharField(_("kind"), max_length=20, choices=RunKind.choices)
    starts_at = models.DateTimeField(_("starts"), null=True, blank=True)
    ends_at = models.DateTimeField(_("ends"), null=True, blank=True)
    enrolment_opens_at = models.DateTimeField(_("enrolment opens"), null=True, blank=True)
    enrolment_closes_at = models.DateTimeField(_("enrolment closes"), null=True, blank=True)
    capacity = models.PositiveIntegerField(
        _("places"), null=True, blank=True, help_text=_("Leave empty for no limit.")
    )

    panels = [
        FieldPanel("kind"),
        FieldRowPanel([FieldPanel("starts_at"), FieldPanel("ends_at")]),
        FieldRowPanel([FieldPanel("enrolment_opens_at"), FieldPanel("enrolment_closes_at")]),
        FieldPanel("capacity"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("course run")
        constraints = [
            models.CheckConstraint(
                condition=Q(kind="self_paced")
                | Q(
                    starts_at__isnull=False,
                    ends_at__isnull=False,
                    ends_at__gt=models.F("starts_at"),
                ),
                name="courses_dated_run_has_dates",
            ),
            models.CheckConstraint(
                condition=Q(enrolment_opens_at__isnull=True)
                | Q(enrolment_closes_at__isnull=True)
                | Q(enrolment_closes_at__gt=models.F("enrolment_opens_at")),
                name="courses_run_window_in_order",
            ),
        ]

    def __str__(self) -> str:
        if self.kind == RunKind.SELF_PACED or not (self.starts_at and self.ends_at):
            label = _("Self-paced")
        else:
            label = _("%(start)s to %(end)s") % {
                "start": date_format(timezone.localtime(self.starts_at)),
                "end": date_format(timezone.localtime(self.ends_at)),
            }
        if self.capacity is not None:
            label = _("%(run)s (%(places)s places)") % {"run": label, "places": self.capacity}
        return str(label)

    def clean(self):
        if self.kind == RunKind.DATED and not (self.starts_at and self.ends_at):
            raise ValidationError(_("A dated run needs a start and an end."))
        if self.starts_at and self.ends_at and self.ends_at <= self.starts_at:
            raise ValidationError(_("A run must end after it starts."))
        opens, closes = self.enrolment_opens_at, self.enrolment_closes_at
        if opens and closes and closes <= opens:
            raise ValidationError(_("Enrolment must close after it opens."))


class CourseCPDValue(Orderable):
    """Points a course is worth under one accrediting scheme, as plain data the CPD record reads."""

    course = ParentalKey(CoursePage, on_delete=models.CASCADE, related_name="cpd_values")
    scheme = models.SlugField(_("scheme code"), max_length=40)
    category = models.SlugField(_("category"), max_length=40, blank=True)
    points = models.DecimalField(_("points"), max_digits=6, decimal_places=2)

    panels = [FieldRowPanel([FieldPanel("scheme"), FieldPanel("category"), FieldPanel("points")])]

    class Meta(Orderable.Meta):
        verbose_name = _("CPD value")
        constraints = [
            models.UniqueConstraint(
                fields=["course", "scheme"], name="courses_one_value_per_scheme"
            ),
            models.CheckConstraint(condition=Q(points__gt=0), name="courses_cpd_points_positive"),
        ]


class ModulePage(TranslatedPage):
    summary = models.TextField(_("summary"), default="", blank=True)

    content_panels = [*TranslatedPage.content_panels, FieldPanel("summary")]
    parent_page_types = ["courses.CoursePage"]
    subpage_types = ["courses.LessonPage"]
    publicly_listed = False

    class Meta:
        verbose_name = _("module")

    def serve(self, request, *args, **kwargs):
        from django.shortcuts import redirect

        # A module is a heading on its course's page, not a page of its own.
        return redirect(self.get_parent().get_url(request))


class LessonKind(models.TextChoices):
    READING = "reading", _("Reading")
    VIDEO = "video", _("Video")
    QUIZ = "quiz", _("Quiz")
    ACTIVITY = "activity", _("Interactive activity")


class LessonPage(TranslatedPage):
    kind = models.CharField(_("kind"), max_length=20, choices=LessonKind.choices)
    required = models.BooleanField(_("required"), default=True)
    estimated_minutes = models.PositiveSmallIntegerField(_("estimated minutes"), default=10)
    body = StreamField(content_blocks.ArticleBodyBlock(), verbose_name=_("body"), blank=True)
    video_url = models.URLField(_("video URL"), blank=True)
    transcript = models.TextField(_("transcript"), default="", blank=True)
    quiz = models.ForeignKey(
        "courses.Quiz",
        verbose_name=_("quiz"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="lessons",
    )
    h5p_content = models.ForeignKey(
        "h5p.Content",
        verbose_name=_("interactive activity"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="lessons",
        limit_choices_to={"archived_at__isnull": True},
    )
    pass_percent = models.PositiveSmallIntegerField(
        _("pass mark (%)"),
        default=80,
        validators=[MaxValueValidator(100)],
        help_text=_("For an interactive activity: the score, as checked by the server, to pass."),
    )
    max_attempts = models.PositiveSmallIntegerField(
        _("attempts allowed"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1)],
        help_text=_("For an interactive activity. Leave empty for no limit."),
    )

    content_panels = [
        *TranslatedPage.content_panels,
        FieldRowPanel(
            [FieldPanel("kind"), FieldPanel("required"), FieldPanel("estimated_minutes")]
        ),
        FieldPanel("body"),
        MultiFieldPanel([FieldPanel("video_url"), FieldPanel("transcript")], heading=_("Video")),
        FieldPanel("quiz"),
        MultiFieldPanel(
            [
                FieldPanel("h5p_content"),
                FieldRowPanel([FieldPanel("pass_percent"), FieldPanel("max_attempts")]),
            ],
            heading=_("Interactive activity"),
        ),
    ]
    parent_page_types = ["courses.ModulePage"]
    subpage_types: list[str] = []
    publicly_listed = False

    class Meta:
        verbose_name = _("lesson")
        constraints = [
            models.CheckConstraint(
                condition=~Q(kind="quiz") | Q(quiz__isnull=False),
                name="courses_quiz_lesson_has_quiz",
            ),
            models.CheckConstraint(
                condition=~Q(kind="activity") | Q(h5p_content__isnull=False),
                name="courses_activity_lesson_has_content",
            ),
            models.CheckConstraint(
                condition=Q(pass_percent__lte=100), name="courses_lesson_pass_percent_range"
            ),
        ]

    def serve(self, request, *args, **kwargs):
        from courses import views

        refusal = views.lesson_refusal(self, request)
        return refusal or super().serve(request, *args, **kwargs)

    def get_context(self, request, *args, **kwargs):
        from courses import views

        context = super().get_context(request, *args, **kwargs)
        context.update(views.lesson_context(self, request))
        return context

    def clean(self):
        super().clean()
        if self.kind == LessonKind.QUIZ and self.quiz_id is None:
            raise ValidationError({"quiz": _("Choose the quiz this lesson gives.")})
        if self.kind == LessonKind.VIDEO and not self.video_url:
            raise ValidationError({"video_url": _("Give the video's address.")})
        if self.kind == LessonKind.ACTIVITY:
            self._clean_activity()

    def _course_if_placed(self) -> CoursePage | None:
        # A page being created has no place in the tree yet when it is cleaned.
        if not self.path:
            return None
        return CoursePage.objects.ancestor_of(self).first()

    def _clean_activity(self) -> None:
        from h5p.rescoring import fully_server_scored

        if self.h5p_content_id is None:
            raise ValidationError({"h5p_content": _("Choose the interactive activity to play.")})
        if self.h5p_content.archived_at is not None:
            raise ValidationError({"h5p_content": _("That activity is archived.")})
        course = self._course_if_placed()
        content = self.h5p_content
        server_scored = fully_server_scored(content.main_library.machine_name, content.parameters)
        if self.required and not server_scored and not (course and course.count_browser_reported):
            raise ValidationError(
                {
                    "h5p_content": _(
                        "The server cannot check this activity's results, and this course does "
                        "not count browser-reported results: make the lesson optional, or allow "
                        "browser-reported results in the course's settings."
                    )
                }
            )


# -- question bank and quizzes -----------------------------------------------------------------
class QuestionKind(models.TextChoices):
    SINGLE = "single", _("Single choice")
    MULTIPLE = "multiple", _("Multiple response")
    TRUE_FALSE = "true_false", _("True or false")
    NUMERIC = "numeric", _("Numeric")
    ORDERING = "ordering", _("Ordering")


def option_key() -> str:
    return secrets.token_hex(4)


class QuestionForm(WagtailAdminModelForm):
    """Refuses a question no learner could answer right (a single-choice question without
    exactly one correct option, say), with the rule the quiz itself applies when it is taken."""

    def clean(self):
        cleaned = super().clean()
        options = self.formsets.get("options")
        if options is None or not options.is_valid() or self.errors:
            return cleaned
        kept = [
            form.cleaned_data
            for form in options.forms
            if form.cleaned_data and not form.cleaned_data.get("DELETE")
        ]
        from courses import scoring  # scoring imports nothing from here; keep models light

        try:
            scoring.check_question(
                {
                    "id": self.instance.pk,
                    "kind": cleaned.get("kind"),
                    "points": cleaned.get("points"),
                    "options": [
                        {"id": n, "correct": bool(o.get("correct"))} for n, o in enumerate(kept)
                    ],
                    "answer": cleaned.get("answer_true"),
                    "value": cleaned.get("numeric_value"),
                    "tolerance": cleaned.get("numeric_tolerance"),
                }
            )
        except scoring.QuizAuthoringError as problem:
            raise ValidationError(problem.message[:1].upper() + problem.message[1:]) from None
        return cleaned


class Question(ClusterableModel):
    course = models.ForeignKey(
        CoursePage, verbose_name=_("course"), on_delete=models.CASCADE, related_name="questions"
    )
    kind = models.CharField(_("kind"), max_length=20, choices=QuestionKind.choices)
    prompt = models.TextField(_("question"))
    points = models.PositiveSmallIntegerField(_("points"), default=1)
    pool = models.SlugField(
        _("pool"), max_length=40, blank=True, help_text=_("Quizzes may draw at random from a pool.")
    )
    answer_true = models.BooleanField(_("the statement is true"), null=True, blank=True)
    numeric_value = models.DecimalField(
        _("correct value"), max_digits=18, decimal_places=6, null=True, blank=True
    )
    numeric_tolerance = models.DecimalField(
        _("tolerance (±)"), max_digits=18, decimal_places=6, default=Decimal(0)
    )
    feedback_correct = models.TextField(_("feedback when right"), default="", blank=True)
    feedback_incorrect = models.TextField(_("feedback when wrong"), default="", blank=True)
    explanation = models.TextField(_("explanation"), default="", blank=True)

    base_form_class = QuestionForm
    panels = [
        FieldPanel("course"),
        FieldRowPanel([FieldPanel("kind"), FieldPanel("points"), FieldPanel("pool")]),
        FieldPanel("prompt"),
        InlinePanel("options", label=_("Options (for ordering: in the right order)")),
        FieldPanel("answer_true"),
        FieldRowPanel([FieldPanel("numeric_value"), FieldPanel("numeric_tolerance")]),
        FieldPanel("feedback_correct"),
        FieldPanel("feedback_incorrect"),
        FieldPanel("explanation"),
    ]

    class Meta:
        verbose_name = _("question")
        constraints = [
            models.CheckConstraint(
                condition=~Q(kind="numeric") | Q(numeric_value__isnull=False),
                name="courses_numeric_question_has_value",
            ),
            models.CheckConstraint(
                condition=~Q(kind="true_false") | Q(answer_true__isnull=False),
                name="courses_true_false_has_answer",
            ),
            models.CheckConstraint(
                condition=Q(numeric_tolerance__gte=0), name="courses_tolerance_not_negative"
            ),
        ]

    def __str__(self) -> str:
        return self.prompt[:80]


class QuestionOption(Orderable):
    question = ParentalKey(Question, on_delete=models.CASCADE, related_name="options")
    key = models.CharField(max_length=16, default=option_key, editable=False)
    text = models.CharField(_("text"), max_length=500)
    correct = models.BooleanField(_("correct"), default=False)

    panels = [FieldRowPanel([FieldPanel("text"), FieldPanel("correct")])]

    class Meta(Orderable.Meta):
        verbose_name = _("option")
        constraints = [
            models.UniqueConstraint(fields=["question", "key"], name="courses_option_key_unique")
        ]


class FeedbackShown(models.TextChoices):
    SCORE = "score", _("The score only")
    CORRECTNESS = "correctness", _("Which answers were right")
    FEEDBACK = "feedback", _("Right answers, feedback and explanations")


class Quiz(ClusterableModel):
    course = models.ForeignKey(
        CoursePage, verbose_name=_("course"), on_delete=models.CASCADE, related_name="quizzes"
    )
    title = models.CharField(_("title"), max_length=200)
    pass_mark = models.PositiveSmallIntegerField(
        _("pass mark (%)"), default=70, validators=[MinValueValidator(1), MaxValueValidator(100)]
    )
    max_attempts = models.PositiveSmallIntegerField(
        _("maximum attempts"), null=True, blank=True, help_text=_("Leave empty for no limit.")
    )
    cooldown_minutes = models.PositiveIntegerField(_("minutes between attempts"), default=0)
    time_limit_minutes = models.PositiveIntegerField(
        _("time limit (minutes)"), null=True, blank=True
    )
    shuffle_questions = models.BooleanField(_("questions in random order"), default=True)
    shuffle_options = models.BooleanField(_("options in random order"), default=True)
    draw = models.PositiveSmallIntegerField(
        _("questions drawn per attempt"),
        null=True,
        blank=True,
        help_text=_("Leave empty to ask every question."),
    )
    feedback_shown = models.CharField(
        _("after submitting, show"),
        max_length=20,
        choices=FeedbackShown.choices,
        default=FeedbackShown.FEEDBACK,
    )

    panels = [
        FieldPanel("course"),
        FieldPanel("title"),
        FieldRowPanel([FieldPanel("pass_mark"), FieldPanel("max_attempts")]),
        FieldRowPanel([FieldPanel("cooldown_minutes"), FieldPanel("time_limit_minutes")]),
        FieldRowPanel(
            [FieldPanel("shuffle_questions"), FieldPanel("shuffle_options"), FieldPanel("draw")]
        ),
        FieldPanel("feedback_shown"),
        InlinePanel("pool_draws", label=_("Random draws from pools")),
        InlinePanel("quiz_questions", label=_("Questions")),
    ]

    class Meta:
        verbose_name = _("quiz")
        verbose_name_plural = _("quizzes")
        constraints = [
            models.CheckConstraint(
                condition=Q(pass_mark__gte=1, pass_mark__lte=100), name="courses_pass_mark_percent"
            ),
            models.CheckConstraint(
                condition=Q(max_attempts__isnull=True) | Q(max_attempts__gte=1),
                name="courses_at_least_one_attempt",
            ),
        ]

    def __str__(self) -> str:
        return self.title


class QuizQuestion(Orderable):
    quiz = ParentalKey(Quiz, on_delete=models.CASCADE, related_name="quiz_questions")
    question = models.ForeignKey(
        Question, verbose_name=_("question"), on_delete=models.PROTECT, related_name="+"
    )

    panels = [FieldPanel("question")]

    class Meta(Orderable.Meta):
        constraints = [
            models.UniqueConstraint(fields=["quiz", "question"], name="courses_question_once")
        ]


class QuizPoolDraw(Orderable):
    """Each attempt asks `count` questions chosen at random from the quiz's questions in
    `pool`; the quiz's other questions are always asked."""

    quiz = ParentalKey(Quiz, on_delete=models.CASCADE, related_name="pool_draws")
    pool = models.SlugField(_("pool"), max_length=40)
    count = models.PositiveSmallIntegerField(
        _("questions drawn"), validators=[MinValueValidator(1)]
    )

    panels = [FieldRowPanel([FieldPanel("pool"), FieldPanel("count")])]

    class Meta(Orderable.Meta):
        verbose_name = _("random draw from a pool")
        constraints = [
            models.UniqueConstraint(fields=["quiz", "pool"], name="courses_one_draw_per_pool"),
            models.CheckConstraint(condition=Q(count__gte=1), name="courses_draw_at_least_one"),
        ]


# -- what learners do ---------------------------------------------------------------------------
class EnrolmentStatus(models.TextChoices):
    REQUESTED = "requested", _("Awaiting approval")
    WAITLISTED = "waitlisted", _("On the waiting list")
    ACTIVE = "active", _("Enrolled")
    DECLINED = "declined", _("Declined")
    WITHDRAWN = "withdrawn", _("Withdrawn")


HOLDS_A_PLACE = (EnrolmentStatus.ACTIVE,)


class Enrolment(models.Model):
    """A learner's place on a course (one row per learner and course; re-enrolling after
    withdrawing reuses it)."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="enrolments"
    )
    course = models.ForeignKey(CoursePage, on_delete=models.PROTECT, related_name="enrolments")
    run = models.ForeignKey(CourseRun, on_delete=models.PROTECT, related_name="enrolments")
    status = models.CharField(max_length=20, choices=EnrolmentStatus.choices)
    requested_at = models.DateTimeField()
    activated_at = models.DateTimeField(null=True, blank=True)
    changed_at = models.DateTimeField()
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    last_lesson = models.ForeignKey(
        LessonPage, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        verbose_name = _("enrolment")
        constraints = [
            models.UniqueConstraint(fields=["user", "course"], name="courses_one_enrolment")
        ]
        indexes = [models.Index(fields=["run", "status", "requested_at"])]

    def __str__(self) -> str:
        return f"{self.user} · {self.course} ({self.get_status_display()})"


class LessonProgress(models.Model):
    class How(models.TextChoices):
        MARKED = "marked", _("Marked as done")
        WATCHED = "watched", _("Watched")
        PASSED = "passed", _("Quiz passed")
        ACTIVITY = "activity", _("Activity passed")

    enrolment = models.ForeignKey(Enrolment, on_delete=models.CASCADE, related_name="progress")
    lesson = models.ForeignKey(LessonPage, on_delete=models.CASCADE, related_name="+")
    completed_at = models.DateTimeField()
    how = models.CharField(max_length=20, choices=How.choices)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["enrolment", "lesson"], name="courses_lesson_once")
        ]

    def __str__(self) -> str:
        return f"{self.enrolment_id}:{self.lesson_id} {self.how}"


class QuizAttempt(models.Model):
    """One attempt, with a snapshot of exactly what it asked; immutable once submitted."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    quiz = models.ForeignKey(Quiz, on_delete=models.PROTECT, related_name="attempts")
    enrolment = models.ForeignKey(Enrolment, on_delete=models.PROTECT, related_name="attempts")
    lesson = models.ForeignKey(
        LessonPage, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    number = models.PositiveSmallIntegerField()
    snapshot = models.JSONField()
    started_at = models.DateTimeField()
    deadline = models.DateTimeField(null=True, blank=True)
    submitted_at = models.DateTimeField(null=True, blank=True)
    answers = models.JSONField(null=True, blank=True)
    score_awarded = models.DecimalField(max_digits=8, decimal_places=2, null=True, blank=True)
    score_possible = models.DecimalField(max_digits=8, decimal_places=2, null=True, blank=True)
    percent = models.DecimalField(max_digits=5, decimal_places=2, null=True, blank=True)
    passed = models.BooleanField(null=True)
    results = models.JSONField(null=True, blank=True)

    class Meta:
        verbose_name = _("quiz attempt")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "quiz", "number"], name="courses_attempt_number_once"
            ),
            models.UniqueConstraint(
                fields=["user", "quiz"],
                condition=Q(submitted_at__isnull=True),
                name="courses_one_open_attempt",
            ),
            models.CheckConstraint(
                condition=Q(submitted_at__isnull=True)
                | Q(passed__isnull=False, percent__isnull=False),
                name="courses_submitted_attempt_is_scored",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.user} · {self.quiz} #{self.number}"


class CourseCompletion(models.Model):
    """Recorded once per learner and course (the database refuses a second), then announced to
    subscribers (CPD credit, certificates) through `courses.services`."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="course_completions"
    )
    course = models.ForeignKey(CoursePage, on_delete=models.PROTECT, related_name="completions")
    enrolment = models.OneToOneField(Enrolment, on_delete=models.PROTECT, related_name="completion")
    completed_at = models.DateTimeField()
    score = models.DecimalField(max_digits=5, decimal_places=2, null=True, blank=True)
    announced_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("course completion")
        constraints = [
            models.UniqueConstraint(fields=["user", "course"], name="courses_complete_once")
        ]

    def __str__(self) -> str:
        return f"{self.user} · {self.course} ({self.completed_at:%Y-%m-%d})"
