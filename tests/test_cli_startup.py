"""The `dscb` command table: it matches the commands it stands for, `--help` loads none of them, and the README's
command table lists every command and option that exists and none that does not."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import click
import pytest
import typer.core

from cli.lazy import LazyCommand
from cli.main import COMMANDS

ROOT = Path(__file__).resolve().parent.parent
GLOBAL_OPTIONS = {"--database-url", "--board", "--help"}


def _leaves(command: click.Command, path: tuple[str, ...]) -> dict[tuple[str, ...], click.Command]:
    """Every runnable command under `command`, by its words after `dscb`."""
    real = command.real() if isinstance(command, LazyCommand) else command
    found: dict[tuple[str, ...], click.Command] = {}
    if isinstance(real, click.Group | typer.core.TyperGroup):
        if real.invoke_without_command:  # `dscb roster` lists members itself
            found[path] = real
        for name, sub in real.commands.items():
            found |= _leaves(sub, (*path, name))
    else:
        found[path] = real
    return found


def _cli_commands() -> dict[tuple[str, ...], set[str]]:
    """Each command's words and its options' long names, as the CLI itself defines them."""
    commands: dict[tuple[str, ...], set[str]] = {}
    for entry in COMMANDS:
        for path, command in _leaves(LazyCommand(entry), (entry.name,)).items():
            options = {o for p in command.params for o in p.opts if o.startswith("--")}
            commands[path] = options - GLOBAL_OPTIONS
    return commands


def _readme_commands() -> dict[tuple[str, ...], set[str]]:
    """Each `dscb …` in the README's command table: its words and the options it shows."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    table = text.split("## The `dscb` command", 1)[1].split("\n\n|", 1)[1].split("\n\n", 1)[0]
    found: dict[tuple[str, ...], set[str]] = {}
    for row in table.splitlines()[2:]:
        first_cell = row.split(" | ")[0]
        for usage in re.findall(r"`(dscb [^`]+)`", first_cell):
            words = usage.split()[1:]
            path = tuple(w for w in _leading_words(words))
            found.setdefault(path, set()).update(re.findall(r"--[a-z][a-z-]*", usage))
    return found


def _leading_words(words: list[str]) -> list[str]:
    """The command's own words: lower-case words before the first argument, option or placeholder."""
    path = []
    for word in words:
        if not re.fullmatch(r"[a-z][a-z-]*", word):
            break
        path.append(word)
    return path


def test_every_entry_describes_its_command() -> None:
    """The line `dscb --help` shows for each command is that command's own help (the table cannot drift)."""
    for entry in COMMANDS:
        real = entry.load()
        assert real.get_short_help_str(10_000) == entry.help, entry.name


def test_help_loads_no_command() -> None:
    """`dscb --help` imports neither the core, the store nor SQLAlchemy: it answers from the table."""
    probe = (
        "import sys\n"
        "sys.argv = ['dscb', '--help']\n"
        "from cli.main import main\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "print('LOADED', sorted(m for m in ('bot', 'store', 'sqlalchemy', 'cli.actions') if m in sys.modules))\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=ROOT, check=True)
    assert "LOADED []" in done.stdout
    for entry in COMMANDS:
        assert entry.name in done.stdout


def test_a_command_runs_through_the_table(tmp_path: Path) -> None:
    """A command named in the table runs for real (its module is loaded then), with its own arguments."""
    url = f"sqlite:///{tmp_path}/cli.db"
    command = [sys.executable, "-c", "from cli.main import main; main()", "--database-url", url]
    roster = ROOT / "bot" / "data" / "demo-roster.csv"
    imported = subprocess.run([*command, "roster", "import", str(roster)], capture_output=True, text=True, cwd=ROOT)
    assert imported.returncode == 0, imported.stderr
    listed = subprocess.run([*command, "roster", "--json"], capture_output=True, text=True, cwd=ROOT)
    assert listed.returncode == 0, listed.stderr
    assert "Martine McFadden" in listed.stdout
    refused = subprocess.run([*command, "meeting", "add", "not-a-date"], capture_output=True, text=True, cwd=ROOT)
    assert refused.returncode == 2 and refused.stderr.startswith("dscb: "), refused.stderr


def test_readme_lists_every_command_and_option() -> None:
    """README's command table: every command and option the CLI has, and none it does not."""
    cli, readme = _cli_commands(), _readme_commands()
    assert sorted(set(cli) - set(readme)) == [], "commands missing from the README's table"
    assert sorted(set(readme) - set(cli)) == [], "commands in the README's table that do not exist"
    missing = {" ".join(p): sorted(cli[p] - readme[p]) for p in cli if cli[p] - readme[p]}
    unknown = {" ".join(p): sorted(readme[p] - cli[p]) for p in cli if readme[p] - cli[p]}
    assert missing == {}, "options missing from the README's table"
    assert unknown == {}, "options in the README's table that the command does not have"


@pytest.mark.parametrize("words", [("roster",), ("meeting", "list"), ("report", "tracker")])
def test_the_readme_check_sees_real_commands(words: tuple[str, ...]) -> None:
    """The README check itself reads real commands and options (it would catch one missing)."""
    assert words in _cli_commands()
    assert words in _readme_commands()


def test_the_quick_migration_check_agrees_with_alembic(tmp_path: Path) -> None:
    """The head read from the migration files is Alembic's own, and a migrated database is seen as current."""
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    from store import db

    config = Config()
    config.set_main_option("script_location", str(db.MIGRATIONS))
    assert db.head_revision() == ScriptDirectory.from_config(config).get_current_head()
    url = f"sqlite:///{tmp_path}/fresh.db"
    assert not db.is_current(url)
    db.upgrade(url)
    assert db.is_current(url)
