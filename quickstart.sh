#!/usr/bin/env bash
# One-command setup + action. Idempotent: safe to run again.
#   ./quickstart.sh demo   set up, then scan the bundled demo shop into reports/demo/
#   ./quickstart.sh test   set up, then run the test suite
#   ./quickstart.sh setup  set up only
set -euo pipefail
cd "$(dirname "$0")"

need_apt=()
command -v tesseract >/dev/null 2>&1 || need_apt+=(tesseract-ocr)
if command -v tesseract >/dev/null 2>&1; then
  langs=$(tesseract --list-langs 2>/dev/null || true)
  grep -qx chi_sim <<<"$langs" || need_apt+=(tesseract-ocr-chi-sim)
  grep -qx chi_tra <<<"$langs" || need_apt+=(tesseract-ocr-chi-tra)
else
  need_apt+=(tesseract-ocr-chi-sim tesseract-ocr-chi-tra)
fi
[ -f /usr/share/fonts/truetype/wqy/wqy-zenhei.ttc ] || need_apt+=(fonts-wqy-zenhei)
python3 -c 'import venv, ensurepip' >/dev/null 2>&1 || need_apt+=(python3-venv)
# the web page's browser tests and the report's screenshot check
command -v chromium >/dev/null 2>&1 || need_apt+=(chromium)
command -v chromedriver >/dev/null 2>&1 || need_apt+=(chromium-driver)
# history in PostgreSQL (audit tests run against a throw-away local server)
ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1 || need_apt+=(postgresql)
if [ ${#need_apt[@]} -gt 0 ]; then
  echo "installing system packages: ${need_apt[*]}"
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get install -y -q "${need_apt[@]}" >/dev/null 2>&1 || {
    $SUDO apt-get update -q >/dev/null && $SUDO apt-get install -y -q "${need_apt[@]}" >/dev/null; }
  # optional: vertical Chinese model, used when present
  $SUDO apt-get install -y -q tesseract-ocr-chi-sim-vert tesseract-ocr-chi-tra-vert >/dev/null 2>&1 || true
fi

if [ ! -x .venv/bin/python ]; then
  python3 -m venv .venv
fi
stamp=.venv/.installed-$(sha256sum pyproject.toml | cut -c1-16)
if [ ! -f "$stamp" ]; then
  .venv/bin/python -m pip install -q --upgrade pip >/dev/null 2>&1 || true
  .venv/bin/python -m pip install -q -e '.[test]'
  rm -f .venv/.installed-*; touch "$stamp"
fi

case "${1:-setup}" in
  demo)
    set +e
    .venv/bin/scanner scan scanner/demo/shop.jsonl --out reports/demo --format csv,json,html,xlsx --own-brand 山野
    rc=$?
    set -e
    echo "open reports/demo/report.html"
    # 0 = scanned (the demo shop has findings on purpose)
    exit $(( rc == 1 ? 0 : rc )) ;;
  test)
    set +e
    .venv/bin/python -m pytest -q "${@:2}"
    rc=$?
    set -e
    [ $rc -eq 5 ] && { echo "no tests collected"; exit 0; }
    exit $rc ;;
  setup) echo "ready: .venv/bin/scanner --help" ;;
  *) echo "usage: $0 [setup|demo|test]" >&2; exit 2 ;;
esac
