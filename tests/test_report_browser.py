"""report.html in headless Chromium, from a copied folder, with no network: every evidence
picture loaded, 「先改这些」 first, no horizontal scroll at 390 px, filters working offline."""
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DEMO = ROOT / "scanner" / "demo" / "shop.jsonl"
CHROMEDRIVER = Path("/usr/bin/chromedriver")

pytestmark = pytest.mark.skipif(not CHROMEDRIVER.exists(), reason="chromedriver not installed")


def _driver(tmp_path, width):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    opts = webdriver.ChromeOptions()
    for a in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
              "--disable-background-networking", "--disable-component-update", "--disable-sync",
              f"--user-data-dir={tmp_path / f'profile-{width}'}", f"--window-size={width},900",
              "--proxy-server=http://127.0.0.1:9", "--proxy-bypass-list=<-loopback>"):  # no network
        opts.add_argument(a)
    d = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=opts)
    d.set_window_size(width, 900)
    return d


@pytest.fixture(scope="module")
def copied_report(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("browser")
    out = tmp / "out"
    p = subprocess.run([sys.executable, "-m", "scanner", "scan", str(DEMO), "--out", str(out), "--format", "html"],
                       cwd=ROOT, capture_output=True, text=True)
    assert p.returncode in (0, 1), p.stderr
    elsewhere = tmp / "sent-to-a-colleague"
    elsewhere.mkdir()
    shutil.copy(out / "report.html", elsewhere / "report.html")  # the page alone, no other file
    return elsewhere / "report.html", tmp


def test_report_opens_offline_from_another_folder(copied_report):
    page, tmp = copied_report
    d = _driver(tmp, 1100)
    try:
        d.get(page.as_uri())
        imgs = d.execute_script("return Array.from(document.images).map(i => [i.complete, i.naturalWidth, "
                                "i.src.slice(0, 11)])")
        assert imgs, "the demo has image findings: evidence pictures expected"
        assert all(done and w > 0 for done, w, _ in imgs), imgs
        assert all(src == "data:image/" for _, _, src in imgs)
        first = d.execute_script("return document.querySelector('main').firstElementChild.id")
        assert first == "fix-first"
        assert "先改这些" in d.find_element("css selector", "#fix-first h2").text
        # rows of 「先改这些」 are ordered: high listings first
        sevs = d.execute_script("return Array.from(document.querySelectorAll('#fix-first-table tr[data-sev]'))"
                                ".map(r => r.dataset.sev)")
        rank = {"high": 3, "medium": 2, "low": 1, "info": 0, "error": -1}
        assert [rank[s] for s in sevs] == sorted((rank[s] for s in sevs), reverse=True)
        # the severity filter hides listings whose worst severity is unticked, offline
        visible = "return Array.from(document.querySelectorAll('section.listing')).filter(s => s.offsetParent).length"
        before = d.execute_script(visible)
        d.find_element("css selector", ".f-sev[value=high]").click()
        after = d.execute_script(visible)
        assert 0 <= after < before
        # each finding links to the law explained once on the page
        link = d.find_element("css selector", "section.listing a[href^='#law-']").get_attribute("href")
        assert d.find_elements("id", link.split("#", 1)[1])
    finally:
        d.quit()


def test_report_reads_on_a_phone_without_horizontal_scroll(copied_report):
    page, tmp = copied_report
    d = _driver(tmp, 390)
    try:
        d.get(page.as_uri())
        inner = d.execute_script("return window.innerWidth")
        assert inner <= 390
        width = d.execute_script("return document.documentElement.scrollWidth")
        assert width <= 390, width
        # a full-page screenshot for the README
        h = d.execute_script("return Math.min(document.documentElement.scrollHeight, 2400)")
        d.set_window_size(390, h)
        # SCANNER_SCREENSHOT=1 refreshes the README's picture; otherwise it goes to the temporary folder
        import os
        shot = (ROOT / "docs" if os.environ.get("SCANNER_SCREENSHOT") else tmp) / "report-phone.png"
        d.save_screenshot(str(shot))
        assert shot.stat().st_size > 10_000
    finally:
        d.quit()
