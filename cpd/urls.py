from django.urls import path

from cpd import self_study_views, views

app_name = "cpd"

urlpatterns = [
    path("", views.record, name="record"),
    path("join/", views.join, name="join"),
    path("professions/", views.professions, name="professions"),
    path("<id:membership_id>/transcript.csv", views.transcript, name="transcript"),
    path("<id:membership_id>/transcript.pdf", views.transcript_pdf, name="transcript_pdf"),
    path("<id:membership_id>/reminders/", views.reminders, name="reminders"),
    path("check-in/", views.check_in, name="check_in"),
    path("check-in/<str:token>/", views.check_in_by_qr, name="check_in_by_qr"),
    path("attendance/<id:attendance_id>/evaluate/", views.evaluate, name="evaluate"),
    path("claims/new/", views.new_claim, name="new_claim"),
    path("claims/<id:claim_id>/amend/", views.amend_claim, name="amend_claim"),
    path("claims/<id:claim_id>/evidence/", views.claim_evidence, name="claim_evidence"),
    path("self-study/", self_study_views.index, name="self_study_index"),
    path("self-study/<id:study_id>/", self_study_views.detail, name="self_study"),
    path("self-study/<id:study_id>/read/", self_study_views.read, name="self_study_read"),
    path("self-study/<id:study_id>/attempts/", self_study_views.start, name="self_study_start"),
    path(
        "self-study/attempts/<id:attempt_id>/",
        self_study_views.submit,
        name="self_study_submit",
    ),
]
