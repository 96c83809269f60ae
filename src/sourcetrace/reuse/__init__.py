"""Reuse stage: fingerprints → candidate pairs → aligned passages → relations → source families."""

from sourcetrace.reuse.analyze import ALGORITHM, AnalyzeReport, analyze
from sourcetrace.reuse.compare import Comparison, compare_prepared
from sourcetrace.reuse.files import compare_files

__all__ = ["ALGORITHM", "AnalyzeReport", "Comparison", "analyze", "compare_files", "compare_prepared"]
