#!/usr/bin/env bash
# Strips outputs, execution counts and cell timings from the notebooks, in
# place, before committing (the kernel choice, the notebook's language and
# each code cell's declared output count, metadata "plenary", stay). `npm test` fails on a notebook with outputs left in.
#
#   bash scripts/stripNotebooks.sh                      # every notebooks/*.ipynb
#   bash scripts/stripNotebooks.sh notebooks/01-*.ipynb # some of them
set -euo pipefail
cd "$(dirname "$0")/.."
if (($#)); then notebooks=("$@"); else notebooks=(notebooks/*.ipynb); fi
jupyter nbconvert --clear-output --inplace \
  --ClearMetadataPreprocessor.enabled=True --ClearMetadataPreprocessor.clear_notebook_metadata=False \
  --ClearMetadataPreprocessor.preserve_cell_metadata_mask=plenary \
  "${notebooks[@]}"
