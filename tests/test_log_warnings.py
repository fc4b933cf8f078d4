"""A Python log record of WARNING or worse fails the test that logged it, unless the test is
marked as logging one on purpose."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

pytest_plugins = ["pytester"]

CONFTEST = Path(__file__).with_name("conftest.py").read_text(encoding="utf-8")


# The inner run's records reach this test's root logger too.
@pytest.mark.expects_log_warning
def test_a_logged_warning_fails_the_test_that_logged_it(pytester: pytest.Pytester) -> None:
    pytester.makeconftest(CONFTEST)
    pytester.makepyfile(
        """
        import logging

        import pytest


        def test_quiet():
            logging.getLogger("clerkdesk").info("an ordinary day")


        def test_warns():
            logging.getLogger("clerkdesk").warning("the disk is nearly full")


        @pytest.fixture
        def noisy():
            yield
            logging.getLogger("sqlalchemy").error("left a connection open")


        def test_whose_fixture_logs_on_teardown(noisy):
            pass


        @pytest.mark.expects_log_warning
        def test_meant_to(noisy):
            logging.getLogger("clerkdesk").error("unexpected error")
        """
    )
    result = pytester.runpytest_inprocess("-p", "no:cacheprovider", "--strict-markers")
    result.assert_outcomes(passed=3, failed=1, errors=1)
    for logged in (
        ["*logged during the test*", "*WARNING clerkdesk: the disk is nearly full*"],
        ["*logged during teardown*", "*ERROR sqlalchemy: left a connection open*"],
    ):
        result.stdout.fnmatch_lines(logged)


@pytest.mark.expects_log_warning
def test_the_marker_lets_a_test_log_a_warning(caplog) -> None:  # type: ignore[no-untyped-def]
    logging.getLogger("clerkdesk").warning("meant to")
    # The warning was logged (and, with the marker, does not fail the test).
    assert [r.getMessage() for r in caplog.records] == ["meant to"]
