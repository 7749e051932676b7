import pytest
"""The scan pipeline: in-process and worker-pool paths agree, and image problems are reported once."""
from scanner.engine import ScanContext
from scanner.models import Listing
from scanner.pipeline import ListingScanner, ScanOptions, scan_stream


def test_images_the_source_failed_to_fetch_are_not_read_again(tmp_path):
    listing = Listing(id="a", title="保温杯", images=("missing.png",), source=str(tmp_path / "shop.jsonl"),
                      errors=("image missing.png: HTTP 404",))
    r = ListingScanner(ScanOptions(ocr=True, cache_dir=str(tmp_path / "cache"))).scan(listing)
    assert r.errors == ("image missing.png: HTTP 404",)


def test_missing_image_is_an_error_entry(tmp_path):
    listing = Listing(id="a", title="保温杯", images=("missing.png",), source=str(tmp_path / "shop.jsonl"))
    r = ListingScanner(ScanOptions(ocr=True, cache_dir=str(tmp_path / "cache"))).scan(listing)
    assert any("missing.png" in e and "not found" in e for e in r.errors)


def test_worker_pool_gives_the_same_results_in_order():
    listings = [Listing(id=f"p{i}", title=("全网最低价 保温杯" if i % 3 == 0 else "纯棉 毛巾"),
                        description="加微信 shop12345 领券" if i % 7 == 0 else "柔软亲肤")
                for i in range(2500)]
    opts = ScanOptions(context=ScanContext(), ocr=False, workers=2)
    pooled = list(scan_stream(listings, opts))
    single = [ListingScanner(ScanOptions(ocr=False)).scan(l) for l in listings[:300]]
    assert [r.listing.id for r in pooled] == [l.id for l in listings]
    for a, b in zip(pooled[:300], single):
        assert [(f.rule_id, f.start, f.end) for f in a.findings] == [(f.rule_id, f.start, f.end) for f in b.findings]
    assert sum(1 for r in pooled if r.findings) > 800


def test_detail_images_inside_an_html_description_are_read(tmp_path):
    from PIL import Image, ImageDraw, ImageFont

    font = ImageFont.truetype("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", 44)
    im = Image.new("RGB", (600, 160), "white")
    ImageDraw.Draw(im).text((30, 50), "国家级工艺 匠心打造", font=font, fill="black")
    im.save(tmp_path / "detail.png")
    listing = Listing(id="a", title="羊绒围巾", description='<p>柔软亲肤</p><img src="detail.png">',
                      source=str(tmp_path / "shop.jsonl"))
    r = ListingScanner(ScanOptions(ocr=True, cache_dir=str(tmp_path / "cache"))).scan(listing)
    hits = [f for f in r.findings if f.field == "image"]
    assert [(f.image, f.term) for f in hits] == [("detail.png", "国家级")], (r.findings, r.errors)
    assert hits[0].box is not None


def _broken_file(path, kind: str, n: int = 2300):
    """n records, some of them unreadable, with blank lines between (JSONL or canonical CSV)."""
    import csv
    import json

    rows = []
    for i in range(n):
        if i % 500 == 7:
            rows.append(None)  # unreadable
        elif i % 900 == 5:
            rows.append({"title": "没有编号 最好"})  # no id
        else:
            rows.append({"id": f"p{i}", "title": "最好的保温杯 加微信 abc12345", "description": "根治失眠。"})
    with open(path, "w", encoding="utf-8", newline="") as f:
        if kind == "jsonl":
            for i, r in enumerate(rows):
                f.write('{"id": "x", "title": broken\n' if r is None else json.dumps(r, ensure_ascii=False) + "\n")
                if i % 1000 == 11:
                    f.write("\n")
        else:
            w = csv.writer(f)
            w.writerow(["id", "title", "description"])
            for r in rows:
                w.writerow(["", "", "x"] if r is None else [r.get("id", ""), r["title"], r.get("description", "")])



@pytest.mark.parametrize("kind", ["jsonl", "csv"])
def test_records_read_in_the_workers_account_to_their_source(tmp_path, kind):
    """CSV alone: the workers read the raw lines; every unreadable one is still an error of its
    source, counted in the run, in order, exactly as when this process reads them (CSV + JSON)."""
    from scanner.job import ScanJob

    src = tmp_path / f"shop.{kind}"
    _broken_file(src, kind)
    runs = {}
    for formats in (["csv"], ["csv", "json"]):
        job = ScanJob([str(src)], tmp_path / "+".join(formats), formats, [], False, None, None, {},
                      cache_dir=tmp_path / "cache", workers=2, quiet=True)
        run, summary, code = job.run()
        runs[tuple(formats)] = (run.source_errors, run.crawl, run.complete, summary["listings"], code)
        assert (tmp_path / "+".join(formats) / "listings.csv").read_bytes()
    raw, read_here = runs[("csv",)], runs[("csv", "json")]
    assert raw == read_here
    errors, crawl, complete, listings, code = raw
    assert len(errors) == 5 + 3 and not complete and code == 3
    assert listings == 2300 and crawl["listings"] == 2300 - 8
    assert errors == tuple(sorted(errors, key=lambda e: int(e.split()[1].rstrip(":"))))
    assert (tmp_path / "csv" / "listings.csv").read_bytes() == (tmp_path / "csv+json" / "listings.csv").read_bytes()
