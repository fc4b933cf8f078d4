"""A printout saved from the preview: private to the user, and recorded where it went."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from clerkdesk.core.errors import ClerkDeskError
from clerkdesk.services.integrity.audit import list_events
from clerkdesk.services.kernel.files import save_printout


def test_a_saved_copy_is_private_and_recorded_where_it_went(db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    shown = tmp_path / "preview" / "Agreement.pdf"
    shown.parent.mkdir()
    shown.write_bytes(b"%PDF-1.4 a printout")
    target = tmp_path / "papers" / "Agreement - Tom Becker.pdf"
    target.parent.mkdir()
    assert save_printout(db, shown, target, "Authorized User Agreement") == target
    assert target.read_bytes() == shown.read_bytes()
    if os.name != "nt":
        assert stat.S_IMODE(target.stat().st_mode) == 0o600
    [event] = list_events(db, limit=1)
    assert (event.action, event.entity_key) == ("printout.copy", str(target))
    assert event.summary == f"Saved Authorized User Agreement to {target}"
    assert str(shown) not in event.summary + event.details


def test_a_folder_is_refused_and_nothing_is_recorded(db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    shown = tmp_path / "a.pdf"
    shown.write_bytes(b"%PDF-1.4")
    before = len(list_events(db))
    with pytest.raises(ClerkDeskError, match="it is a folder"):
        save_printout(db, shown, tmp_path, "the inventory")
    assert len(list_events(db)) == before
