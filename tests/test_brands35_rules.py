"""Rules added by held-out round brands 35: a multi-word Latin model name that is also an ordinary
phrase (Air Force One) names the model when one or two colour or cut words stand between it and
its category's product (CBP LAX, counterfeit Nike Air Force One); how often used goods were worn
names genuine goods resold (Trader.com.pk: the item's actual brand may be named); Vuitton alone
and David Yurman (eBay: “David Yurman style”, “David Yurman inspired”) are brand names; Nike's
Dri-Fit and Swoosh (an ordinary word: with the brand's goods or its logo) and Crocs before its
own clogs (hole shoes, sandals)."""
from heldout_support import brand_word_tests

QUIET = [
    "Air Force One low flight photo print",           # the plane: no product after the words
    "Air Force One white model aircraft",             # not a sportswear product
    "Tech Fleece black joggers",                      # a fabric, the product not in its list
    "Adidas Samba OG sneakers, size 42, worn twice, original box",
    "Levi's 501 jeans, barely worn",
    "Sterling silver cable bracelet, twisted rope design",
    "swoosh sound light saber toy",                   # swoosh, the sound
    "洞洞鞋 男女同款 夏季 包头凉拖",
]
LOUD = [
    ("Air Force One low white sneakers", "Air Force One"),
    ("Air Force One white sneakers", "Air Force One"),
    ("Brand new wallet COACH VUITTON BURBERRY PRADA", "VUITTON"),
    ("David Yurman style cable bracelet, sterling silver", "David Yurman"),
    ("Adidas Samba replica, worn twice", "replica"),  # copy wording still judged
    ("Dri-Fit quick dry running T-shirt", "Dri-Fit"),
    ("Swoosh logo hoodie, oversized fleece", "Swoosh"),
    ("Crocs hole shoes for kids, reversible strap", "Crocs"),
]

scanner, test_quiet, test_loud = brand_word_tests(QUIET, LOUD)
