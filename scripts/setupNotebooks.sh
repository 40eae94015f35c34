#!/usr/bin/env bash
# Sets up the notebooks in notebooks/: Jupyter (from Debian) and the Deno
# TypeScript kernel (from the project's node_modules). One command, safe to
# rerun, works offline once the packages are there:
#
#   bash scripts/setupNotebooks.sh
#
# 1. installs the Debian packages jupyter-notebook, jupyter-nbconvert and
#    python3-ipykernel when missing (apt-get; root or sudo);
# 2. installs the project's npm packages (npm ci) when node_modules lacks deno;
# 3. registers the Deno kernel for this user
#    (`deno jupyter --install --force`: ~/.local/share/jupyter/kernels/deno),
#    pointing at this checkout's node_modules/.bin/deno, with Deno's update
#    check switched off so the kernel never reaches the network.
#
# Then: `jupyter notebook notebooks/` (pick the "Deno" kernel, already set in
# the notebooks), or `bash scripts/runNotebooks.sh` to execute them all.
set -euo pipefail
cd "$(dirname "$0")/.."

DEBIAN_PACKAGES=(jupyter-notebook jupyter-nbconvert python3-ipykernel)

missing=()
for p in "${DEBIAN_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "setupNotebooks: installing ${missing[*]}"
  sudo=()
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "setupNotebooks: need root or sudo to install ${missing[*]}" >&2; exit 1; }
    sudo=(sudo)
  fi
  # Another apt/dpkg process (unattended-upgrades, a second setup) may hold the lock: wait up to 5 minutes for it.
  apt_wait=(-o DPkg::Lock::Timeout=300)
  "${sudo[@]}" apt-get "${apt_wait[@]}" update -q
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get "${apt_wait[@]}" install -y -q --no-install-recommends "${missing[@]}"
fi

if [ ! -x node_modules/.bin/deno ]; then
  echo "setupNotebooks: node_modules has no deno; running npm ci"
  npm ci --no-audit --no-fund
fi

# Registers the kernel ("Deno", name "deno"); the spec's argv holds this checkout's deno binary.
out=$(NO_COLOR=1 node_modules/.bin/deno jupyter --install --force 2>&1) || { echo "$out" >&2; exit 1; }
spec_dir=$(printf '%s\n' "$out" | sed -n 's/.*installed successfully at \(.*\)\.$/\1/p')
[ -f "$spec_dir/kernel.json" ] || { printf 'setupNotebooks: no kernel spec found after `deno jupyter --install`:\n%s\n' "$out" >&2; exit 1; }
# No update check (it would try to reach dl.deno.land); packages come from node_modules (deno.json: nodeModulesDir manual).
node -e '
  const fs = require("node:fs");
  const path = process.argv[1];
  const spec = JSON.parse(fs.readFileSync(path, "utf8"));
  spec.env = { ...spec.env, DENO_NO_UPDATE_CHECK: "1", DENO_NO_PROMPT: "1" };
  fs.writeFileSync(path, JSON.stringify(spec, null, 2) + "\n");
' "$spec_dir/kernel.json"

# Check that Jupyter sees the kernel.
jupyter_python=$(head -1 "$(command -v jupyter)" | sed 's/^#! *//')
$jupyter_python - <<'EOF'
from jupyter_client.kernelspec import KernelSpecManager
spec = KernelSpecManager().get_kernel_spec("deno")
print(f"setupNotebooks: kernel \"{spec.display_name}\" ready: {spec.argv[0]}")
EOF
