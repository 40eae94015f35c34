#!/usr/bin/env bash
# Executes the notebooks top to bottom with the Deno kernel, as CI does:
#
#   bash scripts/runNotebooks.sh                      # every notebooks/*.ipynb
#   bash scripts/runNotebooks.sh notebooks/03-*.ipynb # some of them
#
# The executed copies (with outputs) go to a temporary folder (or
# $NOTEBOOKS_OUT), so the committed notebooks stay output-free. Prints the
# time per notebook; exits 1 if any cell of any notebook raises (all
# notebooks are still run, and the failing cell is shown). Per-cell time
# limit: $NOTEBOOK_CELL_TIMEOUT seconds (default 120).
#
# Lost outputs: Deno's kernel can report a cell idle before its last output
# has reached Jupyter, and nbconvert then drops that output without an error.
# Every code cell declares how many outputs it makes (cell metadata
# `"plenary": {"outputs": N}`, checked by tests/notebooks); a run with fewer
# is retried once ("ok, retried"), and fails if it is short again.
# Needs `bash scripts/setupNotebooks.sh` once.
set -euo pipefail
cd "$(dirname "$0")/.."
export TZ=UTC

if (($#)); then notebooks=("$@"); else notebooks=(notebooks/*.ipynb); fi
[ -e "${notebooks[0]}" ] || { echo "runNotebooks: no notebooks found: ${notebooks[*]}" >&2; exit 1; }
command -v jupyter >/dev/null || { echo "runNotebooks: jupyter not found; run bash scripts/setupNotebooks.sh" >&2; exit 1; }
jupyter_python=$(head -1 "$(command -v jupyter)" | sed 's/^#! *//')
if ! $jupyter_python -c 'from jupyter_client.kernelspec import KernelSpecManager as M; M().get_kernel_spec("deno")' 2>/dev/null; then
  echo "runNotebooks: the Deno kernel is not registered; run bash scripts/setupNotebooks.sh" >&2
  exit 1
fi

out=${NOTEBOOKS_OUT:-$(mktemp -d "${TMPDIR:-/tmp}/plenary-notebooks.XXXXXX")}
mkdir -p "$out"
timeout=${NOTEBOOK_CELL_TIMEOUT:-120}
failed=()
since() { awk -v now="$(date +%s.%N)" -v t0="$1" 'BEGIN { printf "%.1f", now - t0 }'; }
start_all=$(date +%s.%N)
for nb in "${notebooks[@]}"; do
  start=$(date +%s.%N)
  log="$out/$(basename "$nb" .ipynb).log"
  executed="$out/$(basename "$nb")"
  status=ok
  for attempt in 1 2; do
    if ! jupyter nbconvert --to notebook --execute --ExecutePreprocessor.timeout="$timeout" --output-dir "$out" "$nb" >"$log" 2>&1; then
      status=FAILED
      break
    fi
    lost=$(node_modules/.bin/tsx scripts/missingOutputs.ts "$executed") && break
    printf '%s: run %d lost outputs:\n%s\n' "$nb" "$attempt" "$lost" | tee -a "$out/lost-outputs.log" >&2
    if [ "$attempt" = 1 ]; then status="ok, retried"; else status="FAILED (lost outputs)"; fi
  done
  [ "${status%% *}" = FAILED ] && failed+=("$nb")
  printf '%-40s %6.1f s  %s\n' "$nb" "$(since "$start")" "$status"
  if [ "$status" = FAILED ]; then
    # nbconvert's report: the failing cell's source and the error, without the Python traceback
    sed -n '/An error occurred while executing the following cell/,$p' "$log" | head -60 >&2
    grep -q 'An error occurred' "$log" || tail -30 "$log" >&2
  fi
done
printf '%-40s %6.1f s\n' "total" "$(since "$start_all")"
echo "executed notebooks (with outputs): $out"
if ((${#failed[@]})); then
  echo "runNotebooks: failed: ${failed[*]}" >&2
  exit 1
fi
