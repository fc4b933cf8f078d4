"""What each shipped profile says of R18's reach and of political content (R16): Milwaukee's
blackout covers the staff acting for a candidate and the links on the official's pages
(milwaukee-2023.txt:320-322, :359-363), and its political category names ballot measures
(:192); no other city's does."""

from __future__ import annotations

import pytest

from clerkdesk.core.records import REMOVAL_CATEGORIES
from clerkdesk.resources import load_profile, profile_keys


@pytest.mark.parametrize("key", profile_keys())
def test_only_milwaukee_s_blackout_reaches_staff_and_links(key: str) -> None:
    profile = load_profile(key)
    assert (profile.blackout_staff, profile.blackout_links) == (key == "milwaukee",) * 2


def test_milwaukee_s_political_category_names_a_ballot_measure() -> None:
    milwaukee, wausau = load_profile("milwaukee"), load_profile("wausau")
    assert "political-ballot" in milwaukee.removal_categories
    assert "political" not in milwaukee.removal_categories
    assert REMOVAL_CATEGORIES["political-ballot"] == (
        "Support or opposition to a political campaign or a ballot measure"
    )
    # Wausau's policy says "a political campaign" only (wausau.txt:109).
    assert "political" in wausau.removal_categories
    assert "ballot" not in REMOVAL_CATEGORIES["political"]


def test_the_settings_are_refused_unless_true_or_false() -> None:
    from clerkdesk.core.errors import ValidationError

    with pytest.raises(ValidationError) as caught:
        load_profile("stoughton").with_changes(blackout_staff="yes")
    assert caught.value.fields == {"blackout_staff": "must be true or false"}
