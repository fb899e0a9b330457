#!/usr/bin/env bash
# Makes NATS (with JetStream) and Redis reachable for the engine and its tests, and prints
#   NATS_URL=...
#   REDIS_URL=...
# Order: the URLs already in the environment if something answers there; else the standard
# local ports; else servers started here from Debian's packages (installed when missing, as root).
# Servers started here keep their data and logs under .engine/ and stay up after this script.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
state="$root/.engine"
mkdir -p "$state"

log() { printf 'ensure-servers: %s\n' "$*" >&2; }

reachable() { # host port
  (exec 3<>"/dev/tcp/$1/$2") 2>/dev/null && return 0 || return 1
}

host_port() { # url default_port -> "host port"
  local rest="${1#*://}"
  rest="${rest%%,*}"
  rest="${rest##*@}"
  rest="${rest%%/*}"
  local host="${rest%%:*}" port="${rest##*:}"
  [[ "$port" == "$rest" ]] && port="$2"
  printf '%s %s' "${host:-127.0.0.1}" "$port"
}

apt_updated=0
install_package() { # package binary
  command -v "$2" >/dev/null 2>&1 && return 0
  [[ -x "/usr/sbin/$2" || -x "/usr/bin/$2" ]] && return 0
  if [[ $(id -u) -ne 0 ]] || ! command -v apt-get >/dev/null 2>&1; then
    log "$2 is missing and cannot be installed here (needs root and apt-get): install $1"
    exit 1
  fi
  if [[ $apt_updated -eq 0 ]]; then
    log "apt-get update"
    DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2
    apt_updated=1
  fi
  log "installing $1 from Debian's packages"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$1" >&2
}

binary() { command -v "$1" 2>/dev/null || { [[ -x "/usr/sbin/$1" ]] && echo "/usr/sbin/$1"; } || echo "/usr/bin/$1"; }

wait_for() { # host port what
  for _ in $(seq 1 100); do
    reachable "$1" "$2" && return 0
    sleep 0.1
  done
  log "$3 did not come up on $1:$2"
  return 1
}

ensure_nats() {
  if [[ -n "${NATS_URL:-}" ]]; then
    read -r host port <<<"$(host_port "$NATS_URL" 4222)"
    if reachable "$host" "$port"; then echo "NATS_URL=$NATS_URL"; return; fi
    log "NATS_URL=$NATS_URL does not answer; falling back to a local server"
  fi
  if reachable 127.0.0.1 4222; then echo "NATS_URL=nats://127.0.0.1:4222"; return; fi
  install_package nats-server nats-server
  log "starting nats-server with JetStream on 127.0.0.1:4222"
  mkdir -p "$state/nats"
  nohup "$(binary nats-server)" -a 127.0.0.1 -p 4222 -js -sd "$state/nats" >"$state/nats.log" 2>&1 &
  wait_for 127.0.0.1 4222 nats-server
  echo "NATS_URL=nats://127.0.0.1:4222"
}

ensure_redis() {
  if [[ -n "${REDIS_URL:-}" ]]; then
    read -r host port <<<"$(host_port "$REDIS_URL" 6379)"
    if reachable "$host" "$port"; then echo "REDIS_URL=$REDIS_URL"; return; fi
    log "REDIS_URL=$REDIS_URL does not answer; falling back to a local server"
  fi
  if reachable 127.0.0.1 6379; then echo "REDIS_URL=redis://127.0.0.1:6379"; return; fi
  install_package redis-server redis-server
  log "starting redis-server on 127.0.0.1:6379"
  "$(binary redis-server)" --daemonize yes --bind 127.0.0.1 --port 6379 --save '' --appendonly no \
    --dir "$state" --logfile "$state/redis.log" >&2
  wait_for 127.0.0.1 6379 redis-server
  echo "REDIS_URL=redis://127.0.0.1:6379"
}

ensure_nats
ensure_redis
