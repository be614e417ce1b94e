"""Print an eval or bench report (dict with metrics, tables, notes) with rich."""
from __future__ import annotations

from rich.console import Console
from rich.table import Table


def _fmt(value) -> str:
    if isinstance(value, float):
        return f"{value:.3f}"
    return str(value)


def print_report(report: dict, console: Console | None = None) -> None:
    console = console or Console(width=max(120, Console().width))
    title = f"{report.get('dataset', 'report')}  n={report.get('n', '?')}"
    metrics = Table(title=title, header_style="bold")
    metrics.add_column("metric")
    metrics.add_column("value", justify="right")
    for key, value in report.get("metrics", {}).items():
        metrics.add_row(key, _fmt(value))
    console.print(metrics)
    for name, rows in (report.get("tables") or {}).items():
        if not rows:
            continue
        table = Table(title=name, header_style="bold")
        cols = list(rows[0].keys())
        for col in cols:
            table.add_column(str(col), overflow="fold")
        for row in rows:
            table.add_row(*[_fmt(row.get(c, "")) for c in cols])
        console.print(table)
    for note in report.get("notes", []):
        console.print(f"note: {note}")
