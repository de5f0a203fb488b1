"""Check this deployment's configuration: prints one line per problem with what to do, and
exits non-zero if there is any (academy.deployment; docs/deploy.md)."""

from django.core.management.base import BaseCommand, CommandError

from academy import deployment


class Command(BaseCommand):
    help = (
        "Check the deployment's settings and services (Django's deployment checks, database, "
        "cache, broker, storage, email, H5P origin, HTTPS, fonts, catalogues, logs)."
    )
    requires_system_checks = []  # Django's checks are run (and reported) as part of ours

    def handle(self, *args, **options):
        found = deployment.problems()
        for problem in found:
            self.stdout.write(str(problem))
        if found:
            raise CommandError(f"{len(found)} problem(s) found.")
        self.stdout.write("Deployment configuration OK: no problems found.")
