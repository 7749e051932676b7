"""A bank account number left in a listing (对公账户/卡号/开户行 … 6222 0212 3456 7890 123): the
buyer is led to pay outside the platform, which every platform's rule treats as 私下交易.

A run of 12–25 ASCII digits (spaces, dots and commas between groups allowed; nothing else) is an
account number only where a bank word (`bank_word` rows of lexicons/contact_words.csv: 卡号,
开户行, 工商银行, account number, IBAN…) stands right before it, with at most a few filler
characters between, or right after it (6222 … 123 工商银行). A shorter run of 8–11 digits (a UK,
Nigerian or US account: "Sort code 20-00-00 account 12345678") counts only right after a bank word
of group `short`, which names an account and nothing else (bank account, acct, 银行账号). Bare long
numbers stay quiet: they are order numbers, barcodes and serial numbers far more often.
"""
from __future__ import annotations

import re

MIN_DIGITS, MAX_DIGITS = 12, 25
MIN_SHORT = 8  # digits of an account named by a `short` bank word
_GAP = r"(?:[ :：=#()（）\[\]【】/]|是|为|号码|号|账号|帐号|账户|帐户|卡号)*"
_ALLOWED = frozenset("0123456789 .,")


def _alternation(words) -> str:
    return "|".join(f"(?<![a-z]){re.escape(w)}(?![a-z])" if w[:1].isascii() else re.escape(w)
                    for w in sorted(words, key=len, reverse=True))


def bank_patterns(words: list[str], short: list[str] = ()) -> "tuple | None":
    """(before, after, short_before): a bank word ending the text before a run / starting the text
    after it; a `short` bank word ending the text before a run of 8–11 digits (None: no such word)."""
    if not words:
        return None
    alt = _alternation(words)
    # (an IBAN's country letters may stand between the word and the digits: IBAN DE89 3704 …)
    short_before = re.compile(rf"(?:{_alternation(short)}){_GAP}$") if short else None
    return (re.compile(rf"(?:{alt}){_GAP}(?:[a-z]{{2}})?$"), re.compile(rf"^[ (（【\[]*(?:{alt})"),
            short_before)


def account_number(patterns, t: str, rs: int, re_: int, window: int = 16) -> tuple[int, int] | None:
    """The span to report when t[rs:re_] is an account number named by a bank word (from the word
    before it to the number's end, or from the number to the word after it), else None."""
    if patterns is None:
        return None
    run = t[rs:re_]
    if not _ALLOWED.issuperset(run):
        return None
    digits = sum(1 for c in run if c.isdigit())
    if not MIN_SHORT <= digits <= MAX_DIGITS:
        return None
    if rs and t[rs - 1].isdigit() or re_ < len(t) and t[re_].isdigit():
        return None
    before, after, short_before = patterns
    w0 = max(0, rs - window)
    if digits < MIN_DIGITS:
        m = short_before.search(t, w0, rs) if short_before is not None else None
        return (m.start(), re_) if m is not None else None
    m = before.search(t, w0, rs)
    if m is not None:
        return m.start(), re_
    a = after.match(t[re_:re_ + 12])
    if a is not None:
        return rs, re_ + a.end()
    return None
