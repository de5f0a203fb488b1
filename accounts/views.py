from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from accounts import personal_data, services
from accounts.forms import DeleteAccountForm, ProfileForm


@login_required
def profile(request: HttpRequest) -> HttpResponse:
    form = (
        ProfileForm(request.POST, instance=request.user)
        if request.method == "POST"
        else ProfileForm(instance=request.user)
    )
    if request.method == "POST" and form.is_valid():
        services.update_profile(request.user, **form.cleaned_data)
        messages.success(request, _("Your profile has been saved."))
        return redirect("account_profile")
    return render(request, "accounts/profile.html", {"form": form})


@login_required
def your_data(request: HttpRequest) -> HttpResponse:
    form = (
        DeleteAccountForm(request.POST, user=request.user)
        if request.method == "POST"
        else DeleteAccountForm(user=request.user)
    )
    if request.method == "POST" and form.is_valid():
        personal_data.delete_account(request.user)
        logout(request)
        messages.success(request, _("Your account has been deleted."))
        return redirect("/")
    status = 400 if request.method == "POST" else 200
    return render(request, "accounts/your_data.html", {"form": form}, status=status)


@login_required
def your_data_download(request: HttpRequest, kind: str) -> HttpResponse:
    if kind == "json":
        body, content_type = personal_data.export_json(request.user), "application/json"
    elif kind == "csv":
        body, content_type = personal_data.export_csv(request.user), "text/csv; charset=utf-8"
    else:  # `kind` goes into the file name: nothing else is a form we offer
        raise Http404
    personal_data.exported(request.user, by=request.user, form=kind)
    response = HttpResponse(body, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="my-data.{kind}"'
    response["Cache-Control"] = "private, no-store"
    return response
