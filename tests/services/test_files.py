from pathlib import Path

import pytest

from clerkdesk.core.errors import ClerkDeskError
from clerkdesk.services.kernel.files import replacing


def test_a_failed_write_leaves_neither_the_file_nor_a_partial_one(tmp_path: Path) -> None:
    target = tmp_path / "out.pdf"
    with pytest.raises(RuntimeError), replacing(target) as partial:
        partial.write_text("half")
        raise RuntimeError("the printout failed half-way")
    assert list(tmp_path.iterdir()) == []


def test_an_earlier_file_survives_a_failed_write(tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    target.write_text("yesterday's export")
    with pytest.raises(RuntimeError), replacing(target) as partial:
        partial.write_text("today's, half")
        raise RuntimeError
    assert target.read_text() == "yesterday's export"


def test_an_unwritable_folder_is_a_plain_error(tmp_path: Path) -> None:
    with (
        pytest.raises(ClerkDeskError, match="could not write"),
        replacing(tmp_path / "missing" / "out.csv") as partial,
    ):
        partial.write_text("x")


def test_a_file_that_leaves_the_program_appears_only_with_its_audit_event(
    db,
    tmp_path,
    monkeypatch,  # type: ignore[no-untyped-def]
) -> None:
    from clerkdesk.services.integrity import audit
    from clerkdesk.services.kernel import files
    from clerkdesk.services.transfer import csv_export

    def refused(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise ClerkDeskError("the database is busy")

    out = tmp_path / "out"
    out.mkdir()
    monkeypatch.setattr(files, "record", refused)
    with pytest.raises(ClerkDeskError, match="busy"):
        csv_export.export_csv(db, "audit", out / "audit.csv")
    assert list(out.iterdir()) == []
    monkeypatch.undo()
    csv_export.export_csv(db, "audit", out / "audit.csv")
    assert [p.name for p in out.iterdir()] == ["audit.csv"]
    assert audit.list_events(db)[0].action == "export"
