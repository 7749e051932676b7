"""Held-out lawful look-alikes (tests/fixtures/heldout/lawful.tsv): wording that resembles a
violation but that the authorities accept — the uses the SAMR 2023 《广告绝对化用语执法指南》 exempts
(顾客第一 and other mottos and goals, 本店最新款 self-comparison, 最佳食用期 consumer tips,
specifications such as 最大承重, standard grades 特级/一级, registered names 极米/王老吉, conferred
titles 中华老字号), 第一 as an ordinal, GB/T standard names, the permitted cosmetic efficacy
categories (保湿, 控油, 舒缓, 去角质, 抗皱), the 2023 保健食品 functions on a registered product,
registered medical devices within their scope, and English usage ("best before", "first aid kit",
resin that "cures in 24 hours", an EPA-registered weed killer), each with its source — plus a few
close variants the same sources say ARE punished (极品, 国家品牌, 最有效 on a 保健食品).

`expect=clean`: no advertising-law finding (a category of scanner.models.AD_CATEGORIES) at high
or medium; `expect=hit`: one at high or medium overlapping `expected`. Rows with
`status=known_miss` need facts the text does not carry and are expected failures, not strict."""
from heldout_support import WordingSet, wording_tests
from scanner.models import AD_CATEGORIES

SET = WordingSet("lawful.tsv", lambda f: f.category in AD_CATEGORIES, "advertising-law", "known miss: needs facts the text does not carry")

scanner, test_fixture_shape, test_hit, test_clean = wording_tests(SET)
