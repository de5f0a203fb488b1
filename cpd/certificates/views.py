"""Certificates on the site: public verification (page, form and JSON), what an Open Badges
verifier fetches (issuer profile, keys, status list), and the holder's own certificates.
State changes go through cpd.certificates.services."""

from __future__ import annotations

import json
import logging

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.cache import cache
from django.http import (
    FileResponse,
    Http404,
    HttpRequest,
    HttpResponse,
    JsonResponse,
)
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language_from_request
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_POST

from academy.client import client_address
from cpd.certificates import codes, credentials, services
from cpd.certificates.forms import VerifyForm
from cpd.certificates.models import Certificate

logger = logging.getLogger(__name__)
NOINDEX = "noindex, nofollow, noarchive"


# -- public verification -------------------------------------------------------------------------
def _too_many(request: HttpRequest) -> bool:
    """A per-address budget of lookups a minute, so codes cannot be guessed at speed.

    With the cache down (the Redis cache ignores its errors and counts nothing) lookups are
    allowed: a code has 130 random bits, so the budget only slows scraping, and employers
    checking a certificate matter more than that during an outage."""
    address = client_address(request)
    key = f"certificates:verify:{address}:{int(timezone.now().timestamp() // 60)}"
    # One round trip to Redis for every lookup but an address's first in the minute.
    try:
        count = cache.incr(key)
    except ValueError:  # the minute's first lookup (or its counter was evicted)
        if cache.add(key, 1, timeout=120):
            count = 1
        else:  # another request started the count in between
            try:
                count = cache.incr(key)
            except ValueError:
                cache.set(key, 1, timeout=120)
                count = 1
    if count is None:
        logger.warning("verification rate limit not applied: the cache is unavailable")
        return False
    return count > settings.CERTIFICATE_VERIFY_RATE


def _lookup(typed: str) -> Certificate | None:
    code = codes.normalise(typed)
    if code is None:
        return None
    # The code is unique: no ordering (the model's would sort the one row).
    found = Certificate.objects.filter(code=code, hidden=False).select_related("replaced_by")
    return next(iter(found.order_by()[:1]), None)


def public_facts(certificate: Certificate) -> dict:
    """Only what the certificate itself shows, and its status: never an email, a registration
    number, a score or the reason for a revocation."""
    replaced_by = getattr(certificate, "replaced_by", None)
    return {
        "code": certificate.grouped_code,
        "status": certificate.status,
        "revoked_on": certificate.revoked_at.date().isoformat() if certificate.revoked_at else None,
        "holder_name": certificate.holder_name,
        "holder_name_zh": certificate.holder_name_zh,
        "achievement": {"en": certificate.title_en, "zh_hant": certificate.title_zh_hant},
        "kind": certificate.kind,
        "issuer": certificate.issuer_name,
        "issued_on": certificate.issued_at.date().isoformat(),
        "achieved_on": certificate.achieved_on.isoformat(),
        "expires_on": certificate.expires_on.isoformat() if certificate.expires_on else None,
        "points": [
            {
                "scheme": p["scheme_name_en"],
                "scheme_zh_hant": p["scheme_name_zh_hant"],
                "points": p["points"],
            }
            for p in certificate.points
        ],
        "pdf_sha256": certificate.pdf_sha256 or None,
        "replaced_by": replaced_by.grouped_code if replaced_by and not replaced_by.hidden else None,
    }


def _noindex(response: HttpResponse) -> HttpResponse:
    response["X-Robots-Tag"] = NOINDEX
    return response


@never_cache
@require_GET
def verify_form(request: HttpRequest) -> HttpResponse:
    form = VerifyForm(request.GET or None)
    if form.is_valid():
        return redirect("certificates:verify", code=codes.grouped(form.cleaned_data["code"]))
    status = 400 if form.is_bound else 200
    return _noindex(render(request, "certificates/verify_form.html", {"form": form}, status=status))


@never_cache
@require_GET
def verify(request: HttpRequest, code: str) -> HttpResponse:
    if _too_many(request):
        return _noindex(render(request, "certificates/verify_busy.html", status=429))
    certificate = _lookup(code)
    if certificate is None:
        form = VerifyForm(initial={"code": code})
        response = render(
            request,
            "certificates/verify_form.html",
            {"form": form, "not_found": True, "typed": code[:64]},
            status=404,
        )
        return _noindex(response)
    return _noindex(
        render(
            request,
            "certificates/verify.html",
            {"certificate": certificate, "facts": public_facts(certificate)},
        )
    )


@never_cache
@require_GET
def verify_json(request: HttpRequest, code: str) -> HttpResponse:
    if _too_many(request):
        return _noindex(JsonResponse({"error": "too many requests"}, status=429))
    certificate = _lookup(code)
    if certificate is None:
        return _noindex(JsonResponse({"error": "not found"}, status=404))
    return _noindex(
        JsonResponse(public_facts(certificate), json_dumps_params={"ensure_ascii": False})
    )


@require_GET
def verify_any_language(request: HttpRequest, code: str) -> HttpResponse:
    """The address in the QR code: sends the visitor to the page in their language."""
    from django.utils import translation

    with translation.override(get_language_from_request(request)):
        return redirect(reverse("certificates:verify", args=[code]))


# -- for Open Badges verifiers -------------------------------------------------------------------
@require_GET
def issuer(request: HttpRequest) -> HttpResponse:
    return JsonResponse(credentials.issuer_profile(), content_type="application/ld+json")


@require_GET
def jwks(request: HttpRequest) -> HttpResponse:
    return JsonResponse(credentials.jwks(), content_type="application/jwk-set+json")


@never_cache
@require_GET
def status_list(request: HttpRequest, number: int) -> HttpResponse:
    if number != 1:
        raise Http404
    return HttpResponse(
        credentials.status_list_credential(number), content_type="application/vc+jwt"
    )


@require_GET
def achievement(request: HttpRequest, ref: str) -> HttpResponse:
    if "\x00" in ref:  # no reference has one, and PostgreSQL refuses to compare it
        raise Http404
    sample = Certificate.objects.filter(achievement_ref=ref).order_by("id").first()
    if sample is None:
        raise Http404
    return JsonResponse(
        {
            "@context": credentials.CONTEXTS,
            "id": request.build_absolute_uri(),
            "type": ["Achievement"],
            "name": sample.title_en,
            "description": " / ".join(t for t in (sample.title_en, sample.title_zh_hant) if t),
            "criteria": {"narrative": credentials.CRITERIA[sample.kind]},
        },
        content_type="application/ld+json",
        json_dumps_params={"ensure_ascii": False},
    )


# -- the holder ----------------------------------------------------------------------------------
@login_required
def mine(request: HttpRequest) -> HttpResponse:
    certificates = Certificate.objects.filter(user=request.user).select_related("replaced_by")
    return render(request, "certificates/mine.html", {"certificates": certificates})


def _own(request: HttpRequest, uuid) -> Certificate:
    """The holder's certificate, or any for CPD administrators; 404 for everyone else."""
    certificate = get_object_or_404(Certificate, uuid=uuid)
    if certificate.user_id != request.user.pk and not request.user.has_perm(
        "certificates.view_certificate"
    ):
        raise Http404
    return certificate


@login_required
def pdf(request: HttpRequest, uuid) -> HttpResponse:
    certificate = _own(request, uuid)
    if not certificate.rendered_at:
        return render(
            request, "certificates/pending.html", {"certificate": certificate}, status=202
        )
    response = FileResponse(
        certificate.pdf.open("rb"),
        as_attachment=True,
        filename=f"certificate-{certificate.code}.pdf",
        content_type="application/pdf",
    )
    response["Cache-Control"] = "private, no-store"
    return response


@login_required
def credential(request: HttpRequest, uuid, form: str) -> HttpResponse:
    certificate = _own(request, uuid)
    if not certificate.credential:
        return render(
            request, "certificates/pending.html", {"certificate": certificate}, status=202
        )
    if form == "jwt":
        body, content_type = certificate.credential, "application/vc+jwt"
    else:
        import jwt

        payload = jwt.decode(certificate.credential, options={"verify_signature": False})
        body = json.dumps(
            {"credential": payload, "jwt": certificate.credential}, ensure_ascii=False, indent=2
        )
        content_type = "application/json"
    response = HttpResponse(body, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="credential-{certificate.code}.{form}"'
    response["Cache-Control"] = "private, no-store"
    return response


@login_required
@require_POST
def visibility(request: HttpRequest, uuid) -> HttpResponse:
    certificate = get_object_or_404(Certificate, uuid=uuid, user=request.user)
    hidden = request.POST.get("hidden") == "1"
    services.set_hidden(certificate, user=request.user, hidden=hidden)
    messages.success(
        request,
        _("The certificate is now hidden from public verification.")
        if hidden
        else _("Anyone with the code can now verify the certificate."),
    )
    return redirect("certificates:mine")
