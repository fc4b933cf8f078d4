"""The annual request report's figures (R17), computed once in core: the median of an odd and
an even count, the year's edges (answered on December 31 or on January 1), withdrawn requests
apart, and denials grouped by their reasons."""

from __future__ import annotations

from datetime import date

from clerkdesk.core.request_report import NO_REASONS, ReportRow, request_report


def answered(days: int, closed: date = date(2025, 6, 2), status: str = "granted") -> ReportRow:
    return ReportRow(date(2025, 5, 1), closed, status, None, days)


def test_the_median_of_an_odd_count_is_the_middle_one() -> None:
    report = request_report(2025, [answered(9), answered(2), answered(4)])
    assert (report.answered, report.median_days, report.longest_days) == (3, 4, 9)


def test_the_median_of_an_even_count_is_halfway_between_the_middle_two() -> None:
    report = request_report(2025, [answered(9), answered(2), answered(4), answered(5)])
    assert report.median_days == 4.5
    assert request_report(2025, [answered(3)]).median_days == 3


def test_no_answer_in_the_year_has_no_median() -> None:
    report = request_report(2025, [ReportRow(date(2025, 3, 3), None, "open", None, None)])
    assert (report.received, report.answered, report.median_days, report.open_at_end) == (
        1,
        0,
        None,
        1,
    )


def test_the_year_s_edges_count_by_the_day_answered() -> None:
    rows = [
        # Received the year before, answered on the first day of the year: in it, not open.
        ReportRow(date(2024, 12, 30), date(2025, 1, 1), "granted", None, 1),
        # Answered on December 31: in the year, not open at its end.
        ReportRow(date(2025, 12, 29), date(2025, 12, 31), "granted", None, 2),
        # Answered on the first day of the next year: open at this year's end, no answer in it.
        ReportRow(date(2025, 12, 30), date(2026, 1, 2), "granted", None, 2),
        # Received on the next year's first day: nothing of this year.
        ReportRow(date(2026, 1, 1), None, "open", None, None),
    ]
    report = request_report(2025, rows)
    assert (report.received, report.answered, report.open_at_end) == (2, 2, 1)
    assert report.median_days == 1.5
    # The year before: the first request was open at its end, and received in it.
    before = request_report(2024, rows)
    assert (before.received, before.answered, before.open_at_end) == (1, 0, 1)


def test_a_withdrawn_request_is_not_an_answer_and_has_no_days_in_the_median() -> None:
    report = request_report(2025, [answered(20, status="withdrawn"), answered(2)])
    assert (report.answered, report.withdrawn, report.median_days) == (1, 1, 2)


def test_denials_are_grouped_by_their_reasons_most_first() -> None:
    def denied(reasons: str | None, status: str = "denied") -> ReportRow:
        return ReportRow(date(2025, 2, 3), date(2025, 2, 10), status, reasons, 5)

    rows = [
        denied("Pending  investigation"),
        denied("Pending investigation", "partly-granted"),
        denied("Personnel file"),
        denied(None),
        denied("   "),
        answered(5),
    ]
    report = request_report(2025, rows)
    assert report.denials == (
        ("(reasons not recorded)", 2),
        ("Pending investigation", 2),
        ("Personnel file", 1),
    )
    assert NO_REASONS == "(reasons not recorded)"
    assert report.answered == 6
