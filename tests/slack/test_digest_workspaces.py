"""The digest scheduler on a deployment serving many boards: each board's digests go through its own workspace's
bot token (OAuth installs), boards are sent side by side, and two app processes running the scheduler at once
still send every message exactly once."""

from __future__ import annotations

import datetime as dt
import threading
from collections import Counter

from slack_sdk.oauth.installation_store import Installation
from sqlalchemy import func, select, update

from bot.delivery import outbox
from bot.delivery.outbox import RUN_KIND, SendReport
from handlers.slack.app import create_app, web_client
from handlers.slack.outbox import SlackSender, one_workspace, run_due_digests
from handlers.slack.settings import SlackSettings
from handlers.slack.workspaces import digest_clients
from store import db
from store.models import Board, Delivery
from tests.conftest import add_board_meetings, make_board
from tests.slack.conftest import SECRET, settings_for
from tests.slack.mock_web_api import MockSlack
from tests.slack.test_digest_send import LINKED, NOW, appraisal_for_everyone, link_five

TEAMS = {"Board A": "T000000AAA", "Board B": "T000000BBB"}
TOKENS = {"T000000AAA": "xoxb-board-a", "T000000BBB": "xoxb-board-b"}


def _boards(url: str, mock: MockSlack, names: tuple[str, ...]) -> dict[str, int]:
    """Boards with the demo roster, everyone owing the appraisal, five members on Slack; tied to their workspace."""
    ids = {}
    for name in names:
        board_id = make_board(url, name)
        add_board_meetings(url, board_id)
        appraisal_for_everyone(url, board_id)
        link_five(mock, url, board_id)
        with db.transaction(url) as session:
            session.execute(update(Board).where(Board.id == board_id).values(slack_team_id=TEAMS.get(name)))
        ids[name] = board_id
    return ids


def _deliveries(url: str, board_id: int) -> int:
    with db.transaction(url) as session:
        return session.scalar(select(func.count()).select_from(Delivery).where(Delivery.board_id == board_id)) or 0


def test_with_oauth_each_board_is_sent_its_digests_through_its_own_workspaces_token(sqlite_url: str) -> None:
    with MockSlack() as mock:
        ids = _boards(sqlite_url, mock, ("Board A", "Board B", "Board C"))  # Board C: tied to no workspace
        settings = SlackSettings(bot_token=None, app_token=None, signing_secret=SECRET, api_url=mock.url,
                                 client_id="111.222", client_secret="shh", scopes=("chat:write",))  # fmt: skip
        app = create_app(settings, sqlite_url)
        assert app.installation_store is not None
        for team, token in TOKENS.items():
            app.installation_store.save(Installation(app_id="A1", team_id=team, bot_token=token, bot_id="B1",
                                                     bot_user_id="UBOT", user_id="UINSTALLER"))  # fmt: skip
        clients = digest_clients(app, settings, sqlite_url)
        assert clients is not None

        reports = run_due_digests(clients, sqlite_url, lambda: NOW, pace_seconds=0)

        assert {board_id: report.sent for board_id, report in reports.items()} == {
            ids["Board A"]: 6, ids["Board B"]: 6}  # fmt: skip
        tokens = Counter(call.token for call in mock.calls("chat.postMessage"))
        assert tokens == {"xoxb-board-a": 6, "xoxb-board-b": 6}
        assert _deliveries(sqlite_url, ids["Board C"]) == 0  # nothing claimed for a board Slack cannot reach

        monday_b = _deliveries(sqlite_url, ids["Board B"])
        app.installation_store.delete_installation(enterprise_id=None, team_id="T000000BBB")
        app.installation_store.delete_bot(enterprise_id=None, team_id="T000000BBB")
        tuesday = NOW + dt.timedelta(days=1)
        later = run_due_digests(clients, sqlite_url, lambda: tuesday, pace_seconds=0)
        assert set(later) == {ids["Board A"]}  # the uninstalled workspace's board is left alone, not failed
        assert _deliveries(sqlite_url, ids["Board B"]) == monday_b  # nothing claimed for Tuesday


def test_a_single_workspace_install_sends_every_board_through_its_bot_token(sqlite_url: str) -> None:
    with MockSlack() as mock:
        settings = settings_for(mock)
        app = create_app(settings, sqlite_url)
        clients = digest_clients(app, settings, sqlite_url)
        assert clients is not None and clients(1) is app.client and clients(2) is app.client
        bare = SlackSettings(None, None, SECRET, mock.url, None, None, ())
        assert digest_clients(app, bare, sqlite_url) is None  # neither a bot token nor OAuth: nothing to send with


def test_two_processes_running_the_scheduler_at_once_send_each_message_once(database_url: str) -> None:
    with MockSlack() as mock:
        ids = _boards(database_url, mock, ("Board A", "Board B", "Board C"))
        client = one_workspace(web_client(settings_for(mock), "xoxb-test"))
        ticks: list[dict[int, SendReport]] = []
        start = threading.Barrier(2)

        def scheduler() -> None:
            start.wait(timeout=10)
            ticks.append(run_due_digests(client, database_url, lambda: NOW, pace_seconds=0.01, boards_at_once=2))

        workers = [threading.Thread(target=scheduler) for _ in range(2)]
        for worker in workers:
            worker.start()
        for worker in workers:
            worker.join(timeout=60)

        posts = mock.calls("chat.postMessage")
        with db.transaction(database_url) as session:
            delivered = session.scalar(
                select(func.count()).select_from(Delivery).where(Delivery.status == "sent", Delivery.kind != RUN_KIND)
            )
            runs = session.scalar(select(func.count()).select_from(Delivery).where(Delivery.kind == RUN_KIND))
        assert len(posts) == delivered == 3 * (len(LINKED) + 1)  # five digests and the manager's, per board, once
        assert runs == 3  # each board's day computed and sent by one of the two processes, then marked done
        sent: Counter[int] = Counter()
        for tick in ticks:
            for board_id, report in tick.items():
                sent[board_id] += report.sent
        assert dict(sent) == {board_id: 6 for board_id in ids.values()}


def test_boards_are_sent_side_by_side_and_one_boards_trouble_stops_no_other() -> None:
    due = [(board_id, NOW) for board_id in range(1, 5)]
    together = threading.Barrier(2)

    def send(board_id: int, local: dt.datetime) -> SendReport | None:
        if board_id == 3:
            raise RuntimeError("the workspace is unreachable")
        if board_id in (1, 2):
            together.wait(timeout=5)  # only passes when boards 1 and 2 are being sent at the same time
        return None if board_id == 4 else SendReport(sent=board_id)

    reports = outbox.each_board(due, send, boards_at_once=2)
    assert {board_id: report.sent for board_id, report in reports.items()} == {1: 1, 2: 2}

    met = threading.Barrier(2)

    def alone(board_id: int, local: dt.datetime) -> SendReport | None:
        met.wait(timeout=0.2)  # raises when the other board is not being sent at the same time
        return SendReport()

    assert outbox.each_board(due[:2], alone, boards_at_once=1) == {}  # one at a time: they never meet


def test_a_board_being_sent_by_another_process_is_left_to_it_unless_that_process_died(sqlite_url: str) -> None:
    with MockSlack() as mock:
        board_id = _boards(sqlite_url, mock, ("Board A",))["Board A"]
        client = web_client(settings_for(mock), "xoxb-test")
        run = f"{RUN_KIND}:{NOW.date().isoformat()}"
        assert outbox.claim(sqlite_url, board_id, run, RUN_KIND, None)  # another process has the board's day

        assert outbox.send_digests(SlackSender(client), sqlite_url, board_id, NOW, pace_seconds=0).in_hand
        assert mock.calls("chat.postMessage") == []

        with db.transaction(sqlite_url) as session:  # that process died 11 minutes ago
            session.execute(update(Delivery).where(Delivery.key == run).values(
                created_at=Delivery.created_at - outbox.STALE_AFTER - dt.timedelta(minutes=1)))  # fmt: skip
        report = outbox.send_digests(SlackSender(client), sqlite_url, board_id, NOW, pace_seconds=0)
        assert (report.in_hand, report.sent) == (False, 6)
