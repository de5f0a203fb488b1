from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from h5p import admin_views


@hooks.register("register_admin_urls")
def register_h5p_urls():
    return [
        path("h5p/", admin_views.content_index, name="h5p_content"),
        path("h5p/upload/", admin_views.upload, name="h5p_upload"),
        path("h5p/<id:pk>/archive/", admin_views.archive, name="h5p_archive"),
        path("h5p/<id:pk>/delete/", admin_views.delete, name="h5p_delete"),
        path("h5p/attempts/", admin_views.attempts, name="h5p_attempts"),
        path("h5p/attempts/<id:pk>/", admin_views.attempt_detail, name="h5p_attempt"),
    ]


class H5PMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(admin_views.VIEW)


@hooks.register("register_admin_menu_item")
def register_h5p_menu_item():
    return H5PMenuItem(_("H5P activities"), reverse("h5p_content"), icon_name="media", order=260)
