"""The audit trail: every staff action on a person's record, recorded append-only with who,
what, when, and the state before and after. Services call `record` inside the transaction that
makes the change, so the two commit together or not at all.

Recorded: ledger adjustments and reversals, claim decisions, certificates issued by hand,
revoked or reissued, role changes, personal data exports, account deletions, supervisor
assignments and roster imports. Never recorded: passwords, tokens, evidence contents."""

from __future__ import annotations

import csv
import io
import json
from contextvars import ContextVar

from django.core.serializers.json import DjangoJSONEncoder
from django.db.models.signals import m2m_changed
from django.dispatch import receiver
from django.utils import timezone

from accounts.models import AuditAction, AuditEvent, User


def _plain(value):
    """JSON-safe (dates, decimals and UUIDs as text)."""
    if value is None:
        return None
    return json.loads(json.dumps(value, cls=DjangoJSONEncoder))


def record(
    action: AuditAction | str,
    *,
    actor=None,
    subject=None,
    obj=None,
    before=None,
    after=None,
    reason: str = "",
) -> AuditEvent:
    actor = actor if actor is not None else current_actor.get()
    if actor is not None and subject is not None and actor.pk == subject.pk:
        actor_label = "self"  # their own action: their email is not kept here
    else:
        actor_label = getattr(actor, "email", "") or "system"
    return AuditEvent.objects.create(
        at=timezone.now(),
        actor=actor if getattr(actor, "pk", None) else None,
        actor_label=actor_label,
        action=action,
        subject=subject if getattr(subject, "pk", None) else None,
        object_type=obj._meta.label_lower if obj is not None else "",
        object_id=str(obj.pk) if obj is not None else "",
        before=_plain(before),
        after=_plain(after),
        reason=reason or "",
    )


# Who is acting in this request (set by AuditActorMiddleware): changes made by code that does
# not name its actor, such as the admin's user form changing roles, are recorded as theirs.
current_actor: ContextVar = ContextVar("audit_actor", default=None)


class AuditActorMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        token = current_actor.set(user if user is not None and user.is_authenticated else None)
        try:
            return self.get_response(request)
        finally:
            current_actor.reset(token)


@receiver(m2m_changed, sender=User.groups.through, dispatch_uid="accounts.audit.roles")
def _roles_changed(sender, instance, action, reverse, pk_set, **kwargs):
    if action not in ("post_add", "post_remove", "post_clear") or reverse:
        return
    if action != "post_clear" and not pk_set:
        return
    from django.contrib.auth.models import Group

    names = sorted(Group.objects.filter(pk__in=pk_set or []).values_list("name", flat=True))
    record(
        AuditAction.ROLES_CHANGED,
        actor=None,
        subject=instance,
        before=None,
        after={"added" if action == "post_add" else "removed": names or "all"},
    )


def export_csv(events) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["when", "who", "what", "whose record", "object", "before", "after", "reason"])
    from cpd.exports import safe_cell

    for event in events:
        writer.writerow(
            [
                event.at.isoformat(),
                safe_cell(event.actor_label),
                event.action,
                safe_cell(event.subject.email if event.subject else ""),
                f"{event.object_type}:{event.object_id}" if event.object_type else "",
                safe_cell(json.dumps(event.before, ensure_ascii=False)) if event.before else "",
                safe_cell(json.dumps(event.after, ensure_ascii=False)) if event.after else "",
                safe_cell(event.reason),
            ]
        )
    return out.getvalue()
