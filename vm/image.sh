#!/usr/bin/env bash
# Builds the v2 tier's VM image from Debian's archive alone: Debian forky (docker.io 28.5,
# docker-buildx 0.29, containerd 2.1, runc 1.3, systemd, cgroup v2 only), with a small initrd.
#   bash vm/image.sh OUTDIR      → OUTDIR/{vmlinuz,initrd.img,root.img}
# Called by vm/run.sh when its cache has no image for this recipe (this file and vm/guest/).
# Needs root, mmdebstrap and e2fsprogs (vm/run.sh installs them). Measured: ../shared/FACTS.md §7.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
out=$1
mkdir -p "$out"
work=$(mktemp -d "$out/.build.XXXXXX")
trap 'rm -rf "$work"' EXIT

# - docker-cli: Docker 28's engine package no longer brings the `docker` command.
# - libstdc++6: the host's node runs the tests inside (vm/run.sh shares it).
# - mount: the 9p shares in /etc/fstab; dbus: systemd-run --wait (the tests run units).
# - 9pnet_virtio and 9p load in the initrd, before systemd mounts the shares: 9pnet_virtio
#   registers its transport before it binds the share devices, so a mount racing its load from
#   the root's udev found the transport and not yet the channel ("9pnet_virtio: no channels
#   available for device run", /mnt/run unmounted, emergency mode: CI of 2026-12-03).
# - no apparmor: the kernel is booted with apparmor=0 (minbase has no apparmor_parser, and
#   dockerd then cannot load its docker-default profile).
packages=systemd-sysv,dbus,udev,kmod,procps,mount,linux-image-amd64,initramfs-tools,zstd,docker.io,docker-cli,docker-buildx,busybox-static,iproute2,ca-certificates,libstdc++6
# forky's Release file was found past its Valid-Until (FACTS §7).
mmdebstrap --variant=minbase --include="$packages" \
  --aptopt='Acquire::Check-Valid-Until "false"' \
  --dpkgopt='path-exclude=/usr/share/doc/*' --dpkgopt='path-exclude=/usr/share/man/*' --dpkgopt='path-exclude=/usr/share/locale/*' \
  --essential-hook="mkdir -p \"\$1/etc/initramfs-tools/conf.d\" && printf 'MODULES=list\nCOMPRESS=zstd\n' >\"\$1/etc/initramfs-tools/conf.d/dma.conf\"" \
  --customize-hook="cp '$here/guest/fstab' \"\$1/etc/fstab\"" \
  --customize-hook="mkdir -p \"\$1/etc/docker\" \"\$1/mnt/checkout\" \"\$1/mnt/shared\" \"\$1/mnt/run\" && cp '$here/guest/daemon.json' \"\$1/etc/docker/daemon.json\"" \
  --customize-hook="cp '$here/guest/dma-v2.service' \"\$1/etc/systemd/system/\" && mkdir -p \"\$1/etc/systemd/system/multi-user.target.wants\" && ln -sf /etc/systemd/system/dma-v2.service \"\$1/etc/systemd/system/multi-user.target.wants/dma-v2.service\"" \
  --customize-hook="ln -sf /dev/null \"\$1/etc/systemd/system/serial-getty@ttyS0.service\" && ln -sf /dev/null \"\$1/etc/systemd/system/getty@tty1.service\"" \
  --customize-hook="printf '9p\n9pnet_virtio\n' >\"\$1/etc/modules-load.d/9p.conf\" && echo dma-v2 >\"\$1/etc/hostname\"" \
  --customize-hook="printf 'virtio_pci\nvirtio_blk\next4\n9pnet_virtio\n9p\n' >\"\$1/etc/initramfs-tools/modules\" && chroot \"\$1\" update-initramfs -u -k all" \
  --customize-hook="cp \"\$1\"/boot/vmlinuz-* '$work/vmlinuz' && cp \"\$1\"/boot/initrd.img-* '$work/initrd.img'" \
  forky "$work/rootfs" http://deb.debian.org/debian
mke2fs -q -t ext4 -d "$work/rootfs" -L root "$work/root.img" 4G
mv "$work/vmlinuz" "$work/initrd.img" "$work/root.img" "$out/"
echo "image: $out ($(du -sh --apparent-size "$out/root.img" | cut -f1) apparent, $(du -sh "$out/root.img" | cut -f1) used)"
