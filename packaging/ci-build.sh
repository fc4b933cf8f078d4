#!/usr/bin/env bash
# CI's packaging step on Linux (run after the test suite): freeze ClerkDesk with PyInstaller
# and run the frozen program's --self-test. The MSI is built from the Windows bundle by the
# Windows stage that follows (packaging/wine/run.sh), not from this Linux one.
#
# Installs what is missing: PyInstaller into .venv.
# Output: dist/clerkdesk/ (the bundle).
set -euo pipefail
cd "$(dirname "$0")/.."

started=$(date +%s)
say() { echo "packaging: $*"; }

if [ ! -x .venv/bin/python ]; then
  say "error: no .venv; run scripts/setup first" >&2
  exit 2
fi
if ! .venv/bin/python -c 'import PyInstaller' >/dev/null 2>&1; then
  say "installing PyInstaller into .venv"
  .venv/bin/python -m pip install -q 'pyinstaller>=6.10,<7'
fi
say "tools ready in $(( $(date +%s) - started )) s (PyInstaller $(.venv/bin/python -m PyInstaller --version | head -1))"

# Headless: the self-test opens the main window on Qt's offscreen platform.
export QT_QPA_PLATFORM=offscreen
status=0
.venv/bin/python packaging/build.py --clean --skip-msi || status=$?
if [ "$status" -ne 0 ]; then
  say "FAILED (exit status $status) after $(( $(date +%s) - started )) s"
  exit "$status"
fi
say "bundle: $(du -sh dist/clerkdesk | cut -f1) on disk (dist/clerkdesk)"
say "done in $(( $(date +%s) - started )) s"
