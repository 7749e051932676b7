"""What every OCR engine shares: its result record and its 'cannot run here' error."""
from __future__ import annotations

from dataclasses import dataclass

from ..models import Box


class EngineUnavailable(RuntimeError):
    """The OCR engine (binary, language data, model or Python package) is not installed."""


@dataclass(frozen=True)
class RawLine:
    text: str
    box: Box  # pixels of the image handed to the engine
    confidence: float  # 0..1, calibrated (see the engine)
