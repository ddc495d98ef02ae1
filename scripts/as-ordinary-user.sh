#!/usr/bin/env bash
# Runs a command in a copy of this checkout as an ordinary user, the way a contributor without
# root runs the README's `npm test`: uid/gid 65534 (nobody), no supplementary groups (no `docker`
# group), a HOME of its own and DOCKER_HOST pointing at a socket that does not exist. The copy is
# theirs, as a clone would be; it is removed afterwards. CI runs the unit tier this way, so a
# unit test that needs root or a Docker engine fails CI instead of a newcomer's first command.
#   bash scripts/as-ordinary-user.sh npm test
set -euo pipefail
cd "$(dirname "$0")/.."

if [[ $(id -u) -ne 0 ]]; then
  # Already an ordinary user: nothing to drop.
  exec "$@"
fi
uid=65534
work=$(mktemp -d /tmp/dma-ordinary-user.XXXXXX)
trap 'rm -rf "$work"' EXIT
mkdir "$work/home"
# The checkout with its node_modules, owned by that user (a copy: hard links would change the
# owner of this checkout's files too).
cp -a . "$work/repo"
chown -R "$uid:$uid" "$work"
cd "$work/repo"
setpriv --reuid="$uid" --regid="$uid" --clear-groups --reset-env \
  env HOME="$work/home" USER=nobody LOGNAME=nobody PATH="$PATH" CI="${CI-}" \
  DOCKER_HOST="unix://$work/no-docker.sock" TMPDIR=/tmp NPM_CONFIG_UPDATE_NOTIFIER=false "$@"
