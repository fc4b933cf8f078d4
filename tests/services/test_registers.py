"""Each register declares itself once, in its services folder; every list that names the
registers is derived from those declarations, and these tests fail where one is left out."""

from __future__ import annotations

import importlib
import pkgutil

import pytest

import clerkdesk.services
from clerkdesk.cli.parser import build_parser
from clerkdesk.services.kernel.registers import (
    MACHINERY_TABLES,
    file_kinds,
    register_tables,
    registers,
)
from clerkdesk.services.transfer.csv_format import EXPORT_KINDS, IMPORT_KINDS, KINDS
from clerkdesk.store.base import Base

# The folders of the services that are machinery, not registers.
MACHINERY = {"kernel", "transfer", "integrity", "obligations", "demo"}


def _tables() -> set[str]:
    importlib.import_module("clerkdesk.store.models")
    return set(Base.metadata.tables)


def test_every_table_is_a_register_s_or_the_machinery_s_and_only_one_s() -> None:
    declared = [table for r in registers() for table in r.tables]
    assert len(declared) == len(set(declared)), "a table declared by two registers"
    assert set(register_tables()) | MACHINERY_TABLES == _tables()


def test_every_folder_of_the_services_is_a_register_or_the_machinery() -> None:
    folders = {m.name for m in pkgutil.iter_modules(clerkdesk.services.__path__) if m.ispkg}
    assert folders == {r.noun for r in registers()} | MACHINERY
    loose = {m.name for m in pkgutil.iter_modules(clerkdesk.services.__path__) if not m.ispkg}
    assert loose == set()


def test_the_command_line_s_kinds_are_the_registers_file_kinds() -> None:
    assert tuple(file_kinds()) == IMPORT_KINDS == tuple(KINDS)
    assert (*IMPORT_KINDS, "audit") == EXPORT_KINDS
    commands = build_parser()._subparsers._group_actions[0].choices  # type: ignore[union-attr]
    assert commands["import"].parse_args(["requests", "f.csv"]).kind == "requests"
    [kind] = [a for a in commands["import"]._actions if a.dest == "kind"]
    assert tuple(kind.choices) == (*IMPORT_KINDS, "workbook")
    [kind] = [a for a in commands["export"]._actions if a.dest == "kind"]
    assert tuple(kind.choices) == (*IMPORT_KINDS, "audit", "calendar", "workbook", "public-list")


def test_a_register_s_files_come_after_those_of_the_registers_it_names() -> None:
    order = [r.noun for r in registers()]
    for register in registers():
        for before in register.after:
            assert order.index(before) < order.index(register.noun), register.noun


@pytest.mark.parametrize("kind", list(file_kinds()))
def test_each_file_kind_s_module_plans_and_exports_into_its_register_s_tables(kind: str) -> None:
    declared = file_kinds()[kind]
    module = declared.rows_module()
    assert callable(module.plan) and callable(module.rows)
    [owner] = [r for r in registers() if declared in r.files]
    assert module.MODEL.__tablename__ in owner.tables
    assert module.__name__.startswith(f"clerkdesk.services.{owner.noun}.")
    if module.KEY is not None:
        assert module.KEY.key in {c.replace("-", "_") for c in declared.key} | {"url"}


def test_the_kernel_and_the_transfer_engine_import_no_register() -> None:
    from tests.core.test_layers import clerkdesk_imports, modules

    nouns = {r.noun for r in registers()}
    wrong = {
        f"{name} imports {target}"
        for name in modules()
        if name.startswith(("clerkdesk.services.kernel", "clerkdesk.services.transfer"))
        for target in clerkdesk_imports(name)
        if target.startswith("clerkdesk.services.") and target.split(".")[2] in nouns
    }
    assert not wrong, "\n".join(sorted(wrong))


def test_a_register_s_facts_are_gathered_into_the_snapshot_under_its_noun() -> None:
    gathering = [r for r in registers() if r.facts]
    assert {r.noun for r in gathering} >= {"requests", "removals"}
    for register in gathering:
        module = register.facts_module()
        assert module is not None and callable(module.facts), register.noun
        assert module.__name__.startswith(f"clerkdesk.services.{register.noun}.")
    without = [r for r in registers() if not r.facts]
    assert without and all(r.facts_module() is None for r in without)
