"""Images of a listing, resolved to local files: a path relative to the listing file, or a URL
downloaded once into a content-addressed cache (`<cache>/images/<sha256>.<ext>`), with limits.

`resolve_image(ref, listing, cache_dir)` returns a Path or raises ImageError with a message fit
for `listings.csv` `errors`.
"""
from __future__ import annotations

import hashlib
import json
import os
import threading
import urllib.error
import urllib.request
from pathlib import Path

from ..models import Listing

MAX_IMAGE_BYTES = 20 * 1024 * 1024
TIMEOUT = 20
_lock = threading.Lock()


class ImageError(Exception):
    pass


def _index_path(cache_dir: Path) -> Path:
    return cache_dir / "images" / "index.jsonl"


def _load_index(cache_dir: Path) -> dict[str, str]:
    p = _index_path(cache_dir)
    out: dict[str, str] = {}
    if p.exists():
        for line in p.read_text(encoding="utf-8", errors="replace").splitlines():
            try:
                rec = json.loads(line)
                out[rec["url"]] = rec["file"]
            except (ValueError, KeyError, TypeError):
                continue
    return out


def cached_file(url: str, cache_dir: Path) -> Path | None:
    f = _load_index(cache_dir).get(url)
    if f and (cache_dir / "images" / f).exists():
        return cache_dir / "images" / f
    return None


def store_bytes(url: str, data: bytes, cache_dir: Path, content_type: str = "") -> Path:
    """Put downloaded bytes into the content-addressed cache and remember the URL."""
    if len(data) > MAX_IMAGE_BYTES:
        raise ImageError(f"image {url}: larger than {MAX_IMAGE_BYTES // (1024 * 1024)} MB")
    digest = hashlib.sha256(data).hexdigest()
    ext = _ext(url, content_type)
    d = cache_dir / "images"
    d.mkdir(parents=True, exist_ok=True)
    path = d / f"{digest}{ext}"
    if not path.exists():
        tmp = path.with_suffix(path.suffix + f".{os.getpid()}.tmp")
        tmp.write_bytes(data)
        os.replace(tmp, path)
    with _lock, open(_index_path(cache_dir), "a", encoding="utf-8") as f:
        f.write(json.dumps({"url": url, "file": path.name}, ensure_ascii=False) + "\n")
    return path


def _ext(url: str, content_type: str) -> str:
    ct = content_type.split(";")[0].strip().lower()
    by_ct = {"image/jpeg": ".jpg", "image/png": ".png", "image/gif": ".gif", "image/webp": ".webp",
             "image/bmp": ".bmp", "image/tiff": ".tif"}
    if ct in by_ct:
        return by_ct[ct]
    tail = url.split("?", 1)[0].rsplit("/", 1)[-1]
    if "." in tail:
        e = "." + tail.rsplit(".", 1)[-1].lower()
        if e in (".jpg", ".jpeg", ".png", ".gif", ".webp", ".bmp", ".tif", ".tiff"):
            return e
    return ".img"


def download(url: str, cache_dir: Path) -> Path:
    hit = cached_file(url, cache_dir)
    if hit is not None:
        return hit
    req = urllib.request.Request(url, headers={"User-Agent": "listing-scanner/0.1 (self-check)"})
    try:
        with urllib.request.urlopen(req, timeout=TIMEOUT) as r:
            data = r.read(MAX_IMAGE_BYTES + 1)
            ctype = r.headers.get("Content-Type", "")
    except urllib.error.HTTPError as e:
        raise ImageError(f"image {url}: HTTP {e.code}") from e
    except (urllib.error.URLError, OSError, ValueError) as e:
        raise ImageError(f"image {url}: {getattr(e, 'reason', e)}") from e
    if not data:
        raise ImageError(f"image {url}: empty response")
    return store_bytes(url, data, cache_dir, ctype)


def resolve_image(ref: str, listing: Listing, cache_dir: Path | None) -> Path:
    if ref.startswith(("http://", "https://")):
        if cache_dir is None:
            raise ImageError(f"image {ref}: no cache folder to download into")
        return download(ref, cache_dir)
    if ref.startswith("file://"):
        ref = ref[7:]
    p = Path(ref)
    if not p.is_absolute() and listing.source and not listing.source.startswith(("http://", "https://")):
        p = Path(listing.source).resolve().parent / p
    if not p.exists():
        raise ImageError(f"image {ref}: file not found")
    if p.stat().st_size == 0:
        raise ImageError(f"image {ref}: empty file (0 bytes)")
    return p
