#!/usr/bin/env bash
# CI's packaging step on Linux (run after the test suite): freeze ClerkDesk with PyInstaller,
# run the frozen program's --self-test, and build an MSI from the WiX source with wixl against
# this Linux bundle. That MSI only proves the installer source is valid; it is named so that
# nobody takes it for the Windows installer (.github/workflows/windows.yml builds that one).
#
# Installs what is missing: PyInstaller into .venv; wixl and msitools through apt when root.
# Output: dist/clerkdesk/ (the bundle), build/ClerkDesk-linux-validation.msi.
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
if ! command -v wixl >/dev/null 2>&1 || ! command -v msiinfo >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    say "installing wixl and msitools (apt)"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >/dev/null
    apt-get install -y -qq --no-install-recommends wixl msitools >/dev/null
  else
    say "error: wixl is missing; install the wixl and msitools packages" >&2
    exit 2
  fi
fi
say "tools ready in $(( $(date +%s) - started )) s (PyInstaller $(.venv/bin/python -m PyInstaller --version | head -1), wixl $(wixl --version))"

# Headless: the self-test opens the main window on Qt's offscreen platform.
export QT_QPA_PLATFORM=offscreen
status=0
.venv/bin/python packaging/build.py --clean --msi-tool wixl \
  -o build/ClerkDesk-linux-validation.msi || status=$?
if [ "$status" -ne 0 ]; then
  say "FAILED (exit status $status) after $(( $(date +%s) - started )) s"
  exit "$status"
fi
say "bundle: $(du -sh dist/clerkdesk | cut -f1) on disk (dist/clerkdesk)"
say "done in $(( $(date +%s) - started )) s"
