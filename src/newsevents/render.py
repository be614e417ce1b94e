"""Human-readable renderings for the CLI: event tables and `explain` output.

Inputs are contract dicts (Event.to_dict()); outputs are rich renderables or text.
"""
from __future__ import annotations

from rich.table import Table

TEXT_WIDTH = 48


def _parties(entities: list[dict]) -> str:
    parts = []
    for e in entities:
        code = "/".join(x for x in (e.get("code"), e.get("sector")) if x)
        parts.append(f"{code or '?'} {e.get('identifier_text') or e.get('entity_text')}".strip())
    return "; ".join(parts) or "-"


def events_table(rows: list[dict], title: str | None = None) -> Table:
    table = Table(title=title, show_lines=False, header_style="bold")
    for col in ("date", "event", "mode", "cameo", "actor", "recipient", "place", "dead", "aux", "sentence"):
        table.add_column(col, overflow="fold", max_width=TEXT_WIDTH if col == "sentence" else 28)
    for ev in rows:
        loc = ev.get("event_loc") or {}
        place = ", ".join(x for x in (loc.get("resolved_place"), loc.get("country_code")) if x) or "-"
        dead = (ev.get("size") or {}).get("dead")
        date = ev.get("date") or "-"
        if ev.get("enddate"):
            date = f"{date}..{ev['enddate']}"
        text = ev.get("text") or ""
        table.add_row(date, ev["event"], ev.get("mode") or "-", ev.get("cameo") or "-",
                      _parties(ev.get("actor", [])), _parties(ev.get("recipient", [])), place,
                      "-" if dead is None else str(dead), ",".join(ev.get("aux", [])) or "-",
                      text if len(text) <= TEXT_WIDTH else text[: TEXT_WIDTH - 1] + "…")
    return table


def explain_event(ev: dict) -> str:
    """Plain-text account of why an event was coded the way it was."""
    evd = ev.get("evidence", {})
    trig = evd.get("trigger", {})
    lines = [
        f"{ev['event']}{'/' + ev['mode'] if ev.get('mode') else ''}  cameo {ev.get('cameo')}  "
        f"goldstein {ev.get('goldstein')}  confidence {ev.get('confidence')}  id {ev['id']}",
        f"  sentence {ev['text_info']['sequence']} [{ev['text_info']['start']}:{ev['text_info']['end']}]: {ev['text']}",
        f"  trigger '{trig.get('text')}' (lemma {trig.get('lemma')}) at {trig.get('start')}:{trig.get('end')}"
        f" via rule {evd.get('rule')}, lexicon entry {evd.get('lexicon')}",
        f"  roles: {', '.join(evd.get('roles', [])) or 'none found'}",
    ]
    for label, key in (("actor", "actor_resolution"), ("recipient", "recipient_resolution")):
        for item in evd.get(key, []) or ["(none)"]:
            lines.append(f"  {label}: {item}")
    if evd.get("modality"):
        lines.append("  modality: " + ", ".join(f"{k} ({v})" for k, v in evd["modality"].items()))
    if evd.get("notes"):
        lines.append("  notes: " + ", ".join(evd["notes"]))
    date_info = ev.get("date_info") or {}
    lines.append(f"  date {ev.get('date')}..{ev.get('enddate') or ev.get('date')} ({ev.get('date_precision')})"
                 f" from '{date_info.get('text')}' by {date_info.get('method')}")
    loc = ev.get("event_loc")
    if loc:
        lines.append(f"  place {loc.get('resolved_place')} ({loc.get('country_code')}, geonameid "
                     f"{loc.get('geonameid')}, resolution {loc.get('resolution')}) by {loc.get('method')}")
    size = ev.get("size") or {}
    if any(v is not None for v in size.values()):
        lines.append(f"  size: {size}")
    if ev.get("acled"):
        lines.append(f"  ACLED: {ev['acled']['event_type']} / {ev['acled']['sub_event_type']}")
    if evd.get("quote_id"):
        lines.append(f"  quote: {evd['quote_id']}")
    if len(evd.get("sentences", [])) > 1:
        lines.append(f"  supported by {len(evd['sentences'])} sentences: "
                     + ", ".join(str(s["sequence"]) for s in evd["sentences"]))
    return "\n".join(lines)
