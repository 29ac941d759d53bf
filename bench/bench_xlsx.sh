#!/usr/bin/env bash
# XLSX open benchmark (a 100k-row workbook opens in <= 3 s): generates a planning register with
# `plumbline-cli sample planning`, writes it as XLSX with our writer (`plumbline-cli export --to x.xlsx`), then
# times `plumbline-cli info` on the workbook (hyperfine, one warm-up, RUNS runs; the median is the figure) and
# measures peak RSS with /usr/bin/time -v.
#
# Usage: bench/bench_xlsx.sh   (from the repository root, after building plumbline-cli)
# Environment: BUILD (default build), ROWS (default 100000), RUNS (default 5), SEED (default 1).
# Writes bench/out/planning-<ROWS>.xlsx and bench/out/xlsx.md.
set -euo pipefail
cd "$(dirname "$0")/.."

BUILD=${BUILD:-build}
ROWS=${ROWS:-100000}
RUNS=${RUNS:-5}
SEED=${SEED:-1}
CLI="$PWD/$BUILD/bin/plumbline-cli"
OUT=bench/out
CSV="$PWD/$OUT/planning-$ROWS.csv"
XLSX="$PWD/$OUT/planning-$ROWS.xlsx"

for tool in hyperfine /usr/bin/time; do
  command -v "$tool" >/dev/null || { echo "bench_xlsx.sh: $tool is missing (packaging/install-deps.sh --bench)" >&2; exit 2; }
done
[ -x "$CLI" ] || { echo "bench_xlsx.sh: build $CLI first" >&2; exit 2; }
mkdir -p "$OUT"

"$CLI" sample planning --rows "$ROWS" --seed "$SEED" --out "$CSV"
start=$(date +%s.%N)
"$CLI" export "$CSV" --to "$XLSX"
end=$(date +%s.%N)
write_seconds=$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.2f", b - a }')
bytes=$(stat -c %s "$XLSX")

hyperfine --warmup 1 --runs "$RUNS" --style basic --export-csv "$OUT/xlsx.csv" -n open "$CLI info $XLSX"
median=$(awk -F, '$1 == "open" { print $4 }' "$OUT/xlsx.csv")
rss_kb=$(/usr/bin/time -v "$CLI" info "$XLSX" 2>&1 >/dev/null | awk -F': ' '/Maximum resident set size/ { print $2 }')

{
  echo "## XLSX open: $ROWS-row planning register"
  echo
  echo "- Workbook: \`bench/out/planning-$ROWS.xlsx\`, $bytes bytes, written by \`plumbline-cli export\` in $write_seconds s"
  echo "- Machine: $(nproc) cores, $(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo); $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "- \`plumbline-cli info\` median of $RUNS runs: $(awk -v m="$median" 'BEGIN { printf "%.3f", m }') s" \
       "(target <= 3 s: $(awk -v m="$median" 'BEGIN { print m <= 3 ? "met" : "not met" }')); peak RSS $((rss_kb / 1024)) MB"
} > "$OUT/xlsx.md"
cat "$OUT/xlsx.md"
