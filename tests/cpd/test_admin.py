"""Schemes are data that CPD administrators edit in the Wagtail admin, in their language; other
staff cannot."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from tests.cpd import factories as make

pytestmark = pytest.mark.django_db


def staff(group_name, email="staff@example.org"):
    user = get_user_model().objects.create_user(email=email, password="pw-123456789", is_staff=True)
    user.groups.add(Group.objects.get(name=group_name))
    return user


def test_cpd_administrators_edit_schemes_in_chinese(client):
    scheme = make.scheme("hkam-cme", categories=[("cme", None, None), ("cpd", 15, 45)])
    client.force_login(staff("CPD administrators"))
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
    client.force_login(staff(group))
    assert client.get("/admin/snippets/cpd/scheme/").status_code in (302, 403)
