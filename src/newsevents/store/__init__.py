"""The event store: coded articles in SQLite or another SQLAlchemy database."""
from .store import DEFAULT_DB, Store, database_url

__all__ = ["DEFAULT_DB", "Store", "database_url"]
