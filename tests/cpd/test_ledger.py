"""The CPD record: cycles at Hong Kong midnight, points from hours with their caps, the ledger
(idempotent awards, corrections, append-only, tamper-evident) and progress with caps and
minimums, every figure checked against a hand-computed case."""

import datetime as dt
from decimal import Decimal

import pytest
from django.db import DatabaseError, connection, transaction

from cpd import demo, services
from cpd.models import LedgerEntry, Membership, Scheme, SourceKind
from tests.cpd import factories as make

pytestmark = pytest.mark.django_db
D = Decimal
HKT = dt.timezone(dt.timedelta(hours=8))


def award(user, scheme, points, day, ref, category="general", **extra):
    return services.award(
        user,
        scheme=scheme,
        category_code=category,
        points=D(points),
        activity_date=day,
        source_kind=extra.pop("kind", SourceKind.EVENT),
        source_ref=ref,
        title=f"Activity {ref}",
        **extra,
    )


# -- demo schemes --------------------------------------------------------------------------------
def test_the_demo_schemes_load_once_marked_as_demo_data(home_page):
    from accounts import demo as accounts_demo

    accounts_demo.load()
    demo.load()
    demo.load()
    codes = set(Scheme.objects.values_list("code", flat=True))
    assert codes == {"hkam-cme", "mchk-cme", "nursing-cne", "mlt-cpd", "gc-cpd"}
    assert not Scheme.objects.filter(is_demo=False).exists()
    hkam = Scheme.objects.get(code="hkam-cme")
    assert hkam.points_required == 90 and hkam.categories.get(code="cpd").minimum == 15
    assert Scheme.objects.get(code="nursing-cne").points_required == 45
    assert hkam.name_zh_hans  # derived from the Traditional name
    learner = Membership.objects.filter(user__email="learner@example.org")
    assert sorted(learner.values_list("scheme__code", flat=True)) == ["hkam-cme", "mchk-cme"]


# -- cycles ----------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("day", "start", "end"),
    [
        ("2026-01-01", "2026-01-01", "2028-12-31"),
        ("2028-12-31", "2026-01-01", "2028-12-31"),
        ("2029-01-01", "2029-01-01", "2031-12-31"),
        ("2025-12-31", "2023-01-01", "2025-12-31"),
        ("2016-06-15", "2014-01-01", "2016-12-31"),
    ],
)
def test_fixed_cycles_follow_each_other_from_the_first_year(day, start, end):
    scheme = make.scheme()
    membership = Membership(scheme=scheme)
    cycle = services.cycle_on(membership, dt.date.fromisoformat(day))
    assert (cycle.start.isoformat(), cycle.end.isoformat()) == (start, end)


def test_a_cycle_starting_on_1_july():
    scheme = make.scheme(cycle_start_month=7, first_cycle_year=2025)
    membership = Membership(scheme=scheme)
    assert services.cycle_on(membership, dt.date(2025, 6, 30)) == services.Cycle(
        dt.date(2022, 7, 1), dt.date(2025, 6, 30)
    )
    assert services.cycle_on(membership, dt.date(2025, 7, 1)).end == dt.date(2028, 6, 30)


def test_per_learner_cycles_start_on_the_learners_date_even_on_29_february():
    scheme = make.scheme(per_learner=True)
    membership = Membership(scheme=scheme, cycle_start_date=dt.date(2024, 2, 29))
    first = services.cycle_on(membership, dt.date(2025, 5, 1))
    assert (first.start, first.end) == (dt.date(2024, 2, 29), dt.date(2027, 2, 27))
    second = services.cycle_on(membership, dt.date(2027, 2, 28))
    assert second.start == dt.date(2027, 2, 28)
    assert [year.start for year in first.years()] == [
        dt.date(2024, 2, 29),
        dt.date(2025, 2, 28),
        dt.date(2026, 2, 28),
    ]


def test_per_learner_schemes_need_the_learners_start_date():
    scheme = make.scheme(per_learner=True)
    user = make.member("a@example.org")
    with pytest.raises(services.CPDError, match="start date"):
        services.join(user, scheme)
    assert not Membership.objects.exists()


@pytest.mark.parametrize(
    ("utc", "day"),
    [
        (dt.datetime(2025, 12, 31, 15, 59, tzinfo=dt.UTC), dt.date(2025, 12, 31)),
        (dt.datetime(2025, 12, 31, 16, 0, tzinfo=dt.UTC), dt.date(2026, 1, 1)),
    ],
)
def test_dates_are_hong_kong_dates_at_midnight(utc, day):
    assert services.hong_kong_date(utc) == day


def test_a_scheme_with_a_fixed_start_needs_a_date_every_year_has():
    scheme = make.scheme("ok")
    scheme.cycle_start_day, scheme.cycle_start_month = 29, 2
    with pytest.raises(Exception, match="every year"):
        scheme.full_clean()


# -- points from hours -------------------------------------------------------------------------
def _session(day, start, end):
    return services.Session(
        dt.datetime.fromisoformat(f"{day}T{start}").replace(tzinfo=HKT),
        dt.datetime.fromisoformat(f"{day}T{end}").replace(tzinfo=HKT),
    )


def test_session_points_are_capped_per_half_day_day_and_event():
    scheme = make.scheme(
        rules=[
            (
                "event",
                "general",
                {
                    "points_per_hour": D(1),
                    "cap_per_half_day": D(3),
                    "cap_per_day": D(5),
                    "cap_per_event": D(10),
                },
            )
        ]
    )
    rule = services.rule_for(scheme, "event")
    # Each full day: 4 h in the morning → 3 (half-day cap), 4 h after 13:00 → 3; 6 → 5 (day
    # cap). Two full days → 10, a third morning of 1.5 h → 11.5 → 10 (event cap).
    sessions = []
    for day in ("2026-03-02", "2026-03-03"):
        sessions += [_session(day, "09:00", "13:00"), _session(day, "14:00", "18:00")]
    assert services.points_for_sessions(rule, sessions) == D("10.00")
    assert services.points_for_sessions(rule, sessions[:2]) == D("5.00")
    assert services.points_for_sessions(rule, [_session("2026-03-04", "09:00", "10:30")]) == D(
        "1.50"
    )
    # 12:30 is the morning, 13:00 the afternoon: two half days, each under its cap.
    split = [_session("2026-03-05", "12:00", "13:00"), _session("2026-03-05", "13:00", "15:30")]
    assert services.points_for_sessions(rule, split) == D("3.50")


def test_hours_times_a_fractional_rate_rounds_to_cents():
    scheme = make.scheme(rules=[("self_study", "general", {"points_per_hour": D("0.5")})])
    rule = services.rule_for(scheme, "self_study")
    assert services.points_for_hours(rule, D(4) / 3) == D("0.67")
    with pytest.raises(services.CPDError):
        services.points_for_hours(rule, D(0))


# -- the ledger ----------------------------------------------------------------------------------
def test_an_award_is_recorded_once_per_source_and_scheme():
    scheme = make.scheme()
    user = make.member("a@example.org", scheme)
    first = award(user, scheme, "2.5", dt.date(2026, 3, 1), "event-1")
    again = award(user, scheme, "9", dt.date(2026, 3, 1), "event-1")
    assert again.pk == first.pk and again.points == D("2.50")
    assert LedgerEntry.objects.count() == 1
    assert first.awarded_by_label == "system"


def test_one_activity_earns_points_under_each_scheme_by_its_own_rules():
    a, b = make.scheme("a"), make.scheme("b")
    user = make.member("a@example.org", a, b)
    award(user, a, "3", dt.date(2026, 3, 1), "event-1")
    award(user, b, "1.5", dt.date(2026, 3, 1), "event-1")
    assert sorted(LedgerEntry.objects.values_list("scheme__code", "points")) == [
        ("a", D("3.00")),
        ("b", D("1.50")),
    ]


@pytest.mark.parametrize(
    ("points", "category", "member", "message"),
    [
        ("0", "general", True, "more than zero"),
        ("-1", "general", True, "more than zero"),
        ("1", "nope", True, "no category"),
        ("1", "general", False, "not a member"),
    ],
)
def test_bad_awards_are_refused_and_record_nothing(points, category, member, message):
    scheme = make.scheme()
    user = make.member("a@example.org", *([scheme] if member else []))
    with pytest.raises(services.CPDError, match=message):
        award(user, scheme, points, dt.date(2026, 3, 1), "x", category=category)
    assert not LedgerEntry.objects.exists()


def test_a_correction_reverses_an_entry_once_with_a_reason(admin_user):
    scheme = make.scheme()
    user = make.member("a@example.org", scheme)
    entry = award(user, scheme, "4", dt.date(2026, 3, 1), "event-1")
    with pytest.raises(services.CPDError, match="why"):
        services.reverse(entry, by=admin_user, reason="  ")
    reversal = services.reverse(entry, by=admin_user, reason="Attendance recorded twice")
    assert reversal.points == D("-4.00") and reversal.reverses == entry
    assert (
        reversal.source_kind == SourceKind.REVERSAL
        and admin_user.email in reversal.awarded_by_label
    )
    with pytest.raises(services.CPDError, match="already"):
        services.reverse(entry, by=admin_user, reason="again")
    with pytest.raises(services.CPDError, match="cannot itself"):
        services.reverse(reversal, by=admin_user, reason="undo")
    # the source stays awarded: asking again gives the original, not a new entry
    assert award(user, scheme, "4", dt.date(2026, 3, 1), "event-1") == entry
    progress = services.progress(user.cpd_memberships.get(), on=dt.date(2026, 6, 1))
    assert progress.counted == 0


def test_an_adjustment_needs_a_reason_and_a_change(admin_user):
    scheme = make.scheme()
    user = make.member("a@example.org", scheme)
    for points, reason, message in (("2", "", "why"), ("0", "typo", "change")):
        with pytest.raises(services.CPDError, match=message):
            services.adjust(
                user,
                scheme=scheme,
                category_code="general",
                points=D(points),
                activity_date=dt.date(2026, 3, 1),
                by=admin_user,
                reason=reason,
            )
    entry = services.adjust(
        user,
        scheme=scheme,
        category_code="general",
        points=D("-1.25"),
        activity_date=dt.date(2026, 3, 1),
        by=admin_user,
        reason="Points from a withdrawn certificate",
    )
    assert entry.points == D("-1.25") and entry.reason.startswith("Points from")


def test_entries_are_never_changed_or_deleted_by_the_model():
    scheme = make.scheme()
    user = make.member("a@example.org", scheme)
    entry = award(user, scheme, "1", dt.date(2026, 3, 1), "event-1")
    entry.points = D(50)
    with pytest.raises(ValueError, match="never changed"):
        entry.save()
    with pytest.raises(ValueError, match="never deleted"):
        entry.delete()


def test_the_database_refuses_to_update_an_entry():
    scheme = make.scheme()
    user = make.member("a@example.org", scheme)
    entry = award(user, scheme, "1", dt.date(2026, 3, 1), "event-1")
    with pytest.raises(DatabaseError), transaction.atomic():
        LedgerEntry.objects.filter(pk=entry.pk).update(points=D(50))
    assert LedgerEntry.objects.get().points == 1


@pytest.mark.skipif(connection.vendor != "postgresql", reason="needs PostgreSQL (set DATABASE_URL)")
def test_postgresql_refuses_to_delete_an_entry():
    scheme = make.scheme()
    user = make.member("a@example.org", scheme)
    award(user, scheme, "1", dt.date(2026, 3, 1), "event-1")
    with pytest.raises(DatabaseError), transaction.atomic():
        LedgerEntry.objects.all()._raw_delete(using="default")
    assert LedgerEntry.objects.count() == 1


def test_an_entry_changed_behind_the_applications_back_is_found(admin_user):
    scheme = make.scheme()
    user = make.member("a@example.org", scheme)
    first = award(user, scheme, "1", dt.date(2026, 3, 1), "event-1")
    award(user, scheme, "2", dt.date(2026, 3, 2), "event-2")
    services.reverse(first, by=admin_user, reason="duplicate")
    assert services.verify_ledger(user) == []
    with connection.cursor() as cursor:  # what someone with database access could do
        if connection.vendor == "postgresql":
            cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")  # ALTER waits for no pending checks
            cursor.execute("ALTER TABLE cpd_ledgerentry DISABLE TRIGGER cpd_ledger_append_only")
        else:
            cursor.execute("DROP TRIGGER cpd_ledger_append_only")
        cursor.execute("UPDATE cpd_ledgerentry SET points = 20 WHERE id = %s", [first.pk])
    assert services.verify_ledger(user) == [f"Entry {first.pk} was changed after it was recorded."]


# -- progress --------------------------------------------------------------------------------------
def hkam_like():
    return make.scheme(
        "hkam",
        categories=[
            ("cme", None, D(75)),
            ("cpd", D(15), D(45)),
            ("self-study", None, D(45)),
        ],
    )


def test_progress_applies_caps_and_minimums_exactly():
    scheme = hkam_like()
    user = make.member("a@example.org", scheme)
    day = dt.date(2026, 5, 1)
    award(user, scheme, "30", day, "s1", category="self-study")
    award(user, scheme, "20.5", day, "s2", category="self-study")
    award(user, scheme, "10", day, "e1", category="cme")
    award(user, scheme, "4.75", day, "c1", category="cpd")
    award(user, scheme, "99", dt.date(2025, 12, 31), "old", category="cme")  # previous cycle
    progress = services.progress(user.cpd_memberships.get(), on=dt.date(2026, 6, 1))
    by_code = {c.code: c for c in progress.categories}
    assert (by_code["self-study"].earned, by_code["self-study"].counted) == (D("50.5"), D(45))
    assert by_code["self-study"].above_cap == D("5.5")
    assert by_code["cme"].counted == 10
    assert (by_code["cpd"].counted, by_code["cpd"].missing) == (D("4.75"), D("10.25"))
    # counted 45 + 10 + 4.75 = 59.75 of 90: 30.25 missing overall (more than cpd's 10.25)
    assert progress.counted == D("59.75")
    assert progress.above_cap == D("5.5")
    assert progress.missing == D("30.25")
    assert progress.days_left == (dt.date(2028, 12, 31) - dt.date(2026, 6, 1)).days
    assert not progress.met


def test_a_category_minimum_can_outweigh_the_total():
    scheme = hkam_like()
    user = make.member("a@example.org", scheme)
    award(user, scheme, "75", dt.date(2026, 5, 1), "e1", category="cme")
    award(user, scheme, "15", dt.date(2026, 5, 1), "s1", category="self-study")
    progress = services.progress(user.cpd_memberships.get(), on=dt.date(2026, 6, 1))
    # 90 of 90 counted, but no CPD points: the 15 CPD points are still missing
    assert progress.counted == 90 and progress.missing == 15 and not progress.met


def test_the_minimum_per_year_is_checked_year_by_year():
    scheme = make.scheme("yearly", minimum_per_year=D(20), points_required=D(30))
    user = make.member("a@example.org", scheme)
    award(user, scheme, "30", dt.date(2026, 12, 31), "e1")
    progress = services.progress(user.cpd_memberships.get(), on=dt.date(2027, 1, 1))
    assert [(y.year.start.year, y.earned, y.missing) for y in progress.years] == [
        (2026, D(30), D(0)),
        (2027, D(0), D(20)),
        (2028, D(0), D(20)),
    ]
    assert progress.missing == 0 and not progress.met


@pytest.mark.parametrize("size", [100, 1000])
def test_progress_takes_a_fixed_number_of_queries_whatever_the_entries(
    django_assert_num_queries, size
):
    scheme = make.scheme(
        "bulk", categories=[("cme", None, None), ("cpd", None, None), ("self-study", None, None)]
    )
    user = make.member("a@example.org", scheme)
    rows = [
        LedgerEntry(
            user=user,
            scheme=scheme,
            category_code=("cme", "cpd", "self-study")[i % 3],
            points=D("0.5"),
            activity_date=dt.date(2026, 1, 1) + dt.timedelta(days=i % 900),
            source_kind="event",
            source_ref=f"bulk-{i}",
            title="bulk",
            awarded_by_label="test",
            recorded_at=dt.datetime(2026, 1, 1, tzinfo=dt.UTC),
            digest=f"{i:064d}",
        )
        for i in range(size)
    ]
    LedgerEntry.objects.bulk_create(rows)
    membership = Membership.objects.select_related("scheme").get(user=user)
    with django_assert_num_queries(2):
        progress = services.progress(membership, on=dt.date(2026, 6, 1))
    assert progress.counted == D("0.5") * size
