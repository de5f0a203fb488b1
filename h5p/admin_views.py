"""H5P content in the Wagtail admin: the list and the upload, for staff with the H5P
permissions. Uploading goes through `h5p.services.import_package` like the command line."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from h5p import services
from h5p.forms import UploadForm
from h5p.models import Content
from h5p.validation import PackageRejected

VIEW = "h5p.view_content"
UPLOAD = "h5p.add_content"
MANAGE_LIBRARIES = "h5p.manage_libraries"


def content_index(request):
    if not request.user.has_perm(VIEW):
        raise PermissionDenied
    contents = Content.objects.select_related("main_library", "uploaded_by").order_by(
        "-uploaded_at", "-pk"
    )
    page = Paginator(contents, 50).get_page(request.GET.get("p"))
    context = {"page": page, "may_upload": request.user.has_perm(UPLOAD)}
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
