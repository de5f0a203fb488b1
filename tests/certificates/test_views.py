"""Public verification shows only what the certificate shows and its status, never personal
data, is noindex and rate-limited, and has a JSON form; the holder's own page and downloads are
theirs alone (and staff's); CPD administrators revoke, reissue and issue in the admin."""

import datetime as dt

import pytest
from django.test import override_settings
from django.urls import reverse

from cpd.certificates import codes, services
from cpd.certificates.models import Certificate
from cpd.models import Membership
from tests.certificates import factories as make
from tests.cpd import factories as cpd_make

pytestmark = pytest.mark.django_db


def _page(client, certificate, language="en"):
    return client.get(f"/{language}/verify/{certificate.grouped_code}/")


def test_the_page_shows_what_the_certificate_shows_and_nothing_personal(client):
    scheme = cpd_make.scheme("hkam-cme")
    certificate = make.issued()
    Membership.objects.create(user=certificate.user, scheme=scheme, registration_number="M99887")
    response = _page(client, certificate)
    html = response.content.decode()
    assert response.status_code == 200
    assert response["X-Robots-Tag"].startswith("noindex") and 'name="robots"' in html
    assert "Valid." in html
    for shown in ("Lift Chan", make.NAME_ZH, certificate.title_en, certificate.pdf_sha256):
        assert shown in html
    for hidden in (certificate.user.email, "M99887"):
        assert hidden not in html


def test_the_json_form_says_the_same_for_machines(client):
    certificate = make.issued()
    data = client.get(f"/verify/{certificate.grouped_code}.json").json()
    assert data["status"] == "valid" and data["holder_name_zh"] == make.NAME_ZH
    assert data["pdf_sha256"] == certificate.pdf_sha256
    assert data["points"][0]["points"] == "3.00"
    assert certificate.user.email not in str(data) and "revocation_reason" not in data


def test_a_revoked_certificate_says_revoked_on_its_date_but_not_why(client):
    certificate = make.issued()
    admin = cpd_make.staff("CPD administrators")
    services.revoke(
        certificate,
        by=admin,
        reason="Plagiarised assessment",
        now=dt.datetime(2026, 12, 1, 3, tzinfo=dt.UTC),
    )
    html = _page(client, certificate).content.decode()
    assert "Revoked on 1 December 2026" in html or "Revoked on Dec. 1, 2026" in html
    assert "Plagiarised" not in html
    data = client.get(f"/verify/{certificate.grouped_code}.json").json()
    assert data["status"] == "revoked" and data["revoked_on"] == "2026-12-01"
    assert "Plagiarised" not in str(data)


def test_a_reissued_certificate_points_to_its_replacement(client):
    certificate = make.issued()
    new = services.reissue(certificate, by=cpd_make.staff("CPD administrators"), reason="Name")
    html = _page(client, certificate).content.decode()
    assert "replaced by another certificate" in html and new.grouped_code in html


def test_an_expired_certificate_says_so(client):
    certificate = make.issued(expires_on=dt.date(2026, 1, 31))
    assert "Expired." in _page(client, certificate).content.decode()


def test_codes_are_looked_up_however_typed_and_bad_ones_get_a_message(client):
    certificate = make.issued()
    typed = certificate.code.lower()
    response = client.get("/en/verify/", {"code": typed})
    assert response.status_code == 302
    assert response.url == f"/en/verify/{certificate.grouped_code}/"
    typo = certificate.code[:-1] + ("0" if certificate.code[-1] != "0" else "1")
    refused = client.get("/zh-hant/verify/", {"code": typo})
    assert refused.status_code == 400 and "這不是有效的核實編號" in refused.content.decode()
    unknown = client.get(f"/en/verify/{codes.grouped(codes.new_code())}/")
    assert unknown.status_code == 404 and "No certificate can be shown" in unknown.content.decode()


def test_the_address_in_the_qr_code_opens_the_page_in_the_readers_language(client):
    certificate = make.issued()
    response = client.get(
        f"/verify/{certificate.grouped_code}/", HTTP_ACCEPT_LANGUAGE="zh-HK,zh;q=0.9"
    )
    assert response.status_code == 302
    assert response.url == f"/zh-hant/verify/{certificate.grouped_code}/"


def test_a_hidden_certificate_shows_nothing(client):
    certificate = make.issued()
    client.force_login(certificate.user)
    client.post(reverse("certificates:visibility", args=[certificate.uuid]), {"hidden": "1"})
    client.logout()
    assert _page(client, certificate).status_code == 404
    assert client.get(f"/verify/{certificate.grouped_code}.json").status_code == 404


@override_settings(CERTIFICATE_VERIFY_RATE=3)
def test_lookups_are_rate_limited_per_address(client):
    certificate = make.issued()
    statuses = [_page(client, certificate).status_code for _ in range(4)]
    assert statuses == [200, 200, 200, 429]
    other = client.get(f"/en/verify/{certificate.grouped_code}/", REMOTE_ADDR="10.0.0.9")
    assert other.status_code == 200


def test_my_certificates_lists_downloads_and_sharing(client):
    certificate = make.issued()
    client.force_login(certificate.user)
    html = client.get(reverse("certificates:mine")).content.decode()
    assert certificate.grouped_code in html and "linkedin.com/profile/add" in html
    pdf = client.get(reverse("certificates:pdf", args=[certificate.uuid]))
    assert pdf.status_code == 200 and pdf["Content-Type"] == "application/pdf"
    assert "attachment" in pdf["Content-Disposition"]
    jwt = client.get(reverse("certificates:credential", args=[certificate.uuid, "jwt"]))
    assert jwt.content.decode() == certificate.credential
    data = client.get(reverse("certificates:credential", args=[certificate.uuid, "json"])).json()
    assert data["credential"]["id"] == f"urn:uuid:{certificate.uuid}"


def test_downloads_are_for_the_holder_and_staff_only(client):
    certificate = make.issued()
    url = reverse("certificates:pdf", args=[certificate.uuid])
    assert client.get(url).status_code == 302  # to sign in
    client.force_login(make.holder("other@example.org"))
    assert client.get(url).status_code == 404
    assert (
        client.get(reverse("certificates:credential", args=[certificate.uuid, "jwt"])).status_code
        == 404
    )
    assert (
        client.post(
            reverse("certificates:visibility", args=[certificate.uuid]), {"hidden": "1"}
        ).status_code
        == 404
    )
    client.force_login(cpd_make.staff("CPD administrators"))
    assert client.get(url).status_code == 200


def test_until_rendered_the_holder_sees_a_page_that_checks_again(client):
    certificate = make.issued(rendered=False)
    client.force_login(certificate.user)
    response = client.get(reverse("certificates:pdf", args=[certificate.uuid]))
    assert response.status_code == 202 and 'http-equiv="refresh"' in response.content.decode()


def test_administrators_revoke_with_a_reason_in_the_admin(client):
    certificate = make.issued()
    client.force_login(cpd_make.staff("CPD administrators"))
    url = reverse("certificates_admin_detail", args=[certificate.pk])
    refused = client.post(url, {"action": "revoke", "reason": ""})
    assert refused.status_code == 400
    certificate.refresh_from_db()
    assert certificate.revoked_at is None
    client.post(url, {"action": "revoke", "reason": "Issued to the wrong person"})
    certificate.refresh_from_db()
    assert certificate.revocation_reason == "Issued to the wrong person"


def test_administrators_issue_by_hand_and_reissue(client):
    learner = make.holder("manual@example.org")
    client.force_login(cpd_make.staff("CPD administrators"))
    response = client.post(
        reverse("certificates_admin_issue"),
        {
            "email": "manual@example.org",
            "title_en": "Grand rounds presentation",
            "title_zh_hant": "大查房報告",
            "achieved_on": "2026-11-20",
        },
    )
    certificate = Certificate.objects.get(user=learner)
    assert response.status_code == 302 and certificate.kind == "other"
    bad = client.post(reverse("certificates_admin_issue"), {"email": "nobody@example.org"})
    assert bad.status_code == 400 and Certificate.objects.count() == 1
    client.post(
        reverse("certificates_admin_detail", args=[certificate.pk]),
        {"action": "reissue", "reason": "Title corrected"},
    )
    assert Certificate.objects.filter(user=learner).count() == 2


def test_the_admin_pages_are_for_cpd_administrators(client):
    certificate = make.issued()
    client.force_login(cpd_make.staff("Editors", "editor@example.org"))
    for url in (
        reverse("certificates_admin"),
        reverse("certificates_admin_detail", args=[certificate.pk]),
        reverse("certificates_admin_issue"),
        reverse("certificates_admin_batches"),
    ):
        assert client.get(url).status_code in (302, 403), url
    response = client.post(
        reverse("certificates_admin_detail", args=[certificate.pk]),
        {"action": "revoke", "reason": "x"},
    )
    assert response.status_code in (302, 403)
    certificate.refresh_from_db()
    assert certificate.revoked_at is None
