"""The Microsoft Teams app package: valid against Microsoft's published schema, and declaring exactly what the app uses.

The schema check needs ../shared (the validator and the Teams schema) and skips without it. The contents checks
need only the standard library, so a scope or command cannot be added or dropped, nor an icon resized, without
changing this file.
"""

from __future__ import annotations

import copy
import importlib.util
import json
import struct
import sys
import zlib
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "teams"
MANIFEST = PACKAGE / "manifest.json"
README = PACKAGE / "README.md"
SHARED = ROOT.parent / "shared"
VALIDATOR = SHARED / "tools" / "validate_teams_manifest.py"

SCHEMA_URL = "https://developer.microsoft.com/en-us/json-schemas/teams/v1.24/MicrosoftTeams.schema.json"
PLACEHOLDER_ID = "00000000-0000-0000-0000-000000000000"
SCOPES = ["personal", "team", "groupChat"]
COMMANDS = [
    ("actions", "What you owe, or record an action"),
    ("apologies", "Send apologies for a meeting"),
    ("audit", "Audit returns: update or status"),
    ("report", "The action tracker for the meeting pack"),
    ("minutes", "How to import minutes (business manager)"),
    ("help", "What I can do"),
]
TOP_LEVEL_KEYS = {
    "$schema",
    "manifestVersion",
    "version",
    "id",
    "developer",
    "name",
    "description",
    "icons",
    "accentColor",
    "bots",
    "permissions",
    "validDomains",
}
ICON_SIZES = {"color": 192, "outline": 32}
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


@pytest.fixture(scope="module")
def manifest() -> dict[str, Any]:
    data = json.loads(MANIFEST.read_text(encoding="utf-8"))
    assert isinstance(data, dict), "teams/manifest.json must be a JSON object"
    return data


def _load_validator_module() -> ModuleType:
    if not SHARED.is_dir():
        pytest.skip(f"{SHARED} is absent (the shared folder is not beside this checkout)")
    if not VALIDATOR.is_file():
        pytest.skip(f"{VALIDATOR} is absent, so the manifest cannot be checked against the Teams schema")
    pytest.importorskip("jsonschema", reason="jsonschema is needed to validate the manifest (pip install -e '.[dev]')")
    spec = importlib.util.spec_from_file_location("shared_validate_teams_manifest", VALIDATOR)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _validate(path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    """The validator's exit code and printed output for the manifest at path."""
    module = _load_validator_module()
    monkeypatch.setattr(sys, "argv", [str(VALIDATOR), str(path)])
    code = module.main()
    return code, capsys.readouterr().out


def _png(path: Path) -> tuple[dict[str, int], bytes]:
    """A PNG's header fields (from IHDR) and its decompressed image data (all IDAT chunks)."""
    data = path.read_bytes()
    assert data[:8] == PNG_SIGNATURE, f"{path.name} is not a PNG file"
    assert data[12:16] == b"IHDR", f"{path.name}: the first chunk is not IHDR"
    width, height, depth, colour, _compression, _filter, interlace = struct.unpack(">IIBBBBB", data[16:29])
    header = {"width": width, "height": height, "depth": depth, "colour": colour, "interlace": interlace}
    idat, at = b"", 8
    while at < len(data):
        (length,) = struct.unpack(">I", data[at : at + 4])
        kind = data[at + 4 : at + 8]
        if kind == b"IDAT":
            idat += data[at + 8 : at + 8 + length]
        at += 12 + length
    return header, zlib.decompress(idat)


def _pixels(path: Path) -> list[tuple[int, ...]]:
    """The pixels of an 8-bit, non-interlaced RGB or RGBA PNG, row by row (enough for the package's icons)."""
    header, raw = _png(path)
    assert header["depth"] == 8 and header["interlace"] == 0, f"{path.name}: expected 8-bit, non-interlaced"
    channels = {2: 3, 6: 4}.get(header["colour"])
    assert channels is not None, f"{path.name}: expected RGB or RGBA, got PNG colour type {header['colour']}"
    stride = header["width"] * channels
    previous, pixels, at = bytearray(stride), [], 0
    for _ in range(header["height"]):
        kind, row = raw[at], bytearray(raw[at + 1 : at + 1 + stride])
        at += 1 + stride
        for x in range(stride):
            a = row[x - channels] if x >= channels else 0
            b = previous[x]
            c = previous[x - channels] if x >= channels else 0
            if kind == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                predicted = a if pa <= pb and pa <= pc else b if pb <= pc else c
            else:
                predicted = (0, a, b, (a + b) // 2)[kind]
            row[x] = (row[x] + predicted) & 0xFF
        pixels += [tuple(row[x : x + channels]) for x in range(0, stride, channels)]
        previous = row
    return pixels


def test_manifest_is_valid_against_the_teams_schema(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _validate(MANIFEST, monkeypatch, capsys) == (0, "valid\n")


def _drop_bot_id(m: dict[str, Any]) -> None:
    del m["bots"][0]["botId"]


def _accent_without_hash(m: dict[str, Any]) -> None:
    m["accentColor"] = "1F4E79"


def _unknown_scope(m: dict[str, Any]) -> None:
    m["bots"][0]["scopes"] = ["personal", "channel"]


@pytest.mark.parametrize(
    ("breakage", "where"),
    [
        (_drop_bot_id, "bots/0: 'botId' is a required property"),
        (_accent_without_hash, "accentColor:"),
        (_unknown_scope, "bots/0/scopes/1:"),
    ],
)
def test_the_schema_check_is_not_vacuous(
    manifest: dict[str, Any],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    breakage: Callable[[dict[str, Any]], None],
    where: str,
) -> None:
    broken = copy.deepcopy(manifest)
    breakage(broken)
    path = tmp_path / "manifest.json"
    path.write_text(json.dumps(broken), encoding="utf-8")
    code, output = _validate(path, monkeypatch, capsys)
    lines = output.splitlines()
    assert code == 1 and lines[0] == "INVALID", output
    assert any(line.strip().startswith(where) for line in lines[1:]), output


def test_header_and_ids(manifest: dict[str, Any]) -> None:
    assert set(manifest) == TOP_LEVEL_KEYS, "no tabs, message extensions or other features beyond the bot"
    assert manifest["$schema"] == SCHEMA_URL
    assert manifest["manifestVersion"] == "1.24"
    assert manifest["id"] == PLACEHOLDER_ID
    assert manifest["bots"][0]["botId"] == manifest["id"]


def test_names_descriptions_and_developer(manifest: dict[str, Any]) -> None:
    assert manifest["name"] == {"short": "Board assistant", "full": "Safeguarding board assistant"}
    description = manifest["description"]
    assert 0 < len(description["short"]) <= 80
    assert len(description["short"]) < len(description["full"]) <= 4000
    assert "action tracker" in description["full"] and "apologies" in description["full"]
    developer = manifest["developer"]
    assert developer["name"] == "Safeguarding board assistant"
    for key in ("websiteUrl", "privacyUrl", "termsOfUseUrl"):
        assert developer[key].startswith("https://example.org/"), key
    assert manifest["accentColor"] == "#1F4E79"


def test_bot_is_conversational_in_every_scope(manifest: dict[str, Any]) -> None:
    assert len(manifest["bots"]) == 1
    bot = manifest["bots"][0]
    assert set(bot) == {"botId", "scopes", "supportsFiles", "isNotificationOnly", "commandLists"}
    assert bot["scopes"] == SCOPES
    assert bot["supportsFiles"] is True  # minutes sent as a file in the personal chat
    assert bot["isNotificationOnly"] is False


def test_command_lists_are_the_slack_commands_in_every_scope(manifest: dict[str, Any]) -> None:
    lists = manifest["bots"][0]["commandLists"]
    assert [entry["scopes"] for entry in lists] == [[scope] for scope in SCOPES]
    for entry in lists:
        assert [(c["title"], c["description"]) for c in entry["commands"]] == COMMANDS, entry["scopes"]
        for command in entry["commands"]:
            # Teams shows at most 32 characters of a title and 128 of a description (the schema allows more).
            assert 0 < len(command["title"]) <= 32, command["title"]
            assert 0 < len(command["description"]) <= 128, command["title"]


def test_permissions_and_domains(manifest: dict[str, Any]) -> None:
    assert manifest["permissions"] == ["identity", "messageTeamMembers"]
    assert manifest["validDomains"] == []


@pytest.mark.parametrize(("icon", "size"), sorted(ICON_SIZES.items()))
def test_icons_are_pngs_of_the_right_size(manifest: dict[str, Any], icon: str, size: int) -> None:
    assert set(manifest["icons"]) == set(ICON_SIZES)
    path = PACKAGE / manifest["icons"][icon]
    assert path.parent == PACKAGE and path.is_file(), f"{manifest['icons'][icon]} must sit beside manifest.json"
    data = path.read_bytes()
    assert data[:8] == PNG_SIGNATURE and data[12:16] == b"IHDR", f"{path.name} is not a PNG file"
    assert struct.unpack(">II", data[16:24]) == (size, size)


def test_outline_icon_is_white_on_transparent(manifest: dict[str, Any]) -> None:
    pixels = _pixels(PACKAGE / manifest["icons"]["outline"])
    assert len(pixels) == 32 * 32 and all(len(p) == 4 for p in pixels), "the outline icon needs an alpha channel"
    drawn = [p for p in pixels if p[3] > 0]
    assert all(p[:3] == (255, 255, 255) for p in drawn), "every visible pixel of the outline icon must be white"
    assert 0 < len(drawn) < len(pixels) / 2, "the outline icon must be mostly transparent, with a shape on it"


def test_color_icon_background_is_the_accent_colour(manifest: dict[str, Any]) -> None:
    pixels = _pixels(PACKAGE / manifest["icons"]["color"])
    accent = tuple(bytes.fromhex(manifest["accentColor"][1:]))
    corners = [pixels[0], pixels[191], pixels[-192], pixels[-1]]
    assert all(p[:3] == accent and (len(p) == 3 or p[3] == 255) for p in corners)
    assert any(p[:3] != accent for p in pixels), "the colour icon must show a shape on its background"


def test_readme_explains_the_placeholder_and_the_zip() -> None:
    text = README.read_text(encoding="utf-8")
    assert PLACEHOLDER_ID in text
    assert "CONNECTIONS__SERVICE_CONNECTION__SETTINGS__CLIENTID" in text
    assert "cd teams && zip ../board-assistant-teams.zip manifest.json color.png outline.png" in text


def test_the_package_command_writes_the_zip_to_upload(
    tmp_path: Path, sqlite_url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """`dscb teams package`: the three files, the bot's app id in the manifest, still valid against the schema."""
    import zipfile

    from tests.conftest import dscb

    app_id = "5B1C6F0E-2D3A-4C4B-9E8F-7A6B5C4D3E2F"
    out = tmp_path / "package.zip"
    done = dscb("teams", "package", "--app-id", app_id, "--output", str(out), url=sqlite_url)
    assert done.returncode == 0, done.stderr
    with zipfile.ZipFile(out) as archive:
        assert sorted(archive.namelist()) == ["color.png", "manifest.json", "outline.png"]
        packaged = json.loads(archive.read("manifest.json"))
        (tmp_path / "manifest.json").write_bytes(archive.read("manifest.json"))
    assert packaged["id"] == packaged["bots"][0]["botId"] == app_id.lower()
    if VALIDATOR.exists():
        assert _validate(tmp_path / "manifest.json", monkeypatch, capsys) == (0, "valid\n")
    refused = dscb("teams", "package", "--app-id", "not-a-guid", "--output", str(tmp_path / "bad.zip"), url=sqlite_url)
    assert refused.returncode == 2 and "GUID" in refused.stderr and not (tmp_path / "bad.zip").exists()
