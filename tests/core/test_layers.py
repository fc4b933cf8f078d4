"""Arrows point down: the lower layers never import the upper ones or heavy libraries."""

import subprocess
import sys

import pytest

HEAVY = ("PySide6", "sqlalchemy", "keyring", "reportlab", "alembic")


def imported_after(statement: str) -> set[str]:
    code = f"import sys; {statement}; print(' '.join(sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return {name.split(".")[0] for name in out.stdout.split()} | set(out.stdout.split())


def test_core_imports_no_gui_database_keyring_or_pdf_library() -> None:
    import pkgutil

    import clerkdesk.core

    every = [m.name for m in pkgutil.walk_packages(clerkdesk.core.__path__, "clerkdesk.core.")]
    assert {"clerkdesk.core.passwords", "clerkdesk.core.access"} <= set(every)
    modules = imported_after("import " + ", ".join(every))
    assert not modules & set(HEAVY)
    assert not {
        m
        for m in modules
        if m.startswith(("clerkdesk.store", "clerkdesk.services", "clerkdesk.gui", "clerkdesk.cli"))
    }


def test_services_import_no_gui_and_no_alembic_until_needed() -> None:
    modules = imported_after("import clerkdesk.services.accounts, clerkdesk.services.obligations")
    assert "PySide6" not in modules
    assert "alembic" not in modules
    assert "reportlab" not in modules


@pytest.mark.parametrize("module", ["clerkdesk.cli.parser"])
def test_command_line_grammar_is_light(module: str) -> None:
    assert not imported_after(f"import {module}") & set(HEAVY)
