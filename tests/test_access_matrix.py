"""Who gets what, for the whole site: every URL pattern the project writes (enumerated from the
URLconfs, the site's and the H5P player origin's, so a new URL cannot be forgotten) has a row
here with the outcome of GET and of a POST (an empty or minimal invalid form) for each role; the
third-party URLs (the Wagtail and Django admins, allauth, Wagtail's documents and page serving)
are held to rules that cover every one of their patterns. No POST below changes anything.

Outcomes: a status code, or where a 302 says something, where it sends: SIGN_IN (the site's or
an admin's sign-in page), ADMIN_HOME (the Wagtail admin's refusal: back to its dashboard with a
message) or TWO_FACTOR (the staff second factor)."""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from django.apps import apps
from django.db import connection, transaction
from django.test import Client
from django.urls import reverse

from accounts.models import AuditEvent
from courses.models import Enrolment, QuizAttempt
from cpd.certificates.models import Certificate
from cpd.internships.models import Application, LogbookEntry, Placement
from cpd.models import Attendance, Claim, Membership, SelfStudyAttempt
from h5p.models import Content
from h5p.origin import PLAYER_URLCONF, player_host
from tests import access_routes
from tests.access_world import ROLES, STAFF_ROLES, AccessWorld

SIGN_IN = "sign-in"
ADMIN_HOME = "admin-home"
TWO_FACTOR = "two-factor"
SIGN_IN_PATHS = {"/en/accounts/login/", "/admin/login/", "/django-admin/login/"}


def outcome(response) -> int | str:
    if response.status_code in (301, 302):
        target = urlsplit(response["Location"]).path
        if target in SIGN_IN_PATHS:
            return SIGN_IN
        if target == "/admin/":
            return ADMIN_HOME
        if target.startswith("/en/accounts/2fa/"):
            return TWO_FACTOR
    return response.status_code


# -- the world, once per module ------------------------------------------------------------------
@pytest.fixture(scope="module")
def _world_for_module(django_db_setup, django_db_blocker):
    """Built once inside a transaction rolled back after the module (as tests/conftest.py's
    demo); each test runs in a savepoint within it."""
    from content import demo

    with django_db_blocker.unblock():
        module_transaction = transaction.atomic()
        module_transaction.__enter__()
        try:
            world = AccessWorld(demo.ensure_home())
            # signed in once, for the whole module: the sessions live in its transaction
            world.clients = {role: _client(world, role, player=False) for role in ROLES}
            yield world
        finally:
            transaction.set_rollback(True)
            module_transaction.__exit__(None, None, None)


@pytest.fixture
def world(_world_for_module, db):
    return _world_for_module


# -- addresses -----------------------------------------------------------------------------------
def _site(name, *args):
    return reverse(name, args=args)


def _player(name, *args):
    return reverse(name, args=args, urlconf=PLAYER_URLCONF)


# key: {variant: address}. One address per variant of a URL whose arguments choose what it does.
ADDRESSES = {
    "root": lambda w: {"": "/"},
    "healthz": lambda w: {"": "/healthz"},
    "sitemap": lambda w: {"": "/sitemap.xml"},
    "robots_txt": lambda w: {"": "/robots.txt"},
    "admin_sign_in": lambda w: {"": "/admin/login/"},
    "django_admin_sign_in": lambda w: {"": "/django-admin/login/"},
    "page_sign_in": lambda w: {"": "/en/_util/login/"},
    "audit_trail": lambda w: {"": "/admin/audit/", "csv": "/admin/audit/?format=csv"},
    "content_translation_report": lambda w: {"": _site("content_translation_report")},
    "content_translation_report_results": lambda w: {
        "": _site("content_translation_report_results")
    },
    "courses_reports": lambda w: {"": _site("courses_reports")},
    "courses_report": lambda w: {"": _site("courses_report", w.course.pk)},
    "courses_enrolments": lambda w: {"": _site("courses_enrolments", w.course.pk)},
    "h5p_content": lambda w: {"": _site("h5p_content")},
    "h5p_upload": lambda w: {"": _site("h5p_upload")},
    "h5p_archive": lambda w: {"": _site("h5p_archive", w.h5p_content.pk)},
    "h5p_delete": lambda w: {"": _site("h5p_delete", w.h5p_content.pk)},
    "h5p_attempts": lambda w: {"": _site("h5p_attempts")},
    "h5p_attempt": lambda w: {"": _site("h5p_attempt", w.h5p_attempt.pk)},
    "cpd_learners": lambda w: {"": _site("cpd_learners")},
    "cpd_ledger": lambda w: {"": _site("cpd_ledger", w.learner.pk)},
    "cpd_submission": lambda w: {"": _site("cpd_submission")},
    "cpd_claims": lambda w: {"": _site("cpd_claims")},
    "cpd_standing": lambda w: {"": _site("cpd_standing")},
    "cpd_session": lambda w: {"": _site("cpd_session", w.session.pk)},
    "cpd_claim": lambda w: {"": _site("cpd_claim", w.claim.pk)},
    "cpd_claim_evidence": lambda w: {"": _site("cpd_claim_evidence", w.claim.pk)},
    "certificates_admin": lambda w: {"": _site("certificates_admin")},
    "certificates_admin_detail": lambda w: {
        "": _site("certificates_admin_detail", w.certificate.pk)
    },
    "certificates_admin_issue": lambda w: {"": _site("certificates_admin_issue")},
    "certificates_admin_batches": lambda w: {"": _site("certificates_admin_batches")},
    "certificates_admin_batch": lambda w: {"": _site("certificates_admin_batch", w.bulk.pk)},
    "certificates_admin_cohort": lambda w: {"": _site("certificates_admin_cohort", w.cohort.pk)},
    "certificates_admin_event": lambda w: {"": _site("certificates_admin_event", w.event.pk)},
    "credentials:verify": lambda w: {"": _site("credentials:verify", w.certificate.code)},
    "credentials:verify_json": lambda w: {"": _site("credentials:verify_json", w.certificate.code)},
    "credentials:issuer": lambda w: {"": _site("credentials:issuer")},
    "credentials:jwks": lambda w: {"": _site("credentials:jwks")},
    "credentials:status_list": lambda w: {"": _site("credentials:status_list", 1)},
    "credentials:achievement": lambda w: {
        "": _site("credentials:achievement", w.certificate.achievement_ref)
    },
    "account_profile": lambda w: {"": _site("account_profile")},
    "account_your_data": lambda w: {"": _site("account_your_data")},
    "account_your_data_download": lambda w: {
        kind: _site("account_your_data_download", kind) for kind in ("json", "csv")
    },
    "article_feed": lambda w: {"": _site("article_feed")},
    "news_feed": lambda w: {"": _site("news_feed")},
    "content_search:search": lambda w: {"": _site("content_search:search") + "?q=genome"},
    "courses:dashboard": lambda w: {"": _site("courses:dashboard")},
    "courses:enrol": lambda w: {"": _site("courses:enrol", w.closed_run.pk)},
    "courses:withdraw": lambda w: {"": _site("courses:withdraw", w.course.pk)},
    "courses:mark_done": lambda w: {"": _site("courses:mark_done", w.lesson.pk)},
    "courses:start_attempt": lambda w: {"": _site("courses:start_attempt", w.lesson.pk)},
    "courses:submit_attempt": lambda w: {"": _site("courses:submit_attempt", w.quiz_attempt.pk)},
    "cpd:record": lambda w: {"": _site("cpd:record")},
    "cpd:join": lambda w: {"": _site("cpd:join")},
    "cpd:professions": lambda w: {"": _site("cpd:professions")},
    "cpd:transcript": lambda w: {"": _site("cpd:transcript", w.membership.pk)},
    "cpd:transcript_pdf": lambda w: {"": _site("cpd:transcript_pdf", w.membership.pk)},
    "cpd:reminders": lambda w: {"": _site("cpd:reminders", w.membership.pk)},
    "cpd:check_in": lambda w: {"": _site("cpd:check_in")},
    "cpd:check_in_by_qr": lambda w: {"": _site("cpd:check_in_by_qr", w.session.token)},
    "cpd:evaluate": lambda w: {"": _site("cpd:evaluate", w.attendance.pk)},
    "cpd:new_claim": lambda w: {"": _site("cpd:new_claim")},
    "cpd:amend_claim": lambda w: {"": _site("cpd:amend_claim", w.claim.pk)},
    "cpd:claim_evidence": lambda w: {"": _site("cpd:claim_evidence", w.claim.pk)},
    "cpd:self_study_index": lambda w: {"": _site("cpd:self_study_index")},
    "cpd:self_study": lambda w: {"": _site("cpd:self_study", w.self_study.pk)},
    "cpd:self_study_read": lambda w: {"": _site("cpd:self_study_read", w.self_study.pk)},
    "cpd:self_study_start": lambda w: {"": _site("cpd:self_study_start", w.self_study.pk)},
    "cpd:self_study_submit": lambda w: {
        "": _site("cpd:self_study_submit", w.self_study_attempt.pk)
    },
    "certificates:verify_form": lambda w: {"": _site("certificates:verify_form")},
    "certificates:verify": lambda w: {"": _site("certificates:verify", w.certificate.code)},
    "certificates:mine": lambda w: {"": _site("certificates:mine")},
    "certificates:pdf": lambda w: {"": _site("certificates:pdf", w.certificate.uuid)},
    "certificates:credential": lambda w: {
        form: _site("certificates:credential", w.certificate.uuid, form) for form in ("jwt", "json")
    },
    "certificates:visibility": lambda w: {"": _site("certificates:visibility", w.certificate.uuid)},
    "internships:home": lambda w: {"": _site("internships:home")},
    "internships:placement": lambda w: {"": _site("internships:placement", w.placement.pk)},
    "internships:log_hours": lambda w: {"": _site("internships:log_hours", w.placement.pk)},
    "internships:sign_competency": lambda w: {
        "": _site("internships:sign_competency", w.placement.pk)
    },
    "internships:evaluation": lambda w: {
        kind: _site("internships:evaluation", w.placement.pk, "midpoint", kind)
        for kind in ("supervisor", "self")
    },
    "internships:set_supervisor": lambda w: {
        "": _site("internships:set_supervisor", w.placement.pk)
    },
    "internships:amend_entry": lambda w: {"": _site("internships:amend_entry", w.entry.pk)},
    "internships:review_entry": lambda w: {"": _site("internships:review_entry", w.entry.pk)},
    "internships:sign_off_link": lambda w: {
        "": _site("internships:sign_off_link", w.sign_off_token)
    },
    "internships:cohort": lambda w: {"": _site("internships:cohort", w.cohort.pk)},
    "internships:cohort_export": lambda w: {
        form: _site("internships:cohort_export", w.cohort.pk, form) for form in ("csv", "xlsx")
    },
    "internships:roster": lambda w: {"": _site("internships:roster", w.university.pk)},
    "internships:applications": lambda w: {"": _site("internships:applications")},
    "internships:apply": lambda w: {"": _site("internships:apply", w.open_cohort.pk)},
    "internships:application_cv": lambda w: {
        "": _site("internships:application_cv", w.application.pk)
    },
    "internships:endorse_application": lambda w: {
        "": _site("internships:endorse_application", w.application.pk)
    },
    "internships:decide_application": lambda w: {
        "": _site("internships:decide_application", w.application.pk)
    },
    "player:h5p_player": lambda w: {"": _player("h5p_player", w.play_token)},
    "player:h5p_statement": lambda w: {"": _player("h5p_statement", w.play_token)},
    "player:h5p_state": lambda w: {"": _player("h5p_state", w.play_token)},
    "player:h5p_player_file": lambda w: {"": _player("h5p_player_file", "frame.bundle.js")},
    "player:h5p_package_json": lambda w: {"": _player("h5p_package_json", w.h5p_content.uuid)},
    "player:h5p_content_json": lambda w: {"": _player("h5p_content_json", w.h5p_content.uuid)},
    "player:h5p_file": lambda w: {"": _player("h5p_file", w.h5p_content.uuid, "content.json")},
    "player:h5p_library": lambda w: {
        "": _player("h5p_library", w.h5p_library.folder, "library.json")
    },
}


def _row(*outcomes):
    return dict(zip(ROLES, outcomes, strict=True))


def _all(outcome_):
    return _row(*[outcome_] * len(ROLES))


def _signed_in(anonymous, everyone_else):
    return _row(anonymous, *[everyone_else] * (len(ROLES) - 1))


OUT = 404  # out of reach: its existence is not confirmed
NO = 403  # visible, but not this role's to do
# Roles: anonymous, learner, other_learner, student, supervisor, coordinator, other_coordinator,
# editor, cpd_admin, superuser. (key, variant): (GET row, POST row). A POST sends an empty form
# (or POST_BODIES' minimal invalid one): 400 means the role may act, 302 a refusal sent back
# with a message (or, for EMPTY_POST_ACTS, the action itself).
MATRIX = {
    ("root", ""): (_all(302), _all(405)),
    ("healthz", ""): (_all(200), _all(405)),
    ("sitemap", ""): (_all(200), _all(200)),
    ("robots_txt", ""): (_all(200), _all(405)),
    ("admin_sign_in", ""): (_all(SIGN_IN), _all(SIGN_IN)),
    ("django_admin_sign_in", ""): (_all(SIGN_IN), _all(SIGN_IN)),
    ("page_sign_in", ""): (_all(SIGN_IN), _all(SIGN_IN)),
    ("audit_trail", ""): (
        _row(SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, ADMIN_HOME, 200, 200),
        _row(SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, ADMIN_HOME, 200, 200),
    ),
    ("audit_trail", "csv"): (
        _row(SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, ADMIN_HOME, 200, 200),
        _row(SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, ADMIN_HOME, 200, 200),
    ),
    ("content_translation_report", ""): (
        _row(SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, 200, ADMIN_HOME, 200),
        _row(SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, 405, ADMIN_HOME, 405),
    ),
    ("content_translation_report_results", ""): (
        _row(SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, 200, ADMIN_HOME, 200),
        _row(SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, 405, ADMIN_HOME, 405),
    ),
    ("courses_reports", ""): (
        _row(SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, 200, 200, 200),
        _row(SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, 200, 200, 200),
    ),
    ("courses_report", ""): (
        _row(SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, 200, 200, 200),
        _row(SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, 200, 200, 200),
    ),
    ("courses_enrolments", ""): (
        _row(SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, 200, 200, 200),
        _row(SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, ADMIN_HOME, 200, 200),
    ),
    ("h5p_content", ""): (
        _row(SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, 200, 200, 200),
        _row(SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, 200, 200, 200),
    ),
    ("h5p_upload", ""): (
        _row(SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, 200, 200, 200),
        _row(SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, 200, 200, 200),
    ),
    ("h5p_archive", ""): (
        _row(SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, 405, 405, 405),
        _row(SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, 302, 302, 302),
    ),
    ("h5p_delete", ""): (
        _row(SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, 405, 405, 405),
        _row(SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, 302, 302, 302),
    ),
    ("h5p_attempts", ""): (
        _row(SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, 200, 200, 200),
        _row(SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, 200, 200, 200),
    ),
    ("h5p_attempt", ""): (
        _row(SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, 200, 200, 200),
        _row(SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, 200, 200, 200),
    ),
    ("cpd_learners", ""): (
        _row(SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, ADMIN_HOME, 200, 200),
        _row(SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, ADMIN_HOME, 200, 200),
    ),
    ("cpd_ledger", ""): (
        _row(SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, ADMIN_HOME, 200, 200),
        _row(SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, ADMIN_HOME, 400, 400),
    ),
    ("cpd_submission", ""): (
        _row(SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, ADMIN_HOME, 200, 200),
        _row(SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, ADMIN_HOME, 200, 200),
    ),
    ("cpd_claims", ""): (
        _row(SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, ADMIN_HOME, 200, 200),
        _row(SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, ADMIN_HOME, 200, 200),
    ),
    ("cpd_standing", ""): (
        _row(SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, ADMIN_HOME, 200, 200),
        _row(SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, ADMIN_HOME, 200, 200),
    ),
    ("cpd_session", ""): (
        _row(SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, ADMIN_HOME, 200, 200),
        _row(SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, ADMIN_HOME, 400, 400),
    ),
    ("cpd_claim", ""): (
        _row(SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, ADMIN_HOME, 200, 200),
        _row(SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, ADMIN_HOME, 400, 400),
    ),
    ("cpd_claim_evidence", ""): (
        _row(SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, ADMIN_HOME, 200, 200),
        _row(SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, ADMIN_HOME, 200, 200),
    ),
    ("certificates_admin", ""): (
        _row(SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, ADMIN_HOME, 200, 200),
        _row(SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, ADMIN_HOME, 200, 200),
    ),
    ("certificates_admin_detail", ""): (
        _row(SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, ADMIN_HOME, 200, 200),
        _row(SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, ADMIN_HOME, 400, 400),
    ),
    ("certificates_admin_issue", ""): (
        _row(SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, ADMIN_HOME, 200, 200),
        _row(SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, ADMIN_HOME, 400, 400),
    ),
    ("certificates_admin_batches", ""): (
        _row(SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, ADMIN_HOME, 200, 200),
        _row(SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, ADMIN_HOME, 200, 200),
    ),
    ("certificates_admin_batch", ""): (
        _row(SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, ADMIN_HOME, 200, 200),
        _row(SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, ADMIN_HOME, 200, 200),
    ),
    ("certificates_admin_cohort", ""): (
        _row(SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, ADMIN_HOME, 302, 302),
        _row(SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, ADMIN_HOME, 302, 302),
    ),
    ("certificates_admin_event", ""): (
        _row(SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, ADMIN_HOME, 302, 302),
        _row(SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, SIGN_IN, ADMIN_HOME, 302, 302),
    ),
    ("credentials:verify", ""): (_all(302), _all(405)),
    ("credentials:verify_json", ""): (_all(200), _all(405)),
    ("credentials:issuer", ""): (_all(200), _all(405)),
    ("credentials:jwks", ""): (_all(200), _all(405)),
    ("credentials:status_list", ""): (_all(200), _all(405)),
    ("credentials:achievement", ""): (_all(200), _all(405)),
    ("account_profile", ""): (_signed_in(SIGN_IN, 200), _signed_in(SIGN_IN, 200)),
    ("account_your_data", ""): (_signed_in(SIGN_IN, 200), _signed_in(SIGN_IN, 400)),
    ("account_your_data_download", "json"): (_signed_in(SIGN_IN, 200), _signed_in(SIGN_IN, 200)),
    ("account_your_data_download", "csv"): (_signed_in(SIGN_IN, 200), _signed_in(SIGN_IN, 200)),
    ("article_feed", ""): (_all(200), _all(200)),
    ("news_feed", ""): (_all(200), _all(200)),
    ("content_search:search", ""): (_all(200), _all(405)),
    ("courses:dashboard", ""): (_signed_in(SIGN_IN, 200), _signed_in(SIGN_IN, 200)),
    ("courses:enrol", ""): (_all(405), _signed_in(SIGN_IN, 302)),
    ("courses:withdraw", ""): (
        _all(405),
        _row(SIGN_IN, 302, 404, 404, 404, 404, 404, 404, 404, 404),
    ),
    ("courses:mark_done", ""): (
        _all(405),
        _row(SIGN_IN, 302, 404, 404, 404, 404, 404, 404, 404, 404),
    ),
    ("courses:start_attempt", ""): (
        _all(405),
        _row(SIGN_IN, 302, 404, 404, 404, 404, 404, 404, 404, 404),
    ),
    ("courses:submit_attempt", ""): (
        _all(405),
        _row(SIGN_IN, 302, 404, 404, 404, 404, 404, 404, 404, 404),
    ),
    ("cpd:record", ""): (_signed_in(SIGN_IN, 200), _signed_in(SIGN_IN, 200)),
    ("cpd:join", ""): (_signed_in(SIGN_IN, 405), _signed_in(SIGN_IN, 400)),
    ("cpd:professions", ""): (_signed_in(SIGN_IN, 405), _signed_in(SIGN_IN, 302)),
    ("cpd:transcript", ""): (
        _row(SIGN_IN, 200, 404, 404, 404, 404, 404, 404, 404, 404),
        _row(SIGN_IN, 200, 404, 404, 404, 404, 404, 404, 404, 404),
    ),
    ("cpd:transcript_pdf", ""): (
        _row(SIGN_IN, 200, 404, 404, 404, 404, 404, 404, 404, 404),
        _row(SIGN_IN, 200, 404, 404, 404, 404, 404, 404, 404, 404),
    ),
    ("cpd:reminders", ""): (
        _signed_in(SIGN_IN, 405),
        _row(SIGN_IN, 302, 404, 404, 404, 404, 404, 404, 404, 404),
    ),
    ("cpd:check_in", ""): (_signed_in(SIGN_IN, 200), _signed_in(SIGN_IN, 400)),
    ("cpd:check_in_by_qr", ""): (_signed_in(SIGN_IN, 200), _signed_in(SIGN_IN, 400)),
    ("cpd:evaluate", ""): (
        _row(SIGN_IN, 200, 404, 404, 404, 404, 404, 404, 404, 404),
        _row(SIGN_IN, 400, 404, 404, 404, 404, 404, 404, 404, 404),
    ),
    ("cpd:new_claim", ""): (_signed_in(SIGN_IN, 200), _signed_in(SIGN_IN, 400)),
    ("cpd:amend_claim", ""): (
        _signed_in(SIGN_IN, 405),
        _row(SIGN_IN, 302, 404, 404, 404, 404, 404, 404, 404, 404),
    ),
    ("cpd:claim_evidence", ""): (
        _row(SIGN_IN, 200, 404, 404, 404, 404, 404, 404, 404, 404),
        _row(SIGN_IN, 200, 404, 404, 404, 404, 404, 404, 404, 404),
    ),
    ("cpd:self_study_index", ""): (_signed_in(SIGN_IN, 200), _signed_in(SIGN_IN, 200)),
    ("cpd:self_study", ""): (_signed_in(SIGN_IN, 200), _signed_in(SIGN_IN, 200)),
    ("cpd:self_study_read", ""): (_signed_in(SIGN_IN, 405), _signed_in(SIGN_IN, 302)),
    ("cpd:self_study_start", ""): (_signed_in(SIGN_IN, 405), _signed_in(SIGN_IN, 302)),
    ("cpd:self_study_submit", ""): (
        _signed_in(SIGN_IN, 405),
        _row(SIGN_IN, 302, 404, 404, 404, 404, 404, 404, 404, 404),
    ),
    ("certificates:verify_form", ""): (_all(200), _all(405)),
    ("certificates:verify", ""): (_all(200), _all(405)),
    ("certificates:mine", ""): (_signed_in(SIGN_IN, 200), _signed_in(SIGN_IN, 200)),
    ("certificates:pdf", ""): (
        _row(SIGN_IN, 200, 404, 404, 404, 404, 404, 404, 200, 200),
        _row(SIGN_IN, 200, 404, 404, 404, 404, 404, 404, 200, 200),
    ),
    ("certificates:credential", "jwt"): (
        _row(SIGN_IN, 200, 404, 404, 404, 404, 404, 404, 200, 200),
        _row(SIGN_IN, 200, 404, 404, 404, 404, 404, 404, 200, 200),
    ),
    ("certificates:credential", "json"): (
        _row(SIGN_IN, 200, 404, 404, 404, 404, 404, 404, 200, 200),
        _row(SIGN_IN, 200, 404, 404, 404, 404, 404, 404, 200, 200),
    ),
    ("certificates:visibility", ""): (
        _signed_in(SIGN_IN, 405),
        _row(SIGN_IN, 302, 404, 404, 404, 404, 404, 404, 404, 404),
    ),
    ("internships:home", ""): (_signed_in(SIGN_IN, 200), _signed_in(SIGN_IN, 405)),
    ("internships:placement", ""): (
        _row(SIGN_IN, 404, 404, 200, 200, 200, 404, 404, 200, 200),
        _signed_in(SIGN_IN, 405),
    ),
    ("internships:log_hours", ""): (
        _signed_in(SIGN_IN, 405),
        _row(SIGN_IN, 404, 404, 400, 403, 403, 404, 404, 403, 403),
    ),
    ("internships:sign_competency", ""): (
        _signed_in(SIGN_IN, 405),
        _row(SIGN_IN, 404, 404, 403, 400, 403, 404, 404, 403, 403),
    ),
    ("internships:evaluation", "supervisor"): (
        _row(SIGN_IN, 404, 404, 403, 200, 403, 404, 404, 403, 403),
        _row(SIGN_IN, 404, 404, 403, 400, 403, 404, 404, 403, 403),
    ),
    ("internships:evaluation", "self"): (
        _row(SIGN_IN, 404, 404, 200, 403, 403, 404, 404, 403, 403),
        _row(SIGN_IN, 404, 404, 400, 403, 403, 404, 404, 403, 403),
    ),
    ("internships:set_supervisor", ""): (
        _signed_in(SIGN_IN, 405),
        _row(SIGN_IN, 404, 404, 403, 403, 400, 404, 404, 400, 400),
    ),
    ("internships:amend_entry", ""): (
        _signed_in(SIGN_IN, 405),
        _row(SIGN_IN, 404, 404, 400, 403, 403, 404, 404, 403, 403),
    ),
    ("internships:review_entry", ""): (
        _signed_in(SIGN_IN, 405),
        _row(SIGN_IN, 404, 404, 403, 400, 403, 404, 404, 403, 403),
    ),
    ("internships:sign_off_link", ""): (_all(200), _all(400)),
    ("internships:cohort", ""): (
        _row(SIGN_IN, 404, 404, 404, 404, 200, 404, 404, 200, 200),
        _signed_in(SIGN_IN, 405),
    ),
    ("internships:cohort_export", "csv"): (
        _row(SIGN_IN, 404, 404, 404, 404, 200, 404, 404, 200, 200),
        _signed_in(SIGN_IN, 405),
    ),
    ("internships:cohort_export", "xlsx"): (
        _row(SIGN_IN, 404, 404, 404, 404, 200, 404, 404, 200, 200),
        _signed_in(SIGN_IN, 405),
    ),
    ("internships:roster", ""): (
        _row(SIGN_IN, 404, 404, 404, 404, 200, 404, 404, 404, 404),
        _row(SIGN_IN, 404, 404, 404, 404, 400, 404, 404, 404, 404),
    ),
    ("internships:applications", ""): (_signed_in(SIGN_IN, 200), _signed_in(SIGN_IN, 405)),
    ("internships:apply", ""): (_signed_in(SIGN_IN, 200), _signed_in(SIGN_IN, 400)),
    ("internships:application_cv", ""): (
        _row(SIGN_IN, 404, 404, 200, 404, 200, 404, 404, 200, 200),
        _signed_in(SIGN_IN, 405),
    ),
    ("internships:endorse_application", ""): (
        _signed_in(SIGN_IN, 405),
        _row(SIGN_IN, 404, 404, 403, 404, 302, 404, 404, 403, 403),
    ),
    ("internships:decide_application", ""): (
        _signed_in(SIGN_IN, 405),
        _row(SIGN_IN, 404, 404, 403, 404, 403, 404, 404, 302, 302),
    ),
    ("player:h5p_player", ""): (_all(200), _all(405)),
    ("player:h5p_statement", ""): (_all(405), _all(400)),
    ("player:h5p_state", ""): (_all(200), _all(400)),
    ("player:h5p_player_file", ""): (_all(200), _all(405)),
    ("player:h5p_package_json", ""): (_all(200), _all(405)),
    ("player:h5p_content_json", ""): (_all(200), _all(405)),
    ("player:h5p_file", ""): (_all(200), _all(405)),
    ("player:h5p_library", ""): (_all(200), _all(405)),
}

# Minimal invalid bodies where an empty form would be valid (and act).
POST_BODIES = {
    "cpd:professions": {"professions": "not-a-profession"},
    "cpd:reminders": {"reminders": "on"},  # they are on already
}
# Actions whose whole request is an empty POST: the role may take them, and does (the test's
# savepoint undoes it). Every other POST in the matrix changes nothing.
EMPTY_POST_ACTS = {
    ("h5p_archive", ""): {"editor", "cpd_admin", "superuser"},
    ("certificates_admin_cohort", ""): {"cpd_admin", "superuser"},
    ("certificates_admin_event", ""): {"cpd_admin", "superuser"},
    # the learner's own: withdrawing, and submitting an attempt with no answers (scored 0)
    ("courses:withdraw", ""): {"learner"},
    ("courses:submit_attempt", ""): {"learner"},
    ("cpd:self_study_submit", ""): {"learner"},
    # anyone signed in may open a self-study's article; the learner already had
    ("cpd:self_study_read", ""): {*ROLES} - {"anonymous", "learner"},
}


# -- the project's own URLs ----------------------------------------------------------------------
def test_the_matrix_covers_every_project_url_and_nothing_else():
    enumerated = {r.key for r in access_routes.all_routes() if group_of(r) == "project"}
    listed = {key for key, _variant in MATRIX}
    assert not enumerated - listed, f"URLs with no row in the MATRIX: {enumerated - listed}"
    assert not listed - enumerated, f"rows for URLs that no longer exist: {listed - enumerated}"
    assert set(ADDRESSES) == enumerated


def _clients(world) -> dict[str, Client]:
    return world.clients


def _client(world, role: str, player: bool) -> Client:
    if player:
        return Client(HTTP_HOST=player_host())
    client = Client()
    if role != "anonymous":
        client.force_login(getattr(world, role))
    return client


def _isolated(request):
    """Run `request` in a savepoint rolled back afterwards: one role's request never changes
    what the next one meets."""
    savepoint = transaction.savepoint()
    try:
        return request()
    finally:
        transaction.savepoint_rollback(savepoint)


def fingerprint() -> tuple:
    """Row counts of every project table but the audit trail (reading some pages is audited),
    and the states a stray POST would change."""
    tables = [
        model._meta.db_table
        for config in apps.get_app_configs()
        if config.name.split(".")[0] in access_routes.PROJECT_PACKAGES
        for model in config.get_models()
        if model is not AuditEvent
    ]
    quote = connection.ops.quote_name
    # table names from the model registry, not from input
    counts = " UNION ALL ".join(
        f"SELECT '{t}', COUNT(*) FROM {quote(t)}"  # noqa: S608
        for t in tables
    )
    with connection.cursor() as cursor:
        cursor.execute(counts)
        rows = tuple(sorted(cursor.fetchall()))
    states = (
        tuple(Claim.objects.values_list("pk", "status", "hours").order_by("pk")),
        tuple(Application.objects.values_list("pk", "status").order_by("pk")),
        tuple(LogbookEntry.objects.values_list("pk", "status", "hours").order_by("pk")),
        tuple(Enrolment.objects.values_list("pk", "status").order_by("pk")),
        tuple(Certificate.objects.values_list("pk", "hidden", "revoked_at").order_by("pk")),
        tuple(Membership.objects.values_list("pk", "reminders").order_by("pk")),
        tuple(Placement.objects.values_list("pk", "supervisor_id").order_by("pk")),
        tuple(Content.objects.values_list("pk", "archived_at").order_by("pk")),
        tuple(QuizAttempt.objects.values_list("pk", "submitted_at").order_by("pk")),
        tuple(SelfStudyAttempt.objects.values_list("pk", "submitted_at").order_by("pk")),
        tuple(Attendance.objects.values_list("pk", "evaluated_at").order_by("pk")),
    )
    return rows, states


def _answers(world, key: str, variant: str, role: str) -> tuple[object, object, bool]:
    """(GET outcome, POST outcome, whether the POST changed anything) for one role."""
    address = ADDRESSES[key](world)[variant]
    player = key.startswith("player:")
    client = _client(world, role, True) if player else _clients(world)[role]
    got = _isolated(lambda: outcome(client.get(address)))

    def post():
        before = fingerprint()
        answer = outcome(client.post(address, POST_BODIES.get(key, {})))
        return answer, fingerprint() != before

    posted, changed = _isolated(post)
    return got, posted, changed


@pytest.mark.parametrize(("key", "variant"), list(MATRIX))
def test_each_role_gets_exactly_what_it_should(world, key, variant):
    get_row, post_row = MATRIX[(key, variant)]
    expected, actual = {}, {}
    for role in ROLES:
        got, posted, changed = _answers(world, key, variant, role)
        acts = role in EMPTY_POST_ACTS.get((key, variant), ())
        expected[role] = (get_row[role], post_row[role], acts)
        actual[role] = (got, posted, changed)
    wrong = {
        role: (expected[role], actual[role]) for role in ROLES if expected[role] != actual[role]
    }
    assert not wrong, f"{key} {variant}: role: ((GET, POST, changed) expected, got): {wrong}"


# -- third-party URLs, by rule -------------------------------------------------------------------
# Wagtail's page serving (the project's `content.routing.serve` wraps Wagtail's own view: who
# may see a page is Wagtail's decision, by the page's privacy settings).
WAGTAIL_PAGE_ROUTES = (
    "wagtail_serve",
    "wagtailcore_authenticate_with_password",
    "wagtailcore_login",  # answered first by the project's page_sign_in
)


def group_of(route: access_routes.Route) -> str:
    if route.key in WAGTAIL_PAGE_ROUTES:
        return "wagtail-pages"
    if route.project_owned:
        return "project"
    package = route.module.split(".")[0]
    if route.route.startswith("admin/"):
        return "wagtail-admin"  # Wagtail's own, its API (rest_framework) and modeltranslation
    if route.route.startswith("django-admin/"):
        return "django-admin"
    if route.route.startswith("en/accounts/") and package == "allauth":
        return "allauth"
    if route.route.startswith("documents/") and route.module.startswith("wagtail.documents"):
        return "wagtail-documents"
    return "unknown"


def _third_party(group: str) -> list[access_routes.Route]:
    return [route for route in access_routes.all_routes() if group_of(route) == group]


def test_every_url_belongs_to_a_known_group():
    unknown = [(r.route, r.module) for r in access_routes.all_routes() if group_of(r) == "unknown"]
    assert not unknown, "add these to the MATRIX (project views) or to a third-party group"


# Admin addresses that answer without signing in, on purpose.
ADMIN_OPEN = {
    "wagtailadmin_login": "the project's sign-in (admin_sign_in) answers this address first",
    "wagtailadmin_logout": "signing out",
    "wagtailadmin_password_reset": "Wagtail's password reset",
    "wagtailadmin_password_reset_done": "Wagtail's password reset",
    "wagtailadmin_password_reset_confirm": "Wagtail's password reset",
    "wagtailadmin_password_reset_complete": "Wagtail's password reset",
    "wagtailadmin_sprite": "the admin's icon sprite",
    "wagtailadmin_javascript_catalog": "the admin's translations for JavaScript",
    "test404": "a page that is always 404",
    "admin:logout": "signing out",
    "admin:login": "the project's sign-in (django_admin_sign_in) answers this address first",
}
ADMIN_REFUSALS = {SIGN_IN, ADMIN_HOME, 403, 404, 405}


@pytest.mark.parametrize(
    "route",
    _third_party("wagtail-admin") + _third_party("django-admin"),
    ids=lambda route: route.placeholder_path,
)
def test_every_admin_url_refuses_anonymous_readers_and_learners(world, route):
    anonymous, learner = Client(), _clients(world)["learner"]
    answers = {
        (who, method): _isolated(
            lambda c=client, m=method: outcome(getattr(c, m)(route.placeholder_path))
        )
        for who, client in (("anonymous", anonymous), ("learner", learner))
        for method in ("get", "post")
    }
    if route.key.split(":")[-1] in ADMIN_OPEN or route.key in ADMIN_OPEN:
        assert 500 not in answers.values(), answers
        return
    assert answers[("anonymous", "get")] == SIGN_IN, answers
    assert answers[("anonymous", "post")] in (SIGN_IN, 403), answers  # 403: CSRF on some
    assert answers[("learner", "get")] in ADMIN_REFUSALS, answers
    assert answers[("learner", "post")] in ADMIN_REFUSALS, answers


@pytest.mark.parametrize("route", _third_party("allauth"), ids=lambda route: route.key)
def test_every_sign_in_url_answers_anonymous_readers(world, route):
    assert Client().get(route.placeholder_path).status_code < 500


@pytest.mark.parametrize(
    "route",
    _third_party("wagtail-documents") + _third_party("wagtail-pages"),
    ids=lambda route: route.key,
)
def test_documents_and_pages_answer_without_an_error(world, route):
    for client in (Client(), _clients(world)["learner"]):
        assert _isolated(lambda c=client: c.get(route.placeholder_path).status_code) < 500


# -- private files -------------------------------------------------------------------------------
# (key, variant): the roles the file is served to; everyone else gets no file.
PRIVATE_FILES = {
    ("cpd:claim_evidence", ""): {"learner"},
    ("cpd_claim_evidence", ""): {"cpd_admin", "superuser"},
    ("cpd:transcript", ""): {"learner"},
    ("cpd:transcript_pdf", ""): {"learner"},
    ("certificates:pdf", ""): {"learner", "cpd_admin", "superuser"},
    ("certificates:credential", "jwt"): {"learner", "cpd_admin", "superuser"},
    ("certificates:credential", "json"): {"learner", "cpd_admin", "superuser"},
    ("internships:application_cv", ""): {"student", "coordinator", "cpd_admin", "superuser"},
    ("internships:cohort_export", "csv"): {"coordinator", "cpd_admin", "superuser"},
    ("internships:cohort_export", "xlsx"): {"coordinator", "cpd_admin", "superuser"},
    ("audit_trail", "csv"): {"cpd_admin", "superuser"},
    # each person's own data
    ("account_your_data_download", "json"): {*ROLES} - {"anonymous"},
    ("account_your_data_download", "csv"): {*ROLES} - {"anonymous"},
}


def _is_file(response) -> bool:
    disposition = response.get("Content-Disposition", "")
    return response.status_code == 200 and "filename=" in disposition


def _private(response) -> bool:
    cache = response.get("Cache-Control", "")
    return "private" in cache or "no-store" in cache


@pytest.mark.parametrize(("key", "variant"), list(PRIVATE_FILES))
def test_private_files_go_to_their_people_only_and_are_never_cached(world, key, variant):
    address = ADDRESSES[key](world)[variant]
    for role in ROLES:
        response = _isolated(lambda r=role: _clients(world)[r].get(address))
        if role in PRIVATE_FILES[(key, variant)]:
            disposition = response.get("Content-Disposition", "")
            assert _is_file(response), (role, response.status_code, disposition)
            assert disposition.split(";")[0] in ("attachment", "inline"), (role, disposition)
            assert _private(response), (role, response.get("Cache-Control"))
        else:
            assert not _is_file(response), (role, response.status_code)
            assert response.status_code in (302, 404), (role, response.status_code)


def test_each_persons_data_download_is_their_own(world):
    for role in ("learner", "other_learner", "student"):
        body = _clients(world)[role].get(ADDRESSES["account_your_data_download"](world)["json"])
        assert getattr(world, role).email in body.content.decode()
        others = {getattr(world, r).email for r in ("learner", "other_learner", "student")}
        assert not any(e in body.content.decode() for e in others - {getattr(world, role).email})


def _standing_address(world) -> str:
    return f"{_site('cpd_standing')}?scheme={world.scheme.code}&format=csv"


def test_admin_exports_are_private_files_for_their_staff_only(world):
    addresses = {
        "courses_report": (
            _site("courses_report", world.course.pk) + "?format=csv",
            {"editor", "cpd_admin", "superuser"},
        ),
        "cpd_standing": (_standing_address(world), {"cpd_admin", "superuser"}),
        "cpd_submission": (
            f"{_site('cpd_submission')}?scheme={world.scheme.pk}&start=2026-01-01&end=2026-12-31",
            {"cpd_admin", "superuser"},
        ),
    }
    for name, (address, allowed) in addresses.items():
        for role in ROLES:
            response = _isolated(lambda r=role, a=address: _clients(world)[r].get(a))
            if role in allowed:
                assert _is_file(response) and _private(response), (name, role)
            else:
                assert outcome(response) in (SIGN_IN, ADMIN_HOME), (name, role)


PRIVATE_STORAGES = ("cpd_evidence", "certificates")


def test_private_storages_have_no_public_address_in_production(tmp_path):
    """Evidence, CVs and transcripts (cpd_evidence) and certificate PDFs (certificates) are
    stored outside MEDIA_ROOT and STATIC_ROOT, and their storages give no URL at all."""
    from tests.test_settings import production_env, run_python

    script = (
        "import json; from django.conf import settings; "
        "from django.core.files.storage import storages\n"
        "out = {'media_root': str(settings.MEDIA_ROOT), 'static_root': str(settings.STATIC_ROOT),"
        " 'media_url': settings.MEDIA_URL, 'static_url': settings.STATIC_URL, 'storages': {}}\n"
        f"for name in {PRIVATE_STORAGES!r}:\n"
        "    store = storages[name]\n"
        "    try:\n"
        "        url = store.url('x.pdf')\n"
        "    except ValueError:\n"
        "        url = None\n"
        "    out['storages'][name] = {'location': str(store.location), 'base_url': store.base_url,"
        " 'url': url}\n"
        "print('RESULT' + json.dumps(out))\n"
    )
    result = run_python(["-c", "import django; django.setup()\n" + script], production_env())
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout.split("RESULT", 1)[1])
    for name, store in found["storages"].items():
        location = Path(store["location"]).resolve()
        for root in (found["media_root"], found["static_root"]):
            assert not location.is_relative_to(Path(root).resolve()), (name, location, root)
        assert store["base_url"] is None and store["url"] is None, (name, store)


# -- staff two-factor ----------------------------------------------------------------------------
def test_staff_without_their_second_factor_reach_no_project_page(world, settings):
    """Signed in with a password only (force_login), every role that can see other people's
    records is sent to the second factor from every project page; learners are not."""
    settings.STAFF_TWO_FACTOR_REQUIRED = True
    wrong = []
    for key, variant in MATRIX:
        if key.startswith("player:"):
            continue  # the player origin has no sessions at all
        address = ADDRESSES[key](world)[variant]
        for role in STAFF_ROLES:
            got = _isolated(lambda r=role, a=address: outcome(_clients(world)[r].get(a)))
            if got != TWO_FACTOR:
                wrong.append((address, role, got))
        for role in ("learner", "student"):
            got = _isolated(lambda r=role, a=address: outcome(_clients(world)[r].get(a)))
            if got != MATRIX[(key, variant)][0][role]:
                wrong.append((address, role, got))
    assert not wrong
