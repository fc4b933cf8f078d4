"""Build ClerkDesk for release: freeze, smoke-test the frozen program, list its files for WiX,
build the MSI.

    python packaging/build.py                        # on Windows: dist/ClerkDesk-VERSION.msi
    python packaging/build.py --skip-msi             # freeze and self-test (CI's Linux build)
    python packaging/build.py --skip-freeze --windows-bundle --msi-tool wixl -o ClerkDesk.msi
                                                     # the MSI of a Windows bundle frozen under
                                                     # Wine (packaging/wine/run.sh), on Linux

Stages (each prints one line when it starts and one when it ends, with its time):
  0. guide      scripts/build_guide.py -> build/guide/ (the user guide the bundle carries: its
                screenshots retaken, MkDocs strict); where mkdocs is not installed (the Windows
                stage under Wine) the guide built beforehand in build/guide is used
  1. freeze     PyInstaller, packaging/clerkdesk.spec -> dist/clerkdesk/
  2. self-test  the frozen program's `--self-test` (and on Windows the windowed one's too)
  3. file list  packaging/wix_files.py -> build/wix/BundleFiles.wxs
  4. msi        WiX 3 (candle + light) on Windows, or wixl (msitools) anywhere

Run it from any folder with the Python that has ClerkDesk and PyInstaller installed. Exit
status 0 when every stage passed; the first failing stage stops the build.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

import version_info  # noqa: E402
import wix_files  # noqa: E402

IS_WINDOWS = sys.platform == "win32"
DIST = Path("dist")
BUNDLE = DIST / "clerkdesk"
WORK = Path("build")
GUI_EXE = "clerkdesk.exe" if IS_WINDOWS else "clerkdesk"
CLI_EXE = "clerkdesk-cli.exe" if IS_WINDOWS else "clerkdesk"
# wixl warns about WiX 3 attributes it does not know; these are meant for WiX 3 only.
WIXL_NOISE = ("AllowSameVersionUpgrades",)


class BuildError(Exception):
    pass


def say(text: str) -> None:
    print(f"build: {text}", flush=True)


def run(command: list[str], **kwargs: object) -> subprocess.CompletedProcess[str]:
    say("$ " + " ".join(command))
    try:
        result = subprocess.run(command, text=True, **kwargs)  # type: ignore[call-overload]
    except subprocess.TimeoutExpired as exc:
        raise BuildError(f"{Path(command[0]).name} did not finish in {exc.timeout:.0f} s") from exc
    except OSError as exc:
        raise BuildError(f"cannot run {command[0]}: {exc}") from exc
    if result.returncode != 0:
        raise BuildError(f"{Path(command[0]).name} exited with status {result.returncode}")
    return result


def folder_size(folder: Path) -> tuple[int, int]:
    files = [p for p in folder.rglob("*") if p.is_file() and not p.is_symlink()]
    return sum(p.stat().st_size for p in files), len(files)


def megabytes(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB"


# -- the stages ------------------------------------------------------------------------------


def build_guide() -> None:
    guide = WORK / "guide"
    if importlib.util.find_spec("mkdocs") is None:
        if (guide / "index.html").is_file():
            say(f"guide: mkdocs is not installed here: the guide built before in {guide} is used")
            return
        raise BuildError("the user guide is not built and mkdocs is not installed here")
    env = dict(os.environ)
    if sys.platform.startswith("linux") and not env.get("DISPLAY"):
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
    run(
        [sys.executable, str(ROOT / "scripts" / "build_guide.py"), str(guide)], env=env, timeout=900
    )


def freeze(clean: bool) -> None:
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--log-level=WARN",
        "--distpath",
        str(DIST),
        "--workpath",
        str(WORK / "pyinstaller"),
    ]
    if clean:
        command.append("--clean")
    run([*command, str(HERE / "clerkdesk.spec")])
    if not (BUNDLE / GUI_EXE).is_file():
        raise BuildError(f"PyInstaller did not write {BUNDLE / GUI_EXE}")
    size, count = folder_size(BUNDLE)
    say(f"bundle: {BUNDLE} holds {count} files, {megabytes(size)}")


def self_test() -> None:
    env = dict(os.environ)
    if sys.platform.startswith("linux") and not env.get("DISPLAY"):
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory(prefix="clerkdesk-build-home-") as home:
        # The command line writes its log under the home folder: keep it out of the builder's.
        env["CLERKDESK_HOME"] = home
        env.pop("CLERKDESK_DB", None)
        run([str((BUNDLE / CLI_EXE).resolve()), "--self-test"], env=env, cwd=home, timeout=300)
        if GUI_EXE != CLI_EXE:
            # The windowed program has no console to print to; its exit status is its report.
            # (A crash there would open a message box: the time limit keeps CI from waiting.)
            run([str((BUNDLE / GUI_EXE).resolve()), "--self-test"], env=env, cwd=home, timeout=300)
            say(f"{GUI_EXE} --self-test: exit status 0")


def file_list() -> Path:
    output = WORK / "wix" / "BundleFiles.wxs"
    files = wix_files.write_fragment(BUNDLE, output, exclude=[GUI_EXE])
    say(f"file list: {len(files)} files (and {GUI_EXE}) -> {output}")
    return output


def choose_tool(requested: str) -> str:
    if requested != "auto":
        return requested
    if IS_WINDOWS:
        return "wix3"
    if shutil.which("wixl"):
        return "wixl"
    raise BuildError("no MSI tool: install WiX 3 (Windows) or wixl (apt-get install wixl)")


def wix3_tool(name: str) -> str:
    found = shutil.which(name)
    if found:
        return found
    wix = os.environ.get("WIX")  # set by the WiX Toolset 3 installer
    if wix and (Path(wix) / "bin" / f"{name}.exe").is_file():
        return str(Path(wix) / "bin" / f"{name}.exe")
    raise BuildError(f"{name}.exe not found; install the WiX Toolset 3 (choco install wixtoolset)")


def build_msi(tool: str, fragment: Path, output: Path, version: str) -> None:
    # Relative, forward-slashed paths: both toolchains take them, and wixl takes no others.
    defines = {
        "Version": version,
        "BundleDir": BUNDLE.as_posix(),
        "ExeName": GUI_EXE,
        "IconFile": relative(HERE / "clerkdesk.ico"),
    }
    source = relative(HERE / "wix" / "ClerkDesk.wxs")
    output.parent.mkdir(parents=True, exist_ok=True)
    if tool == "wixl":
        command = ["wixl", "-a", "x64", "-o", str(output)]
        for key, value in defines.items():
            command += ["-D", f"{key}={value}"]
        say("$ " + " ".join([*command, source, fragment.as_posix()]))
        result = subprocess.run(
            [*command, source, fragment.as_posix()], text=True, capture_output=True
        )
        for line in (result.stdout + result.stderr).splitlines():
            if line.strip() and not any(noise in line for noise in WIXL_NOISE):
                print(line)
        if result.returncode != 0:
            raise BuildError(f"wixl exited with status {result.returncode}")
    else:
        objects = WORK / "wix"
        candle = [wix3_tool("candle"), "-nologo", "-arch", "x64", "-out", f"{objects}{os.sep}"]
        candle += [f"-d{key}={value}" for key, value in defines.items()]
        run([*candle, source, str(fragment)])
        light = [wix3_tool("light"), "-nologo", "-spdb", "-sice:ICE61", "-out", str(output)]
        run([*light, str(objects / "ClerkDesk.wixobj"), str(objects / "BundleFiles.wixobj")])
    if not output.is_file():
        raise BuildError(f"no MSI at {output}")
    say(f"msi: {output}, {megabytes(output.stat().st_size)} (ProductVersion {version})")


def inspect_msi(output: Path, expected_files: int, version: str) -> None:
    """Read the MSI back (msiinfo, from msitools): the version, the upgrade code, the shortcut
    and the number of files must be what the sources say."""
    if not shutil.which("msiinfo"):
        say("msi check: skipped (msiinfo not installed)")
        return

    def table(name: str) -> list[list[str]]:
        text = subprocess.run(
            ["msiinfo", "export", str(output), name], text=True, capture_output=True, check=True
        ).stdout
        return [line.split("\t") for line in text.splitlines()[3:] if line]

    properties = dict(row[:2] for row in table("Property"))
    problems = []
    if properties.get("ProductVersion") != version:
        problems.append(f"ProductVersion {properties.get('ProductVersion')}")
    if properties.get("UpgradeCode") != "{83C84466-BA00-421B-966B-501AA069EBF7}":
        problems.append(f"UpgradeCode {properties.get('UpgradeCode')}")
    if properties.get("ALLUSERS") != "1":
        problems.append("not a per-machine install (ALLUSERS)")
    shortcuts = table("Shortcut")
    if not any(row[1] == "ProgramMenuFolder" and row[8] == "ClerkDesk.ico" for row in shortcuts):
        problems.append("no Start-menu shortcut with the icon")
    files = table("File")
    if len(files) != expected_files:
        problems.append(f"{len(files)} files, expected {expected_files}")
    if problems:
        raise BuildError("the MSI is not what the sources say: " + "; ".join(problems))
    say(
        f"msi check: ProductVersion, UpgradeCode, ALLUSERS=1, Start-menu shortcut, "
        f"{len(files)} files"
    )


def relative(path: Path) -> str:
    return Path(os.path.relpath(path, Path.cwd())).as_posix()


# -- main ------------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Freeze ClerkDesk and build its MSI.")
    parser.add_argument("--msi-tool", choices=("auto", "wix3", "wixl"), default="auto")
    parser.add_argument("-o", "--output", type=Path, help="the MSI to write")
    parser.add_argument("--clean", action="store_true", help="empty PyInstaller's cache first")
    parser.add_argument("--skip-freeze", action="store_true", help="use dist/clerkdesk as it is")
    parser.add_argument("--skip-msi", action="store_true", help="stop after the self-test")
    parser.add_argument(
        "--windows-bundle",
        action="store_true",
        help="dist/clerkdesk is a Windows bundle frozen elsewhere (with --skip-freeze): package "
        "it here without running it (its self-tests ran where it was frozen)",
    )
    parser.add_argument(
        "--msi-version",
        help="the MSI's ProductVersion instead of the program's (a later one rehearses a "
        "major upgrade with the same bundle)",
    )
    args = parser.parse_args(argv)
    if args.windows_bundle:
        if not args.skip_freeze:
            parser.error("--windows-bundle packages a bundle frozen elsewhere: add --skip-freeze")
        global GUI_EXE, CLI_EXE
        GUI_EXE, CLI_EXE = "clerkdesk.exe", "clerkdesk-cli.exe"

    os.chdir(ROOT)
    version = version_info.version()
    output = args.output or DIST / f"ClerkDesk-{version}.msi"
    say(f"ClerkDesk {version} on {sys.platform}, Python {sys.version.split()[0]}")
    msi_version = args.msi_version or version_info.msi_version(version)
    stages = (
        [] if args.skip_freeze else [("guide", build_guide), ("freeze", lambda: freeze(args.clean))]
    )
    if not (args.windows_bundle and not IS_WINDOWS):
        stages.append(("self-test", self_test))
    if args.skip_freeze and not (BUNDLE / GUI_EXE).is_file():
        say(f"no bundle at {BUNDLE}; run without --skip-freeze")
        return 1
    fragment: list[Path] = []
    if not args.skip_msi:
        try:
            tool = choose_tool(args.msi_tool)
        except BuildError as exc:
            say(str(exc))
            return 1
        stages.append(("file list", lambda: fragment.append(file_list())))
        stages.append(("msi", lambda: build_msi(tool, fragment[0], output, msi_version)))
        files = lambda: len(wix_files.bundle_files(BUNDLE))  # noqa: E731
        stages.append(("msi check", lambda: inspect_msi(output, files(), msi_version)))

    started = time.perf_counter()
    timings = []
    for number, (name, stage) in enumerate(stages, start=1):
        say(f"[{number}/{len(stages)}] {name} ...")
        begun = time.perf_counter()
        try:
            stage()
        except BuildError as exc:
            say(f"[{number}/{len(stages)}] {name}: FAILED: {exc}")
            return 1
        elapsed = time.perf_counter() - begun
        timings.append(f"{name} {elapsed:.1f} s")
        say(f"[{number}/{len(stages)}] {name}: done in {elapsed:.1f} s")
    size, count = folder_size(BUNDLE)
    say(f"bundle size: {megabytes(size)} in {count} files ({BUNDLE})")
    if not args.skip_msi:
        say(f"installer: {output} ({megabytes(output.stat().st_size)})")
    say(f"times: {', '.join(timings)}; total {time.perf_counter() - started:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
