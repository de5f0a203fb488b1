"""Event attendance: QR and short-code check-in only during the session window and only signed
in, points under each scheme by its event rule with the caps holding across sessions, and
attendance lists imported all rows or none."""

import datetime as dt
from decimal import Decimal

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db.models import Sum

from cpd import attendance, services
from cpd.models import Attendance, CPDEvent, CPDSession, LedgerEntry
from tests.cpd import factories as make

pytestmark = pytest.mark.django_db
D = Decimal
HKT = dt.timezone(dt.timedelta(hours=8))


def at(day, clock):
    return dt.datetime.fromisoformat(f"{day}T{clock}").replace(tzinfo=HKT)


def event_with_sessions():
    event = CPDEvent(
        title="Genomic medicine symposium",
        title_en="Genomic medicine symposium",
        organiser="Institute",
    )
    event.sessions = [
        CPDSession(
            title="Morning",
            title_en="Morning",
            starts_at=at("2026-03-02", "09:00"),
            ends_at=at("2026-03-02", "13:00"),
        ),
        CPDSession(
            title="Afternoon",
            title_en="Afternoon",
            starts_at=at("2026-03-02", "14:00"),
            ends_at=at("2026-03-02", "18:00"),
        ),
        CPDSession(
            title="Day two",
            title_en="Day two",
            starts_at=at("2026-03-03", "09:00"),
            ends_at=at("2026-03-03", "13:00"),
        ),
    ]
    event.save()
    return event, list(event.sessions.order_by("starts_at"))


def schemes():
    capped = make.scheme(
        "mchk",
        rules=[
            (
                "event",
                "general",
                {
                    "points_per_hour": D(1),
                    "cap_per_half_day": D(3),
                    "cap_per_day": D(5),
                    "cap_per_event": D(7),
                },
            )
        ],
    )
    plain = make.scheme("plain", rules=[("event", "general", {"points_per_hour": D("0.5")})])
    return capped, plain


def test_checking_in_awards_each_scheme_by_its_rule_with_the_caps_across_sessions():
    capped, plain = schemes()
    user = make.member("doctor@example.org", capped, plain)
    _event, (morning, afternoon, day_two) = event_with_sessions()
    attendance.check_in(user, morning, "qr", now=at("2026-03-02", "08:45"))
    attendance.check_in(user, afternoon, "code", now=at("2026-03-02", "14:10"))
    attendance.check_in(user, day_two, "qr", now=at("2026-03-03", "12:59"))
    points = dict(LedgerEntry.objects.values_list("scheme__code").annotate(total=Sum("points")))
    # capped: 3 (morning) + 2 (afternoon: the day's cap of 5) + 2 (day two: the event's cap of 7)
    # plain: 0.5 per hour for 12 hours
    assert points == {"mchk": D(7), "plain": D(6)}
    assert LedgerEntry.objects.filter(scheme=capped).count() == 3
    # checking in again changes nothing
    attendance.check_in(user, morning, "qr", now=at("2026-03-02", "09:30"))
    assert Attendance.objects.count() == 3 and LedgerEntry.objects.count() == 6


@pytest.mark.parametrize("clock", ["08:29", "13:01"])
def test_check_in_only_works_during_the_session_window(clock):
    capped, _plain = schemes()
    user = make.member("doctor@example.org", capped)
    _event, (morning, *_rest) = event_with_sessions()
    with pytest.raises(services.CPDError, match="30 minutes"):
        attendance.check_in(user, morning, "qr", now=at("2026-03-02", clock))
    assert not Attendance.objects.exists() and not LedgerEntry.objects.exists()


def test_the_qr_page_needs_a_sign_in_and_a_press_of_the_button(client, monkeypatch):
    capped, _plain = schemes()
    user = make.member("doctor@example.org", capped)
    _event, (morning, *_rest) = event_with_sessions()
    url = f"/en/cpd/check-in/{morning.token}/"
    assert client.get(url).status_code == 302  # to the sign-in page
    client.force_login(user)
    assert client.get(url).status_code == 200
    assert not Attendance.objects.exists()  # opening the link checks nobody in
    monkeypatch.setattr("django.utils.timezone.now", lambda: at("2026-03-02", "10:00"))
    assert client.post(url).status_code == 302
    assert Attendance.objects.get().how == "qr"
    assert client.get("/en/cpd/check-in/not-a-token/").status_code == 404


def test_the_short_code_form(client, monkeypatch):
    capped, _plain = schemes()
    user = make.member("doctor@example.org", capped)
    _event, (morning, *_rest) = event_with_sessions()
    client.force_login(user)
    monkeypatch.setattr("django.utils.timezone.now", lambda: at("2026-03-02", "10:00"))
    wrong = client.post(
        "/en/cpd/check-in/", {"code": "ZZZZZZ" if morning.code != "ZZZZZZ" else "YYYYYY"}
    )
    assert wrong.status_code == 400 and "No session has that code" in wrong.text
    assert client.post("/en/cpd/check-in/", {"code": morning.code.lower()}).status_code == 302
    assert Attendance.objects.get().how == "code"


def test_an_attendance_list_is_recorded_whole_or_not_at_all():
    capped, _plain = schemes()
    a = make.member("a@example.org", capped)
    make.member("b@example.org", capped)
    _event, (morning, *_rest) = event_with_sessions()
    bad = b"Email,Name\na@example.org,A\nnobody@example.org,N\n,Blank\n\nA@example.org,A\n"
    with pytest.raises(attendance.ListRejected) as rejected:
        attendance.import_list(morning, bad)
    assert [(p.line, p.message) for p in rejected.value.problems] == [
        (3, "No learner has the email nobody@example.org."),
        (4, "The email is empty."),
        (6, "a@example.org is listed twice."),  # line 5 is blank
    ]
    assert not Attendance.objects.exists() and not LedgerEntry.objects.exists()
    with pytest.raises(attendance.ListRejected) as no_column:
        attendance.import_list(morning, b"name\nA\n")
    assert "email" in no_column.value.problems[0].message
    assert (
        attendance.import_list(morning, b"\xef\xbb\xbfemail\na@example.org\nb@example.org\n") == 2
    )
    assert attendance.import_list(morning, b"email\na@example.org\n") == 0  # again: nothing new
    assert LedgerEntry.objects.filter(user=a).get().points == 3


def test_organisers_see_the_qr_code_and_upload_lists(client):
    capped, _plain = schemes()
    make.member("a@example.org", capped)
    _event, (morning, *_rest) = event_with_sessions()
    admin = make.staff("CPD administrators")
    client.force_login(admin)
    page = client.get(f"/admin/cpd/sessions/{morning.pk}/")
    assert page.status_code == 200 and "<svg" in page.text and morning.code in page.text
    refused = client.post(
        f"/admin/cpd/sessions/{morning.pk}/",
        {"attendance_list": SimpleUploadedFile("list.csv", b"email\nnobody@example.org\n")},
    )
    assert refused.status_code == 400 and "Line 2" in refused.text
    done = client.post(
        f"/admin/cpd/sessions/{morning.pk}/",
        {"attendance_list": SimpleUploadedFile("list.csv", b"email\na@example.org\n")},
    )
    assert done.status_code == 302 and Attendance.objects.count() == 1
    editor = make.staff("Editors")
    client.force_login(editor)
    assert client.get(f"/admin/cpd/sessions/{morning.pk}/").status_code in (302, 403)


def test_where_the_event_asks_for_an_evaluation_points_wait_for_it(client, monkeypatch):
    capped, _plain = schemes()
    user = make.member("doctor@example.org", capped)
    event, (morning, afternoon, _day_two) = event_with_sessions()
    event.requires_evaluation = True
    event.save()
    attended = attendance.check_in(user, morning, "qr", now=at("2026-03-02", "09:00"))
    attendance.check_in(user, afternoon, "qr", now=at("2026-03-02", "14:00"))
    assert not LedgerEntry.objects.exists()
    client.force_login(user)
    record = client.get("/en/cpd/")
    assert f"/en/cpd/attendance/{attended.pk}/evaluate/" in record.text
    url = f"/en/cpd/attendance/{attended.pk}/evaluate/"
    assert client.post(url, {"rating": "9"}).status_code == 400
    assert not LedgerEntry.objects.exists()
    assert client.post(url, {"rating": "4", "comment": "Good cases"}).status_code == 302
    # only the evaluated morning counts: 4 hours capped at 3 for the half day
    assert LedgerEntry.objects.get().points == 3
    with pytest.raises(services.CPDError, match="already"):
        attendance.evaluate(attended, rating=5)
    other = make.member("other@example.org", capped)
    client.force_login(other)
    assert client.get(url).status_code == 404
