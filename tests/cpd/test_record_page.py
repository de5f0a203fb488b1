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
    # session, user, memberships, categories; per scheme: totals (which count the entries too)
    # and a page of entries; the user's permissions (the page shell's menu and site come from
    # the cache); the sessions to evaluate, the learner's claims and professions; the join
    # form's "any scheme left to add" check
    with django_assert_num_queries(14):
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


# -- the entries, a page at a time ---------------------------------------------------------------
def _entries(user, scheme, count: int) -> dt.date:
    """`count` one-point entries titled "Entry 000" onwards, a day apart from the start of the
    current cycle (so entry n is older than entry n + 1). Returns the cycle's start."""
    from cpd import services

    membership = Membership.objects.get(user=user, scheme=scheme)
    start = services.cycle_on(membership, services.hong_kong_date(timezone.now())).start
    LedgerEntry.objects.bulk_create(
        LedgerEntry(
            user=user,
            scheme=scheme,
            category_code="general",
            points=D(1),
            activity_date=start + dt.timedelta(days=n),
            source_kind="event",
            source_ref=f"{scheme.code}-{n}",
            title=f"Entry {n:03d}",
            awarded_by_label="test",
            recorded_at=timezone.now(),
            digest=f"{scheme.pk:08d}{n:056d}",
        )
        for n in range(count)
    )
    return start


def _titles(html: str) -> list[str]:
    return re.findall(r"<td>(Entry \d{3})</td>", html)


def _figures(html: str) -> str:
    """Everything about the scheme from its summary to the entries table, which is not paged."""
    part = html[html.index('<p class="cpd-scheme__summary">') : html.index("cpd-entries__note")]
    return re.sub(r'name="csrfmiddlewaretoken" value="\w+"', "", part)  # a new token each time


@pytest.fixture
def sixty(client):
    scheme = make.scheme()
    user = make.member("a@example.org", scheme)
    _entries(user, scheme, 60)
    client.force_login(user)
    return Membership.objects.get(user=user)


def test_the_entries_come_newest_first_fifty_a_page(client, sixty):
    first = client.get("/en/cpd/").text
    assert _titles(first) == [f"Entry {n:03d}" for n in range(59, 9, -1)]
    key = f"page-{sixty.pk}"
    second = client.get(f"/en/cpd/?{key}=2").text
    assert _titles(second) == [f"Entry {n:03d}" for n in range(9, -1, -1)]  # the older ten


def test_the_pagination_is_labelled_and_marks_the_current_page(client, sixty):
    key = f"page-{sixty.pk}"
    first = client.get("/en/cpd/").text
    assert '<nav class="pagination" aria-label="Pages of entries under Scheme test-cme">' in first
    assert '<span aria-current="page">Page 1 of 2</span>' in first
    assert f'<a rel="next" href="/en/cpd/?{key}=2#entries-{sixty.pk}">Next page</a>' in first
    assert 'rel="prev"' not in first
    second = client.get(f"/en/cpd/?{key}=2").text
    assert '<span aria-current="page">Page 2 of 2</span>' in second
    assert f'<a rel="prev" href="/en/cpd/?{key}=1#entries-{sixty.pk}">Previous page</a>' in second
    assert 'rel="next"' not in second
    assert f'<table class="cpd-entries" id="entries-{sixty.pk}">' in second  # the links' target
    chinese = client.get(f"/zh-hant/cpd/?{key}=2").text
    assert "第 2 頁，共 2 頁" in chinese and "上一頁" in chinese


def test_the_figures_cover_every_entry_whichever_the_page(client, sixty):
    first = client.get("/en/cpd/").text
    second = client.get(f"/en/cpd/?page-{sixty.pk}=2").text
    assert "60 of 90 points counted" in first
    assert _figures(first) == _figures(second)
    # the chart's line climbs to the 60 points of all the entries: 60 of a 90-point top
    assert re.search(r'<polyline class="cpd-chart__earned" points="[^"]*,69\.3"', first)


@pytest.mark.parametrize(
    ("number", "shown"),
    [("abc", 1), ("", 1), ("0", 1), ("-3", 1), ("1.5", 1), ("9" * 5000, 1), ("3", 2), ("999", 2)],
)
def test_a_bad_page_number_gives_the_first_or_last_page(client, sixty, number, shown):
    response = client.get("/en/cpd/", {f"page-{sixty.pk}": number})
    assert response.status_code == 200
    assert f'<span aria-current="page">Page {shown} of 2</span>' in response.text
    assert ("Entry 059" in response.text) == (shown == 1)


def test_the_page_points_to_the_transcript_which_has_every_entry(client, sixty):
    html = client.get("/en/cpd/").text
    url = f"/en/cpd/{sixty.pk}/transcript.csv"
    note = html[
        html.index('<p class="cpd-entries__note">') : html.index('<table class="cpd-entries"')
    ]
    assert "60 entries this cycle, newest first." in note
    assert "Every entry is in this cycle's transcript:" in note and f'href="{url}"' in note
    transcript = client.get(url).content.decode()
    assert all(f"Entry {n:03d}" in transcript for n in range(60))


def test_each_scheme_pages_on_its_own(client):
    a, b = make.scheme("a"), make.scheme("b")
    user = make.member("a@example.org", a, b)
    _entries(user, a, 60)
    _entries(user, b, 60)
    client.force_login(user)
    ours = {
        m.scheme.code: m.pk for m in Membership.objects.filter(user=user).select_related("scheme")
    }
    html = client.get(f"/en/cpd/?page-{ours['a']}=2").text
    assert html.count("Page 2 of 2") == 1 and html.count("Page 1 of 2") == 1
    # b's link to its next page keeps a on its second
    assert f'href="/en/cpd/?page-{ours["a"]}=2&amp;page-{ours["b"]}=2#entries-{ours["b"]}"' in html


def test_a_short_record_has_no_pagination(client):
    scheme = make.scheme()
    user = make.member("a@example.org", scheme)
    _entries(user, scheme, 50)
    client.force_login(user)
    html = client.get("/en/cpd/").text
    assert len(_titles(html)) == 50 and 'class="pagination"' not in html


def test_an_empty_cycle_has_the_transcript_links_without_the_count(client):
    scheme = make.scheme()
    user = make.member("a@example.org", scheme)
    client.force_login(user)
    html = client.get("/en/cpd/").text
    note = html[
        html.index('<p class="cpd-entries__note">') : html.index(
            "</p>", html.index("cpd-entries__note")
        )
    ]
    assert "transcript.csv" in note and "transcript.pdf" in note
    assert "this cycle, newest first" not in note and "Every entry" not in note
    assert "No points in this cycle yet." in html and 'class="pagination"' not in html


def test_the_pages_of_a_refused_join_form_lead_to_the_record(client, sixty):
    response = client.post("/en/cpd/join/", {"scheme": "abc"})
    assert response.status_code == 400
    assert f'<a rel="next" href="/en/cpd/?page-{sixty.pk}=2#entries-{sixty.pk}">' in response.text
