"""What a contact finding says: rule ids and their terms, the rule quoted, the suggestions, and
the one way a finding is made from a span of the normalised text (`ContactReading._cand`),
shared by the contact detector's readers (handles, `contact_phones`, `contact_links`)."""
from __future__ import annotations

from ..engine import Candidate

CATEGORY = "offsite_contact"

LAW = ("电商平台规则禁止站外引流：不得在商品标题、描述、图片中发布微信、QQ、电话、邮箱、站外链接等联系方式，"
       "或引导买家脱离平台沟通、交易（淘宝/天猫、拼多多、京东、1688 等平台的商品信息发布与交易安全规则）")
SUGGESTION = "删除该联系方式；与买家沟通请使用平台自带的客服渠道（旺旺/平台客服消息）。"
SUGGESTION_LINK = "删除站外链接；商品信息中只引用本店或本平台内的页面，售前售后请走平台客服（旺旺/平台客服消息）。"

# rule id -> canonical term
TERM = {
    "CONTACT-WECHAT": "微信号",
    "CONTACT-QQ": "QQ号",
    "CONTACT-PHONE": "手机号",
    "CONTACT-LANDLINE": "固定电话",
    "CONTACT-LINK": "站外链接",
    "CONTACT-EMAIL": "邮箱",
    "CONTACT-SOCIAL": "站外账号",
    "CONTACT-INVITE": "引导站外联系",
    "CONTACT-BANK": "银行账号",
}

# how far before a code its label (货号, 款号, SKU) is looked for (ContactWords.label_before)
_LABEL_WINDOW = 12


class ContactReading:
    """The base of the contact detector's readers: its word lists (`words`) and name."""
    name = "contact"

    def _cand(self, ft, norm, ns, ne, rule, severity, conf, expl, suggestion=SUGGESTION):
        s, e = norm.span(ns, ne)
        q = ft.text[s:e]
        return Candidate(s, e, CATEGORY, severity, conf, TERM[rule], rule, LAW,
                         suggestion, expl.replace("{q}", q), self.name, ns, ne)
