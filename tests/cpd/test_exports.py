"""Transcripts (the holder's only, each row traceable to its entry) and the submission file for
an accrediting body (staff only, registration numbers, points per category)."""

import csv
import datetime as dt
import io
from decimal import Decimal

import pytest

from cpd import services
from cpd.models import LedgerEntry
from tests.cpd import factories as make

pytestmark = pytest.mark.django_db
D = Decimal


def rows(response):
    text = response.content.decode("utf-8")
    assert text.startswith("\ufeff")
    return list(csv.reader(io.StringIO(text[1:])))


def test_a_transcript_lists_the_cycles_entries_with_their_fingerprints(client):
    scheme = make.scheme()
    user = make.member("a@example.org", scheme)
    user.first_name, user.last_name, user.chinese_name = "Tai Man", "Chan", "陳大文𨋢"
    user.save()
    first = make.award(user, scheme, "2", "one", dt.date(2026, 2, 1), title="=HYPERLINK(evil)")
    make.award(user, scheme, "3", "two", dt.date(2029, 2, 1))  # the next cycle
    client.force_login(user)
    membership = user.cpd_memberships.get()
    response = client.get(f"/en/cpd/{membership.pk}/transcript.csv?on=2026-06-01")
    assert response.status_code == 200
    assert response["Content-Disposition"] == 'attachment; filename="cpd-test-cme-2026-01-01.csv"'
    table = rows(response)
    assert table[0] == ["Learner", "Tai Man Chan", "陳大文𨋢"]
    assert table[3] == ["Cycle", "2026-01-01", "2028-12-31"]
    entries = table[7:]
    assert len(entries) == 1
    assert entries[0][:4] == [str(first.pk), first.digest[:16], "2026-02-01", "'=HYPERLINK(evil)"]
    assert entries[0][7] == "2.00"


def test_a_transcript_is_only_for_its_holder(client):
    scheme = make.scheme()
    holder = make.member("a@example.org", scheme)
    client.force_login(make.member("b@example.org", scheme))
    response = client.get(f"/en/cpd/{holder.cpd_memberships.get().pk}/transcript.csv")
    assert response.status_code == 404


def test_a_bad_date_gets_a_clear_refusal(client):
    scheme = make.scheme()
    user = make.member("a@example.org", scheme)
    client.force_login(user)
    response = client.get(f"/en/cpd/{user.cpd_memberships.get().pk}/transcript.csv?on=31/12/2026")
    assert response.status_code == 400 and "YYYY-MM-DD" in response.text


def test_the_submission_file_has_each_members_points_by_category(client):
    scheme = make.scheme(categories=[("cme", None, None), ("cpd", None, None)])
    a = make.member("a@example.org", scheme)
    b = make.member("b@example.org", scheme)
    a.cpd_memberships.update(registration_number="M001")
    make.award(a, scheme, "2", "one", dt.date(2026, 2, 1), category="cme")
    make.award(a, scheme, "1.5", "two", dt.date(2026, 3, 1), category="cpd")
    make.award(b, scheme, "4", "one", dt.date(2025, 3, 1), category="cme")  # before the period
    client.force_login(make.staff("CPD administrators"))
    response = client.get(
        "/admin/cpd/export/", {"scheme": scheme.pk, "start": "2026-01-01", "end": "2026-12-31"}
    )
    assert response.status_code == 200
    table = rows(response)
    assert table[1][4:] == ["cme", "cpd", "Total"]
    by_email = {row[3]: row for row in table[2:]}
    assert by_email["a@example.org"][0] == "M001"
    assert by_email["a@example.org"][4:] == ["2.00", "1.50", "3.50"]
    assert by_email["b@example.org"][4:] == ["0.00", "0.00", "0.00"]


def test_a_reversed_entry_counts_nothing_in_the_submission(client, admin_user):
    scheme = make.scheme()
    a = make.member("a@example.org", scheme)
    entry = make.award(a, scheme, "2", "one", dt.date(2026, 2, 1))
    services.reverse(entry, by=admin_user, reason="not attended")
    client.force_login(make.staff("CPD administrators"))
    table = rows(
        client.get(
            "/admin/cpd/export/", {"scheme": scheme.pk, "start": "2026-01-01", "end": "2026-12-31"}
        )
    )
    assert table[2][-1] == "0.00"
    assert LedgerEntry.objects.count() == 2


def test_the_submission_form_refuses_a_backwards_period(client):
    scheme = make.scheme()
    client.force_login(make.staff("CPD administrators"))
    response = client.get(
        "/admin/cpd/export/", {"scheme": scheme.pk, "start": "2026-12-31", "end": "2026-01-01"}
    )
    assert response.status_code == 400 and "must end" in response.text


def test_other_staff_cannot_export(client):
    scheme = make.scheme()
    client.force_login(make.staff("Editors"))
    response = client.get(
        "/admin/cpd/export/", {"scheme": scheme.pk, "start": "2026-01-01", "end": "2026-12-31"}
    )
    assert response.status_code in (302, 403)
