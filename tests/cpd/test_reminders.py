"""Monthly reminders: to learners whose cycle ends within six months with points missing, in
their language, once a month, never to those who turned them off or are on track."""

import datetime as dt
from decimal import Decimal

import pytest

from cpd import reminders, services
from cpd.models import CycleReminder, Membership
from tests.cpd import factories as make

pytestmark = pytest.mark.django_db
D = Decimal


def setup_members():
    scheme = make.scheme(points_required=D(10))  # cycle 2026-01-01 to 2028-12-31
    short = make.member("short@example.org", scheme)
    short.preferred_language = "zh-hant"
    short.first_name = "Short"
    short.save()
    done = make.member("done@example.org", scheme)
    services.award(
        done,
        scheme=scheme,
        category_code="general",
        points=D(10),
        activity_date=dt.date(2027, 1, 1),
        source_kind="event",
        source_ref="x",
        title="x",
    )
    quiet = make.member("quiet@example.org", scheme)
    services.set_reminders(quiet.cpd_memberships.get(), False)
    return scheme, short


def test_reminders_go_to_those_short_in_the_last_six_months_once_a_month(mailoutbox):
    _scheme, short = setup_members()
    assert reminders.send_cycle_reminders(dt.date(2028, 6, 30)) == 0  # six months and a day
    assert reminders.send_cycle_reminders(dt.date(2028, 7, 1)) == 1
    assert [m.to for m in mailoutbox] == [["short@example.org"]]
    assert "10" in mailoutbox[0].body and "尚" in mailoutbox[0].body
    assert reminders.send_cycle_reminders(dt.date(2028, 7, 15)) == 0  # same month
    assert reminders.send_cycle_reminders(dt.date(2028, 8, 1)) == 1
    assert CycleReminder.objects.filter(membership__user=short).count() == 2


def test_a_learner_turns_reminders_off_and_on(client):
    scheme = make.scheme()
    user = make.member("a@example.org", scheme)
    membership = user.cpd_memberships.get()
    client.force_login(user)
    assert client.post(f"/en/cpd/{membership.pk}/reminders/", {}).status_code == 302
    assert not Membership.objects.get().reminders
    client.post(f"/en/cpd/{membership.pk}/reminders/", {"reminders": "on"})
    assert Membership.objects.get().reminders
    other = make.member("b@example.org", scheme)
    client.force_login(other)
    assert client.post(f"/en/cpd/{membership.pk}/reminders/", {}).status_code == 404
    assert Membership.objects.get(user=user).reminders
