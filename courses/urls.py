from django.urls import path

from courses import views

app_name = "courses"

urlpatterns = [
    path("", views.dashboard, name="dashboard"),
    path("enrol/<int:run_id>/", views.enrol, name="enrol"),
    path("withdraw/<int:course_id>/", views.withdraw, name="withdraw"),
    path("lessons/<int:lesson_id>/done/", views.mark_done, name="mark_done"),
    path("lessons/<int:lesson_id>/attempts/", views.start_attempt, name="start_attempt"),
    path("attempts/<int:attempt_id>/", views.submit_attempt, name="submit_attempt"),
]
