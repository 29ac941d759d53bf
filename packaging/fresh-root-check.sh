#!/usr/bin/env bash
# Runs the README's first command — install-deps.sh, configure, build — in a pristine Debian 12 root, so that a
# package missing from install-deps.sh fails here with the configure or compile error it causes on a new machine,
# even when this machine has the package already.
# Usage: packaging/fresh-root-check.sh [TARGET...]   (default: plumbline-cli plumbline)
# Needs root and mmdebstrap (install-deps.sh --release). The compile shares this machine's ccache, so after a
# release build here it is mostly cache hits; the root is made, used and deleted in a temporary directory.
set -euo pipefail
src=$(cd "$(dirname "$0")/.." && pwd)
targets=("$@")
((${#targets[@]})) || targets=(plumbline-cli plumbline)
[ "$(id -u)" -eq 0 ] || { echo "fresh-root-check.sh: needs root (mmdebstrap, mount, chroot)" >&2; exit 2; }

work=$(mktemp -d /var/tmp/plumbline-fresh-root.XXXXXX)
root=$work/root
mounts=()
cleanup() {
  local i
  for ((i = ${#mounts[@]} - 1; i >= 0; i--)); do
    umount "${mounts[i]}" 2>/dev/null || umount -l "${mounts[i]}" || true
  done
  # --one-file-system: should an unmount have failed, never delete through it into this machine's files.
  rm -rf --one-file-system "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

started=$SECONDS
# The chroot uses the same apt sources as this machine (its mirror), else mmdebstrap's default Debian mirrors.
sources=()
[ -s /etc/apt/sources.list.d/debian.sources ] && sources=(/etc/apt/sources.list.d/debian.sources)
[ -s /etc/apt/sources.list ] && grep -q '^deb ' /etc/apt/sources.list && sources=(/etc/apt/sources.list)
mmdebstrap --variant=minbase --quiet bookworm "$root" "${sources[@]}"
echo "fresh root: Debian 12 minbase made in $((SECONDS - started)) s"

cp /etc/resolv.conf "$root/etc/resolv.conf"
# No service that a package installs may start inside the chroot.
printf '#!/bin/sh\nexit 101\n' >"$root/usr/sbin/policy-rc.d"
chmod 755 "$root/usr/sbin/policy-rc.d"
mount -t proc proc "$root/proc"
mounts+=("$root/proc")

# The working tree (not only what is committed), at the same path as here so the compiler sees the same
# command lines as this machine's release build and ccache can serve them.
mkdir -p "$root$src"
tar -C "$src" --exclude-vcs --exclude='./build*' --exclude=./bench/out --exclude=./bench/node_modules -cf - . |
  tar -C "$root$src" -xf -

ccache_env=()
if command -v ccache >/dev/null; then
  cache_dir=$(ccache -k cache_dir)
  mkdir -p "$cache_dir" "$root$cache_dir"
  mount --bind "$cache_dir" "$root$cache_dir"
  mounts+=("$root$cache_dir")
  ccache_env=(CCACHE_DIR="$cache_dir" CCACHE_BASEDIR="$(ccache -k base_dir)")
  [ "$(ccache -k hash_dir)" = false ] && ccache_env+=(CCACHE_NOHASHDIR=1)
fi

step_started=$SECONDS
chroot "$root" /usr/bin/env -i HOME=/root PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 "${ccache_env[@]}" \
  /bin/bash -euo pipefail -c '
    cd "$1"; shift
    packaging/install-deps.sh >/var/log/install-deps.log 2>&1 || { tail -n 40 /var/log/install-deps.log; exit 1; }
    echo "fresh root: packaging/install-deps.sh took ${SECONDS} s"
    t=$SECONDS
    cmake --preset release >/dev/null
    cmake --build --preset release -j "$(nproc)" --target "$@"
    echo "fresh root: configure and build of $* took $((SECONDS - t)) s"
    build/bin/plumbline-cli --version
  ' fresh-root "$src" "${targets[@]}"
echo "fresh root: passed in $((SECONDS - started)) s (inside the root: $((SECONDS - step_started)) s)"
