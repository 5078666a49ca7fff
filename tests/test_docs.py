"""The README documents every command of the command line (no model needed)."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from quotegraph.cli import main

README = Path(__file__).parents[1] / "README.md"


def test_the_cli_has_commands():
    assert {"extract", "eval"} <= set(main.commands)


@pytest.mark.parametrize("command", sorted(main.commands))
def test_every_cli_command_is_in_the_readme(command):
    text = README.read_text(encoding="utf-8")
    assert re.search(rf"\bquotegraph {re.escape(command)}\b", text), (
        f"`quotegraph {command}` is a CLI command but README.md never shows it")
