"""Whether a page's English and Traditional Chinese agree.

Each save of a draft records, per translated field, when its text last changed in each language
and which language, if any, has fallen behind (`TranslatedPage.translation_edits`:
``{field: {"en": iso, "zh-hant": iso, "stale": "en" | "zh-hant" | None}}``).

- A field becomes **stale** in one language when the other language's text changes while this
  one stays as it was; it is up to date again once its own text is edited (the translator caught
  up), or when both change in the same save.
- Filling a language that was empty is a translation of the other, never a reason for staleness.
- A page is **missing** a translation while a field it requires has English text but no
  Traditional Chinese; it is **English only** when the editor says so.

Simplified Chinese is derived from Traditional (`academy.chinese`), so it has no state of its own.

The admin shows the state of a page's latest draft: `current_versions` loads it for many pages
at once (the page row for pages without unpublished changes, the latest revision otherwise).
"""

import datetime
import logging
from collections import defaultdict
from dataclasses import dataclass, field

from django.core.exceptions import FieldDoesNotExist, ValidationError
from django.utils import timezone
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext_lazy
from modeltranslation.translator import NotRegistered, translator

from content.text import plain_text

logger = logging.getLogger(__name__)

EDITED_LANGUAGES = ("en", "zh-hant")
LANGUAGE_LABELS = {"en": _("English"), "zh-hant": _("Traditional Chinese")}
STALE_KEY = "stale"
# The log action Wagtail's `publish_scheduled` command passes to `Revision.publish`.
SCHEDULED_PUBLISH_ACTION = "wagtail.publish.scheduled"
PUBLISH_REFUSED_ACTION = "content.publish_refused"

COMPLETE = "complete"
MISSING = "missing"
STALE = "stale"
ENGLISH_ONLY = "english-only"

STATE_LABELS = {
    COMPLETE: _("Complete"),
    MISSING: _("Missing"),
    STALE: _("Stale"),
    ENGLISH_ONLY: _("English only"),
}


@dataclass(frozen=True)
class TranslationState:
    code: str
    missing: tuple[str, ...] = ()
    # field -> the language whose text is out of date ("en" or "zh-hant")
    stale: dict[str, str] = field(default_factory=dict)

    @property
    def label(self):
        return STATE_LABELS[self.code]

    @property
    def needs_work(self) -> bool:
        return self.code in (MISSING, STALE)

    def out_of_date(self) -> list[str]:
        """Languages that need an edit, in EDITED_LANGUAGES order."""
        if self.code == MISSING:
            return ["zh-hant"]
        languages = set(self.stale.values())
        return [language for language in EDITED_LANGUAGES if language in languages]

    def stale_by_language(self) -> dict[str, list[str]]:
        """Out-of-date language -> its stale fields, in EDITED_LANGUAGES order."""
        grouped = {}
        for language in EDITED_LANGUAGES:
            fields = sorted(name for name, stale in self.stale.items() if stale == language)
            if fields:
                grouped[language] = fields
        return grouped


class TranslationMissing(ValidationError):
    """Publishing refused: required Traditional Chinese fields are empty."""

    def __init__(self, page, fields):
        self.page = page
        self.fields = tuple(fields)
        super().__init__(
            ngettext_lazy(
                "“%(title)s” cannot be published: its Traditional Chinese %(fields)s is empty. "
                "Translate it, or mark the page “English only” in its settings.",
                "“%(title)s” cannot be published: its Traditional Chinese %(fields)s are "
                "empty. Translate them, or mark the page “English only” in its settings.",
                "count",
            ),
            code="translation_missing",
            params={
                "title": _title(page),
                "fields": field_labels(page, self.fields),
                "count": len(self.fields),
            },
        )

    def __reduce__(self):  # copy and pickle with the constructor's own arguments
        return (type(self), (self.page, self.fields))

    @property
    def text(self) -> str:
        """The message in the active language, for a message box or a log line."""
        return " ".join(self.messages)


def _title(page) -> str:
    return getattr(page, "title_en", None) or getattr(page, "title", "") or ""


def translated_fields(page) -> list[str]:
    try:
        options = translator.get_options_for_model(type(page))
    except NotRegistered:
        return []
    return sorted(options.all_fields)


def localized_name(name: str, language: str) -> str:
    return f"{name}_{language.replace('-', '_')}"


def _value(page, name: str, language: str) -> str:
    return plain_text(getattr(page, localized_name(name, language), None))


def field_label(page, name: str) -> str:
    try:
        return str(type(page)._meta.get_field(name).verbose_name)
    except FieldDoesNotExist:
        return name


class _Labels:
    """Field labels joined with commas, translated when rendered (lazy, like gettext_lazy)."""

    def __init__(self, page, fields):
        self.page, self.fields = page, tuple(fields)

    def __str__(self):
        return ", ".join(field_label(self.page, name) for name in self.fields)


def field_labels(page, fields):
    return format_lazy("{}", _Labels(page, fields))


def missing_translations(page) -> list[str]:
    """Required fields with English text and no Traditional Chinese."""
    return [
        name
        for name in getattr(page, "required_translations", ())
        if _value(page, name, "en") and not _value(page, name, "zh-hant")
    ]


def publishing_refusal(page):
    """The TranslationMissing error that publishing `page` would raise, or None."""
    if getattr(page, "english_only", False):
        return None
    missing = missing_translations(page)
    return TranslationMissing(page, missing) if missing else None


# -- recording edits ---------------------------------------------------------------------------
def record_edits(page, now=None) -> None:
    """Stamp the fields whose text changed since the page's latest revision (all of them for a
    page's first revision), and work out which language each changed field left behind."""
    now = (now or timezone.now()).isoformat()
    previous = _previous_version(page)
    edits = {
        name: dict(times)
        for name, times in (page.translation_edits or {}).items()
        if isinstance(times, dict)
    }
    for name in translated_fields(page):
        before = {lang: _value(previous, name, lang) for lang in EDITED_LANGUAGES}
        after = {lang: _value(page, name, lang) for lang in EDITED_LANGUAGES}
        changed = [lang for lang in EDITED_LANGUAGES if after[lang] != before[lang]]
        if not changed:
            continue
        times = edits.setdefault(name, {})
        stale = _stored_stale(times)
        for language in changed:
            times[language] = now
        times[STALE_KEY] = _stale_after(stale, changed, before, after)
    page.translation_edits = edits


def _stale_after(stale, changed, before, after):
    """The out-of-date language of a field after an edit that changed `changed` languages."""
    if not all(after.values()):  # one side is empty: nothing to compare (missing, if required)
        return None
    if len(changed) == len(EDITED_LANGUAGES):  # both edited together
        return None
    (language,) = changed
    if not before[language]:  # a first translation of the other language
        return None
    if stale == language:  # the language that had fallen behind caught up
        return None
    return next(other for other in EDITED_LANGUAGES if other != language)


def _previous_version(page):
    """What the page looked like before this save: its latest revision, if it has one."""
    if page.pk is None:
        return None
    latest = page.get_latest_revision()
    return latest.as_object() if latest is not None else None


def _parse(iso):
    try:
        return datetime.datetime.fromisoformat(iso) if iso else None
    except (TypeError, ValueError):
        return None


def _stored_stale(times: dict):
    if STALE_KEY in times:
        stale = times[STALE_KEY]
        return stale if stale in EDITED_LANGUAGES else None
    # Recorded before the stale marker existed: the language edited earlier is behind.
    en, hant = _parse(times.get("en")), _parse(times.get("zh-hant"))
    if not en or not hant or en == hant:
        return None
    return "zh-hant" if en > hant else "en"


def stale_fields(page) -> dict[str, str]:
    """Field -> out-of-date language, for fields with text in both languages."""
    stale = {}
    names = set(translated_fields(page))
    for name, times in (page.translation_edits or {}).items():
        if name not in names or not isinstance(times, dict):
            continue
        language = _stored_stale(times)
        if language and _value(page, name, "en") and _value(page, name, "zh-hant"):
            stale[name] = language
    return stale


def state_of(page) -> TranslationState:
    if getattr(page, "english_only", False):
        return TranslationState(ENGLISH_ONLY)
    missing = tuple(missing_translations(page))
    if missing:
        return TranslationState(MISSING, missing=missing)
    stale = stale_fields(page)
    if stale:
        return TranslationState(STALE, stale=stale)
    return TranslationState(COMPLETE)


def last_edited(page, language: str, fields=None):
    """When any of `fields` (default: every field) last changed in `language`, or None."""
    times = [
        _parse(values.get(language))
        for name, values in (page.translation_edits or {}).items()
        if isinstance(values, dict) and (fields is None or name in fields)
    ]
    times = [time for time in times if time]
    return max(times) if times else None


# -- reading many pages ------------------------------------------------------------------------
def translated_page_models():
    from content.models import TranslatedPage

    return [
        model
        for model in translator.get_registered_models(abstract=False)
        if issubclass(model, TranslatedPage) and not model._meta.abstract
    ]


def current_versions(pages) -> dict:
    """pk -> the latest draft of each TranslatedPage in `pages` (any Page objects), loaded in a
    few queries: the page row when it has no unpublished changes, else its latest revision."""
    from wagtail.models import Page, Revision

    from content.models import TranslatedPage

    pks_by_model = defaultdict(list)
    for page in pages:
        model = page.specific_class if type(page) is Page else type(page)
        if model is not None and issubclass(model, TranslatedPage):
            pks_by_model[model].append(page.pk)
    rows = {}
    for model, pks in pks_by_model.items():
        rows.update((row.pk, row) for row in model.objects.filter(pk__in=pks))
    return _with_drafts(rows, Revision)


def all_current_versions() -> dict:
    """pk -> latest draft of every TranslatedPage on the site."""
    from wagtail.models import Revision

    rows = {}
    for model in translated_page_models():
        rows.update((row.pk, row) for row in model.objects.all())
    return _with_drafts(rows, Revision)


def _with_drafts(rows: dict, revision_model) -> dict:
    drafts = {
        row.latest_revision_id: row
        for row in rows.values()
        if row.has_unpublished_changes and row.latest_revision_id
    }
    for revision in revision_model.objects.filter(pk__in=list(drafts)):
        row = drafts[revision.pk]
        rows[row.pk] = row.with_content_json(revision.content)
    return rows


# -- scheduled publishing ----------------------------------------------------------------------
def refuse_scheduled_publishing(page, revision, error: TranslationMissing) -> None:
    """`publish_scheduled` reached a revision that may not be published: unschedule it and say
    so in the log and the page's history, so the command goes on with the other pages."""
    from wagtail.log_actions import log

    type(revision).objects.filter(pk=revision.pk).update(approved_go_live_at=None)
    logger.warning(
        "Scheduled publishing of page %s (revision %s) refused: %s",
        page.pk,
        revision.pk,
        error.text,
    )
    log(
        instance=page,
        action=PUBLISH_REFUSED_ACTION,
        revision=revision,
        data={"fields": list(error.fields)},
    )
