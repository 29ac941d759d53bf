#!/usr/bin/env bash
# Renders the PNG sizes of the application icon from its SVG into resources/icons/hicolor/<size>/apps, where
# the package installs them from and the GUI's window icon reads them (compiled into the core). Run after
# editing the SVG and commit the PNGs; rsvg-convert comes with install-deps.sh --release.
set -euo pipefail
cd "$(dirname "$0")/../resources/icons/hicolor"
for size in 16 22 24 32 48 64 128 256; do
  mkdir -p "${size}x${size}/apps"
  rsvg-convert -w "$size" -h "$size" scalable/apps/plumbline.svg -o "${size}x${size}/apps/plumbline.png"
done
