#!/usr/bin/env bash
# Every performance target in one pass, in the order the table at the top of docs/benchmarks.md lists them, with
# the 1-minute load average before and after each step. Run it on a quiet machine (nothing else building or
# running): on this project's 2-core machine other work moves single timings by a factor of two or more.
#
# Usage: bench/bench_quiet_pass.sh      (from the repository root, after building the release preset)
# Environment: BUILD (default build), RUNS (default 5, the CLI steps), GUI_RUNS (default 3), STEPS (default all:
#              a space-separated subset of check gui project-gui diff edit project profile save-gui cluster).
# Writes bench/out/quiet-pass.log (everything the steps print) and prints each step's load averages.
set -euo pipefail
cd "$(dirname "$0")/.."

BUILD=${BUILD:-build}
RUNS=${RUNS:-5}
GUI_RUNS=${GUI_RUNS:-3}
STEPS=${STEPS:-check gui project-gui diff edit project profile save-gui cluster}
CLI="$BUILD/bin/plumbline-cli"
OUT=bench/out
LOG="$OUT/quiet-pass.log"
OLD="$OUT/planning-1000000.csv"
NEW="$OUT/planning-1000000-next.csv"
mkdir -p "$OUT"
: >"$LOG"

load() { cut -d' ' -f1 /proc/loadavg; }

step() {
  local name=$1
  shift
  local before
  before=$(load)
  echo "== $name (load $before)" | tee -a "$LOG"
  "$@" >>"$LOG" 2>&1
  echo "   done, load $before -> $(load)" | tee -a "$LOG"
}

diff_pair() {
  [ -f "$OLD" ] || "$CLI" sample planning --rows 1000000 --seed 1 --output "$OLD"
  [ -f "$NEW" ] || python3 bench/diff/make_version.py "$OLD" "$NEW" --seed 1
  hyperfine -r "$RUNS" -w 1 -i \
    "$CLI diff $OLD $NEW --no-findings --output $OUT/quiet-diff-records.txt" \
    "$CLI diff $OLD $NEW --output $OUT/quiet-diff.txt"
}

edit_session() {
  cmake --build "$BUILD" --target plumbline-bench-edit >/dev/null
  "$BUILD/bin/plumbline-bench-edit" "$OLD"
}

for s in $STEPS; do
  case $s in
  check) step check env RUNS="$RUNS" TABLESCHEMA=0 bench/bench_check.sh ;;
  gui) step gui env RUNS=1 bench/bench_gui.sh ;;
  project-gui) step project-gui env RUNS="$GUI_RUNS" bench/bench_project_gui.sh ;;
  diff) step diff diff_pair ;;
  edit) step edit edit_session ;;
  project) step project env RUNS="$GUI_RUNS" bench/bench_project.sh ;;
  profile) step profile env RUNS="$GUI_RUNS" bench/bench_profile.sh ;;
  save-gui) step save-gui env RUNS="$GUI_RUNS" bench/bench_save_gui.sh ;;
  cluster) step cluster env RUNS="$RUNS" bench/bench_cluster.sh ;;
  *)
    echo "bench_quiet_pass.sh: unknown step $s" >&2
    exit 2
    ;;
  esac
done
echo "Everything the steps printed: $LOG"
