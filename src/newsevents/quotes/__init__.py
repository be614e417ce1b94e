"""Quote extraction: who said what, with offsets (see extract.py)."""
from .extract import SpeakerResolver, extract_quotes

__all__ = ["SpeakerResolver", "extract_quotes"]
