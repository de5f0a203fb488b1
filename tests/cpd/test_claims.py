"""Outside activities claimed with evidence: the evidence checked by its bytes, the claim
window, approval (awarding through the ledger, partial points with a reason), refusal and
amendment with reasons, the learner emailed in their language, the audit sample, and the
evidence served only to its holder and to CPD administrators."""

import datetime as dt
from decimal import Decimal

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from cpd import claims, services
from cpd.models import Claim, LedgerEntry
from tests.cpd import factories as make

pytestmark = pytest.mark.django_db
D = Decimal
TODAY = dt.date(2026, 6, 30)
PDF = b"%PDF-1.7\n" + b"0" * 200
PNG = b"\x89PNG\r\n\x1a\n" + b"0" * 200


def scheme(**fields):
    return make.scheme(
        categories=[("cpd", None, None)],
        rules=[("self_reported", "cpd", {"points_per_hour": D("0.5"), "cap_per_event": D(10)})],
        claim_window_days=30,
        **fields,
    )


def evidence(content=PDF, name="certificate.pdf"):
    return SimpleUploadedFile(name, content)


def submit(user, target, *, hours="6", end="2026-06-20", upload=None, **extra):
    return claims.submit(
        user,
        scheme=target,
        category_code=extra.pop("category", "cpd"),
        title="Variant interpretation workshop",
        provider="HKU",
        start_date=dt.date.fromisoformat(extra.pop("start", "2026-06-19")),
        end_date=dt.date.fromisoformat(end),
        hours=D(hours),
        evidence=upload or evidence(),
        today=TODAY,
    )


def test_a_claim_is_pending_with_the_rules_points_and_evidence_renamed():
    target = scheme()
    user = make.member("a@example.org", target)
    claim = submit(user, target, hours="6")
    assert claim.status == "pending" and claim.points_claimed == D("3.00")
    assert claim.evidence_type == "application/pdf"
    assert claim.evidence.name.endswith(".pdf") and "certificate" not in claim.evidence.name
    assert submit(user, target, hours="40").points_claimed == D(10)  # capped per activity


@pytest.mark.parametrize(
    ("content", "name", "message"),
    [
        (b"<html><script>alert(1)</script>", "certificate.pdf", "PDF, JPEG or PNG"),
        (b"GIF89a....", "photo.png", "PDF, JPEG or PNG"),
        (b"", "empty.pdf", "PDF, JPEG or PNG"),
        (b"%PDF-" + b"0" * (10 * 1024 * 1024), "big.pdf", "10 MB"),
    ],
)
def test_evidence_is_checked_by_its_bytes_and_size(content, name, message):
    target = scheme()
    user = make.member("a@example.org", target)
    with pytest.raises(services.CPDError, match=message):
        submit(user, target, upload=evidence(content, name))
    assert not Claim.objects.exists()


def test_png_evidence_is_accepted():
    target = scheme()
    user = make.member("a@example.org", target)
    assert submit(user, target, upload=evidence(PNG, "scan.PDF")).evidence_type == "image/png"


@pytest.mark.parametrize(
    ("start", "end", "message"),
    [
        ("2026-05-01", "2026-05-30", "up to 30 days"),  # 31 days before today
        ("2026-06-30", "2026-07-01", "once it has taken place"),
        ("2026-06-20", "2026-06-19", "cannot come before"),
    ],
)
def test_the_claim_window_and_dates_are_enforced(start, end, message):
    target = scheme()
    user = make.member("a@example.org", target)
    with pytest.raises(services.CPDError, match=message):
        submit(user, target, start=start, end=end)
    assert not Claim.objects.exists()


def test_claims_are_only_for_members_and_the_schemes_categories():
    target = scheme()
    outsider = make.member("b@example.org")
    with pytest.raises(services.CPDError, match="not recorded under"):
        submit(outsider, target)
    member = make.member("a@example.org", target)
    with pytest.raises(services.CPDError, match="categories"):
        submit(member, target, category="nope")


def test_approval_awards_the_points_once_and_emails_the_learner_in_their_language(
    mailoutbox, django_capture_on_commit_callbacks, settings
):
    settings.CPD_AUDIT_SAMPLE_PERCENT = 0
    target = scheme()
    user = make.member("a@example.org", target)
    user.preferred_language = "zh-hant"
    user.save()
    claim = submit(user, target)
    admin = make.staff("CPD administrators")
    with django_capture_on_commit_callbacks(execute=True):
        claims.approve(claim, by=admin)
    entry = LedgerEntry.objects.get()
    assert (entry.source_kind, entry.source_ref, entry.points) == (
        "self_reported",
        f"claim:{claim.pk}",
        D(3),
    )
    assert entry.activity_date == dt.date(2026, 6, 20) and entry.awarded_by == admin
    claim.refresh_from_db()
    assert claim.entry == entry and not claim.selected_for_audit
    assert len(mailoutbox) == 1 and "已批准" in mailoutbox[0].subject
    assert claim.learner_notified_at is not None
    assert not claims.notify(claim.pk)  # told once
    with pytest.raises(services.CPDError, match="already been decided"):
        claims.approve(claim, by=admin)
    assert LedgerEntry.objects.count() == 1


def test_fewer_points_need_a_reason_and_more_are_refused():
    target = scheme()
    user = make.member("a@example.org", target)
    claim = submit(user, target)
    admin = make.staff("CPD administrators")
    with pytest.raises(services.CPDError, match="why"):
        claims.approve(claim, by=admin, points=D(1))
    with pytest.raises(services.CPDError, match="between"):
        claims.approve(claim, by=admin, points=D(4))
    assert not LedgerEntry.objects.exists()
    claims.approve(claim, by=admin, points=D(1), reason="Only one session was relevant")
    assert LedgerEntry.objects.get().points == 1


def test_a_returned_claim_is_amended_and_pending_again():
    target = scheme()
    user = make.member("a@example.org", target)
    claim = submit(user, target, hours="6")
    admin = make.staff("CPD administrators")
    with pytest.raises(services.CPDError, match="Say why"):
        claims.return_for_amendment(claim, by=admin, reason=" ")
    claims.return_for_amendment(claim, by=admin, reason="The certificate shows 4 hours")
    claim = claims.amend(claim, hours=D(4), evidence=evidence(PNG, "new.png"), today=TODAY)
    assert (claim.status, claim.points_claimed, claim.evidence_type) == (
        "pending",
        D(2),
        "image/png",
    )
    assert claim.decision_reason == "" and claim.decided_by is None
    claims.reject(claim, by=admin, reason="Not related to genomics")
    with pytest.raises(services.CPDError, match="not waiting"):
        claims.amend(claim, hours=D(4), evidence=None, today=TODAY)
    assert not LedgerEntry.objects.exists()


def test_the_audit_sample_follows_the_setting(settings):
    settings.CPD_AUDIT_SAMPLE_PERCENT = 100
    target = scheme()
    user = make.member("a@example.org", target)
    claim = claims.approve(submit(user, target), by=make.staff("CPD administrators"))
    assert claim.selected_for_audit


def test_the_learner_claims_through_the_form_and_sees_the_status(client, monkeypatch):
    monkeypatch.setattr(services, "hong_kong_date", lambda moment: TODAY)
    target = scheme()
    user = make.member("a@example.org", target)
    client.force_login(user)
    form = client.get("/en/cpd/claims/new/")
    assert form.status_code == 200 and "Scheme test-cme – cpd" in form.text
    data = {
        "category": f"{target.pk}:cpd",
        "title": "Workshop",
        "provider": "HKU",
        "start_date": "2026-06-19",
        "end_date": "2026-06-20",
        "hours": "6",
    }
    refused = client.post(
        "/en/cpd/claims/new/", {**data, "evidence": evidence(b"MZ\x90\x00", "x.pdf")}
    )
    assert refused.status_code == 400 and "PDF, JPEG or PNG" in refused.text
    assert not Claim.objects.exists()
    sent = client.post("/en/cpd/claims/new/", {**data, "evidence": evidence()})
    assert sent.status_code == 302
    record = client.get("/en/cpd/")
    assert "Workshop" in record.text and "Pending" in record.text


def test_evidence_is_served_only_to_its_holder_and_cpd_administrators(client):
    target = scheme()
    holder = make.member("a@example.org", target)
    claim = submit(holder, target)
    other = make.member("b@example.org", target)
    client.force_login(other)
    assert client.get(f"/en/cpd/claims/{claim.pk}/evidence/").status_code == 404
    client.force_login(holder)
    mine = client.get(f"/en/cpd/claims/{claim.pk}/evidence/")
    assert mine.status_code == 200 and b"".join(mine.streaming_content) == PDF
    assert mine["Content-Disposition"].startswith("attachment")
    assert mine["Content-Type"] == "application/pdf"
    client.force_login(make.staff("CPD administrators"))
    assert client.get(f"/admin/cpd/claims/{claim.pk}/evidence/").status_code == 200


def test_a_cpd_administrator_decides_from_the_queue(client):
    target = scheme()
    holder = make.member("a@example.org", target)
    claim = submit(holder, target)
    client.force_login(make.staff("CPD administrators"))
    queue = client.get("/admin/cpd/claims/")
    assert f"/admin/cpd/claims/{claim.pk}/" in queue.text
    refused = client.post(f"/admin/cpd/claims/{claim.pk}/", {"decision": "reject", "reason": ""})
    assert refused.status_code == 400
    done = client.post(f"/admin/cpd/claims/{claim.pk}/", {"decision": "approve", "points": ""})
    assert done.status_code == 302
    assert LedgerEntry.objects.get().points == 3


def test_editors_cannot_see_or_decide_claims(client):
    target = scheme()
    claim = submit(make.member("a@example.org", target), target)
    editor = make.staff("Editors")
    client.force_login(editor)
    assert client.get("/admin/cpd/claims/").status_code in (302, 403)
    client.post(f"/admin/cpd/claims/{claim.pk}/", {"decision": "approve"})
    assert client.get(f"/admin/cpd/claims/{claim.pk}/evidence/").status_code in (302, 403)
    assert not LedgerEntry.objects.exists()
