"""The store: one SQLite file holding every stage's output; its schema is the contract between stages."""

from sourcetrace.store.connection import SCHEMA_VERSION, Store, open_store

__all__ = ["SCHEMA_VERSION", "Store", "open_store"]
