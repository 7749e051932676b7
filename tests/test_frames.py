"""The claim-frame engine (scanner/frames.py) on small lexicon folders written by the tests."""
import csv
import subprocess
import sys
from pathlib import Path

import pytest

from scanner.engine import Engine, FieldText, ScanContext
from scanner.frames import FrameSet
from scanner.detectors.frames import FrameDetector
from scanner.compiled import files_hash
from scanner.lexicon import LexiconError
from scanner.normalize import normalize_key
from scanner.models import Listing

HEADER = ["id", "category", "severity", "law", "suggestion", "anchors", "pattern", "unless", "explanation", "lang", "note",
          "classes"]


def make(tmp_path: Path, frames: list[dict], slots: dict[str, str], macros: str = "") -> Path:
    d = tmp_path / "lex"
    (d / "slots").mkdir(parents=True)
    for name, body in slots.items():
        (d / "slots" / f"{name}.txt").write_text(body, encoding="utf-8")
    with open(d / "frames_test.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=HEADER)
        w.writeheader()
        for r in frames:
            w.writerow({"category": "medical_claim", "severity": "high", "law": "《广告法》第十七条", **r})
    if macros:
        (d / "frame_macros.csv").write_text("name,regex\n" + macros, encoding="utf-8")
    return d


TREAT = {"id": "treat", "pattern": "(?:治疗|预防|改善){DISEASE}(?:[、]{DISEASE})*", "unless": "(?:不能|不可).{0,6}",
         "explanation": "宣称治疗疾病"}


def run(fs: FrameSet, text: str):
    eng = Engine([FrameDetector(fs)])
    return eng.run(FieldText.of(Listing("1", text), "title", text, ScanContext()))


def test_slot_term_in_frame_is_found_and_quoted_from_source(tmp_path):
    fs = FrameSet(make(tmp_path, [TREAT], {"DISEASE": "# diseases\n糖尿病\n哮喘\n黄疸\n"}))
    got = run(fs, "骆驼乳可以改善黄疸、哮喘，口感好")
    assert [(f.matched_text, f.severity, f.rule_id) for f in got] == [("改善黄疸、哮喘", "high", "AD-MED-F-treat")]
    assert "黄疸" in got[0].explanation and "哮喘" in got[0].explanation
    assert got[0].term == "treat:黄疸"


def test_source_spelling_is_normalised_and_offsets_map_back(tmp_path):
    fs = FrameSet(make(tmp_path, [TREAT], {"DISEASE": "糖尿病\n"}))
    text = "本品 治 療★糖 尿 病"
    got = run(fs, text)
    assert len(got) == 1
    assert text[got[0].start:got[0].end] == "治 療★糖 尿 病"


def test_a_new_vocabulary_line_needs_no_new_rule(tmp_path):
    assert run(FrameSet(make(tmp_path, [TREAT], {"DISEASE": "糖尿病\n"})), "预防痛风") == []
    tmp2 = tmp_path / "b"
    tmp2.mkdir()
    assert len(run(FrameSet(make(tmp2, [TREAT], {"DISEASE": "糖尿病\n痛风\n"})), "预防痛风")) == 1


def test_unless_suppresses_a_negated_claim(tmp_path):
    fs = FrameSet(make(tmp_path, [TREAT], {"DISEASE": "糖尿病\n"}))
    assert run(fs, "保健食品不能代替药物治疗糖尿病") == []
    assert len(run(fs, "保健食品不能代替药物，治疗糖尿病")) == 1  # the negation belongs to another clause


def test_longest_slot_term_wins_and_words_do_not_split(tmp_path):
    frames = [{"id": "v", "pattern": "杀灭{VIRUS}", "explanation": "x"}]
    fs = FrameSet(make(tmp_path, frames, {"VIRUS": "病毒\n流感病毒\n"}))
    got = run(fs, "杀灭流感病毒")
    assert got[0].term == "v:流感病毒"


def test_english_slots_and_frames_respect_word_boundaries(tmp_path):
    frames = [{"id": "en-cure", "pattern": r"\b(?:cures?|treats?)\s(?:the\s)?{EN_DISEASE}", "lang": "en",
               "explanation": "disease claim"}]
    fs = FrameSet(make(tmp_path, frames, {"EN_DISEASE": "flu\ncancer\n"}))
    assert [f.matched_text for f in run(fs, "This tea Cures the Flu fast")] == ["Cures the Flu"]
    assert run(fs, "treats influence people") == []  # flu inside a word is not the slot


def test_anchors_limit_which_frames_run(tmp_path):
    frames = [{"id": "fake", "pattern": r"假一[赔罚]{CNUM}", "anchors": "假一赔|假一罚", "category": "guarantee_claim",
               "explanation": "虚假承诺"}]
    fs = FrameSet(make(tmp_path, frames, {}, macros='CNUM,"(?:\\d+|[一二三四五六七八九十百千万]+)"\n'))
    assert fs.scan("普通文案")[1] == []
    assert [f.matched_text for f in run(fs, "正品保障 假一赔十")] == ["假一赔十"]


def test_bad_data_is_a_clear_error(tmp_path):
    with pytest.raises(LexiconError, match="unknown slot or macro"):
        FrameSet(make(tmp_path / "a", [{"id": "x", "pattern": "{NOPE}"}], {}))
    with pytest.raises(LexiconError, match="bad pattern"):
        FrameSet(make(tmp_path / "b", [{"id": "x", "pattern": "(unclosed"}], {}))
    with pytest.raises(LexiconError, match="listed twice"):
        FrameSet(make(tmp_path / "c", [{"id": "x", "pattern": "a"}, {"id": "x", "pattern": "b"}], {}))
    with pytest.raises(LexiconError, match="unknown category"):
        FrameSet(make(tmp_path / "d", [{"id": "x", "pattern": "a", "category": "nonsense"}], {}))
    with pytest.raises(LexiconError, match="unknown product class"):
        FrameSet(make(tmp_path / "e", [{"id": "x", "pattern": "a", "classes": "food|snacks"}], {}))


def test_a_frame_limited_to_product_classes_reads_only_their_listings(tmp_path):
    """classes: the frame applies only to listings of those classes ("" = not recognised)."""
    d = make(tmp_path, [{"id": "food-only", "pattern": "看东西清楚多了", "classes": "food|health_food"},
                        {"id": "unknown-only", "pattern": "变清楚", "classes": "|drug"}], {})
    (d / "categories.csv").write_text("pattern,class,weight,where,note\n软糖,food,50,any,\n眼镜,clothing,50,any,\n",
                                      encoding="utf-8")
    fs = FrameSet(d)
    assert FrameSet(d).frames[0].classes == frozenset({"food", "health_food"})

    def ids(title):
        eng = Engine([FrameDetector(fs)])
        return [f.rule_id for f in eng.run(FieldText.of(Listing("1", title), "title", title, ScanContext()))]

    assert ids("叶黄素软糖 看东西清楚多了") == ["AD-MED-F-food-only"]
    assert ids("近视眼镜 看东西清楚多了") == []
    assert ids("看东西变清楚") == ["AD-MED-F-unknown-only"]
    assert ids("近视眼镜 看东西变清楚") == []


def test_bad_frame_file_exits_2_without_traceback(tmp_path):
    import shutil

    root = Path(__file__).resolve().parent.parent
    d = tmp_path / "lex"
    shutil.copytree(root / "lexicons", d)
    with open(d / "frames_zz.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=HEADER)
        w.writeheader()
        w.writerow({"id": "broken", "category": "medical_claim", "severity": "high", "pattern": "(unclosed"})
    src = tmp_path / "in.jsonl"
    src.write_text('{"id": "1", "title": "保温杯"}\n', encoding="utf-8")
    p = subprocess.run([sys.executable, "-m", "scanner", "scan", str(src), "--out", str(tmp_path / "out"), "--no-ocr"],
                       capture_output=True, text=True, env={**__import__("os").environ, "SCANNER_LEXICONS": str(d)},
                       cwd=root)
    assert p.returncode == 2, p.stderr
    assert "Traceback" not in p.stderr and "broken" in p.stderr


def test_slot_files_are_part_of_the_lexicon_hash(tmp_path):
    d = make(tmp_path, [TREAT], {"DISEASE": "糖尿病\n"})
    before = files_hash(d)
    (d / "slots" / "DISEASE.txt").write_text("糖尿病\n痛风\n", encoding="utf-8")
    assert files_hash(d) != before


def test_shipped_frames_load():
    fs = FrameSet()
    assert fs.frames and fs.vocab_size > 0


def test_private_use_characters_in_the_source_are_not_placeholders(tmp_path):
    fs = FrameSet(make(tmp_path, [TREAT], {"DISEASE": "糖尿病\n"}))
    assert run(fs, "治疗\ue000 糖尿病") == [] or all("\ue000" not in f.term for f in run(fs, "治疗\ue000 糖尿病"))
    assert run(fs, "预防\ue000") == []
    assert [f.matched_text for f in run(fs, "\ue000预防糖尿病")] == ["预防糖尿病"]


def test_every_frame_is_anchored_on_wording_ordinary_copy_rarely_has():
    """A frame is tried only on fields holding one of its anchors (or slot terms): anchored on an
    everyday character (大, 包, 天) it runs on a third of all fields and the scan slows down for
    nothing. On ordinary product copy (the benchmark's sentences) no frame may be tried on more
    than one field in ten."""
    import sys
    from collections import Counter
    from pathlib import Path

    from scanner.frames import load_frames
    from scanner.normalize import normalize

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
    import bench_scan

    frames = load_frames()
    tried, fields = Counter(), 0
    for r in bench_scan.records(1000):
        for text in (r["title"], r["description"]):
            fields += 1
            for i in frames.scan(normalize(text).text)[1]:
                tried[frames.frames[i].id] += 1
    busy = {k: round(v / fields, 2) for k, v in tried.items() if v > fields / 10}
    assert not busy, busy


def test_frame_patterns_are_compiled_when_first_tried_not_when_loaded():
    """Hundreds of frame patterns (and the lawful uses' patterns) load from the disk cache at every
    start-up (`scanner check`): they stay text until first used, and a text compiles only the
    frames its anchors call."""
    import pickle

    from scanner.detectors.policy import load_policy
    from scanner.frames import load_frames

    fs = pickle.loads(pickle.dumps(load_frames()))  # as the disk cache gives it
    assert all(f.regex._rx is None for f in fs.frames)
    got = [f.id for f, *_ in fs.matches(normalize_key("本品可以治疗失眠"))]
    tried = [f for f in fs.frames if f.regex._rx is not None]
    assert got and 0 < len(tried) < len(fs.frames) // 4
    uses = pickle.loads(pickle.dumps(load_policy())).uses
    assert uses and all(u.before is None or u.before._rx is None for u in uses)
