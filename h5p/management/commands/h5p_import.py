"""Import H5P packages from the command line, through the same checks as an upload.

    manage.py h5p_import PATH [PATH ...]

One line per package, accepted or the reasons it was refused; exits with status 1 if any was
refused. Run by administrators, so libraries may be installed and updated.
"""

from django.core.management.base import BaseCommand, CommandError

from h5p import services
from h5p.validation import PackageRejected


class Command(BaseCommand):
    help = "Import H5P packages (.h5p files), checking each as an upload is checked."

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", metavar="PATH")

    def handle(self, *args, paths, **options):
        refused = 0
        for path in paths:
            try:
                with open(path, "rb") as source:
                    result = services.import_package(source, may_manage_libraries=True)
            except OSError as error:
                refused += 1
                self.stdout.write(f"refused  {path}: {error.strerror or error}")
            except PackageRejected as rejected:
                refused += 1
                self.stdout.write(f"refused  {path}: {'; '.join(rejected.problems)}")
            else:
                self.stdout.write(
                    f"accepted {path}: “{result.content.title}” "
                    f"({len(result.installed)} libraries installed, "
                    f"{len(result.updated)} updated)"
                )
        if refused:
            raise CommandError(f"{refused} of {len(paths)} packages refused")
