"""The audit log."""

from ..registry import register_page

register_page(
    __name__,
    "AuditPage",
    title="Audit",
    order=60,
    shortcut="Ctrl+6",
    menu_text="A&udit",
    guide="backups.html#the-audit-page",
)
