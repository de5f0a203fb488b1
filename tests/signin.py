"""Signing test clients in the way people do: with a password (django-axes, the lockout, needs
the request an attempt came from), and for staff with the second step of two-factor
authentication, using the code their authenticator app would show now."""

from __future__ import annotations

import time

from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import TOTP, format_hotp_value, generate_totp_secret, hotp_value
from allauth.mfa.utils import decrypt
from django.http import HttpRequest

TOTP_PERIOD = 30


def sign_in_with_password(client, email: str, password: str) -> bool:
    request = HttpRequest()
    request.META["REMOTE_ADDR"] = "127.0.0.1"
    return client.login(request=request, email=email, password=password)


def give_authenticator_app(user) -> Authenticator:
    existing = Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).first()
    return existing or TOTP.activate(user, generate_totp_secret()).instance


def authenticator_code(user) -> str:
    """The code the person's authenticator app shows now."""
    authenticator = Authenticator.objects.get(user=user, type=Authenticator.Type.TOTP)
    secret = decrypt(authenticator.data["secret"])
    return format_hotp_value(hotp_value(secret, int(time.time()) // TOTP_PERIOD))


def sign_in_with_second_factor(client, user, password: str, language: str = "en"):
    """Through the real forms: password, then the authenticator code. Returns the last response."""
    first = client.post(f"/{language}/accounts/login/", {"login": user.email, "password": password})
    assert first.status_code == 302, first.content[:500]
    assert first["Location"] == f"/{language}/accounts/2fa/authenticate/", first["Location"]
    return client.post(first["Location"], {"code": authenticator_code(user)})
