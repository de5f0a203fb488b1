from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class H5PConfig(AppConfig):
    """Interactive H5P activities: packages checked and stored, played in isolation, their
    xAPI statements captured and scored on the server (see the H5P issue)."""

    name = "h5p"
    verbose_name = _("H5P activities")

    def ready(self) -> None:
        from accounts import personal_data
        from h5p import checks  # noqa: F401 (registers the system checks)
        from h5p import personal_data as ours

        personal_data.register("h5p", ours.export, ours.erase)
