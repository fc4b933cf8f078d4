"""The people register: employees, contractors, vendors, agents and elected officials (R4),
and their separations (R10)."""

from __future__ import annotations

from ..kernel.registers import CsvKind, declare

REGISTER = declare(
    __name__,
    "people",
    {"person"},
    files=(
        CsvKind(
            "people",
            (
                "employee_id",
                "name",
                "title",
                "department",
                "email",
                "phone",
                "kind",
                "separated_on",
                "division",
            ),
            required=("employee_id", "name"),
            key=("employee_id",),
        ),
    ),
    after=("departments",),
    facts="facts",
    written_by={"person"},
    event_rows={"person": ("person", "employee_id")},
)
