"""The security tests drive the same running app as tests/slack (its fixtures are shared here)."""

from tests.slack.conftest import mock_slack, slack_board  # noqa: F401 - pytest fixtures
