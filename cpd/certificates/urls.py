"""Pages in the reader's language (under /<lang>/)."""

from django.urls import path

from cpd.certificates import views

app_name = "certificates"

urlpatterns = [
    path("verify/", views.verify_form, name="verify_form"),
    path("verify/<slug:code>/", views.verify, name="verify"),
    path("certificates/", views.mine, name="mine"),
    path("certificates/<uuid:uuid>/certificate.pdf", views.pdf, name="pdf"),
    path(
        "certificates/<uuid:uuid>/credential.<str:form>",
        views.credential,
        name="credential",
    ),
    path("certificates/<uuid:uuid>/visibility/", views.visibility, name="visibility"),
]
