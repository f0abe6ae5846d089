"""The thirty-fifth round's readings as the board sees them, on both databases: a message pasted in by the manager,
written to her and signed by a member, is that member's apology (never hers); a letter's "Hi Roger" over a blank line
is who it is written to, never whose apologies; work "started but not finished" is an update, never the action closed;
"close A-2 as it won't go ahead" drops it with its reason; who covers while a colleague is away is news, never an
action; an action a member rang in for themselves is recorded as theirs; the chair's "just so you're aware Sally is
away" is Sally's leave, never the chair's; "Hi Martine apologies for monday" is the writer's apology; news before
asking to see an action never drops it; and "our team manager will come instead" names nobody (never the board's
business manager)."""

from __future__ import annotations

import pytest

from bot.conversation.assistant import Assistant
from store.models import Action, Attendance, Event
from tests.board_reads import assignments
from tests.test_assistant import count, say, with_two_actions

M = "Martine McFadden"


@pytest.fixture
def assistant(database_url: str, board_id: int) -> Assistant:
    return with_two_actions(database_url, board_id)


def test_a_message_pasted_in_by_the_one_it_was_written_to_is_its_signers(assistant: Assistant) -> None:
    reply = say(assistant, M, "Martine, please send my apologies for the July board. Chris will deputise for me.\nTony")
    assert reply.text == (
        "Apologies recorded for Tony Oakman for the board meeting on Friday 10 July; Chris Ballinger will attend as "
        "named representative."
    )  # had been Martine's own apologies
    assert count(assistant, Attendance) == 1


def test_the_one_a_letter_is_written_to_never_sends_its_apologies(assistant: Assistant) -> None:
    reply = say(assistant, "Pam Smith", "Hi Roger\n\nApologies from me for the July board.\n\nPam")
    assert reply.text == "Apologies recorded for Pam Smith for the board meeting on Friday 10 July."  # had been Roger's
    reply = say(assistant, "Jo Forbes", "Hi Martine apologies for monday, I've been pulled into a strategy meeting")
    assert reply.text == "Apologies recorded for Jo Forbes for the audit panel meeting on Monday 18 May."
    assert count(assistant, Attendance) == 2


def test_work_started_but_not_finished_is_an_update(assistant: Assistant) -> None:
    reply = say(assistant, "Jassi Broadmeadow", "a-2 started but not finished, still waiting on two practices")
    assert reply.text == "Update added to A-2: started but not finished, still waiting on two practices"
    assert assignments(assistant)[1] == ("Jassi Broadmeadow", "open")  # had been closed


def test_closing_an_action_that_wont_go_ahead_drops_it(assistant: Assistant) -> None:
    reply = say(assistant, "Jassi Broadmeadow", "please close A-2 as it won't go ahead - the funding has gone")
    assert reply.text == "A-2 is dropped (the funding has gone): Run the training numbers audit"  # had been done
    assert assignments(assistant)[1] == ("Jassi Broadmeadow", "dropped")


def test_who_covers_while_a_colleague_is_away_records_nothing(assistant: Assistant) -> None:
    before = count(assistant, Event)
    reply = say(assistant, "Su Vincent", "Tabetha has gone off on maternity leave. Jassi will pick up PPP in the "
                "meantime.")  # fmt: skip
    assert not reply.stored and count(assistant, Action) == 2 and count(assistant, Event) == before  # had been A-3


def test_an_action_a_member_rang_in_for_themselves_is_theirs(assistant: Assistant) -> None:
    reply = say(assistant, M, "Anne Harris rang - she'd like an action in her name to refresh the transitions "
                "protocol by the end of July")  # fmt: skip
    assert reply.text == "Recorded A-3 for Anne Harris, due Fri 31 July: Refresh the transitions protocol"
    assert count(assistant, Action) == 3  # had been nothing understood


def test_the_chairs_word_that_a_member_is_away_is_their_leave(assistant: Assistant) -> None:
    reply = say(assistant, "Roger Clayton", "Martine, just so you're aware Sally is away until the Friday.")
    assert reply.text == "Noted: no digests or reminders for Sally Holmes until back after Fri 22 May."  # not Roger's
    assert count(assistant, Attendance) == 0


def test_news_before_asking_to_see_an_action_never_drops_it(assistant: Assistant) -> None:
    reply = say(assistant, "Jassi Broadmeadow", "the CSE sub got cancelled so I have a free hour. can you show me "
                "where A-2 is at?")  # fmt: skip
    assert reply.text.startswith("A-2 and its history:") and not reply.stored  # had been dropped
    assert assignments(assistant)[1] == ("Jassi Broadmeadow", "open")


def test_a_post_of_the_writers_side_is_no_named_representative(assistant: Assistant) -> None:
    reply = say(assistant, "Jo Forbes", "Apologies for Monday. Our team manager will come instead.")
    assert reply.text == "Apologies recorded for Jo Forbes for the audit panel meeting on Monday 18 May."  # not Martine
