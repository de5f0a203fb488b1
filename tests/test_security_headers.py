"""Security headers on representative pages: a strict Content-Security-Policy on the site's own
pages (scripts and styles from this origin only, no 'unsafe-inline' anywhere, frames only from
the H5P origin and the video hosts, framing refused), Permissions-Policy, nosniff and
Referrer-Policy; the admin gets the framing and form rules; the H5P player origin keeps its
own stricter policy."""

import pytest
from django.conf import settings
from django.test import Client

from h5p.origin import player_host

pytestmark = pytest.mark.django_db


def _directives(response) -> dict[str, str]:
    policy = response["Content-Security-Policy"]
    return {
        part.split(" ", 1)[0]: part.split(" ", 1)[1] if " " in part else ""
        for part in (p.strip() for p in policy.split(";"))
        if part
    }


PAGES = ["/en/", "/zh-hant/", "/en/verify/", "/en/search/?q=genome", "/en/accounts/login/"]


@pytest.mark.parametrize("path", PAGES)
def test_site_pages_carry_a_strict_policy(demo_site, client, path):
    response = client.get(path)
    assert response.status_code == 200
    policy = _directives(response)
    assert policy["script-src"] == "'self'" and policy["style-src"] == "'self'"
    assert "unsafe-inline" not in response["Content-Security-Policy"]
    assert "unsafe-eval" not in response["Content-Security-Policy"]
    assert policy["object-src"] == "'none'" and policy["frame-ancestors"] == "'none'"
    assert policy["form-action"] == "'self'" and policy["base-uri"] == "'self'"
    assert settings.H5P_ORIGIN in policy["frame-src"]
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert "camera=()" in response["Permissions-Policy"]
    assert response["X-Frame-Options"] == "DENY"


def test_signed_in_pages_and_cached_pages_carry_it_too(demo_site, client):
    from django.contrib.auth import get_user_model

    client.get("/en/")  # cached for anonymous readers
    cached = client.get("/en/")
    assert "script-src 'self'" in cached["Content-Security-Policy"]
    client.force_login(get_user_model().objects.get(email="learner@example.org"))
    for path in ("/en/cpd/", "/en/certificates/", "/en/learning/"):
        response = client.get(path)
        assert response.status_code == 200, path
        assert _directives(response)["script-src"] == "'self'", path


def test_the_admin_keeps_framing_and_form_rules(demo_site, client):
    from django.contrib.auth import get_user_model

    client.force_login(get_user_model().objects.get(email="admin@example.org"))
    response = client.get("/admin/")
    policy = _directives(response)
    assert response.status_code == 200
    assert policy["frame-ancestors"] == "'none'" and policy["object-src"] == "'none'"
    assert "script-src" not in policy  # Wagtail's own inline code runs


def test_the_player_origin_keeps_its_own_policy(db):
    response = Client(HTTP_HOST=player_host()).get("/player/h5p-standalone/no-such-file.js")
    assert "Permissions-Policy" not in response
    assert "frame-src" not in response.get("Content-Security-Policy", "")
