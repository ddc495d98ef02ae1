#!/usr/bin/env bash
# The v2 tier (`npm run test:v2 [-- jest args]`): boots a Debian forky VM — cgroup v2 only,
# systemd, Docker 28.5, buildx 0.29 — and runs __tests__/v2/ inside it against its engine.
#
# 1. installs what it needs from Debian (qemu-system-x86, mmdebstrap) when missing;
# 2. builds the VM image (vm/image.sh) when the cache has none for this recipe: the cache key is
#    a hash of vm/image.sh and vm/guest/, under .cache/vm/ (DMA_VM_CACHE overrides);
# 3. boots it with qemu's software emulation (TCG: /dev/kvm exists on these machines, but qemu
#    aborts on it, "failed to set MSR 0x10a"), no
#    network inside, three 9p shares: the checkout (read-only), ../shared (read-only: the
#    BuildKit kit) and a run folder for this run (the host's node, the log, the exit code);
# 4. inside, systemd starts vm/inside.sh after Docker: it runs jest -c jest.v2.config.js and
#    powers the VM off; the log is followed here as it is written.
# Any failure — no image, no boot, no result — is a failure, never a skip. The VM is killed on
# every way out. Needs root (mmdebstrap, apt-get).
set -euo pipefail
cd "$(dirname "$0")/.."
checkout=$(pwd)
say() { echo "test:v2: $*"; }
fail() {
  echo "test:v2: FAILED: $*" >&2
  exit 1
}

# Bounds, in seconds. Measured (docs/development.md): a cold image build 2.5-19 min, a boot to
# `docker info` 49 s quiet and ~115 s loaded, the tests a few minutes.
image_timeout=${DMA_VM_IMAGE_TIMEOUT:-2400}
run_timeout=${DMA_VM_RUN_TIMEOUT:-1500}
# After the tests' exit code is written, the VM powers itself off; past this it is killed.
poweroff_grace=60


[[ $(id -u) -eq 0 ]] || fail "needs root (it installs packages and builds a VM image): sudo npm run test:v2"
shared=$(cd .. && pwd)/shared
[[ -x $shared/buildkit/make-image.sh && -x $shared/buildkit/bin/buildkitd ]] ||
  fail "$shared/buildkit/ is missing: the VM's engine cannot pull moby/buildkit, it loads that kit (make-image.sh)"
node=$(command -v node) || fail "no node on PATH"

missing=()
command -v qemu-system-x86_64 >/dev/null || missing+=(qemu-system-x86)
command -v mmdebstrap >/dev/null || missing+=(mmdebstrap)
command -v mke2fs >/dev/null || missing+=(e2fsprogs)
if ((${#missing[@]} > 0)); then
  say "installing ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# The image: built once per recipe.
key=$(cat vm/image.sh vm/guest/* | sha256sum | cut -c1-16)
cache=${DMA_VM_CACHE:-$checkout/.cache/vm}
image=$cache/forky-$key
if [[ ! -f $image/root.img ]]; then
  say "building the VM image $image (Debian forky with mmdebstrap; minutes)"
  mkdir -p "$cache"
  # Images of other recipes are of no further use.
  find "$cache" -mindepth 1 -maxdepth 1 -name 'forky-*' ! -name "forky-$key" -exec rm -rf {} +
  started=$SECONDS
  timeout --kill-after=30 "$image_timeout" bash vm/image.sh "$image.partial" || {
    rm -rf "$image.partial"
    fail "the VM image could not be built (above)"
  }
  mv "$image.partial" "$image"
  say "image built in $((SECONDS - started)) s"
fi

# The tests and the CLI they run are the bundle: never a stale one (no bundling inside the VM).
npm run --silent bundle

run=$(mktemp -d /tmp/dma-v2.XXXXXX)
qemu_pid=
cleanup() {
  if [[ -n $qemu_pid ]] && kill -0 "$qemu_pid" 2>/dev/null; then
    kill "$qemu_pid" 2>/dev/null || true
    sleep 2
    kill -9 "$qemu_pid" 2>/dev/null || true
  fi
  rm -rf "$run"
}
trap cleanup EXIT
trap 'exit 130' INT TERM HUP
mkdir -p "$run/bin"
# The host's node, shared rather than Debian's nodejs in the image: the tests then run on the
# node that made node_modules (npm ci here), and the image does not change with node.
cp "$node" "$run/bin/node"
printf '%s\n' "$@" >"$run/jest-args"
touch "$run/log"

# A boot that fails before the tests start (the console shows emergency mode, a unit the tier
# needs failed, a kernel panic) is seen at once, not at the timeout, and booted again once:
# it says nothing of the code under test. Once the tests have started, nothing is retried.
boot_failure='You are in emergency mode|Dependency failed for [^ ]*dma-v2|Failed to mount [^ ]+ - /mnt/[^ ]*|Kernel panic[^\r]*'
# The console as text: without the colours and terminal queries systemd writes to it.
console_text() { sed 's/\x1b\[[0-9;:?]*[A-Za-z]//g; s/\x1b[]P][^\x1b]*\x1b\\//g' "$run/console.log" 2>/dev/null; }
console_tail() { console_text | tail -n "$1" >&2 || true; }
boot() {
  # snapshot=on: the image is never written; the VM's writes go to a temporary overlay.
  timeout --kill-after=10 "$run_timeout" qemu-system-x86_64 \
    -machine q35 -accel tcg,thread=multi -cpu max -smp 2 -m 4096 \
    -display none -monitor none -serial "file:$run/console.log" -nic none -no-reboot \
    -kernel "$image/vmlinuz" -initrd "$image/initrd.img" \
    -drive "file=$image/root.img,if=virtio,format=raw,snapshot=on" \
    -virtfs "local,path=$checkout,mount_tag=checkout,security_model=none,readonly=on" \
    -virtfs "local,path=$shared,mount_tag=shared,security_model=none,readonly=on" \
    -virtfs "local,path=$run,mount_tag=run,security_model=none" \
    -append "root=/dev/vda rw console=ttyS0 loglevel=4 apparmor=0 systemd.unified_cgroup_hierarchy=1 systemd.show_status=error panic=-1" &
  qemu_pid=$!
  tail -n +1 -f --pid="$qemu_pid" "$run/log" &
  # The result is in once exit-code is written; a VM that then fails to power off is not waited for.
  boot_failed=
  while kill -0 "$qemu_pid" 2>/dev/null && [[ ! -f $run/exit-code ]]; do
    if [[ ! -s $run/log ]]; then
      boot_failed=$(console_text | grep -m1 -oE "$boot_failure" || true)
      [[ -z $boot_failed ]] || break
    fi
    sleep 2
  done
  if [[ -z $boot_failed ]]; then
    for _ in $(seq 1 "$poweroff_grace"); do
      kill -0 "$qemu_pid" 2>/dev/null || break
      sleep 1
    done
    if kill -0 "$qemu_pid" 2>/dev/null; then
      say "the VM did not power off within $poweroff_grace s of its result: killed"
    fi
  fi
  kill "$qemu_pid" 2>/dev/null || true
  set +e
  wait "$qemu_pid"
  qemu_rc=$?
  set -e
  qemu_pid=
  sleep 1
}

started=$SECONDS
for attempt in 1 2; do
  say "booting the VM (qemu TCG, -smp 2, 4 GiB, no network)"
  boot
  [[ -n $boot_failed ]] || break
  echo "test:v2: the VM failed to boot (its console: \"$boot_failed\"); the console's last 40 lines:" >&2
  console_tail 40
  ((attempt == 1)) || fail "the VM failed to boot twice: $boot_failed"
  say "booting once more: the tests had not started"
  rm -f "$run/console.log" "$run/exit-code" "$run/boot-seconds"
  : >"$run/log"
done
elapsed=$((SECONDS - started))

if [[ ! -f $run/exit-code ]]; then
  if ((qemu_rc == 124 || qemu_rc == 137)); then why="it did not finish within $run_timeout s"; else why="qemu exited $qemu_rc"; fi
  echo "test:v2: the VM's console (last 60 lines):" >&2
  console_tail 60
  fail "the VM gave no result: $why"
fi
rc=$(cat "$run/exit-code")
say "VM run $elapsed s (boot to docker info $(cat "$run/boot-seconds" 2>/dev/null || echo ?) s after the kernel started); tests exit $rc"
[[ $rc == 0 ]] || fail "the v2 tests failed (exit $rc)"
say "passed"
