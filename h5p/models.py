"""H5P libraries, shared by all content and stored once per machine name and major.minor
version (the newest patch), and H5P content, stored per upload with its metadata.

Files live in the "h5p" storage (settings.STORAGES), never under MEDIA_ROOT: library code is
JavaScript, and it must only be served from the isolated H5P origin.
"""

import uuid

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _


class Library(models.Model):
    machine_name = models.CharField(_("machine name"), max_length=255)
    major_version = models.PositiveIntegerField(_("major version"))
    minor_version = models.PositiveIntegerField(_("minor version"))
    patch_version = models.PositiveIntegerField(_("patch version"))
    title = models.CharField(_("title"), max_length=255)
    runnable = models.BooleanField(_("runnable"), default=False)
    metadata = models.JSONField(_("library.json"))
    semantics = models.JSONField(_("semantics.json"), null=True, blank=True)
    # Where this patch's files are stored: each patch gets its own folder, so replacing a patch
    # never leaves content half on the old files and half on the new.
    storage_path = models.CharField(max_length=400, editable=False)
    installed_at = models.DateTimeField(_("installed"), auto_now_add=True)
    installed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("H5P library")
        verbose_name_plural = _("H5P libraries")
        ordering = ["machine_name", "major_version", "minor_version"]
        constraints = [
            models.UniqueConstraint(
                fields=["machine_name", "major_version", "minor_version"],
                name="h5p_library_once_per_minor_version",
            )
        ]
        permissions = [
            ("manage_libraries", _("Can install and update H5P libraries (uploaded JavaScript)"))
        ]

    def __str__(self) -> str:
        return f"{self.machine_name} {self.version}"

    @property
    def version(self) -> str:
        return f"{self.major_version}.{self.minor_version}.{self.patch_version}"

    @property
    def folder(self) -> str:
        """The folder name the player asks for."""
        return f"{self.machine_name}-{self.major_version}.{self.minor_version}"


class Content(models.Model):
    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    title = models.CharField(_("title"), max_length=255)
    main_library = models.ForeignKey(
        Library, verbose_name=_("content type"), on_delete=models.PROTECT, related_name="+"
    )
    libraries = models.ManyToManyField(Library, related_name="contents", verbose_name=_("uses"))
    metadata = models.JSONField(_("h5p.json"))
    parameters = models.JSONField(_("content.json"))
    language = models.CharField(_("language"), max_length=10, blank=True)
    licence = models.CharField(_("licence"), max_length=40, blank=True)
    authors = models.JSONField(_("authors"), default=list, blank=True)
    files = models.JSONField(_("content files"), default=dict, blank=True)  # path → size
    storage_path = models.CharField(max_length=400, editable=False)
    uploaded_at = models.DateTimeField(_("uploaded"), auto_now_add=True)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    archived_at = models.DateTimeField(_("archived"), null=True, blank=True)
    # What the server needs to score statements that the parameters alone do not give, worked
    # out once at upload (MarkTheWords: the library's tokens of its text, by sub-content id).
    scoring_data = models.JSONField(default=dict, blank=True, editable=False)

    class Meta:
        verbose_name = _("H5P content")
        verbose_name_plural = _("H5P content")
        ordering = ["-uploaded_at"]
        constraints = [
            models.CheckConstraint(
                condition=~Q(storage_path=""), name="h5p_content_has_storage_path"
            )
        ]

    def __str__(self) -> str:
        return self.title


# -- playing ---------------------------------------------------------------------------------
class ScoredBy(models.TextChoices):
    SERVER = "server", _("Recomputed by the server")
    BROWSER = "browser", _("Browser-reported")


class Launch(models.Model):
    """One opening of an activity lesson by a learner: what the player's signed token names.

    The token travels through the player origin, where uploaded JavaScript can read it, so it
    carries only this row's id; the row holds what binds it to the learner's session (the
    session key, never sent to the player)."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    lesson = models.ForeignKey("courses.LessonPage", on_delete=models.CASCADE, related_name="+")
    content = models.ForeignKey(Content, on_delete=models.CASCADE, related_name="+")
    session_key = models.CharField(max_length=64)
    language = models.CharField(max_length=10)
    page_origin = models.CharField(max_length=255)  # the only origin allowed to frame the player
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        indexes = [models.Index(fields=["user", "created_at"])]

    def __str__(self) -> str:
        return f"{self.user} · {self.lesson_id} ({self.created_at:%Y-%m-%d %H:%M})"


class Attempt(models.Model):
    """One play-through of an activity lesson, from the first statement to the scored one."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    lesson = models.ForeignKey(
        "courses.LessonPage", on_delete=models.PROTECT, related_name="h5p_attempts"
    )
    # PROTECT: content that learners have attempted is archived, never deleted.
    content = models.ForeignKey(Content, on_delete=models.PROTECT, related_name="attempts")
    number = models.PositiveSmallIntegerField()
    started_at = models.DateTimeField()
    finished_at = models.DateTimeField(null=True, blank=True)
    raw = models.DecimalField(max_digits=9, decimal_places=2, null=True, blank=True)
    max = models.DecimalField(max_digits=9, decimal_places=2, null=True, blank=True)
    percent = models.DecimalField(max_digits=5, decimal_places=2, null=True, blank=True)
    passed = models.BooleanField(null=True)
    scored_by = models.CharField(max_length=10, choices=ScoredBy.choices, blank=True)
    claimed_raw = models.DecimalField(max_digits=9, decimal_places=2, null=True, blank=True)
    claimed_max = models.DecimalField(max_digits=9, decimal_places=2, null=True, blank=True)
    flagged = models.BooleanField(default=False)

    class Meta:
        verbose_name = _("H5P attempt")
        ordering = ["-started_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "lesson", "number"], name="h5p_attempt_number_once"
            ),
            models.UniqueConstraint(
                fields=["user", "lesson"],
                condition=Q(finished_at__isnull=True),
                name="h5p_one_open_attempt",
            ),
            models.CheckConstraint(
                condition=Q(finished_at__isnull=True)
                | Q(percent__isnull=False, passed__isnull=False) & ~Q(scored_by=""),
                name="h5p_finished_attempt_is_scored",
            ),
        ]
        indexes = [models.Index(fields=["lesson", "flagged"])]

    def __str__(self) -> str:
        return f"{self.user} · {self.lesson_id} #{self.number}"


class Statement(models.Model):
    """An xAPI statement as received (raw) and as understood (parsed), with the server's
    score where it could recompute one. Append-only."""

    attempt = models.ForeignKey(Attempt, on_delete=models.CASCADE, related_name="statements")
    received_at = models.DateTimeField()
    document = models.JSONField()
    verb = models.CharField(max_length=40)
    sub_content_id = models.CharField(max_length=64, blank=True)
    interaction_type = models.CharField(max_length=40, blank=True)
    # None (no response sent) differs from "" (an empty answer, e.g. nothing chosen).
    response = models.TextField(blank=True, null=True)  # noqa: DJ001
    claimed_raw = models.DecimalField(max_digits=9, decimal_places=2, null=True, blank=True)
    claimed_max = models.DecimalField(max_digits=9, decimal_places=2, null=True, blank=True)
    server_raw = models.DecimalField(max_digits=9, decimal_places=2, null=True, blank=True)
    server_max = models.DecimalField(max_digits=9, decimal_places=2, null=True, blank=True)
    parts = models.JSONField(default=list, blank=True)
    flagged = models.BooleanField(default=False)
    problem = models.TextField(blank=True)  # why it was flagged, for staff

    class Meta:
        ordering = ["received_at", "pk"]

    def __str__(self) -> str:
        return f"{self.verb} {self.sub_content_id or ''} ({self.received_at:%Y-%m-%d %H:%M})"


class SavedState(models.Model):
    """Where a learner left a piece of content, restored by rendering it into the player."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    content = models.ForeignKey(Content, on_delete=models.CASCADE, related_name="+")
    data_type = models.CharField(max_length=40, default="state")
    sub_content_id = models.CharField(max_length=64, default="0")
    data = models.TextField()
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["user", "content", "data_type", "sub_content_id"],
                name="h5p_state_once",
            )
        ]

    def __str__(self) -> str:
        return f"{self.user} · {self.content_id} {self.data_type}"
