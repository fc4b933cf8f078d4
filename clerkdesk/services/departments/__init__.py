"""The departments register: each department, its head, and its written social media policy
(R1, where the profile asks for it)."""

from __future__ import annotations

from ..kernel.registers import CsvKind, declare

REGISTER = declare(
    __name__,
    "departments",
    {"department"},
    files=(
        CsvKind(
            "departments",
            ("name", "head_employee_id", "policy_filed_on", "policy_it_copy_on"),
            required=("name",),
            key=("name",),
        ),
    ),
)
