#!/usr/bin/env bash
# Diff benchmark: plumbline-cli diff on two versions of a 1M-row planning register that differ in 1 % of the records
# (bench/diff/make_version.py: 0.5 % changed, 0.25 % removed, 0.25 % added, a block of 1,000 rows moved), against
# sqlite3 joining the two imported files on the key (added, removed and changed records, every column compared)
# on the same files, and daff (the table diff of the Frictionless world, node) on a 100k-row cut of them (on 1M rows
# it runs for more than ten minutes).
#
# Usage: bench/bench_diff.sh            (from the repository root, after building plumbline-cli)
# Environment: BUILD (default build), ROWS (default 1000000), DAFF_ROWS (default 100000), RUNS (default 5), SEED.
# Writes bench/out/diff-*.json and bench/out/diff.md and prints the Markdown table.
set -euo pipefail
cd "$(dirname "$0")/.."

BUILD=${BUILD:-build}
ROWS=${ROWS:-1000000}
DAFF_ROWS=${DAFF_ROWS:-100000}
RUNS=${RUNS:-5}
SEED=${SEED:-1}
CLI="$PWD/$BUILD/bin/plumbline-cli"
OUT=bench/out
OLD="$PWD/$OUT/planning-$ROWS.csv"
NEW="$PWD/$OUT/planning-$ROWS-next.csv"
DAFF_VERSION=1.4.2

packaging/install-deps.sh --no-gui --bench
for tool in hyperfine sqlite3 node npm python3; do
  command -v "$tool" >/dev/null || { echo "bench_diff.sh: $tool is missing" >&2; exit 2; }
done
[ -x "$CLI" ] || { echo "bench_diff.sh: build plumbline-cli first: cmake --build $BUILD --target plumbline-cli" >&2; exit 2; }
if [ ! -x bench/node_modules/.bin/daff ]; then
  npm install --prefix bench --no-save --no-package-lock --no-audit --no-fund "daff@$DAFF_VERSION"
fi
mkdir -p "$OUT"
load_before=$(cut -d' ' -f1 /proc/loadavg)

# 1. The versions: the load benchmark's register and next month's (reused when they are there).
[ -f "$OLD" ] || "$CLI" sample planning --rows "$ROWS" --seed "$SEED" --out "$OLD"
[ -f "$NEW" ] || python3 bench/diff/make_version.py "$OLD" "$NEW" --seed "$SEED"
SMALL_OLD="$PWD/$OUT/planning-$DAFF_ROWS-cut.csv"
SMALL_NEW="$PWD/$OUT/planning-$DAFF_ROWS-cut-next.csv"
if [ ! -f "$SMALL_NEW" ]; then
  python3 - "$OLD" "$SMALL_OLD" "$DAFF_ROWS" <<'PY'
import csv, sys
with open(sys.argv[1], newline="", encoding="utf-8") as f, open(sys.argv[2], "w", newline="", encoding="utf-8") as o:
    r, w = csv.reader(f), csv.writer(o, lineterminator="\n")
    for i, row in enumerate(r):
        if i > int(sys.argv[3]):
            break
        w.writerow(row)
PY
  python3 bench/diff/make_version.py "$SMALL_OLD" "$SMALL_NEW" --seed "$SEED"
fi

# 2. The peer: sqlite3 imports both files and joins them on the key; every column is compared.
columns=$(head -1 "$OLD" | tr ',' '\n')
changed=$(for c in $columns; do printf 'o."%s" IS NOT n."%s" OR ' "$c" "$c"; done | sed 's/ OR $//')
cat > "$OUT/diff.sql" <<SQL
.import --csv $OLD old
.import --csv $NEW new
.output /dev/null
SELECT 'added', n.reference FROM new n LEFT JOIN old o ON o.reference = n.reference WHERE o.reference IS NULL;
SELECT 'removed', o.reference FROM old o LEFT JOIN new n ON n.reference = o.reference WHERE n.reference IS NULL;
SELECT 'changed', n.* FROM old o JOIN new n ON n.reference = o.reference WHERE $changed;
SQL

# 3. Timed runs on the same files, in the same hyperfine run.
hyperfine --warmup 1 --runs "$RUNS" --export-json "$OUT/diff-1m.json" \
  -n "plumbline-cli diff --no-findings" "$CLI diff $OLD $NEW --no-findings --format json --output /dev/null || true" \
  -n "plumbline-cli diff (records and findings)" "$CLI diff $OLD $NEW --format json --output /dev/null || true" \
  -n "sqlite3 import + keyed join" "sqlite3 :memory: < $OUT/diff.sql"
hyperfine --warmup 1 --runs 3 --export-json "$OUT/diff-small.json" \
  -n "plumbline-cli diff --no-findings ($DAFF_ROWS rows)" "$CLI diff $SMALL_OLD $SMALL_NEW --no-findings --format csv --output /dev/null || true" \
  -n "daff diff --id reference ($DAFF_ROWS rows)" "bench/node_modules/.bin/daff diff --id reference $SMALL_OLD $SMALL_NEW > /dev/null"
"$CLI" diff "$OLD" "$NEW" --format json --output /dev/null --timing 2> "$OUT/diff-timing.txt" || true
/usr/bin/time -f "%M" -o "$OUT/diff-rss.txt" "$CLI" diff "$OLD" "$NEW" --format json --output /dev/null || true
load_after=$(cut -d' ' -f1 /proc/loadavg)

python3 - "$OUT" "$load_before" "$load_after" <<'PY'
import json, sys
out, before, after = sys.argv[1:4]
def medians(name):
    return [(r["command"], r["median"]) for r in json.load(open(f"{out}/{name}"))["results"]]
big, small = medians("diff-1m.json"), medians("diff-small.json")
rss = int(open(f"{out}/diff-rss.txt").read().split()[-1]) // 1024
lines = ["| command | median (s) | ratio |", "|---|---|---|"]
for rows in (big, small):
    base = rows[0][1]
    for cmd, med in rows:
        lines.append(f"| {cmd} | {med:.2f} | {med / base:.1f}x |")
lines.append("")
lines.append(f"`diff --timing`: {open(f'{out}/diff-timing.txt').read().strip()}; peak RSS {rss} MB; load average "
             f"{before} before, {after} after.")
open(f"{out}/diff.md", "w").write("\n".join(lines) + "\n")
print("\n".join(lines))
PY
