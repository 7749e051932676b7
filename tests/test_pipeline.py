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
