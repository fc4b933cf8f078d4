"""A fault in the program reaches the log file with its traceback, and the clerk is told
where; an error the user can act on is said plainly."""

from __future__ import annotations

import argparse
import logging

import pytest
from sqlalchemy import text

from clerkdesk import cli
from clerkdesk.cli import commands
from clerkdesk.logs import LOGGER
from clerkdesk.paths import Paths


@pytest.fixture
def own_log(monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """The log set up afresh for this test (it is set up once per process), closed after."""
    monkeypatch.setattr(LOGGER, "handlers", [])
    monkeypatch.setattr(LOGGER, "level", LOGGER.level)
    yield
    for handler in LOGGER.handlers:
        handler.close()


@pytest.mark.expects_log_warning
def test_a_typo_in_a_statement_is_logged_with_its_traceback(  # type: ignore[no-untyped-def]
    db, own_log, monkeypatch, capsys
) -> None:
    def broken(args: argparse.Namespace, paths: Paths) -> int:
        with db.writing() as session:
            session.execute(text("UPDATE department SET nmae = 'Parks'"))
        return 0

    monkeypatch.setattr(commands, "run", broken)
    assert cli.main(["--home", str(db.paths.home), "obligations"]) == 2
    log_file = db.paths.log_file
    for handler in LOGGER.handlers:
        handler.flush()
    assert f"internal error; details are in {log_file}" in capsys.readouterr().err
    log = log_file.read_text(encoding="utf-8")
    assert "command obligations failed" in log and "Traceback" in log
    assert "nmae" in log  # the database's own words, whichever database it is


def test_a_busy_database_is_said_plainly_and_not_logged_as_a_fault(  # type: ignore[no-untyped-def]
    db, own_log, monkeypatch, capsys, caplog
) -> None:
    from clerkdesk.core.errors import DatabaseBusyError
    from clerkdesk.store.errors import BUSY_MESSAGE

    def busy(args: argparse.Namespace, paths: Paths) -> int:
        raise DatabaseBusyError(BUSY_MESSAGE)

    monkeypatch.setattr(commands, "run", busy)
    with caplog.at_level(logging.WARNING):
        assert cli.main(["--home", str(db.paths.home), "obligations"]) == 2
    assert capsys.readouterr().err == f"clerkdesk: error: {BUSY_MESSAGE}\n"
    assert caplog.records == []
