"""sourcetrace: who copied whom, who said what, and what happened, traced to the sentences."""

__version__ = "0.1.0"
