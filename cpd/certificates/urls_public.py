"""Addresses without a language, which credentials and QR codes name for good: do not change."""

from django.urls import path

from cpd.certificates import views

app_name = "credentials"

urlpatterns = [
    path("verify/<slug:code>/", views.verify_any_language, name="verify"),
    path("verify/<slug:code>.json", views.verify_json, name="verify_json"),
    path("credentials/issuer", views.issuer, name="issuer"),
    path("credentials/jwks.json", views.jwks, name="jwks"),
    path("credentials/status/<int:number>", views.status_list, name="status_list"),
    path("credentials/achievements/<str:ref>", views.achievement, name="achievement"),
]
