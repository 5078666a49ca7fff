"""The README documents every command of the command line and every field of a quote (no model
needed)."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from quotegraph.cli import main
from quotegraph.models import QUOTE_FIELDS

README = Path(__file__).parents[1] / "README.md"


def test_the_cli_has_commands():
    assert {"extract", "eval"} <= set(main.commands)


@pytest.mark.parametrize("command", sorted(main.commands))
def test_every_cli_command_is_in_the_readme(command):
    text = README.read_text(encoding="utf-8")
    assert re.search(rf"\bquotegraph {re.escape(command)}\b", text), (
        f"`quotegraph {command}` is a CLI command but README.md never shows it")


@pytest.mark.parametrize("name", QUOTE_FIELDS)
def test_every_quote_field_is_in_the_readme_contract(name):
    table = README.read_text(encoding="utf-8").split("### The JSON contract", 1)[1].split("\n## ", 1)[0]
    assert f"`{name}`" in table, f"the quote field {name!r} is not documented in README.md's JSON contract"
