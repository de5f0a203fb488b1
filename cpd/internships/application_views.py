"""Applications (for programmes that take them): the student applies; the coordinator of the
student's university endorses; CPD administrators (institute staff) accept or decline. The CV is
served only to the applicant, the cohort's coordinators and administrators."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.http import FileResponse, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from cpd.internships import access, applications
from cpd.internships.forms import ApplicationForm, DecisionForm
from cpd.internships.models import Application, ApplicationStatus
from cpd.internships.services import InternshipError


def _visible(user):
    """Applications this person may see: their own, their universities', or all for staff."""
    found = Application.objects.select_related("cohort__programme", "cohort__university", "student")
    if access.is_administrator(user):
        return found
    return found.filter(Q(student=user) | Q(cohort__university_id__in=access.universities_of(user)))


@login_required
@require_GET
def index(request: HttpRequest) -> HttpResponse:
    return render(
        request,
        "internships/applications.html",
        {
            "cohorts": applications.open_cohorts(),
            "mine": Application.objects.filter(student=request.user).select_related(
                "cohort__programme", "cohort__university"
            ),
            "to_endorse": _visible(request.user).filter(
                cohort__university_id__in=access.universities_of(request.user),
                status=ApplicationStatus.SUBMITTED,
            ),
            "to_decide": _visible(request.user).filter(status=ApplicationStatus.ENDORSED)
            if access.is_administrator(request.user)
            else [],
            "decision_form": DecisionForm(),
        },
    )


@login_required
def apply(request: HttpRequest, cohort_id: int) -> HttpResponse:
    cohort = get_object_or_404(applications.open_cohorts(), pk=cohort_id)
    form = (
        ApplicationForm(request.POST, request.FILES)
        if request.method == "POST"
        else ApplicationForm()
    )
    if request.method == "POST" and form.is_valid():
        try:
            applications.apply(request.user, cohort, **form.cleaned_data)
        except InternshipError as refusal:
            form.add_error(None, refusal.message)
        else:
            messages.success(request, _("Application sent to your university's coordinator."))
            return redirect("internships:applications")
    return render(
        request,
        "internships/apply.html",
        {"cohort": cohort, "form": form},
        status=400 if request.method == "POST" else 200,
    )


@login_required
@require_GET
def cv(request: HttpRequest, application_id: int) -> HttpResponse:
    application = get_object_or_404(_visible(request.user), pk=application_id)
    response = FileResponse(
        application.cv.open("rb"),
        as_attachment=True,
        filename=f"cv-{application.pk}.pdf",
        content_type="application/pdf",
    )
    response["Cache-Control"] = "private, no-store"
    return response


@login_required
@require_POST
def endorse(request: HttpRequest, application_id: int) -> HttpResponse:
    application = get_object_or_404(_visible(request.user), pk=application_id)
    if application.cohort.university_id not in access.universities_of(request.user):
        raise PermissionDenied
    return _decided(request, application, applications.endorse, "endorsed")


@login_required
@require_POST
def decide(request: HttpRequest, application_id: int) -> HttpResponse:
    application = get_object_or_404(_visible(request.user), pk=application_id)
    if not access.is_administrator(request.user):
        raise PermissionDenied
    return _decided(request, application, applications.decide, "accept")


def _decided(request, application, operation, keyword: str) -> HttpResponse:
    form = DecisionForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Choose yes or no."))
        return redirect("internships:applications")
    try:
        operation(
            application,
            by=request.user,
            note=form.cleaned_data["note"],
            **{keyword: form.cleaned_data["decision"] == "yes"},
        )
    except InternshipError as refusal:
        messages.error(request, refusal.message)
    else:
        messages.success(request, _("Recorded."))
    return redirect("internships:applications")
