"""Bad input at accounts (allauth's sign-up, sign-in, password and email forms with the
project's adapter and extra fields; the profile; your data: download and account deletion),
the audit trail filter (accounts/admin_views.py), site search and the course catalogue's
filters.

Covers: account_signup, account_login, account_reset_password, account_change_password,
account_email, account_profile, account_your_data, account_your_data_download, audit_trail,
content_search:search, the course catalogue page (?topic=&points=...)."""

from urllib.parse import quote

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.urls import reverse
from hypothesis import example, given
from hypothesis import strategies as st

from accounts.models import AuditEvent
from tests.cpd import factories as cpd_make
from tests.security import bad_input as bad

pytestmark = pytest.mark.django_db
User = get_user_model()
PASSWORD = "a-long-enough-password-2026"


def maybe(strategy):
    return st.none() | strategy | st.lists(strategy, min_size=2, max_size=3)


def form(**fields) -> st.SearchStrategy[dict]:
    return st.fixed_dictionaries({name: maybe(s) for name, s in fields.items()}).map(
        lambda data: {k: v for k, v in data.items() if v is not None}
    )


def emails() -> st.SearchStrategy[str]:
    return bad.text() | st.sampled_from(
        [
            "new@example.org",
            "NEW@EXAMPLE.ORG",
            "陳@例子.香港",
            "a@b",
            "a" * 64 + "@" + ".".join(["b" * 60] * 4) + ".org",
            "x@example.org\x00",
            "x@example.org\nBcc: y@example.org",
        ]
    )


@pytest.fixture
def member():
    return User.objects.create_user(email="fuzz-member@example.org", password=PASSWORD)


# -- sign-up and sign-in (allauth with the project's adapter) --------------------------------------
@bad.FUZZ
@given(
    data=form(
        email=emails(),
        password1=bad.text() | st.just(PASSWORD),
        password2=bad.text() | st.just(PASSWORD),
        first_name=bad.text(),
        last_name=bad.text(),
        chinese_name=bad.text(),
        preferred_language=st.sampled_from(["en", "zh-hant", "zh-hans", "fr"]) | bad.text(),
    )
)
@example(
    data={
        "email": "new@example.org",
        "password1": PASSWORD,
        "password2": PASSWORD,
        "first_name": "陳" * 151,
        "last_name": "Chan",
        "preferred_language": "zh-hant",
    }
)
def test_signing_up(member, data):
    before = User.objects.count()
    response = bad.send(bad.client_for(), "post", reverse("account_signup"), data)
    if response.status_code == 302:
        User.objects.exclude(pk=member.pk).delete()
    else:
        assert response.status_code in (200, 400) and bad.explained(response)
        assert User.objects.count() == before


@bad.FUZZ
@given(data=form(login=emails() | st.just("fuzz-member@example.org"), password=bad.text()))
def test_signing_in(member, data):
    response = bad.send(bad.client_for(), "post", reverse("account_login"), data)
    if response.status_code == 429:  # locked out after repeated failures: the lockout page
        assert response.content.strip()
    elif response.status_code != 302:
        assert response.status_code in (200, 400, 403) and bad.explained(response)


@bad.FUZZ
@given(data=form(email=emails()))
def test_asking_for_a_password_reset(member, data):
    mail.outbox.clear()
    response = bad.send(bad.client_for(), "post", reverse("account_reset_password"), data)
    if response.status_code != 302:
        assert response.status_code in (200, 400) and bad.explained(response)
        assert not mail.outbox


@bad.FUZZ
@given(
    data=form(
        oldpassword=bad.text() | st.just(PASSWORD),
        password1=bad.text(),
        password2=bad.text(),
    )
)
def test_changing_the_password(member, data):
    client = bad.client_for(member)
    response = bad.send(client, "post", reverse("account_change_password"), data)
    member.refresh_from_db()
    if response.status_code != 302:
        assert response.status_code in (200, 400) and bad.explained(response)
        assert member.check_password(PASSWORD)
    else:
        member.set_password(PASSWORD)
        member.save()


@bad.FUZZ
@given(
    data=form(
        email=emails(),
        action_add=st.just(""),
        action_remove=st.just(""),
        action_primary=st.just(""),
        action_send=st.just(""),
    )
)
def test_managing_email_addresses(member, data):
    from allauth.account.models import EmailAddress

    before = EmailAddress.objects.count()
    response = bad.send(bad.client_for(member), "post", reverse("account_email"), data)
    if response.status_code != 302:
        assert response.status_code in (200, 400)
        assert EmailAddress.objects.count() == before
    member.refresh_from_db()
    assert member.email == "fuzz-member@example.org"


# -- profile and your data -------------------------------------------------------------------------
@bad.FUZZ
@given(
    data=form(
        first_name=bad.text(),
        last_name=bad.text(),
        chinese_name=bad.text(),
        preferred_language=st.sampled_from(["en", "zh-hant"]) | bad.text(),
    )
)
def test_the_profile(member, data):
    response = bad.send(bad.client_for(member), "post", reverse("account_profile"), data)
    fresh = User.objects.get(pk=member.pk)
    if response.status_code != 302:
        assert response.status_code in (200, 400) and bad.explained(response)
        assert (fresh.first_name, fresh.last_name, fresh.chinese_name) == (
            member.first_name,
            member.last_name,
            member.chinese_name,
        )
    else:
        User.objects.filter(pk=member.pk).update(
            first_name=member.first_name,
            last_name=member.last_name,
            chinese_name=member.chinese_name,
            preferred_language=member.preferred_language,
        )


@bad.FUZZ
@given(data=form(password=bad.text() | st.just(PASSWORD), confirm=bad.text()))
@example(data={"password": PASSWORD, "confirm": "delete"})
def test_deleting_the_account(member, data):
    before = (User.objects.filter(is_active=True).count(), AuditEvent.objects.count())
    response = bad.send(bad.client_for(member), "post", reverse("account_your_data"), data)
    assert response.status_code == 400 and bad.explained(response)  # DELETE never typed here
    assert (User.objects.filter(is_active=True).count(), AuditEvent.objects.count()) == before


@bad.FUZZ
@given(kind=bad.names().filter(lambda k: k and "/" not in k))
@example(kind="csv\nX-Injected: 1")
@example(kind='csv"; filename="evil.exe')
def test_downloading_your_data_in_an_odd_form(member, kind):
    before = AuditEvent.objects.count()
    url = reverse("account_your_data_download", args=["json"]).removesuffix("json")
    response = bad.send(bad.client_for(member), "get", url + quote(kind, safe=""))
    if kind in ("json", "csv"):
        assert response.status_code == 200
    else:
        assert response.status_code == 404
        assert AuditEvent.objects.count() == before


# -- staff: the audit trail's filter ---------------------------------------------------------------
@bad.FUZZ
@given(
    query=form(
        actor=emails(),
        subject=emails(),
        action=bad.text(),
        start=bad.day(),
        end=bad.day(),
        page=bad.number(),
        format=st.sampled_from(["csv", "html"]) | bad.text(),
    )
)
def test_filtering_the_audit_trail(query):
    admin = User.objects.filter(email="fuzz-admin@example.org").first() or (
        User.objects.create_superuser(email="fuzz-admin@example.org", password=PASSWORD)
    )
    response = bad.send(bad.client_for(admin), "get", reverse("audit_trail"), query)
    assert response.status_code in (200, 400)


# -- search and the catalogue ----------------------------------------------------------------------
@bad.FUZZ
@given(
    query=form(
        q=bad.text() | st.sampled_from(["基因", "基因组", "AND OR NOT", "*", '"', "\\", "%_"]),
        page=bad.number(),
    )
)
def test_searching(home_page, query):
    client = bad.client_for()
    for language in ("en", "zh-hant", "zh-hans"):
        response = bad.send(client, "get", f"/{language}/search/", query)
        assert response.status_code == 200


@bad.FUZZ
@given(
    query=form(
        topic=bad.number(),
        points=bad.number(),
        profession=bad.text(),
        level=bad.text(),
        language=bad.text(),
        format=bad.text(),
        page=bad.number(),
    )
)
@example(query={"topic": "²"})
@example(query={"topic": "99999999999999999999", "points": "1e999999999"})
def test_filtering_the_course_catalogue(home_page, query):
    from tests.courses import factories as course_make

    catalogue = course_make.catalogue(home_page)
    response = bad.send(bad.client_for(), "get", catalogue.get_url(), query)
    assert response.status_code == 200


def test_staff_can_find_a_learner_by_any_text():
    staff = cpd_make.staff("CPD administrators", "fuzz-ledger@example.org")
    client = bad.client_for(staff)
    for text in bad.ODD_TEXT:
        assert bad.send(client, "get", reverse("cpd_learners"), {"q": text}).status_code == 200
