"""Demo accounts for `manage.py load_demo`. Created once; never overwrites a changed account."""

from dataclasses import dataclass

from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret
from django.contrib.auth.models import Group
from django.db import transaction
from wagtail.users.models import UserProfile

from accounts import roles
from accounts.models import User

# Public on purpose: printed by `make run`. load_demo refuses to run with DEBUG off.
DEMO_PASSWORD = "genomics-demo-2026"  # noqa: S105


@dataclass(frozen=True)
class DemoAccount:
    email: str
    first_name: str
    last_name: str
    chinese_name: str
    language: str
    role: str | None
    what: str
    superuser: bool = False


DEMO_ACCOUNTS = (
    DemoAccount("admin@example.org", "Ada", "Admin", "", "en", None, "superuser", superuser=True),
    DemoAccount("editor@example.org", "Emily", "Wong", "黃美儀", "en", roles.EDITORS, "editor"),
    DemoAccount(
        "reviewer@example.org",
        "Kenneth",
        "Lau",
        "劉建明",
        "zh-hant",
        roles.MEDICAL_REVIEWERS,
        "medical reviewer",
    ),
    DemoAccount(
        "cpd-admin@example.org",
        "Grace",
        "Cheung",
        "張嘉欣",
        "en",
        roles.CPD_ADMINISTRATORS,
        "CPD administrator",
    ),
    DemoAccount(
        "coordinator@example.org",
        "Vincent",
        "Ho",
        "何偉倫",
        "en",
        roles.UNIVERSITY_COORDINATORS,
        "university coordinator",
    ),
    DemoAccount(
        "supervisor@example.org",
        "Mandy",
        "Leung",
        "梁文慧",
        "zh-hant",
        roles.SUPERVISORS,
        "supervisor",
    ),
    DemoAccount(
        "learner@example.org", "Tai Man", "Chan", "陳大文", "zh-hant", None, "learner (clinician)"
    ),
    DemoAccount("student@example.org", "Siu Ming", "Lee", "李小明", "en", None, "student"),
)


@transaction.atomic
def load() -> list[DemoAccount]:
    for account in DEMO_ACCOUNTS:
        user, created = User.objects.get_or_create(
            email=account.email,
            defaults={
                "first_name": account.first_name,
                "last_name": account.last_name,
                "chinese_name": account.chinese_name,
                "preferred_language": account.language,
                "is_staff": account.superuser,
                "is_superuser": account.superuser,
            },
        )
        if created:
            user.set_password(DEMO_PASSWORD)
            user.save(update_fields=["password"])
            # The Wagtail admin keeps its own language setting; start it in the person's own.
            profile = UserProfile.get_for_user(user)
            profile.preferred_language = account.language
            profile.save(update_fields=["preferred_language"])
        if account.role:
            user.groups.add(Group.objects.get(name=account.role))
        EmailAddress.objects.get_or_create(
            user=user, email=account.email, defaults={"verified": True, "primary": True}
        )
        if account.role or account.superuser:
            _give_authenticator_app(user)
    return list(DEMO_ACCOUNTS)


def _give_authenticator_app(user: User) -> None:
    """Staff must use two-factor authentication. The demo's staff have an authenticator app
    on record whose secret nobody holds; in development the code 123456 passes instead."""
    if not Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists():
        TOTP.activate(user, generate_totp_secret())
