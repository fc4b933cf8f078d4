"""The site checklist (R11, R13-R15) the custodian fills in while looking at an account's site:
the notices the policy requires, direct messages, multi-factor authentication, the last post,
where the records are archived, and the upkeep where the city's policy asks it (R14,
Janesville); signed and dated, then entered as a site check."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from reportlab.lib import colors
from reportlab.lib.units import inch
from reportlab.platypus import KeepTogether, Spacer, Table, TableStyle

from .layout import MARGIN, PAGE, RULE, PrintHeader, TickBox, build_pdf, para, styles
from .paper import signature_block, tick_choices


@dataclass(frozen=True)
class ChecklistData:
    account: str
    platform: str
    handle: str
    department: str
    custodian: str
    office: str
    last_check: str  # "2026-03-02 by Priya Raman", or "never checked"
    open_findings: tuple[str, ...]
    notices: tuple[str, ...]  # the wording of each notice the profile requires
    exceptions: tuple[str, ...]  # "E-1: direct messages kept on for tips (until 2027-06-30)"
    abandoned_days: int | None  # None where a site's last post makes no finding
    # R21: the city's accessibility date in words ("" where it has none) and what WCAG asks
    # of the posts since then.
    accessible_from: str = ""
    accessibility: tuple[str, ...] = ()
    # R14: the upkeep the city's policy asks of its users, each a question answered yes or no
    # (Janesville: monitored each work day, questions answered within 48 hours; Stoughton:
    # monitored as the approving Department Head directed, at its frequency); none elsewhere.
    upkeep: tuple[str, ...] = ()


def _grid(rows: list[list[object]], widths: list[float], header: bool = True) -> Table:
    table = Table(rows, colWidths=widths, repeatRows=1 if header else 0)
    style = [
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#aaaaaa")),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
    ]
    if header:
        style.append(("LINEBELOW", (0, 0), (-1, 0), 0.9, RULE))
    table.setStyle(TableStyle(style))
    return table


def render_checklist(data: ChecklistData, header: PrintHeader, out: Path | BinaryIO) -> None:
    st = styles()
    width = PAGE[0] - 2 * MARGIN
    body, small, label, value = st["body"], st["small"], st["label"], st["value"]
    facts = Table(
        [
            [para("Account", label), para(f"{data.account} ({data.platform})", value)],
            [para("Handle", label), para(data.handle or "-", value)],
            [para("Department", label), para(data.department, value)],
            [para("Custodian", label), para(data.custodian or "none designated", value)],
            [para("Last check", label), para(data.last_check, value)],
        ],
        colWidths=[1.3 * inch, width - 1.3 * inch],
    )
    facts.setStyle(
        TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)])
    )
    story: list[object] = [
        para("Site checklist", st["title"]),
        para(f"{data.account}", st["subtitle"]),
        para(
            "Open the site as a visitor would, tick what you find, sign and date the checklist "
            f"and return it to the {data.office}, who enters it as the account's site check.",
            small,
        ),
        Spacer(1, 6),
        facts,
    ]
    if data.open_findings:
        story += [para("Found by the last check, still open", st["heading"])]
        story += [para(f"\u2022 {f}", body) for f in data.open_findings]
    if data.exceptions:
        story += [para("Exceptions covering the account", st["heading"])]
        story += [para(f"\u2022 {e}", body) for e in data.exceptions]
    if data.notices:  # none where the city's policy asks for none (R15 off)
        story.append(para("Required notices: does the site show...", st["heading"]))
        rows: list[list[object]] = [
            [para("Notice", label), para("Shown", label), para("Missing", label)]
        ]
        rows += [[para(n, body), TickBox(), TickBox()] for n in data.notices]
        story.append(_grid(rows, [width - 1.4 * inch, 0.7 * inch, 0.7 * inch]))
    if data.accessible_from:
        story.append(
            para(f"Accessibility of the posts since {data.accessible_from}", st["heading"])
        )
        story.append(para("Do they meet WCAG 2.1 AA, as the law asks (28 CFR 35.200)?", small))
        asks: list[list[object]] = [[para("Look at", label), para("Yes", label), para("No", label)]]
        asks += [[para(a, body), TickBox(), TickBox()] for a in data.accessibility]
        story.append(_grid(asks, [width - 1.4 * inch, 0.7 * inch, 0.7 * inch]))
    story.append(para("Settings and upkeep", st["heading"]))
    right = width - 1.9 * inch - 8
    setting_rows: list[list[object]] = [
        [
            para("Direct messages", body),
            tick_choices(
                ("Off", "On, archived for public records", "On, not archived"), body, right
            ),
        ],
        [
            para("Multi-factor authentication", body),
            tick_choices(("On", "Off", "The platform does not offer it"), body, right),
        ],
        [
            para("Date of the last post", body),
            para(
                "____________________"
                + (
                    f"  (a site without a post for more than {data.abandoned_days} days "
                    "looks abandoned)"
                    if data.abandoned_days is not None
                    else ""
                ),
                body,
            ),
        ],
        *(
            [para(question, body), tick_choices(("Yes", "No"), body, right)]
            for question in data.upkeep
        ),
        [para("Records archived in", body), para("_" * 52, body)],
    ]
    story.append(_grid(setting_rows, [1.9 * inch, width - 1.9 * inch], header=False))
    story.append(
        KeepTogether([Spacer(1, 14), signature_block("Checked by", "", width, small, 0.35 * inch)])
    )
    build_pdf(story, header, out, PAGE)
