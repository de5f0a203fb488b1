from django.urls import path

from cpd import views

app_name = "cpd"

urlpatterns = [
    path("", views.record, name="record"),
    path("join/", views.join, name="join"),
    path("<int:membership_id>/transcript.csv", views.transcript, name="transcript"),
]
