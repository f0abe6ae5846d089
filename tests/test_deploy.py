"""The deployment examples in deploy/ and the backup of docs/deploy.md, checked without systemd: every command the
unit files start is a real `dscb` command, every variable the environment files set is one the README's
Configuration table lists, and an export restores into a fresh database with the same actions."""

from __future__ import annotations

import json
import re
import shlex
from pathlib import Path
from typing import Any

import pytest

from handlers.teams.settings import parse_tenants
from tests.conftest import DEMO_ROSTER, ROOT, dscb

DEPLOY = ROOT / "deploy"
UNITS = sorted(DEPLOY.glob("*.service"))
ENV_EXAMPLES = sorted(DEPLOY.glob("*.env.example"))
STARTS = ("ExecStartPre", "ExecStart")
NOW = "2015-05-15T09:30"  # the clock of the round trip, so the due date read from "by 30 June" is fixed


def unit_settings(path: Path) -> list[tuple[str, str]]:
    """A unit file's ``Key=value`` lines in order (comments dropped, continued lines joined)."""
    settings: list[tuple[str, str]] = []
    pending = ""
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = pending + raw.strip()
        pending = ""
        if line.endswith("\\"):
            pending = line[:-1] + " "
            continue
        if not line or line.startswith(("#", ";", "[")):
            continue
        key, sep, value = line.partition("=")
        assert sep, f"{path.name}: {line!r} is not a Key=value line"
        settings.append((key.strip(), value.strip()))
    return settings


def command_line(value: str) -> list[str]:
    """An Exec line as systemd runs it: its prefixes (``-``, ``@``, ``:``, ``+``, ``!``) dropped, ``%%`` and ``$$``
    unescaped, split into words."""
    words = shlex.split(value.lstrip("-@:+!").replace("%%", "%").replace("$$", "$"))
    assert words, f"an empty command line: {value!r}"
    return words


def start_commands() -> list[tuple[str, list[str]]]:
    """Every ExecStartPre and ExecStart command of deploy/*.service, with the unit it is in."""
    return [
        (f"{unit.name}:{key}", command_line(value))
        for unit in UNITS
        for key, value in unit_settings(unit)
        if key in STARTS
    ]


def configuration_variables() -> set[str]:
    """The variables the README's Configuration table lists; ``…__CLIENTSECRET`` after
    ``CONNECTIONS__…__CLIENTID`` in one cell is read as ``CONNECTIONS__…__CLIENTSECRET``."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "\n## Configuration\n" in readme, "README.md has no Configuration section"
    section = readme.split("\n## Configuration\n", 1)[1].split("\n## ", 1)[0]
    names: set[str] = set()
    for row in section.splitlines():
        if not row.startswith("| `"):
            continue
        previous = ""
        for name in re.findall(r"`([^`]+)`", row.split("|")[1]):
            if name.startswith("…"):
                name = previous.rsplit("__", 1)[0] + name[1:]
            names.add(name)
            previous = name
    return names


def env_assignments(path: Path) -> dict[str, str]:
    """The variables an environment file sets, and those it offers commented out (``#NAME=value``)."""
    found: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        match = re.match(r"#?\s*([A-Za-z_][A-Za-z0-9_]*)=(.*)$", line)
        if match:
            found[match[1]] = match[2].strip().strip('"')
    return found


def test_deploy_folder_holds_the_documented_files() -> None:
    """The unit files, the timer and the environment files docs/deploy.md installs are all there."""
    names = {path.name for path in DEPLOY.iterdir()}
    assert {
        "board-assistant-slack.service",
        "board-assistant-teams.service",
        "board-assistant-backup.service",
        "board-assistant-backup.timer",
        "slack.env.example",
        "teams.env.example",
    } <= names


def test_every_service_starts_dscb() -> None:
    """Each service runs a `dscb` command, by absolute path, as its ExecStart."""
    assert UNITS
    for unit in UNITS:
        starts = [command_line(value) for key, value in unit_settings(unit) if key == "ExecStart"]
        assert starts, f"{unit.name} has no ExecStart"
        for words in starts:
            assert Path(words[0]).is_absolute() and Path(words[0]).name == "dscb", f"{unit.name}: {words}"


@pytest.mark.parametrize(("where", "words"), start_commands(), ids=[where for where, _ in start_commands()])
def test_start_commands_are_real_dscb_commands(where: str, words: list[str], sqlite_url: str) -> None:
    """ExecStartPre and ExecStart run `dscb` with a command and options it has: with --help appended, the real
    command line parses them and exits 0 (an unknown command or option exits 2)."""
    assert Path(words[0]).name == "dscb", f"{where}: {words[0]} is not the dscb command"
    done = dscb(*words[1:], "--help", url=sqlite_url)
    assert done.returncode == 0, f"{where}: dscb {' '.join(words[1:])}: {done.stdout}{done.stderr}"
    assert "Usage: " in done.stdout


def test_an_unknown_option_fails_the_same_check(sqlite_url: str) -> None:
    """The check above can fail: an option `dscb run` lacks is refused even with --help after it."""
    done = dscb("run", "--teams", "--no-such-option", "--help", url=sqlite_url)
    assert done.returncode != 0


def test_units_read_the_environment_files_of_deploy() -> None:
    """Each EnvironmentFile a unit reads is one of deploy/*.env.example, installed without ``.example``."""
    examples = {path.name.removesuffix(".example") for path in ENV_EXAMPLES}
    for unit in UNITS:
        for key, value in unit_settings(unit):
            if key == "EnvironmentFile":
                assert Path(value.lstrip("-")).name in examples, f"{unit.name}: {value}"


def test_environment_files_set_only_documented_variables() -> None:
    """Every variable in deploy/*.env.example, set or offered commented out, is in the README's Configuration
    table; each file sets the ones its mode needs."""
    documented = configuration_variables()
    prefix = "CONNECTIONS__SERVICE_CONNECTION__SETTINGS__"
    assert {"DATABASE_URL", "DSCB_TEAMS_TENANTS", f"{prefix}CLIENTSECRET"} <= documented
    assert ENV_EXAMPLES
    for path in ENV_EXAMPLES:
        names = set(env_assignments(path))
        assert names, f"{path.name} sets nothing"
        assert not names - documented, f"{path.name}: not in README's Configuration table: {names - documented}"
    slack = env_assignments(DEPLOY / "slack.env.example")
    assert {"DATABASE_URL", "SLACK_BOT_TOKEN", "SLACK_SIGNING_SECRET"} <= set(slack)
    teams = env_assignments(DEPLOY / "teams.env.example")
    assert {"DATABASE_URL", "DSCB_TEAMS_TENANTS", *(prefix + k for k in ("CLIENTID", "CLIENTSECRET", "TENANTID"))} <= (
        set(teams)
    )
    assert parse_tenants(teams["DSCB_TEAMS_TENANTS"])  # the example's tenant list is one the app accepts


def test_environment_files_are_plain_assignments() -> None:
    """Lines that are not comments are ``NAME=value`` as systemd's EnvironmentFile reads them (no ``export``, no
    spaces around ``=``)."""
    for path in ENV_EXAMPLES:
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if line.strip() and not line.startswith("#"):
                assert re.fullmatch(r"[A-Z][A-Z0-9_]*=\S.*", line), f"{path.name}:{number}: {line!r}"


def _ok(*args: str, url: str, stdin: str = "") -> str:
    done = dscb(*args, url=url, stdin=stdin)
    assert done.returncode == 0, f"dscb {' '.join(args)}: {done.stderr}"
    assert "Traceback" not in done.stderr
    return done.stdout


def _actions(url: str) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = json.loads(_ok("actions", "--status", "all", "--json", "--now", NOW, url=url))
    return rows


def test_backup_restores_into_a_fresh_database(sqlite_url: str, tmp_path: Path) -> None:
    """`dscb export --output FILE`, then `dscb import-board FILE` into a new database (created and migrated by the
    import itself): the same actions come back; importing it again into that database is refused."""
    _ok("roster", "import", str(DEMO_ROSTER), url=sqlite_url)
    said = _ok("console", "--as", "Martine McFadden", "--now", NOW, url=sqlite_url,
               stdin="Viv Townsend to send the chart by 30 June\n")  # fmt: skip
    assert "Recorded A-1" in said
    before = _actions(sqlite_url)
    assert [(a["ref"], a["owners"], a["due"], a["status"]) for a in before] == [
        ("A-1", ["Viv Townsend"], "2015-06-30", "open")
    ]

    backup = tmp_path / "backup.json"
    _ok("export", "--output", str(backup), url=sqlite_url)
    assert json.loads(backup.read_text(encoding="utf-8"))["tables"]["action"]

    restored_file = tmp_path / "restored.db"
    assert not restored_file.exists()
    restored = f"sqlite:///{restored_file}"
    assert "Restored" in _ok("import-board", str(backup), url=restored)
    assert _actions(restored) == before
    roster = json.loads(_ok("roster", "--json", url=restored))
    assert roster == json.loads(_ok("roster", "--json", url=sqlite_url))

    again = dscb("import-board", str(backup), url=restored)
    assert again.returncode != 0 and "already holds" in again.stderr
    assert _actions(restored) == before
