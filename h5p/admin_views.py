"""H5P content in the Wagtail admin: the list and the upload, for staff with the H5P
permissions. Uploading goes through `h5p.services.import_package` like the command line."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import Q
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from academy.converters import row_id
from h5p import services
from h5p.forms import UploadForm
from h5p.models import Attempt, Content
from h5p.validation import PackageRejected

VIEW = "h5p.view_content"
UPLOAD = "h5p.add_content"
MANAGE_LIBRARIES = "h5p.manage_libraries"
ARCHIVE = "h5p.change_content"
DELETE = "h5p.delete_content"
# Attempts are learners' records: the same permission as the course reports.
VIEW_ATTEMPTS = "courses.view_enrolment"


def content_index(request):
    if not request.user.has_perm(VIEW):
        raise PermissionDenied
    contents = Content.objects.select_related("main_library", "uploaded_by").order_by(
        "-uploaded_at", "-pk"
    )
    page = Paginator(contents, 50).get_page(request.GET.get("p"))
    context = {
        "page": page,
        "may_upload": request.user.has_perm(UPLOAD),
        "may_archive": request.user.has_perm(ARCHIVE),
        "may_delete": request.user.has_perm(DELETE),
        "may_view_attempts": request.user.has_perm(VIEW_ATTEMPTS),
    }
    return TemplateResponse(request, "h5p/admin/index.html", context)


def upload(request):
    if not request.user.has_perm(UPLOAD):
        raise PermissionDenied
    form = UploadForm()
    if request.method == "POST":
        form = UploadForm(request.POST, request.FILES)
        if form.is_valid():
            try:
                result = services.import_package(
                    form.cleaned_data["package"],
                    by=request.user,
                    may_manage_libraries=request.user.has_perm(MANAGE_LIBRARIES),
                )
            except PackageRejected as rejected:
                for problem in rejected.problems:
                    form.add_error("package", problem)
            else:
                messages.success(
                    request,
                    _(
                        "Uploaded “%(title)s”: %(installed)s libraries installed, "
                        "%(updated)s updated."
                    )
                    % {
                        "title": result.content.title,
                        "installed": len(result.installed),
                        "updated": len(result.updated),
                    },
                )
                return redirect("h5p_content")
    return TemplateResponse(request, "h5p/admin/upload.html", {"form": form})


@require_POST
def archive(request, pk: int):
    if not request.user.has_perm(ARCHIVE):
        raise PermissionDenied
    content = get_object_or_404(Content, pk=pk)
    services.archive_content(content, by=request.user)
    messages.success(request, _("Archived “%(title)s”.") % {"title": content.title})
    return redirect("h5p_content")


@require_POST
def delete(request, pk: int):
    if not request.user.has_perm(DELETE):
        raise PermissionDenied
    content = get_object_or_404(Content, pk=pk)
    try:
        services.delete_content(content, by=request.user)
    except services.ContentInUse as refusal:
        messages.error(request, refusal.message)
    else:
        messages.success(request, _("Deleted “%(title)s”.") % {"title": content.title})
    return redirect("h5p_content")


def attempts(request):
    """Learners' attempts at activities, newest first; flagged ones can be picked out."""
    if not request.user.has_perm(VIEW_ATTEMPTS):
        raise PermissionDenied
    rows = Attempt.objects.select_related("user", "lesson", "content").order_by(
        "-started_at", "-pk"
    )
    flagged = request.GET.get("flagged") == "1"
    if flagged:
        rows = rows.filter(Q(flagged=True) | Q(statements__flagged=True)).distinct()
    lesson = request.GET.get("lesson", "")
    if (lesson_id := row_id(lesson)) is not None:
        rows = rows.filter(lesson_id=lesson_id)
    page = Paginator(rows, 50).get_page(request.GET.get("p"))
    context = {"page": page, "flagged": flagged, "lesson": lesson}
    return TemplateResponse(request, "h5p/admin/attempts.html", context)


def attempt_detail(request, pk: int):
    if not request.user.has_perm(VIEW_ATTEMPTS):
        raise PermissionDenied
    attempt = get_object_or_404(
        Attempt.objects.select_related("user", "lesson", "content", "content__main_library"), pk=pk
    )
    statements = list(attempt.statements.all())
    context = {"attempt": attempt, "statements": statements}
    return TemplateResponse(request, "h5p/admin/attempt.html", context)
