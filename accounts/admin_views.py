"""The audit trail for administrators (Wagtail admin): filter by who, whose record, what and
when; export what is shown as CSV."""

from __future__ import annotations

from datetime import datetime, time

from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import HttpResponse
from django.template.response import TemplateResponse
from django.utils import timezone

from accounts import audit
from accounts.forms import AuditFilterForm
from accounts.models import AuditAction, AuditEvent

VIEW = "accounts.view_auditevent"
PAGE_SIZE = 100


def audit_trail(request):
    if not request.user.has_perm(VIEW):
        raise PermissionDenied
    form = AuditFilterForm(request.GET or None)
    events = AuditEvent.objects.select_related("actor", "subject")
    if form.is_valid():
        events = _filtered(events, form.cleaned_data)
    if request.GET.get("format") == "csv":
        audit.record(
            AuditAction.DATA_EXPORTED,
            actor=request.user,
            after={"audit": dict(request.GET.items())},
        )
        response = HttpResponse(audit.export_csv(events[:50_000]), content_type="text/csv")
        response["Content-Disposition"] = 'attachment; filename="audit-trail.csv"'
        response["Cache-Control"] = "private, no-store"
        return response
    page = Paginator(events, PAGE_SIZE).get_page(request.GET.get("page"))
    return TemplateResponse(
        request,
        "accounts/admin/audit_trail.html",
        {"form": form, "page": page, "query": request.GET.urlencode()},
    )


def _filtered(events, data: dict):
    if data.get("actor"):
        events = events.filter(actor_label__icontains=data["actor"])
    if data.get("subject"):
        events = events.filter(subject__email__icontains=data["subject"])
    if data.get("action"):
        events = events.filter(action=data["action"])
    zone = timezone.get_current_timezone()
    if data.get("start"):
        events = events.filter(at__gte=datetime.combine(data["start"], time.min, tzinfo=zone))
    if data.get("end"):
        events = events.filter(at__lte=datetime.combine(data["end"], time.max, tzinfo=zone))
    return events
