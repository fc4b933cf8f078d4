"""Optimistic edits: a form remembers the version of the record it opened, and its save is
refused when another workstation or window changed the record meanwhile, instead of quietly
overwriting that change. The version is a digest of the row's stored values, so it needs no
column of its own and changes with any write, through any path."""

from __future__ import annotations

import hashlib
import json
from typing import Any

from ...core.errors import ConflictError

NOUNS = {"account": "account", "person": "person", "department": "department"}


class ChangedMeanwhileError(ConflictError):
    """The record was changed by someone else after the form was opened."""


def version_of(row: Any) -> str:
    values = [getattr(row, column.key) for column in row.__table__.columns]
    text = json.dumps(values, default=str, ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def check_version(row: Any, expected: str) -> None:
    if version_of(row) != expected:
        noun = NOUNS.get(row.__table__.name, "record")
        raise ChangedMeanwhileError(
            f"This {noun} was changed on another workstation or in another window after you "
            f"opened it, so your changes were not saved. Close this form, open the {noun} "
            "again to see what changed, and make your changes there."
        )
