"""Bad input at certificate verification (the /verify/ form, /verify/<code>/ and
/verify/<code>.json, cpd/certificates/urls_public.py), the holder's pages and the certificates
staff pages (cpd/certificates/admin_views.py).

Covers: certificates:verify_form, certificates:verify, credentials:verify,
credentials:verify_json, credentials:achievement, credentials:status_list, certificates:credential,
certificates:visibility, certificates_admin (search), certificates_admin_detail (revoke,
reissue), certificates_admin_issue, certificates_admin_event, certificates_admin_cohort."""

import re
from urllib.parse import quote

import pytest
from django.core.cache import cache
from django.urls import reverse
from hypothesis import example, given
from hypothesis import strategies as st

from accounts.models import AuditEvent
from cpd.certificates import codes
from cpd.certificates.models import Certificate
from tests.certificates import factories as make
from tests.cpd import factories as cpd_make
from tests.security import bad_input as bad

pytestmark = pytest.mark.django_db


def maybe(strategy):
    return st.none() | strategy | st.lists(strategy, min_size=2, max_size=3)


def form(**fields) -> st.SearchStrategy[dict]:
    return st.fixed_dictionaries({name: maybe(s) for name, s in fields.items()}).map(
        lambda data: {k: v for k, v in data.items() if v is not None}
    )


@pytest.fixture
def certificate():
    return make.issued(rendered=False)


@pytest.fixture
def staff():
    return cpd_make.staff("CPD administrators", "fuzz-cert-admin@example.org")


def typed_codes(certificate) -> st.SearchStrategy[str]:
    real = certificate.code
    return (
        bad.text()
        | st.sampled_from(
            [
                real,
                real.lower(),
                codes.grouped(real),
                real[:-1] + ("0" if real[-1] != "0" else "1"),  # a wrong check symbol
                real + real,
                "O" * 27,
                "-" * 64,
                "Ｏ" * 27,
            ]
        )
        | st.text(alphabet=codes.ALPHABET + "-oil ", min_size=20, max_size=40)
    )


# -- public verification ---------------------------------------------------------------------------
@bad.FUZZ
@given(data=st.data())
def test_the_verification_form(certificate, data):
    cache.clear()
    code = data.draw(maybe(typed_codes(certificate)))
    query = {} if code is None else {"code": code}
    response = bad.send(bad.client_for(), "get", reverse("certificates:verify_form"), query)
    if response.status_code == 302:  # a well-formed code, whether or not it was issued
        assert codes.normalise(code if isinstance(code, str) else code[-1])
    elif code is not None:
        assert response.status_code == 400 and bad.explained(response)


@bad.FUZZ
@given(data=st.data())
def test_verification_by_address_in_every_form(certificate, data):
    cache.clear()
    code = data.draw(typed_codes(certificate).filter(lambda c: re.fullmatch(r"[-\w]+", c, re.A)))
    client = bad.client_for()
    for url in (
        f"/en/verify/{quote(code, safe='')}/",
        f"/verify/{quote(code, safe='')}/",
        f"/verify/{quote(code, safe='')}.json",
    ):
        response = bad.send(client, "get", url)
        if url.endswith(".json") and response.status_code != 200:
            bad.rejected_json(response)
            if response.status_code == 404:
                assert codes.normalise(code) != certificate.code
        else:
            # 400: Django refuses to redirect to an address past 2,048 characters.
            assert response.status_code in (200, 301, 302, 404, 429) or (
                response.status_code == 400 and len(url) > 2048
            )


def test_verification_past_the_rate_limit_answers_json(certificate, settings):
    settings.CERTIFICATE_VERIFY_RATE = 2
    client = bad.client_for()
    for _n in range(3):
        response = bad.send(client, "get", f"/verify/{certificate.code}.json")
    bad.rejected_json(response)
    assert response.status_code == 429


@bad.FUZZ
@given(ref=bad.text(), number=st.integers(min_value=0, max_value=10**30))
@example(ref="\x00", number=0)  # PostgreSQL refused the lookup: a 500
def test_what_open_badges_verifiers_fetch(ref, number):
    client = bad.client_for()
    # An address nothing answers is sent on to the reader's language (302), then 404; Django
    # refuses (400) to redirect to an address past 2,048 characters.
    url = f"/credentials/achievements/{quote(ref, safe='')}"
    response = bad.send(client, "get", url)
    assert response.status_code in (200, 302, 404) or (
        response.status_code == 400 and len(url) > 2048
    )
    response = bad.send(client, "get", f"/credentials/status/{number}")
    assert response.status_code in (200, 302, 404)


# -- the holder ------------------------------------------------------------------------------------
@bad.FUZZ
@given(hidden=maybe(bad.text()), form_=bad.text())
def test_the_holders_switches(certificate, hidden, form_):
    client = bad.client_for(certificate.user)
    data = {} if hidden is None else {"hidden": hidden}
    response = bad.send(
        client, "post", reverse("certificates:visibility", args=[certificate.uuid]), data
    )
    assert response.status_code == 302
    certificate.refresh_from_db()
    assert certificate.hidden == (hidden == "1")
    url = reverse("certificates:credential", args=[certificate.uuid, "json"])
    response = bad.send(client, "get", url.removesuffix("json") + quote(form_, safe=""))
    assert response.status_code in (200, 202, 404)


def test_a_strangers_certificate_cannot_be_hidden(certificate):
    stranger = make.holder("stranger@example.org")
    response = bad.send(
        bad.client_for(stranger),
        "post",
        reverse("certificates:visibility", args=[certificate.uuid]),
        {"hidden": "1"},
    )
    assert response.status_code == 404
    certificate.refresh_from_db()
    assert certificate.hidden is False


# -- staff -----------------------------------------------------------------------------------------
@bad.FUZZ
@given(data=form(action=st.sampled_from(["reissue", "revoke", ""]) | bad.text(), reason=bad.text()))
def test_revoking_and_reissuing(staff, data):
    certificate = make.issued(
        make.holder(f"fuzz-holder-{Certificate.objects.count()}@example.org"), rendered=False
    )
    before = (Certificate.objects.count(), AuditEvent.objects.count())
    response = bad.send(
        bad.client_for(staff),
        "post",
        reverse("certificates_admin_detail", args=[certificate.pk]),
        data,
    )
    certificate.refresh_from_db()
    if response.status_code != 302:
        assert response.status_code == 400 and bad.explained(response)
        assert certificate.revoked_at is None
        assert (Certificate.objects.count(), AuditEvent.objects.count()) == before


@bad.FUZZ
@given(
    data=form(
        email=bad.text() | st.just("holder@example.org"),
        title_en=bad.text(),
        title_zh_hant=bad.text(),
        achieved_on=bad.day(),
    )
)
@example(data={"email": "holder@example.org", "title_en": "Award", "achieved_on": "9999-12-31"})
@example(data={"email": "holder@example.org", "title_en": "Award", "achieved_on": "0001-01-01"})
def test_issuing_by_hand(certificate, staff, data):
    before = (Certificate.objects.count(), AuditEvent.objects.count())
    client = bad.client_for(staff)
    response = bad.send(client, "post", reverse("certificates_admin_issue"), data)
    if response.status_code == 302:
        issued = Certificate.objects.order_by("-pk").first()
        bad.send(client, "get", reverse("certificates_admin_detail", args=[issued.pk]))
        bad.send(bad.client_for(), "get", f"/verify/{issued.code}.json")
        bad.send(bad.client_for(), "get", f"/en/verify/{codes.grouped(issued.code)}/")
    else:
        assert response.status_code == 400 and bad.explained(response)
        assert (Certificate.objects.count(), AuditEvent.objects.count()) == before


@bad.FUZZ
@given(query=form(q=bad.text(), page=bad.number()), target=st.integers(min_value=0))
def test_finding_certificates_and_issuing_for_what_does_not_exist(staff, query, target):
    client = bad.client_for(staff)
    response = bad.send(client, "get", reverse("certificates_admin"), query)
    assert response.status_code == 200
    before = Certificate.objects.count()
    for name in ("certificates_admin_event", "certificates_admin_cohort"):
        url = reverse(name, args=[1]).replace("/1/", f"/{target}/")
        response = bad.send(client, "post", url)
        assert response.status_code in (302, 404)  # 404, or on to the language's 404
    assert Certificate.objects.count() == before
