"""The App Home's chart as a Slack file. Slack fetches an image block's ``image_url`` from the internet, and board
data must never be at a public URL, so the chart is uploaded as a file of the app's own and shown as a
``slack_file``; it is drawn and uploaded again only when its figures change (one upload per figures and process)."""

from __future__ import annotations

import logging
import threading

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.reports.home_chart import HomeChart, home_chart_png

log = logging.getLogger(__name__)
TITLE = "Open and overdue actions by agency"


class HomeCharts:
    """Uploaded charts by their figures' key, shared by every request in this process."""

    def __init__(self, limit: int = 256) -> None:
        self._files: dict[str, str] = {}
        self._lock = threading.Lock()
        self._limit = limit

    def file_id(self, client: WebClient, chart: HomeChart) -> str | None:
        """The Slack file showing these figures (drawn and uploaded now if they are new); None when Slack refuses
        the upload (the home page is shown without its chart)."""
        with self._lock:
            known = self._files.get(chart.key)
        if known is not None:
            return known
        try:
            done = client.files_upload_v2(content=home_chart_png(chart), filename=f"board-actions-{chart.key}.png",
                                          title=TITLE, alt_txt=chart.alt_text[:1000])  # fmt: skip
            found = done.get("file") or (done.get("files") or [{}])[0]
            file_id = found.get("id") if isinstance(found, dict) else None
        except SlackApiError as error:
            log.warning("the home chart was not uploaded: %s", error.response.get("error"))
            return None
        if not isinstance(file_id, str):
            return None
        with self._lock:
            if len(self._files) >= self._limit:
                self._files.clear()
            self._files[chart.key] = file_id
        return file_id
