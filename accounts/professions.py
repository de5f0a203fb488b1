"""The professions the platform trains, shared by course audiences and learner profiles."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Profession(models.TextChoices):
    DOCTOR = "doctor", _("Doctor")
    NURSE = "nurse", _("Nurse")
    GENETIC_COUNSELLOR = "genetic_counsellor", _("Genetic counsellor")
    BIOINFORMATICIAN = "bioinformatician", _("Bioinformatician")
    LAB_TECHNOLOGIST = "lab_technologist", _("Medical laboratory technologist")
    STUDENT = "student", _("University student")
