"""Simplified Chinese derived from Traditional (Hong Kong) with OpenCC, phrases included.

Converted text is stored when a translated model is saved (see `fill_simplified`), so a request
never converts. An editor's own Simplified text is kept: a `_zh_hans` value counts as derived
only while it is empty or equal to the conversion of the Traditional text it was made from.
"""

from functools import lru_cache

import opencc
from modeltranslation.translator import NotRegistered, translator
from modeltranslation.utils import build_localized_fieldname

OPENCC_CONFIG = "hk2sp.json"


@lru_cache(maxsize=1)
def _converter() -> opencc.OpenCC:
    return opencc.OpenCC(OPENCC_CONFIG)


# Words where Hong Kong and mainland usage differ beyond the character forms, which OpenCC's
# hk2s phrases leave as a literal conversion (甚麼 becomes 甚么, not the standard 什么).
MAINLAND_USAGE = {"甚么": "什么"}


def to_simplified(text: str) -> str:
    if not text:
        return text
    converted = _converter().convert(text)
    for literal, usual in MAINLAND_USAGE.items():
        converted = converted.replace(literal, usual)
    return converted


def _as_text(value) -> str:
    """Text form of a field value for conversion: StreamField values become their JSON."""
    if value is None:
        return ""
    if hasattr(value, "raw_data"):  # StreamValue
        import json

        from django.core.serializers.json import DjangoJSONEncoder

        blocks = list(value.raw_data)
        if not blocks:  # an empty stream counts as empty text, so it can be derived into
            return ""
        return json.dumps(blocks, cls=DjangoJSONEncoder, ensure_ascii=False)
    return str(value)


def translated_field_names(model) -> list[str]:
    try:
        options = translator.get_options_for_model(model)
    except NotRegistered:
        return []
    return sorted(options.all_fields)


def fill_simplified(instance, previous=None) -> list[str]:
    """Set each `<field>_zh_hans` that is not hand-written from `<field>_zh_hant`.

    `previous` is the stored version of the instance (None when new). Returns the fields set.
    """
    changed = []
    for field in translated_field_names(type(instance)):
        hant = build_localized_fieldname(field, "zh-hant")
        hans = build_localized_fieldname(field, "zh-hans")
        traditional = _as_text(getattr(instance, hant, None))
        simplified = _as_text(getattr(instance, hans, None))
        old_traditional = _as_text(getattr(previous, hant, None)) if previous else ""
        derived = not simplified or simplified in (
            to_simplified(old_traditional),
            to_simplified(traditional),
        )
        if not derived:
            continue
        converted = to_simplified(traditional)
        if converted != simplified:
            model_field = type(instance)._meta.get_field(hans)
            setattr(instance, hans, model_field.to_python(converted) if converted else None)
            changed.append(hans)
    return changed
