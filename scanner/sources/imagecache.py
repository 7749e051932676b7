"""Images of a listing, resolved to local files: a path relative to the listing file, or a URL
downloaded once into a content-addressed cache (`<cache>/images/<sha256>.<ext>`), with limits.

`resolve_image(ref, listing, cache_dir)` returns a Path or raises ImageError with a message fit
for `listings.csv` `errors`.
"""
from __future__ import annotations

import hashlib
import json
import os
import re
import threading
from pathlib import Path
from urllib.parse import urljoin

from ..hygiene import short_ref
from ..models import Listing

MAX_IMAGE_BYTES = 20 * 1024 * 1024
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


_policy = None  # the run's FetchPolicy (set_policy); None: the default policy


def set_policy(policy) -> None:
    """The fetch policy for pictures downloaded in this process (the scan's settings)."""
    global _policy
    _policy = policy


def get_policy():
    from .fetchpolicy import FetchPolicy

    return _policy if _policy is not None else FetchPolicy()


def download(url: str, cache_dir: Path, policy=None) -> Path:
    """Download one picture under the fetch policy (http(s) only, no private address unless
    allowed, every redirect checked, a total deadline and a size cap) into the cache."""
    from .fetchpolicy import FetchRefused, fetch

    hit = cached_file(url, cache_dir)
    if hit is not None:
        return hit
    policy = policy or get_policy()
    try:
        got = fetch(url, policy, max_bytes=min(MAX_IMAGE_BYTES, policy.max_bytes))
    except FetchRefused as e:
        raise ImageError(f"image {e}") from e
    if got.status >= 400:
        raise ImageError(f"image {short_ref(url)}: HTTP {got.status}")
    if not got.body:
        raise ImageError(f"image {short_ref(url)}: empty response")
    return store_bytes(url, got.body, cache_dir, got.content_type)


def resolve_image(ref: str, listing: Listing, cache_dir: Path | None, images_root: Path | None = None,
                  policy=None) -> Path:
    """The local file of a picture reference, under one policy:

    - http(s) URLs are downloaded into the cache (with limits);
    - `data:`/`javascript:` and other schemes are refused by name, never echoed whole;
    - a local path (or `file://`) is read only for a listing that came from a file, and only
      inside that file's folder or the folder above it (or `images_root`): `..`, absolute paths elsewhere and symlinks
      pointing out are refused — a listing file cannot make the scanner read /etc/passwd."""
    if ref.startswith(("http://", "https://")):
        if cache_dir is None:
            raise ImageError(f"image {short_ref(ref)}: no cache folder to download into")
        return download(ref, cache_dir, (policy or get_policy()).with_shop(listing.source))
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


DEFAULT_MAX_IMAGES = 50  # pictures read per listing (config `max_images`; 0: no cap)
_SCHEME = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.\-]*:")


def picture_refs(listing: Listing, detail: list[str], cap: int = DEFAULT_MAX_IMAGES) -> tuple[list[str], int]:
    """(the picture references OCR should read, how many the listing has in all).

    The listing's own pictures, then the detail pictures of its HTML description; for a crawled
    listing a relative detail URL (`/files/x.png`, `img/x.png`, `//cdn/x.png`) resolves against
    the page it came from, never as a local path. Pictures its source already failed to fetch
    are left out (not downloaded again, nor reported twice). At most `cap` (0: all)."""
    refs = list(listing.images)
    seen = set(refs)
    crawled = listing.source.startswith(("http://", "https://"))
    base = (listing.url if listing.url.startswith(("http://", "https://")) else listing.source) if crawled else ""
    for src in detail:
        src = src.strip()
        if not src or src[:5].lower() == "data:":
            continue
        if base and not _SCHEME.match(src):
            src = urljoin(base, src)
        elif src.startswith("//"):
            src = "https:" + src
        if src not in seen:
            seen.add(src)
            refs.append(src)
    failed = [e for e in listing.errors if e.startswith("image ")]
    total = len(refs)
    if failed:
        limit = (cap + len(failed)) if cap else None
        refs = [r for r in refs[:limit] if not any(e.startswith(f"image {r}:") for e in failed)]
    if cap and len(refs) > cap:
        refs = refs[:cap]
    return refs, total


def cap_note(total: int, cap: int) -> str:
    """The errors entry of a listing with more pictures than the cap ('' when within it)."""
    if not cap or total <= cap:
        return ""
    return (f"note: 图片共 {total} 张，只检查前 {cap} 张（可在配置中调整 max_images） / "
            f"{total} pictures, only the first {cap} read (max_images)")
