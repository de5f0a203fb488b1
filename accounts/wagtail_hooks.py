from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from accounts import admin_views


@hooks.register("register_admin_urls")
def register_audit_urls():
    return [path("audit/", admin_views.audit_trail, name="audit_trail")]


class AuditMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(admin_views.VIEW)


@hooks.register("register_admin_menu_item")
def register_audit_menu_item():
    return AuditMenuItem(_("Audit trail"), reverse("audit_trail"), icon_name="history", order=900)
