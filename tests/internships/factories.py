import datetime as dt
from decimal import Decimal

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from accounts import roles
from cpd.internships.models import (
    Area,
    Cohort,
    Competency,
    Coordinator,
    Placement,
    Programme,
    University,
)

D = Decimal
START = dt.date(2026, 6, 1)
END = dt.date(2026, 7, 31)


def user(email, *groups, **fields):
    person = get_user_model().objects.create_user(
        email=email,
        password="pw-123456789",
        first_name=fields.pop("first_name", "Test"),
        last_name=fields.pop("last_name", email.split("@")[0]),
        **fields,
    )
    for name in groups:
        person.groups.add(Group.objects.get(name=name))
    return person


def university(code="hku", coordinator=None) -> University:
    made = University.objects.create(
        code=code, name=f"University {code}", name_en=f"University {code}"
    )
    if coordinator is not None:
        Coordinator.objects.create(university=made, user=coordinator)
    return made


def programme(code="summer", hours=20, **fields) -> Programme:
    made = Programme(
        **fields,
        code=code,
        title="Summer internship",
        title_en="Summer internship",
        title_zh_hant="暑期實習",
        required_hours=D(hours),
    )
    made.areas = [
        Area(code="lab", name="Laboratory", name_en="Laboratory", required_hours=D(10)),
        Area(code="bio", name="Bioinformatics", name_en="Bioinformatics", required_hours=D(5)),
    ]
    made.competencies = [
        Competency(code="dna", title="Extracts DNA", title_en="Extracts DNA"),
        Competency(code="acmg", title="Classifies a variant", title_en="Classifies a variant"),
    ]
    made.save()
    return made


def cohort(prog, uni, term="2026 summer", capacity=30, starts=START) -> Cohort:
    return Cohort.objects.create(
        programme=prog,
        university=uni,
        term=term,
        capacity=capacity,
        starts_on=starts,
        ends_on=starts + (END - START),
    )


def placement(coh, student, supervisor=None, number=None) -> Placement:
    return Placement.objects.create(
        cohort=coh,
        student=student,
        supervisor=supervisor,
        student_number=number or f"S{student.pk:05d}",
        start=coh.starts_on,
        end=coh.ends_on,
    )


class World:
    """Two universities, each with a coordinator, a cohort and a placement; supervisors and
    students for each, and a CPD administrator: every role of the access matrix."""

    def __init__(self):
        self.coordinator = user("coord-a@example.org", roles.UNIVERSITY_COORDINATORS)
        self.other_coordinator = user("coord-b@example.org", roles.UNIVERSITY_COORDINATORS)
        self.supervisor = user("sup-a@example.org", roles.SUPERVISORS)
        self.other_supervisor = user("sup-b@example.org", roles.SUPERVISORS)
        self.student = user("stu-a@example.org", chinese_name="陳同學")
        self.other_student = user("stu-b@example.org")
        self.administrator = user("cpd@example.org", roles.CPD_ADMINISTRATORS, is_staff=True)
        self.university = university("uni-a", self.coordinator)
        self.other_university = university("uni-b", self.other_coordinator)
        self.programme = programme()
        self.cohort = cohort(self.programme, self.university)
        self.other_cohort = cohort(self.programme, self.other_university)
        self.placement = placement(self.cohort, self.student, self.supervisor)
        self.other_placement = placement(
            self.other_cohort, self.other_student, self.other_supervisor
        )
