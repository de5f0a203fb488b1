from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from academy.chinese import to_simplified

MARK = "opencc: derived from zh_Hant"


class Command(BaseCommand):
    help = (
        "Fill locale/zh_Hans from locale/zh_Hant with OpenCC (Hong Kong to Simplified, phrases). "
        f"Entries a translator wrote by hand (no '{MARK}' comment) are kept."
    )

    def handle(self, *args, **options):
        import polib  # a development dependency: only needed when catalogues change

        locale_dir = Path(settings.LOCALE_PATHS[0])
        for domain in ("django", "djangojs"):
            source = locale_dir / "zh_Hant" / "LC_MESSAGES" / f"{domain}.po"
            target = locale_dir / "zh_Hans" / "LC_MESSAGES" / f"{domain}.po"
            if not source.exists():
                continue
            if not target.exists():
                raise CommandError(f"{target} is missing: run makemessages -l zh_Hans first.")
            traditional = {(e.msgctxt, e.msgid): e for e in polib.pofile(str(source))}
            simplified = polib.pofile(str(target))
            derived = 0
            for entry in simplified:
                origin = traditional.get((entry.msgctxt, entry.msgid))
                handwritten = entry.translated() and MARK not in (entry.tcomment or "")
                if origin is None or handwritten or not origin.translated():
                    continue
                entry.msgstr = to_simplified(origin.msgstr)
                entry.msgstr_plural = {k: to_simplified(v) for k, v in origin.msgstr_plural.items()}
                entry.tcomment = MARK
                if "fuzzy" in entry.flags:
                    entry.flags.remove("fuzzy")
                derived += 1
            simplified.save()
            self.stdout.write(f"{target}: {derived} entries derived from zh_Hant")
