"""The web page's own strings, Chinese first (`lang=zh`, the default) and English (`lang=en`).
A small catalogue kept here until it is merged into the reports' catalogue."""
from __future__ import annotations

LANGS = ("zh", "en")

STRINGS: dict[str, dict[str, str]] = {
    "zh": {
        "app": "商品自查", "nav_check": "检查文案", "nav_scan": "扫描店铺 / 文件", "nav_history": "历史记录",
        "nav_api": "API 文档", "switch": "English", "check_title": "粘贴标题或详情，立即检查",
        "check_hint": "标题、卖点或详情文字都可以；检查在本机完成，内容不会发给任何人。",
        "title": "标题", "description": "详情（可选，可含 HTML）", "own_brands": "本店品牌（逗号分隔，可选）",
        "check": "检查", "clean": "未发现需要整改的问题。", "n_findings": "发现 {n} 处问题",
        "fixed": "改好的文案", "copy_btn": "复制", "copied": "已复制", "fixed_title": "标题", "fixed_desc": "详情",
        "review": "需人工确认", "scan_title": "扫描整个店铺或文件",
        "upload": "上传文件", "upload_hint": "JSONL / CSV / XLSX、淘宝助理 / Shopify / Amazon 导出，或图片压缩包 (zip)，最大 {mb} MB",
        "shop_url": "店铺地址", "shop_hint": "例如 https://shop.example.com （仅公网地址）",
        "ocr": "检查图片中的文字（较慢）", "start": "开始扫描", "or": "或",
        "status": "状态", "listings": "已读商品", "pictures": "已读图片", "errors": "读取问题", "pages": "已抓取页面",
        "flagged": "需整改商品", "report": "完整报告", "downloads": "下载", "fixed_export": "改好的导出文件",
        "history_title": "扫描历史", "when": "时间", "source": "来源", "summary": "结果", "delete": "删除",
        "no_history": "还没有扫描记录。", "open": "查看", "running": "扫描中…", "queued": "排队中",
        "done": "完成", "partial": "部分读取", "failed": "失败", "interrupted": "已中断",
        "login_title": "请输入访问令牌", "token": "令牌", "login": "进入",
        "bad_token": "令牌不正确。", "bad_form": "表单已过期，请刷新页面后重试。",
        "need_input": "请上传文件或填写店铺地址（二选一）。", "api_title": "HTTP API",
        "api_hint": "所有接口都返回 JSON；findings 的列与 findings.csv 相同（见 docs/CONTRACT.md）。",
        "too_long": "文字过长（标题最多 {n} 字）。", "severity_note": "high/medium 须尽快整改；low 值得一看；info 仅提示。",
        "scan_failed": "扫描失败", "started": "开始于",
    },
    "en": {
        "app": "Listing self-check", "nav_check": "Check text", "nav_scan": "Scan a shop / file",
        "nav_history": "History", "nav_api": "API docs", "switch": "中文", "check_title": "Paste a title or description",
        "check_hint": "Titles, selling points or descriptions; the check runs on this machine and nothing is sent anywhere.",
        "title": "Title", "description": "Description (optional, HTML allowed)", "own_brands": "Own brands (comma-separated, optional)",
        "check": "Check", "clean": "Nothing that must be fixed.", "n_findings": "{n} finding(s)",
        "fixed": "Fixed text", "copy_btn": "Copy", "copied": "Copied", "fixed_title": "Title", "fixed_desc": "Description",
        "review": "needs a human look", "scan_title": "Scan a whole shop or file",
        "upload": "Upload a file", "upload_hint": "JSONL / CSV / XLSX, Taobao / Shopify / Amazon exports, or a zip of pictures, up to {mb} MB",
        "shop_url": "Shop address", "shop_hint": "e.g. https://shop.example.com (public addresses only)",
        "ocr": "Read the text in pictures (slower)", "start": "Start scan", "or": "or",
        "status": "Status", "listings": "Listings read", "pictures": "Pictures read", "errors": "Read problems",
        "pages": "Pages crawled", "flagged": "Listings to fix", "report": "Full report", "downloads": "Downloads",
        "fixed_export": "Fixed export", "history_title": "Scan history", "when": "When", "source": "Source",
        "summary": "Result", "delete": "Delete", "no_history": "No scans yet.", "open": "Open", "running": "Scanning…",
        "queued": "Queued", "done": "Done", "partial": "Read in part", "failed": "Failed", "interrupted": "Interrupted",
        "login_title": "Enter the access token", "token": "Token", "login": "Enter",
        "bad_token": "Wrong token.", "bad_form": "The form expired; reload the page and try again.",
        "need_input": "Upload a file or give a shop address (one of the two).", "api_title": "HTTP API",
        "api_hint": "Every call answers JSON; findings have the columns of findings.csv (see docs/CONTRACT.md).",
        "too_long": "Text too long (a title holds at most {n} characters).",
        "severity_note": "high/medium: fix soon; low: worth a look; info: noted only.",
        "scan_failed": "Scan failed", "started": "Started",
    },
}


def pick(lang: str | None) -> str:
    return lang if lang in LANGS else "zh"


def catalogue(lang: str) -> dict[str, str]:
    return STRINGS[pick(lang)]
