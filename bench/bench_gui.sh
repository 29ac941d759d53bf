#!/usr/bin/env bash
# The window's responsiveness on the 1M-row register: bench/gui/bench_gui.cpp opens it in the real MainWindow
# (offscreen), waits for the load and the validation, then drives the review tools as a user does and prints, per
# operation, the time to its result and the longest time the GUI thread's event loop could not run meanwhile.
# Usage: bench/bench_gui.sh   (from the repository root, after cmake --preset release)
# Environment: BUILD (default build), ROWS (default 1000000), SEED (default 1), DEFECT_RATE (default: the
# generator's 0.01; 0.1 gives about ten times the findings), RUNS (default 1), PAGES (pages scrolled, default 300).
set -euo pipefail
cd "$(dirname "$0")/.."

BUILD=${BUILD:-build}
ROWS=${ROWS:-1000000}
SEED=${SEED:-1}
RUNS=${RUNS:-1}
PAGES=${PAGES:-300}
OUT=bench/out
mkdir -p "$OUT"
cmake --build "$BUILD" --target plumbline-cli plumbline-bench-gui -j2 >/dev/null

if [ -n "${DEFECT_RATE:-}" ]; then
  DATA="$OUT/planning-$ROWS-defects-$DEFECT_RATE.csv"
  [ -f "$DATA" ] || "$BUILD/bin/plumbline-cli" sample planning --rows "$ROWS" --seed "$SEED" \
    --defect-rate "$DEFECT_RATE" --out "$DATA"
else
  DATA="$OUT/planning-$ROWS.csv"
  [ -f "$DATA" ] || "$BUILD/bin/plumbline-cli" sample planning --rows "$ROWS" --seed "$SEED" --out "$DATA"
fi

REPORT="$OUT/gui.md"
{
  echo "# GUI responsiveness: $(basename "$DATA")"
  echo
  echo "$(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
  for run in $(seq "$RUNS"); do
    echo
    echo "## Run $run"
    echo
    QT_QPA_PLATFORM=offscreen "$BUILD/bin/plumbline-bench-gui" "$DATA" --scroll-pages "$PAGES" 2>/dev/null
  done
  echo
  echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
} | tee "$REPORT"
echo "written: $REPORT" >&2
