"""Where the window's pages are registered (as Picard's options pages are).

A page is one package in `clerkdesk.gui.pages`. Its `__init__.py` calls `register_page(...)`
with what the window needs before the page exists (its title, place, shortcut, and which of
Today's obligations it opens); its module `page.py` holds the page itself and its form. The
window finds the packages by itself, imports each light `__init__` at start-up, and imports a
page's module, with the data layer it uses, only when the page is first shown.
"""

from __future__ import annotations

import importlib
import pkgutil
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class PageEntry:
    key: str  # the package's name, e.g. "accounts"
    title: str  # in the navigation list
    order: int  # place in the navigation list and the Go menu, smallest first
    shortcut: str | None  # e.g. "Ctrl+2"
    menu_text: str  # in the Go menu, with its mnemonic
    opens: frozenset[str]  # where obligations are worked on that this page shows (`@rule(opens=)`)
    # The field of an obligation that names the record the page opens it at ("account_id").
    named_by: str
    module: str  # the module holding the page, imported when it is first shown
    class_name: str
    # The user guide's section about the page, "reviews.html#the-reviews-page" (F1 opens it;
    # "" the guide's first page).
    guide: str = ""


_PAGES: dict[str, PageEntry] = {}
_loaded: list[bool] = []


def register_page(
    package: str,
    class_name: str,
    *,
    title: str,
    order: int,
    shortcut: str | None = None,
    menu_text: str | None = None,
    opens: tuple[str, ...] = (),
    named_by: str = "account_id",
    module: str = "page",
    guide: str = "",
) -> None:
    """Register the page class `class_name` of `package` (pass `__name__`), found in its
    module `module` when it is first shown. `opens`: the places of Today's obligations
    (`@rule(opens=...)`) the page opens, each an obligation whose field `named_by` names its
    record. `guide`: the user guide's page and anchor about this page, which F1 opens."""
    key = package.rpartition(".")[2]
    if key in _PAGES:
        raise ValueError(f"page {key!r} registered twice")
    for other in _PAGES.values():
        if shortcut is not None and other.shortcut == shortcut:
            raise ValueError(f"pages {other.key!r} and {key!r} both use {shortcut}")
        if other.opens & set(opens):
            raise ValueError(f"pages {other.key!r} and {key!r} open the same obligations")
    _PAGES[key] = PageEntry(
        key,
        title,
        order,
        shortcut,
        menu_text or f"&{title}",
        frozenset(opens),
        named_by,
        f"{package}.{module}",
        class_name,
        guide,
    )


def page_entries() -> list[PageEntry]:
    """Every registered page in navigation order, each page package imported (and so
    registered) the first time this is asked."""
    if not _loaded:
        package = __name__.rpartition(".")[0]
        path = importlib.import_module(package).__path__
        for found in sorted(pkgutil.iter_modules(path), key=lambda m: m.name):
            if found.ispkg:
                importlib.import_module(f"{package}.{found.name}")
        _loaded.append(True)
    return sorted(_PAGES.values(), key=lambda entry: (entry.order, entry.key))


def page_opening(place: str) -> PageEntry | None:
    """The page where obligations whose work is done at `place` are opened."""
    return next((e for e in page_entries() if place in e.opens), None)
