"""Code conventions of the PLOVER gold records (evaluate/plover_gsr.py)."""
from __future__ import annotations

from newsevents.evaluate.plover_gsr import _norm


def test_gold_code_conventions_are_read_as_our_codes():
    assert _norm("UNO") == "IGO" and _norm("EUR") == "IGO"
    assert (_norm("JAP"), _norm("ITL"), _norm("VTN")) == ("JPN", "ITA", "VNM")
    assert _norm("USA") == "USA" and _norm(None) is None and _norm("") == ""
