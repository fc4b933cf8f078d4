"""Departments and their heads."""

from ..registry import register_page

register_page(
    __name__,
    "DepartmentsPage",
    title="Departments",
    order=40,
    shortcut="Ctrl+4",
    opens=("department",),
    guide="custodians.html#the-departments-page",
)
