"""Exporters: stored events out in the formats users already load."""
from .plover import export_plover, to_plover

__all__ = ["export_plover", "to_plover"]
