"""Elections and their candidates: the election blackout (R18)."""

from ..registry import register_page

register_page(
    __name__,
    "ElectionsPage",
    title="Elections",
    order=56,
    shortcut="Ctrl+Shift+E",
    opens=("candidate",),
    guide="elections.html#the-elections-page",
)
