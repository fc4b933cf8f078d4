"""Each city's bases as RULES.md now reads the policies, and whose each figure is: the access
review is the policy's in Stoughton, Milwaukee and Wausau with ClerkDesk's interval; the records
duty is law with the DOJ's guidance as its figure; the blackout is Milwaukee's policy and
practice elsewhere; removed content is kept by each policy's own rule but Stoughton's."""

from __future__ import annotations

import pytest

from clerkdesk.core.bases import basis_text, figure_text
from clerkdesk.resources import load_profile

OURS = "ClerkDesk's figure"
DOJ = "DOJ guidance (practice)"

# One table per city: rule -> (basis, whose its figure is: None where it is the rule's own).
# RULES.md R7, R16, R17, R18 (and R9/R10's 24 and 48 hours, Wausau's own).
CITIES: dict[str, dict[str, tuple[str, str | None]]] = {
    "stoughton": {
        "R7": ("policy", OURS),  # stoughton-2019.txt:120-124, "should routinely review"
        "R16": ("practice", None),  # :347-355 removes and bans; a record is practice
        "R17": ("law", DOJ),  # Wis. Stat. 19.35(4)(a)
        "R18": ("practice", None),  # the policy is silent
        "R10": ("practice", OURS),
    },
    "milwaukee": {
        "R7": ("policy", OURS),  # milwaukee-2023.txt:72-76
        "R16": ("policy", None),  # :182-206 categories, :218-225 comments kept
        "R17": ("law", DOJ),
        "R18": ("policy", None),  # :312-363, its reading of 11.33 (now 11.1205)
        "R10": ("practice", OURS),
    },
    "wausau": {
        "R7": ("policy", OURS),  # wausau.txt:67
        "R16": ("policy", None),  # :103-119
        "R17": ("law", DOJ),
        "R18": ("practice", None),
        "R10": ("policy", None),  # wausau.txt:42, 48 hours: the policy's own figure
        "R15": ("policy", OURS),  # wausau.txt:50-61 the notices; no interval between checks
    },
    "janesville": {
        "R7": ("practice", OURS),  # the policy asks for no review
        "R16": ("policy", None),  # janesville.txt:80, :93
        "R17": ("law", DOJ),
        "R18": ("practice", None),
        "R10": ("practice", OURS),
        "R14": ("policy", None),  # janesville.txt:82, "update content ... once each week"
        "R15": ("policy", OURS),
    },
    "madison": {
        "R7": ("practice", OURS),
        "R16": ("policy", None),  # madison.txt:75, the IT Director keeps the original
        "R17": ("law", DOJ),
        "R18": ("practice", None),
        "R10": ("practice", OURS),
        "R14": ("policy", OURS),  # madison.txt:57, "kept fresh and current": no figure
        "R15": ("policy", OURS),
    },
}


@pytest.mark.parametrize("key", sorted(CITIES))
def test_each_changed_rule_has_its_basis_and_its_figure_s_source(key: str) -> None:
    profile = load_profile(key)
    for rule, (basis, whose) in CITIES[key].items():
        assert profile.basis(rule) == basis, (key, rule)
        text = figure_text(profile, rule)
        assert (text.partition(": ")[2] if text else None) == whose, (key, rule, text)


@pytest.mark.parametrize("key", sorted(CITIES))
def test_the_tag_says_whose_the_figure_is_for_the_kind_that_counts_it(key: str) -> None:
    profile = load_profile(key)
    city = key.title()
    review = profile.basis_label(profile.basis("R7"), "R7", "access-review")
    word = f"{city} policy" if CITIES[key]["R7"][0] == "policy" else "good practice"
    assert review == f"{word}; every 180 days: ClerkDesk's figure"
    # The duty to answer is law; its ten work days are the DOJ's guidance.
    assert profile.basis_label("law", "R17", "records-request") == (
        "Wis. Stat.; 10 work days: DOJ guidance (practice)"
    )
    # A rule's other kinds carry no figure: the 60-day hold is the statute's own.
    assert profile.basis_label("law", "R17", "records-hold") == "Wis. Stat."
    assert profile.basis_label(profile.basis("R7"), "R7", "department-head-left") == word
    blackout = basis_text(profile, profile.basis("R18"), "R18", "blackout")
    assert blackout == ("Milwaukee policy" if key == "milwaukee" else "good practice")


def test_a_stale_site_is_judged_by_the_city_s_own_week_or_clerkdesk_s_month() -> None:
    janesville, madison = load_profile("janesville"), load_profile("madison")
    assert janesville.abandoned_days == 7
    assert janesville.basis_label("policy", "R14", "site-finding") == "Janesville policy"
    assert madison.basis_label("policy", "R14", "site-finding") == (
        "Madison policy; no post for over 30 days: ClerkDesk's figure"
    )
    assert madison.basis_label("policy", "R15", "site-check") == (
        "Madison policy; every 365 days: ClerkDesk's figure"
    )
    # A notice missing is R15's too, but its item counts no interval.
    assert madison.basis_label("policy", "R15", "site-finding") == "Madison policy"


def test_a_figure_the_city_changed_is_the_city_s() -> None:
    profile = load_profile("stoughton").with_changes(review_interval_days=90)
    assert (
        profile.basis_label("policy", "R7") == "Stoughton policy; every 90 days: the city's figure"
    )
    back = profile.with_changes(review_interval_days=180)
    assert (
        back.basis_label("policy", "R7") == "Stoughton policy; every 180 days: ClerkDesk's figure"
    )


def test_a_rule_off_says_only_off() -> None:
    assert load_profile("stoughton").basis_label("off", "R7") == "off"
