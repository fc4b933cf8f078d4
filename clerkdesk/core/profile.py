"""Policy profiles: the numbers and names a city's policy sets.

A profile starts from one of the shipped TOML files (one per policy) and the clerk may change
its parameters; the database keeps the city's copy.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields, replace
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from .bases import FIGURE_SOURCES, FIGURES, basis_text
from .dates import zone
from .duties import EXCEPTION_OFFICES, NOTICES
from .errors import ClerkDeskError, ValidationError
from .notices import notice_problems, with_site_notices
from .profile_values import dates as _dates
from .profile_values import month_day as _month_day
from .profile_values import one_date as _one_date
from .profile_values import papers_from_default as papers_from_default
from .profile_values import whole as _whole
from .records import REMOVAL_CATEGORIES, STOUGHTON_CATEGORIES
from .vocabulary import RULES, Basis
from .workdays import CALENDARS, DaysOff, days_off

AUTHORITIES: dict[str, str] = {
    "mayor": "Mayor",
    "council": "Common Council",
    "department-head": "Department Head",
    "city-manager": "City Manager's Office",
    "coordinator": "Social Media Coordinator",
}

PASSWORD_CLASSES = ("upper", "lower", "digit", "symbol")

# The parameters that are days, as a file or a form gives them: YYYY-MM-DD, or none.
DATES = ("adopted", "department_policy_by", "accessible_from")

# The bases a city may switch a rule between (RULES.md): on as good practice, or off. A rule of
# the city's own policy, or of a statute, binds whatever the city prefers.
SWITCHABLE = (Basis.PRACTICE, Basis.OFF)

# The findings an authority may have to make before it approves an account (R2).
DETERMINATIONS = ("can_administer", "monitoring", "it_notified")
# Stoughton's: a Department Head makes all three; the Mayor or the Council only the first.
R2_FINDINGS: dict[str, tuple[str, ...]] = {
    "department-head": DETERMINATIONS,
    "mayor": ("can_administer",),
    "council": ("can_administer",),
}


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
    # Whether a person hands over the log-ins of their accounts before leaving (R10, Wausau).
    handover_at_separation: bool = False
    # More authorized users than this on one account is warned of (R4: keep the number small).
    # No policy gives a figure, so the default is ClerkDesk's; 0 is no limit.
    max_authorized_users: int = 5
    # Whether a removal in an access review starts the password-rotation clock (R10).
    review_removal_rotates: bool = True
    # Days a department head has to return the signed worksheet, counted from its printing (the
    # worksheet's "Return by"). No policy gives a figure: ClerkDesk's.
    review_response_days: int = 14
    timezone: str = "America/Chicago"
    notes: str = field(default="", compare=False)
    # Each rule's basis in this city (RULES.md): policy, law, practice or off. A rule the
    # profile does not name takes the basis its obligation kind gives.
    rules: dict[str, str] = field(default_factory=dict)
    # Whose each rule's figure is where it is not the rule's own (`bases.FIGURES`): "clerkdesk"
    # (no policy gives one) or "doj" (the DOJ's guidance for a records request).
    figures: dict[str, str] = field(default_factory=dict)
    # Where R2 applies: the findings each authority makes before it approves, and the
    # authorities whose approval designates the Authorized User (who becomes the custodian).
    determinations: dict[str, tuple[str, ...]] = field(default_factory=lambda: dict(R2_FINDINGS))
    designates_at_approval: tuple[str, ...] = ("council",)
    # Who designates the people on an account, in the policy's words ("" names the authorities).
    designator: str = ""
    # Each term approved by the director and then by the coordinating office (R1, R4), and the
    # director's title as the agreement form has it.
    term_approvals: bool = False
    director_title: str = "Department/Division Director"
    # Each department's written social media policy filed with the coordinating office, with a
    # copy to the IT Director; the IT Director's approval of each account's tool (R1).
    department_policy: bool = False
    tool_approval: bool = False
    # The fixed day by which the policy has each department file its policy (Madison's 1
    # January 2013): due then, whatever the city's adoption date; None counts from each
    # department's first account.
    department_policy_by: date | None = None
    # An account is approved by the authority its department's filed policy names (Madison).
    approver_in_department_policy: bool = False
    # The Account Request Form and Strategy Plan (audience, platform, goals, measures of
    # success) recorded before an account is approved (R1, Milwaukee).
    request_form: bool = False
    # The policy does not apply to elected officials (Madison): their terms owe no agreement,
    # approval or review under it, and an account only they use owes no approval under it.
    elected_excluded: bool = False
    # Records not kept only on the platform but moved to the city's systems (R20, Milwaukee):
    # an account in use with no archive recorded owes one.
    records_off_platform: bool = False
    # The offices that approve exceptions to the policy (R19: Milwaukee's CIO, Janesville's City
    # Manager); none where the policy has no exceptions clause.
    exception_offices: tuple[str, ...] = ()
    # The site checks (R11, R13-R15): how often each site is checked, the notices it shows,
    # and how many days without a post make it look abandoned (Madison's "not kept current").
    site_check_days: int = 365
    abandoned_days: int = 30
    # Whether each check asks the upkeep the policy asks of its users (R14, Janesville: monitored
    # each work day, questions answered within 48 hours when practical); a `no` is a finding.
    upkeep_questions: bool = False
    # Monitored as the approving Department Head directs, per account (R14 from R2, Stoughton).
    monitoring_directed: bool = False
    site_notices: tuple[str, ...] = tuple(NOTICES)
    notices: dict[str, str] = field(default_factory=dict)  # the city's own (core.notices)
    # Who approves a change of a notice's words, and each change approved; the notice also
    # posted on the City's website and where and when it was seen there (core.notices).
    notice_approvers: dict[str, str] = field(default_factory=dict)
    notice_approvals: dict[str, dict[str, str]] = field(default_factory=dict)
    website_notice: str = ""
    website_posting: dict[str, str] = field(default_factory=dict)
    # The day what the city publishes must meet WCAG 2.1 AA (R21, 28 CFR 35.200: by its
    # population); from then each site check asks what its posts meet. None: not set.
    accessible_from: date | None = None
    # Wisconsin's election calendar (R18): the first day nomination papers may circulate, as
    # MM-DD, for a spring election (the year before) and for a partisan one.
    spring_papers_from: str = "12-01"
    partisan_papers_from: str = "04-15"
    # R18's blackout also covers the staff acting for a candidate, and the links on the
    # official's pages come down during it (Milwaukee).
    blackout_staff: bool = False
    blackout_links: bool = False
    # Public records (R17): the target for answering a request, in work days (the Wisconsin
    # Department of Justice's guidance for a simple request); the days the city's offices are
    # closed besides weekends (the maintained calendar's, for every year, and the city's own
    # days); the office that answers requests ("" : the custodian of the accounts concerned);
    # how many years a discontinued account's records are kept.
    records_response_days: int = 10
    holiday_calendar: str = "US-WI"
    holidays: tuple[date, ...] = ()
    records_office: str = ""
    retention_years: int = 7
    # Days between retention directives to departments (R17, Wausau: the CCITC Director's, "no
    # less than annually"); 0: the policy asks for none.
    retention_directive_days: int = 0
    # The categories of content the policy lets the city remove (R16), in the policy's order.
    removal_categories: tuple[str, ...] = STOUGHTON_CATEGORIES
    # How often the public list of the city's accounts (R20) is verified and published again.
    # No policy gives a figure: ClerkDesk's.
    public_list_months: int = 12

    def authority_label(self, key: str) -> str:
        return AUTHORITIES.get(key, key)

    def basis(self, rule: str, default: str = Basis.OFF) -> str:
        """The rule's basis in this city."""
        return self.rules.get(rule, default)

    def applies(self, rule: str, default: str = Basis.POLICY) -> bool:
        """Whether the rule is on in this city (a rule the profile does not name is)."""
        return self.basis(rule, default) != Basis.OFF

    def findings(self, authority: str) -> tuple[str, ...]:
        """The R2 determinations `authority` makes before approving (none where R2 is off)."""
        return self.determinations.get(authority, ()) if self.applies("R2") else ()

    def designates(self, authority: str) -> bool:
        """Whether an approval by `authority` designates the Authorized User (R2)."""
        return self.applies("R2") and authority in self.designates_at_approval

    def designated_by_hint(self) -> str:
        """Who designates the people on an account, e.g. "the Social Media Coordinator"."""
        if self.designator.strip():
            return self.designator.strip()
        names = [f"the {self.authority_label(a)}" for a in self.authorities]
        return " or ".join(filter(None, (", ".join(names[:-1]), names[-1])))

    @property
    def signers(self) -> tuple[str, str, str]:
        """Who signs an agreement (R6), in the words the form, the window and Today share: the
        user, the director (by the profile's title) and the coordinating office."""
        return ("Authorized user", self.director_title, self.coordinating_office)

    def basis_label(self, basis: str, rule: str | None = None, kind: str | None = None) -> str:
        """How Today, Settings and the printouts tag a rule or an obligation: "Wausau policy",
        "Wis. Stat.", "good practice", with whose its figure is where it is not the rule's
        own ("…; every 180 days: ClerkDesk's figure"): `bases.basis_text`."""
        return basis_text(self, basis, rule, kind)

    @property
    def days_off(self) -> DaysOff:
        """The days the city's offices are closed besides weekends (R17's work days)."""
        return days_off(self.holiday_calendar, self.holidays)

    def with_changes(self, **changes: Any) -> PolicyProfile:
        """A copy with `changes` applied, validated."""
        known = {f.name for f in fields(self)}
        unknown = set(changes) - known
        if unknown:
            raise ValidationError({name: "not a profile parameter" for name in sorted(unknown)})
        for name in DATES:
            if name in changes:  # a date as a form gives it: text, or blank for none
                changes[name] = _one_date(name, changes[name] or None)
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
            "site_check_days",
            "abandoned_days",
            "review_response_days",
            "records_response_days",
            "retention_years",
            "public_list_months",
        ):
            if not _whole(getattr(self, name), 1):
                problems[name] = "must be a whole number of at least 1"
        for name in ("warning_days", "max_authorized_users", "retention_directive_days"):
            if not _whole(getattr(self, name), 0):
                problems[name] = "must be a whole number, 0 or more"
        texts = ("key", "title", "coordinating_office", "timezone", "notes")
        if untyped := [name for name in texts if not isinstance(getattr(self, name), str)]:
            # The checks below read these as text.
            raise ValidationError({**problems, **dict.fromkeys(untyped, "must be text in quotes")})
        for name in (
            "review_removal_rotates",
            "handover_at_separation",
            "term_approvals",
            "department_policy",
            "tool_approval",
            "approver_in_department_policy",
            "request_form",
            "elected_excluded",
            "records_off_platform",
            "blackout_staff",
            "blackout_links",
            "upkeep_questions",
            "monitoring_directed",
        ):
            if not isinstance(getattr(self, name), bool):
                problems[name] = "must be true or false"
        if not isinstance(self.determinations, dict) or any(
            a not in AUTHORITIES or not set(found) <= set(DETERMINATIONS)
            for a, found in self.determinations.items()
        ):
            problems["determinations"] = (
                f"a table of AUTHORITY = [findings], each one of: {', '.join(DETERMINATIONS)}"
            )
        if any(a not in AUTHORITIES for a in self.designates_at_approval):
            problems["designates_at_approval"] = "names an unknown authority"
        if not isinstance(self.director_title, str) or not self.director_title.strip():
            problems["director_title"] = "required"
        if not isinstance(self.designator, str) or len(self.designator) > 100:
            problems["designator"] = "at most 100 characters"
        if any(o not in EXCEPTION_OFFICES for o in self.exception_offices):
            problems["exception_offices"] = (
                f"names an unknown office (one of: {', '.join(EXCEPTION_OFFICES)})"
            )
        problems.update(notice_problems(self))
        if not isinstance(self.accessible_from, date | None):
            problems["accessible_from"] = "must be a date, YYYY-MM-DD"
        for name in ("spring_papers_from", "partisan_papers_from"):
            if not _month_day(getattr(self, name)):
                problems[name] = "must be a month and day, MM-DD"
        if not all(isinstance(d, date) for d in self.holidays):
            problems["holidays"] = "must be a list of dates, YYYY-MM-DD"
        if self.holiday_calendar not in CALENDARS:
            problems["holiday_calendar"] = f"one of: {', '.join(repr(c) for c in CALENDARS)}"
        if not isinstance(self.records_office, str) or len(self.records_office) > 100:
            problems["records_office"] = "at most 100 characters"
        if not self.removal_categories:
            problems["removal_categories"] = "name at least one category"
        elif bad_category := [c for c in self.removal_categories if c not in REMOVAL_CATEGORIES]:
            problems["removal_categories"] = (
                f"unknown category {bad_category[0]!r} (one of: {', '.join(REMOVAL_CATEGORIES)})"
            )
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
                problems["rules"] = f"unknown rule {rule!r} (ClerkDesk tracks R1 to R21)"
            elif basis not in tuple(Basis):
                problems["rules"] = (
                    f"{rule}: unknown basis {basis!r} (policy, law, practice or off)"
                )
        if not isinstance(self.figures, dict) or any(
            r not in FIGURES or s not in FIGURE_SOURCES for r, s in self.figures.items()
        ):
            problems["figures"] = f"a table of RULE = {' or '.join(FIGURE_SOURCES)}"
        if not self.coordinating_office.strip():
            problems["coordinating_office"] = "required"
        try:
            zone(self.timezone)
        except ClerkDeskError as exc:
            problems["timezone"] = exc.message
        if problems:
            raise ValidationError(problems)

    @property
    def zone(self) -> ZoneInfo:
        """The city's time zone: the one every "today" and every local day is read in."""
        return zone(self.timezone)

    def day_at(self, moment: datetime) -> date:
        """The city's calendar day at an aware moment."""
        return moment.astimezone(self.zone).date()

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["authorities"] = list(self.authorities)
        data["password_classes"] = list(self.password_classes)
        data["designates_at_approval"] = list(self.designates_at_approval)
        data["exception_offices"] = list(self.exception_offices)
        data["site_notices"] = list(self.site_notices)
        data["determinations"] = {a: list(found) for a, found in self.determinations.items()}
        for name in DATES:
            day = getattr(self, name)
            data[name] = day.isoformat() if day else None
        data["holidays"] = [d.isoformat() for d in self.holidays]
        data["removal_categories"] = list(self.removal_categories)
        data["rules"] = {rule: str(basis) for rule, basis in self.rules.items()}
        data["figures"] = dict(self.figures)
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> PolicyProfile:
        known = {f.name for f in fields(cls)}
        values = {k: v for k, v in data.items() if k in known}
        unknown = sorted(set(data) - known)
        if unknown:
            raise ClerkDeskError(f"profile has unknown setting {unknown[0]!r}")
        for name in (
            "authorities",
            "password_classes",
            "designates_at_approval",
            "exception_offices",
            "site_notices",
            "removal_categories",
        ):
            if name in values:
                names = values[name]
                if not isinstance(names, list | tuple) or not all(
                    isinstance(n, str) for n in names
                ):
                    raise ValidationError({name: "must be a list of names in quotes"})
                values[name] = tuple(names)
        if isinstance(values.get("determinations"), dict):
            values["determinations"] = {
                str(a): tuple(found) for a, found in values["determinations"].items()
            }
        if "rules" in values:
            if not isinstance(values["rules"], dict):
                raise ClerkDeskError("profile's rules must be a table of RULE = basis")
            values["rules"] = {str(k): str(v) for k, v in values["rules"].items()}
        if isinstance(values.get("figures"), dict):
            values["figures"] = {str(k): str(v) for k, v in values["figures"].items()}
        if "holidays" in values:
            values["holidays"] = _dates(values["holidays"])
        for name in DATES:
            if name in values:
                values[name] = _one_date(name, values[name])
        values = with_site_notices(values)
        try:
            profile = cls(**values)
        except TypeError as exc:
            raise ClerkDeskError(f"profile is incomplete: {exc}") from exc
        profile.validate()
        return profile
