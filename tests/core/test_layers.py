"""Arrows point down, and never in a circle: read from the imports of every module of the
package (those inside functions too). Those under `if TYPE_CHECKING:` are for the type checker
alone: they load nothing, so the libraries a layer loads leave them out; but an arrow is an
arrow, so the layers' order and the circles count them."""

from __future__ import annotations

import ast
import subprocess
import sys
from collections.abc import Iterator
from functools import cache
from pathlib import Path

import pytest

import clerkdesk

PACKAGE = Path(clerkdesk.__file__).resolve().parent
HEAVY = ("PySide6", "sqlalchemy", "keyring", "reportlab", "alembic")
LAYERS = ("core", "store", "vault", "printing", "services", "gui", "cli")
# Plain helpers beside the layers: the version, where files are, the log, the bundled files,
# the collector's pause through start-up, Ctrl+C kept wherever it lands. They lean on core at
# most, and every layer above core may use them.
SUPPORT = (
    "clerkdesk",
    "clerkdesk.paths",
    "clerkdesk.logs",
    "clerkdesk.resources",
    "clerkdesk.collection",
    "clerkdesk.interrupts",
)
# The whole program's entry points, which open every layer on purpose: `python -m clerkdesk`,
# and the self-test of an installed program that the command line's --self-test runs (with the
# modules it is made of).
ENTRY = (
    "clerkdesk.__main__",
    "clerkdesk.selftest",
    "clerkdesk.selftest_base",
    "clerkdesk.selftest_database",
    "clerkdesk.selftest_platform",
)

# What each layer may import of ClerkDesk (besides itself and SUPPORT), and which of the heavy
# libraries it must not.
MAY_IMPORT: dict[str, set[str]] = {
    "core": set(),
    "store": {"core"},
    "vault": {"core"},
    "printing": {"core"},
    "services": {"core", "store", "vault", "printing"},
    "gui": {"core", "services", "vault", "printing"},
    "cli": {"core", "services", "vault", "printing", "gui", "clerkdesk.selftest"},
}
MUST_NOT_USE: dict[str, set[str]] = {
    "core": set(HEAVY),
    "store": {"PySide6", "keyring", "reportlab"},
    "vault": {"PySide6", "sqlalchemy", "alembic", "reportlab"},
    "printing": {"PySide6", "sqlalchemy", "alembic", "keyring"},
    "services": {"PySide6"},
    "gui": {"sqlalchemy", "alembic"},
    "cli": {"sqlalchemy", "alembic"},
}


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


@cache
def modules() -> dict[str, Path]:
    return {
        module_name(path): path
        for path in sorted(PACKAGE.rglob("*.py"))
        if "__pycache__" not in path.parts
    }


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _import_nodes(tree: ast.AST, type_only: bool = False) -> Iterator[ast.Import | ast.ImportFrom]:
    """Every import statement, at any depth; those in the body of `if TYPE_CHECKING:` only
    with `type_only`."""
    if isinstance(tree, ast.If) and _is_type_checking(tree.test) and not type_only:
        children: list[ast.AST] = list(tree.orelse)
    else:
        children = list(ast.iter_child_nodes(tree))
    for child in children:
        if isinstance(child, ast.Import | ast.ImportFrom):
            yield child
        else:
            yield from _import_nodes(child, type_only)


@cache
def imports_of(name: str, type_only: bool = False) -> frozenset[str]:
    """The modules `name` imports: ClerkDesk's by their full name (`from pkg import module`
    counts as importing the module), other libraries by their top-level name; with
    `type_only`, those imported for the type checker alone too."""
    path = modules()[name]
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in _import_nodes(ast.parse(path.read_text(encoding="utf-8")), type_only):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
            continue
        if node.level:
            base = package.split(".")
            base = base[: len(base) - node.level + 1]
            target = ".".join([*base, node.module] if node.module else base)
        else:
            target = node.module or ""
        if target == "__future__":
            continue
        found.add(target)
        found.update(
            f"{target}.{alias.name}"
            for alias in node.names
            if f"{target}.{alias.name}" in modules()
        )
    return frozenset(m if m.split(".")[0] == "clerkdesk" else m.split(".")[0] for m in found if m)


def layer_of(name: str) -> str | None:
    parts = name.split(".")
    return parts[1] if len(parts) > 1 and parts[1] in LAYERS else None


def clerkdesk_imports(name: str) -> set[str]:
    """ClerkDesk's modules that `name` imports, for the type checker's sake or not."""
    return {
        m
        for m in imports_of(name, type_only=True)
        if m.split(".")[0] == "clerkdesk" and m in modules()
    }


def test_every_module_is_read_and_has_its_place() -> None:
    found = set(modules())
    assert {
        "clerkdesk.core.dates",
        "clerkdesk.services.reviews.writes",
        "clerkdesk.cli.commands",
    } <= found
    assert "clerkdesk.services.obligations.snapshot" in imports_of(
        "clerkdesk.services.obligations.due"
    )
    assert "clerkdesk.core.errors" in imports_of("clerkdesk.core.dates")  # a relative import
    assert not {m for m in found if layer_of(m) is None} - set(SUPPORT) - set(ENTRY)


def test_imports_under_type_checking_are_left_out_and_those_in_functions_kept() -> None:
    tree = ast.parse(
        "from typing import TYPE_CHECKING\n"
        "if TYPE_CHECKING:\n    import alembic\nelse:\n    import keyring\n"
        "def f():\n    import reportlab\n"
    )
    names = {getattr(n, "module", None) or n.names[0].name for n in _import_nodes(tree)}
    assert names == {"typing", "keyring", "reportlab"}
    every = {n.names[0].name for n in _import_nodes(tree, type_only=True)}
    assert every == {"TYPE_CHECKING", "alembic", "keyring", "reportlab"}


@pytest.mark.parametrize("layer", LAYERS)
def test_a_layer_imports_only_the_layers_below_it(layer: str) -> None:
    allowed = MAY_IMPORT[layer] | {layer}
    wrong = {
        f"{name} imports {target}"
        for name in modules()
        if layer_of(name) == layer
        for target in clerkdesk_imports(name)
        if target not in SUPPORT and target not in allowed and layer_of(target) not in allowed
    }
    assert not wrong, "\n".join(sorted(wrong))


@pytest.mark.parametrize("layer", LAYERS)
def test_a_layer_uses_no_library_above_it(layer: str) -> None:
    wrong = {
        f"{name} imports {library}"
        for name in modules()
        if layer_of(name) == layer
        for library in imports_of(name) & MUST_NOT_USE[layer]
    }
    assert not wrong, "\n".join(sorted(wrong))


def test_the_helpers_beside_the_layers_lean_on_core_at_most() -> None:
    wrong = {
        f"{name} imports {target}"
        for name in SUPPORT
        for target in clerkdesk_imports(name)
        if target not in SUPPORT and layer_of(target) != "core"
    }
    assert not wrong, "\n".join(sorted(wrong))
    assert not {library for name in SUPPORT for library in imports_of(name)} & set(HEAVY)


def circles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected parts of `graph` with more than one module (Tarjan's algorithm),
    and the modules that import themselves."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in sorted(graph.get(node, ())):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            part = []
            while True:
                top = stack.pop()
                on_stack.discard(top)
                part.append(top)
                if top == node:
                    break
            if len(part) > 1 or node in graph.get(node, ()):
                found.append(sorted(part))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return sorted(found)


def test_circles_are_found() -> None:
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}, "e": {"e"}}
    assert circles(graph) == [["a", "b", "c"], ["e"]]
    assert circles({"a": {"b"}, "b": set()}) == []


def test_no_import_circle_among_the_modules() -> None:
    graph = {name: clerkdesk_imports(name) - {name} for name in modules()}
    found = circles(graph)
    assert not found, "import circles:\n" + "\n".join(" <-> ".join(part) for part in found)


def imported_after(statement: str) -> set[str]:
    code = f"import sys; {statement}; print(' '.join(sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return {name.split(".")[0] for name in out.stdout.split()} | set(out.stdout.split())


def test_importing_core_loads_no_gui_database_keyring_or_pdf_library() -> None:
    every = [name for name in modules() if layer_of(name) == "core"]
    assert {"clerkdesk.core.passwords", "clerkdesk.core.access"} <= set(every)
    loaded = imported_after("import " + ", ".join(every))
    assert not loaded & set(HEAVY)
    assert not {m for m in loaded if layer_of(m) not in (None, "core")}


def test_services_load_no_gui_and_no_alembic_until_needed() -> None:
    loaded = imported_after(
        "import clerkdesk.services.accounts.writes, clerkdesk.services.obligations.due"
    )
    assert "PySide6" not in loaded
    assert "alembic" not in loaded
    assert "reportlab" not in loaded


@pytest.mark.parametrize("module", ["clerkdesk.cli.parser"])
def test_command_line_grammar_is_light(module: str) -> None:
    assert not imported_after(f"import {module}") & set(HEAVY)
