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

from ..hygiene import short_ref
from ..models import Listing

MAX_IMAGE_BYTES = 20 * 1024 * 1024
TIMEOUT = 20
_lock = threading.Lock()


class ImageError(Exception):
    pass


def _index_path(cache_dir: Path) -> Path:
    return cache_dir / "images" / "index.jsonl"


_index_cache: dict[str, tuple[int, dict[str, str]]] = {}


def _load_index(cache_dir: Path) -> dict[str, str]:
    """url -> file name. Read once per process, then only what was appended since (the crawler
    and the image stage may run in different processes)."""
    p = _index_path(cache_dir)
    key = str(p.absolute())
    with _lock:
        offset, out = _index_cache.get(key, (0, {}))
        try:
            size = p.stat().st_size
        except OSError:
            return dict(out)
        if size < offset:  # the index was replaced: read it again
            offset, out = 0, {}
        if size > offset:
            with open(p, "rb") as f:
                f.seek(offset)
                chunk = f.read(size - offset)
            end = chunk.rfind(b"\n") + 1  # a line still being written is read next time
            for line in chunk[:end].decode("utf-8", errors="replace").splitlines():
                try:
                    rec = json.loads(line)
                    out[rec["url"]] = rec["file"]
                except (ValueError, KeyError, TypeError):
                    continue
            offset += end
        _index_cache[key] = (offset, out)
        return out


def cached_file(url: str, cache_dir: Path) -> Path | None:
    f = _load_index(Path(cache_dir)).get(url)
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


def check_image_bytes(data: bytes, content_type: str = "") -> str:
    """'' when `data` decodes as an image, else the problem ('corrupt image …', 'not an image …')."""
    if not data:
        return "empty response"
    if len(data) > MAX_IMAGE_BYTES:
        return f"larger than {MAX_IMAGE_BYTES // (1024 * 1024)} MB"
    ct = content_type.split(";")[0].strip().lower()
    head = data[:512].lstrip().lower()
    if ct == "image/svg+xml" or head.startswith(b"<svg") or (head.startswith(b"<?xml") and b"<svg" in data[:2048]):
        return ""  # vector image: nothing to decode
    if ct.startswith("text/") or head.startswith((b"<!doctype", b"<html")):
        return f"not an image ({ct or 'HTML'})"
    try:
        from PIL import Image
    except ImportError:  # pragma: no cover - pillow is a dependency
        return ""
    import io

    try:
        with Image.open(io.BytesIO(data)) as im:
            if im.format == "JPEG":
                im.draft("RGB", (max(1, im.width // 8), max(1, im.height // 8)))  # fast: decode at 1/8
            im.load()
    except Exception as e:  # noqa: BLE001 - PIL raises many kinds
        import re

        reason = re.sub(r"\s*<[^>]*object at 0x[0-9a-f]+>", "", str(e).split("\n")[0])[:120] or type(e).__name__
        if reason.startswith("cannot identify image file"):
            reason = "unknown or damaged image format"
        return f"corrupt image (cannot be decoded: {reason})"
    return ""


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


def resolve_image(ref: str, listing: Listing, cache_dir: Path | None, images_root: Path | None = None) -> Path:
    """The local file of a picture reference, under one policy:

    - http(s) URLs are downloaded into the cache (with limits);
    - `data:`/`javascript:` and other schemes are refused by name, never echoed whole;
    - a local path (or `file://`) is read only for a listing that came from a file, and only
      inside that file's folder or the folder above it (or `images_root`): `..`, absolute paths elsewhere and symlinks
      pointing out are refused — a listing file cannot make the scanner read /etc/passwd."""
    if ref.startswith(("http://", "https://")):
        if cache_dir is None:
            raise ImageError(f"image {short_ref(ref)}: no cache folder to download into")
        return download(ref, cache_dir)
    scheme = ref.split(":", 1)[0].lower() if ":" in ref[:12] else ""
    if scheme and scheme != "file" and not (len(scheme) == 1 and scheme.isalpha()):
        raise ImageError(f"image {short_ref(ref)}: {scheme}: 图片地址不读取（只读 http(s) 图片或清单文件夹内的图片）"
                         f" / {scheme}: picture references are not read")
    path = ref[7:] if ref.startswith("file://") else ref
    src = listing.source
    if not src or src.startswith(("http://", "https://")):
        raise ImageError(f"image {short_ref(ref)}: 店铺页面不能引用本机文件 / a shop page cannot point at local files")
    # relative paths resolve against the listing file's folder; pictures may lie in that folder,
    # the one above it (…/shop/list.jsonl may use ../images/x.png), or `images_root`
    folder = Path(src).resolve().parent
    roots = [folder.parent] + ([Path(images_root)] if images_root else [])
    p = Path(path)
    p = p if p.is_absolute() else folder / p
    try:
        real = p.resolve()
        bases = [r.resolve() for r in roots]
    except (OSError, RuntimeError) as e:
        raise ImageError(f"image {short_ref(ref)}: cannot be read ({e})") from e
    if not any(real.is_relative_to(b) for b in bases):
        raise ImageError(f"image {short_ref(ref)}: 在清单文件夹之外，未读取（可用 --images-root 指定图片文件夹）"
                         f" / outside the listing file's folder, not read (see --images-root)")
    if not real.exists():
        raise ImageError(f"image {short_ref(ref)}: file not found")
    if not real.is_file():
        raise ImageError(f"image {short_ref(ref)}: not a file")
    if real.stat().st_size == 0:
        raise ImageError(f"image {short_ref(ref)}: empty file (0 bytes)")
    return real
