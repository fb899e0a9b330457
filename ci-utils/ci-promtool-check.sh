#!/usr/bin/env bash
# Checks metrics-dashboard/'s Prometheus scrape config and alert rules with promtool. Uses the
# promtool on PATH, else installs Debian's `prometheus` package (root with apt-get only).
# Run from anywhere in the repository; exits non-zero on any failure.
set -euo pipefail
cd "$(dirname "$0")/.."

fail() { printf '\nPROMTOOL CHECK FAILED: %s\n' "$*" >&2; exit 1; }

if ! command -v promtool >/dev/null 2>&1; then
  if [[ "$(id -u)" -eq 0 ]] && command -v apt-get >/dev/null 2>&1; then
    echo "promtool not found: installing Debian's prometheus package"
    apt-get update -qq || fail "apt-get update failed"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends prometheus >/dev/null \
      || fail "apt-get install prometheus failed"
  else
    fail "promtool not found, and cannot install it (needs root and apt-get): install Debian's prometheus package"
  fi
fi
command -v promtool >/dev/null 2>&1 || fail "promtool still not on PATH after installing prometheus"
promtool --version | head -n 1

config=metrics-dashboard/prometheus/prometheus.yml
shopt -s nullglob
rules=(metrics-dashboard/prometheus/rules/*.yml)
[[ -f "$config" ]] || fail "$config is missing"
[[ ${#rules[@]} -gt 0 ]] || fail "no rule files in metrics-dashboard/prometheus/rules/"

echo "promtool check config $config"
promtool check config "$config" || fail "promtool check config $config"
echo "promtool check rules ${rules[*]}"
promtool check rules "${rules[@]}" || fail "promtool check rules"
echo "promtool: config and ${#rules[@]} rule file(s) OK"
