"""The learner's CPD record: progress in each of their schemes' current cycle, with the entries
behind the figures a page at a time (the transcripts have them all); and joining a scheme. State
changes go through cpd.services."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Page
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from cpd import attendance as attendance_service
from cpd import charts, claims, exports, pdf, services
from cpd.forms import (
    AmendClaimForm,
    CheckInCodeForm,
    ClaimForm,
    EvaluationForm,
    JoinSchemeForm,
    ProfessionsForm,
)
from cpd.models import Attendance, Claim, CPDSession, LearnerProfile, Membership, SourceKind


@login_required
def record(request: HttpRequest, form: JoinSchemeForm | None = None) -> HttpResponse:
    memberships = list(
        Membership.objects.filter(user=request.user)
        .select_related("scheme", "scheme__body")
        .prefetch_related("scheme__categories")
        .order_by("scheme__code")
    )
    schemes = []
    for membership in memberships:
        try:
            progress = services.progress(membership)
        except services.CPDError as problem:
            schemes.append({"membership": membership, "problem": problem.message})
            continue
        page = services.entries_page(progress, request.GET.get(_page_key(membership)))
        schemes.append(
            {
                "membership": membership,
                "progress": progress,
                "page": page,
                "rows": _entry_rows(page),
                "previous_url": _page_url(request, membership, page, -1),
                "next_url": _page_url(request, membership, page, +1),
                "chart": charts.cycle_chart(progress),
            }
        )
    return render(
        request,
        "cpd/record.html",
        {
            "schemes": schemes,
            "form": form or JoinSchemeForm(user=request.user),
            "claims": Claim.objects.filter(user=request.user).select_related("scheme")[:50],
            "amend_form": AmendClaimForm(),
            "to_evaluate": Attendance.objects.filter(
                user=request.user,
                evaluated_at__isnull=True,
                session__event__requires_evaluation=True,
            ).select_related("session__event"),
            "professions_form": ProfessionsForm(
                initial={"professions": _professions_of(request.user)}
            ),
        },
        status=400 if form is not None else 200,
    )


@dataclass(frozen=True)
class _EntryRow:
    activity_date: date
    title: str
    reason: str
    category_code: str
    points: Decimal
    source: str


def _entry_rows(page: Page) -> list[_EntryRow]:
    """The page's rows with their source label made here: the labels are translated once for
    the page, not once a row."""
    kinds = {value: str(label) for value, label in SourceKind.choices}
    number = _("entry %(ref)s")
    return [
        _EntryRow(
            entry.activity_date,
            entry.title,
            entry.reason,
            entry.category_code,
            entry.points,
            f"{kinds.get(entry.source_kind, entry.source_kind)} · {number % {'ref': entry.pk}}",
        )
        for entry in page
    ]


def _page_key(membership: Membership) -> str:
    """The query-string parameter of a scheme's page of entries: each scheme's table pages on
    its own."""
    return f"page-{membership.pk}"


def _page_url(request: HttpRequest, membership: Membership, page: Page, step: int) -> str:
    """The link to the page before or after (empty if none), keeping the other schemes' pages,
    and leading to the table itself. A full path: the record is also the page a refused join
    form answers at /cpd/join/."""
    number = page.number + step
    if not 1 <= number <= page.paginator.num_pages:
        return ""
    query = request.GET.copy()
    query[_page_key(membership)] = number
    return f"{reverse('cpd:record')}?{query.urlencode()}#entries-{membership.pk}"


def _professions_of(user) -> list[str]:
    profile = LearnerProfile.objects.filter(user=user).first()
    return profile.professions if profile else []


@login_required
@require_POST
def join(request: HttpRequest) -> HttpResponse:
    form = JoinSchemeForm(request.POST, user=request.user)
    if not form.is_valid():
        return record(request, form=form)
    data = form.cleaned_data
    try:
        membership = services.join(
            request.user,
            data["scheme"],
            registration_number=data["registration_number"],
            cycle_start_date=data["cycle_start_date"],
        )
    except services.CPDError as refusal:
        form.add_error(None, refusal.message)
        return record(request, form=form)
    messages.success(
        request, _("You are recorded under %(scheme)s.") % {"scheme": membership.scheme.name}
    )
    return redirect("cpd:record")


@login_required
def transcript(request: HttpRequest, membership_id: int) -> HttpResponse:
    """This learner's transcript for one scheme, for the cycle containing ?on= (default today)."""
    membership = get_object_or_404(
        Membership.objects.select_related("scheme", "user"), pk=membership_id, user=request.user
    )
    on = None
    if request.GET.get("on"):
        try:
            on = date.fromisoformat(request.GET["on"])
        except ValueError:
            return HttpResponse(
                _("Give the date as YYYY-MM-DD."), status=400, content_type="text/plain"
            )
    try:
        progress = services.progress(membership, on=on)
    except services.CPDError as problem:
        return HttpResponse(problem.message, status=400, content_type="text/plain")
    response = HttpResponse(
        exports.transcript_csv(progress), content_type="text/csv; charset=utf-8"
    )
    name = f"cpd-{membership.scheme.code}-{progress.cycle.start.isoformat()}.csv"
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    response["Cache-Control"] = "private, no-store"
    return response


@login_required
def new_claim(request: HttpRequest) -> HttpResponse:
    form = (
        ClaimForm(request.POST, request.FILES, user=request.user)
        if request.method == "POST"
        else ClaimForm(user=request.user)
    )
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        scheme, category = data["category"]
        try:
            claims.submit(
                request.user,
                scheme=scheme,
                category_code=category,
                title=data["title"],
                provider=data["provider"],
                start_date=data["start_date"],
                end_date=data["end_date"],
                hours=data["hours"],
                evidence=data["evidence"],
            )
        except services.CPDError as refusal:
            form.add_error(None, refusal.message)
        else:
            messages.success(request, _("Your claim is sent for approval."))
            return redirect("cpd:record")
    status = 400 if request.method == "POST" else 200
    return render(request, "cpd/claim_form.html", {"form": form}, status=status)


@login_required
@require_POST
def amend_claim(request: HttpRequest, claim_id: int) -> HttpResponse:
    claim = get_object_or_404(Claim, pk=claim_id, user=request.user)
    form = AmendClaimForm(request.POST, request.FILES)
    if form.is_valid():
        try:
            claims.amend(
                claim, hours=form.cleaned_data["hours"], evidence=form.cleaned_data["evidence"]
            )
        except services.CPDError as refusal:
            messages.error(request, refusal.message)
        else:
            messages.success(request, _("Your amended claim is sent for approval."))
    else:
        messages.error(request, " ".join(e for errors in form.errors.values() for e in errors))
    return redirect("cpd:record")


@login_required
def claim_evidence(request: HttpRequest, claim_id: int) -> HttpResponse:
    claim = get_object_or_404(Claim, pk=claim_id, user=request.user)
    return evidence_response(claim)


def evidence_response(claim: Claim) -> HttpResponse:
    extension = claims.EXTENSIONS[claim.evidence_type]
    response = FileResponse(
        claim.evidence.open("rb"),
        content_type=claim.evidence_type,
        as_attachment=True,
        filename=f"claim-{claim.pk}-evidence.{extension}",
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "private, no-store"
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    return response


@login_required
@require_POST
def reminders(request: HttpRequest, membership_id: int) -> HttpResponse:
    membership = get_object_or_404(Membership, pk=membership_id, user=request.user)
    services.set_reminders(membership, request.POST.get("reminders") == "on")
    if membership.reminders:
        messages.success(
            request, _("Reminders are on for %(scheme)s.") % {"scheme": membership.scheme.name}
        )
    else:
        messages.success(
            request, _("Reminders are off for %(scheme)s.") % {"scheme": membership.scheme.name}
        )
    return redirect("cpd:record")


@login_required
def check_in(request: HttpRequest) -> HttpResponse:
    """Typing a session's short code."""
    form = CheckInCodeForm(request.POST) if request.method == "POST" else CheckInCodeForm()
    if request.method == "POST" and form.is_valid():
        try:
            attendance = attendance_service.check_in_by_code(
                request.user, form.cleaned_data["code"]
            )
        except services.CPDError as refusal:
            form.add_error("code", refusal.message)
        else:
            return _checked_in(request, attendance)
    status = 400 if request.method == "POST" else 200
    return render(request, "cpd/check_in.html", {"form": form}, status=status)


@login_required
def check_in_by_qr(request: HttpRequest, token: str) -> HttpResponse:
    """The page a session's QR code opens; checking in is a button (a POST), so a link preview
    or a crawler never checks anyone in."""
    if "\x00" in token:  # no token has one, and PostgreSQL refuses to compare it
        raise Http404
    session = get_object_or_404(CPDSession.objects.select_related("event"), token=token)
    problem = ""
    if request.method == "POST":
        try:
            attendance = attendance_service.check_in(request.user, session, Attendance.How.QR)
        except services.CPDError as refusal:
            problem = refusal.message
        else:
            return _checked_in(request, attendance)
    status = 400 if problem else 200
    return render(
        request,
        "cpd/check_in_session.html",
        {"session": session, "problem": problem},
        status=status,
    )


def _checked_in(request: HttpRequest, attendance: Attendance) -> HttpResponse:
    messages.success(
        request,
        _("You are checked in to “%(session)s”.") % {"session": attendance.session.title},
    )
    if attendance.session.event.requires_evaluation and attendance.evaluated_at is None:
        return redirect("cpd:evaluate", attendance_id=attendance.pk)
    return redirect("cpd:record")


@login_required
def evaluate(request: HttpRequest, attendance_id: int) -> HttpResponse:
    attendance = get_object_or_404(
        Attendance.objects.select_related("session__event"), pk=attendance_id, user=request.user
    )
    form = EvaluationForm(request.POST) if request.method == "POST" else EvaluationForm()
    if request.method == "POST" and form.is_valid():
        try:
            attendance_service.evaluate(
                attendance,
                rating=form.cleaned_data["rating"],
                comment=form.cleaned_data["comment"],
            )
        except services.CPDError as refusal:
            form.add_error(None, refusal.message)
        else:
            messages.success(request, _("Thank you: your evaluation is recorded."))
            return redirect("cpd:record")
    status = 400 if request.method == "POST" else 200
    return render(
        request, "cpd/evaluate.html", {"attendance": attendance, "form": form}, status=status
    )


@login_required
def transcript_pdf(request: HttpRequest, membership_id: int) -> HttpResponse:
    """The PDF once the worker has rendered it; until then a page that checks again."""
    membership = get_object_or_404(
        Membership.objects.select_related("scheme", "scheme__body", "user"),
        pk=membership_id,
        user=request.user,
    )
    try:
        progress = services.progress(membership)
    except services.CPDError as problem:
        return HttpResponse(problem.message, status=400, content_type="text/plain")
    item = pdf.requested(progress, get_language())
    if item.rendered_at is None:
        return render(
            request, "cpd/transcript_pending.html", {"membership": membership}, status=202
        )
    name = f"cpd-{membership.scheme.code}-{progress.cycle.start.isoformat()}.pdf"
    response = FileResponse(
        item.file.open("rb"), content_type="application/pdf", as_attachment=True, filename=name
    )
    response["Cache-Control"] = "private, no-store"
    return response


@login_required
@require_POST
def professions(request: HttpRequest) -> HttpResponse:
    form = ProfessionsForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Choose professions from the list."))
        return redirect("cpd:record")
    services.set_professions(request.user, form.cleaned_data["professions"])
    messages.success(request, _("Your professions are saved."))
    return redirect("cpd:record")
