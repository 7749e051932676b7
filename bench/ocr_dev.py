#!/usr/bin/env python3
"""Measure OCR on the dev corpus (and on synthetic banners) without the full scan pipeline.

    python bench/ocr_dev.py [DATA_DIR] [--engine tesseract|rapidocr] [--set key=value ...]
                            [--synth N] [--verbose]

For every image of a listing labelled image_ad / image_brand: is an expected string in the OCR
text (after normalize_key)? Do the OCR lines, run through the detection engine with
field=image, yield the expected finding? For clean listings' images: how many high/medium
findings does OCR text produce (false positives)? `--set` overrides engine or preprocessing
settings (e.g. --set lang=chi_sim+eng --set flatten=0) — that is how each preprocessing step
was measured. Synthetic banners (scanner/ocr/synth.py, wqy-zenhei font) check that settings
tuned on dev hold on a different font and layout.
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scanner.engine import FieldText, ScanContext  # noqa: E402
from scanner.models import Listing  # noqa: E402
from scanner.normalize import normalize_key  # noqa: E402
from scanner.ocr import ImageInspector  # noqa: E402

AD = {"absolute_term", "authority_claim", "medical_claim", "superstition", "inducement", "guarantee_claim"}
BRAND = {"brand_piggyback", "brand_unauthorized"}


def _value(v: str):
    for cast in (int, float):
        try:
            return cast(v)
        except ValueError:
            pass
    if v.lower() in ("true", "false"):
        return v.lower() == "true"
    return v


def _engine():
    try:
        from scanner.pipeline import build_engine

        return build_engine()
    except Exception as e:  # lexicon not there yet
        print(f"(no detection engine: {e})", file=sys.stderr)
        return None


def _findings(engine, listing, lines, ctx):
    out = []
    if engine is None:
        return out
    for l in lines:
        if l.code:  # QR codes / barcodes are judged by their own engine (scanner/detectors/image_codes.py)
            continue
        ft = FieldText.of(listing, "image", l.text, ctx, image=l.image, box=l.box, ocr_confidence=l.confidence)
        out.extend(engine.run(ft))
    return out


def _whole_image(engine, psm: str):
    """The baseline the preprocessing is measured against: Tesseract on the whole picture."""
    import pytesseract

    from scanner.models import Box
    from scanner.ocr.base import RawLine
    from scanner.ocr.textutil import strip_cjk_spaces

    def read(images):
        out = []
        for rgb in images:
            d = pytesseract.image_to_data(rgb, lang=engine.lang, config=f"--psm {psm}",
                                          output_type=pytesseract.Output.DICT)
            lines: dict = {}
            for i, t in enumerate(d["text"]):
                if float(d["conf"][i]) < 0 or not t.strip():
                    continue
                k = (d["block_num"][i], d["par_num"][i], d["line_num"][i])
                lines.setdefault(k, []).append((t, float(d["conf"][i]), d["left"][i], d["top"][i], d["width"][i], d["height"][i]))
            res = []
            for ws in lines.values():
                x0 = min(w[2] for w in ws); y0 = min(w[3] for w in ws)
                x1 = max(w[2] + w[4] for w in ws); y1 = max(w[3] + w[5] for w in ws)
                res.append(RawLine(strip_cjk_spaces(" ".join(w[0] for w in ws)), Box(x0, y0, x1 - x0, y1 - y0),
                                   sum(w[1] for w in ws) / len(ws) / 100))
            out.append(res)
        return out

    return read


def dev(data: Path, insp: ImageInspector, engine, verbose: bool) -> dict:
    labels = {}
    for line in open(data / "labels.jsonl", encoding="utf-8"):
        d = json.loads(line)
        labels[(d["shop"], d["id"])] = d
    tally = Counter()
    t_ocr = 0.0
    n_img = 0
    for shop_file in sorted((data / "shops").glob("*.jsonl")):
        shop = shop_file.stem
        own_file = shop_file.with_name(shop + ".own_brands.txt")
        own = tuple(b for b in own_file.read_text(encoding="utf-8").split("\n") if b.strip()) if own_file.exists() else ()
        ctx = ScanContext(own_brands=own)
        for raw in open(shop_file, encoding="utf-8"):
            rec = json.loads(raw)
            if not rec.get("images"):
                continue
            lab = labels.get((shop, rec["id"]), {})
            listing = Listing(id=rec["id"], title=rec.get("title", ""), images=tuple(rec["images"]),
                              source=str(shop_file))
            t = time.perf_counter()
            lines, errors = insp.inspect(listing)
            t_ocr += time.perf_counter() - t
            n_img += len(listing.images)
            text = normalize_key("\n".join(l.text for l in lines))
            fs = _findings(engine, listing, lines, ctx)
            kind = lab.get("kind", "?")
            severe = [f for f in fs if f.severity in ("high", "medium")]
            if kind in ("image_ad", "image_brand"):
                exp = lab["expected"]
                ocr_ok = any(normalize_key(e) in text for e in exp)
                tally[f"{kind}:ocr"] += ocr_ok
                if kind == "image_ad":
                    det_ok = any(f.category in AD and f.severity != "info" for f in fs)
                else:
                    det_ok = any(f.category in BRAND and f.severity in ("high", "medium") for f in fs)
                tally[f"{kind}:found"] += det_ok
                tally[f"{kind}:n"] += 1
                ok = "ok " if det_ok else "MISS"
            else:
                tally["clean:n"] += 1
                tally["clean:ok"] += not severe
                ok = "ok " if not severe else "FP  "
            if verbose or ok.strip() != "ok":
                shown = " | ".join(f"{l.text}({l.confidence:.2f})" for l in lines)
                fshow = "; ".join(f"{f.category}/{f.severity}/{f.matched_text}/{f.confidence}" for f in fs)
                print(f"{ok} {rec['id']} {kind:11s} {lab.get('expected', '')} :: {shown} :: {fshow} {errors}")
    res = {}
    for k in ("image_ad", "image_brand"):
        n = tally[f"{k}:n"]
        if n:
            res[k] = {"ocr_text": round(tally[f"{k}:ocr"] / n, 3), "finding": round(tally[f"{k}:found"] / n, 3), "n": n}
    if tally["clean:n"]:
        res["clean_images"] = {"no_high_medium": round(tally["clean:ok"] / tally["clean:n"], 3), "n": tally["clean:n"]}
    res["_seconds"] = round(t_ocr, 2)
    res["_images_per_s"] = round(n_img / t_ocr, 2) if t_ocr else None
    return res


def synth(n: int, insp: ImageInspector, engine, verbose: bool) -> dict:
    from scanner.ocr.synth import random_banner

    found = total = clean_fp = clean_n = 0
    t_ocr = 0.0
    with tempfile.TemporaryDirectory() as d:
        for i in range(n):
            b = random_banner(5000 + i)
            p = Path(d) / f"s{i:04d}.png"
            b.image.save(p)
            listing = Listing(id=f"s{i}", title="", images=(p.name,), source=str(Path(d) / "x.jsonl"))
            t = time.perf_counter()
            lines, _ = insp.inspect(listing)
            t_ocr += time.perf_counter() - t
            text = normalize_key("\n".join(l.text for l in lines))
            fs = _findings(engine, listing, lines, ScanContext())
            if b.claims:
                total += 1
                hit = any(normalize_key(c) in text for c in b.claims)
                found += hit
                if verbose and not hit:
                    print("synth MISS", i, b.claims, [l.text for l in lines])
            else:
                clean_n += 1
                bad = [f for f in fs if f.severity in ("high", "medium") and f.category in AD]
                clean_fp += bool(bad)
                if verbose and bad:
                    print("synth FP", i, b.lines, [(f.matched_text, f.term) for f in bad])
    return {"claims_read": round(found / total, 3) if total else None, "n_claims": total,
            "clean_with_ad_finding": clean_fp, "n_clean": clean_n, "_images_per_s": round(n / t_ocr, 2)}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("data", nargs="?", default=str(ROOT.parent / "shared" / "eval" / "dev"))
    ap.add_argument("--engine", default="rapidocr")
    ap.add_argument("--set", action="append", default=[], help="engine/preprocessing setting key=value")
    ap.add_argument("--synth", type=int, default=0, help="also measure N synthetic banners")
    ap.add_argument("--no-dev", action="store_true")
    ap.add_argument("--baseline", metavar="PSM", help="no preprocessing: the whole image to Tesseract with --psm PSM")
    ap.add_argument("--verbose", "-v", action="store_true")
    a = ap.parse_args()
    settings = dict(kv.split("=", 1) for kv in a.set)
    settings = {k: _value(v) for k, v in settings.items()}
    settings["cache"] = False
    insp = ImageInspector(Path(tempfile.mkdtemp(prefix="ocr-dev-")), engine=a.engine, **settings)
    if a.baseline:
        insp.engine.read_images = _whole_image(insp.engine, a.baseline)
    engine = _engine()
    out = {"engine": a.engine, "settings": {k: v for k, v in settings.items() if k != "cache"}}
    if not a.no_dev:
        out["dev"] = dev(Path(a.data), insp, engine, a.verbose)
    if a.synth:
        out["synth"] = synth(a.synth, insp, engine, a.verbose)
    print(json.dumps(out, ensure_ascii=False))


if __name__ == "__main__":
    main()
