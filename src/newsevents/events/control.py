"""How a control predicate recodes the event under it (PLOVER rules).

"vowed to send aid" -> AGREE (a promise of future aid); "threatened to strike" -> THREATEN;
"refused to withdraw" -> REJECT; "urged Russia to withdraw" -> REQUEST;
"ready to provide" -> AGREE; "agreed to hold exercises" -> AGREE; "denied bombing" -> the bombing, flagged negation.
``recode(plover, cameo, mode, kind)`` -> (plover, cameo, mode, extra aux flags).
"""
from __future__ import annotations

# ACLED's sub-event type for an armed group changing itself (merging, splitting, dissolving).
GROUP_CHANGE = "Change to group/activity"
COOPERATIVE = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT"}
CONFLICTUAL = {"REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE",
               "COERCE", "ASSAULT"}
# Nouns in a promise's complement that make it a threat ("vowed the war would go on").
CONFLICT_WORDS = {"war", "fighting", "fight", "attack", "attacks", "strike", "strikes",
                  "offensive", "battle", "conflict", "retaliation", "retaliate", "revenge",
                  "punish", "destroy", "crush", "annihilate", "bombing"}

_INTENT_CAMEO = {"AID": {"military": "0332", "humanitarian": "0333", "economic": "0331"},
                 "COOPERATE": {None: "031"}, "RETREAT": {None: "035"}, "CONCEDE": {None: "035"},
                 "CONSULT": {None: "036"}, "AGREE": {None: "030"}, "SUPPORT": {None: "032"}}
_THREAT_CAMEO = {"ASSAULT": "138", "SANCTION": "1312", "COERCE": "137", "PROTEST": "133",
                 "MOBILIZE": "138"}
_REJECT_CAMEO = {"CONSULT": "125", "RETREAT": "124", "CONCEDE": "124", "AID": "122",
                 "COOPERATE": "121", "AGREE": "127", "SUPPORT": "127"}
_APPEAL_CAMEO = {"RETREAT": "025", "CONCEDE": "025", "CONSULT": "026", "AID": "023",
                 "COOPERATE": "021", "AGREE": "027"}


def _intent_cameo(plover: str, mode: str | None) -> str:
    table = _INTENT_CAMEO.get(plover, {None: "030"})
    return table.get(mode, table.get(None, "033" if plover == "AID" else "030"))


def recode(plover: str, cameo: str, mode: str | None, kind: str, group_change: bool = False):
    """New (plover, cameo, mode, aux flags) for an event governed by a control word of ``kind``.
    ``group_change``: the event is an armed group changing itself (merging, splitting); announced
    or decided, it stays that change, flagged future ("factions announced they would merge" is no
    threat; a promise to lay down arms is still a promise, AGREE)."""
    if group_change and plover not in COOPERATIVE and kind in ("promise", "decide", "ready", "intend"):
        return plover, cameo, mode, {"future": f"control:{kind}"}
    cooperative = plover in COOPERATIVE
    if kind == "agree":
        # "agreed to hold joint exercises", "agreed to postpone the rally": the agreement is the event
        return "AGREE", _intent_cameo(plover, mode) if cooperative else "030", None, {"future": "control:agree"}
    if kind in ("promise", "decide", "ready"):
        if cooperative:
            new_mode = None
            return "AGREE", _intent_cameo(plover, mode), new_mode, {"future": f"control:{kind}"}
        return "THREATEN", _THREAT_CAMEO.get(plover, "130"), None, {"future": f"control:{kind}"}
    if kind == "threaten":
        return "THREATEN", _THREAT_CAMEO.get(plover, "130"), None, {"future": "control:threaten"}
    if kind == "refuse":
        return "REJECT", _REJECT_CAMEO.get(plover, "120"), None, {}
    if kind == "request":
        return "REQUEST", _APPEAL_CAMEO.get(plover, "020" if cooperative else "100"), None, {}
    if kind == "intend":
        return plover, cameo, mode, {"future": "control:intend"}
    if kind == "deny":
        return plover, cameo, mode, {"negation": "control:deny"}
    if kind == "fail":
        return plover, cameo, mode, {"negation": "control:fail"}
    return plover, cameo, mode, {}
