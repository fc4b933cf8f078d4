"""(Issue 30:) a write on a page that grows with the city, in the window on a copy of the
40,000-account city: the write, and until the page shows it (its rows read again, alone or
whole). An account approved on Accounts; a removal's words corrected on Removed content."""

from __future__ import annotations

import shutil
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

RUNS = 5


def _timed(app: Any, page: Any, write: Callable[[], object]) -> tuple[float, float]:
    """(the write, until the page has read what it touched and shows it), in seconds."""
    from clerkdesk.gui.window.background import Operation

    start = time.perf_counter()
    write()
    wrote = time.perf_counter() - start
    app.processEvents()
    while page.loading is not None or Operation._running:
        app.processEvents()
        time.sleep(0.002)
    return wrote, time.perf_counter() - start


def _approvals(app: Any, window: Any) -> list[tuple[float, float]]:
    from clerkdesk.services.accounts.approvals import approve_account
    from clerkdesk.services.kernel.inputs import ApprovalInput

    window.go("accounts")
    page = window.page("accounts")
    _settled(app, page)
    waiting = [r for r in page.model.rows() if r.view.status == "proposed"][:RUNS]
    approval = ApprovalInput(
        "mayor", "Mayor Jones", date(2026, 1, 5), "Res. 1", True, "Every work day", True
    )
    return [
        _timed(app, page, lambda row=row: approve_account(window.ctx.db, row.id, approval))
        for row in waiting
    ]


def _corrections(app: Any, window: Any) -> list[tuple[float, float]]:
    from clerkdesk.services.removals.corrections import correct_removal
    from clerkdesk.services.removals.writes import RemovalInput

    window.go("removals")
    page = window.page("removals")
    _settled(app, page)
    rows = [r for r in page.model.rows() if not r.reason_missing][100 : 100 + RUNS]

    def correct(r: Any) -> object:
        data = RemovalInput(
            r.account_url,
            r.removed_at,
            r.poster,
            f"{r.content} (corrected)",
            r.category,
            r.action,
            r.staff_employee_id,
            r.action_reason,
            r.evidence,
        )
        return correct_removal(window.ctx.db, r.id, data)

    return [_timed(app, page, lambda row=row: correct(row)) for row in rows]


def _settled(app: Any, page: Any) -> None:
    from clerkdesk.gui.window.background import Operation

    while page.loading is not None or Operation._running:
        app.processEvents()
        time.sleep(0.002)


def measure(city: Path) -> dict[str, tuple[float, float]]:
    """Each write's median (write, until shown), in seconds, on a copy of `city`."""
    from bench.opened_window import opened_window

    with tempfile.TemporaryDirectory() as folder:
        home = Path(folder) / "city"
        shutil.copytree(city, home)
        found: dict[str, tuple[float, float]] = {}
        with opened_window(home) as (app, window):
            for key, made in (
                ("an account approved", _approvals),
                ("a removal corrected", _corrections),
            ):
                times = made(app, window)
                found[key] = (
                    statistics.median(t[0] for t in times),
                    statistics.median(t[1] for t in times),
                )
        return found
