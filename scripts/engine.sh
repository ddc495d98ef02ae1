#!/usr/bin/env bash
# Makes a Docker engine available for the end-to-end tests (FACTS §6): Debian's docker.io
# (engine 20.10, cgroup v1, cgroupfs) and a static busybox for the FROM-scratch test images.
# Installs them when missing, starts dockerd when it is not running, waits until it answers.
set -euo pipefail

if docker info >/dev/null 2>&1; then exit 0; fi
if [[ $(id -u) -ne 0 ]]; then
  echo "engine.sh: no Docker engine answers and this is not root: run it as root (sudo), or start dockerd yourself" >&2
  exit 1
fi
if ! command -v dockerd >/dev/null 2>&1 || [[ ! -x /bin/busybox ]]; then
  echo "engine.sh: installing docker.io and busybox-static"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq docker.io busybox-static >/dev/null
fi
if ! pgrep -x dockerd >/dev/null; then
  echo "engine.sh: starting dockerd"
  nohup dockerd >/tmp/dockerd.log 2>&1 &
fi
for _ in $(seq 1 60); do
  if docker info >/dev/null 2>&1; then echo "engine.sh: engine ready"; exit 0; fi
  sleep 1
done
echo "engine.sh: dockerd did not answer within 60 s; its log:" >&2
tail -20 /tmp/dockerd.log >&2 || true
exit 1
