"""Minutes sent as a file in a Teams personal chat: the file's name and its download link (Teams gives the bot a
short-lived, pre-authorised SharePoint link), fetched with the minutes' size limit, previewed by the core with
Confirm / Cancel, and fetched again on Confirm. Only SharePoint links are followed (a local trial may also use a
loopback address, for the tests' fake connector)."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import aiohttp
from microsoft_agents.activity import Activity

from bot.minutes.files import max_bytes

FILE_INFO = "application/vnd.microsoft.teams.file.download.info"
_SHAREPOINT = re.compile(r"(?:^|\.)sharepoint(?:-df)?\.(?:com|us|de|cn)$")
_LOOPBACK = {"127.0.0.1", "localhost", "::1"}
DOWNLOAD_WITHIN = 20.0  # seconds


class NotFetched(Exception):
    """The file could not be fetched (the message says why, for the member)."""


@dataclass(frozen=True, slots=True)
class SharedFile:
    name: str
    url: str

    @property
    def source(self) -> str:
        """What the preview's Confirm carries back, to fetch the file again."""
        return json.dumps({"name": self.name, "url": self.url}, separators=(",", ":"))

    @classmethod
    def from_source(cls, source: object) -> SharedFile | None:
        try:
            held = json.loads(source) if isinstance(source, str) else None
        except ValueError:
            return None
        if not isinstance(held, dict) or not isinstance(held.get("name"), str) or not isinstance(held.get("url"), str):
            return None
        return cls(held["name"][:200], held["url"][:4000])


def shared_files(activity: Activity) -> list[SharedFile]:
    """The files attached to a message (Teams' download-info attachments)."""
    found = []
    for attachment in activity.attachments or []:
        content: Any = attachment.content
        if attachment.content_type == FILE_INFO and isinstance(content, dict):
            url = content.get("downloadUrl")
            if isinstance(url, str) and url:
                found.append(SharedFile(str(attachment.name or "minutes")[:200], url[:4000]))
    return found


def followed(url: str, *, local: bool) -> bool:
    """Whether a download link is one to follow: https on SharePoint, or loopback in a local trial."""
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    if parts.scheme == "https" and _SHAREPOINT.search(host):
        return True
    return local and parts.scheme in ("http", "https") and host in _LOOPBACK


async def fetch(shared: SharedFile, *, local: bool) -> bytes:
    """The file's bytes (at most one byte over the size limit, so a file too large is refused as such)."""
    if not followed(shared.url, local=local):
        raise NotFetched("I can only read files shared in Teams (a SharePoint link); please send the file again.")
    limit = max_bytes(shared.name) + 1
    try:
        timeout = aiohttp.ClientTimeout(total=DOWNLOAD_WITHIN)
        async with aiohttp.ClientSession(timeout=timeout) as session, session.get(shared.url) as answer:
            if answer.status != 200:
                raise NotFetched("I couldn't download that file from Teams; please send it again.")
            data = bytearray()
            async for chunk in answer.content.iter_chunked(64 * 1024):
                data.extend(chunk)
                if len(data) >= limit:
                    break
            return bytes(data[:limit])
    except (aiohttp.ClientError, TimeoutError) as error:
        raise NotFetched("I couldn't download that file from Teams; please send it again.") from error
