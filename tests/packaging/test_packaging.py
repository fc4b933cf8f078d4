"""The packaging sources: the spec, the WiX source with its fixed upgrade code, the icon, the
version resource, and the generator of the bundle's WiX file list (stable ids, build after
build)."""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import struct
import subprocess
import sys
import uuid
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest

import clerkdesk

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
WXS = PACKAGING / "wix" / "ClerkDesk.wxs"
NS = {"w": "http://schemas.microsoft.com/wix/2006/wi"}
UPGRADE_CODE = "83C84466-BA00-421B-966B-501AA069EBF7"  # never changes, or upgrades break
MSI_ID = re.compile(r"^[A-Za-z_][A-Za-z0-9_.]{0,71}$")
GUID = re.compile(r"^[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$")


def _load(name: str) -> ModuleType:
    """A packaging script as a module, without putting packaging/ on sys.path."""
    spec = importlib.util.spec_from_file_location(f"packaging_{name}", PACKAGING / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


version_info = _load("version_info")
wix_files = _load("wix_files")


def test_the_packaging_files_are_there() -> None:
    for name in (
        "clerkdesk.spec",
        "launcher.py",
        "build.py",
        "ci-build.sh",
        "version_info.py",
        "wix_files.py",
        "make_icon.py",
        "clerkdesk.ico",
        "wix/ClerkDesk.wxs",
    ):
        assert (PACKAGING / name).is_file(), name
    assert os.access(PACKAGING / "ci-build.sh", os.X_OK)
    assert (ROOT / ".github" / "workflows" / "windows.yml").is_file()
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for section in ("## Deployment (for IT)", "msiexec /i", "schtasks", "PostgreSQL"):
        assert section in readme, section


def test_the_spec_carries_what_is_found_only_at_run_time() -> None:
    spec = (PACKAGING / "clerkdesk.spec").read_text(encoding="utf-8")
    for needed in (
        '"clerkdesk/resources"',  # where clerkdesk/resources.py looks in a bundle
        '"clerkdesk" / "store" / "migrations"',  # Alembic's scripts, as files
        '".mako"',
        'collect_submodules(\n    "clerkdesk"',  # pages imported by name
        'collect_submodules("keyring.backends")',
        '"keyring.backends.Windows"',
        'collect_submodules("win32ctypes")',
        "console=False",  # the windowed clerkdesk.exe
        '"clerkdesk-cli"',
        '"tkinter"',
        "version_info.write_version_file",
        'PACKAGING / "clerkdesk.ico"',
        '("X utf8_mode=1", None, "OPTION")',  # UTF-8 out whatever the Windows code page
        "OPTIONS,\n        exclude_binaries=True",
    ):
        assert needed in spec, needed


def test_the_migrations_ship_next_to_the_schema_module() -> None:
    from clerkdesk.store import schema

    folder = schema.migrations_dir()
    assert folder == Path(schema.__file__).resolve().parent / "migrations"
    assert (folder / "env.py").is_file()
    assert (folder / "script.py.mako").is_file()
    assert any((folder / "versions").glob("0001_*.py"))


# -- the WiX source ----------------------------------------------------------------------------


def wxs() -> ET.Element:
    return ET.parse(WXS).getroot()


def test_the_installer_is_per_machine_with_a_fixed_upgrade_code() -> None:
    product = wxs().find("w:Product", NS)
    assert product is not None
    assert product.get("UpgradeCode") == UPGRADE_CODE
    assert product.get("Id") == "*"  # a new product code per build: every install upgrades
    assert product.get("Version") == "$(var.Version)"
    package = product.find("w:Package", NS)
    assert package is not None and package.get("InstallScope") == "perMachine"
    assert product.find("w:MajorUpgrade", NS) is not None
    program_files = product.find(".//w:Directory[@Id='ProgramFiles64Folder']", NS)
    assert program_files is not None
    assert program_files.find("w:Directory[@Id='INSTALLFOLDER']", NS) is not None
    build = (PACKAGING / "build.py").read_text(encoding="utf-8")
    assert "{" + UPGRADE_CODE + "}" in build  # the MSI check reads the same code back


def test_the_start_menu_shortcut_has_the_icon() -> None:
    product = wxs().find("w:Product", NS)
    assert product is not None
    icon = product.find("w:Icon", NS)
    assert icon is not None and icon.get("SourceFile") == "$(var.IconFile)"
    shortcut = product.find(".//w:DirectoryRef[@Id='ProgramMenuFolder']//w:Shortcut", NS)
    assert shortcut is not None
    assert shortcut.get("Icon") == icon.get("Id")
    assert shortcut.get("Target") == "[#ClerkDeskExe]"
    arp = product.find("w:Property[@Id='ARPPRODUCTICON']", NS)
    assert arp is not None and arp.get("Value") == icon.get("Id")
    feature = product.find("w:Feature", NS)
    assert feature is not None
    assert feature.find("w:ComponentGroupRef[@Id='BundleFiles']", NS) is not None


def test_the_icon_holds_the_sizes_windows_asks_for() -> None:
    data = (PACKAGING / "clerkdesk.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind) == (0, 1)
    sizes = set()
    for i in range(count):
        width, _, _, _, _, _, length, offset = struct.unpack_from("<BBBBHHII", data, 6 + 16 * i)
        sizes.add(width or 256)
        assert data[offset : offset + 8] == b"\x89PNG\r\n\x1a\n"
        assert offset + length <= len(data)
    assert {16, 24, 32, 48, 256} <= sizes


# -- the version resource ------------------------------------------------------------------------


def test_one_version_number() -> None:
    assert version_info.version() == clerkdesk.__version__
    major, minor, build, _ = version_info.numeric(clerkdesk.__version__)
    assert version_info.msi_version(clerkdesk.__version__) == f"{major}.{minor}.{build}"
    assert version_info.numeric("1.2.3rc1") == (1, 2, 3, 0)
    assert version_info.msi_version("2.10") == "2.10.0"
    with pytest.raises(ValueError):
        version_info.msi_version("256.0.0")


def test_the_version_file_is_what_pyinstaller_reads() -> None:
    text = version_info.version_file_text("1.4.2", "clerkdesk-cli.exe")

    def record(kind: str):  # type: ignore[no-untyped-def]
        return lambda *args, **kwargs: (kind, args, kwargs)

    names = (
        "VSVersionInfo FixedFileInfo StringFileInfo StringTable StringStruct VarFileInfo VarStruct"
    )
    info = eval(text, {name: record(name) for name in names.split()})
    assert info[0] == "VSVersionInfo"
    fixed = info[2]["ffi"]
    assert fixed[2]["filevers"] == fixed[2]["prodvers"] == (1, 4, 2, 0)
    strings = dict(s[1] for s in info[2]["kids"][0][1][0][0][1][1])
    assert strings["ProductVersion"] == strings["FileVersion"] == "1.4.2"
    assert strings["OriginalFilename"] == "clerkdesk-cli.exe"
    assert strings["ProductName"] == "ClerkDesk"


# -- the bundle's file list ----------------------------------------------------------------------

FAKE_BUNDLE = (
    "clerkdesk.exe",
    "clerkdesk-cli.exe",
    "_internal/base_library.zip",
    "_internal/python311.dll",
    "_internal/PySide6/Qt6Core.dll",
    "_internal/PySide6/plugins/platforms/qwindows.dll",
    "_internal/clerkdesk/resources/profiles/stoughton.toml",
    "_internal/clerkdesk/resources/fonts/DejaVuSans.ttf",
    "_internal/clerkdesk/store/migrations/env.py",
    "_internal/clerkdesk/store/migrations/versions/0001_initial_schema.py",
)


def fake_bundle(root: Path, files: tuple[str, ...] = FAKE_BUNDLE) -> Path:
    bundle = root / "dist" / "clerkdesk"
    for name in files:
        path = bundle / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(name.encode())
    return bundle


def generate(bundle: Path, out: Path, *extra: str) -> str:
    result = subprocess.run(
        [sys.executable, str(PACKAGING / "wix_files.py"), str(bundle), "-o", str(out), *extra],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    assert "wix_files: " in result.stdout
    return out.read_text(encoding="utf-8")


def components(text: str) -> dict[str, tuple[str, str, str]]:
    """source path -> (component id, component GUID, file id)"""
    root = ET.fromstring(text)
    found = {}
    for component in root.iter(f"{{{NS['w']}}}Component"):
        file = component.find("w:File", NS)
        assert file is not None and file.get("KeyPath") == "yes"
        assert component.get("Win64") == "yes"
        source = file.get("Source", "")
        assert source.startswith("$(var.BundleDir)/")
        assert file.get("Name") == source.rsplit("/", 1)[-1]
        found[source.removeprefix("$(var.BundleDir)/")] = (
            component.get("Id", ""),
            component.get("Guid", ""),
            file.get("Id", ""),
        )
    group = root.find(".//w:ComponentGroup[@Id='BundleFiles']", NS)
    assert group is not None
    refs = [ref.get("Id") for ref in group.findall("w:ComponentRef", NS)]
    assert sorted(refs) == sorted(c[0] for c in found.values())
    return found


def test_the_file_list_has_every_file_but_the_main_executable(tmp_path: Path) -> None:
    bundle = fake_bundle(tmp_path)
    text = generate(bundle, tmp_path / "files.wxs", "--exclude", "clerkdesk.exe")
    found = components(text)
    assert set(found) == set(FAKE_BUNDLE) - {"clerkdesk.exe"}
    ids = [i for triple in found.values() for i in (triple[0], triple[2])]
    assert len(ids) == len(set(ids))
    assert all(MSI_ID.match(i) for i in ids)
    assert all(GUID.match(triple[1]) for triple in found.values())
    root = ET.fromstring(text)
    directory_ids = [d.get("Id", "") for d in root.iter(f"{{{NS['w']}}}Directory")]
    assert len(directory_ids) == len(set(directory_ids))
    assert all(MSI_ID.match(i) for i in directory_ids)
    assert root.find(".//w:DirectoryRef[@Id='INSTALLFOLDER']", NS) is not None


def test_ids_and_guids_are_stable_from_build_to_build(tmp_path: Path) -> None:
    first = generate(fake_bundle(tmp_path / "a"), tmp_path / "a.wxs")
    second = generate(fake_bundle(tmp_path / "b"), tmp_path / "b.wxs")  # another folder
    assert first == second
    # A new file leaves every other file's ids as they were.
    grown = fake_bundle(tmp_path / "c", (*FAKE_BUNDLE, "_internal/new.dll"))
    before, after = components(first), components(generate(grown, tmp_path / "c.wxs"))
    assert {k: v for k, v in after.items() if k != "_internal/new.dll"} == before
    # The GUID is a name-based UUID of the path: the same on any machine.
    expected = uuid.uuid5(wix_files.GUID_NAMESPACE, "ClerkDesk/_internal/python311.dll")
    assert before["_internal/python311.dll"][1] == str(expected).upper()


def test_names_that_differ_only_in_case_are_refused(tmp_path: Path) -> None:
    bundle = fake_bundle(tmp_path, ("a/Readme.txt", "a/README.txt"))
    if len(list((bundle / "a").iterdir())) < 2:
        pytest.skip("this file system ignores case")
    with pytest.raises(SystemExit, match="differ only in case"):
        wix_files.bundle_files(bundle)


@pytest.mark.skipif(not shutil.which("wixl"), reason="wixl (msitools) is not installed")
def test_wixl_builds_an_msi_from_the_sources(tmp_path: Path) -> None:
    bundle = fake_bundle(tmp_path)
    fragment = tmp_path / "files.wxs"
    generate(bundle, fragment, "--exclude", "clerkdesk.exe")
    icon = os.path.relpath(PACKAGING / "clerkdesk.ico", tmp_path)
    source = os.path.relpath(WXS, tmp_path)
    msi = tmp_path / "test.msi"
    command = ["wixl", "-a", "x64", "-o", msi.name]
    for define in ("Version=1.2.3", "BundleDir=dist/clerkdesk", "ExeName=clerkdesk.exe"):
        command += ["-D", define]
    command += ["-D", f"IconFile={Path(icon).as_posix()}", Path(source).as_posix(), fragment.name]
    result = subprocess.run(command, cwd=tmp_path, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    if not shutil.which("msiinfo"):
        return

    def table(name: str) -> list[list[str]]:
        text = subprocess.run(
            ["msiinfo", "export", str(msi), name], capture_output=True, text=True, check=True
        ).stdout
        return [line.split("\t") for line in text.splitlines()[3:] if line]

    properties = dict(row[:2] for row in table("Property"))
    assert properties["ProductVersion"] == "1.2.3"
    assert properties["UpgradeCode"] == "{" + UPGRADE_CODE + "}"
    assert properties["ALLUSERS"] == "1"
    assert len(table("File")) == len(FAKE_BUNDLE)
    (shortcut,) = table("Shortcut")
    assert shortcut[1:3] == ["ProgramMenuFolder", "ClerkDesk"]
    assert shortcut[8] == "ClerkDesk.ico"
    actions = {row[0] for row in table("InstallExecuteSequence")}
    assert {"FindRelatedProducts", "RemoveExistingProducts"} <= actions
    assert_per_machine(msi, properties, table)


def assert_per_machine(msi: Path, properties: dict[str, str], table) -> None:  # type: ignore[no-untyped-def]
    """The Start-menu shortcut and the uninstall entry are every user's: ALLUSERS=1 makes
    Windows Installer resolve ProgramMenuFolder to the all-users Programs folder (ProgramData)
    and register the product under HKLM; nothing may make the install per user."""
    assert properties["ALLUSERS"] == "1"
    assert "MSIINSTALLPERUSER" not in properties
    directories = {row[0]: row[1] for row in table("Directory")}
    (shortcut,) = table("Shortcut")
    assert shortcut[1] == "ProgramMenuFolder"  # the standard folder itself, not a property
    assert directories["ProgramMenuFolder"] == "TARGETDIR"
    assert directories["INSTALLFOLDER"] == "ProgramFiles64Folder"
    # Its component's key path: a registry value under HKCU (1) or HKMU (-1), as ICE43 asks
    # of a shortcut that is not advertised; never a per-user file.
    components = {row[0]: row for row in table("Component")}
    component = components[shortcut[3]]
    registry = {row[0]: row for row in table("Registry")}
    assert component[5] in registry and registry[component[5]][1] in ("1", "-1")
    # The summary's word count (msiinfo says "Source"): bit 8 would mean "no elevation needed",
    # a per-user package.
    info = subprocess.run(["msiinfo", "suminfo", str(msi)], capture_output=True, text=True).stdout
    words = re.search(r"Source:\s*(\d+)", info)
    assert words is not None and int(words.group(1)) & 8 == 0, info


def test_every_dependency_is_pinned_for_the_windows_program() -> None:
    """The Windows stage installs only what requirements-windows.txt pins (--no-deps): a
    dependency added to pyproject.toml and not pinned there is missing from the installer."""
    import tomllib

    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    wanted = {
        re.split(r"[<>=;\s\[]", dependency, maxsplit=1)[0].lower().replace("_", "-")
        for dependency in project["dependencies"]
    }
    pins = ROOT / "packaging" / "wine" / "requirements-windows.txt"
    pinned = {
        line.split("==")[0].lower().replace("_", "-")
        for line in pins.read_text().splitlines()
        if "==" in line and not line.startswith("#")
    }
    assert wanted - pinned == set()
    assert all("--hash=sha256:" in block for block in pins.read_text().split("==")[1:])
