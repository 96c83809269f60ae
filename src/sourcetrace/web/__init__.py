"""The workbench (web layer): reads the store, never writes it."""

from sourcetrace.web.app import CSP, create_app

__all__ = ["CSP", "create_app"]
