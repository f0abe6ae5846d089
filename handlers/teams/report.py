"""The tracker report as a file in a Teams personal chat. A bot cannot attach a file directly: it asks with a file
consent card (name, size, what it is); on Accept, Teams gives an upload link in the member's OneDrive, the file is
built again and uploaded there, and a file card shows it in the chat. Decline sends nothing."""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from typing import Any

import aiohttp
from microsoft_agents.activity import Activity, ActivityTypes, Attachment, InvokeResponse
from microsoft_agents.hosting.core import TurnContext

from bot.reports import tracker as tracker_report
from handlers.teams.files import followed
from handlers.teams.who import Writer

log = logging.getLogger(__name__)

CONSENT = "application/vnd.microsoft.teams.card.file.consent"
FILE_INFO_CARD = "application/vnd.microsoft.teams.card.file.info"
INVOKE = "fileConsent/invoke"
UPLOAD_WITHIN = 60.0
DECLINED = "All right, I haven't sent the action tracker."
NOT_UPLOADED = "Sorry, I couldn't put the action tracker in your OneDrive; please ask for it again."


def wanted_format(text: str) -> str | None:
    """The format asked for ("report", "report html"): xlsx unless another is named; None for an unknown one."""
    asked = text.strip().lower() or "xlsx"
    return asked if asked in tracker_report.FORMATS else None


def consent_card(name: str, size: int, kind: str) -> Attachment:
    context = {"kind": kind}
    content = {"description": "The Action Tracker Review for the meeting pack.", "sizeInBytes": size,
               "acceptContext": context, "declineContext": context}  # fmt: skip
    return Attachment(content_type=CONSENT, name=name, content=content)


async def offer(context: TurnContext, who: Writer, kind: str, now: dt.datetime) -> None:
    """Ask to send the tracker report (built once to give its name and size)."""
    name, content = await asyncio.to_thread(who.assistant.tracker_file, who.person, kind, now)
    await context.send_activity(Activity(type=ActivityTypes.message, attachments=[consent_card(name, len(content),
                                                                                             kind)]))  # fmt: skip


async def answered(context: TurnContext, who: Writer, now: dt.datetime, *, local: bool) -> int:
    """The member's Accept or Decline: on Accept, the file built and uploaded, then shown. The invoke's status."""
    value: Any = context.activity.value
    if not isinstance(value, dict) or value.get("type") != "fileUpload":
        return 400
    if value.get("action") != "accept":
        await context.send_activity(Activity(type=ActivityTypes.message, text=DECLINED))
        return 200
    upload, kind = value.get("uploadInfo"), (value.get("context") or {}).get("kind")
    if not isinstance(upload, dict) or not isinstance(kind, str) or kind not in tracker_report.FORMATS:
        return 400
    url = upload.get("uploadUrl")
    if not isinstance(url, str) or not followed(url, local=local):
        return 400
    name, content = await asyncio.to_thread(who.assistant.tracker_file, who.person, kind, now)
    try:
        timeout = aiohttp.ClientTimeout(total=UPLOAD_WITHIN)
        headers = {"Content-Range": f"bytes 0-{len(content) - 1}/{len(content)}"}
        async with aiohttp.ClientSession(timeout=timeout) as session, session.put(url, data=content,
                                                                                   headers=headers) as put:  # fmt: skip
            if put.status not in (200, 201):
                raise aiohttp.ClientError(f"upload answered {put.status}")
    except (aiohttp.ClientError, TimeoutError) as error:
        log.warning("tracker report not uploaded: %s", error)
        await context.send_activity(Activity(type=ActivityTypes.message, text=NOT_UPLOADED))
        return 200
    shown = Attachment(content_type=FILE_INFO_CARD, name=str(upload.get("name") or name),
                       content_url=str(upload.get("contentUrl") or ""),
                       content={"uniqueId": upload.get("uniqueId"), "fileType": upload.get("fileType")})  # fmt: skip
    await context.send_activity(Activity(type=ActivityTypes.message, attachments=[shown]))
    return 200


async def respond(context: TurnContext, status: int) -> None:
    await context.send_activity(Activity(type=ActivityTypes.invoke_response, value=InvokeResponse(status=status)))
