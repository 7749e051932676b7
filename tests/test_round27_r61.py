"""Rules added for real-listings round 61 (Shopee Indonesia listings of 2022: clothes, shoes, bags, watches, phone and
motorbike accessories, snacks, baby goods): false-alarm classes made quiet, with the wording that must keep its
high/medium brand finding.

- lookalike_words.csv: Indonesian ordinary words one or two edits from a Latin brand name — barang (Bawang), Gandum
  (Gundam), Nomor (Romon), Bantal (Bandai), Kiloan (Kilian), koin, jamsport (JanSport), Bali (Bally)
- brand_slugs.py: a run cut into slug words around an ordinary word of lookalike_words.csv is no misspelt brand
  (#dressbali, Bali/Dress); misspellings of Bally in a slug stay found
- brands.csv / brands_ip.csv words: pola (pattern), bawang (onion), mobil (car), tiga (three) name Pola, Bawang, Mobil
  and Ultraman Tiga only with brand context; brand_products.csv gives
  Mobil its oils
"""
from heldout_support import brand_word_tests

QUIET = [
    "Gelas Minum Portable 2 tutupan Pipet Jerami Gandum 401-500ml",
    "Tipe barang: aksesoris kacamata",
    "Note: Barang Ready Stok",
    "Cek dahulu sebelum Checkout kami tidak terima Ganti Nama, Nomor, Alamat, atau Barang setelah Checkout",
    "Palet Bundling ( 1 Bantal + 1 Guling )",
    "LAKBAN KILOAN REJECT 93% LAYAK PAKAI",
    "Bisa muat kartu, uang, koin, telpon selular (hp)",
    "#jamtanganpria #jamkeren #jampria #jamsport #jammurah",
    "Daster Bali/Dress Bali Manohara Laura",
    "#dasterbali#dressmanohara#dressbali",
    "Jenis pola: warna solid",
    "Model SPORT dan Elegant | Pola Ukuran Standar | Ringan",
    "#pilus cikur /Sukro 1Pack | #minyak bawang 1 | #bumbu penyedap 1",
    "LAMPU LED ALIS MOTOR MOBIL&BAGASI MOBIL12volt",
    "Cairan Ampuh pembersih blok mesin motor dan mobil yg menguning",
    "Ketuk tiga kali untuk berganti lagu",
]

LOUD = [  # (title, word)
    ("Bally bag outlet", "Bally"),
    ("Balli bag outlet", "Balli"),
    ("POLA 面霜", "POLA"),
    ("Pola cream", "Pola"),
    ("霸王 洗发水", "霸王"),
    ("Bawang shampoo", "Bawang"),
    ("Mobil 1 engine oil", "Mobil 1"),
    ("Mobil oil 5W-30", "Mobil"),
    ("Mobil 机油", "Mobil"),
    ("美孚机油", "美孚"),
    ("Ultraman Tiga figure", "Ultraman Tiga"),
    ("DG bag", "DG"),
    ("D&G bag", "D&G"),
    ("DG 同款 包包", "DG"),
    ("Dolce & Gabbana sunglasses", "Dolce & Gabbana"),
    ("JanSport backpack", "JanSport"),
    ("Gundam model kit", "Gundam"),
]

scanner, test_quiet, test_loud = brand_word_tests(QUIET, LOUD)
