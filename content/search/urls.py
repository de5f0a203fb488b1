from django.urls import path

from content.search import views

app_name = "content_search"

urlpatterns = [path("", views.search, name="search")]
