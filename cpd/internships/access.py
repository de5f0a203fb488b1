"""Who may see what. Every query for internship data a person is shown starts here, and each
narrows by one path: the student's own placements, the supervisor's placements, or the placements
in cohorts of the coordinator's own universities. CPD administrators see everything."""

from __future__ import annotations

from django.db.models import Q, QuerySet

from cpd.internships.models import Cohort, Coordinator, Placement

ADMIN_PERMISSION = "internships.view_placement"


def is_administrator(user) -> bool:
    return user.is_authenticated and user.has_perm(ADMIN_PERMISSION)


def universities_of(user) -> list[int]:
    if not user.is_authenticated:
        return []
    return list(Coordinator.objects.filter(user=user).values_list("university_id", flat=True))


def cohorts_for(user) -> QuerySet[Cohort]:
    """Cohorts a coordinator manages (their universities'), or all for administrators."""
    cohorts = Cohort.objects.select_related("programme", "university")
    if is_administrator(user):
        return cohorts
    return cohorts.filter(university_id__in=universities_of(user))


def placements_for(user) -> QuerySet[Placement]:
    if not user.is_authenticated:
        return Placement.objects.none()
    placements = Placement.objects.select_related(
        "cohort__programme", "cohort__university", "student", "supervisor"
    )
    if is_administrator(user):
        return placements
    return placements.filter(
        Q(student=user) | Q(supervisor=user) | Q(cohort__university_id__in=universities_of(user))
    )


def roles_on(placement: Placement, user) -> set[str]:
    roles = set()
    if not user.is_authenticated:
        return roles
    if placement.student_id == user.pk:
        roles.add("student")
    if placement.supervisor_id == user.pk:
        roles.add("supervisor")
    if placement.cohort.university_id in universities_of(user):
        roles.add("coordinator")
    if is_administrator(user):
        roles.add("administrator")
    return roles
