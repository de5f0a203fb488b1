from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class InternshipsConfig(AppConfig):
    name = "cpd.internships"
    label = "internships"
    verbose_name = _("Internships")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from accounts import personal_data
        from cpd.internships import personal_data as ours

        personal_data.register("internships", ours.export, ours.erase)
