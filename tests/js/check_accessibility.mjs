// Checks HTML pages as a browser shows them: each page opened in Debian's headless Chromium
// (driven by playwright-core, which downloads no browser), then checked with axe-core against
// the WCAG 2.1 A and AA rules, and read with the keyboard alone: Tab pressed from the top of the
// page until focus has gone through every link. Prints, as JSON, for each page: axe's
// violations, how many rules passed, the links in the order of the page, and the links focus
// reached in the order it reached them. With --screenshot DIR, a PNG of each whole page is
// written there.
//
//   node check_accessibility.mjs [--screenshot DIR] PAGE.html…
//
// CHROMIUM names the browser (default /usr/bin/chromium).
import { mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { basename, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium } from "playwright-core";

const require = createRequire(import.meta.url);
const AXE = require.resolve("axe-core/axe.min.js");
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
const FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

const args = process.argv.slice(2);
let shots = null;
if (args[0] === "--screenshot") {
  shots = args[1];
  args.splice(0, 2);
}

// A fresh profile for every run: nothing of an earlier run (or of a user's browser) is read.
const profile = mkdtempSync(join(tmpdir(), "clerkdesk-chromium-"));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  headless: true,
  args: FLAGS,
  viewport: { width: 1280, height: 900 },
  offline: true,
});
const results = {};
try {
  for (const file of args) {
    const page = await context.newPage();
    await page.goto(pathToFileURL(resolve(file)).href);
    // What the page itself holds, before axe's own script is added to run the check.
    const scripts = await page.evaluate(() => document.querySelectorAll("script").length);
    const links = await page.evaluate(() =>
      Array.from(document.querySelectorAll("a[href]"), (a) => ({
        href: a.getAttribute("href"),
        text: a.textContent.trim(),
        // Shown at this width (a narrow screen's menu bar is not): only a shown link takes focus.
        shown: a.getClientRects().length > 0 && getComputedStyle(a).visibility !== "hidden",
      })),
    );
    const focused = [];
    await page.evaluate(() => document.activeElement && document.activeElement.blur());
    // Links and the page's other controls (a menu's button): room for both, until focus leaves.
    const controls = await page.evaluate(
      () => document.querySelectorAll("button, input, select, textarea, [tabindex]").length,
    );
    for (let i = 0; i < links.length + controls + 1; i++) {
      await page.keyboard.press("Tab");
      const now = await page.evaluate(() => {
        const element = document.activeElement;
        if (!element || element === document.body) return null;
        return {
          tag: element.tagName.toLowerCase(),
          href: element.getAttribute("href"),
          text: element.textContent.trim(),
          label: element.getAttribute("aria-label") || element.getAttribute("title") || "",
          outline: getComputedStyle(element).outlineStyle,
        };
      });
      if (now === null) break; // focus left the page: every focusable element was passed
      focused.push(now);
    }
    if (shots !== null) {
      await page.screenshot({ path: join(shots, basename(file) + ".png"), fullPage: true });
    }
    await page.addScriptTag({ path: AXE });
    const axe = await page.evaluate(
      (tags) => window.axe.run(document, { runOnly: { type: "tag", values: tags } }),
      TAGS,
    );
    results[file] = {
      scripts,
      violations: axe.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.map((n) => n.target.join(" ")),
      })),
      passes: axe.passes.length,
      incomplete: axe.incomplete.map((v) => v.id),
      links,
      focused,
    };
    await page.close();
  }
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}
process.stdout.write(JSON.stringify(results));
