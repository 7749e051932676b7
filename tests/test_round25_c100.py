"""Round c100 (held-out claims hc12000-hc12028, lawful look-alikes hl5200-hl5215): food-label,
certification and environmental claims from SAMR/local 市场监管 cases, consumer councils, courts
and press reports of 2021-2026 (乐至、固始、柳城、怀柔、柳江、象山、温州龙湾、上海 cases; 上海市消保委
密胺餐具比较试验; 安徽商报/新华社 on 3C sticker sales; 央广网 “碳中和月饼”; 法兰克福地区法院 2025).
Classes added: patent numbers whose term has run out by their own filing year and kind
(c100-patent-expired), 3C/CCC certification marks sold as stickers or seals (c100-ccc-mark-sale),
goods called 碳中和/零碳 without a verification named (c100-carbon-neutral-goods), bamboo-fibre
(melamine) tableware called degradable or natural (c100-bamboo-melamine); 外观专利 applications
(auth-patent-pending) and 无抗 + a qualifier + egg (r90-antibiotic-free-egg) widened. Their
variants must be found; valid patents, 3C数码 goods, a product's own 3C mark, carbon topics and
verified claims, real bamboo ware and honest material statements must stay quiet."""
from heldout_support import rule_tests
from scanner.models import Listing

F = "AD-{}-F-{}".format
PAT = F("AUTH", "c100-patent-expired")
CCC = F("FALSE", "c100-ccc-mark-sale")
CO2 = F("FALSE", "c100-carbon-neutral-goods")
BAM = F("FALSE", "c100-bamboo-melamine")
PEND = F("AUTH", "auth-patent-pending")
EGG = F("FALSE", "r90-antibiotic-free-egg")


def listing(text):
    return Listing(id="c100", title="", description=text)


HIT = [
    ("专利产品 专利号ZL201130123456.7", PAT),                 # design filed 2011
    ("实用新型专利 ZL 2015 2 0123456.X", PAT),               # utility model filed 2015
    ("发明专利 专利号：200410012345.6", PAT),                 # invention filed 2004
    ("国家专利 ZL02123456.7", PAT),                           # old format, before Oct 2003
    ("3C认证标志不干胶 1000枚 可定制", CCC),
    ("CCC标识贴纸 镭射防伪 充电宝通用", CCC),
    ("3c强制认证标签印章定做", CCC),
    ("3C贴纸 过安检 充电宝可用", CCC),
    ("零碳大米 东北新米", CO2),
    ("碳中和咖啡豆礼盒 中秋送礼", CO2),
    ("本款运动鞋已实现碳中和", CO2),
    ("竹纤维饭盒 可降解 环保", BAM),
    ("竹粉儿童餐盘 纯天然 不含塑料", BAM),
    ("可堆肥竹纤维杯 咖啡随行杯", BAM),
    ("本包装已申请外观专利 仿冒必究", PEND),
    ("无抗散养土鸡蛋 30枚", EGG),
]

QUIET = [
    "发明专利 ZL201310178589.X",                      # invention filed 2013: in force
    "实用新型专利 专利号ZL202320567890.1",
    "外观设计专利 ZL202130345678.2",
    "原专利ZL201220123456.7已过期，现为公版设计",
    "专利号查询方法：登录国家知识产权局官网",
    "3C数码贴纸 笔记本电脑贴膜",
    "3C认证标志贴在机身背面 清晰可见",
    "本产品3C认证标签完整 证书编号2025011606123456",
    "谨防购买3C认证贴纸 假标志不能过安检",
    "食品标签 不干胶定制 印刷厂直供",
    "零碳水化合物 生酮零食",
    "碳中和概论 高校教材",
    "助力实现碳中和目标 快递箱使用再生纸",
    "零碳排放产品 已获PAS 2060认证证书",
    "纯电动汽车 零排放",
    "竹纤维毛巾 可降解包装",
    "竹纤维餐具 不可降解 密胺材质",
    "竹制筷子 纯天然 无漆无蜡",
    "竹纤维杯 天然竹香",
    "代理申请外观专利 服务",
    "无抗菌涂层 鸡蛋托",
    "土鸡蛋 兽药残留抽检合格",
]

scanner, test_hit, test_quiet = rule_tests(HIT, QUIET, listing)
