"""Sign-in rules for people who hold a staff role: two-factor authentication and shorter sessions.

Editors, medical reviewers, CPD administrators, university coordinators, supervisors, Django
staff and superusers can change other people's records, so a password alone is not enough: until
they have set up a second factor (an authenticator app or a security key, with recovery codes),
every page sends them to set one up, and a session that did not pass the second factor is asked
for it. Their sessions end after STAFF_SESSION_IDLE_SECONDS without activity and
STAFF_SESSION_MAX_SECONDS after signing in, whatever the activity.

Whether a person holds a staff role is read when they sign in and again every
STAFF_ROLE_RECHECK_SECONDS, and kept in the session meanwhile, so learners' pages cost no query.
"""

from __future__ import annotations

import time

from allauth.account.authentication import get_authentication_records
from allauth.mfa.adapter import DefaultMFAAdapter
from allauth.mfa.models import Authenticator
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import get_user_model, logout
from django.contrib.auth.signals import user_logged_in
from django.db.models import Q
from django.dispatch import receiver
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import Resolver404, resolve, reverse
from django.utils.http import urlencode
from django.utils.translation import gettext as _

from accounts.roles import ALL_ROLES

STAFF_ROLE_RECHECK_SECONDS = 300
# Sliding expiry is written back at most this often, not on every request.
SEEN_WRITE_SECONDS = 60
SECOND_FACTORS = (Authenticator.Type.TOTP, Authenticator.Type.WEBAUTHN)

_STAFF = "staff_role"  # {"user": pk, "staff": bool, "checked": epoch seconds}
_SIGNED_IN = "staff_signed_in_at"
_SEEN = "staff_seen_at"

# Pages a staff member without a second factor can still reach: setting one up, signing out.
OPEN_URL_NAMES = {"account_logout", "account_reauthenticate", "set_language"}


def holds_staff_role(user) -> bool:
    if not user.is_authenticated:
        return False
    if user.is_superuser or user.is_staff:
        return True
    return (
        get_user_model()
        ._default_manager.filter(pk=user.pk)
        .filter(Q(groups__name__in=ALL_ROLES) | Q(coordinator_of__isnull=False))
        .exists()
    )


def has_second_factor(user) -> bool:
    return Authenticator.objects.filter(user=user, type__in=SECOND_FACTORS).exists()


def passed_second_factor(request: HttpRequest) -> bool:
    records = get_authentication_records(request, request.user)
    return any(record.get("method") == "mfa" for record in records)


def username_for_lockout(request: HttpRequest, credentials: dict | None) -> str:
    """The account a sign-in attempt names, however the form spells it (allauth sends
    `email`, the admins `username`), so lockout counts every form's failures together."""
    credentials = credentials or {}
    typed = (
        credentials.get("email")
        or credentials.get("username")
        or credentials.get("login")
        or request.POST.get("login", "")
    )
    # axes keeps it in a 255-character column; longer is no address anyway.
    return str(typed).strip().lower()[:255]


def locked_out(request: HttpRequest, credentials: dict | None) -> HttpResponse:
    """django-axes' answer to a locked-out sign-in: a page in the reader's language."""
    minutes = int(settings.AXES_COOLOFF_TIME.total_seconds() // 60)
    return render(request, "account/locked_out.html", {"minutes": minutes}, status=429)


class TwoFactorAdapter(DefaultMFAAdapter):
    def can_delete_authenticator(self, authenticator: Authenticator) -> bool:
        """Staff keep at least one second factor: removing the last would lock them out of
        their work at the next page."""
        if authenticator.type not in SECOND_FACTORS:
            return True
        if not (settings.STAFF_TWO_FACTOR_REQUIRED and holds_staff_role(authenticator.user)):
            return True
        others = Authenticator.objects.filter(
            user_id=authenticator.user_id, type__in=SECOND_FACTORS
        ).exclude(pk=authenticator.pk)
        return others.exists()


@receiver(user_logged_in, dispatch_uid="accounts.staff_security.signed_in")
def _note_sign_in(sender, request, user, **kwargs) -> None:
    if request is None or not hasattr(request, "session"):
        return
    _remember_role(request, user)
    if request.session[_STAFF]["staff"]:
        _start_staff_session(request)


def _remember_role(request: HttpRequest, user) -> bool:
    staff = holds_staff_role(user)
    request.session[_STAFF] = {"user": user.pk, "staff": staff, "checked": int(time.time())}
    return staff


def _start_staff_session(request: HttpRequest) -> None:
    now = int(time.time())
    request.session[_SIGNED_IN] = now
    request.session[_SEEN] = now
    request.session.set_expiry(settings.STAFF_SESSION_IDLE_SECONDS)


def is_staff_session(request: HttpRequest) -> bool:
    known = request.session.get(_STAFF)
    fresh = (
        isinstance(known, dict)
        and known.get("user") == request.user.pk
        and time.time() - known.get("checked", 0) < STAFF_ROLE_RECHECK_SECONDS
    )
    if fresh:
        return bool(known["staff"])
    return _remember_role(request, request.user)


def _is_open_path(request: HttpRequest) -> bool:
    if request.path_info.startswith(settings.STATIC_URL):
        return True
    try:
        name = resolve(request.path_info).url_name or ""
    except Resolver404:
        return False
    return name.startswith("mfa_") or name in OPEN_URL_NAMES


def _to(name: str, request: HttpRequest) -> HttpResponseRedirect:
    return HttpResponseRedirect(f"{reverse(name)}?{urlencode({'next': request.get_full_path()})}")


class StaffSecurityMiddleware:
    """After authentication: ends staff sessions past their limits and sends staff without a
    verified second factor to set one up or to enter it."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        user = getattr(request, "user", None)
        if user is None or not user.is_authenticated or not is_staff_session(request):
            return self.get_response(request)
        ended = self._session_ended(request)
        if ended:
            return ended
        if (
            settings.STAFF_TWO_FACTOR_REQUIRED
            and not passed_second_factor(request)
            and not _is_open_path(request)
        ):
            return self._ask_for_second_factor(request)
        return self.get_response(request)

    def _session_ended(self, request: HttpRequest) -> HttpResponse | None:
        now = int(time.time())
        signed_in = request.session.get(_SIGNED_IN)
        if signed_in is None:  # became staff during this session
            _start_staff_session(request)
            return None
        if now - signed_in > settings.STAFF_SESSION_MAX_SECONDS:
            logout(request)
            messages.info(
                request,
                _(
                    "To keep learners' records safe, staff sessions end %(hours)d hours after "
                    "signing in. Please sign in again."
                )
                % {"hours": settings.STAFF_SESSION_MAX_SECONDS // 3600},
            )
            return _to("account_login", request)
        if now - request.session.get(_SEEN, 0) > SEEN_WRITE_SECONDS:
            request.session[_SEEN] = now
            request.session.set_expiry(settings.STAFF_SESSION_IDLE_SECONDS)
        return None

    def _ask_for_second_factor(self, request: HttpRequest) -> HttpResponse:
        if has_second_factor(request.user):
            return _to("mfa_reauthenticate", request)
        messages.warning(
            request,
            _(
                "Your role gives you access to other people's records, so your account needs "
                "two-factor authentication. Set up an authenticator app (or a security key) to "
                "continue."
            ),
        )
        return _to("mfa_index", request)
