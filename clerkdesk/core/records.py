"""Public records (R17) and removed content (R16), as the law and the policies word them: a
request's statuses, when a request holds an account's records, when it must be answered, how
long a discontinued account's records are kept, and the removal actions and categories."""

from __future__ import annotations

from collections.abc import Container
from dataclasses import dataclass
from datetime import date, timedelta

from .dates import add_work_days, short_date

# Wis. Stat. 19.35(5): a record under request may not be destroyed until the request is
# granted or until this many days after it is denied.
DENIAL_HOLD_DAYS = 60
# ... or this many when the requester is committed or incarcerated.
CONFINED_HOLD_DAYS = 90

OPEN, GRANTED, PARTLY_GRANTED, DENIED, WITHDRAWN = (
    "open",
    "granted",
    "partly-granted",
    "denied",
    "withdrawn",
)
REQUEST_STATUSES: dict[str, str] = {
    OPEN: "Open",
    GRANTED: "Granted",
    PARTLY_GRANTED: "Partly granted",
    DENIED: "Denied",
    WITHDRAWN: "Withdrawn",
}
# A request granted only in part is denied for the rest: its records are held as a denial's.
DENIALS = frozenset({DENIED, PARTLY_GRANTED})

HIDDEN, DELETED, BLOCKED = "hidden", "deleted", "blocked"
REMOVAL_ACTIONS: dict[str, str] = {HIDDEN: "Hidden", DELETED: "Deleted", BLOCKED: "Blocked"}

# The words of each category a policy lists as content that may be removed (R16). A profile
# names the ones its policy has (`removal_categories`).
REMOVAL_CATEGORIES: dict[str, str] = {
    "profanity": "Profane, violent or pornographic",
    "discrimination": "Discrimination",
    "defamation": "Defamation or attack on a person or group",
    "threat": "Threats",
    "political": "Support or opposition to a political campaign",
    "political-ballot": "Support or opposition to a political campaign or a ballot measure",
    "advertising": "Advertising a private business",
    "endorsement": "Endorsing a commercial entity",
    "fraud": "Fraud",
    "illegal": "Illegal activity",
    "copyright": "Copyright, trade secrets or ownership",
    "security": "Public safety or security",
    "off-topic": "Unrelated to the topic",
    "profile": "A profile, name or address showing prohibited content",
    "violation": "Violates a policy or law",
    "out-of-date": "Not kept up to date",
    "abandoned": "Appears abandoned",
}
STOUGHTON_CATEGORIES = (
    "profanity",
    "discrimination",
    "defamation",
    "threat",
    "advertising",
    "endorsement",
    "fraud",
    "illegal",
    "copyright",
    "security",
)


# Why a request holds records: it is open; it was denied (19.35(5): 60 days, 90 for a
# requester committed or incarcerated); or written notice of an action under 19.37 came.
HELD_OPEN, HELD_DENIED, HELD_ACTION = "open", "denied", "action"


@dataclass(frozen=True, slots=True)
class Hold:
    """A request that holds an account's records: its number, the last day of the hold (None
    while the request is open or an action over it is pending), and why."""

    number: str
    until: date | None
    why: str = HELD_OPEN
    days: int = DENIAL_HOLD_DAYS  # after a denial: 60, or 90 for a confined requester

    def describe(self) -> str:
        if self.why == HELD_ACTION:
            if self.until is None:
                return (
                    f"on hold: an action under Wis. Stat. 19.37 over public-records request "
                    f"{self.number} is pending"
                )
            return (
                f"on hold through {short_date(self.until)}: an action under Wis. Stat. 19.37 "
                f"over public-records request {self.number} ends then"
            )
        if self.until is None:
            return f"on hold: public-records request {self.number} is open"
        confined = (
            " to a requester committed or incarcerated" if self.days != DENIAL_HOLD_DAYS else ""
        )
        return (
            f"on hold through {short_date(self.until)}: public-records request {self.number} "
            f"was denied{confined} ({self.days} days, Wis. Stat. 19.35(5))"
        )


def hold_of(
    number: str,
    status: str,
    received_on: date,
    closed_on: date | None,
    day: date,
    *,
    confined: bool = False,
    action_notice_on: date | None = None,
    action_ended_on: date | None = None,
) -> Hold | None:
    """Whether a request holds the records of the accounts it names on `day` (Wis. Stat.
    19.35(5)): while it is open; through the 60th day after it is denied (the day of the
    denial is day 0), the 90th for a requester committed or incarcerated; and from the day
    written notice of an action under 19.37 came until the day its order and any appeal ended
    (recorded), whatever the request's status. Of two holds, the one that lasts longer."""
    if day < received_on:
        return None
    held: Hold | None = None
    if status == OPEN:
        held = Hold(number, None)
    elif status in DENIALS and closed_on is not None:
        days = CONFINED_HOLD_DAYS if confined else DENIAL_HOLD_DAYS
        until = closed_on + timedelta(days=days)
        if day <= until:
            held = Hold(number, until, HELD_DENIED, days)
    if action_notice_on is not None and action_notice_on <= day:
        if action_ended_on is None:
            return Hold(number, None, HELD_ACTION)  # no end yet: longer than any other
        if day <= action_ended_on and (
            held is None or (held.until is not None and held.until < action_ended_on)
        ):
            return Hold(number, action_ended_on, HELD_ACTION)
    return held


def response_due(received_on: date, work_days: int, holidays: Container[date]) -> date:
    """The day a request should be answered by: the profile's target in work days, skipping
    weekends and `holidays` (the profile's `days_off`)."""
    return add_work_days(received_on, work_days, holidays)


def keep_until(discontinued_on: date, years: int) -> date:
    """The last day a discontinued account's records are kept (the retention schedule)."""
    try:
        return discontinued_on.replace(year=discontinued_on.year + years)
    except ValueError:  # 29 February
        return discontinued_on.replace(year=discontinued_on.year + years, day=28)


# The letters ClerkDesk writes for a request (R17), kept with it as its other files are; their
# keys are the kind of the kept file.
ACKNOWLEDGMENT, EXTENSION, RESPONSE, DENIAL = "acknowledgment", "extension", "response", "denial"
LETTER_KINDS: dict[str, str] = {
    ACKNOWLEDGMENT: "Acknowledgment letter",
    EXTENSION: "Letter of extension",
    RESPONSE: "Response letter",
    DENIAL: "Denial letter",
}


def letter_refusal(
    kind: str, number: str, status: str, reasons: str | None, extended_to: date | None, why: str
) -> tuple[str, str] | None:
    """Why a request's letter of `kind` cannot be written, as (the field it is about: `letter`
    or `why`, what is wrong); None: it can. A denial, in whole or in part, gives its reasons
    (Wis. Stat. 19.35(4)(b)); an extension names the new target and why; a response answers a
    request granted in whole or in part."""
    if kind not in LETTER_KINDS:
        return "letter", f"a request's letter is one of: {', '.join(LETTER_KINDS)}"
    said = REQUEST_STATUSES.get(status, status).lower()
    reasons = (reasons or "").strip()
    if kind == EXTENSION:
        if status != OPEN:
            return "letter", f"request {number} is {said}: more time is asked only while it is open"
        if extended_to is None:
            return "letter", (
                f"record the new target of request {number} first (Extended to): the letter "
                "gives both days"
            )
        if not why.strip():
            return "why", "say why more time is needed: the letter tells the requester"
    elif kind == RESPONSE:
        if status not in (GRANTED, PARTLY_GRANTED):
            return (
                "letter",
                f"request {number} is {said}: a response letter answers a request granted",
            )
        if status == PARTLY_GRANTED and not reasons:
            return "letter", (
                f"request {number} was partly granted without its reasons: record what is "
                "withheld and why (Reasons) before the letter is written (Wis. Stat. 19.35(4)(b))"
            )
    elif kind == DENIAL:
        if status != DENIED:
            return "letter", f"request {number} is {said}, not denied"
        if not reasons:
            return "letter", (
                f"a denial letter gives the reasons for the denial (Wis. Stat. 19.35(4)(b)); "
                f"request {number} has none recorded: add them (Reasons) first"
            )
    return None
