"""URLs of the H5P player origin (h5p.origin). Nothing else is served there."""

from django.urls import path, re_path

from h5p import player_views as views

urlpatterns = [
    path("play/<str:token>/", views.player, name="h5p_player"),
    path("xapi/<str:token>/", views.statement, name="h5p_statement"),
    path("state/<str:token>/", views.state, name="h5p_state"),
    re_path(r"^player/(?P<path>.+)$", views.player_file, name="h5p_player_file"),
    path("package/<uuid:uuid>/h5p.json", views.h5p_json, name="h5p_package_json"),
    path("content/<uuid:uuid>/content.json", views.content_json, name="h5p_content_json"),
    re_path(r"^content/(?P<uuid>[0-9a-f-]{36})/(?P<path>.+)$", views.content_file, name="h5p_file"),
    re_path(
        r"^libraries/(?P<folder>[\w.-]+)/(?P<path>.+)$", views.library_file, name="h5p_library"
    ),
]
