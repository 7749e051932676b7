"""English disease vocabulary (lexicons/slots/EN_DISEASE.txt), session 11 broadening: names from
MedlinePlus, NHS Health A to Z, the Human Disease Ontology and ICD titles are found by the existing
English claim frames, and the lawful look-alikes that made names stay out of the file stay quiet."""
from pathlib import Path

import pytest

from scanner.engine import ScanContext
from scanner.models import AD_CATEGORIES, Listing
from scanner.pipeline import ListingScanner, ScanOptions

ROOT = Path(__file__).resolve().parent.parent
LEX = ROOT / "lexicons"


@pytest.fixture(scope="module")
def scanner():
    return ListingScanner(ScanOptions(context=ScanContext(), ocr=False, lexicon_dir=str(LEX)))


def severe(scanner, text):
    res = scanner.scan(Listing(id="t", title="", description=text))
    return [f for f in res.findings
            if f.category in AD_CATEGORIES and f.severity in ("high", "medium")]


def terms():
    out = []
    for line in (LEX / "slots" / "EN_DISEASE.txt").read_text(encoding="utf-8").splitlines():
        t = line.split("#", 1)[0].strip()
        if t:
            out.append(t.lower())
    return out


def test_vocabulary_is_broad():
    assert len(set(terms())) > 700


CLAIMS = [
    "This herbal tea treats ulcerative colitis and IBS",
    "Capsules relieve psoriatic arthritis and lupus symptoms",
    "Drops reverse glaucoma naturally",
    "Oil cures PCOS and endometriosis",
    "Supplement for Hashimoto's and hypothyroidism",
    "Gummies prevent kidney failure",
    "Cream heals ringworm and scabies fast",
    "Dog joint supplement for hip dysplasia and arthritis",
    "Tincture that fights pancreatic cancer",
    "Helps relieve sciatica and fibromyalgia",
    # claims round 42 (h13b): onychomycosis and the c42-en-* medical frames
    "Fungal Nail Renewal - Repair Onychomycosis deeply",
    "Serum for fungal nail infection, extra strength",
    "Oil pulling kit to reverse cavities naturally",
    "Foot cream kills fungus and stops itching",
    "Herbal oil: the solution to all hair problems",
]


@pytest.mark.parametrize("text", CLAIMS)
def test_new_disease_names_are_found(scanner, text):
    assert severe(scanner, text), text


# Lawful copy near the names left out on purpose (header of EN_DISEASE.txt) or near new names.
QUIET = [
    "Bipolar RF skin tightening device for face",
    "Gluten-free bread, safe for people with celiac disease",
    "Heated gloves for people with Raynaud's, rechargeable",
    "Celiac-friendly recipes cookbook",
    "Sensory toys for kids with autism spectrum disorder",
    "Nitrile gloves reduce the risk of contact dermatitis",
    "Compression socks help prevent DVT and blood clots on flights",
    "Dog rabies tag holder silicone",
    "Book: Living with Crohn's Disease and Ulcerative Colitis",
    "Fridge thermometer helps prevent food poisoning",
    "Lead test kit: detects lead in paint",
    "Wrist brace relieves carpal tunnel pain",
    "Baby bottle reduces colic and gas",
    "Toothpaste fights cavities and gingivitis",
    "Anthrax band t-shirt Among the Living",
    "Dairy cattle mineral mixture, supportive for mastitis-prone herds",
    "Memory foam seat cushion for sciatica and tailbone pain",
    # claims round 42 (h13b): look-alikes of the c42-en-* medical frames
    "Fluoride toothpaste helps prevent cavities",
    "Wood filler fills cavities and cracks",
    "Mold and mildew remover kills fungus on bathroom tiles",
    "Solution to all your storage problems",
    "Kerasal Fungal Nail Renewal starts improving nail appearance in just 2 days",
]


@pytest.mark.parametrize("text", QUIET)
def test_lawful_look_alikes_stay_quiet(scanner, text):
    assert not severe(scanner, text), text
