"""Write the WiX fragment that lists every file of the PyInstaller one-folder bundle.

    python packaging/wix_files.py dist/clerkdesk -o build/wix/BundleFiles.wxs \\
        --exclude clerkdesk.exe

WiX's `heat` does this on Windows only; this works anywhere and its output suits both WiX 3
(candle/light) and wixl. One component per file, as Windows Installer wants. Every id and
component GUID is derived from the file's path inside the bundle, so the same file gets the same
ids in every build and the fragment changes only when the bundle's contents do.

The files go under the directory `INSTALLFOLDER` (see ClerkDesk.wxs) and are gathered in the
component group `BundleFiles`. Files named with --exclude are left to ClerkDesk.wxs, which
gives the main executable its Start-menu shortcut.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import sys
import uuid
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from pathlib import Path

WIX_NS = "http://schemas.microsoft.com/wix/2006/wi"
# The namespace of ClerkDesk's component GUIDs; never change it, or every upgrade would see
# all components as new ones.
GUID_NAMESPACE = uuid.UUID("66c7d649-6d23-4884-a4a0-b593e0cbce38")


def _digest(kind: str, relative: str) -> str:
    return hashlib.sha1(f"{kind}:{relative}".encode()).hexdigest()[:32].upper()


def file_id(relative: str) -> str:
    return "fil" + _digest("file", relative)


def component_id(relative: str) -> str:
    return "cmp" + _digest("component", relative)


def directory_id(relative: str) -> str:
    return "dir" + _digest("directory", relative)


def component_guid(relative: str) -> str:
    return str(uuid.uuid5(GUID_NAMESPACE, f"ClerkDesk/{relative}")).upper()


def bundle_files(bundle: Path, exclude: Iterable[str] = ()) -> list[str]:
    """The bundle's files as sorted POSIX paths relative to it (symbolic links to files are
    taken as the files they point to; Windows bundles have none)."""
    skipped = set(exclude)
    found = []
    for folder, dirs, files in os.walk(bundle):
        dirs.sort()
        for name in sorted(files):
            path = Path(folder) / name
            relative = path.relative_to(bundle).as_posix()
            if relative in skipped or not path.is_file():
                continue
            found.append(relative)
    clashes = _case_clashes(found)
    if clashes:
        raise SystemExit(f"wix_files: names that differ only in case: {', '.join(clashes)}")
    return sorted(found)


def _case_clashes(paths: list[str]) -> list[str]:
    seen: dict[str, str] = {}
    clashes = []
    for path in paths:
        key = path.lower()
        if key in seen:
            clashes.append(f"{seen[key]} / {path}")
        seen[key] = path
    return clashes


def fragment(
    files: list[str],
    source_var: str = "BundleDir",
    directory_ref: str = "INSTALLFOLDER",
    group: str = "BundleFiles",
    win64: bool = True,
) -> ET.Element:
    """The <Wix> element: a DirectoryRef tree holding the components, and the group."""
    ET.register_namespace("", WIX_NS)

    def element(parent: ET.Element | None, tag: str, **attributes: str) -> ET.Element:
        name = f"{{{WIX_NS}}}{tag}"
        node = ET.Element(name, attributes) if parent is None else ET.SubElement(parent, name)
        node.attrib.update(attributes)
        return node

    wix = element(None, "Wix")
    tree = element(element(wix, "Fragment"), "DirectoryRef", Id=directory_ref)
    folders: dict[str, ET.Element] = {"": tree}

    def folder_of(relative_dir: str) -> ET.Element:
        if relative_dir not in folders:
            parent, _, name = relative_dir.rpartition("/")
            folders[relative_dir] = element(
                folder_of(parent), "Directory", Id=directory_id(relative_dir), Name=name
            )
        return folders[relative_dir]

    components = []
    for relative in files:
        parent, _, name = relative.rpartition("/")
        attributes = {"Id": component_id(relative), "Guid": component_guid(relative)}
        if win64:
            attributes["Win64"] = "yes"
        component = element(folder_of(parent), "Component", **attributes)
        element(
            component,
            "File",
            Id=file_id(relative),
            Name=name,
            Source=f"$(var.{source_var})/{relative}",
            KeyPath="yes",
        )
        components.append(attributes["Id"])

    group_node = element(element(wix, "Fragment"), "ComponentGroup", Id=group)
    for cid in components:
        element(group_node, "ComponentRef", Id=cid)
    return wix


def write_fragment(
    bundle: Path, output: Path, exclude: Iterable[str] = (), **options: object
) -> list[str]:
    files = bundle_files(bundle, exclude)
    if not files:
        raise SystemExit(f"wix_files: no files in {bundle}")
    wix = fragment(files, **options)  # type: ignore[arg-type]
    ET.indent(wix, space="  ")
    text = ET.tostring(wix, encoding="unicode")
    header = (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        "<!-- Generated by packaging/wix_files.py from the PyInstaller bundle; do not edit. -->\n"
    )
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(header + text + "\n", encoding="utf-8")
    return files


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Write the WiX fragment for a bundle folder.")
    parser.add_argument("bundle", type=Path, help="the one-folder bundle (dist/clerkdesk)")
    parser.add_argument("-o", "--output", type=Path, required=True, help="the .wxs to write")
    parser.add_argument(
        "--exclude",
        action="append",
        default=[],
        metavar="PATH",
        help="a file (relative to the bundle) that the main .wxs installs itself",
    )
    parser.add_argument("--source-var", default="BundleDir", help="preprocessor variable")
    parser.add_argument("--directory-ref", default="INSTALLFOLDER")
    parser.add_argument("--group", default="BundleFiles")
    args = parser.parse_args(argv)
    if not args.bundle.is_dir():
        parser.error(f"{args.bundle} is not a folder")
    files = write_fragment(
        args.bundle,
        args.output,
        args.exclude,
        source_var=args.source_var,
        directory_ref=args.directory_ref,
        group=args.group,
    )
    folders = {f.rpartition("/")[0] for f in files}
    print(f"wix_files: {len(files)} files in {len(folders)} folders -> {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
