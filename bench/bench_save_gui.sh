#!/usr/bin/env bash
# The first save of a 1M-row register as a project from the window: the longest GUI stall and the save's time, for
# the window's background save (New Project) and for the core's saveTo on the GUI thread (what the window did
# before), each RUNS times, offscreen.
# Usage: bench/bench_save_gui.sh   (from the repository root, after building plumbline-cli)
# Environment: BUILD (default build), ROWS (default 1000000), RUNS (default 3).
set -euo pipefail
cd "$(dirname "$0")/.."

BUILD=${BUILD:-build}
ROWS=${ROWS:-1000000}
RUNS=${RUNS:-3}
OUT=bench/out
DATA="$OUT/planning-$ROWS.csv"
cmake --build "$BUILD" --target plumbline-bench-save-gui >/dev/null
[ -f "$DATA" ] || "$BUILD/bin/plumbline-cli" sample planning --rows "$ROWS" --seed 1 --output "$DATA"
BENCH=$(find "$BUILD" -name plumbline-bench-save-gui -type f -perm -u+x | head -n1)
target=$(mktemp -d)
trap 'rm -rf "$target"' EXIT

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
for mode in "" --sync; do
  for run in $(seq "$RUNS"); do
    QT_QPA_PLATFORM=offscreen "$BENCH" "$DATA" "$target/save.plumbline" $mode
  done
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
