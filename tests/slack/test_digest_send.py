"""Sending the digests to a mock Slack: once per member per day, across runs, processes and threads; rate
limits, failures and retries; leave shown in a Slack status; the blocks; the scheduler; `digest send`."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from types import SimpleNamespace
from typing import Any

import pytest
from slack_sdk.http_retry import builtin_handlers
from sqlalchemy import select, update

from bot.delivery.outbox import MAX_ATTEMPTS, RUN_KIND, SendReport, member_key
from bot.replies import ActionView
from bot.reports.digest import Digest, MeetingNotice, compute_digests
from bot.tracker.actions import NewAction, record_action
from bot.understanding.interpretation import Owner
from handlers.slack import blocks
from handlers.slack.app import web_client
from handlers.slack.digest import digest_blocks
from handlers.slack.outbox import run_due_digests, send_digests, start_scheduler
from store import db
from store.models import Board, Delivery, DeliveryStatus, Event, Group, Member
from tests.conftest import ROOT, add_board_meetings, make_board
from tests.slack import requests as slack
from tests.slack.conftest import SlackBoard, settings_for
from tests.slack.mock_web_api import MockSlack

NOW = dt.datetime(2015, 6, 29, 8, 30)  # Monday; the appraisal is due on Tuesday 30 June
TODAY = NOW.date()
LINKED = {  # five members with Slack accounts; Martine is the business manager
    "UMARTINE": ("Martine McFadden", "martine.mcfadden@example.org"),
    "UVIV": ("Viv Townsend", "viv.townsend@example.org"),
    "UTONY": ("Tony Oakman", "tony.oakman@example.org"),
    "USALLY": ("Sally Holmes", "sally.holmes@example.org"),
    "UROGER": ("Roger Clayton", "roger.clayton@example.org"),
}
SHARED = ROOT.parent / "shared" / "fixtures"  # tests/slack/ -> parents[2] / "shared"


@dataclass
class Board5:
    mock: MockSlack
    url: str
    board_id: int

    def client(self) -> Any:
        return web_client(settings_for(self.mock), "xoxb-test")

    def send(self, now: dt.datetime = NOW, **kwargs: Any) -> SendReport:
        return send_digests(self.client(), self.url, self.board_id, now, pace_seconds=kwargs.pop("pace", 0), **kwargs)

    def digests(self) -> list[dict[str, Any]]:
        return [c.params for c in self.mock.calls("chat.postMessage") if c.params["text"].startswith("Your board")]

    def manager_posts(self) -> list[dict[str, Any]]:
        return [c.params for c in self.mock.calls("chat.postMessage") if c.params["text"].startswith("Board digest")]

    def deliveries(self) -> dict[str, Delivery]:
        with db.transaction(self.url) as session:
            return {d.key: d for d in session.scalars(select(Delivery).where(Delivery.board_id == self.board_id))}

    def member_id(self, name: str) -> int:
        with db.transaction(self.url) as session:
            return session.scalars(select(Member.id).where(Member.board_id == self.board_id, Member.name == name)).one()


def link_five(mock: MockSlack, url: str, board_id: int) -> None:
    with db.transaction(url) as session:
        for user_id, (name, email) in LINKED.items():
            mock.add_user(user_id, name, email)
            session.execute(
                update(Member).where(Member.board_id == board_id, Member.name == name).values(slack_user_id=user_id)
            )


def appraisal_for_everyone(url: str, board_id: int, due: dt.date = dt.date(2015, 6, 30), text: str = "") -> None:
    with db.transaction(url) as session:
        group = session.scalars(select(Group.id).where(Group.board_id == board_id, Group.name == "all members")).one()
        owners = (Owner("group", "all members", group),)
        task = text or "Complete the annual appraisal and return it to the board office"
        record_action(session, board_id, NewAction(task, owners, due=due), by=None)


@pytest.fixture
def board5(database_url: str) -> Iterator[Board5]:
    """The seed board (30 members), everyone owing the appraisal, five of them on Slack."""
    board_id = make_board(database_url)
    add_board_meetings(database_url, board_id)
    appraisal_for_everyone(database_url, board_id)
    with MockSlack() as mock:
        link_five(mock, database_url, board_id)
        yield Board5(mock, database_url, board_id)
    db.engine_for(database_url).dispose()


# Exactly once ------------------------------------------------------------------------------------------------
def test_each_member_on_slack_gets_one_digest_however_often_it_runs(board5: Board5) -> None:
    first = board5.send()
    assert (first.sent, first.failed, first.no_account) == (6, 0, 25)  # 5 digests + the manager's
    digests = board5.digests()
    assert sorted(d["channel"] for d in digests) == sorted(LINKED)
    assert [d["channel"] for d in board5.manager_posts()] == ["UMARTINE"]
    lookups = len(board5.mock.calls("users.lookupByEmail"))
    assert lookups == 25  # the others were looked up once by email, and are not on this Slack

    second = board5.send()
    assert second.in_hand and (second.sent, second.skipped, second.failed) == (0, 0, 0)  # the day's run is done
    assert len(board5.digests()) == 5 and len(board5.manager_posts()) == 1
    assert len(board5.mock.calls("users.lookupByEmail")) == lookups  # not asked again today
    sent = [d for d in board5.deliveries().values() if d.status is DeliveryStatus.SENT and d.kind != RUN_KIND]
    assert len(sent) == 6 and all(d.sent_at is not None and d.attempts == 1 for d in sent)
    assert board5.deliveries()[f"{RUN_KIND}:2015-06-29"].status is DeliveryStatus.SENT  # the board's day is done
    viv = board5.member_id("Viv Townsend")
    assert board5.deliveries()[member_key(TODAY, viv)].kind == "digest"
    assert board5.deliveries()[f"digest:2015-06-29:member:{viv}"].member_id == viv

    tomorrow = board5.send(NOW + dt.timedelta(days=1))  # a new day: due today now
    assert tomorrow.sent == 5  # the manager has heard of everything already: no manager's digest
    assert len(board5.digests()) == 10


def test_nothing_is_sent_at_weekends_or_on_bank_holidays(board5: Board5) -> None:
    assert board5.send(dt.datetime(2015, 6, 27, 8, 30)) == SendReport()
    appraisal_for_everyone(board5.url, board5.board_id, due=dt.date(2015, 5, 26), text="Return the S11 audit")
    assert board5.send(dt.datetime(2015, 5, 25, 8, 30)) == SendReport()
    assert board5.mock.calls("chat.postMessage") == []


def test_a_rate_limited_message_is_retried_after_retry_after(board5: Board5, monkeypatch: pytest.MonkeyPatch) -> None:
    waits: list[tuple[float, int]] = []  # each wait slack_sdk's RateLimitErrorRetryHandler asks of `time.sleep`,
    # with the number of posts Slack had seen by then

    def sleep(seconds: float) -> None:
        waits.append((seconds, len(board5.mock.calls("chat.postMessage"))))

    monkeypatch.setattr(builtin_handlers, "time", SimpleNamespace(sleep=sleep))
    board5.mock.fail("chat.postMessage", status=429, retry_after=1)
    report = board5.send()
    assert report.sent == 6 and report.failed == 0
    ((seconds, posts_before),) = waits  # one wait, after the refused post and before it was sent again
    assert posts_before == 1 and 1 <= seconds < 2  # Retry-After (1 s) plus the handler's jitter (under 1 s)
    posts = [c.params["channel"] for c in board5.mock.calls("chat.postMessage")]
    assert len(posts) == 7 and posts[0] == posts[1]  # the first refused with 429, then sent again after the wait
    assert sorted(set(posts)) == sorted(LINKED)


def test_a_failed_message_is_retried_on_the_next_run_without_repeating_the_others(board5: Board5) -> None:
    board5.mock.fail("chat.postMessage", error="internal_error")
    first = board5.send()
    assert (first.sent, first.failed) == (5, 1)
    failed = [d for d in board5.deliveries().values() if d.status is DeliveryStatus.FAILED and d.error != "no chat "
              "account found for this member"]  # fmt: skip
    assert len(failed) == 1 and failed[0].error == "internal_error" and failed[0].attempts == 1
    refused_channel = board5.mock.calls("chat.postMessage")[0].params["channel"]
    second = board5.send()
    assert (second.sent, second.failed) == (1, 0)
    posts = board5.mock.calls("chat.postMessage")
    assert len(posts) == 7 and posts[-1].params["channel"] == refused_channel
    assert board5.deliveries()[failed[0].key].status is DeliveryStatus.SENT
    assert board5.deliveries()[failed[0].key].attempts == 2
    assert board5.send().sent == 0


def test_a_message_that_keeps_failing_is_given_up_after_five_tries(board5: Board5) -> None:
    with db.transaction(board5.url) as session:
        session.execute(update(Member).where(Member.board_id == board5.board_id, Member.name != "Viv Townsend")
                        .values(slack_user_id=None, email=None))  # fmt: skip
    board5.mock.fail("chat.postMessage", times=10, error="internal_error")
    for _ in range(MAX_ATTEMPTS + 2):
        board5.send()
    assert len(board5.mock.calls("chat.postMessage")) == MAX_ATTEMPTS
    delivery = board5.deliveries()[member_key(TODAY, board5.member_id("Viv Townsend"))]
    assert (delivery.status, delivery.attempts) == (DeliveryStatus.FAILED, MAX_ATTEMPTS)


def test_a_send_abandoned_by_a_crash_is_taken_over_after_ten_minutes(board5: Board5) -> None:
    viv, tony = board5.member_id("Viv Townsend"), board5.member_id("Tony Oakman")
    utcnow = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    with db.transaction(board5.url) as session:
        session.add_all([
            Delivery(board_id=board5.board_id, key=member_key(TODAY, viv), kind="digest", member_id=viv,
                     status=DeliveryStatus.PENDING, attempts=1, created_at=utcnow - dt.timedelta(minutes=11)),
            Delivery(board_id=board5.board_id, key=member_key(TODAY, tony), kind="digest", member_id=tony,
                     status=DeliveryStatus.PENDING, attempts=1, created_at=utcnow - dt.timedelta(minutes=2)),
        ])  # fmt: skip
    report = board5.send()
    channels = [d["channel"] for d in board5.digests()]
    assert "UVIV" in channels and "UTONY" not in channels  # Tony's is still being sent by another process
    assert report.sent == 5
    assert board5.deliveries()[member_key(TODAY, viv)].attempts == 2


def test_two_runs_at_once_send_each_message_once(board5: Board5) -> None:
    board5.mock.delay("chat.postMessage", 0.05)
    barrier = threading.Barrier(2)
    reports: list[SendReport] = []
    errors: list[BaseException] = []

    def run() -> None:
        try:
            client = board5.client()
            barrier.wait()
            reports.append(send_digests(client, board5.url, board5.board_id, NOW, pace_seconds=0))
        except BaseException as exc:  # surfaced below
            errors.append(exc)

    threads = [threading.Thread(target=run) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert not errors, errors
    channels = [d["channel"] for d in board5.digests()]
    assert sorted(channels) == sorted(LINKED)
    assert len(board5.manager_posts()) == 1
    assert sum(r.sent for r in reports) == 6
    assert sum(r.no_account for r in reports) == 25


# Leave and preferences ------------------------------------------------------------------------------------------
def test_a_slack_status_on_leave_pauses_the_digest_and_records_the_leave(board5: Board5) -> None:
    back = int(dt.datetime(2015, 7, 6, 7, 0, tzinfo=dt.UTC).timestamp())  # clears Monday 6 July, 08:00 BST
    board5.mock.users["UVIV"]["profile"].update(status_text="On leave", status_emoji=":palm_tree:",
                                                status_expiration=back)  # fmt: skip
    report = board5.send()
    assert "UVIV" not in [d["channel"] for d in board5.digests()]
    assert report.sent == 5 and report.skipped == 1
    with db.transaction(board5.url) as session:
        viv = session.scalars(select(Member).where(Member.slack_user_id == "UVIV")).one()
        assert viv.away_until == dt.date(2015, 7, 5)
        logged = session.scalars(select(Event).where(Event.entity == "member", Event.entity_id == viv.id)).all()
        assert [(e.change, e.new) for e in logged][-1] == ("leave", {"away_until": "2015-07-05", "via": "Slack status"})
    assert member_key(TODAY, board5.member_id("Viv Townsend")) not in board5.deliveries()
    info_calls = len(board5.mock.calls("users.info"))
    board5.send()
    assert len(board5.mock.calls("users.info")) == info_calls  # paused: not even looked at again
    board5.send(dt.datetime(2015, 7, 6, 8, 30))
    assert "UVIV" in [d["channel"] for d in board5.digests()]  # back on Monday 6 July


def test_the_managers_digest_goes_to_the_manager_channel_when_set(board5: Board5) -> None:
    with db.transaction(board5.url) as session:
        session.execute(update(Board).where(Board.id == board5.board_id).values(manager_channel="CMANAGERS"))
    board5.send()
    board5.send()
    assert [p["channel"] for p in board5.manager_posts()] == ["CMANAGERS"]
    text = "\n".join(b["text"]["text"] for b in board5.manager_posts()[0]["blocks"] if b["type"] == "section")
    assert "New since" in text and "Next board meeting: Friday 10 July" in text and "No apologies so far" in text


# The message ------------------------------------------------------------------------------------------------------
def view(ref: int, text: str, due: dt.date | None, asap: bool = False) -> ActionView:
    return ActionView(f"A-{ref}", text, ("Viv Townsend",), due, asap, "open", overdue=bool(due and due < TODAY))


def test_digest_blocks_escape_text_make_due_today_stand_out_and_keep_within_slacks_limits() -> None:
    digest = Digest(
        7, "Viv Townsend",
        overdue=[view(1, "Tell <!channel> & <@U123>", dt.date(2015, 6, 1))],
        due_soon=[view(2, "Send the chart", TODAY), view(3, "Draft the report", dt.date(2015, 7, 2))],
        asap=[view(4, "Send the list", None, asap=True)],
        meeting=MeetingNotice(dt.date(2015, 7, 10), dt.time(10), dt.time(14), "Saltwells <EDC>", open_actions=4),
        today=TODAY,
    )  # fmt: skip
    built = digest_blocks(digest, TODAY)
    texts = [b["text"]["text"] for b in built if b["type"] == "section"]
    joined = "\n".join(texts)
    assert "<!channel>" not in joined and "&lt;!channel&gt; &amp; &lt;@U123&gt;" in joined
    assert "Saltwells &lt;EDC&gt;" in joined
    headings = [t for t in texts if t.startswith(("*", ":")) and not t.startswith("*A-")]
    assert headings[:4] == [":warning: *Overdue*", ":bell: *Due today*", "*Due in the next 7 days*",
                            "*Asked for as soon as possible, over a week ago*"]  # fmt: skip
    buttons = [e for b in built if b["type"] == "actions" for e in b["elements"]]
    assert [e["action_id"] for e in buttons].count(blocks.DONE) == 4
    assert [e["action_id"] for e in buttons].count(blocks.CHANGE_DATE) == 4
    notice = built[-1]
    assert notice["accessory"]["action_id"] == blocks.CANT_ATTEND and notice["accessory"]["value"] == "2015-07-10"

    many = Digest(7, "Viv Townsend", [view(n, f"Task {n}", dt.date(2015, 6, 1)) for n in range(1, 61)], [], [],
                  digest.meeting, today=TODAY)  # fmt: skip
    built = digest_blocks(many, TODAY)
    assert len(built) <= blocks.MESSAGE_BLOCK_LIMIT
    assert any("more: use `/dscb-actions`" in b.get("text", {}).get("text", "") for b in built)
    assert built[-1]["accessory"]["action_id"] == blocks.CANT_ATTEND


def test_done_on_a_digest_closes_the_members_share(slack_board: SlackBoard) -> None:
    """The digest's buttons are the app's own: Done, pressed in the digest, closes the member's share."""
    appraisal_for_everyone(slack_board.database_url, slack_board.board_id)
    with db.transaction(slack_board.database_url) as session:
        session.execute(update(Member).where(Member.name == "Viv Townsend").values(slack_user_id="UVIV"))
    client = web_client(settings_for(slack_board.mock), "xoxb-test")
    send_digests(client, slack_board.database_url, slack_board.board_id, NOW, pace_seconds=0)
    message = next(p for p in slack_board.posted() if p["channel"] == "UVIV")
    done = next(e for b in message["blocks"] if b["type"] == "actions" for e in b["elements"]
                if e["action_id"] == blocks.DONE)  # fmt: skip
    payload = slack.block_action("UVIV", blocks.DONE, value=done["value"], message=message, channel="DUVIV",
                                 response_url_base=slack_board.mock.response_url_base)  # fmt: skip
    assert slack_board.send(payload).status == 200
    answer = slack_board.mock.wait_for("response_url")[-1].params["text"]
    assert "A-1" in answer
    with db.transaction(slack_board.database_url) as session:
        left = compute_digests(session, slack_board.board_id, TODAY)
    assert "Viv Townsend" not in [d.member for d in left]


# The scheduler ----------------------------------------------------------------------------------------------------
def test_the_scheduler_sends_once_the_boards_digest_time_has_passed_on_working_days(board5: Board5) -> None:
    client = board5.client()
    assert run_due_digests(client, board5.url, lambda: dt.datetime(2015, 6, 29, 8, 29), pace_seconds=0) == {}
    assert run_due_digests(client, board5.url, lambda: dt.datetime(2015, 6, 27, 9, 0), pace_seconds=0) == {}
    assert board5.mock.calls("chat.postMessage") == []
    with db.transaction(board5.url) as session:
        session.execute(update(Board).where(Board.id == board5.board_id).values(digest_time=dt.time(9, 15)))
    assert run_due_digests(client, board5.url, lambda: dt.datetime(2015, 6, 29, 9, 0), pace_seconds=0) == {}
    reports = run_due_digests(client, board5.url, lambda: dt.datetime(2015, 6, 29, 9, 15), pace_seconds=0)
    assert reports[board5.board_id].sent == 6
    later = run_due_digests(client, board5.url, lambda: dt.datetime(2015, 6, 29, 9, 16), pace_seconds=0)
    assert later[board5.board_id].sent == 0

    scheduler = start_scheduler(client, board5.url, lambda: dt.datetime(2015, 6, 30, 9, 20), pace_seconds=0)
    assert scheduler is not None
    try:
        board5.mock.wait_for("chat.postMessage", 11, timeout=20)
    finally:
        scheduler.shutdown(wait=True)
    assert len(board5.digests()) == 10


def test_digests_can_be_turned_off(board5: Board5, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DSCB_DIGESTS", "off")
    assert start_scheduler(board5.client(), board5.url, lambda: NOW) is None


# `digest send`, as a process, on the seed minutes ---------------------------------------------------------------------
def _cli(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", *args], capture_output=True, text=True, env=env, cwd=ROOT,
                          timeout=120)  # fmt: skip


def test_digest_send_twice_on_the_seed_minutes_sends_each_dm_once(database_url: str) -> None:
    roster, minutes = SHARED / "dscb-roster.csv", SHARED / "dscb-minutes-2015-05-15.txt"
    if not roster.exists() or not minutes.exists():
        pytest.skip(f"{SHARED} is absent (the shared folder is not beside this checkout)")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "DSCB_"))}
    env.update({"DATABASE_URL": database_url, "PYTHONPATH": str(ROOT)})
    dscb = "from cli.main import main; main()"
    for args in (("roster", "import", str(roster)), ("import-minutes", str(minutes))):
        done = _cli(dscb, *args, env=env)
        assert done.returncode == 0, done.stderr
    with MockSlack() as mock:
        with db.transaction(database_url) as session:
            board_id = session.scalars(select(Board.id)).one()
        link_five(mock, database_url, board_id)
        env.update({"SLACK_BOT_TOKEN": "xoxb-test", "SLACK_API_URL": mock.url, "DSCB_DIGEST_PACE": "0"})
        send = "from cli.digest import digest_app; digest_app()"
        first = _cli(send, "send", "--now", "2015-06-29T08:30", env=env)
        assert first.returncode == 0, first.stderr
        assert first.stdout.startswith("sent 6, skipped 0, failed 0"), first.stdout
        second = _cli(send, "send", "--now", "2015-06-29T08:30", env=env)
        assert second.returncode == 0, second.stderr
        assert second.stdout.startswith("today's digests are already out"), second.stdout
        posts = mock.calls("chat.postMessage")
        digests = [p.params for p in posts if p.params["text"].startswith("Your board")]
        assert sorted(p["channel"] for p in digests) == sorted(LINKED)  # one each, once
        # Everyone owes the appraisal except Martine, to whom it is returned (she is not asked to return it to herself).
        owing = {p["channel"]: "appraisal" in str(p["blocks"]) for p in digests}
        assert owing == {user: user != "UMARTINE" for user in LINKED}
        assert len(posts) == 6  # and the business manager's digest
        assert all(c.token == "xoxb-test" for c in posts)

    no_token = {k: v for k, v in env.items() if k != "SLACK_BOT_TOKEN"}
    wired = (  # `dscb digest`, registered here unless cli/main.py registers it already
        "from cli.main import main, app\nfrom cli.digest import digest_app\n"
        "if all(g.name != 'digest' for g in app.registered_groups):\n    app.add_typer(digest_app, name='digest')\n"
        "main()"
    )
    refused = _cli(wired, "digest", "send", env=no_token)
    assert refused.returncode == 2 and "SLACK_BOT_TOKEN is not set" in refused.stderr
