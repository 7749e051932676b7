"""Image inspection end to end with the Tesseract engine (the default engine, RapidOCR, is
tested in test_ocr_rapid.py / test_ocr_codes.py): rendered pictures, the real Tesseract, the OCR cache, evidence
thumbnails and every guard rail (each one an error string, never an exception)."""
from __future__ import annotations

import io
import struct
import zlib
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from scanner.models import Box, Listing
from scanner.normalize import normalize_key
from scanner.ocr import ImageInspector, OcrLine, resolve, write_evidence
from scanner.ocr.synth import cjk_font_path, render_lines
from scanner.ocr.tesseract import available_languages

pytestmark = pytest.mark.skipif(
    cjk_font_path() is None or "chi_sim" not in available_languages(),
    reason="needs Tesseract with chi_sim and a CJK font (fonts-wqy-zenhei)")

CLAIM = "全网最低价"


def banner(text=CLAIM, **kw) -> Image.Image:
    kw.setdefault("size", (600, 160))
    kw.setdefault("font_size", 44)
    return render_lines([text] if isinstance(text, str) else list(text), **kw)


def listing_with(tmp_path: Path, *names: str) -> Listing:
    return Listing(id="L1", title="t", images=tuple(names), source=str(tmp_path / "shop.jsonl"))


@pytest.fixture()
def inspector(tmp_path):
    return ImageInspector(tmp_path / "cache", engine="tesseract")


def texts(lines: list[OcrLine]) -> str:
    return normalize_key("".join(l.text for l in lines))


# ----------------------------------------------------------------------------- reading

def test_reads_a_banner_with_box_and_confidence(tmp_path, inspector):
    banner(("限时包邮", CLAIM), fg=(255, 255, 255), bg=(190, 20, 30)).save(tmp_path / "a.png")
    lines, errors = inspector.inspect(listing_with(tmp_path, "a.png"))
    assert errors == []
    assert CLAIM in texts(lines)
    line = next(l for l in lines if CLAIM in l.text)
    assert line.image == "a.png"  # the ref as it stands in the listing
    assert " " not in line.text  # Tesseract's spaces between Chinese characters are gone
    assert 0.0 < line.confidence <= 1.0
    # the box is on the second line of text (y ≈ 30 + 1.6 × 44), in original pixels
    assert 60 <= line.box.y <= 110 and line.box.x <= 40 and line.box.w >= 150


def test_dark_text_on_a_label_box_and_light_text(tmp_path, inspector):
    im = Image.new("RGB", (700, 300), (40, 90, 200))
    from PIL import ImageDraw

    from scanner.ocr.synth import font
    d = ImageDraw.Draw(im)
    d.rectangle((20, 20, 330, 80), fill=(0, 0, 0))
    d.text((30, 24), "国家级工艺", font=font(44), fill=(255, 255, 255))
    d.ellipse((400, 100, 650, 350), fill=(240, 200, 40))
    d.text((60, 160), "销量第一", font=font(40), fill=(20, 20, 20))
    im.save(tmp_path / "b.jpg", quality=85)
    lines, errors = inspector.inspect(listing_with(tmp_path, "b.jpg"))
    t = texts(lines)
    assert "国家级工艺" in t and "销量第一" in t, lines


def test_vertical_text_column(tmp_path, inspector):
    from PIL import ImageDraw

    from scanner.ocr.synth import font
    im = Image.new("RGB", (400, 400), (200, 30, 30))
    d = ImageDraw.Draw(im)
    for i, c in enumerate("国家级工艺"):
        d.text((300, 40 + i * 46), c, font=font(40), fill=(255, 255, 255))
    im.save(tmp_path / "v.png")
    lines, _ = inspector.inspect(listing_with(tmp_path, "v.png"))
    assert "国家级工艺" in texts(lines)
    col = next(l for l in lines if "国家级" in l.text)
    assert col.box.h > 2 * col.box.w  # the column's box, not a line's


def test_vertical_text_without_the_vertical_model(tmp_path):
    from PIL import ImageDraw

    from scanner.ocr.synth import font
    im = Image.new("RGB", (400, 400), (255, 255, 255))
    d = ImageDraw.Draw(im)
    for i, c in enumerate("招财进宝"):
        d.text((300, 40 + i * 46), c, font=font(40), fill=(0, 0, 0))
    im.save(tmp_path / "v.png")
    insp = ImageInspector(tmp_path / "cache", engine="tesseract", vertical_lang=None)
    lines, _ = insp.inspect(listing_with(tmp_path, "v.png"))
    assert "招财进宝" in texts(lines)


def test_no_text_is_a_note_not_an_error(tmp_path, inspector):
    Image.new("RGB", (500, 300), (30, 160, 90)).save(tmp_path / "plain.png")
    lines, errors = inspector.inspect(listing_with(tmp_path, "plain.png"))
    assert lines == []
    assert errors == ["note: image plain.png: no text found"]


def test_listing_without_images_and_duplicate_refs(tmp_path, inspector):
    assert inspector.inspect(listing_with(tmp_path)) == ([], [])
    banner().save(tmp_path / "a.png")
    lines, _ = inspector.inspect(listing_with(tmp_path, "a.png", "a.png", ""))
    assert sum(CLAIM in l.text for l in lines) == 1


def test_url_refs_come_from_the_image_cache(tmp_path, inspector):
    from scanner.sources.imagecache import store_bytes

    buf = io.BytesIO()
    banner().save(buf, "PNG")
    url = "https://img.example/p/a.png?x=1"
    store_bytes(url, buf.getvalue(), tmp_path / "cache")  # as if downloaded before
    lines, errors = inspector.inspect(Listing(id="L", title="", images=(url,), source="https://shop.example/"))
    assert errors == [] and CLAIM in texts(lines)
    assert all(l.image == url for l in lines)
    assert resolve(url, Listing(id="L", title=""), tmp_path / "cache").exists()


# ----------------------------------------------------------------------------- cache

def test_cache_never_ocrs_an_unchanged_image_twice(tmp_path):
    for i in range(3):
        banner((CLAIM, f"新品上市{i}")).save(tmp_path / f"{i}.png")
    lst = listing_with(tmp_path, "0.png", "1.png", "2.png")
    first = ImageInspector(tmp_path / "cache", engine="tesseract")
    lines1, err1 = first.inspect(lst)
    assert first.stats["ocr"] == 3
    again = ImageInspector(tmp_path / "cache", engine="tesseract")  # a new process / a rescan
    lines2, err2 = again.inspect(lst)
    assert again.stats["ocr"] == 0 and again.stats["cache_hits"] == 3
    assert lines1 == lines2 and err1 == err2
    # same bytes under another name: still a hit (content hash, not path)
    (tmp_path / "copy.png").write_bytes((tmp_path / "0.png").read_bytes())
    lines3, _ = again.inspect(listing_with(tmp_path, "copy.png"))
    assert again.stats["ocr"] == 0 and [l.text for l in lines3] == [l.text for l in lines1 if l.image == "0.png"]
    assert all(l.image == "copy.png" for l in lines3)


def test_cache_key_changes_with_engine_settings(tmp_path):
    banner().save(tmp_path / "a.png")
    lst = listing_with(tmp_path, "a.png")
    ImageInspector(tmp_path / "cache", engine="tesseract").inspect(lst)
    other = ImageInspector(tmp_path / "cache", engine="tesseract", text_height=40)
    other.inspect(lst)
    assert other.stats["ocr"] == 1
    assert (tmp_path / "cache" / "ocr" / "ocr.sqlite3").exists()


def test_changed_image_is_read_again(tmp_path):
    banner().save(tmp_path / "a.png")
    insp = ImageInspector(tmp_path / "cache", engine="tesseract")
    insp.inspect(listing_with(tmp_path, "a.png"))
    banner("招财进宝").save(tmp_path / "a.png")
    lines, _ = insp.inspect(listing_with(tmp_path, "a.png"))
    assert insp.stats["ocr"] == 2 and "招财进宝" in texts(lines)


def test_unwritable_cache_only_costs_speed(tmp_path):
    banner().save(tmp_path / "a.png")
    blocker = tmp_path / "cache"
    blocker.write_text("not a folder")  # cache_dir is a file: the OCR cache cannot be created
    insp = ImageInspector(blocker, engine="tesseract")
    lines, errors = insp.inspect(listing_with(tmp_path, "a.png"))
    assert CLAIM in texts(lines) and errors == []


# ----------------------------------------------------------------------------- guard rails

def test_guard_zero_byte_file(tmp_path, inspector):
    (tmp_path / "empty.jpg").write_bytes(b"")
    lines, errors = inspector.inspect(listing_with(tmp_path, "empty.jpg"))
    assert lines == [] and errors == ["image empty.jpg: empty file (0 bytes)"]


def test_guard_missing_file(tmp_path, inspector):
    lines, errors = inspector.inspect(listing_with(tmp_path, "nope.png"))
    assert lines == [] and errors == ["image nope.png: file not found"]


def test_guard_corrupt_file(tmp_path, inspector):
    (tmp_path / "x.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    (tmp_path / "y.jpg").write_bytes(b"<html>not an image</html>")
    lines, errors = inspector.inspect(listing_with(tmp_path, "x.png", "y.jpg"))
    assert lines == []
    assert errors == ["image x.png: corrupt or unsupported file", "image y.jpg: corrupt or unsupported file"]


def test_guard_truncated_file(tmp_path, inspector):
    buf = io.BytesIO()
    banner().save(buf, "JPEG", quality=90)
    data = buf.getvalue()
    (tmp_path / "cut.jpg").write_bytes(data[: len(data) // 2])
    lines, errors = inspector.inspect(listing_with(tmp_path, "cut.jpg"))
    assert errors == ["image cut.jpg: corrupt or unsupported file"]


def test_guard_unsupported_format_svg(tmp_path, inspector):
    (tmp_path / "logo.svg").write_text('<svg xmlns="http://www.w3.org/2000/svg"><text>全网最低价</text></svg>')
    _, errors = inspector.inspect(listing_with(tmp_path, "logo.svg"))
    assert errors == ["image logo.svg: corrupt or unsupported file"]


def _png_chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)


def test_guard_decompression_bomb_is_refused_before_decoding(tmp_path, inspector):
    # a 300-byte PNG that declares 50 000 × 50 000 pixels (2.5 gigapixels)
    w = h = 50_000
    ihdr = struct.pack(">IIBBBBB", w, h, 1, 0, 0, 0, 0)
    idat = zlib.compress(b"\x00" * 64)
    data = b"\x89PNG\r\n\x1a\n" + _png_chunk(b"IHDR", ihdr) + _png_chunk(b"IDAT", idat) + _png_chunk(b"IEND", b"")
    (tmp_path / "bomb.png").write_bytes(data)
    lines, errors = inspector.inspect(listing_with(tmp_path, "bomb.png"))
    assert lines == [] and len(errors) == 1
    assert errors[0].startswith("image bomb.png: too large to inspect")


def test_guard_pixel_limit_setting(tmp_path):
    banner().save(tmp_path / "a.png")  # 600 × 160 = 96 000 pixels
    insp = ImageInspector(tmp_path / "cache", engine="tesseract", max_pixels=50_000)
    lines, errors = insp.inspect(listing_with(tmp_path, "a.png"))
    assert lines == [] and errors == ["image a.png: too large to inspect (600×160 pixels, limit 0.05 megapixels)"]


def test_guard_animated_gif_first_frame(tmp_path, inspector):
    f1 = banner(CLAIM).convert("P")
    f2 = banner("新品上市").convert("P")
    f1.save(tmp_path / "anim.gif", save_all=True, append_images=[f2], duration=200, loop=0)
    lines, errors = inspector.inspect(listing_with(tmp_path, "anim.gif"))
    assert CLAIM in texts(lines) and "新品上市" not in texts(lines)
    assert errors == ["note: image anim.gif: animated (2 frames), first frame inspected"]


def test_guard_animated_webp_first_frame(tmp_path, inspector):
    from PIL import features

    if not features.check("webp"):
        pytest.skip("Pillow without WebP")
    f1, f2 = banner(CLAIM), banner("新品上市")
    f1.save(tmp_path / "anim.webp", save_all=True, append_images=[f2], duration=200, lossless=True)
    lines, errors = inspector.inspect(listing_with(tmp_path, "anim.webp"))
    assert CLAIM in texts(lines)
    assert errors == ["note: image anim.webp: animated (2 frames), first frame inspected"]


def test_guard_cmyk_jpeg(tmp_path, inspector):
    banner(fg=(0, 0, 0), bg=(255, 230, 120)).convert("CMYK").save(tmp_path / "cmyk.jpg", quality=92)
    assert Image.open(tmp_path / "cmyk.jpg").mode == "CMYK"
    lines, errors = inspector.inspect(listing_with(tmp_path, "cmyk.jpg"))
    assert errors == [] and CLAIM in texts(lines)


@pytest.mark.parametrize("fg", [(0, 0, 0, 255), (255, 255, 255, 255)], ids=["black-text", "white-text"])
def test_guard_transparent_png(tmp_path, inspector, fg):
    from PIL import ImageDraw

    from scanner.ocr.synth import font
    im = Image.new("RGBA", (600, 160), (0, 0, 0, 0))  # fully transparent, RGB = black
    ImageDraw.Draw(im).text((30, 40), CLAIM, font=font(44), fill=fg)
    im.save(tmp_path / "t.png")
    lines, errors = inspector.inspect(listing_with(tmp_path, "t.png"))
    assert errors == [] and CLAIM in texts(lines)


def test_guard_palette_grey_and_16bit(tmp_path, inspector):
    banner().convert("P", palette=Image.ADAPTIVE).save(tmp_path / "p.png")
    banner().convert("L").save(tmp_path / "l.png")
    a = np.asarray(banner().convert("L")).astype(np.uint16) * 257
    Image.fromarray(a).save(tmp_path / "i16.png")
    assert Image.open(tmp_path / "i16.png").mode.startswith("I")
    for name in ("p.png", "l.png", "i16.png"):
        lines, errors = inspector.inspect(listing_with(tmp_path, name))
        assert errors == [] and CLAIM in texts(lines), name


def test_guard_tiny_image(tmp_path, inspector):
    Image.new("RGB", (1, 1), (255, 0, 0)).save(tmp_path / "px.gif")
    lines, errors = inspector.inspect(listing_with(tmp_path, "px.gif"))
    assert lines == [] and errors == ["note: image px.gif: no text found"]


def test_guard_engine_failure_is_an_error_string(tmp_path, inspector, monkeypatch):
    banner().save(tmp_path / "a.png")

    def boom(images):
        raise RuntimeError("Tesseract process timeout")

    monkeypatch.setattr(inspector.engine, "read_images", boom)
    lines, errors = inspector.inspect(listing_with(tmp_path, "a.png"))
    assert lines == [] and errors == ["image a.png: OCR failed (timed out)"]


def test_guard_errors_do_not_stop_other_images(tmp_path, inspector):
    (tmp_path / "bad.png").write_bytes(b"garbage")
    banner().save(tmp_path / "good.png")
    lines, errors = inspector.inspect(listing_with(tmp_path, "bad.png", "good.png"))
    assert errors == ["image bad.png: corrupt or unsupported file"]
    assert CLAIM in texts(lines) and all(l.image == "good.png" for l in lines)


def test_cached_errors_are_reported_again(tmp_path):
    (tmp_path / "bad.png").write_bytes(b"garbage")
    ImageInspector(tmp_path / "cache", engine="tesseract").inspect(listing_with(tmp_path, "bad.png"))
    again = ImageInspector(tmp_path / "cache", engine="tesseract")
    lines, errors = again.inspect(listing_with(tmp_path, "bad.png"))
    assert again.stats["cache_hits"] == 1 and errors == ["image bad.png: corrupt or unsupported file"]


def test_unknown_engine_is_a_clear_error(tmp_path):
    from scanner.ocr import EngineUnavailable

    with pytest.raises(EngineUnavailable, match="unknown OCR engine"):
        ImageInspector(tmp_path, engine="paddle")


def test_inspect_many_keeps_order(tmp_path, inspector):
    names = []
    for i, t in enumerate(["全网最低价", "招财进宝", "国家级工艺", "销量第一"]):
        banner(t).save(tmp_path / f"{i}.png")
        names.append(f"{i}.png")
    lsts = [Listing(id=str(i), title="", images=(n,), source=str(tmp_path / "s.jsonl")) for i, n in enumerate(names)]
    got = list(inspector.inspect_many(lsts, workers=2))
    assert [g[0].id for g in got] == ["0", "1", "2", "3"]
    assert "招财进宝" in texts(got[1][1]) and "销量第一" in texts(got[3][1])


# ----------------------------------------------------------------------------- evidence

@pytest.mark.parametrize("suffix", [".jpg", ".png"])
def test_write_evidence_draws_red_boxes_on_a_thumbnail(tmp_path, suffix):
    src = tmp_path / "big.png"
    Image.new("RGB", (1200, 800), (255, 255, 255)).save(src)
    out = tmp_path / "ev" / f"thumb{suffix}"
    write_evidence(src, [Box(300, 200, 400, 100)], out, max_side=480)
    im = Image.open(out).convert("RGB")
    assert max(im.size) == 480
    a = np.asarray(im).astype(int)
    # scale 0.4: the box's top edge runs along y ≈ 80 from x ≈ 120 to 280
    edge = a[76:84, 130:270]
    red = (edge[:, :, 0] > 180) & (edge[:, :, 1] < 90) & (edge[:, :, 2] < 90)
    assert red.any(axis=0).mean() > 0.9
    # outside the box stays white
    assert (a[300:320, 400:420] > 240).all()


def test_write_evidence_on_unreadable_image_raises_image_error(tmp_path):
    from scanner.ocr import ImageError

    (tmp_path / "bad.png").write_bytes(b"nope")
    with pytest.raises(ImageError):
        write_evidence(tmp_path / "bad.png", [Box(0, 0, 5, 5)], tmp_path / "e.jpg")


def test_cache_survives_concurrent_first_open(tmp_path):
    """Threads (inspect_many) and worker processes open a fresh cache database at once."""
    import threading

    from scanner.ocr.cache import OcrCache

    def work(tag, out):
        c = OcrCache(tmp_path)
        for i in range(30):
            c.put(f"{tag}-{i}", {"lines": [], "i": i})
        out.append(sum(c.get(f"{tag}-{i}") is not None for i in range(30)))

    got: list[int] = []
    threads = [threading.Thread(target=work, args=(f"t{t}", got)) for t in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert got == [30] * 6
    shared = OcrCache(tmp_path)
    assert shared.get("t3-29") == {"lines": [], "i": 29}


@pytest.mark.skipif("chi_tra" not in available_languages(), reason="tesseract-ocr-chi-tra not installed")
def test_traditional_chinese_with_chi_tra(tmp_path):
    banner("全網最低價", fg=(255, 255, 255), bg=(20, 60, 160)).save(tmp_path / "tw.png")
    insp = ImageInspector(tmp_path / "cache", engine="tesseract", lang="chi_tra")
    lines, errors = insp.inspect(listing_with(tmp_path, "tw.png"))
    assert errors == []
    assert "全网最低价" in texts(lines)  # normalisation maps it to the simplified lexicon form


def test_missing_language_data_is_a_clear_error(tmp_path):
    from scanner.ocr import EngineUnavailable

    with pytest.raises(EngineUnavailable, match="language data missing: xyz_fake"):
        ImageInspector(tmp_path, engine="tesseract", lang="xyz_fake")


def _has_rapidocr() -> bool:
    try:
        import onnxruntime  # noqa: F401
        import rapidocr  # noqa: F401
    except ImportError:
        return False
    return True


@pytest.mark.skipif(not _has_rapidocr(), reason="optional engine: pip install rapidocr onnxruntime")
def test_rapidocr_engine_reads_and_caches_separately(tmp_path):
    banner(("限时包邮", CLAIM), fg=(255, 255, 255), bg=(190, 20, 30)).save(tmp_path / "a.png")
    lst = listing_with(tmp_path, "a.png")
    insp = ImageInspector(tmp_path / "cache", engine="rapidocr")
    lines, errors = insp.inspect(lst)
    assert errors == [] and CLAIM in texts(lines)
    line = next(l for l in lines if CLAIM in l.text)
    assert 60 <= line.box.y <= 110 and 0 < line.confidence <= 1
    tess = ImageInspector(tmp_path / "cache", engine="tesseract")  # another engine: its own cache entries
    tess.inspect(lst)
    assert tess.stats["ocr"] == 1
