"""Every CLI command and option is documented in docs/cli.md; every error code too."""
import re
from pathlib import Path

import typer

from claimtrace.cli import app
from claimtrace.errors import MESSAGES

DOCS = Path(__file__).resolve().parent.parent / "docs" / "cli.md"


def _commands():
    group = typer.main.get_command(app)
    for name, cmd in group.commands.items():
        if hasattr(cmd, "commands"):
            for sub, subcmd in cmd.commands.items():
                yield f"{name} {sub}", subcmd
        else:
            yield name, cmd


def test_every_command_and_option_is_documented():
    text = DOCS.read_text(encoding="utf-8")
    missing = []
    for name, cmd in _commands():
        section = re.search(rf"^### `claimtrace {re.escape(name)}`(.*?)(?=^### |\Z)", text, re.M | re.S)
        if section is None:
            missing.append(f"command {name}")
            continue
        for param in cmd.params:
            for opt in param.opts:
                if opt.startswith("--") and opt not in section.group(1):
                    missing.append(f"{name} {opt}")
    assert not missing, f"undocumented in docs/cli.md: {missing}"


def test_every_error_code_is_documented():
    text = DOCS.read_text(encoding="utf-8")
    assert [c for c in MESSAGES if f"`{c}`" not in text] == []
