"""The city's details and its policy parameters."""

from ..registry import register_page

register_page(
    __name__,
    "SettingsPage",
    title="Settings",
    order=70,
    shortcut="Ctrl+7",
    opens=("settings:records", "settings:duties"),
    guide="first-day.html#the-settings-page",
)
