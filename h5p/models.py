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
