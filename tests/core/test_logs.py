"""The log: set aside when it has grown past its limit, as the program opens it."""

from __future__ import annotations

import logging

import pytest

from clerkdesk import logs


@pytest.fixture
def fresh_logger():
    """The program's logger without the handler another test (or the suite) gave it."""
    kept = list(logs.LOGGER.handlers)
    for handler in kept:
        logs.LOGGER.removeHandler(handler)
    yield logs.LOGGER
    for handler in list(logs.LOGGER.handlers):
        logs.LOGGER.removeHandler(handler)
        handler.close()
    for handler in kept:
        logs.LOGGER.addHandler(handler)


def test_a_log_past_its_limit_is_set_aside_and_the_oldest_dropped(tmp_path, fresh_logger) -> None:
    log = tmp_path / "logs" / "clerkdesk.log"
    log.parent.mkdir()
    log.write_bytes(b"x" * logs.LOG_LIMIT)
    for n in range(1, logs.LOGS_KEPT + 1):
        log.with_name(f"clerkdesk.log.{n}").write_text(f"set aside {n}\n")
    logs.setup_logging(log)
    fresh_logger.info("a new session")
    assert log.read_text(encoding="utf-8").endswith("a new session\n")
    assert log.with_name("clerkdesk.log.1").stat().st_size == logs.LOG_LIMIT
    assert log.with_name("clerkdesk.log.2").read_text() == "set aside 1\n"
    assert log.with_name(f"clerkdesk.log.{logs.LOGS_KEPT}").read_text() == (
        f"set aside {logs.LOGS_KEPT - 1}\n"
    )
    assert not log.with_name(f"clerkdesk.log.{logs.LOGS_KEPT + 1}").exists()


def test_a_log_under_its_limit_is_written_on(tmp_path, fresh_logger) -> None:
    log = tmp_path / "logs" / "clerkdesk.log"
    log.parent.mkdir()
    log.write_text("an earlier session\n")
    logs.setup_logging(log)
    fresh_logger.info("and this one")
    lines = log.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "an earlier session"
    assert lines[1].endswith("INFO clerkdesk: and this one")
    assert not log.with_name("clerkdesk.log.1").exists()
    assert any(isinstance(h, logging.FileHandler) for h in fresh_logger.handlers)
