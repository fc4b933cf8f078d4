"""Where the benchmark's cities are (made on first use) and how a program is timed."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

OUT = Path(__file__).resolve().parent / "out"


def measured_env() -> dict[str, str]:
    """The environment programs are measured in: bytecode cached (as an installed program
    has it: a shell that sets PYTHONDONTWRITEBYTECODE would have every module compiled afresh
    at each start), offscreen unless a display is asked for."""
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def timed(cmd: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(
        cmd, check=True, env=measured_env(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    return time.perf_counter() - start


def demo_home() -> Path:
    home = OUT / "demo"
    if not (home / "clerkdesk.db").exists():
        home.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            [sys.executable, "-m", "clerkdesk", "--home", str(home), "demo"],
            check=True,
            env=measured_env(),
        )
    return home


def big_home() -> Path:
    from bench.city import made_by_this_version, make_city

    home = OUT / "city10k"
    if not made_by_this_version(home):
        if home.exists():
            shutil.rmtree(home)  # made as an earlier version made them

        print("generating the 10,000-account city ...", flush=True)
        start = time.perf_counter()
        make_city(home)
        print(f"  generated in {time.perf_counter() - start:.1f} s", flush=True)
    return home


def city_home(accounts: int) -> Path:
    """A city of `accounts` accounts (twice as many people, the 10,000-account city's 500
    departments, 50,000 removals and 200,000 audit events), made on first use."""
    from bench.city import made_by_this_version, make_city

    if accounts == 10_000:
        return big_home()
    home = OUT / f"city{accounts // 1000}k"
    if not made_by_this_version(home):
        if home.exists():
            shutil.rmtree(home)
        print(f"generating the {accounts:,}-account city ...", flush=True)
        start = time.perf_counter()
        make_city(home, accounts=accounts, people=2 * accounts)
        print(f"  generated in {time.perf_counter() - start:.1f} s", flush=True)
    return home
