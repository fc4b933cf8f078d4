"""Pages register themselves; the window builds its navigation, its stack and the Go menu from
what they registered."""

from __future__ import annotations

import pytest

from clerkdesk.core.obligations import load_kinds
from clerkdesk.core.obligations.registry import places
from clerkdesk.gui.pages import registry
from clerkdesk.gui.pages.registry import page_entries, page_opening, register_page

# The pages of the registers the program began with, in their places; a register added later
# takes its own place among them (by its `order`) and leaves these where they are.
PAGES = [
    ("today", "Today", "Ctrl+1"),
    ("accounts", "Accounts", "Ctrl+2"),
    ("people", "People", "Ctrl+3"),
    ("departments", "Departments", "Ctrl+4"),
    ("reviews", "Reviews", "Ctrl+5"),
    ("requests", "Requests", "Ctrl+8"),
    ("removals", "Removed content", "Ctrl+9"),
    ("elections", "Elections", "Ctrl+Shift+E"),
    ("exceptions", "Exceptions", "Ctrl+Shift+X"),
    ("site_checks", "Site checks", "Ctrl+Shift+K"),
    ("retention", "Retention", "Ctrl+Shift+T"),
    ("audit", "Audit", "Ctrl+6"),
    ("settings", "Settings", "Ctrl+7"),
]


def _known(entries: list) -> list:  # type: ignore[type-arg]
    return [e for e in entries if e.key in {key for key, _t, _s in PAGES}]


def test_every_page_in_its_place_with_its_shortcut() -> None:
    assert [(e.key, e.title, e.shortcut) for e in _known(page_entries())] == PAGES
    shortcuts = [e.shortcut for e in page_entries() if e.shortcut]
    assert len(shortcuts) == len(set(shortcuts))


def test_the_go_menu_is_built_from_the_registry(window) -> None:
    every = window.ui.menu_go.actions()
    assert len(every) == len(page_entries())
    known = {e.menu_text for e in _known(page_entries())}
    actions = [a for a in every if a.text() in known]
    assert [a.text() for a in actions] == [
        "&Today",
        "&Accounts",
        "&People",
        "&Departments",
        "&Reviews",
        "Re&quests",
        "Re&moved content",
        "&Elections",
        "E&xceptions",
        "Site chec&ks",
        "Re&tention",
        "A&udit",
        "&Settings",
    ]
    assert [a.shortcut().toString() for a in actions] == [
        *(f"Ctrl+{n}" for n in (1, 2, 3, 4, 5, 8, 9)),
        "Ctrl+Shift+E",
        "Ctrl+Shift+X",
        "Ctrl+Shift+K",
        "Ctrl+Shift+T",
        "Ctrl+6",
        "Ctrl+7",
    ]
    count = window.ui.navigation.count()
    assert [window.ui.navigation.item(i).text() for i in range(count)] == [
        e.title for e in page_entries()
    ]


def test_every_place_an_obligation_opens_has_a_page() -> None:
    for kind in load_kinds().values():
        assert page_opening(kind.opens) is not None, kind.kind


def test_every_place_a_page_opens_is_one_an_obligation_opens_at() -> None:
    """A page's `opens` names places the rules yield (`@rule(opens=...)`): a word mistyped on
    either side leaves a place no page opens, or one no rule yields."""
    opened = {place for entry in page_entries() for place in entry.opens}
    assert opened == places()
    assert page_opening("review").named_by == "department"  # type: ignore[union-attr]
    assert page_opening("account:people").named_by == "account_id"  # type: ignore[union-attr]


def test_a_page_registered_twice_or_on_a_taken_shortcut_is_refused(monkeypatch) -> None:
    monkeypatch.setattr(registry, "_PAGES", dict(registry._PAGES))
    with pytest.raises(ValueError, match="registered twice"):
        register_page("clerkdesk.gui.pages.today", "TodayPage", title="Today", order=1)
    with pytest.raises(ValueError, match="both use Ctrl\\+2"):
        register_page("elsewhere.examples", "ExamplesPage", title="E", order=1, shortcut="Ctrl+2")


def test_a_new_page_takes_its_place_by_its_order(monkeypatch) -> None:
    monkeypatch.setattr(registry, "_PAGES", dict(registry._PAGES))
    register_page("elsewhere.examples", "ExamplesPage", title="Examples", order=25)
    entry = page_entries()[2]
    assert (entry.key, entry.module, entry.menu_text) == (
        "examples",
        "elsewhere.examples.page",
        "&Examples",
    )
