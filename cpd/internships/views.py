"""Internship pages for students, supervisors and coordinators. What anyone sees comes through
`cpd.internships.access`: data outside a person's reach is 404 (its existence is not
confirmed), an action their role does not allow on data they can see is 403. State changes go
through cpd.internships.services and cpd.internships.roster."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db.models import prefetch_related_objects
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_POST

from accounts import audit
from accounts.models import AuditAction
from cpd.internships import access, charts, exports, roster, services
from cpd.internships.forms import (
    CompetencyForm,
    EvaluationForm,
    LogbookEntryForm,
    ReviewForm,
    RosterForm,
    SupervisorForm,
)
from cpd.internships.models import (
    Cohort,
    EvaluationKind,
    LogbookEntry,
    Placement,
    Stage,
    University,
)
from cpd.services import hong_kong_date


def _placement(request: HttpRequest, placement_id: int) -> tuple[Placement, set[str]]:
    placement = get_object_or_404(access.placements_for(request.user), pk=placement_id)
    return placement, access.roles_on(placement, request.user)


def _require(roles: set[str], *allowed: str) -> None:
    if not roles & set(allowed):
        raise PermissionDenied


def _cohort(request: HttpRequest, cohort_id: int) -> Cohort:
    return get_object_or_404(access.cohorts_for(request.user), pk=cohort_id)


@login_required
@require_GET
def home(request: HttpRequest) -> HttpResponse:
    placements = list(access.placements_for(request.user).filter(student=request.user))
    supervising = list(access.placements_for(request.user).filter(supervisor=request.user))
    cohorts = list(access.cohorts_for(request.user))
    universities = University.objects.filter(pk__in=access.universities_of(request.user))
    return render(
        request,
        "internships/home.html",
        {
            "placements": placements,
            "supervising": supervising,
            "cohorts": cohorts,
            "universities": universities,
        },
    )


@login_required
@require_GET
def placement(request: HttpRequest, placement_id: int) -> HttpResponse:
    placement, roles = _placement(request, placement_id)
    return render(request, "internships/placement.html", _placement_context(placement, roles))


def _placement_context(placement: Placement, roles: set[str], **forms) -> dict:
    programme = placement.cohort.programme
    areas = list(programme.areas.all())
    competencies = list(programme.competencies.all())
    signed = {s.competency_id: s for s in placement.competencies.select_related("signed_by")}
    evaluations = {(e.stage, e.kind): e for e in placement.evaluations.all()}
    progress = services.progress(placement)
    today = hong_kong_date(timezone.now())
    return {
        "placement": placement,
        "roles": roles,
        "progress": progress,
        "areas": [(area, progress.hours_by_area.get(area.code, 0)) for area in areas],
        "area_names": {area.code: area.name for area in areas},
        "entries": placement.entries.select_related("reviewed_by"),
        "competencies": [(c, signed.get(c.pk)) for c in competencies],
        "evaluations": [
            {
                "stage": stage,
                "stage_label": Stage(stage).label,
                "kind": kind,
                "kind_label": EvaluationKind(kind).label,
                "done": evaluations.get((stage, kind)),
                "due": services.due_dates(placement)[stage],
                "mine": ("supervisor" if kind == EvaluationKind.SUPERVISOR else "student") in roles,
            }
            for stage in Stage.values
            for kind in EvaluationKind.values
        ],
        "at_risk": progress.at_risk(today),
        "entry_form": forms.get("entry_form") or LogbookEntryForm(areas=areas),
        "review_form": ReviewForm(),
        "competency_form": forms.get("competency_form")
        or CompetencyForm(competencies=[c for c in competencies if c.pk not in signed]),
        "supervisor_form": forms.get("supervisor_form") or SupervisorForm(),
    }


def _refused(request, placement, roles, message: str, **forms) -> HttpResponse:
    messages.error(request, message)
    context = _placement_context(placement, roles, **forms)
    return render(request, "internships/placement.html", context, status=400)


@login_required
@require_POST
def log_hours(request: HttpRequest, placement_id: int) -> HttpResponse:
    placement, roles = _placement(request, placement_id)
    _require(roles, "student")
    form = LogbookEntryForm(request.POST, areas=placement.cohort.programme.areas.all())
    if not form.is_valid():
        return _refused(request, placement, roles, _("Check the entry."), entry_form=form)
    try:
        services.log_hours(placement, by=request.user, **form.cleaned_data)
    except services.InternshipError as refusal:
        return _refused(request, placement, roles, refusal.message, entry_form=form)
    messages.success(request, _("Logged; your supervisor has been asked to sign it off."))
    return redirect("internships:placement", placement_id=placement.pk)


def _entry(request: HttpRequest, entry_id: int) -> tuple[LogbookEntry, Placement, set[str]]:
    entry = get_object_or_404(
        LogbookEntry.objects.filter(placement__in=access.placements_for(request.user)),
        pk=entry_id,
    )
    placement, roles = _placement(request, entry.placement_id)
    return entry, placement, roles


@login_required
@require_POST
def amend_entry(request: HttpRequest, entry_id: int) -> HttpResponse:
    entry, placement, roles = _entry(request, entry_id)
    _require(roles, "student")
    form = LogbookEntryForm(request.POST, areas=placement.cohort.programme.areas.all())
    if not form.is_valid():
        return _refused(request, placement, roles, _("Check the entry."), entry_form=form)
    try:
        services.amend_entry(entry, by=request.user, **form.cleaned_data)
    except services.InternshipError as refusal:
        return _refused(request, placement, roles, refusal.message)
    messages.success(request, _("Resubmitted for sign-off."))
    return redirect("internships:placement", placement_id=placement.pk)


@login_required
@require_POST
def review_entry(request: HttpRequest, entry_id: int) -> HttpResponse:
    entry, placement, roles = _entry(request, entry_id)
    _require(roles, "supervisor")
    form = ReviewForm(request.POST)
    if not form.is_valid():
        return _refused(request, placement, roles, _("Choose to sign off or to return it."))
    try:
        services.review_entry(
            entry,
            by=request.user,
            approve=form.cleaned_data["decision"] == "approve",
            comment=form.cleaned_data["comment"],
        )
    except services.InternshipError as refusal:
        return _refused(request, placement, roles, refusal.message)
    messages.success(request, _("Recorded."))
    return redirect("internships:placement", placement_id=placement.pk)


@login_required
@require_POST
def sign_competency(request: HttpRequest, placement_id: int) -> HttpResponse:
    placement, roles = _placement(request, placement_id)
    _require(roles, "supervisor")
    competencies = placement.cohort.programme.competencies.all()
    form = CompetencyForm(request.POST, competencies=competencies)
    if not form.is_valid():
        return _refused(request, placement, roles, _("Check the competency."), competency_form=form)
    try:
        services.sign_competency(
            placement,
            competencies.get(pk=form.cleaned_data["competency"]),
            by=request.user,
            achieved_on=form.cleaned_data["achieved_on"],
            entrustment=form.cleaned_data["entrustment"],
        )
    except services.InternshipError as refusal:
        return _refused(request, placement, roles, refusal.message, competency_form=form)
    messages.success(request, _("Competency signed off."))
    return redirect("internships:placement", placement_id=placement.pk)


@login_required
def evaluation(request: HttpRequest, placement_id: int, stage: str, kind: str) -> HttpResponse:
    placement, roles = _placement(request, placement_id)
    if stage not in Stage.values or kind not in EvaluationKind.values:
        raise Http404
    _require(roles, "supervisor" if kind == EvaluationKind.SUPERVISOR else "student")
    criteria = (
        [] if kind == EvaluationKind.FEEDBACK else services.rubric(placement.cohort.programme)
    )
    form = (
        EvaluationForm(request.POST, criteria=criteria)
        if request.method == "POST"
        else EvaluationForm(criteria=criteria)
    )
    if request.method == "POST" and form.is_valid():
        try:
            services.evaluate(
                placement,
                by=request.user,
                stage=stage,
                kind=kind,
                ratings=form.ratings(),
                comments=form.cleaned_data["comments"],
            )
        except services.InternshipError as refusal:
            form.add_error(None, refusal.message)
        else:
            messages.success(request, _("Evaluation submitted."))
            return redirect("internships:placement", placement_id=placement.pk)
    return render(
        request,
        "internships/evaluation.html",
        {
            "placement": placement,
            "form": form,
            "stage_label": Stage(stage).label,
            "kind_label": EvaluationKind(kind).label,
        },
        status=400 if request.method == "POST" else 200,
    )


@login_required
@require_POST
def set_supervisor(request: HttpRequest, placement_id: int) -> HttpResponse:
    placement, roles = _placement(request, placement_id)
    _require(roles, "coordinator", "administrator")
    form = SupervisorForm(request.POST)
    if not form.is_valid():
        return _refused(request, placement, roles, _("Check the supervisor."), supervisor_form=form)
    services.assign_supervisor(
        placement, form.supervisor, host_unit=form.cleaned_data["host_unit"], by=request.user
    )
    messages.success(request, _("Supervisor assigned."))
    return redirect("internships:placement", placement_id=placement.pk)


@never_cache
def sign_off_link(request: HttpRequest, token: str) -> HttpResponse:
    """The emailed one-time link: the link itself is the supervisor's credential, so it needs
    no sign-in; it works once and expires."""
    try:
        link = services.link_for(token)
    except services.InternshipError as refusal:
        return render(
            request, "internships/link_used.html", {"message": refusal.message}, status=410
        )
    form = ReviewForm(request.POST) if request.method == "POST" else ReviewForm()
    if request.method == "POST" and form.is_valid():
        try:
            services.sign_off_by_link(
                token,
                approve=form.cleaned_data["decision"] == "approve",
                comment=form.cleaned_data["comment"],
            )
        except services.InternshipError as refusal:
            form.add_error(None, refusal.message)
        else:
            return render(request, "internships/link_done.html", {"entry": link.entry})
    response = render(
        request,
        "internships/sign_off_link.html",
        {"entry": link.entry, "form": form},
        status=400 if request.method == "POST" else 200,
    )
    response["Referrer-Policy"] = "no-referrer"
    return response


# -- coordinators ------------------------------------------------------------------------------
def _cohort_placements(cohort: Cohort, *, supervisors: bool = True) -> list[Placement]:
    """The cohort's placements in name order, all sharing the one cohort (and its programme,
    with the areas read once) rather than a copy of it each."""
    related = ["student", "supervisor"] if supervisors else ["student"]
    placements = list(
        cohort.placements.select_related(*related).order_by(
            "student__last_name", "student__first_name", "id"
        )
    )
    prefetch_related_objects([cohort.programme], "areas")
    for placement in placements:
        placement.cohort = cohort
    return placements


def _url_of(name: str):
    """A function giving the address of view `name` for an id, reversed once rather than once
    a row (only the id differs)."""
    marker = 987654321
    head, tail = reverse(name, args=[marker]).split(str(marker))
    return lambda pk: f"{head}{pk}{tail}"


@login_required
@require_GET
def cohort(request: HttpRequest, cohort_id: int) -> HttpResponse:
    cohort = _cohort(request, cohort_id)
    # The dashboard does not show supervisors (the exports do).
    rows = exports.cohort_rows(cohort, _cohort_placements(cohort, supervisors=False))
    return render(
        request,
        "internships/cohort.html",
        {
            "cohort": cohort,
            "rows": exports.dashboard_rows(rows, _url_of("internships:placement")),
            "chart": charts.cohort_chart(rows),
        },
    )


@login_required
@require_GET
def cohort_export(request: HttpRequest, cohort_id: int, form: str) -> HttpResponse:
    cohort = _cohort(request, cohort_id)
    if form not in ("csv", "xlsx"):
        raise Http404
    rows = exports.cohort_rows(cohort, _cohort_placements(cohort))
    audit.record(AuditAction.DATA_EXPORTED, actor=request.user, obj=cohort, after={"export": form})
    if form == "xlsx":
        body = exports.as_xlsx(cohort, rows)
        content_type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    else:
        body = exports.as_csv(cohort, rows).encode("utf-8-sig")
        content_type = "text/csv; charset=utf-8"
    response = HttpResponse(body, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="cohort-{cohort.pk}.{form}"'
    response["Cache-Control"] = "private, no-store"
    return response


@login_required
def import_roster(request: HttpRequest, university_id: int) -> HttpResponse:
    if university_id not in access.universities_of(request.user):
        raise Http404
    university = get_object_or_404(University, pk=university_id)
    form = RosterForm(request.POST, request.FILES) if request.method == "POST" else RosterForm()
    problems = []
    if request.method == "POST" and form.is_valid():
        try:
            result = roster.import_roster(
                form.cleaned_data["file"].read(), university=university, by=request.user
            )
        except roster.RosterRefused as refusal:
            problems = refusal.problems
        else:
            messages.success(
                request,
                _(
                    "Imported: %(placed)s students placed (%(new)s new accounts invited); "
                    "%(unchanged)s already there."
                )
                % {
                    "placed": result.placed,
                    "new": result.created_students,
                    "unchanged": result.unchanged,
                },
            )
            return redirect("internships:home")
    return render(
        request,
        "internships/roster.html",
        {"university": university, "form": form, "problems": problems},
        status=400 if request.method == "POST" else 200,
    )
