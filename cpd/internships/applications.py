"""Applications, for programmes that take them: the student applies to their university's
cohort with a statement and a CV (a PDF, checked by its bytes); the university's coordinator
endorses it or not; institute staff (CPD administrators) accept or decline an endorsed one; an
accepted application becomes the placement."""

from __future__ import annotations

from datetime import datetime

from django.core.files.uploadedfile import UploadedFile
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from cpd.internships import access
from cpd.internships.models import Application, ApplicationStatus, Cohort, Placement
from cpd.internships.services import InternshipError
from cpd.services import hong_kong_date

MAX_CV_BYTES = 5 * 1024 * 1024


def open_cohorts(today=None):
    """Cohorts taking applications: of programmes that take them, not yet started."""
    today = today or hong_kong_date(timezone.now())
    return Cohort.objects.filter(
        programme__takes_applications=True, starts_on__gt=today
    ).select_related("programme", "university")


def _check_cv(upload: UploadedFile) -> None:
    if upload.size > MAX_CV_BYTES:
        raise InternshipError(_("The CV is larger than 5 MB."))
    upload.seek(0)
    head = upload.read(5)
    upload.seek(0)
    if head != b"%PDF-":
        raise InternshipError(_("The CV must be a PDF file (this file's contents are not)."))


def apply(
    student, cohort: Cohort, *, student_number: str, statement: str, cv: UploadedFile, now=None
) -> Application:
    now = now or timezone.now()
    if not open_cohorts(hong_kong_date(now)).filter(pk=cohort.pk).exists():
        raise InternshipError(_("This cohort is not taking applications."))
    if not statement.strip():
        raise InternshipError(_("Write a statement."))
    _check_cv(cv)
    cv.name = "cv.pdf"  # never the student's own file name
    try:
        with transaction.atomic():
            return Application.objects.create(
                cohort=cohort,
                student=student,
                student_number=student_number.strip(),
                statement=statement.strip(),
                cv=cv,
                submitted_at=now,
            )
    except IntegrityError:
        raise InternshipError(_("You have already applied to this cohort.")) from None


def endorse(application: Application, *, by, endorsed: bool, note: str = "") -> Application:
    with transaction.atomic():
        application = (
            Application.objects.select_for_update().select_related("cohort").get(pk=application.pk)
        )
        if application.cohort.university_id not in access.universities_of(by):
            raise InternshipError(_("Only the university's coordinators endorse its applications."))
        if application.status != ApplicationStatus.SUBMITTED:
            raise InternshipError(_("This application is not awaiting endorsement."))
        application.status = (
            ApplicationStatus.ENDORSED if endorsed else ApplicationStatus.NOT_ENDORSED
        )
        application.endorsed_by = by
        application.note = note.strip() or application.note
        application.save()
    return application


def decide(
    application: Application, *, by, accept: bool, note: str = "", now: datetime | None = None
) -> Application:
    if not access.is_administrator(by):
        raise InternshipError(_("Only institute staff accept or decline applications."))
    now = now or timezone.now()
    with transaction.atomic():
        application = (
            Application.objects.select_for_update().select_related("cohort").get(pk=application.pk)
        )
        if application.status != ApplicationStatus.ENDORSED:
            raise InternshipError(_("Only an endorsed application can be accepted or declined."))
        if accept:
            cohort = application.cohort
            if cohort.placements.count() >= cohort.capacity:
                raise InternshipError(_("The cohort is full."))
            try:
                with transaction.atomic():
                    application.placement = Placement.objects.create(
                        cohort=cohort,
                        student=application.student,
                        student_number=application.student_number,
                        start=cohort.starts_on,
                        end=cohort.ends_on,
                    )
            except IntegrityError:
                raise InternshipError(
                    _("The cohort already has this student or this student number.")
                ) from None
        application.status = ApplicationStatus.ACCEPTED if accept else ApplicationStatus.DECLINED
        application.decided_by = by
        application.decided_at = now
        application.note = note.strip() or application.note
        application.save()
    return application
