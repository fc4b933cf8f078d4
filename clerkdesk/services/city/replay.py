"""What `check` replays of the city's saved settings: its policy profile as Settings keeps it
(each parameter, and each entry of one that is a table: a notice's words and their approval,
the website's posting, a rule's basis, monitoring_directed...), its e-mail domain, its own
agreement text, its 19.34 notice, the day of its latest retention directive and its own texts
of a request's letters, kind by kind ("letter_texts[denial]"). A setting changed in the table
without an event is reported in words ("the city: notices[contact] is ... in the table, ... in
the audit log").

Every event that saves them carries a `city_settings` block: the one that sets up the city
gives them all (`"added": true`), each later one [before, after] of what it changed. A city
set up before the events carried it is noted, and each setting checked from its next change.
The city's name and adoption date are replayed with the first registers (first_tables)."""

from __future__ import annotations

import json
from dataclasses import fields
from typing import Any

from sqlalchemy.orm import Session

from ...core.duties import NOTICES
from ...core.profile import AUTHORITIES, PolicyProfile
from ...core.records import LETTER_KINDS
from ...core.vocabulary import RULES
from ...resources import load_profile, profile_keys
from ...store.models.city import City
from ..integrity.audit import diff
from ..kernel.replayed import Replayed, State

BLOCK = "city_settings"
COLUMNS = ("email_domain", "agreement_text", "office_hours", "records_contact")
DAYS = ("retention_directive_on",)


def _notice_names() -> tuple[str, ...]:
    """The notices ClerkDesk and the shipped profiles name."""
    names = set(NOTICES)
    for key in profile_keys():
        shipped = load_profile(key)
        names.update(shipped.site_notices, shipped.notices, shipped.notice_approvers)
    return tuple(sorted(names))


_NOTICES = _notice_names()
# The profile's parameters that are tables, each replayed entry by entry ("notices[contact]"),
# by the entries it may have; entries of other names are replayed together ("notices[...]").
TABLES: dict[str, tuple[str, ...]] = {
    "rules": tuple(RULES),
    "figures": tuple(RULES),
    "determinations": tuple(AUTHORITIES),
    "notices": _NOTICES,
    "notice_approvers": _NOTICES,
    "notice_approvals": _NOTICES,
    "website_posting": ("address", "seen_on"),
}
OTHERS = "..."
# The profile's parameters saved as lists (the others are single values or tables), and the
# tables whose entries are lists.
_LISTED = (
    "authorities",
    "password_classes",
    "designates_at_approval",
    "exception_offices",
    "site_notices",
    "holidays",
    "removal_categories",
)
_LISTED_ENTRIES = ("determinations",)


def _entry(table: str, name: str) -> str:
    return f"{table}[{name}]"


_NAMES = tuple(f.name for f in fields(PolicyProfile))
PROFILE = tuple(
    name
    for base in _NAMES
    for name in ([_entry(base, e) for e in (*TABLES[base], OTHERS)] if base in TABLES else [base])
)
# The city's own texts of a request's letters (the letter_texts column), kind by kind.
LETTERS = "letter_texts"
LETTER_TEXTS = tuple(_entry(LETTERS, e) for e in (*LETTER_KINDS, OTHERS))
FIELDS = COLUMNS + DAYS + PROFILE + LETTER_TEXTS
LISTS = _LISTED + tuple(_entry(table, e) for table in _LISTED_ENTRIES for e in TABLES[table])


def stored_profile(city: City) -> dict[str, Any]:
    """The profile as the city's row stores it (what Settings saved, without the shipped
    profile's values `profile_of` carries over); one no longer read as JSON (altered by hand),
    empty."""
    try:
        stored = json.loads(city.profile_json)
    except (ValueError, TypeError):
        return {}
    return stored if isinstance(stored, dict) else {}


def profile_settings(profile: dict[str, Any]) -> dict[str, Any]:
    """A profile's parameters (as `to_dict` gives them) by their replayed names, a table entry
    by entry; a list not given is empty, as is a list entry of a table."""
    said: dict[str, Any] = {}
    for name in _NAMES:
        value = profile.get(name)
        if name not in TABLES:
            said[name] = [] if value is None and name in _LISTED else value
            continue
        table = value if isinstance(value, dict) else {}
        empty: Any = [] if name in _LISTED_ENTRIES else None
        for entry in TABLES[name]:
            said[_entry(name, entry)] = table.get(entry, empty)
        others = {k: v for k, v in table.items() if k not in TABLES[name]}
        said[_entry(name, OTHERS)] = others or None
    return said


def letter_settings(raw: str | None) -> dict[str, Any]:
    """The letter texts as the column stores them (JSON, by kind), by their replayed names;
    texts no longer read as JSON (altered by hand), none."""
    try:
        stored = json.loads(raw) if raw else {}
    except ValueError:
        stored = {}
    texts = stored if isinstance(stored, dict) else {}
    said = {_entry(LETTERS, kind): texts.get(kind) for kind in LETTER_KINDS}
    others = {k: v for k, v in texts.items() if k not in LETTER_KINDS}
    return {**said, _entry(LETTERS, OTHERS): others or None}


def settings_of(city: City) -> dict[str, Any]:
    """The city's saved settings, by their replayed names."""
    profile = profile_settings(stored_profile(city))
    return {
        **{name: getattr(city, name) for name in COLUMNS + DAYS},
        **profile,
        **letter_settings(city.letter_texts),
    }


def settings_block(changed: dict[str, Any]) -> dict[str, Any]:
    """The `city_settings` block of an event that changes these settings ([before, after])."""
    return {BLOCK: {"city": changed}} if changed else {}


def set_up_block(city: City) -> dict[str, Any]:
    """The `city_settings` block of the event that sets up the city: every setting."""
    return {BLOCK: {"city": {"added": True, **settings_of(city)}}}


def profile_block(stored: dict[str, Any], after: PolicyProfile) -> dict[str, Any]:
    """The `city_settings` block of an event that saves `after` over the profile `stored`."""
    return settings_block(diff(profile_settings(stored), profile_settings(after.to_dict())))


def letters_block(before: str | None, after: str | None) -> dict[str, Any]:
    """The `city_settings` block of an event that saves the letter texts `after` (the column's
    JSON) over `before`."""
    return settings_block(diff(letter_settings(before), letter_settings(after)))


def _settings(session: Session) -> dict[str, State]:
    city = session.get(City, 1)
    return {} if city is None else {"city": settings_of(city)}


def _set_up_before_blocks(session: Session) -> set[str]:
    """The city, when no event has given its settings (set up before the events did)."""
    return {"city"}


CITY_SETTINGS = Replayed(
    "city",
    "city",
    "city",  # named by the city's events' block
    FIELDS,
    (),
    _settings,
    single=True,
    lists=LISTS,
    earlier=_set_up_before_blocks,
    block=BLOCK,
    block_of=("city",),
)

REPLAYED = (CITY_SETTINGS,)
