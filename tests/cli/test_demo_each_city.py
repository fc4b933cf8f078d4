"""`clerkdesk demo` fills a database set up for any of the five policies, and the register it
leaves checks out: its removals take the city's own categories (R16), not Stoughton's."""

import csv
import io

import pytest

from clerkdesk.resources import load_profile

CITIES = ("janesville", "madison", "milwaukee", "stoughton", "wausau")


@pytest.mark.parametrize("key", CITIES)
def test_the_demo_loads_for_each_city_and_checks_clean(clerkdesk, key) -> None:  # type: ignore[no-untyped-def]
    city = key.title()
    made = clerkdesk("init", "--city", city, "--profile", key, "--adopted", "2020-01-01")
    assert made.returncode == 0, made.stderr
    loaded = clerkdesk("demo")
    assert loaded.returncode == 0, loaded.stderr
    assert f"Loaded the demonstration city into {city}." in loaded.stdout
    removals = clerkdesk("export", "removals")
    assert removals.returncode == 0, removals.stderr
    rows = list(csv.DictReader(io.StringIO(removals.stdout.lstrip("\ufeff"))))
    assert len(rows) == 4
    assert {row["category"] for row in rows} <= set(load_profile(key).removal_categories)
    checked = clerkdesk("check")
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "Database is sound" in checked.stdout
