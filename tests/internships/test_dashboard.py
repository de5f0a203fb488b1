"""The coordinator's cohort dashboard and exports: hours against target, competencies,
evaluations, at-risk flags, a chart with a text equivalent; CSV and XLSX with the same rows;
a constant number of queries whatever the cohort's size; and the weekly digests."""

import csv
import datetime as dt
import io
from decimal import Decimal

import pytest
from django.core import mail
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from cpd.internships import reminders, services
from cpd.internships.models import DigestSent, EntryStatus, LogbookEntry
from tests.internships import factories as make
from tests.internships.factories import World

pytestmark = pytest.mark.django_db
D = Decimal
NOW = dt.datetime(2026, 7, 1, 4, 0, tzinfo=dt.UTC)


@pytest.fixture
def world():
    made = World()
    entry = services.log_hours(
        made.placement,
        by=made.student,
        day=dt.date(2026, 6, 2),
        hours=D(6),
        area_code="lab",
        activity="Bench",
        now=NOW,
    )
    services.review_entry(entry, by=made.supervisor, approve=True, now=NOW)
    return made


def _add_students(world, count: int) -> None:
    for n in range(count):
        student = make.user(f"extra{n}@example.org")
        placement = make.placement(world.cohort, student, world.supervisor, number=f"X{n:04d}")
        LogbookEntry.objects.create(
            placement=placement,
            day=dt.date(2026, 6, 3),
            hours=D(2),
            area_code="bio",
            activity="Pipeline",
            status=EntryStatus.APPROVED,
            submitted_at=NOW,
        )


def _queries(client, url) -> int:
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


def test_the_dashboard_costs_the_same_queries_at_two_sizes(world, client):
    client.force_login(world.coordinator)
    url = reverse("internships:cohort", args=[world.cohort.pk])
    _add_students(world, 3)
    client.get(url)  # the first request of a session does more (the session, the user's groups)
    small = _queries(client, url)
    for n in range(3, 30):
        student = make.user(f"more{n}@example.org")
        make.placement(world.cohort, student, world.supervisor, number=f"M{n:04d}")
    large = _queries(client, url)
    assert small == large == 12, (small, large)  # the page shell's menu is cached


def test_the_dashboard_shows_progress_and_who_is_at_risk(world, client):
    client.force_login(world.coordinator)
    html = client.get(reverse("internships:cohort", args=[world.cohort.pk])).content.decode()
    assert world.placement.student_number in html and "6 / 20" in html
    assert "<svg" in html and "<figcaption>" in html  # the chart and its text equivalent
    assert "behind on hours" in html or "evaluation overdue" in html


def test_csv_and_xlsx_exports_carry_the_same_rows(world, client):
    from openpyxl import load_workbook

    _add_students(world, 2)
    client.force_login(world.coordinator)
    response = client.get(reverse("internships:cohort_export", args=[world.cohort.pk, "csv"]))
    assert response["Content-Disposition"].startswith("attachment")
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[0][:3] == ["Student number", "Name", "Chinese name"]
    by_number = {row[0]: row for row in rows[1:]}
    assert by_number[world.placement.student_number][6] == "6.00"
    xlsx = client.get(reverse("internships:cohort_export", args=[world.cohort.pk, "xlsx"]))
    sheet = load_workbook(io.BytesIO(xlsx.content)).active
    values = list(sheet.iter_rows(values_only=True))
    assert [list(map(str, v[:2])) for v in values[1:]] == [r[:2] for r in rows[1:]]
    assert len(values) == len(rows) == 4


def test_a_spreadsheet_formula_in_a_name_is_defused(world, client):
    world.student.first_name = '=HYPERLINK("http://evil")'
    world.student.save()
    client.force_login(world.coordinator)
    body = client.get(
        reverse("internships:cohort_export", args=[world.cohort.pk, "csv"])
    ).content.decode("utf-8-sig")
    assert "'=HYPERLINK" in body


def test_weekly_digests_go_once_a_week_to_whom_they_concern(world):
    services.log_hours(
        world.placement,
        by=world.student,
        day=dt.date(2026, 6, 3),
        hours=D(3),
        area_code="lab",
        activity="Waiting",
        now=NOW,
    )
    today = dt.date(2026, 7, 6)
    sent = reminders.send_weekly_digests(today)
    to = {m.to[0]: m for m in mail.outbox}
    assert sent == 4 and set(to) == {
        world.supervisor.email,
        world.other_supervisor.email,
        world.coordinator.email,
        world.other_coordinator.email,
    }
    assert "1 logbook entries to sign off" in to[world.supervisor.email].body
    assert "Midpoint evaluation due 2026-06-29" in to[world.supervisor.email].body
    # each coordinator hears of their own university's students only
    assert world.placement.student_number in to[world.coordinator.email].body
    assert world.other_placement.student_number not in to[world.coordinator.email].body
    assert world.placement.student_number not in to[world.other_coordinator.email].body
    assert reminders.send_weekly_digests(today) == 0
    assert len(mail.outbox) == 4 and DigestSent.objects.count() == 4
    assert reminders.send_weekly_digests(today + dt.timedelta(days=7)) == 4


def test_each_row_shows_its_figures_link_and_reasons_as_text(world, client):
    client.force_login(world.coordinator)
    html = client.get(reverse("internships:cohort", args=[world.cohort.pk])).content.decode()
    url = reverse("internships:placement", args=[world.placement.pk])
    number = world.placement.student_number
    assert f'<a href="{url}">Test stu-a</a> <span class="helptext">{number}</span>' in html
    row = html[
        html.index(f'<a href="{url}">') : html.index("</tr>", html.index(f'<a href="{url}">'))
    ]
    # 6 of 20 hours; the placement is over, so all 20 were expected; no competency or evaluation
    assert "<td>6 / 20</td>" in row and "<td>20</td>" in row and "<td>0 / 2</td>" in row
    assert "<strong>behind on hours; evaluation overdue</strong>" in row


def test_the_chart_and_the_table_escape_a_name(world, client):
    world.student.first_name = '<b>"x"</b>'
    world.student.save()
    client.force_login(world.coordinator)
    html = client.get(reverse("internships:cohort", args=[world.cohort.pk])).content.decode()
    assert "<b>" not in html
    assert html.count("&lt;b&gt;&quot;x&quot;&lt;/b&gt; stu-a") == 2  # the chart, the table


@pytest.mark.parametrize("language", ["en", "zh-hant"])
@pytest.mark.parametrize("value", ["0", "6", "6.5", "6.25", "6.005", "19.999", "1234.5", "-2.5"])
def test_hours_are_written_as_the_templates_floatformat_writes_them(language, value):
    from django.template.defaultfilters import floatformat
    from django.utils import formats, translation

    from cpd.internships.exports import _hours_text

    with translation.override(language):
        separator = formats.get_format("DECIMAL_SEPARATOR")
        assert _hours_text(D(value), separator) == floatformat(D(value), "-2")


def test_progress_by_cohort_is_progress_by_placement_ids(world):
    from cpd.internships.models import Evaluation

    _add_students(world, 3)
    Evaluation.objects.create(
        placement=world.placement,
        stage="final",
        kind="supervisor",
        ratings={"knowledge": 4, "communication": 5},
        submitted_by=world.supervisor,
        submitted_at=NOW,
    )
    placements = list(world.cohort.placements.select_related("cohort__programme"))
    by_ids = services.progress_for(placements)
    by_cohort = services.progress_for(placements, cohort=world.cohort)
    assert by_ids == by_cohort
    assert by_cohort[world.placement.pk].final_mean == D("4.50")
    # a placement added after the list was read is left out, not an error
    make.placement(world.cohort, make.user("late@example.org"), world.supervisor, number="L1")
    assert services.progress_for(placements, cohort=world.cohort).keys() == by_ids.keys()
