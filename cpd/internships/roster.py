"""Roster import by a university coordinator: a CSV or XLSX file with one student per row
(name in English and Chinese, email, student number, programme, cohort term). All rows or
none: any bad row imports nothing, and every bad row is listed with its reason in the
coordinator's language. Importing the same file again changes nothing. New students get an
invitation to set their password."""

from __future__ import annotations

import csv
import io
from collections import Counter
from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.mail import send_mail
from django.core.validators import validate_email
from django.db import transaction
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from academy.tasks import enqueue
from cpd.internships import tasks
from cpd.internships.models import Cohort, Invitation, Placement

COLUMNS = ("name_en", "name_zh", "email", "student_number", "programme", "cohort")
MAX_BYTES = 2 * 1024 * 1024
MAX_ROWS = 2000
XLSX_MAGIC = b"PK\x03\x04"


@dataclass
class RosterProblem:
    line: int
    message: str


@dataclass
class RosterResult:
    created_students: int = 0
    placed: int = 0
    unchanged: int = 0
    invited: list[int] = field(default_factory=list)


class RosterRefused(Exception):
    def __init__(self, problems: list[RosterProblem]) -> None:
        super().__init__("; ".join(f"{p.line}: {p.message}" for p in problems))
        self.problems = problems


def read_rows(data: bytes) -> list[tuple[int, dict[str, str]]]:
    """(line number, row) pairs from a CSV or XLSX file, by its bytes, not its name."""
    if len(data) > MAX_BYTES:
        raise RosterRefused([RosterProblem(0, _("The file is larger than 2 MB."))])
    rows = _xlsx_rows(data) if data.startswith(XLSX_MAGIC) else _csv_rows(data)
    if not rows:
        raise RosterRefused([RosterProblem(0, _("The file has no rows."))])
    header = [str(cell or "").strip().lower() for cell in rows[0][1]]
    missing = [name for name in COLUMNS if name not in header]
    if missing:
        raise RosterRefused(
            [
                RosterProblem(
                    1,
                    _("The first row must name the columns; missing: %(columns)s.")
                    % {"columns": ", ".join(missing)},
                )
            ]
        )
    if len(rows) - 1 > MAX_ROWS:
        raise RosterRefused([RosterProblem(0, _("At most 2,000 students per file."))])
    result = []
    for line, cells in rows[1:]:
        values = [str(cell).strip() if cell is not None else "" for cell in cells]
        if not any(values):
            continue
        result.append(
            (line, {name: (values[i] if i < len(values) else "") for i, name in enumerate(header)})
        )
    if not result:
        raise RosterRefused([RosterProblem(0, _("The file has no students in it."))])
    return result


def _csv_rows(data: bytes) -> list[tuple[int, list[str]]]:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise RosterRefused(
            [RosterProblem(0, _("The file is neither an XLSX workbook nor CSV in UTF-8."))]
        ) from None
    if "\x00" in text:
        raise RosterRefused(
            [RosterProblem(0, _("The file is neither an XLSX workbook nor CSV in UTF-8."))]
        )
    try:
        return [(n, row) for n, row in enumerate(csv.reader(io.StringIO(text)), start=1)]
    except csv.Error as error:
        raise RosterRefused(
            [RosterProblem(0, _("The CSV could not be read: %(error)s") % {"error": error})]
        ) from None


def _xlsx_rows(data: bytes) -> list[tuple[int, list[object]]]:
    from openpyxl import load_workbook

    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        sheet = book.worksheets[0]
        rows = [(n, list(row)) for n, row in enumerate(sheet.iter_rows(values_only=True), start=1)]
        book.close()
        return rows
    except Exception:  # a damaged or disguised file: openpyxl raises many kinds
        raise RosterRefused([RosterProblem(0, _("The XLSX workbook could not be read."))]) from None


def import_roster(data: bytes, *, university, by) -> RosterResult:
    rows = read_rows(data)
    cohorts = {
        (c.programme.code, c.term.strip().lower()): c
        for c in Cohort.objects.filter(university=university).select_related("programme")
    }
    problems: list[RosterProblem] = []
    seen_emails: dict[str, int] = {}
    seen_numbers: dict[tuple[int, str], int] = {}
    checked = []
    for line, row in rows:
        row_problems = _check_row(row, cohorts)
        email = row.get("email", "").lower()
        cohort = cohorts.get((row.get("programme", ""), row.get("cohort", "").lower()))
        if email and email in seen_emails:
            row_problems.append(
                _("The same email is on line %(line)s.") % {"line": seen_emails[email]}
            )
        seen_emails.setdefault(email, line)
        if cohort and row.get("student_number"):
            key = (cohort.pk, row["student_number"])
            if key in seen_numbers:
                row_problems.append(
                    _("The same student number is on line %(line)s.") % {"line": seen_numbers[key]}
                )
            seen_numbers.setdefault(key, line)
        problems += [RosterProblem(line, message) for message in row_problems]
        checked.append((line, row, cohort))
    if not problems:
        problems = _check_against_database(checked)
    if problems:
        raise RosterRefused(problems)
    return _apply(checked, by)


def _check_row(row: dict[str, str], cohorts: dict) -> list[str]:
    problems = []
    if not row.get("name_en"):
        problems.append(_("The English name is missing."))
    if len(row.get("name_en", "")) > 150 or len(row.get("name_zh", "")) > 100:
        problems.append(_("A name is too long."))
    if not _is_email(row.get("email", "")):
        problems.append(
            _("“%(email)s” is not an email address.") % {"email": row.get("email", "")[:100]}
        )
    if not row.get("student_number") or len(row["student_number"]) > 40:
        problems.append(_("The student number is missing or too long."))
    if (row.get("programme", ""), row.get("cohort", "").lower()) not in cohorts:
        problems.append(
            _("Your university has no cohort “%(cohort)s” in programme “%(programme)s”.")
            % {"cohort": row.get("cohort", "")[:60], "programme": row.get("programme", "")[:60]}
        )
    return problems


def _is_email(text: str) -> bool:
    """A valid address that also fits the account's email column (the validator allows
    longer ones)."""
    try:
        validate_email(text)
    except ValidationError:
        return False
    return len(text) <= get_user_model()._meta.get_field("email").max_length


def _check_against_database(checked) -> list[RosterProblem]:
    User = get_user_model()
    problems = []
    emails = [row["email"].lower() for _line, row, _cohort in checked]
    users = {u.email.lower(): u for u in User.objects.filter(email__in=emails)}
    taken = {
        (p.cohort_id, p.student_number): p.student_id
        for p in Placement.objects.filter(cohort__in={c.pk for _l, _r, c in checked})
    }
    placed = {(cohort_id, student) for (cohort_id, _n), student in taken.items()}
    new_per_cohort: Counter[int] = Counter()
    for line, row, cohort in checked:
        user = users.get(row["email"].lower())
        holder = taken.get((cohort.pk, row["student_number"]))
        if holder is not None and (user is None or holder != user.pk):
            problems.append(
                RosterProblem(
                    line, _("This student number belongs to another student in the cohort.")
                )
            )
        if user is None or (cohort.pk, user.pk) not in placed:
            new_per_cohort[cohort.pk] += 1
    existing = Counter(cohort_id for cohort_id, _n in taken)
    full = set()
    for line, _row, cohort in checked:  # named once per cohort, at its first line
        if (
            cohort.pk not in full
            and existing[cohort.pk] + new_per_cohort[cohort.pk] > cohort.capacity
        ):
            full.add(cohort.pk)
            problems.append(
                RosterProblem(
                    line,
                    _("Cohort %(cohort)s has room for %(capacity)s students.")
                    % {"cohort": cohort.term, "capacity": cohort.capacity},
                )
            )
    return problems


def _apply(checked, by) -> RosterResult:
    User = get_user_model()
    result = RosterResult()
    with transaction.atomic():
        for _line, row, cohort in checked:
            email = row["email"].lower()
            user = User.objects.filter(email__iexact=email).first()
            if user is None:
                first, _space, last = row["name_en"].partition(" ")
                user = User.objects.create_user(
                    email=email,
                    password=None,
                    first_name=first,
                    last_name=last,
                    chinese_name=row.get("name_zh", ""),
                )
                _verified_address(user)
                Invitation.objects.create(student=user, requested_at=timezone.now())
                result.created_students += 1
                result.invited.append(user.pk)
            _placement, created = Placement.objects.get_or_create(
                cohort=cohort,
                student=user,
                defaults={
                    "student_number": row["student_number"],
                    "start": cohort.starts_on,
                    "end": cohort.ends_on,
                },
            )
            if created:
                result.placed += 1
            else:
                result.unchanged += 1
        from accounts import audit
        from accounts.models import AuditAction

        audit.record(
            AuditAction.ROSTER_IMPORTED,
            actor=by,
            after={
                "placed": result.placed,
                "new_students": result.created_students,
                "unchanged": result.unchanged,
            },
        )
        for user_id in result.invited:
            enqueue(tasks.send_invitation, user_id)
    return result


def _verified_address(user) -> None:
    from allauth.account.models import EmailAddress

    # The coordinator vouches for the address; the student proves it by setting a password
    # through the link sent to it.
    EmailAddress.objects.get_or_create(
        user=user, email=user.email, defaults={"verified": True, "primary": True}
    )


def send_invitation(user_id: int) -> bool:
    """Email the student their set-your-password link, once; True if sent now. The invitation
    row stays locked until the email has gone, so a sweep running beside the task waits for it
    and then finds it sent."""
    with transaction.atomic():
        invitation = (
            Invitation.objects.select_for_update(of=("self",))
            .select_related("student")
            .filter(student_id=user_id, sent_at__isnull=True)
            .first()
        )
        if invitation is None:
            return False
        due = not invitation.student.has_usable_password()  # else already set up
        if due:
            _email_invitation(invitation.student)
        invitation.sent_at = timezone.now()
        invitation.save(update_fields=["sent_at"])
    return due


def send_pending_invitations(older_than_seconds: int = 120) -> int:
    """The safety net: invitations a lost message or a killed worker left unsent."""
    cutoff = timezone.now() - timezone.timedelta(seconds=older_than_seconds)
    pending = Invitation.objects.filter(sent_at__isnull=True, requested_at__lt=cutoff)
    return sum(send_invitation(pk) for pk in list(pending.values_list("student_id", flat=True)))


def _email_invitation(user) -> None:
    from allauth.account.forms import default_token_generator
    from allauth.account.utils import user_pk_to_url_str

    language = getattr(user, "preferred_language", "") or "en"
    with translation.override(language):
        url = settings.SITE_URL + reverse(
            "account_reset_password_from_key",
            kwargs={
                "uidb36": user_pk_to_url_str(user),
                "key": default_token_generator.make_token(user),
            },
        )
        subject = _("Your Genomics Academy internship account")
        body = _(
            "Your university has registered you for an internship programme at the Genome "
            "Institute. Set your password to sign in and keep your logbook:\n\n%(url)s"
        ) % {"url": url}
    send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, [user.email])
