"""Everything the platform holds about a person, for them to download, and their account's
deletion. Each app that keeps personal data registers what it holds (and how to erase it) from
its AppConfig.ready(), so this module needs to know none of them.

Deleting an account anonymises it instead of removing it: the name, email and password go, so do
sessions, saved activity state and uploaded evidence; what others rely on stays, in anonymised
form: the CPD ledger (its figures and fingerprints), course completions and certificates, so
totals, reports and public verification still hold."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from dataclasses import dataclass

from django.contrib.auth.hashers import make_password
from django.contrib.sessions.models import Session
from django.core.serializers.json import DjangoJSONEncoder
from django.db import transaction
from django.utils import timezone

from accounts.models import User

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Holder:
    name: str
    export: Callable[[User], list[dict]]
    erase: Callable[[User], None] | None = None


_holders: list[Holder] = []


def register(name: str, export: Callable[[User], list[dict]], erase=None) -> None:
    """Call from an AppConfig.ready(); idempotent."""
    if all(holder.name != name for holder in _holders):
        _holders.append(Holder(name, export, erase))


def export(user: User) -> dict:
    data = {
        "account": {
            "email": user.email,
            "first_name": user.first_name,
            "last_name": user.last_name,
            "chinese_name": user.chinese_name,
            "preferred_language": user.preferred_language,
            "date_joined": user.date_joined,
            "last_login": user.last_login,
        }
    }
    for holder in _holders:
        data[holder.name] = holder.export(user)
    data["exported_at"] = timezone.now()
    return data


def export_json(user: User) -> str:
    return json.dumps(export(user), cls=DjangoJSONEncoder, ensure_ascii=False, indent=2)


def exported(user: User, *, by, form: str) -> None:
    """Record that someone downloaded this person's data (themselves, usually)."""
    from accounts import audit
    from accounts.models import AuditAction

    audit.record(AuditAction.DATA_EXPORTED, actor=by, subject=user, after={"form": form})


def delete_account(user: User) -> None:
    """Anonymise the account for good, as the module docstring says. Irreversible."""
    from accounts import audit
    from accounts.models import AuditAction

    with transaction.atomic():
        user = User.objects.select_for_update().get(pk=user.pk)
        audit.record(AuditAction.ACCOUNT_DELETED, actor=user, subject=user)
        for holder in _holders:
            if holder.erase is not None:
                holder.erase(user)
        user.email = f"deleted-{user.pk}@invalid"
        user.first_name = user.last_name = user.chinese_name = ""
        user.password = make_password(None)
        user.is_active = user.is_staff = user.is_superuser = False
        user.save()
        user.groups.clear()
        user.user_permissions.clear()
        user.emailaddress_set.all().delete()
        for session in Session.objects.iterator():
            if str(session.get_decoded().get("_auth_user_id")) == str(user.pk):
                session.delete()
    logger.info("account %s deleted (anonymised)", user.pk)


def export_csv(user: User) -> str:
    """The same as export_json, one value per row: section, kind, item, field, value."""
    import csv
    import io

    out = io.StringIO()
    out.write("\ufeff")
    writer = csv.writer(out)
    writer.writerow(["section", "kind", "item", "field", "value"])
    data = json.loads(export_json(user))
    for field, value in data.pop("account").items():
        writer.writerow(["account", "account", 1, field, _cell(value)])
    exported_at = data.pop("exported_at")
    for section, items in data.items():
        for number, item in enumerate(items, start=1):
            kind = item.get("kind", "")
            for field, value in item.items():
                if field != "kind":
                    writer.writerow([section, kind, number, field, _cell(value)])
    writer.writerow(["export", "export", 1, "exported_at", exported_at])
    return out.getvalue()


def _cell(value) -> str:
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    # Spreadsheets run a cell that starts with = + - @ as a formula.
    return f"'{text}" if text[:1] in ("=", "+", "-", "@") else text
