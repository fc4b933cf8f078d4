"""Name-to-id lookups used while validating, loaded once per transaction on first use."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from functools import cached_property

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...core.errors import ClerkDeskError
from ...core.validation import ZerosLost, normalize_url
from ...store.models.accounts import Account, Approval
from ...store.models.departments import Department
from ...store.models.people import Person


def no_account(url: str) -> str:
    """The one message for a web address the register has no account at (said in its
    canonical form: `x.com/parks` is said as https://x.com/parks)."""
    return f"no account {url} in the register"


def account_at(session: Session, text: str) -> tuple[int, str]:
    """The id and canonical web address of the account at `text`, however it is typed; a
    ClerkDeskError saying what is wrong (not a web address; no account there) else. For one
    look-up; a transaction that makes many uses `Lookups.account_at`."""
    url = normalize_url(text)
    account_id = _account_id(session, url)
    if account_id is None:
        raise ClerkDeskError(no_account(url))
    return account_id, url


def _account_id(session: Session, url: str) -> int | None:
    """The id of the account at the normalized `url`, if any (a text with a NUL, which a
    server refuses to be asked about, is no account's)."""
    if "\x00" in url:
        return None
    return session.execute(select(Account.id).where(Account.url == url)).scalar()


class _Asked(Mapping[str, int]):
    """Employee ID → person id for a form's one record: each ID looked up when first asked,
    rather than every person of a register of tens of thousands read for the one or two a form
    names; all of them read at once only when gone through."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.known: dict[str, int | None] = {}
        self.whole: dict[str, int] | None = None

    def _id(self, employee_id: object) -> int | None:
        if not isinstance(employee_id, str):
            return None
        if self.whole is not None:
            return self.whole.get(employee_id)
        if employee_id not in self.known:
            found = select(Person.id).where(Person.employee_id == employee_id)
            self.known[employee_id] = self.session.execute(found).scalar()
        return self.known[employee_id]

    def __getitem__(self, employee_id: str) -> int:
        found = self._id(employee_id)
        if found is None:
            raise KeyError(employee_id)
        return found

    def __contains__(self, employee_id: object) -> bool:
        return self._id(employee_id) is not None

    def _all(self) -> dict[str, int]:
        if self.whole is None:
            self.whole = _people(self.session)
        return self.whole

    def __iter__(self) -> Iterator[str]:
        return iter(self._all())

    def __len__(self) -> int:
        return len(self._all())


def _people(session: Session) -> dict[str, int]:
    return {k: v for k, v in session.execute(select(Person.employee_id, Person.id))}


class Lookups:
    """`one`: for a form's one record (people are then looked up as asked, not all read)."""

    def __init__(self, session: Session, one: bool = False) -> None:
        self.session = session
        self.one = one

    @cached_property
    def department_names(self) -> dict[int, str]:
        """Department id → name: the one read both department look-ups are made of."""
        rows = self.session.execute(select(Department.id, Department.name))
        return {k: v for k, v in rows}

    @cached_property
    def departments(self) -> dict[str, int]:
        """Lower-cased department name → id."""
        return {name.lower(): id_ for id_, name in self.department_names.items()}

    @cached_property
    def people(self) -> Mapping[str, int]:
        """Employee ID → person id."""
        return _Asked(self.session) if self.one else _people(self.session)

    @cached_property
    def accounts(self) -> dict[str, int]:
        """Normalized URL → account id."""
        rows = self.session.execute(select(Account.url, Account.id))
        return {k: v for k, v in rows}

    @cached_property
    def employee_ids(self) -> dict[int, str]:
        """Person id → employee ID."""
        return {v: k for k, v in self.people.items()}

    def employee_id_of(self, person_id: int | None) -> str | None:
        """The employee ID of the person with this id: of a form's one record, looked up alone
        unless the people were read whole for another reason."""
        if person_id is None:
            return None
        if self.one and "employee_ids" not in self.__dict__:
            found = select(Person.employee_id).where(Person.id == person_id)
            return self.session.execute(found).scalar()
        return self.employee_ids.get(person_id)

    @cached_property
    def account_rows(self) -> dict[str, Account]:
        """Normalized URL → account, for matching the rows of a file."""
        return {a.url: a for a in self.session.execute(select(Account)).scalars()}

    @cached_property
    def latest_approvals(self) -> dict[int, Approval]:
        """Account id → its latest approval."""
        latest: dict[int, Approval] = {}
        for approval in self.session.execute(select(Approval).order_by(Approval.id)).scalars():
            latest[approval.account_id] = approval
        return latest

    @cached_property
    def people_named(self) -> dict[str, str]:
        """Employee ID → name, for saying whom a new person would repeat."""
        return dict(self.session.execute(select(Person.employee_id, Person.name)).tuples().all())

    @cached_property
    def ids_as_numbers(self) -> ZerosLost:
        """The employee IDs that are numbers, by their value (a spreadsheet drops zeros)."""
        index = ZerosLost()
        for employee_id in self.people_named:
            index.add(employee_id)
        return index

    @cached_property
    def emails(self) -> dict[str, str]:
        """Lower-cased e-mail address → the employee ID of the person in office who has it."""
        rows = self.session.execute(
            select(Person.email, Person.employee_id).where(Person.separated_at.is_(None))
        ).tuples()
        return {email.lower(): employee_id for email, employee_id in rows if email}

    def note_person(self, employee_id: str, name: str, email: str | None) -> None:
        """A person a plan adds, so that a later row of the same file is held against it."""
        self.people_named[employee_id] = name
        self.ids_as_numbers.add(employee_id)
        if email:
            self.emails.setdefault(email.lower(), employee_id)

    def account_id(self, url: str) -> int | None:
        """The id of the account at the normalized `url`, if any: of a form's one record,
        looked up alone, unless the accounts were read whole for another reason."""
        if self.one and "accounts" not in self.__dict__:
            return _account_id(self.session, url)
        return self.accounts.get(url)

    def urls_of(self, ids: Iterable[int]) -> dict[int, str]:
        """Account id → web address, of the accounts with these ids (`account_id`'s way)."""
        wanted = set(ids)
        if self.one and "accounts" not in self.__dict__:
            found = select(Account.id, Account.url).where(Account.id.in_(sorted(wanted)))
            return dict(self.session.execute(found).tuples().all())
        return {i: url for url, i in self.accounts.items() if i in wanted}

    def account_at(self, text: str) -> tuple[int, str]:
        """As `account_at`, from the accounts this transaction has read once (`account_id`)."""
        url = normalize_url(text)
        account_id = self.account_id(url)
        if account_id is None:
            raise ClerkDeskError(no_account(url))
        return account_id, url

    def department_id(self, name: str | None) -> int | None:
        return self.departments.get(name.strip().lower()) if name else None
