"""Each city's required notices (R15), in its policy's own words.

A profile file may end with a `[notices]` table, `name = "the words the checklist prints"`: the
notices that city's policy asks each site to show. The names are what a site-checks file's
`notices` column and an exception's `allows` (`notice-` and the name) use, so a city's notice
that is the same thing as one of ClerkDesk's generic ones (`duties.NOTICES`) keeps its name. A
profile without the table asks for the generic ones, as profiles saved before it did.
`site_notices` picks, of the city's notices, the ones each site is checked for (Settings →
Duties); a file with the table and no `site_notices` checks for all of them.

The clerk may change a notice's words (Settings → Duties), kept exactly as typed. Where the
policy has a change approved (`notice_approvers`: Janesville's City Attorney for its Terms of
Use), words other than the policy's are kept with who approved them and the day
(`notice_approvals`). A notice the policy also posts on the City's website (`website_notice`)
is recorded there with the page's address and the day it was seen posted (`website_posting`)."""

from __future__ import annotations

import re
from datetime import date
from typing import Any, Protocol

from .duties import (
    FINDING_ABANDONED,
    FINDING_NOT_DIRECTED,
    FINDING_RULES,
    FINDINGS,
    NOTICES,
    UPKEEP_FINDINGS,
)
from .vocabulary import Basis


class PolicyProfile(Protocol):
    """What of a profile (`profile.PolicyProfile`) its notices are read from."""

    @property
    def notices(self) -> dict[str, str]: ...

    @property
    def site_notices(self) -> tuple[str, ...]: ...

    def applies(self, rule: str, default: str = ...) -> bool: ...

    @property
    def upkeep_questions(self) -> bool: ...

    @property
    def notice_approvers(self) -> dict[str, str]: ...

    @property
    def notice_approvals(self) -> dict[str, dict[str, str]]: ...

    @property
    def website_notice(self) -> str: ...

    @property
    def website_posting(self) -> dict[str, str]: ...

    @property
    def monitoring_directed(self) -> bool: ...


NOTICE_PREFIX = "notice-"
# A notice's name as a file gives it: lower case letters, digits and hyphens.
NAME = re.compile(r"[a-z][a-z0-9-]{0,39}")
MAX_WORDS = 600  # characters of a notice's words
# What is kept of an approval of changed words, and of the notice's posting on the website.
APPROVAL = ("by", "on")
POSTING = ("address", "seen_on")


def city_notices(profile: PolicyProfile) -> dict[str, str]:
    """Every notice the city's policy names, by name, with its words: the profile's table, or
    ClerkDesk's generic notices where it has none."""
    return dict(profile.notices) if profile.notices else dict(NOTICES)


def site_notices(profile: PolicyProfile) -> dict[str, str]:
    """The notices each site is checked for, in the policy's order: the city's notices that
    `site_notices` picks."""
    chosen = set(profile.site_notices)
    return {name: words for name, words in city_notices(profile).items() if name in chosen}


def checked_notices(profile: PolicyProfile) -> dict[str, str]:
    """The notices a site check asks about: the city's (`site_notices`) where R15 is on, as
    its policy or as good practice; none where the city switched it off (Stoughton's policy
    names no notice)."""
    return site_notices(profile) if profile.applies("R15", Basis.PRACTICE) else {}


def findings_on(profile: PolicyProfile) -> frozenset[str]:
    """The findings a site check of this city can make whose rule is on (as its policy or as
    good practice)."""
    return frozenset(
        f for f, r in finding_rules(profile).items() if profile.applies(r, Basis.PRACTICE)
    )


def finding_words(profile: PolicyProfile, finding: str) -> str:
    """What a finding says (a `duties.FINDINGS` key, or `notice-` and a notice's name), a
    missing notice in the city's words."""
    name = finding.removeprefix(NOTICE_PREFIX)
    if finding.startswith(NOTICE_PREFIX) and name in (table := city_notices(profile)):
        return f"Notice missing: {table[name]}"
    return FINDINGS.get(finding, finding)


def finding_rule(finding: str) -> str:
    """The rule a finding comes from: a missing notice is R15's, whoever names it."""
    return "R15" if finding.startswith(NOTICE_PREFIX) else FINDING_RULES[finding]


def finding_rules(profile: PolicyProfile) -> dict[str, str]:
    """Each finding a site check of this city can make, with its rule: the generic findings
    that are no notice (the upkeep's only where the city's policy asks it), and a missing
    notice for each of the city's own. Where the approving Department Head directs how often
    each site is monitored (Stoughton), a `no` to that is the upkeep's one finding: no fixed
    staleness figure makes a site look abandoned there."""
    unasked: tuple[str, ...] = () if profile.upkeep_questions else tuple(UPKEEP_FINDINGS.values())
    unasked += (FINDING_ABANDONED,) if profile.monitoring_directed else (FINDING_NOT_DIRECTED,)
    rules = {
        f: r
        for f, r in FINDING_RULES.items()
        if not f.startswith(NOTICE_PREFIX) and f not in unasked
    }
    return {**rules, **{f"{NOTICE_PREFIX}{name}": "R15" for name in city_notices(profile)}}


def with_site_notices(values: dict[str, Any]) -> dict[str, Any]:
    """A profile's values as a file gives them, checking each site for every notice of its
    `[notices]` table when the file does not pick them with `site_notices`."""
    table = values.get("notices")
    if isinstance(table, dict) and table and "site_notices" not in values:
        return {**values, "site_notices": tuple(str(name) for name in table)}
    return values


def carried_over(saved: dict[str, Any], shipped: dict[str, Any]) -> dict[str, Any]:
    """A city's copy of its profile saved before profiles named the city's own notices, with
    the shipped profile's: its `site_notices` were picked from ClerkDesk's generic list, so
    each site is now checked for the city's notices, but for a generic one the city had
    unticked, which stays unticked. A copy saved before profiles named who approves a change of
    a notice's words, or the notice posted on the website, takes the shipped profile's."""
    for name in ("notice_approvers", "website_notice"):
        if name not in saved and name in shipped:
            saved = {**saved, name: shipped[name]}
    if "notices" in saved or not shipped.get("notices"):
        return saved
    picked = set(saved.get("site_notices", NOTICES))
    kept = [
        n
        for n in shipped.get("site_notices", shipped["notices"])
        if n not in NOTICES or n in picked
    ]
    return {**saved, "notices": dict(shipped["notices"]), "site_notices": kept}


def one_line(words: str, most: int = 90) -> str:
    """A notice's words on one line (its line breaks and runs of spaces as one space), cut at
    a word to fit a dialog or a list (the whole shown on its tooltip)."""
    words = " ".join(words.split())
    if len(words) <= most:
        return words
    return words[:most].rsplit(" ", 1)[0].rstrip(",;:") + "…"


def notice_problems(profile: PolicyProfile) -> dict[str, str]:
    """What is wrong with the profile's notices: its table (names, words) and `site_notices`
    naming a notice the city does not have."""
    table = profile.notices
    if not isinstance(table, dict):
        return {"notices": 'a table of name = "the words the checklist prints"'}
    for name, words in table.items():
        if not isinstance(name, str) or not NAME.fullmatch(name):
            return {
                "notices": f"{name!r} is not a notice name (lower case letters, digits, hyphens)"
            }
        if not isinstance(words, str) or not words.strip():
            return {"notices": f"{name!r}: give the words the checklist prints, in quotes"}
        if problem := words_problem(words):
            return {"notices": f"{name!r}: {problem}"}
    known = city_notices(profile)
    if any(n not in known for n in profile.site_notices):
        return {"site_notices": f"names an unknown notice (one of: {', '.join(known)})"}
    return _approval_problems(profile, known)


def words_problem(words: str) -> str | None:
    """Why words are refused as a notice's, or None: the checklist prints them, so there are
    some, at most `MAX_WORDS` characters, and no control characters but line breaks and tabs."""
    if not words.strip():
        return "give the words the checklist prints"
    if len(words) > MAX_WORDS:
        return f"at most {MAX_WORDS} characters (these are {len(words)})"
    if any(ord(c) < 32 and c not in "\n\t" for c in words):
        return "no control characters (line breaks and tabs only)"
    return None


def approval_problem(approver: str, by: str, on: date | None, today: date) -> dict[str, str]:
    """Why a change of a notice's words that `approver` approves cannot be kept yet: who
    approved it and the day are needed, and the day is not to come."""
    problems: dict[str, str] = {}
    if not by.strip():
        problems["approved_by"] = f"words other than the policy's need the {approver}'s approval"
    elif len(by) > 100:
        problems["approved_by"] = "at most 100 characters"
    if on is None:
        problems["approved_on"] = f"give the day the {approver} approved these words"
    elif on > today:
        problems["approved_on"] = "cannot be in the future"
    return problems


def _kept(value: object, keys: tuple[str, ...], day: str) -> bool:
    """Whether a kept approval or posting has its keys as text, `day` a date."""
    if not isinstance(value, dict) or set(value) != set(keys):
        return False
    if not all(isinstance(v, str) and v.strip() for v in value.values()):
        return False
    try:
        date.fromisoformat(value[day])
    except ValueError:
        return False
    return True


def _approval_problems(profile: PolicyProfile, known: dict[str, str]) -> dict[str, str]:
    approvers, approvals = profile.notice_approvers, profile.notice_approvals
    if not isinstance(approvers, dict) or not all(
        n in known and isinstance(a, str) and a.strip() for n, a in approvers.items()
    ):
        return {"notice_approvers": 'a table of notice = "who approves a change of its words"'}
    if not isinstance(approvals, dict) or not all(
        n in known and _kept(a, APPROVAL, "on") for n, a in approvals.items()
    ):
        return {"notice_approvals": "each a notice's approval: by whom, on YYYY-MM-DD"}
    if profile.website_notice and profile.website_notice not in known:
        return {"website_notice": f"names an unknown notice (one of: {', '.join(known)})"}
    posting = profile.website_posting
    if posting != {} and not _kept(posting, POSTING, "seen_on"):
        return {"website_posting": "the page's address and the day it was seen, YYYY-MM-DD"}
    return {}
