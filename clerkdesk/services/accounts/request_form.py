"""Milwaukee's Social Media Account Request Form and Strategy Plan (R1): the audience, platform,
goals and measures of success worked out before an account is created and approved. The register
keeps the day it was completed and its scan, under scans/ by its SHA-256, so that a changed or
missing file is noticed."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from ...core.errors import ValidationError
from ..integrity.audit import Change, record
from ..kernel.common import city_row, city_today, profile_of
from ..kernel.database import Database
from ..kernel.scans import keep_scan, kept_scan
from ..kernel.views import AccountView
from .views import account_row, one_account


def record_request_form(
    db: Database, account_id: int, completed_on: date | None, source: Path | None
) -> AccountView:
    """Record the day the account's request form and strategy plan was completed, with its
    scan (both required)."""
    problems: dict[str, str] = {}
    if completed_on is None:
        problems["request_form_on"] = "required: the day the form was completed"
    if source is None:
        problems["scan"] = "attach the scanned form (a PDF or an image)"
    if problems:
        raise ValidationError(problems)
    assert completed_on is not None and source is not None
    name, digest = keep_scan(db, source)
    with db.writing() as session:
        today = city_today(db, profile_of(city_row(session)))
        if completed_on > today:
            raise ValidationError({"request_form_on": "cannot be in the future"})
        account = account_row(session, account_id)
        before = (account.request_form_on, account.request_form_sha256)
        account.request_form_on = completed_on
        account.request_form_file, account.request_form_sha256 = name, digest
        account.updated_at = db.clock()
        record(
            session,
            db,
            Change(
                "account.request-form",
                "account",
                account.url,
                f"Recorded the Account Request Form and Strategy Plan of {account.url} "
                f"({completed_on.isoformat()}, {Path(source).name})",
                {
                    "request_form_on": [before[0], completed_on],
                    "request_form_sha256": [before[1], digest],
                    "file": name,
                },
            ),
        )
        return one_account(session, account.id)


def request_form_path(db: Database, account: AccountView) -> Path:
    """The kept scan of the account's request form, after checking it is the file attached."""
    return kept_scan(db, account.request_form_file, account.request_form_sha256)
