"""Back-office export files as sources, recognised by their header:

- Taobao 淘宝助理 CSV: line 1 `version 1.00`, line 2 English keys (title, description, picture…),
  line 3 Chinese headers (宝贝名称, 宝贝描述, 新图片…); comma- or tab-separated; GBK, UTF-8 or
  UTF-16 (detected). Pictures are `name:1:pos:|url;` entries: the URL when there is one, else
  the `.tbi` file the assistant keeps in a folder named like the CSV.
- Shopify product export CSV, legacy headers (Handle, Title, Body (HTML), Vendor, Variant Price,
  Image Src…) and the 2024 template (URL handle, Title, Description, Price, Product image URL…);
  one row per variant/image, grouped by handle.
- Amazon "All Listings" report: tab-separated (item-name, item-description, listing-id,
  seller-sku, price, image-url, asin1…), English or Chinese Seller Central headers.

`detect_export(path, encoding, first_line, options)` returns a source or None (not an export
shape: the caller tries the canonical CSV, then reports the columns it expected). A file that
starts like one of these exports but lacks the columns needed raises SourceError naming them.
"""
from __future__ import annotations

import csv
import hashlib
import io
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from ..models import Listing
from .base import SourceError, SourceOptions
from .base import FileSource
from .textfile import UNDECODABLE, finish

csv.field_size_limit(2**31 - 1)


def _norm(h: str) -> str:
    """Header key for matching: lower case, no BOM, quotes, spaces, dashes or underscores."""
    return re.sub(r"[\s\-_\"'\ufeff()（）/]+", "", (h or "").strip().lower())


def _sniff_encoding(path: Path, encoding: str) -> str:
    with open(path, "rb") as f:
        head = f.read(4)
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    return encoding


def _delimiter(line: str) -> str:
    return "\t" if line.count("\t") > line.count(",") else ","


def _clean(v: str | None) -> str:
    return (v or "").strip()


# ----------------------------------------------------------------------------- Taobao

TAOBAO_COLUMNS = {  # field -> (Chinese header, English key)
    "title": ("宝贝名称", "title"),
    "description": ("宝贝描述", "description"),
    "pictures": ("新图片", "picture"),
    "price": ("宝贝价格", "price"),
    "num_id": ("数字ID", "num_id"),
    "outer_id": ("商家编码", "outer_id"),
    "category": ("宝贝类目", "cid"),
    "selling_point": ("宝贝卖点", "subtitle"),
    "wireless_desc": ("无线详情", "wireless_desc"),
    "prop_alias": ("销售属性别名", "propAlias"),
}
TAOBAO_REQUIRED = ("宝贝名称", "宝贝描述", "新图片")


class TaobaoSource(FileSource):
    format = "taobao"

    def __post_init__(self):
        super().__post_init__()
        with self._open() as f:  # the header is checked now: an unusable file fails before the scan
            self._layout(f)

    def _layout(self, f):
        first = f.readline()  # version 1.00
        second = f.readline()
        delim = _delimiter(second)
        keys = next(csv.reader(io.StringIO(second), delimiter=delim), [])
        reader = csv.reader(f, delimiter=delim)
        headers = next(reader, [])
        col = _taobao_columns(keys, headers)
        if "title" not in col:
            raise SourceError(f"{self.path}: Taobao 淘宝助理 CSV without the columns it needs (expected "
                              f"{', '.join(TAOBAO_REQUIRED)} on line 3 after 'version 1.00' and the English keys; "
                              f"found {', '.join(h.strip() for h in headers[:10]) or first.strip()})",
                              key="src.taobao_columns", path=self.path)
        return reader, col

    def _open(self):
        return open(self.path, encoding=self.encoding, errors=UNDECODABLE, newline="")

    def __iter__(self) -> Iterator[Listing]:
        src = str(self.path)
        with self._open() as f:
            reader, col = self._layout(f)
            n = 0
            for row in reader:
                line = reader.line_num + 2  # after 'version 1.00' and the English keys
                if not any(c.strip() for c in row):
                    continue
                get = lambda k: _clean(row[col[k]]) if k in col and col[k] < len(row) else ""  # noqa: E731
                title = get("title")
                num_id = get("num_id")
                num_id = "" if num_id in ("0", "") else num_id
                lid = num_id or get("outer_id") or ("t-" + hashlib.sha1(title.encode("utf-8")).hexdigest()[:10])
                images, problems = self._pictures(get("pictures"))
                attributes = [("宝贝卖点", get("selling_point")), ("无线详情", get("wireless_desc")),
                              ("销售属性别名", get("prop_alias"))]
                errors = tuple(f"line {line}: {p}" for p in problems)
                if not title:
                    errors += (f"line {line}: 宝贝名称 (title) is empty",)
                n += 1
                yield finish(Listing(
                    id=lid,
                    title=title,
                    description=get("description"),
                    images=tuple(images),
                    url=f"https://item.taobao.com/item.htm?id={num_id}" if num_id else "",
                    category=get("category"),
                    price=get("price"),
                    attributes=tuple((k, v) for k, v in attributes if v),
                    source=src,
                    errors=errors,
                ), self.encoding)
        self.stats["listings"] = n

    def _pictures(self, cell: str) -> tuple[list[str], list[str]]:
        """`hash:1:0:|url;hash2:1:1:|;` -> image URLs or paths relative to the CSV's folder."""
        images: list[str] = []
        problems: list[str] = []
        folder = self.path.parent
        for entry in re.split(r"[;\n]", cell):
            entry = entry.strip()
            if not entry:
                continue
            name, _, url = entry.partition("|")
            url = url.strip()
            if url.startswith("//"):
                url = "https:" + url
            if url.startswith(("http://", "https://")):
                images.append(url)
                continue
            if name.strip().startswith(("http://", "https://", "//")):
                images.append(("https:" + name.strip()) if name.strip().startswith("//") else name.strip())
                continue
            pic = name.split(":", 1)[0].strip()
            if not pic:
                continue
            found = None
            for rel in (Path(self.path.stem) / pic, Path(pic)):
                for ext in (".tbi", ".jpg", ".jpeg", ".png", ".gif", ""):
                    cand = folder / rel.with_name(rel.name + ext)
                    if cand.is_file():
                        found = cand.relative_to(folder).as_posix()
                        break
                if found:
                    break
            if found:
                images.append(found)
            else:
                problems.append(f"picture {pic}: file {self.path.stem}/{pic}.tbi not found next to the export")
        return images, problems


def _taobao_columns(keys: list[str], headers: list[str]) -> dict[str, int]:
    zh = {_norm(h): i for i, h in enumerate(headers)}
    en = {_norm(k): i for i, k in enumerate(keys)}
    col = {}
    for field_name, (z, e) in TAOBAO_COLUMNS.items():
        if _norm(z) in zh:
            col[field_name] = zh[_norm(z)]
        elif _norm(e) in en:
            col[field_name] = en[_norm(e)]
    return col


# ----------------------------------------------------------------------------- Shopify

SHOPIFY_ALIASES = {
    "handle": ("handle", "urlhandle"),
    "title": ("title",),
    "body": ("bodyhtml", "description", "body"),
    "vendor": ("vendor",),
    "category": ("productcategory", "type", "standardproducttype", "customproducttype"),
    "type": ("type",),
    "tags": ("tags",),
    "price": ("variantprice", "price"),
    "sku": ("variantsku", "sku"),
    "image": ("imagesrc", "productimageurl", "imageurl"),
    "image_position": ("imageposition",),
    "image_alt": ("imagealttext",),
    "variant_image": ("variantimage", "variantimageurl"),
    "seo_title": ("seotitle",),
    "seo_description": ("seodescription",),
    "status": ("status",),
    "published": ("published", "publishedononlinestore"),
}
for _k in (1, 2, 3):
    SHOPIFY_ALIASES[f"option{_k}_name"] = (f"option{_k}name",)
    SHOPIFY_ALIASES[f"option{_k}_value"] = (f"option{_k}value",)


def _columns(header: list[str], aliases: dict[str, tuple[str, ...]]) -> dict[str, int]:
    pos = {}
    for i, h in enumerate(header):
        pos.setdefault(_norm(h), i)
    col = {}
    for f, names in aliases.items():
        for n in names:
            if n in pos:
                col[f] = pos[n]
                break
    return col


class ShopifySource(FileSource):
    format = "shopify"

    def __iter__(self) -> Iterator[Listing]:
        src = str(self.path)
        groups: dict[str, dict] = {}
        order: list[str] = []
        with open(self.path, encoding=self.encoding, errors=UNDECODABLE, newline="") as f:
            reader = csv.reader(f, delimiter=self.delimiter)
            header = next(reader, [])
            col = _columns(header, SHOPIFY_ALIASES)
            if "title" not in col or ("handle" not in col and "body" not in col):
                raise SourceError(f"{self.path}: Shopify product export without the columns it needs "
                                  f"(expected Handle or URL handle, Title, Body (HTML) or Description)",
                                  key="src.shopify_columns", path=self.path)
            current = None
            for row in reader:
                if not any(c.strip() for c in row):
                    continue
                get = lambda k: _clean(row[col[k]]) if k in col and col[k] < len(row) else ""  # noqa: E731
                handle = get("handle")
                title = get("title")
                if not handle and title and "handle" in col:
                    handle = _slug(title)  # a new product in an import file: Shopify derives the handle
                if not handle and "handle" not in col:
                    handle = _slug(title) if title else (current or "")
                if not handle:
                    if current is None:
                        self.errors.append(f"line {reader.line_num}: a variant/image row before any product row")
                        self.complete = False
                        continue
                    handle = current
                current = handle
                g = groups.get(handle)
                if g is None:
                    g = groups[handle] = {"line": reader.line_num, "title": "", "body": "", "vendor": "",
                                          "category": "", "tags": "", "prices": [], "images": [], "alts": [],
                                          "seo_title": "", "seo_description": "", "options": {}, "status": ""}
                    order.append(handle)
                for k in ("title", "body", "vendor", "category", "tags", "seo_title", "seo_description", "status"):
                    if not g[k] and get(k):
                        g[k] = get(k)
                if get("price"):
                    g["prices"].append(get("price"))
                for k in ("image", "variant_image"):
                    u = get(k)
                    if u:
                        pos = get("image_position") if k == "image" else ""
                        g["images"].append((int(pos) if pos.isdigit() else 10_000 + len(g["images"]), u))
                if get("image_alt"):
                    g["alts"].append(get("image_alt"))
                for k in (1, 2, 3):
                    oname, oval = get(f"option{k}_name"), get(f"option{k}_value")
                    if oname:
                        g["options"].setdefault(k, [oname, []])
                    if oval and k in g["options"] and oval not in g["options"][k][1] and oval != "Default Title":
                        g["options"][k][1].append(oval)
        for handle in order:
            g = groups[handle]
            images: list[str] = []
            for _, u in sorted(g["images"], key=lambda t: t[0]):
                if u not in images:
                    images.append(u)
            attributes = [("tags", g["tags"]), ("SEO title", g["seo_title"]), ("SEO description", g["seo_description"]),
                          ("image alt text", " / ".join(dict.fromkeys(g["alts"])))]
            for _, (oname, vals) in sorted(g["options"].items()):
                if oname != "Title" and vals:
                    attributes.append((oname, ", ".join(vals)))
            errors = () if g["title"] else (f"line {g['line']}: product {handle} has no Title",)
            yield finish(Listing(
                id=handle,
                title=g["title"],
                description=g["body"],
                images=tuple(images),
                brand=g["vendor"],
                category=g["category"],
                price=g["prices"][0] if g["prices"] else "",
                attributes=tuple((k, v) for k, v in attributes if v),
                source=src,
                errors=errors,
            ), self.encoding)
        self.stats["listings"] = len(order)


def _slug(title: str) -> str:
    s = re.sub(r"[^\w]+", "-", title.strip().lower(), flags=re.UNICODE).strip("-")
    return s or "product"


# ----------------------------------------------------------------------------- Amazon

AMAZON_ALIASES = {
    "title": ("itemname", "商品名称", "productname"),
    "description": ("itemdescription", "商品描述"),
    "listing_id": ("listingid", "出售商品编号", "出售商品id", "商品编号"),
    "sku": ("sellersku", "卖家sku"),
    "price": ("price", "价格"),
    "image": ("imageurl", "图片url"),
    "asin": ("asin1", "asin"),
    "note": ("itemnote", "商品备注"),
    "condition": ("itemcondition", "商品状况"),
    "status": ("status", "状态"),
}


@dataclass
class AmazonSource(FileSource):
    delimiter: str = "\t"
    format = "amazon"

    def __iter__(self) -> Iterator[Listing]:
        src = str(self.path)
        n = 0
        with open(self.path, encoding=self.encoding, errors=UNDECODABLE, newline="") as f:
            reader = csv.reader(f, delimiter=self.delimiter, quoting=csv.QUOTE_NONE)
            header = next(reader, [])
            col = _columns(header, AMAZON_ALIASES)
            if "title" not in col or not ({"sku", "listing_id", "asin"} & col.keys()):
                raise SourceError(f"{self.path}: Amazon listings report without the columns it needs "
                                  f"(expected item-name and seller-sku, listing-id or asin1)",
                                  key="src.amazon_columns", path=self.path)
            for row in reader:
                if not any(c.strip() for c in row):
                    continue
                get = lambda k: _clean(row[col[k]]) if k in col and col[k] < len(row) else ""  # noqa: E731
                lid = get("sku") or get("listing_id") or get("asin")
                if not lid:
                    msg = f"line {reader.line_num}: no seller-sku, listing-id or asin1"
                    self.errors.append(msg)
                    self.complete = False
                    yield finish(Listing(id=f"line {reader.line_num}", title=get("title"), source=src, errors=(msg,)), self.encoding)
                    continue
                n += 1
                image = get("image")
                yield finish(Listing(
                    id=lid,
                    title=get("title"),
                    description=get("description"),
                    images=(image,) if image else (),
                    price=get("price"),
                    attributes=tuple((k, v) for k, v in (("item-note", get("note")),) if v),
                    source=src,
                ), self.encoding)
        self.stats["listings"] = n


# ----------------------------------------------------------------------------- detection

def detect_export(path: Path, encoding: str, first_line: str, options: SourceOptions | None = None):
    """The export source for `path`, or None when its header is none of the export shapes."""
    encoding = _sniff_encoding(path, encoding)
    if encoding.startswith("utf-16"):
        with open(path, encoding=encoding, errors=UNDECODABLE, newline="") as f:
            first_line = next((ln for ln in f if ln.strip()), "")
    head = first_line.lstrip("\ufeff").strip().strip('"').strip()
    if re.match(r"^version\s*\d", head, re.I):
        return TaobaoSource(path, encoding)
    delim = _delimiter(first_line)
    try:
        header = next(csv.reader(io.StringIO(first_line), delimiter=delim))
    except (csv.Error, StopIteration):
        return None
    keys = {_norm(h) for h in header}
    if {"itemname"} & keys or ("商品名称" in keys and ({"卖家sku", "出售商品编号", "出售商品id"} & keys)):
        if keys & {"sellersku", "listingid", "asin1", "卖家sku", "出售商品编号", "出售商品id"}:
            return AmazonSource(path, encoding, delim)
    if keys & {"handle", "urlhandle"} and "title" in keys:
        return ShopifySource(path, encoding, delim)
    if "title" in keys and keys & {"bodyhtml", "variantprice", "imagesrc", "productimageurl"} and "id" not in keys:
        return ShopifySource(path, encoding, delim)
    if {"宝贝名称"} & keys:  # a Taobao export whose first lines were removed (e.g. re-saved by hand)
        raise SourceError(f"{path}: looks like a Taobao 淘宝助理 export without its first two lines "
                          f"('version 1.00' and the English keys); export it again from 淘宝助理",
                          key="src.taobao_header", path=path)
    return None
