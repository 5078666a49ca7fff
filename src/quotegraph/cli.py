"""The command line: thin commands over the library (every behaviour lives in the API)."""
from __future__ import annotations

import sys

import click


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="quotegraph")
def main():
    """quotegraph: who said what, in what role, through which channel, about whom."""


# --- single articles: extract, eval (quotegraph.extraction, quotegraph.evaluate) ---------------

@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("-f", "--format", "fmt", type=click.Choice(["json", "jsonl", "text", "html"]),
              default="json", show_default=True, help="Output format.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), default=None,
              help="Write to FILE instead of standard output.")
@click.option("--model", default=None, help="spaCy model (package name or path) to parse with.")
def extract(paths, fmt, output, model):
    """Find and attribute the quotations in PATHS (.txt, .html, .jsonl, WARC, folders, "-").

    json prints one object for one article, a list for several; jsonl one article per line, in
    input order. Inputs that cannot be read or processed are reported on stderr; the others are
    still written, and the exit status is 1.
    """
    import json

    from . import extract_many, load_pipeline, read_articles
    from .models import Article, Failure
    from .render import html_page, text_listing

    nlp = load_pipeline(model)
    failures: list[Failure] = []

    def ok(item: Article | Failure) -> bool:
        """Report a Failure (read or extraction) on stderr; True for an Article."""
        if isinstance(item, Failure):
            failures.append(item)
            click.echo(f"error: {item}", err=True)
        return isinstance(item, Article)

    done: list[Article] = []
    with click.open_file(output or "-", "w", encoding="utf-8") as out:
        for art in extract_many(filter(ok, read_articles(paths)), nlp=nlp):
            if not ok(art):
                continue
            if fmt == "jsonl":
                out.write(json.dumps(art.to_dict(), ensure_ascii=False) + "\n")
            elif fmt == "text":
                out.write(text_listing(art) + "\n")
            else:
                done.append(art)
        if fmt == "json":
            value = done[0].to_dict() if len(done) == 1 and len(paths) == 1 and not failures else [
                a.to_dict() for a in done]
            out.write(json.dumps(value, ensure_ascii=False, indent=2) + "\n")
        elif fmt == "html":
            out.write(html_page(done))
    if failures:
        click.echo(f"{len(failures)} input(s) failed; the others were written.", err=True)
        sys.exit(1)


@main.command(name="eval")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False))
@click.option("--predictions", type=click.Path(dir_okay=False, writable=True), default=None,
              help="Also write the predictions, in the scorer's JSONL format, to this file.")
@click.option("--model", default=None, help="spaCy model (package name or path) to parse with.")
def evaluate_command(gold, predictions, model):
    """Score extraction against PolNeAR-format GOLD (JSONL) and print the figures as JSON.

    The figures are those of the reference scorer: split-tolerant (tol_*) and strict, content
    only and end-to-end (content and speaker), for all attributions and direct quotes.
    """
    import json

    from . import load_pipeline
    from .evaluate import evaluate

    figures, preds = evaluate(gold, nlp=load_pipeline(model))
    if predictions:
        with open(predictions, "w", encoding="utf-8") as fh:
            for doc_id, quotes in preds.items():
                fh.write(json.dumps({"id": doc_id, "quotes": quotes}) + "\n")
    click.echo(json.dumps(figures))


# --- corpus: ingest, search, speakers, stats, export (quotegraph.corpus, quotegraph.store) ------

_OUTPUT_FORMATS = ("text", "json", "csv")


def _db_option(command):
    """The --db option every corpus command takes."""
    return click.option(
        "--db", "db_url", default="quotegraph.db", show_default=True, envvar="QUOTEGRAPH_DB",
        help="SQLite file (or sqlite:///PATH), or a postgresql:// URL. Env: QUOTEGRAPH_DB.",
    )(command)


def _echo_json(value):
    import json

    click.echo(json.dumps(value, indent=2, ensure_ascii=False))


def _open_store(db_url):
    from .store import open_store

    try:
        return open_store(db_url)
    except Exception as exc:  # noqa: BLE001 - any driver error becomes one actionable line
        raise click.ClickException(f"cannot open the database {db_url!r}: {exc}") from exc


@main.command()
@click.argument("paths", nargs=-1, required=True)
@_db_option
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=1, show_default=True,
              help="Extraction worker processes; each loads the spaCy model once.")
@click.option("--model", default=None, help="spaCy model to extract with (default: the pipeline's).")
def ingest(paths, db_url, jobs, model):
    """Extract quotes from PATHS (files, folders, "-") into the store.

    Reads .txt, .html, .jsonl and WARC files, folders recursively. Articles already stored are
    skipped, so rerunning after an interruption resumes. Failures are recorded, listed at the
    end, and make the exit status 1.
    """
    import logging

    from .corpus import ingest as ingest_corpus

    logging.basicConfig(level=logging.INFO, format="%(message)s")
    with _open_store(db_url) as store:
        report = ingest_corpus(paths, store, jobs=jobs, model=model)
    click.echo(report.summary(), err=True)
    if report.failures:
        click.echo(f"{len(report.failures)} input(s) failed:", err=True)
        for failure in report.failures:
            click.echo(f"  {failure}", err=True)
        sys.exit(1)


@main.command()
@click.argument("words", required=False, default="")
@_db_option
@click.option("--speaker", help="Only this speaker, under any of their names or variants.")
@click.option("--outlet", help="Only articles from this outlet.")
@click.option("--since", metavar="YYYY-MM-DD", help="Only articles dated on or after this day.")
@click.option("--until", metavar="YYYY-MM-DD", help="Only articles dated on or before this day.")
@click.option("--kind", help="Only this kind of quote: direct, indirect or mixed.")
@click.option("--limit", type=click.IntRange(min=1), default=20, show_default=True)
@click.option("--format", "fmt", type=click.Choice(_OUTPUT_FORMATS), default="text", show_default=True)
def search(words, db_url, speaker, outlet, since, until, kind, limit, fmt):
    """Quotes matching WORDS (all of them; "quoted phrases" kept together), best first.

    Without WORDS, the newest quotes that pass the filters.
    """
    from .search import SearchQuery

    try:
        query = SearchQuery(text=words, speaker=speaker, outlet=outlet, since=since, until=until,
                            kind=kind, limit=limit)
    except ValueError as exc:
        raise click.UsageError(str(exc)) from exc
    with _open_store(db_url) as store:
        results = store.search(query)
    if fmt == "json":
        _echo_json(results)
    elif fmt == "csv":
        from .export import EXPORT_FIELDS, write_csv

        write_csv(results, sys.stdout, EXPORT_FIELDS + ("snippet", "score"))
    else:
        for row in results:
            who = row["speaker_name"] or row["speaker"] or "(unattributed)"
            title = f" ({row['speaker_title']})" if row["speaker_title"] else ""
            click.echo(f"{row['score']:.2f}  {row['date'] or '-'}  {row['outlet'] or '-'}  "
                       f"{who}{title}, {row['kind']}:\n    {row['snippet']}")


@main.command()
@_db_option
@click.option("--top", type=click.IntRange(min=1), default=20, show_default=True,
              help="How many speakers, most quoted first.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
def speakers(db_url, top, fmt):
    """Speakers across the corpus: quote counts, titles, first and last seen."""
    with _open_store(db_url) as store:
        rows = store.speakers(top)
    if fmt == "json":
        _echo_json(rows)
        return
    for row in rows:
        titles = f" ({'; '.join(row['titles'])})" if row["titles"] else ""
        click.echo(f"{row['quotes']:6d}  {row['name']}{titles}  "
                   f"{row['first_seen'] or '-'} .. {row['last_seen'] or '-'}")


@main.command()
@_db_option
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
def stats(db_url, fmt):
    """Row counts: articles, quotes, speakers, failures, statement groups."""
    with _open_store(db_url) as store:
        counts = store.stats()
    if fmt == "json":
        _echo_json(counts)
    else:
        for name, value in counts.items():
            click.echo(f"{name:32s} {value}")


@main.command()
@_db_option
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv", "parquet"]), required=True)
@click.option("-o", "--output", required=True, help='File to write ("-": stdout, not for parquet).')
def export(db_url, fmt, output):
    """Every quote, one row each with its speaker and article fields."""
    from .export import export as export_quotes

    with _open_store(db_url) as store:
        try:
            count = export_quotes(store, fmt, output)
        except ValueError as exc:
            raise click.UsageError(str(exc)) from exc
    click.echo(f"{count} quotes written to {output}", err=True)


# --- web: serve (quotegraph.web) ----------------------------------------------------------------

@main.command()
@_db_option
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Interface to listen on (0.0.0.0: every interface; the UI has no login).")
@click.option("--port", type=click.IntRange(1, 65535), default=8008, show_default=True)
def serve(db_url, host, port):
    """Explore the database in a browser: search, speakers, articles, statements, stats.

    Also a JSON API: /api/search, /api/speakers, /api/stats. Serves one request at a time
    (a tool for one person, not a production server); Ctrl+C stops it.
    """
    from .web import create_app

    with _open_store(db_url) as store:
        click.echo(f"quotegraph: serving {db_url} at http://{host}:{port}/", err=True)
        create_app(store).run(host=host, port=port, threaded=False)


# --- batch: spark ---------------------------------------------------------------------------------

@main.command()
@click.argument("input_path", metavar="INPUT")
@click.argument("output", metavar="OUTPUT")
@click.option("--spark", "use_spark", is_flag=True,
              help="Run on Apache Spark (pip install 'quotegraph[spark]'; needs Java 17+).")
@click.option("--master", default="local[*]", show_default=True,
              help="Spark master URL, with --spark.")
@click.option("--format", "fmt", type=click.Choice(["parquet", "jsonl"]), default=None,
              help="Output format: parquet (the default with --spark) or jsonl (without).")
@click.option("--model", default=None, help="spaCy model (package name or path) to parse with.")
def batch(input_path, output, use_spark, master, fmt, model):
    """Extract every article in INPUT into OUTPUT: one row per article, its quotes nested.

    Without --spark it streams in this process: INPUT is anything `extract` reads (file, folder,
    "-"), OUTPUT a JSONL file ("-": stdout). With --spark, INPUT is JSON Lines (.jsonl, .ndjson,
    .json, or a folder or glob of them) or a folder of article files, and OUTPUT a new folder of
    part files. A row that cannot be read or extracted has an "error" field instead of quotes;
    the others are still written, and the exit status is 1.
    """
    import json

    from .nlp.pipeline import ModelNotFound, load_pipeline

    if fmt == "parquet" and not use_spark:
        raise click.UsageError("--format parquet needs --spark; without it batch writes JSONL")
    try:  # fail now, not in every Spark task
        load_pipeline(model)
    except ModelNotFound as exc:
        raise click.ClickException(str(exc)) from exc
    if use_spark:
        try:
            from .batch import spark
        except ImportError as exc:
            raise click.ClickException(str(exc)) from exc
        spark.session(master)
        counts = spark.run(input_path, output, model=model, fmt=fmt or "parquet")
    else:
        from .batch import process_articles
        from .readers import read_articles

        counts = {"articles": 0, "quotes": 0, "errors": 0}
        with click.open_file(output, "w", encoding="utf-8") as out:
            for row in process_articles(read_articles([input_path]), model=model):
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
                counts["articles"] += 1
                counts["quotes"] += len(row.get("quotes") or ())
                counts["errors"] += row["error"] is not None
    click.echo(f"{counts['articles']} articles ({counts['quotes']} quotes) written to {output}",
               err=True)
    if counts["errors"]:
        click.echo(f"{counts['errors']} of them failed: see their \"error\" field.", err=True)
        sys.exit(1)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
