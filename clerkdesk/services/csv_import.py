"""CSV import: a file is imported whole or not at all.

Every problem is reported as `FILE:LINE: column: message`; nothing is written while any remains.
Rows match existing records by their key and update them; other rows add records.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from ..core.access import agreement_signed_on
from ..core.dates import parse_date, zone
from ..core.errors import ClerkDeskError, ImportProblems
from ..core.validation import normalize_url
from ..core.vocabulary import ROLES
from ..store.models import Account, Approval, Assignment, Department, Person
from .audit import Change, record_many
from .checks import check_account, check_approval, check_department, check_person
from .common import city_row, city_today, clean, profile_of
from .csv_format import KINDS, CsvKind
from .database import Database
from .inputs import AccountInput, ApprovalInput, DepartmentInput, PersonInput
from .lookups import Lookups
from .people import apply_separation_date
from .separation import SEPARATED, day_start

Progress = Callable[[int, int], None]


@dataclass
class ImportReport:
    kind: str
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    dry_run: bool = False
    lines: list[str] = field(default_factory=list)

    def summary(self) -> str:
        verb = "would add" if self.dry_run else "added"
        verb2 = "would update" if self.dry_run else "updated"
        return (
            f"{self.kind}: {verb} {self.added}, {verb2} {self.updated}, {self.unchanged} unchanged"
        )


@dataclass
class _Row:
    line: int
    cells: dict[str, str | None]


def read_rows(path: Path, kind: CsvKind) -> list[_Row]:
    """The file's rows as {column: text or None}, or ImportProblems for the file's shape."""
    name = path.name
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except FileNotFoundError as exc:
        raise ClerkDeskError(f"no file {path}") from exc
    except UnicodeDecodeError as exc:
        raise ImportProblems([f"{name}:1: -: not UTF-8 text; save it as 'CSV UTF-8'"]) from exc
    reader = csv.reader(text.splitlines(keepends=True))
    try:
        header = next(reader)
    except StopIteration:
        raise ImportProblems([f"{name}:1: -: the file is empty; it needs a header row"]) from None
    header = [h.strip() for h in header]
    problems = [
        f"{name}:1: {h or '(blank)'}: unknown column (expected: {', '.join(kind.columns)})"
        for h in header
        if h not in kind.columns
    ]
    problems += [
        f"{name}:1: {h}: column appears twice" for h in set(header) if h and header.count(h) > 1
    ]
    problems += [
        f"{name}:1: {c}: required column is missing" for c in kind.required if c not in header
    ]
    if problems:
        raise ImportProblems(problems)
    rows: list[_Row] = []
    start = reader.line_num + 1
    try:
        for cells in reader:
            if any(c.strip() for c in cells):
                if len(cells) > len(header):
                    problems.append(
                        f"{name}:{start}: -: {len(cells)} cells but {len(header)} columns"
                    )
                padded = cells + [""] * (len(header) - len(cells))
                values = {h: clean(v) for h, v in zip(header, padded, strict=False)}
                rows.append(_Row(start, values))
            start = reader.line_num + 1
    except csv.Error as exc:
        problems.append(f"{name}:{reader.line_num}: -: {exc}")
    if problems:
        raise ImportProblems(problems)
    return rows


def _date(row: _Row, column: str, problems: dict[str, str]) -> date | None:
    text = row.cells.get(column)
    if not text:
        return None
    try:
        return parse_date(text)
    except ClerkDeskError as exc:
        problems[column] = exc.message
        return None


def _duplicates(rows: list[_Row], key: Callable[[_Row], Any]) -> Iterator[tuple[_Row, int]]:
    seen: dict[Any, int] = {}
    for row in rows:
        k = key(row)
        if k is None:
            continue
        if k in seen:
            yield row, seen[k]
        else:
            seen[k] = row.line


class _Importer:
    """Checks every row against the database as it is, then applies them in one go."""

    def __init__(self, db: Database, session: Session, kind: CsvKind, file: str) -> None:
        self.db, self.session, self.kind, self.file = db, session, kind, file
        self.lookups = Lookups(session)
        self.problems: list[tuple[int, str]] = []
        self.changes: list[Change] = []

    def fail(self, row: _Row, fields: dict[str, str]) -> None:
        self.problems.extend(
            (row.line, f"{self.file}:{row.line}: {col}: {msg}") for col, msg in fields.items()
        )

    def report(self) -> list[str]:
        """The problems in the order of the file's lines."""
        return [text for _line, text in sorted(self.problems, key=lambda p: p[0])]


def _import_departments(
    imp: _Importer, rows: list[_Row], report: ImportReport, progress: Progress | None
) -> None:
    for row, first in _duplicates(rows, lambda r: (r.cells["name"] or "").lower() or None):
        imp.fail(row, {"name": f"the same department as line {first}"})
    people = imp.lookups.people
    existing = {d.name.lower(): d for d in imp.session.execute(select(Department)).scalars()}
    heads = {v: k for k, v in people.items()}
    inserts: list[dict[str, Any]] = []
    for i, row in enumerate(rows):
        data = DepartmentInput(row.cells["name"] or "", row.cells.get("head_employee_id"))
        current = existing.get((data.name or "").strip().lower())
        problems = check_department(data, imp.lookups, current.id if current else None)
        if problems:
            imp.fail(row, problems)
            continue
        head_id = people[data.head_employee_id.strip()] if data.head_employee_id else None
        if current is not None and "head_employee_id" not in row.cells:
            head_id = current.head_person_id
        name = data.name.strip()
        if current is None:
            inserts.append({"name": name, "head_person_id": head_id})
            imp.changes.append(
                Change(
                    "department.create",
                    "department",
                    name,
                    f"Added department {name} (import)",
                    {"head_employee_id": data.head_employee_id},
                )
            )
            report.added += 1
        elif (current.name, current.head_person_id) != (name, head_id):
            before = [current.name, heads.get(current.head_person_id or -1)]
            current.name, current.head_person_id = name, head_id
            imp.changes.append(
                Change(
                    "department.update",
                    "department",
                    name,
                    f"Changed department {name} (import)",
                    {
                        "name": [before[0], name],
                        "head_employee_id": [before[1], data.head_employee_id],
                    },
                )
            )
            report.updated += 1
        else:
            report.unchanged += 1
        if progress and i % 500 == 0:
            progress(i, len(rows))
    if inserts and not imp.problems:
        imp.session.execute(insert(Department), inserts)


def _import_people(
    imp: _Importer, rows: list[_Row], report: ImportReport, progress: Progress | None
) -> None:
    for row, first in _duplicates(rows, lambda r: r.cells["employee_id"]):
        imp.fail(row, {"employee_id": f"the same employee ID as line {first}"})
    profile = profile_of(city_row(imp.session))
    today, tz = city_today(imp.db, profile), zone(profile.timezone)
    fields = ("employee_id", "name", "title", "department_id", "email", "phone", "kind", "division")
    existing = {p.employee_id: p for p in imp.session.execute(select(Person)).scalars()}
    dept_names = imp.lookups.department_names
    inserts: list[dict[str, Any]] = []
    separations: list[tuple[Person, date | None]] = []
    for i, row in enumerate(rows):
        problems: dict[str, str] = {}
        c = row.cells
        data = PersonInput(
            employee_id=c["employee_id"] or "",
            name=c["name"] or "",
            title=c.get("title"),
            department=c.get("department"),
            email=c.get("email"),
            phone=c.get("phone"),
            kind=c.get("kind") or "employee",
            separated_on=_date(row, "separated_on", problems),
            division=c.get("division"),
        )
        current = existing.get(data.employee_id)
        problems.update(check_person(data, imp.lookups, current.id if current else None, today))
        if (
            current is not None
            and current.separated_at is not None
            and ("separated_on" in row.cells and data.separated_on is None)
        ):
            left = current.separated_at.astimezone(tz).date()
            problems["separated_on"] = (
                f"{current.name} left the city on {left}; an import does not undo a separation "
                "(record a rehire on the person's form)"
            )
        if problems:
            imp.fail(row, problems)
            continue
        values = {
            "employee_id": data.employee_id,
            "name": data.name,
            "title": data.title,
            "department_id": imp.lookups.department_id(data.department),
            "email": data.email,
            "phone": data.phone,
            "kind": data.kind,
            "division": data.division,
        }
        if current is None:
            separated_at = day_start(data.separated_on, tz) if data.separated_on else None
            inserts.append({**values, "separated_at": separated_at})
            shown = _printable(values, dept_names)
            if data.separated_on:
                shown["separated_on"] = data.separated_on.isoformat()
            imp.changes.append(
                Change(
                    "person.create",
                    "person",
                    data.employee_id,
                    f"Added {data.name} (import)",
                    shown,
                )
            )
            report.added += 1
        else:
            present = _present(row, fields)
            changed = {
                f: [_show(getattr(current, f), f, dept_names), _show(values[f], f, dept_names)]
                for f in present
                if getattr(current, f) != values[f]
            }
            was = current.separated_at.astimezone(tz).date() if current.separated_at else None
            if "separated_on" in row.cells and was != data.separated_on:
                changed["separated_on"] = [_show(was, "", {}), _show(data.separated_on, "", {})]
                separations.append((current, data.separated_on))
            if changed:
                for f in present:
                    setattr(current, f, values[f])
                imp.changes.append(
                    Change(
                        "person.update",
                        "person",
                        data.employee_id,
                        f"Changed {data.name} (import)",
                        changed,
                    )
                )
                report.updated += 1
            else:
                report.unchanged += 1
        if progress and i % 500 == 0:
            progress(i, len(rows))
    if imp.problems:
        return
    if inserts:
        imp.session.execute(insert(Person), inserts)
    for person, day in separations:
        apply_separation_date(imp.session, imp.db, person, day, tz)


def _present(row: _Row, fields: tuple[str, ...]) -> list[str]:
    """The fields whose column the file has: a column the file lacks leaves the stored value
    as it is (an empty cell in a column the file has clears it)."""
    return [f for f in fields if ("department" if f == "department_id" else f) in row.cells]


def _show(value: Any, name: str, dept_names: dict[int, str]) -> Any:
    if name == "department_id":
        return dept_names.get(value) if value else None
    return value.isoformat() if isinstance(value, date) else value


def _printable(values: dict[str, Any], dept_names: dict[int, str]) -> dict[str, Any]:
    return {k: _show(v, k, dept_names) for k, v in values.items() if v is not None}


def _import_accounts(
    imp: _Importer, rows: list[_Row], report: ImportReport, progress: Progress | None
) -> None:
    def url_key(row: _Row) -> str | None:
        try:
            return normalize_url(row.cells["url"] or "")
        except ValueError:
            return None

    for row, first in _duplicates(rows, url_key):
        imp.fail(row, {"url": f"the same account as line {first}"})
    city = city_row(imp.session)
    profile = profile_of(city)
    today = city_today(imp.db, profile)
    fields = ("url", "platform", "handle", "department_id", "purpose", "city_email", "status")
    existing = {a.url: a for a in imp.session.execute(select(Account)).scalars()}
    latest: dict[int, Approval] = {}
    for earlier in imp.session.execute(select(Approval).order_by(Approval.id)).scalars():
        latest[earlier.account_id] = earlier
    dept_names = imp.lookups.department_names
    statuses = ("proposed", "pre-existing", "approved", "discontinued")
    now = imp.db.clock()
    inserts: list[dict[str, Any]] = []
    updates: list[dict[str, Any]] = []
    approvals: list[tuple[str, dict[str, Any]]] = []
    for i, row in enumerate(rows):
        c = row.cells
        problems: dict[str, str] = {}
        data = AccountInput(
            url=c["url"] or "",
            platform=(c["platform"] or "").lower(),
            department=c["department"] or "",
            handle=c.get("handle"),
            purpose=c.get("purpose"),
            city_email=c.get("city_email"),
            status=(c["status"] or "").lower(),
        )
        approved_on = _date(row, "approved_on", problems)
        url = url_key(row)
        current = existing.get(url) if url else None
        problems.update(
            check_account(
                data, imp.lookups, current.id if current else None, city.email_domain, statuses
            )
        )
        approval = None
        has_approval = any(c.get(k) for k in ("authority", "approved_by", "approved_on"))
        # An approved account already approved keeps its approval when the file has no
        # approval columns at all.
        keeps_approval = (
            current is not None
            and current.id in latest
            and not any(k in row.cells for k in ("authority", "approved_by", "approved_on"))
        )
        if has_approval or (data.status == "approved" and not keeps_approval):
            approval = ApprovalInput(
                authority=(c.get("authority") or "").lower(),
                approved_by=c.get("approved_by") or "",
                approved_on=approved_on,
                reference=c.get("reference"),
            )
            if "approved_on" not in problems:
                problems.update(check_approval(approval, profile, today, determinations=False))
            if data.status == "approved":
                problems = {
                    k: (
                        f"{v} (an approved account needs authority, approved_by and approved_on)"
                        if v == "required"
                        else v
                    )
                    for k, v in problems.items()
                }
        if problems:
            imp.fail(row, problems)
            continue
        assert url is not None
        values = {
            "url": url,
            "platform": data.platform,
            "handle": data.handle,
            "department_id": imp.lookups.department_id(data.department),
            "purpose": data.purpose,
            "city_email": data.city_email,
            "status": data.status,
        }
        changed: dict[str, Any] = {}
        if current is None:
            inserts.append({**values, "created_at": now, "updated_at": now})
            changed = _printable(values, dept_names)
            action, summary = "account.create", f"Registered {url} (import)"
            report.added += 1
        else:
            present = _present(row, fields)
            changed = {
                f: [_show(getattr(current, f), f, dept_names), _show(values[f], f, dept_names)]
                for f in present
                if getattr(current, f) != values[f]
            }
            action, summary = "account.update", f"Changed {url} (import)"
            if changed:
                kept = {f: values[f] for f in present}
                updates.append({"id": current.id, **kept, "updated_at": now})
        if approval is not None:
            old = latest.get(current.id) if current else None
            new = (
                approval.authority,
                approval.approved_by.strip(),
                approval.approved_on,
                approval.reference,
            )
            if (
                old is None
                or (old.authority, old.approved_by, old.approved_on, old.reference) != new
            ):
                approvals.append(
                    (
                        url,
                        {
                            "authority": new[0],
                            "approved_by": new[1],
                            "approved_on": new[2],
                            "reference": new[3],
                            "determinations_recorded": False,
                            "recorded_at": now,
                        },
                    )
                )
                changed["approval"] = f"{new[0]}: {new[1]}, {new[2]} (determinations not recorded)"
        if current is not None:
            if changed:
                report.updated += 1
            else:
                report.unchanged += 1
        if changed:
            imp.changes.append(Change(action, "account", url, summary, changed))
        if progress and i % 500 == 0:
            progress(i, len(rows))
    if imp.problems:
        return
    if inserts:
        imp.session.execute(insert(Account), inserts)
    if updates:
        imp.session.execute(update(Account), updates)
    if approvals:
        ids = dict(imp.session.execute(select(Account.url, Account.id)).tuples().all())
        imp.session.execute(insert(Approval), [{"account_id": ids[u], **v} for u, v in approvals])


def _import_assignments(
    imp: _Importer, rows: list[_Row], report: ImportReport, progress: Progress | None
) -> None:
    """A row is a term of a person in a role on an account. It matches the term of that
    account, person and role that starts the same day, or, with no starts_on, the one still
    open; otherwise it adds a term, which may not overlap another of the same key. As when
    designating, an account has one custodian at a time: a new custodian ends the term of the
    one serving at that moment. No term stays open past its holder's separation."""
    profile = profile_of(city_row(imp.session))
    today, tz = city_today(imp.db, profile), zone(profile.timezone)
    now = imp.db.clock()
    accounts = {a.url: a for a in imp.session.execute(select(Account)).scalars()}
    people = {p.employee_id: p for p in imp.session.execute(select(Person)).scalars()}
    names = {p.id: p.name for p in people.values()}
    terms: list[Assignment] = list(
        imp.session.execute(select(Assignment).order_by(Assignment.starts_at)).scalars()
    )

    def key(row: _Row) -> tuple[str, str, str, str] | None:
        try:
            url = normalize_url(row.cells["account_url"] or "")
        except ValueError:
            return None
        return (
            url,
            row.cells["employee_id"] or "",
            (row.cells["role"] or "").lower(),
            row.cells.get("starts_on") or "",
        )

    for row, first in _duplicates(rows, key):
        imp.fail(row, {"role": f"the same account, person, role and start as line {first}"})
    planned: list[
        tuple[_Row, Account, Person, str, datetime, datetime | None, date | None, bool]
    ] = []
    for row in rows:
        c = row.cells
        problems: dict[str, str] = {}
        starts_on = _date(row, "starts_on", problems)
        ends_on = _date(row, "ends_on", problems)
        signed_on = _date(row, "agreement_signed_on", problems)
        account = None
        try:
            account = accounts.get(normalize_url(c["account_url"] or ""))
            if account is None:
                problems["account_url"] = f"no account {c['account_url']} in the register"
        except ValueError as exc:
            problems["account_url"] = str(exc)
        person = people.get(c["employee_id"] or "")
        if person is None:
            problems["employee_id"] = f"no person with employee ID {c['employee_id']!r}"
        role = (c["role"] or "").lower()
        if role not in ROLES:
            problems["role"] = f"must be one of: {', '.join(ROLES)}"
        start_day = starts_on or today
        if start_day > today:
            problems["starts_on"] = "cannot be in the future"
        if ends_on and ends_on < start_day:
            problems["ends_on"] = "is before starts_on"
        if signed_on and signed_on > today:
            problems["agreement_signed_on"] = "cannot be in the future"
        if person is not None and person.separated_at is not None:
            left = person.separated_at.astimezone(tz).date()
            if start_day > left:
                problems["starts_on"] = f"{person.name} left the city on {left}"
        if problems:
            imp.fail(row, problems)
            continue
        assert account is not None and person is not None
        planned.append(
            (
                row,
                account,
                person,
                role,
                day_start(start_day, tz),
                day_start(ends_on, tz) if ends_on else None,
                signed_on,
                starts_on is not None,
            )
        )
    if imp.problems:
        return

    def span(term: Assignment) -> str:
        until = term.ends_at.astimezone(tz).date().isoformat() if term.ends_at else "now"
        return f"{term.starts_at.astimezone(tz).date()} to {until}"

    planned.sort(key=lambda p: p[4])
    for i, (row, account, person, role, start, end, signed_on, dated) in enumerate(planned):
        if person.separated_at is not None and (end is None or end > person.separated_at):
            end = person.separated_at
        same = [
            t for t in terms if (t.account_id, t.person_id, t.role) == (account.id, person.id, role)
        ]
        if dated:
            match = next((t for t in same if _same_day(t.starts_at, start, tz)), None)
        else:
            match = next((t for t in same if t.ends_at is None or t.ends_at > now), None)
        if match is not None:
            changed = _update_term(match, end, signed_on, tz)
            if changed:
                imp.changes.append(
                    Change(
                        "assignment.update",
                        "account",
                        account.url,
                        f"Changed the term of {person.name} as {role} (import)",
                        changed,
                    )
                )
                report.updated += 1
            else:
                report.unchanged += 1
            continue
        clash = next((t for t in same if _overlaps(t, start, end)), None)
        if clash is not None:
            imp.fail(
                row,
                {
                    "starts_on": f"overlaps {person.name}'s term as {role} from "
                    f"{span(clash)}; give that term an ends_on first"
                },
            )
            continue
        if role == "custodian":
            others = [
                t
                for t in terms
                if t.account_id == account.id
                and t.role == "custodian"
                and t.person_id != person.id
                and _overlaps(t, start, end)
            ]
            blocking = [
                t
                for t in others
                if t.starts_at >= start
                or (t.ends_at is not None and end is not None and t.ends_at > end)
            ]
            if blocking:
                imp.fail(
                    row,
                    {
                        "starts_on": f"overlaps the custodian term of "
                        f"{names[blocking[0].person_id]} from "
                        f"{span(blocking[0])}; an account has one custodian "
                        "at a time"
                    },
                )
                continue
            for other in others:
                other.ends_at, other.end_reason = start, f"succeeded by {person.name}"
                imp.changes.append(
                    Change(
                        "assignment.end",
                        "account",
                        account.url,
                        f"Ended the term of {names[other.person_id]} as custodian: succeeded by "
                        f"{person.name} (import)",
                        {"ends_at": start},
                    )
                )
        term = Assignment(
            account_id=account.id,
            person_id=person.id,
            role=role,
            starts_at=start,
            ends_at=end,
            end_reason=SEPARATED if end is not None and end == person.separated_at else None,
            designated_by="import",
            user_signed_on=signed_on,
            director_signed_on=signed_on,
            office_signed_on=signed_on,
        )
        imp.session.add(term)
        terms.append(term)
        imp.changes.append(
            Change(
                "assignment.create",
                "account",
                account.url,
                f"Designated {person.name} as {role} (import)",
                {
                    "employee_id": person.employee_id,
                    "role": role,
                    "starts_on": start.astimezone(tz).date().isoformat(),
                },
            )
        )
        report.added += 1
        if progress and i % 500 == 0:
            progress(i, len(rows))


def _overlaps(term: Assignment, start: datetime, end: datetime | None) -> bool:
    """Whether a term shares any moment with [start, end) (None: still open)."""
    return (end is None or term.starts_at < end) and (term.ends_at is None or start < term.ends_at)


def _same_day(moment: datetime, other: datetime, tz: ZoneInfo) -> bool:
    return moment.astimezone(tz).date() == other.astimezone(tz).date()


def _update_term(
    term: Assignment, end: datetime | None, signed_on: date | None, tz: ZoneInfo
) -> dict[str, Any]:
    changed: dict[str, Any] = {}
    old_end = term.ends_at.astimezone(tz).date() if term.ends_at else None
    new_end = end.astimezone(tz).date() if end else None
    if old_end != new_end:
        changed["ends_on"] = [old_end, new_end]
        term.ends_at = end
        term.end_reason = "ended (import)" if end else None
    old_signed = agreement_signed_on(
        term.user_signed_on, term.director_signed_on, term.office_signed_on
    )
    if old_signed != signed_on:
        changed["agreement_signed_on"] = [old_signed, signed_on]
        term.user_signed_on = term.director_signed_on = term.office_signed_on = signed_on
    return changed


_IMPORTERS = {
    "departments": _import_departments,
    "people": _import_people,
    "accounts": _import_accounts,
    "assignments": _import_assignments,
}


def import_csv(
    db: Database,
    kind: str,
    path: Path | str,
    dry_run: bool = False,
    progress: Progress | None = None,
) -> ImportReport:
    """Import a CSV file of `kind` whole, or raise ImportProblems and write nothing."""
    if kind not in KINDS:
        raise ClerkDeskError(f"cannot import {kind!r}; choose one of: {', '.join(KINDS)}")
    path = Path(path)
    rows = read_rows(path, KINDS[kind])
    report = ImportReport(kind=kind, dry_run=dry_run)
    try:
        with db.writing() as session:
            imp = _Importer(db, session, KINDS[kind], path.name)
            _IMPORTERS[kind](imp, rows, report, progress)
            if imp.problems:
                raise ImportProblems(imp.report())
            report.lines = [change.summary for change in imp.changes]
            if dry_run:
                raise _DryRun
            record_many(session, db, imp.changes)
    except _DryRun:
        pass  # the transaction was rolled back: nothing written
    if progress:
        progress(len(rows), len(rows))
    return report


class _DryRun(Exception):
    """Raised inside the import's transaction so that a dry run writes nothing."""
