"""Review of logged runs: access rules, annotated transcripts, exports, progress, privacy rights.

Channels call `Review` (see `reviewer.py`); every function checks the viewer's role first.
"""

from .access import AccessDenied, NotFound, ReviewError, Viewer
from .exports import FORMATS
from .reviewer import Export, Review, RunSummary

__all__ = ["FORMATS", "AccessDenied", "Export", "NotFound", "Review", "ReviewError", "RunSummary", "Viewer"]
