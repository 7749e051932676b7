"""Rules added for real-listings round 60 (Amazon.in listings of 2023 outside health and beauty: kitchen and home
appliances, electronics accessories, batteries, stationery): false-alarm classes made quiet, with the wording that
must keep its high/medium finding.

- lawful_uses.csv 使用说明: a water or air purifier (named in the title) stating what it removes from the water or
  air (removes harmful parasites, destroys the microbes in the water); disease wording keeps its severity
- lawful_uses.csv 使用说明: “Best flavoured with …”, “Best result can be seen on …”, “to get the best results”
- lawful_uses.csv 使用说明: the user's own best (your comfortable best, know your best results, your best buddy); “your best
  choice” and “Your Best Anti Aging Serum” stay loud
- lawful_uses.csv 自我比较: the maker's own range (are our #1 longest-lasting, Our best battery)
- lawful_uses.csv 店铺政策 / 使用说明: a storage warranty with its period (Guarantee for 10 years in storage) and a
  compatibility limit (can only be guaranteed on a PC with …); “instant results” of a household or electronic device
- categories.csv: appliance names in the title (multi cooker, kettle, mixer grinder, water purifier…) are household
  goods, whatever food they prepare
- compat_words.csv: Microsoft Teams, Google Meet (the apps a webcam works with)
- brand_compat.py: an accessory word glued to another by a slash (Connector/Converter/Adapter) still counts
- contact_links.py: “play store.TO set time” (a lower-case word, a full stop with no space, a capitalised “To”)
"""
from heldout_support import rule_tests
from scanner.models import Listing

HIT = [  # (title, description, rule)
    ("Aquasure Twin Cartridge", "Destroys diseases causing bacteria and virus, thus giving your family protection "
     "from harmful water borne diseases", "AD-MED-F-en-treat"),
    ("Pet Bird Cage", "is your best choice for your lovely birds", "AD-ABS-EN-best"),
    ("Lint Roller with 40 Sheets", "It ensures you get the best usage for a longer period", "AD-ABS-EN-the best"),
    ("AA Batteries Pack of 10", "Trusted by Millions - dependable performance from India's No. 1 Battery Brand",
     "AD-ABS-F-en-possessive-sup"),
    ("Face Serum", "gives instant results on dull skin", "AD-GUAR-EN-instant results"),
    ("Fitness Band", "Visit our website store.TO order more bands", "CONTACT-LINK"),
    ("Wireless Mouse", "USAGE: Best for Laptop/PC/Mac", "AD-ABS-EN-best"),
    ("Vitamin C Serum", "Your Best Anti Aging Anti Wrinkle Serum for a More Youthful Glow", "AD-ABS-EN-best"),
]

QUIET = [  # (title, description)
    ("Germkill kit for Classic 23 L water purifier", "Activated Carbon Filter - Removes harmful parasites & pesticides | "
     "Germkill Processor - Uses programmed Germkill technology to remove invisible harmful viruses & bacteria"),
    ("Clean Home Water Purifier Cartridge", "The Activated Carbon Media Traps And Destroys The Microbes In The Water"),
    ("South Indian Filter Coffee Maker 200 ML", "Best flavoured with Grounded Arabica Roasted Crushed Grind Coffee"),
    ("Oil Pastel with Reusable Plastic Box - 50 Shades", "Best result can be seen on Drawing Paper."),
    ("Electric Milk Frother", "Therefore, to get the best results you are highly recommended to use full fat milk"),
    ("Bluetooth Over Ear Headphone", "Adjustable headband: Adjust your headband to your comfortable best while you work"),
    ("Smart Watch", "compare the history of 7 days to know your best results."),
    ("Wet Dog Food", "Paw-fect for your best buddy, this irresistibly tasty wet food"),
    ("Rechargeable AA Batteries, 4 Pcs", "These batteries are our #1 longest-lasting per charge (for rechargeable AA size)"),
    ("Ultra Alkaline AA Battery, 8 Pcs", "Our best battery, suited for everyday devices with extra performance"),
    ("CR2025 3V Lithium Coin Battery", "Guarantee for 10 years in storage"),
    ("All-in-One Colour Printer", "OS Compatibility - Windows 10 (operation can only be guaranteed on a PC with a "
     "pre-installed Windows 7 or later)"),
    ("Smart Multi Cooker Cum Kettle 1.2 Liter 800 Watts", "boil eggs, steam veggies or momos, or make masala tea | "
     "800W high-performance ensures instant results"),
    ("HP w100 Digital Webcam with Built-in Mic", "for Video Calling on Skype, Zoom, Microsoft Teams and Other Apps"),
    ("USB 3.0 Type C Female to USB A Male Connector/Converter/Adapter Compatible for Samsung Galaxy Note 20 Ultra,"
     "Google Pixel 4 5 3 2 & Other Type-c Devices", "fast data transfer"),
    ("Bluetooth Smartwatch Fitness Band", "NOTE-This fitness band will only work after installing fitness band "
     "application from play store.TO set time of watch you have to install the application"),
]


def listing(title, description=""):
    return Listing(id="r60", title=title, description=description)


scanner, test_hit, test_quiet = rule_tests(HIT, QUIET, listing)
