"""Real listings round 54 (r54): Korean Coupang product names and Turkish Trendyol titles
(tests/fixtures/heldout/real_titles.tsv, ids r54cp…, r54ty…). The Korean names raised nothing; the
Turkish titles raised BRAND-FUZZY on ordinary words, two classes:

- the dotless ı (and the other stroked letters Unicode does not decompose: ł, đ, ħ, ŧ) cut a Latin
  word in two, so Fiyatı (its price) was read as “Fiyat”, one letter from Fiat, and hummel's Aerolıte
  as “Aerol”: scanner/normalize.py now reads them as their base letter, as it reads accented ones —
  which also makes the dotless-ı spellings of a name (Nıke, Adıdas, Guccı) that name;
- Turkish everyday words one letter from a brand (Spor/Supor, Erkek/Erke, Paket/Patek, Somon/Nomos,
  Şanslı/Sanli) and the given name Valentina (Valentino): brand_db/lookalike_words.csv.
Misspelt names stay found."""
from heldout_support import brand_word_tests

QUIET = [
    "5 Li Set Poloyaka Tişört ( 5 Adet Fiyatı )",
    "Erkek Günlük Ayakkabı 900224-2001 Siyah",
    "Unisex Kadın - Kız - Erkek Çocuk Bağcıklı Spor Ayakkabı Sneaker - Siyah",
    "Kadın Beyaz Spor Ayakkabı Yüksek Taban 6 Cm",
    "Unisex 3 Lü Paket Tişört",
    "Unisex Pamuk Somon Bisiklet Yaka Oversize Boyfriend T-shirt",
    "Unisex Oversize Kırmızı Şanslı Dragon T-shirt",
    "Valentina Nude Rugan Tokalı Kalın Taban Pu Deri Günlük Klasik Topuklu Loafer Makosen Ayakkabı",
    "Aerolıte Iı - Siyah Unisex Ayakkabı",
    "Kadın Siyah Spor Ayakkabı Fiyatı ve Özellikleri",
]

LOUD = [
    ("Nıke Air Max 90 Erkek Spor Ayakkabı", "Nıke"),
    ("Adıdas Superstar Kadın Spor Ayakkabı", "Adıdas"),
    ("Guccı Kadın Çanta", "Guccı"),
    ("Łacoste polo shirt", "Łacoste"),
    ("Valentno Rockstud Kadın Ayakkabı", "Valentno"),
    ("Paket Philippe Nautilus Erkek Saat", "Paket Philippe"),
    ("Sup0r pan set", "Sup0r"),
]

scanner, test_quiet, test_loud = brand_word_tests(QUIET, LOUD)
