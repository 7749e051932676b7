"""Loading the brand database: the tables of scanner/brands.py together with the name indexes the
brand detectors build over them (look-alike names, misspellings), compiled once per brand_db
folder and content version and cached on disk as one pickle (scanner/compiled.py).

Its own module so that brands.py (the tables) and the index modules import in one direction only.
"""
from __future__ import annotations

from pathlib import Path

from .brands import BrandDB, brand_db_dir
from .compiled import load_folder
from .detectors.brand_lookalike import LookalikeIndex
from .detectors.brand_spelling import SpellingIndex


def _build_db(directory: Path) -> BrandDB:
    # the indexes are built here so the disk cache holds them with the names they point at
    db = BrandDB.load(directory)
    db.lookalike = LookalikeIndex(db)
    db.spelling = SpellingIndex(db)
    return db


def load_brand_db(directory: str | Path | None = None) -> BrandDB:
    """The brand database of `directory` (default: env SCANNER_BRAND_DB or <repo>/brand_db),
    loaded once per content version (and cached on disk, see scanner/compiled.py)."""
    return load_folder("brand_db", Path(directory) if directory else brand_db_dir(), _build_db)
