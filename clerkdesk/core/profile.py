"""Policy profiles: the numbers and names a city's policy sets.

A profile starts from one of the shipped TOML files (one per policy) and the clerk may change
its parameters; the database keeps the city's copy.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import asdict, dataclass, field, fields, replace
from datetime import date
from typing import Any

from .dates import zone
from .errors import ClerkDeskError, ValidationError
from .vocabulary import RULES, Basis

AUTHORITIES: dict[str, str] = {
    "mayor": "Mayor",
    "council": "Common Council",
    "department-head": "Department Head",
    "city-manager": "City Manager's Office",
    "coordinator": "Social Media Coordinator",
}

PASSWORD_CLASSES = ("upper", "lower", "digit", "symbol")


@dataclass(frozen=True)
class PolicyProfile:
    key: str
    title: str
    coordinating_office: str
    authorities: tuple[str, ...]
    adopted: date | None = None
    grandfather_days: int = 45
    review_interval_days: int = 180
    warning_days: int = 14
    password_min_length: int = 12
    password_classes: tuple[str, ...] = PASSWORD_CLASSES
    credential_record_hours: int = 24
    rotation_hours: int = 48
    max_authorized_users: int = 0
    # Whether a removal in an access review starts the password-rotation clock (R10).
    review_removal_rotates: bool = True
    timezone: str = "America/Chicago"
    notes: str = field(default="", compare=False)
    # Each rule's basis in this city (RULES.md): policy, law, practice or off. A rule the
    # profile does not name takes the basis its obligation kind gives.
    rules: dict[str, str] = field(default_factory=dict)

    def authority_label(self, key: str) -> str:
        return AUTHORITIES.get(key, key)

    def basis(self, rule: str, default: str = Basis.OFF) -> str:
        """The rule's basis in this city."""
        return self.rules.get(rule, default)

    def applies(self, rule: str, default: str = Basis.OFF) -> bool:
        return self.basis(rule, default) != Basis.OFF

    def basis_label(self, basis: str) -> str:
        """How Today tags an obligation: "Wausau policy", "Wis. Stat.", "good practice"."""
        if basis == Basis.POLICY:
            return f"{self.key.replace('-', ' ').title()} policy"
        if basis == Basis.LAW:
            return "Wis. Stat."
        return "good practice" if basis == Basis.PRACTICE else "off"

    def with_changes(self, **changes: Any) -> PolicyProfile:
        """A copy with `changes` applied, validated."""
        known = {f.name for f in fields(self)}
        unknown = set(changes) - known
        if unknown:
            raise ValidationError({name: "not a profile parameter" for name in sorted(unknown)})
        updated = replace(self, **changes)
        updated.validate()
        return updated

    def validate(self) -> None:
        problems: dict[str, str] = {}
        for name in (
            "grandfather_days",
            "review_interval_days",
            "password_min_length",
            "credential_record_hours",
            "rotation_hours",
        ):
            value = getattr(self, name)
            if not isinstance(value, int) or value < 1:
                problems[name] = "must be a whole number of at least 1"
        for name in ("warning_days", "max_authorized_users"):
            value = getattr(self, name)
            if not isinstance(value, int) or value < 0:
                problems[name] = "must be a whole number, 0 or more"
        if not isinstance(self.review_removal_rotates, bool):
            problems["review_removal_rotates"] = "must be true or false"
        if not self.authorities:
            problems["authorities"] = "name at least one approving authority"
        bad = [a for a in self.authorities if a not in AUTHORITIES]
        if bad:
            problems["authorities"] = f"unknown authority {bad[0]!r}"
        bad = [c for c in self.password_classes if c not in PASSWORD_CLASSES]
        if bad:
            problems["password_classes"] = f"unknown character class {bad[0]!r}"
        for rule, basis in self.rules.items():
            if rule not in RULES:
                problems["rules"] = f"unknown rule {rule!r} (ClerkDesk tracks R1 to R20)"
            elif basis not in tuple(Basis):
                problems["rules"] = (
                    f"{rule}: unknown basis {basis!r} (policy, law, practice or off)"
                )
        if not self.coordinating_office.strip():
            problems["coordinating_office"] = "required"
        try:
            zone(self.timezone)
        except ClerkDeskError as exc:
            problems["timezone"] = exc.message
        if problems:
            raise ValidationError(problems)

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["authorities"] = list(self.authorities)
        data["password_classes"] = list(self.password_classes)
        data["adopted"] = self.adopted.isoformat() if self.adopted else None
        data["rules"] = {rule: str(basis) for rule, basis in self.rules.items()}
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> PolicyProfile:
        known = {f.name for f in fields(cls)}
        values = {k: v for k, v in data.items() if k in known}
        unknown = sorted(set(data) - known)
        if unknown:
            raise ClerkDeskError(f"profile has unknown setting {unknown[0]!r}")
        for name in ("authorities", "password_classes"):
            if name in values:
                values[name] = tuple(values[name])
        if "rules" in values:
            if not isinstance(values["rules"], dict):
                raise ClerkDeskError("profile's rules must be a table of RULE = basis")
            values["rules"] = {str(k): str(v) for k, v in values["rules"].items()}
        adopted = values.get("adopted")
        if isinstance(adopted, str):
            values["adopted"] = date.fromisoformat(adopted)
        try:
            profile = cls(**values)
        except TypeError as exc:
            raise ClerkDeskError(f"profile is incomplete: {exc}") from exc
        profile.validate()
        return profile


def parse_profile(text: str, source: str = "profile file") -> PolicyProfile:
    """A profile from the TOML text of a profile file; what is wrong names `source` and the
    line."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ClerkDeskError(f"{source}: not valid TOML: {exc}") from exc
    try:
        return PolicyProfile.from_dict(data)
    except ValidationError as exc:
        name, problem = next(iter(exc.fields.items()))
        found = re.search(r"^(R\d+):|'([^']+)'", problem)
        key = (found.group(1) or found.group(2)) if found and name == "rules" else name
        raise ClerkDeskError(f"{source}:{_line_of(text, key)}: {name}: {problem}") from exc
    except ClerkDeskError as exc:
        found = re.search(r"'(\w+)'", exc.message)
        line = _line_of(text, found.group(1)) if found else 1
        raise ClerkDeskError(f"{source}:{line}: {exc.message}") from exc


def _line_of(text: str, key: str) -> int:
    """The line of the file where `key` is set (1 when it is not found)."""
    for number, line in enumerate(text.splitlines(), start=1):
        if re.match(rf"\s*{re.escape(key)}\s*=", line):
            return number
    return 1
