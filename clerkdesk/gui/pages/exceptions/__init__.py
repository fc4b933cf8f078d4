"""Exceptions to the policy (R19)."""

from ..registry import register_page

register_page(
    __name__,
    "ExceptionsPage",
    title="Exceptions",
    order=57,
    shortcut="Ctrl+Shift+X",
    menu_text="E&xceptions",
    opens=("exception",),
    guide="exceptions.html#the-exceptions-page",
)
