"""The words of the city's notices (R15), kept in its profile and changed in Settings → Duties:
a notice's words as the clerk types them, back to the policy's, and where the policy has a
change approved (Janesville's City Attorney, for its Terms of Use), with who approved it and
the day. And the notice the policy also posts on the City's website: the page's address and the
day it was seen posted there. Each is a change of the profile, saved and audited as every other
parameter is (`writes.update_profile`)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ...core.errors import ClerkDeskError, InvalidValueError, ValidationError
from ...core.notices import (
    approval_problem,
    city_notices,
    words_problem,
)
from ...core.profile import PolicyProfile
from ...core.validation import normalize_url, text_problem
from ..kernel.common import city_row, profile_of
from ..kernel.database import Database
from .writes import _shipped, update_profile


@dataclass(frozen=True, slots=True)
class NoticeWords:
    """A notice of the city: its words as the profile keeps them and as the policy has them,
    who must approve other words than the policy's ("" : no one), and the approval kept."""

    name: str
    words: str
    policy_words: str
    approver: str
    approved_by: str | None
    approved_on: date | None

    @property
    def changed(self) -> bool:
        return self.words != self.policy_words


@dataclass(frozen=True, slots=True)
class WebsitePosting:
    """The notice the policy also posts on the City's website, and where and when it was seen
    posted there (None: not recorded)."""

    name: str
    words: str
    address: str | None
    seen_on: date | None


def _read(db: Database) -> tuple[PolicyProfile, PolicyProfile, date]:
    """The city's profile, the shipped one it came from, and today in the city."""
    with db.reading() as session:
        city = city_row(session)
        profile, key = profile_of(city), city.profile_key
    return profile, _shipped(key, profile), profile.day_at(db.clock())


def _words(profile: PolicyProfile, shipped: PolicyProfile, name: str) -> NoticeWords:
    table = city_notices(profile)
    if name not in table:
        raise ClerkDeskError(f"the city has no notice {name!r} (one of: {', '.join(table)})")
    approval = profile.notice_approvals.get(name, {})
    on = approval.get("on")
    return NoticeWords(
        name,
        table[name],
        city_notices(shipped).get(name, table[name]),
        profile.notice_approvers.get(name, ""),
        approval.get("by"),
        date.fromisoformat(on) if on else None,
    )


def notice_words(db: Database) -> list[NoticeWords]:
    """Each of the city's notices, in the policy's order."""
    profile, shipped, _ = _read(db)
    return [_words(profile, shipped, name) for name in city_notices(profile)]


def update_notice_words(
    db: Database,
    name: str,
    words: str,
    approved_by: str | None = None,
    approved_on: date | None = None,
) -> NoticeWords:
    """Keep `words` (exactly as typed) as notice `name`'s. Words other than the policy's, for a
    notice whose changes the policy has approved, are kept only with who approved them and
    the day; the policy's own words need no approval and clear the one kept."""
    profile, shipped, today = _read(db)
    notice = _words(profile, shipped, name)
    if problem := words_problem(words):
        raise ValidationError({"words": problem})
    approvals = dict(profile.notice_approvals)
    approvals.pop(name, None)
    if notice.approver and words != notice.policy_words:
        by = (approved_by or "").strip()
        problems = approval_problem(notice.approver, by, approved_on, today)
        if not problems and (bad := text_problem("approved_by", by)):
            problems["approved_by"] = bad
        if problems:
            raise ValidationError(problems)
        assert approved_on is not None
        approvals[name] = {"by": by, "on": approved_on.isoformat()}
    table = {**city_notices(profile), name: words}
    update_profile(db, notices=table, notice_approvals=approvals)
    return _words(*_read(db)[:2], name)


def restore_notice_words(db: Database, name: str) -> NoticeWords:
    """Notice `name` back in the policy's words (its approval, no longer needed, dropped)."""
    profile, shipped, _ = _read(db)
    return update_notice_words(db, name, _words(profile, shipped, name).policy_words)


def website_posting(db: Database) -> WebsitePosting | None:
    """The notice the policy also posts on the City's website, or None where it posts none."""
    profile, _, _ = _read(db)
    name = profile.website_notice
    if not name:
        return None
    posting = profile.website_posting
    seen = posting.get("seen_on")
    return WebsitePosting(
        name,
        city_notices(profile).get(name, name),
        posting.get("address"),
        date.fromisoformat(seen) if seen else None,
    )


def record_website_posting(
    db: Database, address: str | None, seen_on: date | None
) -> WebsitePosting | None:
    """Record the page of the City's website that posts the notice, and the day it was seen
    there (both blank: not recorded). A day still to come is refused."""
    profile, _, today = _read(db)
    if not profile.website_notice:
        raise ClerkDeskError("the city's policy posts no notice on the City's website")
    text = (address or "").strip()
    posting: dict[str, str] = {}
    if text or seen_on is not None:
        problems: dict[str, str] = {}
        text = text if "://" in text or not text else f"https://{text}"
        try:
            normalize_url(text)  # what an address is; the page's is kept as typed
        except InvalidValueError as exc:
            problems["website_address"] = exc.message
        else:
            if bad := text_problem("website_address", text, 500):
                problems["website_address"] = bad
        if seen_on is None:
            problems["website_seen_on"] = "give the day the page was seen posting it"
        elif seen_on > today:
            problems["website_seen_on"] = "cannot be in the future"
        if problems:
            raise ValidationError(problems)
        assert seen_on is not None
        posting = {"address": text, "seen_on": seen_on.isoformat()}
    update_profile(db, website_posting=posting)
    return website_posting(db)
