"""Page objects: what a shop serves (product and listing pages; the platforms' JSON in
`platform_json`) -> `Listing`.

Pure functions of (body, url): no network, no Scrapy, so they are tested offline on saved
pages. The spiders only fetch and call these.

- `HtmlPage(body, url)` — any HTML page: `.listings(source)` gives the schema.org `Product`
  on it (JSON-LD first, then microdata, OpenGraph `og:type=product` as a fallback) and
  `.links()` sorts its same-site links into pagination, product-looking and other links.

Listing ids: Shopify handle (id when there is no handle), WooCommerce product id, and for
pages the schema.org `sku` / `productID`, else the URL's path slug.
"""
from __future__ import annotations

import html as htmllib
import json
import re
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, Iterable
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

from ..models import Listing

PRODUCT_TYPES = {"Product", "ProductGroup", "IndividualProduct", "ProductModel", "SomeProducts", "Vehicle"}

# paths that never lead to listings (cart, account, admin, search) and files that are not pages
_SKIP_PATH = re.compile(
    r"/(cart|checkout|checkouts|account|my-account|login|logout|register|signin|sign-in|wp-admin|wp-login\.php|"
    r"admin|search|wishlist|compare|feed|xmlrpc\.php|cdn-cgi|wp-json|comments)(/|$)",
    re.I,
)
_ASSET_EXT = re.compile(
    r"\.(jpe?g|png|gif|webp|bmp|svg|ico|css|js|mjs|json|xml|gz|zip|rar|7z|pdf|docx?|xlsx?|pptx?|csv|txt|"
    r"mp4|webm|mov|avi|mp3|wav|ogg|woff2?|ttf|eot|otf|apk|exe|dmg)$",
    re.I,
)
_PRODUCT_PATH = re.compile(
    r"(/products?/[^/]+|/items?/[^/]+|/p/[^/]+|/dp/[^/]+|/goods/[^/]+|/detail|/sku/|-p-\d+|/\d+\.html?$|"
    r"/(商品|产品)/)",
    re.I,
)
_PAGE_PARAMS = ("page", "p", "pg", "paged", "pageno", "page_no", "pagenum", "currentpage")
_PAGE_PATH = re.compile(r"/page/(\d+)/?$", re.I)
# query parameters that only track, sort or re-filter: dropped so a page is fetched once
_DROP_PARAMS = re.compile(
    r"^(utm_\w+|fbclid|gclid|yclid|mc_\w+|ref|ref_|_pos|_sid|_ss|_psq|_v|variant|sort|sort_by|orderby|order|"
    r"view|add-to-cart|add_to_cart|replytocom|share|spm|scm|from|srsltid|currency|lang)$",
    re.I,
)


# ----------------------------------------------------------------------------- small helpers

def text(v: Any) -> str:
    """A schema.org / JSON value as plain one-line text ('' for missing)."""
    if v is None:
        return ""
    if isinstance(v, bool):
        return ""
    if isinstance(v, float):
        return f"{v:.2f}" if round(v, 2) == v else repr(v)
    if isinstance(v, (int, Decimal)):
        return str(v)
    if isinstance(v, list):
        for x in v:
            t = text(x)
            if t:
                return t
        return ""
    if isinstance(v, dict):
        for k in ("name", "@value", "value", "text", "@id"):
            if k in v:
                return text(v[k])
        return ""
    return htmllib.unescape(str(v)).strip()


def _as_list(v: Any) -> list:
    if v is None:
        return []
    return v if isinstance(v, list) else [v]


def _types(node: dict) -> set[str]:
    return {str(t).rstrip("/").rsplit("/", 1)[-1].rsplit(":", 1)[-1] for t in _as_list(node.get("@type"))}


def _attrs(pairs: Iterable[tuple[str, str]]) -> tuple[tuple[str, str], ...]:
    return tuple((n, v) for n, v in pairs if n and v)


def absolute(url: str, base: str) -> str:
    url = (url or "").strip()
    if not url or url.startswith(("data:", "javascript:", "mailto:", "tel:", "#")):
        return ""
    if url.startswith("//"):
        url = (urlsplit(base).scheme or "https") + ":" + url
    try:
        return urljoin(base, url)
    except ValueError:
        return ""


def canonical_url(url: str) -> str:
    """Fragment removed, tracking/sorting parameters dropped, the rest sorted."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return url
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _DROP_PARAMS.match(k)]
    query.sort()
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), parts.path or "/", urlencode(query), ""))


def slug_id(url: str) -> str:
    """The last meaningful path segment of a URL (extension dropped), or a query id."""
    parts = urlsplit(url)
    segs = [s for s in parts.path.split("/") if s]
    slug = segs[-1] if segs else ""
    slug = re.sub(r"\.(html?|php|aspx?|jsp)$", "", slug, flags=re.I)
    q = dict(parse_qsl(parts.query))
    for k in ("id", "product_id", "productid", "pid", "item_id", "itemid", "goods_id", "sku", "p"):
        if q.get(k):
            return f"{slug}-{q[k]}" if slug else q[k]
    from urllib.parse import unquote

    return unquote(slug) or parts.netloc


def looks_like_product_url(url: str) -> bool:
    return bool(_PRODUCT_PATH.search(urlsplit(url).path))


def page_number(url: str) -> int | None:
    parts = urlsplit(url)
    m = _PAGE_PATH.search(parts.path)
    if m:
        return int(m.group(1))
    for k, v in parse_qsl(parts.query):
        if k.lower() in _PAGE_PARAMS and v.isdigit():
            return int(v)
    return None


def _same_listing_series(a: str, b: str) -> bool:
    """b is a.com/x?page=2 when a is a.com/x or a.com/x?page=1 (also /page/N/ paths)."""
    pa, pb = urlsplit(a), urlsplit(b)
    if pa.netloc != pb.netloc:
        return False
    strip_path = lambda p: _PAGE_PATH.sub("/", p).rstrip("/")  # noqa: E731
    strip_q = lambda q: sorted((k, v) for k, v in parse_qsl(q) if k.lower() not in _PAGE_PARAMS)  # noqa: E731
    return strip_path(pa.path) == strip_path(pb.path) and strip_q(pa.query) == strip_q(pb.query)


# ----------------------------------------------------------------------------- HTML pages

@dataclass
class PageLinks:
    next_pages: list[str] = field(default_factory=list)  # pagination of this listing page
    products: list[str] = field(default_factory=list)  # links that look like product pages
    other: list[str] = field(default_factory=list)  # every other same-site page link


def _iter_jsonld(node: Any, depth: int = 0) -> Iterable[dict]:
    if depth > 8:
        return
    if isinstance(node, list):
        for x in node:
            yield from _iter_jsonld(x, depth + 1)
    elif isinstance(node, dict):
        yield node
        for k in ("@graph", "mainEntity", "mainEntityOfPage", "itemListElement", "item", "about", "hasPart"):
            if k in node:
                yield from _iter_jsonld(node[k], depth + 1)


class HtmlPage:
    """One fetched HTML page. `body` may be bytes (with `encoding`) or text."""

    def __init__(self, body: str | bytes, url: str, encoding: str | None = None):
        import lxml.html

        self.url = url
        if isinstance(body, str):
            body = body.encode("utf-8")
            encoding = "utf-8"
        parser = lxml.html.HTMLParser(encoding=encoding or None, remove_comments=True)
        try:
            self.tree = lxml.html.fromstring(body or b"<html></html>", parser=parser)
        except Exception:  # noqa: BLE001 - unparseable page: treat as empty
            self.tree = lxml.html.fromstring(b"<html></html>")
        base = self.tree.xpath("string(//base/@href)")
        self.base = absolute(base, url) or url
        self.problems: list[str] = []
        self._data: dict | None = None

    # --- structured data
    def _structured(self) -> dict:
        if self._data is not None:
            return self._data
        jsonld = []
        for script in self.tree.xpath('//script[@type="application/ld+json"]'):
            raw = script.text_content() if hasattr(script, "text_content") else (script.text or "")
            data = _loads_lenient(raw)
            if data is None:
                if raw.strip():
                    self.problems.append("a JSON-LD block on the page is not valid JSON")
                continue
            jsonld.append(data)
        import extruct

        extracted = extruct.extract(self.tree, base_url=self.base, syntaxes=["microdata", "opengraph"],
                                    uniform=True, with_og_array=True, errors="ignore")
        self._data = {"json-ld": jsonld, "microdata": extracted.get("microdata", []),
                      "opengraph": extracted.get("opengraph", [])}
        return self._data

    def products(self) -> list[dict]:
        """schema.org Product nodes on the page: JSON-LD first, then microdata."""
        data = self._structured()
        found: list[dict] = []
        for root in data["json-ld"]:
            for node in _iter_jsonld(root):
                if _types(node) & PRODUCT_TYPES and node not in found:
                    found.append(node)
        if not found:
            for item in data["microdata"]:
                for node in _iter_jsonld(item):
                    if _types(node) & PRODUCT_TYPES and node not in found:
                        found.append(node)
        return found

    def opengraph(self) -> dict[str, list[str]]:
        og: dict[str, list[str]] = {}
        for obj in self._structured()["opengraph"]:
            for k, v in obj.items():
                if k.startswith("@") and k != "@type":
                    continue
                og.setdefault("og:type" if k == "@type" else k, []).extend(str(x) for x in _as_list(v) if x)
        return og

    def canonical(self) -> str:
        href = self.tree.xpath('string(//link[@rel="canonical"]/@href)')
        return absolute(href, self.base) if href else ""

    def main_products(self) -> tuple[list[dict], list[str]]:
        """(the page's own Product(s), urls of other Products it shows, e.g. on a listing page)."""
        prods = self.products()
        if not prods:
            return [], []
        here = {url_key(self.url)}
        if self.canonical():
            here.add(url_key(self.canonical()))
        mine, others = [], []
        for p in prods:
            purl = absolute(text(p.get("url")) or "", self.base) if p.get("url") else ""
            if not purl or url_key(purl) in here:
                mine.append(p)
            else:
                others.append(purl)
        if not mine and len(prods) == 1:
            mine = prods  # a product page whose schema url differs from the address (a redirect)
            others = []
        if len(mine) > 1 and others:
            mine = mine[:1]
        return mine, others

    def listings(self, source: str) -> list[Listing]:
        """The listing(s) this page is the product page of ([] when it is not a product page)."""
        mine, _ = self.main_products()
        og = self.opengraph()
        page_url = self.canonical() if _same_host(self.canonical(), self.url) else self.url
        if mine:
            out = []
            for i, p in enumerate(mine):
                out.append(self._from_schema(p, og if i == 0 else {}, page_url, source))
            if len(out) > 1:  # several products without their own pages: keep ids apart
                seen: set[str] = set()
                fixed = []
                for n, lst in enumerate(out, start=1):
                    lid = lst.id if lst.id not in seen else f"{lst.id}-{n}"
                    seen.add(lid)
                    fixed.append(_replace(lst, id=lid))
                out = fixed
            return out
        ogtype = " ".join(og.get("og:type", [])).lower()
        if "product" in ogtype or og.get("product:price:amount") or og.get("og:price:amount"):
            return [self._from_og(og, page_url, source)]
        return []

    def _from_schema(self, p: dict, og: dict[str, list[str]], page_url: str, source: str) -> Listing:
        lid = text(p.get("sku")) or text(p.get("productID")) or text(p.get("productGroupID")) or text(p.get("mpn"))
        lid = re.sub(r"^(sku|isbn|gtin\d*|mpn):", "", lid, flags=re.I).strip() or slug_id(page_url)
        images: list[str] = []
        variants = [v for v in _as_list(p.get("hasVariant")) if isinstance(v, dict)]
        for img in _as_list(p.get("image")) + [i for v in variants for i in _as_list(v.get("image"))]:
            if isinstance(img, dict):
                img = img.get("contentUrl") or img.get("url") or img.get("@id")
            u = absolute(text(img), self.base)
            if u and u not in images:
                images.append(u)
        if not images:
            images = [u for u in (absolute(x, self.base) for x in og.get("og:image", [])) if u]
        description = text(p.get("description")) if not isinstance(p.get("description"), str) else p["description"]
        if not description.strip():
            description = (og.get("og:description") or [""])[0] or self.tree.xpath(
                'string(//meta[@name="description"]/@content)')
        title = text(p.get("name")) or (og.get("og:title") or [""])[0] or self.tree.xpath("string(//title)").strip()
        attributes = []
        for prop in _as_list(p.get("additionalProperty")):
            if isinstance(prop, dict):
                attributes.append((text(prop.get("name")), text(prop.get("value"))))
        for k in ("slogan", "award", "disambiguatingDescription"):
            if p.get(k):
                attributes.append((k, text(p.get(k))))
        schema_url = absolute(text(p.get("url")), self.base)
        return Listing(
            id=lid,
            title=htmllib.unescape(title).strip(),
            description=htmllib.unescape(description).strip(),
            images=tuple(images),
            url=schema_url if _same_host(schema_url, self.url) else page_url,
            brand=text(p.get("brand")) or text(p.get("manufacturer")),
            category=text(p.get("category")),
            price=_offer_price(p.get("offers")) or _offer_price([v.get("offers") for v in variants]),
            attributes=_attrs(attributes),
            source=source,
            errors=tuple(self.problems),
        )

    def _from_og(self, og: dict[str, list[str]], page_url: str, source: str) -> Listing:
        first = lambda k: (og.get(k) or [""])[0]  # noqa: E731
        lid = first("product:retailer_item_id") or first("product:sku") or slug_id(page_url)
        images = []
        for u in og.get("og:image", []) + og.get("og:image:url", []) + og.get("og:image:secure_url", []):
            u = absolute(u, self.base)
            if u and u not in images:
                images.append(u)
        desc = first("og:description") or self.tree.xpath('string(//meta[@name="description"]/@content)')
        return Listing(
            id=lid,
            title=htmllib.unescape(first("og:title") or self.tree.xpath("string(//title)")).strip(),
            description=htmllib.unescape(desc).strip(),
            images=tuple(images),
            url=page_url,
            brand=first("product:brand") or first("og:brand"),
            category=first("product:category"),
            price=first("product:price:amount") or first("og:price:amount"),
            source=source,
            errors=tuple(self.problems),
        )

    # --- links
    def links(self) -> PageLinks:
        """Same-site links, sorted: pagination (rel=next, ?page=N+1, /page/N+1/), product-looking, other."""
        out = PageLinks()
        seen: set[str] = set()
        here = canonical_url(self.url)
        cur_page = page_number(self.url) or 1  # numbered links of the same series: pagination too
        nexts = []
        for href in self.tree.xpath('//link[contains(concat(" ", normalize-space(@rel), " "), " next ")]/@href'
                                    ' | //a[contains(concat(" ", normalize-space(@rel), " "), " next ")]/@href'):
            u = absolute(href, self.base)
            if u:
                nexts.append(canonical_url(u))
        _, other_products = self.main_products()
        product_like = [canonical_url(u) for u in other_products]
        for a in self.tree.iter("a", "area"):
            href = a.get("href")
            if not href or a.get("download") is not None:
                continue
            u = absolute(href, self.base)
            if not u or not u.startswith(("http://", "https://")):
                continue
            c = canonical_url(u)
            if c in seen or c == here:
                continue
            seen.add(c)
            path = urlsplit(c).path
            if _ASSET_EXT.search(path) or _SKIP_PATH.search(path):
                continue
            n = page_number(c)
            if c in nexts or (n is not None and n != cur_page and _same_listing_series(self.url, c)):
                if c not in out.next_pages:
                    out.next_pages.append(c)
            elif looks_like_product_url(c) or _in_product_card(a):
                out.products.append(c)
            else:
                out.other.append(c)
        for c in nexts:  # <link rel=next> in the head
            if c not in out.next_pages and c != here:
                out.next_pages.append(c)
        for c in product_like:
            if c not in out.products and c != here:
                out.products.append(c)
        return out


_CARD_CLASSES = re.compile(
    r"^(product|product-item|product_item|product-card|product-tile|product-grid-item|grid-product|card-product|"
    r"card--product|product-link|product__link|product-card__link|product-thumb|product-box|goods-item|goods-card|"
    r"item-card|woocommerce-loopproduct-link|type-product|product-small)$",
    re.I,
)


def _in_product_card(a) -> bool:
    """An <a> on or inside an element marked as a product (itemtype Product, class 'product-card'…)."""
    el = a
    for _ in range(7):
        if el is None:
            return False
        itemtype = el.get("itemtype") or ""
        if itemtype.rstrip("/").endswith("Product"):
            return True
        if any(_CARD_CLASSES.match(tok) for tok in (el.get("class") or "").split()):
            return True
        el = el.getparent()
    return False


def url_key(url: str) -> str:
    """Loose identity of a page: host without www, path without trailing slash, sorted query."""
    c = urlsplit(canonical_url(url))
    return f"{(c.hostname or '').removeprefix('www.')}{c.path.rstrip('/')}?{c.query}"


def _same_host(a: str, b: str) -> bool:
    if not a or not b:
        return False
    return (urlsplit(a).hostname or "").removeprefix("www.") == (urlsplit(b).hostname or "").removeprefix("www.")


def _replace(listing: Listing, **kw) -> Listing:
    from dataclasses import replace

    return replace(listing, **kw)


def _offer_price(offers: Any) -> str:
    for o in _as_list(offers):
        if isinstance(o, list):
            p = _offer_price(o)
            if p:
                return p
            continue
        if not isinstance(o, dict):
            continue
        for k in ("price", "lowPrice"):
            v = o.get(k)
            if v not in (None, ""):
                return text(v)
        spec = o.get("priceSpecification")
        p = _offer_price(spec)
        if p:
            return p
        p = _offer_price(o.get("offers"))
        if p:
            return p
    return ""


def _loads_lenient(raw: str) -> Any:
    raw = raw.strip()
    if not raw:
        return None
    try:
        return json.loads(raw, strict=False)
    except ValueError:
        pass
    cleaned = re.sub(r"^\s*(//.*|<!--.*-->)\s*$", "", raw, flags=re.M)
    cleaned = re.sub(r"^\s*<!\[CDATA\[|\]\]>\s*$", "", cleaned.strip())
    try:
        return json.loads(cleaned, strict=False)
    except ValueError:
        pass
    try:
        import jstyleson

        return jstyleson.loads(cleaned, strict=False)
    except Exception:  # noqa: BLE001
        return None
