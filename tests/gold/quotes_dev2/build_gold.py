"""Build the second development quotation gold set (``tests/gold/quotes_dev2/NNN_<style>.json``) from the
marked-up sources in this folder, with the main set's builder: same markup, conventions,
validations and JSON format.

Run ``python tests/gold/quotes_dev2/build_gold.py`` to rewrite the JSON files and print a summary.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _main_builder():
    spec = importlib.util.spec_from_file_location("quotes_build_gold", HERE.parent / "quotes" / "build_gold.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


if __name__ == "__main__":
    sys.exit(_main_builder().main(HERE))
