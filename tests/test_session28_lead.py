"""Session 28 (the lead): an English term of two to four words is also found where the seller
joined some of its words with hyphens (world-leading, Best-in class, doctor-recommended), and
only where the text had a hyphen at every join; lawful uses keep their reading."""
from __future__ import annotations

import pytest

from scanner.models import Listing
from scanner.pipeline import ListingScanner, ScanOptions

SEVERE = {"high", "medium"}


@pytest.fixture(scope="module")
def scanner():
    return ListingScanner(ScanOptions(ocr=False))


def _severe(scanner, title, desc=""):
    r = scanner.scan(Listing(id="t", title=title, description=desc))
    return {(f.rule_id, f.matched_text) for f in r.findings if f.severity in SEVERE}


@pytest.mark.parametrize("title,rule,shown", [
    ("Robot vacuum with Best-in class laser navigation", "AD-ABS-EN-best in class", "Best-in class"),
    ("Robot vacuum with best in-class laser navigation", "AD-ABS-EN-best in class", "best in-class"),
    ("The world-leading brand of water pumps", "AD-ABS-EN-world leading", "world-leading"),
    ("Doctor-recommended knee brace", "AD-AUTH-EN-doctor recommended", "Doctor-recommended"),
    ("Our first-ever folding kettle", "AD-ABS-EN-first ever", "first-ever"),
    ("Hand cream, gentle on skin and free of side-effects", "AD-GUAR-EN-free of side effects", "free of side-effects"),
    ("Dog chews, 100% money-back. Try them risk-free", "AD-GUAR-EN-money back", "money-back"),
])
def test_hyphenated_phrase_is_the_term(scanner, title, rule, shown):
    assert (rule, shown) in _severe(scanner, title)


@pytest.mark.parametrize("title", [
    "Worldleading Pumps Co. water pump 40 W",     # written solid: a name, not the phrase
    "bestinclass-style label maker",               # solid, then a hyphen elsewhere
    "Firstever Toys wooden train set",             # solid again
])
def test_solid_or_spaced_dash_is_not_a_join(scanner, title):
    got = _severe(scanner, title)
    assert not any(r in ("AD-ABS-EN-world leading", "AD-ABS-EN-best in class", "AD-ABS-EN-first ever")
                   for r, _ in got), got


@pytest.mark.parametrize("title,desc", [
    ("Electric breast pump", "Hospital-grade double electric breast pump, 3 suction modes"),
    ("Hospital grade breast pump, double", ""),
    ("Grain-free dog food", "The number one ingredient is real chicken."),
    ("Grain-free dog food", "The number-one ingredient is real chicken."),
])
def test_lawful_uses_still_read(scanner, title, desc):
    assert not _severe(scanner, title, desc)


@pytest.mark.parametrize("title,rule", [
    ("Hospital-grade disinfectant spray", "AD-AUTH-EN-hospital grade"),
    ("the #1 ingredient brand for bakers", "AD-ABS-EN-#1"),
])
def test_lawful_uses_stay_narrow(scanner, title, rule):
    assert rule in {r for r, _ in _severe(scanner, title)}


# ---------------------------------------------------------------- Chinese look-alike names
@pytest.mark.parametrize("title,shown", [
    ("便携 多色 夭猫精灵 儿童电话手表", "夭猫精灵"),   # a platform's name with a look-alike character is no compatibility note
    ("夭猫精灵 智能音箱", "夭猫精灵"),
    ("吊坠 多色 带比尔斯 新款", "带比尔斯"),             # 色带 is a word, but the seller typed a space between
])
def test_lookalike_names_found(scanner, title, shown):
    r = scanner.scan(Listing(id="t", title=title, description=""))
    assert any(f.category == "brand_piggyback" and f.matched_text == shown and f.severity in SEVERE
               for f in r.findings), r.findings


@pytest.mark.parametrize("title", [
    "支持天猫精灵 智能灯泡",      # the platform named for compatibility
    "多色带比尔斯吊坠",            # glued: 色带 (a ribbon) reads first… and no space typed
    "每年 大赛 报名",              # no 美年达
])
def test_lookalike_guards_kept(scanner, title):
    r = scanner.scan(Listing(id="t", title=title, description=""))
    assert not any(f.category == "brand_piggyback" and f.severity in SEVERE for f in r.findings), r.findings


@pytest.mark.parametrize("title,rule", [
    ("Anti inflammatory turmeric tea", "AD-MED-EN-anti-inflammatory"),   # the hyphenated term written with a space
    ("Anti-inflammatory turmeric tea", "AD-MED-EN-anti-inflammatory"),
])
def test_hyphenated_term_written_spaced(scanner, title, rule):
    assert rule in {r for r, _ in _severe(scanner, title)}


# ---------------------------------------------------------------- claim frames over hyphen-joined words
@pytest.mark.parametrize("title,desc,rule,shown", [
    ("Herbal gummies", "reduces blood-pressure naturally", "AD-MED-F-en-bloodsugar", "reduces blood-pressure"),
    ("Herbal tea", "helps lower blood-sugar levels", "AD-MED-F-en-bloodsugar", "lower blood-sugar levels"),
    ("Face serum", "stimulates collagen-production", "AD-MED-F-c19-en-collagen", "stimulates collagen-production"),
    ("Muscle balm", "pain-relieving balm for arthritis", "AD-MED-F-en-treat", "relieving balm for arthritis"),
    ("Dog food", "This veterinarian-recommended recipe features real lamb", "AD-AUTH-F-en-pro-endorse",
     "veterinarian-recommended"),
    ("Flushable wipes, septic-safe", "", "AD-AUTH-F-en-septic", "septic-safe"),
])
def test_frames_read_hyphen_joined_words(scanner, title, desc, rule, shown):
    r = scanner.scan(Listing(id="t", title=title, description=desc))
    assert any(f.rule_id == rule and f.matched_text == shown and f.severity in SEVERE for f in r.findings), r.findings


@pytest.mark.parametrize("title,desc", [
    ("Dishwasher tablets", "protection against disease-causing bacteria"),  # no 'protection against disease'
    ("Scott Toilet Paper, 12 Double Rolls, Septic-Safe, 1-Ply Toilet Tissue", ""),
    ("Water bottle", "food-grade stainless steel, leak-proof lid, BPA-free"),
])
def test_frames_hyphen_reading_stays_narrow(scanner, title, desc):
    r = scanner.scan(Listing(id="t", title=title, description=desc))
    assert not any(f.detector == "frame" and f.severity in SEVERE for f in r.findings), r.findings


# ---------------------------------------------------------------- boosting the immune system (en-boost-immune)
@pytest.mark.parametrize("title,desc,shown", [
    ("Organic herbal tea", "A warming blend that boosts your immune system", "boosts your immune system"),
    ("Organic herbal tea", "an immune-boosting blend of ginger and lemon", "immune-boosting"),
    ("Grain-free dry dog food", "Made with superfoods to boost immunity", "boost immunity"),  # FDA CVM: a drug claim on pet food
    ("Vitamin C face serum", "strengthens your skin's immune system", "strengthens your skin's immune system"),
])
def test_boost_immunity_found(scanner, title, desc, shown):
    r = scanner.scan(Listing(id="t", title=title, description=desc))
    assert any(f.rule_id == "AD-MED-F-en-boost-immune" and f.matched_text == shown and f.severity in SEVERE
               for f in r.findings), r.findings


@pytest.mark.parametrize("title,desc", [
    ("Vitamin C 500 mg chewable tablets, dietary supplement", "boosts immune system function"),  # a supplement's S/F wording
    ("Organic herbal tea", "supports immune health as part of a balanced diet"),
    ("Organic herbal tea", "This tea does not boost your immune system; it simply tastes good"),
    ("Grain-free dry dog food", "antioxidants to support immune health"),
])
def test_boost_immunity_quiet(scanner, title, desc):
    r = scanner.scan(Listing(id="t", title=title, description=desc))
    assert not any(f.rule_id == "AD-MED-F-en-boost-immune" and f.severity in SEVERE for f in r.findings), r.findings


# ---------------------------------------------------------------- a brand name hyphened to an English word
@pytest.mark.parametrize("title,brand", [
    ("Gucci-pattern belt", "Gucci"),
    ("Balenciaga-shaped sneakers", "Balenciaga"),
])
def test_brand_hyphened_to_a_word(scanner, title, brand):
    r = scanner.scan(Listing(id="t", title=title, description=""))
    assert any(f.category.startswith("brand") and f.matched_text == brand and f.severity in SEVERE
               for f in r.findings), r.findings


@pytest.mark.parametrize("title", [
    "MK-HJ1701 watch strap 20 mm",        # a model number's letters
    "Lego-like building blocks for kids",  # (a short name: the cue words decide, as before)
])
def test_brand_hyphen_guards(scanner, title):
    r = scanner.scan(Listing(id="t", title=title, description=""))
    assert not any(f.rule_id == "BRAND-UNAUTH" for f in r.findings), r.findings
