"""Signing in: lockout after failed attempts on every sign-in form, two-factor authentication
required for every staff role (with recovery codes), and shorter sessions for staff."""

from datetime import timedelta

import pytest
from allauth.mfa.models import Authenticator
from axes.models import AccessAttempt
from django.contrib.auth.models import Group
from django.test import Client
from django.utils import timezone

from accounts import roles
from accounts.models import User
from accounts.staff_security import _SIGNED_IN, _STAFF
from tests.signin import (
    authenticator_code,
    give_authenticator_app,
    sign_in_with_password,
    sign_in_with_second_factor,
)

PASSWORD = "a-long-enough-passphrase-2026"


@pytest.fixture
def two_factor_required(settings):
    settings.STAFF_TWO_FACTOR_REQUIRED = True


def _person(email: str, role: str | None = None, **fields) -> User:
    user = User.objects.create_user(email, PASSWORD, first_name="Test", **fields)
    user.emailaddress_set.create(email=email, verified=True, primary=True)
    if role:
        user.groups.add(Group.objects.get(name=role))
    return user


def _attempt(client: Client, email: str, password: str, address: str = "10.0.0.1"):
    return client.post(
        "/en/accounts/login/", {"login": email, "password": password}, REMOTE_ADDR=address
    )


# -- lockout -----------------------------------------------------------------------------------
def test_five_failures_lock_the_account_from_that_address_only(db, client, settings):
    settings.AXES_FAILURE_LIMIT = 5
    _person("clinician@example.org")
    for _ in range(4):
        assert _attempt(client, "clinician@example.org", "wrong").status_code == 200
    assert _attempt(client, "clinician@example.org", "wrong").status_code == 429
    locked = _attempt(client, "clinician@example.org", PASSWORD)
    assert locked.status_code == 429
    assert "Signing in is paused" in locked.content.decode()
    assert "_auth_user_id" not in client.session
    # From another address the right password still works: nobody can lock a clinician out
    # from their own hospital by guessing from elsewhere.
    assert _attempt(Client(), "clinician@example.org", PASSWORD, "10.9.9.9").status_code == 302


def test_a_sign_in_with_an_absurdly_long_login_is_refused_not_crashed(db, client):
    """axes records the login typed in a 255-character column (PostgreSQL enforces it)."""
    typed = "a" * 64 + "@" + ".".join(["b" * 60] * 4) + ".org"
    assert _attempt(client, typed, "x").status_code == 200
    assert len(AccessAttempt.objects.get().username) == 255


def test_the_lockout_page_speaks_the_readers_language(db, client):
    _person("nurse@example.org")
    for _ in range(5):
        client.post(
            "/zh-hant/accounts/login/",
            {"login": "nurse@example.org", "password": "wrong"},
            REMOTE_ADDR="10.0.0.2",
        )
    locked = client.post(
        "/zh-hant/accounts/login/",
        {"login": "NURSE@example.org", "password": PASSWORD},
        REMOTE_ADDR="10.0.0.2",
    )
    assert locked.status_code == 429
    assert "暫停登入" in locked.content.decode()


def test_the_lock_lifts_after_the_cool_off(db, client):
    _person("counsellor@example.org")
    for _ in range(5):
        _attempt(client, "counsellor@example.org", "wrong")
    assert _attempt(client, "counsellor@example.org", PASSWORD).status_code == 429
    AccessAttempt.objects.update(attempt_time=timezone.now() - timedelta(minutes=16))
    assert _attempt(client, "counsellor@example.org", PASSWORD).status_code == 302


def test_a_success_resets_the_count(db, client):
    _person("technologist@example.org")
    for _ in range(4):
        _attempt(client, "technologist@example.org", "wrong")
    assert _attempt(client, "technologist@example.org", PASSWORD).status_code == 302
    client.post("/en/accounts/logout/")
    for _ in range(4):
        _attempt(client, "technologist@example.org", "wrong")
    assert _attempt(client, "technologist@example.org", PASSWORD).status_code == 302


@pytest.mark.parametrize("admin_login", ["/admin/login/", "/django-admin/login/"])
def test_the_admins_sign_in_pages_send_people_to_the_sites(db, client, admin_login):
    """The Wagtail and Django admins' own forms would skip lockout's page and the second
    factor: they are not reachable, for GET or POST."""
    for response in (
        client.get(admin_login, {"next": "/admin/pages/"}),
        client.post(f"{admin_login}?next=/admin/pages/", {"username": "x", "password": "y"}),
    ):
        assert response.status_code == 302
        assert response["Location"] == "/en/accounts/login/?next=%2Fadmin%2Fpages%2F"
    assert AccessAttempt.objects.count() == 0  # nothing was tried
    elsewhere = client.get(admin_login, {"next": "https://evil.example/"})
    assert elsewhere["Location"] == "/en/accounts/login/?next=%2Fadmin%2F"


def test_wagtails_own_password_reset_is_off(db, client):
    assert client.get("/admin/password_reset/", follow=True).status_code == 404


def test_wagtails_sign_in_for_private_pages_sends_people_to_the_sites(db, client):
    response = client.get("/zh-hant/_util/login/", {"next": "/zh-hant/private/"})
    assert response["Location"] == "/zh-hant/accounts/login/?next=%2Fzh-hant%2Fprivate%2F"


def test_the_wagtail_admin_asks_anonymous_visitors_to_sign_in_on_the_site(db, client):
    response = client.get("/admin/", follow=True)
    assert response.redirect_chain[-1][0].startswith("/en/accounts/login/?next=")
    assert response.status_code == 200


# -- two-factor authentication for staff --------------------------------------------------------
@pytest.mark.parametrize(
    "role", [*roles.ALL_ROLES, "superuser", "coordinator of a university (no group)"]
)
def test_every_staff_role_must_set_up_a_second_factor(db, client, two_factor_required, role):
    if role == "superuser":
        user = _person("staff@example.org", is_superuser=True, is_staff=True)
    elif role in roles.ALL_ROLES:
        user = _person("staff@example.org", role)
    else:
        from cpd.internships.models import University

        user = _person("staff@example.org")
        university = University.objects.create(name="Test University", code="TU")
        university.coordinators.create(user=user)
        university.save()
    assert sign_in_with_password(client, user.email, PASSWORD)
    for path in ("/en/", "/en/cpd/", "/admin/"):
        response = client.get(path)
        assert response.status_code == 302, path
        assert response["Location"].startswith("/en/accounts/2fa/?next="), path
    assert client.get("/en/accounts/2fa/").status_code == 200


def test_learners_are_not_asked_for_a_second_factor(db, client, two_factor_required):
    _person("learner@example.org")
    assert _attempt(client, "learner@example.org", PASSWORD)["Location"] == "/en/"
    assert client.get("/en/cpd/").status_code == 200


def test_setting_up_an_authenticator_app_then_signing_in_with_it(db, client, two_factor_required):
    editor = _person("editor@example.org", roles.EDITORS)
    _attempt(client, editor.email, PASSWORD)
    assert client.get("/admin/")["Location"].startswith("/en/accounts/2fa/")

    # Setting up a second factor asks for the password again first (allauth).
    asked = client.get("/en/accounts/2fa/totp/activate/")
    assert asked["Location"].startswith("/en/accounts/reauthenticate/")
    client.post(asked["Location"], {"password": PASSWORD})
    activation = client.get("/en/accounts/2fa/totp/activate/")
    assert activation.status_code == 200
    secret = activation.context["form"].secret
    from allauth.mfa.totp.internal.auth import format_hotp_value, hotp_value

    code = format_hotp_value(hotp_value(secret, int(timezone.now().timestamp()) // 30))
    wrong = client.post("/en/accounts/2fa/totp/activate/", {"code": "000000"})
    assert wrong.status_code == 200 and not Authenticator.objects.filter(user=editor).exists()
    client.post("/en/accounts/2fa/totp/activate/", {"code": code})
    kinds = set(Authenticator.objects.filter(user=editor).values_list("type", flat=True))
    assert kinds == {Authenticator.Type.TOTP, Authenticator.Type.RECOVERY_CODES}

    # This session signed in with a password only: the admin asks for the code first.
    assert client.get("/admin/")["Location"].startswith("/en/accounts/2fa/reauthenticate/")

    fresh = Client()
    Authenticator.objects.filter(user=editor, type="totp").update(last_used_at=None)
    cache_reset_used_codes()
    response = sign_in_with_second_factor(fresh, editor, PASSWORD)
    assert response.status_code == 302
    assert fresh.get("/admin/").status_code == 200


def cache_reset_used_codes():
    """allauth refuses a TOTP code used once already (replay); the tests' clock is one period."""
    from django.core.cache import cache

    cache.clear()


def test_a_recovery_code_signs_in_when_the_phone_is_lost(db, client, two_factor_required):
    from allauth.mfa.recovery_codes.internal.auth import RecoveryCodes

    reviewer = _person("reviewer@example.org", roles.MEDICAL_REVIEWERS)
    give_authenticator_app(reviewer)
    codes = RecoveryCodes.activate(reviewer).get_unused_codes()
    first = _attempt(client, reviewer.email, PASSWORD)
    assert first["Location"] == "/en/accounts/2fa/authenticate/"
    client.post(first["Location"], {"code": codes[0]})
    assert client.get("/admin/").status_code == 200
    # A recovery code works once.
    again = Client()
    step = _attempt(again, reviewer.email, PASSWORD)
    refused = again.post(step["Location"], {"code": codes[0]})
    assert refused.status_code == 200 and "_auth_user_id" not in again.session


def test_a_wrong_code_does_not_sign_in(db, client, two_factor_required):
    admin = _person("cpd-admin@example.org", roles.CPD_ADMINISTRATORS)
    give_authenticator_app(admin)
    step = _attempt(client, admin.email, PASSWORD)
    code = authenticator_code(admin)
    wrong = "000000" if code != "000000" else "111111"
    response = client.post(step["Location"], {"code": wrong})
    assert response.status_code == 200
    assert "_auth_user_id" not in client.session


def test_staff_cannot_remove_their_last_second_factor(db, client, two_factor_required):
    coordinator = _person("coordinator@example.org", roles.UNIVERSITY_COORDINATORS)
    give_authenticator_app(coordinator)
    sign_in_with_second_factor(client, coordinator, PASSWORD)
    client.post("/en/accounts/reauthenticate/", {"password": PASSWORD})
    response = client.post("/en/accounts/2fa/totp/deactivate/")
    assert Authenticator.objects.filter(user=coordinator, type="totp").exists()
    assert response.status_code == 200


def test_learners_may_remove_theirs(db, client, two_factor_required):
    learner = _person("learner@example.org")
    give_authenticator_app(learner)
    sign_in_with_second_factor(client, learner, PASSWORD)
    client.post("/en/accounts/reauthenticate/", {"password": PASSWORD})
    response = client.post("/en/accounts/2fa/totp/deactivate/")
    assert response.status_code == 302
    assert not Authenticator.objects.filter(user=learner, type="totp").exists()


def test_a_learner_given_a_role_is_asked_within_minutes(db, client, two_factor_required):
    learner = _person("soon-editor@example.org")
    sign_in_with_password(client, learner.email, PASSWORD)
    assert client.get("/en/").status_code == 200
    learner.groups.add(Group.objects.get(name=roles.EDITORS))
    session = client.session
    session[_STAFF] = {**session[_STAFF], "checked": session[_STAFF]["checked"] - 301}
    session.save()
    assert client.get("/en/")["Location"].startswith("/en/accounts/2fa/")


# -- sessions -----------------------------------------------------------------------------------
def test_staff_sessions_end_when_idle_and_after_a_working_day(db, client, settings):
    settings.STAFF_SESSION_IDLE_SECONDS = 1800
    supervisor = _person("supervisor@example.org", roles.SUPERVISORS)
    sign_in_with_password(client, supervisor.email, PASSWORD)
    assert client.session.get_expiry_age() == 1800
    assert client.get("/en/").status_code == 200

    session = client.session
    session[_SIGNED_IN] -= settings.STAFF_SESSION_MAX_SECONDS + 1
    session.save()
    response = client.get("/en/cpd/")
    assert response.status_code == 302
    assert response["Location"].startswith("/en/accounts/login/")
    assert "_auth_user_id" not in client.session


def test_learners_sessions_last_as_before(db, client, settings):
    _person("student@example.org")
    sign_in_with_password(client, "student@example.org", PASSWORD)
    assert client.session.get_expiry_age() == settings.SESSION_COOKIE_AGE


# -- the client's address -----------------------------------------------------------------------
@pytest.mark.parametrize(
    ("proxies", "forwarded", "expected"),
    [
        (0, "203.0.113.5", "127.0.0.1"),  # no proxy: X-Forwarded-For is the client's say-so
        (1, "203.0.113.5", "203.0.113.5"),  # nginx appended the client's address
        (1, "6.6.6.6, 203.0.113.5", "203.0.113.5"),  # the client forged the first entry
        (2, "6.6.6.6, 203.0.113.5, 10.0.0.9", "203.0.113.5"),  # load balancer, then nginx
        (1, "", "127.0.0.1"),  # not through the proxy at all
    ],
)
def test_the_client_address_is_the_one_the_outermost_proxy_saw(
    settings, rf, proxies, forwarded, expected
):
    from academy.client import client_address

    settings.TRUSTED_PROXY_COUNT = proxies
    request = rf.get("/", HTTP_X_FORWARDED_FOR=forwarded, REMOTE_ADDR="127.0.0.1")
    assert client_address(request) == expected


def test_lockout_counts_by_the_forwarded_address_behind_a_proxy(db, client, settings):
    settings.TRUSTED_PROXY_COUNT = 1
    _person("pharmacist@example.org")
    for forged in range(5):
        client.post(
            "/en/accounts/login/",
            {"login": "pharmacist@example.org", "password": "wrong"},
            REMOTE_ADDR="127.0.0.1",
            HTTP_X_FORWARDED_FOR=f"10.1.1.{forged}, 198.51.100.7",
        )
    assert AccessAttempt.objects.get().ip_address == "198.51.100.7"
    elsewhere = client.post(
        "/en/accounts/login/",
        {"login": "pharmacist@example.org", "password": PASSWORD},
        REMOTE_ADDR="127.0.0.1",
        HTTP_X_FORWARDED_FOR="198.51.100.8",
    )
    assert elsewhere.status_code == 302
