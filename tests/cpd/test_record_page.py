"""The learner's CPD record page: progress per scheme with the entries behind it, joining a
scheme (bad input changes nothing), the language, and a fixed number of queries."""

import datetime as dt
import re
from decimal import Decimal

import pytest
from django.utils import timezone

from cpd.models import LedgerEntry, Membership
from tests.cpd import factories as make

pytestmark = pytest.mark.django_db
D = Decimal


def test_the_record_shows_each_scheme_with_caps_and_the_entries_behind_it(client):
    capped = make.scheme("capped", categories=[("general", None, D(5))])
    other = make.scheme("other")
    user = make.member("a@example.org", capped, other)
    make.award(user, capped, "4", "one", timezone.localdate())
    make.award(user, capped, "3", "two", timezone.localdate())
    make.award(user, other, "1.5", "one", timezone.localdate())
    client.force_login(user)
    page = client.get("/en/cpd/")
    assert page.status_code == 200
    text = page.text
    assert "Scheme capped" in text and "Scheme other" in text
    assert "5 of 90 points counted" in text  # 7 earned, capped at 5
    assert "1.50 of 90 points counted" in text
    assert "Seminar one" in text and "Seminar two" in text
    assert '<svg viewBox="0 0 600 200" role="img"' in text
    assert text.count("<polyline") == 2


def test_the_record_is_in_the_learners_language(client):
    scheme = make.scheme()
    user = make.member("a@example.org", scheme)
    client.force_login(user)
    page = client.get("/zh-hant/cpd/")
    assert "計劃 test-cme" in page.text and "我的持續專業發展" in page.text


def test_the_record_needs_a_sign_in(client):
    response = client.get("/en/cpd/")
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_joining_a_scheme_records_the_membership(client):
    scheme = make.scheme(per_learner=True)
    user = make.member("a@example.org")
    client.force_login(user)
    refused = client.post("/en/cpd/join/", {"scheme": scheme.pk, "registration_number": "N-1"})
    assert refused.status_code == 400
    assert "own start date" in refused.text
    assert not Membership.objects.exists()
    response = client.post(
        "/en/cpd/join/",
        {"scheme": scheme.pk, "registration_number": " N-1 ", "cycle_start_date": "2025-04-01"},
    )
    assert response.status_code == 302
    membership = Membership.objects.get()
    assert (membership.registration_number, membership.cycle_start_date) == (
        "N-1",
        dt.date(2025, 4, 1),
    )


@pytest.mark.parametrize("scheme_id", ["", "999999", "abc"])
def test_a_bad_scheme_is_refused_and_changes_nothing(client, scheme_id):
    make.scheme()
    client.force_login(make.member("a@example.org"))
    response = client.post("/en/cpd/join/", {"scheme": scheme_id})
    assert response.status_code == 400
    assert not Membership.objects.exists()


@pytest.mark.parametrize("entries", [10, 300])
def test_the_record_takes_a_fixed_number_of_queries(client, django_assert_num_queries, entries):
    a, b = make.scheme("a"), make.scheme("b")
    user = make.member("a@example.org", a, b)
    for scheme in (a, b):
        LedgerEntry.objects.bulk_create(
            LedgerEntry(
                user=user,
                scheme=scheme,
                category_code="general",
                points=D("0.25"),
                activity_date=dt.date(2026, 1, 1) + dt.timedelta(days=i % 300),
                source_kind="event",
                source_ref=f"{scheme.code}-{i}",
                title="bulk",
                awarded_by_label="test",
                recorded_at=timezone.now(),
                digest=f"{scheme.code}{i:062d}",
            )
            for i in range(entries)
        )
    client.force_login(user)
    client.get("/en/cpd/")  # warm the session and the site's caches
    # session, user, memberships, categories; per scheme: totals and entries; the page shell's
    # site and the user's permissions (2); the sessions to evaluate, the learner's claims and
    # professions; the join form's "any scheme left to add" check
    with django_assert_num_queries(15):
        assert client.get("/en/cpd/").status_code == 200


def test_a_learner_records_their_professions(client):
    from cpd.models import LearnerProfile

    user = make.member("a@example.org")
    client.force_login(user)
    response = client.post(
        "/en/cpd/professions/", {"professions": ["doctor", "genetic_counsellor"]}
    )
    assert response.status_code == 302
    assert LearnerProfile.objects.get(user=user).professions == ["doctor", "genetic_counsellor"]
    client.post("/en/cpd/professions/", {"professions": ["astronaut"]})  # refused
    assert LearnerProfile.objects.get(user=user).professions == ["doctor", "genetic_counsellor"]
    page = client.get("/en/cpd/").text
    checked = set(re.findall(r'value="(\w+)" id="id_professions_\d+" checked', page))
    assert checked == {"doctor", "genetic_counsellor"}
