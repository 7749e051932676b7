"""Held-out real listings WITH descriptions (tests/fixtures/heldout/real_descriptions.tsv): Amazon
feature bullets / "About this item" text (Vinayak-Sutar/vamazon, a sample of the amazon-product-data
dataset; WSU-CPTS-223/pa3-inventory-management-AhpalmWSU, the PromptCloud Amazon 2020 sample),
Tmall product detail text kept in an app's bean class (xrogzu/ylwj) and, round 3, 124 listings of a
好单库 coupon feed (majiaxue/jikehui: Tmall title + the feed's promo copy as the description). Round 4: 343 Amazon.in pet-supply
listings (gostgmaer/fullStackEcommerce, a crawl-feed sample: title + “About this item”) and 24 Etsy API
listings (nikitasmg/ra-16-3: title + description; descriptions longer than 1,500 characters cut at a bullet). Round 5: 121 listings
of the 御泥坊 brand app's own catalogue, 2017 (API answers kept by class projects: pangbaobaoba/wangxin,
zhaoyongsheng123/zhao2; title + selling points + blurb). Round 6: a 2018 淘客 feed kept in an app's entity
classes (CrackgmKey/Bearbear: title + the feed's promo copy) and a cross-border mall's imported cosmetics
with their selling line (pidan-518/client-h5). Round 7: 101 Amazon electronics-accessory listings
with their “About this item” bullets (ozigun/ala, ids r7al…). Round 13, English: 370 Best Buy catalogue listings
(name + shortDescription, 2014–2015, the Algolia Best Buy sample kept by zuzustack/pa-wdw, ids r13bb…; the
manufacturer as each listing's own brand: Best Buy sells the makers' genuine goods). Round 16, English (ids r16…): a 2017
Shopify dropshipping store's catalogue (kanonochina/shpy-api-installer, title + body_html), 25 Etsy whiskey-gift
listings of 2018 (alexjmitchell/Create-Etsy-Search-Page), a Target product-summary sample (TYWCoder/demo-target),
an Indonesian Tokopedia phone-case shop with English titles (nhinstein/yunetshop) and Amazon.in peanut butter
(Denni007/Arcelo), and 160 listings of the 2016 PromptCloud Flipkart sample (swapnil-pisal/Major_Assessment_1,
ids r16fk: title + description, the listing's brand scoped as its own brand); Aventura Clothing, Barbie (a licensed tee
sold by Target) and Fit Muscles are own brands. Round 17, English (ids r17az…): 151 listings of the Amazon Reviews 2023
item metadata with their brand (store) and description (Charith-Reddy-Pareddy/distributed-ecommerce-recommendation-
analytics-system: electronics, toys, musical instruments, phone accessories); the brand field — and the licensed
property of licensed goods — scoped as each listing's own brand. Round 18, Chinese (ids r18…): a 2014 WeChat supermarket's catalogue
(suhanyujie/WeixinShop maoyan_in.sql: snacks, drinks, shampoo, soap, sanitary pads, detergents; title + the 商品详情 text the
shop copied from JD/Tmall pages, ids r18wx), a 2014 campus shop's goods with their 商品介绍 (WTQ/eco_vegetable, ids r18ec)
and a 2021 cosmetics shop's Tmall titles with 卖点 and 属性 (chensimian/Cosmetics-shopping, ids r18cs);
the genuine brands they resell are own brands scoped to the id prefix (`r18wx: 多芬`). Round 20, English (ids r20bb…): 103
listings of the 2021 BigBasket (India) catalogue sample (Ankitpal2929/Bigbasket-Product-Analysis-, BigBasket Products.csv:
title + description; beauty & hygiene, baby care, Ayurveda, health foods), ids zero-padded so one listing's scoped own
brand is no prefix of another's; each listing's brand (and Hindustan Unilever for its Pepsodent and Nature Protect) is
its own brand. The retailer's “visit https://bigbasket.blog/” line is an outside link (CONTACT-LINK). Known misses, not
listed: r20bb-04122 (tea: stress relieving & slimming), r20bb-12335 (80% better absorption than the leading brand),
r20bb-21473 (clay pack: reduce and prevent acne), r20bb-21479
(“Scalp & Hair Medicine” anti-hair-fall conditioner: the word medicine makes it read as a drug). Round 26 (ids r26…): 83 闲鱼 posts of a 2024 PC search for 乒乓球拍 (z-m-x/xianyupp data1-4.js, the API answer
mtop.taobao.idlemtopsearch.pc.search: one text per post, its first line as the title; posts repeating another's first 40
characters left out; ids r26xy), 11 goofish.com posts of a search for 电脑 kept as mock data (wfy-belief/soybean-admin, ids
r26gf: used Macs, iPads, laptops), 10 Tmall UNIQLO items with the 小红书 notes linked to them (Arbalest-Dcmk/vue3-arbalest-mobile,
ids r26xhs: title + detail + note titles; UNIQLO scoped as their own brand), 10 蘑菇街 live rooms with the goods in their
shop carts (SmallCuiCui/gq-shop, ids r26mg) and 20 amazon.co.uk menopause and keto supplements with their bullets cut at a
bullet under 1,500 characters (darkedid89/amazon-uk-vitamin-listing-skill, ids r26vs; each brand field scoped as its own
brand). The paddles sold as 省队专用 / 省队训练拍 / 广东省队供货剩余 / 国家队训练专用 at 28 yuan are false team endorsements.
Round 27 (ids r27…): a 拼多多 toilet-paper listing with its goods_desc
(多多进宝 goods.detail answer kept in an Android bean, code index file 245687887, 2019): 以最好的品质, 最高的质量.
Round 28 (ids r28…), traditional characters: 96 listings of a Taiwanese momo-style shop clone's catalogue with the copy
of momo and brand pages (greneslu/momo-frontend src/productsJson.js, 2022: perfume, make-up, skincare, clothes,
phones, TVs, pet food; ids r28mo, the resold brands and licensed Snoopy/Kodak goods scoped `r28mo: 品牌`; the placeholder
電腦 and three repeated items left out), 23 listings of a Taiwan handmade-soap shop's own site (AppleManorOfficial/applemanor
src/pages/productList/details.js, 2023: description + 成分 + 適用對象; ids r28am) and 30 products of a Taiwan supplement
OEM's catalogue (lovemage/zzing src/data/catalog.ts, 2025: description, features, ingredients, usage; ids r28zz).
TFDA's permitted food wording (促進代謝, 調整體質, 青春美麗, 滋補強身) is left lawful; 幫助入睡 names the sleep function
only a registered 保健食品 may claim.
Round 29, English (ids r29…): 132 pet goods of an Indian pet shop's Shopify catalogue kept by a clone (SiddheshAR/HuskiWiskii
src/api, 2024: Heads Up For Tails food, treats, beds, grooming, and the Acana, Dash Dog, Happi Doggy, Vitapol, Zupreem, Harringtons
and Oxbow goods it resells; title + description, HTML stripped, cut at a bullet under 1,500 characters; ids r29hw, HUFT scoped as
the shop's own brand, each resold maker scoped to its listing) and 162 Walmart marketplace rings and jewellery of 2024
(mominurr/Walmart-Data-Scraping walmart.com_sample_data.json; ids r29wm, each brand field scoped to its listing). Disease,
immunity and pesticidal claims on pet food, chews and shampoos are violations; calming beds that “ease anxiety” stay lawful.
Round 30 (ids r30…), takeaway menus and a brand's own mall: 242 dishes and drinks of nine 美团外卖 shop menus with
their blurbs (a crawler's captured waimai.meituan.com answers, kept across the history of az1802/newCreawling
美团外卖(waimai.meituan)/merchantInfo.js, 2021–2022: 酸菜鱼, 奶茶/果茶 shops, 拌饭, 港式茶餐厅, 客家 soups; ids r30mt, a
category's blurb r30mt-t…; an identical blurb kept once, blurbs under 8 characters left out), 7 in-store ordering menus
of the same crawler (二维火, 美团点餐, 收钱吧; ids r30oc) and 114 listings of vivo's official mall kept as a uni-app
clone's data (ry09iu/vivo-shop-uniapp data/cate_list.js, 2020: phones with brief and promotion, chargers, cases,
earphones, the mall's third-party wearables and gadgets; ids r30vv, a repeated brief kept once). vivo (and through
it iQOO), its endorser 刘昊然 on its own gift box and the makers of the third-party goods it sells are scoped own
brands; the Yakult, Oreo and Sprite a tea shop uses or resells are scoped to their listings. Phone numbers posted
to take orders off the platform (大单，公司单，预约单，请联系我们…, 店长电：…) are CONTACT-PHONE.
Round 32, English (ids r32…): 133 Amazon.com listings of the PromptCloud January 2020 sample kept by a RAG project
(ycnliu/ecommerce-rag-pipeline data/test_sample_1000.csv: every row outside toys and clothing with bullets — sports &
outdoors, home & garden, baby, office, arts & crafts, hobby parts; title + “About Product”, cut at a bullet under 1,500
characters; ids r32pc, the first ten hex digits of uniq_id; the maker leading each title, and the licensed property of
licensed goods, scoped as its own brand, the sample having no brand field) and 31 items of a 2017 Safeway catalogue of
pack copy (michaelhyun/CMPE133Project mini-safeway/seed/productseed.js: baby care, personal care & health, household,
pet food and groceries; description + details; ids r32sw, each brand field scoped). The maker's web address and
phone line printed on a pack are outside contacts once copied into a marketplace listing; FDA-authorized health
claims in their model wording, best-by dates, freshness and refund promises stay lawful.
Round 31 (ids r31jd…): 250 JD search results for 化妆品 of April 2019, each a listing title with the shop's
广告词 (the promo-words line JD shows under the title), kept in a scrapy HTTP cache (jiahaoabc/JD_huazhuangpin_spider
JingDong/.scrapy/httpcache/jingdong/…/response_body, gzip; `#sku=` names the result): skincare sets, 面霜, 精华, 面膜,
隔离/BB霜, 粉底, 洗面奶 of 41 brand filters (欧莱雅, 雅诗兰黛, 泊美 and 38 others), a repeated 广告词 kept once per brand;
each listing's brand filter is its scoped own brand, and the resold brands a shop's 广告词 names (Swisse, 阿玛尼,
一叶子 in a 韩束 box, 百雀羚 at a pharmacy chain's shop) are scoped to their listings.
Round 33 (ids r33…), Chinese coupon-feed and 淘客 promo copy, cited by the code index's file id (the index names no
repository): 22 好单库 answers kept as examples in a 淘客 backend's API doc of 2020-03 (ids r33hdk: itemtitle + the
promoter's itemshorttitle and 推荐语, or the 朋友圈/精编 copy), a 2020 大淘客 goods card (r33dtk: title + dtitle + desc), a
2018 jbkuan.com coupon feed (r33jbk: goods_name + quan_guid_content), a 2019 好单库 朋友圈 copy (r33hdkq), 17 QQ-group
coupon posts of a 2017 淘客 CMS dump (r33cm: the product line as title, the copy after it as description, the closing
淘口令 share line left out) and 65 JD titles with their 广告语 copied into a 2019 campus second-hand app's dump (r33ch; rows
whose description repeats the title or is the student's own words left out). The genuine brands sold by JD shops,
flagships and 专卖店 are scoped own brands. 刷单 instructions (不要晒…图，直接好评 / 五星无字好评) and 好评…反2元 are
violations; 原价X元【券后Y元】 coupon arithmetic is lawful (the 原价 is the price the coupon is taken from).
Round 35, English (ids r35dk…): 101 products of Dot & Key, an Indian skincare brand, as its Shopify catalogue was kept by a
shop clone (Hashal890/fruits-vegetables-platform scripts/alldata.js, 2022: title + the listing's feature lines joined with
“ | ”, a repeated title kept once; face washes, serums, masks, sunscreens, lip, body and hair care, combo kits); Dot & Key is
the listings' scoped own brand. Drug claims on cosmetics (treats/heals acne, anti-inflammatory, calms inflammation, boosts
collagen, inhibits melanin, skin lightening, anti hair fall, promotes hair growth, anti cellulite) and unsupported
“clinically proven”, “most potent in India”, “the best option” are violations; “fades dark spots”, “acne-prone skin”,
“reduces the appearance of pores”, “our best selling” and treats as a noun stay lawful. Known misses, not listed:
r35dk-006 (green tea soothes inflamed skin), r35dk-097 (prevents skin irritation, acne & inflammation: a disease word after
an ordinary one in the list).
Round 36 (ids r36jd…): 176 JD phone and TV listings of March 2015, each title with the sell_point (卖点) JD showed
under it, kept in the tb_item table of a 淘淘商城 (taotao) Java-course shop dump the code index holds without naming its
repository (file id 522263813; HTML tags removed, the promotion links' text kept; one listing per distinct 卖点; the
course's own 2018 test rows left out); the maker leading each title (and JBL, whose earphones a JBL edition bundles) is a
scoped own brand. 好评送京豆 / 好评晒单返话费 / 参与好评即送价值N元礼品 are review rewards; the Philips 价保热线 400 number
is an outside contact; 点击有惊喜 is a platform 诱导 word.
Round 37 (ids r37yp…): 200 listings of Xiaomi Youpin (小米有品), Xiaomi's own mall for its ecosystem makers and
resold brands: the home-feed API answers of 2019-01 (zhangtao905019230/meetingtea-ser assets/testData.js) and 2020-03
(Timer-Q/hello-pwa src/mock/mi/index.ts) kept as test data, each item's name with its summary 卖点 and the card's
custom_summary after ； (appliances, phones, laptops, smart-home devices, bedding, clothes, food, tea, liquor, health
devices, disinfectants); the maker of each listing (小米/米家/Redmi and the ecosystem makers 云米, 智米, 素士, 映趣, 70迈,
Yeelight through Xiaomi; 极米, Aqara, 德尔玛, 1MORE, QCY, Sennheiser, Sony and Emporio Armani resold) is its scoped own
brand. 米家App/米家智能联动 in a third-party device's copy names the ecosystem it works with (compat_words platform, like
小爱同学). Violations: 健康首选, 有效预防心梗 on 纳豆酶, 安全无毒 on 75% alcohol and 专业传染病防控 on a disinfectant
(《消毒产品标签说明书管理规范》 forbids 无毒 and disease-prevention claims), 唤醒男人力量之源 on a deer-gelatine food.
Left lawful: 田亮推荐森碟同款 and 杨洋代言 (the makers' endorsers), 产地特供 (no state organ named), 人参玉竹酒
不上火不上头 (unproven, but no rule names it), 终生质保 (a service promise).
Round 38 (ids r38sm…): 48 goods of a December-2020 Smartisan-store clone (axing333/home src/lib/GoodsData.js), each
name with the name_title selling line copied from the makers' official stores — 小米/米家/Redmi TVs, monitors, routers,
watches and a door lock, OPPO/OnePlus/realme phones and earphones (a 赛博朋克2077 and an EVA edition), a HUAWEI ECG watch,
a 左点 moxibustion box, an Alienware monitor, a 上新了故宫 watch; each maker (and the licensed properties of its editions) is
the listing's scoped own brand. 至尊纪念版 is the phone's edition name (至尊版, 至尊款 already low), 助玩家冲刺电竞巅峰 an
aspiration (目标追求 with a field word between 冲刺 and 巅峰), AIoT the industry term (never a look-alike of AITO).
Round 39 (ids r39vp…): 18 唯品会 product answers (productName + subTitle selling line, December 2018: maternal milk powders
and DHA, kids' vitamin gummies, Lancôme/OLAY/欧莱雅/佰草集/AHC/千纤草 toners) kept in a clone of the 世纪购 sjgo365.com shop
(code-index-file:15183366742); each brandShowName is the listing's scoped own brand. 嫩白 on the AHC toner is tolerated
(as the eval `real` labels it); 有助于…妈妈顺利生产 on a DHA capsule is a known miss, not listed.
Round 43 (ids r43…): 220 listings of the KOBE test set (Chen et al. 2019: Taobao listings of 2018, each title with the
recommendation copy a 达人 wrote for it for 有好货-style channels), as a 2019 DeeCAMP copywriting project kept it
(bearblog/deecamp19_AI_copywriter_server KOBE_model/core/dataloading/test.src.str + experiments/baseline/reference.txt: one
description per distinct title, every 6.6th of the 1,462 titles; the set is tokenised one character a token and lower-cased,
so spaces are removed and English words run together; ids r43kb-<line>; the 2020 社区团购 shop data the search also offered
(24wings/noom) was dropped: it is in eval `real`, as round 38 found). The maker leading a title (and licensed properties:
辛普森一家, 凯蒂猫, 兰博基尼, 迪士尼; adidas's Yeezy line) is the listing's scoped own brand. Platform 极限词 (绝对, 一流, 绝佳, 绝版, 极致, 逼格) are
violations as in earlier rounds; 原装宝马 on an aftermarket armrest is an unauthorised brand claim; r43kb-4792 (粗粮饼干:
高饱腹，不怕胖) was missed before the round's rules. Known misses, not listed: r43kb-4473 and r43kb-4675 (分享自桔子折特卖网
with the juzizhe.com page address, its http:// and slashes lost to the tokenising). Left lawful: 乔妹同款 on a 兰芝 lipstick (宋慧乔 was
Laneige's endorser and wore it in 太阳的后裔: the brand's own endorser, as r38sm-1000318), 可爱米奇 in a 米菲 cup's title
(a character keyword, no claim), 20年质保 (a service promise).
Round 42, English Shopify shops (ids r42…): 248 products of the Man + Woman boutique in Kelowna, BC, as its
products.json was kept by a shop-finder project in 2021 (BenMcLoughlin/bens-remote-shop-hopper-api manWomanData.json:
title + body_html, HTML removed, list items and paragraphs joined with “ | ”, a repeated description kept once; the
resold brands' own copy — Levi's, AG, Ksubi, Rails, Brixton, Zanerobe, Dr Denim, Banks, Daydreamer band tees, Tofino
Towel, Sol Sana, EMU, Leah Alexandra jewellery, plant fertiliser, candles; ids r42mw, each listing's vendor scoped as its
own brand), 16 products of the Herbs & Potions CBD shop (AAlcazar5/herbspotions app/lib/products.ts, 2025: oils,
softgels, gummies, muscle gels, pet oils and dog treats; ids r42hp) and the Healing Hollow Cough Calm Rub kept as an
API example in the same shop-finder project (r42hh). “the ultimate …”, “best-in-class”, “only the finest ingredients”,
a best-seller claim after the brand's name (“ZANEROBE Flintlock Tee - best selling basic Tee”, first read as lawful, as
r20bb-04130), disease words on CBD goods and CBD for pets are violations; a brand's own bestseller (“Neuw's bestselling fit”), “look
your best”, band names on licensed tees and eco-friendly (kept low) stay lawful. The bamboo towel “Resistant to odor, mold, mildew and
bacteria” (missed at first) is a violation like bacteria resistant. Known miss, not listed: r42hp-7775064752349 (CBD roller
“In the instance of pain, the relief can last for up to four hours”: pain relief is kept low, lawful on an OTC analgesic).
Round 46 (ids r46et…): 25 Etsy listings of a 2016 API answer for “whiskey” kept by a class project (SimplyyQunda/Etsy-Search-Page
estydata.js: title + description, lines joined with “ | ”, cut at a line under 1,500 characters): engraved decanters, whiskey stones,
dictionary-art prints, barrel rings, vintage jugs, labels. Violations: Game of Thrones and Star Wars decanter sets (Star Wars hidden by
this file's common own brand 迪士尼, so the Star Wars set is held to its “the best and highest possible tech available”), Captain Morgan
groomsman labels, “Ink is FDA approved”, “Hurry as stock is selling fast”. ShirtCandy's “eco-friendly inks” is kept low (policy, as
round 42). Links to the seller's own Etsy shop are NEEDS_CODE as in round 16.
Round 47 (ids r47wm…): 39 Walmart.com Baby-department listings of a 2016 search answer kept as a React facets demo's data
(electrode-io/electrode-explorer client/demo-modules/@walmart/wmreact-facets/demo/data/demo.js at 15dca9e: title + shelfDescription
bullets joined with “ | ”; one item without a shelfDescription left out): diapers, wipes, car seats, cribs, strollers, toddler
clothes, maternity tops. Each brand field is the listing's scoped own brand (Walmart for its Parent's Choice label, Disney on
Huggies' Mickey designs, Carter's for Child of Mine). All lawful: “Luvs' largest absorbency area ever” compares the brand with
itself, “Meets or exceeds U.S. safety standards” states compliance. The First Years tub “voted BEST bathtub in BabyCenter's
Moms Picks 2014 awards” names the award and its year (NEEDS_CODE: the award stands beyond the lawful-use window).
Round 51 (ids r51…), long selling copy in categories where claims over-fire: 37 网易严选 goods with their
simpleDesc selling line as a Taro shop clone kept its API answers in 2023 (gaoc251/taro-shop src/mockData at 1e0479b: bedding
sets, silk pillowcases, sausages, toast, canned peaches, snacks, bin bags; ids r51yx, 网易严选 their own brand; a set already
in eval `real` left out), 68 goods of the 卖座 mall (maizuo) with their slaveName selling line, 2020 (zehuichan/vant-mall-tpl
src/views/tabs/mock.js and the older home mock: fruit, eggs, frozen meat, snacks, cross-border Swisse, SK-II, Kiehl's and
lipsticks, rice cookers, a neck massager, bedding, towels, hand sanitizers and disinfectant sprays, baby wipes; ids r51mz,
each resold brand scoped to its listing) and 99 Chewy dog-food listings of 2025 kept by a pet-food project
(trilu/lupito-content data/chewy/chewy-dataset.json: title + the Key Benefits bullets and the description, the repeated
bullets and the Specifications left out, cut at a bullet under 1,500 characters; every tenth of 1,023 distinct
descriptions, Chewy's four category pages left out; ids r51cw-<Chewy item number>, each brand field scoped to its listing).
Violations: 极致奢享 (platform 极限词), 阿玛尼走秀御用彩妆 on a KIKO lipstick (another house's name borrowed), 预防脚腿抽筋 on
a calcium supplement, 低频脉冲热敷理疗 on a household massager, and on dog food the best / finest / the ultimate / highest
quality, weight-loss and diabetes claims, “reduce inflammation”, “build a dog's immunity … protection against
environmental stress” and “fewer sick days”. Left lawful: real chicken “as the #1 ingredient” (the ingredient list's
order), “guaranteed live probiotics” / “guaranteed amounts of probiotics” (a guaranteed-analysis minimum), lamb raised
“without steroids or added hormones” (a USDA animal-raising claim), 消毒/杀菌/除菌 on hand-sanitizer gels and disinfectant
sprays (what a 消毒产品 does), 自然糖心 in an apple (no 自然堂) and “energy levels, and coat” (no Levi's). Known misses, not
listed: r51cw-115537, -1724358, -121056, -45075, -922238 (“bolster/boost/strengthen the immune system” on dog food
with no disease named: round 29 reads immunity claims on pet food as violations, the frame needs a disease cue) and
r51mz-3847 (促进胶原蛋白生成 on an imported collagen drink: a function claim on a food, no rule reads it).
Round 56 (ids r56…), copy where lawful cosmetic and health wording looks like a violation: 44 skincare products of a
2024 K-beauty shop project's database with the brands' own product-page copy and directions (MHN3003/Project
miinkglow.sql at 3bc175a423e4: Beauty of Joseon, Glow Recipe, LANEIGE, belif as sold by Sephora, Sulwhasoo; description
and instructions joined with “ | ”; ids r56mg-<proID>, the brand read from the image host scoped as own brand) and 5 JD
listings a 2017 vending-cabinet app kept as its ad list (yanghuixin/trunk AdListRes.java at c0c46d738591: title = the
advertDesc, description = the content; ids r56yt-<id>): an OTC 六味地黄丸 with its 功能主治, 汇仁肾宝片, a 善存 children's
chewable with its full 保健食品 label (国食健字, 保健功能：补充多种维生素及矿物质), and a “Big Jim” male supplement.
Violations: “helping to reduce hyperpigmentation” / “prevent hyperpigmentation” (a drug claim; the SPF 45 balm's
monograph claims do not include it), an unqualified “A bestselling moisturizer”, “the best synergy”, 肾宝片 sold as
用于事后补充“肾透支”的高档调理滋补品, 强精固肾…延时持久…勃起药. Left lawful after a data fix: 六味地黄丸（浓缩丸）'s
“功能主治：滋阴补肾” (the pill forms 浓缩丸/水蜜丸/大蜜丸/小蜜丸 and 地黄丸 now name a drug). Known miss, left out: 善存
女士复合维生素片 “平衡营养缓解压力” on a 非食健字 imported supplement (a function claim with no rule reading 缓解压力).
Round 59 (ids r59…), Chinese 淘客 coupon-feed copy: 15 women's-clothing items of a 2019-10 淘宝联盟 material-search answer kept
in an Android app's bean (code-index-file:2047206910: title + short_title + item_description, ids r59tb), 10 items of a 2020-03 淘客
backend's API doc with real 维易/淘宝联盟/好单库 answers (hclxx/docs api/lianyoupin weiyi.md, tbk-home.md, tbk.md; its hdk.md was round
33's; ids r59wy), 2 京东 items of a 折淘客 API doc (code-index-file:67570772692, ids r59zt) and three 母婴 items (a 2023 淘宝联盟
children's lutein gummy r59lm, a 2018 牙胶 r59zr, a 好单库 产妇卫生巾 r59kl) and 22 cosmetics of the 淘宝产品库 (taobao.product.get
answers of 2009–2011 cached by a 淘宝客 cosmetics site, tasfe/dootaoke: name + desc, HTML removed, paragraphs joined with “ | ”; ids
r59dt-<product_id>, junk and empty descriptions left out; each brand scoped as its own). Violations: 抗病毒 and 增强肌体防御能力 on a juice drink,
保护视神经 on a children's gummy; on the cosmetics 美白/抑制黑色素 without a 特证 number, 防止唇部黑色素生成, 去除痘痘, 促进新陈代谢 and
提高人体免疫功能, EGF 消炎, 逆转细胞损伤, 消除产后抑郁症状, 第一款, 最先进, 顶级, 绝对, 无与伦比. 第一剂/第二剂 (a two-step mask) is an ordinal. Left lawful: 【薇娅推荐】 (the live-streamer did sell it; kept low), 收藏+购物车=赠送运费, 线下同款, 产妇的优质选择.

Round 58, English (ids r58hp…, r58sd…): 199 Amazon.com listings of the Health & Personal Care item metadata of the Amazon
Reviews 2023 dataset (McAuley Lab) as a Q&A project kept a sample of it (shalinanvai/reviews-qa
meta_Health_and_Personal_Care.jsonl at 33127d4265f7: title + the features bullets and the description joined with “ | ”, cut
at a bullet under 1,500 characters; the first 220 listings with text in file order, a title repeating another's first 60
characters left out; ids r58hp-<parent_asin>, each store field scoped as its own brand): vitamins and supplements (Nature's
Bounty, Solgar, Schiff, Centrum, Emergen-C, Nordic Naturals, Rainbow Light, Life Extension and many small sellers), Amazon's
own brands (Amazon Elements, Solimo, Amazon Basics), TULA, Kleenex, Gold Bond, Vicks ZzzQuil, skin serums, pill organisers;
and (ids r58sd-<ASIN>) 5 Amazon.com skin-care listings a Flask shop clone's seed.py kept with their “About this item”
bullets (code-index-file:7825706235, items of 2023: Dove Beauty Bar and Beauty Cream, eos body lotion, CeraVe Cleansing
Balm, BodyRefresh shower steamers). Violations (84): best / finest / highest quality / the ultimate / #1 and best-selling
claims, detox, weight-loss, hair-loss, acne, cough and immunity claims on supplements, collagen stimulation on cosmetics,
doctors' and dermatologists' recommendations, “clinically proven to be the softest” (Kleenex), 100% satisfaction guarantees
as in round 4, BulkSupplements.com (a web address leading the title, as round 32), Dove's “#1 dermatologist-recommended
Beauty Bar”, “The Greatest Mothers Day Gifts”. Measured before rules: 7 of 120 lawful listings flagged (5.8 per 100):
Amazon's own-brand “Satisfaction Guarantee: We're proud of our products. If you aren't satisfied, we'll refund you” (3),
“Best to take both at once at night”, 21st Century “Vitajoy” read as Vitasoy, “delicious omega-3 treats for children”, the
FDA disclaimer in its noun form (“not intended for the diagnosis, treatment, cure, or prevention of any disease”); after: 0.
Known misses, left out (15 of them added back by round 27 c105 with class rules, see VIOLATIONS; the 5 unclear ones and PURE + SIMPLE's “healing” lip balm — healing as an adjective, as on Gold Bond's Ultimate Healing lotions that round 57 judged lawful — stay out): r58hp-B00NYPST74 (VitaBeard: "the perfect natural choice for maximum beard growth", "the cleanest,
most studied ingredients" (superlatives after the; no rule)); r58hp-B08PP58ZL7 (UpGo elderberry: "an immunity booster, and
an inflammation reducer" (inflammation as a noun phrase; no rule)); r58hp-B07WLPTK89 (Micro Ingredients lime powder: "the
most nutrient dense food on the planet" (no rule)); r58hp-B07W9B48ZJ (Micro Ingredients black currant powder: "the most
nutrient dense food on the planet" (no rule)); r58hp-B06W594VB4 (Webber calcium: "help prevent bone deterioration ...
prevent of muscle cramps" (no rule)); r58hp-B0896WWK9P (Angry Supplements Hair Envy: "heal your hair", "jump start hair
growth" (no rule)); r58hp-B08DWYKB92 (EpaPlus collagen: "prevents the wear suffered by the cartilage" (no rule));
r58hp-B00KMW68RA (Fierce-5: "top of the line ingredients" (unclear)); r58hp-B01DJLE0NY (GUM orthodontic wax (a device):
"RECOMMENDED BY PROFESSIONALS" (no rule)); r58hp-B002NQCIFO (novelty candy, title only (unclear)); r58hp-B08QV55NBK
(Nature's Stance: "made with the highest standards of production" (no rule)); r58hp-B09KCJX1VW (Greeniche: "improve vision",
"boost the mental capabilities" (unclear)); r58hp-B0BNP3J38C (Swanson vitamin C: "SUPPORT FOR THOSE WITH IMPAIRED GLUCOSE
TOLERANCE" (unclear)); r58hp-B003OD4L0K (dog joint juice: "Make the ruff pain days go away ... relieve joint problems in
dogs" (no rule)); r58hp-B00XQMIMCM (hair serum: "The ONLY Formula With 10 Natural Exotic Oils" (no rule)); r58hp-B018REMP9Y
(CHEMRegen: developed by an oncologist, fatty liver from chemotherapy (no rule)); r58hp-B01IAIJ4NW (Promend fiber gummies:
"Helps fight yeast and harmful bacteria" (no rule)); r58hp-B09YS7MRNS (New Roots: "one of the most beneficial probiotics"
(unclear)); r58hp-B016L45IV4 (Rainbow Light Certified Organics prenatal: "The first and only multivitamin to deliver ..."
(no rule reads "the first and only"); the organic-certification finding is a false alarm (a certified line));
r58hp-B072LP7QWS (PURE + SIMPLE lip balm: "soothing, healing, lip balm treatment" (a healing claim on a cosmetic; no rule
reads healing as an adjective)); r58hp-B0BG268YYS (Wellements syrup: "help little ones recover faster from the sniffles" (a
cold-treatment claim; no rule); its organic-certification finding was a false alarm (USDA Certified Organic in the title)).
Round 60, English (ids r60az-<ASIN>): 297 Amazon.in listings of January 2023 outside health and beauty, with their “About this
item” bullets (the Kaggle Amazon Sales Dataset as a data-modelling project kept it: AdityaSharma2003/Amazon_Sales_Data_Modeling_Project
amazon.csv at 0221f89dc1a4, product_name + about_product, bullets joined with “ | ” and cut at a bullet under 1,500 characters;
the 125 products whose titles real_titles.tsv already holds (amzin-…) left out): kitchen and home appliances (mixers, kettles,
irons, heaters, water-purifier cartridges, vacuum cleaners), storage and craft goods, cables, chargers, earphones, smartwatches,
networking, batteries, printers and stationery; the maker leading each title (and JBL for its Infinity speaker, Pureit for HUL,
Aquaguard for Eureka Forbes) is the listing's scoped own brand. Violations (36): unsourced best / the best / best in class /
most powerful / No 1 / India's No. 1 brand claims, “Best for Laptop/PC/Mac” (as round 4), anti-bacterial and biocide-treated
“protection against bacteria” claims on an iron and vacuum bags, “protection from harmful water borne diseases” on a purifier
cartridge, the makers' customer-care phone numbers and e-mail addresses (as rounds 32 and 36). Measured before rules: 24 of 261
lawful listings flagged (9.2 per 100); after: 7 (2.7 per 100, all NEEDS_CODE). Left lawful: water and air purifiers stating
what they remove from the water or air (“removes harmful parasites & pesticides”, “destroys the microbes in the water”),
usage hints (“Best flavoured with …”, “Best result can be seen on Drawing Paper”, “to get the best results …”), the user's own
best (“your comfortable best”, “know your best results”), the maker's own range (“our #1 longest-lasting”, “Our best battery”),
storage warranties (“Guarantee for 10 years in storage”), a compatibility limit (“operation can only be guaranteed on a PC
with …”), “instant results” of an appliance, “Microsoft Teams” as the app a webcam works with, “Connector/Converter/Adapter
Compatible for … Google Pixel”, “play store.TO set time” (a missing space, no .to link). Known misses, left out:
r60az-B0762HXMTF (KENT alkaline pitcher: “Alkaline water helps in reducing acidity … boosting immunity” (no rule reads the
gerund on a water pitcher)); r60az-B08GJ57MKL (Coway air purifier title “Longest Filter Life 8500 Hrs” (no rule reads
longest)); r60az-B08HVL8QN3 (Mi power bank “Best-in class specs” (the hyphen-space spelling)).
Round 61, Indonesian (ids r61sp…): 138 Shopee Indonesia listings of 2022 that a class project scraped from shopee.co.id
product pages (BlueBeret/Tokopedia-Product-Scrapping data_clean.json at 1691587e66c3, its Page_URL naming shop and item:
product_name + deskripsi; mis-decoded emoji removed, lines joined with “ | ” and cut at a line under 700 characters; a
seeded sample of the 1,429 distinct titles — clothes, shoes, bags, watches, phone and motorbike accessories, snacks, baby
goods, cosmetics; ids r61sp-<item id>). Listings with Indonesian superlatives (termurah, terlaris, terbaik, paling …),
health claims or replica-grade wording were left out before the review (the scanner reads no Indonesian), and so were 16
more violations the review found that no rule reads: a pirated book (“Kualitas : Non Original”), random brand-logo prints,
“Zaraa” trousers, a lash “serum” mascara, vapes with leetspeak brands (V4PE UEWEL CALIIBURN), an obfuscated iPhone mystery
box (PPPH0000N), “IP 12 … ORIGINAL ASLI”, converse_tanpa box sneakers, a kojic-acid soap against pigmentation, Higgs Domino
gambling chips, an unclear “exx”, a pipe filter against carcinogens, TERENGKAP DAN TELARIS (misspelt superlatives), Weekend
Offender / Lonsdale caps and a pillow's spaced “Anti - Bacterial”. Violations: Rolex “SUPER PREMIUM” with the shop's
machine warranty, G-Shock “Kualitas : Super”, Mizuno, Adidas Neo and CK names on unbranded goods, PAMPERS on Baby Happy
pants, phones named as the prizes of paid mystery boxes, a goat-milk powder that lowers diabetes, “Best service”. A resold
Casio is scoped own brand. Indonesian ordinary words that are (or are one edit from) brand names stay quiet: barang,
Gandum, Nomor, Bantal, Kiloan, koin, jamsport, Bali (lookalike_words.csv) and pola, bawang, mobil, tiga (words: of Pola,
Bawang, Mobil, Ultraman Tiga).
Round 63 (ids r63…), Chinese 保健食品 label text and clothing ad copy: 130 registered blue-hat products, a seeded
sample (seed 6328) of the 209 with their 适宜人群 of a 2023 health app's seed (indulgers/zhuiyuan
images/community/generateSql.sql at c73cd9b8ca0c: 同仁堂, 汤臣倍健, 总统牌, 胡庆余堂, 红牛, 自然之宝 …; title = product
name, description = 批准文号 | 主要原料 | 适宜人群 | 不适宜人群 | 食用量及食用方法 | 贮藏方法 | 注意事项 as a JD/Tmall
保健食品 page lists them; ids r63bh-<row>), and 90 AdvertiseGen (ADGEN) e-commerce clothing ad texts, a seeded sample
(seed 6363) of dev.json with no <UNK> token, a repeated opening kept once (chibinjiang/ChatGLM2-6Bin
AdvertiseGen/dev.json at 60098197ce30; title = the attribute values of `content`, description = `summary`; ids
r63ag-<line>). A registered product's approved 保健功能 (免疫力低下者, 血脂偏高者, 有化学性肝损伤危险者) and the
diseases its 不适宜人群 and 注意事项 name (慢性腹泻者, 如出现腹泻，请立即停止食用, 服用治疗药物的人群…应向医生咨询)
are lawful; the brands on the registered products are scoped own brands per listing. Two 汤臣倍健 rows whose seed left
注意事项 empty lack 本品不能代替药物 and are violations as the text stands. Clothing copy: 绝对, 极佳, 极致/无与伦比,
上上之选, 至佳, 精美绝伦 and a 最-superlative are violations (platform 极限词, as earlier rounds).
`source` names repository,
path, commit and row key. Every listing was read by hand.

VIOLATIONS carry wording a regulator or a platform acts on and must keep a high/medium finding of
the named rule; every other listing is lawful and may have no high/medium finding. The listings'
own brands (Lenovo on a Lenovo laptop, Pokémon on a licensed costume) are in
real_descriptions.own_brands.txt. NEEDS_CODE lists lawful listings whose false positive a data
change cannot remove."""
import pytest

from heldout_support import HELDOUT, assert_plain_text, check_reviewed, described, lawful_params, read_rows, \
    severe_by_listing

TSV = HELDOUT / "real_descriptions.tsv"
OWN = HELDOUT / "real_descriptions.own_brands.txt"

VIOLATIONS = {
    # a 医用敷料 (medical device) sold as 医用面膜 with 提亮肌肤/补水美肌: NMPA — no device is a 面膜
    # (session twelve, claim kind device_misnamed; the listing was first read as lawful)
    "hdk595608493653": "AD-MED-医用面膜",
    "az10k-4c69b61db1": "AD-ABS-EN-best in the world",  # longboard: BEST IN THE WORLD, second to none
    "az10k-2c55cae269": "AD-ABS-EN-the best",           # 3D pen filament: the best 3D drawing experience
    "va-B0BN283ZW7": "AD-ABS-EN-the best",              # tape roller: the best adhesive dot roller
    "va-B093BVL5SC": "AD-ABS-EN-the best",              # monitor riser: the best choose for your Monitor Riser
    "va-B07HY8X46F": "AD-ABS-EN-the ultimate",          # tablet: The ultimate user experience
    "ylwj-79": "AD-ABS-极品",                           # tea: AKBAR系列极品英式红茶 (platform 极限词)
    # round 3: a 好单库 coupon feed (majiaxue/jikehui): Tmall titles with the feed's promo copy
    "hdk17356074425": "AD-MED-美白",     # 欧诗漫 珍珠白 美白淡斑 without 国妆特字
    "hdk19478096364": "AD-MED-美白",     # 欧诗漫 美白淡斑 without 国妆特字
    "hdk41244724232": "AD-MED-F-med-treat1", # 苦荞茶: 降三高, 减肥, 排毒
    "hdk556923025304": "AD-ABS-王中王",   # 坚果才是零食王中王 (platform 极限词)
    "hdk557593086453": "AD-MED-F-med-food-skin", # grain tea: 喝出健康好气色, 无湿一身轻
    "hdk561751505099": "AD-ABS-行业龙头",  # 中国面包行业龙头企业
    "hdk562563183319": "AD-GUAR-F-guar-refund", # drain unclogger: 无效退全款
    "hdk568750839115": "AD-MED-化痰",    # flower tea: 润肺, 化痰
    "hdk573936252891": "AD-MED-F-med-func1", # barley tea: 降血糖, 减肥, 清热解毒
    "hdk574929291558": "AD-MED-F-med-func", # electric gua sha: 疏通经络, 瘦, 理疗
    "hdk578010904668": "AD-MED-淡化色斑",  # 祛斑霜: 黄褐斑 妊娠斑 without 国妆特字
    "hdk578504974101": "AD-PUB-撩妹",    # snacks: 撩妹撩汉的小套路
    "hdk579606131150": "AD-MED-祛斑",    # 面膜粉: 美白祛斑祛痘印, 纯中药配方
    "hdk580369468494": "AD-ABS-至臻",    # 至臻修护精华 (platform 极限词)
    "hdk580521150500": "AD-MED-美白",    # 烟酰胺原液: 美白亮肤, 重返18岁
    "hdk583714562448": "AD-ABS-行业龙头",  # 中国面包行业龙头企业
    "hdk584894072196": "AD-MED-补血",    # dates: 补血
    "hdk586167383635": "AD-MED-F-med-slim", # 鲜花饼: 怎么吃都不胖
    "hdk586290624438": "AD-MED-F-med-func", # 氨糖钙片: 增加骨密度, 修复关节劳损
    "hdk586506017068": "AD-MED-壮骨",    # children's calcium: 强壮骨骼, 助力成长
    "hdk589935177877": "AD-MED-排毒",    # foot patch: 排毒 祛湿 改善睡眠
    "hdk590769856107": "AD-ABS-不二之选",  # 咸鸭蛋: 不二之选
    "hdk591138974719": "AD-IND-F-ind-notbuy", # 现在不买，当季被宰
    "hdk591241077504": "AD-IND-疯抢",    # 全网商家都在疯抢
    "hdk591951673017": "BRAND-CELEB",  # 巨星吴亦凡同款
    "hdk592157937129": "AD-MED-HF-不能代替药物", # 蓝帽子 氨糖 without 本品不能代替药物
    "hdk592422572010": "AD-MED-F-med-func1", # 桂圆: 补气血
    "hdk594622906213": "AD-MED-F-med-slim", # snacks: 好吃不胖
    "hdk595314360956": "AD-MED-美白",    # body wash: 美白
    "hdk596143624812": "AD-MED-减肥瘦身",  # 彝族古方 navel patch: 减肥瘦身, 宫寒痛经
    "hdk597264329742": "AD-MED-F-med-func-fixed", # 葡萄籽VC: 超强抗氧化, 抗衰老保护伞
    "hdk598007077453": "AD-MED-美白",    # 安瓶精华水: 美白, 去红血丝
    "hdk598154431324": "AD-MED-祛湿",    # grain tea: 祛湿, 减肥
    "hdk598789041199": "AD-MED-止痛",    # 艾灸贴: 活血止痛
    "hdk599720851349": "AD-MED-F-med-slim", # snacks: 好吃不胖
    "hdk600010663061": "AD-MED-F-med-func", # VC: 提高身体免疫力, 吃出白皙好皮肤
    "hdk601074799935": "AD-MED-HF-不能代替药物", # 蓝帽子 钙片 without 本品不能代替药物
    "hdk6708542255": "AD-MED-美白",      # 欧诗漫 美白洗面奶
    # round 4: Amazon.in pet supplies (gostgmaer/fullStackEcommerce, a crawl-feed sample) and Etsy API listings
    # (nikitasmg/ra-16-3): unqualified superlatives and guarantees Amazon's listing rules forbid, disease and
    # pesticide claims on pet goods, unlicensed characters, links to other sites
    "azpet-B09WD85VB3": "AD-ABS-EN-best",          # gives best attractive design house
    "azpet-B082TPWZ4Y": "AD-ABS-EN-best",          # is your best choice
    "azpet-B07D53MCQC": "AD-ABS-EN-best",          # title: Best Tools for Trimming
    "azpet-B07TBQ8YJ8": "AD-ABS-EN-best",          # title: Carriages Best for Cat
    "azpet-B071F1FN2Z": "AD-ABS-EN-best",          # title: Pets Empire Best Stainless Steel ...
    "azpet-B07HMTPRFX": "AD-ABS-EN-best",          # title: Best Antifungal Drybath
    "azpet-B09PBYSPYD": "AD-ABS-EN-best quality",  # BEST QUALITY, best tool to kill boredom
    "azpet-B09DKNHN5R": "AD-ABS-EN-best",          # best tool to kill a birds boredom
    "azpet-B0B58JRM7K": "AD-ABS-EN-the best",      # One Of The Best Toys
    "azpet-B08S3VHTHQ": "AD-ABS-EN-best",          # title: Bird Toys Best for Love Bird
    "azpet-B097MRGGPX": "AD-ABS-EN-best",          # pellets size is best designed for ...
    "azpet-B079CKFCZX": "AD-ABS-EN-best quality",  # best quality ingredients
    "azpet-B0B6VBN4C9": "AD-ABS-EN-the best",      # the best choice, the best gift, the strongest suction
    "azpet-B09MZ4P67K": "AD-ABS-EN-best",          # best treat to train your pet
    "azpet-B098BLT8FM": "AD-ABS-EN-best",          # Best Gag Gift Ever
    "azpet-B0B2938VJD": "AD-ABS-EN-the best",      # The Best Enjoyment For Your Small Pet
    "azpet-B08VNY6PJV": "AD-ABS-EN-highest quality", # receive the highest quality Product
    "azpet-B01BG1UZG0": "AD-ABS-EN-unparalleled",  # unparalleled quality and service
    "azpet-B06XXZCZ5F": "AD-ABS-EN-unmatched",     # unmatched warmth and comfort
    "azpet-B09ZB6FMC6": "AD-ABS-EN-best",          # best care to your lovely pet birds
    "azpet-B09M45BDBM": "AD-ABS-EN-the safest",    # the safest and the most healthy product
    "azpet-B08Z8GXQP2": "AD-GUAR-EN-100% safe",    # natural materials which are 100% safe
    "azpet-B01N07AOBT": "AD-GUAR-EN-100% guaranteed", # 100% GUARANTEED
    "azpet-B07RYPRTD2": "AD-GUAR-EN-100% satisfaction", # 100% Satisfaction guarantee
    "azpet-B07MJX795R": "AD-GUAR-EN-guarantee",    # 100% satisfied guarantee
    "azpet-B09NWDK9GX": "AD-GUAR-EN-guarantee",    # lifetime print/design guarantee
    "azpet-B09WRWH281": "AD-GUAR-EN-guarantee",    # a guarantee for your cat being safe under any situation
    "azpet-B09FZ7MMTW": "AD-MED-F-en-treat",       # nail caps: prevention of cat scratch disease
    "azpet-B07Y9L8D96": "AD-MED-F-en-treat",       # bird toy: relieve bite hair depression
    "azpet-B07HCMHW3X": "AD-MED-F-en-treat",       # cage mat: Prevent Pet Skin Disease
    "azpet-B0827V38ZN": "AD-MED-EN-antimicrobial", # litter spray: disinfectant and antimicrobial agent (pesticide claim)
    "etsy-708099714": "AD-GUAR-EN-guarantee",      # I guarantee that it is 100% NATURAL
    "etsy-708099656": "AD-ABS-EN-finest",          # We offer only the finest cabochon
    "etsy-225003193": "CONTACT-LINK",              # FOLLOW ME ON PINTEREST / FACEBOOK links
    "etsy-293648933": "CONTACT-LINK",              # link to previewmyname.com; OUR TOP SELLER
    "etsy-692442718": "BRAND-UNAUTH",              # Harry Potter phone case
    "etsy-704583878": "BRAND-UNAUTH",              # Harry Potter phone case
    "etsy-645886062": "BRAND-UNAUTH",              # Harry Potter chocolate lollipops
    "etsy-706280786": "BRAND-DUPE",                # inspired by Louis Vuitton phone case
    # round 5: the 御泥坊 brand app's own catalogue, 2017 (bwie class projects kept the API answers:
    # pangbaobaoba/wangxin, zhaoyongsheng123/zhao2): title + selling points (+ the blurb)
    "ynf-5": "AD-MED-F-med-treat",       # eye mask: 消除眼部疲劳
    "ynf-8": "AD-MED-美白",              # 美白 (a 特证 said, no 国妆特字 number shown)
    "ynf-10": "AD-MED-美白",             # 补水美白 越睡越白
    "ynf-12": "AD-MED-美白",
    "ynf-121": "AD-MED-美白",
    "ynf-185": "AD-MED-美白",
    "ynf-253": "AD-MED-美白",            # 美白嫩肤睡眠四件套: 美白补水 净白如初
    "ynf-343": "AD-MED-美白",            # also 夏日美白首选
    "ynf-1101": "AD-MED-美白",
    "ynf-1652": "AD-MED-美白",           # 礼盒五件套: 美白提亮
    "ynf-203": "AD-MED-改善痘痘",
    "ynf-1212": "AD-MED-祛痘",
    "ynf-1675": "AD-MED-祛痘",
    "ynf-903": "AD-MED-清痘",            # 控油清痘, 和黑头痘痘说拜拜
    "ynf-13": "AD-MED-休止痘痘",
    "ynf-514": "AD-MED-净痘",
    "ynf-205": "AD-MED-净痘",            # 净痘淡印护理两件套
    "ynf-319": "AD-ABS-首选",            # 补水首选 (platform 极限词)
    "ynf-1830": "AD-AUTH-F-auth-expert", # 已获权威机构SGS认证, 首款
    # round 6: a 2018 淘客 coupon feed (轻淘客/好单库 answers kept in an app's entity classes,
    # CrackgmKey/Bearbear: Tmall title + the feed's promo copy) and a cross-border mall's imported
    # cosmetics with their selling line (pidan-518/client-h5, 2020); genuine brands resold are own brands
    "r6b578857422906": "AD-ABS-首选",            # 孕妇装: 时尚辣妈的首选 (platform 极限词)
    "r6b577373259763": "AD-ABS-最好",            # 安抚巾: 给宝宝最好，最安全的
    "r6b575579911205": "AD-ABS-极佳",            # 上身效果极佳 (platform 极限词)
    "r6b577026190610": "AD-ABS-极致",            # 雪地靴: 极致保暖 (platform 极限词)
    "r6b560186514715": "AD-AUTH-医师推荐",        # baby lotion: 美国儿科医师推荐 (Art. 17/18: no doctors in cosmetics ads)
    "r6b540072429037": "AD-AUTH-医师推荐",        # the same line on a second Aveeno set
    "r6b536860770690": "AD-MED-燃脂",             # 大肚子贴: 减肥瘦身燃脂 排油, 国家准字号
    "r6b562331691081": "AD-MED-F-med-func",      # 维C咀嚼片: 提高免疫力 (beyond its 补充维生素C function)
    "r6b574777720281": "BRAND-CELEB",            # 打底裤: 唐嫣同款
    "r6b574687786461": "BRAND-DUPE",             # ZARA大牌最新款专柜同款
    "r6i908": "AD-ABS-王牌",                     # SK-II王牌成分 (platform 极限词)
    "r6i2297": "AD-ABS-独家",                    # 免稅店獨家精選
    "r6i2450": "AD-MED-防脱发",                  # 防脫髮洗髮液 without 国妆特字
    "r6i2452": "AD-MED-防脱发",
    "r6i1167": "AD-MED-净斑",                    # 淨斑液: 有效針對各類色斑 (祛斑 needs 特证)
    "r6i1610": "AD-MED-美白",                    # 亮白精華液: 卓效 美白
    "r6i492": "AD-MED-美白",                     # 美白面膜 without 国妆特字
    "r6i519": "AD-MED-育发",                     # 育髮精華素 (育发/防脱 is a special-use class)
    "r6b564908575065": "AD-MED-延缓衰老",         # 维生素E软胶囊: 延缓衰老 (a health-function claim beyond 补充维生素E)
    # known misses of round 6, not listed (no general rule yet): 红豆薏米茶 “调节身体…强身养颜” (r6b557898665022,
    # a health claim on an ordinary tea), 牙刷 “预防出血” (r6b557787124271), 麦饭石锅 “药物岩石…对人体十分有益”
    # (r6b577837217319)

    # round 7, English: Amazon.com electronics accessories with their “About this item” bullets (ozigun/ala)
    "r7al007": "AD-ABS-EN-highest quality",    # made from the highest quality materials
    "r7al017": "AD-ABS-EN-the best",           # the finest in the industry ... at the best prices
    "r7al023": "AD-GUAR-EN-100% satisfaction", # 100% SATISFACTION GUARANTEE
    "r7al028": "AD-ABS-EN-best gift",          # BEST GIFT
    "r7al029": "BRAND-UNAUTH",                 # Snoopy decal sticker, no licence named
    "r7al042": "AD-ABS-EN-the best",           # one of the best choices (Amazon forbids best wording, qualified or not)
    "r7al068": "AD-ABS-EN-the best",           # the best companion, Best Service
    "r7al073": "AD-ABS-EN-best gift",          # THE BEST GIFT
    "r7al081": "AD-GUAR-EN-gurantee",          # Product Gurantee & Service (misspelt; missed before)
    "r7al085": "AD-GUAR-EN-guarantee",         # 【Our Guarantee】 Quality assurance
    "r7al086": "AD-ABS-EN-best gift",          # [Best Gift for Kids ...]
    "r7al090": "AD-ABS-EN-best gift",          # [Best Gift for Girls or Couples]
    "r7al093": "BRAND-UNAUTH",                 # Dragon Ball Z Super Saiyan AirPods case, no licence named
    "r7al096": "AD-GUAR-EN-guaranteed",        # it is safe guaranteed
    "r7al104": "AD-ABS-EN-industry leading",   # industry leading, unparalleled
    "r7al109": "AD-ABS-EN-best gift",          # Perfect Fit & Best Gift; Simply the best
    "r7al110": "AD-ABS-F-en-most",             # the most advanced
    "r7al113": "AD-ABS-EN-best",               # Best Wireless Earbuds
    "r7al116": "AD-ABS-EN-best gift",          # Best gift
    # round 16, English (ids r16…): a 2017 Shopify dropshipping store's catalogue (kanonochina/shpy-api-installer:
    # products.json and the product lists it was built from; ids r16sp), 25 Etsy search results of 2018 for whiskey gifts
    # (alexjmitchell/Create-Etsy-Search-Page items.js; r16et), a Target product-summary sample (TYWCoder/demo-target;
    # r16tg), an Indonesian phone-case shop on Tokopedia with English titles (nhinstein/yunetshop seeder; r16tp) and
    # Amazon.in peanut-butter listings (Denni007/Arcelo; r16az). Dropshipping copy ("NO SURPRISES AT CHECKOUT!",
    # "99% reviewers recommend", "Hurry, before it is gone!", "TODAY ONLY", a bare "100% Money Back Guarantee" refund
    # promise) is lawful; the rows below make superlative, medical or no-risk claims, name others' marks, or give an
    # off-platform contact. Known misses, not listed: a cat hammock that "PROTECTS YOUR CAT FROM HAVING MOTION SICKNESS"
    # (r16sp-cat-hammock: a veterinary claim, no English rule for motion sickness yet), the Disney/Pixar character Sulley
    # on phone cases (r16tp-YS-… "3D Cute Cartoon Sulley Case", listed for their WhatsApp number; Sulley alone is not in
    # brand_db) and the Vibram brand of FUROSHIKI SHOES (r16sp-furoshiki-shoes, listed for "the only sole on the market")
    "r16sp-24k-gold-lips-powder-gel-collagen-package": "AD-MED-F-c19-en-collagen",  # eye mask: Stimulates collagen production (FDA: a drug claim)
    "r16sp-360-woof-wash": "AD-ABS-EN-the best",         # the best pet grooming tool
    "r16sp-afb": "AD-MED-EN-antibacterial",              # sports bra: breathable antibacterial (EPA/Amazon: pesticidal claim)
    "r16sp-anti-hair-loss-set": "AD-MED-EN-hair loss",   # laser comb: treat hair loss, reverse the thinning process
    "r16sp-big-cover": "AD-ABS-F-en-last-ever",          # concealer: the LAST concealer you will ever want to buy
    "r16sp-book-panel-light": "AD-ABS-EN-the best",      # the best company when reading in the dark
    "r16sp-bubble-mask": "AD-GUAR-EN-risk-free",         # risk-free ironclad guarantee, absolute ZERO risk, 100% satisfied
    "r16sp-fitness-foam-roller": "AD-MED-F-en-treat-list",  # reduced inflammation, scar tissue and joint stress
    "r16sp-furoshiki-shoes": "AD-ABS-F-en-only",         # the only sole on the market that wraps the entire foot
    "r16sp-lumi-hd": "AD-ABS-EN-unbeatable",             # a truly unbeatable deal (price superlative)
    "r16sp-ultra-water": "AD-ABS-EN-the best",           # Best-selling; provides the best protection to your iPhone
    "r16et-198373682": "CONTACT-LINK",                   # Etsy listing sends buyers to the seller's own site for a proof
    "r16et-484037920": "BRAND-UNAUTH",                   # Green Bay Packers shot glass (NFL team mark, no licence; missed before)
    "r16et-605816555": "BRAND-UNAUTH",                   # Peaky Blinders flask with the Shelby logo (missed before)
    "r16et-482683820": "BRAND-UNAUTH",                   # "my other wine gift bags - Zelda, Doctor Who, Ford, Mario Kart"
    "r16et-584345070": "BRAND-UNAUTH",                   # the same seller's list of themed bags (Zelda, Ford, Mario Carts)
    "r16az-B0C9LQ83DW": "AD-ABS-EN-highest quality",  # only the highest quality roasted peanuts, the best roasted peanuts possible
    "r16az-B0C9LQY6XC": "AD-ABS-EN-highest quality",  # only the highest quality roasted peanuts, the best roasted peanuts possible
    "r16az-B0C9LST2Z9": "AD-ABS-EN-highest quality",  # only the highest quality roasted peanuts, the best roasted peanuts possible
    "r16az-B0C9LT2J1C": "AD-ABS-EN-highest quality",  # only the highest quality roasted peanuts, the best roasted peanuts possible
    "r16az-B0C9LT4N8R": "AD-ABS-EN-highest quality",  # only the highest quality roasted peanuts, the best roasted peanuts possible
    "r16az-B0C9LTBXGP": "AD-ABS-EN-highest quality",  # only the highest quality roasted peanuts, the best roasted peanuts possible
    "r16tp-YS-1IwodpFluzT3qCT": "CONTACT-LANDLINE",  # Fast Response WA : 0898… (WhatsApp number; missed before)
    "r16tp-YS-zLSArjCtMIoaQTB": "CONTACT-LANDLINE",  # Fast Response WA : 0898… (WhatsApp number; missed before)
    "r16tp-YS-gYnUp9aOeBZQ35e": "CONTACT-LANDLINE",  # Fast Response WA : 0898… (WhatsApp number; missed before)
    "r16tp-YS-pvqTsUr6nAw30R4": "CONTACT-LANDLINE",  # Fast Response WA : 0898… (WhatsApp number; missed before)
    "r16tp-YS-6ydb0gJrjIfTuWv": "CONTACT-LANDLINE",  # Fast Response WA : 0898… (WhatsApp number; missed before)
    "r16tp-YS-XvevG2Qwy3hbGFB": "CONTACT-LANDLINE",  # Fast Response WA : 0898… (WhatsApp number; missed before)
    "r16tp-YS-Drb9jFhBKtcFAXl": "CONTACT-LANDLINE",  # Fast Response WA : 0898… (WhatsApp number; missed before)
    "r16tp-YS-W87CQkWABnXVjiU": "CONTACT-LANDLINE",  # Fast Response WA : 0898… (WhatsApp number; missed before)
    "r16tp-YS-BLzohpqw9qIBvhK": "CONTACT-LANDLINE",  # Fast Response WA : 0898… (WhatsApp number; missed before)
    "r16tp-YS-ul7hLcLCJdO897X": "CONTACT-LANDLINE",  # Fast Response WA : 0898… (WhatsApp number; missed before)
    "r16tp-YS-RVGiIcTylZI1EVM": "CONTACT-LANDLINE",  # Fast Response WA : 0898… (WhatsApp number; missed before)
    "r16tp-YS-AeL7HosoVXAP5Pk": "CONTACT-LANDLINE",  # Fast Response WA : 0898… (WhatsApp number; missed before)
    "r16tp-YS-PYENWil40nj9HnT": "CONTACT-LANDLINE",  # Fast Response WA : 0898… (WhatsApp number; missed before)
    "r16tp-YS-ZR5ZuddCpPdXpu9": "CONTACT-LANDLINE",  # Fast Response WA : 0898… (WhatsApp number; missed before)
    "r16tp-YS-ylMA6FZzyAfGGC0": "CONTACT-LANDLINE",  # Fast Response WA : 0898… (WhatsApp number; missed before)
    "r16tp-YS-VqkdWEVlSFFnxbr": "CONTACT-LANDLINE",  # Fast Response WA : 0898… (WhatsApp number; missed before)
    "r16tp-YS-z6DsldpRHdFNAI3": "CONTACT-LANDLINE",  # Fast Response WA : 0898… (WhatsApp number; missed before)
    "r16tp-YS-ocwjJHdfHLhnM1W": "CONTACT-LANDLINE",  # Fast Response WA : 0898… (WhatsApp number; missed before)
    "r16tp-YS-tbcXzv38RAVslJ3": "CONTACT-LANDLINE",  # Fast Response WA : 0898… (WhatsApp number; missed before)
    # round 16, Flipkart (swapnil-pisal/Major_Assessment_1: the 2016 PromptCloud Flipkart sample; ids r16fk; the
    # brand field of each listing as its own brand). Flipkart's template ("Only Genuine Products. 30 Day Replacement
    # Guarantee. Free Shipping. Cash On Delivery!") is lawful; its "at best prices" is a price superlative
    "r16fk-AIRE9B8EKTNR8J4B": "AD-ABS-EN-best",  # at best prices (a price superlative)
    "r16fk-DSUEAC6SFWFUDRPB": "AD-ABS-EN-best",  # at best prices
    "r16fk-PTYEA6SFGD4X8NAR": "AD-ABS-EN-best",  # at best prices
    "r16fk-VANDZY4YZFPEG85T": "AD-ABS-EN-best",  # at best prices
    "r16fk-VANED79Z5THRWD3K": "AD-ABS-EN-best",  # at best prices
    "r16fk-BALEGFWE2Z7GTDMS": "AD-ABS-F-c19-en-country-first",  # name initials printed for the first time in India
    "r16fk-BALEGFWGYHBSY4UE": "AD-ABS-F-c19-en-country-first",  # name initials printed for the first time in India
    "r16fk-DSTEJJ8VGMGUFVWF": "AD-ABS-EN-best quality",  # We promise to deliver best quality products at best prices
    "r16fk-KITEGFBDSYZSVBKB": "AD-ABS-EN-best",  # It's a best product for gift purpose
    "r16fk-PLWE6S4BAQKZPXMU": "AD-ABS-EN-best quality",  # comfort cushion with best quality
    "r16fk-MATEB88TF9EUTHYR": "AD-ABS-EN-best-selling",  # our most admired bestselling range in India; the softest and plushiest
    "r16fk-SHOEH4KM2W3Z6EH5": "AD-ABS-EN-the best",  # Experience the best bellies; the best material
    "r16fk-SHOEHDMYWZNYA7HH": "AD-ABS-EN-finest",  # Finest quality
    "r16fk-SHOEHEP5EWSGZ7XA": "AD-ABS-EN-the ultimate",  # FluidRide provides the ultimate combination of bounce back and cushioning
    "r16fk-SHOEHEP5H5XGFZJY": "AD-ABS-EN-the ultimate",  # FluidRide provides the ultimate combination
    "r16fk-SWIEHF3EF5PZAZUY": "AD-ABS-EN-unmatched",  # an unmatched comfort; this best fitting
    "r16fk-SHIE9WHT4M9FHMB5": "AD-SUP-F-c19-en-amulet",  # Laughing Buddha For Success And Wealth (missed before)
    "r16sp-cat-pet-dog-fur-grooming-glove": "AD-AUTH-F-en-green-total",  # rubber glove "Made of 100% recyclable material" (FTC Green Guides §260.12)
    "r16sp-comfortable": "AD-IND-EN-today only",   # PRICE $45.95 TODAY ONLY: $23.97 (SAVE 48%): a reference price with a deadline
    "r16fk-SSSEHDP9RFW7ZGNG": "AD-ABS-EN-award winning",  # National Award Winning Product (no award named)
    "r16fk-CAPEHXTRYTBBN2QK": "AD-ABS-EN-best",    # The above Cap is designed to give you a best look
    # round 17, English (ids r17az…): Amazon Reviews 2023 item metadata — title, brand (store) and description —
    # of electronics, toys, musical instruments and phone accessories (Charith-Reddy-Pareddy/distributed-ecommerce-
    # recommendation-analytics-system data/amazon_products.json); each listing's brand field is its own brand, and the
    # licensed property of licensed goods (Funko TMNT, Sanei Super Mario, Dark Horse Game of Thrones, Jada Ford) too
    "r17az-B07C4YHF4L": "AD-GUAR-EN-guarantee",        # earbud tips: "3 Eartips Guarantee!" in the title (Amazon: no "guaranteed" in titles)
    "r17az-B06XKRXLDR": "AD-ABS-EN-number one",        # iPad case: "its best seller case … an number one seller!"
    "r17az-B07DJTFQ5Z": "AD-ABS-EN-the best",          # baby toy: "It is the best activity toy for promoting baby's imagination"
    "r17az-B0B571SV2W": "AD-ABS-EN-best-selling",      # figure: "relaunching its best-selling line" (Amazon: no best-seller claims)
    "r17az-B01BGSJIY8": "AD-ABS-F-en-most-world",      # capo: "the most affordable high-end capo on the market today"
    "r17az-B07PLLG614": "AD-ABS-EN-unparalleled",      # picks: "provides an unparalleled non-slip surface"
    "r17az-B00B6ZMBQE": "AD-ABS-F-en-ultimate-solution",  # holster: "for the ultimate carrying solution"
    "r17az-B07Y49KDHP": "AD-ABS-EN-the ultimate",      # holster: "a built-in kickstand for the ultimate ha…" (the sample cuts descriptions)
    # round 18, Chinese (ids r18wx…): a 2014 WeChat supermarket shop's catalogue (suhanyujie/WeixinShop maoyan_in.sql,
    # weixin_item: title + the 商品详情 text copied from JD/Tmall pages: 【产品功效】, ingredients, brand stories); the shop resells
    # genuine brands (多芬, 海飞丝, 德芙…), declared as own brands scoped `r18wx: 品牌`; listings without detail text are in real_titles
    "r18wx-152": "AD-MED-掉发",           # shampoo named 护根防掉发型: 防脱发 needs a special-cosmetic registration (国妆特字)
    "r18wx-175": "AD-GUAR-F-guar-skin-pct",  # shampoo: 令秀发弹性增加26% with no source (《广告法》第十一条)
    "r18wx-192": "AD-MED-止血",           # toothpaste: 止血愈伤、消肿止痛、活血化瘀; 若患口腔溃疡…效果明显 (《牙膏监督管理办法》: no medical claims)
    "r18wx-202": "AD-GUAR-无残留",        # underwear soap: 易漂洗，无残留，安全放心 (as jdh052, r12pd: 无残留 on detergents)
    "r18wx-215": "AD-ABS-知名度最高",     # 三点一刻奶茶知名度最高, 奶茶市场的代言人
    "r18wx-216": "AD-ABS-知名度最高",
    "r18wx-218": "AD-ABS-最新科技",       # 研发中心的最新科技 (第九条第三项)
    "r18wx-242": "AD-ABS-最适合",         # 最适合现代人的健康饮食; 通过国家级认证
    "r18wx-243": "AD-ABS-最适合",         # 最适合现代人的健康饮食习惯; 国内外最上乘的原材料; 营养保健的天然绿茶食品
    "r18wx-270": "AD-MED-减肥",           # chocolate oat bar: 减肥好伴侣 (ordinary food, 《食品安全法》第七十三条)
    "r18wx-288": "AD-ABS-绝对",           # 您绝对无法抗拒它的魅力 (platform 极限词)
    "r18wx-289": "AD-ABS-绝对",
    "r18wx-291": "AD-ABS-最好",           # 和情饼干——咖啡最好的伴侣
    "r18wx-326": "AD-ABS-极品",           # 给您带来极品般的享受 (platform 极限词)
    "r18wx-327": "AD-MED-F-med-func-fixed",  # 明列子 drink: 促进肠道蠕动，排毒养颜的功效 (ordinary food)
    "r18wx-328": "AD-MED-F-med-func-fixed",
    "r18wx-329": "AD-MED-F-med-func-fixed",
    "r18wx-330": "AD-MED-F-med-func-fixed",
    "r18wx-388": "AD-ABS-极致",           # sanitary pads: 极致柔软 (platform 极限词, as r6b577026190610)
    "r18wx-389": "AD-ABS-极致",
    "r18wx-397": "AD-ABS-亚洲最大",       # tissues: 亚洲最大的生活用纸产销公司, 世界上最先进的生产设备
    "r18wx-478": "AD-MED-减肥",           # 瘦身咖啡: 阻止脂肪吸收, 燃烧体内囤积的多余脂肪, 减肥 (ordinary food)
    # round 18: a 2014 campus shop's goods (WTQ/eco_vegetable database/eco_vegetable.sql, yf_goods: name + 商品介绍 copied from
    # JD/Tmall pages; ids r18ec…), the goods' brands scoped `r18ec: 品牌`
    "r18ec-1": "AD-ABS-最流行",           # 金丝肉松饼…是今年最流行的小吃
    "r18ec-12": "AD-ABS-绝对",            # 绝对物超所值的浓郁感 (platform 极限词)
    "r18ec-17": "AD-ABS-最大限度",        # 最大限度的保留了鱼仔的鲜香味 (platform 极限词)
    "r18ec-21": "AD-ABS-第一",            # 古井贡酒: 以“中华第一贡”为旗帜; 中国第一家…上市公司
    "r18ec-26": "AD-AUTH-F-auth-nongm",   # sunflower oil 是否非转基因：非 (no GM sunflower on China's market: 《关于加强食用植物油标识管理的公告》2018)
    "r18ec-27": "AD-ABS-销售量最大",      # 老干妈是国内生产及销售量最大的辣椒制品生产企业 (missed before: 销售量最大 added)
    "r18ec-41": "AD-ABS-至尊",            # laptop: 超前感受性能至尊 (platform 极限词)
    # round 18: a 2021 cosmetics shop's Tmall listings with their 属性 (chensimian/Cosmetics-shopping db_shopping.sql, tb_goods:
    # title, the 卖点 line, 品牌/批准文号/功效/是否为特殊用途化妆品; ids r18cs…), the resold brands scoped `r18cs: 品牌`; 美白 and 祛斑
    # with a 国妆特字 number shown (赫恩, SIVSAZ) are lawful
    "r18cs-11": "AD-MED-美白",            # mask: 补水保湿美白淡斑, 是否为特殊用途化妆品: 否 (no 国妆特字)
    "r18cs-14": "AD-MED-净痘",            # 净痘精华 祛痘水杨酸粉刺去闭口, no filing number shown
    "r18cs-16": "AD-ABS-王者",            # 欧莱雅大海王者防晒霜 (platform 极限词, as r6i908 王牌)
    "r18cs-18": "AD-MED-F-cos-marks",     # eye cream: 淡化黑眼圈, 功效: 去黑眼圈 (no cosmetic efficacy category)
    "r18cs-22": "AD-MED-美白",            # face wash: 祛痘美白…除螨虫, no 国妆特字
    "r18cs-28": "AD-MED-F-cos-marks",     # eye cream: 淡化黑眼圈, 功效: 去黑眼圈
    "r18cs-30": "AD-MED-除螨",            # face wash: 草本配方除螨, 除螨率99.79% (cosmetics may not claim 除螨/杀菌; missed before)
    "r18cs-34": "AD-MED-F-c26-repair-sensitive",  # 屏障修护乳: 修复平衡水油敏感肌肤
    "r18cs-39": "AD-MED-清痘",            # 清痘水/清痘乳/清痘精华 (as ynf-903)
    # round 20, English (ids r20bb…): BigBasket (India) catalogue, title + description, weighted toward beauty &
    # hygiene, baby care, Ayurveda and health foods (Ankitpal2929/Bigbasket-Product-Analysis-, the 2021 Kaggle
    # BigBasket sample). Each listing's brand is its own brand (BigBasket resells the makers' genuine goods)
    "r20bb-00001": "CONTACT-LINK",               # For Beauty tips, tricks & more visit https://bigbasket.blog/ (an outside link in listing copy)
    "r20bb-00005": "AD-ABS-EN-the best",         # soap: gives your skin the best care; also the blog link
    "r20bb-00006": "AD-AUTH-F-en-green-total",   # wipes: made from 100% biodegradable fabric (FTC Green Guides: unqualified degradability)
    "r20bb-00007": "CONTACT-LINK",               # multani mati: the retailer's blog link
    "r20bb-00009": "AD-MED-F-en-hair-growth",    # shampoo + conditioner: promotes healthy hair growth (a drug claim on a cosmetic)
    "r20bb-00014": "AD-AUTH-EN-scientifically proven",  # mould remover: scientifically proven to kill 99.9% of germs (no study named)
    "r20bb-00017": "AD-ABS-EN-the ultimate",     # the ultimate range of beauty care products
    "r20bb-00036": "AD-ABS-EN-finest",           # coriander dal: Finest quality …; anti-bacterial, anti-inflammatory, medicinal benefits
    "r20bb-00038": "CONTACT-LINK",               # deo: the retailer's blog link
    "r20bb-00041": "AD-ABS-EN-finest",           # EDT: the finest quality and longest lasting oils
    "r20bb-00042": "AD-ABS-EN-the best",         # soap: your skin gets the best care
    "r20bb-00046": "AD-ABS-F-en-possessive-sup", # quinoa: the world's most popular health foods; prevention and treatment of various health conditions
    "r20bb-08221": "AD-ABS-EN-the best",         # toothpaste: the best gum care; reduce those dental visits
    "r20bb-08228": "AD-MED-F-en-treat-list",     # palash powder (food): detoxify blood, reduce joint inflammation & pain
    "r20bb-08229": "AD-ABS-EN-#1",               # Axe: the World's #1 Male Deodorant brand, the best ever wingman
    "r20bb-08231": "AD-ABS-EN-the best",         # chana dal: the best protein source for vegetarians
    "r20bb-08235": "AD-MED-F-c26-en-skin-lighten",  # Lakme: Skin Lightening Night Creme (whitening is a special-cosmetic claim)
    "r20bb-08236": "AD-ABS-F-en-possessive-sup", # Finish: one of the worlds most trusted dishwashing brand
    "r20bb-16480": "AD-ABS-EN-best quality",     # saffron: the best quality; antidepressant, sex stimulant, remedy for all joint problems
    "r20bb-16481": "AD-MED-F-c19-en-good-for",   # horsegram rice mix: ideal for diabetes and weight management
    "r20bb-16484": "AD-ABS-EN-NO.1",             # Vim is the No.1 dishwashing brand in India
    "r20bb-16492": "AD-MED-F-en-hair-growth",    # hair oil: promote hair growth, prevent hair loss, reduce hair fall (cut at 1,500 characters)
    "r20bb-04114": "AD-MED-F-c26-en-skin-lighten",  # face wash: brightens and lightens your skin, helps treat acne
    "r20bb-04115": "AD-MED-F-en-treat",          # Shallaki tablets: treating rheumatoid osteoarthritis, arthritis, gout, asthma
    "r20bb-04116": "AD-MED-F-en-treat",          # Yashtimadhu: heals ulcers, treat rheumatism and arthritis
    "r20bb-04120": "AD-MED-F-en-treat-list",     # soya chunks (food): fighting illnesses, reduces the risk of osteoporosis
    "r20bb-04130": "AD-ABS-EN-bestseller",       # copier paper: a best-seller (a sales claim with no source)
    "r20bb-04131": "AD-ABS-EN-NO.1",             # butter: Frances No-1 Butter
    "r20bb-04133": "AD-MED-F-c19-en-antimicrobial-skin",  # hair oil: antimicrobial and antifungal properties, anti-inflammatory
    "r20bb-04136": "AD-MED-EN-antiseptic",       # milk drink: immunity-boosting, antibacterial, antiseptic and antifungal properties
    "r20bb-12339": "AD-ABS-EN-the best",         # quinoa: the best in grains family, the best source; suggested for weight loss
    "r20bb-12341": "AD-MED-EN-cure",             # bleach cream: A complete cure from the suns harmful rays, the first De-Tan Bleach
    "r20bb-12342": "AD-ABS-EN-the best",         # deo: France, the birthplace of the best perfumes (praise borrowed for the product)
    "r20bb-12345": "AD-MED-EN-anti-inflammatory",  # turmeric latte (food): powerful medicinal properties, anti-inflammatory
    "r20bb-12348": "AD-MED-F-en-treat-list",   # Ostoact: useful in osteoporosis (round 71: en-treat-list reads “useful in”)
    "r20bb-12355": "AD-MED-EN-diabetes",         # coconut sugar: an ideal sugar replacement for people having diabetes
    "r20bb-21467": "AD-ABS-EN-finest",           # conserve: Made with the finest ingredients
    "r20bb-21468": "AD-ABS-EN-best",             # muesli: best selected ingredients
    "r20bb-21469": "AD-MED-EN-antibacterial",    # adult diaper: anti-bacterial gel core (as r16sp-afb: a pesticidal claim)
    "r20bb-21472": "AD-ABS-F-en-first-choice",   # Pampers: the No. 1 choice of Doctors, best for your baby's skin
    "r20bb-21477": "AD-ABS-EN-best",             # ball pen: Best suitable for Precision Writing
    "r20bb-21481": "AD-MED-F-en-immune",         # flaxseed powder (food): enhances immune function, reduces inflammation
    "r20bb-21483": "AD-MED-F-c17-hair-fall",     # neem oil: reducing hair fall, promotes hair growth, skin infections
    "r20bb-21476": "AD-MED-F-r20-en-whitening-product",  # Pearl Whitening & Brightening Face Mask Sheet (missed before)

    # round 25 (ids r25…): a 2025 corporate-gift catalogue of JD-sourced goods with each item's selling copy and contents
    # (Ele-Lee/jisheng_shopping data/products_*.ts: name + features + specification; ids r25js<file>-<id>) and Stash Tea's
    # Shopify catalogue kept by a clone (e-afzal/stash app/data/products: title + product description, ingredients, steeping;
    # ids r25st). The brand field and the brands of a combo box's genuine goods are own brands scoped to the listing
    "r25js100-021": "AD-ABS-行业标杆",          # 零食行业标杆品牌
    "r25js100-032": "AD-ABS-行业第一",          # 稳居小包装食用油行业第一品牌地位
    "r25js200-003": "AD-ABS-EN-TOP1",          # 京东TOP1品牌
    "r25js300-003": "AD-ABS-EN-TOP1",          # 京东TOP1品牌
    "r25js200-062": "AD-ABS-极佳",             # 蓬松度极佳 (platform 极限词)
    "r25js300-066": "AD-ABS-极佳",             # 极佳的吸、放湿性
    "r25js400-069": "AD-ABS-极佳",
    "r25js500-051": "AD-ABS-极佳",             # 抗菌抑菌效果极佳
    "r25js300-004": "AD-ABS-极致",             # 极致性价比
    "r25js300-011": "AD-SUP-鸿运当头",          # fruit box named 鸿运当头 (the lexicon's Art. 9(8) term)
    "r25js300-044": "AD-GUAR-安全无毒",          # tableware: 安全无毒
    "r25js300-064": "AD-ABS-不二之选",
    "r25js400-002": "AD-ABS-领跑",             # 蟹卡行业领跑
    "r25js400-010": "AD-ABS-第一",             # 澳洲第一牛肉巨头, 业界数一数二
    "r25js400-026": "AD-ABS-最具",             # 最具年轻号召力, 全球最大的游戏开发商
    "r25js400-034": "AD-MED-F-med-treat",      # massage pillow: 改善颈椎反弓、变直
    "r25js400-057": "AD-MED-除菌",             # 除菌 over a set with cosmetics (洗护)
    "r25js500-040": "AD-MED-除菌",
    "r25js500-041": "AD-MED-除菌",             # 清爽除菌洁面个护
    "r25js500-021": "AD-ABS-顶级",             # 顶级材料
    "r25js500-056": "AD-ABS-至尊",             # 至尊羽绒被
    "r25js500-057": "AD-ABS-首选",             # 佳节赠礼的首选
    "r25js500-059": "AD-MED-免疫调节",          # 石斛: 免疫调节 增强抗病能力 延缓衰老 护肝
    "r25st-orange-spice-black-tea-loose": "AD-ABS-EN-finest",   # the finest cinnamon
    "r25st-cinnamon-vanilla-herbal-tea": "AD-ABS-F-en-most-world", # the single best flavor in the world
    "r25st-orange-spice-black-tea-bagged": "AD-ABS-EN-the best",  # not saying this is the best black tea out there... not NOT saying it
    "r25st-super-irish-breakfast-black-tea-bagged": "AD-ABS-EN-the best",
    "r25st-aberdeen-easy-tea-steeper": "AD-ABS-F-en-only",       # the only steeper that is completely made from ...
    "r25st-gold-stainless-steel-honey-dripper": "AD-GUAR-EN-guaranteed",  # guaranteed to never rust
    "r25st-forlife-seafoam-danjou-teapot-with-infuser": "AD-GUAR-EN-guaranteed",
    # round 26 (ids r26…): 闲鱼 PC search answers for 乒乓球拍 of 2024 (z-m-x/xianyupp, ids r26xy: one text per post, its first line
    # as the title), a goofish.com search for 电脑 kept as mock data (wfy-belief/soybean-admin, ids r26gf), Tmall UNIQLO items
    # with the 小红书 notes linked to them (Arbalest-Dcmk/vue3-arbalest-mobile, ids r26xhs), 蘑菇街 live rooms with their goods
    # (SmallCuiCui/gq-shop, ids r26mg) and amazon.co.uk menopause/keto supplements with their bullets (darkedid89/amazon-uk-
    # vitamin-listing-skill, ids r26vs). 省队专用/省队训练拍/广东省队供货剩余 on 28-yuan paddles are false team endorsements
    "r26xy-845090278669": "AD-AUTH-F-r26-auth-sports-team",  # 省队专用10星、16星乒乓球拍
    "r26xy-847582143092": "AD-AUTH-F-r26-auth-sports-team",
    "r26xy-688435084389": "AD-AUTH-F-r26-auth-sports-team",  # 省队训练拍, 此款拍子是广东省队供货剩余
    "r26xy-876732968067": "AD-IND-F-s23-no-return-shop",  # 实体倒闭，清仓处理拍下不退不换: a closing shop excluding every return (session 23)
    "r26xy-872529351967": "AD-AUTH-F-r26-auth-sports-team",
    "r26xy-847347331725": "AD-AUTH-F-r26-auth-sports-team",
    "r26xy-841397365330": "AD-AUTH-F-r26-auth-sports-team",
    "r26xy-662625818200": "AD-AUTH-F-r26-auth-sports-team",
    "r26xy-877365392535": "AD-AUTH-F-r26-auth-sports-team",
    "r26xy-774099221128": "AD-AUTH-F-r26-auth-sports-team",  # 本人原省队 … 国家队训练专用的
    "r26xy-856561436202": "AD-AUTH-F-r26-auth-sports-team",
    "r26xy-683656789588": "AD-AUTH-F-r26-auth-sports-team",
    "r26xy-873561511540": "AD-AUTH-F-r26-auth-sports-team",
    "r26xy-693142106887": "AD-AUTH-F-r26-auth-sports-team",  # 这款是省青训用拍
    "r26xy-869937660884": "AD-AUTH-F-r26-auth-sports-team",
    "r26xy-862942517107": "AD-AUTH-F-r26-auth-sports-team",
    "r26xy-850886020245": "AD-AUTH-F-r26-auth-sports-team",
    "r26xy-862968081894": "AD-AUTH-F-r26-auth-sports-team",
    "r26xy-819731284894": "AD-AUTH-F-r26-auth-sports-team",
    "r26xy-851278965780": "AD-AUTH-F-r26-auth-sports-team",
    "r26xy-841707096061": "AD-AUTH-F-r26-auth-sports-team",
    "r26xy-853456646971": "AD-AUTH-F-r26-auth-sports-team",
    "r26xy-847212215321": "AD-AUTH-F-r26-auth-sports-team",
    "r26xy-851276389183": "AD-AUTH-F-r26-auth-sports-team",
    "r26xy-772840987430": "AD-AUTH-F-r26-auth-sports-team",  # 省训专供, 球拍界的天花板, 我卖的所有牌子里最优质的
    "r26xy-831171062934": "AD-AUTH-F-r26-auth-sports-team",  # 省训专供, 顶级进攻拍, 性价比之王
    "r26xy-870434900191": "AD-AUTH-F-r26-auth-sports-team",  # 省训专供粘性胶皮
    "r26xy-844540290125": "AD-AUTH-F-r26-auth-sports-team",  # 省训专供
    "r26xy-827017907104": "AD-AUTH-F-r26-auth-sports-team",  # 省训专供, 顶级进攻拍
    "r26xy-858048743942": "AD-AUTH-F-r26-auth-sports-team",  # 省训专供
    "r26xy-849789303734": "AD-AUTH-F-r26-auth-sports-team",  # 省训特供乒乓球拍
    "r26xy-837279288579": "AD-ABS-顶级",  # 顶级进攻拍, 性价比之王
    "r26xy-848046401282": "AD-ABS-顶级",
    "r26xy-773358389536": "AD-ABS-顶级",
    "r26xy-877252783413": "AD-ABS-顶级",
    "r26xy-832509220992": "AD-ABS-顶级",
    "r26xy-737227207326": "AD-ABS-顶级",
    "r26xy-877451869981": "AD-ABS-顶级",
    "r26xy-874442820845": "AD-ABS-顶级",
    "r26xy-789107497620": "AD-ABS-最低折",  # 现在打最低折包邮
    "r26xy-881710768583": "BRAND-UNAUTH",  # 小黄人乒乓球拍 (Minions, no licence)
    "r26mg-11206350": "AD-MED-药妆",  # 日本药妆总部上新: 美白祛斑霜 without 国妆特字
    "r26mg-11206201": "AD-MED-F-r26-med-patch-shape",  # 懒人体贴膜 肚子贴美腰贴产后大肚子 贴水桶腰
    "r26mg-11205693": "BRAND-UNAUTH",  # 专柜在售款 … 酒神锁扣字母印花水桶包 (Gucci Dionysus hardware)
    "r26vs-B0CDVLVDC9": "AD-MED-F-r26-en-menopause-relief",  # EASE HOT FLASHES & NIGHT SWEATS
    "r26vs-B0F3B4M5Z8": "AD-MED-F-r26-en-menopause-relief",  # Relieves Hot Flashes & Balances Hormones
    "r26vs-B0FPB7LC6L": "AD-MED-F-r26-en-menopause-relief",  # easing menopause symptoms
    "r26vs-B0DPQLJN1G": "AD-ABS-EN-highest quality",  # Highest quality supplements
    "r26vs-B0C3RXPTJ1": "AD-ABS-EN-the ultimate",  # for the ultimate visible benefits
    "r26vs-B08WPFV3VC": "AD-ABS-EN-industry leading",  # INDUSTRY LEADING QUALITY, the finest
    "r26vs-B0DDHPT96H": "AD-MED-EN-fat burner",  # Pro BRN Fat Burner
    "r26vs-B08BWSTJBR": "AD-MED-EN-detox",  # for Detox, Cleanse
    "r26vs-B08GQHPM4R": "AD-ABS-EN-the best",  # one of the best formulated ACV supplements in the UK
    "r26vs-B0DCVYNH4K": "AD-ABS-EN-industry leading",  # Industry Leading Quality
    "r26vs-B09J8LZN89": "AD-ABS-F-en-unmatched",  # unrivalled multiple function to assist with many ailments
    "r26vs-B0DPJ5Y72Z": "AD-GUAR-EN-without side effects",  # restore energy … without side effects
    # round 27 (ids r27…): a 拼多多 toilet-paper listing with its goods_desc from a 多多进宝 goods.detail answer kept in an
    # Android bean (code index file 245687887, 2019)
    "r27pc-5901483212": "AD-ABS-最好",  # 以最好的品质…把最高的质量的产品，用最实惠的价格
    # round 28 (ids r28…): a Taiwanese momo-style shop clone's catalogue with the copy of momo/brand pages in traditional
    # characters (greneslu/momo-frontend src/productsJson.js, 2022; ids r28mo; resold brands scoped `r28mo: 品牌`), a Taiwan
    # handmade-soap shop's own site (AppleManorOfficial/applemanor details.js, 2023; ids r28am) and a Taiwan supplement
    # OEM's catalogue (lovemage/zzing src/data/catalog.ts, 2025; ids r28zz: TFDA 例句 such as 促進代謝/調整體質 left lawful,
    # 幫助入睡 — a sleep function only a registered 保健食品 may claim — a violation)
    "r28mo-004": "AD-ABS-极致",      # N°5，女性魅力的極致精髓
    "r28mo-014": "AD-ABS-最持久",    # 全新最持久的光澤肌底妝, 植村秀最專業
    "r28mo-015": "AD-ABS-史上最",    # 打造史上最美
    "r28mo-017": "AD-ABS-极致",      # 創造極致豐盈濃密的效果
    "r28mo-021": "AD-ABS-前所未有",  # 帶來前所未有的快速修護
    "r28mo-022": "AD-MED-美白",      # 激光極淨白淡斑精華: 美白成份, 淡化黑色素 (no 国妆特字 shown)
    "r28mo-023": "AD-MED-改善痘痘",  # 金盞花化妝水: 獨家科技, 改善痘痘
    "r28mo-024": "AD-ABS-独家",      # 獨家「微生態科技」, 顛覆皮膚保養新革命
    "r28mo-025": "AD-ABS-最强",      # 最強極光水
    "r28mo-027": "AD-AUTH-皇室专用", # 「靈芝」是古代皇室專用珍稀聖品 (and 青春無敵, 強大抗老化功效)
    "r28mo-030": "AD-ABS-顶级",      # 絕佳比例, 頂級乳霜質地
    "r28mo-054": "AD-ABS-最轻",      # 給您最輕鬆優質的體驗
    "r28mo-058": "AD-ABS-最快速",    # 智慧型手機歷來最快速的晶片
    "r28mo-059": "AD-ABS-最快速",
    "r28mo-060": "AD-ABS-最快速",
    "r28mo-061": "AD-ABS-最快速",
    "r28mo-091": "AD-ABS-极佳",      # 極佳廣色域視效
    "r28mo-094": "AD-ABS-最佳",      # 居家最佳浴室墊
    "r28mo-095": "AD-ABS-最佳",      # 居家最佳防滑地墊
    "r28mo-099": "AD-ABS-唯一",      # 業界唯一自動1秒收車
    "r28am-01": "AD-MED-皮肤炎",     # soap: 對青春痘，異位性皮膚炎，搔癢等肌膚問題有絕佳的改善
    "r28am-02": "AD-MED-色素代谢",   # 草本嫩白手工皂: 促進色素代謝 … 細嫩白皙 (whitening without 特证)
    "r28am-03": "AD-MED-怯斑",       # 草本怯斑手工皂 (祛斑 misspelt)
    "r28am-05": "AD-ABS-顶级",       # 頂級日本馬油皂
    "r28am-07": "AD-ABS-最天然",     # 最天然的手工皂
    "r28am-08": "AD-MED-F-med-treat", # 草本皂王: 改善疥癣、湿疹、皮膚瘙癢, 預防粉刺
    "r28am-09": "AD-AUTH-皇室御用",  # 皇室御用皂, 美容首選, 頂級玫瑰果油
    "r28am-13": "AD-MED-变白",       # 看的見的變白 變嫩 變美麗
    "r28am-15": "AD-MED-细胞再生",   # 細胞再生, 最有效, 治標並且治本
    "r28am-16": "AD-ABS-顶级",       # 北海道頂級純馬油
    "r28am-17": "AD-ABS-最上等",     # 蜂蜜嫩白蠶絲面膜: 是最上等之成品
    "r28am-19": "AD-MED-固发",       # 洗髮露: 鞏固髮根 (防脱 without 特证)
    "r28am-20": "AD-ABS-最高级",     # 台灣茶中最高級茶品，謂稱高山茶王
    "r28am-21": "AD-ABS-最高级",
    "r28am-22": "AD-ABS-最佳",       # 是送人最佳的選擇
    "r28am-23": "AD-ABS-极佳",       # 極佳的親膚性
    "r28zz-05": "AD-MED-帮助入睡",   # 夜舒眠GABA: 幫助入睡
    "r28zz-24": "AD-MED-帮助入睡",   # 蜂王乳: 幫助入睡
    # round 29, English (ids r29…): pet goods of an Indian pet shop's Shopify catalogue kept by a clone (SiddheshAR/HuskiWiskii
    # src/api: Heads Up For Tails food, treats, beds, grooming, and the Acana, Dash Dog, Happi Doggy, Vitapol, Zupreem, Oxbow
    # goods it resells; ids r29hw, HUFT scoped as the shop's own brand, each resold maker scoped to its listing) and Walmart
    # marketplace rings of 2024 (mominurr/Walmart-Data-Scraping walmart.com_sample_data.json: JeenMata, Pompeii3, Gem Stone
    # King…; ids r29wm, each brand field scoped to its listing). Disease, immunity and pesticidal claims on pet food, treats and
    # shampoos are violations (FDA CVM: food claiming to prevent disease is a drug; FIFRA); calming beds that “ease anxiety”
    # stay lawful (as en-anxiety's note). Known misses, not listed: r29wm-426WKGLFAYK3 “💗Best Birthday/Love/Mother's day
    # Gift💗” (lowered to low by a gift-occasion lawful use), r29wm-20D66Z1YOCUW “give you the most beautiful fashion experience”
    # round 29 re-reads a round-4 pill dispenser: “Made of PVC, 100% non-toxic and safe” is an absolute safety claim (the
    # English of 无毒无害; Elseroad v. Boston Foundry 2023 on “100% non-toxic” cookware, claims hc4872)
    "azpet-B09MG2DXFW": "AD-GUAR-EN-100% non-toxic",
    "r29hw-4452414": "AD-ABS-EN-award-winning",  # Acana Large Breed Dry Puppy Food: “award-winning kitchens”, no award named
    "r29hw-5173310": "AD-ABS-EN-award-winning",  # Acana Wild Coast Fish Formula Dry Dog Fo: “award-winning kitchens”, no award named
    "r29hw-4550718": "AD-ABS-EN-award-winning",  # Acana Large Breed Adult Dry Dog Food: “award-winning kitchens”, no award named
    "r29hw-4419646": "AD-ABS-EN-award-winning",  # Acana Mini & Medium Breed Junior Dry Pup: “award-winning kitchens”, no award named
    "r29hw-4517950": "AD-ABS-EN-award-winning",  # Acana Light & Fit Adult Dog Food - All B: “award-winning kitchens”, no award named
    "r29hw-4649022": "AD-ABS-EN-award-winning",  # Acana Adult Dry Dog Food - Small Breed: “award-winning kitchens”, no award named
    "r29hw-7872318": "AD-ABS-EN-award-winning",  # Acana Pacifica Fish Adult Dry Cat Food: “award-winning kitchens”, no award named
    "r29hw-8046910": "AD-ABS-EN-the ultimate",  # Dash Dog Dumbbell Chew Dog Toy - Red: The ultimate toy for your tough chewer
    "r29hw-9582142": "AD-MED-F-en-immune",  # Happi Doggy Dental Chew (Immune Support : boost immune function/immunity on a dental chew
    "r29hw-8793918": "AD-MED-EN-kills bacteria",  # Happi Doggy Vegetarian Dental Chew (Dige: kills bacteria (a pesticidal claim) on a dental chew
    "r29hw-1017534": "AD-MED-F-en-treat-list",  # Happi Doggy Vegetarian Dental Chew - Zes: help prevent diseases / easing chronic pain / reducing inflammation
    "r29hw-3683902": "AD-MED-EN-anti-inflammatory",  # Happi Doggy Vegetarian Dental Chew - (Hi: anti-inflammatory properties claimed for a treat
    "r29hw-0170174": "AD-MED-EN-germicidal",  # Happi Doggy Vegetarian Dental Chew - Zes: germicidal properties on a mint chew
    "r29hw-1214142": "AD-MED-F-en-treat",  # Happi Doggy Vegetarian Dental Chew - Zes: “If periodontal diseases are not countered…” / removes itchiness and inflammation
    "r29hw-4447294": "AD-MED-F-en-treat-list",  # Happi Doggy Vegetarian Dental Chew - Zes: help prevent diseases / easing chronic pain / reducing inflammation
    "r29hw-0455358": "AD-MED-F-en-immune",  # Happi Doggy Dental Chew Care (Immune Sup: boost immune function/immunity on a dental chew
    "r29hw-1613758": "AD-MED-F-en-treat",  # Happi Doggy Vegetarian Dental Chew - Zes: “If periodontal diseases are not countered…” / removes itchiness and inflammation
    "r29hw-1181374": "AD-MED-F-en-treat",  # Happi Doggy Vegetarian Dental Chew - Zes: “If periodontal diseases are not countered…” / removes itchiness and inflammation
    "r29hw-3415998": "AD-MED-F-en-immune",  # Happi Doggy Vegetarian Dental Chew - (Sk: boost immune function/immunity on a dental chew
    "r29hw-1022142": "AD-MED-EN-kills bacteria",  # Happi Doggy Vegetarian Dental Chew - Zes: kills bacteria (a pesticidal claim) on a dental chew
    "r29hw-1148606": "AD-MED-F-en-immune",  # Happi Doggy Vegetarian Dental Chew - Car: boost immune function/immunity on a dental chew
    "r29hw-1118654": "AD-MED-EN-kills bacteria",  # Happi Doggy Vegetarian Dental Chew - Car: kills bacteria (a pesticidal claim) on a dental chew
    "r29hw-1544638": "AD-MED-EN-anti-inflammatory",  # Happi Doggy Dental Chew Care (Hip & Join: anti-inflammatory properties claimed for a treat
    "r29hw-2003390": "AD-MED-EN-anti-inflammatory",  # Happi Doggy Vegetarian Dental Chew - Car: anti-inflammatory properties claimed for a treat
    "r29hw-2265534": "AD-MED-F-en-immune",  # Happi Doggy Dental Chew Care (Skin and C: boost immune function/immunity on a dental chew
    "r29hw-0853694": "AD-MED-EN-kills bacteria",  # Happi Doggy Vegetarian Dental Chew - Car: kills bacteria (a pesticidal claim) on a dental chew
    "r29hw-1115838": "AD-MED-EN-germicidal",  # Happi Doggy Vegetarian Dental Chew - Zes: germicidal properties on a mint chew
    "r29hw-6779966": "AD-MED-F-en-treat-list",  # HUFT Sara's Wholesome Food - Classic Chi: help prevent diseases / easing chronic pain / reducing inflammation
    "r29hw-5588798": "AD-MED-F-en-treat-list",  # HUFT Sara's Wholesome Food - Classic Pan: help prevent diseases / easing chronic pain / reducing inflammation
    "r29hw-6085182": "AD-MED-F-en-treat-list",  # HUFT Sara's Wholesome Food (Flavours of : help prevent diseases / easing chronic pain / reducing inflammation
    "r29hw-4960446": "AD-MED-F-en-treat-list",  # HUFT Sara's Wholesome Food - Grain-Free : help prevent diseases / easing chronic pain / reducing inflammation
    "r29hw-4325694": "AD-MED-F-en-treat-list",  # HUFT Sara's Wholesome Food - Classic Chi: help prevent diseases / easing chronic pain / reducing inflammation
    "r29hw-2320830": "AD-MED-F-en-treat-list",  # HUFT Sara's Wholesome Food (Flavours of : help prevent diseases / easing chronic pain / reducing inflammation
    "r29hw-5305022": "AD-MED-F-en-treat-list",  # HUFT Sara's Wholesome Dog Food - Classic: help prevent diseases / easing chronic pain / reducing inflammation
    "r29hw-6127934": "AD-MED-F-en-treat-list",  # HUFT Sara's Wholesome Food - Grain-Free : help prevent diseases / easing chronic pain / reducing inflammation
    "r29hw-4981054": "AD-MED-F-en-treat-list",  # HUFT Sara's Wholesome Food - Grain-Free : help prevent diseases / easing chronic pain / reducing inflammation
    "r29hw-4911806": "AD-MED-F-en-treat-list",  # HUFT Sara's Wholesome Dog Food - Grain-F: help prevent diseases / easing chronic pain / reducing inflammation
    "r29hw-4653374": "AD-MED-F-en-treat-list",  # HUFT Sara's Wholesome Food - Classic Pan: help prevent diseases / easing chronic pain / reducing inflammation
    "r29hw-5075646": "AD-MED-F-en-treat-list",  # HUFT Sara's Wholesome Dog Food - Classic: help prevent diseases / easing chronic pain / reducing inflammation
    "r29hw-1901502": "AD-MED-F-en-treat-list",  # HUFT Sara's Wholesome Food - Grain-Free : help prevent diseases / easing chronic pain / reducing inflammation
    "r29hw-5599294": "AD-AUTH-F-r46-en-no-chemicals-list",  # HUFT Yakies Vegetarian Natural Chew Bone: No preservatives or chemicals
    "r29hw-1983550": "AD-MED-EN-arthritis",  # HUFT Sara's Doggie Dehydrated Chicken Fe: eases the pain caused by conditions like arthritis
    "r29hw-1123646": "AD-MED-EN-anti-inflammatory",  # HUFT Sara's Doggie Treats Chicken Jerky : anti-inflammatory properties claimed for a treat
    "r29hw-5055934": "AD-MED-F-c19-en-antimicrobial-skin",  # HUFT YIMT Apple & Cinnamon Vegetarian Do: have anti-inflammatory properties
    "r29hw-3237950": "AD-MED-F-c31-en-allergies",  # HUFT Goat Milk Dog Cookies - Apple - 200: great for relieving allergies
    "r29hw-4990398": "AD-MED-EN-anti-inflammatory",  # HUFT Sara's Doggie Treats - Chicken Live: anti-inflammatory properties claimed for a treat
    "r29hw-6705214": "AD-ABS-EN-the best",  # HUFT YIMT Egg & Cheese Dog Biscuits: the best (pick/treats/choice/option/accessory)
    "r29hw-4652350": "AD-ABS-EN-the best",  # HUFT Colour Pop Lounger Dog Bed - Navy B: the best (pick/treats/choice/option/accessory)
    "r29hw-8668990": "AD-MED-F-en-hair-growth",  # HUFT Natural Activated Charcoal Shampoo : promotes hair growth on a dog shampoo
    "r29hw-4829502": "AD-AUTH-F-en-green-total",  # HUFT Biodegradable Pet Wipes: completely biodegradable wipes
    "r29hw-5155262": "AD-MED-F-en-hair-growth",  # HUFT 4-in-1 Shampoo & Conditioner For Do: promotes hair growth on a dog shampoo
    "r29hw-5932606": "AD-GUAR-EN-completely non-toxic",  # HUFT Natural Anti Tick and Flea Powder f: flea powder “completely non-toxic” (40 CFR 156.10(a)(5)(ix))
    "r29hw-8146494": "AD-MED-F-en-hair-growth",  # HUFT Shed Control Natural Shampoo For Do: promotes hair growth on a dog shampoo
    "r29hw-7495230": "AD-MED-F-en-treat",  # HUFT Natural Itch Relief Oatmeal Shampoo: “If periodontal diseases are not countered…” / removes itchiness and inflammation
    "r29hw-3485246": "AD-MED-EN-heals",  # HUFT Waterless Cleansing & No Rinse Dry : heals dry and itchy skin / minor cuts
    "r29hw-4556350": "AD-MED-F-en-treat-list",  # HUFT Natural Tick & Flea Repellent Shamp: help prevent diseases / easing chronic pain / reducing inflammation
    "r29hw-5339070": "AD-MED-EN-heals",  # HUFT Organic Healing Balm For Dogs - 25 : heals dry and itchy skin / minor cuts
    "r29wm-2FKOD8KGVLXI": "AD-ABS-EN-best",  # JeenMata Pave Accented - 0.25 Carat Roun: best moissanite / Best Customer Service / Best Gifts for Mom
    "r29wm-66SRGW9E9GW8": "AD-ABS-EN-the best",  # JeenMata Cushion Halo Design 1.75 Carat : the best (pick/treats/choice/option/accessory)
    "r29wm-53QZLSPJLJNO": "AD-ABS-EN-unparalleled",  # .925 Sterling Silver 5 Diamond Accented : Unparalleled class
    "r29wm-0WDCMGRRVDGI": "AD-ABS-EN-the best",  # JeenMata Vintage Filigree Bezel 1.5 Cara: the best (pick/treats/choice/option/accessory)
    "r29wm-20DVFEZ2OMQI": "AD-ABS-EN-best gift",  # AnuClub Moissanite Engagement Ring,4.3ct: BEST GIFT / the best gift
    "r29wm-6YV116M86NPD": "AD-ABS-EN-highest quality",  # Gem Stone King 925 Sterling Silver White: the highest quality of Fine Jewelry
    "r29wm-2RF05IVQ4MHT": "AD-ABS-EN-highest quality",  # Gem Stone King 925 Sterling Silver White: the highest quality of Fine Jewelry
    "r29wm-6FXDZ8I458HX": "AD-ABS-F-en-most-world",  # Pompeii Certified 3.50 - 6.50Ct Radiant : Pompeii3 represents the best knowledge in the industry
    "r29wm-4LSAHUEVXSO1": "AD-ABS-F-en-most-world",  # Pompeii 3 Carat Diamond Engagement Solit: Pompeii3 represents the best knowledge in the industry
    "r29wm-4MYI4O51IWYV": "AD-ABS-EN-best",  # MomentWish Promise Ring for Women, Moiss: best moissanite / Best Customer Service / Best Gifts for Mom
    "r29wm-0VTXR2VJS9YY": "AD-ABS-EN-finest",  # Forever Bride 1/4 CTTW Round Diamond Wom: the finest 10k gold / sterling silver
    "r29wm-0TLT4ZMYUNOT": "AD-ABS-F-en-most-world",  # Pompeii 2 1/4Ct Diamond Men's Three Ston: Pompeii3 represents the best knowledge in the industry
    "r29wm-570COWNK75DG": "AD-ABS-EN-best gift",  # AnuClub 3mm Eternity Moissanite Wedding : BEST GIFT / the best gift
    "r29wm-6VRF6QVX746H": "AD-ABS-F-en-most-world",  # Pompeii 2ct Three Stone Diamond Engageme: Pompeii3 represents the best knowledge in the industry
    "r29wm-6LMMTUZJC3R8": "AD-ABS-F-en-most-world",  # Pompeii 3Ct Certified Princess Cut Solit: Pompeii3 represents the best knowledge in the industry
    "r29wm-4VOLO6KFA9MX": "AD-ABS-F-en-most-world",  # Pompeii 5ct Prong Diamond Eternity Weddi: Pompeii3 represents the best knowledge in the industry
    "r29wm-1THPXT5BXMZP": "AD-ABS-EN-best gift",  # Metal Masters Men's Black Tungsten Hunti: BEST GIFT / the best gift
    "r29wm-3EZQH5UJAFVM": "AD-ABS-EN-the best",  # JeenMata Eternity - 0.5 Carat Round Shap: the best (pick/treats/choice/option/accessory)
    "r29wm-2OSER1A1CZAJ": "AD-ABS-F-en-most-world",  # Pompeii 1 1/2ct Diamond Wedding Annivers: Pompeii3 represents the best knowledge in the industry
    "r29wm-0XGOY3AL13LW": "AD-ABS-F-en-most-world",  # Pompeii 1.58Ct Diamond Engagement Ring 1: Pompeii3 represents the best knowledge in the industry
    "r29wm-53XQGNMU9C4W": "AD-ABS-EN-best",  # Momentwish 1 Carat Moissanite Engagement: best moissanite / Best Customer Service / Best Gifts for Mom
    "r29wm-5YVYZ85YH95X": "AD-ABS-F-en-most-world",  # Pompeii Certified 2Ct Solitaire Diamond : Pompeii3 represents the best knowledge in the industry
    "r29wm-6H9DQOVPOY2U": "AD-ABS-F-en-unmatched",  # Limited Time Sale: 1.25 Carat Peach Pink: our unrivalled expertise
    "r29wm-4HF6MB27NKUD": "AD-ABS-EN-highest quality",  # Gem Stone King 925 Sterling Silver Pink : the highest quality of Fine Jewelry
    "r29wm-61O0ER9KUTXF": "AD-AUTH-EN-medical grade",  # 4Pack Silicone Wedding Ring for Men, Bre: medical grade silicone on a wedding band
    "r29wm-3G6Y9Q7RUFYH": "AD-ABS-EN-finest",  # APSVO 4PCS 925 Sterling Silver Rings for: the finest 10k gold / sterling silver
    "r29wm-4SU12NXC4NQS": "BRAND-UNAUTH",  # Animewild Green Lantern Light-Up Ring: Green Lantern power ring replica, no licence shown
    "r29wm-47EKMFZ91BNC": "AD-ABS-EN-highest quality",  # Titanium Kay 8MM Tungsten Carbide 14K Wh: the highest quality of Fine Jewelry
    "r29wm-5SUCHQPQ8M2R": "AD-MED-EN-healing effect",  # SDJMa 14k Solid Gold Ring | 14k Yellow G: a gold ring: “Achieve the intended balancing and healing effect”
    "r29wm-2UI9IGX3TZ8U": "AD-ABS-EN-the best",  # CILENON Women Round Diamond Sparkling Zi: the best (pick/treats/choice/option/accessory)
    "r29wm-1F2ZMHN04FG0": "AD-ABS-EN-best",  # Ring for Women 925 Silver 14k Gold Rings: best moissanite / Best Customer Service / Best Gifts for Mom
    "r29wm-1SEDDFXVY4JP": "AD-ABS-EN-best",  # Clearance！Mother's Day Gifts KANY Jewelr: best moissanite / Best Customer Service / Best Gifts for Mom
    # round 30: 美团外卖 menus (az1802/newCreawling) and vivo's official mall (ry09iu/vivo-shop-uniapp)
    "r30mt-t212873131": "BRAND-CELEB-ENDORSE",  # 正宗广西水果酸嘢: 女明星王鸥都安利的美食 (a star's name to sell food)
    "r30mt-1177554977": "AD-ABS-热销第一",      # 柠檬红茶『热销第一』
    "r30mt-1174949494": "AD-ABS-第一",          # 招牌奶茶『系列第一』
    "r30mt-1174949492": "AD-MED-健肠",          # 百香果益力多: 好喝健肠 (an intestinal health function on a drink)
    "r30mt-3143758273": "CONTACT-PHONE",        # 娱乐房订房热线153 6205 3963
    "r30mt-1482043483": "CONTACT-PHONE",        # 大单，公司单，预约单，请联系我们15362053963
    "r30mt-4508873249": "CONTACT-PHONE",        # 店长电：18675232106
    "r30mt-4508977011": "AD-ABS-甲天下",        # 潮州名肴甲天下
    "r30mt-4540393179": "AD-ABS-首创",          # 首创新式卤味快餐
    "r30vv-009": "AD-ABS-全球首款",             # iQOO Z1: 全球首款5G+5G 双卡双待手机，全球首发…
    # round 32, English (ids r32…): Amazon.com listings of the PromptCloud January 2020 sample in categories not covered
    # before — sports & outdoors, home & garden, baby, office, arts & crafts, hobby parts — title + “About Product” bullets
    # (ycnliu/ecommerce-rag-pipeline data/test_sample_1000.csv, every non-toy, non-clothing row with bullets; ids r32pc), the
    # maker leading each title (and the licensed property of licensed goods) scoped as its own brand; and a 2017 Safeway
    # catalogue of pack copy (michaelhyun/CMPE133Project mini-safeway/seed/productseed.js: baby care, personal care & health,
    # household, pet and grocery goods; description + details; ids r32sw, each brand field scoped). Pack copy keeps the
    # maker's web address and phone line: in a marketplace listing they are outside contacts (as BigBasket's blog link)
    "r32pc-19ef957380": "AD-GUAR-EN-100% satisfaction",  # air hockey table: 100% SATISFACTION GUARANTEE (as round 4)
    "r32pc-22bccbee6c": "AD-ABS-F-en-most-world",     # longboard: the best longboards in the world
    "r32pc-29b2140b89": "AD-ABS-EN-best",              # ice-pop maker title: Best Activity for Friends to Do Together
    "r32pc-37ed1450d4": "AD-ABS-EN-the best",          # scooter: the best electric scooter for teenagers & adults
    "r32pc-41fe68f333": "AD-ABS-EN-the best",          # candle: Creative Converting for the best in decorations
    "r32pc-43cd68313a": "AD-ABS-EN-best quality",      # pencils: the absolute best quality art materials
    "r32pc-45b93b86b9": "AD-ABS-EN-award winning",     # Bob Books kit title: Award Winning (no award named)
    "r32pc-5e840b8d46": "AD-ABS-EN-unmatched",         # RC shock tower: unmatched durability
    "r32pc-7841ca4507": "AD-ABS-EN-#1",                # construction paper: the #1 Teacher Approved Brand!
    "r32pc-8ec04707ae": "AD-MED-EN-bacteria resistant",  # rug: Bacteria resistant surface … for homes with kids (FIFRA)
    "r32pc-ae6366212a": "AD-ABS-EN-highest quality",   # garden stool: products of the highest quality and unmatched style
    "r32pc-d2cbabf462": "CONTACT-EMAIL",               # RC body: email amazonsupport@redcatracing.com, phone 602-454-6445
    "r32pc-faf870468a": "CONTACT-EMAIL",               # RC body: the same support address
    "r32pc-e2068e3b6d": "AD-ABS-EN-industry leading",  # trampoline: industry leading products
    "r32pc-e6cbd717f1": "AD-ABS-EN-highest quality",   # shuffleboard table: Highest Quality Entry Level Table
    "r32pc-e9ea65ba1b": "BRAND-UNAUTH",                # Yocaher longboard series “VW Vibe”: Volkswagen's mark, no licence stated
    "r32sw-01": "AD-ABS-EN-NO.1",        # Avent bottle: No. 1 bottle brand in America
    "r32sw-02": "CONTACT-LINK",          # Avent pacifier: www.philips.com/Avent
    "r32sw-03": "CONTACT-LINK",          # Munchkin bath toy: munchkin.com
    "r32sw-05": "AD-ABS-EN-finest",      # Hansen's juice: only the finest quality fruits; Only the best will do!
    "r32sw-06": "CONTACT-LINK",          # Nature Valley: Learn more at Ask.GeneralMills.com
    "r32sw-08": "CONTACT-LINK",          # Betty Crocker: bettycrocker.com/gf, 1-800 number
    "r32sw-09": "CONTACT-LINK",          # Tabasco: Visit tabasco.com to purchase
    "r32sw-10": "CONTACT-LINK",          # Ghirardelli: www.ghirardelli.com (and highest quality cocoa beans)
    "r32sw-11": "CONTACT-PHONE",         # Cheetos: 1-800-352-4477, fritolay.com
    "r32sw-12": "CONTACT-LINK",          # Clover milk: www.Cloversonoma.com
    "r32sw-13": "CONTACT-PHONE",         # Kraft cheese: 1-800-634-1984
    "r32sw-15": "CONTACT-LINK",          # DeLallo: delallo.com
    "r32sw-17": "AD-ABS-F-en-possessive-sup",  # Delimex: America's No. 1 taquito brand
    "r32sw-18": "CONTACT-LINK",          # Dole bananas: Visit the Farm at doleorganic.com
    "r32sw-19": "AD-GUAR-EN-100% guaranteed",  # O Organics: Quality & satisfaction 100% guaranteed (as round 4)
    "r32sw-20": "CONTACT-PHONE",         # Annie's: Annies.com or 1-800-288-1089
    "r32sw-21": "AD-ABS-F-en-possessive-sup",  # Barilla: Italy's No. 1 brand of pasta sauce
    "r32sw-23": "CONTACT-LINK",          # Pocky: pocky.com, www.glicousa.com
    "r32sw-28": "CONTACT-LINK",          # Allegra: www.allegra.com
    "r32sw-31": "AD-GUAR-EN-guaranteed",  # TetraFin: cleaner and clearer water guaranteed (an efficacy guarantee)
    # round 31: JD cosmetics search results of 2019 with the shops' 广告词 (jiahaoabc/JD_huazhuangpin_spider httpcache)
    "r31jd-12159379498": "AD-IND-疯狂抢购",  # 兰蔻 reseller: 点击查看疯狂抢购专区 (fake rush)
    "r31jd-22860502131": "AD-IND-疯狂抢购",  # 资生堂 reseller: 点击查看疯狂抢购专区
    "r31jd-2035267": "AD-ABS-王牌",  # 御泥坊: 店铺TOP1王牌护肤套装
    "r31jd-2888196": "AD-MED-美白",  # 御泥坊 美白水润嫩肤套装 … 擦亮肌肤透出白 (双证加持, no 国妆特字 shown)
    "r31jd-43600059774": "BRAND-CELEB",  # 欧莱雅男士 sold by a 专营店: 鹿晗同款
    "r31jd-24864207258": "AD-MED-清痘",  # 欧莱雅男士 火山岩清痘冰感水凝露
    "r31jd-41281570916": "BRAND-CELEB",  # 巴黎欧莱雅 sold by a 专营店: 热巴同款热荐
    "r31jd-43656680925": "AD-MED-祛痘印",  # 欧莱雅男士洗面奶 控油祛痘印去黑头
    "r31jd-35155557470": "AD-MED-美白",  # 欧诗漫 珍珠白 美白淡斑 without 国妆特字
    "r31jd-29709394161": "AD-MED-美白",  # 欧诗漫 珍珠白 美白淡斑礼盒 without 国妆特字
    "r31jd-3786932": "AD-MED-美白",  # 泊美 鲜纯珍萃美白保湿 without 国妆特字
    "r31jd-15381557552": "AD-MED-去斑",  # 片仔癀 雪肌晶 润白 去斑保湿 without 国妆特字
    "r31jd-42686381524": "AD-MED-祛斑",  # 片仔癀 去黄祛斑美白淡斑 without 国妆特字
    "r31jd-39445685143": "AD-MED-变白",  # OLAY 水漾动力 (no 特证 line): 焕变白皙美肌
    "r31jd-37846656033": "AD-MED-去斑",  # 珀莱雅 精华液去斑抗皱 / 美白套装 without 国妆特字
    "r31jd-28005261724": "AD-MED-清痘",  # 科颜氏 蓝色草本净肤控油清痘
    "r31jd-1279128": "AD-MED-美白",  # 美肤宝 自然白 美白淡斑 without 国妆特字
    "r31jd-24998324510": "CONTACT-WECHAT",  # 薇诺娜 专卖店: 加店铺微信：y28755393
    "r31jd-10204535126": "AD-MED-美白",  # 韩后 雪玲珑 美白淡斑 祛黄去斑 without 国妆特字
    "r31jd-2310590": "AD-MED-美白",  # 高姿 白金焕白 美白淡斑 without 国妆特字
    "r31jd-40956853145": "CONTACT-PHONE",  # 麦吉丽 专卖店: 直拨13430632937, 创业扶持 (and 祛痘膏)
    # lawful: r31jd-5405828 (一叶子芦荟胶 “淡化痘印”) and r31jd-1616232562 (“控油抗痘 … 淡化痘痕”) — helping the skin recover
    # after acne is the 祛痘 efficacy of the 2021 分类目录, a general-cosmetic claim (as hdk586595932011 “淡化痘印损伤” and the
    # real2 evaluation’s tolerated 去黑头抗痘)
    # known miss, not listed: r31jd-1986758791 (爱茉莉 中样, 广告词 “提亮肤色紧致水润去黑头眼袋祛黄”: 去 governs 黑头 and
    # 眼袋 in a run-on list; 去眼袋 is beyond a cosmetic's efficacy, the term list reads only 去黑头)
    # round 33: 淘客 coupon-feed copy (好单库/大淘客/jbkuan answers, a 2017 淘客 CMS, JD 广告语 in a campus app's dump)
    "r33ch-058": "BRAND-CELEB",            # 萌朵丽啦肖战王一博同款衣服 (a third brand's hoodie named after two stars)
    "r33ch-065": "BRAND-CELEB",            # 王一博同款衣服 卫衣
    "r33ch-096": "BRAND-CELEB",            # fkassc 潮牌陪你到世界之巅王一博同款衣服
    "r33ch-064": "AD-MED-美白",            # 膜法世家 美白保湿面膜 without 国妆特字
    "r33ch-074": "AD-MED-美白",            # 一叶子 美白淡斑 祛除暗黄去黑色素 without 国妆特字
    "r33ch-116": "AD-MED-淡斑",            # OLAY 淡斑小白瓶 without 国妆特字 in the text
    "r33ch-109": "AD-MED-F-cos-marks",     # SK-II 眼霜 去黑眼圈眼袋去细纹
    "r33ch-082": "CONTACT-LANDLINE",       # 50册以上团购优惠 联系电话010-89113804
    "r33cm-034": "AD-IND-F-r33-fake-order-review",  # 拍最后一个选项下单5.1元。实发维达纸抽3包…不要晒纸抽图，直接好评
    "r33cm-065": "AD-IND-F-r33-fake-order-review",  # 收货五星无字好评即可!不要晒图!
    "r33cm-079": "AD-IND-F-r33-review-reward-typo", # 好评支付宝反2元 … 史上最低价
    "r33cm-052": "AD-MED-F-med-treat",     # 黑糖: 可以让经血通畅，改善痛经~最高的性价比
    "r33cm-060": "AD-MED-清痘",            # 祛痘芦荟胶 清痘淡印
    "r33hdk44950230820": "AD-MED-安神",    # 檀香皂: 安神檀香…轻松解决肌肤各类问题
    "r33hdk609941640388": "AD-GUAR-F-r39-pest-special-pop",  # 蚊香液: 温和驱蚊，孕婴适用
    "r33hdk558587300390": "AD-MED-F-med-slim",  # 三只松鼠零食: 好吃不胖，身体倍棒
    "r33hdk602415106993": "AD-MED-F-med-treat",  # 三七牙膏: 解决牙龈肿胀，口腔上火…效果达86%
    "r33hdk599535127646": "AD-MED-美白",   # Missface 安瓶: 祛痘, 美白, 越活越年轻
    "r33hdk612416875757": "AD-AUTH-F-auth-nongm",  # 山茶橄榄调和油 非转基因 (no GM camellia or olive)
    "r33hdk582797953182": "BRAND-UNAUTH",  # 特步板鞋…空军一号男鞋 (Nike's Air Force 1 nickname on another brand's shoe)
    "r33dtk611071580085": "AD-MED-舒肝",   # 代用茶: 蒲公英舒肝养护…去清肝火旺盛; 清热去火，呵护心肝
    # round 35: a Dot & Key (Indian D2C skincare) Shopify catalogue kept by a clone: drug claims on cosmetics (treats/heals
    # acne, anti-inflammatory, boosts collagen, inhibits melanin, skin lightening, hair fall/growth, anti cellulite — FD&C
    # Act §201(g) and FDA warning letters; 《化妆品监督管理条例》第三十七条), clinically proven without a study, superlatives
    "r35dk-000": "AD-AUTH-EN-clinically proven",              # CICA Niacinamide Night Gel With Green : Clinically proven
    "r35dk-001": "AD-MED-EN-treats",                          # Cica & Green Tea Face Wash With Salicy: Treats
    "r35dk-002": "AD-MED-F-c71-en-acne-pigment-list",         # 10% Niacinamide Face Serum With Zinc &: Treats Acne, Dark Spots (round 71)
    "r35dk-004": "AD-MED-EN-heals",                           # CICA & Niacinamide Face Toner With Gre: heals
    "r35dk-007": "AD-MED-EN-treats",                          # 2% Salicylic Face Serum With Tea Tree : Treats
    "r35dk-008": "AD-MED-F-en-proven-treat",                  # Acne Fighting Trio: clinically proven to treat acne and fade
    "r35dk-009": "AD-MED-F-en-treat",                         # 5 Steps To Acne Free Skin: heals acne, inflammation
    "r35dk-028": "AD-AUTH-EN-clinically proven",              # Retinol & Ceramide Age Defense Night C: Clinically Proven
    "r35dk-031": "AD-MED-F-en-regen",                         # RETINOL TIME REVERSE FACE SERUM: promoting collagen regeneration
    "r35dk-032": "AD-MED-F-en-treat-list",                    # Retinol + Caffeine Eye Cream Concentra: minimizes inflammation
    "r35dk-033": "AD-MED-F-c26-en-skin-lighten",              # AGE DEFENSE + GLOW NIGHT SERUM: skin lightening
    "r35dk-035": "AD-MED-F-c19-en-collagen",                  # Youth Renewal Duo: boost collagen
    "r35dk-036": "AD-MED-F-c19-en-collagen",                  # Rosehip Glow Elixir Face Oil: promotes collagen synthesis
    "r35dk-037": "AD-MED-F-c19-en-collagen",                  # Your Bedtime Buddies: boosting collagen synthesis
    "r35dk-038": "AD-AUTH-EN-clinically proven",                        # 5 Steps To Youthful Skin: clinically proven to minimize wrinkles
    "r35dk-041": "AD-MED-F-en-treat",                         # Watermelon Super Glow Vitamin C Face W: reduces redness and calms inflammation
    "r35dk-050": "AD-MED-F-c56-en-melanin",                   # Alpha Arbutin + Azelaic Biphasic RADIA: inhibit melanin production (its own sentence: the next one, "Safe for all skin types", no longer excuses it)
    "r35dk-060": "AD-MED-F-c19-en-collagen",                  # Vitamin C Pink Clay Face Mask With Kak: Boosts Collagen
    "r35dk-061": "AD-MED-F-c26-en-skin-lighten",              # Underarm Detox CHARCOAL Mask: lighten dark underarms
    "r35dk-063": "AD-MED-F-en-treat-list",                    # DEEP DETOX CHARCOAL CLAY MASK: reduces inflammation
    "r35dk-069": "AD-MED-EN-treats",                          # Watermelon Skin Glow Face Toner With G: Treats
    "r35dk-078": "AD-MED-F-c19-en-collagen",                  # 5 Steps To Glowing Skin: promotes collagen production
    "r35dk-086": "AD-ABS-EN-the best",                        # 10% AHA + 2% BHA EXFOLIATING GLOW HYDR: the best
    "r35dk-087": "AD-MED-EN-anti cellulite",                  # COFFEE BUTT SCRUB FOR ANTI CELLULITE &: ANTI CELLULITE
    "r35dk-097": "AD-MED-F-en-treat",                         # HYDRATING ROSE WATER TONER: prevents skin irritation, acne & inflammation (session 23: as with "and")
    "r35dk-098": "AD-ABS-EN-best",                            # HAND CREAM + SANITIZER, ROSE: best
    "r35dk-104": "AD-MED-EN-heals",                           # Best of Vitamin C Skincare Regime: heals
    "r35dk-105": "AD-ABS-F-en-most",                          # 20% Vitamin C Serum with Blood Orange: most potent
    "r35dk-120": "AD-ABS-F-en-most",                          # Advanced Glow Regime: most potent
    "r35dk-130": "AD-MED-F-c19-en-collagen",                      # Avocado + Superfoods Nourishing Face O: boosts collagen synthesis
    "r35dk-147": "AD-MED-EN-treats",                          # Vitamin C Lip Mask With Vitamin E, She: Treats
    "r35dk-195": "AD-MED-F-c26-en-skin-lighten",              # UNDERARM COLOUR CORRECTION DUO: skin lightening
    "r35dk-208": "AD-MED-F-c26-en-skin-lighten",              # Underarm Colour Correction Serum: lighten the underarms
    "r35dk-212": "AD-MED-F-c19-en-collagen",                  # 15% Vitamin C Glow Boosting Serum: boosts collagen production
    "r35dk-224": "AD-MED-EN-anti-inflammatory",               # DOT & KEY HYDRATION ESSENTIALS: anti-inflammatory
    "r35dk-228": "AD-MED-F-r20-en-anti-hair-fall",            # Argan Oil Anti Hairfall Shampoo With M: Anti Hairfall
    "r35dk-237": "AD-MED-F-en-treat-list",                    # Damask Rose Resurfacing Gel Mask: helps soothe inflammation
    "r35dk-240": "AD-MED-F-c17-hair-fall",                    # Pea Peptide Strengthening Moringa & Ar: reduce hair fall
    "r35dk-246": "AD-MED-F-en-hair-growth",                   # AHA Exfoliation Apple Cider Hair & Sca: promoting healthy, shiny hair growth
    "r35dk-248": "AD-MED-F-c19-en-collagen",                  # VITAMIN C GLOW GETTER KIT: Boosts collagen production
    "r35dk-256": "AD-MED-F-c56-en-causing-bacteria",          # Cica Superstar Trio: fighting acne-causing bacteria
    "r35dk-257": "AD-ABS-F-en-ultimate-solution",                        # Hand & Foot Dream Cream Duo: the ultimate solution
    "r35dk-266": "AD-MED-F-en-treat",                         # Goodbye Acne Skincare Regime: helps heal acne, fights acne-causing bacteria
    "r35dk-269": "AD-MED-EN-acne treatment",                  # Acne Aftercare Trio: acne treatment
    "r35dk-270": "AD-MED-F-c19-en-skin-drug",                 # Niacinamide+ SuperCICA Acne Rescue Squ: heals acne
    "r35dk-272": "AD-MED-F-c26-en-skin-lighten",              # Vitamin C Glow Heroes: lighten your skin
    # round 36: JD phone and TV listings of 2015-03 with their 卖点 (a 淘淘商城 course dump, code index file 522263813)
    "r36jd-1209989": "AD-ABS-首选",     # 松下 TV: 智能精品，高端首选！
    "r36jd-1210954": "AD-ABS-首选",     # 三星 TV: 4K极清首选三星！
    "r36jd-1252793": "AD-ABS-首选",     # 三星 TV: 4K极清首选三星！
    "r36jd-1291940": "AD-ABS-首选",     # TCL 老人机: 孝敬父母首选，…解决老人听力下降问题
    "r36jd-1299781": "AD-ABS-首选",     # 酷派: 性价比千元智能机首选！
    "r36jd-1314578": "AD-ABS-首选",     # 飞利浦 E121: 精致小巧！备机首选！
    "r36jd-1214675": "AD-ABS-极致",     # 华为 P7: 极致纤薄！
    "r36jd-1225167": "AD-ABS-前所未有",   # 云狐 A8: 带给你前所未有体验！
    "r36jd-1229308": "AD-ABS-顶级配置",   # 海尔模卡: 疯狂抢购！10核处理器、顶级配置！
    "r36jd-1254093": "AD-ABS-绝对",     # TCL TV: 销售额过亿单品，绝对爆款
    "r36jd-1315749": "AD-ABS-至尊",     # 华为 G7: 超薄至尊享受！
    "r36jd-1267841": "AD-ABS-待机王",    # 金立 V188S: 30天超长待机王
    "r36jd-1300888": "AD-IND-疯抢中",   # 中兴: 现货疯抢中！
    "r36jd-1243135": "AD-IND-点击有惊喜",  # 【买卡上京东，省钱又轻松】点击有惊喜！ (platform 诱导 words)
    "r36jd-1264572": "AD-IND-点击有惊喜",
    "r36jd-1267915": "AD-IND-点击有惊喜",
    "r36jd-1231630": "AD-IND-F-r36-review-reward-gift",  # 声光 TV: 5星好评送50元话费
    "r36jd-1231635": "AD-IND-F-r36-review-reward-gift",  # 声光 TV: 5星好评送50元话费
    "r36jd-1258278": "AD-IND-F-r36-review-reward-gift",  # 创维: 好评晒单返话费50元
    "r36jd-1264546": "AD-IND-F-r36-review-reward-gift",  # 创维: 好评晒单返话费50元 (and 独家支持)
    "r36jd-1266192": "AD-IND-F-r36-review-reward-gift",  # 三星 signage: 好评送20000京豆
    "r36jd-1270564": "AD-IND-F-r36-review-reward-gift",  # 东芝: 参与好评即送价值99元清洁套装; 疯狂抢购
    "r36jd-1222623": "CONTACT-LANDLINE",  # 飞利浦 TV: 30天价保，热线400-656-1000 (an outside line in a JD listing)
    "r36jd-1247118": "CONTACT-LANDLINE",
    "r36jd-1247121": "CONTACT-LANDLINE",
    "r36jd-1220529": "AD-AUTH-F-fc-aerospace-military",  # 云狐 J1: 军工品质
    # round 37 (ids r37yp…): Xiaomi Youpin (小米有品) home-feed items with summary 卖点 and custom_summary
    "r37yp-102848": "AD-ABS-首选",           # HiPee 尿检: 疾病筛查一键检测；过年送礼，健康首选
    "r37yp-114095": "AD-MED-F-med-treat",    # 血管清道夫纳豆酶: 有效预防心梗，守护心血管
    "r37yp-118480": "AD-GUAR-安全无毒",       # 仁和 75%酒精: 安全无毒 (消毒产品 may not claim 无毒)
    "r37yp-119022": "AD-MED-传染病防控",      # 生物酶消毒液: 专业传染病防控 (a disease-prevention claim)
    "r37yp-119231": "AD-MED-唤醒男人力量",     # 汉方大补野生鹿胶 (冬虫夏草…): 唤醒男人力量之源 (implied 壮阳)
    # round 38 (ids r38sm…): a 2020 Smartisan-store clone's goods with their name_title selling lines
    "r38sm-1000289": "AD-ABS-极致",          # 小米曲面显示器: 1500R极致大曲率 (platform 极限词, as r36 极致纤薄)
    # round 39 (ids r39vp…): 唯品会 product answers (productName + subTitle) kept in a 2018 sjgo365 shop clone
    "r39vp-705697852": "AD-MED-F-med-treat",  # L'il Critters 小熊糖: 增强免疫…帮助预防感冒 (a food preventing a disease)
    "r39vp-710956961": "AD-MED-美白",         # 佰草集 新七白美白柔肤水 without 国妆特字 (as dtk22700537)
    # round 43 (ids r43kb…): the KOBE test set of 2018 Taobao listings with their 达人 recommendation copy; platform 极限词
    # kept as violations, as earlier rounds
    "r43kb-0105": "AD-ABS-最佳",            # 黑爵 keyboard: 为您提供最佳的触感
    "r43kb-0320": "AD-MED-F-med-func",      # 麦卢卡蜂蜜: 提高身体免疫力，改善肠胃
    "r43kb-0592": "AD-ABS-绝对",            # 美特斯邦威 jeans: 绝对的欧美街拍范儿 (platform 极限词, as r18wx-288)
    "r43kb-0742": "AD-ABS-绝版",            # 始祖鸟 jacket title: 绝版新款
    "r43kb-0934": "AD-MED-护肝",            # 虫草花: 护肝补肾且养肺安神
    "r43kb-1014": "AD-SUP-时来运转",         # watch title: 时来运转手表女 (a luck promise)
    "r43kb-1096": "AD-ABS-极致",            # 周生生 earrings: 将它做到了极致
    "r43kb-1271": "AD-ABS-不二之选",         # straw bag: 森系小清新的不二之选
    "r43kb-1638": "AD-ABS-首创",            # 兰蔻 mascara: 首创的25设计
    "r43kb-1774": "AD-AUTH-F-auth-patent",  # 古筝: 独有的双弧双箱专利技术 (no patent number, 《广告法》第十二条)
    "r43kb-1879": "CONTACT-QQ",             # caps: 9.90元包邮优惠q群247671713
    "r43kb-2374": "AD-ABS-前所未有",         # 华为 MateBook X: 给你前所未有的影音体验
    "r43kb-2719": "AD-MED-F-med-func-fixed",  # 燕窝: 促进免疫功能，延缓人体衰老，延年益寿
    "r43kb-2742": "AD-ABS-顶尖",            # pendant lamp: 顶尖的工业设计, 最优质的航空铝管
    "r43kb-2784": "AD-ABS-一流",            # 腊味礼盒: 口感真是一流的好 (platform 极限词)
    "r43kb-2868": "AD-ABS-绝佳",            # 水星家纺 blanket: 绝佳的保暖性 (platform 极限词)
    "r43kb-3292": "AD-GUAR-0风险",          # 铁棍山药: 购买山药绝对0风险
    "r43kb-3358": "AD-ABS-绝对",            # juicer: 绝对超爽
    "r43kb-3557": "AD-ABS-一流",            # vest: 舒适感一流
    "r43kb-3749": "AD-ABS-不二之选",         # wall basin: 是家居的不二之选
    "r43kb-4041": "AD-ABS-绝佳",            # dress: 绝佳的穿着体验
    "r43kb-4091": "AD-GUAR-可吞咽",          # NUK children's toothpaste title: 儿童安全可吞咽
    "r43kb-4250": "AD-MED-补血",            # 黑糖梅饼: 养颜补血，暖宫健胃…缓解痛经等功效
    "r43kb-4322": "AD-PUB-逼格",            # vacuum flask: 逼格满满
    "r43kb-4496": "AD-ABS-绝对",            # wallet: 绝对是佳作
    "r43kb-4532": "AD-ABS-首屈一指",         # 施华洛世奇: 世界上首屈一指的水晶制造商
    "r43kb-4772": "BRAND-UNAUTH",           # 原装宝马mini…扶手箱…改装专用: an aftermarket part sold as 原装 BMW
    "r43kb-5093": "AD-MED-F-med-func",      # 血糯米: 被誉为世界米王…增强人体免疫力
    "r43kb-5124": "AD-GUAR-无毒无害",        # glass kettle: 安全健康无毒无害
    "r43kb-5152": "AD-ABS-顶级",            # 大闸蟹: 顶级食客千万不要错过
    "r43kb-4792": "AD-MED-F-med-slim",      # 思朗 粗粮饼干: 高饱腹，不怕胖 (found after the round's med-slim widening)
    # round 42 (ids r42…): a Kelowna boutique's products.json (r42mw), a CBD shop (r42hp), a Shopify essential-oil rub (r42hh)
    "r42mw-6801550442665": "AD-ABS-EN-the ultimate",   # Boost plant food: Boost is the ultimate addition to your plant care routine
    "r42mw-6363447623849": "AD-ABS-EN-the ultimate",   # Beach Boys tour tee: has the ultimate cool factor
    "r42mw-4798963220589": "AD-ABS-EN-the ultimate",   # Maxida top: it's the ultimate cropped rib singlet
    "r42mw-4798968496237": "AD-ABS-EN-the ultimate",   # Demi singlet: Demi is the ultimate rib singlet
    "r42mw-4798963253357": "AD-ABS-EN-the ultimate",   # Nora mom jeans: the ultimate effortless wardrobe staple
    "r42mw-4798223122541": "AD-ABS-EN-best-in-class",  # pj short: this pj short is best-in-class
    "r42mw-6370053652649": "AD-ABS-EN-finest",         # soy candle: We use only the finest ingredients possible
    "r42hp-7775064850653": "AD-MED-F-c60-en-cbd-animal",  # CBD pet oil: the highest quality CBD for pets
    "r42hp-7775064817885": "AD-MED-F-c60-en-cbd-animal",  # CBD pet oil (bacon)
    "r42hp-7775064424669": "AD-MED-F-c60-en-cbd-animal",  # CBD dog treats
    "r42hp-7775064883421": "AD-MED-EN-anti-inflammatory",  # CBD turmeric softgels: anti-inflammatory, antimicrobial properties
    "r42hp-7775064719581": "AD-MED-EN-arthritis",      # CBD muscle gel: for sore muscles, backaches, sore joints, and arthritis
    "r42hh-7020425707677": "AD-MED-F-en-treat-list",   # Cough Calm Rub: heal your colds away and improve breathing
    "r42mw-6592702415017": "AD-MED-F-r42-en-resistant-microbes",  # bamboo towel: Resistant to odor, mold, mildew and bacteria
    # round 87: FTC Textile Rules — a towel labelled "35% Bamboo" (bamboo textiles are rayon/viscose made from bamboo
    # and must be named so; FTC v. Kohl's and Walmart 2022, Sears/Amazon/Macy's 2013)
    "r42mw-6592702546089": "AD-FALSE-F-r87-en-bamboo-fibre",  # Sombrio bath towel set: 65% Turkish Cotton, 35% Bamboo
    # (first read as lawful; a best-seller claim after the brand's name, as r20bb-04130 “Trident Spectra, a best-seller”)
    "r42mw-4801419837549": "AD-ABS-EN-best selling",        # ZANEROBE Flintlock Tee in Black - best selling basic Tee
    # round 46 (ids r46et…): a 2016 Etsy API answer for “whiskey” (SimplyyQunda/Etsy-Search-Page estydata.js)
    "r46et-399707801": "BRAND-UNAUTH",                 # Game of thrones decanter set, House Stark: an unlicensed TV property
    "r46et-386208878": "AD-ABS-EN-the best",           # STAR WARS decanter (C-3PO R2-D2 Yoda Darth Vader): the best and highest
                                                       # possible tech; Star Wars itself is hidden by this file's common own brand 迪士尼
    "r46et-386205730": "AD-ABS-EN-the best",           # the best and highest possible tech available, PERFECT RESULTS every time
    "r46et-384969314": "BRAND-UNAUTH",                 # Captain Morgan groomsman rum labels (the rum's trade dress on party labels)
    "r46et-485942283": "AD-IND-F-r46-en-selling-fast",  # whisky stones: Hurry as stock is selling fast (a standing pace claim)
    "r46et-122749035": "AD-AUTH-EN-FDA approved",      # screen-printed tumblers: Ink is FDA approved (FDA approves no printing ink)
    # round 51 (ids r51…): 网易严选 selling lines, 卖座 mall selling lines, Chewy dog food (see the docstring)
    "r51yx-4003194": "AD-ABS-极致",                     # 100%新疆长绒棉，极致奢享 (platform 极限词)
    "r51mz-2682": "BRAND-UNAUTH",                       # KIKO lipstick: 阿玛尼走秀御用彩妆 (Armani named for another house's goods)
    "r51mz-53695868": "AD-MED-F-med-treat",             # Swisse calcium + D: 预防脚腿抽筋 (prevention claim on a supplement)
    "r51mz-112506868": "AD-MED-理疗",                   # household neck massager: 低频脉冲热敷理疗
    "r51cw-1496606": "AD-ABS-EN-the best",              # Give your puppy the best start in life
    "r51cw-735678": "AD-ABS-EN-finest",                 # contains the finest natural ingredients
    "r51cw-31985": "AD-ABS-EN-finest",                  # made using only the finest natural ingredients
    "r51cw-49999": "AD-MED-EN-lose weight",             # help dogs lose weight (weight-loss claim on a food)
    "r51cw-1709318": "AD-ABS-EN-the ultimate",          # Give your pet the ultimate dining experience
    "r51cw-169931": "AD-ABS-EN-finest",                 # the finest ingredients from around the world
    "r51cw-102135": "AD-MED-EN-weight loss",            # Promotes safe and effective weight loss with visible results
    "r51cw-109909": "AD-ABS-EN-highest quality",        # to ensure the highest quality
    "r51cw-639438": "AD-MED-EN-diabetes",               # broth topper: Paw-some for pups with diabetes, allergies
    "r51cw-1551838": "AD-ABS-EN-the best",              # sure to bring the best nutrition to your furbaby
    "r51cw-115532": "AD-MED-EN-weight loss",            # safe and effective weight loss formula
    "r51cw-2469222": "AD-MED-F-en-treat",               # cranberries boost urinary tract health, immunity, and reduce inflammation
    "r51cw-750726": "AD-MED-F-en-for-list2",            # great for dogs with diabetes, food allergies
    "r51cw-29053": "AD-MED-F-en-immune",                # build a dog's immunity … protection against environmental stress
    "r51cw-1635534": "AD-ABS-EN-the ultimate",          # the ultimate mealtime companion
    "r51cw-1451110": "AD-ABS-EN-the best",              # Give your pet the best
    "r51cw-693358": "AD-ABS-EN-finest",                 # the finest ingredients from around the world
    "r51cw-36493": "AD-ABS-EN-highest quality",         # the highest quality ingredients; anti-inflammatory properties
    "r51cw-1310814": "AD-ABS-EN-the best",              # Give your clever pup the best
    "r51cw-1850014": "AD-ABS-EN-best quality",          # for the best quality for your tail wagger
    "r51cw-1657998": "AD-MED-F-en-absentee",            # may promote … fewer sick days
    "r51cw-1070342": "AD-MED-EN-weight loss",           # support healthy weight loss
    "r51cw-1487438": "AD-ABS-EN-the best",              # the best nutrition for their age; weight loss
    # round 56 (ids r56mg…, r56yt…): K-beauty brand copy (2024) and JD health goods (2017)
    "r56mg-07": "AD-MED-F-c56-en-melanin",   # Glow Recipe Dew Drop: helping to reduce hyperpigmentation
    "r56mg-38": "AD-MED-F-c56-en-melanin",   # Glow Recipe Dew Balm SPF 45: prevent hyperpigmentation (no monograph claim)
    "r56mg-14": "AD-ABS-EN-best-selling",    # belif Aqua Bomb: A bestselling moisturizer (no market or basis named)
    "r56mg-29": "AD-ABS-EN-the best",        # Beauty of Joseon Revive Serum: creates the best synergy for skin elasticity
    "r56yt-5": "AD-MED-补肾",                # 汇仁肾宝片 sold as 用于事后补充“肾透支”的高档调理滋补品 (beyond the label's indications)
    # round 57: Gold Bond product pages on Amazon.com (a 2021 scrape kept by Photon-Factory-Development-Design/skin-care-aws-page)
    "r57gb-B001MIZMIE": "AD-MED-EN-heals",             # cosmetic foot cream: "Heals Dry, Rough Heels" (a drug claim on a cosmetic, FDA)
    "r57gb-B001ET78HY": "AD-MED-EN-heals",             # cosmetic foot cream: "Heals. Moisturizes. Softens."
    "r57gb-B003QB26MA": "AD-AUTH-EN-clinically proven", # body lotion "clinically proven to moisturize, soothe and protect" (as round 35)
    "r57gb-B012FUZ8NG": "AD-ABS-EN-the ultimate",      # body powder "the ultimate in freshness" (as va-B07HY8X46F)
    "r56yt-8": "AD-MED-延时持久",            # Big Jim 男性保健品 强精固肾…延时持久…勃起药
    # round 59 (ids r59…): 淘客 coupon-feed copy (淘宝联盟 material answers 2019/2023, a 2020 维易/好单库 API doc, 折淘客 doc)
    "r59wy-597195332564": "AD-MED-F-med-treat1",  # 沙棘汁饮料: 【抗病毒就要多补充VC】…补VC增强肌体防御能力 (a food claiming disease prevention; also 马云尝过说好喝)
    "r59lm-zDXv0Xyhet": "AD-MED-F-c59-eye-nerve-protect",  # 儿童叶黄素软糖 (普通食品, 非蓝帽): 保护视神经 … 学习不伤眼, 护眼 in the title
    # round 59, 2010–2011 淘宝产品库 cosmetics copy (tasfe/dootaoke cache)
    "r59dt-114187836": "AD-MED-美白",               # 牛尔 透白C面膜: 美白凝胶…改善肌肤斑点及色素沉淀 (no 特证 number)
    "r59dt-120862060": "AD-ABS-F-c59-first-product",  # 纪梵希散粉: 它是第一款同时拥有四种颜色的散粉 (missed before the round)
    "r59dt-121497944": "AD-ABS-无与伦比",            # Benefit 润肤霜: 绝对是少见, 无与伦比的享受
    "r59dt-123176362": "AD-MED-F-med-func",          # 相宜本草防晒: 促进新陈代谢, 分解消化沉积的黑色素
    "r59dt-123246370": "AD-ABS-最先进",              # 兰蔻防晒: 最先进的防晒防污染舒缓技术, 减少神经介质分泌
    "r59dt-123620361": "AD-MED-美白",                # 玉兰油透视美白精华露: 美白, 抑制黑色素生成 (no 特证 number)
    "r59dt-124119272": "AD-MED-美白",                # 玉兰油水感透白套装: 同上
    "r59dt-124789676": "AD-MED-F-c59-melanin-formation",  # 丹派诗唇膏: 防止唇部黑色素生成 (missed before the round)
    "r59dt-124875076": "AD-MED-除痘",                # 曼秀雷敦男士沐浴露: 去除痘痘
    "r59dt-125208999": "AD-MED-F-med-func",          # 相宜本草红景天套装: 提高人体免疫功能, 促进人体新陈代谢
    "r59dt-125208432": "AD-MED-F-med-func",          # 同上（乳液版）
    "r59dt-125716101": "AD-MED-消炎",                # 铂肌BB霜: EGF, 消炎, 修复表皮, 诺贝尔医学奖成分
    "r59dt-125970302": "AD-ABS-顶级",                # 都彭白钻女香: 时尚工艺的顶级之作
    "r59dt-126008653": "AD-ABS-绝对",                # 媛妃唇膏: 绝对是气质MM必备
    "r59dt-56178401": "AD-MED-F-c63-cell-damage",    # 玉兰油新生修复抗纹霜: 激活亿万细胞自我修复, 逆转细胞损伤
    "r59dt-87918743": "AD-MED-F-med-treat",          # 佰草集乳香精华油: 消除产后抑郁症状, 有助伤口愈合
    # round 58: Amazon.com Health & Personal Care listings of the Amazon Reviews 2023 metadata (shalinanvai/reviews-qa):
    # supplements, vitamins, skin care, pill organisers; superlatives, disease and drug claims on supplements, doctors'
    # recommendations, the seller's web address
    "r58hp-B0BG55KD7K": "AD-ABS-EN-the ultimate",  # food sensitivity test: The Ultimate Health Sensitivity Test
    "r58hp-B09KK65H78": "AD-ABS-EN-the best",  # Edens Garden: Voted the #1 Non-MLM essential oil company; only the best aromatherapy products
    "r58hp-B0012SUBXU": "AD-ABS-EN-highest quality",  # Monocal: the highest quality, safest dietary supplements available anywhere
    "r58hp-B01MYUKYZP": "AD-ABS-F-en-unmatched",  # fulvic minerals: unsurpassed cellular support
    "r58hp-B00DUYH65A": "AD-ABS-EN-best-selling",  # Two of the best-selling energy & caffeine pills (no basis)
    "r58hp-B07XVVVB8W": "AD-ABS-EN-the best",  # amla powder: You don't mess with the best
    "r58hp-B07P5VZSSQ": "AD-ABS-EN-highest quality",  # the highest quality ingredients
    "r58hp-B00PMJPYOG": "AD-ABS-EN-the best",  # Mason: THE BEST VITAMINS FOR OVER 50 YEARS
    "r58hp-B07KFBPZZZ": "AD-MED-EN-acne treatment",  # herbal pills sold for Acne Treatment (a drug claim on a supplement)
    "r58hp-B01FMO5GPW": "AD-MED-EN-detox",  # blue green algae: full body detox cleanse
    "r58hp-B09BTXHXTJ": "AD-ABS-F-en-most-world",  # greens: one of the best tasting greens supplement on the market; fight acne, boost collagen production
    "r58hp-B07FNZ4K46": "AD-ABS-EN-highest quality",  # omega-3: to guarantee you the highest quality omega-3 supplement available
    "r58hp-B00NFZUR4G": "CONTACT-LINK",  # BulkSupplements.com: the seller's web address leads the title (as round 32: a web address in listing copy)
    "r58hp-B09C15R7GS": "AD-ABS-EN-best quality",  # to cultivate the best quality products
    "r58hp-B07S6PHCWC": "AD-ABS-EN-highest quality",  # nature's finest and highest quality nutritional vitamins
    "r58hp-B08Y6KFMZV": "AD-ABS-EN-best",  # pill box: Best Design
    "r58hp-B0014LE00U": "AD-GUAR-EN-guaranteed",  # protein bars: Great Taste Guaranteed in the title (Amazon: no guarantees in titles, as r17az-B07C4YHF4L)
    "r58hp-B072KK81R5": "AD-GUAR-F-c58-en-no-steroid",  # cosmetics set: Steroid-free (a forbidden substance claimed absent), 100% SATISFACTION
    "r58hp-B00NW7HYQQ": "AD-ABS-F-en-first-choice",  # gummy vitamins: Toddlers First Choice
    "r58hp-B07BNXS8KD": "CONTACT-LINK",  # BulkSupplements.com in the title
    "r58hp-B07BZVYNR6": "AD-MED-F-en-height",  # height growth supplement for kids
    "r58hp-B0187EY5CE": "AD-ABS-EN-best",  # Best Vitamin C Serum; one of the world's best moisturizers
    "r58hp-B07MD4JCYV": "AD-ABS-F-en-most-world",  # the best collagen powder on the market; #1 BRAND
    "r58hp-B00CBY8L0E": "AD-MED-EN-hair loss",  # Vitamins for Hair Loss
    "r58hp-B08V8Q7HQ5": "AD-MED-F-en-treat",  # elderberry gummies: treat cold and flu symptoms; reduce the risk of heart disease
    "r58hp-B016VJG8PO": "AD-MED-EN-weight loss",  # diet pills: weight loss, appetite suppressant, fat burner
    "r58hp-B08D6YJ6DN": "AD-MED-EN-hair loss",  # collagen gummies: Hair Loss, hair regrowth
    "r58hp-B014CHSDVE": "AD-ABS-EN-the best",  # Vitamin C serum: THE BEST FORM OF VITAMIN C; stimulates collagen
    "r58hp-B08ZJNQVDG": "AD-ABS-EN-the ultimate",  # The ultimate bone support supplement; the most potent ingredients
    "r58hp-B07NPVKBNM": "AD-AUTH-EN-scientifically proven",  # gummies scientifically proven to help grow luxurious hair in less than a month
    "r58hp-B095C5WMZW": "AD-ABS-EN-highest quality",  # the purest and highest quality ingredients
    "r58hp-B071SKQ4Z7": "AD-MED-EN-hair loss",  # collagen powder: Other indications are: hair loss and brittle nails
    "r58hp-B09L5FHX1W": "AD-MED-F-en-immune",  # multivitamin: BOOSTS IMMUNITY
    "r58hp-B07FDZQK2R": "AD-MED-F-en-regen",  # hibiscus powder regenerates cells
    "r58hp-B0BQ47DNW2": "AD-AUTH-EN-clinically proven",  # Kleenex: clinically proven to be the softest lotion tissue (a superlative, basis not shown)
    "r58hp-B0719WZ8JN": "AD-MED-F-en-regen",  # nail vitamins: promotes cell regeneration
    "r58hp-B08GFKZB2C": "AD-GUAR-EN-100% satisfaction",  # PMS/PMDD pill: 100% SATISFACTION guarantee (as azpet-B07RYPRTD2)
    "r58hp-B06W5K4M9T": "AD-ABS-EN-highest quality",  # the highest quality beets; BEST TASTING BEET JUICE
    "r58hp-B07X4JYLBD": "AD-ABS-F-en-most",  # the most powerful ... shake ever; GUARANTEED BURST OF ENERGY
    "r58hp-B084HM58LQ": "AD-MED-F-en-treat-list",  # elderberry syrup: soothe coughs, relieve coughs
    "r58hp-B095YK27H6": "AD-ABS-EN-best",  # best option in monthly pill organizers
    "r58hp-B08K96V2T6": "AD-ABS-EN-finest",  # only the finest ingredients
    "r58hp-B00OVBBZ3A": "CONTACT-LINK",  # BulkSupplements.com in the title
    "r58hp-B00PJ82S7Q": "AD-MED-EN-detox",  # Skin Detox pills
    "r58hp-B01M5JP7TK": "AD-ABS-EN-highest quality",  # the highest quality products possible
    "r58hp-B00014CZOE": "AD-ABS-EN-best-selling",  # This best-selling natural FOOD-BASED multivitamin
    "r58hp-B006I713UK": "AD-ABS-F-en-only",  # the only product that combines ...
    "r58hp-B01CGU1ZWS": "AD-MED-F-en-treat",  # fiber combats everyday inflammation
    "r58hp-B0BFBVQ8DJ": "AD-ABS-F-en-only",  # The only product that features ...; supports fat metabolism
    "r58hp-B01BFNTO66": "CONTACT-LINK",  # BulkSupplements.com in the title
    "r58hp-B004RRCF32": "AD-MED-F-en-bloodsugar",  # multivitamin: minerals help to regulate blood pressure (a blood-pressure claim on a supplement)
    "r58hp-B07NPP3F6B": "AD-ABS-F-en-most",  # The most complete and advanced probiotic formula
    "r58hp-B007GFPMQY": "AD-MED-F-en-treat",  # immune systems fighting against sickness
    "r58hp-B082X4X38H": "AD-ABS-EN-the best",  # pill splitter: It's the best option
    "r58hp-B08LYMG12W": "AD-ABS-EN-finest",  # only the finest ingredients; the very best
    "r58hp-B07GGJXN22": "AD-ABS-F-en-most-world",  # the best hair growth formulation on the market
    "r58hp-B0872KHDY6": "AD-MED-F-en-treat-list",  # vitamin C gummies: Help reduce the cough, cold, allergies
    "r58hp-B08T1QN7Z8": "AD-ABS-EN-highest quality",  # Highest Quality Ingredients
    "r58hp-B07RF9K6MR": "AD-MED-EN-weight loss",  # probiotic: HELPS WITH WEIGHT LOSS, eliminate harmful toxins
    "r58hp-B00SA0DBZ8": "AD-MED-F-c19-en-collagen",  # serum: Enhances healthy collagen production
    "r58hp-B078941NV5": "AD-ABS-EN-best quality",  # best quality products for the best value
    "r58hp-B07PPB75FV": "AD-ABS-EN-highest quality",  # committed to the highest quality standards
    "r58hp-B00IMQEQTU": "AD-MED-EN-heals",  # shea butter: Best Moisturizer to Heal ... Eczema; heals skin
    "r58hp-B07SDRFM1Q": "AD-ABS-EN-highest quality",  # nature's finest and highest quality
    "r58hp-B074QTBL4D": "AD-ABS-EN-best",  # Best Natural Herbs for Beautiful Hair; rid the body of toxins
    "r58hp-B00TJ2RJBI": "AD-ABS-EN-the best",  # vitamin D drops: ensure they have the best chance of thriving (as r51cw-1310814)
    "r58hp-B01DWINSR8": "AD-MED-F-en-hair-growth",  # Restore Hair Growth
    "r58hp-B078958SK5": "AD-ABS-F-en-most",  # The most trusted brand among professionals
    "r58hp-B078KN4SR8": "AD-GUAR-EN-100% satisfaction",  # 100% satisfaction guarantee (as azpet-B07RYPRTD2)
    "r58hp-B09FYG21P5": "AD-GUAR-EN-money-back guarantee",  # Money-back Guarantee. Healthy nails, skin, and hair in 60 days or less (a promised result)
    "r58hp-B00JV59BJQ": "AD-MED-F-c19-en-antimicrobial-skin",  # horsetail: Anti-Inflammatory Properties; BulkSupplements.com
    "r58hp-B01AB40U90": "AD-MED-EN-hair loss",  # Fight thinning hair; Hair loss
    "r58hp-B08CMTV6CF": "AD-ABS-EN-highest quality",  # only the highest quality ingredients
    "r58hp-B01KVRAXV2": "AD-MED-F-c19-en-collagen",  # serum: increase the production of collagen; guaranteed
    "r58hp-B07RF56CYD": "AD-AUTH-F-en-pro-endorse",  # Recommended by physicians worldwide (a health product may not carry doctors' recommendations)
    "r58hp-B07BLZLKRX": "AD-ABS-F-en-most-world",  # the finest powders on the market
    "r58hp-B017T5VV6A": "AD-ABS-EN-best quality",  # the best quality of products for the best value
    "r58hp-B01MTC1IJT": "AD-AUTH-F-en-pro-endorse",  # bruise lotion: DERMATOLOGIST RECOMMENDED
    "r58hp-B07H221ZNK": "AD-MED-F-en-symptom-relief-food",  # reduces heavy menstruation, reduce the pain
    "r58hp-B01FWALYJ8": "AD-MED-EN-treats",  # pills treat hyperhidrosis
    "r58hp-B08JD5SXS7": "AD-AUTH-EN-scientifically proven",  # the scientifically proven ratio; the most powerful Amino Acids
    "r58sd-B0016FWFDI": "AD-AUTH-F-en-pro-endorse",  # Dove Beauty Bar: #1 DERMATOLOGIST RECOMMENDED (a recommendation by doctors, as r6b560186514715)
    "r58sd-B0CF58LSJN": "AD-ABS-EN-greatest",  # shower steamers: The Greatest Mothers Day Gifts; more essential oils than any other shower steamer
    "r58hp-B09R2LMQ92": "AD-ABS-EN-best",  # ACV gummies: uses only the absolute best ingredients
    # round 27 c105: round 58's known misses with a class rule now (English health and supplement wording)
    "r58hp-B00NYPST74": "AD-ABS-F-c105-en-sup-ingredients",  # VitaBeard: the cleanest, most studied ingredients
    "r58hp-B08PP58ZL7": "AD-MED-F-c105-en-disease-agent",  # UpGo elderberry: an inflammation reducer (a disease claim, noun form)
    "r58hp-B07WLPTK89": "AD-ABS-F-en-most-world",  # lime powder: the most nutrient dense food on the planet
    "r58hp-B07W9B48ZJ": "AD-ABS-F-en-most-world",  # black currant powder: the most nutrient dense food on the planet
    "r58hp-B06W594VB4": "AD-MED-F-c105-en-prevent-degeneration",  # calcium: help prevent bone deterioration; the prevent of muscle cramps
    "r58hp-B0896WWK9P": "AD-MED-F-c105-en-heal-beauty",  # Hair Envy supplement: heal your hair from the inside
    "r58hp-B08DWYKB92": "AD-MED-F-c105-en-prevent-degeneration",  # EpaPlus collagen: prevents the wear suffered by the cartilage
    "r58hp-B01DJLE0NY": "AD-AUTH-F-c105-en-pros-recommend",  # GUM orthodontic wax (a device): RECOMMENDED BY PROFESSIONALS (广告法第十六条)
    "r58hp-B08QV55NBK": "AD-ABS-F-c105-en-highest-standards-of",  # elderberry gummies: made with the highest standards of production
    "r58hp-B003OD4L0K": "AD-MED-F-c105-en-organ-problems",  # dog joint juice: relieve joint problems in dogs; make the ruff pain days go away
    "r58hp-B00XQMIMCM": "AD-ABS-F-c105-en-only-product",  # hair serum: The ONLY Formula With 10 Natural Exotic Oils
    "r58hp-B018REMP9Y": "AD-MED-F-c105-en-chemo-effects",  # CHEMRegen: developed by oncologist; fatty liver (common side effect of chemotherapy)
    "r58hp-B01IAIJ4NW": "AD-MED-F-c105-en-fight-yeast",  # prebiotic fiber gummies: Helps fight yeast and harmful bacteria
    "r58hp-B016L45IV4": "AD-ABS-F-c27-en-first-and-only",  # Rainbow Light prenatal: The first and only multivitamin to deliver … (its organic-certification finding is a false alarm)
    # round 27 c105: a round-35 listing the new heal frame reads — healing cracked lips is the OTC skin-protectant claim
    # (21 CFR 347.50: chapped or cracked lips), a drug claim on a cosmetic scrub, as round 35 judged “heals acne”
    "r35dk-094": "AD-MED-F-c105-en-heal-beauty",  # Dot & Key lip sugar scrub: vitamin E that helps heal cracked, dry lips faster
    "r58hp-B0BG268YYS": "AD-MED-F-c105-en-recover-from",  # Wellements syrup: help little ones recover faster from the sniffles (organic-certification finding a false alarm)
    # round 60 (r60): Amazon.in listings of January 2023 with their "About this item" bullets, outside health and beauty
    "r60az-B083P71WKK": "CONTACT-LINK",  # kitchen scale: "Reach out to us on our website ... healthsense.in OR via email ... OR call us on +91 ..."
    "r60az-B092R48XXB": "AD-ABS-EN-best-in-class",  # robot vacuum title: Best-in-class Laser Navigation in 10-20K INR price band (no source)
    "r60az-B01C8P29N0": "AD-MED-EN-antibacterial",  # dry iron title: Anti-bacterial German Coating (a public-health claim, as round 42's towel)
    "r60az-B075S9FVRY": "AD-ABS-EN-most powerful",  # mixer grinder: Most powerful 900 watts motor
    "r60az-B078JT7LTD": "AD-ABS-EN-most powerful",  # mixer grinder: Most powerful ... motor
    "r60az-B00S9BSJC8": "CONTACT-PHONE",  # juicer: Please contact_us on: [1800-102-2929] (the maker's line, as round 36's Philips 400 number)
    "r60az-B00LP9RFSU": "AD-MED-F-en-treat",  # water-purifier cartridge: Destroys diseases causing bacteria ... protection from harmful water borne diseases
    "r60az-B01NCVJMKX": "AD-ABS-EN-best",  # title: Best Lint Shaver for Clothes
    "r60az-B07F6GXNPB": "AD-MED-EN-antimicrobial",  # vacuum bags: Anti-Microbial (Biocide Treated) ... Protection Against Bacteria, Fungus, Dust Mites (a pesticidal claim)
    "r60az-B07MP21WJD": "AD-ABS-EN-the best",  # lint roller: ensures you get the best usage
    "r60az-B08S6RKT4L": "AD-ABS-EN-finest",  # blender: get the finest results
    "r60az-B07S9M8YTY": "AD-ABS-EN-best",  # dry iron: ISI mark for best product quality
    "r60az-B08HDCWDXD": "AD-ABS-EN-best in class",  # vacuum: Best in class 700 Watts motor
    "r60az-B09LV1CMGH": "CONTACT-EMAIL",  # heater: call the Lifelong Customer Support - +91 ... or customercare@lifelongindia.com
    "r60az-B0123P3PWE": "AD-ABS-EN-NO.1",  # immersion rod: Premium No 1 Quality compare to any brand; Best alternative to all other water heating options
    "r60az-B00VA7YYUO": "AD-ABS-EN-NO.1",  # pencils: No. 1 recommended stationary by teachers for children
    "r60az-B09KH58JZR": "AD-ABS-EN-the best",  # cable: to provide the best comfort and performance
    "r60az-B08CF3B7N1": "AD-ABS-EN-the best",  # cable: the same bullet
    "r60az-B00CEQEGPI": "AD-ABS-EN-top-selling",  # keyboard set: the world's top-selling combo(4) (the footnote's basis is not in the listing)
    "r60az-B09F3PDDRF": "AD-ABS-EN-the best",  # SATA cable: offers the best reliability
    "r60az-B0B65MJ45G": "AD-ABS-EN-the best",  # cable: to provide the best usage experience
    "r60az-B08NCKT9FG": "CONTACT-PHONE",  # cable: activate your warranty by giving a missed call on 9223032222
    "r60az-B08YDFX7Y1": "AD-ABS-EN-best",  # mouse: USAGE: Best for Laptop/PC/Mac (as round 4's "Best for Cat")
    "r60az-B092JHPL72": "AD-ABS-EN-the best",  # phone stand: On[e] Of The Best Inventions
    "r60az-B085CZ3SR1": "CONTACT-PHONE",  # charger: Customer Care: 18001036286
    "r60az-B09GP6FBZT": "AD-ABS-EN-best quality",  # screen protector: Best Quality:
    "r60az-B07CD2BN46": "CONTACT-PHONE",  # earphones: Customer Service: 1800 103 6286; the best music & calling experience
    "r60az-B0972BQ2RS": "AD-ABS-F-en-possessive-sup",  # smartwatch title: India's No 1 Smartwatch Brand (no source in the title); Industry Best Display
    "r60az-B09RKFBCV7": "AD-ABS-EN-best in class",  # smartwatch: Best in class HD Full Touch Screen; best Smart watch
    "r60az-B08FYB5HHK": "AD-ABS-EN-the fastest",  # network adapter: The fastest USB 3.0 and Gigabit solutions
    "r60az-B00P93X6EK": "AD-ABS-EN-the best",  # notebook: only the best from classmate
    "r60az-B00LZLQ624": "AD-ABS-EN-the best",  # notebook: only the best from classmate
    "r60az-B00P93X0VO": "AD-ABS-EN-the best",  # notebook: Only the best from Classmate
    "r60az-B00ZRBWPA0": "AD-ABS-F-en-possessive-sup",  # batteries: the No. 1 choice; India's No. 1 Battery Brand (no source)
    "r60az-B00BN5SNF0": "AD-ABS-EN-best",  # batteries: Best in Industry 1000mAh capacity
    "r60az-B005FYNT3G": "CONTACT-EMAIL",  # flash drive: Customer care: IndiaSupport@sandisk.com
    # round 61 (r61): Shopee Indonesia, 2022
    "r61sp-2884127624": "BRAND-UNAUTH",  # JAM TANGAN ROLEX AUTOMATIC “SUPER PREMIUM GARANSI MESIN 1 TAHUN”: a replica grade with the shop's own machine warranty
    "r61sp-11427551540": "BRAND-UNAUTH",  # Dw-5600 watch, “Brand : G SHOCK Casio | Kualitas : Super”: the brand hidden from the title, a replica grade
    "r61sp-12556991182": "BRAND-UNAUTH",  # unbranded sports shorts sold as “CELANA PENDEK OLAHRAGA MIZUNO” (fabric “LOTTO PREMIUM”)
    "r61sp-14718001745": "BRAND-UNAUTH",  # canvas gym shoes with a nylon sole titled “sepatu wanita Adidas Neo”
    "r61sp-9259317268": "BRAND-UNAUTH",  # WF STORE briefs sold as “CK”, “CK LIST … HANYA BEDA DUS ATAU BOX” (Calvin Klein's initials on other goods)
    "r61sp-2140984145": "BRAND-UNAUTH",  # Baby Happy pants from “RAJANYA PAMPERS MURAH”: another maker's diaper mark as the shop's selling word
    "r61sp-15288262904": "BRAND-UNAUTH",  # paid mystery box titled “Z flip 256gb … original”, a samsung galaxy flip as the prize
    "r61sp-11666654808": "BRAND-UNAUTH",  # paid mystery box titled “HP OPPO RENO 6 8GB/128GB (MISTERI BOX)”
    "r61sp-18913331461": "BRAND-UNAUTH",  # paid “misteri amplop” lottery (undian) with iPhone, Samsung, Oppo, Xiaomi, Realme as prizes (the fault is the lottery; the brands are what is found)
    "r61sp-2363529634": "AD-MED-EN-diabetes",  # Etawaku goat-milk powder: Menurunkan diabetes, mengobati asam urat, solusi asma
    "r61sp-4696415045": "AD-ABS-EN-best",  # car door guards: “We will give u ; | Best service:”
    # session 28 (the lead): English phrases written with hyphens are read as the spaced term
    # (world-leading, free of side-effects); these rows had been judged lawful only because the
    # hyphenated spelling was not found, the same wording spaced is the lexicon's violation
    "r35dk-051": "AD-GUAR-EN-free of side effects",  # hand cream: “gentle on skin and free of side-effects” (a safety guarantee, as r35dk-033)
    "r35dk-076": "AD-GUAR-EN-free of side effects",  # lip balm: the same sentence
    "r35dk-099": "AD-GUAR-EN-free of side effects",  # hand cream: the same sentence
    "r42mw-4777164767341": "AD-ABS-EN-first ever",  # 501 shorts: “The first-ever jean shorts” (a priority claim, 首个, with no basis in the listing)
    # the claim frames also read hyphen-joined words (the normal form drops the hyphen, and a frame's
    # anchor needs a word edge): Purina ONE's “veterinarian-recommended” is the professional
    # endorsement the spaced form is (r58hp-B01MTC1IJT, r58sd-B0016FWFDI), with no survey named
    "r51cw-119368": "AD-AUTH-F-en-pro-endorse",  # Purina ONE SmartBlend wet food: “This veterinarian-recommended high-protein wet food”
    "r51cw-119432": "AD-AUTH-F-en-pro-endorse",  # Purina ONE +Plus Healthy Weight: “This veterinarian-recommended recipe”
    "r51cw-182035": "AD-AUTH-F-en-pro-endorse",  # Purina ONE True Instinct: the same
    "r51cw-192839": "AD-AUTH-F-en-pro-endorse",  # Purina ONE +Plus Digestive Health: the same
    "r51cw-29838": "AD-AUTH-F-en-pro-endorse",   # Purina ONE Vibrant Maturity: the same
    # a claim to boost or strengthen the immune system (en-boost-immune): on pet food FDA CVM reads it as
    # a drug claim (held-out hc8247, North River Enterprises); “supports immune health” stays lawful
    "azpet-B07V5BF6LD": "AD-MED-F-en-boost-immune",  # parrot seed mix: “strengthens the avian immune system”
    "r51cw-121056": "AD-MED-F-en-boost-immune",      # ACANA dry dog food: “immune-boosting”
    "r51cw-1724358": "AD-MED-F-en-boost-immune",     # Health Extension wet dog food: “boost immunity”
    "r51cw-45075": "AD-MED-F-en-boost-immune",       # Addiction raw dehydrated dog food: “boost your pup’s immune system”
    "r51cw-922238": "AD-MED-F-en-boost-immune",      # Dr. Pol dog food: “strengthen immunity”
    # round 63 (r63): 保健食品 label text of registered blue-hat products and AdvertiseGen clothing ad copy
    "r63bh-173": "AD-MED-HF-不能代替药物",  # 汤臣倍健 孕妇型 multivitamin: the seed left 注意事项 empty, so the listing lacks 本品不能代替药物 (《广告法》第十八条第二款)
    "r63bh-190": "AD-MED-HF-不能代替药物",  # 汤臣倍健 成人型 multivitamin: the same missing statement
    "r63ag-0121": "AD-ABS-绝对",         # pink dress: 绝对是不能错过的存在 (platform 极限词, as r43kb-0592)
    "r63ag-0414": "AD-ABS-极佳",         # yoga trousers: 显瘦效果极佳, 极佳的弹力感 (as r6b575579911205)
    "r63ag-0518": "AD-ABS-无与伦比",     # grey set: 发挥到了极致，带来无与伦比的时尚魅力
    "r63ag-0669": "AD-ABS-上上之选",     # check dress set: 百搭经典的上上之选 (as 不二之选)
    "r63ag-0674": "AD-ABS-极佳",         # sweatshirt: 舒适度极佳
    "r63ag-0790": "AD-ABS-至佳",         # lace dress: 蕾丝是女人味的至佳代表元素 (至佳 = 最佳, praising the dress's own lace)
    "r63ag-0847": "AD-ABS-精美绝伦",     # silk shirt: 精美绝伦的设计感 (绝伦 = beyond compare, as 无与伦比)
    "r63ag-0879": "AD-ABS-最清晰",       # jacket: 最清晰活泼的选择 (a 最-superlative of the product, the writer's typo for 最清新)
    "r63ag-0882": "AD-ABS-绝对",         # baby cardigan: 绝对适合宝宝稚嫩的小皮肤
}

NEEDS_CODE: dict[str, str] = {
    # round 47: a named, dated award quoted as the source of BEST
    "r47wm-05172339": "voted BEST bathtub in BabyCenter's Moms Picks 2014 awards: the award is named with its year, but the "
                      "name and year stand 30+ characters after BEST, beyond the 24-character window policy.py gives lawful-use "
                      "patterns (the 奖项名称 filter can only see words right after best)",
    # round 46: Etsy listings linking to the seller's own Etsy shop, its sections or other listings (as round 16)
    "r46et-190290936": "links to the seller's own Etsy shop search and section: allowed only with the listing's Etsy URL",
    "r46et-211002893": "links to the seller's own Etsy shop search and section: allowed only with the listing's Etsy URL",
    "r46et-221640493": "links to the seller's own Etsy shop search and section: allowed only with the listing's Etsy URL",
    "r46et-240629680": "link to the seller's rush-order listing on etsy.com/ca: allowed only with the listing's Etsy URL",
    "r46et-242448926": "links to the seller's own Etsy listings, frame section and shop subdomain (parkerandpercy.etsy.com): "
                       "allowed only with the listing's Etsy URL",
    "r46et-258181398": "a wood ring “cut from used Jack Daniels whiskey barrels”: the distillery's used barrels named as the "
                       "material of an upcycled good; compat_words.csv reads accessory/spec/platform words, no material-origin "
                       "reading (cut from / made from … barrels), and the link to the seller's other Etsy listing as above",
    "r6b38360352721": "刘涛倾情代言 in a 黄老五 flagship shop's copy: an endorsement the shop holds is lawful, but the "
                      "endorsement detector does not read the listing's own brands, and the text cannot show the contract",
    "etsy-513843047": "links to the listing's own platform (etsy.com/shop, etsy.com/listing): quiet when the listing's "
                      "URL is known, which a held-out row does not carry",
    "etsy-387326070": "links to the listing's own platform (etsy.me, etsy.com/shop): quiet when the listing's URL is known",
    "etsy-152812797": "links to the listing's own platform (etsy.com/listing, etsy.com/shop): quiet when the listing's URL is known",
    "etsy-690014553": "link to the listing's own platform (etsy.com/shop): quiet when the listing's URL is known",
    "ynf-1249": "就像哆啦A梦的百宝箱: a character named in a simile in cosmetics copy; 像 + a brand is also the "
                "dupe comparison 像LV一样的质感, which must stay found",
    "r7al011": "“Mini Shock Mount” in a microphone kit: the car brand MINI read from a capitalised ordinary word",
    "r7al024": "ZHIKE (the seller's brand) read as the pinyin of 止咳: a pinyin claim word inside a Latin brand name",
    "r7al064": "Apple Watch edition names (Nike+, Hermès) in a band adapter's fits-list: a band naming Hermès is also "
               "the counterfeit Hermès band, so the watches category cannot be widened to luxury",
    "r7al087": "Apple Watch Nike+ in a leather band's fits-list (as r7al064)",
    "r7al106": "Apple Pencil nibs: Apple named in the bullets beyond the reach of the title's compatibility note",
    # round 13 (Best Buy)
    "r13bb-1078674": "“Compatible with mobile phones and Apple iPhone”: the device brand stands after a list, beyond the "
                     "12-character reach of “compatible with”",
    "r13bb-8677355": "“Use the city of Chicago as your ultimate weapon” in a video game's story blurb: the weapon is in the "
                     "game's plot, the scanner has no video-game class to tell plot from a product claim",
    # round 16: Etsy listings linking to the seller's own Etsy shop, another listing or an etsy.me short link; the
    # contact detector allows links to the listing's own marketplace (contact_words.csv `platform` rows) only when it
    # knows the listing's URL, and the held-out harness scans title and description without one
    "r16et-160831116": "etsy.me link to add a frame (Etsy's own shortener): allowed only with the listing's Etsy URL",
    "r16et-569579335": "link to the seller's own Etsy shop page: allowed only with the listing's Etsy URL",
    "r16et-569582287": "link to the seller's own Etsy shop page: allowed only with the listing's Etsy URL",
    "r16et-590412732": "link to the shop's priority-shipping upgrade listing on Etsy: allowed only with the listing's Etsy URL",
    "r16et-597616681": "link to a section of the seller's Etsy shop: allowed only with the listing's Etsy URL",
    # round 16, Flipkart: the platform's own template names it ("Buy … only for Rs. 719 from Flipkart.com", "Only at
    # Flipkart.com"); a marketplace's own domain is allowed only when the listing's URL is known, and the held-out
    # harness has none (as the Etsy rows above)
    "r16fk-ACCEF2R7ZWEDG674": "Flipkart.com named by Flipkart's own listing template: allowed only with the listing's Flipkart URL",
    "r16fk-CRGE6A53UX7CJMXX": "Flipkart.com named by Flipkart's own listing template: allowed only with the listing's Flipkart URL",
    "r16fk-JEAE6YUTDBH6DCPK": "Flipkart.com named by Flipkart's own listing template: allowed only with the listing's Flipkart URL",
    "r16fk-JEAE8CZGJ8PGGHRQ": "Flipkart.com named by Flipkart's own listing template: allowed only with the listing's Flipkart URL",
    "r16fk-JEAEBMSEEGG26RPV": "Flipkart.com named by Flipkart's own listing template: allowed only with the listing's Flipkart URL",
    "r16fk-JEAECN2PWUKFA9GJ": "Flipkart.com named by Flipkart's own listing template: allowed only with the listing's Flipkart URL",
    "r16fk-JEAEDJXQXQZ8TMTU": "Flipkart.com named by Flipkart's own listing template: allowed only with the listing's Flipkart URL",
    "r16fk-LINE92U9KGZG25AY": "Flipkart.com named by Flipkart's own listing template: allowed only with the listing's Flipkart URL",
    "r16fk-LJGEB2KMCMMHHFC7": "Flipkart.com named by Flipkart's own listing template: allowed only with the listing's Flipkart URL",
    "r16fk-RNGDQ5GGSFNHNANZ": "Flipkart.com named by Flipkart's own listing template: allowed only with the listing's Flipkart URL",
    "r16fk-RNGE7Z9NKQU2CEVJ": "Flipkart.com named by Flipkart's own listing template: allowed only with the listing's Flipkart URL",
    "r16fk-RNGE88FQ5SDTSFY7": "Flipkart.com named by Flipkart's own listing template: allowed only with the listing's Flipkart URL",
    "r16fk-RNGEA9ZXDDFHAVMZ": "Flipkart.com named by Flipkart's own listing template: allowed only with the listing's Flipkart URL",
    "r16fk-SHOE2FQCE3QFC8ZM": "Flipkart.com named by Flipkart's own listing template: allowed only with the listing's Flipkart URL",
    "r16fk-SHOE4FZGGTE7HJXN": "Flipkart.com named by Flipkart's own listing template: allowed only with the listing's Flipkart URL",
    "r16fk-SHOE7ZJ3GQN3ZHNS": "Flipkart.com named by Flipkart's own listing template: allowed only with the listing's Flipkart URL",
    "r16fk-SHOEA4HADYGNUZFM": "Flipkart.com named by Flipkart's own listing template: allowed only with the listing's Flipkart URL",
    "r16fk-SHOEBYZGZ682N4K2": "Flipkart.com named by Flipkart's own listing template: allowed only with the listing's Flipkart URL",
    "r16fk-SHOED5DCYU8HWRDH": "Flipkart.com named by Flipkart's own listing template: allowed only with the listing's Flipkart URL",
    "r16fk-SHTEB5MNYHJJQGBJ": "Flipkart.com named by Flipkart's own listing template: allowed only with the listing's Flipkart URL",
    "r16fk-SHTEBY72FGKPYBRU": "Flipkart.com named by Flipkart's own listing template: allowed only with the listing's Flipkart URL",
    "r16fk-SKTEC88WSNYJKWY7": "Flipkart.com named by Flipkart's own listing template: allowed only with the listing's Flipkart URL",
    "r16fk-TOPEBKYKHZ74DT6U": "Flipkart.com named by Flipkart's own listing template: allowed only with the listing's Flipkart URL",
    "r16fk-WATE2RX9HHGBUQGA": "Flipkart.com named by Flipkart's own listing template: allowed only with the listing's Flipkart URL",
    "r16fk-WATE3FAXGFHMASYX": "Flipkart.com named by Flipkart's own listing template: allowed only with the listing's Flipkart URL",
    "r16fk-WATE6Y6D2MZHWGBZ": "Flipkart.com named by Flipkart's own listing template: allowed only with the listing's Flipkart URL",
    "r16fk-WATEA6UGFGKZKDJC": "Flipkart.com named by Flipkart's own listing template: allowed only with the listing's Flipkart URL",
    "r16fk-WATEAYAHJ8CUCAYM": "Flipkart.com named by Flipkart's own listing template: allowed only with the listing's Flipkart URL",
    "r16fk-WATEBVHAWSYYS8EY": "Flipkart.com named by Flipkart's own listing template: allowed only with the listing's Flipkart URL",
    "r16fk-WATECHFU4QGFQEJG": "Flipkart.com named by Flipkart's own listing template: allowed only with the listing's Flipkart URL",
    "r16fk-WATECJ25SP6A7VD5": "Flipkart.com named by Flipkart's own listing template: allowed only with the listing's Flipkart URL",
    "r16fk-WATED8HNQGUFBNFT": "Flipkart.com named by Flipkart's own listing template: allowed only with the listing's Flipkart URL",
    "r16sp-1pc-blackhead-tweezers-comedone-acne-remover": "steel that allows safe sterilization, prevent corrosion and minimize "
        "risk of infections: the treat frame reads 'prevent' across the coordination to infections, and sterilization of the "
        "tool itself is read as a pesticidal claim; a verb's own object (corrosion) needs the frame to stop at 'and'",
    "r16et-526423818": "water from St. Colman's Well (a saint's name, a Scottish spring) read as a misspelt Coleman: the fuzzy "
        "matcher knows English words, not saints' or given names (as kbt090)",
    "r16fk-PWTEB7H2E4KCYUE3": "the quote signed M.K. Gandhi read as MK (Michael Kors): a person's initials before a surname "
        "need a guard in the brand matcher",
    "r16fk-RNGDWKZM5ETTQGGU": "22 K gold rings with Swarovski Cubic Zirconia: a component brand named as the stones used; "
        "whether they are genuine is a fact the text does not carry",
    "r17az-B00XHY9YTE": "Metra radio interface 'in amplified 2006-up Chevrolet HHR, Pontiac Solstice': the year-range "
        "fitment notation (2006-up, 06-08) before a car make is a compatibility statement; no cue word stands there, a "
        "numeric pattern before the make needs the compatibility detector",
    "r18wx-219": "清扬 shampoo: 2014年4月，清扬正式成为NBA中国官方合作伙伴 states the maker's sponsorship; the brand matcher reads the "
                 "sponsored league's mark as piggy-backing and has no frame for “X成为Y官方合作伙伴”",
    "r25js300-038": "coffee maker: 取壶自动停止滴露 (滴露 a slip for 滴漏, drip): the exact brand name 滴露 (Dettol) in an ordinary "
                    "phrase; lookalike_words guards only look-alikes, an exact name needs an exception context in the brand matcher",
    "r25js300-049": "laundry-sanitiser combo (洗衣除菌液, 99.9% 除菌): lawful on laundry goods, but one cosmetic item in the box "
                    "classes the whole listing as cosmetics; needs per-item classes for combo listings",
    "r25js300-050": "laundry combo 衣物除菌 除螨: as r25js300-049",
    "r25st-jasmine-blossom-green-tea-bagged": "“one of the world’s most commonly enjoyed flavored teas” is about the kind of tea, "
                    "not the product; the possessive-superlative frame cannot tell the subject (data possible: a lawful use, not done)",
    "r25st-van-gogh-starry-night-infuser-mug-with-lid-in-gift-box": "“one of the world's most famous paintings” about the artwork "
                    "printed, not the mug (as the landmarks of round 17)",
    "r25st-van-gogh-sunflowers-infuser-mug-with-lid-in-gift-box": "as the Starry Night mug",
    # round 26: a used computer on goofish.com whose description says it is used only by its age (the resale wording of
    # a description now covers the brand in the title: brand_judging._resold)
    "r26gf-894109703843": "used Dell desktop: 戴尔品牌台式电脑办公主机i5 4代处理器 … 电脑是正常使用的 — used only by its age (4th-gen i5) "
                          "and 正常使用; no condition word a cue row could hold without quieting 不影响正常使用 on new goods",
    "r26xy-881334873078": "蝴蝶四星乒乓球拍 … 现在换成樊振东alc了: the seller names the player's signature blade (Butterfly 樊振东ALC) he "
                          "switched to; a celebrity name glued to a product-model suffix in a narrative is no endorsement, "
                          "the celebrity matcher has no model-name context",
    # round 29: an orthopaedic dog bed “designed for pets suffering from joint pains, arthritis, back/spinal problems and
    # anxiety” (who the bed is for, no treatment claim)
    "r29hw-9797438": "audience of an orthopaedic bed: the disease is the second item of a list after “pets suffering from”, "
                     "beyond the 24 characters lawful_uses.csv reads before a candidate (scanner/detectors/policy.py _WINDOW); "
                     "the 适用人群 use needs the list's head phrase carried to every item",
    # round 32 (Amazon PromptCloud 2020 sample)
    "r32pc-d7123f13ac": "Fathead's “SHIPS FROM and SOLD BY AMAZON.COM”: the listing's own marketplace named as the seller, "
                        "quiet when the listing's URL is known, which a held-out row does not carry (as the Flipkart rows)",
    "r32pc-93ada703af": "FanWraps “Fallout 4 Vault-Tec Weathered Tin Tote Replica” (a game-prop replica; the description says "
                        "“Licensed and Authentic”): the licence statement stands in another field, far beyond the 10 characters "
                        "counterfeit.csv unless_near reads; the fake-marker detector (scanner/detectors/brand_counterfeit.py) "
                        "needs a listing-level licensed/authentic cue or the replicated work (a game title) as context",
    # round 31: a JD reseller linking to a JD promotion page
    "r31jd-10179145372": "雅诗兰黛 reseller on JD linking to a JD promotion page (https://sale.jd.com/m/h5/…): a link to the listing's own platform, quiet when the listing's URL is known, which a held-out row does not carry",
    # round 33
    "r33ch-070": "罗马仕招财猫 power bank whose title the app cut at 50 characters (…通用便携 招财): the trailing 招财 is the "
                 "first half of 招财猫, named earlier in the same title; the lexicon's exception reads only the running text",
    # round 35
    "r35dk-274": "Dot & Key birthday kit: “Designed with our bestselling skincare & self-care treats … Cheers to the bestselling "
                 "face cream, toner, sunscreen and more”: the second bestselling names the same own-range goods the first one "
                 "qualified with our; lawful_uses reads only the words right before a term, so the own-range cue would have to "
                 "carry through the paragraph (scanner/detectors/ad_terms.py, lawful-use window)",
    # round 36
    "r36jd-1217493": "关注iPhone6.jd.com in a JD listing's 卖点: a link to the listing's own platform, quiet only when the "
                     "listing's platform is known (ScanContext), which a held-out row does not carry (as r31's sale.jd.com)",
    "r36jd-1227156": "TCL TV: 三星原装进口4K屏体 names the panel's maker; a component's maker is read as a specification "
                     "with its model and figures before the spec word (brand_compat.spec_compat), but 原装 right after the "
                     "brand is the genuine-goods cue (brand_db/cues.csv G), which never makes a compatibility note: the judging "
                     "would have to let a spec word after 原装 win (as HP 12A 原装硒鼓)",
    # round 38
    "r38sm-1000318": "OPPO Enco W51: 欧阳娜娜同款无线耳机 in OPPO's own copy (its endorser): read as the celebrity (BRAND-CELEB; "
                     "the IP alias 娜娜 inside her full name no longer counts), but an own brand's endorser contract is not "
                     "in the text (as r6b38360352721)",
    # round 42
    "r42mw-6629467226281": "linen dress “cut from … fibres sourced, grown and cultivated in Normandy, France, following the "
                           "European Flax® Standard making this style gentle on the environment”: the claim names its basis, "
                           "but 40 characters before it in the same sentence; lawful_uses reads 24 characters around a match "
                           "(scanner/detectors/policy.py _WINDOW), so the basis would have to be read sentence-wide",
    "r57gb-B00WVHRE7W": "round 57, Gold Bond OTC and skin care (left for a later session): 'Backed by the National Eczema Association' on an OTC eczema cream (the association's Seal of Acceptance); the endorsement frame reads any organisation's backing as an endorsement claim, and 《广告法》第十六条 forbids an association's recommendation in a drug advertisement, so it stays medium",
    "r57gb-B01KVU94VY": "round 57, Gold Bond OTC and skin care (left for a later session): Psoriasis Relief Cream, an OTC psoriasis drug (3% salicylic acid, 21 CFR 358.710) whose only drug signal, the strength of its active ingredient, stands past the description's first 300 characters; salicylic acid at a stated strength is also a cosmetic exfoliant, so it is no drug signal on its own",
    # round 60 (r60): Amazon.in listings outside health and beauty
    "r60az-B00LZPQVMK": "ball pen: “in a word the greatest Parker ballpoint ever”: the maker's own name after the superlative makes it a "
                        "comparison within Parker's own range (as Luvs' “largest absorbency area ever”, r47), but a lawful use "
                        "cannot name the listing's own brand; that needs the own brand passed to the lawful-use window",
    "r60az-B09ND94ZRG": "earbuds: Boult Audio's own series name “Airbass Propods”: the -pods stem rule (lookalike_stems.csv, LegitScript's "
                        "Onyxpods/Colorpods indicators) reads every X-pods name in an earbud listing as an AirPods imitation; telling a "
                        "maker's registered series name from an imitation needs the trademark register, and listing the one name in "
                        "lookalike_words.csv would fit this row only",
    # round 61 (r61): Shopee Indonesia, 2022
    "r61sp-5177465493": "links to the seller's own Shopee product pages (seller.shopee.co.id/portal/product/…) for add-on packing: a link to "
                        "the listing's own platform is quiet only when the platform is known (ScanContext), which a held-out row does "
                        "not carry (as the Flipkart rows)",
    "r61sp-5183062936": "LINK BUBBLE WRAP : https://shopee.co.id/product/…: the shop's own add-on item on the same platform (as r61sp-5177465493)",
    "r61sp-10896204046": "throttle grips “model original honda … pcx beat scoopy genio revo supra kharisma … vario 160 vespa matic”: a fitment "
                         "list of scooter models with no cue word (as the car fitment rows), and ori/original honda may name genuine "
                         "Honda parts, which the text does not settle",
    "r61sp-12783135766": "“KAOS OVERSIZE MURDER POLAROID”: polaroid as the common noun for an instant photo (a print tee); making Polaroid an "
                         "ordinary word loses “Polaroid Now instant camera”, English camera being no product word of the electronics "
                         "category (category_products.csv), so the brand would need product-word context first",
    "r61sp-19335720583": "“Chiiiipszz hiqqzs dominoss islanddzs” (snacks, “ready 24 jam | hubungi admin”): a title garbled on purpose; "
                         "whether dominoss stands for Domino's or a snack's own name is not in the text",
    "r61sp-15985406912": "baby sandals “murah dg pengkait di belakang”: dg is the Indonesian short form of dengan (with) and also D&G's "
                         "nickname DG; making DG an ordinary word loses “DG印花女士手提包” (round 50), and brand names are matched "
                         "without case, so lower-case dg cannot be told from DG by data",
    "r61sp-11108270537": "TWS earbuds: “memanggil Siri (hanya iPhone)” — Siri works only on an iPhone, a compatibility note; an Indonesian "
                         "cue row (untuk/hanya before a brand) quiets piggy-backing too (“UNTUK CK LIST” on CK-named briefs, "
                         "r61sp-9259317268), so the note needs the assistant's name (Siri) read as the device's feature",
}


ROWS = read_rows(TSV)
LISTINGS = {r["id"]: r for r in ROWS}


@pytest.fixture(scope="module")
def severe():
    return severe_by_listing({lid: (r["title"], r["description"]) for lid, r in LISTINGS.items()}, OWN)


def test_fixture_shape():
    assert len(ROWS) >= 30
    assert len(LISTINGS) == len(ROWS), "repeated id"
    assert_plain_text(TSV, max_bytes=3_830_000)
    for r in ROWS:
        assert r["title"].strip() and r["description"].strip() and ":" in r["source"], r["id"]
        assert len(r["description"]) <= 1500, r["id"]
    check_reviewed(LISTINGS, VIOLATIONS, NEEDS_CODE)


@pytest.mark.parametrize("lid", lawful_params(LISTINGS, VIOLATIONS, NEEDS_CODE))
def test_lawful_listing_has_no_severe_finding(severe, lid):
    found = severe[lid]
    assert not found, f"{lid}: {LISTINGS[lid]['title']} -> {described(found)}"


@pytest.mark.parametrize("lid", sorted(VIOLATIONS))
def test_violation_is_still_found(severe, lid):
    rules = {f.rule_id for f in severe[lid]}
    assert VIOLATIONS[lid] in rules, f"{lid}: {LISTINGS[lid]['title']} -> {sorted(rules)}"

