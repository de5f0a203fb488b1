"""Course reports in the Wagtail admin, for staff who may view enrolments."""

from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse

from courses import reports
from courses.models import CoursePage

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
        return response
    return TemplateResponse(request, "courses/admin/course_report.html", {"report": report})
