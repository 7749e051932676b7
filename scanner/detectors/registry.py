"""The text engine's detectors and context filters, in their order, as data: one place to add,
remove or reorder a part. `pipeline.build_engine` builds them. A part whose module (or whose
data) needs a Python package that is not installed stops the run with `MissingDependency`
(exit 2, one line naming the part, the package and `./quickstart.sh setup`), never a traceback.

The order is part of the output: detectors run in this order and the filters apply in this
order (the category rules first, so that lawful uses further down may still lower a finding).
"""
from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import Callable

from ..errors import MissingDependency, missing_package


@dataclass(frozen=True)
class Spec:
    name: str  # how messages name the part (a filter's name is also the one findings carry)
    module: str  # the module under scanner.detectors
    factory: str  # the class or function of that module
    # the inputs the factory is called with, in order ("lexicon", "frames", "directory");
    # None: the attribute is the filter itself (no call)
    takes: tuple[str, ...] | None = ()


DETECTORS: tuple[Spec, ...] = (
    Spec("ad_terms", "ad_terms", "LexiconDetector", ("lexicon",)),
    Spec("frames", "frames", "FrameDetector", ("frames",)),
    Spec("ingredient_claims", "ingredient_claims", "IngredientClaimDetector", ("directory",)),
    Spec("brands", "brands", "BrandDetector"),
    Spec("brand_celebrity", "brand_celebrity", "CelebrityDetector"),
    Spec("brand_unknown", "brand_unknown", "UnknownBrandDetector"),
    Spec("brand_counterfeit", "brand_counterfeit", "CounterfeitMarkerDetector"),
    Spec("contact", "contact", "ContactDetector", ("directory",)),
    Spec("ocr_fuzzy", "ocr_fuzzy", "OcrFuzzyDetector", ("lexicon",)),
    Spec("watermark", "watermark", "WatermarkDetector", ("directory",)),
)

FILTERS: tuple[Spec, ...] = (
    Spec("品类规则", "policy", "category_policy_filter", ("directory",)),
    Spec("词条例外", "ad_terms", "term_exception_filter", ("lexicon",)),
    Spec("跨关键词", "ad_terms", "keyword_straddle_filter", None),
    Spec("语境", "ad_terms", "context_phrase_filter", ("lexicon",)),
    Spec("规格参数", "ad_terms", "specification_filter", None),
    Spec("品牌名称", "ad_terms", "trademark_name_filter", None),
    Spec("本品牌比较", "ad_terms", "own_range_filter", None),
    Spec("合法用途", "policy", "lawful_use_filter", ("directory",)),
    Spec("转基因目录", "policy", "gm_listed_filter", ("directory",)),
)


def guarded(part: str, make: Callable, zh: str = "检测器", en: str = "detector"):
    """`make()`, with a missing third-party package reported as MissingDependency of `part`."""
    try:
        return make()
    except ImportError as e:
        module = missing_package(e)
        if module is None:
            raise
        raise MissingDependency(f"{zh} {part} ", f"{en} {part}", module) from None


def _make(spec: Spec, inputs: Callable[[str], object], zh: str = "检测器", en: str = "detector"):
    def make():
        thing = getattr(importlib.import_module(f"{__package__}.{spec.module}"), spec.factory)
        return thing if spec.takes is None else thing(*(inputs(k) for k in spec.takes))

    return guarded(spec.name, make, zh, en)


def build_detectors(inputs: Callable[[str], object]) -> list:
    """The detectors in order; `inputs(name)` gives what a factory takes."""
    return [_make(s, inputs) for s in DETECTORS]


def build_filters(inputs: Callable[[str], object]) -> list[tuple[str, object]]:
    """The named context filters in order."""
    return [(s.name, _make(s, inputs, "过滤规则", "filter")) for s in FILTERS]
