#!/usr/bin/env bash
# Runs a command against a Docker engine of its own, started with empty state and removed
# afterwards: `bash scripts/fresh-engine.sh CMD [ARGS...]`. The engine tier (npm run test:e2e
# [-- jest args]) and the benches that need an engine (npm run bench:engine) run under it, so a
# test that leans on something an earlier run left behind (an image, a builder, a cgroup) fails
# here and not first on someone's fresh machine, and CI, whose machines run no engine, measures
# the engine-present cases too:
# - its own cgroup namespace, rooted at a new empty cgroup: inside it
#   /sys/fs/cgroup/memory/docker does not exist until this engine makes it, exactly as on a
#   new machine, and the paths the product and the tests use stay the usual ones;
# - its own mount namespace: the engine's mounts go with the run, and another engine's
#   containerd socket is hidden (no PID namespace: the kernel log names host PIDs);
# - its own --data-root, --exec-root, socket (DOCKER_HOST), an empty daemon.json and a bridge
#   of its own without iptables rules (embedded BuildKit's RUN steps need a bridge network).
# Everything is removed afterwards. Needs cgroup v1 (the tests read its files) and root.
set -euo pipefail
cd "$(dirname "$0")/.."

# Each cgroup hierarchy's mount point, type and super options (the fields after mountinfo's
# "-"): the v1 ones, and the v2 one a hybrid machine mounts at /sys/fs/cgroup/unified, where
# dockerd makes a `docker` cgroup too.
cgroupMounts() {
  awk '{ i = 7; while ($i != "-") i++; if ($(i + 1) == "cgroup" || $(i + 1) == "cgroup2") print $5, $(i + 1), $(i + 3) }' /proc/self/mountinfo
}

if [[ ${1-} == --inside ]]; then
  # Only ever in the namespaces made below (the caller names the mount namespace it left): on
  # the host this would unmount its cgroups.
  if [[ -z ${DMA_E2E_HOST_MNT-} || $(readlink /proc/self/ns/mnt) == "$DMA_E2E_HOST_MNT" ]]; then
    echo "fresh-engine: --inside is for the namespaces scripts/fresh-engine.sh makes" >&2
    exit 1
  fi
  shift
  state=$1 bridge=$2
  shift 2
  # Remount every hierarchy: a mount made inside the namespace is rooted at its root (the
  # kernel refuses to stack a filesystem on its own mount, hence the unmount first).
  cgroupMounts | while read -r dir type opts; do
    umount "$dir"
    if [[ $type == cgroup2 ]]; then mount -t cgroup2 dma-e2e "$dir"; else mount -t cgroup -o "$opts" dma-e2e "$dir"; fi
  done
  # dockerd uses a running system containerd if it finds one, which would put our steps in its cgroups.
  if [[ -d /run/containerd ]]; then mount -t tmpfs tmpfs /run/containerd; fi
  # A test that forgets DOCKER_HOST must fail here, not talk to another engine on this machine.
  if [[ -S /var/run/docker.sock ]]; then mount --bind /dev/null /var/run/docker.sock; fi
  # Privileged containers (every docker-container builder) cannot start where the capability
  # bounding set lacks CAP_SYS_RESOURCE, as on these VMs: then the engine runs containers through
  # ../shared/buildkit/caprunc, a runc that drops that one capability (README there).
  capbnd=$(awk '/^CapBnd:/ { print $2 }' /proc/self/status)
  caprunc=$(cd .. && pwd)/shared/buildkit/caprunc
  if (((0x$capbnd >> 24) & 1)) || [[ ! -x $caprunc ]]; then
    echo '{}' >"$state/daemon.json"
  else
    printf '{"runtimes": {"caprunc": {"path": "%s"}}, "default-runtime": "caprunc"}\n' "$caprunc" >"$state/daemon.json"
  fi
  dockerd --config-file "$state/daemon.json" --data-root "$state/data" --exec-root "$state/exec" --pidfile "$state/dockerd.pid" \
    -H "unix://$state/docker.sock" --bridge "$bridge" --iptables=false --ip-masq=false >"$state/dockerd.log" 2>&1 &
  export DOCKER_HOST="unix://$state/docker.sock" DMA_E2E_ENGINE=$state
  for _ in $(seq 1 60); do
    if docker info >/dev/null 2>&1; then break; fi
    sleep 1
  done
  if ! docker info >/dev/null 2>&1; then
    echo "fresh-engine: the test engine did not answer within 60 s; its log:" >&2
    tail -20 "$state/dockerd.log" >&2
    exit 1
  fi
  echo "fresh-engine: fresh engine at $DOCKER_HOST; here /sys/fs/cgroup/memory/docker is $([[ -d /sys/fs/cgroup/memory/docker ]] && echo present || echo absent)"
  set +e
  "$@"
  rc=$?
  kill "$(cat "$state/dockerd.pid")"
  wait
  exit $rc
fi

if [[ $(id -u) -ne 0 ]]; then
  echo "fresh-engine: needs root (it starts a Docker engine and writes memory cgroups): sudo npm run test:e2e, sudo npm run bench:engine" >&2
  exit 1
fi
if [[ ! -d /sys/fs/cgroup/memory ]]; then
  echo "fresh-engine: needs cgroup v1 (the engine tests read /sys/fs/cgroup/memory); this machine has none" >&2
  exit 1
fi
# jq: ../shared/buildkit/caprunc edits the container's config with it; runc: make-image.sh puts
# it in the BuildKit image (docker.io depends on it).
if ! command -v dockerd >/dev/null 2>&1 || ! command -v ip >/dev/null 2>&1 || [[ ! -x /bin/busybox ]] || [[ ! -x /usr/bin/docker ]] || ! command -v jq >/dev/null 2>&1; then
  echo "fresh-engine: installing docker.io, iproute2, busybox-static and jq"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq docker.io iproute2 busybox-static jq >/dev/null
fi
if [[ $# -eq 0 ]]; then
  echo "fresh-engine: usage: bash scripts/fresh-engine.sh CMD [ARGS...]" >&2
  exit 2
fi
# The tests and benches run the bundle: never a stale one.
npm run --silent bundle

id=dma-e2e-$$
state=/tmp/$id
# Interface names are at most 15 characters.
bridge=dmae2e$(($$ % 100000))
roots=()
# What the run leaves on the host outside its state dir: containerd's shims make
# /run/containerd/s and dockerd /run/docker/plugins (paths built into them, whatever
# --exec-root says), the docker CLI writes $HOME/.docker/.buildNodeID. Removed afterwards when
# this run made them.
made=()
for path in /run/containerd /run/docker "${HOME:-/root}/.docker"; do [[ -e $path ]] || made+=("$path"); done
cleanup() {
  # Whatever the run left running (an engine that never answered) is in its cgroups: exactly those.
  for root in "${roots[@]}"; do find "$root" -name cgroup.procs -exec cat {} + | xargs -r kill -9 2>/dev/null || true; done
  ip link del "$bridge" 2>/dev/null || true
  for root in "${roots[@]}"; do
    for _ in $(seq 1 20); do
      if find "$root" -depth -type d -exec rmdir {} + 2>/dev/null || [[ ! -d $root ]]; then break; fi
      sleep 0.5
    done
    if [[ -d $root ]]; then echo "fresh-engine: could not remove the cgroup $root" >&2; fi
  done
  rm -rf "$state" "${made[@]}"
}
trap cleanup EXIT

mkdir -p "$state"
ip link add "$bridge" type bridge
ip addr add "10.$((200 + $$ % 50)).$(($$ / 50 % 256)).1/24" dev "$bridge"
ip link set "$bridge" up

# The new namespace's root: a child of the cgroup we are in, in every hierarchy (v2's line in
# /proc/self/cgroup is the one with hierarchy 0).
while read -r dir type opts; do
  if [[ $type == cgroup2 ]]; then
    here=$(awk -F: '$1 == 0 { print $3 }' /proc/self/cgroup)
  else
    controller=${opts##*,}
    here=$(awk -F: -v c="$controller" '{ n = split($2, a, ","); for (i = 1; i <= n; i++) if (a[i] == c) print $3 }' /proc/self/cgroup)
  fi
  root="$dir${here%/}/$id"
  mkdir "$root"
  # A new cpuset cgroup has no CPUs or memory nodes, and no task may join it until it has.
  if [[ -f $root/cpuset.cpus ]]; then
    cat "$(dirname "$root")/cpuset.cpus" >"$root/cpuset.cpus"
    cat "$(dirname "$root")/cpuset.mems" >"$root/cpuset.mems"
  fi
  roots+=("$root")
done < <(cgroupMounts)

(
  for root in "${roots[@]}"; do echo "$BASHPID" >"$root/cgroup.procs"; done
  DMA_E2E_HOST_MNT=$(readlink /proc/self/ns/mnt) exec unshare --mount --cgroup --fork --propagation private bash scripts/fresh-engine.sh --inside "$state" "$bridge" "$@"
)
