"""Rules added for held-out claims round 34 (Chinese drug, medical-device and cosmetics advertising wording:
国家药监局 / 国家食药监总局 violation bulletins 2010–2015, an online pharmacy's penalty, cosmetics banned-claim lists,
a 2025 NMPA device case): each with wording that must keep its high/medium finding and look-alikes that must
stay quiet.

- frames_medical.csv (《广告法》第十六条、第十七条; 《药品、医疗器械、保健食品、特殊医学用途配方食品广告审查管理暂行办法》
  第十一条): c34-med-drug-compare (comparison with other drugs or treatments: 超出传统药物200倍, 治肺30年不如补肺30天),
  c34-med-time-nomore (几个月后不失眠了), c34-med-time-fullrecover (3周彻底恢复 — not a mattress that recovers its
  shape or a phone's data), c34-med-years-norelapse (至少30年不再犯 — not 不再犯错), c34-med-normal-life (患者重新过上
  正常人的生活), c34-med-all-cured (用了都能好 — not 用了都会好看), c34-med-walk-again (服用三个月，就可以下床了 — not a
  bed rail that helps the elderly get up)
- ad_terms.csv: safety assertions 不损肝肾/不伤肝肾 (暂行办法第十一条: 表示功效、安全性的断言或者保证); cosmetic medical
  wording 溶斑/克斑/消斑, 修复断裂弹性纤维, 化解死细胞, 去除雀斑 (《化妆品监督管理条例》第三十七条 and the NMPA banned-claim
  lists)
- frames_medical.csv, second batch (保健食品 ads): c34-med-reverse (并发症全面逆转), c34-med-func-normal (血糖就正常了),
  c34-med-time-vanish (口渴、多尿、乏力等，不超过半个月基本消失 — not an odour that fades), c34-med-many-diseases (九种病好的快),
  c34-med-longevity (健康轻松地多活20年 — not a battery), c34-med-condition (病情全面康复), c34-med-cartilage (修复损伤的关节
  软骨 — not 软骨素), c34-med-mostly-relieved (三高基本都能得到缓解); term 控制白发; slots 多尿 (SYMPTOM), 肺部纤维化 (DISEASE)
- categories.csv: 补肾丸/固精丸/壮腰丸… (function word + dosage form, like 感冒丸) and the dosage form 合剂 in titles
  are drug names (粘合剂, 复合剂 and other industrial words masked): a drug's approved 功能主治 is then read as a drug's
"""
from heldout_support import rule_tests
from scanner.models import Listing

HIT = [
    ("", "止痛效果超过同类药物5倍", "AD-MED-F-c34-med-drug-compare"),
    ("", "吃药十年不如泡脚一年", "AD-MED-F-c34-med-drug-compare"),
    ("", "治胃20年不如养胃20天", "AD-MED-F-c34-med-drug-compare"),
    ("", "坚持用一个月后不便秘了", "AD-MED-F-c34-med-time-nomore"),
    ("", "喝了半年就再也不失眠了", "AD-MED-F-c34-med-time-nomore"),
    ("", "两个疗程彻底痊愈", "AD-MED-F-c34-med-time-fullrecover"),
    ("", "腰椎间盘突出 3个月彻底恢复", "AD-MED-F-c34-med-time-fullrecover"),
    ("", "用了5年一次都没犯过，十几年不复发", "AD-MED-F-c34-med-years-norelapse"),
    ("", "风湿病人终于过上了正常人的生活", "AD-MED-F-c34-med-normal-life"),
    ("", "老寒腿、关节炎，贴了都能好", "AD-MED-F-c34-med-all-cured"),
    ("", "服用两个月就能下地走路了", "AD-MED-F-c34-med-walk-again"),
    ("解酒饮料", "解酒护肝 不伤肝肾", "AD-MED-不伤肝肾"),
    ("精华液", "消斑 溶斑 克斑", "AD-MED-溶斑"),
    ("面霜", "快速祛雀斑", "AD-MED-祛雀斑"),
    ("胶原精华", "修复断裂弹性纤维", "AD-MED-修复断裂弹性纤维"),
    # second batch (health-food ads)
    ("蜂胶胶囊", "糖尿病人服用后并发症全面逆转", "AD-MED-F-c34-med-reverse"),
    ("蜂胶胶囊", "吃了一个月，血压就正常了", "AD-MED-F-c41-use-result"),  # (round 41's broader frame reads it now)
    ("", "头晕、多尿等症状，不到十天基本消失", "AD-MED-F-c34-med-time-vanish"),
    ("", "百种病都能治", "AD-MED-F-c34-med-many-diseases"),
    ("", "坚持服用，健康地多活十几年", "AD-MED-F-c34-med-longevity"),
    ("", "服用后病情迅速好转", "AD-MED-F-c34-med-condition"),
    ("氨糖", "修复受损的膝关节软骨", "AD-MED-F-c34-med-cartilage"),
    ("", "高血压、糖尿病基本都能得到控制", "AD-MED-F-c34-med-mostly-relieved"),
    ("", "饮用一周控制白发", "AD-MED-控制白发"),
]

QUIET = [
    ("家用药品收纳盒", "容量超过普通药箱2倍"),
    ("宠物喂药器", "比普通药品分装更方便"),
    ("考研资料", "治学三年不如名师一席话"),
    ("真空压缩床垫", "拆封后3天完全恢复"),
    ("数据恢复服务", "3天彻底恢复聊天记录"),
    ("记忆棉枕", "72小时完全恢复形状"),
    ("自律打卡本", "坚持改掉坏习惯 三年不再犯错"),
    ("洗发水", "用了都说好 回购无数次"),
    ("眼影盘", "这款眼影用了都会好看"),
    ("真丝眼罩", "戴了都能好好睡一觉"),
    ("床边扶手", "帮助老人安全下床"),
    ("雀斑妆 仿真雀斑笔", "自然妆效"),
    ("去角质凝胶", "温和去角质"),
    ("面霜", "弹力紧致 改善肌肤弹性"),
    ("哑光口红", "消光质地 斑斓色彩"),
    ("绘本", "让孩子过上快乐的生活"),
    ("睡衣", "穿了三天就不想脱了"),
    ("强力粘合剂 金属塑料万能胶", ""),
    ("复合剂 叶面肥 农用", ""),
    # second batch
    ("复古胶片相机", "逆转时光"),
    ("稳压器", "测了一下电压都正常了"),
    ("新家具除味 活性炭包", "甲醛味7天后基本消失"),
    ("智能充电器", "让电池多活2年"),
    ("护理记录本", "病情观察记录 护理专用"),
    ("鸡软骨 香辣零食", ""),
    ("染发膏", "遮盖白发 一梳黑"),
    ("", "出现多尿症状请及时就医"),
    # a drug's approved 功能主治 under its own name (function word + dosage form), with the OTC notice
    ("壮腰补肾丸", "功能主治：壮腰补肾，益气养血。用于心悸少寐，健忘怔忡，腰膝酸痛，肢体羸弱"),
    ("雪莲虫草合剂", "功能主治：补肾助阳，扶正固本。适用于肾阳不足所致的神疲乏力，腰膝酸软"),
]


def _listing(title, description):
    return Listing(id="c34", title=title, description=description)


scanner, test_hit, test_quiet = rule_tests(HIT, QUIET, _listing)
