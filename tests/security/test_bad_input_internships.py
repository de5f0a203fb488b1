"""Bad input at the internship pages: the logbook (log, amend, review), competencies,
evaluations, supervisors, one-time sign-off links, roster imports (CSV and XLSX, judged by their
bytes), applications with their CV, endorsements and decisions.

Covers: internships:log_hours, internships:amend_entry, internships:review_entry,
internships:sign_competency, internships:evaluation, internships:set_supervisor,
internships:sign_off_link, internships:roster, internships:apply, internships:endorse_application,
internships:decide_application, internships:cohort_export."""

import datetime as dt
import io
from decimal import Decimal
from urllib.parse import quote

import pytest
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone
from hypothesis import example, given
from hypothesis import strategies as st

from accounts import roles
from accounts.models import AuditEvent
from cpd.internships import services
from cpd.internships.models import (
    Application,
    ApplicationStatus,
    CompetencySignOff,
    EntryStatus,
    Evaluation,
    LogbookEntry,
    Placement,
    SignOffLink,
)
from cpd.services import hong_kong_date
from tests.internships import factories as make
from tests.security import bad_input as bad

pytestmark = pytest.mark.django_db
D = Decimal


def maybe(strategy):
    return st.none() | strategy | st.lists(strategy, min_size=2, max_size=3)


def form(**fields) -> st.SearchStrategy[dict]:
    return st.fixed_dictionaries({name: maybe(s) for name, s in fields.items()}).map(
        lambda data: {k: v for k, v in data.items() if v is not None}
    )


class Cast:
    """A placement in progress today, with its student, supervisor and coordinator."""

    def __init__(self):
        today = hong_kong_date(timezone.now())
        self.today = today
        self.coordinator = make.user("fuzz-coord@example.org", roles.UNIVERSITY_COORDINATORS)
        self.supervisor = make.user("fuzz-sup@example.org", roles.SUPERVISORS)
        self.student = make.user("fuzz-stu@example.org", chinese_name="陳同學")
        self.administrator = make.user(
            "fuzz-cpd@example.org", roles.CPD_ADMINISTRATORS, is_staff=True
        )
        self.university = make.university("fuzz-uni", self.coordinator)
        self.programme = make.programme()
        self.cohort = make.cohort(
            self.programme, self.university, starts=today - dt.timedelta(days=20)
        )
        self.placement = make.placement(self.cohort, self.student, self.supervisor)


@pytest.fixture
def cast():
    return Cast()


def entry_form():
    return form(
        day=bad.day() | st.just("{today}"),
        hours=bad.number() | st.sampled_from(["0.25", "16", "16.01", "8"]),
        area_code=bad.text() | st.sampled_from(["lab", "bio"]),
        activity=bad.text(),
        reflection=bad.text(),
    )


def _fill(data: dict, cast: Cast) -> dict:
    return {k: cast.today.isoformat() if v == "{today}" else v for k, v in data.items()}


# -- the logbook -----------------------------------------------------------------------------------
@bad.FUZZ
@given(data=entry_form())
@example(data={"day": "{today}", "hours": "8", "area_code": "lab", "activity": "a\x00b"})
def test_logging_hours(cast, data):
    data = _fill(data, cast)
    before = (LogbookEntry.objects.count(), SignOffLink.objects.count())
    response = bad.send(
        bad.client_for(cast.student),
        "post",
        reverse("internships:log_hours", args=[cast.placement.pk]),
        data,
    )
    if response.status_code == 302:
        LogbookEntry.objects.filter(placement=cast.placement).delete()
    else:
        assert response.status_code == 400 and bad.explained(response)
        assert (LogbookEntry.objects.count(), SignOffLink.objects.count()) == before


@bad.FUZZ
@given(data=entry_form())
def test_amending_a_returned_entry(cast, data):
    data = _fill(data, cast)
    entry = LogbookEntry.objects.filter(placement=cast.placement).first() or (
        LogbookEntry.objects.create(
            placement=cast.placement,
            day=cast.today,
            hours=D(3),
            area_code="lab",
            activity="PCR",
            submitted_at=timezone.now(),
        )
    )
    LogbookEntry.objects.filter(pk=entry.pk).update(
        status=EntryStatus.RETURNED,
        comment="Say which samples.",
        hours=D(3),
        area_code="lab",
        activity="PCR",
    )
    response = bad.send(
        bad.client_for(cast.student),
        "post",
        reverse("internships:amend_entry", args=[entry.pk]),
        data,
    )
    entry.refresh_from_db()
    if response.status_code != 302:
        assert response.status_code == 400 and bad.explained(response)
        assert (entry.status, entry.hours, entry.activity) == (EntryStatus.RETURNED, D(3), "PCR")


@bad.FUZZ
@given(data=form(decision=st.sampled_from(["approve", "return"]) | bad.text(), comment=bad.text()))
def test_reviewing_an_entry(cast, data):
    entry = LogbookEntry.objects.create(
        placement=cast.placement,
        day=cast.today,
        hours=D(1),
        area_code="lab",
        activity="PCR",
        submitted_at=timezone.now(),
    )
    response = bad.send(
        bad.client_for(cast.supervisor),
        "post",
        reverse("internships:review_entry", args=[entry.pk]),
        data,
    )
    entry.refresh_from_db()
    if response.status_code != 302:
        assert response.status_code == 400 and bad.explained(response)
        assert entry.status == EntryStatus.SUBMITTED and entry.reviewed_by is None


@bad.FUZZ
@given(
    token=bad.text().filter(lambda t: "/" not in t and len(t) < 3000),
    data=form(decision=st.sampled_from(["approve", "return"]) | bad.text(), comment=bad.text()),
)
def test_a_made_up_sign_off_link(cast, token, data):
    url = reverse("internships:sign_off_link", args=["x"]).replace("/x/", f"/{quote(token)}/")
    before = SignOffLink.objects.filter(used_at__isnull=False).count()
    for method in ("get", "post"):
        response = bad.send(bad.client_for(), method, url, data if method == "post" else None)
        assert response.status_code in (404, 410)
    assert SignOffLink.objects.filter(used_at__isnull=False).count() == before


@bad.FUZZ
@given(data=form(decision=st.sampled_from(["approve", "return"]) | bad.text(), comment=bad.text()))
def test_a_real_sign_off_link_with_bad_answers(cast, data):
    entry = LogbookEntry.objects.create(
        placement=cast.placement,
        day=cast.today,
        hours=D(1),
        area_code="lab",
        activity="PCR",
        submitted_at=timezone.now(),
    )
    token = services.make_sign_off_link(entry)
    url = reverse("internships:sign_off_link", args=[token])
    response = bad.send(bad.client_for(), "post", url, data)
    entry.refresh_from_db()
    if response.status_code != 200:
        assert response.status_code == 400 and bad.explained(response)
        assert entry.status == EntryStatus.SUBMITTED
        assert SignOffLink.objects.get(entry=entry).used_at is None


# -- competencies, evaluations, supervisors --------------------------------------------------------
@bad.FUZZ
@given(
    data=form(
        competency=bad.number() | st.just("{ok}"),
        achieved_on=bad.day(),
        entrustment=bad.number() | st.sampled_from(["1", "5", "6", "0"]),
    )
)
@example(data={"competency": "{ok}", "achieved_on": "9999-12-31", "entrustment": "5"})
def test_signing_off_a_competency(cast, data):
    competency = cast.programme.competencies.first()
    data = {k: str(competency.pk) if v == "{ok}" else v for k, v in data.items()}
    before = CompetencySignOff.objects.count()
    response = bad.send(
        bad.client_for(cast.supervisor),
        "post",
        reverse("internships:sign_competency", args=[cast.placement.pk]),
        data,
    )
    if response.status_code == 302:
        CompetencySignOff.objects.filter(placement=cast.placement).delete()
    else:
        assert response.status_code == 400 and bad.explained(response)
        assert CompetencySignOff.objects.count() == before


@bad.FUZZ
@given(
    stage=st.sampled_from(["midpoint", "final", "x", "\u202e"]),
    kind=st.sampled_from(["supervisor", "self", "feedback", "y"]),
    data=st.dictionaries(
        st.sampled_from(["comments", "rating_knowledge", "rating_skills", "rating_x"])
        | bad.names(),
        bad.number() | bad.text() | st.lists(bad.number(), min_size=2, max_size=3),
        max_size=6,
    ),
)
def test_writing_an_evaluation(cast, stage, kind, data):
    who = cast.supervisor if kind == "supervisor" else cast.student
    url = reverse("internships:evaluation", args=[cast.placement.pk, "s", "k"]).replace(
        "/s/k/", f"/{quote(stage)}/{quote(kind)}/"
    )
    before = Evaluation.objects.count()
    response = bad.send(bad.client_for(who), "post", url, data)
    if response.status_code == 302:
        Evaluation.objects.filter(placement=cast.placement).delete()
    else:
        assert response.status_code in (400, 403, 404)
        if response.status_code == 400:
            assert bad.explained(response)
        assert Evaluation.objects.count() == before


@bad.FUZZ
@given(data=form(email=bad.text() | st.just("fuzz-sup@example.org"), host_unit=bad.text()))
def test_assigning_a_supervisor(cast, data):
    before = AuditEvent.objects.count()
    response = bad.send(
        bad.client_for(cast.coordinator),
        "post",
        reverse("internships:set_supervisor", args=[cast.placement.pk]),
        data,
    )
    if response.status_code != 302:
        assert response.status_code == 400 and bad.explained(response)
        assert AuditEvent.objects.count() == before
        assert Placement.objects.get(pk=cast.placement.pk).supervisor == cast.supervisor


@bad.FUZZ
@given(form_=bad.text())
def test_exporting_a_cohort_in_an_odd_format(cast, form_):
    url = reverse("internships:cohort_export", args=[cast.cohort.pk, "csv"])
    url = url.removesuffix("csv") + quote(form_)
    response = bad.send(bad.client_for(cast.coordinator), "get", url)
    assert response.status_code in (200, 404)


# -- rosters ---------------------------------------------------------------------------------------
HEADER = "name_en,name_zh,email,student_number,programme,cohort"


def roster_csv() -> st.SearchStrategy[bytes]:
    cell = bad.text() | st.sampled_from(["summer", "2026 summer", "fuzz@example.org", "S1"])
    row = st.lists(cell, min_size=0, max_size=8).map(
        lambda cells: ",".join('"' + c.replace('"', '""') + '"' for c in cells)
    )
    return st.tuples(
        st.sampled_from([HEADER, HEADER.upper(), "email", ""]), st.lists(row, max_size=4)
    ).map(lambda parts: "\n".join([parts[0], *parts[1]]).encode("utf-8", "surrogatepass"))


def roster_xlsx(rows: list[list]) -> bytes:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    for row in rows:
        sheet.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def xlsx_rosters() -> st.SearchStrategy[bytes]:
    cell = (
        st.none()
        | st.integers()
        | st.floats(allow_nan=False)
        | st.dates()
        | st.booleans()
        | st.sampled_from(["陳大文", "=1+1", "summer", "2026 summer", "a" * 300, "\u202e"])
    )
    rows = st.lists(st.lists(cell, max_size=8), max_size=4)
    return rows.map(lambda body: roster_xlsx([HEADER.split(","), *body]))


LONG_EMAIL = "a" * 64 + "@" + ".".join(["b" * 60] * 4) + ".org"  # valid, but 310 characters


@bad.FUZZ
@given(upload=bad.garbage_files() | roster_csv() | xlsx_rosters())
@example(upload=f"{HEADER}\nA Student,,{LONG_EMAIL},S1,summer,2026 summer\n".encode())
@example(upload=roster_xlsx([HEADER.split(","), ["A", None, LONG_EMAIL, "S1", "summer", "x"]]))
def test_importing_a_roster(cast, upload):
    term = cast.cohort.term
    upload = upload.replace(b"2026 summer", term.encode())
    User = get_user_model()
    before = (User.objects.count(), Placement.objects.count(), AuditEvent.objects.count())
    response = bad.send(
        bad.client_for(cast.coordinator),
        "post",
        reverse("internships:roster", args=[cast.university.pk]),
        {"file": SimpleUploadedFile("roster.csv", upload)},
    )
    if response.status_code == 302:
        Placement.objects.filter(cohort=cast.cohort).exclude(pk=cast.placement.pk).delete()
    else:
        assert response.status_code == 400 and bad.explained(response)
        assert (
            User.objects.count(),
            Placement.objects.count(),
            AuditEvent.objects.count(),
        ) == before


def test_a_roster_of_other_universities_is_not_found(cast):
    other = make.university("fuzz-other")
    response = bad.send(
        bad.client_for(cast.coordinator),
        "post",
        reverse("internships:roster", args=[other.pk]),
        {"file": SimpleUploadedFile("r.csv", HEADER.encode())},
    )
    assert response.status_code == 404


# -- applications ----------------------------------------------------------------------------------
@pytest.fixture
def open_cohort(cast):
    cast.programme.takes_applications = True
    cast.programme.save()
    return make.cohort(
        cast.programme,
        cast.university,
        term="2027 summer",
        starts=cast.today + dt.timedelta(days=60),
    )


@bad.FUZZ
@given(
    data=form(student_number=bad.text(), statement=bad.text()),
    cv=st.none() | bad.garbage_files() | st.just(b"%PDF-1.7\n" + b"0" * 50),
)
def test_applying(cast, open_cohort, data, cv):
    if cv is not None:
        data["cv"] = SimpleUploadedFile("cv.pdf", cv)
    applicant = make.user(f"fuzz-applicant-{Application.objects.count()}-{id(data)}@example.org")
    before = Application.objects.count()
    response = bad.send(
        bad.client_for(applicant),
        "post",
        reverse("internships:apply", args=[open_cohort.pk]),
        data,
    )
    if response.status_code != 302:
        assert response.status_code == 400 and bad.explained(response)
        assert Application.objects.count() == before


@bad.FUZZ
@given(data=form(decision=st.sampled_from(["yes", "no"]) | bad.text(), note=bad.text()))
def test_endorsing_and_deciding(cast, open_cohort, data):
    applicant = make.user(f"fuzz-endorse-{Application.objects.count()}@example.org")
    application = Application.objects.create(
        cohort=open_cohort,
        student=applicant,
        student_number=f"N{applicant.pk}",
        statement="Please",
        cv=SimpleUploadedFile("cv.pdf", b"%PDF-1.7"),
        submitted_at=timezone.now(),
    )
    for who, name, waiting in (
        (cast.coordinator, "internships:endorse_application", ApplicationStatus.SUBMITTED),
        (cast.administrator, "internships:decide_application", ApplicationStatus.ENDORSED),
    ):
        Application.objects.filter(pk=application.pk).update(status=waiting)
        before = Placement.objects.count()
        response = bad.send(bad.client_for(who), "post", reverse(name, args=[application.pk]), data)
        assert response.status_code == 302
        application.refresh_from_db()
        if application.status == waiting:
            assert bad.error_messages(response)
            assert Placement.objects.count() == before
