"""The city this register belongs to, and its policy profile (Settings)."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from ...core.dates import short_date
from ...core.errors import ClerkDeskError, ValidationError
from ...core.profile import SWITCHABLE, PolicyProfile
from ...core.validation import text_problem, year_problem
from ...core.vocabulary import RULES, Basis
from ...resources import load_profile, profile_keys
from ...store.models.city import City
from ..integrity.audit import Change, diff, record
from ..kernel.common import city_row, clean, profile_of
from ..kernel.database import Database
from ..kernel.views import CityView
from .replay import profile_block, set_up_block, settings_block, stored_profile


@dataclass(frozen=True, slots=True)
class RuleView:
    """A rule as the city's profile has it: its basis there and in the shipped profile it came
    from, and whether the city may switch it (only a rule its policy does not contain)."""

    rule: str
    title: str
    basis: str
    shipped: str
    switchable: bool


def _domain_problem(domain: str | None) -> str | None:
    if domain and ("@" in domain or "." not in domain or " " in domain):
        return "give the domain only, e.g. city.example.gov"
    return None


def adoption_problem(adopted: date, profile: PolicyProfile, db: Database) -> str | None:
    """A policy's adoption date is a day past (or today), in the city's zone: its deadlines
    count from it, and one still to come would make none of them run."""
    today = profile.day_at(db.clock())
    if adopted > today:
        return (
            f"{short_date(adopted)} is after today ({short_date(today)}); "
            "give the day the policy was adopted"
        )
    return None


def _view(city: City) -> CityView:
    return CityView(
        name=city.name,
        profile_key=city.profile_key,
        profile=profile_of(city),
        adopted_on=city.adopted_on,
        email_domain=city.email_domain,
    )


def get_city(db: Database) -> CityView | None:
    """The city, or None for a database not yet set up (the first-run dialog asks)."""
    with db.reading() as session:
        city = session.get(City, 1)
        return _view(city) if city else None


def init_city(
    db: Database,
    name: str,
    profile_key: str = "stoughton",
    adopted_on: date | None = None,
    timezone: str | None = None,
    email_domain: str | None = None,
) -> CityView:
    """Set up an empty database for a city under one of the shipped policy profiles."""
    problems: dict[str, str] = {}
    if not clean(name):
        problems["city"] = "required"
    elif bad_text := text_problem("name", name):
        problems["city"] = bad_text
    if adopted_on is not None and (bad_year := year_problem(adopted_on)):
        problems["adopted"] = bad_year
    try:
        profile = load_profile(profile_key)
    except ClerkDeskError as exc:
        problems["profile"] = exc.message
        raise ValidationError(problems) from exc
    if timezone:
        try:
            profile = profile.with_changes(timezone=timezone)
        except ValidationError as exc:
            problems.update(exc.fields)
    if bad := _domain_problem(clean(email_domain)):
        problems["email_domain"] = bad
    adopted = adopted_on or profile.adopted
    if adopted is None:
        problems["adopted"] = (
            f"the {profile_key} profile has no adoption date; give the date the policy was approved"
        )
    elif "adopted" not in problems and (late := adoption_problem(adopted, profile, db)):
        problems["adopted"] = late
    if problems:
        raise ValidationError(problems)
    with db.writing() as session:
        if session.get(City, 1) is not None:
            raise ClerkDeskError("this database is already set up for a city")
        city = City(
            id=1,
            name=name.strip(),
            profile_key=profile.key,
            profile_json=json.dumps(profile.to_dict()),
            adopted_on=adopted,
            email_domain=clean(email_domain),
            created_at=db.clock(),
            vault_id=uuid.uuid4().hex,
        )
        session.add(city)
        record(
            session,
            db,
            Change(
                "city.init",
                "city",
                city.name,
                f"Set up {city.name} under the {profile.title}",
                {
                    "profile": profile.key,
                    "adopted_on": adopted.isoformat() if adopted else None,
                    **set_up_block(city),
                },
            ),
        )
        return _view(city)


def _settings_problems(
    db: Database, name: str, adopted_on: date | None, domain: str | None, changes: dict[str, Any]
) -> dict[str, str]:
    """What is wrong with the city's details and the parameters' changes, before a write."""
    problems: dict[str, str] = {}
    if not clean(name):
        problems["city"] = "required"
    elif bad_text := text_problem("name", name):
        problems["city"] = bad_text
    if adopted_on is not None and (bad_year := year_problem(adopted_on)):
        problems["adopted"] = bad_year
    with db.reading() as session:
        profile = profile_of(city_row(session))
    if changes:
        try:
            profile.with_changes(**changes)
        except ValidationError as error:
            problems.update(error.fields)
    if adopted_on is None:
        problems["adopted"] = "required"
    elif "adopted" not in problems and (late := adoption_problem(adopted_on, profile, db)):
        problems["adopted"] = late
    if bad := _domain_problem(domain):
        problems["email_domain"] = bad
    return problems


def update_city(
    db: Database, name: str, adopted_on: date | None, email_domain: str | None
) -> CityView:
    return update_settings(db, name, adopted_on, email_domain)


def update_settings(
    db: Database, name: str, adopted_on: date | None, email_domain: str | None, **changes: Any
) -> CityView:
    """The city's details and changes of its policy parameters (Settings' Save), checked
    together and written in one transaction: saved together, or neither."""
    domain = clean(email_domain)
    if problems := _settings_problems(db, name, adopted_on, domain, changes):
        raise ValidationError(problems)
    with db.writing() as session:
        city = city_row(session)
        before = {
            "name": city.name,
            "adopted_on": city.adopted_on,
            "email_domain": city.email_domain,
        }
        city.name, city.adopted_on, city.email_domain = name.strip(), adopted_on, domain
        after = {
            "name": city.name,
            "adopted_on": city.adopted_on,
            "email_domain": city.email_domain,
        }
        if changed := diff(before, after):
            record(
                session,
                db,
                Change(
                    "city.update",
                    "city",
                    city.name,
                    "Changed the city's details",
                    {**changed, **settings_block(_only(changed, "email_domain"))},
                ),
            )
        if changes:
            _change_profile(session, db, city, changes)
        return _view(city)


def _only(changes: dict[str, Any], *names: str) -> dict[str, Any]:
    """The changes of these fields only."""
    return {name: changes[name] for name in names if name in changes}


def update_profile(db: Database, **changes: Any) -> CityView:
    """Change parameters of the city's policy profile (validated, audited). A rule's basis
    changes only as `switch_rule` allows."""
    with db.writing() as session:
        city = city_row(session)
        _change_profile(session, db, city, changes)
        return _view(city)


def _change_profile(session: Session, db: Database, city: City, changes: dict[str, Any]) -> None:
    before = profile_of(city)
    stored = stored_profile(city)
    if isinstance(changes.get("rules"), dict):
        for rule, basis in changes["rules"].items():
            if basis != before.basis(rule) and (
                problem := _switch_problem(city.profile_key, before, rule, basis)
            ):
                raise ClerkDeskError(problem)
    after = before.with_changes(**changes)
    changed = diff(before.to_dict(), after.to_dict())
    if changed:
        city.profile_json = json.dumps(after.to_dict())
        record(
            session,
            db,
            Change(
                "profile.update",
                "city",
                city.name,
                "Changed policy parameters: " + ", ".join(sorted(changed)),
                {**changed, **profile_block(stored, after)},
            ),
        )


def switch_rule(db: Database, rule: str, on: bool) -> CityView:
    """Switch a rule the city's policy does not contain on as good practice, or off (RULES.md);
    a rule of the policy or of a statute is refused. Audited with the basis before and after."""
    wanted = Basis.PRACTICE if on else Basis.OFF
    with db.writing() as session:
        city = city_row(session)
        before = profile_of(city)
        stored = stored_profile(city)
        if problem := _switch_problem(city.profile_key, before, rule, wanted):
            raise ClerkDeskError(problem)
        if before.basis(rule) == wanted:
            return _view(city)
        after = before.with_changes(rules={**before.rules, rule: str(wanted)})
        city.profile_json = json.dumps(after.to_dict())
        how = "on as good practice" if on else "off"
        record(
            session,
            db,
            Change(
                "profile.rule",
                "city",
                city.name,
                f"Switched {rule} ({RULES[rule]}) {how}",
                {rule: [before.basis(rule), str(wanted)], **profile_block(stored, after)},
            ),
        )
        return _view(city)


def city_rules(db: Database) -> list[RuleView]:
    """Every rule ClerkDesk tracks, R1 to R21, as the city's profile has it."""
    with db.reading() as session:
        city = city_row(session)
        profile, key = profile_of(city), city.profile_key
    shipped = _shipped(key, profile)
    return [
        RuleView(
            rule,
            title,
            profile.basis(rule),
            shipped.basis(rule),
            _switch_problem(key, profile, rule, Basis.PRACTICE) is None,
        )
        for rule, title in RULES.items()
    ]


def _shipped(key: str, profile: PolicyProfile) -> PolicyProfile:
    """The shipped profile the city's copy came from (the copy itself for one no longer
    shipped)."""
    return load_profile(key) if key in profile_keys() else profile


# The law a rule of law is, where it is not Wisconsin's.
LAWS = {"R21": "federal law (the ADA's title II, 28 CFR 35 subpart H)"}


def _switch_problem(key: str, profile: PolicyProfile, rule: str, wanted: str) -> str | None:
    """Why `rule` may not become `wanted`, or None: a city may switch only a rule that is
    neither its policy's nor a statute's, and only between good practice and off. What the
    policy holds is judged by the shipped profile, since the city's copy may be switched."""
    if rule not in RULES:
        return f"unknown rule {rule!r} (ClerkDesk tracks R1 to R21)"
    shipped = _shipped(key, profile)
    for basis in (shipped.basis(rule), profile.basis(rule)):
        if basis == Basis.POLICY:
            return (
                f"{rule} ({RULES[rule]}) is in the {shipped.title}: a rule of the city's own "
                "policy cannot be switched off; only a good-practice rule can"
            )
        if basis == Basis.LAW:
            return (
                f"{rule} ({RULES[rule]}) is {LAWS.get(rule, 'Wisconsin law')}, which binds the "
                "city whatever its "
                "policy says: it cannot be switched off; only a good-practice rule can"
            )
    if wanted not in SWITCHABLE:
        return f"{rule}: a rule the policy does not contain is on as good practice, or off"
    return None


def apply_profile(db: Database, profile_key: str) -> CityView:
    """Replace the city's parameters with those of a shipped profile, keeping its time zone."""
    with db.writing() as session:
        city = city_row(session)
        before = profile_of(city)
        stored = stored_profile(city)
        after = load_profile(profile_key).with_changes(timezone=before.timezone)
        city.profile_key = after.key
        city.profile_json = json.dumps(after.to_dict())
        record(
            session,
            db,
            Change(
                "profile.apply",
                "city",
                city.name,
                f"Applied the {after.title} profile",
                {**diff(before.to_dict(), after.to_dict()), **profile_block(stored, after)},
            ),
        )
        return _view(city)


def agreement_text(db: Database) -> tuple[str, bool]:
    """The text printed on Authorized User Agreements, and whether it is the city's own."""
    from ..terms.printouts import default_agreement_text

    with db.reading() as session:
        city = city_row(session)
        own, key = city.agreement_text, city.profile_key
    return (own, True) if own else (default_agreement_text(key), False)


def update_agreement_text(db: Database, text: str | None) -> None:
    """Replace the agreement text with the city's own (None or blank: back to ClerkDesk's).
    `{city}`, `{office}` and `{record_hours}` are filled in when it is printed; paragraphs are
    separated by a blank line."""
    own = (text or "").strip() or None
    if own is not None and len(own) > 20_000:
        raise ValidationError({"agreement_text": "at most 20,000 characters"})
    with db.writing() as session:
        city = city_row(session)
        if city.agreement_text == own:
            return
        said = {"agreement_text": [city.agreement_text, own]}
        city.agreement_text = own
        record(
            session,
            db,
            Change(
                "agreement.text",
                "city",
                city.name,
                "Replaced the agreement text with the city's own"
                if own
                else "Went back to ClerkDesk's agreement text",
                {"characters": len(own or ""), **settings_block(said)},
            ),
        )
