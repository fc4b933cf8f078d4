"""Build the user guide: retake its screenshots from the demonstration city, then build the HTML
with MkDocs, strict (a broken link or a missing picture fails the build).

    scripts/build_guide [SITE_DIR]        (default build/guide, where ClerkDesk looks for it)

Run with the Python that has ClerkDesk's development tools (mkdocs) installed; scripts/build_guide
runs it with .venv's. The screenshots go to guide/images (generated, not committed) and are
taken under Xvfb: on the display DISPLAY names, else on one xvfb-run starts, else (no Xvfb) on
Qt's offscreen platform; QT_QPA_PLATFORM=offscreen in the environment keeps them offscreen.
packaging/build.py runs this before freezing, so that the installer carries the guide.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
IMAGES = ROOT / "guide" / "images"


def say(text: str) -> None:
    print(f"build_guide: {text}", flush=True)


def screenshot_command() -> tuple[list[str], dict[str, str]]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    command = [sys.executable, str(ROOT / "scripts" / "guide_screenshots.py"), str(IMAGES)]
    offscreen = env.get("QT_QPA_PLATFORM") == "offscreen"
    if offscreen or env.get("DISPLAY") or sys.platform == "win32":
        return command, env
    if shutil.which("xvfb-run") and shutil.which("xauth"):
        screen = ["-s", "-screen 0 1366x768x24 -nolisten tcp"]
        return ["xvfb-run", "-a", *screen, *command], env
    say("no Xvfb here: the screenshots are drawn on Qt's offscreen platform")
    env["QT_QPA_PLATFORM"] = "offscreen"
    return command, env


def main(argv: list[str]) -> int:
    site = Path(argv[1]).resolve() if len(argv) > 1 else ROOT / "build" / "guide"
    started = time.perf_counter()
    if IMAGES.is_dir():
        shutil.rmtree(IMAGES)  # no picture of an earlier build survives this one
    command, env = screenshot_command()
    say("taking the screenshots from the demonstration city")
    result = subprocess.run(command, env=env, cwd=ROOT, timeout=600)
    if result.returncode != 0:
        say(f"FAILED: the screenshots (exit status {result.returncode})")
        return 1
    say(f"building the guide into {site}")
    build = [sys.executable, "-m", "mkdocs", "build", "--strict", "--clean"]
    build += ["--config-file", str(ROOT / "mkdocs.yml"), "--site-dir", str(site)]
    result = subprocess.run(build, cwd=ROOT, timeout=600)
    if result.returncode != 0:
        say(f"FAILED: mkdocs build --strict (exit status {result.returncode})")
        return 1
    pages = len(list(site.rglob("*.html")))
    say(f"{pages} pages in {site} ({time.perf_counter() - started:.1f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
