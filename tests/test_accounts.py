"""Accounts: email login, sign-up with verification, password reset, roles, profile."""

import re

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth.models import Group
from django.core import mail
from django.db import IntegrityError, transaction

from accounts import roles
from accounts.models import User
from tests.signin import sign_in_with_password, sign_in_with_second_factor

pytestmark = pytest.mark.django_db
PASSWORD = "a-long-Sequencing-passphrase-42"


def sign_up(client, language: str, email: str = "new.learner@example.org"):
    return client.post(
        f"/{language}/accounts/signup/",
        {
            "email": email,
            "password1": PASSWORD,
            "password2": PASSWORD,
            "first_name": "Mei Ling",
            "last_name": "Chow",
            "chinese_name": "周美玲",
            "preferred_language": language,
        },
    )


def confirmation_link(message) -> str:
    match = re.search(r"https?://[^/\s]+(/[^\s]*/accounts/confirm-email/[^\s]+/)", message.body)
    assert match, message.body
    return match.group(1)


@pytest.mark.parametrize(
    ("language", "phrase"), [("en", "Please Confirm Your Email"), ("zh-hant", "確認")]
)
def test_sign_up_verify_email_then_log_in(client, home_page, language, phrase):
    response = sign_up(client, language)
    assert response.status_code == 302
    assert response["Location"] == f"/{language}/accounts/confirm-email/"

    user = User.objects.get(email="new.learner@example.org")
    assert (user.first_name, user.last_name, user.chinese_name) == ("Mei Ling", "Chow", "周美玲")
    assert user.preferred_language == language
    assert not EmailAddress.objects.get(user=user).verified

    # Mandatory verification: no session until the address is confirmed.
    refused = client.post(
        f"/{language}/accounts/login/", {"login": user.email, "password": PASSWORD}
    )
    assert "_auth_user_id" not in client.session
    assert refused.status_code == 302
    assert refused["Location"] == f"/{language}/accounts/confirm-email/"

    assert len(mail.outbox) >= 1
    message = mail.outbox[-1]
    assert message.to == ["new.learner@example.org"]
    assert phrase in message.subject + message.body
    link = confirmation_link(message)
    assert link.startswith(f"/{language}/")

    assert client.get(link).status_code == 200  # a confirmation page, not a GET side effect
    assert not EmailAddress.objects.get(user=user).verified
    assert client.post(link).status_code == 302
    assert EmailAddress.objects.get(user=user).verified

    logged_in = client.post(
        f"/{language}/accounts/login/", {"login": "New.Learner@Example.org", "password": PASSWORD}
    )
    assert logged_in.status_code == 302
    assert logged_in["Location"] == f"/{language}/"
    assert int(client.session["_auth_user_id"]) == user.pk

    page = client.get(f"/{language}/").content.decode()
    assert "Sign out" in page or "登出" in page


def test_sign_up_errors_are_shown_and_nothing_is_created(client, home_page):
    response = client.post(
        "/zh-hant/accounts/signup/",
        {"email": "not-an-email", "password1": "short", "password2": "other"},
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert 'lang="zh-Hant-HK"' in html
    assert "errorlist" in html
    assert not User.objects.exists()


def test_duplicate_email_in_other_case_is_refused_by_the_database(db):
    User.objects.create_user("dup@example.org", PASSWORD)
    with pytest.raises(IntegrityError), transaction.atomic():
        User.objects.bulk_create([User(email="DUP@example.org")])


def test_emails_are_stored_lower_case(db):
    user = User.objects.create_user("Mixed.Case@Example.ORG", PASSWORD)
    assert user.email == "mixed.case@example.org"


def test_preferred_language_is_constrained_in_the_database(db):
    with pytest.raises(IntegrityError), transaction.atomic():
        User.objects.bulk_create([User(email="x@example.org", preferred_language="fr")])


def test_password_reset_mail_is_in_the_readers_language(client, home_page):
    user = User.objects.create_user("reset@example.org", PASSWORD)
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    response = client.post("/zh-hans/accounts/password/reset/", {"email": "reset@example.org"})
    assert response.status_code == 302
    message = mail.outbox[-1]
    assert "/zh-hans/accounts/password/reset/key/" in message.body
    assert "密码" in message.subject + message.body

    key_url = re.search(
        r"https?://[^/\s]+(/zh-hans/accounts/password/reset/key/\S+/)", message.body
    )
    form_url = client.get(key_url.group(1))["Location"]
    new_password = "another-Genome-passphrase-7"
    done = client.post(form_url, {"password1": new_password, "password2": new_password})
    assert done.status_code == 302
    user.refresh_from_db()
    assert user.check_password(new_password)


def test_log_out_needs_post_and_returns_to_the_same_language(client, demo_site):
    sign_in_with_password(client, "learner@example.org", "genomics-demo-2026")
    response = client.post("/zh-hant/accounts/logout/")
    assert response.status_code == 302
    assert response["Location"] == "/zh-hant/"
    assert "_auth_user_id" not in client.session


def test_roles_exist_as_groups_with_the_right_admin_access(db):
    names = set(Group.objects.values_list("name", flat=True))
    assert set(roles.ALL_ROLES) <= names
    for name in roles.ALL_ROLES:
        has_admin = (
            Group.objects.get(name=name)
            .permissions.filter(codename="access_admin", content_type__app_label="wagtailadmin")
            .exists()
        )
        assert has_admin == (name in roles.ADMIN_ROLES), name


def test_every_demo_account_can_log_in(client, demo_site):
    """Learners with their password; staff, whose demo accounts have an authenticator app on
    record, with its code as the second step."""
    from accounts.demo import DEMO_ACCOUNTS, DEMO_PASSWORD

    for account in DEMO_ACCOUNTS:
        user = User.objects.get(email=account.email)
        if account.role or account.superuser:
            response = sign_in_with_second_factor(client, user, DEMO_PASSWORD)
        else:
            response = client.post(
                "/en/accounts/login/", {"login": account.email, "password": DEMO_PASSWORD}
            )
        assert response.status_code == 302, account.email
        assert response["Location"] == "/en/"
        assert client.session["_auth_user_id"] == str(user.pk)
        client.post("/en/accounts/logout/")


def test_demo_roles_are_assigned(demo_site):
    assert User.objects.get(email="editor@example.org").groups.filter(name=roles.EDITORS).exists()
    assert User.objects.get(email="admin@example.org").is_superuser


def test_profile_page_updates_names_and_language(client, demo_site):
    sign_in_with_password(client, "student@example.org", "genomics-demo-2026")
    response = client.post(
        "/en/accounts/profile/",
        {
            "first_name": "Siu Ming",
            "last_name": "Lee",
            "chinese_name": "李小明𨋢",
            "preferred_language": "zh-hant",
        },
    )
    assert response.status_code == 302
    user = User.objects.get(email="student@example.org")
    assert user.chinese_name == "李小明𨋢"
    assert user.preferred_language == "zh-hant"


def test_profile_rejects_bad_input_and_changes_nothing(client, demo_site):
    sign_in_with_password(client, "student@example.org", "genomics-demo-2026")
    response = client.post(
        "/zh-hant/accounts/profile/",
        {"first_name": "", "last_name": "Lee", "chinese_name": "", "preferred_language": "xx"},
    )
    assert response.status_code == 200
    assert "errorlist" in response.content.decode()
    user = User.objects.get(email="student@example.org")
    assert (user.first_name, user.preferred_language) == ("Siu Ming", "en")


def test_profile_needs_login(client, home_page):
    response = client.get("/zh-hant/accounts/profile/")
    assert response.status_code == 302
    assert response["Location"].startswith("/zh-hant/accounts/login/")
