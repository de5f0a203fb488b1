"""Certificates for CPD administrators (Wagtail admin): find, read, revoke, reissue; issue one
by hand; issue for a whole event and watch the batch being rendered."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import Count, Q
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from cpd.certificates import codes, services
from cpd.certificates.forms import ManualIssueForm, RevokeForm
from cpd.certificates.models import BulkIssuance, Certificate
from cpd.models import CPDEvent
from cpd.services import CPDError

VIEW = "certificates.view_certificate"
ISSUE = "certificates.add_certificate"
REVOKE = "certificates.change_certificate"
PAGE_SIZE = 100


def _check(request, permission: str = VIEW) -> None:
    if not request.user.has_perm(permission):
        raise PermissionDenied


def certificate_list(request):
    _check(request)
    query = request.GET.get("q", "").replace("\x00", "").strip()[:200]  # PostgreSQL refuses NUL
    certificates = Certificate.objects.select_related("user")
    if query:
        code = codes.normalise(query)
        certificates = certificates.filter(
            Q(code=code or "-")
            | Q(user__email__icontains=query)
            | Q(holder_name__icontains=query)
            | Q(holder_name_zh__icontains=query)
            | Q(title_en__icontains=query)
        )
    page = Paginator(certificates, PAGE_SIZE).get_page(request.GET.get("page"))
    return TemplateResponse(
        request,
        "certificates/admin/list.html",
        {"page": page, "query": query, "may_issue": request.user.has_perm(ISSUE)},
    )


def certificate_detail(request, certificate_id: int):
    _check(request)
    certificate = get_object_or_404(
        Certificate.objects.select_related("user", "replaces", "revoked_by", "issued_by"),
        pk=certificate_id,
    )
    form = RevokeForm(request.POST) if request.method == "POST" else RevokeForm()
    if request.method == "POST":
        _check(request, REVOKE)
        if form.is_valid():
            try:
                if request.POST.get("action") == "reissue":
                    new = services.reissue(
                        certificate, by=request.user, reason=form.cleaned_data["reason"]
                    )
                    messages.success(request, _("Reissued: the old certificate is revoked."))
                    return redirect("certificates_admin_detail", certificate_id=new.pk)
                services.revoke(certificate, by=request.user, reason=form.cleaned_data["reason"])
                messages.success(request, _("Revoked. The record is kept."))
                return redirect("certificates_admin_detail", certificate_id=certificate.pk)
            except CPDError as refusal:
                form.add_error(None, refusal.message)
    return TemplateResponse(
        request,
        "certificates/admin/detail.html",
        {
            "certificate": certificate,
            "replaced_by": Certificate.objects.filter(replaces=certificate).first(),
            "form": form,
            "may_revoke": request.user.has_perm(REVOKE),
        },
        status=400 if request.method == "POST" else 200,
    )


def issue_manually(request):
    _check(request, ISSUE)
    form = ManualIssueForm(request.POST) if request.method == "POST" else ManualIssueForm()
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            certificate = services.issue_manually(
                form.user,
                title_en=data["title_en"],
                title_zh_hant=data["title_zh_hant"],
                achieved_on=data["achieved_on"],
                by=request.user,
            )
        except CPDError as refusal:
            form.add_error(None, refusal.message)
        else:
            messages.success(request, _("Issued; the PDF is being made."))
            return redirect("certificates_admin_detail", certificate_id=certificate.pk)
    return TemplateResponse(
        request,
        "certificates/admin/issue.html",
        {"form": form},
        status=400 if request.method == "POST" else 200,
    )


def issue_for_event(request, event_id: int):
    _check(request, ISSUE)
    event = get_object_or_404(CPDEvent, pk=event_id)
    if request.method != "POST":
        return redirect("certificates_admin_batches")
    bulk = services.issue_for_event(event, by=request.user)
    messages.success(
        request,
        _("%(count)s certificates issued; they are being rendered.")
        % {"count": bulk.certificates.count()},
    )
    return redirect("certificates_admin_batch", bulk_id=bulk.pk)


def issue_for_cohort(request, cohort_id: int):
    from cpd.internships.models import Cohort
    from cpd.internships.services import issue_certificates_for_cohort

    _check(request, ISSUE)
    cohort = get_object_or_404(Cohort, pk=cohort_id)
    if request.method != "POST":
        return redirect("certificates_admin_batches")
    bulk = issue_certificates_for_cohort(cohort, by=request.user)
    messages.success(
        request,
        _("%(count)s certificates issued; they are being rendered.")
        % {"count": bulk.certificates.count()},
    )
    return redirect("certificates_admin_batch", bulk_id=bulk.pk)


def batches(request):
    _check(request)
    rows = BulkIssuance.objects.annotate(
        total=Count("certificates"),
        rendered=Count("certificates", filter=Q(certificates__rendered_at__isnull=False)),
    ).select_related("event", "requested_by")[:200]
    return TemplateResponse(
        request,
        "certificates/admin/batches.html",
        {
            "rows": rows,
            "events": CPDEvent.objects.order_by("-id")[:200],
            "cohorts": _cohorts(),
            "may_issue": request.user.has_perm(ISSUE),
        },
    )


def batch(request, bulk_id: int):
    _check(request)
    bulk = get_object_or_404(BulkIssuance, pk=bulk_id)
    total = bulk.certificates.count()
    rendered = bulk.certificates.filter(rendered_at__isnull=False).count()
    return TemplateResponse(
        request,
        "certificates/admin/batch.html",
        {"bulk": bulk, "total": total, "rendered": rendered, "done": rendered == total},
    )


def _cohorts():
    from cpd.internships.models import Cohort

    return Cohort.objects.select_related("programme", "university").order_by("-starts_on")[:200]
