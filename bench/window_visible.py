"""Time from launch to the first visible window, ClerkDesk beside KeePassXC (the C++ Qt vault a
clerk compares it with) and a bare PySide6 window, alternating, on a real X server.

    Xvfb :90 -screen 0 1366x768x24 & DISPLAY=:90 openbox &
    DISPLAY=:90 .venv/bin/python bench/window_visible.py [HOME]

Each program is started, `xdotool search --onlyvisible --pid` is asked until it names a window,
and the program is killed. Medians of at least 7 runs each."""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BARE = (
    "import sys\n"
    "from PySide6.QtWidgets import QApplication, QMainWindow\n"
    "app = QApplication(sys.argv[:1]); w = QMainWindow(); w.resize(1280, 800); w.show()\n"
    "sys.exit(app.exec())\n"
)


def visible_after(command: list[str], env: dict[str, str], timeout: float = 20) -> float:
    start = time.perf_counter()
    proc = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        while time.perf_counter() - start < timeout:
            found = subprocess.run(
                ["xdotool", "search", "--onlyvisible", "--pid", str(proc.pid)],
                capture_output=True,
                text=True,
                check=False,
            )
            if found.stdout.strip():
                return time.perf_counter() - start
            time.sleep(0.002)
        raise RuntimeError(f"no window from {command[0]} within {timeout} s")
    finally:
        proc.kill()
        proc.wait()


def measure(home: Path | None = None, runs: int = 9) -> dict[str, float]:
    if not os.environ.get("DISPLAY") or shutil.which("xdotool") is None:
        raise RuntimeError("needs an X server (DISPLAY) and xdotool")
    work = Path(tempfile.mkdtemp(prefix="clerkdesk-visible-"))
    env = {
        **os.environ,
        "XDG_CONFIG_HOME": str(work / "config"),
        "XDG_DATA_HOME": str(work / "data"),
        "XDG_CACHE_HOME": str(work / "cache"),
    }
    env.pop("QT_QPA_PLATFORM", None)
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # bytecode cached, as an installed program has
    here = Path(__file__).resolve().parent.parent
    ours = [sys.executable, "-m", "clerkdesk"]
    if home is not None:
        ours += ["--home", str(home)]
    commands = {"bare PySide6": [sys.executable, "-c", BARE], "clerkdesk": ours}
    frozen = (
        here / "dist" / "clerkdesk" / ("clerkdesk.exe" if sys.platform == "win32" else "clerkdesk")
    )
    if frozen.exists():  # the frozen build, measured the same way (packaging/build.py)
        commands["clerkdesk, frozen build"] = [str(frozen), *ours[3:]]
    if shutil.which("keepassxc"):
        commands["keepassxc"] = ["keepassxc"]
    env["PYTHONPATH"] = str(here)
    times: dict[str, list[float]] = {name: [] for name in commands}
    try:
        for command in commands.values():  # warm the file cache
            visible_after(command, env)
        for _ in range(runs):
            for name, command in commands.items():
                times[name].append(visible_after(command, env))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return {name: statistics.median(values) for name, values in times.items()}


def main(argv: list[str]) -> int:
    medians = measure(Path(argv[0]) if argv else None)
    ours = medians["clerkdesk"]
    for name, value in medians.items():
        print(f"window visible, {name}: {value * 1000:.0f} ms")
    if "keepassxc" in medians:
        ratio = ours / medians["keepassxc"]
        verdict = "within" if ratio <= 1.1 else "OVER"
        print(f"window visible, clerkdesk / keepassxc: {ratio:.2f}x (target 1.1x: {verdict})")
        if "clerkdesk, frozen build" in medians:
            frozen = medians["clerkdesk, frozen build"] / medians["keepassxc"]
            print(f"window visible, frozen build / keepassxc: {frozen:.2f}x")
    else:
        print("window visible: keepassxc is not installed (apt-get install keepassxc)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
