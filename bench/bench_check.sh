#!/usr/bin/env bash
# Check benchmark: plumbline-cli check with the full planning-application pack (structure + planning rules)
# against tableschema-js casting every cell of the same file against an equivalent Frictionless Table Schema
# (bench/check/planning-application.schema.json: types, required, unique, enums, patterns, date ranges).
#
# Usage: bench/bench_check.sh            (from the repository root, after building plumbline-cli)
# Environment: BUILD (default build), ROWS (default 1000000), RUNS (our timed runs, default 3), PEER_RUNS
#              (tableschema-js runs, default 1: one run takes about a minute), SEED (default 1).
# Writes bench/out/check-*.csv|json and bench/out/check.md and prints the Markdown table. tableschema is installed
# into bench/node_modules with npm (nodejs and npm come from packaging/install-deps.sh --bench).
set -euo pipefail
cd "$(dirname "$0")/.."

BUILD=${BUILD:-build}
ROWS=${ROWS:-1000000}
RUNS=${RUNS:-3}
PEER_RUNS=${PEER_RUNS:-1}
SEED=${SEED:-1}
CLI="$PWD/$BUILD/bin/plumbline-cli"
OUT=bench/out
DATA="$PWD/$OUT/planning-$ROWS.csv"
SCHEMA=bench/check/planning-application.schema.json
TABLESCHEMA_VERSION=1.12.6

packaging/install-deps.sh --no-gui --bench
for tool in hyperfine node npm; do
  command -v "$tool" >/dev/null || { echo "bench_check.sh: $tool is missing" >&2; exit 2; }
done
if [ ! -x "$CLI" ]; then
  echo "bench_check.sh: $CLI not found; build it first: cmake --build $BUILD --target plumbline-cli" >&2
  exit 2
fi
if [ ! -d bench/node_modules/tableschema ]; then
  npm install --prefix bench --no-save --no-package-lock --no-audit --no-fund "tableschema@$TABLESCHEMA_VERSION"
fi
mkdir -p "$OUT"
load_before=$(cut -d' ' -f1 /proc/loadavg)

# 1. The input: the same generator and seed as the load benchmark (reused when it is already there).
if [ ! -f "$DATA" ]; then
  "$CLI" sample planning --rows "$ROWS" --seed "$SEED" --out "$DATA"
fi
bytes=$(stat -c %s "$DATA")

# 2. Validation alone, as the GUI runs it after a load: plumbline-cli's own timing (wall and CPU of validate()).
: > "$OUT/check-timing.txt"
for _ in $(seq "$RUNS"); do
  "$CLI" check "$DATA" --format json --output /dev/null --fail-on never --timing 2>> "$OUT/check-timing.txt"
done
validate_wall=$(awk '/^load/ { for (i = 1; i <= NF; ++i) if ($i == "validate") print $(i + 1) }' "$OUT/check-timing.txt" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }')
validate_cpu=$(awk '/^load/ { for (i = 1; i <= NF; ++i) if ($i == "wall") print $(i + 2) }' "$OUT/check-timing.txt" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }')
findings=$(awk '/^load/ { for (i = 1; i <= NF; ++i) if ($i == "findings),") print $(i - 1) }' "$OUT/check-timing.txt" | head -1)
rules=$(awk '/^load/ { for (i = 1; i <= NF; ++i) if ($i == "rules,") print substr($(i - 1), 2) }' "$OUT/check-timing.txt" | head -1)

# 3. End to end (read + validate + write the JSON report) against tableschema-js (read + cast every cell).
ours="$CLI check $DATA --format json --output /dev/null --fail-on never"
peer="node bench/check/tableschema_check.js $DATA $SCHEMA"
hyperfine --warmup 1 --runs "$RUNS" --style basic --export-csv "$OUT/check-ours.csv" --export-json "$OUT/check-ours.json" \
  -n plumbline "$ours"
hyperfine --runs "$PEER_RUNS" --style basic --export-csv "$OUT/check-peer.csv" --export-json "$OUT/check-peer.json" \
  -n tableschema-js "$peer"
node bench/check/tableschema_check.js "$DATA" "$SCHEMA" > "$OUT/check-peer-result.json"

median() { awk -F, 'NR == 2 { print $4 }' "$1"; }
cpu() { awk -F, 'NR == 2 { printf "%.2f", $5 + $6 }' "$1"; }
m_ours=$(median "$OUT/check-ours.csv")
m_peer=$(median "$OUT/check-peer.csv")
load_after=$(cut -d' ' -f1 /proc/loadavg)
cpu_model=$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)
{
  echo "## Check benchmark: $ROWS-row planning register"
  echo
  echo "- File: \`bench/out/planning-$ROWS.csv\`, $bytes bytes, \`plumbline-cli sample planning --rows $ROWS --seed $SEED\`"
  echo "- Machine: $(nproc) cores, $cpu_model; $(date -u '+%Y-%m-%d %H:%M UTC'); 1-minute load average $load_before before, $load_after after"
  echo "- Plumbline: $rules rules (structure + planning-application), $findings findings; tableschema-js $TABLESCHEMA_VERSION: $(cat "$OUT/check-peer-result.json")"
  echo
  echo "| measure | Plumbline | tableschema-js | ratio |"
  echo "|---|---:|---:|---:|"
  echo "| validation after load, wall (median of $RUNS) | $validate_wall s | | |"
  echo "| validation after load, CPU (all threads) | $validate_cpu s | | |"
  awk -v o="$m_ours" -v p="$m_peer" 'BEGIN { printf "| end to end, wall (median) | %.2f s | %.2f s | %.1f× |\n", o, p, p / o }'
  awk -v o="$(cpu "$OUT/check-ours.csv")" -v p="$(cpu "$OUT/check-peer.csv")" 'BEGIN { printf "| end to end, CPU user+sys | %.2f s | %.2f s | %.1f× |\n", o, p, p / o }'
} | tee "$OUT/check.md"
