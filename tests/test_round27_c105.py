"""Round 27 c105: English health and supplement wording the scanner missed in round 58 (Amazon Health & Personal
Care listings, tests/test_heldout_real_descriptions.py) and in FDA/FTC letters (tests/fixtures/heldout/claims.tsv
hc12600–hc12628). Classes, not rows:

- a disease named as what the product reduces or fights, in noun form (an inflammation reducer, arthritis fighter);
- preventing bone, cartilage, joint or nerve deterioration / wear (help prevent bone deterioration, prevents the wear
  suffered by the cartilage) and preventing cramps;
- healing hair, lips or skin as a verb (heal your hair, heal dry lips); “healing” as an adjective (a healing lotion,
  healing skin) stays quiet, as round 57 judged Gold Bond's Ultimate Healing line;
- relieving or treating joint, digestive or other organ problems (relieve joint problems in dogs);
- making pain or symptoms go away (low on any listing, medium on food and supplements, like en-symptom-relief);
- recovering faster from an illness (recover faster from the sniffles; sniffles added to EN_DISEASE);
- countering the effects of chemotherapy or radiation (not a chemo cap covering hair loss);
- fighting, killing or controlling yeast / candida (not wild yeast in home brewing, not nutritional yeast);
- “the only formula/serum/product with …”, “the first and only multivitamin”, “the cleanest, most studied
  ingredients”, “the most nutrient dense food on the planet”, “made with the highest standards of production”
  (a named standard or a bare “to the highest standards” stays quiet);
- an unnamed professionals' recommendation (recommended by professionals) and a disease specialist as a
  supplement's developer (developed by an oncologist)."""
from heldout_support import rule_tests
from scanner.models import Listing

FOUND = [
    ("Turmeric capsules", "Turmeric root, a natural inflammation reducer.", "AD-MED-F-c105-en-disease-agent"),
    ("Bone support tablets", "Vitamin K2 helps slow bone loss and joint degeneration.", "AD-MED-F-c105-en-prevent-degeneration"),
    ("Collagen powder", "Protects against wear and tear of the joints.", "AD-MED-F-c105-en-prevent-degeneration"),
    ("Magnesium glycinate", "Helps prevent leg cramps at night.", "AD-MED-F-c105-en-prevent-cramps"),
    ("Lip balm", "Heal dry, cracked lips overnight.", "AD-MED-F-c105-en-heal-beauty"),
    ("Biotin gummies", "Heal your damaged hair from within.", "AD-MED-F-c105-en-heal-beauty"),
    ("Probiotic for dogs", "Helps relieve digestive issues in dogs and cats.", "AD-MED-F-c105-en-organ-problems"),
    ("Glucosamine supplement for dogs", "Watch the stiffness go away in days.", "AD-MED-F-c105-en-symptom-go-away-food"),
    ("Zinc lozenges", "Bounce back faster from colds and flu.", "AD-MED-F-c105-en-recover-from"),
    ("Elderberry syrup", "Shortens the duration of the flu.", "AD-MED-F-s22-en-shorten-illness"),  # the older frame reads it
    ("Ginger capsules", "Helps reduce the side effects of chemotherapy such as nausea.", "AD-MED-F-c105-en-chemo-effects"),
    ("Caprylic acid softgels", "Kills candida and controls yeast overgrowth.", "AD-MED-F-c105-en-fight-yeast"),
    ("Oregano oil", "Candida Cleanse formula, 60 softgels", "AD-MED-F-c105-en-fight-yeast"),
    ("Vitamin C serum", "The only serum with 25% vitamin C and ferulic acid.", "AD-ABS-F-c105-en-only-product"),
    ("Probiotic gummies", "The first and only probiotic gummy with 10 strains.", "AD-ABS-F-c27-en-first-and-only"),
    ("Greens powder", "Packed with the purest, most bioavailable nutrients.", "AD-ABS-F-c105-en-sup-ingredients"),
    ("Spirulina tablets", "The most nutrient dense superfood on planet earth.", "AD-ABS-F-en-most-world"),
    ("Fish oil", "Produced to the highest standards of purity.", "AD-ABS-F-c105-en-highest-standards-of"),
    ("Night guard", "Dental professionals approved: recommended by dental professionals.", "AD-AUTH-F-c105-en-pros-recommend"),
    ("Heart health capsules", "Formulated by a board-certified cardiologist: CoQ10 blend.", "AD-AUTH-F-c105-en-specialist-developed"),
]

QUIET = [
    ("Cough syrup", "Keep out of reach of children. Use only as recommended by your doctor."),
    ("Orthodontic wax", "Ask your orthodontist or dental professional which wax is right for your braces."),
    ("Dog biscuits", "Treat your dog to these crunchy peanut butter biscuits, baked in small batches."),
    ("Soft chew treats for dogs", "Chicken flavor, 60 count."),
    ("BCAA powder", "Helps you recover faster after workouts."),
    ("Nutritional yeast flakes", "A source of B vitamins, gluten-free and vegan."),
    ("Campden tablets", "Potassium metabisulfite kills wild yeast before fermentation."),
    ("Lemonade mix", "Made with only natural ingredients: the only sweetener is organic monk fruit."),
    ("White lithium grease", "Prevents wear on hinges, tracks and metal bearings."),
    ("Self-healing cutting mat", "A2, double-sided with grid lines."),
    ("Aquaphor Healing Ointment", "Skin protectant for dry, cracked skin."),
    ("Gold Bond Ultimate Healing Skin Therapy Lotion", "A healing lotion for rough, dry skin."),
    ("Tattoo aftercare balm", "For healing skin after a new tattoo."),
    ("Chemo cap for women", "Soft headwear for women going through chemotherapy."),
    ("Vitamin gummies", "Manufactured to the highest standards. BRC accredited."),
    ("Organic powders", "Manufactured with the highest standards of Good Manufacturing Practices."),
    ("Earplugs", "Helps prevent hearing loss at concerts."),
    ("Whey protein", "Helps prevent muscle loss as you age."),
    ("Calcium tablets", "Calcium and vitamin D are needed for the normal function of bones and muscles."),
    ("Moisturiser", "Developed with dermatologists for sensitive skin."),
]


def _listing(title, description):
    return Listing(id="r", title=title, description=description)


scanner, test_found, test_quiet = rule_tests(FOUND, QUIET, _listing)


def test_chemo_frame_leaves_hair_loss_headwear_to_the_hair_loss_rule():
    """A chemo cap that eases “the effects of chemotherapy hair loss” covers the head; the hair-loss wording
    itself is judged by AD-MED-EN-hair loss, not by the chemotherapy frame."""
    from scanner.frames import load_frames
    from scanner.normalize import normalize

    for text in ("Comfortable caps to ease the effects of chemotherapy hair loss.",
                 "Soft headwear to ease the side effects of chemo-induced hair loss."):
        ids = {f.id for f, *_ in load_frames().matches(normalize(text).text)}
        assert "c105-en-chemo-effects" not in ids, (text, ids)
