from django.apps import AppConfig


class AcademyConfig(AppConfig):
    name = "academy"
    verbose_name = "Genomics Academy"

    def ready(self) -> None:
        from academy import signals  # noqa: F401
