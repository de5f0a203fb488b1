"""Bad input at the CPD record's forms (learners) and the CPD staff pages (cpd/admin_views.py).

Covers: cpd:join, cpd:professions, cpd:reminders, cpd:transcript (?on=), cpd:new_claim (with
evidence uploads), cpd:amend_claim, cpd:check_in, cpd:check_in_by_qr, cpd:evaluate,
cpd:self_study_read, cpd:self_study_start, cpd:self_study_submit; staff: cpd_ledger
(adjustment, reversal), cpd_claim (decision), cpd_session (attendance list upload),
cpd_submission, cpd_standing, cpd_learners."""

import datetime as dt
from decimal import Decimal

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone
from hypothesis import example, given
from hypothesis import strategies as st

from accounts.models import AuditEvent
from cpd import claims
from cpd.models import (
    Attendance,
    Claim,
    ClaimStatus,
    CPDEvent,
    CPDSession,
    LearnerProfile,
    LedgerEntry,
    Membership,
    SelfStudy,
    SelfStudyAttempt,
    SelfStudyOption,
    SelfStudyQuestion,
)
from tests.content import factories as pages
from tests.cpd import factories as make
from tests.security import bad_input as bad

pytestmark = pytest.mark.django_db
D = Decimal
PDF = b"%PDF-1.7\n" + b"0" * 200


def maybe(strategy):
    """A form field that is missing, one value, or the same key several times."""
    return st.none() | strategy | st.lists(strategy, min_size=2, max_size=3)


def form(**fields) -> st.SearchStrategy[dict]:
    return st.fixed_dictionaries({name: maybe(s) for name, s in fields.items()}).map(
        lambda data: {k: v for k, v in data.items() if v is not None}
    )


@pytest.fixture
def scheme():
    return make.scheme(
        "fuzz",
        categories=[("cpd", None, None)],
        rules=[
            ("self_reported", "cpd", {"points_per_hour": D("0.5")}),
            ("event", "cpd", {"points_per_hour": D(1)}),
            ("self_study", "cpd", {"points_per_hour": D(1)}),
        ],
        claim_window_days=90,
    )


@pytest.fixture
def per_learner_scheme():
    return make.scheme("own-date", per_learner=True)


@pytest.fixture
def learner(scheme):
    return make.member("fuzz-learner@example.org", scheme)


@pytest.fixture
def staff():
    return make.staff("CPD administrators", "fuzz-cpd-admin@example.org")


@pytest.fixture
def open_session():
    now = timezone.now()
    event = CPDEvent(title="Tumour board", title_en="Tumour board", organiser="Institute")
    event.sessions = [
        CPDSession(
            title="Now",
            title_en="Now",
            starts_at=now - dt.timedelta(minutes=10),
            ends_at=now + dt.timedelta(hours=1),
        )
    ]
    event.save()
    return event.sessions.get()


# -- learners: joining, professions, reminders, transcript ---------------------------------------
@bad.FUZZ
@given(data=form(scheme=bad.number(), registration_number=bad.text(), cycle_start_date=bad.day()))
@example(data={"scheme": "{own}", "cycle_start_date": "9999-12-31"})
@example(data={"scheme": "{own}", "cycle_start_date": "0001-01-01"})
def test_joining_a_scheme(learner, per_learner_scheme, data):
    data = {k: str(per_learner_scheme.pk) if v == "{own}" else v for k, v in data.items()}
    client = bad.client_for(learner)
    before = Membership.objects.filter(user=learner).count()
    response = bad.send(client, "post", reverse("cpd:join"), data)
    if response.status_code == 302:
        # Whatever was accepted, the record page still shows.
        bad.send(client, "get", reverse("cpd:record"))
        Membership.objects.filter(user=learner, scheme=per_learner_scheme).delete()
    else:
        assert response.status_code == 400 and bad.explained(response)
        assert Membership.objects.filter(user=learner).count() == before


@bad.FUZZ
@given(data=form(professions=bad.text()))
def test_professions(learner, data):
    response = bad.send(bad.client_for(learner), "post", reverse("cpd:professions"), data)
    assert response.status_code == 302
    profile = LearnerProfile.objects.filter(user=learner).first()
    if bad.error_messages(response):
        assert profile is None or all(p for p in profile.professions)


@bad.FUZZ
@given(value=maybe(bad.text()), membership=st.sampled_from(["mine", "other", "999999"]))
def test_reminders(learner, scheme, value, membership):
    other = Membership.objects.exclude(user=learner).first() or Membership.objects.create(
        user=make.member(f"other-{scheme.pk}@example.org"), scheme=scheme
    )
    target = {
        "mine": learner.cpd_memberships.get().pk,
        "other": other.pk,
        "999999": 999999,
    }[membership]
    data = {} if value is None else {"reminders": value}
    response = bad.send(
        bad.client_for(learner), "post", reverse("cpd:reminders", args=[target]), data
    )
    assert response.status_code == (302 if membership == "mine" else 404)


@bad.FUZZ
@given(on=bad.day())
@example(on="9999-12-31")
@example(on="0001-01-01")
def test_transcript_for_any_date(learner, on):
    membership = learner.cpd_memberships.get()
    response = bad.send(
        bad.client_for(learner), "get", reverse("cpd:transcript", args=[membership.pk]), {"on": on}
    )
    if response.status_code != 200:
        assert response.status_code == 400 and response.content.strip()


# -- learners: claims with evidence ----------------------------------------------------------------
def evidence_files():
    return bad.garbage_files().map(lambda b: SimpleUploadedFile("evidence.pdf", b)) | st.just(
        SimpleUploadedFile("ok.pdf", PDF)
    )


def _claim_state():
    return (
        Claim.objects.count(),
        bad.stored_files("cpd_evidence"),
        LedgerEntry.objects.count(),
    )


@bad.FUZZ
@given(
    data=form(
        category=bad.text() | st.just("{ok}"),
        title=bad.text(),
        provider=bad.text(),
        start_date=bad.day(),
        end_date=bad.day(),
        hours=bad.number(),
    ),
    evidence=st.none() | evidence_files(),
)
@example(
    data={
        "category": "{ok}",
        "title": "Workshop",
        "provider": "HKU",
        "start_date": "0001-01-01",
        "end_date": "0001-01-02",
        "hours": "1",
    },
    evidence=SimpleUploadedFile("ok.pdf", PDF),
)
@example(
    data={
        "category": "{ok}",
        "title": "Workshop",
        "provider": "HKU",
        "start_date": "2026-01-01",
        "end_date": "9999-12-31",
        "hours": "9999.99",
    },
    evidence=SimpleUploadedFile("ok.pdf", PDF),
)
def test_claiming_an_outside_activity(learner, scheme, data, evidence):
    data = {k: f"{scheme.pk}:cpd" if v == "{ok}" else v for k, v in data.items()}
    if evidence is not None:
        evidence.seek(0)
        data["evidence"] = evidence
    before = _claim_state()
    response = bad.send(bad.client_for(learner), "post", reverse("cpd:new_claim"), data)
    if response.status_code == 302:
        assert Claim.objects.count() == before[0] + 1
        Claim.objects.filter(user=learner).delete()
    else:
        assert response.status_code == 400 and bad.explained(response)
        assert _claim_state() == before


@bad.FUZZ
@given(data=form(hours=bad.number()), evidence=st.none() | evidence_files())
def test_amending_a_claim(learner, scheme, staff, data, evidence):
    claim = Claim.objects.filter(user=learner).first()
    if claim is None:
        today = timezone.localdate()
        claim = claims.submit(
            learner,
            scheme=scheme,
            category_code="cpd",
            title="Workshop",
            provider="HKU",
            start_date=today - dt.timedelta(days=2),
            end_date=today - dt.timedelta(days=1),
            hours=D(2),
            evidence=SimpleUploadedFile("e.pdf", PDF),
        )
    Claim.objects.filter(pk=claim.pk).update(
        status=ClaimStatus.AMENDMENT,
        hours=D(2),
        decision_reason="Give the hours on the certificate.",
        decided_at=timezone.now(),
        decided_by=staff,
    )
    if evidence is not None:
        evidence.seek(0)
        data["evidence"] = evidence
    files = bad.stored_files("cpd_evidence")
    response = bad.send(
        bad.client_for(learner), "post", reverse("cpd:amend_claim", args=[claim.pk]), data
    )
    assert response.status_code == 302
    claim.refresh_from_db()
    if claim.status == ClaimStatus.AMENDMENT:  # refused
        assert bad.error_messages(response)
        assert claim.hours == D(2) and bad.stored_files("cpd_evidence") == files


# -- learners: check-in and evaluation -------------------------------------------------------------
@bad.FUZZ
@given(code=maybe(bad.text() | st.sampled_from(["{ok}", "{ok-lower}", "ABCDEF", "\x00" * 6])))
@example(code=None)  # an empty POST was answered with an unbound form: 400 and no message
def test_checking_in_by_code(learner, open_session, code):
    if code == "{ok}":
        code = open_session.code
    elif code == "{ok-lower}":
        code = f" {open_session.code.lower()}"
    Attendance.objects.filter(user=learner).delete()
    before = (Attendance.objects.count(), LedgerEntry.objects.count())
    data = {} if code is None else {"code": code}
    response = bad.send(bad.client_for(learner), "post", reverse("cpd:check_in"), data)
    if response.status_code != 302:
        assert response.status_code == 400 and bad.explained(response)
        assert (Attendance.objects.count(), LedgerEntry.objects.count()) == before


@bad.FUZZ
@given(token=bad.text().filter(lambda t: t and "/" not in t and len(t) < 3000))
@example(token="\x00")  # PostgreSQL refused the lookup: a 500
def test_checking_in_by_a_made_up_qr_token(learner, token):
    from urllib.parse import quote

    url = reverse("cpd:check_in", args=[]) + quote(token, safe="") + "/"
    before = Attendance.objects.count()
    for method in ("get", "post"):
        response = bad.send(bad.client_for(learner), method, url)
        assert response.status_code in (400, 404)
    assert Attendance.objects.count() == before


def test_checking_in_to_a_closed_session_explains_why(learner, open_session):
    CPDSession.objects.filter(pk=open_session.pk).update(
        ends_at=timezone.now() - dt.timedelta(minutes=1)
    )
    url = reverse("cpd:check_in_by_qr", args=[open_session.token])
    response = bad.send(bad.client_for(learner), "post", url)
    assert response.status_code == 400 and "closes when it ends" in response.text
    assert not Attendance.objects.exists()


@bad.FUZZ
@given(data=form(rating=bad.number(), comment=bad.text()))
@example(data={})  # an empty POST was answered with an unbound form: 400 and no message
def test_evaluating_a_session(learner, open_session, data):
    CPDEvent.objects.filter(pk=open_session.event_id).update(requires_evaluation=True)
    attendance, _created = Attendance.objects.get_or_create(
        session=open_session, user=learner, defaults={"checked_in_at": timezone.now()}
    )
    Attendance.objects.filter(pk=attendance.pk).update(evaluated_at=None, rating=None, comment="")
    before = LedgerEntry.objects.count()
    response = bad.send(
        bad.client_for(learner), "post", reverse("cpd:evaluate", args=[attendance.pk]), data
    )
    attendance.refresh_from_db()
    if response.status_code != 302:
        assert response.status_code == 400 and bad.explained(response)
        assert attendance.evaluated_at is None and LedgerEntry.objects.count() == before


# -- learners: self-study --------------------------------------------------------------------------
@pytest.fixture
def study(home_page):
    article = pages.article(
        pages.topic(home_page), level="professional", audience=["professionals"]
    )
    study = SelfStudy(article=article, hours=D(1), reading_minutes=0, max_attempts=2)
    study.full_clean()
    study.save()
    single = SelfStudyQuestion.objects.create(
        self_study=study, kind="single", prompt_en="Five tiers?", prompt_zh_hant="五級？"
    )
    for text, correct in (("Three", False), ("Five", True)):
        SelfStudyOption.objects.create(question=single, text_en=text, correct=correct)
    SelfStudyQuestion.objects.create(
        self_study=study, kind="true_false", prompt_en="A VUS guides treatment.", answer_true=False
    )
    return study


@bad.FUZZ
@given(answers=st.data())
def test_submitting_a_self_study_assessment(learner, study, answers):
    client = bad.client_for(learner)
    SelfStudyAttempt.objects.filter(user=learner).delete()
    bad.send(client, "post", reverse("cpd:self_study_read", args=[study.pk]))
    bad.send(client, "post", reverse("cpd:self_study_start", args=[study.pk]))
    attempt = SelfStudyAttempt.objects.get(user=learner)
    ids = [q["id"] for q in attempt.snapshot]
    data = answers.draw(
        st.dictionaries(
            st.sampled_from(ids) | bad.names(),
            bad.anything() | st.lists(bad.anything(), min_size=2, max_size=3),
            max_size=len(ids) + 2,
        )
    )
    before = LedgerEntry.objects.count()
    response = bad.send(client, "post", reverse("cpd:self_study_submit", args=[attempt.pk]), data)
    assert response.status_code == 302
    attempt.refresh_from_db()
    if attempt.submitted_at is None:  # refused
        assert bad.error_messages(response)
        assert LedgerEntry.objects.count() == before
    bad.send(client, "get", reverse("cpd:self_study", args=[study.pk]))


@pytest.mark.parametrize("view", ["cpd:self_study_read", "cpd:self_study_start"])
def test_self_study_of_no_such_article(learner, view):
    response = bad.send(bad.client_for(learner), "post", reverse(view, args=[2_147_483_647]))
    assert response.status_code == 404


# -- staff: ledger adjustments and reversals -------------------------------------------------------
@bad.FUZZ
@given(
    data=form(
        action=st.sampled_from(["reverse", "adjust", "", "\x00"]),
        scheme=bad.number() | st.just("{ok}"),
        category_code=bad.text() | st.just("cpd"),
        points=bad.number(),
        activity_date=bad.day(),
        reason=bad.text(),
        entry=bad.number() | st.just("{entry}"),
    )
)
@example(
    data={
        "scheme": "{ok}",
        "category_code": "cpd",
        "points": "999999.99",
        "activity_date": "9999-12-31",
        "reason": "typo",
    }
)
@example(
    data={
        "scheme": "{ok}",
        "category_code": "cpd",
        "points": "5",
        "activity_date": "0001-01-01",
        "reason": "typo",
    }
)
def test_ledger_adjustments_and_reversals(staff, learner, scheme, data):
    entry = make.award(
        learner, scheme, 1, f"fuzz:{LedgerEntry.objects.count()}", dt.date(2026, 1, 5), "cpd"
    )
    values = {"{ok}": str(scheme.pk), "{entry}": str(entry.pk)}
    data = {k: values.get(v, v) if isinstance(v, str) else v for k, v in data.items()}
    client = bad.client_for(staff)
    before = (LedgerEntry.objects.count(), AuditEvent.objects.count())
    response = bad.send(client, "post", reverse("cpd_ledger", args=[learner.pk]), data)
    if response.status_code != 302:
        assert response.status_code == 400 and bad.explained(response)
        assert (LedgerEntry.objects.count(), AuditEvent.objects.count()) == before
    bad.send(client, "get", reverse("cpd_ledger", args=[learner.pk]))
    bad.send(client, "get", reverse("cpd:record"))


# -- staff: claim decisions ------------------------------------------------------------------------
@bad.FUZZ
@given(
    data=form(
        decision=st.sampled_from(["approve", "amend", "reject"]) | bad.text(),
        points=bad.number(),
        reason=bad.text(),
    )
)
def test_deciding_a_claim(staff, learner, scheme, data):
    today = timezone.localdate()
    claim = claims.submit(
        learner,
        scheme=scheme,
        category_code="cpd",
        title="Workshop",
        provider="HKU",
        start_date=today - dt.timedelta(days=2),
        end_date=today - dt.timedelta(days=1),
        hours=D(2),
        evidence=SimpleUploadedFile("e.pdf", PDF),
    )
    before = (LedgerEntry.objects.count(), AuditEvent.objects.count())
    response = bad.send(bad.client_for(staff), "post", reverse("cpd_claim", args=[claim.pk]), data)
    claim.refresh_from_db()
    if response.status_code != 302:
        assert response.status_code == 400 and bad.explained(response)
        assert claim.status == ClaimStatus.PENDING
        assert (LedgerEntry.objects.count(), AuditEvent.objects.count()) == before


# -- staff: attendance lists -----------------------------------------------------------------------
def attendance_lists():
    rows = st.lists(bad.text() | st.just("fuzz-learner@example.org"), max_size=5)
    csv_text = st.tuples(st.sampled_from(["email", "EMAIL ", "e-mail", ""]), rows).map(
        lambda parts: "\n".join([parts[0], *parts[1]]).encode("utf-8", "surrogatepass")
    )
    return bad.garbage_files() | csv_text


@bad.FUZZ
@given(upload=attendance_lists())
@example(upload=b'email\n"unclosed')
@example(upload=b"email\n" + b"a" * 200_000 + b"\n")
@example(upload=b"email\nfuzz\x00learner@example.org\n")
def test_uploading_an_attendance_list(staff, learner, open_session, upload):
    before = (Attendance.objects.count(), LedgerEntry.objects.count())
    response = bad.send(
        bad.client_for(staff),
        "post",
        reverse("cpd_session", args=[open_session.pk]),
        {"attendance_list": SimpleUploadedFile("list.csv", upload)},
    )
    if response.status_code == 302:
        Attendance.objects.filter(session=open_session).delete()
    else:
        assert response.status_code == 400 and bad.explained(response)
        assert (Attendance.objects.count(), LedgerEntry.objects.count()) == before


# -- staff: exports and reports (GET forms) --------------------------------------------------------
@bad.FUZZ
@given(data=form(scheme=bad.number() | st.just("{ok}"), start=bad.day(), end=bad.day()))
@example(data={"scheme": "{ok}", "start": "0001-01-01", "end": "9999-12-31"})
def test_exporting_a_schemes_points(staff, learner, scheme, data):
    data = {k: str(scheme.pk) if v == "{ok}" else v for k, v in data.items()}
    before = AuditEvent.objects.count()
    response = bad.send(bad.client_for(staff), "get", reverse("cpd_submission"), data)
    if response.status_code != 200 or not response["Content-Type"].startswith("text/csv"):
        assert AuditEvent.objects.count() == before
        if data:
            assert response.status_code == 400 and bad.explained(response)


@bad.FUZZ
@given(
    data=form(
        scheme=bad.text() | st.just("fuzz"),
        on=bad.day(),
        standing=bad.text(),
        format=st.sampled_from(["csv", "xlsx", ""]),
        q=bad.text(),
        page=bad.number(),
        status=bad.text(),
        audit=bad.text(),
    )
)
@example(data={"scheme": "fuzz", "on": "9999-12-31"})
@example(data={"scheme": "fuzz", "on": "0001-01-01", "format": "csv"})
def test_staff_reports_with_odd_parameters(staff, learner, data):
    client = bad.client_for(staff)
    for name in ("cpd_standing", "cpd_learners", "cpd_claims"):
        response = bad.send(client, "get", reverse(name), data)
        assert response.status_code in (200, 400)
