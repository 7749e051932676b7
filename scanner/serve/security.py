"""What keeps `scanner serve` safe by default: the access token (constant-time compare), the
CSRF token of the page forms, the Host-header check (DNS rebinding), the request-size limit,
the shop-address policy (http(s) on public hosts unless --allow-private) and the guarded
extraction of an uploaded zip (no zip-slip, no zip bomb, bounded entries)."""
from __future__ import annotations

import hmac
import ipaddress
import secrets
import stat
import zipfile
from pathlib import Path, PurePosixPath
from urllib.parse import urlsplit

from ..errors import UsageError

LOOPBACK_NAMES = {"127.0.0.1", "localhost", "::1", "[::1]"}
TOKEN_COOKIE = "scanner_token"
CSRF_COOKIE = "scanner_csrf"


def is_loopback(host: str) -> bool:
    h = host.strip("[]")
    if h == "localhost":
        return True
    try:
        return ipaddress.ip_address(h).is_loopback
    except ValueError:
        return False


def check_bind(host: str, token: str) -> None:
    """A non-loopback bind needs a token: the page scans, uploads and crawls on the caller's behalf."""
    if not is_loopback(host) and not token:
        raise UsageError(f"--host {host} is reachable from other machines: give --token (or [serve] token in "
                         "the config) so only people with the token can use the page and the API")
    if token and len(token) < 16:
        raise UsageError("--token must be at least 16 characters (e.g. python -c 'import secrets; "
                         "print(secrets.token_urlsafe())')")


def same(a: str | None, b: str | None) -> bool:
    """Constant-time string equality (token and CSRF comparisons)."""
    if not a or not b:
        return False
    return hmac.compare_digest(a.encode("utf-8"), b.encode("utf-8"))


def bearer(header: str | None) -> str:
    if header and header[:7].lower() == "bearer ":
        return header[7:].strip()
    return ""


def new_csrf() -> str:
    return secrets.token_urlsafe(24)


def host_allowed(host_header: str | None, loopback_only: bool) -> bool:
    """On a loopback bind only loopback names are served (a page on another site that rebinds
    its DNS name to 127.0.0.1 is refused)."""
    if not loopback_only:
        return True
    if not host_header:
        return False
    h = host_header.strip()
    if h.startswith("["):
        name = h[:h.find("]") + 1] if "]" in h else h
    else:
        name = h.rsplit(":", 1)[0] if h.count(":") == 1 else h
    return name.lower() in LOOPBACK_NAMES or is_loopback(name)


def origin_ok(origin: str | None, host_header: str | None) -> bool:
    """A cross-site POST from a browser carries another Origin: refused. No Origin (curl, scripts): fine."""
    if not origin or origin == "null":
        return origin != "null"
    return urlsplit(origin).netloc.lower() == (host_header or "").lower()


# ---- shop addresses ------------------------------------------------------------------------------

def check_shop_url(url: str, allow_private: bool) -> str:
    """The shop address if it may be crawled, else UsageError: http(s) with a host, no user
    name; unless allow_private, no address the host resolves to may be loopback, private,
    link-local or metadata (127.0.0.1, 10.x, 169.254.169.254 …) — the fetch policy's own test
    (`sources/fetchpolicy.py`), since a crawl would otherwise allow a private shop's own address."""
    from ..sources.fetchpolicy import FetchPolicy, FetchRefused, shop_is_private

    url = (url or "").strip()
    if len(url) > 2000:
        raise UsageError("the shop address is too long")
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise UsageError("the shop address must start with http:// or https:// and name a host")
    if parts.username or parts.password:
        raise UsageError("the shop address must not carry a user name or password")
    if allow_private:
        return url
    refusal = ("店铺地址属于本机/内网/元数据地址，不能扫描（扫描自己内网的店铺请用 --allow-private 启动）· the shop "
               "address points to a private or local network address; only public shops can be scanned "
               "(start the server with --allow-private to scan a shop on your own network)")
    try:
        FetchPolicy().check_url(url)
    except FetchRefused as e:
        raise UsageError(f"{refusal} ({e})") from e
    if shop_is_private(url):
        raise UsageError(refusal)
    return url


# ---- uploaded archives -----------------------------------------------------------------------------

MAX_ZIP_ENTRIES = 5000
MAX_ZIP_TOTAL = 1024 * 1024 * 1024  # bytes unpacked, all entries together
MAX_ZIP_RATIO = 200  # unpacked / packed for one entry (a zip bomb packs far tighter)


class ArchiveError(UsageError):
    """An uploaded archive that is refused (unsafe or too large)."""


def safe_extract(archive: Path, dest: Path, max_total: int = MAX_ZIP_TOTAL,
                 max_entries: int = MAX_ZIP_ENTRIES) -> list[Path]:
    """Extract `archive` into `dest`: names are checked (no absolute path, no `..`, no drive, no
    link), sizes are counted while writing (the header's declared size is not trusted).
    Returns the files written, in archive order."""
    dest = dest.resolve()
    dest.mkdir(parents=True, exist_ok=True)
    try:
        zf = zipfile.ZipFile(archive)
    except (zipfile.BadZipFile, OSError) as e:
        raise ArchiveError(f"the upload is not a readable zip archive ({e})") from e
    written: list[Path] = []
    total = 0
    with zf:
        infos = zf.infolist()
        if len(infos) > max_entries:
            raise ArchiveError(f"the archive holds {len(infos)} entries; at most {max_entries} are read")
        for info in infos:
            name = info.filename.replace("\\", "/")
            pp = PurePosixPath(name)
            if name.startswith("/") or (pp.parts and ":" in pp.parts[0]):
                raise ArchiveError(f"the archive entry {name!r} has an absolute path: refused")
            if any(p == ".." for p in pp.parts):
                raise ArchiveError(f"the archive entry {name!r} points outside the archive: refused")
            mode = info.external_attr >> 16
            if stat.S_ISLNK(mode):
                raise ArchiveError(f"the archive entry {name!r} is a link: refused")
            if info.is_dir():
                continue
            if info.flag_bits & 0x1:
                raise ArchiveError(f"the archive entry {name!r} is encrypted")
            target = (dest / pp).resolve()
            if not target.is_relative_to(dest):
                raise ArchiveError(f"the archive entry {name!r} points outside the archive: refused")
            if info.compress_size and info.file_size / max(info.compress_size, 1) > MAX_ZIP_RATIO \
                    and info.file_size > 1024 * 1024:
                raise ArchiveError(f"the archive entry {name!r} unpacks {info.file_size // info.compress_size}× "
                                   "its packed size: refused as a zip bomb")
            target.parent.mkdir(parents=True, exist_ok=True)
            with zf.open(info) as src, open(target, "wb") as out:
                while chunk := src.read(1024 * 1024):
                    total += len(chunk)
                    if total > max_total:
                        raise ArchiveError(f"the archive unpacks to more than {max_total // (1024 * 1024)} MB: refused")
                    out.write(chunk)
            written.append(target)
    return written
