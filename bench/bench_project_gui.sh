#!/usr/bin/env bash
# GUI reopen of a 1M-row project: time from openFile() to the first rows painted (printed by the GUI itself), the
# whole process's wall and CPU time, against opening the register's CSV the same way (which shows a preview of
# its head first, then the full table).
# Usage: bench/bench_project_gui.sh   (from the repository root, after building plumbline and plumbline-cli, and
# after bench/bench_project.sh made bench/out/planning-$ROWS.plumbline)
# Environment: BUILD (default build), ROWS (default 1000000), RUNS (default 5).
set -euo pipefail
cd "$(dirname "$0")/.."

BUILD=${BUILD:-build}
ROWS=${ROWS:-1000000}
RUNS=${RUNS:-5}
GUI="$PWD/$BUILD/bin/plumbline"
OUT=bench/out
DATA="$PWD/$OUT/planning-$ROWS.csv"
PROJECT="$PWD/$OUT/planning-$ROWS.plumbline"
[ -x "$GUI" ] || { echo "bench_project_gui.sh: build plumbline first" >&2; exit 2; }
[ -f "$PROJECT" ] || { echo "bench_project_gui.sh: run bench/bench_project.sh first" >&2; exit 2; }

# A settings folder of its own: no validation after loading (it would be timed too), nothing of the user's touched.
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
mkdir -p "$home/.config/Plumbline"
printf '[validation]\nafterLoad=false\n' >"$home/.config/Plumbline/Plumbline.conf"

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
for file in "$PROJECT" "$DATA"; do
  for run in $(seq "$RUNS"); do
    HOME="$home" QT_QPA_PLATFORM=offscreen /usr/bin/time -f "  wall %e s, CPU %U + %S s, peak RSS %M KB" \
      "$GUI" --screenshot "$home/shot.png" "$file" 2>&1 | grep -E "first rows|wall" | sed "s|^|$(basename "$file") run $run: |"
  done
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
