"""Held-out brands round 42 (b42): brand names in listings that courts, customs and regulators
named (ASA eBay/search-ad rulings, CBP seizures, 最高检 直播售假 case, 市场监管 铁拳 cases,
山寨 shop signs). The class rules added are data only:

- airlines as brands (Ryanair, easyJet, Wizz Air: a search ad or listing that borrows the airline's
  name — ASA eSky.pl SA 2023), with luggage words (cabin bag, hand luggage, 登机箱…) as
  `accessory` compatibility words for the `other` category: a bag sized to an airline's cabin rule
  names the rule, not its maker;
- Domino's: the chain's full name "Domino's Pizza" as an alias, its own goods (披萨/pizza) in
  brand_products.csv and near-sound matching on (大美乐披萨 for 达美乐 — 扬子晚报 2025-12-02);
- a maker's claimed link to a named brand in English copy ("OEM factory for Chanel", "made in the
  same factory as Lululemon": EUIPO/WTR 2025 on TikTok "factory-direct" sellers) is counterfeit
  wording (cues.csv, strong, so the "for" inside it is no fitting note)."""
from heldout_support import brand_word_tests

QUIET = [
    # luggage sized to an airline's cabin allowance: a compatibility statement
    "Ryanair cabin bag 40x20x25 underseat travel bag",
    "cabin bag 40x20x25 fits Ryanair hand luggage allowance",
    "easyJet underseat bag 45x36x20 with trolley sleeve",
    "Wizz Air 40x30x20 carry-on backpack",
    "瑞安航空 登机箱 20寸 万向轮",
    # the game of dominoes and the word domino
    "dominoes game set wooden double six 28 tiles",
    "domino effect science kit for kids",
    "Dominos game 91 pieces family board game",
    # an OEM offer for the buyer's own label, and parts that fit a car
    "OEM factory for your brand leggings, custom logo",
    "OEM factory custom leggings with your own logo, MOQ 100 pieces",
    "OEM for Toyota Camry 2018 headlight",
    "battery for Toyota OEM replacement",
    # pizza by its kind, no chain
    "意式 手工 披萨 外卖 现烤 芝士",
]

LOUD = [
    ("ryanair.esky.co.uk Ryanair – Cheap Flights Book airline tickets with us", "Ryanair"),
    ("Cheap Ryanair flights to Dublin book now", "Ryanair"),
    ("easyJet official flight deals from London", "easyJet"),
    ("大美乐披萨 招商加盟 门店招牌 意式手工披萨", "大美乐"),
    ("大美乐 Domino's Pizza 意式披萨 外卖 到店自提", "Domino's Pizza"),
    ("Domino's Pizza gift card 50 dollars", "Domino's Pizza"),
    ("达美乐 披萨 优惠券", "达美乐"),
    ("We are the OEM factory for Chanel. Same quality, lower price", "Chanel"),
    ("made in the same factory as Lululemon leggings", "Lululemon"),
    ("same factory that makes Nike shoes, no logo", "Nike"),
    ("OEM manufacturer for Gucci belts, factory price", "Gucci"),
]

scanner, test_quiet, test_loud = brand_word_tests(QUIET, LOUD)
