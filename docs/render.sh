#!/bin/sh
# Renders the forum report (`export FILE.html`) with headless Chromium, to look at it as
# a reader would: printed on A4 (one PNG a page) and on a projector (1280×720).
#
#   docs/render.sh [OUTDIR] [aizusim arguments…]
#
#   docs/render.sh                       # .build/render/report-{en,ja}…png
#   docs/render.sh /tmp/look --scenario Scenarios/whatif-half-staff.toml
#
# Needs Debian's chromium (apt-get install -y chromium) and, for the A4 pages,
# pdftoppm (apt-get install -y poppler-utils). Writes into OUTDIR, for each language:
#   report-LANG.html         the report, as `export` wrote it
#   report-LANG.pdf          the report printed by Chromium (A4, from the page's @page rule)
#   report-LANG-a4-N.png     each printed page, at 96 dpi (794×1123)
#   report-LANG-1280x720.png the top of the page in a 1280×720 window, as projected
# Then look at the PNGs: a heading alone at the foot of a page, a chart or table cut
# off, text running out of a box or kanji shown as boxes (a missing font) are defects.
set -eu

here=$(cd "$(dirname "$0")/.." && pwd)
out=${1:-"$here/.build/render"}
[ $# -gt 0 ] && shift
aizusim=${AIZUSIM:-"$here/.build/debug/aizusim"}
chromium=${CHROMIUM:-chromium}

command -v "$chromium" >/dev/null 2>&1 || {
  echo "render.sh: $chromium not found (apt-get install -y chromium)" >&2
  exit 1
}
[ -x "$aizusim" ] || {
  echo "render.sh: $aizusim not found (swift build first, or set AIZUSIM)" >&2
  exit 1
}
mkdir -p "$out"
# Chromium writes its profile here, not into $HOME.
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
headless() {
  "$chromium" --headless --no-sandbox --disable-gpu --hide-scrollbars \
    --user-data-dir="$profile" --no-first-run "$@" 2>/dev/null
}

for lang in en ja; do
  html="$out/report-$lang.html"
  "$aizusim" "$@" --lang "$lang" -c "export \"$html\" --force" >/dev/null
  headless --no-pdf-header-footer --print-to-pdf="$out/report-$lang.pdf" "file://$html"
  headless --window-size=1280,720 --screenshot="$out/report-$lang-1280x720.png" "file://$html"
  if command -v pdftoppm >/dev/null 2>&1; then
    rm -f "$out/report-$lang-a4-"*.png
    pdftoppm -r 96 -png "$out/report-$lang.pdf" "$out/report-$lang-a4"
  else
    echo "render.sh: pdftoppm not found (apt-get install -y poppler-utils): no A4 PNGs" >&2
  fi
done
ls "$out"
