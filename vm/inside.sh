#!/bin/bash
# Inside the v2 VM (started by dma-v2.service once Docker is up, then the VM powers off): waits
# for the engine, loads the BuildKit image from ../shared/buildkit, runs the v2 tests and writes
# their exit code where vm/run.sh reads it. Everything it prints goes to the run folder's log.
set -uo pipefail
run=/mnt/run
exec >>"$run/log" 2>&1
export PATH=$run/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin HOME=/root
# The exit code is the last thing written; then the VM goes off at once (nothing in it is kept).
result() {
  echo "$1" >"$run/exit-code.tmp" && mv "$run/exit-code.tmp" "$run/exit-code"
  sync
  systemctl poweroff --force --force
  exit "$1"
}
echo "vm: kernel $(uname -r), $(nproc) CPUs, $(awk '/MemTotal/ { print int($2 / 1024) }' /proc/meminfo) MiB, /sys/fs/cgroup is $(stat -fc %T /sys/fs/cgroup)"
for _ in $(seq 1 300); do
  docker info >/dev/null 2>&1 && break
  sleep 1
done
if ! docker info >/dev/null 2>&1; then
  echo "vm: the engine did not answer within 300 s"
  systemctl status docker.service --no-pager -l | tail -20
  journalctl -u docker.service --no-pager | tail -30
  result 3
fi
awk '{ print int($1) }' /proc/uptime >"$run/boot-seconds"
echo "vm: $(docker info --format 'Docker {{.ServerVersion}}, cgroup v{{.CgroupVersion}} with the {{.CgroupDriver}} driver') after $(cat "$run/boot-seconds") s; $(docker buildx version)"

cd /mnt/checkout || result 3
started=$SECONDS
bash ../shared/buildkit/make-image.sh >/dev/null || {
  echo "vm: the BuildKit image could not be loaded (make-image.sh)"
  result 3
}
echo "vm: BuildKit image loaded in $((SECONDS - started)) s"

mapfile -t args <"$run/jest-args"
started=$SECONDS
# The checkout is read-only here: jest's cache goes to the VM's /tmp.
DMA_V2_VM=1 NODE_OPTIONS=--experimental-vm-modules NODE_NO_WARNINGS=1 \
  node node_modules/jest/bin/jest.js -c jest.v2.config.js --ci --cacheDirectory /tmp/jest-cache "${args[@]}"
rc=$?
echo "vm: tests ran in $((SECONDS - started)) s"
result "$rc"
