"""ACLED event type and sub-event type for a coded event.

``acled_for_event(ontology, plover, mode, cameo, hint, trigger, actors, recipients)``
-> {"event_type", "sub_event_type"} or None. A lexicon hint (a trigger word's own ACLED
reading, e.g. "shoot down" -> Disrupted weapons use) wins; otherwise the ontology's rule
table decides from type, mode, CAMEO code and who acted against whom.
"""
from __future__ import annotations

from ..errors import NewsEventsError

REGAIN_LEMMAS = {"retake", "recapture", "regain", "liberate", "reclaim"}
TERRITORY_LEMMAS = {"capture", "seize", "overrun", "occupy", "take"} | REGAIN_LEMMAS
# Event types ACLED records at all (verbal cooperation and conflict are not ACLED events).
ACLED_TYPES = {"ASSAULT", "COERCE", "PROTEST", "MOBILIZE", "SANCTION", "AGREE", "SUPPORT",
               "RETREAT", "CONCEDE"}


def acled_for_event(ontology, plover, mode, cameo, hint, trigger, actors, recipients):
    if ontology is None or plover not in ACLED_TYPES:
        return None
    civilian = any(r.sector in ("CVL", "REF") for r in recipients)
    state = any(a.sector in ("GOV", "MIL", "COP") for a in actors)
    lemma = trigger.lemma_.lower()
    territory = None
    if plover == "ASSAULT" and lemma in TERRITORY_LEMMAS:
        territory = "regained" if lemma in REGAIN_LEMMAS else "captured"
    if hint:
        event_type = next((et for et, subs in ontology.acled_types.items() if hint in subs), None)
        if event_type:
            if hint == "Attack" and not civilian and any(r.sector in ("MIL", "REB") for r in recipients):
                return {"event_type": "Battles", "sub_event_type": "Armed clash"}
            return {"event_type": event_type, "sub_event_type": hint}
    try:
        return ontology.acled_for(plover, mode, cameo, civilian_target=civilian,
                                  state_actor=state, territory=territory)
    except NewsEventsError:  # an unknown mode must not lose the event; evidence keeps the mode
        return None
