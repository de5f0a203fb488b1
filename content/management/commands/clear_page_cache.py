"""`manage.py clear_page_cache`: make every cached public page and page fragment stale (after a
release changes templates or code that renders pages; publishing does this by itself)."""

from django.core.management.base import BaseCommand

from content import cache


class Command(BaseCommand):
    help = "Make every cached page and page fragment stale, in every language."

    def handle(self, *args, **options) -> None:
        cache.invalidate()
        self.stdout.write("Cached pages and fragments will be rendered afresh.")
