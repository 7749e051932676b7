"""Round 28 c107: English wording from ASA rulings (Dirtea 2023, Bella&Toby 2023) and an FDA CVM letter that the
scanner missed (tests/fixtures/heldout/claims.tsv hc12800–hc12820). Classes, not rows:

- praise adjectives before a disease or anxiety (fantastic / amazing / brilliant for anxiety) read like
  "great for" (c19-en-good-for);
- curbing, taming or saying goodbye to anxiety read like banishing it (en-anxiety); easing or relieving anxiety
  on a calming bed stays quiet as before;
- repairing, regrowing or regenerating nerves, also with two joined verbs (c27-en-tissue-regrow);
- "support" joined to a disease name (support dementia and Alzheimer's), not supporting a charity, research or
  patients (c107-en-support-disease);
- defenses against pathogens, with a run of qualifiers (fungal, parasitic, viral and bacterial pathogens)
  (c107-en-defenses-pathogen);
- Valley Fever (coccidioidomycosis) is a disease name (EN_DISEASE)."""
from heldout_support import rule_tests
from scanner.models import Listing

FOUND = [
    ("Reishi mushroom powder", "Reishi is amazing for anxiety and sleep.", "AD-MED-F-c19-en-good-for"),
    ("Ashwagandha gummies", "Brilliant for insomnia.", "AD-MED-F-c19-en-good-for"),
    ("Calming chews", "Curbs anxiety in minutes.", "AD-MED-F-en-anxiety"),
    ("Herbal tea", "Say goodbye to anxiety with every cup.", "AD-MED-F-en-anxiety"),
    ("Lion's mane capsules", "Helps regenerate damaged nerves.", "AD-MED-F-c27-en-tissue-regrow"),
    ("Lion's mane extract", "Can repair and regenerate nerve cells.", "AD-MED-F-c27-en-tissue-regrow"),
    ("Turmeric capsules", "Supports arthritis and joint inflammation naturally.", "AD-MED-F-c107-en-support-disease"),
    ("Ginkgo tablets", "Supporting dementia, memory loss and focus.", "AD-MED-F-c107-en-support-disease"),
    ("Colostrum for dogs", "Boosts natural defences against viral and bacterial pathogens.", "AD-MED-F-c107-en-defenses-pathogen"),
    ("Immune drops", "Strengthens the immune system's defenses against pathogens.", "AD-MED-F-c107-en-defenses-pathogen"),
    ("Desert dog chews", "Treats Valley Fever in dogs.", "AD-MED-F-en-treat-list"),
]

QUIET = [
    ("Charity pin", "Every sale helps us support dementia research and carers."),
    ("Fundraising T-shirt", "We proudly support Alzheimer's charities across the UK."),
    ("Glucosamine for dogs", "Supports healthy joints and mobility in active dogs."),
    ("Calming donut dog bed", "Anxiety relief bed with raised rim and soft faux fur."),
    ("Hair mask", "Repairs split ends and dry, damaged hair."),
    ("Dog bed", "Anti-slip base keeps the bed in place on hard floors."),
    ("Stress ball", "Squeeze it when your nerves are frayed before an exam."),
    ("Hand soap", "Gentle foaming hand soap, fragrance-free."),
    ("Vitamin C tablets", "Vitamin C contributes to the normal function of the immune system."),
    ("Reishi mushroom powder", "100 g, organic, stir one teaspoon into coffee or a smoothie."),
    ("Travel guide", "Hiking the desert valley: fever-tree lemonade at the lodge."),
]


def _listing(title, description):
    return Listing(id="c107", title=title, description=description)


scanner, test_hit, test_quiet = rule_tests(FOUND, QUIET, _listing)
