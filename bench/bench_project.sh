#!/usr/bin/env bash
# Project benchmark on the 1,000,000-row planning register:
#  1. First save: plumbline-cli export REGISTER.csv --to P.plumbline (read the CSV, write the base columns as
#     blobs, hash the source). Target <= 3 s for the save itself.
#  2. Reopen: plumbline-cli info P.plumbline (open, check, read every column's blobs, apply the journal) against
#     plumbline-cli info REGISTER.csv (parse the CSV). Target: fully loaded <= 2 s.
#  3. Reopen after a 50,000-cell fix journaled into the project (fix P --output P): the journal replayed on top.
# Usage: bench/bench_project.sh   (from the repository root, after building plumbline-cli)
# Environment: BUILD (default build), ROWS (default 1000000), RUNS (default 5), SEED (default 1).
# Writes bench/out/project.md and prints it.
set -euo pipefail
cd "$(dirname "$0")/.."

BUILD=${BUILD:-build}
ROWS=${ROWS:-1000000}
RUNS=${RUNS:-5}
SEED=${SEED:-1}
CLI="$PWD/$BUILD/bin/plumbline-cli"
OUT=bench/out
DATA="$PWD/$OUT/planning-$ROWS.csv"
PROJECT="$PWD/$OUT/planning-$ROWS.plumbline"
FIXED="$PWD/$OUT/planning-$ROWS-fixed.plumbline"

command -v hyperfine >/dev/null || { echo "bench_project.sh: hyperfine is missing (packaging/install-deps.sh --bench)" >&2; exit 2; }
[ -x "$CLI" ] || { echo "bench_project.sh: build plumbline-cli first" >&2; exit 2; }
mkdir -p "$OUT"
load_before=$(cut -d' ' -f1 /proc/loadavg)
[ -f "$DATA" ] || "$CLI" sample planning --rows "$ROWS" --seed "$SEED" --out "$DATA"

hyperfine --runs "$RUNS" --warmup 1 --export-json "$OUT/project-save.json" \
  --prepare "rm -f '$PROJECT'" -n "export --to .plumbline (first save)" "'$CLI' export '$DATA' --to '$PROJECT'" \
  -n "export --to .csv (for comparison)" "'$CLI' export '$DATA' --to '$OUT/copy.csv'"
"$CLI" export "$DATA" --to "$PROJECT"
rm -f "$FIXED"
cp "$PROJECT" "$FIXED"
# About 50,000 cells: PA-18 codelist fixes on every 20th row ('Approve' -> 'granted') would need an edited copy;
# a safe-fix pass over the register journals whatever the sample's defects give.
"$CLI" fix "$FIXED" --apply safe --output "$FIXED" --today 2025-06-01 | tail -1
hyperfine --runs "$RUNS" --warmup 1 --export-json "$OUT/project-open.json" \
  -n "info REGISTER.csv" "'$CLI' info '$DATA'" \
  -n "info P.plumbline" "'$CLI' info '$PROJECT'" \
  -n "info P.plumbline (fixes journaled)" "'$CLI' info '$FIXED'"
load_after=$(cut -d' ' -f1 /proc/loadavg)

python3 - "$OUT" "$ROWS" "$load_before" "$load_after" "$(stat -c %s "$DATA")" "$(stat -c %s "$PROJECT")" <<'PY' | tee "$OUT/project.md"
import json, statistics, sys
out, rows, lb, la, csv_size, project_size = sys.argv[1:]
print(f"{int(rows):,} rows; CSV {int(csv_size)/1e6:.0f} MB, project {int(project_size)/1e6:.0f} MB; load average {lb} before, {la} after\n")
print("| command | median s | min s | max s |")
print("|---|---:|---:|---:|")
for name in ("project-save", "project-open"):
    for r in json.load(open(f"{out}/{name}.json"))["results"]:
        print(f"| {r['command']} | {r['median']:.3f} | {r['min']:.3f} | {r['max']:.3f} |")
PY
