from django.urls import path

from accounts import views

urlpatterns = [
    path("profile/", views.profile, name="account_profile"),
    path("your-data/", views.your_data, name="account_your_data"),
    path(
        "your-data/download.<str:kind>",
        views.your_data_download,
        name="account_your_data_download",
    ),
]
