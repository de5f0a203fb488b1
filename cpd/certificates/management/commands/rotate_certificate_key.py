"""Start signing certificates with a new key. The old key stays published (JWKS), so every
credential signed with it still verifies."""

from django.core.management.base import BaseCommand

from cpd.certificates import credentials


class Command(BaseCommand):
    help = "Retire the certificate signing key and make a new one (old keys stay published)."

    def handle(self, *args, **options):
        key = credentials.rotate()
        self.stdout.write(f"Now signing with key {key.kid}.")
