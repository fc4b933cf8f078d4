"""`clerkdesk check` on the benchmark city at 200,000 and 1,000,000 audit events (issue "Fast
in a real office": within 2 s and 10 s), on SQLite and, with `--db`, on the server beside it,
through the delay of `--latency`."""

from __future__ import annotations

import shutil
import statistics
import time
from pathlib import Path

from bench.homes import OUT, big_home

BUDGETS = {200_000: 2.0, 1_000_000: 10.0}


def city_home(events: int) -> Path:
    if events == 200_000:
        return big_home()
    from bench.city import made_by_this_version, make_city

    home = OUT / f"city10k-{events // 1000}k-events"
    if not made_by_this_version(home):
        shutil.rmtree(home, ignore_errors=True)
        print(f"generating the 10,000-account city with {events:,} events ...", flush=True)
        make_city(home, events=events)
    return home


def _timed_check(url: str | None, home: Path, runs: int) -> tuple[float, int]:
    from clerkdesk.paths import resolve_paths
    from clerkdesk.services.integrity.maintenance import check_report
    from clerkdesk.services.kernel.database import Database

    db = Database.open(resolve_paths(db=url, home=str(home)))
    times, problems = [], 0
    try:
        for _ in range(runs):
            start = time.perf_counter()
            problems = len(check_report(db).problems)
            times.append(time.perf_counter() - start)
    finally:
        db.close()
    return statistics.median(times), problems


def measure(server: str | None, latency: float | None, runs: int = 3) -> None:
    from bench import latency as delay

    for events, budget in BUDGETS.items():
        home = city_home(events)
        median, problems = _timed_check(None, home, runs)
        verdict = "within" if median <= budget else "OVER"
        print(
            f"check, {events:,} events, SQLite: {median:.2f} s, {problems} problem(s) "
            f"(budget {budget:.0f} s: {verdict})",
            flush=True,
        )
        if not server:
            continue
        from bench.city import make_city
        from bench.databases import fresh

        served = OUT / f"{home.name}-server"
        make_city(served, url=fresh(server, served).database_url, events=events)
        with delay.delayed(server, latency or 0.0) as url:
            delay.reset()
            median, problems = _timed_check(url, served, 1)
            counts = delay.reset()
        verdict = "within" if median <= budget else "OVER"
        print(
            f"check, {events:,} events, PostgreSQL at {(latency or 0) * 1000:g} ms: "
            f"{median:.2f} s, {problems} problem(s), {counts.statements} statements, "
            f"{counts.round_trips} round trips, {counts.received / 1e6:.1f} MB to the client "
            f"(budget {budget:.0f} s: {verdict})",
            flush=True,
        )
