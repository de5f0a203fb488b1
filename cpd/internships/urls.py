from django.urls import path

from cpd.internships import application_views, views

app_name = "internships"

urlpatterns = [
    path("", views.home, name="home"),
    path("placements/<id:placement_id>/", views.placement, name="placement"),
    path("placements/<id:placement_id>/log/", views.log_hours, name="log_hours"),
    path(
        "placements/<id:placement_id>/competencies/",
        views.sign_competency,
        name="sign_competency",
    ),
    path(
        "placements/<id:placement_id>/evaluations/<slug:stage>/<slug:kind>/",
        views.evaluation,
        name="evaluation",
    ),
    path("placements/<id:placement_id>/supervisor/", views.set_supervisor, name="set_supervisor"),
    path("entries/<id:entry_id>/amend/", views.amend_entry, name="amend_entry"),
    path("entries/<id:entry_id>/review/", views.review_entry, name="review_entry"),
    path("sign-off/<str:token>/", views.sign_off_link, name="sign_off_link"),
    path("cohorts/<id:cohort_id>/", views.cohort, name="cohort"),
    path("cohorts/<id:cohort_id>/export.<str:form>", views.cohort_export, name="cohort_export"),
    path("universities/<id:university_id>/roster/", views.import_roster, name="roster"),
    path("applications/", application_views.index, name="applications"),
    path("cohorts/<id:cohort_id>/apply/", application_views.apply, name="apply"),
    path("applications/<id:application_id>/cv/", application_views.cv, name="application_cv"),
    path(
        "applications/<id:application_id>/endorse/",
        application_views.endorse,
        name="endorse_application",
    ),
    path(
        "applications/<id:application_id>/decide/",
        application_views.decide,
        name="decide_application",
    ),
]
