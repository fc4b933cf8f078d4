"""The public list of the city's official accounts (R20): what the city posts as its "official
accounts" page so that a resident can tell a real city account from an impostor (the purpose of
the U.S. Digital Registry). Every account in use (`core.vocabulary.IN_USE`) with its platform,
handle, address, department, purpose and the office to contact — and nothing internal: no
credential, nobody's own telephone or e-mail, no notes. Written as an accessible HTML page with
the same as CSV and JSON beside it, and the inventory (R20), the office's 19.34 notice and last
year's request report as accessible pages too; each publication is remembered, for the yearly
item to publish it again (`core.obligations.public_list`)."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import asdict, dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...core.dates import long_date
from ...core.errors import ClerkDeskError
from ...core.profile import PolicyProfile
from ...core.vocabulary import IN_USE, PLATFORMS
from ...paths import private_file
from ...store.models.accounts import Account
from ...store.models.departments import Department
from ...store.models.public_list import PublicListPublication
from ..integrity.audit import Change, record
from ..kernel.common import city_row, city_today, profile_of
from ..kernel.database import Database
from ..kernel.printouts import city_title
from .html_page import link, page, table, text
from .inventory import gather as gather_inventory
from .inventory_html import render_inventory_html

PAGE = "official-accounts.html"
CSV_FILE = "official-accounts.csv"
JSON_FILE = "official-accounts.json"
INVENTORY_PAGE = "inventory.html"
# The office's 19.34 notice and the report of last year's requests, as pages to post beside.
NOTICE_PAGE = "public-records-notice.html"
REPORT_PAGE = "request-report.html"
FILES = (PAGE, CSV_FILE, JSON_FILE, INVENTORY_PAGE, NOTICE_PAGE, REPORT_PAGE)
# The columns of the CSV file and the keys of the JSON file's accounts, in this order.
COLUMNS = ("platform", "handle", "url", "department", "purpose", "contact")


@dataclass(frozen=True)
class PublicAccount:
    platform: str  # as people read it: "Facebook"
    handle: str | None
    url: str
    department: str
    purpose: str | None
    contact: str  # the office to contact about it: the city's, never a person's own

    @property
    def link_words(self) -> str:
        """What its link says: "@stoughtonparks on Instagram", or the department's name where
        no handle is recorded."""
        return f"{self.handle or self.department} on {self.platform}"


@dataclass(frozen=True)
class PublicList:
    city: str  # "City of Stoughton"
    office: str  # the office that keeps the list and answers for it
    as_of: date
    accounts: tuple[PublicAccount, ...]


def public_list(db: Database) -> PublicList:
    """The public list as it stands today."""
    with db.reading() as session:
        city = city_row(session)
        profile = profile_of(city)
        return _gather(session, city_title(city.name), profile, city_today(db, profile))


def _gather(session: Session, city: str, profile: PolicyProfile, today: date) -> PublicList:
    office = profile.coordinating_office
    rows = session.execute(
        select(Account.platform, Account.handle, Account.url, Department.name, Account.purpose)
        .join(Department, Department.id == Account.department_id)
        .where(Account.status.in_(sorted(IN_USE)))
        .order_by(Department.name, Account.platform, Account.url)
    ).all()
    accounts = tuple(
        PublicAccount(
            PLATFORMS.get(platform, platform),
            handle or None,
            url,
            department,
            purpose or None,
            office,
        )
        for platform, handle, url, department, purpose in rows
    )
    return PublicList(city, office, today, accounts)


def render_html(data: PublicList) -> str:
    """The page the city posts: one table of its accounts, by department."""
    count = len(data.accounts)
    noun = "account" if count == 1 else "accounts"
    intro = [
        f"<p>These are the official social media accounts of the {text(data.city)} as of "
        f"{text(long_date(data.as_of))}. An account that is not on this list does not speak "
        "for the city. Check the address of an account against this list before you trust "
        "it.</p>",
        f"<p>To ask about an account, or to report one that claims to be the city's and is "
        f"not listed here, contact the {text(data.office)} of the {text(data.city)}.</p>",
    ]
    rows = [
        (
            text(a.platform),
            link(a.url, a.link_words),
            f'<span class="address">{text(a.url)}</span>',
            text(a.department),
            text(a.purpose or ""),
            text(a.contact),
        )
        for a in data.accounts
    ]
    body = [*intro]
    if rows:
        body.append(
            table(
                f"The {data.city}'s {count} official {noun}, by department",
                ("Platform", "Account", "Web address", "Department", "Purpose", "Contact"),
                rows,
            )
        )
    else:
        body.append("<p>The city has no official social media account in use.</p>")
    body.append(
        f'<p class="muted">Published by the {text(data.office)} on '
        f"{text(long_date(data.as_of))}.</p>"
    )
    title = f"Official social media accounts — {data.city}"
    return page(title, f"Official social media accounts of the {data.city}", body)


def render_csv(data: PublicList) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for a in data.accounts:
        writer.writerow([getattr(a, c) or "" for c in COLUMNS])
    return out.getvalue()


def render_json(data: PublicList) -> str:
    document = {
        "city": data.city,
        "office": data.office,
        "as_of": data.as_of.isoformat(),
        "accounts": [{c: asdict(a)[c] for c in COLUMNS} for a in data.accounts],
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


@dataclass(frozen=True)
class Published:
    folder: Path
    accounts: int
    files: tuple[Path, ...]


def publish(db: Database, folder: Path | str) -> Published:
    """Write the public list (HTML, CSV, JSON) and the inventory page into `folder` and record
    the publication. Every file is written beside its place first; the publication and its
    event are committed, and only then do the files take their names."""
    folder = Path(folder)
    if folder.exists() and not folder.is_dir():
        raise ClerkDeskError(f"could not write into {folder}: it is a file; give a folder")
    now = db.clock()
    with db.reading() as session:
        city = city_row(session)
        profile = profile_of(city)
        today = city_today(db, profile)
        name = city_title(city.name)
        data = _gather(session, name, profile, today)
        inventory = gather_inventory(session, profile, now, today)
    from ..requests.notice import records_notice, report_data
    from ..requests.notice_html import render_notice_html, render_report_html

    contents = {
        PAGE: render_html(data),
        CSV_FILE: "\ufeff" + render_csv(data),
        JSON_FILE: render_json(data),
        INVENTORY_PAGE: render_inventory_html(inventory, name, profile.coordinating_office),
        NOTICE_PAGE: render_notice_html(records_notice(db)),
        REPORT_PAGE: render_report_html(report_data(db, today.year - 1)[1], name),
    }
    partials = [folder / f"{file}.partial" for file in contents]
    try:
        folder.mkdir(parents=True, exist_ok=True)
        for partial, content in zip(partials, contents.values(), strict=True):
            partial.write_text(content, encoding="utf-8", newline="")
        with db.writing() as session:
            session.add(
                PublicListPublication(
                    published_at=now,
                    published_on=today,
                    accounts=len(data.accounts),
                    folder=str(folder)[:1000],
                )
            )
            record(
                session,
                db,
                Change(
                    "public_list.publish",
                    "city",
                    name,
                    f"Published the public list of {len(data.accounts)} account(s) "
                    f"and the inventory to {folder}",
                    {"accounts": len(data.accounts), "folder": str(folder), "files": list(FILES)},
                ),
            )
        targets = tuple(folder / file for file in contents)
        for partial, target in zip(partials, targets, strict=True):
            partial.replace(target)
            private_file(target)
    except OSError as exc:
        raise ClerkDeskError(f"could not write into {folder}: {exc.strerror or exc}") from exc
    finally:
        for partial in partials:
            partial.unlink(missing_ok=True)
    return Published(folder, len(data.accounts), targets)
