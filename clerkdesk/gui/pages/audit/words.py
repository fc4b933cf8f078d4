"""An audit event as a person reads it: its action in words, the record it is about, and what
changed as before → after by each field's label. The raw details stay below, for IT."""

from __future__ import annotations

import json
from functools import cache
from typing import Any

from ....services.kernel.views import AuditView
from ....services.terms.events import TERMS

_VERBS = {
    "create": "added",
    "update": "changed",
    "delete": "removed",
    "approve": "approved",
    "discontinue": "discontinued",
    "import": "imported",
    "export": "exported",
    "end": "ended",
    "separate": "separated",
    "reveal": "shown",
    "copy": "copied",
    "sign": "signed",
    "start": "started",
    "record": "recorded",
    "note": "note added",
}
_ENTITIES = {
    "assignment": "term",
    "password_change": "password change",
    "credential": "password",
    "city": "city",
}
_LABELS = {
    "url": "Web address",
    "employee_id": "Employee ID",
    "head_employee_id": "Head (employee ID)",
    "city_email": "City e-mail",
    "email": "E-mail",
    "mfa_enabled": "Multi-factor",
    "it_notified": "IT notified",
    "starts_at": "Starts",
    "ends_at": "Ends",
}


def label(field: str) -> str:
    return _LABELS.get(field) or field.replace("_", " ").capitalize()


# Whole actions whose words are not "<record> <done>".
_ACTIONS = {
    "credential.password": "Password set",
    "credential.update": "Sign-in details changed",
    "credential.delete": "Password removed",
    "credential.handover-export": "Passwords handed over (file written)",
    "credential.handover-import": "Passwords taken over (file read)",
    "password.changed": "Password change recorded",
    "person.handover": "Log-ins handed over recorded",
    "account.determinations": "Approval findings recorded",
    "agreement.text": "Agreement text changed",
    "letter.text": "Letter text changed",
    "city.notice": "Records notice details changed",
    "city.directive": "Retention directive recorded",
    "agreement.scan": "Signed agreement attached",
    "review.complete": "Review recorded",
    "review.lines": "Review lines changed",
    "review.past": "Past review entered",
    "review.scan": "Signed worksheet attached",
    "city.init": "City set up",
    "profile.apply": "Policy profile applied",
    "profile.rule": "Rule switched",
    "profile.update": "Policy parameters changed",
    "person.reinstate": "Person reinstated",
    "database.backup": "Database backed up",
}


@cache  # a few dozen actions over hundreds of thousands of events
def action_words(action: str) -> str:
    """ "account.approve" → "Account approved"; "department.create" → "Department added"."""
    if action in _ACTIONS:
        return _ACTIONS[action]
    entity, _, verb = action.partition(".")
    thing = _ENTITIES.get(entity, entity.replace("_", " "))
    if not verb:
        return thing.capitalize()
    done = _VERBS.get(verb.split("_")[0], verb.replace("_", " ").replace("-", " "))
    return f"{thing} {done}".capitalize()


def record_words(view: AuditView) -> str:
    """The record, without a run of database ids: "4 records" for "6,8,10,12"."""
    key = view.entity_key or ""
    parts = [p for p in key.split(",") if p.strip()]
    if len(parts) > 1 and all(p.strip().isdigit() for p in parts):
        return f"{len(parts)} {_ENTITIES.get(view.entity, view.entity)}s"
    return key


def _value(value: Any) -> str:
    if value is None or value == "":
        return "—"
    if value is True:
        return "yes"
    if value is False:
        return "no"
    if isinstance(value, list):
        if not value:
            return "none"
        if all(isinstance(v, int) for v in value):
            return f"{len(value)} record{'s' if len(value) != 1 else ''}"
        return ", ".join(_value(v) for v in value)
    if isinstance(value, dict):
        return "; ".join(f"{label(k)}: {_value(v)}" for k, v in value.items())
    return str(value)


@cache
def _replayed_blocks() -> frozenset[str]:
    """The blocks an event carries for `check` (the terms, a blackout's suspensions, …)."""
    from ....services.integrity.replay import replayed_tables

    return frozenset({TERMS, *(t.block for t in replayed_tables() if t.block)})


def changed_lines(details: Any) -> list[str]:
    """Each field: "Label: before → after" where the details are a change, else
    "Label: value"."""
    if not isinstance(details, dict):
        return []
    lines = []
    for field, value in details.items():
        if field in _replayed_blocks():
            continue  # the records as `check` replays them: the fields above say it in words
        if (
            isinstance(value, list)
            and len(value) == 2
            and not all(isinstance(v, int) and not isinstance(v, bool) for v in value)
        ):
            lines.append(f"{label(field)}: {_value(value[0])} → {_value(value[1])}")
        else:
            lines.append(f"{label(field)}: {_value(value)}")
    return lines


def details_text(view: AuditView) -> str:
    try:
        parsed = json.loads(view.details) if view.details else None
        raw = json.dumps(parsed, indent=2, ensure_ascii=False)
    except ValueError:
        parsed, raw = None, view.details
    parts = [view.summary, f"{action_words(view.action)} · {record_words(view)} · by {view.actor}"]
    if lines := changed_lines(parsed):
        parts.append("\n".join(lines))
    if raw:
        parts.append(f"As recorded ({view.action}, {view.entity} {view.entity_key}):\n{raw}")
    return "\n\n".join(parts)
