"""The audit trail: staff actions on a person's record are recorded append-only (who, what, when,
before and after), viewable, filterable and exportable by administrators; the person's own
email is never kept in it, so erasing their account leaves nothing of them there."""

import datetime as dt
import json
from decimal import Decimal

import pytest
from django.contrib.auth.models import Group
from django.db import DatabaseError, connection, transaction
from django.urls import reverse

from accounts import audit, personal_data
from accounts.models import AuditEvent
from cpd import services
from cpd.certificates import services as certificates
from tests.certificates import factories as certificate_make
from tests.cpd import factories as make

pytestmark = pytest.mark.django_db
D = Decimal


def _events(action):
    return list(AuditEvent.objects.filter(action=action).order_by("id"))


def test_ledger_corrections_are_recorded_with_before_and_after():
    scheme = make.scheme()
    learner = make.member("ledger@example.org", scheme)
    admin = make.staff("CPD administrators")
    entry = make.award(learner, scheme, 3, "e1", dt.date(2026, 5, 1))
    services.reverse(entry, by=admin, reason="Attendance was wrong")
    services.adjust(
        learner,
        scheme=scheme,
        category_code="general",
        points=D(1),
        activity_date=dt.date(2026, 5, 2),
        by=admin,
        reason="Late sign-in sheet",
    )
    reversed_, adjusted = _events("ledger.reversed")[0], _events("ledger.adjusted")[0]
    assert reversed_.actor == admin and reversed_.subject == learner
    assert reversed_.before["points"] == "3.00" and reversed_.after["points"] == "-3.00"
    assert reversed_.reason == "Attendance was wrong"
    assert adjusted.after["points"] == "1.00" and adjusted.before is None


def test_claim_decisions_and_certificate_actions_are_recorded(client):
    admin = make.staff("CPD administrators")
    certificate = certificate_make.issued()
    certificates.revoke(certificate, by=admin, reason="Issued in error")
    new = certificates.reissue(certificate, by=admin, reason="Name corrected")
    manual = certificates.issue_manually(
        certificate.user,
        title_en="Grand rounds",
        title_zh_hant="",
        achieved_on=dt.date(2026, 1, 2),
        by=admin,
    )
    certificates.issue_manually(  # the same achievement again: nothing new, nothing recorded
        certificate.user,
        title_en="Grand rounds",
        title_zh_hant="",
        achieved_on=dt.date(2026, 1, 2),
        by=admin,
    )
    assert [e.object_id for e in _events("certificate.revoked")] == [str(certificate.pk)]
    assert _events("certificate.reissued")[0].object_id == str(new.pk)
    assert [e.object_id for e in _events("certificate.issued")] == [str(manual.pk)]


def test_role_changes_are_recorded_with_whoever_is_acting():
    admin = make.staff("CPD administrators", "boss@example.org")
    person = make.member("newly-promoted@example.org")
    token = audit.current_actor.set(admin)
    try:
        person.groups.add(Group.objects.get(name="Supervisors"))
    finally:
        audit.current_actor.reset(token)
    event = AuditEvent.objects.get(action="roles.changed", subject=person)
    assert event.actor == admin
    assert event.after == {"added": ["Supervisors"]}


def test_a_persons_own_actions_and_erasure_keep_nothing_of_them(client):
    learner = make.member("private.person@example.org")
    client.force_login(learner)
    client.get(reverse("account_your_data_download", args=["json"]))
    personal_data.delete_account(learner)
    exported, deleted = _events("data.exported")[0], _events("account.deleted")[0]
    assert exported.actor_label == deleted.actor_label == "self"
    rows = json.dumps(list(AuditEvent.objects.values()), default=str)
    assert "private.person" not in rows


def test_audit_events_cannot_be_changed_or_deleted():
    event = audit.record("data.exported", after={"x": 1})
    with pytest.raises(ValueError):
        event.reason = "changed"
        event.save()
    with pytest.raises(ValueError):
        event.delete()
    with pytest.raises(DatabaseError), transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("UPDATE accounts_auditevent SET reason = 'x'")
    if connection.vendor == "postgresql":
        with pytest.raises(DatabaseError), transaction.atomic(), connection.cursor() as cursor:
            cursor.execute("DELETE FROM accounts_auditevent")
    assert AuditEvent.objects.get().reason == ""


def test_administrators_filter_and_export_the_trail(client):
    scheme = make.scheme()
    learner = make.member("filtered@example.org", scheme)
    admin = make.staff("CPD administrators")
    services.adjust(
        learner,
        scheme=scheme,
        category_code="general",
        points=D(2),
        activity_date=dt.date(2026, 5, 2),
        by=admin,
        reason="Chair of session",
    )
    audit.record("data.exported", actor=admin, after={"other": True})
    client.force_login(admin)
    page = client.get(reverse("audit_trail"), {"subject": "filtered@", "action": "ledger.adjusted"})
    html = page.content.decode()
    assert page.status_code == 200 and "Chair of session" in html and '"other"' not in html
    export = client.get(reverse("audit_trail"), {"subject": "filtered@", "format": "csv"})
    lines = export.content.decode().splitlines()
    assert len(lines) == 2 and "filtered@example.org" in lines[1]
    assert _events("data.exported")[-1].actor == admin  # the export itself is recorded


def test_the_trail_is_for_administrators_only(client):
    client.force_login(make.staff("Editors", "editor@example.org"))
    assert client.get(reverse("audit_trail")).status_code in (302, 403)
