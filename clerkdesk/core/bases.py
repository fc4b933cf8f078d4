"""How a rule's basis reads wherever it is shown: Today's tag, the Settings page's rule list, the
calendar export and the printouts all take it from `basis_text`. A rule binds the city by its
policy, by a statute, or as good practice (RULES.md); and where the rule's figure (an interval,
a number of days) is not the policy's or the statute's own, the text says whose it is: a figure
no policy gives is ClerkDesk's, and the DOJ's "10 business days" for a records request is
guidance, a practice figure, though the duty to answer is law."""

from __future__ import annotations

from dataclasses import MISSING, dataclass, fields, is_dataclass
from typing import Protocol

from .vocabulary import Basis


class PolicyProfile(Protocol):
    """What of a profile (`profile.PolicyProfile`) the basis text reads; its figures are read
    by their parameters' names."""

    @property
    def key(self) -> str: ...

    @property
    def figures(self) -> dict[str, str]: ...


@dataclass(frozen=True, slots=True)
class Figure:
    """A rule's figure: the profile parameter that holds it, how it reads, and the obligation
    kinds that count it (on Today only their items carry it; a rule's others do not)."""

    parameter: str
    words: str
    kinds: tuple[str, ...] = ()


# The figures of the rules (RULES.md) that have one a city can change.
FIGURES: dict[str, Figure] = {
    "R4": Figure("max_authorized_users", "at most {} users"),
    "R5": Figure("grandfather_days", "{} days", ("grandfather-approval",)),
    "R7": Figure("review_interval_days", "every {} days", ("access-review",)),
    "R9": Figure("credential_record_hours", "{} hours", ("credential-recorded-late",)),
    "R10": Figure("rotation_hours", "{} hours", ("password-rotation",)),
    "R11": Figure("password_min_length", "{} characters"),
    "R14": Figure("abandoned_days", "no post for over {} days", ("site-finding",)),
    "R15": Figure("site_check_days", "every {} days", ("site-check",)),
    "R17": Figure("records_response_days", "{} work days", ("records-request",)),
    "R20": Figure("public_list_months", "every {} months", ("public-list",)),
}

# Whose a figure is, when it is not the rule's own (a profile's `figures`): ClerkDesk's, or a
# guidance's. A figure the city changed from the one shipped is the city's.
FIGURE_SOURCES: dict[str, str] = {
    "clerkdesk": "ClerkDesk's figure",
    "doj": "DOJ guidance (practice)",
}


def basis_word(profile: PolicyProfile, basis: str) -> str:
    """The basis alone: "Wausau policy", "Wis. Stat.", "good practice" or "off"."""
    if basis == Basis.POLICY:
        return f"{profile.key.replace('-', ' ').title()} policy"
    if basis == Basis.LAW:
        return "Wis. Stat."
    return "good practice" if basis == Basis.PRACTICE else "off"


def figure_source(profile: PolicyProfile, rule: str) -> str | None:
    """Whose the rule's figure is in this city, in words ("ClerkDesk's figure"), or None where
    it is the policy's or the statute's own (or the rule has none)."""
    source = profile.figures.get(rule)
    figure = FIGURES.get(rule)
    if source is None or figure is None:
        return None
    if getattr(profile, figure.parameter) != _default(profile, figure.parameter):
        return "the city's figure"
    return FIGURE_SOURCES[source]


def basis_text(
    profile: PolicyProfile, basis: str, rule: str | None = None, kind: str | None = None
) -> str:
    """The basis as it is shown, with whose the figure is where it is not the rule's own:
    "Stoughton policy; every 180 days: ClerkDesk's figure". With `kind` (an obligation's), the
    figure is named only for the kind that counts it."""
    word = basis_word(profile, basis)
    if rule is None or basis == Basis.OFF:
        return word
    figure = FIGURES.get(rule)
    if figure is None or (kind is not None and kind not in figure.kinds):
        return word
    whose = figure_text(profile, rule)
    return f"{word}; {whose}" if whose else word


def figure_text(profile: PolicyProfile, rule: str) -> str | None:
    """The rule's figure and whose it is, "every 180 days: ClerkDesk's figure", where it is
    not the rule's own (None where it is, or the rule has none)."""
    figure, source = FIGURES.get(rule), figure_source(profile, rule)
    if figure is None or source is None:
        return None
    return f"{figure.words.format(getattr(profile, figure.parameter))}: {source}"


def _default(profile: PolicyProfile, name: str) -> object:
    """ClerkDesk's figure for the parameter `name`: the profile's default."""
    if is_dataclass(profile):
        for found in fields(profile):
            if found.name == name and found.default is not MISSING:
                return found.default
    return None
