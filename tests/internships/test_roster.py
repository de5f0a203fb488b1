"""Roster import: all rows or none, every bad row named with its reason in the coordinator's
language; the same file twice changes nothing; new students are invited; CSV or XLSX by the
file's bytes."""

import io

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from cpd.internships import roster
from cpd.internships.models import Placement
from tests.internships.factories import World

pytestmark = pytest.mark.django_db
HEADER = "name_en,name_zh,email,student_number,programme,cohort\n"


@pytest.fixture
def world():
    return World()


def _csv(*rows: str) -> bytes:
    return (HEADER + "".join(row + "\n" for row in rows)).encode()


GOOD = _csv(
    "Wong Ka Ho,黃家豪,kaho@uni-a.edu.hk,A001,summer,2026 summer",
    "Lee Mei,李美,mei@uni-a.edu.hk,A002,summer,2026 Summer",
)


def _upload(client, world, data: bytes, name="roster.csv", language="en"):
    client.force_login(world.coordinator)
    return client.post(
        f"/{language}/internships/universities/{world.university.pk}/roster/",
        {"file": SimpleUploadedFile(name, data)},
    )


def test_a_good_file_places_everyone_and_invites_new_students(
    world, client, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = _upload(client, world, GOOD)
    assert response.status_code == 302
    placed = Placement.objects.filter(cohort=world.cohort).exclude(student=world.student)
    assert sorted(p.student_number for p in placed) == ["A001", "A002"]
    kaho = get_user_model().objects.get(email="kaho@uni-a.edu.hk")
    assert (kaho.first_name, kaho.last_name, kaho.chinese_name) == ("Wong", "Ka Ho", "黃家豪")
    assert not kaho.has_usable_password()
    assert sorted(m.to[0] for m in mail.outbox) == ["kaho@uni-a.edu.hk", "mei@uni-a.edu.hk"]
    assert "/password/reset/key/" in mail.outbox[0].body


def test_the_same_file_twice_changes_nothing(world):
    first = roster.import_roster(GOOD, university=world.university, by=world.coordinator)
    before = list(Placement.objects.values_list("pk", "student_id", "student_number"))
    second = roster.import_roster(GOOD, university=world.university, by=world.coordinator)
    assert (first.placed, second.placed, second.unchanged, second.created_students) == (2, 0, 2, 0)
    assert list(Placement.objects.values_list("pk", "student_id", "student_number")) == before


def test_any_bad_row_imports_nothing_and_every_bad_row_is_named(world, client):
    data = _csv(
        "Wong Ka Ho,黃家豪,kaho@uni-a.edu.hk,A001,summer,2026 summer",
        ",沒有英文名,noname@uni-a.edu.hk,A003,summer,2026 summer",
        "Bad Email,,not-an-email,A004,summer,2026 summer",
        "Twice,,kaho@uni-a.edu.hk,A005,summer,2026 summer",
        "Wrong Cohort,,wc@uni-a.edu.hk,A006,summer,2030 winter",
    )
    users_before = get_user_model().objects.count()
    response = _upload(client, world, data, language="zh-hant")
    html = response.content.decode()
    assert response.status_code == 400
    for line in (3, 4, 5, 6):
        assert f"<li>第 {line} 行：" in html, line
    assert "<li>第 2 行：" not in html  # the good row is not among the problems
    assert "第 2 行已有相同電郵" in html  # the duplicate names the line it repeats
    assert "沒有匯入任何資料" in html
    assert get_user_model().objects.count() == users_before
    assert Placement.objects.count() == 2


def test_a_coordinator_cannot_import_into_another_universitys_cohort(world):
    data = _csv("Sneaky,,sneaky@uni-b.edu.hk,B001,summer,2026 summer")
    # the other university's cohort has the same programme and term: still not theirs
    result = roster.import_roster(data, university=world.university, by=world.coordinator)
    placement = Placement.objects.get(student__email="sneaky@uni-b.edu.hk")
    assert placement.cohort == world.cohort and result.placed == 1
    assert not Placement.objects.filter(
        cohort=world.other_cohort, student__email__startswith="sneaky"
    )


def test_capacity_and_numbers_taken_by_others_are_refused(world):
    world.cohort.capacity = 2
    world.cohort.save()
    data = _csv(
        "One,,one@uni-a.edu.hk,A001,summer,2026 summer",
        "Two,,two@uni-a.edu.hk,A002,summer,2026 summer",
    )
    with pytest.raises(roster.RosterRefused) as refused:
        roster.import_roster(data, university=world.university, by=world.coordinator)
    assert any("room for 2" in p.message for p in refused.value.problems)
    taken = _csv(f"Other,,other@uni-a.edu.hk,{world.placement.student_number},summer,2026 summer")
    with pytest.raises(roster.RosterRefused, match="belongs to another student"):
        roster.import_roster(taken, university=world.university, by=world.coordinator)
    assert Placement.objects.count() == 2


def test_an_xlsx_workbook_imports_like_csv(world):
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(HEADER.strip().split(","))
    sheet.append(
        ["Chan Siu Ming", "陳小明", "siuming@uni-a.edu.hk", "A010", "summer", "2026 summer"]
    )
    out = io.BytesIO()
    book.save(out)
    result = roster.import_roster(out.getvalue(), university=world.university, by=world.coordinator)
    assert result.placed == 1
    assert Placement.objects.get(student_number="A010").student.chinese_name == "陳小明"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"PK\x03\x04not really a workbook", "could not be read"),
        ("name_en,email\n".encode("utf-16"), "neither an XLSX workbook nor CSV"),
        (b"name_en,email\nA,a@b.hk\n", "missing: name_zh, student_number, programme, cohort"),
        (HEADER.encode(), "no students"),
    ],
)
def test_files_that_are_not_rosters_are_refused_with_a_reason(world, data, message):
    with pytest.raises(roster.RosterRefused, match=message):
        roster.import_roster(data, university=world.university, by=world.coordinator)
    assert Placement.objects.count() == 2


def test_only_the_universitys_coordinators_may_import(world, client):
    client.force_login(world.other_coordinator)
    url = reverse("internships:roster", args=[world.university.pk])
    response = client.post(url, {"file": SimpleUploadedFile("r.csv", GOOD)})
    assert response.status_code == 404
    assert Placement.objects.count() == 2
