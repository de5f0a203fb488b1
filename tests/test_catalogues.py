"""The zh_Hant and zh_Hans catalogues cover every string the project ships, and the compiled
.mo files match their .po sources."""

import shutil
import subprocess
import sys
from pathlib import Path

import polib
import pytest

from tests.services import require_gettext

ROOT = Path(__file__).resolve().parent.parent
LANGUAGES = ("zh_Hant", "zh_Hans")


def catalogue(language: str, suffix: str = "po"):
    path = ROOT / "locale" / language / "LC_MESSAGES" / f"django.{suffix}"
    return polib.pofile(str(path)) if suffix == "po" else polib.mofile(str(path))


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_entry_is_translated_and_none_is_fuzzy(language):
    po = catalogue(language)
    assert po.untranslated_entries() == []
    assert po.fuzzy_entries() == []
    assert not po.metadata_is_fuzzy


@pytest.mark.parametrize("language", LANGUAGES)
def test_compiled_catalogue_matches_its_source(language):
    source = {(e.msgctxt, e.msgid): e.msgstr for e in catalogue(language) if not e.obsolete}
    compiled = {(e.msgctxt, e.msgid): e.msgstr for e in catalogue(language, "mo") if e.msgid}
    assert compiled == source


def test_simplified_catalogue_contains_no_traditional_only_characters():
    from academy.chinese import to_simplified

    for entry in catalogue("zh_Hans"):
        if entry.msgid == "As it should appear on certificates, e.g. 陳大文.":
            continue  # the example name is given in both scripts on purpose
        assert to_simplified(entry.msgstr) == entry.msgstr, entry.msgid


@pytest.mark.gettext
def test_catalogues_cover_every_string_in_the_code(tmp_path):
    """Extract the strings afresh into a copy of the project and compare message ids."""
    require_gettext()
    copy = tmp_path / "project"
    ignore = shutil.ignore_patterns(".venv", "node_modules", "var", ".git", "__pycache__", "*.mo")
    shutil.copytree(ROOT, copy, ignore=ignore)
    subprocess.run(
        [
            sys.executable,
            "manage.py",
            "makemessages",
            "-l",
            "zh_Hant",
            "--no-location",
            "--ignore=.venv",
            "--ignore=node_modules",
            "--ignore=var",
        ],
        cwd=copy,
        check=True,
        capture_output=True,
        timeout=120,
    )
    extracted = {
        (e.msgctxt, e.msgid)
        for e in polib.pofile(str(copy / "locale/zh_Hant/LC_MESSAGES/django.po"))
        if not e.obsolete
    }
    for language in LANGUAGES:
        shipped = {(e.msgctxt, e.msgid) for e in catalogue(language) if e.translated()}
        missing = sorted(msgid for _ctx, msgid in extracted - shipped)
        assert missing == [], f"{language} lacks translations for: {missing}"
