"""Reading listing files honestly: the encoding decided on the whole file, undecodable bytes
reported, every field bounded.

- `detect_encoding(path)`: a byte-order mark decides (UTF-8, UTF-16 LE/BE); else UTF-16 without
  a BOM is recognised by its zero bytes; else the whole file is decoded strictly as UTF-8, then
  as GB18030 (a superset of GBK), and the first that reads every byte wins — an ASCII first
  64 KB cannot fool it. A UTF-8 file with a few damaged bytes (≤ 1 % of its non-ASCII bytes)
  stays UTF-8 with those bytes reported (GB18030 would read it as mojibake without an error).
  When neither reads everything, the one with fewer bad bytes is used.
- Files are opened with `errors=UNDECODABLE`: a byte that still cannot be decoded becomes a
  marker character, and `finish(listing, …)` turns markers into U+FFFD *with an `errors` entry
  on that listing* — never a silent �.
- `finish` also bounds what one listing may carry: characters per field (`MAX_FIELD_CHARS`,
  before any normalisation or matching) and picture references (`MAX_IMAGE_REFS`), each cut
  with an `errors` entry; the rest of the file is read as usual.
"""
from __future__ import annotations

import codecs
import re
from dataclasses import replace
from pathlib import Path

from ..models import Listing

UNDECODABLE = "scanner-undecodable"
MAX_FIELD_CHARS = 3_000_000  # one title/description/attribute (a real one is < 50 000)
MAX_IMAGE_REFS = 1000  # picture references kept per listing (OCR reads at most `max_images` of them)
MAX_REF_CHARS = 4096  # one picture reference (a 2 MB data: URL is named, not kept)
MAX_TOKEN_CHARS = 64  # one run of Latin letters/digits (the brand matcher's misspelling search grows
# steeply with a token's length; no word or brand is this long)
_LONG_RUN = re.compile(r"[A-Za-z0-9&\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\uff06]{%d,}" % (MAX_TOKEN_CHARS + 1))
_TAG = re.compile(r"(<[^>]*>)")
_CHUNK = 1 << 20
_SURROGATE = re.compile("[\ud800-\udfff]")


def _mark(e: UnicodeDecodeError):
    # one marker per bad byte, in the low-surrogate range no decoder produces from valid input
    return "".join(chr(0xDC00 + b) for b in e.object[e.start:e.end]), e.end


codecs.register_error(UNDECODABLE, _mark)


def _looks_utf16(head: bytes) -> str | None:
    """'utf-16-le' / 'utf-16-be' when the zero bytes of `head` fall on one side of each pair."""
    n = len(head) // 2 * 2
    if n < 4:
        return None
    even = head[0:n:2].count(0)
    odd = head[1:n:2].count(0)
    half = n // 2
    # ASCII (digits, commas, tabs, line ends) gives a zero in every pair; a CJK character only
    # rarely (一 is U+4E00), so one side has many zeros and the other few
    if odd >= half * 0.2 and even <= odd / 4:
        return "utf-16-le"
    if even >= half * 0.2 and odd <= even / 4:
        return "utf-16-be"
    return None


def _bad_bytes(path: Path, encoding: str, stop_at_first: bool) -> int:
    """Bytes of the whole file `encoding` cannot decode (0: it reads everything)."""
    dec = codecs.getincrementaldecoder(encoding)(UNDECODABLE)
    bad = 0
    with open(path, "rb") as f:
        while True:
            chunk = f.read(_CHUNK)
            text = dec.decode(chunk, final=not chunk)
            if text:
                bad += len(_SURROGATE.findall(text)) if _SURROGATE.search(text) else 0
                if bad and stop_at_first:
                    return bad
            if not chunk:
                return bad


_HIGH = bytes(range(0x80, 0x100))


def _non_ascii(path: Path) -> int:
    n = 0
    with open(path, "rb") as f:
        while chunk := f.read(_CHUNK):
            n += len(chunk) - len(chunk.translate(None, _HIGH))
    return n


def detect_encoding(path: Path) -> str:
    with open(path, "rb") as f:
        head = f.read(1 << 16)
    if head.startswith(b"\xef\xbb\xbf"):
        return "utf-8-sig"
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    u16 = _looks_utf16(head[:4096])
    if u16 and not _bad_bytes(path, u16, True):
        return u16
    if not _bad_bytes(path, "utf-8", True):
        return "utf-8"
    # a UTF-8 file with a few damaged bytes stays UTF-8 (GB18030 would "read" it as mojibake
    # without a single error): UTF-8 when at most 1 % of its non-ASCII bytes are bad
    if _bad_bytes(path, "utf-8", False) * 100 <= _non_ascii(path):
        return "utf-8"
    if not _bad_bytes(path, "gb18030", True):
        return "gb18030"
    counts = {enc: _bad_bytes(path, enc, False) for enc in ("utf-8", "gb18030")}
    return min(counts, key=lambda e: (counts[e], e != "utf-8"))


def looks_like_text(head: bytes) -> bool:
    """A head with zero bytes is still text when it is UTF-16 (with or without a BOM)."""
    return head.startswith((b"\xff\xfe", b"\xfe\xff")) or _looks_utf16(head) is not None


def _fix(value: str) -> tuple[str, int]:
    if not _SURROGATE.search(value):
        return value, 0
    n = len(_SURROGATE.findall(value))
    return _SURROGATE.sub("\ufffd", value), n


def _split_runs(value: str, name: str, notes: list[str], html: bool = False) -> str:
    """Runs of letters/digits longer than MAX_TOKEN_CHARS split by a space every MAX_TOKEN_CHARS
    characters (outside HTML tags: picture addresses stay intact), with a note."""
    if not _LONG_RUN.search(value):
        return value
    longest = 0

    def cut(m):
        nonlocal longest
        run = m.group(0)
        longest = max(longest, len(run))
        return " ".join(run[i:i + MAX_TOKEN_CHARS] for i in range(0, len(run), MAX_TOKEN_CHARS))

    if html and "<" in value:
        parts = _TAG.split(value)
        out = "".join(p if i % 2 else _LONG_RUN.sub(cut, p) for i, p in enumerate(parts))
    else:
        out = _LONG_RUN.sub(cut, value)
    if longest:
        notes.append(f"note: {name}: 有一串 {longest:,} 个连续字母/数字，每 {MAX_TOKEN_CHARS} 个字符断开后检查 / a run of "
                     f"{longest:,} letters or digits, split every {MAX_TOKEN_CHARS} characters for matching")
        return out
    return value


def _cap(value: str, name: str, notes: list[str]) -> str:
    value = _split_runs(value, name, notes, html=(name == "description"))
    if len(value) <= MAX_FIELD_CHARS:
        return value
    notes.append(f"note: {name}: 共 {len(value):,} 字符，只检查前 {MAX_FIELD_CHARS:,} 字符 / {len(value):,} characters, "
                 f"only the first {MAX_FIELD_CHARS:,} scanned")
    return value[:MAX_FIELD_CHARS]


def _untouched(listing: Listing) -> bool:
    """True when `finish` would change nothing (the common case, checked in two regex passes):
    no undecodable bytes, no over-long run, every field and reference within its bound."""
    if len(listing.title) > MAX_FIELD_CHARS or len(listing.description) > MAX_FIELD_CHARS:
        return False
    short = (listing.id, listing.url, listing.brand, listing.category, listing.price)
    if any(len(v) > MAX_REF_CHARS * 4 for v in short):
        return False
    if len(listing.images) > MAX_IMAGE_REFS or any(len(r) > MAX_REF_CHARS for r in listing.images):
        return False
    if any(len(v) > MAX_FIELD_CHARS for _, v in listing.attributes):
        return False
    scanned = "\n".join((listing.title, listing.description, *(v for _, v in listing.attributes)))
    if _LONG_RUN.search(scanned):
        return False
    rest = "\n".join((*short, *listing.images, *(k for k, _ in listing.attributes), *listing.errors))
    return not _SURROGATE.search(scanned) and not _SURROGATE.search(rest)


def finish(listing: Listing, encoding: str = "", where: str = "") -> Listing:
    """`listing` with undecodable bytes shown as U+FFFD and reported, and its fields bounded."""
    if _untouched(listing):
        return listing
    notes: list[str] = []
    bad = 0
    changes: dict = {}
    for name in ("id", "title", "description", "url", "brand", "category", "price"):
        v = getattr(listing, name)
        if not v:
            continue
        v2, n = _fix(v)
        bad += n
        v2 = _cap(v2, name, notes) if name in ("title", "description") else (
            v2 if len(v2) <= MAX_REF_CHARS * 4 else _cap_short(v2, name, notes))
        if v2 is not v:
            changes[name] = v2
    if listing.attributes:
        attrs, touched = [], False
        for k, v in listing.attributes:
            k2, n1 = _fix(k)
            v2, n2 = _fix(v)
            bad += n1 + n2
            v2 = _cap(v2, f"attribute:{k2}", notes)
            touched |= (k2 is not k) or (v2 is not v)
            attrs.append((k2, v2))
        if touched:
            changes["attributes"] = tuple(attrs)
    if listing.images:
        imgs, touched = [], False
        for ref in listing.images[:MAX_IMAGE_REFS]:
            r2, n = _fix(ref)
            bad += n
            if len(r2) > MAX_REF_CHARS and not r2[:5].lower() == "data:":
                r2 = r2[:MAX_REF_CHARS]
            touched |= r2 is not ref
            imgs.append(r2)
        if len(listing.images) > MAX_IMAGE_REFS:
            notes.append(f"note: images: 共 {len(listing.images):,} 个图片地址，只保留前 {MAX_IMAGE_REFS} 个 / "
                         f"{len(listing.images):,} picture references, only the first {MAX_IMAGE_REFS} kept")
            touched = True
        if touched:
            changes["images"] = tuple(imgs)
    if bad:
        enc = encoding or "the file's encoding"
        notes.insert(0, f"{bad} 个字节无法按 {enc} 解码，已显示为 � / {bad} byte(s) could not be decoded as {enc}, "
                        f"shown as �")
    if not changes and not notes:
        return listing
    prefix = f"{where}: " if where else ""
    # (a bound's note stays a note, "note: " first: it does not make the run partial)
    errors = tuple(_fix(e)[0] for e in listing.errors) + tuple(
        "note: " + prefix + n[6:] if n.startswith("note: ") else prefix + n for n in notes)
    return replace(listing, **changes, errors=errors)


def _cap_short(value: str, name: str, notes: list[str]) -> str:
    notes.append(f"note: {name}: 共 {len(value):,} 字符，已截断 / {len(value):,} characters, cut")
    return value[:MAX_REF_CHARS * 4]
