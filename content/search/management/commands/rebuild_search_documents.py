from django.core.management.base import BaseCommand

from content.search import services


class Command(BaseCommand):
    help = "Rewrite the site search documents of every live page and glossary term."

    def handle(self, *args, **options) -> None:
        count = services.rebuild()
        self.stdout.write(self.style.SUCCESS(f"{count} search documents written."))
