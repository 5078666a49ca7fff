"""The command line: thin commands over the library (every behaviour lives in the API)."""
from __future__ import annotations

import sys

import click


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="quotegraph")
def main():
    """quotegraph: who said what, in what role, through which channel, about whom."""


# --- single articles: extract, eval (quotegraph.extraction, quotegraph.evaluate) ---------------

# --- corpus: ingest, search, speakers, stats, export (quotegraph.corpus, quotegraph.store) ------


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
