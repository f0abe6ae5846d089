"""`dscb teams package`: the Microsoft Teams app package (manifest and icons) as the zip an administrator uploads."""

from __future__ import annotations

import json
import os
import zipfile
from pathlib import Path
from typing import Annotated

import typer

from bot.errors import InvalidInput

teams_app = typer.Typer(help="The Microsoft Teams app package.", no_args_is_help=True)
PACKAGE = Path(__file__).resolve().parents[1] / "teams"
FILES = ("manifest.json", "color.png", "outline.png")


@teams_app.command("package")
def package(
    output: Annotated[Path, typer.Option(help="Where to write the zip.")] = Path("board-assistant-teams.zip"),
    app_id: Annotated[
        str | None,
        typer.Option(envvar="CONNECTIONS__SERVICE_CONNECTION__SETTINGS__CLIENTID",
                     help="The Azure Bot's app (client) id, written into the manifest."),
    ] = None,
) -> None:  # fmt: skip
    """Write the Teams app package (manifest.json, color.png, outline.png) with the bot's app id filled in."""
    import re

    if not app_id or not re.fullmatch(r"[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}", app_id):
        raise InvalidInput("Give the Azure Bot's app id (a GUID) with --app-id or "
                           "CONNECTIONS__SERVICE_CONNECTION__SETTINGS__CLIENTID.")  # fmt: skip
    manifest = json.loads((PACKAGE / "manifest.json").read_text(encoding="utf-8"))
    manifest["id"] = app_id.lower()
    for bot in manifest.get("bots", []):
        bot["botId"] = app_id.lower()
    partial = output.with_name(output.name + f".{os.getpid()}.part")
    with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("manifest.json", json.dumps(manifest, indent=2, ensure_ascii=False) + "\n")
        for name in FILES[1:]:
            archive.write(PACKAGE / name, name)
    partial.replace(output)
    typer.echo(f"Wrote {output} for the app id {app_id.lower()}: upload it in the Teams admin centre.")
