"""Page objects for the platforms' product APIs -> `Listing`: a Shopify storefront
`/products.json` page (`shopify_listings`, id: the handle) and a WooCommerce Store API
`/wc/store/v1/products` page (`woo_listings`, id: the product id, prices in minor units).
Pure functions of the decoded JSON, tested offline; a product the page object did not expect
becomes a listing with an `errors` entry, never a lost page."""
from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Any

from ..models import Listing
from .pages import _as_list, _attrs, absolute, text


def format_minor(amount: Any, minor_unit: Any) -> str:
    """WooCommerce Store API prices: '1999' with currency_minor_unit 2 -> '19.99'."""
    if amount in (None, ""):
        return ""
    try:
        unit = int(minor_unit if minor_unit not in (None, "") else 2)
        value = Decimal(str(amount)) / (Decimal(10) ** unit)
        return f"{value:.{unit}f}"
    except (InvalidOperation, ValueError, TypeError):
        return text(amount)


def shopify_listings(data: Any, origin: str, source: str) -> list[Listing]:
    """One page of Shopify's storefront `/products.json` -> listings (id: the handle)."""
    products = data.get("products") if isinstance(data, dict) else None
    if not isinstance(products, list):
        raise ValueError("not a Shopify products.json page (no 'products' list)")
    return _each(products, lambda p: _shopify_one(p, origin, source), source, ("handle", "id"))


MALFORMED = "malformed product data"


def _each(products: list, one, source: str, id_keys: tuple[str, ...]) -> list[Listing]:
    """Every product of an API page through `one`; a product whose data the page object did not
    expect (a number where a URL belongs…) becomes a listing with an `errors` entry, so one bad
    product never loses the page or the other products on it."""
    out = []
    for n, p in enumerate(products, start=1):
        if not isinstance(p, dict):
            continue
        try:
            got = one(p)
        except Exception as e:  # noqa: BLE001 - malformed shop data, reported on the listing
            pid = next((v for v in (_safe_text(p.get(k)) for k in id_keys) if v), "") or f"product-{n}"
            got = Listing(id=pid, title=_safe_text(p.get("title") or p.get("name")), source=source,
                          errors=(f"product {pid}: 商品数据格式异常，未能完整读取（{type(e).__name__}）"
                                  f" / {MALFORMED}",))
        if got is not None:
            out.append(got)
    return out


def _safe_text(v) -> str:
    try:
        return text(v)
    except Exception:  # noqa: BLE001
        return ""


def _shopify_one(p: dict, origin: str, source: str) -> Listing | None:
    handle = text(p.get("handle"))
    pid = handle or text(p.get("id"))
    if not pid:
        return None
    variants = [v for v in _as_list(p.get("variants")) if isinstance(v, dict)]
    images = []
    for img in _as_list(p.get("images")):
        src = absolute(img.get("src", "") if isinstance(img, dict) else str(img), origin + "/")
        if src and src not in images:
            images.append(src)
    tags = p.get("tags")
    tags = ", ".join(t for t in tags if t) if isinstance(tags, list) else text(tags)
    vtitles = [text(v.get("title")) for v in variants if text(v.get("title")) not in ("", "Default Title")]
    options = [
        (text(o.get("name")), ", ".join(text(x) for x in _as_list(o.get("values"))))
        for o in _as_list(p.get("options")) if isinstance(o, dict) and text(o.get("name")) != "Title"
    ]
    return Listing(
        id=pid,
        title=text(p.get("title")),
        description=str(p.get("body_html") or ""),
        images=tuple(images),
        url=f"{origin}/products/{handle}" if handle else "",
        brand=text(p.get("vendor")),
        category=text(p.get("product_type")),
        price=text(variants[0].get("price")) if variants else "",
        attributes=_attrs([("tags", tags), ("variants", " / ".join(vtitles)), *options]),
        source=source,
    )


def woo_listings(data: Any, origin: str, source: str) -> list[Listing]:
    """One page of the WooCommerce Store API products endpoint -> listings (id: product id)."""
    if not isinstance(data, list):
        raise ValueError("not a WooCommerce Store API products page (expected a JSON list)")
    return _each(data, lambda p: _woo_one(p, origin, source), source, ("id",))


def _woo_one(p: dict, origin: str, source: str) -> Listing | None:
    if p.get("id") in (None, ""):
        return None
    prices = p.get("prices") if isinstance(p.get("prices"), dict) else {}
    minor = prices.get("currency_minor_unit", 2)
    price = format_minor(prices.get("price"), minor)
    images = []
    for img in _as_list(p.get("images")):
        src = absolute(img.get("src", "") if isinstance(img, dict) else str(img), origin + "/")
        if src and src not in images:
            images.append(src)
    attributes = [("short_description", str(p.get("short_description") or ""))]
    for a in _as_list(p.get("attributes")):
        if isinstance(a, dict):
            attributes.append((text(a.get("name")), ", ".join(text(t) for t in _as_list(a.get("terms")))))
    tags = ", ".join(text(t) for t in _as_list(p.get("tags")))
    attributes.append(("tags", tags))
    brands = p.get("brands")
    return Listing(
        id=text(p.get("id")),
        title=text(p.get("name")),
        description=str(p.get("description") or ""),
        images=tuple(images),
        url=text(p.get("permalink")),
        brand=text(brands) if brands else "",
        category=text(p.get("categories")),
        price=price,
        attributes=_attrs(attributes),
        source=source,
    )
