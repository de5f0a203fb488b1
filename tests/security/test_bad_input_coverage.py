"""Every URL of the project's own apps whose view takes a POST is fuzzed by one of the bad-input
suites (tests/security/test_bad_input_*.py), so a new form or endpoint cannot be forgotten.
Each suite's docstring names the URLs it covers; which test covers what:

test_bad_input_accounts: account_profile, account_your_data, account_your_data_download;
    allauth's account_signup, account_login, account_reset_password, account_change_password,
    account_email (the project's adapter and sign-up fields); GET forms: audit_trail,
    content_search:search, the course catalogue's filters, cpd_learners.
test_bad_input_certificates: certificates:visibility, certificates_admin_detail (revoke,
    reissue), certificates_admin_issue, certificates_admin_event, certificates_admin_cohort;
    GET: certificates:verify_form, certificates:verify, credentials:verify,
    credentials:verify_json, credentials:achievement, credentials:status_list,
    certificates:credential, certificates_admin.
test_bad_input_cpd: cpd:join, cpd:professions, cpd:reminders, cpd:new_claim (evidence
    uploads), cpd:amend_claim, cpd:check_in, cpd:check_in_by_qr, cpd:evaluate,
    cpd:self_study_read, cpd:self_study_start, cpd:self_study_submit, cpd_ledger (adjustment,
    reversal), cpd_claim (decision), cpd_session (attendance list upload); GET:
    cpd:transcript, cpd_submission, cpd_standing, cpd_claims.
test_bad_input_internships: internships:log_hours, internships:amend_entry,
    internships:review_entry, internships:sign_competency, internships:evaluation,
    internships:set_supervisor, internships:sign_off_link, internships:roster (CSV and XLSX),
    internships:apply (CV upload), internships:endorse_application,
    internships:decide_application; GET: internships:cohort_export.
test_bad_input_learning: courses:enrol, courses:withdraw, courses:mark_done,
    courses:start_attempt, courses:submit_attempt, courses_enrolments, h5p_statement (xAPI),
    h5p_state, h5p_upload, h5p_archive, h5p_delete; GET: h5p_player, h5p_attempts,
    courses_report.

Out of scope here: Wagtail's and Django's own admin views (page editing, snippets, the Django
admin), whose forms are theirs; who may reach which URL is the access matrix's subject."""

import inspect
import re
from pathlib import Path

from django.urls import URLResolver, get_resolver

PROJECT_APPS = ("academy", "accounts", "content", "courses", "h5p", "cpd")
HERE = Path(__file__).parent

COVERED = {
    "accounts": {"account_profile", "account_your_data"},
    "certificates": {
        "certificates:visibility",
        "certificates_admin_detail",
        "certificates_admin_issue",
        "certificates_admin_event",
        "certificates_admin_cohort",
    },
    "cpd": {
        "cpd:join",
        "cpd:professions",
        "cpd:reminders",
        "cpd:new_claim",
        "cpd:amend_claim",
        "cpd:check_in",
        "cpd:check_in_by_qr",
        "cpd:evaluate",
        "cpd:self_study_read",
        "cpd:self_study_start",
        "cpd:self_study_submit",
        "cpd_ledger",
        "cpd_claim",
        "cpd_session",
    },
    "internships": {
        "internships:log_hours",
        "internships:amend_entry",
        "internships:review_entry",
        "internships:sign_competency",
        "internships:evaluation",
        "internships:set_supervisor",
        "internships:sign_off_link",
        "internships:roster",
        "internships:apply",
        "internships:endorse_application",
        "internships:decide_application",
    },
    "learning": {
        "courses:enrol",
        "courses:withdraw",
        "courses:mark_done",
        "courses:start_attempt",
        "courses:submit_attempt",
        "courses_enrolments",
        "h5p_statement",
        "h5p_state",
        "h5p_upload",
        "h5p_archive",
        "h5p_delete",
    },
}


def _patterns(resolver, namespace=""):
    for pattern in resolver.url_patterns:
        if isinstance(pattern, URLResolver):
            inner = f"{namespace}{pattern.namespace}:" if pattern.namespace else namespace
            yield from _patterns(pattern, inner)
        else:
            yield f"{namespace}{pattern.name}", pattern.callback


def _view(callback):
    if hasattr(callback, "view_class"):
        return callback.view_class
    view = inspect.unwrap(callback)
    return view if inspect.isfunction(view) else type(view)


def _takes_post(view) -> bool:
    """A class-based view with a `post` method, or a function whose source (decorators
    included) reads the POST body, uploaded files, or branches on the method."""
    if inspect.isclass(view):
        return hasattr(view, "post")
    source = inspect.getsource(view)
    return bool(re.search(r"POST|request\.FILES|request\.method|request\.body", source))


def project_post_views() -> set[str]:
    found = set()
    for urlconf in ("academy.urls", "h5p.player_urls"):
        for name, callback in _patterns(get_resolver(urlconf)):
            view = _view(callback)
            if view.__module__.startswith(PROJECT_APPS) and _takes_post(view):
                found.add(name)
    return found


def test_every_post_endpoint_of_the_project_is_fuzzed():
    covered = set().union(*COVERED.values())
    missing = project_post_views() - covered
    assert not missing, (
        f"URLs taking POST with no bad-input test: {sorted(missing)}. Add a test to "
        "tests/security/test_bad_input_*.py and name the URL in COVERED."
    )


def test_the_covered_list_names_real_urls_each_in_its_suites_docstring():
    post_views = project_post_views()
    for suite, names in COVERED.items():
        module = (HERE / f"test_bad_input_{suite}.py").read_text()
        docstring = module.split('"""')[1]
        for name in names:
            assert name in post_views, f"{name} is no POST URL of the project (renamed?)"
            assert re.search(rf"(?<![\w:]){re.escape(name)}(?![\w])", docstring), (
                f"{name} is not named in test_bad_input_{suite}.py's docstring"
            )


def test_the_detector_sees_decorated_and_method_branching_views():
    from cpd import views as cpd_views
    from cpd.certificates import views as certificate_views

    assert _takes_post(inspect.unwrap(cpd_views.join))  # @require_POST
    assert _takes_post(inspect.unwrap(cpd_views.check_in_by_qr))  # if request.method == "POST"
    assert not _takes_post(inspect.unwrap(certificate_views.verify_form))  # @require_GET
