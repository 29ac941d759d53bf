#!/usr/bin/env bash
# Column profile benchmark: plumbline-cli profile (every column, JSON) on the generated planning register against
# bench/profile_pandas.py (pandas read_csv, then value_counts and describe per column) on the same file, in the
# same run, end to end with hyperfine; and one column (--column) alone.
#
# Usage: bench/bench_profile.sh            (from the repository root, after building plumbline-cli)
# Environment: BUILD (default build), ROWS (default 1000000), RUNS (default 5), COLUMN (default decision-date),
#              SEED (default 1).
# Writes bench/out/profile-*.csv and bench/out/profile.md and prints the Markdown table. python3-pandas comes from
# packaging/install-deps.sh --bench; the script runs Debian's /usr/bin/python3.
set -euo pipefail
cd "$(dirname "$0")/.."

BUILD=${BUILD:-build}
ROWS=${ROWS:-1000000}
RUNS=${RUNS:-5}
COLUMN=${COLUMN:-decision-date}
SEED=${SEED:-1}
CLI="$PWD/$BUILD/bin/plumbline-cli"
PY=/usr/bin/python3
OUT=bench/out
DATA="$PWD/$OUT/planning-$ROWS.csv"

command -v hyperfine >/dev/null || { echo "bench_profile.sh: hyperfine is missing" >&2; exit 2; }
"$PY" -c 'import pandas' || { echo "bench_profile.sh: python3-pandas is missing" >&2; exit 2; }
[ -x "$CLI" ] || { echo "bench_profile.sh: build $CLI first" >&2; exit 2; }
mkdir -p "$OUT"
load_before=$(cut -d' ' -f1 /proc/loadavg)
if [ ! -f "$DATA" ]; then
  "$CLI" sample planning --rows "$ROWS" --seed "$SEED" --out "$DATA"
fi
columns=$(head -1 "$DATA" | tr ',' '\n' | wc -l)

hyperfine --warmup 1 --runs "$RUNS" --export-csv "$OUT/profile-e2e.csv" \
  -n "plumbline-cli profile (all $columns columns)" "$CLI profile '$DATA' --format json > /dev/null" \
  -n "pandas value_counts + describe (all columns)" "$PY bench/profile_pandas.py '$DATA' > /dev/null" \
  -n "plumbline-cli profile --column $COLUMN" "$CLI profile '$DATA' --column $COLUMN --format json > /dev/null"
load_after=$(cut -d' ' -f1 /proc/loadavg)

median() { awk -F, -v n="$1" 'NR > 1 && $1 == n { print $4 }' "$OUT/profile-e2e.csv"; }
ours=$(median "plumbline-cli profile (all $columns columns)")
peer=$(median "pandas value_counts + describe (all columns)")
one=$(median "plumbline-cli profile --column $COLUMN")
{
  echo "| command ($ROWS rows, $columns columns) | median s |"
  echo "|---|---|"
  echo "| plumbline-cli profile FILE --format json | $ours |"
  echo "| pandas read_csv + value_counts + describe | $peer |"
  echo "| plumbline-cli profile FILE --column $COLUMN | $one |"
  echo
  echo "pandas / plumbline: $(awk -v a="$peer" -v b="$ours" 'BEGIN { printf "%.1fx", a / b }'); load average $load_before before, $load_after after."
} | tee "$OUT/profile.md"
