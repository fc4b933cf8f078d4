"""Going back a revision and forward again leaves the triggers of 0011 in place: a later
migration's downgrade drops its columns of `account` and `approval` in place, not by rebuilding
the table (which on SQLite would drop the triggers that keep their aggregates)."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic import command
from alembic.config import Config
from sqlalchemy import create_engine, text

from clerkdesk.store.schema import migrations_dir


@pytest.mark.parametrize("back_to", ["0016", "0019", "0020", "0021", "0022", "0023"])
def test_a_downgrade_and_upgrade_keep_the_triggers(tmp_path: Path, back_to: str) -> None:
    engine = create_engine(f"sqlite:///{tmp_path / 'db.sqlite'}")
    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))

    def run(step, revision: str) -> None:  # type: ignore[no-untyped-def]
        with engine.begin() as conn:
            config.attributes["connection"] = conn
            step(config, revision)

    def triggers() -> list[str]:
        with engine.connect() as conn:
            found = conn.execute(text("SELECT name FROM sqlite_master WHERE type = 'trigger'"))
            return sorted(row[0] for row in found)

    run(command.upgrade, "head")
    kept = triggers()
    assert len(kept) == 6
    run(command.downgrade, back_to)
    assert triggers() == kept
    run(command.upgrade, "head")
    assert triggers() == kept
    engine.dispose()
