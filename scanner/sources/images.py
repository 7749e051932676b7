"""Pictures as listings: `scanner scan DIR` (every picture in the folder and its sub-folders,
each one a listing) and `scanner scan x.jpg`. The listing's id is the picture's path relative to
the folder; it has no text, so only what OCR reads in the picture is checked."""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

from ..models import Listing
from .base import SourceError

PICTURE_SUFFIXES = (".jpg", ".jpeg", ".png", ".webp", ".gif", ".bmp", ".tif", ".tiff")
MAX_PICTURES = 100_000  # per folder: more are reported, not read
MAX_DEPTH = 4  # sub-folder levels walked


def is_picture(path: Path) -> bool:
    return path.suffix.lower() in PICTURE_SUFFIXES


def _walk(root: Path) -> Iterator[Path]:
    base_depth = len(root.parts)
    for folder, dirs, files in os.walk(root):
        depth = len(Path(folder).parts) - base_depth
        dirs[:] = sorted(d for d in dirs if not d.startswith(".")) if depth < MAX_DEPTH else []
        for name in sorted(files):
            p = Path(folder) / name
            if not name.startswith(".") and is_picture(p) and p.is_file():
                yield p


@dataclass
class ImageSource:
    """Each picture a listing (`path` is a folder, or one picture)."""

    path: Path
    name: str = ""
    errors: list[str] = field(default_factory=list)
    complete: bool = True
    stats: dict = field(default_factory=dict)
    total: int | None = None  # known up front: the progress bar shows n / total

    def __post_init__(self):
        self.name = self.name or str(self.path)
        self.stats["format"] = "pictures"
        self._pictures = [self.path] if self.path.is_file() else []
        if self.path.is_dir():
            for p in _walk(self.path):
                if len(self._pictures) >= MAX_PICTURES:
                    self.errors.append(f"{self.path}: more than {MAX_PICTURES} pictures; the rest were not read")
                    self.complete = False
                    break
                self._pictures.append(p)
        self.total = len(self._pictures)

    def __iter__(self) -> Iterator[Listing]:
        root = self.path if self.path.is_dir() else self.path.parent
        for p in self._pictures:
            lid = p.relative_to(root).as_posix()
            # source = the picture itself: its folder is where local pictures may be read from
            yield Listing(id=lid, title="", images=(p.name,), source=str(p))
        self.stats["listings"] = len(self._pictures)


def open_pictures(path: Path) -> ImageSource:
    src = ImageSource(path)
    if not src.total:
        raise SourceError(f"{path} is a folder with no pictures in it: give a listing file (JSONL, CSV, XLSX), a "
                          f"folder of pictures or a shop URL", key="err.folder_without_pictures", path=path)
    return src
