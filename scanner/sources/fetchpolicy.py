"""One fetch policy for every download: crawl pages, listing pictures, detail pictures.

- only `http://` and `https://` (no `file:`, `ftp:`, `data:`, …);
- never a loopback, private, link-local, carrier-grade NAT, multicast, reserved or metadata
  address (127.0.0.0/8, 10/8, 172.16/12, 192.168/16, 169.254.169.254, 0.0.0.0, ::1, fc00::/7
  incl. fd00::/8, fe80::/10, IPv4-mapped/NAT64/6to4 forms of those, …) — unless
  * `allow_private` (`--allow-private`, `allow_private = true`): every such address is allowed;
  * the shop itself is on such an address (a shop on 127.0.0.1 or on the office network): then
    exactly that shop's own address and port are allowed (`private_origins`), and nothing else
    private — a picture on another port or another private host is still refused;
- the check is made on the address actually connected to: a name is resolved once, checked,
  and the connection goes to that checked address (no second lookup a rebinding DNS server could
  answer differently); every redirect is checked again the same way;
- every download has a total deadline (not per read: a server trickling one byte at a time is
  cut at the deadline) and a size cap.

Scrapy uses the same rules through `crawl_middleware.ShopOnlyMiddleware` (URL and literal addresses,
after every redirect) and `CheckedResolver` (the address a name resolves to, at connect time).
`fetch()` is the plain-socket downloader for pictures read outside a crawl.
"""
from __future__ import annotations

import ipaddress
import socket
import threading
import time
from dataclasses import dataclass, field, replace
from functools import lru_cache
from urllib.parse import urljoin, urlsplit

from ..hygiene import short_ref

SCHEMES = ("http", "https")
DEFAULT_PORTS = {"http": 80, "https": 443}
DEFAULT_TIMEOUT = 30.0  # seconds, total per download (connect, headers and body)
DEFAULT_MAX_BYTES = 20 * 1024 * 1024
MAX_REDIRECTS = 5
USER_AGENT = "listing-scanner/0.1 (seller self-check)"
_NAT64 = ipaddress.ip_network("64:ff9b::/96")


class FetchRefused(Exception):
    """The policy refuses this download; the message is fit for an `errors` entry."""


def is_public(ip: str) -> bool:
    """True for a globally routable unicast address (IPv4-mapped and NAT64 forms unwrapped)."""
    try:
        a = ipaddress.ip_address(ip.split("%", 1)[0])
    except ValueError:
        return False
    if isinstance(a, ipaddress.IPv6Address):
        inner = a.ipv4_mapped or a.sixtofour or (a.teredo[1] if a.teredo else None)
        if inner is None and a in _NAT64:
            inner = ipaddress.IPv4Address(int(a) & 0xFFFFFFFF)
        if inner is not None:
            return is_public(str(inner))
    return bool(a.is_global) and not a.is_multicast and not a.is_reserved and not a.is_unspecified


def _port(p) -> int:
    try:
        port = p.port
    except ValueError:
        port = -1
    return port or DEFAULT_PORTS.get(p.scheme, 0)


def _literal(host: str) -> str | None:
    try:
        return str(ipaddress.ip_address(host.strip("[]")))
    except ValueError:
        return None


def resolve(host: str, port: int) -> list[str]:
    """Every address `host` resolves to (a literal is itself)."""
    lit = _literal(host)
    if lit:
        return [lit]
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return list(dict.fromkeys(i[4][0] for i in infos))


@dataclass(frozen=True)
class FetchPolicy:
    allow_private: bool = False  # explicit: every private address allowed
    private_origins: frozenset = field(default_factory=frozenset)  # {(ip, port)} the shop itself is on
    timeout: float = DEFAULT_TIMEOUT  # total seconds per download
    max_bytes: int = DEFAULT_MAX_BYTES

    # ------------------------------------------------------------------ building
    @classmethod
    def for_shop(cls, shop_url: str, **kw) -> "FetchPolicy":
        """The policy of a crawl (or of a crawled listing's pictures): a shop on a private
        address implies that address and port, and only those."""
        return cls(**kw).with_shop(shop_url)

    def with_shop(self, shop_url: str) -> "FetchPolicy":
        if not shop_url or not shop_url.startswith(("http://", "https://")):
            return self
        return replace(self, private_origins=self.private_origins | _shop_origins(shop_url))

    def to_dict(self) -> dict:
        return {"allow_private": self.allow_private, "timeout": self.timeout, "max_bytes": self.max_bytes,
                "private_origins": sorted([list(o) for o in self.private_origins])}

    @classmethod
    def from_dict(cls, d: dict | None) -> "FetchPolicy":
        d = d or {}
        return cls(allow_private=bool(d.get("allow_private")), timeout=float(d.get("timeout", DEFAULT_TIMEOUT)),
                   max_bytes=int(d.get("max_bytes", DEFAULT_MAX_BYTES)),
                   private_origins=frozenset((str(a), int(b)) for a, b in d.get("private_origins", [])))

    # ------------------------------------------------------------------ checks
    def check_url(self, url: str) -> tuple[str, int]:
        """(host, port) of an allowed URL, or FetchRefused (scheme, missing host, literal address)."""
        p = urlsplit(url)
        scheme = p.scheme.lower()
        if scheme not in SCHEMES:
            what = f"{scheme}:" if scheme else "a relative reference"
            raise FetchRefused(f"{short_ref(url)}: {what} 不下载（只下载 http/https） / only http(s) is fetched")
        host = p.hostname or ""
        port = _port(p)
        if not host or port <= 0:
            raise FetchRefused(f"{short_ref(url)}: 地址不完整 / no host or an invalid port")
        lit = _literal(host)
        if lit:
            self.check_address(lit, port, url)
        return host, port

    def address_allowed(self, ip: str, port: int) -> bool:
        if is_public(ip) or self.allow_private:
            return True
        ip = _literal(ip) or ip
        return (ip, port) in self.private_origins

    def check_address(self, ip: str, port: int, url: str = "") -> None:
        if not self.address_allowed(ip, port):
            raise FetchRefused(
                f"{short_ref(url) if url else ip}: 地址 {ip}:{port} 属于本机/内网/元数据地址，未下载"
                f"（只有扫描自己内网店铺时才用 --allow-private） / private or local address, not fetched"
                f" (--allow-private is for shops on your own network)")

    def pick_address(self, host: str, port: int, url: str = "") -> str:
        """Resolve once and return the address to connect to; refused when any address the name
        resolves to is not allowed (a name pointing at both a public and a private address is a
        rebinding trick)."""
        try:
            addrs = resolve(host, port)
        except (socket.gaierror, UnicodeError, OSError) as e:
            raise FetchRefused(f"{short_ref(url) or host}: 主机名无法解析 / host name not found") from e
        if not addrs:
            raise FetchRefused(f"{short_ref(url) or host}: 主机名无法解析 / host name not found")
        for a in addrs:
            self.check_address(a, port, url)
        return addrs[0]


@lru_cache(maxsize=256)
def _shop_origins(shop_url: str) -> frozenset:
    p = urlsplit(shop_url)
    host, port = p.hostname or "", _port(p)
    try:
        addrs = resolve(host, port) if host else []
    except (OSError, UnicodeError):
        addrs = []
    return frozenset((_literal(a) or a, port) for a in addrs if not is_public(a))


# ---------------------------------------------------------------------- the plain downloader

@lru_cache(maxsize=2)
def _pinned(https: bool):
    """An http.client connection class that connects to a given, already checked address (the
    Host header and TLS server name stay the URL's host). Imported on first use (start-up time)."""
    import http.client
    import ssl

    if not https:
        class PinnedHTTP(http.client.HTTPConnection):
            def __init__(self, host, port, ip, timeout):
                super().__init__(host, port, timeout=timeout)
                self._ip = ip

            def connect(self):
                self.sock = socket.create_connection((self._ip, self.port), self.timeout)

        return PinnedHTTP

    class PinnedHTTPS(http.client.HTTPSConnection):
        def __init__(self, host, port, ip, timeout):
            super().__init__(host, port, timeout=timeout, context=ssl.create_default_context())
            self._ip = ip

        def connect(self):
            sock = socket.create_connection((self._ip, self.port), self.timeout)
            self.sock = self._context.wrap_socket(sock, server_hostname=self.host)

    return PinnedHTTPS


@dataclass
class Fetched:
    url: str  # after redirects
    status: int
    content_type: str
    body: bytes


def fetch(url: str, policy: FetchPolicy, *, max_bytes: int | None = None, timeout: float | None = None,
          headers: dict | None = None) -> Fetched:
    """GET `url` under `policy`: every hop checked, connected to the checked address, the whole
    download (all redirects included) bounded by `timeout` seconds and `max_bytes`.
    Raises FetchRefused (policy, size, deadline, network) with a message for `errors`."""
    from http.client import HTTPException

    max_bytes = policy.max_bytes if max_bytes is None else max_bytes
    timeout = policy.timeout if timeout is None else timeout
    deadline = time.monotonic() + timeout
    hdrs = {"User-Agent": USER_AGENT, "Accept": "*/*", "Accept-Encoding": "identity"}
    hdrs.update(headers or {})
    original = url
    for _hop in range(MAX_REDIRECTS + 1):
        host, port = policy.check_url(url)
        ip = policy.pick_address(host, port, url)
        left = deadline - time.monotonic()
        if left <= 0:
            raise FetchRefused(f"{short_ref(original)}: 超过 {timeout:g} 秒未下载完 / took longer than {timeout:g} s")
        p = urlsplit(url)
        cls = _pinned(p.scheme.lower() == "https")
        conn = cls(host, port, ip, timeout=left)
        # the deadline covers every phase: a watchdog shuts the socket when it passes
        timer = threading.Timer(left, _shutdown, args=(conn,))
        timer.daemon = True
        timer.start()
        try:
            path = (p.path or "/") + (f"?{p.query}" if p.query else "")
            conn.request("GET", path, headers=hdrs)
            resp = conn.getresponse()
            if resp.status in (301, 302, 303, 307, 308) and resp.getheader("Location"):
                url = urljoin(url, resp.getheader("Location").strip())
                continue
            length = resp.getheader("Content-Length")
            if length and length.isdigit() and int(length) > max_bytes:
                raise FetchRefused(f"{short_ref(original)}: 大于 {_mb(max_bytes)} / larger than {_mb(max_bytes)}")
            chunks, size = [], 0
            while True:
                left = deadline - time.monotonic()
                if left <= 0:
                    raise TimeoutError
                if conn.sock is not None:
                    conn.sock.settimeout(left)
                chunk = resp.read1(65536)
                if not chunk:
                    break
                size += len(chunk)
                if size > max_bytes:
                    raise FetchRefused(f"{short_ref(original)}: 大于 {_mb(max_bytes)} / larger than {_mb(max_bytes)}")
                chunks.append(chunk)
            if time.monotonic() > deadline:
                raise TimeoutError
            return Fetched(url, resp.status, resp.getheader("Content-Type") or "", b"".join(chunks))
        except FetchRefused:
            raise
        except (TimeoutError, socket.timeout) as e:
            raise FetchRefused(f"{short_ref(original)}: 超过 {timeout:g} 秒未下载完 / took longer than {timeout:g} s") from e
        except (OSError, HTTPException, ValueError) as e:
            if time.monotonic() >= deadline:
                raise FetchRefused(f"{short_ref(original)}: 超过 {timeout:g} 秒未下载完 / took longer than {timeout:g} s") from e
            reason = "connection refused" if isinstance(e, ConnectionRefusedError) else (
                getattr(e, "strerror", None) or type(e).__name__)
            raise FetchRefused(f"{short_ref(original)}: {reason}") from e
        finally:
            timer.cancel()
            conn.close()
    raise FetchRefused(f"{short_ref(original)}: 重定向超过 {MAX_REDIRECTS} 次 / more than {MAX_REDIRECTS} redirects")


def _shutdown(conn) -> None:
    sock = conn.sock
    if sock is not None:
        try:
            sock.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass


def _mb(n: int) -> str:
    return f"{n / (1024 * 1024):g} MB"


def shop_is_private(shop_url: str) -> bool:
    """True when the shop's own address is loopback/private/metadata (so a crawl of it implies
    that address). A service taking shop addresses from other people (the web page) should refuse
    such a shop unless its operator allowed it."""
    return bool(_shop_origins(shop_url))
