"""A learner downloads everything the platform holds about them (JSON and CSV), and deletes
their account: personal data goes, the CPD ledger and completions stay, anonymised, so figures
and fingerprints still hold."""

import datetime as dt
import json
from decimal import Decimal

import pytest
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile

from accounts import personal_data
from cpd import claims, services
from cpd.models import Claim, LearnerProfile, LedgerEntry, Membership, TranscriptFile
from tests.cpd import factories as make
from tests.signin import sign_in_with_password

pytestmark = pytest.mark.django_db
PASSWORD = "pw-123456789"


def learner_with_a_record():
    scheme = make.scheme(
        rules=[("self_reported", "general", {"points_per_hour": Decimal(1)})],
    )
    user = make.member("chan@example.org", scheme)
    user.first_name, user.chinese_name = "Tai Man", "陳大文"
    user.save()
    user.cpd_memberships.update(registration_number="M12345")
    services.set_professions(user, ["doctor"])
    entry = make.award(
        user, scheme, "3", "seminar", dt.date(2026, 3, 1), title="=cmd|' /C calc'!A0"
    )
    claims.submit(
        user,
        scheme=scheme,
        category_code="general",
        title="Workshop",
        provider="HKU",
        start_date=dt.date(2026, 3, 1),
        end_date=dt.date(2026, 3, 1),
        hours=Decimal(2),
        evidence=SimpleUploadedFile("c.pdf", b"%PDF-1.4 evidence"),
        today=dt.date(2026, 3, 2),
    )
    return user, entry


def test_the_download_holds_every_app_s_data(client):
    user, entry = learner_with_a_record()
    client.force_login(user)
    response = client.get("/en/accounts/your-data/download.json")
    assert response.status_code == 200
    assert response["Content-Disposition"] == 'attachment; filename="my-data.json"'
    data = json.loads(response.content)
    assert data["account"]["chinese_name"] == "陳大文"
    cpd = {item["kind"]: item for item in data["cpd"]}
    assert cpd["membership"]["registration_number"] == "M12345"
    assert cpd["ledger_entry"]["fingerprint"] == entry.digest
    assert cpd["claim"]["title"] == "Workshop"
    assert {"courses", "h5p", "cpd"} <= set(data)
    csv_text = client.get("/en/accounts/your-data/download.csv").content.decode("utf-8-sig")
    assert "cpd,membership,2,registration_number,M12345" in csv_text
    assert "'=cmd" in csv_text  # a formula is defused


def test_deleting_the_account_anonymises_it_and_keeps_the_ledger(client):
    user, entry = learner_with_a_record()
    client.force_login(user)
    assert client.get(f"/en/cpd/{user.cpd_memberships.get().pk}/transcript.pdf").status_code == 202
    page = client.get("/en/accounts/your-data/")
    assert page.status_code == 200
    refused = client.post("/en/accounts/your-data/", {"password": "wrong", "confirm": "DELETE"})
    assert refused.status_code == 400
    assert get_user_model().objects.get(pk=user.pk).email == "chan@example.org"
    response = client.post("/en/accounts/your-data/", {"password": PASSWORD, "confirm": "DELETE"})
    assert response.status_code == 302
    gone = get_user_model().objects.get(pk=user.pk)
    assert gone.email == f"deleted-{user.pk}@invalid" and not gone.is_active
    assert (gone.first_name, gone.chinese_name) == ("", "")
    assert not gone.has_usable_password()
    assert Membership.objects.get(user=gone).registration_number == ""
    assert not LearnerProfile.objects.filter(user=gone).exists()
    assert Claim.objects.get(user=gone).evidence.name == ""
    assert not TranscriptFile.objects.exists()
    kept = LedgerEntry.objects.get(pk=entry.pk)
    assert kept.points == 3 and services.verify_ledger(gone) == []
    assert client.get("/en/cpd/").status_code == 302  # signed out
    assert not sign_in_with_password(client, "chan@example.org", PASSWORD)


def test_the_registry_names_each_app_once():
    names = [holder.name for holder in personal_data._holders]
    assert sorted(names) == ["certificates", "courses", "cpd", "h5p", "internships"]
