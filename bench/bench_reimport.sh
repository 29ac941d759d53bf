#!/usr/bin/env bash
# Re-import and hand-over benchmark on a planning register with a safe-fix pass journaled into its project:
#  1. project reimport P --source CHANGED.csv --output NEW (1 record in 200 gone, the rest reordered) against
#     export CHANGED.csv --to P.plumbline (the first save alone) and fix CHANGED.csv --apply safe (doing the
#     fixes again from scratch).
#  2. handover export P --output review.json, and handover merge of it into a fresh copy of the project.
# Usage: bench/bench_reimport.sh   (from the repository root, after building plumbline-cli)
# Environment: BUILD (default build), ROWS (default 200000), RUNS (default 5), SEED (default 1).
# Writes bench/out/reimport.md and prints it.
set -euo pipefail
cd "$(dirname "$0")/.."

BUILD=${BUILD:-build}
ROWS=${ROWS:-200000}
RUNS=${RUNS:-5}
SEED=${SEED:-1}
CLI="$PWD/$BUILD/bin/plumbline-cli"
OUT="$PWD/bench/out"
DATA="$OUT/reimport-$ROWS.csv"
CHANGED="$OUT/reimport-$ROWS-changed.csv"
PROJECT="$OUT/reimport-$ROWS.plumbline"
BASE="$OUT/reimport-$ROWS-base.plumbline"

command -v hyperfine >/dev/null || { echo "bench_reimport.sh: hyperfine is missing (packaging/install-deps.sh --bench)" >&2; exit 2; }
[ -x "$CLI" ] || { echo "bench_reimport.sh: build plumbline-cli first" >&2; exit 2; }
mkdir -p "$OUT"
load_before=$(cut -d' ' -f1 /proc/loadavg)
"$CLI" sample planning --rows "$ROWS" --seed "$SEED" --defect-rate 0.2 --out "$DATA" >/dev/null
rm -f "$BASE" "$PROJECT"
"$CLI" export "$DATA" --to "$BASE"
cp "$BASE" "$PROJECT"
"$CLI" fix "$PROJECT" --apply safe --output "$PROJECT" | head -1
python3 - "$DATA" "$CHANGED" <<'PY'
import csv, sys
rows = list(csv.reader(open(sys.argv[1], newline='', encoding='utf-8')))
body = [r for i, r in enumerate(rows[1:]) if i % 200 != 0]
body = body[5000:] + body[:5000]
w = csv.writer(open(sys.argv[2], 'w', newline='', encoding='utf-8'), lineterminator='\n')
w.writerow(rows[0]); w.writerows(body)
PY
"$CLI" project reimport "$PROJECT" --source "$CHANGED" --output "$OUT/reimported.plumbline" | sed -n 2,3p
"$CLI" handover export "$PROJECT" --output "$OUT/review.json"

hyperfine --runs "$RUNS" --warmup 1 --export-json "$OUT/reimport.json" \
  -n "project reimport (carry the fixes over)" "'$CLI' project reimport '$PROJECT' --source '$CHANGED' --output '$OUT/reimported.plumbline'" \
  -n "export CHANGED --to .plumbline (first save only)" "'$CLI' export '$CHANGED' --to '$OUT/plain.plumbline'" \
  -n "fix CHANGED --apply safe (fix again from scratch)" "'$CLI' fix '$CHANGED' --apply safe --output '$OUT/fixed.csv'" \
  -n "handover export" "'$CLI' handover export '$PROJECT' --output '$OUT/review.json'" \
  -n "handover merge into a fresh copy" --prepare "cp '$BASE' '$OUT/fresh.plumbline'" "'$CLI' handover merge '$OUT/fresh.plumbline' '$OUT/review.json'"
load_after=$(cut -d' ' -f1 /proc/loadavg)

python3 - "$OUT" "$ROWS" "$load_before" "$load_after" "$(stat -c %s "$OUT/review.json")" <<'PY' | tee "$OUT/reimport.md"
import json, sys
out, rows, lb, la, review = sys.argv[1:]
print(f"{int(rows):,} rows; hand-over file {int(review)/1e6:.1f} MB; load average {lb} before, {la} after\n")
print("| command | median s | min s | max s | user + sys s (mean) |")
print("|---|---:|---:|---:|---:|")
for r in json.load(open(f"{out}/reimport.json"))["results"]:
    print(f"| {r['command']} | {r['median']:.3f} | {r['min']:.3f} | {r['max']:.3f} | {r['user'] + r['system']:.2f} |")
PY
