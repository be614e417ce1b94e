"""Input readers: files, directories and stdin -> Article or Rejected records."""
from .readers import Rejected, read_inputs
from .validate import validate_text

__all__ = ["Rejected", "read_inputs", "validate_text"]
