#!/usr/bin/env bash
# Executes the notebooks and exports them as self-contained HTML pages that
# show every chart and table:
#
#   bash scripts/exportNotebooks.sh                 # into out/notebooks-html/
#   bash scripts/exportNotebooks.sh DIR             # into DIR
#   NOTEBOOKS_EXECUTED=DIR2 bash scripts/exportNotebooks.sh DIR
#                                                   # export notebooks already executed into DIR2
#
# Plain `jupyter nbconvert --to html` does not work here: Debian's nbconvert
# 6.5 sanitizes inline SVG and strips its shapes, so every chart comes out as
# an empty box. This script runs the notebooks (scripts/runNotebooks.sh,
# which also checks that no output was lost), turns each chart into a PNG
# (scripts/notebookImages.ts), then converts to HTML (the lab template
# without MathJax, scripts/nbconvert/plenary). Then it opens each page
# in headless Chromium and checks that every chart image loaded and is not
# blank (scripts/checkNotebooksHtml.ts; skipped with a note when
# /usr/bin/chromium is missing: `apt-get install chromium`).
# Needs `bash scripts/setupNotebooks.sh` once.
set -euo pipefail
cd "$(dirname "$0")/.."
export TZ=UTC

html_dir=${1:-out/notebooks-html}
work=$(mktemp -d "${TMPDIR:-/tmp}/plenary-export.XXXXXX")
trap 'rm -rf "$work"' EXIT
if [ -n "${NOTEBOOKS_EXECUTED:-}" ]; then
  cp "$NOTEBOOKS_EXECUTED"/*.ipynb "$work"/
else
  NOTEBOOKS_OUT="$work" bash scripts/runNotebooks.sh
fi
npx tsx scripts/notebookImages.ts "$work"/*.ipynb
mkdir -p "$html_dir"
# the lab template without MathJax (scripts/nbconvert/plenary): no formulas here, and offline MathJax left a stuck "Loading [MathJax]" box
jupyter nbconvert --to html --TemplateExporter.extra_template_basedirs=scripts/nbconvert --template plenary --output-dir "$html_dir" "$work"/*.ipynb
ls "$html_dir"/*.html >/dev/null
if [ -x /usr/bin/chromium ]; then
  npx tsx scripts/checkNotebooksHtml.ts "$html_dir"/*.html
else
  echo "exportNotebooks: /usr/bin/chromium not found; pages not checked in a browser (apt-get install chromium)" >&2
fi
echo "exportNotebooks: HTML in $html_dir"
