#!/usr/bin/env bash
# make browser-test: builds the corpus report and checks it in headless Chromium.
#
# Installs Debian's chromium (and python3) when missing, makes a release build, extracts corpus/
# into a scratch folder, writes the HTML report (with two paths) and the Markdown variant, then
# scripts/browser-check.py renders the page to PNG and PDF and fails on a console error, a
# request outside the page, an <svg> without a bounding box, or a blank screenshot.
#
# Environment: BROWSER_TEST_OUT (default .build/browser-test) for the outputs; CHROMIUM for a
# browser other than `chromium`; UPDATE_SCREENSHOT=1 copies the screenshot to docs/report.png.
set -euo pipefail
cd "$(dirname "$0")/.."

SUDO=""
[ "$(id -u)" = 0 ] || SUDO=sudo
OUT="${BROWSER_TEST_OUT:-.build/browser-test}"
CHROMIUM="${CHROMIUM:-chromium}"

missing=()
command -v "$CHROMIUM" >/dev/null || missing+=(chromium)
command -v python3 >/dev/null || missing+=(python3)
if [ ${#missing[@]} -gt 0 ]; then
  echo "browser-test: installing ${missing[*]} from Debian"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
fi

swift build -c release --product parley
rm -rf "$OUT"
mkdir -p "$OUT"
.build/release/parley build corpus --out "$OUT/graphs" --quiet --no-svg
.build/release/parley report --graph "$OUT/graphs/graph.json" --out "$OUT/report.html" \
  --path "Aliyev:Pashinyan" --path "Qatar:Chad"
.build/release/parley report --graph "$OUT/graphs/graph.json" --format markdown --out "$OUT/markdown/report.md" \
  --path "Aliyev:Pashinyan"
for svg in "$OUT"/markdown/*.svg; do
  grep -q '^<svg' "$svg" || { echo "browser-test: $svg is not an SVG" >&2; exit 1; }
done

python3 scripts/browser-check.py "$CHROMIUM" "$OUT/report.html" "$OUT/report.png" "$OUT/report.pdf"
if [ "${UPDATE_SCREENSHOT:-0}" = 1 ]; then
  mkdir -p docs
  cp "$OUT/report.png" docs/report.png
  echo "browser-test: updated docs/report.png"
fi
