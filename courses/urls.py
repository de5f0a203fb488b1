from django.urls import path

from courses import views

app_name = "courses"

urlpatterns = [
    path("", views.dashboard, name="dashboard"),
    path("enrol/<id:run_id>/", views.enrol, name="enrol"),
    path("withdraw/<id:course_id>/", views.withdraw, name="withdraw"),
    path("lessons/<id:lesson_id>/done/", views.mark_done, name="mark_done"),
    path("lessons/<id:lesson_id>/attempts/", views.start_attempt, name="start_attempt"),
    path("attempts/<id:attempt_id>/", views.submit_attempt, name="submit_attempt"),
]
