"""Course reports and enrolment management in the Wagtail admin, for staff who may view
enrolments; changing them needs the change permission."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db import transaction
from django.db.models import Case, Count, When
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _

from academy.converters import row_id
from courses import reports, services
from courses.forms import BulkEnrolForm
from courses.models import CoursePage, Enrolment, EnrolmentStatus

PERMISSION = "courses.view_enrolment"


def _check(request) -> None:
    if not request.user.has_perm(PERMISSION):
        raise PermissionDenied


def report_index(request):
    _check(request)
    courses = CoursePage.objects.order_by("title")
    return TemplateResponse(request, "courses/admin/report_index.html", {"courses": courses})


def course_report(request, course_id: int):
    _check(request)
    course = get_object_or_404(CoursePage, pk=course_id)
    report = reports.course_report(course)
    if request.GET.get("format") == "csv":
        response = HttpResponse(reports.report_csv(report), content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="course-{course.slug}-report.csv"'
        response["Cache-Control"] = "private, no-store"
        return response
    return TemplateResponse(request, "courses/admin/course_report.html", {"report": report})


CHANGE_PERMISSION = "courses.change_enrolment"
PAGE_SIZE = 100
ACTIONS = {
    "approve": (services.approve, _("Approved: %(count)s.")),
    "decline": (services.decline, _("Declined: %(count)s.")),
    "withdraw": (services.withdraw, _("Withdrawn: %(count)s.")),
}


# Requests first: they are what staff come here to act on.
_STATUS_ORDER = Case(
    When(status=EnrolmentStatus.REQUESTED, then=0),
    When(status=EnrolmentStatus.WAITLISTED, then=1),
    When(status=EnrolmentStatus.ACTIVE, then=2),
    default=3,
)


def enrolments(request, course_id: int):
    """Who is enrolled, asking or waiting, and the staff's actions on them: approve or decline
    requests, withdraw learners, and enrol many learners at once by email."""
    _check(request)
    course = get_object_or_404(CoursePage, pk=course_id)
    may_change = request.user.has_perm(CHANGE_PERMISSION)
    form = BulkEnrolForm(course=course)
    if request.method == "POST":
        if not may_change:
            raise PermissionDenied
        action = request.POST.get("action")
        if action == "bulk_enrol":
            form = BulkEnrolForm(request.POST, course=course)
            if form.is_valid():
                _bulk_enrol(request, course, form)
                return redirect(request.get_full_path())
        elif action in ACTIONS:
            _act_on_selected(request, course, action)
            return redirect(request.get_full_path())
        else:
            messages.error(request, _("Choose an action."))
    status = request.GET.get("status", "")
    listed = (
        Enrolment.objects.filter(course=course)
        .select_related("user", "run")
        .order_by(_STATUS_ORDER, "requested_at", "pk")
    )
    if status in EnrolmentStatus.values:
        listed = listed.filter(status=status)
    page = Paginator(listed, PAGE_SIZE).get_page(request.GET.get("p"))
    counts = dict(
        Enrolment.objects.filter(course=course)
        .values_list("status")
        .annotate(n=Count("pk"))
        .order_by()
    )
    context = {
        "course": course,
        "page": page,
        "status": status,
        "statuses": [
            (value, label, counts.get(value, 0)) for value, label in EnrolmentStatus.choices
        ],
        "form": form,
        "may_change": may_change,
    }
    return TemplateResponse(request, "courses/admin/enrolments.html", context)


def _act_on_selected(request, course: CoursePage, action: str) -> None:
    """All or nothing: if one selected enrolment cannot take the action, none is changed."""
    act, done = ACTIONS[action]
    ids = [row_id(value) for value in request.POST.getlist("enrolment")]
    ids = [number for number in ids if number is not None]
    chosen = list(Enrolment.objects.filter(course=course, pk__in=ids).select_related("user"))
    if not chosen or len(chosen) != len(set(ids)):
        messages.error(request, _("Select one or more of this course's enrolments."))
        return
    try:
        with transaction.atomic():
            for enrolment in chosen:
                try:
                    act(enrolment, by=request.user)
                except services.CourseError as refusal:
                    raise _Refused(enrolment, refusal) from None
    except _Refused as refused:
        messages.error(
            request,
            _("Nothing was changed. %(learner)s: %(reason)s")
            % {"learner": refused.enrolment.user, "reason": refused.reason},
        )
        return
    messages.success(request, done % {"count": len(chosen)})


class _Refused(Exception):
    def __init__(self, enrolment: Enrolment, reason: Exception) -> None:
        super().__init__(str(reason))
        self.enrolment = enrolment
        self.reason = reason


def _bulk_enrol(request, course: CoursePage, form: BulkEnrolForm) -> None:
    result = services.bulk_enrol(
        form.cleaned_data["emails"], course, form.cleaned_data["run"], by=request.user
    )
    messages.success(
        request,
        _(
            "Enrolled: %(enrolled)s. On the waiting list: %(waiting)s. "
            "Already enrolled: %(already)s."
        )
        % {
            "enrolled": len(result.enrolled),
            "waiting": len(result.waitlisted),
            "already": len(result.already),
        },
    )
