"""Help → User guide and F1: the guide opens in the browser at the section about the page in
front of the clerk, each page's section is in the guide's table of contents (mkdocs.yml) and, in
the guide as MkDocs builds it (strict: no broken link), its anchor is on that page.

The URL is caught as the operating system would be handed it: QDesktopServices sends `file:`
URLs to the handler set here (QDesktopServices.setUrlHandler), instead of to a browser."""

from __future__ import annotations

import importlib.util
import itertools
import os
import re
import shutil
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices

from clerkdesk.gui.files import guide
from clerkdesk.gui.pages.registry import page_entries

ROOT = Path(__file__).resolve().parents[2]
# The pages the guide was written with, each with a section of its own (declared once, in its
# register_page); a page added later opens the guide's first page until its chapter is written.
WRITTEN_FOR = (
    "today",
    "accounts",
    "people",
    "departments",
    "reviews",
    "requests",
    "removals",
    "elections",
    "exceptions",
    "site_checks",
    "audit",
    "settings",
)


@pytest.fixture
def opened() -> list[str]:
    """Here the URL goes to the real QDesktopServices.openUrl (conftest's stand-in is set
    aside), and from there to the handler below."""
    return []


class UrlCatcher(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def catch(self, url: QUrl) -> None:
        self.urls.append(url)


@pytest.fixture
def browser(qapp: Any) -> Any:
    catcher = UrlCatcher()
    QDesktopServices.setUrlHandler("file", catcher, "catch")
    yield catcher
    QDesktopServices.unsetUrlHandler("file")


@pytest.fixture(scope="session")
def built_guide(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The guide built by scripts/build_guide (screenshots from the demonstration city, then
    `mkdocs build --strict`) into a folder of the test run's own."""
    if importlib.util.find_spec("mkdocs") is None:
        message = "mkdocs is not installed (scripts/setup installs it), so the guide is not built"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    site = tmp_path_factory.mktemp("guide")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "build_guide.py"), str(site)],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-4000:]
    return site


@pytest.fixture
def guide_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A built guide as far as the window needs one: its index.html."""
    (tmp_path / "index.html").write_text("<html lang='en'></html>", encoding="utf-8")
    monkeypatch.setattr(guide, "guide_dir", lambda: tmp_path)
    return tmp_path


def nav_pages() -> set[str]:
    """The Markdown pages mkdocs.yml's table of contents names."""
    text = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    nav = text[text.index("\nnav:") :]
    return set(re.findall(r":\s*(\S+\.md)\s*$", nav, flags=re.MULTILINE))


def test_each_page_declares_its_section_of_the_guide() -> None:
    entries = {entry.key: entry.guide for entry in page_entries()}
    for key in WRITTEN_FOR:
        page, _, anchor = entries[key].partition("#")
        assert page.endswith(".html") and anchor, (key, entries[key])
    assert entries["today"] == "first-day.html#the-today-page"


def test_f1_on_each_page_opens_its_section(
    window: Any, qtbot: Any, browser: UrlCatcher, guide_folder: Path
) -> None:
    for entry in page_entries():
        window.go(entry.key)
        assert window.current_key() == entry.key
        qtbot.keyClick(window, Qt.Key.Key_F1)
        qtbot.waitUntil(lambda: len(browser.urls) > 0)
        url = browser.urls.pop()
        page, _, anchor = (entry.guide or "index.html").partition("#")
        assert url.isLocalFile(), url.toString()
        assert Path(url.toLocalFile()) == guide_folder / page, entry.key
        assert url.fragment() == anchor, entry.key
    assert browser.urls == []


def test_help_menu_has_the_user_guide_on_f1(window: Any) -> None:
    action = window.ui.action_user_guide
    assert action in window.ui.menu_help.actions()
    assert action.text() == "&User guide"
    assert [key.toString() for key in action.shortcuts()] == ["F1"]


def test_without_a_built_guide_f1_says_so_plainly(
    window: Any, qtbot: Any, browser: UrlCatcher, answers: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(guide, "guide_dir", lambda: None)
    window.go("reviews")
    qtbot.keyClick(window, Qt.Key.Key_F1)
    assert answers.infos == ["The user guide is not built here: run scripts/build_guide"]
    assert browser.urls == []


def test_the_guide_is_found_where_build_guide_puts_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """From a source checkout, build/guide; in the frozen program, clerkdesk/guide in the
    bundle (packaging/clerkdesk.spec puts it there)."""
    bundle = tmp_path / "bundle"
    (bundle / "clerkdesk" / "guide").mkdir(parents=True)
    (bundle / "clerkdesk" / "guide" / "index.html").write_text("x", encoding="utf-8")
    monkeypatch.setattr(sys, "_MEIPASS", str(bundle), raising=False)
    assert guide.guide_dir() == bundle / "clerkdesk" / "guide"
    url = guide.guide_url(bundle / "clerkdesk" / "guide", "reviews.html#the-reviews-page")
    assert url.scheme() == "file"
    assert url.fragment() == "the-reviews-page"
    assert url.toLocalFile().endswith("clerkdesk/guide/reviews.html")


def test_every_section_a_page_opens_is_in_the_table_of_contents() -> None:
    pages = nav_pages()
    assert "index.md" in pages
    for entry in page_entries():
        page = (entry.guide or "index.html").partition("#")[0]
        assert page.removesuffix(".html") + ".md" in pages, (entry.key, page)
    for page in pages:
        assert (ROOT / "guide" / page).is_file(), page


class _Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.ids: set[str] = set()
        self.headings: list[int] = []
        self.images_without_alt: list[str] = []
        self.lang = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if values.get("id"):
            self.ids.add(values["id"] or "")
        if tag == "html":
            self.lang = values.get("lang") or ""
        if re.fullmatch(r"h[1-6]", tag):
            self.headings.append(int(tag[1]))
        if tag == "img" and not (values.get("alt") or "").strip():
            self.images_without_alt.append(values.get("src") or "")


def read_page(path: Path) -> _Page:
    page = _Page()
    page.feed(path.read_text(encoding="utf-8"))
    return page


def test_each_pages_anchor_is_in_the_built_guide(built_guide: Path) -> None:
    for entry in page_entries():
        page, _, anchor = (entry.guide or "index.html").partition("#")
        assert (built_guide / page).is_file(), (entry.key, page)
        if anchor:
            assert anchor in read_page(built_guide / page).ids, (entry.key, entry.guide)


def test_the_built_guide_has_every_page_and_its_pictures(built_guide: Path) -> None:
    """Every page of the table of contents, each with its language, one h1 and headings in
    order, and every picture with its text alternative and its file (a screenshot taken)."""
    for name in nav_pages():
        path = built_guide / name.replace(".md", ".html")
        page = read_page(path)
        assert page.lang == "en", name
        assert page.headings.count(1) == 1, name
        levels = page.headings[page.headings.index(1) :]
        assert all(b - a <= 1 for a, b in itertools.pairwise(levels)), (name, levels)
        assert page.images_without_alt == [], name
        text = path.read_text(encoding="utf-8")
        for src in re.findall(r'<img [^>]*src="([^"]+)"', text):
            assert (path.parent / src).is_file(), (name, src)
    assert len(list((built_guide / "images").glob("page-*.png"))) == len(page_entries())


def test_start_up_reads_nothing_of_the_guide(tmp_path: Path) -> None:
    """The window's shell, as it starts: the guide's module is imported, and its folder looked
    for, only when the clerk asks for the guide."""
    code = (
        "import sys\n"
        "from PySide6.QtCore import QSettings\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from clerkdesk.gui.window.main_window import MainWindow\n"
        "from clerkdesk.paths import resolve_paths\n"
        "app = QApplication([])\n"
        f"paths = resolve_paths(home={str(tmp_path)!r})\n"
        "settings = QSettings(str(paths.settings_file), QSettings.Format.IniFormat)\n"
        "window = MainWindow(paths, settings)\n"
        "window.show()\n"
        "app.processEvents()\n"
        "print([m for m in sys.modules if m.endswith('files.guide') or m.startswith('mkdocs')])\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", CLERKDESK_HOME=str(tmp_path))
    env.pop("CLERKDESK_DB", None)
    done = subprocess.run(
        [sys.executable, "-c", code],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert done.stdout.strip() == "[]"


def test_the_frozen_program_carries_the_guide() -> None:
    """packaging/build.py builds the guide before it freezes, and the spec puts it where
    guide_dir() looks in a bundle; .ci/run builds it before the tests."""
    spec = (ROOT / "packaging" / "clerkdesk.spec").read_text(encoding="utf-8")
    assert '(str(GUIDE), "clerkdesk/guide")' in spec
    build = (ROOT / "packaging" / "build.py").read_text(encoding="utf-8")
    assert '[("guide", build_guide), ("freeze"' in build
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    assert ci.index("scripts/build_guide") < next(
        i for i, line in enumerate(ci) if line.startswith("scripts/test")
    )


def test_a_broken_link_fails_the_build(built_guide: Path, tmp_path: Path) -> None:
    """mkdocs.yml builds strictly: the guide as it is builds (the fixture), and the same guide
    with one link to a page that is not there does not."""
    shutil.copytree(ROOT / "guide", tmp_path / "guide")
    shutil.copytree(ROOT / "guide_theme", tmp_path / "guide_theme")
    shutil.copy(ROOT / "mkdocs.yml", tmp_path / "mkdocs.yml")
    index = tmp_path / "guide" / "index.md"
    index.write_text(
        index.read_text(encoding="utf-8") + "\nSee [the missing page](missing.md).\n",
        encoding="utf-8",
    )
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(tmp_path / "s")],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode != 0
    assert "missing.md" in result.stdout + result.stderr


def test_every_guide_page_passes_axe_core_and_the_keyboard(built_guide: Path) -> None:
    """Each page of the guide, as Chromium shows it: no WCAG 2.1 A or AA violation axe-core
    finds, and Tab reaches every link in the order of the page."""
    from tests.support.page_checker import check_pages

    pages = [built_guide / name.replace(".md", ".html") for name in sorted(nav_pages())]
    found = check_pages(pages)
    assert len(found) == len(pages)
    for page, result in found.items():
        assert result["violations"] == [], (page, [v["id"] for v in result["violations"]])
        reachable = [link["href"] for link in result["links"] if link["shown"]]
        assert [f["href"] for f in result["focused"] if f["tag"] == "a"] == reachable, page
        # Every other control focus stops on (the contents' section button) says what it is.
        assert all(f["text"] or f["label"] for f in result["focused"] if f["tag"] != "a"), page
