"""The ledger for CPD administrators: find a learner, read every entry with who recorded it and
why, check the chain, record an adjustment or reverse an entry (each with a reason)."""

from __future__ import annotations

import logging
from datetime import date

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import Q
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from accounts import audit
from accounts.models import AuditAction
from cpd import attendance, claims, exports, services
from cpd.forms import (
    AdjustmentForm,
    AttendanceListForm,
    ClaimDecisionForm,
    ReversalForm,
    SubmissionForm,
)
from cpd.models import Claim, ClaimStatus, CPDSession, LedgerEntry, Scheme
from cpd.views import evidence_response

logger = logging.getLogger(__name__)
VIEW = "cpd.view_ledgerentry"
RECORD = "cpd.add_ledgerentry"
PAGE_SIZE = 100


def _check(request, permission: str = VIEW) -> None:
    if not request.user.has_perm(permission):
        raise PermissionDenied


def learners(request):
    _check(request)
    query = request.GET.get("q", "").replace("\x00", "").strip()[:200]  # PostgreSQL refuses NUL
    found = []
    if query:
        found = (
            get_user_model()
            .objects.filter(
                Q(email__icontains=query)
                | Q(first_name__icontains=query)
                | Q(last_name__icontains=query)
                | Q(chinese_name__icontains=query)
            )
            .filter(cpd_memberships__isnull=False)
            .distinct()
            .order_by("email")[:50]
        )
    return TemplateResponse(request, "cpd/admin/learners.html", {"query": query, "found": found})


def ledger(request, user_id: int):
    _check(request)
    learner = get_object_or_404(get_user_model(), pk=user_id)
    adjustment = AdjustmentForm(learner=learner)
    reversal = ReversalForm()
    if request.method == "POST":
        _check(request, RECORD)
        if request.POST.get("action") == "reverse":
            reversal = ReversalForm(request.POST)
            if _reverse(request, learner, reversal):
                return redirect("cpd_ledger", user_id=learner.pk)
        else:
            adjustment = AdjustmentForm(request.POST, learner=learner)
            if _adjust(request, learner, adjustment):
                return redirect("cpd_ledger", user_id=learner.pk)
    entries = (
        LedgerEntry.objects.filter(user=learner)
        .select_related("scheme", "reverses")
        .prefetch_related("reversal")
        .order_by("-id")
    )
    page = Paginator(entries, PAGE_SIZE).get_page(request.GET.get("page"))
    context = {
        "learner": learner,
        "memberships": learner.cpd_memberships.select_related("scheme"),
        "page": page,
        "problems": services.verify_ledger(learner),
        "adjustment": adjustment,
        "reversal": reversal,
        "may_record": request.user.has_perm(RECORD),
    }
    status = 400 if request.method == "POST" else 200
    return TemplateResponse(request, "cpd/admin/ledger.html", context, status=status)


def _adjust(request, learner, form: AdjustmentForm) -> bool:
    if not form.is_valid():
        return False
    data = form.cleaned_data
    try:
        entry = services.adjust(
            learner,
            scheme=data["scheme"],
            category_code=data["category_code"],
            points=data["points"],
            activity_date=data["activity_date"],
            by=request.user,
            reason=data["reason"],
        )
    except services.CPDError as refusal:
        form.add_error(None, refusal.message)
        return False
    logger.info("CPD adjustment %s for user %s by %s", entry.pk, learner.pk, request.user.pk)
    messages.success(request, _("Adjustment recorded."))
    return True


def _reverse(request, learner, form: ReversalForm) -> bool:
    if not form.is_valid():
        return False
    entry = LedgerEntry.objects.filter(user=learner, pk=form.cleaned_data["entry"]).first()
    if entry is None:
        form.add_error(None, _("That entry is not in this learner's record."))
        return False
    try:
        reversal = services.reverse(entry, by=request.user, reason=form.cleaned_data["reason"])
    except services.CPDError as refusal:
        form.add_error(None, refusal.message)
        return False
    logger.info("CPD entry %s reversed by %s (%s)", entry.pk, request.user.pk, reversal.pk)
    messages.success(request, _("Entry %(id)s reversed.") % {"id": entry.pk})
    return True


def submission(request):
    """A scheme's points per member and category over a period, for the accrediting body."""
    _check(request)
    form = SubmissionForm(request.GET or None)
    if request.GET and form.is_valid():
        data = form.cleaned_data
        audit.record(
            AuditAction.DATA_EXPORTED,
            actor=request.user,
            obj=data["scheme"],
            after={"export": "submission", "start": data["start"], "end": data["end"]},
        )
        body = exports.submission_csv(data["scheme"], data["start"], data["end"])
        response = HttpResponse(body, content_type="text/csv; charset=utf-8")
        name = f"cpd-{data['scheme'].code}-{data['start']}-{data['end']}.csv"
        response["Content-Disposition"] = f'attachment; filename="{name}"'
        response["Cache-Control"] = "private, no-store"
        return response
    status = 400 if request.GET else 200
    return TemplateResponse(request, "cpd/admin/submission.html", {"form": form}, status=status)


# -- claims for outside activities -----------------------------------------------------------------
CLAIMS = "cpd.view_claim"
DECIDE = "cpd.change_claim"


def claim_queue(request):
    _check(request, CLAIMS)
    status = request.GET.get("status", ClaimStatus.PENDING)
    if status not in ClaimStatus.values:
        status = ClaimStatus.PENDING
    found = Claim.objects.filter(status=status).select_related("user", "scheme")
    if request.GET.get("audit") == "1":
        found = found.filter(selected_for_audit=True)
    page = Paginator(found.order_by("submitted_at"), PAGE_SIZE).get_page(request.GET.get("page"))
    return TemplateResponse(
        request,
        "cpd/admin/claims.html",
        {"page": page, "status": status, "statuses": ClaimStatus.choices},
    )


def claim_detail(request, claim_id: int):
    _check(request, CLAIMS)
    claim = get_object_or_404(Claim.objects.select_related("user", "scheme"), pk=claim_id)
    form = ClaimDecisionForm(request.POST) if request.method == "POST" else ClaimDecisionForm()
    if request.method == "POST":
        _check(request, DECIDE)
        if form.is_valid() and _decide(request, claim, form):
            return redirect("cpd_claims")
    status = 400 if request.method == "POST" else 200
    return TemplateResponse(
        request,
        "cpd/admin/claim.html",
        {"claim": claim, "form": form, "may_decide": request.user.has_perm(DECIDE)},
        status=status,
    )


def _decide(request, claim: Claim, form: ClaimDecisionForm) -> bool:
    data = form.cleaned_data
    try:
        if data["decision"] == "approve":
            claims.approve(claim, by=request.user, points=data["points"], reason=data["reason"])
        elif data["decision"] == "amend":
            claims.return_for_amendment(claim, by=request.user, reason=data["reason"])
        else:
            claims.reject(claim, by=request.user, reason=data["reason"])
    except services.CPDError as refusal:
        form.add_error(None, refusal.message)
        return False
    messages.success(request, _("Decision recorded; the learner will be told by email."))
    return True


def claim_evidence(request, claim_id: int):
    _check(request, CLAIMS)
    claim = get_object_or_404(Claim, pk=claim_id)
    logger.info("CPD claim %s evidence read by %s", claim.pk, request.user.pk)
    return evidence_response(claim)


# -- standing per scheme -------------------------------------------------------------------------
def scheme_report(request):
    """Per scheme: members on track, at risk and short in their current cycle; CSV export."""
    _check(request)
    schemes = list(Scheme.objects.order_by("code"))
    chosen = next((s for s in schemes if s.code == request.GET.get("scheme")), None)
    try:
        on = date.fromisoformat(request.GET["on"]) if request.GET.get("on") else None
    except ValueError:
        on = None  # a malformed date: today, as if none were given
    rows = []
    if chosen is not None:
        rows = [
            {"progress": p, "standing": services.standing(p)}
            for p in services.progress_of_members(chosen, on=on)
        ]
        wanted = request.GET.get("standing")
        if wanted in services.Standing.values:
            rows = [r for r in rows if r["standing"] == wanted]
        if request.GET.get("format") == "csv":
            audit.record(
                AuditAction.DATA_EXPORTED,
                actor=request.user,
                obj=chosen,
                after={"export": "standing", "on": on},
            )
            response = HttpResponse(
                exports.standing_csv(chosen, rows), content_type="text/csv; charset=utf-8"
            )
            response["Content-Disposition"] = (
                f'attachment; filename="cpd-{chosen.code}-standing.csv"'
            )
            response["Cache-Control"] = "private, no-store"
            return response
    counts = dict.fromkeys(services.Standing.values, 0)
    for row in rows:
        counts[row["standing"]] += 1
    return TemplateResponse(
        request,
        "cpd/admin/standing.html",
        {
            "schemes": schemes,
            "scheme": chosen,
            "rows": rows,
            "standings": [(v, label, counts[v]) for v, label in services.Standing.choices],
            "chosen_standing": request.GET.get("standing", ""),
        },
    )


# -- sessions: QR code, short code, attendance list --------------------------------------------
EVENTS = "cpd.change_cpdevent"


def session_check_in(request, session_id: int):
    _check(request, EVENTS)
    session = get_object_or_404(CPDSession.objects.select_related("event"), pk=session_id)
    form = (
        AttendanceListForm(request.POST, request.FILES)
        if request.method == "POST"
        else AttendanceListForm()
    )
    problems = []
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["attendance_list"]
        if upload.size > 1024 * 1024:
            problems = [attendance.RowProblem(0, _("The list is larger than 1 MB."))]
        else:
            try:
                added = attendance.import_list(session, upload.read())
            except attendance.ListRejected as rejected:
                problems = rejected.problems
            else:
                logger.info("CPD attendance list for session %s by %s", session.pk, request.user.pk)
                messages.success(
                    request, _("Recorded %(count)s new attendances.") % {"count": added}
                )
                return redirect("cpd_session", session_id=session.pk)
    url = request.build_absolute_uri(
        reverse_in("en", "cpd:check_in_by_qr", kwargs={"token": session.token})
    )
    context = {
        "session": session,
        "url": url,
        "qr": qr_svg(url),
        "form": form,
        "problems": problems,
        "attendances": session.attendances.select_related("user").order_by("checked_in_at"),
    }
    status = 400 if request.method == "POST" else 200
    return TemplateResponse(request, "cpd/admin/session.html", context, status=status)


def reverse_in(language: str, name: str, **kwargs) -> str:
    from django.urls import reverse
    from django.utils import translation

    with translation.override(language):
        return reverse(name, **kwargs)


def qr_svg(data: str) -> str:
    """An inline SVG of a QR code holding only `data`."""
    import qrcode
    import qrcode.image.svg

    image = qrcode.make(data, image_factory=qrcode.image.svg.SvgPathImage, box_size=12)
    return image.to_string(encoding="unicode")
