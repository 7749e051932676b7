"""The web page in a real browser (Selenium + headless Chromium) against the real server:
paste a listing and read the highlighted result, copy the fixed text, upload an export and wait
for the report, scan a local fixture shop by its address."""
from __future__ import annotations

import shutil
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent / "fixtures"))
sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "shops"))
from serveserver import ServeServer  # noqa: E402
from shopserver import ShopServer  # noqa: E402

from scanner.models import Change, FixedText  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM, DRIVER = "/usr/bin/chromium", "/usr/bin/chromedriver"
pytestmark = pytest.mark.skipif(not (Path(CHROMIUM).exists() and Path(DRIVER).exists()),
                                reason="chromium and chromium-driver are installed by the setup")


@pytest.fixture(scope="module")
def srv(tmp_path_factory):
    with ServeServer(tmp_path_factory.mktemp("serve-browser"), allow_private=True) as s:
        yield s


@pytest.fixture(scope="module")
def browser():
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    profile = tempfile.mkdtemp(prefix="chromium-")
    opts = webdriver.ChromeOptions()
    opts.binary_location = CHROMIUM
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--disable-dev-shm-usage", f"--user-data-dir={profile}", "--window-size=1280,1000"):
        opts.add_argument(flag)
    d = webdriver.Chrome(service=Service(DRIVER), options=opts)
    d.set_page_load_timeout(120)
    try:
        yield d
    finally:
        d.quit()
        shutil.rmtree(profile, ignore_errors=True)


def wait(d, cond, timeout=240):
    from selenium.webdriver.support.ui import WebDriverWait

    from selenium.common.exceptions import NoSuchElementException, StaleElementReferenceException

    # the status page re-renders while it polls: an element read during a swap is read again
    return WebDriverWait(d, timeout, poll_frequency=0.3,
                         ignored_exceptions=(NoSuchElementException, StaleElementReferenceException)).until(cond)


def by(css):
    from selenium.webdriver.common.by import By

    return By.CSS_SELECTOR, css


def test_paste_a_listing_and_read_the_highlighted_result(srv, browser):
    d = browser
    d.get(srv.url + "/?lang=zh")
    d.find_element(*by("#title")).send_keys("山野 保温杯 全网最低价 治疗失眠 <b>加微信</b>")
    d.find_element(*by("#check")).click()
    wait(d, lambda d: d.find_elements(*by("#result")))
    marks = [m.text for m in d.find_elements(*by("#result mark"))]
    assert "全网最低价" in marks
    high = d.find_elements(*by("#result mark.high"))
    assert high and "《广告法》" in high[0].get_attribute("title")
    shown = d.find_element(*by("#result .field")).text  # the report's own listing partial
    assert "《广告法》第九条第三项" in shown and "优惠价" in shown  # law and suggestion of each finding
    assert "<b>加微信</b>" in d.find_element(*by("#result .text")).text  # shown as text, not markup
    assert d.find_element(*by("#title")).get_attribute("value").startswith("山野")  # the text stays for editing
    assert "全网最低价" not in d.find_element(*by("#fixed-title")).text  # the pipeline's fixed text
    d.get(srv.url + "/?lang=en")
    assert "Check text" in d.find_element(*by("nav")).text
    d.get(srv.url + "/?lang=zh")


def test_fixed_text_has_a_copy_button(srv, browser):
    d = browser
    fixed = FixedText(title="山野 保温杯 优惠价", description="",
                      changes=(Change("title", 6, 11, "全网最低价", "优惠价", "AD-ABS-全网最低价", "replaced"),))
    old = srv.state.fix
    srv.state.fix = lambda r: replace(r, fixed=fixed)
    try:
        d.get(srv.url + "/")
        d.find_element(*by("#title")).send_keys("山野 保温杯 全网最低价")
        d.find_element(*by("#check")).click()
        wait(d, lambda d: d.find_elements(*by("#fixed")))
    finally:
        srv.state.fix = old
    assert d.find_element(*by("#fixed-title")).text == "山野 保温杯 优惠价"
    button = d.find_element(*by("#fixed button.copy"))
    assert button.text == "复制"
    button.click()
    wait(d, lambda d: d.find_element(*by("#fixed button.copy")).text == "已复制", 10)


def _report_marks(d) -> list[str]:
    frame = wait(d, lambda d: d.find_elements(*by("iframe#report")))[0]
    d.switch_to.frame(frame)
    try:
        return [m.text for m in d.find_elements(*by("mark"))]
    finally:
        d.switch_to.default_content()


def test_upload_an_export_and_wait_for_the_report(srv, browser, tmp_path):
    d = browser
    export = tmp_path / "我的店铺.jsonl"
    shutil.copy(ROOT / "scanner" / "demo" / "shop.jsonl", export)
    d.get(srv.url + "/scan")
    d.find_element(*by("#file")).send_keys(str(export))
    d.find_element(*by("#start")).click()
    wait(d, lambda d: d.find_element(*by("#status")).get_attribute("data-status") in ("done", "partial"))
    assert d.find_element(*by("#p-listings")).text == "12"
    assert "全网最低价" in _report_marks(d)
    links = {a.text for a in d.find_elements(*by("#downloads a"))}
    assert {"findings.csv", "report.xlsx", "report.json"} <= links
    assert any("fixed/我的店铺.jsonl" in t for t in links)  # the fixed export, ready to re-import
    d.get(srv.url + "/history")
    assert "我的店铺.jsonl" in d.find_element(*by("#history")).text


def test_scan_a_local_shop_by_its_address(srv, browser):
    d = browser
    with ShopServer("shopify", 6, faults=False, images=False) as shop:
        d.get(srv.url + "/scan")
        d.find_element(*by("#url")).send_keys(shop.url)
        d.find_element(*by("#start")).click()
        wait(d, lambda d: d.find_element(*by("#status")).get_attribute("data-status") in ("done", "partial", "failed"))
    assert d.find_element(*by("#status")).get_attribute("data-status") == "done"
    assert d.find_element(*by("#p-listings")).text == "6"
    assert int(d.find_element(*by("#p-pages")).text) >= 1
    frame = d.find_element(*by("iframe#report"))
    d.switch_to.frame(frame)
    try:
        assert "6" in d.find_element(*by(".cards")).text
    finally:
        d.switch_to.default_content()


def test_a_refused_address_is_explained_on_the_page(tmp_path, browser):
    d = browser
    with ServeServer(tmp_path / "cache") as strict:
        d.get(strict.url + "/scan")
        d.find_element(*by("#url")).send_keys("http://169.254.169.254/latest/meta-data/")
        d.find_element(*by("#start")).click()
        err = wait(d, lambda d: d.find_elements(*by(".serve-error")), 30)[0].text
    assert "private" in err or "私" in err


def test_check_page_fixed_text_once_and_law_links_resolve(srv, browser):
    """One fixed-text block (the partial's, with its copy button), and clicking a finding's
    「看法规说明」 lands on that article's explanation on the same page."""
    d = browser
    d.get(srv.url + "/?lang=zh")
    d.find_element(*by("#title")).send_keys("山野 保温杯 全网最低价 国家级")
    d.find_element(*by("#check")).click()
    wait(d, lambda d: d.find_elements(*by("#result")))
    assert len(d.find_elements(*by("#result .fixed"))) == 1
    assert len(d.find_elements(*by(".fixedtext"))) == len(d.find_elements(*by("#fixed button.copy"))) >= 1
    links = d.find_elements(*by("#result a[href^='#law-']"))
    assert links
    for a in links:
        target = a.get_attribute("href").split("#", 1)[1]
        assert d.find_elements(*by(f"#{target}")), target  # every link has its target on this page
    links[0].click()
    target = links[0].get_attribute("href").split("#", 1)[1]
    wait(d, lambda d: d.execute_script("return location.hash") == "#" + target, 10)
    law = d.find_element(*by(f"#{target}"))
    assert "禁止什么" in law.text and law.is_displayed()
