#!/usr/bin/env bash
# Brings up a single-node Docker swarm on this machine for the tests that talk to a real Engine API.
# Idempotent: every step checks first and skips what is already done, so it is safe to run twice.
# Needs root when it has to install or start the engine. Prints one status line on success.
#
# The engine is Debian's `docker.io`. The client is whichever `docker` comes first on PATH (it may
# be a newer standalone CLI; the API version is negotiated).
set -euo pipefail

log_dir="${TMPDIR:-/tmp}"

if ! command -v dockerd >/dev/null 2>&1; then
  # Quiet apt: CI logs only need to show that it happened.
  echo "start-swarm: installing docker.io" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq docker.io >/dev/null
fi

if ! docker info >/dev/null 2>&1; then
  log="$(mktemp "$log_dir/dockerd.XXXXXX.log")"
  # Containers in CI sandboxes usually have neither iptables nor a default bridge; swarm services
  # on overlay networks need neither. Detached from our session: the daemon must outlive us.
  detach=()
  if command -v setsid >/dev/null 2>&1; then detach=(setsid); fi
  "${detach[@]}" nohup dockerd --iptables=false --bridge=none -H unix:///var/run/docker.sock \
    </dev/null >"$log" 2>&1 &
  for _ in $(seq 1 120); do
    docker info >/dev/null 2>&1 && break
    sleep 0.5
  done
  if ! docker info >/dev/null 2>&1; then
    echo "start-swarm: dockerd did not come up within 60s; its log ($log) ends with:" >&2
    tail -n 30 "$log" >&2 || true
    exit 1
  fi
fi

if [ "$(docker info --format '{{.Swarm.LocalNodeState}}')" != "active" ]; then
  docker swarm init --advertise-addr 127.0.0.1 >/dev/null
fi

echo "start-swarm: ready ($(docker info --format 'engine {{.ServerVersion}}, swarm {{.Swarm.LocalNodeState}}, manager {{.Swarm.ControlAvailable}}'))"
