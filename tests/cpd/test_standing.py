"""Staff reports: each member on track, at risk or short, computed for a whole scheme in a fixed
number of queries, shown and exported to CPD administrators only."""

import csv
import datetime as dt
import io
from decimal import Decimal

import pytest

from cpd import services
from tests.cpd import factories as make

pytestmark = pytest.mark.django_db
D = Decimal


def members():
    scheme = make.scheme()  # 90 points, 2026-01-01 to 2028-12-31 (1,096 days)
    ahead = make.member("ahead@example.org", scheme)
    behind = make.member("behind@example.org", scheme)
    done = make.member("done@example.org", scheme)
    make.award(ahead, scheme, "50", "a", dt.date(2026, 2, 1))
    make.award(behind, scheme, "30", "b", dt.date(2026, 2, 1))
    make.award(done, scheme, "90", "c", dt.date(2026, 2, 1))
    return scheme


def standings(scheme, on):
    return {
        p.membership.user.email: services.standing(p)
        for p in services.progress_of_members(scheme, on=on)
    }


def test_standing_follows_the_pace_of_the_cycle():
    scheme = members()
    # 2027-07-02 is day 548 of 1,096: half the cycle gone, 45 points expected by now
    assert standings(scheme, dt.date(2027, 7, 2)) == {
        "ahead@example.org": "on_track",
        "behind@example.org": "at_risk",
        "done@example.org": "on_track",
    }
    # 91 days left: behind the pace is now short
    assert standings(scheme, dt.date(2028, 10, 1)) == {
        "ahead@example.org": "short",
        "behind@example.org": "short",
        "done@example.org": "on_track",
    }


def test_the_whole_scheme_takes_a_fixed_number_of_queries(django_assert_num_queries):
    scheme = members()
    for number in range(20):
        make.award(
            make.member(f"m{number}@example.org", scheme),
            scheme,
            "1",
            f"m{number}",
            dt.date(2026, 2, 1),
        )
    # memberships with their users, the entries' totals, the categories
    with django_assert_num_queries(3):
        assert len(services.progress_of_members(scheme, on=dt.date(2027, 7, 2))) == 23


def test_the_report_and_its_export_are_for_cpd_administrators(client):
    scheme = members()
    admin = make.staff("CPD administrators")
    client.force_login(admin)
    page = client.get("/admin/cpd/standing/", {"scheme": scheme.code, "on": "2027-07-02"})
    assert page.status_code == 200 and "behind@example.org" in page.text
    export = client.get(
        "/admin/cpd/standing/",
        {"scheme": scheme.code, "standing": "on_track", "format": "csv", "on": "2027-07-02"},
    )
    table = list(csv.reader(io.StringIO(export.content.decode()[1:])))
    assert {row[3] for row in table[1:]} == {"ahead@example.org", "done@example.org"}
    assert {row[7] for row in table[1:]} == {"On track"}
    editor = make.staff("Editors")
    client.force_login(editor)
    assert client.get("/admin/cpd/standing/", {"scheme": scheme.code}).status_code in (302, 403)
