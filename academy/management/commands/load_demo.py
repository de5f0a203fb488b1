from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from accounts import demo as accounts_demo
from content import demo as content_demo
from courses import demo as courses_demo
from cpd import demo as cpd_demo
from cpd.certificates import demo as certificates_demo
from cpd.internships import demo as internships_demo


class Command(BaseCommand):
    help = (
        "Load the bilingual demo site and demo accounts. "
        "Safe to run again: adds only what is missing."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--force",
            action="store_true",
            help="Load even when DEBUG is off (demo accounts have a published password).",
        )

    def handle(self, *args, force: bool = False, **options):
        if not settings.DEBUG and not force:
            raise CommandError(
                "Refusing to load demo accounts with DEBUG off: their password is public. "
                "Use --force on a throwaway database."
            )
        home = content_demo.load()
        accounts = accounts_demo.load()
        courses_demo.load(home)
        schemes = cpd_demo.load()
        certificate = certificates_demo.load()
        internships_demo.load()
        self.stdout.write(self.style.SUCCESS(f"Demo site ready: home page “{home.title}”."))
        self.stdout.write(
            f"Demo CPD schemes (demo data, not official rules): "
            f"{', '.join(scheme.code for scheme in schemes)}."
        )
        if certificate is not None:
            self.stdout.write(f"Demo certificate to verify: {certificate.grouped_code}")
        self.stdout.write(f"Demo accounts (password for all: {accounts_demo.DEMO_PASSWORD}):")
        for account in accounts:
            self.stdout.write(f"  {account.email:<26} {account.what}")
