"""A city's copy of its profile saved when RULES.md was read otherwise: a rule that is the
policy's or the law's takes the shipped basis (the city chooses only between practice and off),
a rule the city switched as practice keeps its choice, and the figures' sources come from the
shipped profile."""

from __future__ import annotations

import json
from datetime import date

from clerkdesk.services.city import writes as city
from clerkdesk.store.models.city import City


def test_an_old_copy_reads_the_bases_as_rules_md_now_gives_them(empty_db) -> None:  # type: ignore[no-untyped-def]
    city.init_city(empty_db, "Stoughton", "stoughton", date(2019, 6, 25))
    with empty_db.writing() as session:
        row = session.get(City, 1)
        data = json.loads(row.profile_json)
        # As shipped before: R7 practice, R16 policy, R18 law; no figures; R10 switched off.
        data["rules"].update(R7="practice", R16="policy", R18="law", R10="off")
        del data["figures"]
        row.profile_json = json.dumps(data)
    profile = city.get_city(empty_db).profile
    assert {r: profile.basis(r) for r in ("R7", "R16", "R18", "R10")} == {
        "R7": "policy",
        "R16": "practice",
        "R18": "practice",
        "R10": "off",  # the city's own choice, kept
    }
    assert profile.basis_label("policy", "R7") == (
        "Stoughton policy; every 180 days: ClerkDesk's figure"
    )
    # R18 is practice now: the city may switch it off, and that is kept.
    city.switch_rule(empty_db, "R18", on=False)
    assert city.get_city(empty_db).profile.basis("R18") == "off"
