from datetime import UTC, date, datetime, timedelta

from clerkdesk.gui.widgets.countdown import countdown, days_text, moment_text

TODAY = date(2026, 11, 20)
NOW = datetime(2026, 11, 20, 15, 0, tzinfo=UTC)


def test_days() -> None:
    assert days_text(date(2026, 12, 2), TODAY) == "in 12 days"
    assert days_text(date(2026, 11, 21), TODAY) == "due tomorrow"
    assert days_text(TODAY, TODAY) == "due today"
    assert days_text(date(2026, 11, 19), TODAY) == "1 day overdue"
    assert days_text(date(2019, 8, 9), TODAY) == "2,660 days overdue"


def test_hours() -> None:
    assert moment_text(NOW + timedelta(hours=5, minutes=10), NOW) == "in 5 hours"
    assert moment_text(NOW - timedelta(hours=1, minutes=5), NOW) == "1 hour overdue"
    assert moment_text(NOW + timedelta(minutes=30), NOW) == "in 30 minutes"
    assert moment_text(NOW - timedelta(days=3, hours=2), NOW) == "3 days overdue"


def test_countdown_picks_days_or_hours() -> None:
    assert countdown(date(2026, 11, 23), NOW) == "in 3 days"
    assert countdown(NOW + timedelta(hours=20), NOW) == "in 20 hours"
