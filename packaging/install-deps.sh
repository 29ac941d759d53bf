#!/usr/bin/env bash
# Installs the Debian 12 packages Plumbline builds, tests and runs with. Idempotent: installs only what is missing.
# Usage: packaging/install-deps.sh [--gui|--no-gui] [--bench] [--release]
#   --release: also the tools that build and check the Debian package and make the fresh Debian root of
#              packaging/fresh-root-check.sh (packaging/test-all.sh passes it).
set -euo pipefail
want_gui=1; want_bench=0; want_release=0
for arg in "$@"; do
  case "$arg" in
    --no-gui) want_gui=0 ;;
    --gui) want_gui=1 ;;
    --bench) want_bench=1 ;;
    --release) want_release=1 ;;
    *) echo "install-deps.sh: unknown option $arg" >&2; exit 2 ;;
  esac
done
packages=(build-essential cmake ninja-build pkg-config ccache clang libclang-rt-14-dev
  qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite libsqlite3-dev sqlite3
  libminizip-dev libxlsxwriter-dev libsimdjson-dev libfast-float-dev libre2-dev libuchardet-dev
  libgeos-dev libproj-dev proj-data libgl-dev python3-openpyxl)
if ((want_gui)); then packages+=(qt6-charts-dev libqt6opengl6-dev qt6-svg-dev qt6-tools-dev qt6-l10n-tools qt6-wayland xvfb xauth fonts-dejavu-core); fi
if ((want_release)); then
  packages+=(mmdebstrap lintian help2man desktop-file-utils appstream shared-mime-info librsvg2-bin file dpkg-dev)
fi
if ((want_bench)); then packages+=(miller hyperfine time nodejs npm python3-pandas); fi
missing=()
for p in "${packages[@]}"; do
  # NodeSource's nodejs bundles npm and conflicts with Debian's npm package: an npm already on PATH will do.
  if [ "$p" = npm ] && command -v npm >/dev/null; then continue; fi
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if ((${#missing[@]})); then
  sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
  echo "Installing: ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
