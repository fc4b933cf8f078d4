"""Today: every obligation in force, soonest first."""

from ..registry import register_page

register_page(
    __name__,
    "TodayPage",
    title="Today",
    order=10,
    shortcut="Ctrl+1",
    guide="first-day.html#the-today-page",
)
