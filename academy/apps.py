from django.apps import AppConfig


class AcademyConfig(AppConfig):
    name = "academy"
    verbose_name = "Genomics Academy"

    def ready(self) -> None:
        from django.urls import register_converter

        from academy import signals  # noqa: F401
        from academy.converters import RowIdConverter

        register_converter(RowIdConverter, "id")
