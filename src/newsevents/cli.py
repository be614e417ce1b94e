"""`newsevents` command line: a thin shell over the Python API.

Every command has --help; errors are one line on stderr and a non-zero exit.
"""
from __future__ import annotations

import csv
import json
import os
import sys
from pathlib import Path

import click

from . import __version__
from .errors import NewsEventsError, UsageError

DB_ENV = "NEWSEVENTS_DB"
DEFAULT_DB = "newsevents.db"
FORMATS = ("json", "plover", "table")


def _fail(message: str, code: int = 1) -> None:
    click.echo(f"newsevents: error: {message}", err=True)
    sys.exit(code)


def _warn(message: str) -> None:
    click.echo(f"newsevents: skipped {message}", err=True)


class Group(click.Group):
    """Turns project errors into one clear line instead of a traceback."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except NewsEventsError as err:
            _fail(str(err))
        except BrokenPipeError:
            sys.stderr.close()
            sys.exit(0)
        except KeyboardInterrupt:
            _fail("interrupted", 130)
        except OSError as err:
            _fail(f"{err.strerror or err}: {getattr(err, 'filename', '') or ''}".rstrip(": "))
        except click.exceptions.Exit:
            raise
        except click.ClickException:
            raise
        except Exception as err:  # never a traceback for users; NEWSEVENTS_DEBUG=1 shows it
            if os.environ.get("NEWSEVENTS_DEBUG"):
                raise
            _fail(f"[E900] internal error: {type(err).__name__}: {err} (set NEWSEVENTS_DEBUG=1 for details)")


def _iso_date(ctx, param, value):
    """Strict YYYY-MM-DD for dates given on the command line."""
    if value is None:
        return None
    import datetime as dt
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise UsageError(f"--{param.name} {value!r} is not a date; use YYYY-MM-DD") from None


def _db_option(f):
    return click.option("--db", default=None, metavar="PATH|URL",
                        help=f"Store (SQLite path or SQLAlchemy URL). Default: ${DB_ENV} or ./{DEFAULT_DB}.")(f)


def _db(db: str | None) -> str:
    return db or os.environ.get(DB_ENV) or DEFAULT_DB


def _workers_option(f):
    return click.option("--workers", type=click.IntRange(min=1), default=None,
                        help="Processes to use (default: every core).")(f)


def _recycle_option(f):
    return click.option("--recycle-after", "recycle_after", type=click.IntRange(min=0), default=None,
                        metavar="ARTICLES",
                        help="Replace each worker process after coding about this many articles, "
                             "which bounds its memory on long runs (default: 1024; 0 = never).")(f)


def _kb_option(f):
    return click.option("--kb", "kb_file", type=click.Path(exists=True, dir_okay=False), default=None,
                        help="Extra knowledge-base file (docs/kb.md) used for this run only.")(f)


@click.group(cls=Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="newsevents")
def main():
    """Turn news about conflict and diplomacy into PLOVER/CAMEO/ACLED events with provenance."""


def _results(paths, published, workers, kb_file, recycle_after=None):
    from .ingest.readers import read_inputs
    from .parallel import code_stream, recycle_chunks

    items = read_inputs(list(paths) or ["-"], published=published)
    return code_stream(items, workers=workers, kb_paths=_kb_paths(kb_file),
                       recycle_after=recycle_chunks(recycle_after))


def _kb_paths(kb_file) -> list[str]:
    """The user's added KB files, plus --kb for this run."""
    from .actors.user_kb import user_files
    return [str(p) for p in user_files()] + ([kb_file] if kb_file else [])


@main.command()
@click.argument("paths", nargs=-1)
@click.option("--published", metavar="YYYY-MM-DD", callback=_iso_date,
              help="Publication date for records without one (relative dates like 'last week' resolve against it).")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="json", show_default=True)
@click.option("--explain", is_flag=True, help="Print why each event was coded (trigger, rule, roles).")
@_workers_option
@_recycle_option
@_kb_option
def code(paths, published, fmt, explain, workers, recycle_after, kb_file):
    """Code articles without storing them.

    PATHS are .txt, .html, .json, .jsonl files, directories, or - for stdin (the default).
    JSON output is one line per input record, in input order, with the same id.
    """
    from .export.plover import to_plover
    from .render import events_table, explain_event

    console = None
    for result in _results(paths, published, workers, kb_file, recycle_after):
        if not hasattr(result, "article"):
            _warn(str(result))
            continue
        doc = result.to_dict()
        if explain:
            click.echo(f"# {doc['article']['id']}: {len(doc['events'])} events, {len(doc['quotes'])} quotes")
            for ev in doc["events"]:
                click.echo(explain_event(ev))
            continue
        if fmt == "json":
            click.echo(json.dumps(doc, ensure_ascii=False))
        elif fmt == "plover":
            for ev in doc["events"]:
                click.echo(json.dumps(to_plover(ev, doc["article"]), ensure_ascii=False))
        else:
            if console is None:
                from rich.console import Console
                console = Console()
            console.print(events_table(doc["events"], title=doc["article"]["id"]))


@main.command()
@click.argument("text")
@click.option("--published", metavar="YYYY-MM-DD", callback=_iso_date)
def explain(text, published):
    """Code TEXT and explain every event: trigger, rule or lexicon entry, roles and why."""
    from .pipeline import Coder
    from .records import Article
    from .render import explain_event

    coded = Coder(kb=_user_kb()).code(Article(text=text, published=published)).to_dict()
    if not coded["events"]:
        click.echo("no events found")
    for ev in coded["events"]:
        click.echo(explain_event(ev))
    for q in coded["quotes"]:
        speaker = (q.get("speaker") or {}).get("entity_text")
        click.echo(f"QUOTE {speaker!r} {q['cue']!r}: {q['text']!r} (direct={q['direct']})")


def _user_kb():
    from .actors.user_kb import load_kb
    return load_kb()


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--published", metavar="YYYY-MM-DD", callback=_iso_date)
@_db_option
@_workers_option
@_recycle_option
@_kb_option
def ingest(paths, published, db, workers, recycle_after, kb_file):
    """Code articles and store them. Re-ingesting a stored article adds nothing."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from .store import Store

    store = Store(_db(db))
    added = skipped = bad = 0
    progress = Progress(TextColumn("coding"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                        transient=True, disable=not sys.stderr.isatty())
    with progress:
        task = progress.add_task("coding", total=None)
        for result in _results(paths, published, workers, kb_file, recycle_after):
            progress.advance(task)
            if not hasattr(result, "article"):
                bad += 1
                _warn(str(result))
                continue
            if store.add(result):
                added += 1
            else:
                skipped += 1
    counts = store.counts()
    store.close()
    click.echo(f"ingested {added} new article(s), {skipped} already stored, {bad} skipped; "
               f"store {_db(db)} holds {counts.get('articles', 0)} articles, "
               f"{counts.get('events', 0)} events, {counts.get('quotes', 0)} quotes", err=True)


@main.command()
@_db_option
@click.option("--actor", help="Actor or recipient: ISO3/IGO code or a name.")
@click.option("--type", "type_", metavar="PLOVER_TYPE", help="PLOVER event type, e.g. ASSAULT.")
@click.option("--country", metavar="ISO3", help="Country of the event place or of a party.")
@click.option("--since", metavar="YYYY-MM-DD", callback=_iso_date)
@click.option("--until", metavar="YYYY-MM-DD", callback=_iso_date)
@click.option("--limit", type=click.IntRange(min=1), default=None)
@click.option("--format", "fmt", type=click.Choice(("table", "json", "csv")), default="table", show_default=True)
def events(db, actor, type_, country, since, until, limit, fmt):
    """Query stored events."""
    from .store import Store

    store = Store(_db(db))
    rows = store.events(actor=actor, type=type_.upper() if type_ else None,
                        country=country.upper() if country else None, since=since, until=until, limit=limit)
    store.close()
    if fmt == "json":
        for row in rows:
            click.echo(json.dumps(row, ensure_ascii=False))
    elif fmt == "csv":
        _write_csv(rows)
    else:
        from rich.console import Console

        from .render import events_table
        Console(width=max(160, Console().width)).print(events_table(rows, title=f"{len(rows)} events"))


CSV_COLUMNS = ("id", "article_id", "date", "enddate", "date_precision", "event", "mode", "cameo",
               "quad_code", "goldstein", "actor_codes", "actor_text", "recipient_codes", "recipient_text",
               "place", "country_code", "lat", "lon", "dead", "injured", "arrested", "aux",
               "acled_event_type", "acled_sub_event_type", "confidence", "text")


def _write_csv(rows):
    writer = csv.writer(sys.stdout)
    writer.writerow(CSV_COLUMNS)
    for r in rows:
        loc = r.get("event_loc") or {}
        size = r.get("size") or {}
        acled = r.get("acled") or {}
        writer.writerow([r.get("id"), r.get("article_id"), r.get("date"), r.get("enddate"), r.get("date_precision"),
                         r.get("event"), r.get("mode"), r.get("cameo"), r.get("quad_code"), r.get("goldstein"),
                         ";".join(f"{e.get('code') or ''}/{e.get('sector') or ''}" for e in r.get("actor", [])),
                         ";".join(e.get("entity_text", "") for e in r.get("actor", [])),
                         ";".join(f"{e.get('code') or ''}/{e.get('sector') or ''}" for e in r.get("recipient", [])),
                         ";".join(e.get("entity_text", "") for e in r.get("recipient", [])),
                         loc.get("resolved_place"), loc.get("country_code"), loc.get("lat"), loc.get("lon"),
                         size.get("dead"), size.get("injured"), size.get("arrested"), ";".join(r.get("aux", [])),
                         acled.get("event_type"), acled.get("sub_event_type"), r.get("confidence"), r.get("text")])


@main.command()
@_db_option
@click.option("--speaker", help="Speaker name or code (substring, case-insensitive).")
@click.option("--since", metavar="YYYY-MM-DD", callback=_iso_date)
@click.option("--limit", type=click.IntRange(min=1), default=None)
@click.option("--format", "fmt", type=click.Choice(("table", "json")), default="table", show_default=True)
def quotes(db, speaker, since, limit, fmt):
    """Query stored quotes (who said what)."""
    from .store import Store

    store = Store(_db(db))
    rows = store.quotes(speaker=speaker, since=since, limit=limit)
    store.close()
    if fmt == "json":
        for row in rows:
            click.echo(json.dumps(row, ensure_ascii=False))
        return
    from rich.console import Console
    from rich.table import Table
    table = Table(title=f"{len(rows)} quotes", header_style="bold")
    for col in ("published", "speaker", "cue", "direct", "text"):
        table.add_column(col, overflow="fold", max_width=70 if col == "text" else 30)
    for q in rows:
        sp = q.get("speaker") or {}
        who = f"{sp.get('identifier_text') or sp.get('entity_text') or '?'} ({sp.get('code') or '?'}/{sp.get('sector') or '?'})"
        table.add_row(str(q.get("published") or "-"), who, q.get("cue") or "-", "yes" if q.get("direct") else "no",
                      q.get("text", ""))
    Console(width=max(140, Console().width)).print(table)


@main.command()
@click.option("--format", "fmt", type=click.Choice(("plover",)), default="plover", show_default=True)
@click.argument("out", type=click.Path(dir_okay=False, writable=True))
@_db_option
def export(fmt, out, db):
    """Export everything stored, as PLOVER JSONL (OUT may be - for stdout)."""
    from .export.plover import export_plover
    from .store import Store

    store = Store(_db(db))
    if out == "-":
        count = export_plover(store, sys.stdout)
    else:
        count = export_plover(store, Path(out))
    store.close()
    click.echo(f"exported {count} events as {fmt} to {out}", err=True)


@main.command(name="eval")
@click.argument("dataset")
@click.argument("path", required=False)
@click.option("--limit", type=click.IntRange(min=1), default=None, help="Score only the first N items.")
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
def eval_(dataset, path, limit, as_json):
    """Score newsevents on a development dataset (path defaults to ../shared/data/...).

    DATASET is one of the names printed by `newsevents eval list`.
    """
    from .evaluate import DATASETS, run_eval

    if dataset == "list":
        for name, spec in sorted(DATASETS.items()):
            click.echo(f"{name:18} {spec.description}  (default: {spec.default_path})")
        return
    report = run_eval(dataset, path, limit=limit)
    if as_json:
        click.echo(json.dumps(report, indent=1, ensure_ascii=False))
        return
    from .evaluate.report import print_report
    print_report(report)


@main.command()
@click.argument("path", type=click.Path(exists=True, dir_okay=False))
@click.option("--limit", type=click.IntRange(min=1), default=None, help="Use the first N articles.")
@click.option("--stages", type=click.IntRange(min=0), default=200, show_default=True,
              help="Profile each stage on the first N articles in one process, after a warm-up "
                   "on the 50 that follow them (0 = skip).")
@_workers_option
def bench(path, limit, workers, stages):
    """Throughput on a JSONL corpus vs the bare spaCy pass on the same texts, stage costs and load times."""
    from .bench import run_bench

    report = run_bench(path, limit=limit, workers=workers, stage_articles=stages)
    from .evaluate.report import print_report
    print_report(report)


@main.group(cls=Group)
def kb():
    """Inspect and extend the actor knowledge base."""


@kb.command("add")
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
def kb_add(file):
    """Validate FILE (docs/kb.md format) and add it to your local knowledge base."""
    from .actors.user_kb import add_user_file

    dest, n = add_user_file(file)
    click.echo(f"added {n} entries from {file}; stored as {dest}")


@kb.command("lookup")
@click.argument("name")
@click.option("--date", metavar="YYYY-MM-DD", callback=_iso_date, help="Date for dated roles (default: today).")
def kb_lookup(name, date):
    """Show what NAME resolves to on DATE, and why."""
    from .actors.kb import explain_lookup

    rows = explain_lookup(_user_kb(), name, date)
    if not rows:
        click.echo(f"'{name}' is not in the knowledge base")
        sys.exit(1)
    from rich.console import Console
    from rich.table import Table
    table = Table(title=f"{name} on {date or 'today'}", header_style="bold")
    keys = [k for k in rows[0].keys()]
    for k in keys:
        table.add_column(k, overflow="fold")
    for r in rows:
        table.add_row(*[("" if r[k] is None else str(r[k])) for k in keys])
    Console(width=max(140, Console().width)).print(table)


if __name__ == "__main__":  # pragma: no cover
    main()
