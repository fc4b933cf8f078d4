"""What the account inventory (R20) prints, as plain values: assembled by
`services.accounts.inventory`, drawn by `printing.accounts`. No PDF library is imported
here."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class InventoryPerson:
    role: str  # "Custodian", "Authorized user", "Administrator"
    name: str
    title: str | None
    contact: str | None  # e-mail and telephone, as the register has them


@dataclass(frozen=True)
class InventoryAccount:
    platform: str
    handle: str | None
    url: str
    purpose: str | None
    status: str  # "Approved", "Pre-existing", …
    approval: str | None  # "Common Council: Ann Lee, 2026-01-05, Res. 2026-3"
    people: tuple[InventoryPerson, ...]
    archived_in: str | None
    credential_on_file: bool  # the password is in the credential store; never the password
    mfa: str  # "on (authenticator app)", "off", "not recorded"
    overdue: int  # the account's obligations past due
    # Further lines other registers give an account, printed under "Records" and "Site" when
    # set: e.g. "hold until 2027-02-01 (request 2026-14); keep until 2031-12-31", and
    # "checked 2026-10-02; 2 findings open".
    records: str | None = None
    site_check: str | None = None
    # What the approving authority found before approving (R2, where the policy asks), e.g.
    # "can administer; monitored every work day; IT Director notified 2026-01-04"; and
    # whether they are still to be recorded (printed as late).
    findings: str | None = None
    findings_missing: bool = False
    # The Account Request Form and Strategy Plan (R1, where the policy asks): its day, or
    # "not recorded" (printed as late).
    request_form: str | None = None


@dataclass(frozen=True)
class InventoryDepartment:
    name: str
    head: str | None
    last_review: date | None  # the last access review completed (R7)
    next_review: date | None  # when the next is due (None: nobody has access)
    review_overdue: bool
    accounts: tuple[InventoryAccount, ...]
    # The approving authority its filed social media policy names (R1, Madison), if recorded.
    approver: str | None = None

    @property
    def approver_words(self) -> str:
        """The approving authority, as the inventory's department line says it."""
        return f"; approving authority (its filed policy): {self.approver}" if self.approver else ""


@dataclass(frozen=True)
class InventoryData:
    as_of: date
    departments: tuple[InventoryDepartment, ...]
    platforms: tuple[str, ...]  # the platforms in use, in the order of the summary's columns
    # Obligations past due across the register: (what, how many), most first.
    overdue: tuple[tuple[str, int], ...]

    @property
    def total(self) -> int:
        return sum(len(d.accounts) for d in self.departments)
