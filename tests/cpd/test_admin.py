"""Schemes are data that CPD administrators edit in the Wagtail admin, in their language; other
staff cannot."""

import pytest

from tests.cpd import factories as make

pytestmark = pytest.mark.django_db


def test_cpd_administrators_edit_schemes_in_chinese(client):
    scheme = make.scheme("hkam-cme", categories=[("cme", None, None), ("cpd", 15, 45)])
    client.force_login(make.staff("CPD administrators"))
    listing = client.get("/admin/snippets/cpd/scheme/", HTTP_ACCEPT_LANGUAGE="zh-hant")
    assert listing.status_code == 200
    assert "hkam-cme" in listing.text and "計劃" in listing.text
    edit = client.get(
        f"/admin/snippets/cpd/scheme/edit/{scheme.pk}/", HTTP_ACCEPT_LANGUAGE="zh-hant"
    )
    assert edit.status_code == 200
    assert "每週期所需分數" in edit.text  # "points required per cycle", translated
    assert client.get("/admin/snippets/cpd/accreditingbody/").status_code == 200


@pytest.mark.parametrize("group", ["Editors", "Medical reviewers"])
def test_other_staff_cannot_reach_the_schemes(client, group):
    make.scheme()
    client.force_login(make.staff(group))
    assert client.get("/admin/snippets/cpd/scheme/").status_code in (302, 403)


# -- the ledger for staff --------------------------------------------------------------------------
def _learner_with_an_entry():
    import datetime as dt

    from cpd import services

    scheme = make.scheme("hkam-cme", categories=[("cme", None, None)])
    learner = make.member("doctor@example.org", scheme)
    entry = services.award(
        learner,
        scheme=scheme,
        category_code="cme",
        points=3,
        activity_date=dt.date(2026, 3, 1),
        source_kind="event",
        source_ref="mdt-1",
        title="Genomics MDT",
    )
    return scheme, learner, entry


def test_cpd_administrators_find_a_learner_and_read_the_ledger(client):
    _scheme, learner, _entry = _learner_with_an_entry()
    client.force_login(make.staff("CPD administrators"))
    found = client.get("/admin/cpd/ledger/", {"q": "doctor@"})
    assert f"/admin/cpd/ledger/{learner.pk}/" in found.text
    page = client.get(f"/admin/cpd/ledger/{learner.pk}/", HTTP_ACCEPT_LANGUAGE="zh-hant")
    assert page.status_code == 200
    assert "Genomics MDT" in page.text and "mdt-1" in page.text
    assert "記錄完整" in page.text  # the chain checks out


def test_an_adjustment_is_recorded_with_who_and_why(client):
    from cpd.models import LedgerEntry

    scheme, learner, _entry = _learner_with_an_entry()
    admin = make.staff("CPD administrators")
    client.force_login(admin)
    url = f"/admin/cpd/ledger/{learner.pk}/"
    bad = client.post(
        url,
        {
            "action": "adjust",
            "scheme": scheme.pk,
            "category_code": "cme",
            "points": "2",
            "activity_date": "2026-03-02",
            "reason": "",
        },
    )
    assert bad.status_code == 400 and LedgerEntry.objects.count() == 1
    wrong_category = client.post(
        url,
        {
            "action": "adjust",
            "scheme": scheme.pk,
            "category_code": "nope",
            "points": "2",
            "activity_date": "2026-03-02",
            "reason": "Conference abroad",
        },
    )
    assert wrong_category.status_code == 400 and "no category" in wrong_category.text
    assert LedgerEntry.objects.count() == 1
    done = client.post(
        url,
        {
            "action": "adjust",
            "scheme": scheme.pk,
            "category_code": "cme",
            "points": "-1.5",
            "activity_date": "2026-03-02",
            "reason": "Conference abroad counted twice",
        },
    )
    assert done.status_code == 302
    adjustment = LedgerEntry.objects.get(source_kind="adjustment")
    assert adjustment.points == -1.5 and adjustment.awarded_by == admin
    assert adjustment.reason == "Conference abroad counted twice"


def test_an_entry_is_reversed_once_from_the_ledger_page(client):
    from cpd.models import LedgerEntry

    _scheme, learner, entry = _learner_with_an_entry()
    client.force_login(make.staff("CPD administrators"))
    url = f"/admin/cpd/ledger/{learner.pk}/"
    assert (
        client.post(url, {"action": "reverse", "entry": entry.pk, "reason": ""}).status_code == 400
    )
    response = client.post(url, {"action": "reverse", "entry": entry.pk, "reason": "Not attended"})
    assert response.status_code == 302
    again = client.post(url, {"action": "reverse", "entry": entry.pk, "reason": "Twice"})
    assert again.status_code == 400
    assert LedgerEntry.objects.filter(source_kind="reversal").count() == 1


def test_an_entry_of_another_learner_cannot_be_reversed_from_this_page(client):
    from cpd.models import LedgerEntry

    scheme, _learner, entry = _learner_with_an_entry()
    other = make.member("other@example.org", scheme)
    client.force_login(make.staff("CPD administrators"))
    response = client.post(
        f"/admin/cpd/ledger/{other.pk}/",
        {"action": "reverse", "entry": entry.pk, "reason": "mistake"},
    )
    assert response.status_code == 400
    assert not LedgerEntry.objects.filter(source_kind="reversal").exists()


@pytest.mark.parametrize("group", ["Editors", "Medical reviewers"])
def test_other_staff_cannot_read_or_change_the_ledger(client, group):
    from cpd.models import LedgerEntry

    _scheme, learner, entry = _learner_with_an_entry()
    client.force_login(make.staff(group))
    assert client.get(f"/admin/cpd/ledger/{learner.pk}/").status_code in (302, 403)
    client.post(
        f"/admin/cpd/ledger/{learner.pk}/",
        {"action": "reverse", "entry": entry.pk, "reason": "x"},
    )
    assert LedgerEntry.objects.count() == 1
