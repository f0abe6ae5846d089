"""The Slack app manifest: valid against Slack's published schema, and declaring exactly what the app uses.

The schema check needs ../shared (the validator and Slack's schema files) and skips without it. The contents
checks need only pyyaml, so a scope, event or command cannot be added or dropped without changing this file.
"""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
MANIFEST = ROOT / "manifest.yaml"
SHARED = ROOT.parent / "shared"
VALIDATOR = SHARED / "tools" / "validate_manifest.py"

SLASH_COMMANDS = ["/dscb-actions", "/dscb-apologies", "/dscb-audit", "/dscb-minutes", "/dscb-report", "/dscb"]
SHORTCUTS = {"record_as_action": "message", "new_action": "global"}
BOT_EVENTS = ["app_mention", "message.im", "app_home_opened"]
BOT_SCOPES = [
    "app_mentions:read",
    "chat:write",
    "commands",
    "im:history",
    "im:read",
    "im:write",
    "users:read",
    "users:read.email",
    "files:read",
    "files:write",
]


@pytest.fixture(scope="module")
def manifest() -> dict[str, Any]:
    data = yaml.safe_load(MANIFEST.read_text(encoding="utf-8"))
    assert isinstance(data, dict), "manifest.yaml must be a YAML mapping"
    return data


def _load_validator_module() -> ModuleType:
    if not SHARED.is_dir():
        pytest.skip(f"{SHARED} is absent (the shared folder is not beside this checkout)")
    if not VALIDATOR.is_file():
        pytest.skip(f"{VALIDATOR} is absent, so the manifest cannot be checked against Slack's schema")
    pytest.importorskip("jsonschema", reason="jsonschema is needed to validate the manifest (pip install -e '.[dev]')")
    pytest.importorskip("referencing", reason="referencing (installed with jsonschema) is needed by the validator")
    spec = importlib.util.spec_from_file_location("shared_validate_manifest", VALIDATOR)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _errors(document: dict[str, Any]) -> list[str]:
    validator = _load_validator_module().validator()
    return [
        f"{'/'.join(map(str, error.absolute_path)) or '(root)'}: {error.message}"
        for error in sorted(validator.iter_errors(document), key=lambda e: list(map(str, e.absolute_path)))
    ]


def test_manifest_is_valid_against_slacks_schema(manifest: dict[str, Any]) -> None:
    assert _errors(manifest) == []


def test_the_schema_check_is_not_vacuous(manifest: dict[str, Any]) -> None:
    broken = {**manifest, "features": {**manifest["features"], "bot_user": {"always_online": "yes"}}}
    assert _errors(broken), "the validator accepted a bot user without a display name"


def test_display_information(manifest: dict[str, Any]) -> None:
    info = manifest["display_information"]
    assert info["name"] == "Board Assistant"
    assert 0 < len(info["description"]) <= 140
    # The schema spells this pattern as "regex", which JSON Schema validators ignore: check it here.
    assert re.fullmatch(r"#[0-9a-fA-F]{3}([0-9a-fA-F]{3})?", info["background_color"])


def test_bot_user_and_app_home(manifest: dict[str, Any]) -> None:
    features = manifest["features"]
    assert features["bot_user"] == {"display_name": "board-assistant", "always_online": True}
    assert features["app_home"] == {
        "home_tab_enabled": True,
        "messages_tab_enabled": True,
        "messages_tab_read_only_enabled": False,
    }


def test_slash_commands_are_exactly_the_apps(manifest: dict[str, Any]) -> None:
    commands = manifest["features"]["slash_commands"]
    assert [c["command"] for c in commands] == SLASH_COMMANDS
    for command in commands:
        assert command["should_escape"] is False, command["command"]
        assert command["description"].strip(), command["command"]
        # Socket Mode needs no request URLs; HTTP mode adds them when deploying (see the comments in the file).
        assert "url" not in command, command["command"]


def test_shortcuts_are_exactly_the_apps(manifest: dict[str, Any]) -> None:
    shortcuts = manifest["features"]["shortcuts"]
    assert {s["callback_id"]: s["type"] for s in shortcuts} == SHORTCUTS
    assert len(shortcuts) == len(SHORTCUTS)
    names = {s["callback_id"]: s["name"] for s in shortcuts}
    assert names == {"record_as_action": "Record as action", "new_action": "New action"}
    assert all(s["description"].strip() for s in shortcuts)


def test_bot_scopes_are_exactly_what_the_app_needs(manifest: dict[str, Any]) -> None:
    scopes = manifest["oauth_config"]["scopes"]
    assert scopes["bot"] == BOT_SCOPES
    assert set(scopes) == {"bot"}, "the app asks for no user scopes"


def test_bot_events(manifest: dict[str, Any]) -> None:
    assert manifest["settings"]["event_subscriptions"]["bot_events"] == BOT_EVENTS


def test_settings_use_socket_mode(manifest: dict[str, Any]) -> None:
    settings = manifest["settings"]
    assert settings["interactivity"]["is_enabled"] is True
    assert settings["org_deploy_enabled"] is False
    assert settings["socket_mode_enabled"] is True
    assert settings["token_rotation_enabled"] is False
    assert "request_url" not in settings["event_subscriptions"]
    assert "request_url" not in settings["interactivity"]


def test_comments_explain_http_mode() -> None:
    text = MANIFEST.read_text(encoding="utf-8")
    assert "https://YOUR-HOST/slack/events" in text
    assert "https://YOUR-HOST/slack/oauth_redirect" in text
    assert "dscb run --http" in text
